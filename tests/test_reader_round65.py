"""Rules of the corpus's round 65 (issue 12, session 11: the last unseen pages of batches 24 and
31 — 财新网 www.caixin.com, zstack.io). Each test fails on the reader before the round."""

from __future__ import annotations

from convert.reader.lines import Line
from convert.reader.rejoin import join_split_inline
from reader_pages import corpus_page, removed_lines


def test_the_story_goes_on_at_its_dateline_after_a_box_of_links():
    # www.caixin.com/001: the lede and a photo's caption, 相关报道 with four headlines, then
    # 【财新网】 / 9月26日，汽车服务平台 / 途虎养车 / 正式在港交所主板挂牌上市… and two paragraphs
    removed = removed_lines(corpus_page("www.caixin.com"))
    assert not {73, 74, 80, 81, 82, 83, 85, 86} & removed
    assert set(range(75, 80)) <= removed


def test_an_items_number_alone_and_its_words_in_spans():
    # zstack.io/002: 岗位职责： / 1. / 负责云计算后台 / IaaS / 开发工作 ; / 2. / 根据需求，…
    assert not {35, 36, 37, 38, 39, 40} & removed_lines(corpus_page("zstack.io", "002"))
    pieces = [Line(1, "1."), Line(2, "负责云计算后台"), Line(3, "IaaS"), Line(4, "开发工作 ;"), Line(5, "2."),
              Line(6, "根据需求，实现IaaS存储、网络、虚拟化相关功能 ;")]
    assert [line.text for line in join_split_inline(pieces)] == ["1.负责云计算后台IaaS开发工作 ;",
                                                                 "2.根据需求，实现IaaS存储、网络、虚拟化相关功能 ;"]


def test_guard_a_ranked_list_and_a_digest_are_no_items_in_pieces():
    ranked = [Line(1, "热搜"), Line(2, "1."), Line(3, "食品安全"), Line(4, "2."), Line(5, "暴雨")]
    assert [line.text for line in join_split_inline(ranked)] == ["热搜", "1.", "食品安全", "2.", "暴雨"]
    digest = [Line(1, "4."), Line(2, "恒指埋單升33點再受制兩萬六"),
              Line(3, "港股在期指結算前夕表現反覆，曾升逾200點，全日完場僅升33點，連續第3日上升。")]
    assert len(join_split_inline(digest)) == 3
