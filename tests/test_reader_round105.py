"""Rules of the corpus's round 105 (issue 12, session 16): batch 63's unseen half (official and news
pages). A breadcrumb split at its links under its key alone (您当前位置： / 承德市 / > / 围场县 / > /
…) is the breadcrumb; a <title> naming the template's page (中标公告详细页面) is never the title,
even on a page without prose; 发布时间： alone over its date is the page's dateline; a numbered block
of fields (1.采购人信息 / 名称： / … / 地址 ： / …) is a heading over its fields; a report's sections
opened by a name and a line of its gist, three or more times, are two levels of headings, and the
gist is not joined to the paragraph under it. Tried and not kept: Dafeng Hao's English disclaimer as
chrome (it cost content on an unseen page); paired subheads without the name shorter than its gist
and free of Latin letters and figures (false headings on an unseen blog). Each test but the guards
fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, headings, kept_texts, read_page, reason_at


def test_a_procurement_notice_under_a_split_breadcrumb_and_a_template_title():
    # www.ccgp-hebei.gov.cn/001: 中标公告详细页面 / 您当前位置： / 承德市 / > / 围场县 / > / 采购公告 /
    # >中标公告 / the notice's title / 发布时间： / 2021-10-11 / 一、项目编号： / … (no prose at all)
    doc = corpus_page("www.ccgp-hebei.gov.cn")
    assert doc.meta.title == "2021年村级信息资源共享支中心电脑采购项目中标公告"
    assert [reason_at(doc, n) for n in range(3, 9)] == ["breadcrumb"] * 6
    assert reason_at(doc, 1) and reason_at(doc, 11) and doc.meta.date == "2021-10-11"


def test_a_numbered_block_of_fields_is_a_heading_over_them():
    # www.ccgp-hebei.gov.cn/001: 九、凡对本次公告内容提出询问… / 1.采购人信息 / 名称： / … / 2.采购代理机构信息 / …
    found = headings(corpus_page("www.ccgp-hebei.gov.cn"))
    assert (2, "1.", "采购人信息") in found and (2, "3.", "项目联系方式") in found


def test_a_reports_sections_named_and_summed_up_in_two_lines():
    # www.thnet.gov.cn/001: … / 小学招生 / 5月7日至11日网上报名 / prose / … / 民办学校招生 /
    # 电脑派位录取，跨区招生严格限定 / prose (the gist was joined to it) / …
    doc = corpus_page("www.thnet.gov.cn")
    assert headings(doc)[:6] == [(1, "", "小学招生"), (2, "", "5月7日至11日网上报名"), (1, "", "初中招生"),
                                 (2, "", "对口直升为主，电脑派位为补充"), (1, "", "民办学校招生"),
                                 (2, "", "电脑派位录取，跨区招生严格限定")]


def test_paired_subheads_in_a_page_of_their_own():
    lines = [PROSE]
    for name, gist in (("城区改造", "三年完成老旧小区改造任务"), ("交通出行", "新开通公交线路十二条"),
                       ("医疗卫生", "社区医院实现街道全覆盖")):
        lines += [name, gist, f"{name}方面，{PROSE}"]
    found = headings(read_page(*lines))
    assert found == [(1, "", "城区改造"), (2, "", "三年完成老旧小区改造任务"), (1, "", "交通出行"),
                     (2, "", "新开通公交线路十二条"), (1, "", "医疗卫生"), (2, "", "社区医院实现街道全覆盖")]


def test_guard_two_short_lines_once_are_no_headings():
    doc = read_page(PROSE, "城区改造", "三年完成老旧小区改造任务", PROSE)
    assert headings(doc) == []
    assert "三年完成老旧小区改造任务" in kept_texts(doc)


def test_guard_a_question_and_its_speaker_are_no_pair():
    # www.infzm.com/002: an interview — 银行特别愿意与贪腐官员做生意 / 南方周末： / the question / 古奇： / …
    assert all(text != "南方周末" for _, _, text in headings(corpus_page("www.infzm.com", "002")))


def test_guard_a_key_over_another_key_is_a_lists_label():
    # www.suoni.cool/001: 2.人工智能 / Python学习： / … / 线性代数： / Mooc或者B站宋浩教程 ： / …
    assert headings(corpus_page("www.suoni.cool")) == []
