"""Mixed Chinese–Latin text in the PDF (issue 13): Latin names, PM2.5, a long URL and a
path, 5.2%, iPhone 15 Pro, μg/m³, a 20-letter word, units and symbols. Measured on the
PDF with pdfplumber (tests/typography.py), not on the writer's own numbers."""

from __future__ import annotations

import pytest

from convert.diagnostics import Reporter
from convert.fonts import load_fonts
from convert.model import Document, Heading, Meta, Paragraph, Text
from convert.style import load_style
from convert.writers import WriteOptions
from convert.writers.pdf import write
from typography import LINE_START_FORBIDDEN, check, drawn_blocks, extract_lines

STYLE = load_style("gbt9704")

MIXED = """\
据生态环境部门监测，全年PM2.5平均浓度为35μg/m³，同比下降5.2%，优良天数比例达到92.3%，臭氧浓度上升1.8%，可吸入颗粒物PM10浓度为48μg/m³，二氧化氮浓度下降3.1%。
相关网址：https://www.mee.gov.cn/hjzl/sthjzk/zghjzkgb/202306/t20230605_1032441.html，详细数据可在该网站查询下载。
邀请John Smith、Mary-Jane Watson和Zhang Wei三位专家，围绕iPhone 15 Pro与华为Mate 60 Pro的国产化率进行对比分析，并讨论internationalization一词在软件本地化中的含义，以及Pneumonoultramicroscopic这个长单词的排版问题。
试点区域气温为25℃~30℃，湿度变化±5%，误差控制在0.5‰以内，面积为3×4平方公里，覆盖人口1.2万人，共212条意见、11条建议已办结。
文件存放路径为/data/archive/2023/reports/annual_summary_final_version.pdf,请各单位按时下载,并于12月31日前反馈。
"""


def mixed_document() -> Document:
    blocks = [Heading(1, "一、", (Text("关于空气质量与数字化服务的情况说明"),))]
    blocks += [Paragraph((Text(line),)) for line in MIXED.splitlines()]
    return Document(Meta(title="混排测试"), tuple(blocks) * 3)


@pytest.fixture(scope="module")
def report():
    doc = mixed_document()
    data = write(doc, STYLE, load_fonts(), WriteOptions(), Reporter("test"))
    return check(data, STYLE, drawn_blocks(doc, STYLE)), data


def test_mixed_text_passes_the_typography_checker(report) -> None:
    r, _ = report
    assert r.problems == [], r.summary()


def test_no_gap_over_a_quarter_em_of_stretch(report) -> None:
    """No white gap between glyphs of a justified non-final line is over 1.25 em (a URL
    used to spread its line: 5.3 em gaps); in fact none is over ¾ em (a word space, or
    the blank half of a half-width comma given a full cell)."""
    r, _ = report
    assert r.gaps and r.max_gap <= 1.25, [(round(g, 2), ln.text) for g, ln in r.gaps if g > 1.25]
    assert r.max_gap <= 0.75


def test_no_line_starts_with_a_forbidden_mark(report) -> None:
    r, _ = report
    forbidden = set(".,/)") | LINE_START_FORBIDDEN
    assert [ln.text[:8] for ln in r.lines if ln.text[0] in forbidden] == []


def test_symbols_take_their_own_widths(report) -> None:
    _, data = report
    pages, _ = extract_lines(data)
    chars = [c for lines in pages for ln in lines for c in ln.chars]
    for symbol in "μ×±~³":
        found = [c for c in chars if c["text"] == symbol]
        assert found, symbol
        assert all(c["x1"] - c["x0"] < 0.75 * c["size"] for c in found), symbol
    tilde = next(c for c in chars if c["text"] == "~")
    assert "Fandol" not in tilde["fontname"]          # FandolFang draws a raised tilde


def test_folio_has_half_em_spaces(report) -> None:
    _, data = report
    pages, _ = extract_lines(data)
    folio = pages[0][-1]
    assert folio.text == "—1—"
    dash, one, dash2 = folio.chars
    assert one["x0"] - dash["x1"] == pytest.approx(one["size"] / 2, abs=0.3)
    assert dash2["x0"] - one["x1"] == pytest.approx(one["size"] / 2, abs=0.3)


def test_url_line_is_not_letter_spaced(report) -> None:
    """The URL's line is filled by a break inside the URL, not by letter-spacing it: the
    break after sthjzk/ left 4.2 em of slack and spread every gap between the URL's
    letters by 0.086 em; breaking inside the next path segment leaves 0.016 em."""
    _, data = report
    pages, _ = extract_lines(data)
    url_lines = [ln for lines in pages for ln in lines if "https://" in ln.text]
    assert url_lines
    for ln in url_lines:
        pairs = [(a, b) for a, b in zip(ln.chars, ln.chars[1:])
                 if a["text"].isascii() and b["text"].isascii() and a["text"] != " " != b["text"]]
        spread = max((b["x0"] - a["x1"]) / a["size"] for a, b in pairs)
        assert spread <= 0.03, (round(spread, 3), ln.text)
