"""Pages: the A4 sheet, the one frame that is the text block, and the page number.

Everything comes from the Style: the frame is exactly the text block (GB/T 9704:
156 × 225 mm at 28 mm / 37 mm), with no padding, so the grid lines of the flowables are
the grid lines of the page. The folio ("— 1 —") is drawn after each page per
``style.page_number``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from typing import Callable

from reportlab.lib.utils import TimeStamp
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from ...style import Style
from .deflate import deflater
from .linebreak import Line, place
from .measure import Measurer, RunStyle
from .setter import draw_line
from .tagging import ARTIFACT_FOOTER, Tagger

#: The top of the folio's em box sits ``below_text`` under the text block; the em box
#: top is 0.88 em above the baseline (ideographic em box −0.12 … 0.88).
EM_TOP = 0.88


def _timestamp(when: datetime) -> TimeStamp:
    """A reportlab TimeStamp for ``when`` (UTC), so /CreationDate is reproducible."""
    ts = TimeStamp(invariant=True)
    utc = when.astimezone(timezone.utc) if when.tzinfo else when.replace(tzinfo=timezone.utc)
    ts.t = utc.timestamp()
    ts.lt = utc.timetuple()
    ts.YMDhms = tuple(ts.lt)[:6]
    ts.dhh = ts.dmm = 0
    return ts


class FrontFirstCanvas(Canvas):
    """A canvas that notes the page of each outline entry (``outline_pages``, filled by
    the flowables) and, for a collection's front matter set after the body (front.py),
    moves those pages to the front when the file is written."""

    #: the structure tree and marked content (tagging.py); None: an untagged PDF
    tagger: Tagger | None = None
    #: the document information mirrored into the XMP of a tagged PDF
    info: dict | None = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.outline_pages: dict[str, int] = {}
        self.front_start: int | None = None     # drawing page number of the first front page
        self.title_page = False                  # the front matter opens with a title page
        self.page_count = 0                      # the pages of the file, set by save()

    def showPage(self) -> None:
        number = self._pageNumber
        super().showPage()
        page = self._doc.Pages.pages[-1]
        if page.compression and page.stream and not page.Contents:
            # compressed by a worker thread while the next page is set (deflate.py)
            page.Contents = deflater(self._doc).stream(page.stream)
        if self.tagger is not None:
            self.tagger.page_shown(page, number)

    def save(self) -> None:
        if len(self._code):
            self.showPage()
        if self.front_start is not None:
            pages = self._doc.Pages.pages
            if (len(pages) - self.front_start + 1) % 2:
                self.showPage()      # a blank verso: the body's page 1 is a right-hand page
            split = self.front_start - 1
            front = len(pages) - split
            # page objects are referenced by name, so reordering the list moves them
            pages[:] = pages[split:] + pages[:split]
            self.addPageLabel(0, "ROMAN_LOWER", 1)
            self.addPageLabel(front, "ARABIC", 1)
        if self.tagger is not None:
            self.tagger.finish(self._doc, self.info or {})
        self.page_count = len(self._doc.Pages.pages)
        try:
            super().save()
        finally:
            deflater(self._doc).close()


def canvas_maker(when: datetime, tagger: Tagger | None = None, info: dict | None = None,
                 version: tuple[int, int] = (1, 7), faces=None) -> Callable[..., Canvas]:
    """A Canvas factory for the doc template: invariant mode, dates from ``when``;
    tagged when a ``tagger`` is given (``info``: what its XMP says), the header then
    saying PDF ``version``; drawing with ``faces`` (cidfonts.DocumentFaces) when given."""

    def make(*args, **kwargs) -> Canvas:
        kwargs["invariant"] = 1
        if tagger is not None:
            kwargs["pdfVersion"] = version    # PDF/UA-1 is ISO 32000-1: PDF 1.7 (PDF/A-1b: 1.4)
        canvas = FrontFirstCanvas(*args, **kwargs)
        canvas._doc._timeStamp = _timestamp(when)
        if faces is not None:
            faces.attach(canvas._doc)
        canvas.tagger = tagger
        canvas.info = {**(info or {}), "when": when}
        return canvas

    return make


class Folio:
    """Draws the page number of each page."""

    def __init__(self, style: Style, measurer: Measurer):
        self.style = style
        self.measurer = measurer
        pn = style.page_number
        self.run = RunStyle(style.fonts[pn.font].bundled, pn.size)

    def __call__(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.showOutline()   # open the bookmarks panel
        pn = self.style.page_number
        if not pn.show:
            return
        page = self.style.page
        n = canvas.getPageNumber()
        if n in getattr(canvas, "no_folio", ()):    # a blank page and the 版记 after it (issue.py)
            return
        number = str(n)
        front_start = getattr(canvas, "front_start", None)
        if front_start is not None and n >= front_start:
            # a collection's front matter (front.py): numbered i, ii, … apart from the
            # body; the title page prints no number
            n = n - front_start + 1
            if n == 1 and getattr(canvas, "title_page", False):
                return
            from .front import roman
            number = roman(n)
        text = pn.format.replace("{n}", number)
        prepared = self.measurer.prepare([(text, self.run)], pn.size)
        # GB/T 9704 §7.5: "— 1 —", a half-width space each side of the number (the
        # font's own space is a quarter em), as the DOCX shows it
        m = prepared.measured
        half = [pn.size / 2 if ch == " " else a for ch, a in zip(m.chars, m.advance)]
        prepared = replace(prepared, measured=replace(m, advance=half))
        line = Line(0, len(text), page.text_width, ragged=True)
        placed = place(prepared.measured, line, justify=False)
        inset = pn.inset.pt(pn.size)
        left = page.margin_left
        right = page.width - page.margin_right
        position = pn.position
        if position == "outside":
            position = "right" if n % 2 else "left"
        if position == "right":
            x0 = right - inset - placed.right
        elif position == "left":
            x0 = left + inset
        else:
            x0 = (left + right - placed.right) / 2
        baseline = page.margin_bottom - pn.below_text - EM_TOP * pn.size
        tagger = getattr(canvas, "tagger", None)
        if tagger is not None:
            tagger.begin_artifact(canvas, ARTIFACT_FOOTER)    # a folio is not read out
        canvas.saveState()
        draw_line(canvas, prepared, line, placed, x0, baseline)
        canvas.restoreState()
        if tagger is not None:
            tagger.end_artifact(canvas)


def make_template(buffer, style: Style, folio: Folio, when: datetime, **info) -> BaseDocTemplate:
    from .front import CollectionTemplate    # expands a collection's front matter placeholder

    page = style.page
    frame = Frame(page.margin_left, page.margin_bottom, page.text_width, page.text_height,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="text-block")
    doc = CollectionTemplate(
        buffer,
        pagesize=(page.width, page.height),
        leftMargin=page.margin_left, rightMargin=page.margin_right,
        topMargin=page.margin_top, bottomMargin=page.margin_bottom,
        invariant=1,
        initialFontName=info.pop("initial_font"),
        initialFontSize=info.pop("initial_size"),
        **info,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=folio)])
    return doc
