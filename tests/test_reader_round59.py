"""Rules of the corpus's round 59 (issue 12, session 11: batch 30's last unseen source —
重庆交通大学研究生招生信息网, yjszs.cqjtu.edu.cn, notices whose view counter a script
fills in). Each test fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, kept_texts, read_page, reason_at


def test_an_empty_view_counter_takes_no_words_for_its_count():
    # yjszs.cqjtu.edu.cn/002: 2020-08-15 / 作者： / 浏览次数： / 2020新同学，欢迎来到重庆市交通大学 / …
    assert reason_at(corpus_page("yjszs.cqjtu.edu.cn", "002"), 37) == ""
    # 001: 浏览次数： / 根据 / 《重庆交通大学研究生助学金和奖学金评审管理办法（试行）》 / ，经过考生申请…
    assert reason_at(corpus_page("yjszs.cqjtu.edu.cn", "001"), 37) == ""


def test_a_count_key_takes_only_a_count():
    from convert.reader.boilerplate import could_be_value
    assert could_be_value("浏览次数：", "199")
    assert could_be_value("点击数：", "3.6K")
    assert not could_be_value("浏览次数：", "根据")
    assert could_be_value("来源：", "研招办")   # (other keys: words)


def test_an_offices_short_name_signs_the_notice():
    # yjszs.cqjtu.edu.cn/001: the contact numbers, then 重庆交通大学研招办 over 上一条：
    assert reason_at(corpus_page("yjszs.cqjtu.edu.cn", "001"), 43) == ""
    from convert.reader.region import is_issuer
    assert is_issuer("重庆交通大学研招办") and is_issuer("区政府办")


def test_guard_a_counter_with_its_count_on_the_next_line():
    doc = read_page("关于做好冬季安全工作的通知_某某学院", "首页", "通知公告", "关于做好冬季安全工作的通知",
                    "发布时间：", "2020-12-01", "浏览次数：", "215", PROSE, "某某学院办公室")
    assert "215" not in kept_texts(doc)
