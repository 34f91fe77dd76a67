"""Rules of the corpus's round 108 (issue 12, session 16): batch 75's unseen half (Hugo blogs). A
serial's arrowed links to its neighbouring chapters (← 没有更早的章节 / 第02章 →) are its chapter
navigation; an icon with no letter or figure (📖) is never a title; a short <title> part set again
over the post's date written in hanzi (第01章 / 2026年07月02日) is the headline — above the text only
(某市房产局 / 2023年12月22日 under a notice is its signature: round 22's test). Tried and not kept: a
short <title> set again under a menu, with the blog's motto above the menu and its contents box's
entries between (Git常用命令), as the headline — it took a file-share post's headline over its one line
on a looked-at page, and a variant of it cost boilerplate on an unseen sample (fresh-60). Each test
but the guards fails on the reader before the round."""

from __future__ import annotations

from convert.reader.boilerplate import match_rule
from convert.reader.titles import is_title_line

from reader_pages import corpus_page, kept_texts, reason_at


def test_a_serials_chapter_under_its_arrowed_links():
    # aleph1.top/001: 第01章 · ℵ₁ / ☀ / ☾ / … / 小说 / 一个游戏幻想 / 第01章 / 2026年07月02日 / ← 没有更早的章节 / 📖 /
    # 第02章 → / the chapter
    doc = corpus_page("aleph1.top")
    assert doc.meta.title == "第01章"
    assert reason_at(doc, 13) and reason_at(doc, 14) and reason_at(doc, 15)
    # (the bare date under the headline is still kept: see the session's record)
    assert kept_texts(doc)[:2] == ["2026年07月02日", "陈良甫是被自己设定的闹钟叫醒的。"]


def test_arrowed_chapter_links():
    assert match_rule("← 没有更早的章节", "body").name == "prev-next"
    assert match_rule("第02章 →", "body").name == "prev-next"
    assert match_rule("← 第十二回 宝玉梦游太虚境", "body").name == "prev-next"


def test_an_icon_is_no_title():
    assert not is_title_line("📖") and not is_title_line("☾")


def test_guard_a_chapter_heading_without_an_arrow_is_no_link():
    assert match_rule("第02章", "body") is None
    assert match_rule("第一章 总则", "body") is None
