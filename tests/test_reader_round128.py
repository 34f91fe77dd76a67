"""Rules of the corpus's round 128 (issue 12, session 20): batch 94's first half (Hugo blogs filed
under 日常, gathered this session).
- A blog's motto, a list of words between commas in Latin (专注于C,Python,Rust,…,分布式系统,分布式
  计算), is no line of prose: the search for the headline over the post's bare date no longer stops
  at it (博客迁移 | lay's 博客 / … / 博客迁移 / 2020年3月1日).
- A word count alone under the headline (2098字) is the post's metadata (in the text, a figure and
  字 may be a table's cell: only above the text).
Groups nobody looked at gained (fresh-91: boilerplate 0.832 → 0.836, first page right 4 → 5 of
10; fresh-94's unseen half: boilerplate 0.957 → 0.963) and lost nothing.
Tried and dropped: a bare date right under the headline, page metadata when a removed line
follows it — it took aleph1.top's chapter title (第01章 / 2026年07月02日 / ← 没有更早的章节) away.
Left: hadxu.github.io's text ends at a listing set one token a line, over its last paragraphs,
which have no full stops; nana210608.github.io's date under the headline and its arrows (← / →)
to the neighbouring posts.
Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import corpus_page, kept_texts, read_page, reason_at


def test_a_motto_of_words_between_commas_is_no_prose_over_the_headline():
    # hadxu.github.io/001: 博客迁移 | lay's 博客 / lay's 博客 / 专注于C,Python,…,kaggle / menu /
    # 文章目录 / 博客迁移 / 博客迁移 / 2020年3月1日
    doc = corpus_page("hadxu.github.io")
    assert doc.meta.title == "博客迁移"
    assert reason_at(doc, 2) and reason_at(doc, 3)


def test_a_word_count_under_the_headline_goes():
    # chriskinko.github.io/001: 面影 / its Japanese subtitle / Sep 30, 2018 / 2098字 / 第一篇
    doc = corpus_page("chriskinko.github.io")
    assert reason_at(doc, 14) == "page meta line (the post's word count)"


def test_guard_a_word_count_inside_the_text_stays():
    doc = read_page("征文启事", "", "一、字数要求", "", "每篇稿件不超过", "", "3000字", "",
                    "稿件请于五月底前寄出，逾期不再受理。")
    assert "3000字" in "".join(kept_texts(doc))
