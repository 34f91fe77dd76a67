"""Style: load and validate ``styles/*.toml`` into one typed object every writer reads.

A style says how each *role* (title, heading1…4, body, lead_in, signature, …) looks:
which *font role* (song, hei, kai, fangsong, xiaobiaosong — see fonts/fonts.toml),
size, weight, alignment, indents, spacing; plus the page (size, margins, the
lines × characters grid of GB/T 9704) and the page number. No writer keeps its own
layout constants: PDF, DOCX and EPUB all derive theirs from here.

Lengths accept pt, mm, cm, in, em, 字 (= em of the role's size) and the Chinese size
names 初号 … 八号. ``line_height`` may be ``"grid"`` (the page's line pitch).
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from . import regexcache as re
from .resources import fonts_dir, styles_dir

#: Chinese type-size names (字号) in points.
SIZE_NAMES: dict[str, float] = {
    "初号": 42, "小初": 36, "一号": 26, "小一": 24, "二号": 22, "小二": 18,
    "三号": 16, "小三": 15, "四号": 14, "小四": 12, "五号": 10.5, "小五": 9,
    "六号": 7.5, "小六": 6.5, "七号": 5.5, "八号": 5,
}
_ABSOLUTE = {"pt": 1.0, "mm": 72 / 25.4, "cm": 720 / 25.4, "in": 72.0}
_LENGTH = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(pt|mm|cm|in|em|字)?\s*$")

PAGE_SIZES = {"A4": (595.2756, 841.8898), "A5": (419.5276, 595.2756), "B5": (498.8976, 708.6614),
              "16K": (521.5748, 737.0079), "letter": (612.0, 792.0)}

#: The roles a style must define (others fall back to body).
ROLES = ("title", "subtitle", "author", "date", "doc_number", "salutation",
         "heading1", "heading2", "heading3", "heading4", "body", "lead_in",
         "list", "table", "signature", "attachment", "note", "toc",
         "attachment_label", "attachment_title")
#: Where a role a style does not define takes its look from (else from body): an
#: attachment's label (附件1) and title (GB/T 9704 7.5) look like a heading and a title.
ROLE_FALLBACKS = {"attachment_label": "heading1", "attachment_title": "title"}
ALIGNMENTS = ("left", "center", "right", "justify")


class StyleError(ValueError):
    """A style file that cannot be used; the message names file, key and expectation."""

    def __init__(self, source: str, key: str, expected: str):
        super().__init__(f"{source}: {key}: {expected}")
        self.source, self.key, self.expected = source, key, expected


@dataclass(frozen=True)
class Measure:
    """A length: absolute points, or a multiple of the role's font size (em, 字)."""

    value: float
    unit: str = "pt"  # "pt" or "em"

    def pt(self, font_size: float) -> float:
        return self.value * font_size if self.unit == "em" else self.value

    @property
    def chars(self) -> float | None:
        """The length in characters when it was given in em/字 (Word's *Chars attributes)."""
        return self.value if self.unit == "em" else None


ZERO = Measure(0.0)


@dataclass(frozen=True)
class Page:
    """Paper and text block, in points; ``lines``/``chars`` is the optional grid."""

    width: float
    height: float
    margin_top: float
    margin_bottom: float
    margin_left: float
    margin_right: float
    lines: int | None = None
    chars: int | None = None

    @property
    def text_width(self) -> float:
        return self.width - self.margin_left - self.margin_right

    @property
    def text_height(self) -> float:
        return self.height - self.margin_top - self.margin_bottom

    @property
    def line_pitch(self) -> float | None:
        """Baseline-to-baseline distance of the grid (GB/T 9704: 225 mm / 22)."""
        return self.text_height / self.lines if self.lines else None

    @property
    def char_pitch(self) -> float | None:
        """Advance of one character on the grid (GB/T 9704: 156 mm / 28)."""
        return self.text_width / self.chars if self.chars else None


@dataclass(frozen=True)
class FontRole:
    """A typeface role: the bundled chain for PDF/EPUB, the office names for DOCX/CSS."""

    name: str          # song, hei, kai, fangsong, xiaobiaosong …
    bundled: str       # key of the fallback chain in fonts/fonts.toml
    office: str        # East Asian font name written into DOCX (w:eastAsia)
    latin: str         # Latin/digit font name written into DOCX (w:ascii, w:hAnsi)
    css: tuple[str, ...]  # CSS font-family fallbacks after the embedded face


@dataclass(frozen=True)
class RoleStyle:
    """How one role looks."""

    font: str
    size: float
    bold: bool = False
    italic: bool = False
    align: str = "justify"
    first_indent: Measure = ZERO
    left_indent: Measure = ZERO
    right_indent: Measure = ZERO
    line_height: Measure | None = None   # None: the page grid pitch (or 1.5 em without grid)
    space_before: Measure = ZERO
    space_after: Measure = ZERO
    keep_with_next: bool = False
    page_break_before: bool = False


@dataclass(frozen=True)
class PageNumber:
    """The folio: "— 1 —", where it sits, how far below the text block."""

    font: str
    size: float
    format: str = "— {n} —"
    position: str = "outside"   # outside (odd right / even left), center, right, left
    below_text: float = 19.84   # 7 mm
    inset: Measure = Measure(1.0, "em")
    show: bool = True


#: The fields a 版头 may list in its block of marks (GB/T 9704 7.2.1–7.2.3), and the
#: order the standard gives: 份号, then 密级和保密期限, then 紧急程度, top to bottom.
MARK_FIELDS = ("copy_number", "secrecy", "urgency", "doc_number")


@dataclass(frozen=True)
class Colour:
    """An RGB colour, each channel 0–1 (from "#RRGGBB")."""

    r: float
    g: float
    b: float

    @property
    def hex(self) -> str:
        return "".join(f"{round(c * 255):02X}" for c in (self.r, self.g, self.b))


@dataclass(frozen=True)
class Masthead:
    """The 版头 (GB/T 9704 7.2): the block of marks (份号, 密级, 紧急程度) at the top of
    the text block, the issuer's mark, the 发文字号 under it, the red rule. Distances in
    points; ``lines`` (a count of grid lines) where the standard counts lines."""

    show: bool = False
    marks: tuple[str, ...] = ("copy_number", "secrecy", "urgency")   # MARK_FIELDS, top to bottom
    marks_align: str = "left"                     # left (GB/T 9704) or right (a Taiwan 函)
    marks_font: str = "hei"
    marks_size: float = 16.0
    number_font: str = "fangsong"                 # 份号 (and a 发文字号 in the marks block)
    labels: dict[str, str] = field(default_factory=dict)   # field → label before it (發文字號：)
    secrecy_star: str = "★"                       # 机密★1年
    issuer: bool = True                           # print the issuer's mark
    issuer_font: str = "xiaobiaosong"
    issuer_size: float = 42.0
    issuer_colour: Colour = Colour(1.0, 0.0, 0.0)
    issuer_top: float = 99.21                     # 35 mm: the mark's top edge under the text block's top
    doc_number_lines: float = 2.0                 # blank lines between the mark and the 发文字号
    rule: bool = True
    rule_below: float = 11.34                     # 4 mm: the rule's centre under the 发文字号's bottom edge
    rule_thickness: float = 2.0
    rule_colour: Colour = Colour(1.0, 0.0, 0.0)
    title_lines: float = 2.0                      # blank lines between the rule (or marks) and the title
    # 上行文 (7.2.4, 7.2.5, 7.2.6): a document with a 签发人 sets its mark lower, the 发文字号
    # one 字 in from the left and 签发人：姓名 one 字 in from the right on the same line
    signer_label: str = "签发人："
    signer_font: str = "kai"                      # the names in 楷体 (the label in the 发文字号's face)
    upward_issuer_top: float = 226.77             # 80 mm: the mark's top edge under the text block's top


@dataclass(frozen=True)
class Imprint:
    """The 版记 (GB/T 9704 7.4): 抄送 and 印发机关/印发日期 between rules at the foot of the
    last page; the last rule on the text block's bottom edge."""

    show: bool = False
    font: str = "fangsong"
    size: float = 14.0
    inset: Measure = Measure(1.0, "em")           # 左右各空一字
    copy_to_label: str = "抄送："
    printed_suffix: str = "印发"
    outer_rule: float = 0.99                      # 0.35 mm: the first and last rule
    inner_rule: float = 0.71                      # 0.25 mm: the rules between
    even_page: bool = True                        # on an even page (a blank page added before it)
    number_blank_pages: bool = False              # folios on the blank page and the 版记 page after it


@dataclass(frozen=True)
class Style:
    name: str
    description: str
    page: Page
    fonts: dict[str, FontRole]
    roles: dict[str, RoleStyle]
    page_number: PageNumber
    masthead: Masthead = Masthead()
    imprint: Imprint = Imprint()
    source: str = ""
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def digest(self) -> str:
        """SHA-256 of the style's contents (``raw``, after ``extends``): two styles with
        the same digest set the same bytes, whatever their names or files."""
        import json   # here: only a fingerprint needs it

        text = json.dumps(self.raw, sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def role(self, name: str) -> RoleStyle:
        """The role's style; an unknown role is styled as body (the attachment roles
        as heading1 and title first, see ROLE_FALLBACKS)."""
        found = self.roles.get(name) or self.roles.get(ROLE_FALLBACKS.get(name, ""))
        return found or self.roles["body"]

    def font_role(self, role: str) -> FontRole:
        return self.fonts[self.role(role).font]

    def line_height(self, role: str) -> float:
        r = self.role(role)
        if r.line_height is not None:
            return r.line_height.pt(r.size)
        return self.page.line_pitch or 1.5 * r.size


# --------------------------------------------------------------------------- parsing


def parse_length(value: Any, source: str, key: str) -> Measure:
    """'16pt', '7mm', '2字', '1.5em', '三号', 0 → Measure."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return Measure(float(value))
    if isinstance(value, str):
        if value.strip() in SIZE_NAMES:
            return Measure(float(SIZE_NAMES[value.strip()]))
        m = _LENGTH.match(value)
        if m:
            number, unit = float(m.group(1)), m.group(2) or "pt"
            if unit in ("em", "字"):
                return Measure(number, "em")
            return Measure(number * _ABSOLUTE[unit])
    raise StyleError(source, key, f"expected a length like 16pt, 7mm, 2字, 1.5em or 三号, found {value!r}")


def _absolute(value: Any, source: str, key: str) -> float:
    m = parse_length(value, source, key)
    if m.unit != "pt":
        raise StyleError(source, key, f"expected an absolute length (pt, mm, cm, in), found {value!r}")
    return m.value


def _bool(value: Any, source: str, key: str) -> bool:
    if not isinstance(value, bool):
        raise StyleError(source, key, f"expected true or false, found {value!r}")
    return value


def _string(value: Any, source: str, key: str) -> str:
    if not isinstance(value, str):
        raise StyleError(source, key, f"expected a string, found {value!r}")
    return value


def _check_keys(table: dict[str, Any], allowed: set[str], source: str, prefix: str) -> None:
    for key in table:
        if key not in allowed:
            raise StyleError(source, f"{prefix}{key}", f"unknown key; expected one of {', '.join(sorted(allowed))}")


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


_PAGE_KEYS = {"size", "width", "height", "margin_top", "margin_bottom", "margin_left", "margin_right",
              "text_width", "text_height", "lines", "chars"}
_FONT_KEYS = {"bundled", "office", "latin", "css"}
_ROLE_KEYS = {"font", "size", "bold", "italic", "align", "first_indent", "left_indent", "right_indent",
              "line_height", "space_before", "space_after", "keep_with_next", "page_break_before"}
_FOLIO_KEYS = {"font", "size", "format", "position", "below_text", "inset", "show"}
_TOP_KEYS = {"name", "description", "extends", "page", "fonts", "roles", "page_number", "masthead", "imprint"}
_MASTHEAD_KEYS = {"show", "marks", "marks_align", "marks_font", "marks_size", "number_font", "labels",
                  "secrecy_star", "issuer", "issuer_font", "issuer_size", "issuer_colour", "issuer_top",
                  "doc_number_below", "rule", "rule_below", "rule_thickness", "rule_colour", "title_below",
                  "signer_label", "signer_font", "upward_issuer_top"}
_IMPRINT_KEYS = {"show", "font", "size", "inset", "copy_to_label", "printed_suffix", "outer_rule", "inner_rule",
                 "even_page", "number_blank_pages"}
_COLOUR = re.compile(r"^#([0-9A-Fa-f]{6})$")
_LINES = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*行\s*$")


def _parse_page(data: dict[str, Any], src: str) -> Page:
    _check_keys(data, _PAGE_KEYS, src, "page.")
    if "size" in data:
        size = _string(data["size"], src, "page.size")
        size = {k.lower(): k for k in PAGE_SIZES}.get(size.strip().lower(), size)
        if size not in PAGE_SIZES:
            raise StyleError(src, "page.size", f"expected one of {', '.join(PAGE_SIZES)}, found {size!r}")
        width, height = PAGE_SIZES[size]
    else:
        if "width" not in data or "height" not in data:
            raise StyleError(src, "page", "expected size = \"A4\" or both width and height")
        width, height = _absolute(data["width"], src, "page.width"), _absolute(data["height"], src, "page.height")
    if "width" in data:
        width = _absolute(data["width"], src, "page.width")
    if "height" in data:
        height = _absolute(data["height"], src, "page.height")

    def side(first: str, second: str, extent_key: str, extent_total: float) -> tuple[float, float]:
        if second in data and extent_key in data:
            raise StyleError(src, f"page.{second}", f"expected either {second} or {extent_key}, not both "
                             f"(the one follows from the other)")
        a = _absolute(data.get(first, "25mm"), src, f"page.{first}")
        if extent_key in data:
            b = extent_total - a - _absolute(data[extent_key], src, f"page.{extent_key}")
            culprit = extent_key
        else:
            b = _absolute(data.get(second, "25mm"), src, f"page.{second}")
            culprit = second
        if b < 0 or extent_total - a - b <= 0:
            raise StyleError(src, f"page.{culprit}",
                             f"expected {first}, {extent_key} and {second} to fit the page's "
                             f"{extent_total / _ABSOLUTE['mm']:.0f} mm; they leave no room")
        return a, b

    top, bottom = side("margin_top", "margin_bottom", "text_height", height)
    left, right = side("margin_left", "margin_right", "text_width", width)
    grid = {}
    for key in ("lines", "chars"):
        if key in data:
            v = data[key]
            if isinstance(v, bool) or not isinstance(v, int) or v <= 0:
                raise StyleError(src, f"page.{key}", f"expected a positive whole number, found {v!r}")
            grid[key] = v
    return Page(width, height, top, bottom, left, right, grid.get("lines"), grid.get("chars"))


def _parse_fonts(data: dict[str, Any], src: str) -> dict[str, FontRole]:
    fonts = {}
    for name, table in data.items():
        if not isinstance(table, dict):
            raise StyleError(src, f"fonts.{name}", "expected a table with office, latin, css")
        _check_keys(table, _FONT_KEYS, src, f"fonts.{name}.")
        css = table.get("css", [])
        if not isinstance(css, list) or not all(isinstance(c, str) for c in css):
            raise StyleError(src, f"fonts.{name}.css", "expected a list of font-family names")
        fonts[name] = FontRole(
            name=name,
            bundled=_string(table.get("bundled", name), src, f"fonts.{name}.bundled"),
            office=_string(table.get("office", name), src, f"fonts.{name}.office"),
            latin=_string(table.get("latin", "Times New Roman"), src, f"fonts.{name}.latin"),
            css=tuple(css),
        )
    return fonts


def _known_chains() -> frozenset[str] | None:
    """The chain names in fonts/fonts.toml (None when it cannot be read: then the font
    registry reports the problem when a writer needs the fonts)."""
    try:
        table = tomllib.loads((fonts_dir() / "fonts.toml").read_text(encoding="utf-8"))
    except (OSError, FileNotFoundError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return None
    chains = table.get("chains")
    return frozenset(chains) if isinstance(chains, dict) else None


def _check_chains(fonts: dict[str, Any], src: str) -> None:
    """Each font role's ``bundled`` chain must be one fonts/fonts.toml defines."""
    chains = _known_chains()
    if not chains:
        return
    for name, table in fonts.items():
        if isinstance(table, dict):
            bundled = table.get("bundled", name)
            if isinstance(bundled, str) and bundled not in chains:
                names = ", ".join(sorted(c for c in chains if not c.endswith("_tc")))
                raise StyleError(src, f"fonts.{name}.bundled",
                                 f"unknown font chain {bundled!r}; fonts/fonts.toml has {names}")


def _parse_role(name: str, data: dict[str, Any], fonts: dict[str, FontRole], src: str) -> RoleStyle:
    p = f"roles.{name}."
    _check_keys(data, _ROLE_KEYS, src, p)
    for required in ("font", "size"):
        if required not in data:
            raise StyleError(src, f"{p}{required}", "missing; every role needs font and size")
    font = _string(data["font"], src, f"{p}font")
    if font not in fonts:
        raise StyleError(src, f"{p}font", f"unknown font role {font!r}; expected one of {', '.join(sorted(fonts))}")
    align = _string(data.get("align", "justify"), src, f"{p}align")
    if align not in ALIGNMENTS:
        raise StyleError(src, f"{p}align", f"expected one of {', '.join(ALIGNMENTS)}, found {align!r}")
    line_height = data.get("line_height", "grid")
    return RoleStyle(
        font=font,
        size=_absolute(data["size"], src, f"{p}size"),
        bold=_bool(data.get("bold", False), src, f"{p}bold"),
        italic=_bool(data.get("italic", False), src, f"{p}italic"),
        align=align,
        first_indent=parse_length(data.get("first_indent", 0), src, f"{p}first_indent"),
        left_indent=parse_length(data.get("left_indent", 0), src, f"{p}left_indent"),
        right_indent=parse_length(data.get("right_indent", 0), src, f"{p}right_indent"),
        line_height=None if line_height == "grid" else parse_length(line_height, src, f"{p}line_height"),
        space_before=parse_length(data.get("space_before", 0), src, f"{p}space_before"),
        space_after=parse_length(data.get("space_after", 0), src, f"{p}space_after"),
        keep_with_next=_bool(data.get("keep_with_next", name.startswith("heading")
                                              or name in ("title", "attachment_label", "attachment_title")),
                             src, f"{p}keep_with_next"),
        page_break_before=_bool(data.get("page_break_before", False), src, f"{p}page_break_before"),
    )


def _parse_folio(data: dict[str, Any], fonts: dict[str, FontRole], src: str) -> PageNumber:
    _check_keys(data, _FOLIO_KEYS, src, "page_number.")
    font = _string(data.get("font", "song"), src, "page_number.font")
    if font not in fonts:
        raise StyleError(src, "page_number.font", f"unknown font role {font!r}")
    position = _string(data.get("position", "outside"), src, "page_number.position")
    if position not in ("outside", "center", "left", "right"):
        raise StyleError(src, "page_number.position", "expected outside, center, left or right")
    fmt = _string(data.get("format", "— {n} —"), src, "page_number.format")
    if "{n}" not in fmt:
        raise StyleError(src, "page_number.format", "expected a text containing {n}")
    return PageNumber(
        font=font,
        size=_absolute(data.get("size", "四号"), src, "page_number.size"),
        format=fmt,
        position=position,
        below_text=_absolute(data.get("below_text", "7mm"), src, "page_number.below_text"),
        inset=parse_length(data.get("inset", "1字"), src, "page_number.inset"),
        show=_bool(data.get("show", True), src, "page_number.show"),
    )


def _colour(value: Any, source: str, key: str) -> Colour:
    m = _COLOUR.match(value) if isinstance(value, str) else None
    if not m:
        raise StyleError(source, key, f"expected a colour like \"#FF0000\", found {value!r}")
    h = m.group(1)
    return Colour(*(int(h[k:k + 2], 16) / 255 for k in (0, 2, 4)))


def _lines(value: Any, source: str, key: str) -> float:
    """"2行": a number of grid lines."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0:
        return float(value)
    m = _LINES.match(value) if isinstance(value, str) else None
    if not m:
        raise StyleError(source, key, f"expected a number of lines like \"2行\", found {value!r}")
    return float(m.group(1))


def _font(value: Any, fonts: dict[str, FontRole], source: str, key: str, check: bool = True) -> str:
    name = _string(value, source, key)
    if check and name not in fonts:
        raise StyleError(source, key, f"unknown font role {name!r}; expected one of {', '.join(sorted(fonts))}")
    return name


def _parse_masthead(data: Any, fonts: dict[str, FontRole], src: str) -> Masthead:
    if not isinstance(data, dict):
        raise StyleError(src, "masthead", f"expected a [masthead] table, found {data!r}")
    _check_keys(data, _MASTHEAD_KEYS, src, "masthead.")
    d, k = Masthead(), "masthead."
    on = data.get("show", False) is True
    marks = data.get("marks", list(d.marks))
    if not isinstance(marks, list) or any(m not in MARK_FIELDS for m in marks):
        raise StyleError(src, f"{k}marks", f"expected a list of {', '.join(MARK_FIELDS)}, found {marks!r}")
    labels = data.get("labels", {})
    if not isinstance(labels, dict) or any(f not in MARK_FIELDS or not isinstance(v, str) for f, v in labels.items()):
        raise StyleError(src, f"{k}labels", f"expected a table of {', '.join(MARK_FIELDS)} = \"label\"")
    align = _string(data.get("marks_align", d.marks_align), src, f"{k}marks_align")
    if align not in ("left", "right"):
        raise StyleError(src, f"{k}marks_align", f"expected left or right, found {align!r}")

    def length(key: str, default: float) -> float:
        return _absolute(data[key], src, k + key) if key in data else default

    return Masthead(
        show=_bool(data.get("show", False), src, f"{k}show"),
        marks=tuple(marks), marks_align=align,
        marks_font=_font(data.get("marks_font", d.marks_font), fonts, src, f"{k}marks_font", on or "marks_font" in data),
        marks_size=length("marks_size", d.marks_size),
        number_font=_font(data.get("number_font", d.number_font), fonts, src, f"{k}number_font", on or "number_font" in data),
        labels=dict(labels),
        secrecy_star=_string(data.get("secrecy_star", d.secrecy_star), src, f"{k}secrecy_star"),
        issuer=_bool(data.get("issuer", d.issuer), src, f"{k}issuer"),
        issuer_font=_font(data.get("issuer_font", d.issuer_font), fonts, src, f"{k}issuer_font", on or "issuer_font" in data),
        issuer_size=length("issuer_size", d.issuer_size),
        issuer_colour=_colour(data["issuer_colour"], src, f"{k}issuer_colour") if "issuer_colour" in data
        else d.issuer_colour,
        issuer_top=length("issuer_top", d.issuer_top),
        doc_number_lines=_lines(data.get("doc_number_below", d.doc_number_lines), src, f"{k}doc_number_below"),
        rule=_bool(data.get("rule", d.rule), src, f"{k}rule"),
        rule_below=length("rule_below", d.rule_below),
        rule_thickness=length("rule_thickness", d.rule_thickness),
        rule_colour=_colour(data["rule_colour"], src, f"{k}rule_colour") if "rule_colour" in data else d.rule_colour,
        title_lines=_lines(data.get("title_below", d.title_lines), src, f"{k}title_below"),
        signer_label=_string(data.get("signer_label", d.signer_label), src, f"{k}signer_label"),
        signer_font=_font(data.get("signer_font", d.signer_font), fonts, src, f"{k}signer_font",
                          on or "signer_font" in data),
        upward_issuer_top=length("upward_issuer_top", d.upward_issuer_top),
    )


def _parse_imprint(data: Any, fonts: dict[str, FontRole], src: str) -> Imprint:
    if not isinstance(data, dict):
        raise StyleError(src, "imprint", f"expected an [imprint] table, found {data!r}")
    _check_keys(data, _IMPRINT_KEYS, src, "imprint.")
    d, k = Imprint(), "imprint."
    on = data.get("show", False) is True
    return Imprint(
        show=_bool(data.get("show", False), src, f"{k}show"),
        font=_font(data.get("font", d.font), fonts, src, f"{k}font", on or "font" in data),
        size=_absolute(data["size"], src, f"{k}size") if "size" in data else d.size,
        inset=parse_length(data["inset"], src, f"{k}inset") if "inset" in data else d.inset,
        copy_to_label=_string(data.get("copy_to_label", d.copy_to_label), src, f"{k}copy_to_label"),
        printed_suffix=_string(data.get("printed_suffix", d.printed_suffix), src, f"{k}printed_suffix"),
        outer_rule=_absolute(data["outer_rule"], src, f"{k}outer_rule") if "outer_rule" in data else d.outer_rule,
        inner_rule=_absolute(data["inner_rule"], src, f"{k}inner_rule") if "inner_rule" in data else d.inner_rule,
        even_page=_bool(data.get("even_page", d.even_page), src, f"{k}even_page"),
        number_blank_pages=_bool(data.get("number_blank_pages", d.number_blank_pages), src,
                                 f"{k}number_blank_pages"),
    )


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StyleError(str(path), "(file)", "no such style file") from None
    except UnicodeDecodeError:
        raise StyleError(str(path), "(file)", "expected a UTF-8 text file") from None
    except tomllib.TOMLDecodeError as exc:
        # tomllib says "Invalid value (at line 3, column 7)": lift the line into the key slot.
        message = str(exc).splitlines()[0] if str(exc) else "syntax error"
        where = re.search(r"\(at line (\d+), column \d+\)", message)
        key = f"line {where.group(1)}" if where else "(file)"
        raise StyleError(str(path), key, f"not valid TOML: {message}") from None
    except OSError as exc:
        raise StyleError(str(path), "(file)", f"cannot read the style file: {exc.strerror or exc}") from None


def _resolve(path: Path, seen: tuple[Path, ...] = ()) -> dict[str, Any]:
    data = _read_toml(path)
    base_name = data.get("extends")
    if base_name is None:
        return data
    if not isinstance(base_name, str):
        raise StyleError(str(path), "extends", "expected a style name or file")
    try:
        base_path = _locate(base_name, relative_to=path.parent)
    except StyleError:
        known = ", ".join(s for s, _ in list_styles())
        raise StyleError(str(path), "extends",
                         f"no style or file named {base_name!r}; shipped styles: {known}") from None
    here = path.resolve()
    if base_path.resolve() in seen or base_path.resolve() == here:
        raise StyleError(str(path), "extends", f"circular extends through {base_name!r}")
    base = _resolve(base_path, seen + (here,))
    child_page = data.get("page")
    if isinstance(child_page, dict) and isinstance(base.get("page"), dict):
        # A margin and the text extent on the same axis determine each other: the one the
        # child sets replaces the base's other one (margin_right = "20mm" on gbt9704 must
        # not be silently overruled by its text_width = "156mm").
        page = dict(base["page"])
        for margin, extent in (("margin_right", "text_width"), ("margin_bottom", "text_height")):
            if margin in child_page:
                page.pop(extent, None)
            if extent in child_page:
                page.pop(margin, None)
        base = {**base, "page": page}
    merged = _merge(base, data)
    merged.pop("extends", None)
    # The result is a new style: it keeps its own name (or its file's), not the base's.
    merged["name"] = data.get("name", path.stem)
    merged["description"] = data.get("description", f"{base_name} with the overrides in {path.name}")
    return merged


def _locate(name_or_path: str, relative_to: Path | None = None) -> Path:
    shipped = styles_dir() / f"{name_or_path}.toml"
    if "/" not in name_or_path and not name_or_path.endswith(".toml") and shipped.is_file():
        return shipped
    path = Path(name_or_path)
    if relative_to is not None and not path.is_absolute():
        candidate = relative_to / path
        if candidate.exists():
            return candidate
    if path.exists():
        return path
    known = ", ".join(s for s, _ in list_styles())
    raise StyleError(name_or_path, "(style)", f"no such style or file; shipped styles: {known}")


def style_from_dict(data: dict[str, Any], source: str) -> Style:
    _check_keys(data, _TOP_KEYS, source, "")
    for section in ("page", "fonts", "roles"):
        if section not in data:
            raise StyleError(source, section, f"missing; every style needs a [{section}] table")
        if not isinstance(data[section], dict):
            raise StyleError(source, section, f"expected a [{section}] table, found {data[section]!r}")
    if "page_number" in data and not isinstance(data["page_number"], dict):
        raise StyleError(source, "page_number", f"expected a [page_number] table, found {data['page_number']!r}")
    _check_chains(data["fonts"], source)
    page = _parse_page(data["page"], source)
    fonts = _parse_fonts(data["fonts"], source)
    roles_data = data["roles"]
    for name in roles_data:
        if name not in ROLES:
            raise StyleError(source, f"roles.{name}", f"unknown role; expected one of {', '.join(ROLES)}")
    if "body" not in roles_data:
        raise StyleError(source, "roles.body", "missing; every style needs a body role")
    roles = {}
    for name in ROLES:
        if name in roles_data:
            if not isinstance(roles_data[name], dict):
                raise StyleError(source, f"roles.{name}", "expected a table")
            roles[name] = _parse_role(name, roles_data[name], fonts, source)
    folio = _parse_folio(data.get("page_number", {}), fonts, source)
    return Style(
        name=_string(data.get("name", Path(source).stem), source, "name"),
        description=_string(data.get("description", ""), source, "description"),
        page=page, fonts=fonts, roles=roles, page_number=folio, source=source, raw=data,
        masthead=_parse_masthead(data.get("masthead", {}), fonts, source),
        imprint=_parse_imprint(data.get("imprint", {}), fonts, source),
    )


@lru_cache(maxsize=32)
def load_style(name_or_path: str = "gbt9704") -> Style:
    """A shipped style by name (gbt9704, report, book) or a user's TOML file."""
    path = _locate(name_or_path)
    return style_from_dict(_resolve(path), str(path if path.parent != styles_dir() else path.name))


def list_styles() -> list[tuple[str, str]]:
    """(name, one-line description) of each shipped style."""
    out = []
    for path in sorted(styles_dir().glob("*.toml")):
        try:
            desc = tomllib.loads(path.read_text(encoding="utf-8")).get("description", "")
        except tomllib.TOMLDecodeError:
            desc = "(unreadable)"
        out.append((path.stem, desc))
    return out
