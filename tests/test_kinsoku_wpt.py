"""kinsoku against the web-platform-tests Chinese line-break cases.

Origin: web-platform-tests/wpt, css/css-text/i18n/zh/css-text-line-break-zh-{cpm,po,in,
iteration,hyphens}-{strict,normal,loose}.html (commit 42287024b971a699c458978df1a781f356479f59,
BSD 3-Clause; author Richard Ishida). Each file sets 文文文文文文X字 in a box 6 characters
wide and asserts whether X "may" or "may NOT appear at line start if zh and <level>".
The character lists below are copied from those files; the expectations are theirs
(CSS Text 3 §5.3: normal also allows the hyphens, loose allows all of them).
The PDF typesets with ``strict``.
"""

from __future__ import annotations

import pytest

from convert.writers.pdf import kinsoku

WPT = {
    # centred punctuation (cpm)
    "cpm": "\u30FB\uFF1A\uFF1B\uFF65\u203C\u2047\u2048\u2049\uFF01\uFF1F",
    # PO with East Asian Width A, F or W
    "po": "\u00B0\u2030\u2032\u2033\u2035\u2103\u2109\uFE6A\uFF05\uFFE0",
    # inseparable (IN)
    "in": "\u2024\u2025\u2026\u22EF\uFE19\U00010AF6",
    # iteration marks
    "iteration": "\u3005\u303B\u309D\u309E\u30FD\u30FE",
    # hyphens
    "hyphens": "\u2010\u2013\u301C\u30A0",
}
#: (category, level) → may the character start a line?
EXPECTED = {
    ("cpm", "strict"): False, ("cpm", "normal"): False, ("cpm", "loose"): True,
    ("po", "strict"): False, ("po", "normal"): False, ("po", "loose"): True,
    ("in", "strict"): False, ("in", "normal"): False, ("in", "loose"): True,
    ("iteration", "strict"): False, ("iteration", "normal"): False, ("iteration", "loose"): True,
    ("hyphens", "strict"): False, ("hyphens", "normal"): True, ("hyphens", "loose"): True,
}
CASES = [(cat, level, ch) for (cat, level) in EXPECTED for ch in WPT[cat]]


@pytest.mark.parametrize("category, level, ch", CASES,
                         ids=[f"{c}-{lv}-U+{ord(ch):04X}" for c, lv, ch in CASES])
def test_wpt_zh_line_start(category: str, level: str, ch: str) -> None:
    # 文文文文文文X字: may the line break between 文 and X?
    assert kinsoku.may_break("文", ch, level=level) is EXPECTED[(category, level)]


def test_the_pdf_uses_strict() -> None:
    assert all(not kinsoku.may_break("文", ch) for chars in WPT.values() for ch in chars)
