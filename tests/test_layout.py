"""The layout plan (convert.layout): each GB/T 9704 decision, taken once for all writers."""

from __future__ import annotations

import pytest

from convert.diagnostics import Reporter
from convert.fonts import load_fonts
from convert.layout import ITEM_KINDS, plan
from convert.layout.plan import (Article, AttachmentHeading, AttachmentNote, ClosingDate, HeadingItem, ListItem,
                                 Para, Section, Signature)
from convert.model import Document, Heading, List, Meta, Paragraph, Part, Text
from convert.style import load_style
from convert.writers import WriteOptions

GBT = load_style("gbt9704")
BOOK = load_style("book")


def P(text: str, role: str = "body") -> Paragraph:
    return Paragraph((Text(text),), role)


def H(level: int, label: str, text: str = "") -> Heading:
    return Heading(level, label, (Text(text),) if text else ())


def test_every_writer_has_a_render_function_for_every_item_kind():
    from convert.writers.docx.body import RENDER as DOCX
    from convert.writers.epub.render import RENDER as EPUB
    from convert.writers.pdf.document import RENDER as PDF

    assert set(PDF) == set(DOCX) == set(ITEM_KINDS)
    assert set(EPUB) == set(ITEM_KINDS) - {"front"}     # EPUB sets fronts on the title page and part titles


def test_run_in_article_pairs_the_label_with_its_text():
    items = plan(Document(Meta(), (H(1, "第一条"), P("为了规范……"), H(1, "第二条"), P("x", "note"))), GBT).items
    assert isinstance(items[0], Article) and items[0].paragraph == P("为了规范……")
    assert isinstance(items[1], HeadingItem)       # not a body paragraph after it: a heading


def test_signature_pairs_with_its_date_which_closes_the_text():
    doc = Document(Meta(title="T"), (P("2023年1月1日", "date"), P("正文"), P("某某局", "signature"),
                                     P("2023年5月20日", "date")))
    items = plan(doc, GBT).items
    assert isinstance(items[0], Para) and items[0].front           # a date before the text: front matter
    assert isinstance(items[2], Signature) and items[2].date == P("2023年5月20日", "date")
    assert isinstance(items[3], ClosingDate) and items[3].after_signature


def test_attachment_scope_and_look_levels():
    doc = Document(Meta(), (H(1, "一、", "正文"), H(1, "附件1", "办法"), H(2, "一、", "总则"), H(3, "（一）", "细则"),
                            H(1, "二、", "又一正文"), H(2, "（一）", "正文的二级")))
    items = plan(doc, GBT).items
    assert isinstance(items[1], AttachmentHeading)
    assert [(i.look, i.in_attachment) for i in items if isinstance(i, HeadingItem)] == [
        (1, False), (1, True), (2, True), (1, False), (2, False)]


def test_attachment_notes_continue_the_list_opened_by_its_lead():
    doc = Document(Meta(), (P("附件：1.甲", "attachment"), P("2.乙", "attachment"), P("正文"), P("3.丙", "attachment")))
    notes = [i for i in plan(doc, GBT).items if isinstance(i, AttachmentNote)]
    assert notes[0].lead and notes[0].opener is None
    assert notes[1].opener == notes[0].paragraph and notes[1].list_lead == notes[0].lead
    assert notes[2].opener is None                   # the list ended at the body paragraph


def test_a_page_break_before_an_attachment_is_kept_after_a_heading_kept_with_its_next():
    """The PDF dropped the break before 附件2 when an empty heading (kept with its next)
    came before it; the plan keeps it whatever precedes."""
    doc = Document(Meta(title="通知"), (P("正文"), H(1, "附件1", "甲"), P("正文"),
                                       H(2, "一、", "空的一节"), H(1, "附件2", "乙"), P("正文")))
    attachments = [i for i in plan(doc, GBT).items if isinstance(i, AttachmentHeading)]
    assert [a.page_break for a in attachments] == [True, True]


def test_book_chapter_after_an_empty_chapter_starts_a_page_but_not_right_under_the_title():
    doc = Document(Meta(title="书"), (H(1, "第一章", "空"), H(1, "第二章", "有文"), P("正文")))
    chapters = [i for i in plan(doc, BOOK).items if isinstance(i, HeadingItem)]
    assert [c.page_break for c in chapters] == [False, True]


def test_an_attachments_first_chapter_stays_under_its_title():
    doc = Document(Meta(title="通知"), (P("正文"), H(1, "附件1", "办法"), H(2, "第一章", "总则"), P("x"),
                                       H(2, "第二章", "附则")))
    items = [i for i in plan(doc, BOOK).items if isinstance(i, (HeadingItem, AttachmentHeading))]
    assert [i.page_break for i in items] == [True, False, True]


def test_parts_start_pages_and_have_their_own_front_and_text_state():
    doc = Document(Meta(title="汇编"), (Part(Meta(title="甲"), (P("正文"), P("2023年1月1日", "date"))),
                                        Part(Meta(title="乙"), (P("2023年1月2日", "date"), P("正文")))))
    laid = plan(doc, GBT)
    assert laid.collection and laid.front is None
    first, second = laid.items
    assert isinstance(first, Section) and not first.page_break and second.page_break
    assert isinstance(first.items[1], ClosingDate)
    assert isinstance(second.items[0], Para) and second.items[0].front


def test_list_items_are_planned_with_the_list():
    doc = Document(Meta(), (List(True, ((P("甲"),), (P("乙"),))),))
    (lst,) = plan(doc, GBT).items
    assert isinstance(lst, ListItem) and [e[0].role for e in lst.entries] == ["list", "list"]


@pytest.mark.parametrize("style_name, doc", [
    ("gbt9704", Document(Meta(title="通知"), (P("正文"), H(1, "附件1", "甲"), P("正文"),
                                             H(2, "一、", "空的一节"), H(1, "附件2", "乙"), P("正文")))),
    ("book", Document(Meta(title="书"), (H(1, "第一章", "空"), H(1, "第二章", "有文"), P("正文")))),
])
def test_pdf_sets_the_plans_page_breaks(style_name, doc):
    pdfium = pytest.importorskip("pypdfium2")
    from convert.writers.pdf import write

    data = write(doc, load_style(style_name), load_fonts(), WriteOptions(), Reporter("test"))
    pdf = pdfium.PdfDocument(data)
    first_lines = [pdf[i].get_textpage().get_text_range().strip().splitlines()[0] for i in range(len(pdf))]
    pdf.close()
    if style_name == "gbt9704":
        assert first_lines == ["通知", "附件1", "附件2"]
    else:
        assert first_lines == ["书", "第二章　有文"]
