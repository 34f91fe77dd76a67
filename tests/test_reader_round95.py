"""Rules of the corpus's round 95 (issue 12, session 15): batch 55's unseen half — a sidebar's
contents box over the headline opens the text at the first section it lists, and its entries end
at the headline; NexT's 文章目录 tab over the writer's motto ends the text; 来自 + a phrase with 的 is
no poster's location; a <title> whose key is short (AUXPI 图床) set again under the menu is the
headline. Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from convert.reader.boilerplate import match_rule

from reader_pages import corpus_page, headings, reason_at


def test_a_box_over_the_headline_opens_the_text_at_its_first_section():
    # 1472879139.github.io/001 (Stack): 目录 / 正文测试 / 引用 / 图片 / Test / 测试 / Chinese Test /
    # 这是一个副标题 / 2020-09-09 / 2025-08-21 / 正文测试 / 而这些并不是完全重要，… / …
    doc = corpus_page("1472879139.github.io")
    assert headings(doc)[:2] == [(1, "", "正文测试"), (1, "", "引用")]
    assert [reason_at(doc, n) for n in range(21, 30)] == [""] * 9   # 引用 and the song it quotes


def test_guard_the_boxs_entries_end_at_the_headline():
    # junsong798.github.io/001 (Stack): Table of contents / three entries / 随笔 / 哲学 / 音乐 / 许嵩 /
    # the headline / 读许嵩《海上灵光》 (its subtitle) / … / 此为《海上灵光》书评，已迟到2年半 / the first section
    doc = corpus_page("junsong798.github.io")
    assert reason_at(doc, 23) == "" and reason_at(doc, 26) == ""


def test_nexts_contents_tab_over_the_writers_motto_ends_the_text():
    # bestfriend.top/001: … / 寄语 / 吹牛逼，… / 打赏 / … / 文章目录 / 站点概览 / Jasing /
    # Close to good people, you will slowly become excellent! / … / 1. / 缘由 / 2. / …
    doc = corpus_page("bestfriend.top")
    assert reason_at(doc, 45) != "" and reason_at(doc, 48) != ""
    assert headings(doc) == [(1, "", "缘由"), (1, "", "来自大佬的鸡血"), (1, "", "寄语")]


def test_a_phrase_with_de_after_laizi_is_no_place():
    assert match_rule("来自大佬的鸡血", "body") is None


def test_guard_a_posters_place_is_still_metadata():
    assert match_rule("来自北京", "body").name == "ip-location"


def test_a_short_title_key_under_the_menu_is_the_headline():
    # www.sunwei.blog/001 (Stack): AUXPI 图床 (eight characters, a key of seven) / … / Home / About /
    # Archives / Back / 分享 / AUXPI 图床 / … / a directory tree / 第三章详细设计 / …
    doc = corpus_page("www.sunwei.blog")
    assert doc.meta.title == "AUXPI 图床"
    assert reason_at(doc, 21) == "" and reason_at(doc, 88) == ""
