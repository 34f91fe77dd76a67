"""A Latin word on a justified Chinese line keeps its own letter spacing.

Found on a rendered page: "（例如 Windows" ending a justified line was drawn "Wndows",
its letters set ~3 pt into each other, while the Chinese of the line was spread wide.
The rule (clreq, JIS X 4051): a line's slack goes to the gaps between Chinese characters
and at spaces; the letters of a word are never closed up. Checked on the PDF itself
(pdfplumber, tests/typography.py), on hand-made unit widths, and as a property of the
writer's placed lines over random mixes of Chinese and Latin words.
"""

from __future__ import annotations

import pytest
from hypothesis import given, seed, settings, strategies as st

from convert.diagnostics import Reporter
from convert.fonts import load_fonts
from convert.model import Document, Meta, Paragraph, Text
from convert.style import load_style
from convert.writers import WriteOptions
from convert.writers.pdf import write
from convert.writers.pdf.document import Builder
from convert.writers.pdf.linebreak import Measured, break_lines, place
from convert.writers.pdf.measure import Measurer, MissingGlyphs
from convert.writers.pdf.prebreak import text_blocks
from typography import TOLERANCE, extract_lines

STYLE = load_style("gbt9704")
FONTS = load_fonts()

WINDOWS = "目标文件正被系统或其它进程占用（例如 Windows Installer 进程还在运行），导致无法删除。"

#: Letters closer than this (points) to the one before count as overlapping (float noise
#: and pdfplumber's rounding are far below it; the bug was 3.1 pt).
OVERLAP = 0.01


def _word_pairs(text: str):
    """Indices (i, i+1) of neighbouring letters or digits of one Latin word."""
    for i in range(len(text) - 1):
        a, b = text[i], text[i + 1]
        if a.isascii() and a.isalnum() and b.isascii() and b.isalnum():
            yield i, i + 1


# -- the paragraph of the bug report, in the PDF ---------------------------------------

@pytest.fixture(scope="module")
def windows_lines():
    doc = Document(Meta(title="测试标题"), (Paragraph((Text(WINDOWS),)),))
    data = write(doc, STYLE, FONTS, WriteOptions(), Reporter("test"))
    pages, _ = extract_lines(data)
    return [ln for ln in pages[0] if any(ch in ln.text for ch in "例运")]


def test_windows_at_a_line_end_is_not_squeezed(windows_lines) -> None:
    lines = [ln for ln in windows_lines if "Windows" in ln.text]
    assert lines, [ln.text for ln in windows_lines]
    for ln in windows_lines:
        chars = ln.chars
        for i, k in _word_pairs(ln.text):
            a, b = chars[i], chars[k]
            assert b["x0"] >= a["x1"] - OVERLAP, (ln.text, a["text"], b["text"], round(b["x0"] - a["x1"], 3))


def test_the_windows_line_is_still_justified(windows_lines) -> None:
    right = STYLE.page.width - STYLE.page.margin_right
    first = next(ln for ln in windows_lines if "Windows" in ln.text)
    assert first.text.endswith("Windows")
    assert first.x1 == pytest.approx(right, abs=TOLERANCE)
    # the slack went to the Chinese gaps: they are wider than a word's letter gaps (0)
    chars = first.chars
    assert chars[1]["x0"] - chars[0]["x1"] > 1.0


# -- hand-made widths: ideographs 1, Latin ½, measure 13: the spaces' share passes ¼ em --

def _unit_measured(text: str) -> Measured:
    widths = [0.5 if ch.isascii() else 1.0 for ch in text]
    return Measured(text, widths, widths, [0.0] * len(text))


@pytest.mark.parametrize("text, width", [
    ("一二三四五六七 abcdefgh ijklmnop", 13.0),     # slack 1.5: the spaces saturate
    ("一二三四五六七 abcdefgh ijklmnop", 13.4),     # slack 1.9
    ("一二 abcdefgh 三四 ijklmnopqr", 10.3),        # the word between Chinese: slack 1.3
])
def test_unit_widths_word_keeps_its_spacing(text: str, width: float) -> None:
    m = _unit_measured(text)
    lines = break_lines(m, lambda k: width)
    justified = [ln for ln in lines if not ln.ragged]
    assert justified
    for line in justified:
        placed = place(m, line, True)
        last = line.end - 1
        assert placed.xs[-1] + m.box[last] == pytest.approx(width, abs=1e-6)
        for i, k in _word_pairs(text[line.start:line.end]):
            assert placed.xs[k] - placed.xs[i] >= m.box[line.start + i] - 1e-9, (text[line.start:line.end], i)


# -- property: random mixes of Chinese and Latin words, as the writer places them ------

HANZI = "目标文件正被系统或其它进程占用例如还在运行导致无法删除测试标题数据安装程序服务器网络"
WORDS = ["Windows", "Installer", "Microsoft", "Word", "WiFi", "GitHub", "Python", "MMWave",
         "mmWave", "Chrome", "WWW", "PM2.5", "iPhone", "2023", "HTTP", "Linux", "Wm"]
_word = st.one_of(st.sampled_from(WORDS),
                  st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzMWmw"), min_size=1, max_size=16))
_token = st.one_of(
    st.text(st.sampled_from(HANZI), min_size=1, max_size=14),
    st.tuples(st.sampled_from(["", " ", " "]), _word, st.sampled_from(["", " ", " "])).map("".join),
    st.sampled_from(["，", "。", "（", "）", "、"]),
)


# at least 12 tokens: paragraphs of several lines, so some line ends in a word that was
# pushed down and leaves slack enough for the spaces' share to pass ¼ em
@seed(20240607)
@settings(max_examples=30, deadline=None)
@given(st.lists(_token, min_size=12, max_size=40).map("".join))
def test_latin_letters_never_overlap_and_justified_lines_fill(text: str) -> None:
    text = text.strip() or "空"
    doc = Document(Meta(title="混排"), (Paragraph((Text(text),)),))
    builder = Builder(STYLE, Measurer(STYLE, FONTS, "zh-Hans", MissingGlyphs()), Reporter())
    width = STYLE.page.text_width
    for block in text_blocks(builder.document(doc)):
        if block.spec.align != "justify":
            continue
        m = block.prepared.measured
        for k, line in enumerate(block.lines_for(width)):
            placed, _ = block.geometry(line, block.first and k == 0)
            chars = m.chars[line.start:line.end]
            for i, j in _word_pairs(chars):
                step = placed.xs[j] - placed.xs[i]
                box = m.box[line.start + i]
                assert step >= box - 1e-6, (chars, chars[i], chars[j], step, box)
            if not line.ragged and line.end - line.start > 1:
                last = line.end - 1
                right = placed.xs[-1] + m.box[last] - (m.squeeze[last] if line.end_squeezed else 0.0)
                assert right == pytest.approx(line.width, abs=0.05), chars
