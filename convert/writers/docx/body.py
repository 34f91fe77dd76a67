"""The DOCX body: the model's blocks as paragraphs and tables with named styles.

One small method per block type; runs carry a character style (Lead-in, Strong,
Emphasis) and, only where needed, a w:hint or — with embedded fonts — the font of
the fallback chain that draws characters the style's font lacks.
"""

from __future__ import annotations

from ... import regexcache as re
import unicodedata
from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from lxml import etree

from . import xml as X
from .fonts import FontRunSplitter
from .styles import (ATTACHMENT_HEADINGS, ATTACHMENT_ITEM, ATTACHMENT_LABEL, COMMON_NUMBER, EMPHASIS, HEADING_LABELS, LEAD_IN,
                           PARAGRAPH_STYLES, SIGNATURE_DATE, STRONG, TABLE_GRID, TABLE_HEADING, Grid, StyleName,
                           _KNOWN_ROLES, attachment_indent, twips)
from ...diagnostics import Reporter
from ...layout.titles import balanced_lines
from ...layout.plan import (Article, AttachmentHeading, AttachmentNote, ClosingDate, Front, HeadingItem, Imprint,
                           Item, ListItem, Masthead, Para, Plan, Section, Signature, TableItem)
from .issue import imprint_table, write_masthead
from ...model import (Emphasis, Inline, LineBreak, Paragraph, Strong, Table, Text, article_label_text,
                     attachment_note_parts, heading_display_text, heading_label_text)
from ...style import Measure, Style


def _ambiguous_class() -> "re.Pattern[str]":
    """Characters of East Asian width 'A' (“”‘’—…·× …). Word draws them with the Latin
    font — half-width Chinese quotes and dashes — unless the run says
    w:hint="eastAsia"; Chinese Word sets that hint on such runs, and so does this
    writer (LibreOffice honours it too)."""
    ranges: list[list[int]] = []
    for i in range(0x80, 0x3000):
        if unicodedata.east_asian_width(chr(i)) == "A" and unicodedata.category(chr(i))[0] in "PSN":
            if ranges and ranges[-1][1] == i - 1:
                ranges[-1][1] = i
            else:
                ranges.append([i, i])
    # as ranges (114 of them, not 561 characters): the class compiles in 0.6 ms, not 5 ms
    return re.compile("[" + "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "")
                                     for a, b in ranges) + "]")


_AMBIGUOUS = _ambiguous_class()


def _width(text: str) -> float:
    """Visual width in 字: full-width characters 1, half-width (digits, Latin) ½."""
    return sum(1.0 if unicodedata.east_asian_width(c) in "WFA" else 0.5 for c in text)


class BodyWriter:
    """Appends the plan's items to w:body through the table of render functions
    (``RENDER``, one per item kind). It holds no document state: every decision is the
    plan's (convert.layout)."""

    def __init__(self, body: etree._Element, style: Style, reporter: Reporter,
                 font_runs: FontRunSplitter | None = None):
        self.body = body
        self.style = style
        self.reporter = reporter
        self.font_runs = font_runs
        self.page_width = twips(style.page.text_width)

    # -- the plan's items ------------------------------------------------
    def items(self, items: Sequence[Item]) -> None:
        for item in items:
            # lxml's len(body) and body[i] walk the children: with them this loop was
            # quadratic (10× the text took 29× the time); the last child is O(1)
            before = next(reversed(self.body), None)
            RENDER[item.kind](self, item)
            first = before.getnext() if before is not None else next(iter(self.body), None)
            if first is not None:
                self._page_break(first, item)

    def _page_break(self, p: etree._Element, item: Item) -> None:
        """The plan's page break on the item's first paragraph, where its style's
        w:pageBreakBefore does not already say the same."""
        if p.tag != X.qn("w:p") or isinstance(item, (Front, Section)):
            return
        styled = self.style.role(_break_role(item)).page_break_before
        if item.page_break and not styled:
            X.set_page_break_before(p)
        elif styled and not item.page_break and p is not self.body[0]:
            X.set_page_break_before(p, False)

    def front(self, front: Front) -> None:
        """A document's or a part's opening: its attachment label (a document that is an
        attachment: 附件1 above the title, GB/T 9704 7.5), number and title."""
        page_break = front.page_break
        if front.label is not None:
            p = self._para(PARAGRAPH_STYLES["attachment_label"], front.label.content, "attachment_label")
            if not page_break and self.style.role("attachment_label").page_break_before:
                # the document's first paragraph: there is no page to break from
                X.set_page_break_before(p, False)
            page_break = False      # the label's style breaks the page of a part
        if front.masthead is not None:     # the 版头 (issue.py) holds the 发文字号
            first = self.masthead(front.masthead)
            if page_break and first is not None:
                X.set_page_break_before(first)
            self.title(front.meta.title, "", page_break=False)
            return
        self.title(front.meta.title, front.meta.doc_number, page_break=page_break)

    def masthead(self, item: Masthead) -> etree._Element | None:
        """The 版头: marks, the red issuer's mark, the 发文字号 over the red rule (issue.py)."""
        return write_masthead(self.body, item, self.style,
                              lambda p, text, font, char: self._text(p, text, "doc_number", char, False, font))

    def imprint(self, item: Imprint) -> None:
        """The 版记: a table at the foot of the last section's page (issue.py)."""
        font = self.style.imprint.font
        imprint_table(self.body, item, self.style, lambda p, text: self._text(p, text, "body", None, False, font))

    def title(self, title: str, doc_number: str = "", page_break: bool = False) -> None:
        first = None
        if doc_number:
            first = self._para(PARAGRAPH_STYLES["doc_number"], (Text(doc_number),), "doc_number")
        if title:
            p = self._para(PARAGRAPH_STYLES["title"], self._title_lines(title), "title")
            first = first if first is not None else p
        if page_break and first is not None:
            X.set_page_break_before(first)

    def _title_lines(self, title: str) -> tuple[Inline, ...]:
        """A title too long for one line broken into even lines, as the PDF breaks it
        (layout/titles.py), rather than left for Word to fill its first line."""
        role = self.style.role("title")
        measure = 0.98 * self.style.page.text_width / role.size    # (a little room: Word's grid)
        lines = balanced_lines(title, measure)
        out: list[Inline] = []
        for k, line in enumerate(lines):
            out += [LineBreak(), Text(line)] if k else [Text(line)]
        return tuple(out)

    def part(self, section: Section) -> None:
        self.front(section.front)
        self.items(section.items)

    def heading(self, item: HeadingItem) -> None:
        h, level = item.heading, item.look
        label = heading_label_text(h)
        content: tuple[Inline, ...] = ((Text(label),) if label else ()) + tuple(h.content)
        # inside an attachment, the look of Heading N but an outline level one deeper
        # (GB/T 9704 7.5: 附件格式要求同正文)
        name = ATTACHMENT_HEADINGS[level] if item.in_attachment else PARAGRAPH_STYLES[f"heading{level}"]
        self._para(name, content, f"heading{level}")

    def attachment_heading(self, item: AttachmentHeading) -> None:
        """An attachment's opening (GB/T 9704 7.5): the label (附件1) in Attachment Label —
        flush left, and on a new page through the style's w:pageBreakBefore — then the
        title in Attachment Title, centred, in the outline. A label without a title is
        put in the outline itself (direct formatting: no style says so)."""
        h = item.heading
        label = self._para(PARAGRAPH_STYLES["attachment_label"], (Text(h.label),), "attachment_label")
        if _plain(h.content).strip():
            self._para(PARAGRAPH_STYLES["attachment_title"], h.content, "attachment_title")
        else:
            X.set_outline_level(label, 0)

    def article(self, item: Article) -> None:
        """第一条　为了……: a law's article as one Normal paragraph (2-字 indent), its
        label in the heading's face (a character style), so the navigation pane lists
        the chapters, not every article."""
        level = item.look
        p = X.paragraph(self.body, PARAGRAPH_STYLES["body"].style_id)
        if item.outline_level is not None:   # a run-in heading stays in the navigation pane
            X.set_outline_level(p, item.outline_level - 1)
        self._text(p, article_label_text(item.heading), f"heading{level}", HEADING_LABELS[level].style_id, False)
        self._inlines(p, item.paragraph.content, "body")

    def paragraph(self, item: Para) -> None:
        role = item.role
        if role not in _KNOWN_ROLES and role != "list":
            self.reporter.warn("role", f"DOCX: unknown paragraph role {role!r} written as body")
            role = "list" if item.in_list else "body"
        self._para(PARAGRAPH_STYLES[role], item.paragraph.content, role)

    def closing_date(self, item: ClosingDate) -> None:
        """成文日期 (GB/T 9704 7.3.5.1): right-aligned at the signature's inset."""
        self._para(SIGNATURE_DATE, item.paragraph.content, "date")

    def attachment_note(self, item: AttachmentNote) -> None:
        """附件说明 (GB/T 9704 7.3.4): "附件：1.×××" in Attachment, the next items (2.×××)
        in Attachment Item, which starts under the first item's number; both hang so a
        long name wraps under its own first character. The styles are set up for a
        one-digit number; another prefix (10., （1）, no number) gets its own indent on
        the paragraph, since the width depends on the text."""
        para = item.paragraph
        lead, number = attachment_note_parts(X.INVALID_XML.sub("", _plain(para.content)))
        continues = item.opener is not None
        p = self._para(ATTACHMENT_ITEM if continues else PARAGRAPH_STYLES["attachment"], para.content, "attachment")
        list_lead = (attachment_note_parts(X.INVALID_XML.sub("", _plain(item.opener.content)))[0]
                     if item.opener is not None else None)
        wanted = attachment_indent(self.style, lead, number, list_lead)
        styled = attachment_indent(self.style, "" if continues else ATTACHMENT_LABEL, COMMON_NUMBER,
                                   ATTACHMENT_LABEL if continues else None)
        if wanted != styled:
            X.set_paragraph_indent(p, wanted)

    def signature(self, item: Signature) -> None:
        """GB/T 9704 7.3.5: the date right-aligned at the signature's inset (右空四字)
        and the signature centred over the date: its right indent grows by half the
        difference of their widths. This depends on the text, so it is direct
        formatting on the signature paragraph. (The date is the next item.)"""
        sig, date = item.paragraph, item.date
        p = self._para(PARAGRAPH_STYLES["signature"], sig.content, "signature")
        if date is None:
            return
        r = self.style.role("signature")
        inset = r.right_indent.chars if r.right_indent.chars is not None else r.right_indent.pt(r.size) / r.size
        shift = (_width(X.INVALID_XML.sub("", _plain(date.content)))
                 - _width(X.INVALID_XML.sub("", _plain(sig.content)))) / 2
        right_chars = max(inset + shift, 0.0)
        X.set_paragraph_indent(p, X.Indent(right=Grid.of(self.style).length(Measure(right_chars, "em"), r.size),
                                           right_chars=int(round(right_chars * 100))))

    def listing(self, item: ListItem) -> None:
        for entry in item.entries:
            self.items(entry)

    def table_item(self, item: TableItem) -> None:
        self.table(item.table)

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

    def _text(self, p: etree._Element, text: str, role: str, char_style: str | None, emphasis: bool,
              font: str | None = None) -> None:
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
        font_role = font or self.style.role("lead_in" if char_style == LEAD_IN.style_id else role).font
        for fallback, piece in self.font_runs.split(clean, font_role):
            if fallback is not None:
                fallback = replace(fallback, emphasis_mark=extra.emphasis_mark if extra else None)
            X.run(p, piece, style_id, _hinted(fallback or extra, piece))


def _hinted(fmt: X.RunFormat | None, text: str) -> X.RunFormat | None:
    if _AMBIGUOUS.search(text) is None:
        return fmt
    return _with_hint(fmt)


@lru_cache(maxsize=64)
def _with_hint(fmt: X.RunFormat | None) -> X.RunFormat:
    """``fmt`` with w:hint="eastAsia": one twin per format (formats are frozen), not a
    dataclasses.replace per run (half the runs of a Chinese report have “” or ——)."""
    return replace(fmt or X.RunFormat(), east_asia_hint=True)


def text_by_font_role(laid: Plan, style: Style) -> dict[str, str]:
    """All text of the document grouped by the font role that sets it (title → 小标宋,
    headings, body …), so the styles can name the font drawing most of each."""
    out: dict[str, list[str]] = {}

    def add(role: str, s: str) -> None:
        out.setdefault(style.role(role).font, []).append(s)

    def paragraph(role: str, p: Paragraph, in_list: bool = False) -> None:
        role = role if role in _KNOWN_ROLES else "body"
        add("list" if in_list and role == "body" else role, _plain(p.content))

    def walk(items: Sequence[Item], in_list: bool = False) -> None:
        for item in items:
            if isinstance(item, Section):
                add("title", item.front.meta.title)
                add("doc_number", item.front.meta.doc_number)
                if item.front.label is not None:
                    add("attachment", _plain(item.front.label.content))
                walk(item.items)
            elif isinstance(item, AttachmentHeading):
                add("attachment_label", item.heading.label)
                add("attachment_title", _plain(item.heading.content))
            elif isinstance(item, HeadingItem):
                add(f"heading{item.look}", heading_display_text(item.heading))
            elif isinstance(item, Article):
                add(f"heading{item.look}", heading_display_text(item.heading))
                paragraph("body", item.paragraph, in_list)
            elif isinstance(item, (Para, Signature, ClosingDate, AttachmentNote)):
                paragraph(item.paragraph.role, item.paragraph, in_list)
            elif isinstance(item, ListItem):
                for entry in item.entries:
                    walk(entry, in_list=True)
            elif isinstance(item, TableItem):
                add("table", "".join(_plain(c) for row in item.table.rows for c in row))

    add("title", laid.meta.title)
    add("doc_number", laid.meta.doc_number)
    if laid.front is not None and laid.front.label is not None:
        add("attachment", _plain(laid.front.label.content))
    walk(laid.items)
    masthead = laid.front.masthead if laid.front is not None else None
    if masthead is not None:      # the 版头 and 版记 in their own faces (issue.py)
        out.setdefault(style.masthead.marks_font, []).extend(t for _, t in masthead.marks)
        out.setdefault(style.masthead.issuer_font, []).append(masthead.issuer)
        out.setdefault(style.masthead.signer_font, []).extend(masthead.signers)     # 上行文 (issue.py)
        out.setdefault(style.role("doc_number").font, []).append(style.masthead.signer_label)
    if laid.imprint is not None:
        out.setdefault(style.imprint.font, []).append(laid.imprint.copy_to + laid.imprint.printer
                                                      + laid.imprint.printed)
    folio = style.page_number
    out.setdefault(folio.font, []).append(folio.format.replace("{n}", "0123456789"))
    return {k: "".join(v) for k, v in out.items()}


#: The render function of each kind of the plan's items.
RENDER = {
    "front": BodyWriter.front,
    "part": BodyWriter.part,
    "heading": BodyWriter.heading,
    "attachment": BodyWriter.attachment_heading,
    "article": BodyWriter.article,
    "paragraph": BodyWriter.paragraph,
    "signature": BodyWriter.signature,
    "closing_date": BodyWriter.closing_date,
    "attachment_note": BodyWriter.attachment_note,
    "table": BodyWriter.table_item,
    "list": BodyWriter.listing,
}


def _break_role(item: Item) -> str:
    """The role whose style says whether ``item`` starts a new page."""
    if isinstance(item, HeadingItem):
        return f"heading{item.look}"
    if isinstance(item, AttachmentHeading):
        return "attachment_label"
    if isinstance(item, (Signature, ClosingDate)):
        return "signature"
    if isinstance(item, AttachmentNote):
        return "attachment"
    if isinstance(item, Para):
        return item.role
    if isinstance(item, TableItem):
        return "table"
    return "body"


def _plain(content: Sequence[Inline]) -> str:
    out = []
    for node in content:
        if isinstance(node, Text):
            out.append(node.text)
        elif isinstance(node, (Strong, Emphasis)):
            out.append(_plain(node.content))
    return "".join(out)
