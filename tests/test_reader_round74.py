"""Rules of the corpus's round 74 (issue 12, session 12: the 1st, 3rd, 5th, 7th and 9th by name
of batch 41, a fifth sample of Chinese blogs on GitHub Pages — 1ens.github.io, al0ne1y.github.io,
blog.0ran9e.cn, blog.drehtsich.cc, cpurely.github.io). Each test fails on the reader before the
round."""

from __future__ import annotations

from convert.reader.boilerplate import match_rule
from reader_pages import corpus_page, headings, reason_at

BOX = "the article's contents box (its entries are the sections below)"


def test_a_short_headline_over_its_writer_tags_and_posting_date():
    # 1ens.github.io/001: <title> WER - 1ens's blog; WER / 1ens / WP / WP / 发布于：2022年5月26日
    assert corpus_page("1ens.github.io").meta.title == "WER"


def test_a_counter_without_its_figure_a_word_count_and_a_reading_time():
    # 1ens.github.io/001: 次浏览; cpurely.github.io/001: 约 760 字 / 预计阅读 2 分钟 / 次阅读
    for line in ("次浏览", "次阅读", "约 760 字", "预计阅读 2 分钟"):
        rule = match_rule(line, "body")
        assert rule is not None and rule.name == "reading-stats", line
    assert match_rule("约有三成的人次浏览过这个页面，这说明了什么？", "body") is None


def test_the_posts_permanent_link_is_the_pages():
    # 1ens.github.io/001: 本文永久链接是： / http://example.com/2022/05/26/WER/
    rule = match_rule("本文永久链接是：", "footer")
    assert rule is not None and rule.name == "repost"
    assert reason_at(corpus_page("1ens.github.io"), 155) != ""


def test_a_blogs_contents_box_over_its_text_names_the_sections():
    # cpurely.github.io/001: 文章目录 / 配置latex / 配置支持数学公式的markdown / 参考 / the first paragraph /
    # 配置latex / …: the box goes, the paragraph under it stays, its entries are the headings below
    doc = corpus_page("cpurely.github.io")
    assert reason_at(doc, 22) == BOX and reason_at(doc, 23) == BOX and reason_at(doc, 26) == ""
    found = [text for _, _, text in headings(doc)]
    assert found[:2] == ["配置latex", "配置支持数学公式的markdown"]


def test_a_posts_dateline_fields_are_the_pages():
    # read on the looked-at pages whose first page still showed them: hznu.online/001 发表于 / 2021-12-07 /
    # 分类于 / 随笔 / 本文字数： / 754; blog.drehtsich.cc/001 评论数：; jsimple.hojun.cn/001 本文总共1325个字 |
    # 您是第…; xiaoheidian.site/001 2021-11-21 / | / 更新于
    for line, zone in (("分类于", "body"), ("本文字数：", "body"), ("评论数：", "body"),
                       ("本文总共1325个字 | 您是第", "body"), ("|", "header")):
        assert match_rule(line, zone) is not None, line
    assert match_rule("本文字数不多，但是每一句都是真心话。", "body") is None
    assert reason_at(corpus_page("hznu.online"), 20) != ""
