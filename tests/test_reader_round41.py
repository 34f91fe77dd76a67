"""Rules of the corpus's round 41 (issue 12, session 10: the 1st and 3rd by name of batch 25's
unseen half — 芋傳媒 taronews.tw and 喷嚏网 dapenti.com), each on the page or the small text of
the shape that showed it. Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, headings, kept_texts, read_page, reason_at, removed_reasons


def test_a_traditional_picture_credit_is_a_caption_not_a_subhead():
    # taronews.tw/001: paragraphs, each photo's 圖片來源：截自蔡英文臉書 between them
    doc = corpus_page("taronews.tw")
    assert not any("圖片來源" in text for _, _, text in headings(doc))
    assert "圖片來源：截自蔡英文臉書" in kept_texts(doc)


def test_a_byline_set_as_a_table_is_the_pages_metadata():
    # taronews.tw/001: headline / 作者 / 林雙牧 / 發表時間 / 2019-05-17 09:52 / 最後更新 / …
    doc = corpus_page("taronews.tw")
    assert reason_at(doc, 57).startswith("page metadata") and reason_at(doc, 58).startswith("page metadata")
    assert doc.meta.author == "林雙牧"


def test_a_key_and_a_name_without_a_dateline_stay():
    # (guard) 作者 / 张三 in a document's own table, no 发表时间 and its date beside them
    doc = read_page("某某作品名单", PROSE, "作者", "张三", "作品", "春天的故事", PROSE)
    assert "作者" not in removed_reasons(doc) and "张三" not in removed_reasons(doc)


def test_a_blogs_calendar_box_is_the_sites_and_no_table():
    # www.dapenti.com/001: the text, then 日历 / « / may 2019 / » / 日 … 六 / 1 … 31, a list of the
    # blog's latest posts and its footer — the days had been read as a table's figures
    doc = corpus_page("www.dapenti.com")
    assert reason_at(doc, 61).startswith("calendar box") and reason_at(doc, 102).startswith("calendar box")
    assert not any(text.startswith("北上资金深强沪弱") for text in kept_texts(doc))


def test_numbers_under_weekday_letters_that_are_no_month_stay():
    # (guard) 一 二 三 四 五 六 日 over a few figures is no calendar: a month has 28 days or more
    doc = read_page("某某统计", PROSE, "一 二 三 四 五 六 日", "1", "2", "3", PROSE)
    assert "一 二 三 四 五 六 日" not in removed_reasons(doc)


def test_a_lead_in_and_the_sentence_it_announces_close_the_text():
    # (guard: the calendar had let the text run on to them) www.dapenti.com/001: … / 还是那句话： / 手莫伸，伸手必被捉！ / 个人观点，不代表任何机构！ / 日历
    kept = kept_texts(corpus_page("www.dapenti.com"))
    assert "还是那句话：" in kept and "手莫伸，伸手必被捉！" in kept and "个人观点，不代表任何机构！" in kept


def test_a_footers_label_over_links_is_no_lead_in():
    # (guard) 相关报道： / a headline: the footer's list, however the label ends
    doc = read_page("某某新闻_某某网", "首页", "某某新闻", PROSE, PROSE, "相关报道：",
                    "有物资站义工称要求离开 某某：中心需保安全", "版权所有 某某网")
    assert not any(text.startswith("有物资站义工") for text in kept_texts(doc))


def test_the_headline_is_the_titles_end_after_a_column_name():
    # www.dapenti.com/001: <title> 财经风云--刘士余主动投案，五点不同寻常之处！, the headline alone below
    doc = corpus_page("www.dapenti.com")
    assert doc.meta.title == "刘士余主动投案，五点不同寻常之处！"


def test_a_poster_and_the_time_of_posting_are_the_pages():
    # www.dapenti.com/001: caijing 发布于 2019-5-20 12:49:00, under the headline
    assert reason_at(corpus_page("www.dapenti.com"), 4) == "page metadata (time of posting)"
