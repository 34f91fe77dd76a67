"""The reader's fast paths answer exactly what the slow tests they stand in front of answer.

Issue 12 asks for the 180k benchmark in 0.15 s. Some tests were made faster by asking a
cheap question first (does the line hold a character every match needs?) or by asking
once what was asked three times. Each such shortcut is checked here against the plain
definition, on lines of the corpus's real pages and on lines built from their pieces.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from convert.reader import punctuation
from convert.reader.boilerplate import match_rule, matches_in_some_zone
from convert.reader.lines import CAPTION, han_count, is_caption

CORPUS = Path(__file__).parent / "corpus"
ZONES = ("header", "body", "footer")


@cache
def corpus_lines() -> tuple[str, ...]:
    """Every 7th line of every page in the corpus (about 20,000 real lines)."""
    lines = []
    for path in sorted(CORPUS.glob("*/*.txt")):
        lines.extend(path.read_text(encoding="utf-8", errors="replace").split("\n")[::7])
    return tuple(line.strip() for line in lines)


#: pieces that reach each branch: captions and credits, rule words, URLs and mail, CJK of each block
PIECES = ["图", "圖", "图片", "图为", "照片来源：", "摄影：", "記者王小明攝", " 摄", "（新华社/图）", "（资料图片）", "◎", "▲", "※",
          "分享到", "ICP备", "版权所有", "本文采用", "知识共享", "上一篇", "阅读", "来源：", "網站地圖", "首页", "|",
          "https://a.cn/x", "www.gov.cn", "a.b@c.cn", "@", "://", "(", ")", '"', ",", ":",
          "某某", "㐀", "\u4dc0", "龥", "丽", "，", "。", " ", "\u3000", "a", "1"]
built = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)
real = st.sampled_from(corpus_lines())
lines = st.one_of(built, real, st.text(max_size=40), st.tuples(real, built).map("".join))


@settings(max_examples=400, deadline=None)
@given(lines)
def test_han_count_counts_each_ideograph(text: str) -> None:
    assert han_count(text) == sum(1 for ch in text if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff")


@settings(max_examples=400, deadline=None)
@given(lines)
def test_caption_shortcut_changes_no_answer(text: str) -> None:
    assert is_caption(text) == (len(text) <= 200 and CAPTION.search(text) is not None)


@settings(max_examples=300, deadline=None)
@given(lines)
def test_one_pass_over_the_rules_answers_as_three_zones_do(text: str) -> None:
    assert matches_in_some_zone(text) == any(match_rule(text, zone) is not None for zone in ZONES)


def test_every_sampled_corpus_line_gets_the_same_caption_answer() -> None:
    different = [text for text in corpus_lines() if is_caption(text) != (len(text) <= 200 and CAPTION.search(text) is not None)]
    assert different == []


@settings(max_examples=400, deadline=None)
@given(lines)
def test_normalize_skips_the_protected_search_only_where_nothing_is_protected(text: str) -> None:
    if not punctuation._may_hold_protected(text):
        assert punctuation._PROTECTED.search(text) is None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="-—–－目录Contents文章 ", max_size=16))
def test_a_box_labels_dashes_come_off_as_the_pattern_took_them(text: str) -> None:
    from convert.reader.region import _BOX_LABEL_DASHES

    assert text.strip(_BOX_LABEL_DASHES) == re.sub(r"^[-—–－]+|[-—–－]+$", "", text)
