"""Rules of the corpus's round 51 (issue 12, session 10: the 1st and 3rd by name of batch 4's
unseen part — 中新网 chinanews.com, 經濟日報 money.udn.com), each on the page or the small text of
the shape that showed it. Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, headings, kept_texts, read_page, reason_at


def test_the_writers_credit_in_brackets_under_the_text_stays():
    # chinanews.com/001: the last paragraph / (作者：方敏北京大学经济学院教授) / 【编辑:陈海峰】
    doc = corpus_page("chinanews.com")
    assert "（作者：方敏北京大学经济学院教授）" in kept_texts(doc)   # (its brackets made full-width)
    assert reason_at(doc, 79)   # 【编辑:陈海峰】: the site's editor


def test_an_author_field_in_the_pages_header_still_goes():
    # (guard) 作者：张三 in the page's metadata block under the headline
    doc = read_page("某某文章_某某网", "首页", "某某文章", "作者：张三", "2024-05-01 10:00", PROSE, PROSE)
    assert reason_at(doc, 4).startswith("page metadata")


def test_share_buttons_set_between_the_paragraphs_go():
    # money.udn.com/001: 聯合報 記者… / 用LINE傳送 / a paragraph / facebook / two paragraphs / 推薦 / …
    doc = corpus_page("money.udn.com")
    assert reason_at(doc, 161) and reason_at(doc, 163) and reason_at(doc, 166)
    assert not any(text == "推薦" for _, _, text in headings(doc))
