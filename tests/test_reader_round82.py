"""Rules of the corpus's round 82 (issue 12, session 13: batch 47's last half — alasutoru.github.io,
blog.sfmblog.cn, hstb1230.github.io, stone.moe, ylinl.github.io). Each test but the guards fails
on the reader before the round."""

from __future__ import annotations

from convert.reader.boilerplate import navigation_runs
from convert.reader.lines import Line
from convert.reader.rejoin import join_split_inline
from reader_pages import corpus_page, headings, reason_at


def _lines(*texts: str) -> list[Line]:
    return [Line(k + 1, text, 0, False) for k, text in enumerate(texts)]


def test_a_sentence_split_at_its_options_paths_and_commands_is_one_line():
    # blog.sfmblog.cn/001: Docker 的 / image / 存放位置通过修改服务的 / -g / 选项进行修改。 — each code span
    # the page set in the sentence on a line of its own
    joined = join_split_inline(_lines("Docker 的", "image", "存放位置通过修改服务的", "-g", "选项进行修改。"))
    assert [line.text for line in joined] == ["Docker 的image存放位置通过修改服务的-g选项进行修改。"]
    doc = corpus_page("blog.sfmblog.cn")
    assert reason_at(doc, 15) == "" and reason_at(doc, 40) == "" and reason_at(doc, 60) == ""


def test_a_page_title_part_set_again_only_in_the_footer_is_the_sites_name():
    # hstb1230.github.io/001: 分享个聊天接口｜Hstb的小世界 / … / 分享个聊天接口 / 作者 Hstb / … / Hstb的小世界 in
    # the copyright line at the page's end
    assert corpus_page("hstb1230.github.io").meta.title == "分享个聊天接口"


def test_a_sidebars_contents_list_after_the_text_spans_a_post_in_short_lines():
    # hstb1230.github.io/001: 前言 / 弄了好久，…， / … / 说明 / … / 接口 / 提交 / … / 说明 / … / 2333 /
    # ← Previous Post / 前言 / 说明 / 接口 / 提交 / 说明: a post written in clauses, one a line, weighs as no
    # prose; the list after it names its sections, and the text runs from the first to the list
    doc = corpus_page("hstb1230.github.io")
    for line in (16, 20, 22, 30, 33, 41, 44):
        assert reason_at(doc, line) == "", line
    assert reason_at(doc, 47) != "" and reason_at(doc, 57) != ""
    assert [text for _, _, text in headings(doc)][:2] == ["前言", "说明"]


def test_guard_a_contents_label_below_the_text_does_not_end_it():
    # blog.0ran9e.cn/001: …3bfc26f5d9f932ccf73f356019585edf / 目录 / 目录 / × / 题目：siem / …: the
    # sidebar's box, not the write-up's last lines
    doc = corpus_page("blog.0ran9e.cn")
    assert reason_at(doc, 164) == "" and reason_at(doc, 165) != "" and reason_at(doc, 166) != ""


def test_a_write_ups_sections_listed_after_it_keep_its_text():
    # blog.0ran9e.cn/001: the sidebar's 题目：siem / 介绍 / flag1:攻击者的ip是什么 / … after the text, each a
    # section's title above it in order: the text runs through all of them (it lost most of them)
    doc = corpus_page("blog.0ran9e.cn")
    for line in (18, 42, 44, 57, 84, 120):
        assert reason_at(doc, line) == "", line


def test_a_blogs_menu_in_english_or_traditional_words_is_a_menu():
    # 14kesu.github.io-like menus: Home / About / Archives / 關於我 / 檔案庫 between the site's name and
    # the headline — no paragraphs of the text
    runs = navigation_runs(_lines("一篇文章的标题在这里 | 某某的博客", "某某的博客", "Home", "關於我", "檔案庫", "Tags",
                                  "这是正文的第一段，内容很长，足以成为一段正文。"), 6, 6)
    assert runs == [(1, 6)]


def test_the_menu_ends_at_the_headline_the_page_title_names():
    # blog.aaayun.cc/001: 科目一刷学时脚本 / … / 主页 / 搜索 / 友人帐 / 留言板 / 关于 / 暗色模式 / 程序源码 /
    # 科目一刷学时脚本 / Jun 20, 2018: the headline under the menu is no item of it
    doc = corpus_page("blog.aaayun.cc")
    assert reason_at(doc, 9) == "site navigation menu" and reason_at(doc, 12) != "site navigation menu"
