"""Rules of the corpus's round 109 (issue 12, session 17): batch 69's unseen half (blogs). A
<title> of one part, set again near the top over 发布 alone and the post's date, is the headline;
the theme's 发布 / 更新 keys alone over a bare date, and 阅读 alone under them (its counter never
written in), are the page's metadata; an empty literal set as code in a sentence ({} / [] / ())
and a list item's clause ending in ； join the sentence's pieces back. Tried and not kept: a plain
heading over a paragraph that ends leading into a figure (…。在网上看到一张图：) — it took a bold
term split out of its sentence (混合查询), a box's 温馨提示 and an answerer's name for headings on
looked-at pages. Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from convert.reader.boilerplate import match_rule

from reader_pages import PROSE, corpus_page, kept_texts, read_page, reason_at


def test_a_one_part_title_over_its_keyed_dates():
    # jietinghuang.github.io/001: 关于转载 / Jaunty Hoa 的博客 / 关于转载 / 发布 / 2019-08-13 / 更新 /
    # 2019-08-13 / 阅读 / the post
    doc = corpus_page("jietinghuang.github.io")
    assert doc.meta.title == "关于转载"
    for line in range(2, 9):
        assert reason_at(doc, line), line
    assert kept_texts(doc)[0] == "首先感谢"


def test_keyed_dates_on_a_small_page():
    doc = read_page("随想", "某某的博客", "随想", "发布", "2020-01-02", "更新", "2020-01-03", "阅读", PROSE, PROSE)
    assert doc.meta.title == "随想"
    assert kept_texts(doc) == [PROSE, PROSE]


def test_an_empty_object_in_a_list_items_sentence():
    # 1sm23.github.io/001: 创建一个空的简单JavaScript对象（即 / {} / ）；
    doc = corpus_page("1sm23.github.io")
    assert kept_texts(doc)[0] == "创建一个空的简单JavaScript对象（即{}）；"


def test_counter_key_alone_is_only_metadata_beside_metadata():
    assert match_rule("阅读", "header").name == "counter-key"
    assert match_rule("阅读", "body") is None


def test_guard_a_heading_named_like_a_key_stays():
    # 更新 alone over prose (not over a date) is the text's own line
    doc = read_page("版本说明", PROSE, "更新", PROSE, PROSE)
    assert "更新" in kept_texts(doc)


def test_guard_reading_as_a_sections_name_in_the_text():
    doc = read_page("语文教案", PROSE, PROSE, "阅读", PROSE, PROSE)
    assert "阅读" in kept_texts(doc)
