"""Rules of the corpus's round 32 (issue 12, session 9: the 1st, 3rd, 5th … of batches 18 and
19's sources by name — 2011-12 news pages of the DAnIEL corpus: 京华网, 中金在线, 股城网, 公視新聞網,
21世纪网, 國際線上, 天津北方网, 证券之星, 福建东南网, 经济通), each on the page or the small text of
the shape that showed it. Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, kept_texts, read_page, removed_reasons


def test_a_news_sites_name_alone_as_the_pages_title_is_no_title():
    # news.pts.org.tw/001: <title> 公共電視台 新聞網 / Loading / 公視新聞網 / / / 醫療 / the headline / the text
    doc = corpus_page("news.pts.org.tw")
    assert doc.meta.title == "B型流感添四死 2歲女童喪命"
    assert removed_reasons(doc)["公共電視台 新聞網"] == "page title (it names only the site)"
    assert kept_texts(doc)[0].startswith("流感疫情來勢洶洶")


def test_a_list_of_tags_each_with_its_dunhao_does_not_run_the_text_on():
    # news.pts.org.tw/001: the last paragraph / (2012-01-17 20:00) / 晚間新聞 / 蔡英文 / 、 / 民進黨 / 、 … ×100
    kept = kept_texts(corpus_page("news.pts.org.tw"))
    assert kept[-1].startswith("另外，國際間人類及禽類禽流感疫情頻傳") and not any("民進黨" in text for text in kept)


def test_a_heading_label_alone_still_closes_nothing_away():
    # (guard) …。 / 二、 / 主要任务 at the text's end: a numbered label is no tag
    doc = read_page("某某通知", PROSE, PROSE, PROSE, "二、", "主要任务")
    assert "主要任务" in "".join(kept_texts(doc))


def test_a_sites_greeting_and_its_named_notice_are_the_sites():
    # beijing.jinghua.cn/001: 感谢您访问京华网(www.jinghua.cn) between two copies of the text;
    # forex.cnfol.com/001: 外汇网声明：外汇网转载上述内容，不表明证实其描述…
    assert removed_reasons(corpus_page("beijing.jinghua.cn"))["感谢您访问京华网(www.jinghua.cn)"] == "the site's greeting"
    assert any(text.startswith("外汇网声明：") and reason == "the site's legal notice"
               for text, reason in removed_reasons(corpus_page("forex.cnfol.com")).items())


def test_a_keyword_link_in_brackets_opening_the_text_is_joined_to_it():
    # money.gucheng.com/001: the headline / 发布时间 / 【 / 订票电话加价 / 】订票电话加价是为了什么呢？…
    doc = corpus_page("money.gucheng.com")
    assert doc.meta.title == "订票电话加价遭质疑 订票电话加价只为人民币服务"
    assert kept_texts(doc)[0].startswith("【订票电话加价】订票电话加价是为了什么呢？")


def test_a_button_in_brackets_stays_a_button():
    # (guard) 【 / 返回顶部 / 】: no prose after the bracket
    doc = read_page("某某通知", PROSE, PROSE, "【", "返回顶部", "】")
    assert not any("返回顶部" in text for text in kept_texts(doc))


# -- first pages of looked-at sources (the corpus's new first-page score: the right title, and no
#    labelled boilerplate in the first three blocks)


def test_a_date_between_the_headline_and_the_pages_metadata_is_its_publication_date():
    # news.sjtu.edu.cn/001: the headline / 2018年05月23日 / 责任编辑：许杨 孙佳 / the text
    doc = corpus_page("news.sjtu.edu.cn")
    assert removed_reasons(doc)["2018年05月23日"] == "page metadata (publication date)"
    assert doc.meta.date == "2018年05月23日" and kept_texts(doc)[0].startswith("5月23日上午")


def test_a_date_between_a_title_and_its_text_stays_the_documents():
    # (guard) on a web page too: no metadata beside it, the document's own date under its title
    doc = read_page("某某市人民政府关于加强安全生产工作的通知", "2024年1月15日", PROSE, PROSE, "分享到：", "责任编辑：张三")
    assert "2024年1月15日" in kept_texts(doc)


def test_a_split_read_counter_and_a_note_of_reprinting_are_the_pages():
    # stocks.caixun.com/001: 已有 / 0 / 人阅读 字号：; www.uho.com.tw/001: 此篇文章同步刊登於
    assert "人阅读 字号：" in removed_reasons(corpus_page("stocks.caixun.com"))
    assert "此篇文章同步刊登於" in removed_reasons(corpus_page("www.uho.com.tw"))
