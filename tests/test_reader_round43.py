"""Rules of the corpus's round 43 (issue 12, session 10: the 1st, 3rd, 5th and 7th by name of
batch 27 — 蘋果日報 hk.news.appledaily.com, TOPick topick.hket.com, DIGITIMES, 成報
www.singpao.com.hk), each on the page or the small text of the shape that showed it. Each test
but the guards fails on the reader before the round."""

from __future__ import annotations

from convert.reader.boilerplate import names_only_the_site
from reader_pages import PROSE, corpus_page, kept_texts, read_page, reason_at, removed_reasons


def test_a_papers_masthead_as_the_title_names_only_the_site():
    # www.singpao.com.hk/001: <title> 成報 SING PAO DAILY NEWS, the paper's name in hanzi and capitals
    assert names_only_the_site("成報 SING PAO DAILY NEWS")
    assert not names_only_the_site("华为 HUAWEI MATE 60 发布")   # (guard: a product, no paper)


def test_the_headline_is_the_line_over_the_dateline_not_a_caption_nearer_the_text():
    # www.singpao.com.hk/001: masthead / date, weather, menu / headline / 發佈日期 : 2020-08-07 /
    # three photo captions cut short / 【本報記者報道】…
    doc = corpus_page("www.singpao.com.hk")
    assert doc.meta.title == "美國擴「潔淨網絡」 中國不可信程式須下架 限制華企雲端服務 騰訊 阿里被點名"
    assert reason_at(doc, 2) and reason_at(doc, 5)   # 2020年 08月 07日, 氣 溫 ： 30 度: the masthead's bar


def test_a_source_line_inside_the_text_is_no_dateline():
    # (guard) the <title> names the headline; a line over a dated 来源 line in the text is not it
    doc = read_page("某某区召开安全生产会议_某某网", "首页", "某某区召开安全生产会议", PROSE,
                    "会议要求", "来源：区应急局 2024-05-01", PROSE, PROSE)
    assert doc.meta.title == "某某区召开安全生产会议"


def test_a_font_size_switch_in_words_is_the_pages():
    # hk.news.appledaily.com/001: headline / 分享 / 適中字型 / 較大字型 / the photo's caption
    doc = corpus_page("hk.news.appledaily.com")
    assert reason_at(doc, 28) == reason_at(doc, 29) == "font-size widget"


def test_a_call_to_follow_the_site_on_facebook_is_the_sites():
    # hk.news.appledaily.com/001: 蘋果日報fb，每日分享精選新聞及網絡新鮮事。 under the reporter's name;
    # topick.hket.com/001: 想生活更精明，請讚好TOPick Facebook
    assert reason_at(corpus_page("hk.news.appledaily.com"), 41) == "the site's call to follow it on a social network"
    assert reason_at(corpus_page("topick.hket.com"), 77) == "the site's call to follow it on a social network"


def test_a_sentence_about_facebook_stays():
    # (guard) the text's own sentence that names Facebook and a day
    doc = read_page("某某说明", PROSE, "他在Facebook上发文称，每天都有新进展。", PROSE)
    assert "他在Facebook上发文称，每天都有新进展。" not in removed_reasons(doc)
    assert "他在Facebook上发文称，每天都有新进展。" in kept_texts(doc)
