"""Rules of the corpus's round 84 (issue 12, session 13: the 1st, 3rd, 5th, 7th and 9th by name
of batch 50, a thirteenth sample of Chinese blogs on GitHub Pages — 109km.github.io,
674019130.github.io, arecardo.github.io, caijemmy.github.io, www.codebooklet.com). Each test but
the guards fails on the reader before the round."""

from __future__ import annotations

from convert.reader.boilerplate import match_rule
from reader_pages import corpus_page, reason_at


def test_a_headline_right_under_the_banner_over_an_english_date_leaves_the_rest_to_the_site():
    # 109km.github.io/001: 2004-2017的语无伦次 - 109km is a distance. / 109km / 2004-2017的语无伦次 /
    # 02 Dec 2017 / @阿信 / 魔兽世界 / 2004年的时候，…: the <title>'s Latin tagline is the site's
    assert match_rule("02 Dec 2017", "header") is not None
    doc = corpus_page("109km.github.io")
    assert doc.meta.title == "2004-2017的语无伦次" and reason_at(doc, 4) != ""


def test_guard_the_banner_copy_of_a_long_site_name_is_no_headline():
    # 12ain.github.io/001: 斐波那契数列 | Rain的心情杂货铺 / Rain的心情杂货铺 / …
    assert corpus_page("12ain.github.io").meta.title == "斐波那契数列"
