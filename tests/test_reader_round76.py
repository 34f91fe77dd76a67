"""Rules of the corpus's round 76 (issue 12, session 12: the 1st, 3rd, 5th, 7th and 9th by name
of batch 43, a sixth sample of Chinese blogs on GitHub Pages — 007slm.github.io,
55kwukai.github.io, 7133017.github.io, blog.lovetianci.cn, risehere.net). Each test fails on the
reader before the round."""

from __future__ import annotations

from reader_pages import corpus_page, headings, reason_at

BOX = "the article's contents box (its entries are the sections below)"


def test_a_question_beside_its_anchor_is_a_title():
    # 7133017.github.io/001 (PaperMod): 一、频响曲线 / # / 是什么？ / # / 频响曲线描述的是… — a question the
    # page marks with its heading's # is a heading, not a sentence
    found = [text for _, _, text in headings(corpus_page("7133017.github.io"))]
    assert "是什么？" in found and "怎么看？" in found


def test_a_themes_table_of_contents_in_english_over_the_text():
    # 7133017.github.io/001: Table of Contents / 一、频响曲线 / 是什么？ / … / 五、实践建议, then the intro
    # and the sections: the box goes, and its entries are not a second set of headings
    doc = corpus_page("7133017.github.io")
    assert reason_at(doc, 20) == BOX and reason_at(doc, 21) == BOX and reason_at(doc, 40) == ""
    found = [text for _, _, text in headings(doc)]
    assert found.count("频响曲线") == 1


def test_two_ascii_brackets_in_a_listing_are_code():
    # soulhacker.me/001: myLength / [] / = / 0 — a Haskell listing token by token; 111qqz.com/001: dp / [ /
    # 2 / ][ / C / ]: two ASCII brackets are a button's only beside the page's lines, as one is
    from convert.reader.boilerplate import match_rule
    assert match_rule("[]", "body") is None and match_rule("][", "footer") is None
    assert match_rule("][", "header") is not None and match_rule("】【", "body") is not None
