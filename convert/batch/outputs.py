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

When the command line forked a helper at start-up (``convert.prefork``,
``cli._start_helpers``), that helper has imported its writer while this process read the
text, and it is handed its format instead: the PDF (the others, if any, are then
written here), or a DOCX written alone. The outcome is merged the same way.

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
    helper = _helper(fonts, {fmt for _, fmt, _ in numbered}) if parallel else None
    if helper is not None:    # forked at start-up: it writes its format, this process the others
        beside = [o for o in numbered if o[1] == helper.role]
        others = [o for o in numbered if o[1] != helper.role]
        return _beside_helper(helper, doc, beside, others, style, fonts, options, reporter, source)
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


#: The formats a helper forked at start-up may write (convert.prefork, cli._start_helpers):
#: the PDF, alone or beside the others (its writer's imports and per-process state take
#: 0.3 s), a DOCX alone (its writer's imports and template, 0.04 s, while the text is read).
HELPER_FORMATS = (HERE, "docx")


def _helper(fonts: FontRegistry, formats: set[str]):
    """The helper forked at start-up for one of ``formats``, when one waits and the
    writers draw with this process's registry (the helper uses its own ``load_fonts()``)."""
    from .. import prefork
    from ..fonts import load_fonts

    for fmt in HELPER_FORMATS:
        if fmt in formats and prefork.waiting(fmt) and fonts is load_fonts():
            return prefork.claim(fmt)
    return None


def warm_helper(fmt: str, style_name: str = "gbt9704", pdfa: str | bool = False) -> None:
    """A helper's warm-up (in the helper, while the text is read): the writer's modules,
    the font registry, and one small document written in the style, which loads what the
    writer keeps per process (the PDF writer's faces and their subsetting tables: 0.1 s
    of the 180k report's PDF; the DOCX writer's template). Its bytes are dropped; a
    batch's workers write many documents one after another the same way, and each comes
    out the same."""
    from ..diagnostics import Reporter
    from ..fonts import load_fonts
    from ..model import Document, Heading, Meta, Paragraph, text
    from ..style import load_style
    from ..writers import WriteOptions

    fonts = load_fonts()
    writer = get_writer(fmt)
    writer.load()
    doc = Document(Meta(title="关于做好某项工作的通知", date="2024年1月1日"), (
        Paragraph(text("各单位：")),
        Heading(1, "一、", text("总体要求")),
        Heading(2, "（一）", text("工作目标")),
        Paragraph(text("现将有关事项通知如下。Text 1.5%")),
    ))
    writer.render(doc, load_style(style_name), fonts, WriteOptions(pdfa=pdfa), Reporter("warm-up"))


def _in_helper(doc: Document, outputs, style: Style, options: WriteOptions, source_label: str,
               base: list[Notice], source: str) -> Outcome:
    from ..fonts import load_fonts

    return _in_turn(doc, outputs, style, load_fonts(), options, Reporter(source_label, list(base)), source)


def _beside_helper(helper, doc: Document, beside, others, style: Style, fonts: FontRegistry,
                   options: WriteOptions, reporter: Reporter, source: str) -> Outcome:
    """``beside`` written by the helper, ``others`` here: the same outputs and notices
    as in turn (notices merged in the order asked, the first failure in that order)."""
    from ..prefork import HelperDied

    base = list(reporter.notices)
    pending = helper.submit(_in_helper, doc, beside, style, options, reporter.source, base, source)
    try:
        mine = _in_turn(doc, others, style, fonts, options, Reporter(reporter.source, list(base)), source)
    except BaseException:
        helper.stop()
        raise
    try:
        theirs: Outcome = pending.result()
    except HelperDied as exc:
        theirs = Outcome(error=f"{source}: the process writing {', '.join(f for _, f, _ in beside)} died ({exc})",
                         failed_at=beside[0][0])
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
