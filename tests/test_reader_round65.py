"""Rules of the corpus's round 65 (issue 12, session 11: the last unseen pages of batches 24 and
31 — 财新网 www.caixin.com, zstack.io). Each test fails on the reader before the round.

(The round also joined an item's number alone — 1. / 负责云计算后台 / IaaS / 开发工作 ; — to its
words. Batch 35, gathered after it, lost boilerplate recall with it (0.879 → 0.864) and it was
taken out again.)"""

from __future__ import annotations

from reader_pages import corpus_page, removed_lines


def test_the_story_goes_on_at_its_dateline_after_a_box_of_links():
    # www.caixin.com/001: the lede and a photo's caption, 相关报道 with four headlines, then
    # 【财新网】 / 9月26日，汽车服务平台 / 途虎养车 / 正式在港交所主板挂牌上市… and two paragraphs
    removed = removed_lines(corpus_page("www.caixin.com"))
    assert not {73, 74, 80, 81, 82, 83, 85, 86} & removed
    assert set(range(75, 80)) <= removed
