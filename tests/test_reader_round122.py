"""Rules of the corpus's round 122 (issue 12, session 18): batch 85's second half (Hugo and Hexo
blogs). The text does not run on across the label of NexT's sidebar (文章目录 / 站点概览 / 1. / Day 0 /
… / 32 / 日志): its entries are the text's sections again and its counters no table — so the
sidebar goes, and its entries tell the sections above.
Left: the text's last short sentence under a …, over the post's tags, goes with the footer
(cutekibry.github.io lines 146-147: keeping it took boilerplate from eleven other pages); a post
whose title is its date (kentxxq.com); a Hexo tag left raw in a Hugo page (niko-karen.github.io);
FixIt's metadata lines (www.tsuhao.net). Each test but the guards fails on the reader before the
round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, headings, read_page, reason_at


def test_the_text_stops_at_nexts_sidebar():
    # cutekibry.github.io/001: … / 满目萧然，不知所言。 / # OI / 渲染测试 / 一只水水獭的梦想 / 文章目录 / 站点概览 /
    # 1. / Day 0 / 1.1. / 在动车上 / … / 4.2. / 关于文化课 / Tsukimaru Oshawott / … / 32 / 日志 / …
    doc = corpus_page("cutekibry.github.io")
    assert all(reason_at(doc, line) for line in range(148, 189))
    assert {"在动车上", "回到房间", "看电影", "关于 NOIP"} <= {text for _, _, text in headings(doc)}


def test_guard_a_contents_label_inside_the_text_stays():
    doc = read_page("标题", PROSE, PROSE, "目录", "第一章 总则", "第二章 附则", PROSE, PROSE)
    assert not reason_at(doc, 4)
