"""Rules of the corpus's round 121 (issue 12, session 18): batch 86's first half (Hugo blogs). A short
one-part <title> (C++) whose copy the theme's box of contents pushed far under the menu (目录 / sixty-
nine entries / C++) is still the headline; and where that box names the first section (入门), its copy
under the title is where the text begins — notes that open on code, before any prose, are the text,
not widgets between the title and the text.
Left: trusting a short one-part <title>'s copy nearer the menu (人生 over the Stack theme's subtitle,
menglf-mo.github.io: it cost an unseen sample's headings, round 119); the levels of a contents box's
sections (its nesting is lost in the text: all alike); a page with no prose of its own
(xiaofangkang.github.io). Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, headings, read_page, reason_at


def test_a_short_title_past_a_contents_box():
    # brent050830.site/001: C++ / 🥰 / Brent_blog / … / 主页 / 关于 / … / 目录 / 入门 / … (69 entries) / 课外 / C++ /
    # 描述 / 2025-03-10 / 阅读时长: 19 分钟 / 入门 / 第一个简单的代码 / 1 / 2 / … / #include / <iostream> / …
    doc = corpus_page("brent050830.site")
    assert doc.meta.title == "C++"


def test_the_text_begins_at_the_first_section_the_box_names():
    doc = corpus_page("brent050830.site")
    assert not any(reason_at(doc, line) for line in (87, 88, 96, 97))
    assert [text for _, _, text in headings(doc)][:3] == ["入门", "第一个简单的代码", "多main函数的设置"]


def test_guard_no_box_no_early_start():
    doc = read_page("短题 - 某某的博客", "主页", "关于", "归档", "短题", "2025-03-10", "分享", "收藏", PROSE, PROSE)
    assert reason_at(doc, 6) and reason_at(doc, 7)
