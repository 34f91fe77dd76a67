"""GB/T 9704-2012 版头 (7.2) and 版记 (7.4): read from the text, placed by the style,
measured with pdfplumber in the PDF and in LibreOffice's PDF of the DOCX.

tests/fixtures/issue/tongzhi.txt is a 通知 written for this feature: 密级★期限 and
紧急程度 above the issuer's mark and the 发文字号, and a 版记 (抄送, 印发) as its last lines.
"""

from __future__ import annotations

import re
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import pdfplumber
import pytest

from convert.diagnostics import Reporter
from convert.fonts import load_fonts
from convert.layout import plan
from convert.model import Document, Meta, meta_with, plain_text
from convert.reader import ReadOptions, read
from convert.style import load_style
from convert.writers import WriteOptions
from convert.writers import docx as docx_writer
from convert.writers import pdf as pdf_writer

from conftest import require_tool

FIXTURE = Path(__file__).parent / "fixtures" / "issue" / "tongzhi.txt"
OPTIONS = WriteOptions(timestamp=datetime(2024, 2, 20, tzinfo=timezone.utc))
MM = 72 / 25.4
STYLE = load_style("gbt9704")
TEXT_TOP = 37.0            # mm, the text block's top (GB/T 9704 7.1)
TEXT_BOTTOM = 37.0 + 225.0


def tongzhi() -> Document:
    return read(FIXTURE.read_bytes(), ReadOptions(filename=FIXTURE.name))


def em_top_mm(page, text: str) -> float:
    """The top edge of the ideographic em box of ``text``'s first character, mm from the page top."""
    chars = page.chars
    k = "".join(c["text"] for c in chars).find(text)
    assert k >= 0, text
    c = chars[k]
    return (page.height - c["matrix"][5] - 0.88 * c["size"]) / MM


# --------------------------------------------------------------------------- reading


def test_the_last_lines_of_a_notice_are_its_banji_not_its_body():
    doc = tongzhi()
    m = doc.meta
    assert (m.copy_to, m.printer, m.print_date) == ("市委各部门，市人大常委会办公厅，市政协办公厅。",
                                                   "某某市人民政府办公室", "2024年2月20日")
    assert (m.issuer, m.doc_number) == ("某某市人民政府文件", "某府发〔2024〕3号")
    assert (m.secrecy, m.secrecy_term, m.urgency) == ("机密", "1年", "特急")
    body = plain_text(doc)
    assert "抄送" not in body and "印发" not in body and "某某市人民政府文件" not in body and "特急" not in body
    assert doc.blocks[-1].role == "note"          # （此件公开发布） stays the text's last line


def test_an_issue_field_survives_json_and_version_1_files_stay_readable():
    doc = tongzhi()
    assert Document.from_json(doc.to_json()) == doc
    old = '{"format": "convert-document", "version": 1, "meta": {"title": "t"}, "blocks": []}'
    assert Document.from_json(old).meta.issuer == ""
    assert '"issuer"' not in Document(Meta(title="t")).to_json()   # written only when set


def test_the_mark_is_never_guessed_from_the_doc_number():
    meta = Meta(title="关于某事的通知", doc_number="某府发〔2024〕3号")
    laid = plan(Document(meta), STYLE)
    assert laid.front.masthead is None                 # no issuer: no 版头, the number above the title
    laid = plan(Document(meta_with(meta, {"issuer": "某某市人民政府文件"})), STYLE)
    assert laid.front.masthead.issuer == "某某市人民政府文件"
    assert laid.front.masthead.doc_number == "某府发〔2024〕3号"


def test_report_and_book_ignore_the_masthead_and_the_banji():
    for name in ("report", "book"):
        laid = plan(tongzhi(), load_style(name))
        assert laid.front.masthead is None and laid.imprint is None


def test_a_taiwan_style_puts_its_labelled_marks_top_right_without_a_red_mark(tmp_path):
    toml = tmp_path / "tw.toml"
    toml.write_text('extends = "gbt9704"\n[masthead]\nissuer = false\nrule = false\nmarks_align = "right"\n'
                    'marks = ["doc_number", "urgency", "secrecy"]\n'
                    '[masthead.labels]\ndoc_number = "發文字號："\nurgency = "速別："\nsecrecy = "密等："\n',
                    encoding="utf-8")
    style = load_style(str(toml))
    laid = plan(tongzhi(), style)
    m = laid.front.masthead
    assert m.issuer == "" and not m.rule and m.doc_number == ""
    assert m.marks == (("doc_number", "發文字號：某府发〔2024〕3号"), ("urgency", "速別：特急"),
                       ("secrecy", "密等：机密★1年"))
    data = pdf_writer.write(tongzhi(), style, load_fonts(), OPTIONS, Reporter())
    path = tmp_path / "tw.pdf"
    path.write_bytes(data)
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        line = [c for c in page.chars if c["top"] < (TEXT_TOP + 10) * MM]
        assert max(c["x1"] for c in line) == pytest.approx((28 + 156) * MM, abs=1.0)   # flush right
        assert not page.lines and b" rg" not in data.split(b"stream")[0]


# --------------------------------------------------------------------------- the PDF


@pytest.fixture(scope="module")
def pdf_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("issue") / "tongzhi.pdf"
    path.write_bytes(pdf_writer.write(tongzhi(), STYLE, load_fonts(), OPTIONS, Reporter()))
    return path


def test_pdf_masthead_positions_are_the_standards(pdf_path):
    with pdfplumber.open(pdf_path) as pdf:
        page = pdf.pages[0]
        mark = em_top_mm(page, "某某市人民政府文件")
        assert mark == pytest.approx(TEXT_TOP + 35.0, abs=0.1)          # 7.2.4: 35 mm under the 版心's top
        number = em_top_mm(page, "某府发")
        pitch = 225 / 22
        # 7.2.5: 下空二行 — two grid lines between the mark (42 pt) and the 发文字号's line
        assert number == pytest.approx(mark + 42 / MM + 2 * pitch + (pitch - 16 / MM) / 2, abs=0.1)
        (rule,) = page.lines
        assert rule["stroking_color"] == (1.0, 0.0, 0.0)
        assert rule["top"] / MM == pytest.approx(number + 16 / MM + 4.0, abs=0.1)   # 7.2.6: 4 mm under it
        assert (rule["x0"] / MM, rule["x1"] / MM) == (pytest.approx(28.0, abs=0.1), pytest.approx(184.0, abs=0.1))
        # 份号, 密级 and 紧急程度 flush left on the first lines, in the standard's order
        assert em_top_mm(page, "机密★1年") < em_top_mm(page, "特急") < mark
        assert min(c["x0"] for c in page.chars if c["text"] == "机") / MM == pytest.approx(28.0, abs=0.1)
        mark_chars = [c for c in page.chars if c["size"] > 40]
        assert all(c["non_stroking_color"] == (1.0, 0.0, 0.0) for c in mark_chars)


def test_pdf_red_is_a_device_rgb_operator(pdf_path):
    import pikepdf

    with pikepdf.open(pdf_path) as pdf:
        ops = pikepdf.unparse_content_stream(pikepdf.parse_content_stream(pdf.pages[0]))
    assert b"1 0 0 rg" in ops and b"1 0 0 RG" in ops


def test_pdf_banji_sits_at_the_foot_of_the_last_even_page(pdf_path):
    with pdfplumber.open(pdf_path) as pdf:
        assert len(pdf.pages) % 2 == 0
        last = pdf.pages[-1]
        rules = sorted(last.lines, key=lambda l: l["top"])
        assert len(rules) == 3
        first, middle, end = rules
        assert end["top"] / MM == pytest.approx(TEXT_BOTTOM, abs=0.1)   # on the 版心's bottom edge
        assert first["linewidth"] / MM == pytest.approx(0.35, abs=0.01)
        assert end["linewidth"] / MM == pytest.approx(0.35, abs=0.01)
        assert middle["linewidth"] / MM == pytest.approx(0.25, abs=0.01)
        assert all(abs(r["x1"] - r["x0"] - 156 * MM) < 0.5 for r in rules)
        text = last.extract_text()
        assert "抄送：市委各部门" in text and "2024年2月20日印发" in text


def test_pdf_banji_after_an_odd_page_moves_to_the_next_even_page(tmp_path):
    doc = Document(Meta(title="关于某事的通知", issuer="某某市人民政府文件", doc_number="某府发〔2024〕3号",
                        copy_to="县委办公室。", printer="某某市人民政府办公室", print_date="2024年2月20日"),
                   read("各单位：\n请做好相关工作。\n".encode(), ReadOptions()).blocks)
    path = tmp_path / "short.pdf"
    path.write_bytes(pdf_writer.write(doc, STYLE, load_fonts(), OPTIONS, Reporter()))
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == 2
        assert "抄送" not in pdf.pages[0].extract_text() and "抄送" in pdf.pages[1].extract_text()


def test_pdfa_keeps_the_red(tmp_path):
    import dataclasses
    import pikepdf

    data = pdf_writer.write(tongzhi(), STYLE, load_fonts(), dataclasses.replace(OPTIONS, pdfa=True), Reporter())
    path = tmp_path / "a.pdf"
    path.write_bytes(data)
    with pikepdf.open(path) as pdf:
        ops = pikepdf.unparse_content_stream(pikepdf.parse_content_stream(pdf.pages[0]))
        assert b"1 0 0 rg" in ops
        assert pdf.Root.OutputIntents[0].OutputConditionIdentifier == "sRGB IEC61966-2.1"


# --------------------------------------------------------------------------- the DOCX


def test_docx_masthead_and_banji_are_built_from_styles(tmp_path):
    import docx

    path = tmp_path / "t.docx"
    path.write_bytes(docx_writer.write(tongzhi(), STYLE, None, OPTIONS, Reporter()))  # type: ignore[arg-type]
    d = docx.Document(str(path))
    cells = [p for t in d.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    by_style = {p.style.name: p.text for p in d.paragraphs + cells if p.text}
    assert by_style["Issuer Mark"] == "某某市人民政府文件"
    assert by_style["Masthead Number"] == "某府发〔2024〕3号"
    assert by_style["Copy To"] == "抄送：市委各部门，市人大常委会办公厅，市政协办公厅。"
    assert by_style["Printed By"] == "某某市人民政府办公室\t2024年2月20日印发"
    styles = d.styles.element.xml
    assert re.search(r'w:styleId="IssuerMark".*?<w:color w:val="FF0000"/>', styles, re.S)
    assert re.search(r'w:styleId="MastheadNumber".*?<w:bottom w:val="single"[^>]*w:color="FF0000"', styles, re.S)
    assert 'w:type w:val="evenPage"' in d.element.body.xml
    # the 版记: a floating table whose rules are its cells' borders, the text block's width
    (table,) = d.tables
    xml = table._tbl.xml
    assert re.search(r'<w:tblpPr [^>]*w:vertAnchor="margin"', xml) and '<w:tblW w:w="8844"' in xml
    assert [int(v) for v in re.findall(r'<w:(?:top|bottom) w:val="single" w:sz="(\d+)"', xml)] == [8, 6, 6, 8]


@pytest.mark.slow
@pytest.mark.validator
def test_libreoffice_pdf_of_the_docx_matches_the_direct_pdf(tmp_path, pdf_path):
    soffice = require_tool("soffice")
    path = tmp_path / "tongzhi.docx"
    # embedded fonts: LibreOffice draws with the faces the PDF uses
    path.write_bytes(docx_writer.write(tongzhi(), STYLE, load_fonts(), OPTIONS.__class__(
        embed_fonts=True, timestamp=OPTIONS.timestamp), Reporter()))
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to",
                    "pdf", "--outdir", str(tmp_path / "lo"), str(path)], check=True, capture_output=True, timeout=600)
    with pdfplumber.open(pdf_path) as direct, pdfplumber.open(tmp_path / "lo" / "tongzhi.pdf") as lo:
        a, b = direct.pages[0], lo.pages[0]
        assert em_top_mm(b, "某某市人民政府文件") == pytest.approx(em_top_mm(a, "某某市人民政府文件"), abs=1.0)
        rule_a, rule_b = a.lines[0], b.lines[0]
        assert rule_b["top"] / MM == pytest.approx(rule_a["top"] / MM, abs=1.0)
        assert rule_b["x0"] / MM == pytest.approx(rule_a["x0"] / MM, abs=1.0)
        assert rule_b["x1"] / MM == pytest.approx(rule_a["x1"] / MM, abs=1.0)
        assert rule_b["stroking_color"] == (1.0, 0.0, 0.0)
        assert em_top_mm(b, "某某市人民政府关于") == pytest.approx(em_top_mm(a, "某某市人民政府关于"), abs=1.0)
        # the 版记 at the foot of the last page in both (the DOCX's is always a page of its
        # own: LibreOffice leaves the blank page before it out of its PDF): three rules, the
        # text block's width, the last on its bottom edge
        assert "抄送" in lo.pages[-1].extract_text() and "抄送" in direct.pages[-1].extract_text()
        ends = []
        for page in (direct.pages[-1], lo.pages[-1]):
            rules = sorted({(round(l["top"], 1), round(l["x0"], 1), round(l["x1"], 1)) for l in page.lines})
            assert len(rules) == 3
            ends.append(rules)
        for (top_a, x0_a, x1_a), (top_b, x0_b, x1_b) in zip(*ends):
            assert top_b / MM == pytest.approx(top_a / MM, abs=1.0)
            assert (x0_b / MM, x1_b / MM) == (pytest.approx(x0_a / MM, abs=1.0), pytest.approx(x1_a / MM, abs=1.0))
        assert ends[1][-1][0] / MM == pytest.approx(TEXT_BOTTOM, abs=1.0)
