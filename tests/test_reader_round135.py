"""Rules of the corpus's round 135 (issue 12, session 22): batch 99's first half (Hugo blogs in
categories/折腾, gathered this session).
- The headline's copy that the cleaner measures the site's header to is the last one in the
  header's zone, nearest the text, when the page sets it several times above the text (滴！打卡！ / menu / 滴！打卡！ / a sidebar's tree of
  other posts / 博客 / 滴！打卡！ / the date / the text): on a page that shows itself as scraped, all that
  stands between the <title> and that copy is the site's.
Groups nobody looked at: fresh-91 boilerplate (bearfly1990.github.io 0.2 → 0.4). None lost.
Tried and dropped: a short headline (four hanzi to seven) that the <title> names whole scores as
named (面试准备 under 面试准备 - Ush Terek). It won three titles nobody had looked at, but the
<title>'s part the cleaner keeps is at times the site's name (心平气和, 网易娱乐), and two looked-at
titles went to it; an unseen page lost content.
Left: cyan-zhou.github.io's title (that rule) and its admonition boxes' 答案 labels; asgpipo's last
section, which repeats the title (W-TinyLFU), ends the text; hugo.lwnlh.com's text ends where a
code block's line numbers (1 / 2) stand, taken for a counter; blog.mfya.cn's <span title=…> line.
Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import corpus_page, kept_texts, reason_at


def test_the_headline_copy_nearest_the_text_bounds_the_header():
    # wdh.hk/001: 滴！打卡！ – Daaihang Wong Online / … / 滴！打卡！ / 关于 / 文档 / 使用Netlity加速Github Page / … /
    # 浅色 / 深色 / 返回顶部 / 博客 / 滴！打卡！ / 滴！打卡！ / 2024 年 03 月 11 日 / 不懂从什么时候开始，…
    doc = corpus_page("wdh.hk")
    assert all(reason_at(doc, line) for line in range(12, 20))
    assert kept_texts(doc)[1].startswith("不懂从什么时候开始")

