"""The PDF line breaker on exact, hand-checked breaks (no fonts, no PDF).

Every character is 1 unit wide (Latin letters and digits ½), full-width marks have a
blank half of ½, and the measure is 10 units: a line holds 10 ideographs.
"""

from __future__ import annotations

import pytest

from convert.writers.pdf import kinsoku
from convert.writers.pdf.linebreak import Measured, break_lines, place

HALF_BLANK = set("，。、；：？！）》」』”’")
OPEN_BLANK = set("（《「『“‘")


def measured(text: str) -> Measured:
    adv, box, squeeze = [], [], []
    for ch in text:
        w = 0.5 if ch.isascii() else 1.0
        adv.append(w)
        box.append(w)
        squeeze.append(0.5 if ch in HALF_BLANK else 0.0)
    return Measured(text, adv, box, squeeze)


def breaks(text: str, width: float = 10.0, first: float | None = None) -> list[str]:
    m = measured(text)
    lines = break_lines(m, lambda k: first if (k == 0 and first is not None) else width)
    return [text[ln.start:ln.end] for ln in lines]


@pytest.mark.parametrize("text, expected", [
    # fits exactly: no break needed
    ("一二三四五六七八九十", ["一二三四五六七八九十"]),
    # plain break after 10
    ("一二三四五六七八九十甲乙", ["一二三四五六七八九十", "甲乙"]),
    # ， may not start a line and cannot be pulled up: push 十 down with it
    ("一二三四五六七八九十，甲乙", ["一二三四五六七八九", "十，甲乙"]),
    # 。” may not start a line; squeezing 。 next to ” makes room: pull both up
    ("一二三四五六七八九。”甲乙", ["一二三四五六七八九。”", "甲乙"]),
    # —— is never split: both dashes go down with the character before
    ("一二三四五六七八九——十", ["一二三四五六七八", "九——十"]),
    # …… likewise
    ("一二三四五六七八九……十", ["一二三四五六七八", "九……十"]),
    # and their Traditional forms
    ("一二三四五六七八九⋯⋯十", ["一二三四五六七八", "九⋯⋯十"]),
    ("一二三四五六七八九――十", ["一二三四五六七八", "九――十"]),
    # 《 may not end a line
    ("一二三四五六七八九《十》", ["一二三四五六七八九", "《十》"]),
    # a number stays with its unit
    ("一二三四五六七八2022年", ["一二三四五六七八", "2022年"]),
    # a percentage stays whole
    ("一二三四五六七八九30%", ["一二三四五六七八九", "30%"]),
    # a Latin word is broken at spaces only
    ("一二三四五六七八 hello world", ["一二三四五六七八", "hello world"]),
    ("一二三四五六七 hello world", ["一二三四五六七 hello", "world"]),
    # a line-final ， is set at its inked half, so 9 ideographs and ， fit in 9.5
    ("一二三四五六七八九，十甲", ["一二三四五六七八九，", "十甲"]),
])
def test_known_breaks(text: str, expected: list[str]) -> None:
    width = 9.6 if expected[0].endswith("，") and len(expected[0]) == 10 else 10.0
    assert breaks(text, width) == expected


def test_first_line_indent_shortens_the_first_line_only() -> None:
    assert breaks("一二三四五六七八九十甲乙丙丁", 10.0, first=8.0) == ["一二三四五六七八", "九十甲乙丙丁"]


def test_forced_break() -> None:
    m = measured("一二\n三四")
    lines = break_lines(m, lambda k: 10.0)
    assert [(m.chars[ln.start:ln.end], ln.ragged) for ln in lines] == [("一二", True), ("三四", True)]


def test_no_line_breaks_a_rule_on_a_long_text() -> None:
    text = ("坚持以人民为中心，推动“两个确立”——这是根本。深化改革……全面推进！"
            "完成投资3.5亿元，增长12.5%，新建《规划》（试行）项目2022年、2023年共28个。") * 12
    m = measured(text)
    lines = break_lines(m, lambda k: 10.0)
    assert "".join(text[ln.start:ln.end] for ln in lines) == text
    for a, b in zip(lines, lines[1:]):
        end, start = text[a.end - 1], text[b.start]
        assert start not in kinsoku.NO_START, (text[a.start:a.end], text[b.start:b.end])
        assert end not in kinsoku.NO_END
        assert not (end in "—…" and start == end)


def test_justified_line_ends_exactly_at_the_measure() -> None:
    m = measured("一二三四五六七八九十，甲乙")
    lines = break_lines(m, lambda k: 10.0)
    first = lines[0]
    assert m.chars[first.start:first.end] == "一二三四五六七八九"
    placed = place(m, first, justify=True)
    # 9 ideographs spread over the 10-unit measure: the last glyph's box ends at 10
    assert placed.xs[-1] + m.box[first.end - 1] == pytest.approx(10.0)
    gaps = [b - a for a, b in zip(placed.xs, placed.xs[1:])]
    assert max(gaps) - min(gaps) < 1e-9          # the slack is spread evenly


def test_line_final_mark_is_compressed_before_stretching() -> None:
    m = measured("一二三四五六七八，甲乙丙")
    lines = break_lines(m, lambda k: 10.0)
    first = lines[0]
    assert m.chars[first.start:first.end] == "一二三四五六七八，甲"
    assert first.end_squeezed is False
    m2 = measured("一二三四五六七八九，甲乙")
    line = break_lines(m2, lambda k: 10.0)[0]
    assert m2.chars[line.start:line.end] == "一二三四五六七八九，"
    assert line.end_squeezed
    placed = place(m2, line, justify=True)
    # the comma's inked half ends at the edge: its box starts half an em before it
    assert placed.xs[-1] + 0.5 == pytest.approx(10.0)


def test_latin_words_keep_their_spacing_when_justified() -> None:
    m = measured("一二三四 abc 五六七八九十")
    lines = break_lines(m, lambda k: 10.0)
    placed = place(m, lines[0], justify=True)
    text = m.chars[lines[0].start:lines[0].end]
    a = text.index("a")
    assert placed.xs[a + 1] - placed.xs[a] == pytest.approx(0.5)
    assert placed.xs[a + 2] - placed.xs[a + 1] == pytest.approx(0.5)


def test_a_paragraph_never_ends_with_one_lonely_character() -> None:
    # 11 ideographs: 10 would fit, the 11th would stand alone; bring one more down
    assert breaks("一二三四五六七八九十甲") == ["一二三四五六七八九", "十甲"]
    # and a lone character followed by its full stop counts as lonely too
    assert breaks("一二三四五六七八九十甲。") == ["一二三四五六七八九", "十甲。"]


def test_pull_up_squeezes_the_marks_inside_the_line() -> None:
    # ， cannot start the next line; the ， inside the line gives up its blank half
    m = measured("一二，四五六七八九十，甲乙")
    lines = break_lines(m, lambda k: 10.0)
    assert [m.chars[ln.start:ln.end] for ln in lines] == ["一二，四五六七八九十，", "甲乙"]
    first = lines[0]
    assert first.squeezed == ((2, 0.5),) and first.end_squeezed
    placed = place(m, first, justify=True)
    assert placed.xs[3] == pytest.approx(2.5)            # 四 moved up into the blank half
    assert placed.xs[-1] + 0.5 == pytest.approx(10.0)    # the final ， inked half at the edge
