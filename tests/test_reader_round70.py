"""Rules of the corpus's round 70 (issue 12, session 12: the 1st, 3rd, 5th, 7th and 9th by name
of batch 38, a third sample of Chinese blogs on GitHub Pages — 20jxzhang.github.io,
austindeng.github.io, chinalhr.github.io, www.akira-uestc.site, www.qinyening.com — and the
looked-at pages that lost most of their text: soulhacker.me, xelz.info). Each test fails on the
reader before the round, except those named test_guard_…"""

from __future__ import annotations

from convert.reader.boilerplate import match_rule
from reader_pages import corpus_page, headings, reason_at, region_spans_listing, removed_lines


def test_a_listing_highlighted_token_by_token_is_no_wall_of_short_lines():
    # soulhacker.me/001: add / :: / Int / -> / Int / -> / Int / add / a / b / = / a / + / b …, a
    # Haskell listing: no keyword of Python's, but brackets and operators on lines of their own
    assert region_spans_listing("在 Haskell 中，类型签名是这样写的，我们先看一个最简单的例子吧，它只有两行：",
                                "add :: Int -> Int -> Int add a b = a + b add 1 2",
                                "在 Haskell 中，任何函数都有一个类型签名，编译器会检查每一次调用是否与之相符，这就是静态类型。")


def test_the_text_goes_on_past_a_haskell_listing():
    # soulhacker.me/001: the sentence under the listing (121) is the article's
    doc = corpus_page("soulhacker.me")
    assert reason_at(doc, 121) == ""


def test_a_link_set_inside_a_sentence_does_not_end_the_text():
    # soulhacker.me/001: 在 / 上一篇文章 / 中，我们指出了…: the link to the previous article is a
    # sentence's words, not the page's prev/next box — the text goes on under it
    doc = corpus_page("soulhacker.me")
    assert reason_at(doc, 24) == "" and reason_at(doc, 26) == ""


def test_guard_an_assembly_listing_with_comments_in_chinese_is_the_articles():
    # www.akira-uestc.site/001: MRS / R0, / CPSR / @读出 / CPSR的值 / BIC …: the listing's comments
    # are in hanzi; the section after it (协处理器访问指令 …) is the article's too
    doc = corpus_page("www.akira-uestc.site")
    assert not set(range(404, 431)) & removed_lines(doc)


def test_a_bullet_list_of_notes_is_the_text_not_a_list_of_links():
    # austindeng.github.io/001: 关键知识点 and 180 lines of notes — lead-ins (熊市开始：) and items
    # of several clauses without a full stop — down to the page's 最近更新 / 上一页 / 下一页
    doc = corpus_page("austindeng.github.io")
    assert not set(range(45, 226)) & removed_lines(doc)
    assert {231, 232, 233, 234} <= removed_lines(doc)


def test_a_line_naming_the_title_is_not_its_second_line():
    # chinalhr.github.io/001: 敏捷开发与DevOps实践 / (date, tags) / 关于敏捷开发与DevOps实践——腾讯云公开课记录
    assert corpus_page("chinalhr.github.io").meta.title == "敏捷开发与DevOps实践"


def test_the_menu_over_a_headline_the_title_names_whole_is_no_part_of_it():
    # www.qinyening.com/001: 首页 / 归档 / 关于 / 利用 IFTTT + RSS + Evernote 打造优质资料库 under the
    # <title> 利用 IFTTT + RSS + Evernote 打造优质资料库 | 秦叶宁的网志: 关于 opens no title here
    doc = corpus_page("www.qinyening.com")
    assert doc.meta.title == "利用 IFTTT + RSS + Evernote 打造优质资料库"
    assert {5, 6} <= removed_lines(doc)


def test_the_next_numbered_section_continues_the_text():
    # www.qinyening.com/001: 一、将信息源转为RSS / 1. … 3. / 二、将RSS内容储存到Evernote中 / 1.去IFTTT注册一个账户 …:
    # the second section goes on with the numbering above; the post's 原文作者： / 秦叶宁 / 原文链接： is not the text
    doc = corpus_page("www.qinyening.com")
    assert not set(range(22, 31)) & removed_lines(doc)
    assert (1, "二、", "将RSS内容储存到Evernote中") in headings(doc)
    assert {31, 32, 33} <= removed_lines(doc)


def test_an_english_licence_line_is_the_sites():
    # xelz.info/001: This work is licensed under a / Creative Commons Attribution-NonCommercial 4.0 …
    assert match_rule("This work is licensed under a", "footer") is not None
    assert match_rule("Creative Commons Attribution-NonCommercial 4.0 International License", "footer") is not None
    assert match_rule("This work is about the licences we chose for the project", "footer") is None


def test_a_posts_date_and_tag_over_the_sites_footer_are_not_the_text():
    # xelz.info/001: the References table (2010-2029), then 2019-01-11 / ios / Comments / the licence
    doc = corpus_page("xelz.info")
    assert not set(range(1990, 2030)) & removed_lines(doc)
    assert {2030, 2031, 2033, 2034} <= removed_lines(doc)
