"""The line setter: draw one broken, placed line on a reportlab canvas.

A line is one PDF text object (BT … ET) made of segments: runs of characters with the
same font, size, weight and character spacing. The spacing (``Tc``) of a segment is
chosen so that each glyph lands exactly where ``linebreak.place`` put it, so a justified
Chinese line costs a handful of operators, not one per glyph.

The operators go straight into the page's content, not through TextObject.textOut
(which measures every string again): each segment is one string of 2-byte CIDs in its
face's composite font (cidfonts.py), so a line of Chinese drawn from one face is one
string however many characters the document uses.
"""

from __future__ import annotations

from typing import Iterator

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas

from .cidfonts import faces
from .linebreak import Line, Placed
from .measure import Prepared

#: Synthetic bold: the glyph outline is also stroked, this fraction of the size wide.
BOLD_STROKE = 0.03
#: Emphasis dots (着重号) under a character: radius and depth below the baseline, in em.
DOT_RADIUS = 0.06
DOT_DEPTH = 0.2

_NO_DOTS = frozenset("，。、；：？！…—·（）《》〈〉「」『』“”‘’【】〔〕 ")


def _utf16_hex(text: str) -> str:
    return "FEFF" + text.encode("utf-16-be").hex().upper()


class _TextOps:
    """Collects the operators of one text object, skipping redundant state changes."""

    def __init__(self, canvas: Canvas):
        self.canvas = canvas
        self.faces = faces(canvas._doc)
        self.ops: list[str] = ["BT"]
        self.font: tuple[str, float] | None = None   # (font resource name, size)
        self.tc = 0.0
        self.mode = 0

    def show(self, font_name: str, size: float, text: str, x: float, y: float, tc: float, mode: int) -> None:
        """Show ``text`` with its first glyph at (x, y): one string, its CIDs in the
        face's composite font (cidfonts.py), whatever characters it holds."""
        ops = self.ops
        if mode != self.mode:
            ops.append(f"{mode} Tr")
            self.mode = mode
        change = tc - self.tc
        if change > 1e-7 or change < -1e-7:
            ops.append(f"{fp_str(tc)} Tc")
            self.tc = tc
        face = self.faces.use(font_name)
        key = (face.resource, size)
        if key != self.font:
            ops.append(f"{face.resource} {fp_str(size)} Tf")
            self.font = key
        ops.append(f"1 0 0 1 {fp_str(x, y)} Tm <{face.hex(text)}> Tj")

    def marked(self, actual: str) -> None:
        self.ops.append(f"/Span <</ActualText <{_utf16_hex(actual)}>>> BDC")

    def end_marked(self) -> None:
        self.ops.append("EMC")

    def code(self) -> str:
        if self.mode:
            self.ops.append("0 Tr")
        # a spacing within float noise of 0 was written as 0 (fp_str), or never: no reset
        if abs(self.tc) > 1e-7:
            self.ops.append("0 Tc")
        self.ops.append("ET")
        return " ".join(self.ops)


def draw_line(canvas: Canvas, p: Prepared, line: Line, placed: Placed, x0: float, y: float) -> None:
    """Draw ``line`` of ``p`` with its left edge at x0 and its baseline at y."""
    start, end = line.start, line.end
    if end <= start:
        return
    xs = placed.xs
    fonts, styles, widths = p.font, p.style, p.glyph_width
    chars = p.measured.chars
    subs = p.substitutes
    ops = _TextOps(canvas)
    dots: list[tuple[float, float]] = []
    stroke_width = 0.0
    # the spacing after each glyph of the line: how far the next one is set past its advance
    spacing = [x1 - x - w for x1, x, w in zip(xs[1:], xs, widths[start:end - 1])]
    for i, j, tc in _segments(p, start, end, spacing):
        k = i - start
        font = fonts[i]
        run = p.styles[styles[i]]
        size = run.size
        if j < 0:
            # a character no font has: draw the substitute, keep the original as ActualText
            ops.marked(chars[i])
            ops.show(font, size, subs[i], x0 + xs[k], y, 0.0, 0)
            ops.end_marked()
            continue
        bold = run.bold and font not in p.bold_fonts       # (p.synthetic_bold(i), inlined)
        if bold:
            stroke_width = max(stroke_width, size * BOLD_STROKE)
        ops.show(font, size, chars[i:j], x0 + xs[k], y, tc, 2 if bold else 0)
        if run.emphasis:
            for q in range(i, j):
                if chars[q] not in _NO_DOTS:
                    dots.append((x0 + xs[q - start] + widths[q] / 2, size))
    code = ops.code()
    if stroke_width:
        canvas.saveState()
        canvas.setLineWidth(stroke_width)
        canvas.setLineJoin(1)
        canvas._code.append(code)
        canvas.restoreState()
    else:
        canvas._code.append(code)
    for cx, size in dots:
        canvas.circle(cx, y - DOT_DEPTH * size, DOT_RADIUS * size, stroke=0, fill=1)


def _segments(p: Prepared, start: int, end: int, spacing: list[float]) -> Iterator[tuple[int, int, float]]:
    """The segments of characters start:end as (first, end, Tc): maximal runs of one
    font and style whose glyphs all take the first one's spacing (the last may take
    any); a substitute is a segment of its own, given as (index, -1, 0)."""
    fonts, styles, subs = p.font, p.style, p.substitutes
    n = end - start
    inner = spacing[1:n - 1]        # the spacings a segment's glyphs must share
    if not (subs and any(start <= q < end for q in subs)) and (
            n == 1 or (fonts[start:end].count(fonts[start]) == n and styles[start:end].count(styles[start]) == n
                       and (not inner or (max(inner) - spacing[0] <= 1e-4 and spacing[0] - min(inner) <= 1e-4)))):
        # the usual line: one font, one style, one spacing (the test below, for all at once)
        yield start, end, spacing[0] if n > 1 else 0.0
        return
    i = start
    while i < end:
        if subs and i in subs:
            yield i, -1, 0.0
            i += 1
            continue
        font, st = fonts[i], styles[i]
        tc = spacing[i - start] if i + 1 < end else 0.0
        # extend the segment while font, weight and spacing stay the same
        j = i + 1
        while j < end and fonts[j] == font and styles[j] == st and not (subs and j in subs):
            if j + 1 < end and abs(spacing[j - start] - tc) > 1e-4:
                j += 1      # a segment's last glyph may take any spacing: include it
                break
            j += 1
        yield i, j, tc
        i = j
