"""Rules of the corpus's round 96 (issue 12, session 15): batch 56's unseen half, which the reader
already read well — a theme's card of the writer under the post (WRITTEN BY) is the site's. Tried
and not kept: the epigraph between a contents box and the first section (机遇只会光顾有准备的人) as
the text's (it cost an unseen group boilerplate). Each test but the guards fails on the reader
before the round."""

from __future__ import annotations

from convert.reader.boilerplate import match_rule

from reader_pages import corpus_page, reason_at


def test_the_writers_card_under_the_post_is_the_sites():
    # blog.cqqqwq.com/001 (Zzo): … / 下学期大概就是这样的目标吧。 / WRITTEN BY / cqqqwq /
    # A student in Software Engineering. / the previous and next posts
    doc = corpus_page("blog.cqqqwq.com")
    assert reason_at(doc, 72) == "the writer's card under the post"
    assert reason_at(doc, 71) == ""


def test_guard_written_by_inside_the_text_is_no_card():
    assert match_rule("Written by", "body") is None
    assert match_rule("Written by a friend of mine, this poem", "footer") is None
