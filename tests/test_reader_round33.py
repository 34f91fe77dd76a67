"""Rules of the corpus's round 33 (issue 12, session 9: the 1st, 3rd, 5th … by name of batch 16's
sources still unseen — 百度帮助, 中国驻马来西亚使馆, 新民网, 百度贴吧, 正北方网), each on the page or
the small text of the shape that showed it. Each test but the guards fails on the reader before
the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, kept_texts, read_page, removed_reasons


def test_a_feedback_widget_ends_the_text_and_is_no_piece_of_a_sentence():
    # help.baidu.com/001: …情节严重者将被封号。 / 以上信息是否解决了您的问题 / 是 / 否 / 您可以进行 / 问题反馈 /
    # ，我们会在24-72小时内解决您的问题 / 感谢您的反馈 / nine questions of the site
    doc = corpus_page("help.baidu.com")
    kept = kept_texts(doc)
    assert removed_reasons(doc)["以上信息是否解决了您的问题"] == "the page's feedback widget"
    assert "扣除10分" in kept[-1] and not any("如何在百度知道提问" in text for text in kept)


def test_pieces_of_a_sentence_are_still_joined():
    # (guard) 病例 / 694—病例959 / ，居住于浦东新区。: no chrome among the pieces
    doc = read_page("某某通报", PROSE, "病例", "694—病例959", "，居住于浦东新区。", PROSE)
    assert "病例694—病例959，居住于浦东新区。" in kept_texts(doc)


def test_an_embassys_print_and_recommend_buttons_are_the_sites():
    # my.china-embassy.org/001: 推荐给朋友 / 打印文字稿 / 全文打印 under the text
    reasons = removed_reasons(corpus_page("my.china-embassy.org"))
    assert reasons["推荐给朋友"] == reasons["打印文字稿"] == reasons["全文打印"] == "share/print/close widget"


def test_a_news_sites_notice_contact_line_and_tips_platform_are_the_sites():
    # news.xinmin.cn/001: 上海滩爆料平台 最高奖励500元>> / 声明： / • / 凡注明为其他媒体来源的信息… / 电话：… 传真：…
    kept = kept_texts(corpus_page("news.xinmin.cn"))
    assert not any(text.startswith(("上海滩爆料平台", "声明", "凡注明为其他媒体", "电话：")) for text in kept)


def test_a_site_name_with_its_former_name_in_brackets_leaves_the_title():
    # www.northnews.cn/001: <title> 内蒙古确保两节前农牧民工工资基本无拖欠_要闻_正北方网（原北方新闻网）
    doc = corpus_page("www.northnews.cn")
    assert doc.meta.title.startswith("内蒙古") and "正北方网" not in doc.meta.title
