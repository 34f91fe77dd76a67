"""Rules of the corpus's round 37 (issue 12, session 9: the 1st, 3rd … by name of batches 12, 20,
21 and 22's sources still unseen — 工商总局, 中房网, 东北网, 南海网, 北京青年网, 央视微博, 文汇报,
加拿大家园, 美国之音), each on the page or the small text of the shape that showed it. Each test but
the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, kept_texts, read_page, removed_reasons


def test_a_summary_box_then_a_related_box_then_the_article():
    # finance.ynet.com/001: 本文导读： / a summary that opens with the article's first sentence /
    # 相关新闻： / three headlines / the article, ten paragraphs
    kept = kept_texts(corpus_page("finance.ynet.com"))
    assert any(text.startswith("“格兰仕还有冰箱、洗衣机？”") for text in kept)


def test_a_related_list_after_a_short_article_still_ends_it():
    # (guard) www.chinatimes.com/001: one paragraph, helplines, two headlines, 推薦閱讀: no summary above
    kept = kept_texts(corpus_page("www.chinatimes.com"))
    assert not any(text.startswith("中時電子報對留言系統使用者") for text in kept)


def test_a_subscription_by_text_message_under_the_headline_is_no_article():
    # entertainment.dbw.cn/001: the headline / the time / 订东北网彩信手机报，移动发KTDBW到10658333… / lists / the article
    doc = corpus_page("entertainment.dbw.cn")
    assert any(text.startswith("国际在线娱乐报道") for text in kept_texts(doc))
    assert any(reason == "the site's subscription by text message" for reason in removed_reasons(doc).values())


def test_a_sites_name_and_address_hidden_between_the_paragraphs_are_its_watermark():
    # www.iask.ca/001: 加拿大 家 园 网 / i Ask . ca / 加拿大家园,www.iask.ca … forty times between the paragraphs
    kept = kept_texts(corpus_page("www.iask.ca"))
    assert not any("iask" in text.lower().replace(" ", "") for text in kept)


def test_a_word_the_text_repeats_is_no_watermark():
    # (guard) 问： / 答： and a short heading set three times: the text's own
    doc = read_page("某某问答", "问：", PROSE, "答：", PROSE, "问：", PROSE, "答：", PROSE, "问：", PROSE, "答：", PROSE)
    assert "问：" not in removed_reasons(doc) and "答：" not in removed_reasons(doc)


def test_the_text_does_not_run_on_across_a_menu():
    # www.fangchan.com/002: the article / its tags / related headlines / 原创 / 宏观 / 政策 / 市场 / 公司 / … /
    # other articles' headlines, dates and first sentences
    kept = kept_texts(corpus_page("www.fangchan.com", "002"))
    assert not any(text.startswith("央行行长潘功胜") for text in kept) and "宏观" not in kept


def test_a_worksheets_labels_are_no_menu():
    # (guard) cclw.net/001: a chart whose boxes are one character a line, then a worksheet's labels
    kept = kept_texts(corpus_page("cclw.net"))
    assert any(text.startswith("这里建议你把分析的资料写下来") for text in kept)
