"""Rules of the corpus's round 68 (issue 12, session 11: the 1st, 3rd, 5th, 7th and 9th by name
of batch 37, a second sample of Chinese blogs on GitHub Pages — 111qqz.com, 1x000.github.io,
blog.19971999.xyz, ecrose.cn, lesx.top). Each test fails on the reader before the round."""

from __future__ import annotations

from convert.reader.boilerplate import page_fields
from reader_pages import corpus_page, headings, reason_at, removed_lines

BOX = "the article's contents box (its entries are the sections below)"


def test_the_text_runs_through_its_own_contents_box_past_the_headers_counters():
    # 1x000.github.io/001: the headline, its description, 2023-07-24 / 文章字数: 2808 字 / 阅读时长: 6 分钟,
    # then 目录 / 我的世界反作弊 Belike / … / 反作弊搭配, then the sections those entries name
    doc = corpus_page("1x000.github.io")
    assert not set(range(41, 61)) & removed_lines(doc)
    assert reason_at(doc, 25) == BOX and reason_at(doc, 40) == BOX
    # (the entries tell the sections' headings)
    assert (1, "", "我的世界反作弊 Belike") in headings(doc)


def test_a_sentence_opening_with_update_is_no_metadata():
    # 1x000.github.io/001, in a list of jokes: 更新：修复了0个问题
    assert page_fields("更新：修复了0个问题", "body") is None
    assert page_fields("更新：2023-07-24", "body") is not None


def test_a_contents_box_at_the_top_goes_and_names_the_headings():
    # coolshell.cn/002 and baike.baidu.com/001: 目录 / 1 / 历史沿革 / 2 / 区域规划 … / 历史沿革 (the first section)
    doc = corpus_page("baike.baidu.com")
    assert reason_at(doc, 113) == BOX and reason_at(doc, 115) == BOX and reason_at(doc, 122) == ""


def test_a_blogs_sidebar_contents_names_the_headings_past_the_title_and_numbers():
    # 0206-day.github.io/001 (looked at in round 67): the sidebar's 目录 / Linux基础知识 (the post's
    # title) / 什么是Linux / Linux文件系统组成 after the text: its entries are the sections' headings
    found = [text for _, _, text in headings(corpus_page("0206-day.github.io"))]
    assert "什么是Linux" in found and "Linux文件系统组成" in found


def test_the_dateline_block_over_a_table_with_no_prose():
    # ent.qq.com/001 (looked at in round 61), seen in its PDF: the headline / http://ent.QQ.com /
    # 2007年01月05日15:24 / 腾讯娱乐 / 评论 / 0 / 条 / the winners' table: the block goes, the table stays
    doc = corpus_page("ent.qq.com")
    assert set(range(61, 67)) <= removed_lines(doc) and 67 not in removed_lines(doc)
    assert doc.meta.title == "看电视玩游戏 《魔界》26日特等奖入围名单"
