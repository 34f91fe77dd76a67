"""The EPUB cover breaks its title only between words (issue 13: 政协常/务委员会)."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from convert.fonts import load_fonts
from convert.style import load_style
from convert.writers.epub.cover import HEIGHT, WIDTH, break_title, cover_jpeg, title_lines

# Each title with the words no line may split (a line ends neither inside nor splits them).
TITLES = [
    ("某某市政协常务委员会工作报告", "zh-Hans", ["政协", "常务", "委员会", "工作", "报告"]),
    ("国务院办公厅关于进一步加强和改进基层治理工作的意见", "zh-Hans",
     ["国务院", "办公厅", "进一步", "加强", "改进", "基层", "治理", "工作", "意见"]),
    ("关于印发《某某省生态环境保护督察工作实施办法》的通知", "zh-Hans",
     ["印发", "生态", "环境保护", "督察", "实施办法", "通知"]),
    ("关于做好2025年全国两会建议和政协提案办理工作的通知", "zh-Hans",
     ["2025", "全国", "两会", "建议", "政协", "提案", "办理", "工作", "通知"]),
    ("某某市政協常務委員會工作報告", "zh-Hant", ["政協", "常務", "委員會", "工作", "報告"]),
    ("某某市人民政府关于2024年度 PM2.5 与 iPhone 15 Pro 的报告", "zh-Hans",
     ["人民政府", "PM2.5", "iPhone", "报告"]),
]


@pytest.fixture(scope="module")
def setting():
    return load_style(), load_fonts()


@pytest.mark.parametrize("title, language, words", TITLES, ids=[t[0][:10] for t in TITLES])
def test_cover_title_breaks_between_words(setting, title, language, words):
    style, fonts = setting
    size, lines = title_lines(style, fonts, title, language)
    assert "".join(lines).replace(" ", "") == title.replace(" ", "")
    assert len(lines) >= 2   # all of these are too long for one line at the cover's size
    ends, at = set(), 0
    joined = "".join(lines)
    for line in lines[:-1]:
        at += len(line)
        ends.add(at)
    for word in words:
        start = joined.index(word)
        inside = set(range(start + 1, start + len(word)))
        assert not inside & ends, f"{word} split: {lines}"
    for line in lines[1:]:
        assert line[0] not in "，。、：；）》”的"
    for line in lines[:-1]:
        assert line[-1] not in "（《“"


def test_council_report_title_lines(setting):
    style, fonts = setting
    assert title_lines(style, fonts, "某某市政协常务委员会工作报告", "zh-Hans") == (
        88, ["某某市政协", "常务委员会工作报告"])
    # the issuer, then the subject from 关于
    assert title_lines(style, fonts, "国务院办公厅关于进一步加强和改进基层治理工作的意见", "zh-Hans")[1][0] == "国务院办公厅"


def test_a_word_wider_than_the_measure_still_breaks():
    text = "超" * 30
    lines = break_title(text, [10.0] * 30, 95.0)
    assert len(lines) == 4 and all(j - i <= 9 for i, j in lines)
    assert lines[0][0] == 0 and lines[-1][1] == 30


def test_cover_renders(setting):
    style, fonts = setting
    data = cover_jpeg(style, fonts, title="某某市政协常务委员会工作报告",
                      lines=["某某市政协办公室", "2025年1月"], language="zh-Hans")
    assert Image.open(io.BytesIO(data)).size == (WIDTH, HEIGHT)


def test_the_page_prepared_by_warm_gives_the_same_cover(setting):
    """warm() (the helper's, while the text is read) fills a blank page ahead; the cover
    drawn on it is the same JPEG as on a page made when it is drawn."""
    from convert.writers.epub import cover

    style, fonts = setting
    title = "中国人民政治协商会议某某区委员会常务委员会工作报告（2024年度）"
    cover._blanks.clear()
    fresh = cover_jpeg(style, fonts, title=title, lines=["2024年1月"], language="zh-Hans")
    cover.warm(style, fonts)
    assert len(cover._blanks) == 1
    assert cover_jpeg(style, fonts, title=title, lines=["2024年1月"], language="zh-Hans") == fresh
    assert not cover._blanks                              # used once
    assert cover_jpeg(style, fonts, title=title, lines=["2024年1月"], language="zh-Hans") == fresh
