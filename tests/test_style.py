"""Styles: the shipped styles, units, `extends`, and one clear error line per bad file."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from conftest import run_cli
from convert.style import (PAGE_SIZES, ROLES, SIZE_NAMES, Measure, StyleError, list_styles, load_style,
                           parse_length)

MM = 72 / 25.4
SHIPPED = ("gbt9704", "report", "book")


def approx_mm(points: float) -> float:
    return round(points / MM, 1)


# --------------------------------------------------------------------------- shipped styles

@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_style_parses_and_defines_every_role(name):
    style = load_style(name)
    assert style.name == name
    assert set(style.roles) == set(ROLES)          # no role falls back to body by accident
    for role in style.roles.values():
        assert role.font in style.fonts
        assert style.fonts[role.font].office and style.fonts[role.font].css
    assert style.page_number.font in style.fonts


@pytest.mark.parametrize("name", SHIPPED)
def test_every_font_role_has_a_traditional_twin(name):
    """Traditional output (zh-Hant…) switches each role to its _tc chain: it must exist,
    and start with a different file, or 這、骨、說 would keep mainland glyph forms."""
    from convert.fonts import load_fonts

    registry = load_fonts()
    for role in load_style(name).fonts.values():
        assert f"{role.bundled}_tc" in registry.chains, role.bundled
        assert registry.chain(role.bundled, "zh-Hant-TW")[0] != registry.chain(role.bundled, "zh-Hans")[0]


def test_list_styles_gives_one_line_for_each_shipped_style():
    listed = dict(list_styles())
    assert set(SHIPPED) <= set(listed)
    for name in SHIPPED:
        assert listed[name].strip() and "\n" not in listed[name]
        assert listed[name] == load_style(name).description


def test_cli_lists_styles_one_line_each():
    result = run_cli("--list-styles")
    assert result.returncode == 0, result.stderr.decode()
    lines = result.stdout.decode().splitlines()
    assert [line.split()[0] for line in lines] == [name for name, _ in list_styles()]


def test_each_shipped_style_has_its_own_page():
    pages = {name: load_style(name).page for name in SHIPPED}
    assert len({(p.width, p.height, p.margin_top, p.margin_left) for p in pages.values()}) == 3
    # Paper sizes in millimetres, from ISO 216.
    assert (approx_mm(pages["gbt9704"].width), approx_mm(pages["gbt9704"].height)) == (210.0, 297.0)
    assert (approx_mm(pages["report"].width), approx_mm(pages["report"].height)) == (210.0, 297.0)
    assert (approx_mm(pages["book"].width), approx_mm(pages["book"].height)) == (148.0, 210.0)


def test_gbt9704_is_the_official_layout():
    s = load_style("gbt9704")
    p = s.page
    # GB/T 9704-2012 §7.1: 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm, 22 lines × 28 characters.
    assert (approx_mm(p.margin_top), approx_mm(p.margin_left)) == (37.0, 28.0)
    assert (approx_mm(p.text_width), approx_mm(p.text_height)) == (156.0, 225.0)
    assert (p.lines, p.chars) == (22, 28)
    assert s.roles["body"].size == 16 and s.roles["body"].font == "fangsong"   # 3号仿宋
    assert s.roles["title"].size == 22 and s.roles["title"].font == "xiaobiaosong"  # 2号小标宋
    assert s.line_height("body") == pytest.approx(225 * MM / 22)
    assert s.page_number.size == 14 and s.page_number.format == "— {n} —"     # §7.5: 4号, 一字线


def test_report_is_a_modern_a4_report():
    s = load_style("report")
    assert s.page.lines is None and s.page.chars is None        # no grid
    assert s.roles["body"].font == "song"
    assert {s.roles[f"heading{i}"].font for i in (1, 2, 3)} == {"hei"}
    assert 1.6 <= s.line_height("body") / s.roles["body"].size <= 1.8
    assert s.page_number.position == "center"
    assert s.roles["body"].first_indent == Measure(2, "em")


def test_book_is_a_smaller_reading_layout():
    s, a4 = load_style("book"), PAGE_SIZES["A4"]
    assert s.page.width < a4[0] and s.page.height < a4[1]
    assert s.roles["body"].font == "song"
    assert s.line_height("body") / s.roles["body"].size >= 1.7
    assert s.roles["heading1"].page_break_before
    # A comfortable measure: 25–40 characters of body text per line.
    assert 25 <= s.page.text_width / s.roles["body"].size <= 40


# --------------------------------------------------------------------------- units

# The Chinese type sizes, from the table (an independent copy, not SIZE_NAMES).
CHINESE_SIZES = {"初号": 42, "小初": 36, "一号": 26, "小一": 24, "二号": 22, "小二": 18, "三号": 16, "小三": 15,
                 "四号": 14, "小四": 12, "五号": 10.5, "小五": 9, "六号": 7.5, "小六": 6.5, "七号": 5.5, "八号": 5}


def test_every_chinese_size_name_is_known():
    assert SIZE_NAMES == CHINESE_SIZES


@pytest.mark.parametrize("name,points", CHINESE_SIZES.items())
def test_chinese_size_names(name, points, tmp_path):
    assert parse_length(name, "t", "k") == Measure(points)
    # …and through a real style file.
    style = load_style(str(_write(tmp_path, f'extends = "gbt9704"\n[roles.body]\nsize = "{name}"\n')))
    assert style.roles["body"].size == points


@pytest.mark.parametrize("value,points", [
    ("12pt", 12.0), ("12", 12.0), (12, 12.0), (10.5, 10.5), ("25.4mm", 72.0), ("2.54cm", 72.0),
    ("1in", 72.0), ("7mm", 7 * MM), (" 16 pt ", 16.0), ("-1mm", -MM),
])
def test_absolute_units(value, points):
    m = parse_length(value, "t", "k")
    assert m.unit == "pt" and m.value == pytest.approx(points)


@pytest.mark.parametrize("value,chars", [("2字", 2.0), ("2em", 2.0), ("1.5em", 1.5), ("0.5字", 0.5)])
def test_relative_units_are_multiples_of_the_font_size(value, chars):
    m = parse_length(value, "t", "k")
    assert (m.unit, m.chars, m.pt(16)) == ("em", chars, chars * 16)


def test_em_indent_and_line_height_follow_the_role_size(tmp_path):
    style = load_style(str(_write(tmp_path, 'extends = "report"\n[roles.body]\nsize = "四号"\n'
                                            'first_indent = "2字"\nline_height = "1.75em"\n')))
    body = style.roles["body"]
    assert body.first_indent.pt(body.size) == 28 and style.line_height("body") == 24.5


# --------------------------------------------------------------------------- extends

def _write(folder: Path, content: str, name: str = "mine.toml") -> Path:
    path = folder / name
    path.write_text(content, encoding="utf-8")
    return path


def test_extends_overrides_only_what_it_says(tmp_path):
    base = load_style("gbt9704")
    path = _write(tmp_path, 'extends = "gbt9704"\n'
                            '[page]\nmargin_left = "30mm"\n'
                            '[roles.body]\nsize = "四号"\n'
                            '[page_number]\nposition = "center"\n')
    mine = load_style(str(path))
    assert mine.name == "mine" and "gbt9704" in mine.description
    assert approx_mm(mine.page.margin_left) == 30.0
    assert mine.roles["body"].size == 14
    assert mine.page_number.position == "center"
    # Everything else is the base's, field by field.
    assert mine.fonts == base.fonts
    assert {k: v for k, v in mine.roles.items() if k != "body"} == {k: v for k, v in base.roles.items() if k != "body"}
    for f in fields(base.roles["body"]):
        if f.name != "size":
            assert getattr(mine.roles["body"], f.name) == getattr(base.roles["body"], f.name), f.name
    for f in fields(base.page):
        if f.name not in ("margin_left", "margin_right"):   # text_width is kept: the right margin follows
            assert getattr(mine.page, f.name) == getattr(base.page, f.name), f.name
    assert mine.page.text_width == pytest.approx(base.page.text_width)
    for f in fields(base.page_number):
        if f.name != "position":
            assert getattr(mine.page_number, f.name) == getattr(base.page_number, f.name), f.name


def test_extending_a_margin_replaces_the_bases_text_extent(tmp_path):
    # gbt9704 sets text_width = 156mm; a user who sets margin_right means it.
    mine = load_style(str(_write(tmp_path, 'extends = "gbt9704"\n[page]\nmargin_right = "20mm"\n')))
    assert approx_mm(mine.page.margin_right) == 20.0
    assert approx_mm(mine.page.margin_left) == 28.0
    assert approx_mm(mine.page.text_width) == 210 - 28 - 20


def test_extends_a_file_relative_to_the_extending_file(tmp_path):
    _write(tmp_path, 'extends = "book"\nname = "house"\n[roles.body]\nfont = "kai"\n', "house.toml")
    sub = tmp_path / "sub"
    sub.mkdir()
    mine = load_style(str(_write(sub, 'extends = "../house.toml"\n[roles.title]\nsize = "一号"\n')))
    assert mine.roles["body"].font == "kai"                 # from house.toml
    assert mine.roles["title"].size == 26                   # its own
    assert mine.page == load_style("book").page             # from book
    assert mine.name == "mine"


def test_a_complete_user_style_without_extends(tmp_path):
    path = _write(tmp_path, 'description = "tiny"\n[page]\nsize = "b5"\n[fonts.song]\n'
                            '[roles.body]\nfont = "song"\nsize = "小四"\n')
    s = load_style(str(path))
    assert (s.name, s.description, s.page.width) == ("mine", "tiny", PAGE_SIZES["B5"][0])
    assert s.role("heading1") == s.roles["body"]           # undefined roles are styled as body
    assert s.line_height("body") == 18                       # no grid, no line_height: 1.5 em


# --------------------------------------------------------------------------- errors

BAD = [
    # (file content, key named in the error, words of the expectation)
    ('extends = "gbt9704"\ncolour = "red"\n', "colour", "unknown key"),
    ('extends = "gbt9704"\n[roles.body]\ncolour = "red"\n', "roles.body.colour", "unknown key; expected one of"),
    ('extends = "gbt9704"\n[roles.heading9]\nfont = "song"\nsize = 12\n', "roles.heading9", "unknown role"),
    ('extends = "gbt9704"\n[page]\ngutter = "5mm"\n', "page.gutter", "unknown key"),
    ('extends = "gbt9704"\n[fonts.song]\nfamily = "x"\n', "fonts.song.family", "unknown key"),
    ('extends = "gbt9704"\n[page_number]\nstyle = "x"\n', "page_number.style", "unknown key"),
    # wrong units
    ('extends = "gbt9704"\n[roles.body]\nsize = "16px"\n', "roles.body.size", "expected a length like 16pt"),
    ('extends = "gbt9704"\n[roles.body]\nsize = "2字"\n', "roles.body.size", "expected an absolute length"),
    ('extends = "gbt9704"\n[roles.body]\nfirst_indent = "2 chars"\n', "roles.body.first_indent", "expected a length"),
    ('extends = "gbt9704"\n[roles.body]\nline_height = true\n', "roles.body.line_height", "expected a length"),
    ('extends = "gbt9704"\n[page]\nmargin_top = "1.5em"\n', "page.margin_top", "expected an absolute length"),
    ('extends = "gbt9704"\n[page_number]\nsize = "大号"\n', "page_number.size", "expected a length"),
    # missing or unknown font role
    ('extends = "gbt9704"\n[roles.body]\nfont = "mincho"\n', "roles.body.font", "unknown font role 'mincho'"),
    ('[page]\nsize = "A4"\n[fonts.song]\n[roles.body]\nsize = 12\n', "roles.body.font", "missing"),
    ('[page]\nsize = "A4"\n[fonts.hei]\n[roles.body]\nfont = "hei"\nsize = 12\n', "page_number.font",
     "unknown font role 'song'"),
    ('extends = "gbt9704"\n[fonts.song]\nbundled = "mincho"\n', "fonts.song.bundled", "unknown font chain"),
    # missing tables and roles
    ('[fonts.song]\n[roles.body]\nfont = "song"\nsize = 12\n', "page", "missing"),
    ('[page]\nsize = "A4"\n[fonts.song]\n[roles.title]\nfont = "song"\nsize = 12\n', "roles.body", "missing"),
    ('page = "A4"\n[fonts.song]\n[roles.body]\nfont = "song"\nsize = 12\n', "page", "expected a [page] table"),
    # bad values
    ('extends = "gbt9704"\n[page]\nsize = "A3"\n', "page.size", "expected one of A4, A5"),
    ('extends = "gbt9704"\n[page]\nlines = 0\n', "page.lines", "positive whole number"),
    ('extends = "gbt9704"\n[page]\nsize = "A5"\n', "page.text_height", "fit the page's 210 mm"),
    ('extends = "report"\n[page]\nmargin_right = "20mm"\ntext_width = "150mm"\n', "page.margin_right",
     "not both"),
    ('extends = "gbt9704"\n[roles.body]\nbold = "yes"\n', "roles.body.bold", "expected true or false"),
    ('extends = "gbt9704"\n[roles.body]\nalign = "middle"\n', "roles.body.align", "expected one of left"),
    ('extends = "gbt9704"\n[page_number]\nformat = "page"\n', "page_number.format", "{n}"),
    ('extends = "gbt9704"\n[page_number]\nposition = "top"\n', "page_number.position", "expected outside"),
    # extends
    ('extends = "nosuch"\n', "extends", "no style or file named 'nosuch'; shipped styles: book, gbt9704"),
    ('extends = 3\n', "extends", "expected a style name"),
    ('extends = "mine.toml"\n', "extends", "circular"),
    # bad TOML
    ('extends = "gbt9704"\n[roles.body]\nsize = 三号\n', "line 3", "not valid TOML"),
    ('extends = "gbt9704"\n[roles.body\n', "line 2", "not valid TOML"),
]


@pytest.mark.parametrize("content,key,expected", BAD, ids=[k + ":" + e[:20] for _, k, e in BAD])
def test_a_bad_style_file_gives_one_line_naming_file_key_and_expectation(tmp_path, content, key, expected):
    path = _write(tmp_path, content)
    with pytest.raises(StyleError) as info:
        load_style(str(path))
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: {key}: "), message
    assert expected in message, message
    assert (info.value.source, info.value.key) == (str(path), key)


def test_circular_extends_through_two_files(tmp_path):
    _write(tmp_path, 'extends = "b.toml"\n', "a.toml")
    _write(tmp_path, 'extends = "a.toml"\n', "b.toml")
    with pytest.raises(StyleError, match="circular extends"):
        load_style(str(tmp_path / "a.toml"))


def test_a_file_that_is_not_utf8_or_missing(tmp_path):
    path = tmp_path / "gbk.toml"
    path.write_bytes('name = "宋体"\n'.encode("gb18030"))
    with pytest.raises(StyleError, match=r"gbk\.toml: \(file\): expected a UTF-8 text file"):
        load_style(str(path))
    with pytest.raises(StyleError, match="no such style or file; shipped styles: book, gbt9704, report"):
        load_style(str(tmp_path / "absent.toml"))


def test_cli_reports_a_bad_style_in_one_line(tmp_path):
    path = _write(tmp_path, 'extends = "gbt9704"\n[roles.body]\nsize = "16px"\n')
    src = _write(tmp_path, "标题\n\n正文。\n", "in.txt")
    result = run_cli(src, "--to", "json", "-o", tmp_path / "out", "--style", path)
    assert result.returncode == 2
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and "roles.body.size" in lines[0], lines
