"""Rules of the corpus's round 117 (issue 12, session 17): batch 79's first half (Hugo blogs). A
travel diary's days (Day -1 / Day 0 / Day 1), each alone on its line and counted up in order, are
its sections — and the first is no widget debris under the headline; a contents box a theme sets
twice in a row (目錄 / … / 目錄 / …, for the wide page and the narrow one) goes whole, both copies.
Left: a markdown style-test page whose text runs past a run of short lines is cut there
(5h9igzqanx.github.io); short aside lines between a diary's paragraphs are taken for subheads
(satori5ama.github.io). Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, headings, read_page, reason_at


def test_a_diarys_days():
    # satori5ama.github.io/001: … / 游记 / Day -1 / 下飞机的那一刻… / … / Day 0 / 热身赛。 / … / Day 1 / …
    doc = corpus_page("satori5ama.github.io")
    assert [text for _, _, text in headings(doc)][:1] == ["Day -1"]
    assert {"Day -1", "Day 0", "Day 1"} <= {text for _, _, text in headings(doc)}


def test_a_contents_box_set_twice():
    # imasugu.cc/001: … / 遊記 / 目錄 / 龍華寺半日遊 / … / 下次再見 / 目錄 / 龍華寺半日遊 / … / 下次再見 / the text
    doc = corpus_page("imasugu.cc")
    assert all(reason_at(doc, line) for line in range(28, 50))
    assert len(headings(doc)) == 10


def test_guard_one_day_alone_is_no_outline():
    doc = read_page("标题", PROSE, "Day 1", PROSE, PROSE)
    assert headings(doc) == []
