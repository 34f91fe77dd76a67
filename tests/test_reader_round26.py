"""Rules of the corpus's round 26 (issue 12, session 8: the 1st, 3rd, 5th … of batch 15's
sources by name — a court's auction notice, 腾讯新闻, 台灣蘋果日報, ETtoday, 南方周末, 三立),
each on the page or the small text of the shape that showed it. Each test but the guards
fails on the reader before the round."""

from __future__ import annotations

from convert.model import iter_blocks, plain_text
from reader_pages import PROSE, corpus_page, headings, kept_texts, read_page, removed_reasons


def test_a_drawn_table_does_not_hide_the_wrap_of_the_text_above_it():
    # aomp.judicial.gov.tw/001: a notice typed at 28 characters a line with hanging indents,
    # then its 附表 drawn with ┌─┬─┐ / │…│ rows twice as wide. The rows are no measure of the
    # text's wrap: the notice's sentences are whole again, and each row stays a line.
    doc = corpus_page("aomp.judicial.gov.tw")
    kept = kept_texts(doc)
    assert "公告以投標方法拍賣本院106年度司執字第70394號清償債務強制執行事件，債務人黃思穎所有如附表所示不動產有關事項。" in kept
    rows = [text for text in kept if text.startswith(("┌", "│", "├", "└"))]
    assert len(rows) >= 50 and all(text.count("\n") == 0 for text in rows)


def test_a_wrapped_text_without_a_drawn_table_keeps_its_measure():
    # (guard) the same wrap with no table: still joined
    wrapped = ["主旨：公告以投標方法拍賣本院某年度司執字第一號清償債",
               "      務強制執行事件，債務人某某所有如附表所示不動產有",
               "      關事項。"] * 4
    doc = read_page(*wrapped)
    assert any(text.endswith("不動產有關事項。") and "清償債務" in text for text in kept_texts(doc))


def test_a_pictures_credit_in_brackets_is_its_caption_and_subheads_follow_it():
    # www.infzm.com/001: 14路公交车爆燃前所经路线。 / （南方周末资料图/图） / “摔死也不能烧死啊” /
    # 16时58分，… — the credit closes the picture's caption; the subhead after it is one
    doc = corpus_page("www.infzm.com")
    texts = [text for _, _, text in headings(doc)]
    assert "“摔死也不能烧死啊”" in texts and "精神分裂者？" in texts and "谁都有可能乘上那辆公交" in texts


def test_an_articles_tags_are_the_sites_and_none_is_its_title():
    # www.infzm.com/002: 标签 / 国际反腐 / “全球见证” / 官员腐败 above the text — “全球见证” is a
    # part of the <title>, but a tag, not the headline
    doc = corpus_page("www.infzm.com", "002")
    assert doc.meta.title == "“全球见证”创始人查米恩·古奇谈国际合作反腐"
    reasons = removed_reasons(doc)
    assert reasons["国际反腐"] == reasons["官员腐败"] == "the article's tags"


def test_a_tags_key_before_a_sentence_takes_nothing():
    # (guard) 标签 then a sentence: no tag list
    doc = read_page("某某文章", PROSE, "标签", "这一句话说明了标签的用法，并不是标签。", PROSE)
    assert "这一句话说明了标签的用法，并不是标签。" in kept_texts(doc)


def test_the_writers_name_in_the_info_bar_is_the_author():
    # news.qq.com/001: 环球时报 / [ / 微博 / ] / 单仁平 / 我要评论 / (0) / 字号： — the name among the
    # buttons is the article's author; the timestamp and the source above go to meta too
    doc = corpus_page("news.qq.com")
    assert doc.meta.author == "单仁平"
    assert removed_reasons(doc)["单仁平"] == "page metadata (author, in the page's info bar)"
    assert doc.meta.date == "2012年07月07日09:47" and doc.meta.publisher == "环球时报"
    # …and the front matter prints it under the title, centred, as a report's speaker
    first = next(iter_blocks(doc.blocks))
    assert (first.role, plain_text(first)) == ("author", "单仁平")


def test_a_place_in_the_info_bar_is_no_author():
    # (guard) 江西省 opens with a surname, but is a place
    from convert.reader.lines import is_person
    assert is_person("单仁平") and is_person("师小涵")
    assert not is_person("江西省") and not is_person("微博")
