"""Rules of the corpus's round 134 (issue 12, session 22): batch 101's first half (Hugo blogs tagged
电影, gathered this session). Round 133 had already read three of its five pages right.
- 阅读耗时: 3 分钟 is the post's reading time.
- A date right above or under a line of the page's metadata, between the title and the text of a
  web page, is the post's time (2024年9月21日 / 阅读耗时: 3 分钟).
Groups nobody looked at: fresh-82 boilerplate 0.800 → 0.829 (www.iyouport.org). None lost.
Left: kesaubeeire.github.io, a pandoc page with no chrome: its sections are short lines without
marks after LaTeX or a sentence closed by a half-width period, and the joiner runs 文献1:(…) into
the paragraph under it.
Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import corpus_page, kept_texts, read_page, reason_at


def test_a_date_beside_the_reading_time_is_the_posts_time():
    # www.oddyti.com/001: 《那年夏天，宁静的海》观后感 / 北野武导演的… / 2024年9月21日 / 阅读耗时: 3 分钟 / 观看时间：2024年秋
    doc = corpus_page("www.oddyti.com")
    assert reason_at(doc, 19) and reason_at(doc, 20)
    assert not reason_at(doc, 21)


def test_guard_a_date_alone_under_the_headline_stays():
    # a web page (its menu removed), the headline, a date with no metadata beside it, the text:
    # the date may be the document's own (a notice's), not the post's metadata
    doc = read_page("关于开展安全检查的通知 - 某某网", "首页", "新闻", "通知公告", "关于开展安全检查的通知", "2024年9月21日",
                    "各单位：为做好安全生产工作，现就开展安全检查有关事项通知如下，请认真贯彻落实。",
                    "一、检查时间。自即日起至年底，各单位要按照要求开展自查，发现问题及时整改。")
    assert not reason_at(doc, 6)
