"""Rules of the corpus's round 102 (issue 12, session 15): batch 65's unseen half — a diary's
sections dated in brackets (开始健身(2017.03) / 回南天(2018.03)) are its outline; a sidebar's
numbered contents list spans the text when half its sections stand over their text (the other
half over a short line); 欢迎您订阅我们的微信公众号 is the site's. Each test but the guards fails
on the reader before the round."""

from __future__ import annotations

from convert.reader.boilerplate import match_rule

from reader_pages import PROSE, corpus_page, headings, read_page, reason_at


def test_a_diarys_dated_sections_are_its_outline():
    # goverse.github.io/001 (Hacker): 健身 / 2017-01-22 / an epigraph / 开始健身(2017.03) / … / 新技巧(2018.10)
    texts = [text for _, _, text in headings(corpus_page("goverse.github.io"))]
    assert len(texts) >= 16
    assert "回南天（2018.03）" in texts and "反思（2018.09.07）" in texts


def test_guard_one_bracketed_year_alone_is_no_section():
    doc = read_page(PROSE, "我出生于(1990)", PROSE, PROSE)
    assert headings(doc) == []


def test_a_numbered_sidebar_list_spans_the_text_with_half_its_sections_over_short_lines():
    # wingjay.com/001 (NexT.Mist): … / 我的写作风格 / 简单，直接，文艺 / 逗逼 / #随笔 / 相关文章： / … /
    # 文章目录 / 站点概览 / … / 1. / 我和博客的那些事 / 2. / … / 4. / 我的写作风格
    doc = corpus_page("wingjay.com")
    assert [reason_at(doc, n) for n in (46, 47, 48)] == ["", "", ""]
    assert [text for _, _, text in headings(doc)][-1] == "我的写作风格"


def test_a_wechat_subscribe_prompt_is_the_sites():
    assert reason_at(corpus_page("www.lightvalley.org"), 33) == "WeChat footer/widget"
    assert match_rule("欢迎您订阅我们的微信公众号，快扫一扫吧:)", "body").name == "wechat"
