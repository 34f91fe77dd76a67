"""Line-breaking rules (禁则, kinsoku) as data: W3C clreq §3.1.7, GB/T 15834.

The breaker (linebreak.py) only asks the questions at the bottom of this module; what
may start or end a line lives in the sets here, so a rule change is a data change.
"""

from __future__ import annotations

#: Closing brackets and quotes: never at the start of a line.
CLOSING = frozenset("）］｝】》〉」』〕〗〙〛”’)]}»›")
#: Pause and stop marks (点号): never at the start of a line.
PAUSE = frozenset("、，。．；：？！,.;:?!‼⁇⁈⁉")
#: Other marks that must not start a line: connector/ellipsis halves, middle dots,
#: iteration marks, small kana-like suffixes, percent and degree signs.
OTHER_NO_START = frozenset("\u2024…‥⋯︙\U00010AF6—―–‐〜゠～·・･々〻ゝゞヽヾー％﹪‰℃℉°′″‵￠‼⁇⁈⁉")
#: Opening brackets and quotes: never at the end of a line.
OPENING = frozenset("（［｛【《〈「『〔〖〘〚“‘([{«‹")
#: Currency and number prefixes that stay with the number after them.
PREFIX = frozenset("￥$＄£€#＃№")

NO_START = CLOSING | PAUSE | OTHER_NO_START
NO_END = OPENING | PREFIX

#: Marks written doubled that a line must never split: —— (破折号) and …… (省略号),
#: with their Traditional forms ―― and ⋯⋯.
INSEPARABLE = frozenset("—―…‥⋯·")

#: Units (量词/计量单位) kept on the line of the number before them: "2022年", "30%".
UNITS = frozenset("%％‰℃°′″年月日时分秒个元角万亿千百十米克吨次人件条篇名期项岁天倍届号"
                  "户家所座处台辆位份批场轮")

#: Marks of Chinese text whose East Asian Width is ambiguous or narrow (“”‘’ — … ·):
#: the kinsoku rules, not UAX #14, decide the breaks next to them.
CJK_MARKS = frozenset("“”‘’—―…‥⋯·～")

#: Full-width marks whose ink sits in one half of the em box, so that half may be
#: removed (compressed) at a line end or between two marks. Which half is blank is
#: read from the font's glyph box (fonts differ: Traditional fonts centre ，。).
COMPRESSIBLE = CLOSING | PAUSE | OPENING


def is_word_char(ch: str) -> bool:
    """Latin letters and digits: part of a word that is broken only at spaces."""
    return ch.isascii() and (ch.isalnum() or ch in "'-_.,:/@&+") or ch.isdigit() or "\uff10" <= ch <= "\uff19"


def _is_digit(ch: str) -> bool:
    return ch.isdigit()


#: CSS Text 3 line-break levels for Chinese (web-platform-tests css/css-text/i18n/zh):
#: what ``normal`` and ``loose`` let start a line that ``strict`` does not. The PDF uses
#: ``strict`` (GB/T 15834 / clreq); the others exist for the tests and for callers.
HYPHENS = frozenset("‐–〜゠")
LOOSE_START = HYPHENS | frozenset("・：；･‼⁇⁈⁉！？°‰′″‵℃℉﹪％￠\u2024‥…⋯︙\U00010AF6々〻ゝゞヽヾ")
RELAXED_START = {"strict": frozenset(), "normal": HYPHENS, "loose": LOOSE_START}


def may_break(before: str, after: str, after_next: str = "", level: str = "strict") -> bool:
    """May a line end after ``before`` and the next start with ``after``?"""
    if after in RELAXED_START[level] and before not in NO_END and not (before in INSEPARABLE and after == before):
        return True
    if after in NO_START or before in NO_END:
        return False
    if before in INSEPARABLE and after == before:
        return False
    if before == " " or after == " ":
        return True
    if is_word_char(before) and is_word_char(after):
        # a Latin word or a number; "3.5" or "1,000" stay whole too
        return False
    if _is_digit(before) and after in UNITS:
        return False
    if before in "-–" and _is_digit(after):
        return False
    return True
