"""Rules of the corpus's round 48 (issue 12, session 10: the 1st and 3rd by name of batch 27's
unseen half — 華視 news.cts.com.tw, 自由時報 www.libertytimes.com.tw), each on the page or the small
text of the shape that showed it. Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, read_page, reason_at, removed_reasons


def test_a_dateline_that_opens_with_its_date_and_time_is_the_pages():
    # news.cts.com.tw/001: headline / 2014/03/19 18:58 彭佳芸 黃翊真 報導　　地區：台北市報導 / 字級 /
    # 發送推文 / the text — with the dateline known, the widgets under it go too
    doc = corpus_page("news.cts.com.tw")
    assert reason_at(doc, 30) == "page metadata (publication line)"
    assert reason_at(doc, 31) and reason_at(doc, 32)


def test_a_dated_line_of_the_documents_own_under_its_title_stays():
    # (guard) 2024年5月1日 起施行 under a law's title: enacted, not posted
    doc = read_page("某某条例_某某网", "首页", "某某条例", "2024/05/01 09:00 经市人大常委会会议通过", PROSE, PROSE)
    assert "2024/05/01 09:00 经市人大常委会会议通过" not in removed_reasons(doc)
