"""The front matter of a merged collection: a title page and a printed contents page.

A contents page must print the page on which each report and each of its level-1
headings starts, and those are only known once the body is laid out. Rather than lay
the whole collection out twice (and again whenever the contents' own length moves the
body), the front matter is **numbered separately** and **set last**:

1. the body is set first, from page 1; every outline entry notes the page it is drawn
   on (``flowables.note_page``);
2. a ``FrontMatter`` placeholder after the body is expanded, when platypus reaches it
   (``CollectionTemplate.filterFlowables``), into the title page and the contents,
   whose numbers are now known;
3. before the file is written (``pages.FrontFirstCanvas.save``) those pages are moved
   in front of the body, after a blank page when they are an odd number (so the body's
   page 1 stays a right-hand page and the folios keep their sides), and /PageLabels
   name them i, ii, … and the body 1, 2, …, as the printed folios do (the title page
   prints none).

The body is laid out once, exactly as without front matter, so every listed number is
right by construction (tests/test_collection_front.py checks them with pdfplumber).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.platypus import BaseDocTemplate, Flowable, PageBreak, Spacer

from ...model import Meta, Text
from .._collection_front import TITLE_DROP_LINES, contents_title
from .flowables import TextBlock
from .linebreak import Line, place
from .setter import draw_line

#: Dot leaders: one dot every this many ems, this radius (em), this high over the baseline (em).
LEADER_STEP = 0.5
LEADER_RADIUS = 0.05
LEADER_RISE = 0.3


@dataclass(frozen=True)
class OutlineEntry:
    """One bookmark of the body: its text, outline level (0 = a report) and key."""

    title: str
    level: int
    key: str


def has_title_page(meta: Meta) -> bool:
    return any((meta.title, meta.subtitle, meta.author, meta.date))


def roman(n: int) -> str:
    """Lower-case Roman numerals for the front matter's folios (i, ii, iii, iv …)."""
    out = []
    for value, numeral in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                           (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


class FrontMatter(Flowable):
    """Placeholder for the title page and contents; expanded once the body is drawn."""

    def __init__(self, builder: "FrontBuilder", meta: Meta, entries: list[OutlineEntry]):
        super().__init__()
        self.builder, self.meta, self.entries = builder, meta, entries

    def expand(self, pages: dict[str, int]) -> list[Flowable]:
        return [_FrontStart(has_title_page(self.meta)), *self.builder.flowables(self.meta, self.entries, pages)]

    def wrap(self, availWidth, availHeight):   # never drawn: replaced before layout
        return 0.0, 0.0

    def draw(self) -> None:
        pass


class _FrontStart(Flowable):
    """Zero-size mark: the page it is drawn on is the first page of the front matter."""

    def __init__(self, title_page: bool):
        super().__init__()
        self.title_page = title_page

    def wrap(self, availWidth, availHeight):
        return 0.0, 0.0

    def draw(self) -> None:
        canvas = self.canv
        if getattr(canvas, "front_start", None) is None:
            canvas.front_start = canvas.getPageNumber()
            canvas.title_page = self.title_page


class CollectionTemplate(BaseDocTemplate):
    """The doc template that expands the FrontMatter placeholder when it is reached,
    with the pages the body's outline entries landed on."""

    def filterFlowables(self, flowables) -> None:
        if flowables and isinstance(flowables[0], FrontMatter):
            pages = getattr(self.canv, "outline_pages", {})
            flowables[0:1] = flowables[0].expand(pages)


class FrontBuilder:
    """The title page and the contents, as flowables, from the collection's meta and
    the body's outline entries."""

    def __init__(self, builder):
        self.b = builder          # document.Builder: roles → TextBlocks on the grid
        self.style = builder.style

    def flowables(self, meta: Meta, entries: list[OutlineEntry], pages: dict[str, int]) -> list[Flowable]:
        out: list[Flowable] = []
        if has_title_page(meta):
            out.extend(self.title_page(meta))
            out.append(PageBreak())
        out.extend(self.contents(entries, pages))
        return out

    def title_page(self, meta: Meta) -> list[Flowable]:
        pitch = self.style.page.line_pitch or self.style.line_height("title")
        out: list[Flowable] = [Spacer(1, TITLE_DROP_LINES * pitch)]
        for role, text in (("title", meta.title), ("subtitle", meta.subtitle)):
            if text:
                out.append(self.b.text_block((Text(text),), role))
        # author and date a few lines lower, like a book's title page
        lower = [(role, text) for role, text in (("author", meta.author), ("date", meta.date)) if text]
        if lower:
            out.append(Spacer(1, 2 * pitch))
            for k, (role, text) in enumerate(lower):
                spec = self.b.spec(role, space_before=0.0, space_after=0.0)
                out.append(self.b.text_block((Text(text),), role, replace(spec, align="center")))
        return out

    def contents(self, entries: list[OutlineEntry], pages: dict[str, int]) -> list[Flowable]:
        heading = self.b.spec("title", align="center")
        out: list[Flowable] = [self.b.text_block((Text(contents_title(self.b.language)),), "title", heading)]
        toc = self.style.role("toc")
        numbers = [str(pages.get(e.key, "")) for e in entries if e.level <= 1]
        digits = max((len(n) for n in numbers), default=1)
        # room for the number (digits are half an em) and a gap of one em before it
        reserve = (digits * 0.5 + 1.0) * toc.size
        for entry in entries:
            if entry.level > 1 or entry.key not in pages or not entry.title.strip():
                continue   # (an entry with no text has nothing to list)
            base = self.b.spec("toc")
            spec = replace(base, align="left", first_indent=0.0,
                           left_indent=base.left_indent + entry.level * 2 * toc.size,
                           right_indent=base.right_indent + reserve, space_before=0.0, space_after=0.0,
                           keep_with_next=False, outline=None, page_break_before=False)
            title = self.b.text_block((Text(entry.title),), "toc", spec)
            number = self.b.text_block((Text(str(pages[entry.key])),), "toc", spec)
            out.append(ContentsLine(title.prepared, spec, number.prepared, reserve))
        return out


class ContentsLine(TextBlock):
    """A contents entry: the title (broken like any paragraph, inside a right indent
    that keeps the number's column free), dot leaders, and the page number set flush
    right on the last line."""

    def __init__(self, prepared, spec, number, reserve: float, **kw):
        super().__init__(prepared, spec, **kw)
        self.number, self.reserve = number, reserve

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        head, tail = parts
        # only the last piece carries the number
        return [head, ContentsLine(tail.prepared, tail.spec, self.number, self.reserve, start=tail.start,
                                   first=False, lines=tail._lines, last=tail.last)]

    def draw(self) -> None:
        super().draw()
        lines = self.lines_for(self.width)
        if not self.last or not lines:     # (a title of nothing drawable has no line)
            return
        s, p = self.spec, self.prepared
        last = lines[-1]
        indent = s.left_indent + (s.first_indent if self.first and len(lines) == 1 else 0.0)
        text_end = indent + place(p.measured, last, False).right
        baseline = (len(lines) - 0.5) * s.pitch
        baseline = self.height - baseline - 0.38 * p.size     # flowables.EM_CENTRE
        m = self.number.measured
        n_line = Line(0, len(m.chars), self.width, ragged=True)
        n_placed = place(m, n_line, False)
        x_number = self.width - n_placed.right
        draw_line(self.canv, self.number, n_line, n_placed, x_number, baseline)
        # dots on a fixed pitch from the left edge, so the leaders of all lines line up,
        # ending half an em before the number column; drawn as one dashed line with
        # round caps (a dash of length 0 is a dot), not one path per dot
        size = p.size
        step = LEADER_STEP * size
        last = int((self.width - self.reserve - 0.5 * size) // step)
        first = int((text_end + 0.5 * size) // step) + 1
        if last >= first:
            canvas = self.canv
            y = baseline + LEADER_RISE * size
            canvas.saveState()
            canvas.setLineCap(1)
            canvas.setLineWidth(2 * LEADER_RADIUS * size)
            canvas.setDash([0, step])
            canvas.line(first * step, y, last * step + 0.01, y)
            canvas.restoreState()
