"""Rules of the corpus's round 61 (issue 12, session 11: the 1st, 3rd, 5th and 7th by name of
batch 32 — ent.qq.com, www.douban.com, www.lifelonglearning.cc, www.xinhuanet.com). Each
test fails on the reader before the round."""

from __future__ import annotations

from convert.reader.headings import numbered
from convert.reader.lines import Line
from convert.reader.rejoin import rejoin
from reader_pages import corpus_page, headings, removed_lines


def test_a_table_with_no_prose_under_its_headline_is_the_text():
    # ent.qq.com/001: the channel menu (its own 评论 among the items), the headline, then 80
    # rows of a winners' table, then [责任编辑:everlee]: the table is the document
    doc = corpus_page("ent.qq.com")
    removed = removed_lines(doc)
    assert not set(range(67, 313)) & removed
    assert {2, 14, 30, 314} <= removed
    assert doc.meta.title == "看电视玩游戏 《魔界》26日特等奖入围名单"


def test_guard_an_address_or_a_time_is_no_rest_of_a_line():
    lines = [Line(1, "看电视玩游戏 《魔界》26日特等奖入围名单"), Line(2, "http://ent.QQ.com"),
             Line(3, "2007年01月05日15:24"), Line(4, "腾讯娱乐")]
    assert [line.text for line in rejoin(lines)][:3] == ["看电视玩游戏 《魔界》26日特等奖入围名单", "http://ent.QQ.com",
                                                          "2007年01月05日15:24"]


def test_a_blogs_hash_and_hex_numbering():
    assert numbered("#0 野生程序员").label == "#0"
    assert numbered("0x01 签名的作用").label == "0x01"
    assert numbered("#标签 程序员") is None and numbered("0x1F是一个数") is None


def test_plain_subheads_between_numbered_sections_sit_under_them():
    # www.lifelonglearning.cc/001: #2 用产品思维写简历 / 基本信息 / 项目介绍 / … / #3 面试的技巧
    found = headings(corpus_page("www.lifelonglearning.cc"))
    assert (1, "#2", "用产品思维写简历") in found and (2, "", "基本信息") in found and (1, "#3", "面试的技巧") in found
    # xelz.info/001: 0x01 签名的作用 / 安全性 / 沙盒 / 垄断 / 0x02 什么是签名
    found = headings(corpus_page("xelz.info"))
    assert (1, "0x01", "签名的作用") in found and (2, "", "沙盒") in found and (1, "0x02", "什么是签名") in found
