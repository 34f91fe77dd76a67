"""Rules of the corpus's round 107 (issue 12, session 16): batch 74's unseen half (Hugo blogs). The
post's own contents box carries the text on past a code block that cut it — the span holds the box's
first sections, its last ones stand beyond the block's line-number gutter (a note kept 99% of its
774 lines, 13% before); a headline whose commas weigh as prose is the title, not the text's first
paragraph; Share alone is a button; 阅读时间约 5 分钟 is the post's reading time; 关注公众号后，…
is a sentence, not a WeChat prompt. Tried and not kept: the same run past the span without a gutter
under it (content fell on an unseen blog sample, fresh-53). Each test but the guards fails on the
reader before the round."""

from __future__ import annotations

from convert.reader.boilerplate import match_rule

from reader_pages import PROSE, corpus_page, kept_texts, read_page, reason_at


def test_the_contents_box_carries_the_text_past_a_code_block():
    # moyf.github.io/001 (Stack): 目录 / 保存表情包 / … / Python 一号 / 解密思路 / 代码 / Python 二号 / 代码 /
    # csdn 的网友逆向过程 / … / the headline / … / 代码 / 1 / 2 / … / 66 / import / os / … / Python 二号 / …
    doc = corpus_page("moyf.github.io")
    assert [reason_at(doc, n) for n in (205, 453, 954, 960)] == ["", "", "", ""]
    assert reason_at(doc, 971)   # (the post's tag, under its last section)
    assert reason_at(doc, 40) == ""   # 关注公众号后，直接发送表情，…: the writer's sentence


def test_guard_a_box_whose_sections_lie_in_the_span_changes_nothing():
    # blog.51cto.com/001: 文章目录 / … / the text, cut at a YAML listing (no gutter) / … / 赞 / 收藏 / …
    doc = corpus_page("blog.51cto.com")
    assert reason_at(doc, 169) and reason_at(doc, 170)


def test_a_headline_with_commas_is_the_title_not_the_first_paragraph():
    # charity.a4tv.org/001 (Mediumish): 標題 | m 傳媒 / 文章 / m 傳媒 / the clean blog! / Share / 標題 / 標題 / text
    doc = corpus_page("charity.a4tv.org")
    assert doc.meta.title == "皇帝每天早上都要「洗龍溝」，為何宮女不避著，還都搶著伺候？"
    assert all(reason_at(doc, n) for n in (2, 3, 4, 5))
    assert kept_texts(doc)[0].startswith("要是說到在古代中地位最高的人物")


def test_reading_time_and_share_alone():
    assert match_rule("阅读时间约 5 分钟", "header").name == "reading-stats"
    assert match_rule("Share", "header").name == "share"


def test_following_an_account_in_a_sentence_is_the_texts():
    assert match_rule("关注公众号后，直接发送表情，等一会儿就会收到一个表情包下载的链接。", "body") is None
    assert match_rule("关注公众号", "body") is not None
    doc = read_page(PROSE, "关注公众号后，直接发送表情，等一会儿就会收到一个链接。", PROSE + "再说一遍。")
    assert "关注公众号后，直接发送表情，等一会儿就会收到一个链接。" in kept_texts(doc)
