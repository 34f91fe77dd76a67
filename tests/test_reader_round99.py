"""Rules of the corpus's round 99 (issue 12, session 15): batch 61's unseen half — a theme's words
for its buttons and its search dialog's key hints, for screen readers (Menu Open / theme switcher /
to navigate / ESC); Designed & Developed by …; a blog's parts numbered in English (part_one：
什么是文件挂载？); the words and the minutes of a reading time on one line (共 385 字，您可能需要 1
分钟阅读). Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from convert.reader.boilerplate import match_rule
from convert.reader.headings import numbered

from reader_pages import corpus_page, headings, reason_at


def test_a_themes_button_words_are_the_sites():
    # lydiacai1203.github.io/001 (Hugo): the <title> / Menu Open / Menu Close / 阿菜菜在路边边 / GitHub / … /
    # theme switcher / GitHub / search icon / to navigate / to select / ESC / to close / the text
    doc = corpus_page("lydiacai1203.github.io")
    assert all(reason_at(doc, n) for n in range(2, 15))
    assert reason_at(doc, 34) != ""   # Designed & Developed by 阿菜
    assert reason_at(doc, 16) == ""


def test_a_blogs_parts_numbered_in_english_are_headings():
    assert numbered("part_one： 什么是文件挂载？").label == "part_one："
    assert numbered("Chapter One. 开始").label == "Chapter One."
    texts = [text for _, _, text in headings(corpus_page("lydiacai1203.github.io"))]
    assert "什么是文件挂载？" in texts and "联合挂载" in texts


def test_guard_an_english_word_that_opens_a_sentence_is_no_part():
    assert numbered("Part of the plan: 我们") is None
    assert numbered("Python是一门语言") is None


def test_the_words_and_minutes_of_a_reading_time_are_the_pages():
    assert reason_at(corpus_page("42sun.github.io"), 12) == "page meta line (reading statistics)"
    assert match_rule("全文约 2000 字，预计阅读 5 分钟", "header").name == "reading-stats"


def test_guard_a_sentence_about_minutes_is_no_reading_time():
    assert match_rule("共 385 字的短文，我写了 10 分钟。", "body") is None
