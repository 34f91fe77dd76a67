"""Helpers forked at start-up, warming up on the second core while this process reads.

A conversion of one file spends its first ~0.25 s on one core: Python starting, the
reader's imports, reading the text, the transforms. Some of what comes after does not
need the text to get ready: the PDF writer's imports (reportlab: ~0.2 s) and the EPUB
cover's (the word segmenter's dictionary, Pillow, the fonts: ~0.18 s). When a core is
free, the command line forks a *helper* for such a piece before it starts reading
(``start``); the helper imports and loads what the piece needs (its ``warm`` function)
and then waits. When the text is ready, the piece is handed to it (``submit``: a
function and its arguments, pickled), this process goes on with the rest, and takes the
result when it needs it (``Pending.result``). The helper runs the same code on the same
objects, so the output is the same bytes as without it.

A helper serves one request and exits. Its life:

- it never returns into the caller's code: it leaves through ``os._exit`` (no atexit
  handler or buffered output of this process is run twice);
- it ignores Ctrl-C (this process decides) and leaves through ``SystemExit`` on
  SIGTERM, so ``write_atomic`` removes its temporary files;
- a helper nobody claims is stopped at exit (``atexit``), or when its role's pipe closes;
- if it dies, ``result`` says so (``HelperDied``) and the caller does the work itself or
  reports the failure.

Only where ``os.fork`` exists, and only for a single conversion: a batch's pool already
keeps every core busy.
"""

from __future__ import annotations

import atexit
import os
import pickle
import signal
from typing import Any, Callable

_helpers: dict[str, "Helper"] = {}


class HelperDied(RuntimeError):
    """The helper exited without a result (killed, out of memory, a crash in a library)."""


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _read_all(fd: int) -> bytes:
    chunks = []
    while True:
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


class Helper:
    """A forked process, warmed up, waiting for one request."""

    def __init__(self, role: str, pid: int, to_child: int, from_child: int):
        self.role, self.pid, self._to, self._from = role, pid, to_child, from_child
        self.owner = os.getpid()          # the process that may submit to it
        self._sender = None
        self.status: int | None = None

    def submit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> "Pending":
        """Hand ``fn(*args, **kwargs)`` to the helper; returns at once. What the pipe's
        buffer takes is written now (a cover's request, 10 KB, all of it); the rest by a
        thread while the helper may still be warming up. (A thread alone waited for this
        busy thread to give up the GIL, up to its 5 ms switch interval, before the helper
        had its request.)"""
        data = pickle.dumps((fn, args, kwargs), protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(data)
        try:
            os.set_blocking(self._to, False)
            while view:
                view = view[os.write(self._to, view):]
        except BlockingIOError:    # the buffer is full: the thread writes the rest
            pass
        except OSError:            # the helper died: result() says so
            view = view[:0]
        if not view:
            self._close_requests()
            return Pending(self)
        import threading

        rest = bytes(view)

        def send() -> None:
            try:
                os.set_blocking(self._to, True)
                _write_all(self._to, rest)
            except OSError:      # the helper died: result() says so
                pass
            finally:
                self._close_requests()

        self._sender = threading.Thread(target=send, name=f"prefork-{self.role}", daemon=True)
        self._sender.start()
        return Pending(self)

    def _wait(self) -> bytes:
        try:
            data = _read_all(self._from)
        finally:
            fd, self._from = self._from, -1
            os.close(fd)
            if self._sender is not None:
                self._sender.join()
        _, status = os.waitpid(self.pid, 0)
        self.status = status
        return data

    def _close_requests(self) -> None:
        """Close the request pipe once (its number may be another file's afterwards)."""
        fd, self._to = self._to, -1
        if fd >= 0:
            os.close(fd)

    def stop(self) -> None:
        """Stop the helper now (SIGTERM: it removes its temporary files) and reap it."""
        for fd in (self._to, self._from):
            try:
                if fd >= 0:
                    os.close(fd)
            except OSError:
                pass
        try:
            os.kill(self.pid, signal.SIGTERM)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass


class Pending:
    """A request handed to a helper."""

    def __init__(self, helper: Helper):
        self.helper = helper

    def result(self) -> Any:
        """The function's return value; its exception is raised here; ``HelperDied``
        when the helper exited without an answer. Reaps the helper (its CPU time and
        peak memory then count in this process's RUSAGE_CHILDREN)."""
        try:
            data = self.helper._wait()
        except BaseException:        # aborted (Ctrl-C): stop the helper too
            self.helper.stop()
            raise
        try:
            ok, value = pickle.loads(data)
        except Exception:
            status = self.helper.status
            raise HelperDied(f"exit status {os.waitstatus_to_exitcode(status) if status is not None else '?'}") from None
        if ok:
            return value
        raise value


def start(role: str, warm: Callable[..., Any], *args: Any) -> Helper | None:
    """Fork a helper for ``role`` that runs ``warm(*args)`` and then waits for one
    request; None where there is no fork. A failing ``warm`` is not fatal: the
    request then loads what it needs itself."""
    if not hasattr(os, "fork") or role in _helpers:
        return None
    to_child_r, to_child_w = os.pipe()
    from_child_r, from_child_w = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        for fd in (to_child_r, to_child_w, from_child_r, from_child_w):
            os.close(fd)
        return None
    if pid == 0:
        _child(to_child_r, from_child_w, (to_child_w, from_child_r), warm, args)
    os.close(to_child_r)
    os.close(from_child_w)
    helper = Helper(role, pid, to_child_w, from_child_r)
    if not _helpers:
        atexit.register(stop_all)
    _helpers[role] = helper
    return helper


def _child(requests: int, answers: int, theirs: tuple[int, ...], warm: Callable[..., Any], args: tuple) -> None:
    code = 1
    try:
        for fd in theirs:
            os.close(fd)
        for other in _helpers.values():       # a sibling's pipes are not ours
            for fd in (other._to, other._from):
                try:
                    os.close(fd)
                except OSError:
                    pass
        _helpers.clear()
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, _exit_on_sigterm)
        try:
            warm(*args)
        except Exception:
            pass
        request = _read_all(requests)
        os.close(requests)
        if request:
            fn, fargs, kwargs = pickle.loads(request)
            try:
                answer = (True, fn(*fargs, **kwargs))
            except Exception as exc:
                answer = (False, exc)
            try:
                data = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
            except Exception as exc:   # an unpicklable exception
                data = pickle.dumps((False, RuntimeError(f"{type(exc).__name__}: {exc}")))
            _write_all(answers, data)
        os.close(answers)              # the answer is complete now, not when this process is gone
        code = 0
    finally:
        os._exit(code)                 # never back into the caller's code


def waiting(role: str) -> bool:
    """A helper for ``role`` was started by this process and not claimed yet."""
    helper = _helpers.get(role)
    return helper is not None and helper.owner == os.getpid()


def claim(role: str) -> Helper | None:
    """The waiting helper for ``role`` (it is then the caller's to submit to), or None.
    A helper is claimed only in the process that started it (not in a forked child)."""
    helper = _helpers.get(role)
    if helper is None or helper.owner != os.getpid():
        return None
    return _helpers.pop(role)


def stop_all() -> None:
    """Stop the helpers nobody claimed (at exit, or when the run takes another route)."""
    while _helpers:
        _, helper = _helpers.popitem()
        if helper.owner == os.getpid():
            helper.stop()
