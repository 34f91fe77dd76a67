"""Rules of the corpus's round 112 (issue 12, session 17): batch 78's first half (Hugo blogs). A
listing its highlighter split one token a line (public / int / minPathCost / ( / …) is the
post's, up to the site's first line; the post's own h1, a copy of its title, has its anchor
too, and an empty section whose listing opens under the next anchor is no post's tags; a
listing over the text's first paragraph is no widget debris, nor is the first section's number
alone over its title (1. / 常见的 Commit Message 格式); a contents box without its label under the
text (1. / … / 2. / 实例 / …) is the site's, and tells the sections above it; a short English
headline over the post's date in English (IPC$ / January 11, 2022) is the headline; an
underscore inside a Latin name (A10ng_'s Blog) joins no parts of a <title>. Tried and not kept:
a bracket line counted as code (] [ between a menu's items kept a yearbook's menu on a
looked-at page). Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from convert.reader.boilerplate import title_spans

from reader_pages import corpus_page, headings, kept_texts, reason_at


def test_a_listing_split_token_by_token_ends_the_post():
    # roaraeonliou.github.io/001: … / 自底向上动态规划 / # / public / int / minPathCost / ( / … / } / 笔记 / 算法 / « Prev
    doc = corpus_page("roaraeonliou.github.io")
    kept = kept_texts(doc)
    assert "minPathCost" in kept and kept[-1] == "}"
    assert reason_at(doc, 19) and reason_at(doc, 27) and reason_at(doc, 29)   # the anchors
    assert [text for _, _, text in headings(doc)][-2:] == ["自顶向下备忘录", "自底向上动态规划"]


def test_a_listing_over_the_first_paragraph():
    # futurezheng.github.io/001: Golang的Log包 / 2020年12月9日 / | / golang / log包 / 1. … / 标准包定义的结构体信息 /
    # type Logger struct { / // 原子锁 / … / }
    doc = corpus_page("futurezheng.github.io")
    assert not any(reason_at(doc, line) for line in range(11, 19))


def test_a_numbered_box_without_its_label_under_the_text():
    # merthon.github.io/001: … / 1. / 常见的 Commit Message 格式 / 2. / 实例 / 3. / 消息模板 / 4. / 其他注意事项 / © 2025 Merthon
    doc = corpus_page("merthon.github.io")
    assert all(reason_at(doc, line) for line in range(86, 94))
    assert not reason_at(doc, 23)
    assert {"实例", "消息模板", "其他注意事项"} <= {text for _, _, text in headings(doc)}


def test_an_english_headline_over_its_english_date():
    # a10nggg.github.io/001: IPC$ | A10ng_'s Blog / A10ng_'s Blog / menu / IPC$ / January 11, 2022 / · admin
    doc = corpus_page("a10nggg.github.io")
    assert doc.meta.title == "IPC$"
    assert len(title_spans("IPC$ | A10ng_'s Blog")) == 2


def test_guard_an_underscore_between_title_parts_still_joins():
    assert len(title_spans("某某通知_某某网")) == 2
    assert len(title_spans("标题 _ Site")) == 2


def test_guard_brackets_between_menu_items_are_no_listing():
    # www.police.gov.hk/001: [ / 序言 / ]   [ / 大事回顾 / … / ]   [ / 查询或意见 / ]: a yearbook's menu in brackets
    doc = corpus_page("www.police.gov.hk")
    assert all(reason_at(doc, line) for line in (11, 13, 15, 17, 32, 34, 36))
