"""Rules of the corpus's round 73 (issue 12, session 12: batch 38's last unseen half, Chinese
blogs on GitHub Pages — anthony-hcy.github.io, biofrostyy.github.io, g1eny0ung.site,
www.purelover.top, xiaoheidian.site). Each test fails on the reader before the round."""

from __future__ import annotations

from reader_pages import corpus_page, removed_lines


def test_the_headline_right_under_a_title_of_the_headline_alone_over_its_dateline():
    # g1eny0ung.site/001: 2016年的总结 / 2016年的总结 / @ g1eny0ung · Dec 30, 2016 · 1 min read …: the
    # second line is the post's headline (the only other copy is a side panel's list, 100 lines down)
    doc = corpus_page("g1eny0ung.site")
    assert not set(range(4, 81)) & removed_lines(doc)
    assert set(range(83, 108)) <= removed_lines(doc)


def test_notes_and_code_under_a_headline_with_a_sidebars_sentence_above():
    # biofrostyy.github.io/001: the sidebar's 寄托呆瓜博主… is the page's one sentence; under the headline
    # 一.问题介绍 / notes / 二.刷题沉淀 / ①ListNode题 / code …: that is the text, not the sidebar
    doc = corpus_page("biofrostyy.github.io")
    assert not set(range(71, 82)) & removed_lines(doc)
    assert 14 in removed_lines(doc)


def test_a_short_headline_over_the_posts_bare_date():
    # anthony-hcy.github.io/001: <title> 七月末 | 绘の梦; 七月末 / 2024-07-28 / | / 日记 under the menu
    assert corpus_page("anthony-hcy.github.io").meta.title == "七月末"
