"""The PDF writer on what laws and official documents print around headings: the
full-width space after 第一章 (none after 一、), law articles run into their text
(第一条　为了……), the 发文字号 above the title, and list items without a second number.

The documents come from the reader fixtures, read by the real reader, as a user gets them.
"""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest
from conftest import outline_titles

from convert.diagnostics import Reporter
from convert.fonts import load_fonts
from convert.model import Document, Heading, Meta, Paragraph, Text, is_run_in_article, text
from convert.reader import ReadOptions, read
from convert.style import load_style
from convert.writers import WriteOptions
from convert.writers.pdf import write
from typography import check, drawn_blocks, extract_lines, extracted_text, seed_document

STYLE = load_style("gbt9704")
FIXTURES = Path(__file__).parent / "fixtures" / "reader"
LAWS = ("law_toc", "law_sections", "law_traditional")


def fixture(name: str) -> Document:
    path = FIXTURES / f"{name}.txt"
    return read(path.read_bytes(), ReadOptions(filename=path.name))


def render(doc: Document) -> bytes:
    return write(doc, STYLE, load_fonts(), WriteOptions(), Reporter("test"))


@pytest.fixture(scope="module")
def pdfs() -> dict[str, tuple[Document, bytes]]:
    out = {}
    for name in LAWS + ("official_document_header", "list_items"):
        doc = fixture(name)
        out[name] = (doc, render(doc))
    return out


def page_chars(data: bytes) -> list[list[dict]]:
    """Every drawn character of every page, spaces included, in reading order."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [sorted(p.chars, key=lambda c: (round(c["top"]), c["x0"])) for p in pdf.pages]


def articles(doc: Document) -> list[tuple[Heading, Paragraph]]:
    blocks = doc.blocks
    return [(b, blocks[i + 1]) for i, b in enumerate(blocks[:-1]) if is_run_in_article(b, blocks[i + 1])]


# ------------------------------------------------------------------------ labels


def test_chapter_labels_take_a_full_width_space_enumerations_none(pdfs) -> None:
    """第一章　总则 with U+3000 drawn between label and text, in the page and the outline;
    一、坚持… runs on without a space."""
    _, data = pdfs["law_toc"]
    drawn = "".join(c["text"] for page in page_chars(data) for c in page)
    assert drawn.count("第一章\u3000总则") == 2      # the 目录 line as written, and the heading
    assert "第二章\u3000保护措施" in outline_titles(data)
    seed = seed_document()
    seed_data = render(seed)
    titles = outline_titles(seed_data)
    enumerated = [t for t in titles if re.match(r"^[一二三四五六七八九十]+、", t)]
    assert enumerated and not any("\u3000" in t or t[len(t.split("、")[0]) + 1].isspace() for t in enumerated)
    seed_drawn = "".join(c["text"] for page in page_chars(seed_data) for c in page)
    assert "一、\u3000" not in seed_drawn and "一、" in seed_drawn


# ------------------------------------------------------------------------ law articles


@pytest.mark.parametrize("name", LAWS)
def test_law_articles_run_into_their_text(name, pdfs) -> None:
    """Each article is one paragraph: its first line starts two characters in with the
    label, in the article heading's face, then the text; no line is a lone 第一条."""
    doc, data = pdfs[name]
    found = articles(doc)
    assert found
    pages, _ = extract_lines(data)
    lines = [ln for page in pages for ln in page]
    cell = STYLE.page.char_pitch
    for heading, para in found:
        label = re.sub(r"\s", "", heading.label)
        first = next(ln for ln in lines if ln.text.startswith(label + re.sub(r"\s", "", para.content[0].text)[:2]))
        assert abs(first.x0 - (STYLE.page.margin_left + 2 * cell)) < 0.5, first.text
        # the label's face is the one a heading of the article's level sets that label in
        probe = render(Document(Meta(language=doc.meta.language), (Heading(heading.level, heading.label, text("测试")),)))
        probe_line = extract_lines(probe)[0][0][0]
        assert _faces(first.chars[:len(label)]) == _faces(probe_line.chars[:len(label)])
        if STYLE.role(f"heading{min(heading.level, 4)}").font != STYLE.role("body").font:
            # (a bold 仿宋 label is the body's file, drawn with a synthetic stroke)
            assert _faces(first.chars[len(label):len(label) + 1]).isdisjoint(_faces(probe_line.chars[:len(label)]))
    assert not any(re.fullmatch(r"第\s*[^条條]+[条條]", ln.text) for ln in lines)


def _faces(chars: list[dict]) -> set[str]:
    return {c["fontname"].split("+")[-1] for c in chars}


@pytest.mark.parametrize("name", LAWS)
def test_laws_pass_the_typography_checker(name, pdfs) -> None:
    doc, data = pdfs[name]
    report = check(data, STYLE, drawn_blocks(doc, STYLE))
    assert report.problems == [], report.summary()
    assert extracted_text(data, STYLE) == re.sub(r"\s+", "", "".join(t for t, *_ in drawn_blocks(doc, STYLE)))


def test_outline_lists_chapters_and_sections_not_articles(pdfs) -> None:
    doc, data = pdfs["law_sections"]
    titles = outline_titles(data)
    assert titles[0] == doc.meta.title
    assert "第一编\u3000总则" in titles and "第一节\u3000民事权利能力和民事行为能力" in titles
    assert not any(re.search(r"第\s*\S+\s*[条條]", t) for t in titles)


# ------------------------------------------------------------------------ 发文字号


def test_doc_number_is_centred_above_the_title_with_a_blank_line(pdfs) -> None:
    """GB/T 9704 7.2.4: the 发文字号 centred, in the doc_number role's face and size,
    one blank grid line above the title — when no issuer's mark is printed (with one,
    the 版头 places it: tests/test_issue.py)."""
    doc, _ = pdfs["official_document_header"]
    assert doc.meta.doc_number and doc.meta.issuer == "某某市人民政府文件"
    doc = replace(doc, meta=replace(doc.meta, issuer=""))
    data = render(doc)
    lines = extract_lines(data)[0][0]
    number, title = lines[0], lines[1]
    assert number.text == re.sub(r"\s", "", doc.meta.doc_number)
    assert title.text in re.sub(r"\s", "", doc.meta.title)
    role = STYLE.role("doc_number")
    assert abs(number.size - role.size) < 0.1
    centre = STYLE.page.margin_left + STYLE.page.text_width / 2
    assert abs((number.x0 + number.x1) / 2 - centre) < role.size / 2
    pitch = STYLE.page.line_pitch
    # the doc number's line, one blank line, then the (larger) title's line
    assert number.baseline - title.baseline >= 2 * pitch - 0.5
    report = check(data, STYLE, drawn_blocks(doc, STYLE))
    assert report.problems == [], report.summary()


# ------------------------------------------------------------------------ lists


def test_list_items_keep_their_own_number_only(pdfs) -> None:
    """The reader keeps 1. （1） in the item's text: the PDF adds no bullet or number."""
    doc, data = pdfs["list_items"]
    lines = [ln.text for page in extract_lines(data)[0] for ln in page]
    assert any(t.startswith("1.申报单位") for t in lines)
    assert any(t.startswith("（1）项目申报书") for t in lines)
    assert extracted_text(data, STYLE) == re.sub(r"\s+", "", "".join(t for t, *_ in drawn_blocks(doc, STYLE)))
