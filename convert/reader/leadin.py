"""Lead-ins: the short summary sentence that opens a paragraph of a Chinese report.

    深入学习中共二十大精神。把学习宣传贯彻…        → Strong("深入学习中共二十大精神。") + Text(…)
    一是加强理论武装。…                            → Strong("一是加强理论武装。") + …
    ——经济运行保持在合理区间。国内生产总值…        → Strong("——经济运行保持在合理区间。") + …

A lead-in is the first sentence, ending with 。 or ！, at most ``MAX_LEN`` characters,
without a comma, semicolon or colon inside (a sentence with clauses is prose, not a
summary), and followed by more text. Plain paragraphs before the first heading only
get one when they start with 一是/二是… or a dash, because an opening paragraph's short
first sentence (2022年是…开局之年。) is a statement, not a summary.
"""

from __future__ import annotations

from .. import regexcache as re

from ..model import Inline, Strong, Text

MAX_LEN = 32
_FIRST_SENTENCE = re.compile(r"^[^。！？!?]{2,%d}?[。！]" % MAX_LEN)
_CLAUSE = re.compile(r"[，,；;：:]")
_ENUMERATED = re.compile(r"^(?:[一二三四五六七八九十]{1,2}是|首先|其次|再次|最后|第[一二三四五六七八九十]{1,2}[，,、]?)")
_DASH = re.compile(r"^(?:——|--)")
_THIS_IS = re.compile(r"^这是")
_SALUTATION = re.compile(r"^(?:各位|同志们|朋友们|女士们|先生们|尊敬的|亲爱的)")


def split_lead_in(text: str, after_heading: bool) -> tuple[Inline, ...]:
    """The paragraph's inlines: a Strong lead-in and the rest, or one Text."""
    m = _FIRST_SENTENCE.match(text)
    if m is None:
        return (Text(text),)
    head = m.group(0)
    rest = text[m.end():]
    if len(rest) < 4 or rest[0] in "”’」』）)":
        return (Text(text),)
    if _SALUTATION.match(head):
        return (Text(text),)   # 各位代表！… opens a closing paragraph, it sums nothing up
    if _THIS_IS.match(head) and not _CLAUSE.search(head):
        return (Strong((Text(head),)), Text(rest))   # 这是…的五年。 sums up what follows
    special = bool(_ENUMERATED.match(head) or _DASH.match(head))
    if not special:
        if not after_heading or _CLAUSE.search(head):
            return (Text(text),)
        if head.count("“") != head.count("”") or head.count("《") != head.count("》"):
            return (Text(text),)
    elif _DASH.match(head) and _CLAUSE.search(head[2:]) and len(head) > MAX_LEN:
        return (Text(text),)
    return (Strong((Text(head),)), Text(rest))
