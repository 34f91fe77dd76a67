"""Rules of the corpus's round 45 (issue 12, session 10: the 1st by name of batch 9's unseen
pair — 南京住房公积金管理中心 gjj.nanjing.gov.cn), each on the page or the small text of the shape
that showed it. Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, read_page, reason_at


def test_the_notice_under_the_breadcrumb_is_the_title_not_the_sites_name():
    # gjj.nanjing.gov.cn/001: <title> 南京住房公积金管理中心 / menus / 当前位置: / 首页 > … > 通知公告 /
    # 《关于提高住房公积金贷款额度的通知》的政策解读 / 2025-10-09 / 一、制定背景 / …
    doc = corpus_page("gjj.nanjing.gov.cn")
    assert doc.meta.title == "《关于提高住房公积金贷款额度的通知》的政策解读"
    assert reason_at(doc, 1) and reason_at(doc, 30)   # the site's name, 热门标签：: its header
    doc = corpus_page("gjj.nanjing.gov.cn", "002")
    assert doc.meta.title == "关于《南京市住房公积金南京都市圈个人住房贷款实施办法》的政策解读"


def test_a_title_the_page_names_stays_the_title_above_a_breadcrumb():
    # (guard) <title> 某某区召开安全生产工作会议, no copy in the body, a line and a date under the
    # breadcrumb: the <title> names a headline, not a body, and stays the title
    doc = read_page("某某区召开安全生产工作会议", "首页", "新闻中心", "当前位置：首页 > 新闻中心",
                    "区领导出席会议并讲话", "2024-05-01", PROSE, PROSE)
    assert doc.meta.title == "某某区召开安全生产工作会议"
