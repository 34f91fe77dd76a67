"""Rules of the corpus's round 123 (issue 12, session 19): batch 83's first half (Hugo blogs). A
section title that the page marks with its heading anchor (配置路由 / #, as PaperMod sets one after
each title) below the text's seeming end shows the text going on, through its last line of prose
or code; the theme's dashes around a contents box's label (- 目录 -) do not hide the label.
Accepted cost: on the groups nobody looked at, fresh-76's false headings rose from 0.2 to 2.2 a
page (and its heading F1 fell 0.419 → 0.400) while its content kept rose 0.532 → 0.744; fresh-83's
boilerplate fell 0.970 → 0.962 while its content rose 0.810 → 0.882 and its heading F1 0.755 →
0.918. Left: a source note broken by its link (本文从 / http://… / 摘要下来, damonchen.github.io),
the comma lines between a post's categories and a title taken from them (xiaoxiauwu.github.io),
the last section of a note whose contents box lists sections removed over the text
(terryren.github.io lines 85-109), and bold section titles in a long report
(leventureqys.github.io). Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, headings, kept_texts, read_page, reason_at


def test_anchored_sections_carry_the_text_past_its_seeming_end():
    # fsj2009yx.github.io/001: … / 这里 proxy protocol 配置一定要带上，… / 配置路由 / # / 在 / root / … /
    # 运行 go-mmproxy / # / … / 客户端源 ip 显示在日志文件上，证明透明代理实现成功 / Linux / Frp / … / « Prev
    doc = corpus_page("fsj2009yx.github.io")
    assert not any(reason_at(doc, line) for line in range(162, 183))
    assert not any(reason_at(doc, line) for line in range(184, 205))
    assert {"配置路由", "运行 go-mmproxy"} <= {text for _, _, text in headings(doc)}
    assert all(reason_at(doc, line) for line in range(205, 221))   # (the tags, prev/next, the footer)


def test_dashes_around_a_contents_label_still_make_it_one():
    # terryren.github.io/001: - 目录 - / conda / configure navigator / … / 配置 in the header and in the
    # footer: the box lists the sections, which the text sets as its headings
    doc = corpus_page("terryren.github.io")
    assert {"conda", "configure navigator", "查看版本", "安装插件", "Juputer-lab"} <= {text for _, _, text in headings(doc)}
    assert "conda --version" in kept_texts(doc)


def test_guard_the_anchored_rule_never_shortens_the_text():
    # blog.yucapri.net/001: … 在需要代理的命令前加上proxychains4 ，如： / proxychains4 curl ip.gs /
    # 未完待续～～～ / 科学上网 / « Prev: the last anchored section's text stays whole
    doc = corpus_page("blog.yucapri.net")
    assert not reason_at(doc, 150) and not reason_at(doc, 151)


def test_guard_no_anchored_title_below_leaves_the_footer():
    doc = read_page("标题", "第一节", "#", PROSE, "第二节", "#", PROSE, "« Prev", "上一篇的标题", "© 2024 某某的博客",
                    "Powered by", "Hugo")
    assert all(reason_at(doc, line) for line in range(8, 13))
