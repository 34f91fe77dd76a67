"""The body's lines broken, and their code written, on the second core while this
process sets the pages.

Where a paragraph's lines end does not depend on the page it falls on: every text
block of the body is broken at the text block's full width (``TextBlock.lines_for``),
and a block split across pages keeps the lines it was broken into. Nor does a line's
code (setter.draw_line), except for its baseline, which depends on where the page
breaks fall: the characters got their CIDs before the fork
(``DocumentFaces.preassign``), so the code the child writes is the code this process
would write, with ``flowables.BASELINE`` where the baseline goes. Breaking and writing
lines are about half of the writer's time on the 180k benchmark.

The two work from opposite ends, so they never do the same block: this process sets
the pages from the first block, breaking and drawing each block itself, as without the
child; the child breaks and writes blocks from the *last* one back, sending them
through a pipe in small batches. A shared counter tells the child how far this process
has come; where they meet the child stops, and from there on this process finds every
block's lines and code waiting and only places them on the pages. On a busy machine,
where the child has no core of its own, this process simply does (nearly) all of it.

The child runs the same code on the same objects (a fork), so the PDF is the same bytes
with or without it. Robustness:

- only where ``os.fork`` exists, only from a process with one thread (a fork copies no
  other thread, and a lock one of them held would never be released in the child),
  not in a batch's worker processes (they keep the cores busy already), and only for a
  document long enough to be worth a process (``MIN_CHARACTERS``);
  ``CONVERT_PDF_PREBREAK=0`` never forks, ``=1`` forks even for a short document or
  in a worker (the tests);
- the child never returns into the caller's code: it leaves through ``os._exit``;
- if it dies or sends something unreadable, this process breaks the rest itself;
  ``close`` reaps it (and stops it when the writer gave up early).
"""

from __future__ import annotations

import gc
import mmap
import os
import pickle
import select
import signal
import sys
import threading
import time

from .flowables import BASELINE_Y, KeepWithNext, TextBlock
from .linebreak import Line
from .setter import draw_line

#: Below this many characters in the document's text blocks, no child is forked.
MIN_CHARACTERS = 20000
#: Blocks per message.
BATCH = 4
#: The pipe's size asked for: room for what the child sends before this process reads.
PIPE_SIZE = 1 << 20
#: How long this process waits for a block's lines before it breaks the block itself
#: (0: never; the tests wait, to see the child's lines used).
PATIENCE = 0.0


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


def body_blocks(flowables) -> list[TextBlock]:
    """The text blocks the child may break: those not broken yet, whole."""
    return [b for b in text_blocks(flowables) if b._lines is None and not b.start and b.first]


class Prebroken:
    """The child breaking ``blocks`` at ``width`` from the last one back, and what it has
    sent so far."""

    def __init__(self, blocks: list[TextBlock], width: float, faces=None):
        self.blocks = blocks
        self.width = width
        self.received = 0          # blocks whose lines have arrived
        self.pid = 0
        self._fd = -1
        self._buffer = bytearray()
        # how many blocks, from the first, this process does itself: shared with the child
        self._shared = mmap.mmap(-1, 8)
        read_end, write_end = os.pipe()
        try:        # room for the child to run ahead (Linux; 64 KB otherwise)
            import fcntl
            fcntl.fcntl(write_end, getattr(fcntl, "F_SETPIPE_SZ", 1031), PIPE_SIZE)
        except (ImportError, OSError):
            pass
        # objects made so far are left out of garbage collection while the child lives:
        # a collection writes to every object it visits, and each page written after
        # the fork is copied (a few µs each, in this process and in the child)
        gc.freeze()
        try:
            pid = os.fork()
        except OSError:
            gc.unfreeze()
            os.close(read_end)
            os.close(write_end)
            self._shared.close()
            raise
        if pid == 0:                                    # the child
            code = 1
            try:
                gc.disable()
                os.close(read_end)
                signal.signal(signal.SIGINT, signal.SIG_IGN)
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                with os.fdopen(write_end, "wb") as pipe:
                    _send(blocks, width, faces, pipe, self._shared)
                code = 0
            except BaseException:
                pass
            finally:
                os._exit(code)                          # never back into the caller's code
        os.close(write_end)
        self.pid = pid
        self._fd = read_end
        os.set_blocking(read_end, False)
        for k, block in enumerate(blocks):
            block._prebroken = (self, k)

    def lines(self, k: int) -> list[Line] | None:
        """The lines of block ``k`` when the child has sent them, else None: the caller
        breaks the block itself (and the child learns it need not go below k + 1)."""
        self._read()
        if PATIENCE and self.blocks[k]._lines is None and self._fd >= 0:
            deadline = time.monotonic() + PATIENCE
            while self.blocks[k]._lines is None and self._fd >= 0 and time.monotonic() < deadline:
                select.select([self._fd], [], [], max(0.0, deadline - time.monotonic()))
                self._read()
        lines = self.blocks[k]._lines
        if lines is not None:
            return lines[1]
        self._shared[:8] = (k + 1).to_bytes(8, "little")
        return None

    def _read(self) -> None:
        """Take in whatever the child has sent (never blocking)."""
        buffer = self._buffer
        while self._fd >= 0:
            try:
                chunk = os.read(self._fd, 1 << 20)
            except BlockingIOError:
                break
            except OSError:
                chunk = b""
            if not chunk:                  # the child is done (or died)
                self._stop()
                break
            buffer += chunk
        while len(buffer) >= 4:
            size = int.from_bytes(buffer[:4], "big")
            if len(buffer) < 4 + size:
                break
            try:
                batch = pickle.loads(buffer[4:4 + size])
                del buffer[:4 + size]
                for k, lines, codes in batch:
                    self._take(self.blocks[k], lines, codes)
            except Exception:              # garbage: go on alone
                self._stop()
                buffer.clear()
                return

    def _take(self, block: TextBlock, lines: list[Line], codes: list[str | None]) -> None:
        if block._lines is not None or block._codes is not None:
            return                         # this process got there first: the same lines
        block._prebroken = None
        block._lines = (self.width, lines)
        block._codes = {line.start: code for line, code in zip(lines, codes) if code is not None}
        self.received += 1

    def _stop(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
        for block in self.blocks:
            block._prebroken = None

    def close(self) -> None:
        """Reap the child (stopped first if it is still at work)."""
        if not self.pid:
            return
        self._stop()
        self._shared[:8] = len(self.blocks).to_bytes(8, "little")     # nothing left to do
        try:
            os.kill(self.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass
        self.pid = 0
        self._shared.close()
        gc.unfreeze()


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


def _send(blocks: list[TextBlock], width: float, faces, pipe, shared) -> None:
    """In the child: break and write the blocks from the last one back, until the
    parent's counter says it has come this far itself."""
    doc = None
    if faces is not None:
        faces.freeze()             # only the CIDs given before the fork (cidfonts.preassign)
        doc = _Doc(faces)
    batch: list[tuple[int, list[Line], list[str | None]]] = []
    for k in range(len(blocks) - 1, -1, -1):
        if k < int.from_bytes(shared[:8], "little"):
            break                  # the parent is here: it does the rest itself
        block = blocks[k]
        lines = block.lines_for(width)
        codes = _codes(block, lines, doc) if doc is not None else [None] * len(lines)
        batch.append((k, lines, codes))
        if len(batch) >= BATCH:
            _message(batch, pipe)
            batch = []
    if batch:
        _message(batch, pipe)


def _message(batch: list, pipe) -> None:
    data = pickle.dumps(batch, protocol=pickle.HIGHEST_PROTOCOL)
    pipe.write(len(data).to_bytes(4, "big"))
    pipe.write(data)
    pipe.flush()


def start(blocks: list[TextBlock], width: float, faces=None) -> Prebroken | None:
    """Fork the child breaking ``blocks`` at ``width`` (and writing their lines' code with
    ``faces``, cidfonts.DocumentFaces, when given), when it is worth it and safe (see
    the module doc); None otherwise."""
    setting = os.environ.get("CONVERT_PDF_PREBREAK")
    if not hasattr(os, "fork") or threading.active_count() > 1 or setting == "0" or not blocks:
        return None
    if _in_pool_worker() and setting != "1":
        return None                 # a batch's pool already keeps every core busy
    if sum(len(b.prepared.measured.chars) for b in blocks) < MIN_CHARACTERS and setting != "1":
        return None
    try:
        return Prebroken(blocks, width, faces)
    except OSError:                 # no more processes or pipes: break them here
        return None


def _in_pool_worker() -> bool:
    """This process is a worker of a multiprocessing pool (``convert --jobs N``)."""
    mp = sys.modules.get("multiprocessing")
    return mp is not None and mp.parent_process() is not None
