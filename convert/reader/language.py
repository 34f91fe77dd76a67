"""Which language the text is in: zh-Hans, zh-Hant or en.

Traditional text is recognised with OpenCC: converting Traditional → Simplified changes
many characters of a Traditional text and almost none of a Simplified one (the few
characters both scripts share unchanged are the majority either way, so we compare
against the reverse conversion instead of a fixed threshold).
"""

from __future__ import annotations

import re
from functools import lru_cache

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")

SAMPLE = 6_000  # characters looked at: enough to decide, cheap on big inputs


@lru_cache(maxsize=2)
def _converter(config: str):
    import opencc
    return opencc.OpenCC(config)


def t2s(text: str) -> str:
    return _converter("t2s").convert(text)


def s2t(text: str) -> str:
    return _converter("s2t").convert(text)


def _changed(a: str, b: str) -> int:
    if len(a) != len(b):  # phrase conversions can change length: fall back to a set count
        return len(set(a) - set(b))
    return sum(1 for x, y in zip(a, b) if x != y)


def detect_language(text: str) -> str:
    """BCP 47 tag for the text: zh-Hant when Traditional, en when it has no CJK."""
    sample = "".join(_CJK.findall(text[:SAMPLE * 3]))[:SAMPLE]
    if not sample:
        return "en" if _LATIN.search(text[:SAMPLE]) else "zh-Hans"
    to_simplified = _changed(sample, t2s(sample))
    to_traditional = _changed(sample, s2t(sample))
    # A Simplified text changes a lot when converted to Traditional and almost nothing
    # the other way round; a Traditional text the opposite.
    if to_simplified > to_traditional and to_simplified >= max(2, len(sample) * 0.03):
        return "zh-Hant"
    return "zh-Hans"
