"""Rules of the corpus's round 79 (issue 12, session 13: the 1st, 3rd, 5th, 7th and 9th by name
of batch 46, an eighth sample of Chinese blogs on GitHub Pages — 18850527879.github.io,
1sle29.github.io, alw4ysthere.github.io, arbow.github.io, hildam.github.io). Each test but the
guards fails on the reader before the round."""

from __future__ import annotations

from convert.reader.rejoin import join_split_inline
from convert.reader.lines import Line
from reader_pages import corpus_page, headings, reason_at


def test_a_listing_after_its_line_number_gutter_is_the_articles():
    # hildam.github.io/001: …修改 deploy.yml 文件，… / 1 / 2 / … / 10 / - / name / : / Deploy / 🚀 / … / # /
    # 指定发布的仓库 / … / true / 详情需要参考： / github.com/marketplace/a… / Licensed under CC BY-NC-SA 4.0:
    # a highlighter's gutter, then its YAML token by token, a comment in hanzi; the text goes on
    # through it and the link its lead-in gives, to the licence line
    doc = corpus_page("hildam.github.io")
    for line in (63, 66, 83, 101, 116, 117, 118):
        assert reason_at(doc, line) == "", line
    assert reason_at(doc, 119) != ""


def test_a_numbered_line_the_contents_box_lists_is_a_heading():
    # hildam.github.io/001: Table of contents / 1. 从原作者的代码仓库中使用模板构建项目 / 2. 构建两个仓库 / … in the
    # header; the text's 1. / 2. lines, each over a link or a sentence, are the sections they list
    found = [(label, text) for _, label, text in headings(corpus_page("hildam.github.io"))]
    assert ("1.", "从原作者的代码仓库中使用模板构建项目") in found and ("2.", "构建两个仓库") in found


def test_a_section_title_the_box_lists_joins_no_sentence_beside_it():
    # 1sle29.github.io/001: Table of contents / 那一天的复兴，复兴起来 / 为什么要写？ / … and further down
    # 🔮 银河数据已被解析 / 次 / 那一天的复兴，复兴起来 / 无意中发现了 / Dayu同学分享的Blaugust活动 / ，感觉…
    found = [text for _, _, text in headings(corpus_page("1sle29.github.io"))]
    assert found == ["那一天的复兴，复兴起来", "为什么要写？", "要写什么呢？", "三分深沉，七分玉米棒子！"]


def test_guard_a_widget_the_page_sets_twice_is_no_contents_box():
    # www.fx168.com/001: 收藏&分享 / 本地收藏夹 / 百度搜藏 / … at the top and again at the bottom, one
    # after another: no section titles; the end mark above the second copy goes with the footer
    doc = corpus_page("www.fx168.com")
    assert reason_at(doc, 224) != "" and reason_at(doc, 225) != ""


def test_guard_pieces_of_a_sentence_still_join():
    lines = [Line(k + 1, text, 0, False) for k, text in enumerate(("无意中发现了", "Dayu同学分享的Blaugust活动", "，感觉非常有意义，立刻决定参加。"))]
    assert [line.text for line in join_split_inline(lines)] == ["无意中发现了Dayu同学分享的Blaugust活动，感觉非常有意义，立刻决定参加。"]
