"""Where a title too long for one line is broken, for writers that cannot measure.

The PDF writer breaks a centred title into lines of even length with its own measured
glyphs (``writers/pdf/flowables._balanced``). Word and LibreOffice fill the first line
and leave a short second one — and, having no word boundaries in Chinese, may cut a
word: 某某市人民政府关于做好2024年春季农业生 / 产工作的通知. The DOCX writer asks here
for the same balanced breaks and sets them as line breaks.

Widths are estimated: a CJK character one em, a Latin letter, digit or space half.
A line never starts with a closing mark nor ends with an opening one, and a number or a
Latin word stays whole with the character after it (2024年).
"""

from __future__ import annotations

import unicodedata

_NO_BREAK_BEFORE = set("，。、；：！？）》」』”’〕】…—·％%,.;:!?)]}")
_NO_BREAK_AFTER = set("（《「『“‘〔【([{")


def _width(c: str) -> float:
    return 1.0 if unicodedata.east_asian_width(c) in "WFA" else 0.5


def _breakable(text: str, i: int) -> bool:
    """May a line end after ``text[i]``?"""
    a, b = text[i], text[i + 1]
    if b in _NO_BREAK_BEFORE or a in _NO_BREAK_AFTER:
        return False
    return not (a.isascii() and a.isalnum())    # 2024年, iPhone手机: the word with what follows


def _greedy(text: str, widths: list[float], measure: float) -> list[str] | None:
    lines: list[str] = []
    start, used, last_break = 0, 0.0, -1
    i = 0
    while i < len(text):
        used += widths[i]
        if used > measure + 1e-9:
            if last_break < start:
                return None            # a piece wider than the measure: no way to break it
            lines.append(text[start: last_break + 1])
            start, i = last_break + 1, last_break + 1
            used, last_break = 0.0, start - 1
            continue
        if i + 1 < len(text) and _breakable(text, i):
            last_break = i
        i += 1
    lines.append(text[start:])
    return lines


def balanced_lines(text: str, measure: float) -> list[str]:
    """``text`` in as few lines of ``measure`` ems as it needs, as even as they can be."""
    widths = [_width(c) for c in text]
    lines = _greedy(text, widths, measure)
    if lines is None or len(lines) < 2:
        return [text]
    n = len(lines)
    lo, hi = sum(widths) / n, measure
    best = lines
    for _ in range(16):
        mid = (lo + hi) / 2
        trial = _greedy(text, widths, mid)
        if trial is not None and len(trial) <= n:
            best, hi = trial, mid
        else:
            lo = mid
    return best
