"""The 版头 and the 版记 of an issued document (GB/T 9704-2012 7.2, 7.4), as flowables.

- ``MastheadBlock`` (the plan's ``Front.masthead``), the first flowable of its page, so
  its top is the text block's top: the marks (份号, 密级★期限, 紧急程度) on the first grid
  lines, flush left or right; the issuer's mark centred in red, its top edge (the
  ideographic em box's) ``issuer_top`` under the text block's top; the 发文字号 centred
  ``doc_number_below`` lines under the mark; the rule ``rule_below`` under the
  发文字号's bottom edge, the text block's width. Its height ends on a grid line
  ``title_below`` lines under the rule, so the title and the text stay on the grid.
  An upward document (上行文, ``Masthead.signers``): the mark's top edge at the plan's
  ``issuer_top`` (80 mm), the 发文字号 one 字 in from the left and 签发人：names (the
  label in the 发文字号's face, the names in ``signer_font``) one 字 in from the right,
  on the same line. A joint document (``Masthead.issuers``): the organs stacked, centred
  as a block, 文件 to their right, centred on them; too wide, all of it smaller.
- ``ImprintBlock`` (the plan's ``Plan.imprint``): 抄送 and 印发机关/印发日期 between rules
  at the foot of the last page — the last rule on the text block's bottom edge — on an
  even page when the style says so: on an odd page, or without room, it breaks the page
  (a blank page when the text filled an even one). The blank page and the 版记 page
  after it carry no folio unless the style numbers them (``canvas.no_folio``).

Every size, colour and distance is the style's (``Style.masthead``, ``Style.imprint``).
Colours are DeviceRGB (``rg``/``RG``), which PDF/A-2b with its sRGB output intent keeps.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from ...layout.plan import Imprint, Masthead
from ...style import Colour, Style
from .flowables import EM_CENTRE, FUZZ
from .linebreak import Line, break_lines, place
from .measure import Measurer, RunStyle
from .setter import draw_line

#: The ideographic em box: its top edge 0.88 em above the baseline, its bottom 0.12 em under.
EM_TOP, EM_BOTTOM = 0.88, 0.12


class _Text:
    """One line (or a few) of text in one face and size, measured once."""

    def __init__(self, measurer: Measurer, text: str, font: str, size: float, bold: bool = False):
        self.size = size
        self.prepared = measurer.prepare([(text, RunStyle(font, size, bold))], size)

    def lines(self, width: float, first_width: float | None = None) -> list[Line]:
        m = self.prepared.measured
        if not m.chars:
            return []
        return break_lines(m, lambda k: first_width if k == 0 and first_width is not None else width)

    @property
    def natural(self) -> float:
        m = self.prepared.measured
        return sum(m.advance[:-1]) + m.box[-1] if m.chars else 0.0

    def draw(self, canvas, line: Line, x: float, baseline: float, justify: bool = False) -> None:
        placed = place(self.prepared.measured, line, justify)
        draw_line(canvas, self.prepared, line, placed, x, baseline)

    def draw_one(self, canvas, x: float, baseline: float, width: float, align: str) -> None:
        line = Line(0, len(self.prepared.measured.chars), width, ragged=True)
        placed = place(self.prepared.measured, line, False)
        if align == "center":
            x += (width - placed.right) / 2
        elif align == "right":
            x += width - placed.right
        draw_line(canvas, self.prepared, line, placed, x, baseline)


def _fill(canvas, c: Colour) -> None:
    canvas.setFillColorRGB(c.r, c.g, c.b)
    canvas.setStrokeColorRGB(c.r, c.g, c.b)     # synthetic bold strokes the outline too


class MastheadBlock(Flowable):
    """The 版头, from the top of the text block down to the title's grid line."""

    def __init__(self, item: Masthead, style: Style, measurer: Measurer):
        super().__init__()
        self.item, self.style = item, style
        m, fonts, page = style.masthead, style.fonts, style.page
        self.pitch = page.line_pitch or 1.5 * style.role("body").size
        self.width_ = page.text_width
        self.marks = []
        for field, text in item.marks:
            font = m.number_font if field in ("copy_number", "doc_number") else m.marks_font
            self.marks.append(_Text(measurer, text, fonts[font].bundled, m.marks_size))
        self.issuer = None
        self.organs: list[_Text] = []
        self.suffix = None
        face = fonts[m.issuer_font].bundled
        if item.issuers:                            # 联合行文: the organs stacked, 文件 right of them
            size = m.issuer_size
            for _ in range(2):
                self.organs = [_Text(measurer, o, face, size) for o in item.issuers]
                self.suffix = _Text(measurer, item.issuer_suffix, face, size) if item.issuer_suffix else None
                wide = self._joint_width()
                if wide <= self.width_:
                    break
                size = size * self.width_ / wide
        elif item.issuer:
            size = m.issuer_size
            probe = _Text(measurer, item.issuer, face, size)
            if probe.natural > self.width_:         # a long mark: smaller, to fit the text block
                size = size * self.width_ / probe.natural
                probe = _Text(measurer, item.issuer, face, size)
            self.issuer = probe
        number_role = style.role("doc_number")
        number_face = fonts[number_role.font].bundled
        self.number = (_Text(measurer, item.doc_number, number_face, number_role.size)
                       if item.doc_number else None)
        self.signer_label = self.signer_names = None
        if item.signers:
            self.signer_label = _Text(measurer, m.signer_label, number_face, number_role.size)
            self.signer_names = _Text(measurer, "\u3000".join(item.signers), fonts[m.signer_font].bundled,
                                      number_role.size)
        self.geometry = self._geometry()

    def _joint_width(self) -> float:
        organs = max(o.natural for o in self.organs)
        return organs + (self.suffix.size * _JOINT_GAP + self.suffix.natural if self.suffix else 0.0)

    @property
    def _mark_size(self) -> float:
        return self.organs[0].size if self.organs else self.issuer.size

    @property
    def _mark_height(self) -> float:
        """The mark's height, its first em box's top to its last's bottom."""
        if not self.organs:
            return self.issuer.size
        n, size = len(self.organs), self.organs[0].size
        return n * size + (n - 1) * _JOINT_LEADING * size

    def _geometry(self) -> dict[str, float]:
        """Distances down from the text block's top, in points."""
        m, pitch = self.style.masthead, self.pitch
        g: dict[str, float] = {"marks_end": len(self.marks) * pitch}
        below = g["marks_end"]
        if self.issuer is not None or self.organs:
            g["issuer_top"] = max(self.item.issuer_top or m.issuer_top, g["marks_end"])
            below = g["issuer_bottom"] = g["issuer_top"] + self._mark_height
        if self.number is not None:
            # its line box starts ``doc_number_below`` blank lines under the mark; the em
            # box is centred in it, as on every grid line
            box = below + m.doc_number_lines * pitch if "issuer_top" in g else below
            g["number_top"] = box + (pitch - self.number.size) / 2
            below = g["number_bottom"] = g["number_top"] + self.number.size
        if self.item.rule:
            below = g["rule"] = below + m.rule_below
        # the title on the grid line ``title_below`` blank lines under the rule (or the marks)
        lines = -(-(below - FUZZ) // pitch)
        g["height"] = (lines + m.title_lines) * pitch
        return g

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self.height = self.geometry["height"]
        return availWidth, self.height

    def draw(self) -> None:
        canvas, g, m, pitch = self.canv, self.geometry, self.style.masthead, self.pitch
        top = self.height
        for k, text in enumerate(self.marks):
            baseline = top - (k + 0.5) * pitch - EM_CENTRE * text.size
            text.draw_one(canvas, 0.0, baseline, self.width, m.marks_align)
        if self.issuer is not None or self.organs:
            canvas.saveState()
            _fill(canvas, m.issuer_colour)
            if self.organs:
                self._draw_joint(top - g["issuer_top"])
            else:
                baseline = top - g["issuer_top"] - EM_TOP * self.issuer.size
                self.issuer.draw_one(canvas, 0.0, baseline, self.width, "center")
            canvas.restoreState()
        if self.number is not None:
            baseline = top - g["number_top"] - EM_TOP * self.number.size
            if self.signer_names is None:
                self.number.draw_one(canvas, 0.0, baseline, self.width, "center")
            else:       # 上行文: 发文字号 居左空一字, 签发人 居右空一字, on one line
                em = self.number.size
                self.number.draw_one(canvas, em, baseline, self.width - 2 * em, "left")
                names = self.signer_names.natural
                self.signer_names.draw_one(canvas, em, baseline, self.width - 2 * em, "right")
                self.signer_label.draw_one(canvas, em, baseline, self.width - 2 * em - names, "right")
        if self.item.rule:
            canvas.saveState()
            _fill(canvas, m.rule_colour)
            canvas.setLineWidth(m.rule_thickness)
            y = top - g["rule"]
            canvas.line(0.0, y, self.width, y)
            canvas.restoreState()


#: 联合行文: the space between the organs' lines and between them and 文件, in ems
_JOINT_LEADING, _JOINT_GAP = 0.25, 0.5      # (the DOCX's lines are 1.25 em)


def _draw_joint(self: MastheadBlock, top: float) -> None:
    """The organs stacked from ``top`` down, flush left as a block centred with 文件 on
    the text block, 文件 to their right, centred on them."""
    size = self.organs[0].size
    organs = max(o.natural for o in self.organs)
    left = (self.width - self._joint_width()) / 2
    for k, organ in enumerate(self.organs):
        baseline = top - k * (1 + _JOINT_LEADING) * size - EM_TOP * size
        organ.draw_one(self.canv, left, baseline, organs, "center")
    if self.suffix is not None:
        middle = top - self._mark_height / 2
        baseline = middle - (EM_TOP - 0.5) * size
        self.suffix.draw_one(self.canv, left + organs + _JOINT_GAP * size, baseline, self.suffix.natural + 1, "left")


MastheadBlock._draw_joint = _draw_joint


class ImprintBlock(Flowable):
    """The 版记 at the foot of the last (even) page."""

    def __init__(self, item: Imprint, style: Style, measurer: Measurer):
        super().__init__()
        self.item, self.style = item, style
        i = style.imprint
        self.pitch = style.page.line_pitch or 1.5 * i.size
        font = style.fonts[i.font].bundled
        self.inset = i.inset.pt(i.size)
        self.copy_to = _Text(measurer, item.copy_to, font, i.size) if item.copy_to else None
        self.printer = _Text(measurer, item.printer, font, i.size) if item.printer else None
        self.printed = _Text(measurer, item.printed, font, i.size) if item.printed else None
        self.after_blank = False
        self._copy_lines: list[Line] = []

    def _rows(self, width: float) -> int:
        rows = 0
        if self.copy_to is not None:
            # 回行时与冒号后的首字对齐: wrapped lines start under the first body named
            label = len(self.style.imprint.copy_to_label)
            hang = sum(self.copy_to.prepared.measured.advance[:label])
            measure = width - 2 * self.inset
            self._copy_lines = self.copy_to.lines(measure - hang, measure)
            self._hang = hang
            rows += len(self._copy_lines)
        if self.printer is not None or self.printed is not None:
            rows += 1
        return rows

    def _page(self) -> int:
        return self.canv.getPageNumber()

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        need = self._rows(availWidth) * self.pitch
        wrong_side = self.item.even_page and self._page() % 2
        self.height = availHeight if need <= availHeight + FUZZ and not wrong_side else availHeight + need
        return availWidth, self.height

    def split(self, availWidth, availHeight):
        # the next page, or the one after: an odd page with nothing on it is a blank page
        frame = getattr(self, "_frame", None)
        empty = frame is not None and availHeight >= self.style.page.text_height - FUZZ
        if empty and self._page() % 2 and self.item.even_page:
            self.after_blank = True
            self._no_folio(self._page())
        return [PageBreak(), self]

    def _no_folio(self, page: int) -> None:
        if self.style.imprint.number_blank_pages:
            return
        pages = getattr(self.canv, "no_folio", None)
        if pages is None:
            pages = self.canv.no_folio = set()
        pages.add(page)

    def draw(self) -> None:
        canvas, i, pitch, w = self.canv, self.style.imprint, self.pitch, self.width
        if self.after_blank:
            self._no_folio(self._page())
        rows = self._rows(w)
        y = rows * pitch                   # the first rule, from the bottom of the text block
        canvas.saveState()
        canvas.setLineWidth(i.outer_rule)
        canvas.line(0.0, y, w, y)
        canvas.setLineWidth(i.outer_rule)
        canvas.line(0.0, 0.0, w, 0.0)       # the last rule on the text block's bottom edge
        canvas.restoreState()
        row = 0
        if self.copy_to is not None:
            size = self.copy_to.size
            for k, line in enumerate(self._copy_lines):
                baseline = y - (row + 0.5) * pitch - EM_CENTRE * size
                x = self.inset + (self._hang if k else 0.0)
                last = k == len(self._copy_lines) - 1
                self.copy_to.draw(canvas, line, x, baseline, justify=not last)
                row += 1
            if self.printer is not None or self.printed is not None:
                canvas.saveState()
                canvas.setLineWidth(i.inner_rule)
                canvas.line(0.0, y - row * pitch, w, y - row * pitch)
                canvas.restoreState()
        if self.printer is not None or self.printed is not None:
            size = (self.printer or self.printed).size
            baseline = y - (row + 0.5) * pitch - EM_CENTRE * size
            if self.printer is not None:
                self.printer.draw_one(canvas, self.inset, baseline, w - 2 * self.inset, "left")
            if self.printed is not None:
                self.printed.draw_one(canvas, self.inset, baseline, w - 2 * self.inset, "right")


def masthead_flowable(item: Masthead, style: Style, measurer: Measurer) -> MastheadBlock:
    return MastheadBlock(item, style, measurer)


def imprint_flowable(item: Imprint, style: Style, measurer: Measurer) -> ImprintBlock:
    return ImprintBlock(item, style, measurer)

