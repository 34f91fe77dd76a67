"""Writing one job's outputs: in turn, or two at a time on a machine with a free core.

``convert report.txt --to pdf,docx,epub`` reads the text once and then runs three
writers. The PDF writer takes most of the time and the others do not need its result,
so when the caller says a core is free (one job, ``--jobs`` ≥ 2: the batch's own pool
is not using it), the PDF is written here while a forked child writes the other
formats from the same Document. The outputs are the bytes the writers make either way.

What the caller sees does not depend on the route: the outputs in the order asked, the
notices in the order the writers would have raised them one after another (each
writer's new notices are kept apart and merged in format order), the first failure in
format order. One difference: a failing writer no longer stops the formats written
beside it, which are complete files and are kept.

The child ignores Ctrl-C (the parent decides: it finishes the files being written) and
leaves through SystemExit on SIGTERM, which the parent sends when it is aborted, so
``write_atomic`` removes the child's temporary files.
"""

from __future__ import annotations

import os
import pickle
import signal
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from ..diagnostics import Reporter
from ..fonts import FontRegistry
from ..model import Document, Notice
from ..style import Style
from ..writers import WriteOptions, get_writer
from .writing import OutputError, write_atomic

#: The format written in the parent while the child writes the others (the slow one).
HERE = "pdf"


@dataclass
class Wrote:
    """One output written: its place in the outputs asked, its path, its pages, and the
    notices its writer added."""

    index: int
    fmt: str
    path: Path
    pages: int = 0
    notices: list[Notice] = field(default_factory=list)


@dataclass
class Outcome:
    """The outputs written (in the order asked) and the first failure, if any."""

    wrote: list[Wrote] = field(default_factory=list)
    error: str | None = None
    traceback: str = ""
    failed_at: int = -1           # index in the outputs asked of the failing one


def failure(exc: Exception, source: str) -> tuple[str, str]:
    """The one-line error for an exception raised while writing (and the traceback for
    a bug, shown with --debug)."""
    if isinstance(exc, OutputError):
        return str(exc), ""
    if isinstance(exc, OSError):
        return f"{exc.filename or source}: cannot write: {exc.strerror or exc}", ""
    import traceback

    return (f"{source}: internal error: {type(exc).__name__}: {exc} (rerun with --debug for details)",
            traceback.format_exc())


def _in_turn(doc: Document, outputs: Sequence[tuple[int, str, Path]], style: Style, fonts: FontRegistry,
             options: WriteOptions, reporter: Reporter, source: str) -> Outcome:
    outcome = Outcome()
    for index, fmt, path in outputs:
        before = len(reporter.notices)
        try:
            written = get_writer(fmt).render(doc, style, fonts, options, reporter)
            write_atomic(path, written.data)
        except Exception as exc:
            outcome.error, outcome.traceback = failure(exc, source)
            outcome.failed_at = index
            return outcome
        outcome.wrote.append(Wrote(index, fmt, path, written.pages, reporter.notices[before:]))
    return outcome


def write_outputs(doc: Document, outputs: Sequence[tuple[str, Path]], style: Style, fonts: FontRegistry,
                  options: WriteOptions, reporter: Reporter, source: str, parallel: bool = False) -> Outcome:
    """Write every (format, path) of ``outputs``; the writers' notices go to ``reporter``.
    ``parallel``: the caller has a core to spare (see the module's docstring)."""
    numbered = [(i, fmt, path) for i, (fmt, path) in enumerate(outputs)]
    here = [o for o in numbered if o[1] == HERE]
    there = [o for o in numbered if o[1] != HERE]
    if not (parallel and here and there and hasattr(os, "fork")):
        return _in_turn(doc, numbered, style, fonts, options, reporter, source)

    base = list(reporter.notices)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:                                  # the child: the other formats
        code = 1
        try:
            os.close(read_end)
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            signal.signal(signal.SIGTERM, _exit_on_sigterm)
            outcome = _in_turn(doc, there, style, fonts, options, Reporter(reporter.source, list(base)), source)
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(pickle.dumps(outcome))
            code = 0
        finally:
            os._exit(code)                         # never back into the caller's code
    os.close(write_end)
    try:
        mine = _in_turn(doc, here, style, fonts, options, Reporter(reporter.source, list(base)), source)
        with os.fdopen(read_end, "rb") as pipe:
            data = pipe.read()
        _, status = os.waitpid(pid, 0)
    except BaseException:                          # aborted: stop the child, which removes its .part files
        _stop(pid)
        raise
    try:
        theirs: Outcome = pickle.loads(data) if data else None
    except Exception:
        theirs = None
    if theirs is None:
        theirs = Outcome(error=f"{source}: the process writing {', '.join(f for _, f, _ in there)} died "
                               f"(exit status {os.waitstatus_to_exitcode(status)})", failed_at=there[0][0])
    return _merged(mine, theirs, reporter)


def _merged(a: Outcome, b: Outcome, reporter: Reporter) -> Outcome:
    """Both routes' outputs in the order asked, their notices merged in that order, the
    first failure in that order."""
    wrote = sorted(a.wrote + b.wrote, key=lambda w: w.index)
    for w in wrote:
        for n in w.notices:
            reporter.warn(n.kind, n.message, n.line)
    failed = [o for o in (a, b) if o.error is not None]
    first = min(failed, key=lambda o: o.failed_at) if failed else None
    return Outcome(wrote, first.error if first else None, first.traceback if first else "",
                   first.failed_at if first else -1)


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _stop(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass
