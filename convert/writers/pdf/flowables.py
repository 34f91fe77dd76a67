"""Flowables on reportlab's protocol (wrap → split → draw), set on the line grid.

- ``TextBlock``: a paragraph or heading; breaks its lines with linebreak.py, splits by
  whole lines (refusing orphans, fixing widows; the tail drops the first-line indent,
  like platypus' Preformatted.split).
- ``KeepWithNext``: a heading glued to the start of what follows it: it never ends a
  page, yet does not drag a whole long paragraph to the next page either.
- ``GridSnap``: pads a flowable that is not on the grid (a table) to whole grid lines,
  so the text after it stays on the grid.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from reportlab.lib.rl_accel import fp_str
from reportlab.platypus import Flowable

from .linebreak import Line, Measured, Placed, break_lines, place
from .measure import Prepared
from .setter import draw_line

#: What a line's code written ahead (prebreak.py) has in place of its baseline: the
#: baseline depends on the page piece the line falls in, the rest does not. (No x, Tc
#: or CID of a line can print like it.)
BASELINE_Y = -98765.4321
BASELINE = fp_str(BASELINE_Y)
#: Tolerance when counting how many grid lines fit (points).
FUZZ = 1e-6
#: Where a baseline sits in its line box: the em box (ideographic bottom at −0.12 em,
#: top at 0.88 em) centred in the box.
EM_CENTRE = 0.38


@dataclass(frozen=True)
class BlockSpec:
    """The geometry of a text block, all in points, derived from a RoleStyle."""

    align: str                 # left, center, right, justify
    first_indent: float
    left_indent: float
    right_indent: float
    pitch: float               # line box height
    space_before: float = 0.0
    space_after: float = 0.0
    keep_with_next: bool = False
    outline: tuple[str, int, str] | None = None   # (title, level, key) of the bookmark
    page_break_before: bool = False


class TextBlock(Flowable):
    """A paragraph set line by line on the grid."""

    #: (Prebroken, index) while a forked child is breaking this block (prebreak.py)
    _prebroken = None
    #: line start → the line's drawing code with its baseline left out (``BASELINE``),
    #: written by that child; "" for a line that draws nothing, no entry: draw it here
    _codes: dict[int, str] | None = None

    def __init__(self, prepared: Prepared, spec: BlockSpec, *, start: int = 0, first: bool = True,
                 lines: tuple[float, list[Line]] | None = None, last: bool = True, tag=None, label=None):
        super().__init__()
        self.prepared = prepared
        self.spec = spec
        # tagging (tagging.py): the structure element this block's lines belong to, and
        # (characters, element) of a label at its start (一、 of a heading, 1. of a list
        # item) that is tagged apart as Lbl
        self.tag = tag
        self.label = label
        self.start = start          # index of the first character this block draws
        self.first = first          # holds the paragraph's first line (indent, space before)
        self.last = last            # holds the paragraph's last line (space after)
        self._lines = lines         # (width, lines) computed for that frame width
        # keep-with-next is done by KeepWithNext, not by platypus (which would move a
        # heading's whole following paragraph to the next page)
        self.keepWithNext = False
        self.width = self.height = 0.0

    # -- layout ---------------------------------------------------------------
    def lines_for(self, width: float) -> list[Line]:
        if self._lines is not None and abs(self._lines[0] - width) < FUZZ:
            return self._lines[1]
        if self._prebroken is not None and abs(self._prebroken[0].width - width) < FUZZ:
            lines = self._prebroken[0].lines(self._prebroken[1])
            if lines is not None:
                return lines
        self._codes = None          # written for other lines (another width): not these
        s = self.spec
        measure = width - s.left_indent - s.right_indent
        first_measure = measure - (s.first_indent if self.first else 0.0)
        m = self.prepared.measured
        if self.start:
            m = _tail_of(m, self.start)
        lines = break_lines(m, lambda k: first_measure if k == 0 else measure)
        if s.align == "center" and len(lines) > 1 and not self.start:
            lines = _balanced(m, lines, first_measure, measure)
        if self.start:
            lines = [replace(ln, start=ln.start + self.start, end=ln.end + self.start,
                             squeezed=tuple((i + self.start, a) for i, a in ln.squeezed)) for ln in lines]
        self._lines = (width, lines)
        return lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        lines = self.lines_for(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.spec.pitch
        return availWidth, self.height

    def getSpaceBefore(self) -> float:
        return self.spec.space_before if self.first else 0.0

    def getSpaceAfter(self) -> float:
        return self.spec.space_after if self.last else 0.0

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self.lines_for(availWidth)
        n = len(lines)
        fit = int(math.floor(availHeight / self.spec.pitch + FUZZ))
        if fit >= n:
            return [self]
        if fit < 1:
            return []
        # no orphan: a paragraph's first line never stands alone at a page foot
        if fit == 1 and self.first and n > 1:
            return []
        # no widow: its last line never stands alone at a page head
        if n - fit == 1 and self.last:
            fit -= 1
            if fit < 2 and self.first:
                return []
            if fit < 1:
                return []
        head = TextBlock(self.prepared, self.spec, start=self.start, first=self.first,
                         lines=(availWidth, lines[:fit]), last=False, tag=self.tag, label=self.label)
        tail = TextBlock(self.prepared, replace(self.spec, outline=None), start=lines[fit].start,
                         first=False, lines=(availWidth, lines[fit:]), last=self.last, tag=self.tag)
        head._codes = tail._codes = self._codes
        return [head, tail]

    # -- drawing --------------------------------------------------------------
    def drawOn(self, canvas, x, y, _sW=0):
        """Draw, inside one marked-content sequence of the block's element when the
        canvas is tagged (a label at the start is marked by ``draw`` itself)."""
        tagger = getattr(canvas, "tagger", None)
        if tagger is None or tagger.artifact or not self.lines_for(self.width):
            return super().drawOn(canvas, x, y, _sW)
        self.tag_drawn = True
        if self.tag is None:
            self.tag = tagger.add("P")
        if self.label is not None and self.first and not self.start:
            return super().drawOn(canvas, x, y, _sW)
        tagger.begin(canvas, self.tag)
        super().drawOn(canvas, x, y, _sW)
        tagger.end(canvas)

    def geometry(self, line: Line, first_line: bool) -> tuple[Placed, float]:
        """Where the glyphs of ``line`` go, and its left edge (``first_line``: the
        paragraph's first, indented)."""
        s = self.spec
        indent = s.left_indent + (s.first_indent if first_line else 0.0)
        placed = place(self.prepared.measured, line, s.align == "justify")
        if s.align == "center":
            return placed, indent + (line.width - placed.right) / 2
        if s.align == "right":
            return placed, indent + line.width - placed.right
        return placed, indent

    def draw(self) -> None:
        canvas = self.canv
        s = self.spec
        p = self.prepared
        lines = self.lines_for(self.width)
        tagger = None
        if self.label is not None and self.first and not self.start:
            tagger = getattr(canvas, "tagger", None)
            if tagger is not None and tagger.artifact:
                tagger = None
        if s.outline is not None and self.first:
            title, level, key = s.outline
            canvas.bookmarkPage(key, fit="XYZ", top=canvas.absolutePosition(0, self.height)[1], left=0)
            canvas.addOutlineEntry(title, key, level=level, closed=False)
            note_page(canvas, key)
        top = self.height
        codes = self._codes
        out = canvas._code
        for k, line in enumerate(lines):
            baseline = top - (k + 0.5) * s.pitch - EM_CENTRE * p.size
            if tagger is None:
                code = codes.get(line.start) if codes is not None else None
                if code is not None:         # written by prebreak.py's child
                    if code:
                        out.append(code.replace(BASELINE, fp_str(baseline)))
                    continue
                draw_line(canvas, p, line, *self.geometry(line, self.first and k == 0), baseline)
                continue
            placed, x0 = self.geometry(line, self.first and k == 0)
            if k == 0:
                # the label (一、) as its own Lbl, then the rest of the block as its element
                cut = min(line.start + self.label[0], line.end)
                tagger.begin(canvas, self.label[1])
                draw_line(canvas, p, replace(line, end=cut), placed, x0, baseline)
                tagger.end(canvas)
                tagger.begin(canvas, self.tag)
                if cut < line.end:
                    draw_line(canvas, p, replace(line, start=cut),
                              Placed(placed.xs[cut - line.start:], placed.right), x0, baseline)
            else:
                draw_line(canvas, p, line, placed, x0, baseline)
        if tagger is not None and lines:
            tagger.end(canvas)


def _balanced(m, lines: list[Line], first_measure: float, measure: float) -> list[Line]:
    """A centred block (a title) broken into lines of even length instead of a full
    line and a short one: the narrowest measure that still gives as many lines."""
    n = len(lines)
    lo, hi = measure * (n - 1) / n, measure
    best = lines
    for _ in range(12):
        mid = (lo + hi) / 2
        trial = break_lines(m, lambda k: mid - (measure - first_measure if k == 0 else 0.0))
        if len(trial) <= n:
            best, hi = trial, mid
        else:
            lo = mid
    # centre on the real measure, not the trial one
    return [replace(ln, width=first_measure if k == 0 else measure) for k, ln in enumerate(best)]


def _tail_of(m: Measured, start: int) -> Measured:
    """The paragraph from character ``start`` on (a split's tail, re-broken)."""
    return Measured(m.chars[start:], m.advance[start:], m.box[start:], m.squeeze[start:], m.kind_of()[start:])


class KeepWithNext(Flowable):
    """A heading (or a chain of them) kept on the page of the first lines after it."""

    def __init__(self, head: Flowable, following: Flowable, page_height: float = float("inf")):
        super().__init__()
        self.head = head
        self.following = following
        self.page_height = page_height     # the frame's full height
        self._h = self._f = (0.0, 0.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._h = self.head.wrap(availWidth, availHeight)
        self._f = self.following.wrap(availWidth, availHeight - self._h[1])
        self.width = availWidth
        self.height = self._h[1] + self._gap() + self._f[1]
        return availWidth, self.height

    def _gap(self) -> float:
        return max(self.head.getSpaceAfter(), self.following.getSpaceBefore())

    def getSpaceBefore(self) -> float:
        return self.head.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.following.getSpaceAfter()

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        h = self.head.wrap(availWidth, availHeight)[1]
        rest = availHeight - h - self._gap()
        on_empty_page = availHeight >= self.page_height - FUZZ
        if rest <= 0:
            # A heading taller than the room left: move both to the next page — or, when
            # this page is already empty, give up the keep and split the heading itself
            # (reportlab needs the first piece to fit).
            if on_empty_page:
                head_parts = self.head.split(availWidth, availHeight)
                if head_parts:   # [head] when it just fills the page, else its pieces
                    return [*head_parts, self.following]
            return []
        parts = self.following.split(availWidth, rest)
        if len(parts) == 1 and parts[0] is self.following:
            return [_Stack(self.head, self.following, self._gap())]   # it all fits after all
        if len(parts) < 2:
            if on_empty_page:
                # already on an empty page and still no room: give up the keep rather
                # than fail the document
                return [self.head, self.following]
            return []          # nothing of the following fits beside the heading: move both
        return [_Stack(self.head, parts[0], self._gap()), *parts[1:]]

    def draw(self) -> None:
        # the heading first: bookmarks must come in reading order
        self.head.drawOn(self.canv, 0, self.height - self._h[1])
        self.following.drawOn(self.canv, 0, 0)


class _Stack(Flowable):
    """Two flowables drawn one under the other with ``gap`` between them."""

    def __init__(self, top: Flowable, bottom: Flowable, gap: float):
        super().__init__()
        self.top, self.bottom, self.gap = top, bottom, gap
        self._t = self._b = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._t = self.top.wrap(availWidth, availHeight)[1]
        self._b = self.bottom.wrap(availWidth, availHeight - self._t - self.gap)[1]
        self.width, self.height = availWidth, self._t + self.gap + self._b
        return availWidth, self.height

    def getSpaceBefore(self) -> float:
        return self.top.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.bottom.getSpaceAfter()

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        self.top.drawOn(self.canv, 0, self.height - self._t)
        self.bottom.drawOn(self.canv, 0, 0)


class Bookmark(Flowable):
    """An outline entry with nothing drawn (a part of a collection without a title)."""

    def __init__(self, title: str, level: int, key: str):
        super().__init__()
        self.title, self.level, self.key = title, level, key
        self.width = self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key, fit="XYZ", top=self.canv.absolutePosition(0, 0)[1], left=0)
        self.canv.addOutlineEntry(self.title, self.key, level=self.level, closed=False)
        note_page(self.canv, self.key)


def note_page(canvas, key: str) -> None:
    """Record the page an outline entry is drawn on (a collection's contents prints it)."""
    pages = getattr(canvas, "outline_pages", None)
    if pages is not None:
        pages.setdefault(key, canvas.getPageNumber())


class GridSnap(Flowable):
    """A flowable padded to a whole number of grid lines (drawn at the top of them)."""

    def __init__(self, inner: Flowable, pitch: float, space_before: float = 0.0, space_after: float = 0.0):
        super().__init__()
        self.inner, self.pitch = inner, pitch
        self.space_before, self.space_after = space_before, space_after
        self._ih = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        w, self._ih = self.inner.wrap(availWidth, availHeight)
        self.width = availWidth
        self.height = math.ceil(self._ih / self.pitch - FUZZ) * self.pitch
        return availWidth, self.height

    def getSpaceBefore(self) -> float:
        return self.space_before

    def getSpaceAfter(self) -> float:
        return self.space_after

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        usable = math.floor(availHeight / self.pitch + FUZZ) * self.pitch
        parts = self.inner.split(availWidth, usable)
        if not parts:
            return []
        out = [GridSnap(q, self.pitch) for q in parts]
        out[0].space_before = self.space_before
        out[-1].space_after = self.space_after
        return out

    def draw(self) -> None:
        w = self.inner.width if hasattr(self.inner, "width") else self.width
        x = max(0.0, (self.width - w) / 2) if w else 0.0
        self.inner.drawOn(self.canv, x, self.height - self._ih)
