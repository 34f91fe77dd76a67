"""PDF, DOCX and EPUB (and the trial HTML writer) take the same document decisions: for any model (hypothesis), they
set the same blocks in the same order and start new pages (EPUB: new chapter files) at
the same places — the decisions are the layout plan's (convert.layout), taken once.

Every block carries a unique tag (Q7Q) in its text, so the order of the blocks can be
read back from each output: the PDF's page text (pypdfium2), the DOCX's w:t runs, the
EPUB's spine documents. The documents are short enough for one page per forced break,
so in the PDF every page after the first begins at a break.

- The tags come out in the same order from all three.
- DOCX: a paragraph starts a page when its w:pageBreakBefore (direct or from its style)
  is on and it is not the first paragraph; these are the PDF's page starts exactly.
- EPUB splits chapters at every level-1 heading, so its chapter starts include every
  PDF break before a level-1 heading (the book style also breaks before an attachment's
  own 一、, a level-2 heading that takes the look of a chapter, inside the chapter file).
"""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from convert.diagnostics import Reporter
from convert.fonts import load_fonts
from convert.layout import plan
from convert.layout.plan import AttachmentHeading, HeadingItem, ListItem, Section
from convert.model import PARAGRAPH_ROLES, Document, Heading, List, Meta, Paragraph, Strong, Text
from convert.style import load_style
from convert.writers import WriteOptions
from convert.writers.docx import write as write_docx
from convert.writers.epub import write as write_epub
from convert.writers.html import write as write_html
from convert.writers.pdf import write as write_pdf
from strategies import examples, hanzi

pdfium = pytest.importorskip("pypdfium2")

OPTIONS = WriteOptions()
TAG = re.compile(r"Q(\d+)Q")
LABELS = ["一、", "二、", "（一）", "1.", "第一章", "第二章", "附件1", "附件2", "第三条", ""]


@st.composite
def tagged_documents(draw) -> Document:
    """A short document: headings (attachments and run-in articles among them),
    paragraphs of every role, lists; each block's text opens with its own tag."""
    counter = iter(range(1, 1000))

    def content() -> tuple:
        text = f"Q{next(counter)}Q" + draw(hanzi(1, 12))
        if draw(st.booleans()) and len(text) > 4:
            return (Strong((Text(text[:4]),)), Text(text[4:]))
        return (Text(text),)

    def block(in_list: bool = False):
        kind = draw(st.sampled_from(["heading", "paragraph", "paragraph", "list"] if not in_list
                                    else ["paragraph"]))
        if kind == "heading":
            label = draw(st.sampled_from(LABELS))
            if label == "第三条":      # an article: run in when a body paragraph follows
                return Heading(draw(st.integers(1, 3)), label, ())
            return Heading(1 if label.startswith("附件") else draw(st.integers(1, 3)), label, content())
        if kind == "paragraph":
            return Paragraph(content(), draw(st.sampled_from(PARAGRAPH_ROLES)))
        items = tuple(tuple(block(True) for _ in range(draw(st.integers(1, 2)))) for _ in range(draw(st.integers(1, 2))))
        return List(draw(st.booleans()), items)

    title = f"Q{next(counter)}Q" + draw(hanzi(1, 10)) if draw(st.booleans()) else ""
    blocks = tuple(block() for _ in range(draw(st.integers(0, 8))))
    return Document(Meta(title=title), blocks)


# --------------------------------------------------------------------------- reading back


def _tags(text: str) -> list[int]:
    return [int(m) for m in TAG.findall(text)]


def pdf_pages(data: bytes) -> list[list[int]]:
    doc = pdfium.PdfDocument(data)
    try:
        return [_tags(doc[i].get_textpage().get_text_range()) for i in range(len(doc))]
    finally:
        doc.close()


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_paragraphs(data: bytes) -> list[tuple[bool, list[int]]]:
    """(starts a page, tags) per body paragraph."""
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        body = etree.fromstring(z.read("word/document.xml")).find(f"{_W}body")
        styles = etree.fromstring(z.read("word/styles.xml"))
    breaking = set()
    for s in styles.iter(f"{_W}style"):
        pb = s.find(f"{_W}pPr/{_W}pageBreakBefore")
        if pb is not None and pb.get(f"{_W}val") not in ("0", "false"):
            breaking.add(s.get(f"{_W}styleId"))
    out = []
    for p in body.iter(f"{_W}p"):
        style = p.find(f"{_W}pPr/{_W}pStyle")
        direct = p.find(f"{_W}pPr/{_W}pageBreakBefore")
        if direct is not None:
            breaks = direct.get(f"{_W}val") not in ("0", "false")
        else:
            breaks = style is not None and style.get(f"{_W}val") in breaking
        text = "".join(t.text or "" for t in p.iter(f"{_W}t"))
        out.append((breaks and bool(out), _tags(text)))
    return out


def epub_chapters(data: bytes) -> list[list[int]]:
    """Tags per spine document, in spine order, without the cover and the nav."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        opf = z.read("OEBPS/content.opf").decode()
        hrefs = dict(re.findall(r'<item id="([^"]+)" href="([^"]+)"', opf))
        spine = re.findall(r'<itemref idref="([^"]+)"', opf)
        out = []
        for ident in spine:
            if ident in ("cover", "nav"):
                continue
            xhtml = z.read("OEBPS/" + hrefs[ident]).decode()
            body = xhtml.split("<body", 1)[1]
            out.append(_tags(re.sub(r"<[^>]*>", "", body)))
    return out


def _starts(groups: list[list[int]]) -> set[int]:
    """The first tag of every group after the first that has one."""
    firsts = [g[0] for g in groups if g]
    return set(firsts[1:])


def _level_one_tags(doc: Document, style) -> set[int]:
    """Tags that open a level-1 heading (or the paragraph of a level-1 run-in article)."""
    out: set[int] = set()

    def walk(items) -> None:
        for item in items:
            if isinstance(item, (HeadingItem, AttachmentHeading)) and item.heading.level == 1:
                out.update(_tags("".join(_text(c) for c in item.heading.content)))
            elif item.kind == "article" and item.heading.level == 1:
                out.update(_tags("".join(_text(c) for c in item.paragraph.content))[:1])
            elif isinstance(item, ListItem):
                for entry in item.entries:
                    walk(entry)
            elif isinstance(item, Section):
                walk(item.items)

    walk(plan(doc, style).items)
    return out


def _text(node) -> str:
    return node.text if isinstance(node, Text) else "".join(_text(c) for c in getattr(node, "content", ()))


@pytest.fixture(scope="module")
def fonts():
    return load_fonts()


@pytest.mark.parametrize("style_name", ["gbt9704", "book"])
@settings(max_examples=examples(0.5, minimum=8), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(doc=tagged_documents())
def test_pdf_docx_epub_set_the_same_blocks_and_break_at_the_same_places(doc, style_name, fonts):
    style = load_style(style_name)
    pages = pdf_pages(write_pdf(doc, style, fonts, OPTIONS, Reporter("test")))
    paragraphs = docx_paragraphs(write_docx(doc, style, fonts, OPTIONS, Reporter("test")))
    chapters = epub_chapters(write_epub(doc, style, fonts, OPTIONS, Reporter("test")))

    in_pdf = [t for page in pages for t in page]
    in_docx = [t for _, tags in paragraphs for t in tags]
    in_epub = [t for chapter in chapters for t in chapter]
    assert in_pdf == in_docx == in_epub

    pdf_breaks = _starts(pages)
    docx_groups: list[list[int]] = [[]]
    for breaks, tags in paragraphs:
        if breaks:
            docx_groups.append([])
        docx_groups[-1].extend(tags)
    event(f"{len(pdf_breaks)} page breaks")
    if len(pages) > len([g for g in docx_groups if g]):
        # the text ran over a page (a long list of dates with their space above): Word
        # finds that break itself; every break the DOCX forces is still one of the PDF's
        event("a page overflows")
        assert _starts(docx_groups) <= pdf_breaks
    else:
        assert _starts(docx_groups) == pdf_breaks
    assert pdf_breaks & _level_one_tags(doc, style) <= _starts(chapters)

    # the trial HTML writer, written against the plan alone, agrees too
    page = write_html(doc, style, fonts, OPTIONS, Reporter("test")).decode().split("<body>", 1)[1]
    groups = [_tags(re.sub(r"<[^>]*>", "", chunk)) for chunk in re.split(r'class="[^"]*page-break', page)]
    assert [t for g in groups for t in g] == in_pdf
    assert _starts(groups) == _starts(docx_groups)
