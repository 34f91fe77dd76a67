"""Rules of the corpus's round 80 (issue 12, session 13: the 1st, 3rd, 5th, 7th and 9th by name
of batch 47, a ninth sample of Chinese blogs on GitHub Pages — 78ij.github.io, angevil.top,
braveglide.github.io, masterlvov.github.io, www.daniex.tk). Each test but the guards fails on
the reader before the round."""

from __future__ import annotations

from reader_pages import corpus_page, headings, reason_at


def test_a_chat_goes_on_while_its_speakers_label_does():
    # masterlvov.github.io/001: 咸蛋超学锁: / 还是显示没权限的话 / … / 咸蛋超学锁: / https://blog.csdn.net/… /
    # 参见这篇博客 / … / 下一步操作看这个 / 更新于 2024-06-23 15:13:44: a pasted chat, its speaker's label
    # over every message; the last messages (links) are the text's, down to the post's 更新于
    doc = corpus_page("masterlvov.github.io")
    for line in (51, 52, 53, 55, 57, 58):
        assert reason_at(doc, line) == "", line
    assert reason_at(doc, 59) != ""


def test_a_numbered_box_without_its_label_names_the_sections_and_their_depth():
    # angevil.top/001: 1. / 这里是一些相关资料及代码 / 1.1. / 主题修改常用资料站点 / 2. / HEXO常用命令 / … in the
    # sidebar above the title; the text sets each again over its section
    assert headings(corpus_page("angevil.top"))[:3] == [
        (1, "", "这里是一些相关资料及代码"), (2, "", "主题修改常用资料站点"), (1, "", "HEXO常用命令")]


def test_the_boxs_numbers_nest_the_sections():
    # 78ij.github.io/001 (NexT): 文章目录 / 站点概览 / … / 1. / 测试一下大标题 / 1.1. / 测试一下小标题
    assert headings(corpus_page("78ij.github.io")) == [(1, "", "测试一下大标题"), (2, "", "测试一下小标题")]


def test_guard_the_texts_paragraphs_numbered_again_are_no_box():
    # 0hayo.github.io/001: 查看评论 / 1. / 我想改变，再也不想看到自己怨妇的样子，… / 2. / …: the page's
    # description repeats the paragraphs as a list; no headings
    assert headings(corpus_page("0hayo.github.io")) == []
