"""Rules of the corpus's round 118 (issue 12, session 18): batch 80's second half (Hugo and Hexo
blogs). A tilde ends a casual sentence (这样也好~): the line after it is no continuation, and a
subhead may stand under it or over it; a <title> whose whole text the page sets again as its
headline (Book Review | I am sailing) is the title whole, not a headline and a site's name; a
page with no prose (a list of goals and tables) ends above NexT's sidebar (文章目录 / 站点概览 / the
sections again); NexT's key 分类于 takes the category on the next line with it.
Left: a subhead over a paragraph that ends on …… (0326.github.io: a rhetorical question over
one would be taken too); the last item of a step list, short, over the post's tag (xinb.in); an English subtitle
under the title (0livia99.github.io). Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, headings, kept_texts, read_page, reason_at


def test_a_tilde_ends_a_sentence():
    # 0326.github.io/001: … / 十月的追忆 / …这样也好~ / 十一月的收获 / …大学可以白上了！ / …
    doc = corpus_page("0326.github.io")
    assert {"十月的追忆", "十一月的收获"} <= {text for _, _, text in headings(doc)}


def test_a_tilde_line_is_not_joined_to_the_next():
    doc = read_page("标题", PROSE, "有关学习，自己要学的真的还有很多！自己也得加油，抓紧吧~", "永远对自己有信心，对自己的项目有信心。")
    assert "永远对自己有信心，对自己的项目有信心。" in kept_texts(doc)


def test_a_title_set_whole_as_the_headline():
    # 0livia99.github.io/001: Book Review | I am sailing / 🦷 / Rubber Duck's Bizarre Adventure / … /
    # Book Review | I am sailing / To be near you, to be free / Jun 11, 2023 / …
    doc = corpus_page("0livia99.github.io")
    assert doc.meta.title == "Book Review | I am sailing"


def test_a_list_page_ends_above_the_sidebar():
    # www.sellfish.top/001: … / 5.学会养猫，尝试照顾一条小生命 / 准备领养，有空去看看 / 黄金时代 / 文章目录 /
    # 站点概览 / 1. / 1.运动健身，六块腹肌 / … / 毕竟几人真得鹿，不知终日梦为鱼 / 2 / 日志 / …
    doc = corpus_page("www.sellfish.top")
    assert all(reason_at(doc, line) for line in range(42, 59))
    assert [label + text for _, label, text in headings(doc)] == [
        "1.运动健身，六块腹肌", "2.读50本书，不限于专业书籍，文史哲，社科…", "3.学会一门乐器，目前对架子鼓比较感兴趣",
        "4.电影这个东西，看多了会上瘾， 20+吧", "5.学会养猫，尝试照顾一条小生命"]


def test_the_category_under_its_key():
    # www.sellfish.top/001: 2021目标 / 发表于 / 2021-05-01 / 更新于 / 2021-05-05 / 分类于 / 胡思乱想 / 1.运动健身…
    doc = corpus_page("www.sellfish.top")
    assert reason_at(doc, 13).startswith("page metadata")


def test_guard_a_contents_box_over_the_text_keeps_it():
    # 007slm.github.io/001: antlr备忘 / 2018-10-26 / … / 文章目录 / antlr 备忘 / antlr 备忘 / enter every rule / …:
    # a box over the text lists the headline's words — the text under it stays
    doc = corpus_page("007slm.github.io")
    assert not reason_at(doc, 22)


def test_guard_the_menu_again_is_no_box():
    # 1124839262.github.io/001: … / 首页 / 归档 / … / 文章目录 / … / 首页 / 归档 / 关于 / 友链 / the text
    doc = corpus_page("1124839262.github.io")
    assert not reason_at(doc, 47)
