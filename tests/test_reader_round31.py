"""Rules of the corpus's round 31 (issue 12, session 9: the 1st, 3rd, 5th … of batches 20, 21
and 22's sources by name — 2011-12 news pages of the DAnIEL corpus: 希望之聲, 甘肃新闻网,
广西新闻网, 千华网, 醫藥日報, 江西新闻网, 太平洋电脑网, 中网资讯, 天津网, 商都网, 佛光山人間衛視,
Google News, 江门网, 台灣英文新聞, winandmac), each on the page or the small text of the shape that
showed it. Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, headings, kept_texts, read_page, reason_at, removed_reasons


def test_the_labels_between_the_pages_title_and_its_copy_are_the_sites_header():
    # big5.soundofhope.org/001: <title> / 天下縱橫 / 新聞頻道 / the headline again / widgets / the text
    doc = corpus_page("big5.soundofhope.org")
    assert reason_at(doc, 2) == reason_at(doc, 3) == "site header (between the page's title and its copy over the text)"
    assert doc.meta.title == "上網成癮如吸毒 損害腦袋"


def test_a_short_line_between_the_title_and_its_copy_that_is_a_date_stays():
    # (guard) a date or a 发文字号 between them is the document's
    doc = read_page("某某市关于加强安全生产工作的通知", "某政发〔2024〕3号", "某某市关于加强安全生产工作的通知", PROSE, PROSE)
    assert "某政发〔2024〕3号" not in removed_reasons(doc)


def test_who_reported_the_story_closes_it():
    # big5.soundofhope.org/001: the last paragraph / 希望之聲國際廣播電台張翠報導 / the site's lists
    doc = corpus_page("big5.soundofhope.org")
    kept = kept_texts(doc)
    assert kept[-1] == "希望之聲國際廣播電台張翠報導"
    assert "【天下縱橫】雲南楚雄數名高官落馬" in removed_reasons(doc)


def test_two_menu_items_written_as_one_link_are_no_half_of_the_title():
    # www.winandmac.com/001: …有趣網站 / 爛GAG / 聯絡/關於 / the headline — 關於 ends the menu's link
    assert corpus_page("www.winandmac.com").meta.title == "型爆！法國新蘋果商店將會近乎全透明"


def test_a_title_broken_after_guanyu_is_still_joined():
    # (guard) 关于 / 进一步加强安全生产工作的通知: a title's first half
    doc = read_page("关于", "进一步加强安全生产工作的通知", PROSE, PROSE)
    assert doc.meta.title == "关于进一步加强安全生产工作的通知"


def test_a_news_pages_source_tags_and_text_size_are_its_metadata():
    # gansu.gansudaily.com.cn/001: 稿源： / 《半月谈内部版》 2012-01-16 18:22; www.bltv.tv/001: 字級設定：;
    # www.tianjinwe.com/001: 来源：燕赵晚报  关键字： / 住宅租赁;自有物业;制度缺陷;最牛工资;年薪
    assert removed_reasons(corpus_page("gansu.gansudaily.com.cn"))["稿源："].startswith("page metadata")
    assert removed_reasons(corpus_page("www.bltv.tv"))["字級設定："].startswith("page metadata")
    assert reason_at(corpus_page("www.tianjinwe.com"), 31).startswith("page metadata")


def test_a_news_sites_call_for_tips_is_the_sites():
    # jiangxi.jxnews.com.cn/001: 【字体：大 中 小】 / 在线投稿 / 新闻热线：0791-86849275 / the text
    reasons = removed_reasons(corpus_page("jiangxi.jxnews.com.cn"))
    assert reasons["在线投稿"] == reasons["新闻热线：0791-86849275"] == "the site's call for news tips"


def test_a_date_between_two_lines_of_the_pages_metadata_is_its_publication_date():
    # news.pconline.com.cn/001: 出处：pconline / 2012年01月17日 / 作者：PConline / 责任编辑：caoweiye
    doc = corpus_page("news.pconline.com.cn")
    assert removed_reasons(doc)["2012年01月17日"] == "page metadata (publication date)"
    assert doc.meta.date == "2012年01月17日"


def test_a_date_under_a_title_stays_the_documents():
    # (guard) a plain document's date under its title, no page metadata around it
    doc = read_page("某某市人民政府关于加强安全生产工作的通知", "2024年1月15日", PROSE, PROSE)
    assert "2024年1月15日" not in removed_reasons(doc)


def test_a_writers_credit_is_no_subhead():
    # www.jmnews.com.cn/001: …2009年完成建站任务。 / 本版文/记者李莎莎黎史翔… / 雪龙号科考路线 / prose
    doc = corpus_page("www.jmnews.com.cn")
    assert not any("李莎莎" in text for _, _, text in headings(doc))
