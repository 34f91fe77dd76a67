"""Rules of the corpus's round 119 (issue 12, session 18): batch 81's first half (Hugo blogs). A
technical post's section words (问题 / 解决 / 原因 / 参考), three or more different ones each alone
over its text, are its outline; a section word that opens with a surname (简介) is no writer's
name under the post's date; a table's longer cells between its short ones are no box of links;
a Markdown picture's source (![图片说明](https://…)) is no prose to find the text by.
Left: a one-part <title> (人生) set again under the menu over a longer line (the Stack theme's
subtitle) — trusting it cost an unseen sample's headings (menglf-mo.github.io); a tutorial whose
sentences end without marks (gbwater.top); a Markdown cheat sheet whose sidebar lists its sample
headings (blog.li2co3.icu: they become headings). Each test but the guards fails on the reader
before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, headings, read_page, reason_at


def test_a_technical_posts_section_words():
    # www.ganymedenil.com/001: … / 问题 / Laravel说明文档中的… / … / 解决 / 在 / config/database.php / … /
    # 原因 / 据Predis作者… / 参考 / https://github.com/…
    doc = corpus_page("www.ganymedenil.com")
    assert [text for _, _, text in headings(doc)] == ["问题", "解决", "原因", "参考"]


def test_guard_section_words_in_a_row_are_a_tables_header():
    doc = read_page("标题", PROSE, "问题", "原因", "解决", "网络断开", "超时设置", "调大超时", PROSE)
    assert headings(doc) == []


def test_a_section_word_under_the_date_is_no_writer():
    # gbwater.top/001: 210 Onedrive 使用指南 / Oct 01, 2020 / 简介 / 微软网盘SkyDrive已更名为OneDrive，…
    doc = corpus_page("gbwater.top")
    assert not reason_at(doc, 14)
    assert doc.meta.author == ""


def test_a_tables_long_cells_are_no_links():
    # candybliss.github.io/001: … / 较长 / 控制器实现方式 / 绝大多数微程序控制 / 绝大部分是硬布线控制 / 软件系统开发时间 / 较短 / …
    doc = corpus_page("candybliss.github.io")
    assert not any(reason_at(doc, line) for line in (79, 80, 81))


def test_a_markdown_picture_is_no_prose():
    # blog.li2co3.icu/001: the <title> / the menu / the font pickers / 目录 / its entries, one a
    # ![图片说明](https://…) / … / Markdown 学习记录 / … / the cheat sheet: the header goes, up to the title
    doc = corpus_page("blog.li2co3.icu")
    assert all(reason_at(doc, line) for line in (5, 6, 10, 11, 33, 55))
    assert not reason_at(doc, 84)
