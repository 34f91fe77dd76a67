"""Rules of the corpus's round 52 (issue 12, session 10: the 1st and 3rd by name of batch 31 —
晶城中学 jczx.mhedu.sh.cn, 经典短篇文学 www.bookzh.com), each on the page or the small text of the
shape that showed it. Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import corpus_page, reason_at


def test_a_date_split_over_lines_over_the_text_is_the_texts():
    # jczx.mhedu.sh.cn/002: 中国 / 共产党第十九次全国代表大会于 / 10 / 月 / 18 / 日上午9时在北京人民大会堂开幕。…
    # — the CMS's spans split the first sentence; its date is no widget debris
    doc = corpus_page("jczx.mhedu.sh.cn", "002")
    assert not reason_at(doc, 27) and not reason_at(doc, 28) and not reason_at(doc, 29)
    # (and joined into its sentence: tests/test_reader_round53.py)


def test_a_comment_count_and_arrowed_prev_next_links_are_the_pages():
    # www.bookzh.com/001: 评论： 0 | over the text; « 上一篇 under it
    doc = corpus_page("www.bookzh.com")
    assert reason_at(doc, 17) == "page meta line (reading statistics)"
    assert reason_at(doc, 23) == "previous/next article link"
