"""Rules of the corpus's round 34 (issue 12, session 9: the 1st, 3rd, 5th … by name of batches 15
and 17's sources still unseen — 网易新闻, 中時電子報, 拼吾爱, NOWnews, 深圳新闻网, 中廣, 台視), each on
the page or the small text of the shape that showed it. Each test but the guards fails on the
reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, kept_texts, read_page, removed_reasons


def test_the_banners_copy_of_a_site_name_title_is_no_title_either():
    # www.bcc.com.tw/001: <title> 中國廣播公司全球資訊網 / the same again / menu / the headline twice / the text
    doc = corpus_page("www.bcc.com.tw")
    assert doc.meta.title == "南投抽驗年節食品   2.2%不合格"
    assert kept_texts(doc)[0].startswith("南投縣衛生局針對傳統市場")


def test_everything_between_the_pages_title_and_the_headline_over_the_text_is_the_sites():
    # www.ttv.com.tw/001: <title> (headline, two deck lines) / 210 lines of style sheet, menus and
    # other headlines / the headline / the date / widgets / the text
    doc = corpus_page("www.ttv.com.tw")
    kept = kept_texts(doc)
    assert not any(text.startswith(("font-family", "拜票也探弱勢", "2011年 希臘預算")) for text in kept)
    assert any(text.startswith("這幾天寒流來襲") for text in kept)


def test_a_headline_in_a_list_above_the_real_one_takes_nothing_with_it():
    # (guard) www.hkej.com/001: the <title>'s headline is one item of a list above the page's own
    # headline, which is set again (broken in two) over the text: the list's neighbours stay its own
    doc = corpus_page("www.hkej.com")
    assert doc.meta.title == "39遺體待辨認 有罹難者燒成灰 警三周內完成宏福苑搜查 今頭七公眾悼念"


def test_the_latest_list_readers_replies_and_most_read_end_the_text():
    # member.nownews.com/001: the text / 最新： / headlines / 網友回應 / 本版最多瀏覽 / headlines
    kept = kept_texts(corpus_page("member.nownews.com"))
    assert kept[-1].startswith("嘉義基督教醫院春節期間持續守護民眾健康")


def test_a_news_agencys_name_over_its_dateline_is_the_storys_first_words():
    # news.sznews.com/001: 深圳新闻网 / 12月14日讯（记者 傅大伟 通讯员 刘洪韬）…; 002: 深圳新闻网 / 讯（记者 梁沅…）
    assert corpus_page("news.sznews.com").blocks and any(
        text.startswith("深圳新闻网12月14日讯（记者") for text in kept_texts(corpus_page("news.sznews.com")))
    assert any(text.startswith("深圳新闻网讯（记者") for text in kept_texts(corpus_page("news.sznews.com", "002")))


def test_a_name_over_a_line_about_electricity_is_not_a_dateline():
    # (guard) 国家电网 / 电力供应平稳… : no date, no 讯
    doc = read_page("某某通报", PROSE, "国家电网", "电力供应平稳有序，各地用电正常。", PROSE)
    assert "国家电网" in kept_texts(doc) or "国家电网" in removed_reasons(doc)
    assert not any(text.startswith("国家电网电力") for text in kept_texts(doc))
