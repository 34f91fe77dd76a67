"""Rules of the corpus's round 100 (issue 12, session 15): batch 62's unseen half — a blog's name
over a post (CattleHorse's Blog) is its banner, and shows a page where no other rule fires to be a
web page; right after the text, the next section of its own numbered outline (三、 after 二、)
carries the text on across a list of links. Each test but the guards fails on the reader before
the round."""

from __future__ import annotations

from convert.reader.boilerplate import match_rule

from reader_pages import corpus_page, reason_at


def test_a_blogs_name_over_the_post_is_its_banner():
    # cattle0horse.github.io/001: the headline / CattleHorse's Blog / By accumulating small steps, … /
    # RSS / Github / the headline / 2026.01.10 / the text
    doc = corpus_page("cattle0horse.github.io")
    assert [bool(reason_at(doc, n)) for n in (2, 3, 4, 5, 7, 8)] == [True] * 5 + [False]
    assert match_rule("小王的博客", "header").name == "blog-banner"


def test_guard_a_welcome_heading_is_no_banner():
    assert match_rule("欢迎来到我的Blog", "header") is None
    assert match_rule("CattleHorse's Blog", "body") is None


def test_the_next_numbered_section_carries_the_text_across_a_link_list():
    # aljason.com/001 (Matery): 一、使用工具 / … / 二、Hexo基础开发 / … / 4.第6点，… / 三、Hexo进阶开发 /
    # - / 使用Hexo+Github…（进阶） / … / - / Hexo博客主题之hexo-theme-matery的介绍 / Matery这个主题… / 转载请注明:
    doc = corpus_page("aljason.com")
    assert [reason_at(doc, n) for n in (41, 43, 52, 55, 56)] == [""] * 5
    assert reason_at(doc, 57) != ""
