"""Rules of the corpus's round 36 (issue 12, session 9: the 1st, 3rd, 5th … by name of batches 6,
7 and 9's sources still unseen — 臺南市市場處, 臺南市政府, 每日经济新闻, 第一财经, 东莞公积金, 晴報,
北京市政策文件), each on the page or the small text of the shape that showed it. Each test but the
guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, kept_texts, read_page, removed_reasons


def test_a_video_players_caption_settings_dialog_is_the_players():
    # skypost.hk/001: 開始對話視窗。離開會取消並關閉視窗 / 文字 / Color / 白 / 黑 … 字型尺寸 / 50% … 完成 /
    # 關閉對話框 / 結束對話視窗, between the article's first paragraph and its second
    doc = corpus_page("skypost.hk")
    kept = kept_texts(doc)
    assert not any(text in ("Color", "紫紅", "Transparency", "背景", "字型尺寸", "完成") for text in kept)
    assert any(text.startswith("何偉豪女友於今日") for text in kept)


def test_a_news_sites_reprint_and_picture_notices_are_the_sites():
    # nbd.com.cn/002: 责编  陈星 / 如需转载请与《每日经济新闻》报社联系。/ 未经《每日经济新闻》报社授权，严禁转载… /
    # 版权合作及网站合作电话：… / 读者热线：… / 特别提醒 / ：如果我们使用了您的图片，请作者与 / 本站联系 / 索取稿酬…
    kept = kept_texts(corpus_page("nbd.com.cn", "002"))
    assert not any(word in text for text in kept for word in ("责编", "如需转载", "严禁转载", "读者热线", "索取稿酬"))


def test_a_font_switcher_with_its_dunhao_and_a_pdf_link_label_are_the_pages():
    # dggjj.dg.gov.cn/001: 字体大小： / 大 / 、 / 小; PDF文件查看： / 查看政策解读：
    reasons = removed_reasons(corpus_page("dggjj.dg.gov.cn"))
    assert "大、" in reasons and "PDF文件查看：" in reasons and "查看政策解读：" in reasons   # (大 / 、 joined first)


def test_a_dunhao_in_a_text_stays():
    # (guard) a line of the text that is a lone 、 between two pieces of it is not a font switcher's
    doc = read_page("某某通知", PROSE, "甲", "、", "乙两个单位要加强协作，共同完成任务。", PROSE)
    assert any(text.startswith("甲、") for text in kept_texts(doc))


# -- first pages of looked-at sources


def test_a_teaser_of_another_video_inside_the_article_ends_nothing():
    # skypost.hk/001: the first paragraph / 同場加映： / a teaser / the player / the rest of the article
    doc = corpus_page("skypost.hk")
    assert removed_reasons(doc)["同場加映："] == "advertisement label"
    assert any(text.startswith("何偉豪女友於今日") for text in kept_texts(doc))


def test_a_templates_unfilled_tags_and_a_like_button_promotion_are_the_pages():
    # skypost.hk/002: {{hket:ul-video id="12220"}}{{/hket:ul-video}}; www.ettoday.net/001: 即時+好看！按讚加入ETtoday新聞雲
    assert not any(text.startswith("{{hket") for text in kept_texts(corpus_page("skypost.hk", "002")))
    assert "即時+好看！按讚加入ETtoday新聞雲" in removed_reasons(corpus_page("www.ettoday.net"))
