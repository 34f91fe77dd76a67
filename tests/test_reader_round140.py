"""Rules of the corpus's round 140 (issue 12, session 23): batch 105's first half (Hugo blogs in
tags/杂谈, gathered this session).
- A contents box over the text runs on through entries a rule took for a widget or the writer's
  name (字体, the label of a font-size switcher; 文本, a name in the info bar), and the same words
  below it, the sections it lists, are no widget either.
- The box with its label lists the text's sections below its seeming end: with one section above
  that end, three or more it lists below are enough (a CSS cheat sheet of key : value lines lost all
  but its first section).
- The last section's title closing the text's seeming end, its heading anchor and its text below:
  the text goes on (接下来会写什么 / # / the posts to come).
- [4] LetPub, 最新JCR期刊IF及分区情况, — an entry of the writer's numbered sources — may close a
  text, and so may its address on the line under it.
- 「真诚赞赏，手留余香」 is the reward box's appeal.
Groups nobody looked at: fresh-83's content 0.962 → 0.962 (jouzeyu.github.io 0.992 → 1: its last
anchored section). Left: thezeroman's 3.1 / 3.2 (two subsections in a row, no text between),
namichen's Wiley, epiccodeking's Stay tuned., orionpax's 参考 / CSS 手册.
Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, headings, read_page, reason_at


def test_a_box_runs_through_entries_a_rule_took_for_widgets():
    # blog.orionpax.top/001: 目录 / 简介 / 常用样式 / 字体 / 文本 / 显示和隐藏 / … / 参考 / 简介 / …
    doc = corpus_page("blog.orionpax.top")
    box = "the article's contents box (its entries are the sections below)"
    assert all(reason_at(doc, line) == box for line in range(18, 47))
    assert doc.meta.author == ""


def test_the_sections_a_labelled_box_lists_go_on_below_one_section():
    doc = corpus_page("blog.orionpax.top")
    assert all(reason_at(doc, line) == "" for line in range(47, 256))
    found = [text for _, _, text in headings(doc)]
    assert found[:4] == ["简介", "常用样式", "字体", "文本"] and "sup 标签导致行距变大的问题" in found


def test_guard_a_box_whose_sections_do_not_stand_below_stops_the_text():
    # 目录 / four entries / the first section and its text / one entry below, then the site's lines:
    # one section listed below is not enough — the text ends where it did
    doc = read_page("测试 | 某某的博客", "测试", "2024-01-01", "目录", "简介", "安装步骤", "配置方法", "常见问题", "简介",
                    PROSE, PROSE, "安装步骤", "本站所有文章均为原创欢迎转载分享", "关于本站", "友情链接", "© 2024 某某的博客")
    assert all(reason_at(doc, line) for line in range(13, 17))


def test_the_last_anchored_section_right_below_the_end_goes_on():
    # epiccodeking.github.io/001: … / 接下来会写什么 / # / OSPF 邻居状态机详解（附 eNSP 抓包） / … / 杂谈 / « Prev
    doc = corpus_page("epiccodeking.github.io")
    assert all(reason_at(doc, line) == "" for line in range(32, 36))
    assert reason_at(doc, 37) and reason_at(doc, 38)


def test_a_numbered_source_and_its_address_may_close_the_text():
    # namichen.github.io/001: 参考文献 / [1] … / http://… / … / [6] 百度文库, … / https://… / Author: / …
    doc = corpus_page("namichen.github.io")
    assert all(reason_at(doc, line) == "" for line in range(241, 254))
    assert reason_at(doc, 254)


def test_the_reward_boxs_appeal():
    from convert.reader.boilerplate import match_rule
    assert match_rule("「真诚赞赏，手留余香」", "footer") is not None
    assert reason_at(corpus_page("iamyourking007.github.io"), 31)
