"""Rules of the corpus's round 106 (issue 12, session 16): batch 71's unseen half (Hong Kong and
Taiwan news pages in Traditional characters). A mail form's cut-down copy of the text above the
headline is not where the text starts; 轉寄 and 目前字級： are the article's widgets; a comment
count in brackets, (0), is a counter; @ 11-22-2014 / 今日 is the post's day; 熱血編輯部, the desk
that wrote the article, is its author; a picture's caption in brackets right under the last
paragraph, （港台新聞片段截圖）, is the text's; a caption whose credit follows its full stop (…出席。圖：
高雄市政府提供) is a caption, not joined to the dateline and paragraph under it. Tried and not kept: 轉寄朋友 and 字級 alone as
widgets (a tiny neighbour a rule takes no longer counts in the widget run under a headline, and
two looked-at pages kept their share buttons); counting such lines in the run anyway (it cost
content on five looked-at pages and on two unseen groups). Each test but the guards fails on the
reader before the round."""

from __future__ import annotations

from convert.reader.boilerplate import match_rule
from convert.reader.lines import is_caption

from reader_pages import PROSE, corpus_page, kept_texts, read_page, reason_at


def test_a_mail_forms_copy_above_the_headline_is_not_the_texts_start():
    # newtalk.tw/001: menus and headline lists / 現在位置： / … / 轉寄好友 | 友善列印 / 主旨 / 寄件人 / … /
    # the dateline and the first two paragraphs again / 印完回上頁 / the headline / the article
    doc = corpus_page("newtalk.tw")
    assert all(reason_at(doc, n) for n in (2, 8, 30, 74, 146, 165, 167, 171, 173, 183))
    assert doc.meta.title == "高雄電影節開幕 日星為氣爆災區祈福"
    # (the photo's caption under it, its credit after a full stop, a paragraph of its own)
    assert kept_texts(doc)[0].startswith("2014高雄電影節今（24）日開幕") and kept_texts(doc)[0].endswith("圖：高雄市政府提供")


def test_forward_and_font_size_widgets_under_a_headline():
    # news.ftv.com.tw/001: headline / 2014/12/1 18:13 / Link / 分享 / Plurk / Twitter / Facebook / 轉寄 /
    # | 目前字級： / the text
    doc = corpus_page("news.ftv.com.tw")
    assert reason_at(doc, 48) and reason_at(doc, 49) and reason_at(doc, 50) == ""
    assert match_rule("轉寄", "body").name == "share"
    assert match_rule("| 目前字級：", "body").name == "font-size"


def test_an_editorial_desks_byline_and_the_days_date_and_the_last_caption():
    # www.passiontimes.hk/001: headline / - / 熱血編輯部 / @ 11-22-2014 / 今日 / four paragraphs /
    # （港台新聞片段截圖） / Tweet / 相關文章 / …
    doc = corpus_page("www.passiontimes.hk")
    assert doc.meta.author == "熱血編輯部"
    assert reason_at(doc, 68) == "page metadata (time of posting)"
    assert reason_at(doc, 73) == "" and reason_at(doc, 74)
    assert is_caption("（资料图片）") and is_caption("…等受邀出席。圖：高雄市政府提供")


def test_a_comment_count_in_brackets_beside_the_footer():
    assert match_rule("(0)", "footer").name == "counter"


def test_guard_a_bracketed_number_in_the_text_stays():
    doc = read_page(PROSE, "（1）", "第一项内容，说明这一部分的具体安排和要求。", PROSE)
    assert "（1）" in "".join(kept_texts(doc))


def test_guard_share_buttons_beside_a_bbc_headline_go_as_before():
    # bbc.co.uk-zhongwen/001: … / 百度搜藏 / 豆瓣 / 转寄朋友 / 打印文稿 / the photo's caption / the text
    doc = corpus_page("bbc.co.uk-zhongwen")
    assert all(reason_at(doc, n) for n in (23, 24, 25, 26))
