"""Rules of the corpus's round 89 (issue 12, session 14): batch 45's unseen half — NexT's
sidebar with its overview tab between the contents tab and the entries, a sidebar's list after
a text that opens before its first section, a contents box over an opening sentence, the
opening word of a sentence cut at an inline formula, a reading time under its key. Each test but
the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import corpus_page, headings, read_page, reason_at, removed_reasons


def test_the_sidebars_overview_tab_between_its_contents_tab_and_the_entries():
    # dra-tammer.github.io/001 (NexT): 文章目录 / 站点概览 / grpc / protocol buffer / 准备工作 / … before
    # the post: the entries name the sections below (grpc, the first, went as a widget)
    doc = corpus_page("dra-tammer.github.io")
    found = [text for _, _, text in headings(doc)]
    assert found[:3] == ["grpc", "protocol buffer", "准备工作"]
    assert reason_at(doc, 58) == ""


def test_a_sidebars_unnumbered_entries_after_its_overview_panel():
    # iihui.github.io/001: … / 文章目录 / 站点概览 / coder & cook / 143 / 日志 / … / 胜者树 / 败者树 / … /
    # 最佳归并树 after the text: the sections, and the text runs on through the last of them
    doc = corpus_page("iihui.github.io")
    found = [text for _, _, text in headings(doc)]
    assert found == ["胜者树", "败者树", "胜者树和败者树与堆的区别", "相同点", "不同点", "外排序", "最佳归并树"]
    for line in (159, 164, 170, 173):
        assert reason_at(doc, line) == "", line


def test_a_sentences_opening_word_cut_at_a_formula_is_no_heading():
    doc = corpus_page("iihui.github.io")   # … / 。 / 所以 / 胜者树相对于堆来说减少了一次比较，…
    assert "所以" not in [text for _, _, text in headings(doc)]


def test_a_blogs_created_key():
    doc = corpus_page("iihui.github.io")   # 创建: / 2017-09-29 / | / … / 阅读: (its value 5 分钟 stays: undone)
    for line in (14, 15, 26):
        assert reason_at(doc, line) != "", line


def test_a_contents_box_over_an_opening_sentence_and_the_first_section():
    # mryangy.github.io/001 (LoveIt): 目录 / 絮叨 / 18年总结 / 19年展望 / 总结 / 这边文章是18年写的，… /
    # 絮叨 / 19年的一月份…: the box goes, the opening sentence stays, the sections head the text
    doc = corpus_page("mryangy.github.io")
    for line in range(20, 25):
        assert reason_at(doc, line) != "", line
    assert reason_at(doc, 25) == ""
    found = [text for _, _, text in headings(doc)]
    assert found[:2] == ["絮叨", "18年总结"] and "19年展望" in found and "总结" in found


def test_guard_a_printed_documents_numbered_contents_stays():
    # hqjt.ruc.edu.cn/001: 目录 / 第一章　总则 / … / 第七章　附则 over the regulation: its own, kept
    doc = corpus_page("hqjt.ruc.edu.cn")
    for line in range(50, 58):
        assert reason_at(doc, line) == "", line


def test_guard_a_tags_key_after_a_finished_post_still_takes_its_tags():
    doc = read_page("某某的博客", "首页", "归档", "标签", "关于", "一篇文章", "这是第一段正文，写得足够长，句子完整。",
                    "这是第二段正文，也写得足够长，句子完整。", "标签", "生活", "随笔", "上一篇", "某篇文章")
    reasons = removed_reasons(doc)
    assert reasons.get("随笔") == reasons.get("生活") == "the article's tags"
