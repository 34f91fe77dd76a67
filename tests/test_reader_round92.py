"""Rules of the corpus's round 92 (issue 12, session 14): batch 46's four unseen pages — a design
note's 字体： line is no font-size switcher, and a blog's empty contents box over its text is its
label alone. Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from convert.reader.boilerplate import page_fields

from reader_pages import corpus_page, reason_at


def test_a_design_notes_font_line_is_no_font_size_switcher():
    assert page_fields("字体：清晰、现代 Sans-Serif（如 Inter、Roboto、PingFang）") is None
    assert reason_at(corpus_page("1parado.github.io"), 44) == ""


def test_guard_the_switcher_itself_is_still_page_metadata():
    assert page_fields("字体：大 中 小") is not None


def test_an_empty_contents_box_over_the_text_is_its_label_alone():
    # ericzzz.github.io/001 (LoveIt): … / 约 183 字 / 预计阅读 1 分钟 / 目录 / 很久没有写 blog 了，荒废了很久… / …
    doc = corpus_page("ericzzz.github.io")
    assert reason_at(doc, 19) == "the article's contents box, empty (its label alone)"
    assert reason_at(doc, 20) == ""
