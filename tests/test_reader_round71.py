"""Rules of the corpus's round 71 (issue 12, session 12: the 1st, 3rd, 5th, 7th and 9th by name
of batch 39, a fourth sample of Chinese blogs on GitHub Pages — 0wantpeach0.github.io,
1578055132.github.io, 2990275358.github.io, 404lcy.github.io, vip.6oo.cn). Each test fails on
the reader before the round, except those named test_guard_…"""

from __future__ import annotations

from convert.reader.boilerplate import match_rule
from reader_pages import corpus_page, headings, reason_at, region_spans_listing, removed_lines

ANCHOR = "heading anchor (the link a page sets beside a section's title)"


def test_a_short_headline_over_its_writer_and_the_time_of_posting():
    # 1578055132.github.io/001: <title> Java基础 | 君哥聊编程, too short for a headline the title names;
    # the page sets Java基础 / 君哥 / 2100-05-01 12:44:15 over the post: its menus and sidebar above go
    doc = corpus_page("1578055132.github.io")
    assert doc.meta.title == "Java基础"
    assert set(range(9, 55)) <= removed_lines(doc)


def test_guard_a_news_sections_name_over_its_timestamps_is_no_headline():
    # the bare date-and-time rule reads only a page whose <title> names no line of its own:
    # chinadaily.com.cn, news.39.net and www.21cbh.com keep their headlines (their labels)
    for source, headline in (("chinadaily.com.cn", "外国专家：中美合作共赢符合国际社会利益"),
                             ("news.39.net", "《热辣滚烫》贾玲瘦了100斤，她说：“我的减重非常健康”，怎么做到的？"),
                             ("www.21cbh.com", "分析师独董首案：中信分析师杨治山被查")):
        assert corpus_page(source).meta.title == headline, source


def test_other_articles_heads_the_related_list():
    # 2990275358.github.io/001: … 五、新增图像 / <canvas>… / <svg>… / 其他文章 / js / 分页器 / 23/10/03
    assert match_rule("其他文章", "footer") is not None
    doc = corpus_page("2990275358.github.io")
    assert not set(range(54, 71)) & removed_lines(doc)
    assert 71 in removed_lines(doc)


def test_a_shell_listing_token_by_token_is_no_wall():
    # vip.6oo.cn/001: echo / "theme = 'hugo-theme-relearn'" / >> / hugo / . / toml / hugo / server / - / t …
    assert region_spans_listing("指向当前主题路径之后，就可以在本地启动网站了，命令如下，记得先进入站点的根目录再执行：",
                                "hugo server - t hugo - theme - relearn -- buildDrafts hugo server - t shadocs -- buildDrafts",
                                "主题提供了为您的网站创建骨架的原型，您可以用下面的命令创建章节页面，然后再创建它下面的文章。")


def test_the_anchors_before_a_sections_title_mark_the_headings():
    # 404lcy.github.io/001 (VuePress): # / 实现原理 / text … # / HTML布局 / …: the # goes with its reason,
    # and the line it marks is a heading — the first one too, right under the post's date and tag
    doc = corpus_page("404lcy.github.io")
    assert reason_at(doc, 55) == ANCHOR and reason_at(doc, 56) == ""
    found = [text for _, _, text in headings(doc)]
    assert found[:3] == ["实现原理", "HTML布局", "CSS分析"]


def test_guard_footnote_marks_and_tags_are_no_anchors():
    # www.govtlab.gov.hk/001: # / ¶ / @ / ^ / § mark a table's footnotes; mydrivers.com/001:
    # # / 天文航天 / # / 月球 / … are the post's tags — neither gives a heading
    assert headings(corpus_page("mydrivers.com")) == []
    assert reason_at(corpus_page("www.govtlab.gov.hk"), 75) != ANCHOR
