"""Rules of the corpus's round 75 (issue 12, session 12: batch 39's last unseen half, Chinese blogs
on GitHub Pages — 12ain.github.io, 1996wanglei.github.io, 3xsh0re.github.io, lav2.top,
www.5guang.top). Each test fails on the reader before the round."""

from __future__ import annotations

from convert.reader.titles import continues_title
from reader_pages import corpus_page


def test_a_short_headline_beside_a_site_name_without_hanzi():
    # www.5guang.top/001: <title> 我的第一篇博客 | zhangWenguang; the menu twice, then 我的第一篇博客 /
    # Written by / 5guang / … / May 16, 2020: seven characters, but the only part with hanzi
    assert corpus_page("www.5guang.top").meta.title == "我的第一篇博客"


def test_a_menus_about_is_no_titles_second_line():
    # 3xsh0re.github.io/001: 博客简介 / 首页 / 关于 / 归档 / …: 关于 alone is the menu's "About"
    assert not continues_title("博客简介", "关于") and not continues_title("博客简介", "归档")
    assert continues_title("市人民政府办公室", "关于印发某某工作方案的通知")
    assert corpus_page("3xsh0re.github.io").meta.title == "博客简介"
