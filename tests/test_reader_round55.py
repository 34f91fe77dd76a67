"""Rules of the corpus's round 55 (issue 12, session 10: the 1st and 3rd by name of batch 17's
unseen part — 鉅亨網 news.cnyes.com, 解放牛网 www.jfdaily.com), each on the page or the small text
of the shape that showed it. Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, read_page, reason_at


def test_a_headline_and_its_deck_that_the_title_sets_apart_by_a_space_are_one_title():
    # www.jfdaily.com/001: <title> 途牛发布春节出游调查报告 六成受调者选择自助游 消费_新闻中心_解放牛网 /
    # … / 【记者即时播报】途牛发布… (the page's headline, after its column tag) / … / 途牛发布春节出游调查报告 /
    # 六成受调者选择自助游 / 记者 李宝花 / 晨报讯 … — the deck alone had been the title
    doc = corpus_page("www.jfdaily.com")
    assert doc.meta.title == "途牛发布春节出游调查报告 六成受调者选择自助游"   # (the space the <title> has between them)


def test_a_title_broken_mid_word_joins_without_a_space():
    # (guard) 关于印发《某某市住房公积金 / 提取管理办法》的通知, the <title> whole: no space at the break
    doc = read_page("关于印发《某某市住房公积金提取管理办法》的通知_某某网", "首页", "关于印发《某某市住房公积金",
                    "提取管理办法》的通知", PROSE, PROSE)
    assert doc.meta.title == "关于印发《某某市住房公积金提取管理办法》的通知"


def test_a_section_the_title_sets_apart_stays_out_of_the_title():
    # (guard) <title> 某某市住房公积金管理中心 最新文件 关于调整缴存基数的通知: the section over the headline
    doc = read_page("某某市住房公积金管理中心 最新文件 关于调整缴存基数的通知", "首页", "最新文件",
                    "关于调整缴存基数的通知", PROSE, PROSE)
    assert doc.meta.title == "关于调整缴存基数的通知"


def test_a_dateline_closed_by_its_date_and_time_is_the_pages():
    # news.cnyes.com/002: 鉅亨網新聞中心　(來源：財匯資訊，摘自：中國經濟網)　2012-01-17 13:37:02
    assert reason_at(corpus_page("news.cnyes.com", "002"), 31) == "page metadata (publication line)"
