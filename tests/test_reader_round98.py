"""Rules of the corpus's round 98 (issue 12, session 15): batch 58's unseen half — a contents box
of twenty-odd entries over the headline still finds its first section (thirty lines and more
below its label); LeaveIt's byline sentence a piece a line (Written by / Aatrox / with ♥ / on /
…) and its copyright box in English (Author: / Link: / Tag(s):); a blog's English name after a
short English headline in the <title> (AIdraw - Yongbo's Blog); a theme's unfilled placeholder
(page.title - WhyAlwaysMe 的树洞) names no headline. Each test but the guards fails on the reader
before the round."""

from __future__ import annotations

from convert.reader.boilerplate import match_rule, split_site_name

from reader_pages import corpus_page, headings, reason_at


def test_a_long_box_over_the_headline_finds_its_first_section():
    # 00lllooolll00.github.io/001 (Stack): 目录 / 👇🏻源码下载 / 概述 / … 23 entries / 嵌入式 / HWT101 驱动 /
    # its subtitle / dates / HWT101 陀螺仪模块移植指南 / 👇🏻源码下载 / HWT101.c / …
    doc = corpus_page("00lllooolll00.github.io")
    texts = [text for _, _, text in headings(doc)]
    assert "硬件配置要求" in texts and "版本信息" in texts
    assert reason_at(doc, 43) == "" and reason_at(doc, 46) == ""


def test_leaveits_byline_pieces_and_copyright_box_are_the_sites():
    # aatroxs.github.io/001: MyfirstBlog / Written by / Aatrox / with ♥ / on / October 22, 2019 / in /
    # 碎碎念 / , 9 words / First Blog / three lines / Author: / Aatrox / Link: / … / Tag(s): / #吼吼
    doc = corpus_page("aatroxs.github.io")
    assert all(reason_at(doc, n) for n in range(13, 21))
    assert reason_at(doc, 22) == ""
    assert [reason_at(doc, n) for n in (25, 27, 29)] == ["the writer's card under the post"] * 3


def test_guard_lone_prepositions_are_chrome_only_over_the_text():
    assert match_rule("on", "body") is None and match_rule("in", "footer") is None
    assert match_rule("Author:", "body") is None


def test_a_blogs_english_name_after_a_short_english_headline_is_the_sites():
    assert split_site_name("AIdraw - Yongbo's Blog") == ("AIdraw", ["Yongbo's Blog"])
    assert corpus_page("ellioben.github.io").meta.title == "AIdraw"


def test_an_unfilled_placeholder_names_no_headline():
    # whyalwaysme.lol/001 (Fluid): page.title - WhyAlwaysMe 的树洞 / … / WhyAlwaysMe 的树洞 (the banner) / menu
    doc = corpus_page("whyalwaysme.lol")
    assert doc.meta.title != "WhyAlwaysMe 的树洞"
    assert reason_at(doc, 3) != ""
