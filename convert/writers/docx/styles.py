"""DOCX styles from the Style: which Word style each role becomes, and its formats.

Everything here is computed from ``convert/style.py``'s Style — fonts, sizes,
alignment, indents, spacing, the page and its grid — into the typed, Word-unit values
of ``xml.py`` (twips, half-points, hundredths of a character). No layout constant
lives here; the GB/T 9704 numbers are in styles/gbt9704.toml.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, replace

from . import xml as X
from ...style import Measure, RoleStyle, Style

# ----------------------------------------------------------------- style names

@dataclass(frozen=True)
class StyleName:
    """A Word style: its id in XML and the name Word shows (built-in names where Word has
    one, so the navigation pane, TOC fields and WPS recognise them)."""

    style_id: str
    name: str
    custom: bool = False


#: Paragraph role → Word paragraph style.
PARAGRAPH_STYLES: dict[str, StyleName] = {
    "body": StyleName("Normal", "Normal"),
    "title": StyleName("Title", "Title"),
    "subtitle": StyleName("Subtitle", "Subtitle"),
    "author": StyleName("Author", "Author", custom=True),
    "doc_number": StyleName("DocumentNumber", "Document Number", custom=True),
    "date": StyleName("Date", "Date"),
    "salutation": StyleName("Salutation", "Salutation"),
    "heading1": StyleName("Heading1", "heading 1"),
    "heading2": StyleName("Heading2", "heading 2"),
    "heading3": StyleName("Heading3", "heading 3"),
    "heading4": StyleName("Heading4", "heading 4"),
    "list": StyleName("ListParagraph", "List Paragraph"),
    "table": StyleName("TableText", "Table Text", custom=True),
    "signature": StyleName("Signature", "Signature"),
    "attachment": StyleName("Attachment", "Attachment", custom=True),
    "note": StyleName("Note", "Note", custom=True),
    "toc": StyleName("TOC1", "toc 1"),
    # GB/T 9704 7.5: an attachment opens with its label (附件1, flush left, a new page
    # through w:pageBreakBefore when the style's attachment_label role asks for one)
    # and its centred title, which carries the outline level (navigation pane, TOC)
    "attachment_label": StyleName("AttachmentLabel", "Attachment Label", custom=True),
    "attachment_title": StyleName("AttachmentTitle", "Attachment Title", custom=True),
}
#: Outline level (0 = top) of the paragraph styles that are in the document's outline.
OUTLINE_LEVELS = {"heading1": 0, "heading2": 1, "heading3": 2, "heading4": 3, "attachment_title": 0}
#: GB/T 9704 7.5 附件格式要求同正文: the headings inside an attachment, by the main-text
#: level they look like (an attachment's 一、 → 1). Each has the look of Heading N but
#: outline level N (one deeper than Heading N), so the navigation pane nests them
#: under the attachment's title (Attachment Title, level 0).
ATTACHMENT_HEADINGS = {level: StyleName(f"AttachmentHeading{level}", f"Attachment Heading {level}", custom=True)
                       for level in range(1, 5)}
TABLE_HEADING = StyleName("TableHeading", "Table Heading", custom=True)
SIGNATURE_DATE = StyleName("SignatureDate", "Signature Date", custom=True)
ATTACHMENT_ITEM = StyleName("AttachmentItem", "Attachment Item", custom=True)
#: GB/T 9704 7.3.4: a second, third … attachment lines up with the first one's name,
#: which follows this label.
ATTACHMENT_LABEL = "附件："
FOOTER = StyleName("Footer", "footer")
FOLIO_ODD = StyleName("PageNumberOdd", "Page Number Odd", custom=True)
FOLIO_EVEN = StyleName("PageNumberEven", "Page Number Even", custom=True)
LEAD_IN = StyleName("LeadIn", "Lead-in", custom=True)
#: The face of a heading level for a label run into a body paragraph (第一条　…).
HEADING_LABELS = {level: StyleName(f"Heading{level}Label", f"Heading {level} Label", custom=True)
                  for level in range(1, 5)}
STRONG = StyleName("Strong", "Strong")
EMPHASIS = StyleName("Emphasis", "Emphasis")
TABLE_GRID = StyleName("TableGrid", "Table Grid")

#: Roles written from the model's paragraph roles (others render as body).
_KNOWN_ROLES = {"body", "salutation", "subtitle", "author", "date", "signature", "attachment", "note", "toc"}


# ----------------------------------------------------------------- units


def twips(pt: float) -> int:
    return int(round(pt * 20))


def twips_floor(pt: float) -> int:
    """For a pitch that must fit N times into a block: never round up past it."""
    return int(math.floor(pt * 20 + 1e-6))


def half_points(pt: float) -> int:
    return int(round(pt * 2))


def _chars(m: Measure) -> int | None:
    return int(round(m.chars * 100)) if m.chars is not None else None


def word_language(bcp47: str) -> X.Language:
    """meta.language → Word's w:lang. Word wants a region: zh-Hans → zh-CN,
    zh-Hant / zh-Hant-TW → zh-TW, zh-Hant-HK → zh-HK. Latin text is en-US, as Word
    writes it on a Chinese system."""
    tag = bcp47.strip().lower()
    if tag.startswith(("zh-hant-hk", "zh-hk")):
        east = "zh-HK"
    elif tag.startswith(("zh-hant-mo", "zh-mo")):
        east = "zh-MO"
    elif tag.startswith(("zh-hant", "zh-tw")):
        east = "zh-TW"
    elif tag.startswith(("zh-hans-sg", "zh-sg")):
        east = "zh-SG"
    else:
        east = "zh-CN"
    return X.Language(latin="en-US", east_asia=east)


# ----------------------------------------------------------------- style → formats


@dataclass(frozen=True)
class FontNames:
    """Which East Asian name to write for each font role (office names, or the embedded
    families with --embed-fonts)."""

    east_asia: dict[str, str]
    latin: dict[str, str]

    def run_fonts(self, font_role: str) -> X.RunFonts:
        return X.RunFonts(self.east_asia[font_role], self.latin[font_role])


@dataclass(frozen=True)
class Grid:
    """The page's character grid, and how paragraphs use it.

    The section declares Word's grid exactly as GB/T 9704 templates do (22 lines ×
    28 characters, w:charSpace from Word's formula), so Word's page setup shows the
    official layout and ``*Chars`` indents count grid cells. The paragraphs, however,
    do not snap to it (w:snapToGrid=0) and the body font is condensed by a fraction of
    a point (``squeeze``) so 28 characters fit the line at their own pitch:
    LibreOffice (7.4) cannot shrink a 16 pt character into a 15.79 pt cell — its line
    breaker then gives each character two cells, 14 to a line — while Word and
    LibreOffice both lay out 28 squeezed characters identically. Line positions come
    from the exact line spacing, which equals the grid's line pitch."""

    cell: int | None        # one grid cell in twips (rounded down), None without a grid
    body_size: float
    squeeze: int | None     # character spacing for body-size text, twips

    @staticmethod
    def of(style: Style) -> "Grid":
        body = style.role("body").size
        pitch = style.page.char_pitch if style.page.chars else None
        if pitch is None:
            return Grid(None, body, None)
        cell = twips_floor(pitch)
        # One twip of margin: LibreOffice rounds lengths to 1/100 mm.
        squeeze = min(0, cell - twips(body) - 1) or None
        return Grid(cell, body, squeeze)

    def length(self, m: Measure, size: float) -> int:
        """Twips of a length; 字/em lengths as grid cells when there is a grid (Word
        reads the *Chars twin in cells, so both must agree)."""
        if m.chars is not None and self.cell is not None:
            return int(round(m.chars * self.cell))
        return twips(m.pt(size))

    def snaps(self) -> bool | None:
        return False if self.cell is not None else None

    def spacing(self, size: float) -> int | None:
        """The squeeze for body-size text; other sizes keep their natural pitch."""
        if self.squeeze is None:
            return None
        return self.squeeze if abs(size - self.body_size) < 0.01 else 0


def paragraph_format(style: Style, role: str, outline: int | None = None) -> X.ParagraphFormat:
    r = style.role(role)
    size = r.size
    grid = Grid.of(style)
    return X.ParagraphFormat(
        align="both" if r.align == "justify" else r.align,
        indent=X.Indent(
            left=grid.length(r.left_indent, size), right=grid.length(r.right_indent, size),
            first_line=grid.length(r.first_indent, size),
            left_chars=_chars(r.left_indent), right_chars=_chars(r.right_indent),
            first_line_chars=_chars(r.first_indent)),
        line_exact=twips_floor(style.line_height(role)),
        before=twips(r.space_before.pt(size)),
        after=twips(r.space_after.pt(size)),
        keep_next=r.keep_with_next,
        keep_lines=outline is not None,
        page_break_before=r.page_break_before,
        outline_level=outline,
        snap_to_grid=grid.snaps(),
    )


#: Advance widths, in em, of the half-width characters that number an attachment
#: (1. 2. （3）), in the Latin font Word sets them in (Times New Roman when not listed):
#: the hanging indent of GB/T 9704 7.3.4 must end where the attachment's name begins.
_LATIN_ADVANCE: dict[str, dict[str, float]] = {
    "Times New Roman": {"digit": 0.5, ".": 0.25, ",": 0.25, "(": 0.333, ")": 0.333, " ": 0.25},
    "Arial": {"digit": 0.556, ".": 0.278, ",": 0.278, "(": 0.333, ")": 0.333, " ": 0.278},
}
#: The number the Attachment styles are set up for (most lists have fewer than ten
#: items); another number gets its own indent on the paragraph.
COMMON_NUMBER = "1."


def _advance_twips(text: str, size: float, latin: str, spacing: int | None) -> int:
    """How far ``text`` reaches in Word: full-width characters one em, half-width ones
    from _LATIN_ADVANCE; each plus the character spacing of the run."""
    table = _LATIN_ADVANCE.get(latin, _LATIN_ADVANCE["Times New Roman"])
    total = 0.0
    for ch in text:
        if unicodedata.east_asian_width(ch) in "WF":
            em = 1.0
        else:
            em = table["digit"] if ch.isdigit() else table.get(ch, 0.5)
        total += em * size * 20 + (spacing or 0)
    return int(round(total))


def attachment_indent(style: Style, lead: str, number: str, list_lead: str | None = None) -> X.Indent:
    """A line of the list of attachments (GB/T 9704 7.3.4) as a hanging indent: the
    first line starts where the role says (2字 in) — a further item (``list_lead``, the
    first line's "附件：") under the first item's number — and the lines a long name
    wraps to start where the name does, after its ``lead`` and ``number``."""
    att = style.role("attachment")
    grid = Grid.of(style)
    latin = style.fonts[att.font].latin
    spacing = grid.spacing(att.size)
    start = grid.length(att.left_indent, att.size) + grid.length(att.first_indent, att.size)
    if list_lead is not None:
        start += _advance_twips(list_lead, att.size, latin, spacing)
    hanging = _advance_twips(lead + number, att.size, latin, spacing)
    left = start + hanging

    def chars(tw: int) -> int | None:    # Word's *Chars twins, in grid cells, when there is a grid
        return int(round(tw * 100 / grid.cell)) if grid.cell else None

    return X.Indent(left=left, right=grid.length(att.right_indent, att.size), hanging=hanging,
                    left_chars=chars(left), right_chars=_chars(att.right_indent), hanging_chars=chars(hanging))


def run_format(r: RoleStyle, names: FontNames) -> X.RunFormat:
    return X.RunFormat(fonts=names.run_fonts(r.font), half_points=half_points(r.size),
                       bold=r.bold, italic=r.italic)


def style_definitions(style: Style, names: FontNames) -> list[X.StyleDef]:
    """Every style the writer uses, from the Style's roles."""
    defs: list[X.StyleDef] = []
    grid = Grid.of(style)
    for role, sn in PARAGRAPH_STYLES.items():
        outline = OUTLINE_LEVELS.get(role)
        paragraph = paragraph_format(style, role, outline)
        if role == "attachment":
            paragraph = replace(paragraph, indent=attachment_indent(style, ATTACHMENT_LABEL, COMMON_NUMBER))
        defs.append(X.StyleDef(
            sn.style_id, sn.name, "paragraph",
            based_on=None if sn.style_id == "Normal" else "Normal",
            next_id="Normal" if sn.style_id != "Normal" else None,
            paragraph=paragraph,
            run=replace(run_format(style.role(role), names), spacing=grid.spacing(style.role(role).size)),
            custom=sn.custom, default=sn.style_id == "Normal",
            ui_priority=9 if outline is not None else None))
    for level, sn in ATTACHMENT_HEADINGS.items():
        role = f"heading{level}"
        heading = style.role(role)
        defs.append(X.StyleDef(
            sn.style_id, sn.name, "paragraph", based_on=PARAGRAPH_STYLES[role].style_id, next_id="Normal",
            paragraph=paragraph_format(style, role, OUTLINE_LEVELS[role] + 1),
            run=replace(run_format(heading, names), spacing=grid.spacing(heading.size)),
            custom=True, ui_priority=9))
    table = style.role("table")
    defs.append(X.StyleDef(
        TABLE_HEADING.style_id, TABLE_HEADING.name, "paragraph", based_on="TableText",
        paragraph=replace(paragraph_format(style, "table"), keep_next=True),   # as the PDF: bold, same alignment
        run=replace(run_format(table, names), bold=True), custom=True))
    # The closing date (成文日期) sits under the signature: the date's face, the
    # signature's right-aligned block (GB/T 9704 7.3.5: 成文日期右空四字).
    sig = paragraph_format(style, "signature")
    defs.append(X.StyleDef(
        SIGNATURE_DATE.style_id, SIGNATURE_DATE.name, "paragraph", based_on="Signature",
        next_id="Normal", paragraph=replace(sig, before=0),
        run=run_format(style.role("date"), names), custom=True))
    att = style.role("attachment")
    defs.append(X.StyleDef(
        ATTACHMENT_ITEM.style_id, ATTACHMENT_ITEM.name, "paragraph", based_on="Attachment",
        paragraph=replace(paragraph_format(style, "attachment"), before=0,
                          indent=attachment_indent(style, "", COMMON_NUMBER, ATTACHMENT_LABEL)),
        run=replace(run_format(att, names), spacing=grid.spacing(att.size)), custom=True))
    defs.extend(footer_styles(style, names))
    lead = style.role("lead_in")
    defs.append(X.StyleDef(LEAD_IN.style_id, LEAD_IN.name, "character", based_on="DefaultParagraphFont",
                           run=X.RunFormat(fonts=names.run_fonts(lead.font), half_points=half_points(lead.size),
                                           bold=lead.bold, italic=lead.italic or None),
                           custom=True))
    for level, sn in HEADING_LABELS.items():
        head = style.role(f"heading{level}")
        body = style.role("body")
        defs.append(X.StyleDef(sn.style_id, sn.name, "character", based_on="DefaultParagraphFont",
                               run=X.RunFormat(fonts=names.run_fonts(head.font), half_points=half_points(body.size),
                                               bold=head.bold, italic=head.italic or None),
                               custom=True))
    defs.append(X.StyleDef(STRONG.style_id, STRONG.name, "character", based_on="DefaultParagraphFont",
                           run=X.RunFormat(bold=True)))
    defs.append(X.StyleDef(EMPHASIS.style_id, EMPHASIS.name, "character", based_on="DefaultParagraphFont",
                           run=X.RunFormat(emphasis_mark="dot")))   # 着重号, not italics, for Chinese
    defs.append(X.StyleDef(TABLE_GRID.style_id, TABLE_GRID.name, "table", based_on="TableNormal",
                           table_borders_eighths=4))
    return defs


def footer_styles(style: Style, names: FontNames) -> list[X.StyleDef]:
    """GB/T 9704 7.5: 4号半角宋体阿拉伯数字, odd pages right and even pages left, 1 字 in."""
    folio = style.page_number
    grid = Grid.of(style)
    run = X.RunFormat(fonts=names.run_fonts(folio.font), half_points=half_points(folio.size),
                      bold=False, italic=False, spacing=grid.spacing(folio.size))
    base = X.ParagraphFormat(align="center", line_exact=twips(folio.size), snap_to_grid=grid.snaps())
    inset_tw, inset_ch = grid.length(folio.inset, folio.size), _chars(folio.inset)
    odd_align, even_align = {"outside": ("right", "left"), "center": ("center", "center"),
                             "left": ("left", "left"), "right": ("right", "right")}[folio.position]

    def side(align: str) -> X.ParagraphFormat:
        if align == "right":
            return replace(base, align="right", indent=X.Indent(right=inset_tw, right_chars=inset_ch))
        if align == "left":
            return replace(base, align="left", indent=X.Indent(left=inset_tw, left_chars=inset_ch))
        return base

    return [
        X.StyleDef(FOOTER.style_id, FOOTER.name, "paragraph", based_on="Normal", paragraph=base, run=run),
        X.StyleDef(FOLIO_ODD.style_id, FOLIO_ODD.name, "paragraph", based_on="Footer",
                   paragraph=side(odd_align), run=run, custom=True),
        X.StyleDef(FOLIO_EVEN.style_id, FOLIO_EVEN.name, "paragraph", based_on="Footer",
                   paragraph=side(even_align), run=run, custom=True),
    ]


def page_setup(style: Style) -> X.PageSetup:
    """A4 and the margins from the style; the grid so that exactly ``lines`` lines of
    ``chars`` body characters fill the text block (GB/T 9704: 22 × 28).

    w:charSpace is Word's: (desired character pitch − Normal font size) × 4096, in
    points (ECMA-376 §17.6.5); both pitches are rounded down so the last line and the
    last character still fit."""
    p, folio = style.page, style.page_number
    body_size = style.role("body").size
    line_pitch = twips_floor(p.line_pitch) if p.line_pitch else None
    char_space = int(math.floor((p.char_pitch - body_size) * 4096)) if p.char_pitch else None
    # The folio's top sits ``below_text`` under the text block; Word measures the
    # footer distance from the paper's edge to the bottom of the footer line.
    footer = twips_floor(max(p.margin_bottom - folio.below_text - folio.size, 0))
    return X.PageSetup(width=twips(p.width), height=twips(p.height), top=twips(p.margin_top),
                       bottom=twips(p.margin_bottom), left=twips(p.margin_left),
                       right=twips(p.margin_right), header=footer, footer=footer,
                       line_pitch=line_pitch, char_space=char_space if line_pitch else None)
