"""Rules of the corpus's round 97 (issue 12, session 15): batch 57's unseen half — where a
reprinted article first appeared (转自《生命季刊》) closes its text; NexT's copyright box opens with
本文作者： alone, and ends a text without prose; 未完待续… closes a serial's instalment. Each test
but the guards fails on the reader before the round."""

from __future__ import annotations

from convert.reader.boilerplate import match_rule
from convert.reader.region import ends_document

from reader_pages import corpus_page, reason_at


def test_where_a_reprint_first_appeared_closes_its_text():
    # 028777.xyz/001: … / 参考资料： / three references / 转自《生命季刊》www.smyxy.org / 四川教会史 (a tag) / …
    doc = corpus_page("028777.xyz")
    assert reason_at(doc, 125) == ""
    assert reason_at(doc, 126) != ""


def test_nexts_copyright_box_ends_a_text_without_prose():
    # blogarchived.beautyyu.one/001: short lines and a code listing / 本文作者： / BeautyYu言醴 /
    # 本文链接： / https://… / 版权声明： / …
    doc = corpus_page("blogarchived.beautyyu.one")
    assert [bool(reason_at(doc, n)) for n in (45, 46, 47, 49)] == [False, True, True, True]
    assert match_rule("本文作者：", "footer").name == "author-card"


def test_guard_the_writers_name_after_the_key_is_no_card():
    assert match_rule("本文作者：张三", "footer") is None or match_rule("本文作者：张三", "footer").name != "author-card"
    assert match_rule("本文作者：", "body") is None


def test_to_be_continued_closes_an_instalment():
    # blanceluo.github.io/001: … / 4. … / 未完待续… / Written by @hasayake / …
    assert reason_at(corpus_page("blanceluo.github.io"), 64) == ""
    assert ends_document("未完待续…")
