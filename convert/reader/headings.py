"""Numbering patterns of Chinese headings, shared by the cleaner (never join a heading
to the line before it) and the structurer (which decides which lines are headings).

Ranks follow GB/T 9704 and Chinese legal drafting: 第X编 > 第X章 > 第X节 > 第X条 for
laws, 一、 > （一） > 1. > （1） for reports and notices. A document's heading levels are
the ranks it actually uses, in this order, numbered from 1. Taiwan texts put 壹、貳、參、
above 一、.
"""

from __future__ import annotations

from .. import regexcache as re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

CN_DIGITS = "一二三四五六七八九十百千零〇两"
_N = rf"[{CN_DIGITS}\d０-９]{{1,6}}"   # 一 / 十二 / 1 / １
#: 第一篇博客不太长，… / 第一篇博文是在实习期间摸鱼写成的: what 篇 counts, glued after it, in a sentence
#: (a mark, or words running on) — the first post, a phrase and no piece's label (第一篇日记 alone
#: on its line, a section's title, is one)
_COUNTED_IN_SENTENCE = ("(?:文章|文|博客|博文|帖子|日记|论文|笔记|小说|散文|作文|随笔|推文|长文|短文|报道|游记|周记|教程|译文|读后感)"
                        "(?:[^，。；！？,;!?]*[，。；！？,;!?]|.{9})")


@dataclass(frozen=True)
class Numbering:
    """One numbering pattern: its name, rank (lower is higher level) and regex. The
    regex matches the label at the start of a line; group 'label' is the label as
    written (without trailing space)."""

    name: str
    rank: float      # 3.5: between the article and 一、
    regex: re.Pattern[str]


NUMBERINGS: tuple[Numbering, ...] = (
    # 篇一：… / 第2篇 …: one piece of a collection page (the highest level there is)
    Numbering("piece", -5, re.compile(
        rf"^(?P<label>(?:【\s*(?:篇\s*{_N}|第\s*{_N}\s*篇)\s*】|(?:篇\s*{_N}|第\s*{_N}\s*篇(?!{_COUNTED_IN_SENTENCE}))\s*[：:]?))"
        r"(?=\s|[\u4e00-\u9fff（(“\d])")),
    Numbering("part", 0, re.compile(rf"^(?P<label>第\s*{_N}\s*(?:[编編]|部分)(?:\s*[：:])?)(?=\s|$|[\u4e00-\u9fff])")),
    Numbering("chapter", 1, re.compile(rf"^(?P<label>第\s*{_N}\s*章(?:\s*[：:])?)(?=\s|$|[\u4e00-\u9fff])")),
    Numbering("section", 2, re.compile(rf"^(?P<label>第\s*{_N}\s*[节節])(?=\s|$|[\u4e00-\u9fff])")),
    # 第二十条第（一）项 / 第三条第二款 cite an article (the tables of an annual report): not one
    # 第 20-1 條 / 第3-2条 / 第十条之一: an article inserted by an amendment
    Numbering("article", 3, re.compile(rf"^(?P<label>第\s*{_N}(?:\s*[-－–]\s*{_N})?\s*[条條](?:之{_N})?)(?!\s*第\s*(?:[（(]|{_N}\s*[项款項目]))(?=\s|$|[\u4e00-\u9fff（(“\"])")),
    # not 一、二季度 / 二、三产业 / 一、二、三类: a list of numbers, not a label
    # 壹、貳、參、: the top level of Taiwan reports and plans, above 一、
    Numbering("tw-capital", 3.5, re.compile(r"^(?P<label>[壹贰貳叁參肆伍陆陸柒捌玖拾]{1,3}\s*、)(?=\S)")),
    # 甲、報告事項 / 乙、質詢事項: the Heavenly Stems over the parts of minutes or a Taiwan plan
    # (not 甲、乙双方 / 甲、乙方: two parties named, not a label)
    Numbering("stem", 3.55, re.compile(r"^(?P<label>[甲乙丙丁戊己庚辛壬癸]\s*、)(?![甲乙丙丁戊己庚辛壬癸])(?=\s*[\u4e00-\u9fff])")),
    # I. 提交文件 / II. 以書面答覆的質詢 / Ⅲ、: Roman numerals over the sections of an agenda
    # or a paper (before Chinese words: I. in an English sentence is not one)
    Numbering("roman", 3.6, re.compile(r"^(?P<label>(?:X{0,3}(?:IX|IV|V?I{1,3}|V)|X{1,3}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ])\s*[.．、])"
                                     r"(?=\s*[\u4e00-\u9fff《“「（(]|\s*$)")),
    # #0 野生程序员 / #1 一般公司招聘流程, 0x00 前言 / 0x01 签名的作用: a programmer's blog
    # numbering its sections (a space after the mark: not #标签 nor a hex value in a sentence)
    Numbering("hash", 3.7, re.compile(r"^(?P<label>#\s?\d{1,2}|0x[0-9A-Fa-f]{2})(?=[ \u3000]+[\u4e00-\u9fffA-Za-z])")),
    # part_one: 什么是文件挂载？ / Part 2: 联合挂载: a blog's parts, numbered in English (before Chinese words)
    Numbering("en-part", 3.75, re.compile(r"^(?P<label>(?i:(?:part|chapter)[ _]?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten))\s*[:：.])"
                                        r"(?=\s*[\u4e00-\u9fff《“「（(]|\s*[A-Za-z][\w ]{0,20}[\u4e00-\u9fff])")),
    # 01 / 02 / 03 glued to their text: the section marks of a news or WeChat feature
    # (zero-padded; not 05月 / 03日, a date)
    Numbering("padded", 3.8, re.compile(r"^(?P<label>0[1-9])(?=\s*[\u4e00-\u9fff《“【「])(?!\s*[年月日时號号点分期版])")),
    Numbering("cn", 4, re.compile(r"^(?P<label>[一二三四五六七八九十]{1,3}\s*(?:、|[．.](?![\d.])))"
                                  r"(?![一二三四五六七八九十两]\s*(?:[季月年次个项类级批、]|产业))")),
    Numbering("paren-cn", 5, re.compile(r"^(?P<label>[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)])")),
    Numbering("arabic", 6, re.compile(r"^(?P<label>[0-9０-９]{1,2}\s*[.．、](?![0-9０-９]))")),
    # 表现一：身高 / 特点二：… — a word and its ordinal, the points of a report's section
    # (not 第一： or 其一：, which count within a sentence)
    Numbering("named-point", 6.5, re.compile(r"^(?P<label>(?![第其之])[\u4e00-\u9fff]{2,3}[一二三四五六七八九十]{1,3}\s*[：:])(?=\s*[\u4e00-\u9fff“《])")),
    Numbering("paren-arabic", 7, re.compile(r"^(?P<label>[（(]\s*[0-9０-９]{1,2}\s*[）)])")),
    Numbering("rparen-arabic", 7, re.compile(r"^(?P<label>[0-9０-９]{1,2}\s*[）)])(?=\S|[ \u3000][\u4e00-\u9fff“《A-Za-z])")),
)

LAW_NAMES = ("part", "chapter", "section", "article")


@dataclass(frozen=True)
class Numbered:
    """A line that starts with a heading number: the pattern, its label, the rest."""

    numbering: Numbering
    label: str
    rest: str


_CHINESE_NUMBERS = {c: k for k, c in enumerate("一二三四五六七八九十", start=1)}


def label_number(label: str) -> int | None:
    """1. → 1, （三） → 3, #2 → 2: a heading label's number (None past 十 or for letters)."""
    digits = re.sub(r"\D", "", label)
    if digits:
        return int(digits)
    hanzi = [c for c in label if c in _CHINESE_NUMBERS]
    return _CHINESE_NUMBERS[hanzi[0]] if len(hanzi) == 1 else None


_PREFIX = 200   # labels are short: a long line is looked up by its start (cheap to hash)


def numbered(line: str) -> Numbered | None:
    """The numbering at the start of ``line``, if any."""
    if len(line) <= _PREFIX:
        return _numbered(line)
    head = _numbered(line[:_PREFIX])
    return None if head is None else Numbered(head.numbering, head.label, head.rest + line[_PREFIX:])


@lru_cache(maxsize=8192)
def _numbered(line: str) -> Numbered | None:
    if not line:
        return None
    first = line[0]
    if first not in "#第篇【一二三四五六七八九十（(0123456789０１２３４５６７８９壹贰貳叁參肆伍陆陸柒捌玖拾IVXⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ甲乙丙丁戊己庚辛壬癸PpCc" \
            and not ("：" in line[3:7] or ":" in line[3:7]):   # 表现一：, the only label opening with any hanzi
        return None   # (Part / part_one / Chapter: en-part)
    for n in NUMBERINGS:
        m = n.regex.match(line)
        if m:
            label = m.group("label").rstrip()
            rest = line[m.end():].lstrip(" \u3000\t")
            return Numbered(n, label, rest)
    return None


#: Unnumbered headings that are headings wherever they stand alone on a line.
#: a document's own parts: 前言, 附则, 保障措施…
_DOCUMENT_PARTS = frozenset(
    "名词解释 前言 引言 序言 序 导言 结束语 结语 后记 附录 附则 总则 说明 编制说明 编写说明 "
    "参考文献 致谢 摘要 概述 背景 总体要求 主要任务 保障措施 工作要求 工作目标 指导思想 基本原则 "
    "主要目标 重点任务 组织实施 实施步骤 附表 附图 注释 释义 问答 答题要求 考试说明".split()
)
#: an article's or a literary page's own parts; alone on a line, with or without a colon
ARTICLE_PARTS = frozenset("编者按 编者的话 内容提要 内容摘要 作者简介 个人简介 人物简介 创作背景 赏析 译文 译文及注释 "
                          "讨论 结论 研究方法 研究结果".split())
NAMED_HEADINGS = _DOCUMENT_PARTS | ARTICLE_PARTS


def is_heading_like(line: str) -> bool:
    """Could this line be a heading? (Used to avoid joining it to its neighbours.)"""
    if len(line) > _PREFIX:   # too long for a named heading or 目录; 附件 starts it
        return numbered(line) is not None or "".join(line[:8].split()).startswith("附件")
    return _is_heading_like(line)


@lru_cache(maxsize=8192)
def _is_heading_like(line: str) -> bool:
    if numbered(line) is not None:
        return True
    compact = line.replace(" ", "").replace("\u3000", "")
    return compact in NAMED_HEADINGS or compact.startswith("附件") or compact in ("目录", "目次")


# --------------------------------------------------------------------------- decimal clauses

#: 1 范围 / 3.1 人员要求 / 4.1.2 一次性告知: the numbered clauses of a technical standard
#: (GB/T 1.1) or a thesis. The level is the depth of the number. A gap after the number
#: is required, so 3.5亿元 and dates such as 2023.1.10 (four-digit first part) never match.
_DECIMAL = re.compile(r"^(?P<label>[0-9]{1,2}(?:[.．][0-9]{1,2}){1,3}[.．]?|[0-9]{1,2})[ \u3000\t]+(?P<rest>[\u4e00-\u9fffA-Za-z“\"].*)$")
_DECIMAL_TITLE_BAD = re.compile(r"[，,。；;：:！!？?%％…]|\s|[.·．─—]{2,}")   # one phrase; no TOC dots
MAX_DECIMAL_TITLE = 30
#: 1. / 2.1. / 3: a contents box's entry number (or a section's, its title on the next line),
#: alone on its line
ENTRY_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?$")
#: # / § / ¶ alone on a line: the link a page sets beside a section's title (region.heading_anchors
#: reads them), never a span of a sentence (rejoin)
HEADING_ANCHORS = frozenset(("#", "§", "¶"))


def anchors_side(above: Sequence[str], below: Sequence[str]) -> int:
    """+1 when a page sets its # before each section's title (VuePress: # / 实现原理 / text), -1
    when after it (Hugo's PaperMod: 准备工作 / # / text), 0 when its lines do not tell; ``above``
    and ``below`` are the lines over and under each #. The titles are the lines that differ
    each time: under each # of an interview (访谈正文 / # / 一个传统教育下的“loser” / # / 腾讯科技
    / ：你…) its speaker stands again and again. Else the title is the shorter neighbour, as
    most #s have it."""
    if len(set(above)) == len(above) > len(set(below)):
        return -1
    if len(set(below)) == len(below) > len(set(above)):
        return 1
    before = sum(1 for a, b in zip(above, below) if len(b) < len(a))
    after = sum(1 for a, b in zip(above, below) if len(a) < len(b))
    return (before > after) - (after > before)


#: Day -1 / Day 0 / DAY 3: a diary's day, alone on its line (its number may be below one: the day before)
DAY_HEADING = re.compile(r"^(?i:day)\s*(?P<n>-?\d{1,3})$")


@dataclass(frozen=True)
class Decimal:
    label: str      # 4.1.2
    depth: int      # 3
    rest: str       # 一次性告知


def decimal_clause(line: str) -> Decimal | None:
    """A clause number and its title. A numbered *sentence* (3.1.1 窗口工作人员应…。)
    is a clause without a title: not returned."""
    if len(line) > MAX_DECIMAL_TITLE + 18:
        return None   # number, gap and a short title: longer lines are prose
    return _decimal_clause(line)


@lru_cache(maxsize=8192)
def _decimal_clause(line: str) -> Decimal | None:
    if not line or not line[0].isdigit():
        return None
    m = _DECIMAL.match(line)
    if m is None:
        return None
    rest = m.group("rest").strip()
    if len(rest) > MAX_DECIMAL_TITLE or _DECIMAL_TITLE_BAD.search(rest):
        return None
    label = m.group("label").replace("．", ".").rstrip(".")   # 1.1. 电子商务的概念: a journal's style
    return Decimal(m.group("label"), label.count(".") + 1, rest)


_BARE_MARK = re.compile(r"^0?[1-9]$|^1[0-9]$")
_FINISHED = re.compile(r"[。！？!?…：:][”’」』\"]?$")


def bare_section_marks(texts: Sequence[str]) -> frozenset[int]:
    """1 / 2 / 3 alone on their lines, counting up from 1, each after a finished
    sentence and before prose: a feature's section marks, never a figure of the next
    sentence. (A Word export's page numbers count up too, but fall mostly inside
    paragraphs.)"""
    found = [k for k, text in enumerate(texts) if _BARE_MARK.match(text)]
    if len(found) < 2 or [int(texts[k]) for k in found] != list(range(1, len(found) + 1)):
        return frozenset()
    if all(k + 1 < len(texts) and len(texts[k + 1]) >= 10 and (k == 0 or _FINISHED.search(texts[k - 1]))
           for k in found):
        return frozenset(found)
    return frozenset()
