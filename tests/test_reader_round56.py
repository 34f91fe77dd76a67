"""Rules of the corpus's round 56 (issue 12, session 10: the 1st and 3rd by name of batch 22's
unseen part — FX168 www.fx168.com, 百姓家电网 xw.baixingjd.com), each on the page or the small text of
the shape that showed it. Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, kept_texts, read_page, reason_at


def test_the_sites_accounts_on_weibo_are_the_pages():
    # www.fx168.com/001: the share bar / FX168 新浪微博 / FX168 139说客 / FX168 腾讯微博 / … over the text
    doc = corpus_page("www.fx168.com")
    assert reason_at(doc, 99) == reason_at(doc, 101) == "the site's call to follow it on a social network"


def test_a_sentence_about_weibo_stays():
    # (guard) the text's own line that names a weibo account in a sentence
    doc = read_page("某某说明", PROSE, "市民可关注新浪微博了解详情。", PROSE)
    assert "市民可关注新浪微博了解详情。" in kept_texts(doc)
