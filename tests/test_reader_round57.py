"""Rules of the corpus's round 57 (issue 12, session 10: the 1st by name of batches 20 and 21's
unseen pairs — 杭报在线 news-hzrb.hangzhou.com.cn, 舜网 news.e23.cn), each on the page or the
small text of the shape that showed it. Each test fails on the reader before the round."""

from __future__ import annotations

from reader_pages import corpus_page, reason_at


def test_more_sharing_is_the_share_bars():
    # news-hzrb.hangzhou.com.cn/001: the headline / 更多分享 / the date and the source block
    assert reason_at(corpus_page("news-hzrb.hangzhou.com.cn"), 48) == "share/print/close widget"
