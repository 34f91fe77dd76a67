"""Rules of the corpus's round 22 (issue 12: half of batch 9 by name — a party paper's site,
a housing bureau, Hong Kong web media), each on the page or the small text of the shape
that showed it. Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from pathlib import Path

from convert.reader import read
from convert.reader.lines import ISSUER_MARK
from reader_pages import PROSE, kept_texts, read_page, removed_reasons

CORPUS = Path(__file__).parent / "corpus"


def test_a_speech_title_stands_over_its_speaker_and_occasion():
    # cpc.people.com.cn/002: the <title> names the speech by 胡锦涛在…大会上的报告, the line under
    # the speech's own title
    doc = read((CORPUS / "cpc.people.com.cn" / "002.txt").read_bytes())
    assert doc.meta.title == "坚定不移沿着中国特色社会主义道路前进　为全面建成小康社会而奋斗"
    assert doc.meta.subtitle == "胡锦涛在中国共产党第十八次全国代表大会上的报告"


def test_the_papers_edition_line_is_page_metadata():
    # cpc.people.com.cn/001: 《 人民日报 》（ 2019年04月20日 01 版） under the article
    doc = read_page("标题--人民网", "首页", "新闻", "标题", PROSE, PROSE, "《 人民日报 》（ 2019年04月20日 01 版）", "责编：某某")
    assert removed_reasons(doc)["《 人民日报 》（ 2019年04月20日 01 版）"] == "page metadata (the paper's edition)"


def test_a_section_of_documents_is_no_issuers_mark():
    # fcj.shenyang.gov.cn/002: 部门文件, the breadcrumb's last item right above the headline, was
    # kept as the 版头's issuer mark
    assert ISSUER_MARK.match("部门文件") is None and ISSUER_MARK.match("最新文件") is None
    assert ISSUER_MARK.match("某某市人民政府文件") and ISSUER_MARK.match("中共中央文件")   # (guard)
    doc = read((CORPUS / "fcj.shenyang.gov.cn" / "002.txt").read_bytes())
    assert "部门文件" in removed_reasons(doc)


def test_the_footer_opening_with_the_signatures_name_is_the_sites():
    # fcj.shenyang.gov.cn/001: 沈阳市房产局 / 2023年12月22日 / 沈阳市房产局 / 辽ICP备…: the second copy
    doc = read_page("公告_某市房产局", "首页", "公告", "关于开展卖旧买新活动的公告", PROSE, PROSE, "某市房产局", "2023年12月22日",
                    "某市房产局", "辽ICP备19004562号", "网站标识码：2101000045")
    assert kept_texts(doc)[-2:] == ["某市房产局", "2023年12月22日"]
    assert removed_reasons(doc)["某市房产局"].startswith("site footer")


def test_more_articles_below_and_a_gallerys_links_are_the_sites():
    # www.bastillepost.com/001: 點擊看圖輯 / 更多相片 in the article, 往下看更多文章 and the next
    # article under it
    doc = read_page("GD為大埔火災捐款100萬 - 巴士的報", "首頁", "娛樂", "GD為大埔火災捐款100萬", PROSE, PROSE, "點擊看圖輯",
                    PROSE, PROSE, "更多相片", "往下看更多文章", "另一篇文章的標題",
                    "另一篇文章的第一段，足夠長的正文，用來讓讀者認出正文所在的區域，並且包含句號。")
    reasons = removed_reasons(doc)
    assert reasons["點擊看圖輯"] == reasons["更多相片"] == "follow/listen/report button"
    assert reasons["往下看更多文章"] == "related-article list" and "另一篇文章的標題" in reasons
