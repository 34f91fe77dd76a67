"""Rules of the corpus's round 103 (issue 12, session 15): batch 67's unseen half — Butterfly's post
meta with its keys in English (Created / Updated / Word count: / Reading time: / Post View:) is the
page's, and the title stands above it. Tried and not kept: a short headline the <title> names whole
(第一篇博客) as the title for certain (it took banners for titles on four other pages, one unseen);
KKY's Online House as a blog's name (the headline lost its 🌱 and the header its clearing). Each
test but the guards fails on the reader before the round."""

from __future__ import annotations

from convert.reader.boilerplate import match_rule

from reader_pages import corpus_page, reason_at


def test_butterflys_english_post_meta_is_the_pages():
    # jgxnb.cn/001: 第一篇博客 / Created / 2022-03-06 / | / Updated / … / Word count: / 1.1k / | /
    # Reading time: / 3min / | / Post View: / the text
    doc = corpus_page("jgxnb.cn")
    assert doc.meta.title == "第一篇博客"
    assert [bool(reason_at(doc, n)) for n in (30, 33, 38, 41, 44, 45)] == [True] * 5 + [False]
    assert match_rule("Post View:", "header").name == "reading-stats"


def test_guard_created_inside_the_text_is_no_dateline():
    assert match_rule("Created", "body") is None
