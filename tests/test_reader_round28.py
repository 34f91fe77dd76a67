"""Rules of the corpus's round 28 (issue 12, session 8: the 1st, 3rd and 5th of batch 13's
sources by name — CCNet records of 花城 (Guangzhou), 新浪科技 and a college's language office),
each on the page or the small text of the shape that showed it. Each test but the guards fails
on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, kept_texts, read_page, removed_reasons


def test_a_run_of_headlines_with_their_posting_times_is_a_list_of_links():
    # tech.sina.com.cn/001 (a CCNet record): 28 16:39 / … / 28 08:33 (a list's times, its
    # headlines dropped by CCNet as repeated) / APS-C画幅单反 尼康D200单机仅7880元 2008-04-28 08:03 / …
    doc = corpus_page("tech.sina.com.cn")
    reasons = removed_reasons(doc)
    assert reasons["28 16:39"] == reasons["APS-C画幅单反 尼康D200单机仅7880元 2008-04-28 08:03"] \
        == "list of links (a posting time on each line)"


def test_two_lines_ending_on_a_time_in_the_text_stay():
    # two such lines in the text are not three in a row; and a WeChat byline's shape (a few
    # words, a date and a time) is the site's only above the text — before this round it took
    # an agenda's lines anywhere, and the page's last paragraph with them
    first, second = "第一阶段报到及材料领取的具体安排和地点 2024-05-06 09:00", "第二阶段开幕式及全体会议的具体安排和地点 2024-05-06 10:00"
    doc = read_page("某某通知", PROSE, first, second, PROSE)
    assert first in kept_texts(doc) and second in kept_texts(doc)
