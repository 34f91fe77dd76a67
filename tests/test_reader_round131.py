"""Rules of the corpus's round 131 (issue 12, session 21): batch 97's first half (Hugo blogs tagged
折腾, gathered this session).
- A page's <title> may join the headline to the site's name with a double colon between spaces
  (我的世界1.18.1Paper服务端开服 :: Bravoooooooo — Hugo's terminal themes): the title is the
  headline's part, and the lines above the headline's copy are the site's header.
Groups nobody looked at gained two titles (fresh-93: tosa.team, 0.9 → 1.0; fresh-97's unseen half:
blueisle.cf, 0.8 → 1.0) and lost a trace of boilerplate (fresh-65 0.9645 → 0.9643). A looked-at
page lost its title: caijemmy.github.io's <title> 管孩子 :: 暮鼓晨钟 now names the site as its last
part, and the title finder takes a <title>'s short last part for the headline (a rule written for
某某所 - 分析及咨询事务部 - 中药组), where the text's own copy of 管孩子 stands lower.
Left: magren.cn's section titles (2020 / 健康 / Code), short lines without marks; whzzz467's one-line
post; colored-dye.github.io's Jekyll header (Created on April 30, 2021 / 2021 · / journal ·).
Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import corpus_page, reason_at


def test_a_double_colon_joins_the_headline_to_the_sites_name():
    # binary0208.github.io/001: 我的世界1.18.1Paper服务端开服 :: Bravoooooooo / > / $ cd /home/ / 博客 /
    # One minute / 我的世界1.18.1Paper服务端开服 / 前置要求 / …
    doc = corpus_page("binary0208.github.io")
    assert doc.meta.title == "我的世界1.18.1Paper服务端开服"
    assert all(reason_at(doc, line) for line in (1, 2, 3, 4))


def test_guard_a_double_colon_inside_a_name_joins_nothing():
    # (Rust 的 std::mem::take: a path's colons, no spaces around them)
    from convert.reader.boilerplate import title_spans

    title = "Rust 的 std::mem::take 用法"
    assert title_spans(title) == [(0, len(title))]
