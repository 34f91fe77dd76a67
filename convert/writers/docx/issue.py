"""The 版头 and 版记 of an issued document (GB/T 9704-2012 7.2, 7.4) in DOCX, from styles.

版头 (the plan's ``Front.masthead``), at the top of the body:

- Issue Marks: 份号, 密级★期限, 紧急程度 (or a Taiwan style's labelled 發文字號/速別/密等),
  one grid line each, flush left or right;
- Issuer Mark: the mark, centred, red, in the mark's face; its space before puts the top
  edge of its em box ``issuer_top`` under the text block's top, as in the PDF;
- Masthead Number (based on Document Number): the 发文字号 ``doc_number_below`` lines
  under the mark, and the red rule as the paragraph's bottom border, ``rule_below``
  under the number's em box, the width of the text block; its space after puts the
  title on the grid line ``title_below`` lines under the rule.

An upward document (上行文, ``Masthead.signers``): the mark's space before is taken from
the plan's ``issuer_top`` (80 mm); the Masthead Number paragraph is set left, one 字 in,
with 签发人： on a right tab one 字 from the edge and the names in Signer Name (楷体). A
joint document (``Masthead.issuers``): the organs on lines of their own in the one
Issuer Mark paragraph, 文件 after the last (the PDF centres it on them all).

版记 (the plan's ``Plan.imprint``): its own section, which starts on an even page (Word
and LibreOffice add the blank page). The 版记 itself is a floating table (``w:tblpPr``) whose
bottom edge is the bottom margin — the text block's bottom edge, where the PDF puts its
last rule; a section's ``w:vAlign`` would say the same, but LibreOffice ignores it and
set the 版记 at the top of its page. One cell per row, as wide as the text block, so
the rules (cell borders: the first and last 0.35 mm, the middle one 0.25 mm) are the
text block's width while the text is inset one 字 by its paragraph style: Copy To
(抄送：…, wrapped lines under the first body named) and Printed By (印发机关 flush left
one 字 in, the 印发日期 on a right tab one 字 from the edge).

Word cannot know on which page the text ends, so the DOCX always gives the 版记 an
even page of its own; the PDF sets it at the foot of the text's last page when that
page is even and has room.
"""

from __future__ import annotations

import copy
from .xml import qn
from lxml import etree

from . import xml as X
from .styles import PARAGRAPH_STYLES, FontNames, Grid, StyleName, half_points, twips, twips_floor
from ...layout.plan import Imprint, Masthead, joint_issuers
from ...style import Style

ISSUE_MARKS = StyleName("IssueMarks", "Issue Marks", custom=True)
ISSUER_MARK = StyleName("IssuerMark", "Issuer Mark", custom=True)
MASTHEAD_NUMBER = StyleName("MastheadNumber", "Masthead Number", custom=True)
COPY_TO = StyleName("CopyTo", "Copy To", custom=True)
PRINTED_BY = StyleName("PrintedBy", "Printed By", custom=True)
SIGNER_NAME = StyleName("SignerName", "Signer Name", custom=True)

#: LibreOffice and Word put the em box of a line with exact spacing this far under the
#: line's top, as a fraction of (line height − font size): centred, like the PDF's grid.
_EM_IN_LINE = 0.5


def _eighths(pt: float) -> int:
    """A border width in eighths of a point (w:sz), at least 2 (Word's minimum)."""
    return max(2, int(round(pt * 8)))


def _border(side: str, width_pt: float, colour: str, space_pt: float = 0.0) -> etree._Element:
    return X.el(f"w:{side}", {"w:val": "single", "w:sz": _eighths(width_pt), "w:space": int(round(space_pt)),
                              "w:color": colour})


def _set_borders(style_el: etree._Element, *borders: etree._Element) -> None:
    ppr = style_el.find(qn("w:pPr"))
    X.insert_ordered(ppr, X.el("w:pBdr", None, *borders), X.PPR_ORDER)


def _set_colour(style_el: etree._Element, colour: str) -> None:
    rpr = style_el.find(qn("w:rPr"))
    X.insert_ordered(rpr, X.el("w:color", {"w:val": colour}), X.RPR_ORDER)


def _pitch(style: Style) -> float:
    return style.page.line_pitch or 1.5 * style.role("body").size


def masthead_geometry(style: Style, marks: int, issuer_size: float, issuer_top: float | None = None,
                      mark_lines: int = 1) -> dict[str, float]:
    """Paragraph spacing of the 版头, in points, from the same geometry as the PDF.
    ``issuer_top``: the plan's (an upward document's is lower); ``mark_lines``: a joint
    mark's organs, one line each."""
    m, pitch = style.masthead, _pitch(style)
    number = style.role("doc_number").size
    marks_end = marks * pitch
    issuer_top = max(issuer_top or m.issuer_top, marks_end)
    issuer_line = issuer_size * 1.25
    # the line box whose em box (centred) starts at issuer_top
    issuer_before = issuer_top - (issuer_line - issuer_size) * _EM_IN_LINE - marks_end
    issuer_bottom = issuer_top + issuer_size + (mark_lines - 1) * issuer_line
    number_box = issuer_bottom + m.doc_number_lines * pitch
    number_before = number_box - (issuer_top - (issuer_line - issuer_size) * _EM_IN_LINE + mark_lines * issuer_line)
    number_em_bottom = number_box + (pitch + number) / 2
    rule = number_em_bottom + m.rule_below
    lines = -(-(rule - 1e-6) // pitch)
    title_top = (lines + m.title_lines) * pitch
    return {"issuer_line": issuer_line, "issuer_before": issuer_before, "number_before": number_before,
            # the border lies under the paragraph's line box, ``space`` below it
            "rule_space": rule - (number_box + pitch) - m.rule_thickness / 2,
            # the border and its space make the paragraph that much taller
            "number_after": title_top - (number_box + pitch)
            - (round(max(rule - (number_box + pitch) - m.rule_thickness / 2, 0.0)) + m.rule_thickness
               if m.rule else 0.0)}


def style_defs(style: Style, names: FontNames, masthead: Masthead | None, imprint: Imprint | None,
               issuer_size: float | None = None) -> list[X.StyleDef]:
    """The Word styles of the 版头 and 版记 this document needs."""
    defs: list[X.StyleDef] = []
    grid = Grid.of(style)
    pitch = twips_floor(_pitch(style))
    if masthead is not None:
        m = style.masthead
        marks_run = X.RunFormat(fonts=names.run_fonts(m.marks_font), half_points=half_points(m.marks_size),
                                bold=False, italic=False, spacing=grid.spacing(m.marks_size))
        defs.append(X.StyleDef(ISSUE_MARKS.style_id, ISSUE_MARKS.name, "paragraph", based_on="Normal",
                               next_id="Normal", custom=True, run=marks_run,
                               paragraph=X.ParagraphFormat(align=m.marks_align, line_exact=pitch,
                                                           snap_to_grid=grid.snaps())))
        g = masthead_geometry(style, len(masthead.marks), issuer_size or m.issuer_size, masthead.issuer_top,
                              max(len(masthead.issuers), 1))
        size = issuer_size or m.issuer_size
        defs.append(X.StyleDef(ISSUER_MARK.style_id, ISSUER_MARK.name, "paragraph", based_on="Normal",
                               next_id="Normal", custom=True,
                               run=X.RunFormat(fonts=names.run_fonts(m.issuer_font), half_points=half_points(size),
                                               bold=style.role("title").bold, italic=False, spacing=0),
                               paragraph=X.ParagraphFormat(align="center", line_exact=twips(g["issuer_line"]),
                                                           before=twips(g["issuer_before"]), keep_next=True,
                                                           snap_to_grid=grid.snaps())))
        number = style.role("doc_number")
        defs.append(X.StyleDef(MASTHEAD_NUMBER.style_id, MASTHEAD_NUMBER.name, "paragraph",
                               based_on=PARAGRAPH_STYLES["doc_number"].style_id, next_id="Normal", custom=True,
                               run=X.RunFormat(fonts=names.run_fonts(number.font),
                                               half_points=half_points(number.size),
                                               spacing=grid.spacing(number.size)),
                               paragraph=X.ParagraphFormat(align="center", line_exact=pitch,
                                                           before=twips(g["number_before"]),
                                                           after=twips(max(g["number_after"], 0.0)),
                                                           keep_next=True, snap_to_grid=grid.snaps())))
        if masthead.signers:
            defs.append(X.StyleDef(SIGNER_NAME.style_id, SIGNER_NAME.name, "character",
                                   based_on="DefaultParagraphFont", custom=True,
                                   run=X.RunFormat(fonts=names.run_fonts(m.signer_font))))
    if imprint is not None:
        i = style.imprint
        run = X.RunFormat(fonts=names.run_fonts(i.font), half_points=half_points(i.size), bold=False,
                          italic=False, spacing=grid.spacing(i.size))
        inset = grid.length(i.inset, i.size)
        label = len(i.copy_to_label) * twips(i.size)
        defs.append(X.StyleDef(COPY_TO.style_id, COPY_TO.name, "paragraph", based_on="Normal",
                               next_id=PRINTED_BY.style_id, custom=True, run=run,
                               paragraph=X.ParagraphFormat(
                                   align="both", line_exact=pitch, keep_next=True, snap_to_grid=grid.snaps(),
                                   indent=X.Indent(left=inset + label, right=inset, hanging=label))))
        defs.append(X.StyleDef(PRINTED_BY.style_id, PRINTED_BY.name, "paragraph", based_on="Normal",
                               next_id="Normal", custom=True, run=run,
                               paragraph=X.ParagraphFormat(align="left", line_exact=pitch,
                                                           snap_to_grid=grid.snaps(),
                                                           indent=X.Indent(left=inset, right=inset))))
    return defs


def finish_styles(styles: etree._Element, style: Style) -> None:
    """What StyleDef cannot say: the red of the mark, the red rule as the 发文字号's
    bottom border (set_rule_space), the right tab of the 印发日期."""
    m, i = style.masthead, style.imprint
    for s in styles.findall(qn("w:style")):
        sid = s.get(qn("w:styleId"))
        if sid == ISSUER_MARK.style_id:
            _set_colour(s, m.issuer_colour.hex)
        elif sid == PRINTED_BY.style_id:       # (the 版记's rules are its table's borders)
            ppr = s.find(qn("w:pPr"))
            inset = Grid.of(style).length(i.inset, i.size)
            # (a tab stop's position is from the text block's left edge, not the indent)
            tab = twips(style.page.text_width) - inset
            X.insert_ordered(ppr, X.el("w:tabs", None, X.el("w:tab", {"w:val": "right", "w:pos": tab})),
                             X.PPR_ORDER)


def rule_space(style: Style, masthead: Masthead, issuer_size: float | None) -> float:
    return masthead_geometry(style, len(masthead.marks), issuer_size or style.masthead.issuer_size,
                             masthead.issuer_top, max(len(masthead.issuers), 1))["rule_space"]


def mark_text(item: Masthead) -> str:
    """The Issuer Mark paragraph's text: a joint mark's organs on lines of their own,
    文件 after the last."""
    return "\n".join(item.issuers) + item.issuer_suffix if item.issuers else item.issuer


def write_masthead(body: etree._Element, item: Masthead, style: Style, write_text) -> etree._Element | None:
    """The 版头's paragraphs; ``write_text(p, text, font, char_style)`` adds runs (the body
    writer's). Returns the first paragraph."""
    m = style.masthead
    lines = [(ISSUE_MARKS, text, m.marks_font) for _, text in item.marks]
    if item.issuer:
        lines.append((ISSUER_MARK, mark_text(item), m.issuer_font))
    if item.doc_number:
        lines.append((MASTHEAD_NUMBER, item.doc_number, style.role("doc_number").font))
    first = None
    for sn, text, font in lines:
        if sn is ISSUER_MARK and item.issuers and item.issuer_suffix:
            p = _joint_mark(body, item, style, write_text)
        else:
            p = X.paragraph(body, sn.style_id)
            write_text(p, text, font, None)
        if sn is MASTHEAD_NUMBER and item.signers:
            _signers(p, item, style, write_text)
        first = first if first is not None else p
    return first


def _joint_mark(body: etree._Element, item: Masthead, style: Style, write_text) -> etree._Element:
    """联合行文 (GB/T 9704 7.2.4): the organs stacked, each centred on the widest, and 文件
    to their right, centred on them vertically, as the PDF sets them. A borderless table
    of two cells; the Issuer Mark's space above goes to an empty paragraph before it (in
    the cell it would push 文件's centring down). Returns that paragraph."""
    import unicodedata

    m = style.masthead
    size = issuer_size(style, mark_text(item))
    g = masthead_geometry(style, len(item.marks), size, item.issuer_top, len(item.issuers))
    spacer = X.paragraph(body, ISSUER_MARK.style_id)
    ppr = spacer.find(qn("w:pPr"))
    X.insert_ordered(ppr, X.el("w:snapToGrid", {"w:val": "0"}), X.PPR_ORDER)
    X.insert_ordered(ppr, X.el("w:spacing", {"w:before": 0, "w:after": 0,
                                             "w:line": max(twips(g["issuer_before"]), 1),
                                             "w:lineRule": "exact"}), X.PPR_ORDER)

    def ems(text: str) -> float:
        return sum(1.0 if unicodedata.east_asian_width(c) in "WFA" else 0.5 for c in text)
    left = twips(max(ems(o) for o in item.issuers) * size) + 20     # (a point of room: never wrapped)
    right = twips((ems(item.issuer_suffix) + 0.5) * size)             # ½ em from the organs
    tbl = X.el("w:tbl")
    body.append(tbl)
    _layout_table(tbl, X.sub(tbl, "w:tblPr"), (left, right), centred=True)
    tr = X.table_row(tbl, header=False)
    for width, texts, align in ((left, item.issuers, "center"), (right, (item.issuer_suffix,), "right")):
        tc = X.table_cell(tr, width)
        tcpr = tc.find(qn("w:tcPr"))
        tcpr.append(X.el("w:tcBorders", None, *(X.el(f"w:{side}", {"w:val": "nil"})
                                                for side in ("top", "left", "bottom", "right"))))
        tcpr.append(X.el("w:vAlign", {"w:val": "center"}))
        for text in texts:
            p = X.paragraph(tc, ISSUER_MARK.style_id)
            ppr = p.find(qn("w:pPr"))
            X.insert_ordered(ppr, X.el("w:spacing", {"w:before": 0, "w:after": 0}), X.PPR_ORDER)
            X.insert_ordered(ppr, X.el("w:jc", {"w:val": align}), X.PPR_ORDER)
            write_text(p, text, m.issuer_font, None)
    return spacer


def _signers(p: etree._Element, item: Masthead, style: Style, write_text) -> None:
    """上行文: the 发文字号 one 字 in from the left, 签发人：names on a right tab one 字 from
    the right edge (a tab stop's position is from the text block's left edge)."""
    em = twips(style.role("doc_number").size)
    ppr = p.find(qn("w:pPr"))
    X.insert_ordered(ppr, X.el("w:tabs", None, X.el("w:tab", {"w:val": "right",
                                                            "w:pos": twips(style.page.text_width) - em})),
                     X.PPR_ORDER)
    # no indent: the rule (the paragraph's bottom border) spans the text block; the 字
    # before the number is a full-width space, as a clerk types it
    X.insert_ordered(ppr, X.el("w:jc", {"w:val": "left"}), X.PPR_ORDER)
    p.insert(1, X.run(X.el("w:p"), "\u3000"))
    X.run(p, "\t")
    number_font = style.role("doc_number").font
    write_text(p, style.masthead.signer_label, number_font, None)
    write_text(p, "\u3000".join(item.signers), style.masthead.signer_font, SIGNER_NAME.style_id)


def set_rule_space(styles: etree._Element, style: Style, space: float) -> None:
    """The rule's distance under the 发文字号's line box (w:space, whole points)."""
    for s in styles.findall(qn("w:style")):
        if s.get(qn("w:styleId")) == MASTHEAD_NUMBER.style_id and style.masthead.rule:
            border = _border("bottom", style.masthead.rule_thickness, style.masthead.rule_colour.hex,
                             max(space, 0.0))
            _set_borders(s, border)


def issuer_size(style: Style, text: str) -> float:
    """The mark's size: the style's, smaller for a mark wider than the text block (each
    character one em; Latin letters and digits half)."""
    import unicodedata

    organs, suffix = joint_issuers(text)        # 联合行文: the widest organ, ½ em, 文件 (as the PDF)
    if organs:
        text = max(organs, key=len) + suffix
    ems = sum(1.0 if unicodedata.east_asian_width(c) in "WFA" else 0.5 for c in text) + (0.5 if organs else 0.0)
    ems = ems or 1.0
    return min(style.masthead.issuer_size, style.page.text_width / ems)


def imprint_section(body: etree._Element, sect_pr: etree._Element) -> etree._Element:
    """End the text's section here (a copy of the body's section properties in a last,
    empty paragraph) and make the body's last section — the 版记's — start on an even
    page. Returns the last section's properties."""
    last = body[-1] if len(body) else None
    holder = last if last is not None and last.tag == qn("w:p") else X.paragraph(body, "Normal")
    ppr = holder.find(qn("w:pPr"))
    if ppr is None:
        ppr = X.el("w:pPr")
        holder.insert(0, ppr)
    X.insert_ordered(ppr, copy.deepcopy(sect_pr), X.PPR_ORDER)
    X.insert_ordered(sect_pr, X.el("w:type", {"w:val": "evenPage"}), X.SECTPR_ORDER)
    return sect_pr


#: CT_TrPr's children, the ones written here
_TRPR_ORDER = ("cantSplit", "trHeight", "tblHeader")


def _layout_table(tbl: etree._Element, tblpr: etree._Element, columns: tuple[int, ...],
                  centred: bool = False) -> None:
    """A 版头/版记 table's fixed layout: its columns' widths (twips), no cell margins, no
    table style's banding; centred between the margins if asked. (``tblpr`` may already
    hold its float position: these children come after it, in the schema's order.)"""
    X.sub(tblpr, "w:tblW", {"w:w": sum(columns), "w:type": "dxa"})
    if centred:
        X.sub(tblpr, "w:jc", {"w:val": "center"})
    X.sub(tblpr, "w:tblLayout", {"w:type": "fixed"})
    mar = X.sub(tblpr, "w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        X.sub(mar, f"w:{side}", {"w:w": 0, "w:type": "dxa"})
    X.sub(tblpr, "w:tblLook", {"w:val": "0000", "w:firstRow": 0, "w:lastRow": 0, "w:firstColumn": 0,
                               "w:lastColumn": 0, "w:noHBand": 1, "w:noVBand": 1})
    grid = X.sub(tbl, "w:tblGrid")
    for width in columns:
        X.sub(grid, "w:gridCol", {"w:w": width})


def copy_to_lines(text: str, style: Style) -> int:
    """The lines the 抄送 takes at the 版记's size: a Chinese character one em, a Latin
    letter or digit half; wrapped lines start under the first body named (the label's
    width in). Word and LibreOffice hang a closing mark in the margin, so no kinsoku."""
    import unicodedata

    i = style.imprint
    size = i.size
    measure = style.page.text_width - 2 * i.inset.pt(size)
    hang = len(i.copy_to_label) * size
    lines, used, width = 1, 0.0, measure
    for c in text:
        w = size if unicodedata.east_asian_width(c) in "WFA" else size / 2
        if used + w > width + 0.01:
            lines, used, width = lines + 1, 0.0, measure - hang
        used += w
    return lines


def imprint_table(body: etree._Element, item: Imprint, style: Style, write_text) -> etree._Element:
    """The 版记 as a floating table at the foot of its page (see the module's docstring):
    a row for 抄送, a row for 印发机关 and 印发日期. ``write_text(p, text)`` adds the runs
    (the body writer's, which knows the fonts). Then the empty paragraph the table is
    anchored to. An empty paragraph before the table too: LibreOffice drops a document's
    last empty paragraph and anchors the table to the paragraph before it, which must
    be in the 版记's section, not the text's (or the 版记 lands on the text's last page)."""
    i = style.imprint
    width = twips(style.page.text_width)
    X.paragraph(body, "Normal")
    tbl = X.el("w:tbl")
    body.append(tbl)
    tblpr = X.sub(tbl, "w:tblPr")
    pitch = twips_floor(_pitch(style))
    heights = ([copy_to_lines(item.copy_to, style) * pitch] if item.copy_to else []) \
        + ([pitch] if item.printer or item.printed else [])
    # floating, its left edge on the left margin and its bottom edge on the bottom
    # margin. LibreOffice (7.4) needs it said this way: it lays a floating table as wide
    # as the text block out inline unless its x is from the page's edge, or its y from
    # the page's; and one aligned to the bottom of the margin (tblpYSpec="bottom") it
    # sets 7 mm low on a page that starts an even-page section (that page style gets a
    # footer of its default height). So: its top, from the top margin, its height under.
    top = twips(style.page.text_height) - sum(heights)
    X.sub(tblpr, "w:tblpPr", {"w:leftFromText": 0, "w:rightFromText": 0, "w:topFromText": 0,
                              "w:bottomFromText": 0, "w:vertAnchor": "margin", "w:horzAnchor": "page",
                              "w:tblpX": twips(style.page.margin_left), "w:tblpY": top})
    X.sub(tblpr, "w:tblOverlap", {"w:val": "never"})
    _layout_table(tbl, tblpr, (width,))
    rows = []
    if item.copy_to:
        rows.append((COPY_TO, [item.copy_to]))
    if item.printer or item.printed:
        rows.append((PRINTED_BY, [item.printer, "\t" + item.printed if item.printed else ""]))
    for k, (name, texts) in enumerate(rows):
        tr = X.table_row(tbl, header=False)
        # grid lines: the printer's row exactly one; 抄送 at least as many as it should
        # take (more if Word or LibreOffice wraps it once more: never clipped)
        X.insert_ordered(tr.find(qn("w:trPr")), X.el("w:trHeight", {
            "w:val": heights[k], "w:hRule": "exact" if name is PRINTED_BY else "atLeast"}), _TRPR_ORDER)
        tc = X.table_cell(tr, width)
        # the first and last rule thick, the one between thin (both cells say it, so
        # neither application has a conflict to resolve)
        top = i.outer_rule if k == 0 else i.inner_rule
        bottom = i.outer_rule if k == len(rows) - 1 else i.inner_rule
        nil = [X.el(f"w:{side}", {"w:val": "nil"}) for side in ("left", "right")]
        tc.find(qn("w:tcPr")).append(X.el("w:tcBorders", None, _border("top", top, "000000"), nil[0],
                                          _border("bottom", bottom, "000000"), nil[1]))
        p = X.paragraph(tc, name.style_id)
        for text in texts:
            if text.startswith("\t"):
                X.run(p, "\t")
                text = text[1:]
            write_text(p, text)
    X.paragraph(body, "Normal")      # the anchor
    return tbl


__all__ = ["ISSUE_MARKS", "ISSUER_MARK", "MASTHEAD_NUMBER", "COPY_TO", "PRINTED_BY", "style_defs",
           "finish_styles", "set_rule_space", "rule_space", "issuer_size", "imprint_section",
           "imprint_table", "write_masthead", "mark_text", "SIGNER_NAME"]
