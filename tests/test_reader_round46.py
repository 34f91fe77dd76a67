"""Rules of the corpus's round 46 (issue 12, session 10: the 1st and 3rd by name of batch 30 —
酷壳 coolshell.cn and 苏州市第一初级中学 sz1cz.gusuedu.cn, pages of whole-site copies), each on the
page or the small text of the shape that showed it. Each test but the guards fails on the
reader before the round."""

from __future__ import annotations

from convert.reader.region import _own_contents_between
from reader_pages import PROSE, corpus_page, kept_texts, reason_at


def test_the_text_runs_on_through_its_own_contents_box():
    # coolshell.cn/002: headline / the opening paragraphs / 目录 / 第一个例子 … 第四个例子 / 第一个例子 /
    # a C listing token by token / … — the contents' entries are the sections below, and the
    # text (1100 lines) had been taken for the footer
    kept = kept_texts(corpus_page("coolshell.cn", "002"))
    assert "另外在这里c是置身事外的一个独立变量。" in kept and "测试程序不能依赖于不成熟的代码。" in kept


def test_a_contents_box_whose_entries_stand_above_is_no_sign_the_text_goes_on():
    # (guard) a sidebar's 目录 after the text repeats the text's lines above it: only a box whose
    # entries stand again below it is the article's own
    above = ["第一节 背景", "第二节 做法", PROSE, "目录", "第一节 背景", "第二节 做法"] + [PROSE] * 30
    assert not _own_contents_between(above, 0, len(above))
    below = [PROSE, "目录", "第一节 背景", "第二节 做法"] + [PROSE] * 30 + ["第一节 背景", PROSE, "第二节 做法", PROSE]
    assert _own_contents_between(below, 0, len(below))


def test_an_english_numbered_heading_under_the_title_is_no_widget():
    # coolshell.cn/001: headline / date / author / counts / 1.- DRY: Don’t repeat yourself. / its text
    doc = corpus_page("coolshell.cn")
    assert reason_at(doc, 20) == ""


def test_a_reader_count_with_a_thousands_comma_is_the_pages():
    # coolshell.cn/001: 35,700 人阅读
    assert reason_at(corpus_page("coolshell.cn"), 19) == "page meta line (reading statistics)"
