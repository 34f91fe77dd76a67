"""Rules of the corpus's round 110 (issue 12, session 17): batch 76's first half (Hugo blogs). A
theme's notice of an old post's age (本文发布于 3506 天前，…可能已发生改变) is the page's; 条评论, 1 分钟阅读
and PaperMod's 2016年6月1日 · 1 分钟 are its counters; hello-friend's licence box keys (转载标题：,
作品采用：) are the box's; Last modified on 2014-01-11 is the page's history. A one-part <title> set
again over the post's bare date is the headline, past a contents box that lists a section of that
name. The writer's list of sources under the text (参考链接： / a title) is the document's, when it
runs into the site's lines. An outlet's reporter byline right over the text (澎湃新闻记者 林平) is
the report's. Tried and not kept: a name before an ASCII comma (by / 澎湃新闻, / at …) as part
of a byline widget — it never reached the run; a trailing comma ignored in every short label — it
took 这个月底，/ 日前， (a sentence's first words) for widgets on looked-at pages. Each test but the
guards fails on the reader before the round."""

from __future__ import annotations

from convert.reader.boilerplate import match_rule

from reader_pages import PROSE, corpus_page, headings, kept_texts, read_page, reason_at


def test_a_short_poem_under_its_age_notice():
    # eallion.com/001: 故事 / 发布于 / 2011.06.26 / 条评论 / 0 / 次浏览 / 1 分钟阅读 / 提醒：本文发布于 3506 天前，… /
    # eleven short lines of the story
    doc = corpus_page("eallion.com")
    assert doc.meta.title == "故事"
    assert all(reason_at(doc, line) for line in (20, 22, 23, 24))
    kept = kept_texts(doc)
    assert kept[0] == "懵懂的年纪" and "真爱，也有尊严。" in kept


def test_a_one_part_title_over_its_bare_date_past_a_contents_box():
    # insideout.top/001: 没有结束 / … / - 目录 - / … / 没有结束 (a section) / … / 没有结束 / 2014-01-11 / folder / …
    doc = corpus_page("insideout.top")
    assert doc.meta.title == "没有结束"
    assert [text for _, _, text in headings(doc)] == ["我珍视这几个月", "改变", "记忆碎片", "入戏", "被遗忘的教导", "没有结束"]
    assert kept_texts(doc)[0].startswith("直到回家之前")
    assert reason_at(doc, 125)   # Last modified on 2014-01-11


def test_the_writers_sources_under_the_text():
    # hanmoe.github.io/001: … / 参考链接： / 怎样设置才能把A3文档打印到A4纸上 / excel (a tag) / 在 GitHub 上编辑此页 / …
    doc = corpus_page("hanmoe.github.io")
    assert kept_texts(doc)[-2:] == ["参考链接：", "怎样设置才能把A3文档打印到A4纸上"]


def test_guard_sources_in_the_middle_of_the_text_end_nothing():
    # 1ens.github.io/001: … / 参考： / an article's title / 其关键函数如下： / a listing … — the text goes on
    doc = corpus_page("1ens.github.io")
    assert not reason_at(doc, 60) and not reason_at(doc, 104)


def test_an_outlets_reporter_over_the_text():
    # project-gutenberg.github.io/001: … / 原文链接 / 备份链接 / 澎湃新闻记者 林平 / 2月26日上午，…
    doc = corpus_page("project-gutenberg.github.io")
    assert not reason_at(doc, 20) and "澎湃新闻记者 林平" in kept_texts(doc)


def test_post_meta_lines():
    assert match_rule("2016年6月1日 · 1 分钟", "body").name == "reading-stats"
    assert match_rule("2016-06-01 · 3 分钟 · 1200 字", "body").name == "reading-stats"
    assert match_rule("条评论", "body").name == "reading-stats"
    assert match_rule("1 分钟阅读", "body").name == "reading-stats"
    assert match_rule("Last modified on 2014-01-11", "footer").name == "edit-page"
    assert match_rule("转载标题：", "footer").name == "licence-box"


def test_guard_a_sentence_about_days_is_no_notice():
    rule = match_rule("项目发布于30天前，市场反响很好，销量可能已经翻番。", "body")
    assert rule is None or rule.name != "age-notice"
    assert match_rule("十分钟阅读一篇文章", "body") is None
