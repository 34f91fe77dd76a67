"""Rules of the corpus's round 67 (issue 12, session 11: the 1st, 3rd, 5th, 7th and 9th by name
of batch 35, Chinese blogs as GitHub Pages serve them — 0206-day.github.io, 0ziyuan.github.io,
1007class.github.io, blog.hikki.site, jsimple.hojun.cn). Each test fails on the reader before
the round."""

from __future__ import annotations

from reader_pages import corpus_page, read_page, removed_lines


def test_the_part_of_the_page_title_over_the_posts_date():
    # 1007class.github.io/001: <title> 开篇 | 1007 我们一起; the banner 1007 我们一起, the menu (标签 among
    # its items), then 开篇 / 发表于 / 2013-10-01: the headline is the short part, not a tag
    assert corpus_page("1007class.github.io").meta.title == "开篇"
    # 0ziyuan.github.io/001: Hello World | 小狐狸的被窝 — a Latin headline on a Chinese blog
    assert corpus_page("0ziyuan.github.io").meta.title == "Hello World"
    doc = read_page("随笔 | 某某的小站", "某某的小站", "首页", "归档", "标签", "随笔", "发表于", "2020-10-06",
                    "今天终于把博客搭起来了，打算以后在这里记录学习和生活中的点点滴滴，也算给自己留个念想。")
    assert doc.meta.title == "随笔"


def test_a_blogs_counters_are_no_table():
    # 1007class.github.io/001: …IT半吊子 / # 生活 / the next post / 站点概览 / 1007 / 我们一起 / 27 / 日志 /
    # 15 / 分类 / 43 / 标签 / RSS / © 2019 …: the sidebar and the footer, not a table's cells
    assert set(range(35, 48)) <= removed_lines(corpus_page("1007class.github.io"))
