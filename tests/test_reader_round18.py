"""Rules of the corpus's round 18 (issue 12: the looked-at half of batch 8 — Hong Kong and
Taiwan news sites, mainland housing-fund pages, Common Crawl text), each on a small text
of the shape that showed it. Each test but the guards fails on the reader before the
round."""

from __future__ import annotations

from pathlib import Path

from convert.reader import read
from reader_pages import PROSE, kept_texts, read_page, removed_reasons

CORPUS = Path(__file__).parent / "corpus"

MENU = ("首頁", "新聞", "國際", "財經", "娛樂", "體育", "生活", "健康")


def test_a_box_drawing_bar_joins_the_headline_to_the_site_name():
    # 標題│TVBS新聞網: │ (U+2502) stands for | in the page title
    headline = "54具遺體尚待辨認！　家屬翻相片難認屍　淚訴如無盡頭等待"
    doc = read_page(headline + "│TVBS新聞網", *MENU, PROSE, PROSE + "二")
    assert doc.meta.title == headline


def test_a_reporters_key_and_names_each_on_a_line_are_the_byline():
    headline = "17年首次五級火警　香港大埔宏福苑釀至少13死"
    doc = read_page(headline + "│TVBS新聞網", *MENU, headline, "記者", "藍婷瀅", "/ 攝影", "林亞男", "/ 責任編輯", "新聞中心",
                    "發佈時間：2025/11/26 21:06", PROSE, PROSE + "二")
    assert "記者 藍婷瀅" not in removed_reasons(doc)
    assert doc.meta.author == "記者 藍婷瀅"
    assert "林亞男" in removed_reasons(doc)   # (the rest of the credits: the page's)


def test_the_attachments_a_notice_announced_are_the_notices():
    # gjj.guiyang.gov.cn/002: 附件：1.…服务窗口地址 / 2.…政策解读, the signature and date, then
    # 附件1 and its table (序号 1 … 15, one cell a line), 附件2 and its questions and answers
    path = CORPUS / "gjj.guiyang.gov.cn" / "002.txt"
    lines = path.read_text("utf-8").split("\n")
    doc = read(path.read_bytes())
    removed = {r.line for r in doc.meta.removed}
    assert lines[64 - 1] == "附件1" and lines[114 - 1] == "附件2" and lines[135 - 1].startswith("答：")
    assert [n for n in range(64, 136) if n in removed] == []
    assert lines[136 - 1] == "分享到：" and 136 in removed


def test_teasers_cut_short_after_the_article_are_not_its_text():
    # news.joyyang.com/001 (Common Crawl text): three paragraphs, then 相关阅读 and forty
    # teasers, each a headline, a summary the page cut short (…选...) and a date
    path = CORPUS / "news.joyyang.com" / "001.txt"
    lines = path.read_text("utf-8").split("\n")
    doc = read(path.read_bytes())
    removed = {r.line for r in doc.meta.removed}
    cut = [n for n, text in enumerate(lines, start=1) if text.endswith("...")]
    assert len(cut) >= 10 and not [n for n in cut if n not in removed]
    assert [n for n in (25, 26, 27) if n in removed] == []   # the article's paragraphs


def test_an_authors_ellipsis_ends_a_paragraph():
    # (guard) ……, two of them, is how a writer trails off
    line = "他望着远方的山，想起了很多年前的那个冬天，想起了母亲站在门口等他回家的样子……"
    doc = read_page("散文：远方的山", PROSE, line, PROSE + "二")
    assert line in kept_texts(doc)
