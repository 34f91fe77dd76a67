"""Rules of the corpus's round 114 (issue 12, session 17): batch 73's first and third pages
(Hexo blogs). A contents box that lists the text's sections carries the text on through a
section under its seeming end even when the box stands in the sidebar past the site's first
line (NexT: … / Thanks for your consideration! / # STL / … / 文章目录 / 站点概览 / … / 1. / 前言 / …) —
the box's entries read past its label and the sidebar panel, and counted only while each is a
section or a number; the post's tags and its neighbours' titles over the box are left out. A
sentence in the header that names a domain (cppreference.com，在对于语言和 STL 的操作有疑问…，可以去这里
查。) is no site banner — unless it gives an e-mail address. Tried and not kept: the box's
entries read as any eighty lines past it (a site footer set twice counted as an entry: a diary
theme's post kept its footer). Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from convert.reader.boilerplate import match_rule

from reader_pages import corpus_page, headings, kept_texts, reason_at


def test_the_text_goes_on_to_a_section_that_the_sidebar_box_lists():
    # endsah.cf/001: … / 顺便说一句，… / [AHOI2006]文本编辑器 / 用 / std::vector / … / Thanks for your consideration! /
    # # STL / prev / next / 文章目录 / … / 4. / Thanks for your consideration!
    doc = corpus_page("endsah.cf")
    assert "Thanks for your consideration!" in [text for _, _, text in headings(doc)]
    assert not reason_at(doc, 111) and reason_at(doc, 119) and reason_at(doc, 122)


def test_a_sentence_naming_a_domain_is_the_texts():
    # endsah.cf/001: 另附上一个网站： / cppreference.com / ，在对于语言和 $\text{STL}$ 的操作有疑问或者忘记了，可以去这里查。
    doc = corpus_page("endsah.cf")
    assert any(text.startswith("cppreference.com，在对于语言") for text in kept_texts(doc))
    rule = match_rule("cppreference.com，可以去这里查。", "header")
    assert rule is None or rule.name != "site-banner"


def test_guard_a_contact_sentence_with_an_address_is_the_sites():
    assert match_rule("如有問題，歡迎電郵至 service@example.com 查詢。", "header").name == "site-banner"
    assert match_rule("www.example.com", "header").name == "site-banner"


def test_guard_a_footer_set_twice_is_no_box_entry():
    # risehere.net/001: … / 上次修改於 / 下回 / … / Hugo Theme / Diary / … / - 目錄 - / … / Hugo Theme / Diary / …
    doc = corpus_page("risehere.net")
    assert reason_at(doc, 323) and reason_at(doc, 326)
