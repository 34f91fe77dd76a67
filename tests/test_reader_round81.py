"""Rules of the corpus's round 81 (issue 12, session 13: the 1st, 3rd, 5th, 7th and 9th by name
of batch 49, a tenth sample of Chinese blogs on GitHub Pages — 2582532960.github.io, amast.cn,
blog.aaayun.cc, chensino.github.io, evilhat-k.github.io). Each test but the guards fails on the
reader before the round."""

from __future__ import annotations

from convert.reader import read
from convert.reader.boilerplate import match_rule
from reader_pages import corpus_page, headings, reason_at


def test_a_page_title_wrapped_after_its_join_mark():
    # 2582532960.github.io/001: 感慨 - / (blank) / YiQiqi's Blog / YiQiqi's Blog / menu / 感慨 / …: the
    # <title> element wrapped onto the next line; its two lines read as one <title>
    doc = corpus_page("2582532960.github.io")
    assert doc.meta.title == "感慨" and reason_at(doc, 3) != ""


def test_a_themes_english_dateline_under_the_headline():
    # evilhat-k.github.io/001: 随便说说 / EvilHat-K  posted by: / Thu Dec 15, 2016 / 第一次用hugo写文章，…
    assert match_rule("Thu Dec 15, 2016", "header") is not None and match_rule("EvilHat-K  posted by:", "header") is not None
    doc = corpus_page("evilhat-k.github.io")
    assert reason_at(doc, 6) != "" and reason_at(doc, 7) != ""


def test_a_page_title_whose_site_part_the_banner_repeats_is_no_prose():
    # evilhat-k.github.io/001: EvilHat -- A Simple Blog | 网络安全中的沧海小记，记一记 - 不忘记 ！ / Toggle
    # navigation / EvilHat -- A Simple Blog / Home: the <title>'s commas make it no paragraph of the text
    doc = corpus_page("evilhat-k.github.io")
    assert reason_at(doc, 2) != "" and reason_at(doc, 4) != ""


def test_an_on_this_page_box_names_the_sections_even_the_first_taken_for_a_widget():
    # chensino.github.io/001 (vuepress-theme-hope): 此页内容 / gcc / make / makefile / cmake / … / 文章来源：… /
    # gcc / 它是GNU Compiler Collection…
    found = [text for _, _, text in headings(corpus_page("chensino.github.io"))]
    assert found == ["gcc", "make", "makefile", "cmake", "CMakeList.txt", "nmake[1]"]


def test_guard_a_sentence_under_a_first_line_ending_on_a_dash_is_not_its_site_name():
    # 第一章 - / 正文第一段，…。: the line under it holds a sentence — no site's name to join to it
    from convert.reader.clean import clean
    from convert.reader.decode import decode
    lines = clean(decode("第一章 -\n正文第一段，这是一个完整的句子。\n".encode())).lines
    assert [line.text for line in lines][-1] == "正文第一段，这是一个完整的句子。"


def test_a_post_with_forty_stray_backspaces_converts_and_says_so():
    # charles1198.github.io/001 (batch 52): 40 U+0008 in 1,629 characters (…却感觉一点也不像个大人，\x08 心智…),
    # which the reader refused as binary data; dropped and reported, the text read
    doc = corpus_page("charles1198.github.io")
    assert [n.message for n in doc.meta.notices if n.kind == "stray-bytes"] == [
        "40 control character(s) or escape code(s) dropped (the first on line 27)"]
    assert doc.meta.title == "再见2017，你好2018"
