"""Rules of the corpus's round 83 (issue 12, session 13: the 1st, 3rd, 5th, 7th and 9th by name
of batch 48, a twelfth sample of Chinese blogs on GitHub Pages — 1xiaoyuan.github.io,
alvinche.github.io, blog.zhaogaz.com, cs123n.github.io, preblog.wangqy.top). Each test but the
guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import corpus_page, reason_at


def test_the_headline_joins_no_sentence_piece_under_it():
    # alvinche.github.io/001: 搭建hexo博客 - 图图的小打小闹 / … / 搭建hexo博客 / 1 / 动机：看到别人有，羡慕，…: a
    # code box's gutter number between the headline and the text's first line joined all three
    doc = corpus_page("alvinche.github.io")
    assert doc.meta.title == "搭建hexo博客"
    first = next(b for b in doc.blocks if getattr(b, "lines", None))
    assert first.lines[0] == 16 and first.content[0].text.startswith("动机：看到别人有")


def test_a_headline_over_its_text_leaves_the_rest_of_the_page_title_to_the_site():
    # 111qqz.com/001: hdu 5119 - Happy Matt Friends（dp解法） | 111qqz的小窝, the headline set again over the
    # post's text: the title keeps its own dash
    assert corpus_page("111qqz.com").meta.title == "hdu 5119 - Happy Matt Friends（dp解法）"


def test_guard_the_sites_name_over_its_dateline_still_joins_it():
    # news.sznews.com/001: 深圳新闻网 / 12月14日讯（记者 傅大伟 通讯员 刘洪韬）为及时、高效…: the source's name
    # and the day open the text's first paragraph
    doc = corpus_page("news.sznews.com")
    assert reason_at(doc, 31) == "" and reason_at(doc, 32) == ""


def test_guard_a_year_under_the_headline_joins_the_sentence_it_opens():
    # wanzai.gov.cn/001: 万载县2015年国民经济和社会发展统计公报 / 2015 / 年，全县人民在县委、县政府的正确领导下，…
    doc = corpus_page("wanzai.gov.cn")
    assert reason_at(doc, 34) == "" and reason_at(doc, 35) == ""
