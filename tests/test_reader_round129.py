"""Rules of the corpus's round 129 (issue 12, session 21): batch 96's first half (Hugo blogs filed
under 编程, gathered this session).
- A sidebar's contents list after the text, under its own label (目录 / Mirrors / Locales / Disk
  Configuration / …), may name sections in Latin letters: its entries need no hanzi. The text then
  runs from its opening — the lines between the body's own copy of the headline and the first
  section (首先在 / Arch Linux / 官网下载iso文件，… / 输入 / archinstall / 进入安装界面) — to the last
  section's text. (Without that copy, the lines over the first section may be the header's own:
  | Updated February 9, 2025 / Git, merthon.github.io.)
- Past the text's end, notes that go on in code listings set one token a line (plt / . / plot /
  ([ / …), with a section's title or a few words between them, are the text's: it runs through
  the last listing, unless a line a rule took for the site's, or a wall of short lines, stands
  between.
- A short headline that the <title> names beside the blog's name is the title when the post's
  bare date stands up to four lines under it (LoveIt: 知与博 / its subtitle / Borer / included
  in / Thoughts / 2021-09-22).
Groups nobody looked at gained (content kept: fresh-56 0.316 → 0.737, fresh-60 0.941 → 0.957,
fresh-80 0.873 → 0.911, fresh-83 0.882 → 0.962, fresh-84 0.608 → 0.776; fresh-83's heading F1
0.918 → 0.935) and lost boilerplate on two pages, whose tags and a sidebar's related titles
between the text and its next listing now stay (fresh-60 0.951 → 0.942, fresh-84 0.923 → 0.917).
Left: abananajuice.github.io's last listings, whose comments lost their # and whose tokens are
too few a run to be told for code, and a `close` token a rule takes for a button;
rosefinch-midsummer.github.io, a reading note's 118 headings with no text under them and its
contents box over them.
Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, headings, kept_texts, read_page, reason_at


def test_a_sidebar_contents_list_in_latin_letters_spans_the_text():
    # chaosalphard.github.io/001: … / Arch Linux 安装手册 (the body's copy) / 首先在 / … / Mirrors / … /
    # Install / … / Licensed under CC BY-NC-SA 4.0 / … / 目录 / Mirrors / Locales / … / Install
    doc = corpus_page("chaosalphard.github.io")
    assert doc.meta.title == "Arch Linux 安装手册"
    found = [text for _, _, text in headings(doc)]
    assert found[:3] == ["Mirrors", "Locales", "Disk Configuration"] and found[-1] == "Install" and len(found) == 19
    assert not reason_at(doc, 7) and not reason_at(doc, 11)   # 首先在, archinstall: the text's opening


def test_listings_after_the_texts_last_prose_are_the_texts():
    # hadxu.github.io/001: 使用hogo发现了新大陆，… / youtube / ，同时… / 同时，在我的项目中，…如下的文件 / mp3.html /
    # 1 / < / audio / src / = / "/post/mp3/{{.Get `url`}}" / … / >
    doc = corpus_page("hadxu.github.io")
    assert not any(reason_at(doc, line) for line in range(21, 38))


def test_a_short_headline_named_by_the_title_over_loveits_fields():
    doc = corpus_page("janu-yieg.github.io")
    assert doc.meta.title == "知与博"


def test_guard_a_listing_under_the_sites_footer_line_is_not_the_texts():
    doc = read_page("测试页面 - 某某博客", "首页", "归档", "关于", "测试页面", PROSE, PROSE,
                    "版权所有 © 2024 某某博客",
                    "import", "os", "def", "main", "(", ")", ":", "return")
    assert "main" not in kept_texts(doc) and reason_at(doc, 11)


def test_guard_a_listing_past_a_wall_of_short_lines_is_not_the_texts():
    doc = read_page("测试页面 - 某某博客", "首页", "归档", "标签", "关于", "搜索", "测试页面", PROSE, PROSE,
                    *[f"书单{n}" for n in "一二三四五六七八九十"],
                    "import", "os", "def", "main", "(", ")", ":", "return", "© 2024 某某博客")
    assert "main" not in kept_texts(doc)
