"""Rules of the corpus's round 111 (issue 12, session 17): batch 77's first half (Hugo blogs). A
contents box the theme sets in the sidebar under the text (目录 / 背景 / 建议 / …) tells the
sections' titles above it, which no sentence piece joins across; where the headings' anchors
name the page's sections (a # after each), a line they do not name is no subhead (本文的主角, a
bold phrase split out of its sentence); a box below that lists the text's sections, and one more
under its seeming end, carries the text on to the box (flag6:… / 常见抓取的工具如下 / …); 转载本站文章
请注明作者和出处 is a reposting notice. Tried and not kept: the outline's restriction for a box's
outline too (it lists the top level only: a post's h4 subheads went, and an unseen sample's
headings, fresh-67, lost); every line the box below lists as the text's going on (the site's
name in the footer counted as a section: a looked-at post's footer was kept); a decimal title
spaced around its Latin word (1.1 安装 Hugo（推荐扩展版）) — it cost an unseen sample (fresh-58)
six false headings a page. Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from convert.reader.boilerplate import match_rule

from reader_pages import PROSE, corpus_page, headings, kept_texts, read_page, reason_at


def test_a_sidebar_box_under_the_text_tells_its_sections():
    # atbug.com/001: … / 背景 / … / 建议 / 先说总结， / … / 非房车 / … / 视频 / … / 目录 / 背景 / 建议 / 非房车 / 房车 / 行程 / 视频
    doc = corpus_page("atbug.com")
    assert [text for _, _, text in headings(doc)] == ["背景", "建议", "非房车", "房车", "行程", "视频"]
    assert reason_at(doc, 60) and reason_at(doc, 65)


def test_anchored_headings_leave_no_room_for_a_bold_phrase():
    # colarxu.github.io/001: 什么是 Command Line？ / # / … / 本文的主角 / Command Line，则是… — only the anchored three
    doc = corpus_page("colarxu.github.io")
    assert [text for _, _, text in headings(doc)] == ["什么是 Command Line？", "Command Line 有什么用？", "准备工作"]


def test_the_text_goes_on_through_a_section_the_box_below_lists():
    # blog.0ran9e.cn/001: … / flag6:提交攻击者对域攻击所使用的工具 / 常见抓取的工具如下 / … / flag7:… / … / 目录 / … / flag7:…
    doc = corpus_page("blog.0ran9e.cn")
    assert not reason_at(doc, 139) and reason_at(doc, 165)
    assert "flag7：提交攻击者删除DC桌面上的文件名" in [text for _, _, text in headings(doc)]


def test_a_reposting_notice_naming_the_writer():
    assert match_rule("（转载本站文章请注明作者和出处", "body").name == "repost"


def test_guard_a_footer_name_is_no_listed_section():
    # dukeohu.github.io/001: the box under the text, then © 2019 — / 2020 / DukeoHu (the name also over the box)
    doc = corpus_page("dukeohu.github.io")
    assert reason_at(doc, 116) and reason_at(doc, 117)


def test_guard_subheads_stand_without_anchors():
    doc = read_page("标题", PROSE, "回顾过去的一年", PROSE + PROSE, "展望新的一年", PROSE + PROSE)
    assert [text for _, _, text in headings(doc)] == ["回顾过去的一年", "展望新的一年"]
