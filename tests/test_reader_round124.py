"""Rules of the corpus's round 124 (issue 12, session 19): batch 89's first half (Hugo blogs filed
under 教程). A contents box in the page's header, gone with it, whose entries are the text's
section titles shows the text going on past its seeming end while a title it lists stands
below, before the site's first certain line; a site's address set off inside a sentence
(官网地址: / www.r3k.com / 前往控制台…) is no watermark, however often the page names it.
No group nobody looked at lost anything (fresh-77's content kept 0.986 → 0.991).
Left: a sentence without its full stop over the post's footer (heavendoorx.github.io line 61);
the writer's name under the title (意叔, blog.51maita.com) and the post's date kept; the reading
time (· 1 min) and dates in Chinese month names (八月 10, 2023) kept as text. Each test but the
guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import corpus_page, headings, reason_at


def test_a_contents_box_above_carries_the_text_through_its_sections():
    # carmilk.moe/001: the Stack theme's box in the header lists all 42 albums; the text's seeming
    # end fell after the twelfth (… / 介绍：真白哥… / 沙野カモメ - Science(non)fiction / 流派：…)
    doc = corpus_page("carmilk.moe")
    titles = [text for _, _, text in headings(doc)]
    assert len(titles) == 42 and titles[-1] == "消滅都市 LAST ALBUM"
    assert not any(reason_at(doc, line) for line in range(116, 259))
    assert all(reason_at(doc, line) for line in (260, 261, *range(263, 275)))   # (the licence, the footer)


def test_short_entries_do_not_break_the_box():
    # 5h9igzqanx.github.io/001: 本篇目录 / 标题测试 / 标题3 / 文本标记测试 / …: a three-character entry
    # between the others is the box's all the same
    doc = corpus_page("5h9igzqanx.github.io")
    assert {"文本标记测试", "代码片段测试", "其他组件测试"} <= {text for _, _, text in headings(doc)}


def test_an_address_inside_a_sentence_is_no_watermark():
    # heavendoorx.github.io/001: 官网地址: / www.r3k.com / 前往控制台开始反挂接入 … 当中。或者在 /
    # console.r3k.com / 中下载接入器 … 回到 / console.r3k.com / 的控制台中查看接入状态
    doc = corpus_page("heavendoorx.github.io")
    assert not any(reason_at(doc, line) for line in (24, 31, 59))


def test_guard_a_watermark_between_paragraphs_still_goes():
    # www.iask.ca/001: 加国龙年邮票发售…穿梭街头推广 / iask.ca / … 杰作 / 家园论坛,forum.iask.ca
    doc = corpus_page("www.iask.ca")
    assert all(reason_at(doc, line).startswith("the site's watermark") for line in (34, 36, 42, 51, 53))


def test_guard_the_header_menu_again_in_the_footer_stays_out():
    # risehere.net/001: the header's box (- 目錄 - / 结构性相等 ("==") / …) stands between the site's
    # menu and its name (左手的世界), which the footer repeats under the text: they are no sections
    doc = corpus_page("risehere.net")
    assert all(reason_at(doc, line) for line in range(323, 342))
