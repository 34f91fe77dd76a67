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
    removed = {n for r in doc.meta.removed for n in range(r.line, max(r.line, r.last_line) + 1)}
    assert lines[64 - 1] == "附件1" and lines[114 - 1] == "附件2" and lines[135 - 1].startswith("答：")
    assert [n for n in range(64, 136) if n in removed] == []
    assert lines[136 - 1] == "分享到：" and 136 in removed


def test_teasers_cut_short_after_the_article_are_not_its_text():
    # news.joyyang.com/001 (Common Crawl text): three paragraphs, then 相关阅读 and forty
    # teasers, each a headline, a summary the page cut short (…选...) and a date
    path = CORPUS / "news.joyyang.com" / "001.txt"
    lines = path.read_text("utf-8").split("\n")
    doc = read(path.read_bytes())
    removed = {n for r in doc.meta.removed for n in range(r.line, max(r.line, r.last_line) + 1)}
    cut = [n for n, text in enumerate(lines, start=1) if text.endswith("...")]
    assert len(cut) >= 10 and not [n for n in cut if n not in removed]
    assert [n for n in (25, 26, 27) if n in removed] == []   # the article's paragraphs


def test_an_authors_ellipsis_ends_a_paragraph():
    # (guard) ……, two of them, is how a writer trails off
    line = "他望着远方的山，想起了很多年前的那个冬天，想起了母亲站在门口等他回家的样子……"
    doc = read_page("散文：远方的山", PROSE, line, PROSE + "二")
    assert line in kept_texts(doc)


def test_the_related_list_under_an_article_ends_it():
    # hk.on.cc/001: two paragraphs, reactions, then 相關新聞 and 300 lines of headlines,
    # teasers cut short and times, some teasers long enough to pass for prose
    path = CORPUS / "hk.on.cc" / "001.txt"
    lines = path.read_text("utf-8").split("\n")
    doc = read(path.read_bytes())
    removed = {n for r in doc.meta.removed for n in range(r.line, max(r.line, r.last_line) + 1)}
    assert lines[61 - 1] == "相關新聞" and lines[98 - 1].endswith("...")
    assert [n for n in range(61, 700) if lines[n - 1].strip() and n not in removed] == []
    assert 44 not in removed and 53 not in removed   # the article's two paragraphs


def test_the_paper_and_its_section_before_the_headline_are_not_the_title():
    headline = "39遺體待辨認 有罹難者燒成灰 警三周內完成宏福苑搜查 今頭七公眾悼念"
    doc = read_page(f"今日信報 - 港聞 - {headline} - 信報網站 hkej.com", *MENU, PROSE, PROSE + "二")
    assert doc.meta.title == headline


def test_a_column_name_joined_by_the_headlines_own_bar_stays_in_the_title():
    # (guard) 丨 inside a headline is the headline's: 5則必讀新聞丨…
    headline = "5則必讀新聞丨大埔宏福苑四級火至少4死3傷"
    doc = read_page(f"信報即時新聞 - 時事脈搏 - {headline} - 信報網站 hkej.com", *MENU, PROSE, PROSE + "二")
    assert doc.meta.title == headline


def test_a_browser_notice_is_the_pages():
    notices = ["抱歉，我們並不支援你正使用的瀏覽器。", "為達至最佳瀏覽效果，請更新至最新的瀏覽器版本。"]
    doc = read_page("宏福苑大火 | Now 新聞", *MENU, PROSE, PROSE + "二", *notices, "Now 新聞")
    reasons = removed_reasons(doc)
    assert all(n in reasons for n in notices)


def test_a_metadata_table_with_letter_spaced_keys_is_the_pages():
    # 索 引 号： spaced with U+2002, the value on the next line; 下载pdf版 / 下载word版 buttons
    doc = read_page("常州市户籍准入和迁移管理规定_常州市人民政府", *MENU, "信息名称：", "常州市户籍准入和迁移管理规定",
                    "索\u2002引\u2002号：", "014109429/2014-00105", "文件编号：", "常政规〔2014〕4号", "生成日期：", "2014-05-16",
                    "下载pdf版", "下载word版", PROSE, PROSE + "二")
    reasons = removed_reasons(doc)
    assert {"索\u2002引\u2002号：", "014109429/2014-00105", "生成日期：", "2014-05-16", "下载pdf版", "下载word版"} <= set(reasons)
    assert kept_texts(doc)[-2:] == [PROSE, PROSE + "二"]


def test_a_news_pages_counter_and_clock_under_the_headline_are_the_pages():
    # keys read in Simplified: 新聞觀看次數 is 新闻观看次数; 香港時間 over 11月28日(五) 05:01
    headline = "16歲女生與嫲嫲叔叔同失聯　曾留言男友「燒到過嚟」"
    doc = read_page(headline + " - 東網", *MENU, headline, "新聞觀看次數：113.1k", "香港時間", "11月28日(五) 05:01",
                    PROSE, PROSE + "二")
    reasons = removed_reasons(doc)
    assert {"新聞觀看次數：113.1k", "香港時間", "11月28日(五) 05:01"} <= set(reasons)


def test_an_official_letters_header_is_its_front_matter():
    # (guard) 發文日期 / 發文字號 under 受文者: the letter's own, not the page's metadata
    doc = read_page("受文者： 如正、副本", "發文日期：中華民國101年1月12日", "發文字號：金管銀國字第10120000051號",
                    "主旨：" + PROSE, "說明：" + PROSE)
    assert "發文日期：中華民國101年1月12日" not in removed_reasons(doc)


def test_a_clock_split_over_lines_under_the_headline_is_the_pages():
    headline = "37歲消防員何偉豪殉職　女朋友及友好發貼文悼念"
    doc = read_page(headline + " - 東網", *MENU, headline, "香港時間", "11月27日(四)", "20:21更新", "10:10建立",
                    PROSE, PROSE + "二")
    assert {"香港時間", "11月27日(四)", "20:21更新", "10:10建立"} <= set(removed_reasons(doc))
