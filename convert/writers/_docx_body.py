"""The DOCX body: the model's blocks as paragraphs and tables with named styles.

One small method per block type; runs carry a character style (Lead-in, Strong,
Emphasis) and, only where needed, a w:hint or — with embedded fonts — the font of
the fallback chain that draws characters the style's font lacks.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import Sequence

from lxml import etree

from . import _docx_xml as X
from ._docx_styles import (ATTACHMENT_HEADINGS, ATTACHMENT_ITEM, ATTACHMENT_LABEL, COMMON_NUMBER, EMPHASIS, HEADING_LABELS, LEAD_IN,
                           PARAGRAPH_STYLES, SIGNATURE_DATE, STRONG, TABLE_GRID, TABLE_HEADING, Grid, StyleName,
                           _KNOWN_ROLES, attachment_indent, twips)
from ..diagnostics import Reporter
from ..fonts import FontRegistry
from ..model import (Document, Emphasis, Heading, Inline, LineBreak, List, Meta, Paragraph, Part,
                     Strong, Table, Text, article_label_text, attachment_note_parts, heading_display_text,
                     heading_label_text, heading_look_level, inside_attachment_after, is_attachment_heading,
                     is_run_in_article, split_attachment_label)
from ..style import Measure, Style


def _ambiguous_class() -> "re.Pattern[str]":
    """Characters of East Asian width 'A' (“”‘’—…·× …). Word draws them with the Latin
    font — half-width Chinese quotes and dashes — unless the run says
    w:hint="eastAsia"; Chinese Word sets that hint on such runs, and so does this
    writer (LibreOffice honours it too)."""
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
        self.previous_role: str | None = None   # role of the paragraph just written
        self.attachment_lead = ATTACHMENT_LABEL  # the "附件：" that opened the current list of attachments
        # after an attachment heading (附件1): headings take the Attachment Heading styles
        self.in_attachment = False
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
            if is_run_in_article(b, nxt):
                self.run_in_article(b, nxt)
                self.in_attachment = inside_attachment_after(b, self.in_attachment)
                i += 2
                continue
            self.block(b, in_list)
            self.in_attachment = inside_attachment_after(b, self.in_attachment)
            i += 1

    def block(self, b, in_list: bool = False) -> None:
        self._block(b, in_list)
        self.previous_role = b.role if isinstance(b, Paragraph) else None

    def _block(self, b, in_list: bool = False) -> None:
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

    def front(self, meta: Meta, blocks: Sequence, page_break: bool = False) -> Sequence:
        """A document's or a part's opening: its attachment label (a document that is an
        attachment: 附件1 above the title, GB/T 9704 7.5), number and title. Returns
        the blocks left to write."""
        label, rest = split_attachment_label(tuple(blocks))
        if label is not None:
            p = self._para(PARAGRAPH_STYLES["attachment_label"], label.content, "attachment_label")
            if not page_break and self.style.role("attachment_label").page_break_before:
                # the document's first paragraph: there is no page to break from
                X.set_page_break_before(p, False)
            page_break = False      # the label's style breaks the page of a part
        self.title(meta.title, meta.doc_number, page_break=page_break)
        return rest

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
        rest = self.front(part.meta, part.blocks, page_break=len(self.body) > 0)
        self.seen_text = False
        self.in_attachment = False
        self.blocks(rest)

    def heading(self, h: Heading) -> None:
        if is_attachment_heading(h):
            self.attachment_heading(h)
            return
        level = heading_look_level(h, self.in_attachment)
        label = heading_label_text(h)
        content: tuple[Inline, ...] = ((Text(label),) if label else ()) + tuple(h.content)
        # inside an attachment, the look of Heading N but an outline level one deeper
        # (GB/T 9704 7.5: 附件格式要求同正文)
        inside = self.in_attachment and h.level > 1     # a level-1 heading ends the attachment
        name = ATTACHMENT_HEADINGS[level] if inside else PARAGRAPH_STYLES[f"heading{level}"]
        self._para(name, content, f"heading{level}")
        self.seen_text = True

    def attachment_heading(self, h: Heading) -> None:
        """An attachment's opening (GB/T 9704 7.5): the label (附件1) in Attachment Label —
        flush left, and on a new page through the style's w:pageBreakBefore — then the
        title in Attachment Title, centred, in the outline. A label without a title is
        put in the outline itself (direct formatting: no style says so)."""
        label = self._para(PARAGRAPH_STYLES["attachment_label"], (Text(h.label),), "attachment_label")
        if _plain(h.content).strip():
            self._para(PARAGRAPH_STYLES["attachment_title"], h.content, "attachment_title")
        else:
            X.set_outline_level(label, 0)
        self.seen_text = True

    def run_in_article(self, h: Heading, para: Paragraph) -> None:
        """第一条　为了……: a law's article as one Normal paragraph (2-字 indent), its
        label in the heading's face (a character style), so the navigation pane lists
        the chapters, not every article."""
        level = heading_look_level(h, self.in_attachment)
        p = X.paragraph(self.body, PARAGRAPH_STYLES["body"].style_id)
        self._text(p, article_label_text(h), f"heading{level}", HEADING_LABELS[level].style_id, False)
        self._inlines(p, para.content, "body")
        self.seen_text = True
        self.previous_role = "body"

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
        elif role == "attachment":
            self.attachment_note(para)
        else:
            self._para(PARAGRAPH_STYLES[role], para.content, role)
        if role in ("body", "salutation", "attachment", "note", "signature"):
            self.seen_text = True

    def attachment_note(self, para: Paragraph) -> None:
        """附件说明 (GB/T 9704 7.3.4): "附件：1.×××" in Attachment, the next items (2.×××)
        in Attachment Item, which starts under the first item's number; both hang so a
        long name wraps under its own first character. The styles are set up for a
        one-digit number; another prefix (10., （1）, no number) gets its own indent on
        the paragraph, since the width depends on the text."""
        lead, number = attachment_note_parts(X.INVALID_XML.sub("", _plain(para.content)))
        item = not lead and self.previous_role == "attachment"
        if lead:
            self.attachment_lead = lead
        p = self._para(ATTACHMENT_ITEM if item else PARAGRAPH_STYLES["attachment"], para.content, "attachment")
        list_lead = self.attachment_lead if item else None
        wanted = attachment_indent(self.style, lead, number, list_lead)
        styled = attachment_indent(self.style, "" if item else ATTACHMENT_LABEL, COMMON_NUMBER,
                                   ATTACHMENT_LABEL if item else None)
        if wanted != styled:
            X.set_paragraph_indent(p, wanted)

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
        self.previous_role = "date"

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
        # the run's face: the lead-in's, a heading label's (its role), or the paragraph's
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
        in_attachment = False
        for b in blocks:
            inside, in_attachment = in_attachment, inside_attachment_after(b, in_attachment)
            if is_attachment_heading(b):
                add("attachment_label", b.label)
                add("attachment_title", _plain(b.content))
            elif isinstance(b, Heading):
                add(f"heading{heading_look_level(b, inside)}", heading_display_text(b))
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
        return max(chain, key=lambda f: (len(f.codepoints), -chain.index(f)))

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
