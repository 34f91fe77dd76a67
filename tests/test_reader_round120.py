"""Rules of the corpus's round 120 (issue 12, session 18): batch 84's second half (Hugo blogs). On a
page that sets a # by each section's title, a lone # is never a span of the sentence after it (an
interview's 腾讯科技 / ：你出身于… did not take the title and its # into the question); which side of
its # a title stands on shows in the neighbours too: the side that repeats (the interviewer's
name under each #) holds no titles; a blog's newsletter box (訂閱我們的電子報 / 立即訂閱) is the site's.
Accepted cost: one unseen sample (fresh-76) lost one heading and gained a false one, while two
others (fresh-83, fresh-86) gained boilerplate.
Left: a listing set one token a line (ericrzhu.com), a page of four posts (dayday.plus), the
newsletter box's own sentence between its label and button (willliu.me). Each test but the guards
fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, headings, kept_texts, read_page, reason_at


def test_an_interviews_sections_by_their_anchors():
    # dxmanoo.github.io/001: 访谈正文 / # / 一个传统教育下的“loser” / # / 腾讯科技 / ：你出身于… / 戴志康 / ：我没那么爱上学。… /
    # … / 只能挣到和自己同频人的钱 / # / 腾讯科技 / ：你20岁开发了discuz！…
    doc = corpus_page("dxmanoo.github.io")
    texts = [text for _, _, text in headings(doc)]
    assert {"只能挣到和自己同频人的钱", "成功的投资没有方法论", "我非常明确地知道方向"} <= set(texts)
    assert not any(text.startswith("腾讯科技") for text in texts)


def test_a_lone_anchor_ends_what_went_before():
    doc = read_page("标题", PROSE, "第一节标题", "#", "记者", "：你怎么看这件事？", PROSE, "第二节标题", "#", PROSE,
                    "第三节标题", "#", PROSE)
    assert not any(text.startswith("第一节标题") and "记者" in text for text in kept_texts(doc))


def test_guard_one_hash_is_no_pages_anchors():
    # (one # alone may be a prompt or a piece: the pieces before the clause join as before)
    doc = read_page("标题", PROSE, "第一节标题", "#", "记者", "：你怎么看这件事？", PROSE, "第二节标题", PROSE)
    assert "第一节标题#记者：你怎么看这件事？" in kept_texts(doc)


def test_a_newsletter_box():
    # willliu.me/001: … / 蘇花高不是一定不可以蓋，… / 訂閱我們的電子報 / 感謝閱讀！… / 立即訂閱 / …
    doc = corpus_page("willliu.me")
    assert reason_at(doc, 34) == "newsletter sign-up box"
    assert headings(doc) == []
