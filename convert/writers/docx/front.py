"""DOCX front matter of a merged collection: a title page and a real Word TOC field.

The collection's body is written first (each report: its Title paragraph, then its
blocks). Then, in front of it:

- a title page: the collection's title (style Collection Title, not Title, so the
  contents do not list it), its subtitle/cover text, author and date;
- the contents: a "目　录" heading (TOC Heading) and one complex TOC field,
  ``TOC \\h \\z \\t "Title,1,Heading 1,2,Attachment Title,2"``: the reports' titles
  (style Title) are its first level, their chapters (Heading 1) and attachments
  (Attachment Title) the second. (``\\o "1-2"`` would put both at
  the same level: a merged collection's Heading 1 has outline level 0 like a title.)
  The report titles also get outline level 0 directly, for the navigation pane.
  The field's result is pre-filled — Word shows it until the field is updated, and
  LibreOffice's headless conversion does not update fields at all — with one
  paragraph per entry (styles TOC 1 / TOC 2, which carry the dot-leader right tab the
  updated entries use), the title linked to a bookmark around the report's title or
  heading. The pre-filled entries have no page numbers: the writer does not lay the
  document out, and a PAGEREF in the result stays blank in LibreOffice.

The front matter is its own section, numbered i, ii, … with no number on the title
page; the body's section starts on an odd page at 1, as in the PDF.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, replace

from .xml import qn
from lxml import etree

from . import xml as X
from .styles import PARAGRAPH_STYLES, FontNames, Grid, _chars, paragraph_format, run_format, twips
from ...model import Meta
from .._collection_front import TITLE_DROP_LINES, contents_title
from ...style import Measure, Style

TOC_INSTRUCTION = ' TOC \\h \\z \\t "Title,1,Heading 1,2,Attachment Title,2" '
BOOKMARK_PREFIX = "_Toc"


@dataclass(frozen=True)
class Entry:
    text: str
    level: int          # 1 = a report, 2 = one of its level-1 headings
    bookmark: str


def style_defs(style: Style, names: FontNames) -> list[X.StyleDef]:
    """Collection Title, TOC Heading and toc 2 (toc 1 is the style's toc role)."""
    title = style.role("title")
    toc = style.role("toc")
    grid = Grid.of(style)
    level2 = Measure((toc.left_indent.chars or 0) + 2, "em")
    toc2 = replace(paragraph_format(style, "toc"),
                   indent=X.Indent(left=grid.length(level2, toc.size), left_chars=_chars(level2)))
    heading = replace(paragraph_format(style, "title"), align="center", page_break_before=True)
    # the collection's title a few lines down the title page, as in the PDF
    drop = twips(TITLE_DROP_LINES * (style.page.line_pitch or style.line_height("title")))
    cover_title = replace(paragraph_format(style, "title"), before=drop)
    return [
        X.StyleDef("CollectionTitle", "Collection Title", "paragraph", based_on="Normal", next_id="Normal",
                   paragraph=cover_title, run=run_format(title, names), custom=True),
        X.StyleDef("TOCHeading", "TOC Heading", "paragraph", based_on="Normal", next_id="Normal",
                   paragraph=heading, run=run_format(title, names)),
        X.StyleDef("TOC2", "toc 2", "paragraph", based_on="Normal", next_id="Normal",
                   paragraph=toc2, run=replace(run_format(toc, names), spacing=grid.spacing(toc.size))),
    ]


def add_leader_tabs(styles: etree._Element, style: Style) -> None:
    """A right tab with dot leader at the text block's edge in toc 1 and toc 2."""
    pos = twips(style.page.text_width)
    for s in styles.findall(qn("w:style")):
        if s.get(qn("w:styleId")) in ("TOC1", "TOC2"):
            ppr = s.find(qn("w:pPr"))
            tabs = X.el("w:tabs", None, X.el("w:tab", {"w:val": "right", "w:leader": "dot", "w:pos": pos}))
            X.insert_ordered(ppr, tabs, X.PPR_ORDER)


def _text_of(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(qn("w:t")))


def _style_of(p: etree._Element) -> str | None:
    ps = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return ps.get(qn("w:val")) if ps is not None else None


def mark_entries(body: etree._Element) -> list[Entry]:
    """Bookmark the reports' titles and level-1 headings of the written body (top-level
    paragraphs of style Title / Heading1 / Attachment Title), give the titles outline level 0, and return
    the contents entries in order."""
    entries: list[Entry] = []
    title_id = PARAGRAPH_STYLES["title"].style_id
    h1_id = PARAGRAPH_STYLES["heading1"].style_id
    # an attachment's title (附件1 is its label, above it) is listed like a level-1 heading
    level_one = (h1_id, PARAGRAPH_STYLES["attachment_title"].style_id)
    for p in body.iterchildren(qn("w:p")):
        sid = _style_of(p)
        if sid != title_id and sid not in level_one:
            continue
        text = _text_of(p)
        if not text:
            continue
        n = len(entries) + 1
        name = f"{BOOKMARK_PREFIX}{n:06d}"
        ppr = p.find(qn("w:pPr"))
        ppr.addnext(X.el("w:bookmarkStart", {"w:id": n, "w:name": name}))
        p.append(X.el("w:bookmarkEnd", {"w:id": n}))
        if sid == title_id:
            X.insert_ordered(ppr, X.el("w:outlineLvl", {"w:val": 0}), X.PPR_ORDER)
        entries.append(Entry(text, 1 if sid == title_id else 2, name))
    return entries


def _field_run(p: etree._Element, kind: str) -> None:
    etree.SubElement(p, qn("w:r")).append(X.el("w:fldChar", {"w:fldCharType": kind}))


def _instr(p: etree._Element, text: str) -> None:
    instr = X.el("w:instrText")
    instr.text = text
    instr.set(X.XML_SPACE, "preserve")
    etree.SubElement(p, qn("w:r")).append(instr)


def front_matter(meta: Meta, entries: list[Entry], language: str, sect_pr: etree._Element) -> list[etree._Element]:
    """The title page and the contents, as w:p elements to put before the body; the
    last one closes the front matter's section (numbered i, ii …)."""
    holder = X.el("w:body")
    title_page = any((meta.title, meta.subtitle, meta.author, meta.date))
    if title_page:
        for sid, text in (("CollectionTitle", meta.title), (PARAGRAPH_STYLES["subtitle"].style_id, meta.subtitle),
                          (PARAGRAPH_STYLES["author"].style_id, meta.author),
                          (PARAGRAPH_STYLES["date"].style_id, meta.date)):
            if text:
                X.run(X.paragraph(holder, sid), X.INVALID_XML.sub("", text))
    heading = X.paragraph(holder, "TOCHeading")
    X.run(heading, contents_title(language))
    if not title_page:      # the style breaks the page after the title page; none to break from
        X.insert_ordered(heading.find(qn("w:pPr")), X.el("w:pageBreakBefore", {"w:val": 0}), X.PPR_ORDER)
    paragraphs = []
    for k, e in enumerate(entries or [Entry("", 1, "")]):
        p = X.paragraph(holder, "TOC1" if e.level == 1 else "TOC2")
        paragraphs.append(p)
        if k == 0:
            _field_run(p, "begin")
            _instr(p, TOC_INSTRUCTION)
            _field_run(p, "separate")
        if not e.bookmark:
            continue
        # the title, linked to its bookmark; no page number: only a layout knows it,
        # and LibreOffice leaves a PAGEREF inside the field's result blank (updating the
        # field — F9 in Word, Tools ▸ Update in LibreOffice — adds leaders and numbers)
        link = X.sub(p, "w:hyperlink", {"w:anchor": e.bookmark, "w:history": 1})
        X.run(link, e.text)
    _field_run(paragraphs[-1], "end")
    # the front matter's own section: i, ii … (no number on the title page)
    front_sect = copy.deepcopy(sect_pr)
    X.insert_ordered(front_sect, X.el("w:pgNumType", {"w:fmt": "lowerRoman", "w:start": 1}), X.SECTPR_ORDER)
    if title_page:
        X.insert_ordered(front_sect, X.el("w:titlePg"), X.SECTPR_ORDER)
    # in a paragraph of its own after the field: LibreOffice loses the folio's number
    # when the section break is inside the TOC field's last paragraph
    closing = X.paragraph(holder, "TOC1")
    X.insert_ordered(closing.find(qn("w:pPr")), front_sect, X.PPR_ORDER)
    return list(holder)


def start_body_section(sect_pr: etree._Element) -> None:
    """The body's section: starts on an odd page, numbered from 1."""
    X.insert_ordered(sect_pr, X.el("w:type", {"w:val": "oddPage"}), X.SECTPR_ORDER)
    X.insert_ordered(sect_pr, X.el("w:pgNumType", {"w:start": 1}), X.SECTPR_ORDER)
