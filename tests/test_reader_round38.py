"""Rules of the corpus's round 38 (issue 12, session 9: the 1st, 3rd … by name of the unseen parts
of the "fresh" group and of batches 18 and 19 — 网易论坛, 反恐精英论坛, 菜菜网, 北方网, 中评网, 四川新闻网,
比特网, 东北新闻网), each on the page or the small text of the shape that showed it. Each test but the
guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, kept_texts, read_page


def test_a_count_above_a_title_is_no_figure_of_its_sentence():
    # csolbbs.tiancity.com/002: 查看: / 1031 / | / 回复: / 1 / 游戏全屏问题，希望大家能出个主意！！ — a reply count,
    # not the first word of the thread's title
    doc = corpus_page("csolbbs.tiancity.com", "002")
    assert doc.meta.title == "游戏全屏问题，希望大家能出个主意！！"


def test_a_year_under_its_figure_still_opens_the_sentence():
    # (guard) …。 / 2018 / 年3月20日，全市…: the figure and its unit, one sentence
    doc = read_page("某某通报", PROSE, "2018", "年3月20日，全市召开安全生产工作会议，部署下一阶段工作。", PROSE)
    assert any(text.startswith("2018年3月20日，全市召开") for text in kept_texts(doc))


def test_links_the_page_points_at_close_no_text():
    # www.bcc.com.tw/001 (looked at in round 34; its first page): the last paragraph / 》美育講座25期 歡迎收聽 /
    # 》中廣好康特賣，歡迎選購 / 留言板 …
    kept = kept_texts(corpus_page("www.bcc.com.tw"))
    assert kept[-1].startswith("南投縣衛生局說")


def test_a_book_titles_closing_mark_at_a_lines_start_is_no_link():
    # (guard) …《关于加强管理的 / 》的通知。: the sentence goes on
    doc = read_page("某某通知", PROSE, "根据市政府《关于加强安全生产管理的", "》的要求，现将有关事项通知如下。", PROSE)
    assert any("》的要求" in text for text in kept_texts(doc))
