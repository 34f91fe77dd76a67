"""Rules of the corpus's round 29 (issue 12, session 8: the 1st, 3rd, 5th … of batch 16's
sources by name — 网易 channels, Baidu's press releases and legal pages, 新浪台灣, a blog
highlighted token by token, the 中国-印尼经贸合作网, 優活健康網), each on the page or the small
text of the shape that showed it. Each test but the guards fails on the reader before the
round."""

from __future__ import annotations

from convert.reader.clean import _headline, to_lines
from convert.reader.region import main_region
from reader_pages import PROSE, corpus_page, kept_texts, read_page, removed_reasons


def test_a_titles_latin_part_is_the_sites_name_not_the_headline():
    # soulhacker.me/001: <title> 为什么你要学习类型系统 - Paradigm X, then the banner Paradigm X —
    # the headline is the line that repeats the hanzi part, further down
    lines = to_lines(("为什么你要学习类型系统 - Paradigm X", "Paradigm X", "全部文章", "为什么你要学习类型系统",
                      PROSE, PROSE))
    assert _headline(lines) == 3


def test_a_listing_highlighted_token_by_token_is_no_wall():
    # soulhacker.me/001: a / + / b …: each token of a listing a line; its lone operators count
    # as code, so the listing is neither prose nor chrome
    tokens = ["x", "=", "a", "+", "b", "*", "c", "y", "=", "x", "/", "2", "z", "<", "y"]
    region = main_region([PROSE] + tokens + [PROSE])
    assert set(region.classes[1:-1]) == {"near"}


def test_a_pointer_before_the_headline_is_not_its():
    # www.uho.com.tw/001: 〉母嬰親善醫療院所認證　診所表現佳 (the breadcrumb's last item), then
    # 》母嬰親善醫療院所認證　診所表現佳, the headline the page points at with 》
    doc = corpus_page("www.uho.com.tw")
    assert doc.meta.title == "母嬰親善醫療院所認證　診所表現佳"
    assert removed_reasons(doc)["》"] == "pointer before the headline"


def test_the_title_is_below_the_breadcrumb():
    # www.cic.mofcom.gov.cn/001: a menu's 在印尼创业辅助计划 (a 计划, a document's word), then
    # 当前位置：首页 > 经贸资讯 > 双边经贸, then the headline over its timestamp and text
    doc = corpus_page("www.cic.mofcom.gov.cn")
    assert doc.meta.title == "镇宁木艺彩娃畅销东南亚"


def test_a_legal_page_is_titled_by_the_notice_its_title_names():
    # www.baidu.com/001: <title> 免责声明, a menu, then 免责声明 right above the notice's text —
    # the site's legal notice elsewhere, the document itself here
    doc = corpus_page("www.baidu.com")
    assert doc.meta.title == "免责声明"
    assert any(text.startswith("百度提醒您：") for text in kept_texts(doc))


def test_a_legal_notice_under_an_article_is_still_the_sites():
    # (guard) 免责声明 after an article whose <title> is another: the site's
    doc = read_page("某某新闻_某某网", "首页", "新闻", "某某新闻", PROSE, PROSE, "免责声明", "本站文章仅代表作者观点。")
    assert "免责声明" in removed_reasons(doc)


def test_a_gallerys_template_printed_as_text_is_markup_and_the_text_goes_on_under_it():
    # ent.163.com/001: <li> / <a href="#p=…" hidefocus="true"><img …></a> / <h2>崔永元发文悼念</h2> /
    # <p></p> … two hundred lines of a gallery's template, then the article's last paragraphs
    doc = corpus_page("ent.163.com")
    kept = kept_texts(doc)
    assert "<li>" not in kept and "</li>" not in kept and "<p></p>" not in kept
    assert any(text.startswith("2014年9月2日，臧天朔因表现良好获得减刑") for text in kept)


def test_an_html_example_with_words_in_it_stays():
    # (guard) <li>Coffee</li>: a tag with words between, as a tutorial's listing shows it
    from convert.reader.boilerplate import match_rule
    assert match_rule("<li>Coffee</li>", "body") is None
