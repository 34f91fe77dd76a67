"""Stopping a run cleanly: Ctrl-C, SIGTERM or --fail-fast.

Ctrl-C (SIGINT) or SIGTERM: no new file is started, the files being converted are
finished and recorded, and the run exits with status 130; the next run resumes. A
second Ctrl-C aborts at once (the workers' temporary files are removed as they stop).
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Callable, Iterator


class StopFlag:
    """Set when the run should start no new file: Ctrl-C, SIGTERM or --fail-fast."""

    def __init__(self) -> None:
        self.reason: str | None = None
        self.signals = 0
        self.on_signal: Callable[[str], None] | None = None

    @property
    def requested(self) -> bool:
        return self.reason is not None

    def request(self, reason: str) -> None:
        if self.reason is None:
            self.reason = reason

    @contextmanager
    def catching_signals(self) -> Iterator["StopFlag"]:
        """While inside: the first SIGINT/SIGTERM asks to stop; a second one aborts."""
        if threading.current_thread() is not threading.main_thread():
            yield self
            return

        def handle(signum: int, frame: object) -> None:
            self.signals += 1
            if self.signals > 1:
                raise KeyboardInterrupt
            self.request("interrupted")
            if self.on_signal:
                self.on_signal("stopping: finishing the files being converted (press Ctrl-C again to abort now)")

        old = {s: signal.signal(s, handle) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield self
        finally:
            for s, h in old.items():
                signal.signal(s, h)
