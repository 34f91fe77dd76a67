"""Rules of the corpus's round 77 (issue 12, session 13): titles of looked-at blog and job pages
that the page's own headline names — 0hayo.github.io, ecrose.cn, www.akira-uestc.site,
zstack.io. Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from convert.reader import read
from reader_pages import corpus_page, reason_at

SITE = "site name in the page title"


def test_a_short_headline_cuts_a_latin_site_name_off_the_page_title():
    # zstack.io/001: 测试工程师_ZSTACK, and 测试工程师 over the job's text — five hanzi are too few for
    # the title splitter alone, but the page sets that part again as its headline
    doc = corpus_page("zstack.io")
    assert doc.meta.title == "测试工程师" and reason_at(doc, 1) == SITE


def test_the_banner_repeating_the_site_name_tells_a_three_hanzi_headline():
    # 0hayo.github.io/001: 致自己 - 0hayo / 0hayo / 致自己 / 致自己 / 四月 04, 2020 — the blog's banner sets its
    # name alone under the <title>; the other part is the headline, however short (not the date)
    doc = corpus_page("0hayo.github.io")
    assert doc.meta.title == "致自己"


def test_a_blog_name_with_a_star_between_is_not_the_headline():
    # ecrose.cn/001: 开篇博客 🌟 Ecrose's Blog / Ecrose's Blog / menu / 开篇博客 / 2021-03-06 18:08: the star
    # joins the two parts; the banner's Latin name is the site's, not a copy of the headline
    doc = corpus_page("ecrose.cn")
    assert doc.meta.title == "开篇博客" and reason_at(doc, 2) != "" and reason_at(doc, 8) != ""


def test_a_latin_blog_name_after_the_headline_goes():
    # www.akira-uestc.site/001: ARM汇编笔记 - Akira's Blog
    doc = corpus_page("www.akira-uestc.site")
    assert doc.meta.title == "ARM汇编笔记" and reason_at(doc, 1) == SITE


def test_guard_a_headline_found_in_the_banner_does_not_cut_the_page_title():
    # 12ain.github.io/001: 斐波那契数列 | Rain的心情杂货铺 / Rain的心情杂货铺 / …: the banner repeats the
    # site's name, which has hanzi and is long; the headline is still the <title>'s first part
    assert corpus_page("12ain.github.io").meta.title == "斐波那契数列"


def test_guard_a_short_part_that_is_a_menu_word_is_no_headline():
    # a <title> whose short part is a section the menu lists, and no banner repeating the site:
    # the page's own headline, far below, is the title
    text = "新闻中心 | 某某大学\n首页\n新闻中心\n学院概况\n关于举办2024年秋季运动会的通知\n" \
        "各学院：经研究，学校定于十月举办秋季运动会，现将有关事项通知如下。\n一、时间\n十月十日至十二日。\n"
    assert read(text.encode()).meta.title == "关于举办2024年秋季运动会的通知"
