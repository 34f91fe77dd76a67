"""Rules of the corpus's round 90 (issue 12, session 14): batch 50's unseen half — a <title>
whose parts a spaced middle dot joins, a post's 更新于 date with the year's last two figures or
in English, and a short stretch under the headline that goes on, through a how-to's short steps,
to the heaviest prose. Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from convert.reader.boilerplate import match_rule, title_spans

from reader_pages import corpus_page, reason_at


def test_a_spaced_middle_dot_joins_a_titles_parts():
    title = "佳句摘录 · Try 的博客"
    assert [title[a:b] for a, b in title_spans(title)] == ["佳句摘录", "Try 的博客"]
    doc = corpus_page("ctry.tech")   # … / 佳句摘录 (the menu's item, twice) / 佳句摘录 / 更新于: 25-02-16 / · / 3022 字
    assert doc.meta.title == "佳句摘录"
    for line in (5, 6, 7, 17):
        assert reason_at(doc, line) != "", line
    assert reason_at(doc, 20) == ""


def test_guard_a_middle_dot_inside_a_name_joins_nothing():
    title = "诺尔曼·白求恩纪念馆开馆"
    assert [title[a:b] for a, b in title_spans(title)] == [title]


def test_a_posts_update_date_in_english_or_with_two_figures():
    for line in ("Updated on 2023-10-22", "更新于: 25-02-16", "Posted on 2020-01-01"):
        rule = match_rule(line, "footer")
        assert rule is not None and rule.name == "timestamp", line
    assert reason_at(corpus_page("zhengpengde.vip"), 15) != ""


def test_a_short_stretch_under_the_headline_goes_on_through_short_steps_to_the_prose():
    # jsimple.hojun.cn/001: 如何优雅的加速Github / … / 前言 / 加速的方法有多种，… / Steam + + / … /
    # 使用教程： / 选择 / Github - 开源社区 / … / 只测试并使用过这两个，… / …: a how-to in short steps
    doc = corpus_page("jsimple.hojun.cn")
    for line in (32, 36, 39, 46, 60, 100):
        assert reason_at(doc, line) == "", line
    # (本文总共1325个字 | 您是第 / 位看到它们的小伙伴: the visitor counter's end, no first paragraph)
    assert reason_at(doc, 13) == "page meta line (reading statistics)"


def test_a_post_cut_at_every_code_span_keeps_its_text():
    # soulhacker.me/001: a Haskell note whose listings and inline code come out a token a line:
    # 2,116 lines of it were lost
    doc = corpus_page("soulhacker.me")
    kept = sum(1 for line in range(100, 2000, 50) if reason_at(doc, line) == "")
    assert kept >= 35


def test_guard_a_news_pages_feed_under_its_article_is_not_joined_to_it():
    # www.fangchan.com/002: the article / 西安 / 存量房 / 带押过户 (tags) / five related headlines /
    # 原创 / 宏观 / 政策 / … (the sections' menu) / a feed of teasers, each with its date
    doc = corpus_page("www.fangchan.com", "002")
    for line in (40, 43, 49, 58, 59):
        assert reason_at(doc, line) != "", line
