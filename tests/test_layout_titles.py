"""Balanced title lines for the DOCX (layout/titles.py): the PDF's breaks, estimated."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from convert.layout.titles import _greedy, _width, balanced_lines


def test_a_title_is_broken_into_even_lines_between_words_it_can_keep():
    assert balanced_lines("某某市人民政府关于做好2024年春季农业生产工作的通知", 19.5) == [
        "某某市人民政府关于做好2024年", "春季农业生产工作的通知"]
    assert balanced_lines("关于印发《某某市数字经济发展规划（2024—2026年）》的通知", 19.5) == [
        "关于印发《某某市数字经济发展", "规划（2024—2026年）》的通知"]
    assert balanced_lines("短标题", 19.5) == ["短标题"]


@settings(max_examples=200)
@given(st.text(alphabet="某市政府关于的通知（）《》，。2024abc ", min_size=1, max_size=80),
       st.floats(min_value=4, max_value=30))
def test_balanced_lines_keep_every_character_and_the_greedy_line_count(text, measure):
    lines = balanced_lines(text, measure)
    assert "".join(lines) == text
    greedy = _greedy(text, [_width(c) for c in text], measure)
    if greedy is not None:
        assert len(lines) == len(greedy)
        assert all(sum(_width(c) for c in line) <= measure + 1e-9 for line in lines)
        assert not any(line[:1] in "，。）》" for line in lines[1:])
