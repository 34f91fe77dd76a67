"""The paragraphs' lines broken on the second core while this process sets the pages.

Where a paragraph's lines end does not depend on the page it falls on: every text
block of the body is broken at the text block's full width (``TextBlock.lines_for``),
and a block split across pages keeps the lines it was broken into. So once the
flowables are made, a forked child breaks them all, in order, and sends the lines back
through a pipe in batches; this process lays out and draws the pages meanwhile, taking
each block's lines when platypus first asks for them (``Prebroken.lines``). Breaking
is about a fifth of the writer's time on the 180k benchmark; drawing a block takes
longer than breaking it, so the child stays ahead and this process hardly ever waits.

The child runs the same code on the same objects (a fork), so the lines, and the PDF,
are the ones this process would make. Robustness:

- only where ``os.fork`` exists, only from a process with one thread (a fork copies no
  other thread, and a lock one of them held would never be released in the child),
  and only for a document long enough to be worth a process (``MIN_CHARACTERS``);
- the child never returns into the caller's code: it leaves through ``os._exit``;
- if it dies or sends something unreadable, the blocks it has not delivered are broken
  here, as without it; ``close`` reaps it (and stops it when the writer gave up early).
"""

from __future__ import annotations

import os
import pickle
import signal
import threading

from .flowables import BASELINE_Y, KeepWithNext, TextBlock
from .linebreak import Line
from .setter import draw_line

#: Below this many characters in the document's text blocks, no child is forked.
MIN_CHARACTERS = 20000
#: Blocks per message: small first (the first page needs its lines at once), then larger.
FIRST_BATCH, BATCH = 8, 64


def text_blocks(flowables) -> list[TextBlock]:
    """The text blocks of the body, in order (a heading kept with what follows included;
    table cells, set at their own widths, are not)."""
    out: list[TextBlock] = []

    def walk(f) -> None:
        if type(f) is TextBlock:
            out.append(f)
        elif isinstance(f, KeepWithNext):
            walk(f.head)
            walk(f.following)

    for f in flowables:
        walk(f)
    return out


def _as_tuple(line: Line) -> tuple:
    return (line.start, line.end, line.width, line.ragged, line.squeezed, line.end_squeezed)


class Prebroken:
    """The child breaking ``blocks`` at ``width``, and what it has sent so far."""

    def __init__(self, blocks: list[TextBlock], width: float, faces=None):
        self.blocks = blocks
        self.width = width
        self.received = 0          # blocks whose lines have arrived
        self.pid = 0
        self._pipe = None
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:                                    # the child
            code = 1
            try:
                os.close(read_end)
                signal.signal(signal.SIGINT, signal.SIG_IGN)
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                with os.fdopen(write_end, "wb") as pipe:
                    _send(blocks, width, faces, pipe)
                code = 0
            except BaseException:
                pass
            finally:
                os._exit(code)                          # never back into the caller's code
        os.close(write_end)
        self.pid = pid
        self._pipe = os.fdopen(read_end, "rb")
        for k, block in enumerate(blocks):
            block._prebroken = (self, k)

    def lines(self, k: int) -> list[Line] | None:
        """The lines of block ``k`` (waiting for them), or None when the child cannot give
        them (the caller breaks the block itself)."""
        while self.received <= k and self._pipe is not None:
            try:
                batch = pickle.load(self._pipe)
            except Exception:           # the child died (EOF) or sent garbage: go on alone
                self._stop()
                break
            for lines, codes in batch:
                block = self.blocks[self.received]
                block._lines = (self.width, [Line(*t) for t in lines])
                block._codes = {t[0]: code for t, code in zip(lines, codes) if code is not None}
                block._prebroken = None
                self.received += 1
        if k < self.received:
            lines = self.blocks[k]._lines
            return lines[1] if lines is not None else None
        return None

    def _stop(self) -> None:
        for block in self.blocks[self.received:]:
            block._prebroken = None
        if self._pipe is not None:
            self._pipe.close()
            self._pipe = None

    def close(self) -> None:
        """Reap the child (stopped first when it has not delivered everything)."""
        if not self.pid:
            return
        unfinished = self.received < len(self.blocks)
        self._stop()
        if unfinished:
            try:
                os.kill(self.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass
        self.pid = 0


class _Recorder:
    """What ``setter.draw_line`` needs of a canvas to write one plain line's code (a
    line that needs more — synthetic bold, emphasis dots — fails here and is left to
    the parent)."""

    def __init__(self, doc):
        self._doc = doc
        self._code: list[str] = []


def _codes(block: TextBlock, lines: list[Line], doc) -> list[str | None]:
    """Each line's code with ``BASELINE`` for its baseline ("" when it draws nothing),
    or None for a line the parent must draw itself."""
    out: list[str | None] = []
    p = block.prepared
    for g, line in enumerate(lines):
        if line.end <= line.start:
            out.append("")
            continue
        recorder = _Recorder(doc)
        try:
            draw_line(recorder, p, line, *block.geometry(line, g == 0), BASELINE_Y)
        except Exception:          # a character without a CID yet, bold, dots: the parent's
            out.append(None)
            continue
        out.append(recorder._code[0] if len(recorder._code) == 1 else None)
    return out


class _Doc:
    """A stand-in for reportlab's document: the faces the parent will draw with."""

    def __init__(self, faces):
        self._convert_faces = faces


def _send(blocks: list[TextBlock], width: float, faces, pipe) -> None:
    batch: list[tuple[list[tuple], list[str | None]]] = []
    size = FIRST_BATCH
    doc = None
    if faces is not None:
        faces.freeze()             # only the CIDs given before the fork (cidfonts.preassign)
        doc = _Doc(faces)
    for block in blocks:
        lines = block.lines_for(width)
        codes = _codes(block, lines, doc) if doc is not None and block.first and not block.start \
            else [None] * len(lines)
        batch.append(([_as_tuple(line) for line in lines], codes))
        if len(batch) >= size:
            pickle.dump(batch, pipe, protocol=pickle.HIGHEST_PROTOCOL)
            pipe.flush()
            batch, size = [], BATCH
    if batch:
        pickle.dump(batch, pipe, protocol=pickle.HIGHEST_PROTOCOL)


def start(flowables, width: float, faces=None) -> Prebroken | None:
    """Fork the child breaking the body's text blocks at ``width`` (and writing their
    lines' code with ``faces``, cidfonts.DocumentFaces, when given), when it is worth it
    and safe (see the module doc); None otherwise."""
    if not hasattr(os, "fork") or threading.active_count() > 1 or os.environ.get("CONVERT_PDF_PREBREAK") == "0":
        return None
    blocks = [b for b in text_blocks(flowables) if b._lines is None and not b.start and b.first]
    if sum(len(b.prepared.measured.chars) for b in blocks) < MIN_CHARACTERS \
            and os.environ.get("CONVERT_PDF_PREBREAK") != "1":
        return None
    try:
        return Prebroken(blocks, width, faces)
    except OSError:                 # no more processes or pipes: break them here
        for block in blocks:
            block._prebroken = None
        return None
