"""（三）强化宣传引导。各地要…… on one line is a run-in heading (issue 12): one paragraph
in every format, its run-in part in the heading's face, the heading still in the outline."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime, timezone

import docx
import pdfplumber
import pytest
from docx.oxml.ns import qn

from conftest import outline_titles

from convert.diagnostics import Reporter
from convert.fonts import load_fonts
from convert.model import Document, Heading, Paragraph, plain_text
from convert.reader import ReadOptions, read
from convert.style import load_style
from convert.writers import WriteOptions
from convert.writers import docx as docx_writer
from convert.writers import epub as epub_writer
from convert.writers.pdf import write as write_pdf

OPTIONS = WriteOptions(timestamp=datetime(2024, 3, 1, tzinfo=timezone.utc))
TEXT = """某某市人民政府关于做好某某工作的通知
各区人民政府，市政府各部门：
为做好某某工作，现就有关事项通知如下：
一、总体要求
（一）加强组织领导。各地要成立工作专班，统筹推进各项工作任务落实，确保取得实效。
（二）强化宣传引导。各地要充分利用各类媒体，广泛宣传政策措施，营造良好社会氛围。
二、保障措施
各区要落实经费保障，确保各项工作顺利推进。
"""
RUN_INS = ["（一）加强组织领导。", "（二）强化宣传引导。"]


@pytest.fixture(scope="module")
def doc() -> Document:
    return read(TEXT.encode("utf-8"), ReadOptions(filename="notice.txt"))


def squash(text: str) -> str:
    return re.sub(r"\s", "", text)


def test_the_reader_marks_a_run_in_heading_and_keeps_it_in_the_json(doc):
    heads = [b for b in doc.blocks if isinstance(b, Heading)]
    assert [(h.label, plain_text(h.content), h.run_in) for h in heads] == [
        ("一、", "总体要求", False), ("（一）", "加强组织领导。", True), ("（二）", "强化宣传引导。", True),
        ("二、", "保障措施", False)]
    data = doc.to_dict()
    assert [b.get("run_in") for b in data["blocks"] if b["type"] == "heading"] == [None, True, True, None]
    assert Document.from_json(doc.to_json()) == doc


def test_pdf_sets_the_run_in_heading_and_its_text_on_one_line_and_bookmarks_it(doc):
    pdf = write_pdf(doc, load_style("gbt9704"), load_fonts(), OPTIONS, Reporter("test"))
    with pdfplumber.open(io.BytesIO(pdf)) as p:
        lines = [squash(line) for page in p.pages for line in (page.extract_text() or "").splitlines()]
    for head in RUN_INS:
        assert any(line.startswith(head + "各地要") for line in lines), head
    titles = outline_titles(pdf)
    assert all(head in titles for head in RUN_INS)


def test_docx_has_one_paragraph_with_the_heading_face_and_an_outline_level(doc):
    d = docx.Document(io.BytesIO(docx_writer.write(doc, load_style("gbt9704"), None, OPTIONS, Reporter("t"))))
    for head in RUN_INS:
        p = next(p for p in d.paragraphs if squash(p.text).startswith(head))
        assert squash(p.text).startswith(head + "各地要")          # one paragraph, not two
        assert p.style.name == "Normal"
        first = p.runs[0]
        assert first.text.startswith(head[:3]) and first.style is not None and first.style.name != "Default Paragraph Font"
        assert p._p.pPr.find(qn("w:outlineLvl")).get(qn("w:val")) == "1"


def test_epub_has_one_paragraph_opening_with_the_heading_face(doc):
    data = epub_writer.write(doc, load_style("gbt9704"), load_fonts(), OPTIONS, Reporter("test"))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        html = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xhtml"))
    for head in RUN_INS:
        label, words = head[:3], head[3:]
        assert re.search(rf'<p class="body article"><span class="label label-heading2">{re.escape(label)}</span>'
                         rf'<span class="label-heading2">{re.escape(words)}</span>各地要', html), head
