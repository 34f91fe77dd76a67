"""Rules of the corpus's round 42 (issue 12, session 10: the 1st, 3rd and 5th by name of batch
24's unseen part — 前端先锋 blog.yidengxuetang.com, PLAY HARD playhard.me, 语雀 www.yuque.com),
each on the page or the small text of the shape that showed it. Each test but the guards fails
on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, kept_texts, read_page, reason_at, removed_reasons


def test_the_text_is_under_its_headline_not_the_blogs_tagline_above_it():
    # blog.yidengxuetang.com/001: <title> / 前端先锋 / 专注于国内外大前端前沿技术，分享技术文章、…。 /
    # menu / headline / byline / a post of short lines — the tagline had been taken for the text
    doc = corpus_page("blog.yidengxuetang.com")
    assert "用8个小时视频，带你Get前端工程化实用工具包，让你的前端工作更轻松！" in kept_texts(doc)
    assert not any(text.startswith("专注于国内外大前端") for text in kept_texts(doc))


def test_prose_above_a_headline_stays_on_a_plain_document():
    # (guard) no <title> repeated below: the first paragraph is the text, whatever follows
    doc = read_page("某某通知", PROSE, "一、总体要求", PROSE)
    assert PROSE in kept_texts(doc)


def test_an_english_interface_shows_a_web_page():
    # www.yuque.com/001: Login / Register, IP region浙江, Share to:, Sign Up / Login — a Chinese
    # knowledge base's English interface; with them known the footer below the text goes
    doc = corpus_page("www.yuque.com")
    assert reason_at(doc, 3) == "login/registration widget"
    assert reason_at(doc, 166).startswith("page metadata") and reason_at(doc, 168) == "share/print/close widget"
    assert reason_at(doc, 172) and reason_at(doc, 180)   # About …, Search: the footer after the text


def test_english_words_in_a_text_stay():
    # (guard) a sentence about registering, and the word Report in a line of its own words
    doc = read_page("某某说明", PROSE, "Register your account before the deadline.", "Report 2024", PROSE)
    reasons = removed_reasons(doc)
    assert "Register your account before the deadline." not in reasons and "Report 2024" not in reasons


def test_a_blogs_see_also_list_is_the_sites():
    # blog.yidengxuetang.com/001: See Also / five headlines of the blog's other posts
    assert reason_at(corpus_page("blog.yidengxuetang.com"), 55) == "related-article list"
