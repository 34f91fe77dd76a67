"""Rules of the corpus's round 54 (issue 12, session 10: the 1st, 3rd and 5th by name of batch
16's unseen part — 马新社 mandarin.bernama.com, 网易体育 sports.163.com, 知乎专栏
zhuanlan.zhihu.com), each on the page or the small text of the shape that showed it. Each test
but the guards fails on the reader before the round."""

from __future__ import annotations

from convert.reader.boilerplate import names_only_the_site
from reader_pages import PROSE, corpus_page, read_page, reason_at


def test_a_site_name_in_capitals_between_ornaments_is_no_title():
    # mandarin.bernama.com/001: <title> :: BERNAMA MANDARIN :: / 搜寻 / the headline / the story
    doc = corpus_page("mandarin.bernama.com")
    assert doc.meta.title == "大马去年首11月总贸易额达1.247兆"
    assert reason_at(doc, 1) and reason_at(doc, 2) == "login/registration widget"   # (搜寻: the search box)
    assert corpus_page("mandarin.bernama.com", "002").meta.title == "城市雇员不满意晋升机会和薪金"


def test_a_title_in_latin_letters_that_is_a_headline_stays():
    # (guard) an English headline in ordinary case is no masthead
    assert not names_only_the_site("Python asyncio in practice")
    doc = read_page("Python asyncio in practice", PROSE, PROSE)
    assert doc.meta.title == "Python asyncio in practice"
