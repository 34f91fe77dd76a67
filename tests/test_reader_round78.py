"""Rules of the corpus's round 78 (issue 12, session 13: the 1st, 3rd, 5th, 7th and 9th by name
of batch 45, a seventh sample of Chinese blogs on GitHub Pages — andergh.github.io,
charles-xiao.github.io, heilmutjang.github.io, junsong798.github.io, muyaoxiao.github.io).
Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import corpus_page, headings, reason_at


def _titles(source: str) -> list[str]:
    return [text for _, _, text in headings(corpus_page(source))]


def test_a_sidebars_numbered_contents_after_its_overview_panel_name_the_sections():
    # charles-xiao.github.io/001 (Hexo NexT): 文章目录 / 站点概览 / the writer's card and links / 1. /
    # 进程与线程之间关系 / 2. / 常见的进程间通信方式(IPC) / …, after the text: its entries are the sections
    found = _titles("charles-xiao.github.io")
    assert found[:2] == ["进程与线程之间关系", "常见的进程间通信方式(IPC)"]
    assert "线程的四种创建方式" in found and "死锁及其解决办法" in found


def test_an_entry_with_a_half_width_colon_names_its_full_width_copy():
    # charles-xiao.github.io/001: the box's 进程的状态:就绪-运行-阻塞 and the text's line, whose colon the
    # reader sets full-width — one heading
    assert "进程的状态：就绪-运行-阻塞" in _titles("charles-xiao.github.io")


def test_a_contents_box_in_the_pages_header_names_the_sections_below():
    # junsong798.github.io/001 (Hugo Stack): Table of contents / 七年之痒 一如既往——我所知道的许嵩 / … in
    # the header, above the title; the text below sets each entry again over its section
    assert _titles("junsong798.github.io") == [
        "七年之痒 一如既往——我所知道的许嵩", "徜徉哲海 灵光初上——The Aegean The Aura", "后记——诚实大亦难"]
    doc = corpus_page("junsong798.github.io")
    assert reason_at(doc, 26) == ""   # (the review's opening note is no entry of the box)


def test_the_banner_repeating_the_last_part_of_the_page_title_is_the_sites_name():
    # andergh.github.io/001: OneSmallStep - AnderGH's blogs / AnderGH's blogs / menu / OneSmallStep /
    # 2018年7月30日 中午: both parts in Latin letters; the banner sets the last alone
    assert corpus_page("andergh.github.io").meta.title == "OneSmallStep"


def test_the_headlines_copy_over_the_posts_date_not_the_side_menus():
    # thalleous.github.io/001 (vuePress-theme-reco): Promise | Thalleous / Thalleous / … / a side menu
    # listing Promise / … / Promise / Thalleous / 5/23/2023: the headline is the copy over the date
    doc = corpus_page("thalleous.github.io")
    assert doc.meta.title == "Promise" and reason_at(doc, 18) != "" and reason_at(doc, 19) != ""


def test_guard_a_contents_box_over_the_text_keeps_naming_its_sections():
    # 1x000.github.io/001: 目录 / 我的世界反作弊 Belike / … over the text (round 72's own box)
    found = _titles("1x000.github.io")
    assert "特别提醒" in found and "Matrix" in found
