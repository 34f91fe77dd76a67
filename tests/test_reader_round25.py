"""Rules of the corpus's round 25 (issue 12, session 8: the looked-at pages' boilerplate the
reader still kept, listed by tests/corpus/score.py), each on the page or the small text of the
shape that showed it. Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, headings, kept_texts, read_page, removed_reasons


def test_a_font_size_switcher_split_over_lines_goes_whole():
    # www.changsha.gov.cn/001: 字体：[ / 大 / 中 / 小 / ] under the headline — the issue's 中 / 小 / 】
    doc = corpus_page("www.changsha.gov.cn")
    kept = kept_texts(doc)
    assert not {"中", "小", "]"} & set(kept)
    assert removed_reasons(doc)["中"] == "font-size widget"


def test_a_switcher_without_its_key_leaves_a_lone_character_alone():
    # (guard) 中 alone between paragraphs, no 字体 key above it: not the switcher
    doc = read_page("某某通知", PROSE, "中", PROSE, PROSE)
    assert "中" in kept_texts(doc)


def test_the_dateline_right_under_a_no_body_notices_headline_is_page_metadata():
    # www.csx.gov.cn/001: the headline's last copy, then 日期：2025-08-13 / 来源：长沙县住建局 —
    # in the text's zone a lone 日期： may be the text's own, but not right under the headline
    doc = corpus_page("www.csx.gov.cn")
    reasons = removed_reasons(doc)
    assert reasons["日期：2025-08-13"] == "page metadata (日期)"
    assert doc.meta.date == "2025-08-13"


def test_the_registers_fields_under_the_headline_go_with_their_values():
    # www.csx.gov.cn/002: 统一登记号： / CSDR-2022-12001, 公开责任部门： / 县司法局, a key and its
    # value a line each
    doc = corpus_page("www.csx.gov.cn", "002")
    kept = kept_texts(doc)
    assert not {"CSDR-2022-12001", "县司法局", "000014349/2022-00235"} & set(kept)


def test_a_date_key_inside_the_text_stays():
    # (guard) 日期：… after the text has begun is the text's (a schedule), not the page's
    doc = read_page("某某活动安排", PROSE, "日期：2024-03-06", PROSE, PROSE)
    assert "日期：2024-03-06" in kept_texts(doc)


def test_a_sections_name_of_each_units_documents_is_no_issuers_mark():
    # www.changsha.gov.cn/001: 各单位系统文件 (a breadcrumb's last item) above the register's
    # fields — "each unit's documents" names no issuer; 长沙市人民政府文件 does
    from convert.reader.lines import ISSUER_MARK
    assert not ISSUER_MARK.match("各单位系统文件")
    assert ISSUER_MARK.match("长沙市人民政府文件")
    doc = corpus_page("www.changsha.gov.cn")
    assert doc.meta.issuer == ""


def test_a_skip_link_and_the_old_browser_banner_are_the_sites():
    # learn.microsoft.com-zh-cn/001: 跳转至主内容 / 此浏览器不再受支持。 over the page's menu
    doc = corpus_page("learn.microsoft.com-zh-cn")
    reasons = removed_reasons(doc)
    assert reasons["跳转至主内容"] == reasons["此浏览器不再受支持。"] == "link to skip the site's menu"


def test_a_contents_box_after_the_text_goes_and_names_the_texts_headings():
    # juejin.cn/001: the author's card, then 目录 / 收起 / 船到桥头自然直… / 这就是computed的吗？ /
    # … / 几个概念 — the text's own subheads again. The box goes with the footer; the lines it
    # names are the text's section headings.
    doc = corpus_page("juejin.cn")
    kept = kept_texts(doc)
    assert "目录" not in kept and "粉丝" not in kept
    assert [text for _, _, text in headings(doc)] == [
        "船到桥头自然直，柳岸花明又一村。苦心人天不负，偶然间我看到了effect测试代码用例！",
        "这就是computed的吗？", "让我们用effect实现一个computed 可能会更清晰一点",
        "这也太简单了吧，那么重点来了，effect怎么实现的呢？", "几个概念"]
    assert kept.count("几个概念") == 1


def test_a_contents_box_that_lists_other_pages_names_no_heading():
    # (guard) 目录 after the text with entries the text never had: no heading comes of it
    doc = read_page("某某文章", "首页", "新闻", "关于", PROSE, PROSE, PROSE,
                    "目录", "第一页的标题", "第二页的标题", "版权所有 某某网")
    assert headings(doc) == []
