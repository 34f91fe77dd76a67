"""Rules of the corpus's round 113 (issue 12, session 17): batch 72's unseen half, first pages
(blogs). A <title> set again whole over the post's date is the headline, however its parts read
(Web1_环境搭建: Web1 and 环境搭建 each look like a site's or a section's name); a blog sidebar's
counts (39 / 文章 / 5 / 分类 / 38 / 标签) join no sentence; a subhead's key cut at its colon
(阶段一 / ：入门基础，夯实操作) stops before the sentence under it; a key on its colon and its word
on the next line, over the section's paragraph, twice or more (核心中的核心： / 图层), is one
subhead. Tried and not kept: a contents box of two entries in the page's header as the outline
(two entries say too little). Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, headings, kept_texts, read_page, reason_at


def test_a_title_set_again_whole_over_its_date():
    # www.suiyuan2568.com/001: Web1_环境搭建 / 🦌 / menu / … / Web1_环境搭建 / 2025-05-20 / HTML / …
    doc = corpus_page("www.suiyuan2568.com")
    assert doc.meta.title == "Web1_环境搭建"
    assert reason_at(doc, 19)


def test_a_sidebars_counts_join_no_sentence():
    # decoderpro.github.io/001: … / Mai / Think like an artist, develop like an artisan / 39 / 文章 / 5 / 分类 / 38 / 标签 / 0%
    doc = corpus_page("decoderpro.github.io")
    assert all(reason_at(doc, line) for line in range(30, 39))
    assert kept_texts(doc)[-1].startswith("玩了一学期的教室电脑")


def test_keyed_subheads_cut_at_their_colons():
    # 17ps.github.io/001: 核心中的核心： / 图层 / 你可以…。 / … / 阶段一 / ：入门基础，夯实操作 / 这一阶段的目标是…。
    doc = corpus_page("17ps.github.io")
    found = [text for _, _, text in headings(doc)]
    assert {"核心中的核心：图层", "最常用的工具：选区", "无损调整神器：调整图层"} <= set(found)
    assert "这一阶段的目标是“会用”，而不是“精通”。" in kept_texts(doc)


def test_guard_one_key_and_word_is_a_list_lead():
    doc = read_page("标题", PROSE, "主要工具：", "图层", PROSE, PROSE)
    assert "主要工具：图层" not in kept_texts(doc)
