"""Rules of the corpus's round 24 (issue 12: half of batch 6 by name — a provincial
education department, court judgments, the financial regulator's penalty tables), each on
the page or the small text of the shape that showed it. Each test but the guards fails on
the reader before the round."""

from __future__ import annotations

from pathlib import Path

from convert.reader import read
from reader_pages import PROSE, kept_texts, read_page, removed_lines, removed_reasons

CORPUS = Path(__file__).parent / "corpus"


def test_the_regulators_legal_notice_and_scan_prompt_are_the_sites():
    # www.nfra.gov.cn/001: 手机扫一扫打开此页 / 版权与免责声明 / 1.凡本站及其子站注明… between the
    # table and its print copy
    doc = read((CORPUS / "www.nfra.gov.cn" / "001.txt").read_bytes())
    reasons = removed_reasons(doc)
    assert "手机扫一扫打开此页" in reasons and "版权与免责声明" in reasons
    assert not any(text.startswith("1.凡本站及其子站") for text in kept_texts(doc))


def test_a_bracketed_document_number_under_the_title_is_not_the_titles():
    # www.nfra.gov.cn/001: …行政处罚信息公开表 / （浙金罚决字〔2024〕52号）, the <title> naming both
    doc = read((CORPUS / "www.nfra.gov.cn" / "001.txt").read_bytes())
    assert doc.meta.title == "国家金融监督管理总局浙江监管局行政处罚信息公开表"


def test_a_link_to_the_interpretation_under_the_notice_is_the_sites():
    # jyt.hebei.gov.cn/003: 《河北省公费师范生本研衔接培养实施办法》解读, the last line of the page
    path = CORPUS / "jyt.hebei.gov.cn" / "003.txt"
    doc = read(path.read_bytes())
    assert removed_reasons(doc)["《河北省公费师范生本研衔接培养实施办法》解读"] == "link to the policy's interpretation"


def test_an_interpretations_own_title_stays():
    # (guard) a page whose document is the interpretation: 《…》解读 is its title, not a link
    doc = read_page("《某市住房公积金提取管理办法》解读", PROSE, PROSE, PROSE)
    assert doc.meta.title == "《某市住房公积金提取管理办法》解读"


def test_a_visitor_count_key_left_empty_is_page_metadata():
    # www.chuzhou.gov.cn/002: 阅读人次： / 次 (the count a script fills in), under the headline on page 1
    doc = read((CORPUS / "www.chuzhou.gov.cn" / "002.txt").read_bytes())
    assert "阅读人次：" in removed_reasons(doc) and "阅读人次：" not in kept_texts(doc)


def test_a_table_under_its_header_row_is_the_documents_to_the_sites_first_line():
    # www.xxgk.fudan.edu.cn/001: 序号 / 类别 / 公开事项 / 链接地址, then fifty rows of names and
    # links, one cell a line: the header was taken for widgets and the rows for the footer
    path = CORPUS / "www.xxgk.fudan.edu.cn" / "001.txt"
    lines = path.read_text("utf-8").split("\n")
    removed = removed_lines(read(path.read_bytes()))
    assert lines[153 - 1] == "序号" and lines[457 - 1].strip()
    kept_rows = [n for n in range(158, 458) if lines[n - 1].strip() and n not in removed]
    assert len(kept_rows) >= 0.98 * len([n for n in range(158, 458) if lines[n - 1].strip()])
    assert 458 in removed   # the footer's address and copyright
