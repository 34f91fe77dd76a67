"""Rules of the corpus's round 136 (issue 12, session 22): batch 100's first half (Hugo blogs tagged
随想, gathered this session).
- A one-part <title> set again right over the post's date in English (美食记录 / Aug 10, 2025, or
  10 December 2025) is the headline, however short: the text starts under it.
- An outline set in the text, its numbered entries and their sub-entries (一、 简介 / 1.1 什么是 AR-HUD /
  … / 二、 AR-HUD 的设计 / 2.1 …) in a row with no text under any of them, is a contents block, not
  headings (it is listed in the notices).
Groups nobody looked at: fresh-60 content 0 → 1 (60ke.github.io; its boilerplate 0.917 → 0.542),
fresh-100 boilerplate (burogu.lamlake.com 0.958 → 1). Cost: fresh-87 loses a title
(blog.dexmybia.com) and some boilerplate: the English date under a short line that the <title>
names.
Left: ilemonellen's motto; suicablog's 關聯博文： and the word mixing under its title; rovertang's
contents box keeps its last entry (结语).
Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from convert.model import List, Paragraph, iter_blocks, plain_text
from reader_pages import corpus_page, headings, kept_texts, read_page


def test_a_short_headline_over_its_english_date_is_the_title():
    # mountainatic.github.io/001: 美食记录 (the <title>) / … / 美食记录 / Aug 10, 2025 / 阅读时长: 1 分钟 /
    # 今天尝试了一个新的咖啡冲泡方法： / V60手冲咖啡 / 水温：92°C / … / 冲泡时间：2分30秒 / …
    doc = corpus_page("mountainatic.github.io")
    assert doc.meta.title == "美食记录"
    assert kept_texts(doc)[0] == "今天尝试了一个新的咖啡冲泡方法："


def test_an_outline_without_text_is_a_contents_block():
    # rovertang.github.io/001: 大纲 / 一、 简介 / 1.1 什么是 AR-HUD / … / 五、结论 / 5.1 … / 5.2 … / 综述 / AR-HUD（…）是…
    doc = corpus_page("rovertang.github.io")
    toc = [plain_text(b) for b in iter_blocks(doc.blocks) if isinstance(b, Paragraph) and b.role == "toc"]
    assert toc[:3] == ["一、 简介", "1.1 什么是 AR-HUD", "1.2 AR-HUD 的背景及发展历史"] and len(toc) == 18
    assert not [text for _, _, text in headings(doc) if text.startswith(("一、", "二、", "3.1"))]
    assert any(n.kind == "contents" and "outline" in n.message for n in doc.meta.notices)


def test_guard_a_numbered_list_without_sub_entries_stays_a_list():
    # 1. 苹果 / 2. 香蕉 / … / 6. 梨: a list, its items all of one level — no outline
    doc = read_page("购物清单", "1. 苹果", "2. 香蕉", "3. 橘子", "4. 葡萄", "5. 西瓜", "6. 梨",
                    "这是正文的一段，足够长，读者会认出它，它也有句号。")
    assert isinstance(doc.blocks[0], List)


def test_guard_sections_with_text_are_headings():
    # 一、总体要求 / 1.1 指导思想 / text / … : each section has its text — headings
    doc = read_page("工作要点", "一、总体要求", "1.1 指导思想", "坚持以人民为中心，全面推进各项工作，这是一段足够长的正文。",
                    "1.2 基本原则", "坚持稳中求进，统筹发展和安全，这也是一段足够长的正文。",
                    "二、主要任务", "2.1 加强学习", "深入学习，学以致用，推动工作取得新成效，这是正文。",
                    "2.2 改进作风", "改进工作作风，提高工作效率，这同样是一段足够长的正文。")
    assert headings(doc) == [(1, "一、", "总体要求"), (2, "1.1", "指导思想"), (2, "1.2", "基本原则"),
                             (1, "二、", "主要任务"), (2, "2.1", "加强学习"), (2, "2.2", "改进作风")]
