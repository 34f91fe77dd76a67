"""Progress display for a batch: a live bar on a terminal, log lines otherwise.

- on a terminal (stdout is a TTY): a rich progress bar with files done/total, the file
  being converted, the rate in files per second and the time left;
- otherwise: one line per file on stdout (``[3/30] a.txt → out/a.pdf, out/a.epub``);
- ``--quiet``: nothing but the errors.

Warnings and errors always go to stderr, one line each. The final summary goes to
stdout (unless quiet).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import TextIO


@dataclass
class Summary:
    """What a batch did, for the last lines of output and for callers of the API."""

    files: int = 0                  # reports planned (a stitched article counts once)
    converted: int = 0
    up_to_date: int = 0
    failed: int = 0
    not_started: int = 0            # left when stopped by Ctrl-C or --fail-fast
    outputs: int = 0                # files written
    pages: int = 0                  # PDF pages written
    warnings: int = 0
    seconds: float = 0.0
    peak_worker_rss: int = 0        # bytes, the largest resident set of any worker
    failures: list[str] = field(default_factory=list)
    interrupted: bool = False
    merged: int = 0                 # reports merged into books (--merge)

    def text(self) -> str:
        parts = [f"{self.converted} converted"]
        if self.up_to_date:
            parts.append(f"{self.up_to_date} up to date")
        parts.append(f"{self.failed} failed")
        if self.not_started:
            parts.append(f"{self.not_started} not started")
        outputs = f"{self.outputs} output{'s' if self.outputs != 1 else ''} written"
        if self.pages:
            outputs += f" ({self.pages} PDF pages)"
        rate = f", {self.converted / self.seconds:.1f} files/s" if self.seconds > 0 and self.converted else ""
        memory = f"; peak worker memory {self.peak_worker_rss / 2**20:.0f} MB" if self.peak_worker_rss else ""
        head = "interrupted: " if self.interrupted else ""
        if self.merged:
            head += f"merged {self.merged} reports; "
        noun = "book" if self.merged else "file"
        return (f"{head}{self.files} {noun}{'s' if self.files != 1 else ''}: {', '.join(parts)}; {outputs}; "
                f"{self.warnings} warning{'s' if self.warnings != 1 else ''}; {self.seconds:.1f} s{rate}{memory}")


class Progress:
    """Log lines, one per finished file (the plain, non-TTY display)."""

    def __init__(self, out: TextIO | None = None, err: TextIO | None = None, quiet: bool = False):
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self.quiet = quiet
        self.total = 0
        self.done = 0

    def start(self, total: int, up_to_date: int) -> None:
        self.total = total
        if up_to_date and not self.quiet:
            self._print(f"{up_to_date} file{'s' if up_to_date != 1 else ''} up to date, skipped (--force redoes them)")

    def begin(self, label: str) -> None:
        """A file starts converting."""

    def finish(self, label: str, written: list[str], error: str | None, warnings: list[str]) -> None:
        self.done += 1
        if error:
            self.error(error)
            return
        for w in warnings:
            self.warning(w)
        if not self.quiet:
            self._print(f"[{self.done}/{self.total}] {label} → {', '.join(written)}")

    def warning(self, line: str) -> None:
        if not self.quiet:
            self._print(f"convert: warning: {line}", err=True)

    def error(self, line: str) -> None:
        self._print(f"convert: {line}", err=True)

    def note(self, line: str) -> None:
        if not self.quiet:
            self._print(line)

    def close(self, summary: Summary | None = None) -> None:
        if summary is not None and not self.quiet:
            self._print(summary.text())
            for line in summary.failures:
                self._print(f"  failed: {line}")

    def _print(self, line: str, err: bool = False) -> None:
        stream = self.err if err else self.out
        print(line, file=stream, flush=True)


class RichProgress(Progress):
    """A live progress bar (rich) on a terminal; messages print above it."""

    def __init__(self, quiet: bool = False):
        super().__init__(quiet=quiet)
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress as Bar, ProgressColumn,
                                   TextColumn, TimeElapsedColumn, TimeRemainingColumn)
        from rich.text import Text

        class RateColumn(ProgressColumn):
            def render(self, task):  # files per second
                speed = task.finished_speed or task.speed
                return Text(f"{speed:.1f} files/s" if speed else "– files/s", style="progress.data.speed")

        self.console = Console(file=sys.stdout)
        self.err_console = Console(file=sys.stderr)
        self.bar = Bar(TextColumn("[bold]convert"), BarColumn(), MofNCompleteColumn(), RateColumn(),
                       TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                       TextColumn("{task.fields[current]}", style="dim"),
                       console=self.console, transient=False, redirect_stderr=True, redirect_stdout=True)
        self.task = None

    def start(self, total: int, up_to_date: int) -> None:
        super().start(total, up_to_date)
        self.bar.start()
        self.task = self.bar.add_task("convert", total=total, current="")

    def begin(self, label: str) -> None:
        self.bar.update(self.task, current=_short(label))

    def finish(self, label: str, written: list[str], error: str | None, warnings: list[str]) -> None:
        self.done += 1
        if error:
            self.error(error)
        else:
            for w in warnings:
                self.warning(w)
        self.bar.update(self.task, advance=1)

    def close(self, summary: Summary | None = None) -> None:
        self.bar.update(self.task, current="") if self.task is not None else None
        self.bar.stop()
        super().close(summary)

    def _print(self, line: str, err: bool = False) -> None:
        (self.err_console if err else self.console).print(line, markup=False, highlight=False)


def _short(label: str, width: int = 40) -> str:
    return label if len(label) <= width else "…" + label[-(width - 1):]


def make_progress(quiet: bool = False) -> Progress:
    """The rich bar when stdout is a terminal (and not quiet), log lines otherwise."""
    if not quiet and sys.stdout.isatty():
        return RichProgress(quiet=quiet)
    return Progress(quiet=quiet)
