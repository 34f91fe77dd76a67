"""DOCX writer: an editable Word document in the style's layout, built from real styles.

Every block gets a named paragraph style (Title, heading 1–4, Normal, Signature …)
whose fonts, sizes, indents and spacing come from the Style; runs carry only a
character style (Lead-in, Strong, Emphasis). Direct formatting is used where a style
cannot say it: the signature's indent, which depends on the length of the date below
it, and a page break before each part of a merged collection.

Font names are the Style's ``office`` names (仿宋, 黑体, 方正小标宋简体 …, the names
found on Chinese office machines) in ``w:eastAsia`` and its ``latin`` name in
``w:ascii``/``w:hAnsi``. With ``--embed-fonts`` the bundled fonts are embedded instead
(see _docx_fonts.py) and the styles name them, so the document looks the same on a
machine without any Chinese font.

The package starts from python-docx's template, cleaned: its styles (blue, theme-font
headings) are dropped, theme font attributes removed, the Japanese/en-US language
declarations replaced, and the thumbnail, customXml and stylesWithEffects parts left
out. The zip is rewritten with fixed timestamps and member order, so the same input
gives the same bytes.
"""

from __future__ import annotations

import io
import math
import re
import unicodedata
import zipfile
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import Sequence

import docx as python_docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from . import WriteOptions
from . import _docx_xml as X
from ..diagnostics import Reporter
from ..fonts import FontRegistry
from ..model import (Document, Emphasis, Heading, Inline, LineBreak, List, Meta, Paragraph, Part,
                     Strong, Table, Text)
from ..style import Measure, RoleStyle, Style

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
}
TABLE_HEADING = StyleName("TableHeading", "Table Heading", custom=True)
SIGNATURE_DATE = StyleName("SignatureDate", "Signature Date", custom=True)
FOOTER = StyleName("Footer", "footer")
FOLIO_ODD = StyleName("PageNumberOdd", "Page Number Odd", custom=True)
FOLIO_EVEN = StyleName("PageNumberEven", "Page Number Even", custom=True)
LEAD_IN = StyleName("LeadIn", "Lead-in", custom=True)
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


def run_format(r: RoleStyle, names: FontNames) -> X.RunFormat:
    return X.RunFormat(fonts=names.run_fonts(r.font), half_points=half_points(r.size),
                       bold=r.bold, italic=r.italic)


def style_definitions(style: Style, names: FontNames) -> list[X.StyleDef]:
    """Every style the writer uses, from the Style's roles."""
    defs: list[X.StyleDef] = []
    grid = Grid.of(style)
    for role, sn in PARAGRAPH_STYLES.items():
        outline = int(role[-1]) - 1 if role.startswith("heading") else None
        defs.append(X.StyleDef(
            sn.style_id, sn.name, "paragraph",
            based_on=None if sn.style_id == "Normal" else "Normal",
            next_id="Normal" if sn.style_id != "Normal" else None,
            paragraph=paragraph_format(style, role, outline),
            run=replace(run_format(style.role(role), names), spacing=grid.spacing(style.role(role).size)),
            custom=sn.custom, default=sn.style_id == "Normal",
            ui_priority=9 if outline is not None else None))
    table = style.role("table")
    defs.append(X.StyleDef(
        TABLE_HEADING.style_id, TABLE_HEADING.name, "paragraph", based_on="TableText",
        paragraph=replace(paragraph_format(style, "table"), align="center", keep_next=True),
        run=replace(run_format(table, names), bold=True), custom=True))
    # The closing date (成文日期) sits under the signature: the date's face, the
    # signature's right-aligned block (GB/T 9704 7.3.5: 成文日期右空四字).
    sig = paragraph_format(style, "signature")
    defs.append(X.StyleDef(
        SIGNATURE_DATE.style_id, SIGNATURE_DATE.name, "paragraph", based_on="Signature",
        next_id="Normal", paragraph=replace(sig, before=0),
        run=run_format(style.role("date"), names), custom=True))
    defs.extend(footer_styles(style, names))
    lead = style.role("lead_in")
    defs.append(X.StyleDef(LEAD_IN.style_id, LEAD_IN.name, "character", based_on="DefaultParagraphFont",
                           run=X.RunFormat(fonts=names.run_fonts(lead.font), half_points=half_points(lead.size),
                                           bold=lead.bold, italic=lead.italic or None),
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


# ----------------------------------------------------------------- the body


def _ambiguous_class() -> "re.Pattern[str]":
    """Characters of East Asian width 'A' (“”‘’—…·× …): Word draws them with the Latin
    font unless the run says w:hint="eastAsia", which turns Chinese quotes and dashes
    half-width. Chinese Word sets the hint on such runs; so does this writer."""
    chars = [chr(i) for i in range(0x80, 0x3000)
             if unicodedata.east_asian_width(chr(i)) == "A" and unicodedata.category(chr(i))[0] in "PSN"]
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")


_AMBIGUOUS = _ambiguous_class()


def _width(text: str) -> float:
    """Visual width in 字: full-width characters 1, half-width (digits, Latin) ½."""
    return sum(1.0 if unicodedata.east_asian_width(c) in "WFA" else 0.5 for c in text)


class BodyWriter:
    """Appends the model's blocks to w:body, one small method per block type."""

    def __init__(self, body: etree._Element, style: Style, reporter: Reporter,
                 font_runs: "FontRunSplitter | None" = None):
        self.body = body
        self.style = style
        self.reporter = reporter
        self.font_runs = font_runs
        self.seen_text = False       # has body text or a heading been written? (front matter ends)
        self.page_width = twips(style.page.text_width)

    # -- blocks ----------------------------------------------------------
    def blocks(self, blocks: Sequence, in_list: bool = False) -> None:
        i = 0
        while i < len(blocks):
            b = blocks[i]
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if (isinstance(b, Paragraph) and b.role == "signature" and isinstance(nxt, Paragraph)
                    and nxt.role == "date"):
                self.signature_block(b, nxt)
                i += 2
                continue
            self.block(b, in_list)
            i += 1

    def block(self, b, in_list: bool = False) -> None:
        if isinstance(b, Heading):
            self.heading(b)
        elif isinstance(b, Paragraph):
            self.paragraph(b, in_list)
        elif isinstance(b, List):
            for item in b.items:
                self.blocks(item, in_list=True)
        elif isinstance(b, Table):
            self.table(b)
        elif isinstance(b, Part):
            self.part(b)
        else:
            raise TypeError(f"not a block: {type(b).__name__}")

    def title(self, title: str, doc_number: str = "", page_break: bool = False) -> None:
        first = None
        if doc_number:
            first = self._para(PARAGRAPH_STYLES["doc_number"], (Text(doc_number),), "doc_number")
        if title:
            p = self._para(PARAGRAPH_STYLES["title"], (Text(title),), "title")
            first = first if first is not None else p
        if page_break and first is not None:
            X.set_page_break_before(first)

    def part(self, part: Part) -> None:
        self.title(part.meta.title, part.meta.doc_number, page_break=len(self.body) > 0)
        self.seen_text = False
        self.blocks(part.blocks)

    def heading(self, h: Heading) -> None:
        level = min(max(h.level, 1), 4)
        content: tuple[Inline, ...] = ((Text(h.label),) if h.label else ()) + tuple(h.content)
        self._para(PARAGRAPH_STYLES[f"heading{level}"], content, f"heading{level}")
        self.seen_text = True

    def paragraph(self, para: Paragraph, in_list: bool = False) -> None:
        role = para.role
        if role not in _KNOWN_ROLES:
            self.reporter.warn("role", f"DOCX: unknown paragraph role {role!r} written as body")
            role = "body"
        if role == "date" and self.seen_text:
            self._para(SIGNATURE_DATE, para.content, "date")
            return
        if in_list and role == "body":
            self._para(PARAGRAPH_STYLES["list"], para.content, "list")
        else:
            self._para(PARAGRAPH_STYLES[role], para.content, role)
        if role in ("body", "salutation", "attachment", "note", "signature"):
            self.seen_text = True

    def signature_block(self, sig: Paragraph, date: Paragraph) -> None:
        """GB/T 9704 7.3.5: the date right-aligned at the signature's inset (右空四字)
        and the signature centred over the date: its right indent grows by half the
        difference of their widths. This depends on the text, so it is direct
        formatting on the signature paragraph."""
        r = self.style.role("signature")
        inset = r.right_indent.chars if r.right_indent.chars is not None else r.right_indent.pt(r.size) / r.size
        shift = (_width(X.INVALID_XML.sub("", _plain(date.content)))
                 - _width(X.INVALID_XML.sub("", _plain(sig.content)))) / 2
        right_chars = max(inset + shift, 0.0)
        p = self._para(PARAGRAPH_STYLES["signature"], sig.content, "signature")
        X.set_paragraph_indent(p, X.Indent(right=Grid.of(self.style).length(Measure(right_chars, "em"), r.size),
                                           right_chars=int(round(right_chars * 100))))
        self._para(SIGNATURE_DATE, date.content, "date")
        self.seen_text = True

    def table(self, t: Table) -> None:
        ncols = max((len(row) for row in t.rows), default=0)
        if ncols == 0:
            return
        widths = self._column_widths(t, ncols)
        tbl = X.table(self.body, TABLE_GRID.style_id, widths)
        for i, row in enumerate(t.rows):
            header = i < t.header_rows
            tr = X.table_row(tbl, header)
            for j in range(ncols):
                tc = X.table_cell(tr, widths[j])
                cell = row[j] if j < len(row) else ()
                p = X.paragraph(tc, (TABLE_HEADING if header else PARAGRAPH_STYLES["table"]).style_id)
                self._inlines(p, cell, "table")
        self.seen_text = True

    def _column_widths(self, t: Table, ncols: int) -> list[int]:
        """Columns share the text width in proportion to their widest cell, each at
        least half its equal share, so a short column is not crushed."""
        need = [1.0] * ncols
        for row in t.rows:
            for j, cell in enumerate(row):
                need[j] = max(need[j], _width(_plain(cell)))
        total = sum(need)
        floor = 0.5 / ncols
        shares = [max(n / total, floor) for n in need]
        norm = sum(shares)
        widths = [int(self.page_width * s / norm) for s in shares]
        widths[-1] += self.page_width - sum(widths)
        return widths

    # -- paragraphs and runs ---------------------------------------------
    def _para(self, sn: StyleName, content: Sequence[Inline], role: str) -> etree._Element:
        p = X.paragraph(self.body, sn.style_id)
        self._inlines(p, content, role)
        return p

    def _inlines(self, p: etree._Element, content: Sequence[Inline], role: str,
                 char_style: str | None = None, emphasis: bool = False) -> None:
        for k, node in enumerate(content):
            if isinstance(node, Text):
                self._text(p, node.text, role, char_style, emphasis)
            elif isinstance(node, Strong):
                # A strong run that opens a body paragraph is its lead-in sentence.
                lead = k == 0 and role in ("body", "list") and char_style is None
                self._inlines(p, node.content, role, (LEAD_IN if lead else STRONG).style_id, emphasis)
            elif isinstance(node, Emphasis):
                self._inlines(p, node.content, role, char_style, True)
            elif isinstance(node, LineBreak):
                X.line_break(p)
            else:
                raise TypeError(f"not an inline: {type(node).__name__}")

    def _text(self, p: etree._Element, text: str, role: str, char_style: str | None, emphasis: bool) -> None:
        if not text:
            return
        clean = X.INVALID_XML.sub("", text)
        if clean != text:
            self.reporter.warn("invalid-char", "DOCX: characters not allowed in XML were dropped")
            if not clean:
                return
        extra = X.RunFormat(emphasis_mark="dot") if emphasis and char_style else None
        style_id = char_style if char_style or not emphasis else EMPHASIS.style_id
        if self.font_runs is None:
            X.run(p, clean, style_id, _hinted(extra, clean))
            return
        font_role = self.style.role("lead_in" if char_style == LEAD_IN.style_id else role).font
        for fallback, piece in self.font_runs.split(clean, font_role):
            if fallback is not None:
                fallback = replace(fallback, emphasis_mark=extra.emphasis_mark if extra else None)
            X.run(p, piece, style_id, _hinted(fallback or extra, piece))


def _hinted(fmt: X.RunFormat | None, text: str) -> X.RunFormat | None:
    if _AMBIGUOUS.search(text) is None:
        return fmt
    return replace(fmt or X.RunFormat(), east_asia_hint=True)


def text_by_font_role(doc: Document, style: Style) -> dict[str, str]:
    """All text of the document grouped by the font role that sets it (title → 小标宋,
    headings, body …), so the styles can name the font drawing most of each."""
    out: dict[str, list[str]] = {}

    def add(role: str, s: str) -> None:
        out.setdefault(style.role(role).font, []).append(s)

    def walk(meta, blocks, in_list: bool = False) -> None:
        add("title", meta.title)
        add("doc_number", meta.doc_number)
        for b in blocks:
            if isinstance(b, Heading):
                add(f"heading{min(max(b.level, 1), 4)}", b.label + _plain(b.content))
            elif isinstance(b, Paragraph):
                role = b.role if b.role in _KNOWN_ROLES else "body"
                add("list" if in_list and role == "body" else role, _plain(b.content))
            elif isinstance(b, List):
                for item in b.items:
                    walk(Meta(), item, in_list=True)
            elif isinstance(b, Table):
                add("table", "".join(_plain(c) for row in b.rows for c in row))
            elif isinstance(b, Part):
                walk(b.meta, b.blocks)

    walk(doc.meta, doc.blocks)
    folio = style.page_number
    out.setdefault(folio.font, []).append(folio.format.replace("{n}", "0123456789"))
    return {k: "".join(v) for k, v in out.items()}


def _plain(content: Sequence[Inline]) -> str:
    out = []
    for node in content:
        if isinstance(node, Text):
            out.append(node.text)
        elif isinstance(node, (Strong, Emphasis)):
            out.append(_plain(node.content))
    return "".join(out)


class FontRunSplitter:
    """With embedded fonts: each role's style names the bundled font that draws most of
    that role's text (the chain's first font may be a small one, e.g. for quotes);
    characters it does not draw get a run naming the font of the chain that does.
    Records which characters each font draws, for subsetting."""

    def __init__(self, fonts: FontRegistry, style: Style, language: str, latin: dict[str, str],
                 reporter: Reporter, texts: dict[str, str]):
        self.fonts, self.style, self.language, self.latin = fonts, style, language, latin
        self.reporter = reporter
        self.used: dict[str, set[str]] = {}      # FontFile.key → characters drawn by it
        self._primary = {name: self._dominant(name, texts.get(name, "")) for name in style.fonts}

    def _dominant(self, font_role: str, text: str):
        chain = self.fonts.chain(self.style.fonts[font_role].bundled, self.language)
        drawn: dict[str, int] = {}
        for font, piece in self.fonts.runs(text, self.style.fonts[font_role].bundled, self.language):
            if font is not None and not piece.isspace():
                drawn[font.key] = drawn.get(font.key, 0) + len(piece)
        if drawn:   # most characters; ties go to the earlier font of the chain
            return max(chain, key=lambda f: (drawn.get(f.key, 0), -chain.index(f)))
        return max(chain, key=lambda f: (len(f.cmap), -chain.index(f)))

    def primary(self, font_role: str):
        return self._primary[font_role]

    def family(self, font_role: str) -> str:
        from ._docx_fonts import family_of
        return family_of(self.primary(font_role))

    def record(self, font_role: str, chars: str) -> None:
        self.used.setdefault(self.primary(font_role).key, set()).update(chars)

    def split(self, text: str, font_role: str):
        from ._docx_fonts import family_of
        bundled = self.style.fonts[font_role].bundled
        primary = self.primary(font_role)
        for font, piece in self.fonts.runs(text, bundled, self.language):
            if piece.isspace():          # spaces need no glyph: keep the style's font
                yield None, piece
                continue
            if font is None:
                if piece.strip():
                    self.reporter.warn("missing-glyph", f"no bundled font draws {piece!r}")
                font = primary
            self.used.setdefault(font.key, set()).update(piece)
            if font is primary:
                yield None, piece
            else:
                yield X.RunFormat(fonts=X.RunFonts(family_of(font), self.latin[font_role]),
                                  bold=True if font.bold else None), piece


# ----------------------------------------------------------------- the package


_DROP_DOCUMENT_RELS = (RT.CUSTOM_XML, "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects")
_DROP_PACKAGE_RELS = (RT.THUMBNAIL,)
_APP_XML = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            b'<Application>convert</Application></Properties>')


def write(doc: Document, style: Style, fonts: FontRegistry, options: WriteOptions, reporter: Reporter) -> bytes:
    language = word_language(doc.meta.language)
    office = {name: role.office for name, role in style.fonts.items()}
    latin = {name: role.latin for name, role in style.fonts.items()}
    splitter = None
    if options.embed_fonts:
        splitter = FontRunSplitter(fonts, style, doc.meta.language, latin, reporter,
                                   text_by_font_role(doc, style))
        office = {name: splitter.family(name) for name in style.fonts}
        # A role whose first bundled file is a bold face (黑体, 小标宋 → Noto Bold) is
        # written bold, so Word and LibreOffice pick that embedded face.
        style = _bold_where_font_is_bold(style, splitter)
    names = FontNames(office, latin)

    d = python_docx.Document()
    _drop_template_parts(d)

    styles = d.styles.element
    body_role = style.role("body")
    X.reset_styles(styles,
                   X.RunFormat(fonts=names.run_fonts(body_role.font), half_points=half_points(body_role.size),
                               lang=language),
                   # No automatic space between Chinese and digits/Latin (Word's and
                   # LibreOffice's default): the PDF sets none, and it would cost a
                   # character on every line that holds a number. Widow control as in
                   # the PDF: no single line of a paragraph alone at a page foot or head.
                   X.ParagraphFormat(align="both", auto_space=False, widow_control=True))
    for definition in style_definitions(style, names):
        X.add_style(styles, definition)

    section = d.sections[0]
    X.set_page_setup(section._sectPr, page_setup(style))
    _footers(d, style)

    settings = d.settings.element
    X.remove_settings(settings, ("rsids", "proofState", "attachedTemplate", "savePreviewPicture"))
    X.set_theme_font_lang(settings, language)
    X.set_compat_flag(settings, "doNotExpandShiftReturn")
    X.set_compatibility_mode(settings, 15)

    body = d.element.body
    sect_pr = body[-1]
    body.remove(sect_pr)
    writer = BodyWriter(body, style, reporter, splitter)
    # A merged collection opens with its first part (as in the PDF): each part has its
    # own title page break; the collection's title goes into the core properties.
    if not (doc.blocks and all(isinstance(b, Part) for b in doc.blocks)):
        writer.title(doc.meta.title, doc.meta.doc_number)
    writer.blocks(doc.blocks)
    body.append(sect_pr)

    font_table = d.part.part_related_by(RT.FONT_TABLE)
    used_roles = sorted({r.font for r in style.roles.values()} | {style.page_number.font})
    if splitter is not None:
        from ._docx_fonts import embed_fonts
        folio = style.page_number
        splitter.record(folio.font, folio.format.replace("{n}", "0123456789"))
        embed_fonts(d, font_table, splitter, fonts, sorted({latin[r] for r in used_roles}), reporter)
    else:
        _set_font_table(font_table, sorted({office[r] for r in used_roles} | {latin[r] for r in used_roles}))

    _core_properties(d, doc, options)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue(), options.timestamp)


def _bold_where_font_is_bold(style: Style, splitter: "FontRunSplitter") -> Style:
    roles = {name: (replace(r, bold=True) if splitter.primary(r.font).bold else r)
             for name, r in style.roles.items()}
    return replace(style, roles=roles)


def _drop_template_parts(d) -> None:
    for rid, rel in list(d.part.rels.items()):
        if rel.reltype in _DROP_DOCUMENT_RELS:
            d.part.rels.pop(rid)
    pkg_rels = d.part.package.rels
    for rid, rel in list(pkg_rels.items()):
        if rel.reltype in _DROP_PACKAGE_RELS:
            pkg_rels.pop(rid)


def _set_font_table(font_table, names: Sequence[str]) -> None:
    root = etree.fromstring(font_table.blob)
    X.set_font_table(root, [X.FontEntry(n, charset="00" if n.isascii() else "86") for n in names])
    font_table._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _footers(d, style: Style) -> None:
    folio = style.page_number
    section = d.sections[0]
    if not folio.show:
        return
    d.settings.odd_and_even_pages_header_footer = True
    before, _, after = folio.format.partition("{n}")
    for footer, sn in ((section.footer, FOLIO_ODD), (section.even_page_footer, FOLIO_EVEN)):
        footer.is_linked_to_previous = False
        ftr = footer._element
        for child in list(ftr):
            ftr.remove(child)
        p = X.paragraph(ftr, sn.style_id)
        # The dashes are full-width in the East Asian font (w:hint), the digits half-width.
        hint = X.RunFormat(east_asia_hint=True)
        if before:
            X.run(p, before, None, hint)
        X.page_field(p)
        if after:
            X.run(p, after, None, hint)


def _core_properties(d, doc: Document, options: WriteOptions) -> None:
    cp = d.core_properties
    ts = options.timestamp.astimezone(timezone.utc).replace(tzinfo=None)
    cp.title = doc.meta.title
    cp.subject = doc.meta.subtitle
    cp.author = doc.meta.author
    cp.last_modified_by = doc.meta.author
    cp.language = word_language(doc.meta.language).east_asia
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = ts
    cp.modified = ts


def normalize_zip(data: bytes, timestamp: datetime) -> bytes:
    """The same members, in a fixed order with fixed times and attributes:
    [Content_Types].xml first (some readers require it), then the rest sorted."""
    ts = timestamp.astimezone(timezone.utc)
    date_time = (max(ts.year, 1980), ts.month, ts.day, ts.hour, ts.minute, ts.second)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        names = src.namelist()
        order = sorted(names, key=lambda n: (n != "[Content_Types].xml", n != "_rels/.rels", n))
        for name in order:
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            payload = _APP_XML if name == "docProps/app.xml" else src.read(name)
            dst.writestr(info, payload, compresslevel=6)
    return out.getvalue()
