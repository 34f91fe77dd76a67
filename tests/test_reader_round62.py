"""Rules of the corpus's round 62 (issue 12, session 11: the 1st by name of batch 31's and
batch 24's unseen pairs — 浦江一中 pj1z.mhedu.sh.cn, 豆瓣 m.douban.com). Each test fails on
the reader before the round."""

from __future__ import annotations

from convert.reader.lines import Line
from convert.reader.rejoin import join_split_inline
from reader_pages import corpus_page, reason_at, removed_lines


def test_a_sentence_opened_in_spans_before_its_first_paragraph():
    # pj1z.mhedu.sh.cn/001: 按照《 / 中国 / 共产党章程》和闵行区教育党工委《关于…》: a keyword link
    # split the sentence that opens the text
    assert not {23, 24, 25} & removed_lines(corpus_page("pj1z.mhedu.sh.cn"))
    pieces = [Line(1, "按照《"), Line(2, "中国"), Line(3, "共产党章程》和闵行区教育党工委的通知要求，做好换届选举工作。")]
    assert [line.text for line in join_split_inline(pieces)] == ["按照《中国共产党章程》和闵行区教育党工委的通知要求，做好换届选举工作。"]


def test_a_party_branch_signs_its_notice():
    # pj1z.mhedu.sh.cn/001 and 002: 浦江一中党总支 / 2020年11月8日 over 分享到：
    assert not {33, 34} & removed_lines(corpus_page("pj1z.mhedu.sh.cn"))
    assert not {79, 80} & removed_lines(corpus_page("pj1z.mhedu.sh.cn", "002"))


def test_the_headline_the_page_title_opens_with():
    # m.douban.com/001: the <title> 别让恐惧…“拦路虎”（你内心的无能为力，来自对世界的恐惧）书评; the headline,
    # then the reviewer, then the book's name the <title> gives in brackets
    doc = corpus_page("m.douban.com")
    assert doc.meta.title == "别让恐惧成为你成功路上的“拦路虎”"
    assert reason_at(doc, 35) == "page metadata (what the page's <title> names in brackets beside the headline)"


def test_guard_a_document_number_in_the_page_titles_brackets_stays():
    # hunb.nea.gov.cn/001: …的通知（发改能源规〔2019〕916号） — the 发文字号 under the title is the document's
    assert reason_at(corpus_page("hunb.nea.gov.cn"), 13) == ""
