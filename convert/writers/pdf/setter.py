"""The line setter: draw one broken, placed line on a reportlab canvas.

A line is drawn as one text object made of segments: runs of characters with the
same font, weight and character spacing. The spacing (PDF ``Tc``) of a segment is
chosen so that each glyph lands exactly where ``linebreak.place`` put it, so a
justified Chinese line costs one or two ``Tj`` operators, not one per glyph.
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from .linebreak import Line, Placed
from .measure import Prepared

#: Synthetic bold: the outline is stroked with this fraction of the font size.
BOLD_STROKE = 0.03
#: Emphasis dots (着重号) under a character: radius and depth below the baseline, in em.
DOT_RADIUS = 0.06
DOT_DEPTH = 0.2

_NO_DOTS = frozenset("，。、；：？！…—·（）《》〈〉「」『』“”‘’【】〔〕 ")


def _utf16_hex(text: str) -> str:
    return "FEFF" + text.encode("utf-16-be").hex().upper()


def _text_out(canvas: Canvas, text, font: str, chars: str, i: int, j: int, x: float, y: float,
              xs: tuple[float, ...], start: int) -> None:
    """Show chars[i:j] at x. reportlab spreads a TrueType font over 256-glyph subsets
    and switches between them inside a segment; each switch starts a new ``Tj``. PDF
    applies ``Tc`` after every glyph, but some extractors (pdfminer) skip it after the
    last glyph of a ``Tj``, so each subset piece gets its own exact origin."""
    face = pdfmetrics.getFont(font)
    split = getattr(face, "splitString", None)
    if split is None:
        text.setTextOrigin(x, y)
        text.textOut(chars[i:j])
        return
    q = i
    for _subset, encoded in split(chars[i:j], canvas._doc):
        n = len(encoded)
        text.setTextOrigin(x + xs[q - start] - xs[i - start], y)
        text.textOut(chars[q:q + n])
        q += n


def draw_line(canvas: Canvas, p: Prepared, line: Line, placed: Placed, x0: float, y: float) -> None:
    """Draw ``line`` of ``p`` with its left edge at x0 and its baseline at y."""
    start, end = line.start, line.end
    if end <= start:
        return
    xs = placed.xs
    fonts, styles, widths = p.font, p.style, p.glyph_width
    chars = p.measured.chars
    subs = p.substitutes
    text = canvas.beginText()
    cur_font: tuple[str, float] | None = None
    cur_mode = 0
    cur_tc: float | None = None
    dots: list[tuple[float, float]] = []
    stroke_width = 0.0
    i = start
    while i < end:
        k = i - start
        font, st = fonts[i], styles[i]
        size = p.styles[st].size
        bold = p.synthetic_bold(i)
        if i in subs:
            # a character no font has: draw the substitute, keep the original as ActualText
            if cur_font != (font, size):
                text.setFont(font, size)
                cur_font = (font, size)
            text.setTextOrigin(x0 + xs[k], y)
            text._code.append(f"/Span <</ActualText <{_utf16_hex(chars[i])}>>> BDC")
            text.textOut(subs[i])
            text._code.append("EMC")
            cur_tc = None
            i += 1
            continue
        # extend the segment while font, weight and spacing stay the same
        tc = (xs[k + 1] - xs[k] - widths[i]) if i + 1 < end else 0.0
        j = i + 1
        while j < end and fonts[j] == font and styles[j] == st and j not in subs:
            kj = j - start
            if j + 1 < end:
                tcj = xs[kj + 1] - xs[kj] - widths[j]
                if abs(tcj - tc) > 1e-4:
                    # the last glyph of a segment may take any spacing: include it
                    j += 1
                    break
            j += 1
        if cur_font != (font, size):
            text.setFont(font, size)
            cur_font = (font, size)
        mode = 2 if bold else 0
        if mode != cur_mode:
            text.setTextRenderMode(mode)
            cur_mode = mode
            if bold:
                stroke_width = max(stroke_width, size * BOLD_STROKE)
        if cur_tc is None or abs(tc - cur_tc) > 1e-6:
            text.setCharSpace(tc)
            cur_tc = tc
        _text_out(canvas, text, font, chars, i, j, x0 + xs[k], y, xs, start)
        if p.styles[st].emphasis:
            for q in range(i, j):
                if chars[q] not in _NO_DOTS:
                    dots.append((x0 + xs[q - start] + widths[q] / 2, size))
        i = j
    if cur_mode:
        text.setTextRenderMode(0)
    if stroke_width:
        canvas.saveState()
        canvas.setLineWidth(stroke_width)
        canvas.setLineJoin(1)
        canvas.drawText(text)
        canvas.restoreState()
    else:
        canvas.drawText(text)
    for cx, size in dots:
        canvas.circle(cx, y - DOT_DEPTH * size, DOT_RADIUS * size, stroke=0, fill=1)
