"""Rules of the corpus's round 27 (issue 12, session 8: the 1st, 3rd and 5th of batch 12's
sources by name — 中国网财经, 财联社, the 达州 city portal), each on the page or the small text of
the shape that showed it. Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, kept_texts, read_page, removed_reasons


def test_a_sentences_subject_broken_off_after_the_text_stays_with_it():
    # www.dazhou.gov.cn/001: …从其规定。 / 各县（市） / 可参照执行或根据各地实际制定相应政策措施。 —
    # one sentence of one clause, its subject cut off by the page's markup: the notice's last
    doc = corpus_page("www.dazhou.gov.cn")
    assert any(text.endswith("可参照执行或根据各地实际制定相应政策措施。") for text in kept_texts(doc))


def test_a_short_line_over_a_few_words_after_the_text_is_still_the_sites():
    # (guard) 友情链接 / 欢迎您访问本站。 after the text: too short a sentence to carry the line over it
    doc = read_page("首页", "新闻中心", "通知公告", "当前位置：首页 > 通知公告", "某某通知", PROSE, PROSE,
                    "友情链接", "欢迎您访问本站。", "浙ICP备12345678号")
    assert "友情链接" in removed_reasons(doc)


def test_a_news_apps_read_count_in_ten_thousands_is_the_sites():
    # www.cls.cn/001: 阅446.52W under the headline
    doc = corpus_page("www.cls.cn")
    assert removed_reasons(doc)["阅446.52W"] == "page meta line (reading statistics)"
