"""From model inlines to a measured paragraph: which font draws each character, its
advance on the line, and how much of it a line end may squeeze away.

Fonts come from the registry's per-character fallback (``fonts.runs``); a character
no bundled font has is drawn as a visible substitute (〓) and counted for the
missing-glyph warning, never left as a blank or a tofu box.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ...fonts import FontFile, FontRegistry
from ...model import Emphasis, Inline, LineBreak, Strong, Text
from ...style import RoleStyle, Style
from . import fontcache
from .linebreak import Measured, char_kinds, is_cjk

#: Drawn in place of a character no bundled font has (GETA MARK, the typesetter's
#: traditional "missing character" sign); the original stays in /ActualText.
SUBSTITUTE = "\u3013"

#: Units and symbols set at their own (proportional) width, never snapped to the character
#: grid: "35μg/m³", "25℃", "0.5‰", "3×4", "±5%", "25~30".
PROPORTIONAL = frozenset("μµ℃‰~×±²³°′″")
#: Of these, the ones the Chinese faces draw full-width (GB 2312 × ±) or raised (an ASCII
#: ~ drawn as a TeX-style tilde, FandolFang): taken from the first bundled file with a
#: narrow glyph (and, for ~, one centred on the x-height), the role's chain first.
NARROW_FROM_ANY = frozenset("~×±")
#: Half-width marks that, between Chinese characters, get a full cell (their glyph and a
#: blank half): "212条,完成" reads as the Chinese sentence it is, not as a cramped ASCII
#: comma. The text keeps the half-width character; only its advance changes, and a
#: line end drops the blank again.
HALF_WIDTH_PAUSES = frozenset(",;:!?")
_PAUSES = re.compile("[%s]" % re.escape("".join(sorted(HALF_WIDTH_PAUSES))))
#: East Asian widths of characters that are never full-width, however wide their glyph:
#: a Latin letter keeps its own advance. (Noto Serif CJK SC draws W at 1.053 em, m and M
#: at 0.97, % and @ at 0.92; FandolFang W at 1.017: taken for full-width, they were set
#: on the grid's cell, into the next letter when the cell is narrower than the glyph
#: (GB/T 9704's 15.79 pt for 16 pt type), with a gap after them when it is wider.)
_NARROW = frozenset(("Na", "H"))
#: What ``Measurer._glyphs`` holds for a character that is not drawn (Cc, Cf).
_SKIP = ("", 0.0, 0.0, 0.0, "skip")


@dataclass(frozen=True)
class RunStyle:
    """How a run of characters is drawn: font chain, size, weight, emphasis dots."""

    bundled: str
    size: float
    bold: bool = False
    emphasis: bool = False


@dataclass
class MissingGlyphs:
    """Characters no font could draw, counted over a whole document."""

    counts: dict[str, int] = field(default_factory=dict)

    def add(self, ch: str) -> None:
        self.counts[ch] = self.counts.get(ch, 0) + 1


@dataclass(frozen=True)
class Prepared:
    """A paragraph ready to break and draw.

    Parallel to ``measured.chars``: ``font[i]`` is the reportlab font name drawing
    character i (for a substitute: the font drawing 〓), ``style[i]`` indexes
    ``styles``, ``em[i]`` the glyph's advance in points. ``substitutes`` maps the
    index of a character that no font has to what is drawn instead.
    """

    measured: Measured
    font: tuple[str, ...]
    style: tuple[int, ...]
    styles: tuple[RunStyle, ...]
    glyph_width: tuple[float, ...]
    substitutes: dict[int, str]
    size: float                   # the paragraph's main size (sets its baseline)
    bold_fonts: frozenset[str]    # font names whose file is itself bold

    def synthetic_bold(self, i: int) -> bool:
        """Character i is bold but its font file is not: draw it filled and stroked."""
        return self.styles[self.style[i]].bold and self.font[i] not in self.bold_fonts

    @property
    def text(self) -> str:
        return self.measured.chars


class Measurer:
    """Measures paragraphs for one document: fonts, grid, language."""

    def __init__(self, style: Style, fonts: FontRegistry, language: str, missing: MissingGlyphs):
        self.style = style
        self.fonts = fonts
        self.language = language
        self.missing = missing
        self.char_pitch = style.page.char_pitch
        self._bold_names: set[str] = set()
        self._siblings: dict[str, FontFile | None] = {}
        #: (chain, size, cell, bold) -> character -> (font name, advance, box, squeeze)
        self._glyphs: dict[tuple[str, float, float, bool], dict[str, tuple]] = {}

    # -- inlines to styled runs ----------------------------------------------
    def runs_of(self, content: tuple[Inline, ...], role: RoleStyle, lead_in: RoleStyle | None) -> list[tuple[str, RunStyle]]:
        base = RunStyle(self.style.fonts[role.font].bundled, role.size, role.bold)
        strong = base
        if lead_in is not None:
            strong = RunStyle(self.style.fonts[lead_in.font].bundled, lead_in.size, True)
        else:
            strong = RunStyle(base.bundled, base.size, True)
        out: list[tuple[str, RunStyle]] = []

        def walk(nodes: tuple[Inline, ...], current: RunStyle) -> None:
            for node in nodes:
                if isinstance(node, Text):
                    if node.text:
                        out.append((node.text, current))
                elif isinstance(node, Strong):
                    walk(node.content, RunStyle(strong.bundled, strong.size, True, current.emphasis))
                elif isinstance(node, Emphasis):
                    walk(node.content, RunStyle(current.bundled, current.size, current.bold, True))
                elif isinstance(node, LineBreak):
                    out.append(("\n", current))

        walk(content, base)
        return out

    # -- measuring -------------------------------------------------------------
    def cell(self, size: float, grid: bool) -> float:
        """The advance of a full-width character. On a page with a character grid, text
        that follows the grid (justified roles) gets the grid's pitch (GB/T 9704: 3号 on
        156 mm / 28 = 15.79 pt) unless its size is larger than one cell; everything else
        (centred titles, table cells) keeps its own size."""
        pitch = self.char_pitch
        if grid and pitch and size <= pitch * 1.05:
            return pitch
        return size

    def _glyph(self, rs: RunStyle, cell: float, ch: str) -> tuple[str | None, float, float, float]:
        """(font name, advance, box, squeeze) of ``ch`` in run style ``rs``; the font
        name is None when no font of the chain has the character."""
        if ch == "\n":
            return ("", 0.0, 0.0, 0.0)
        font_file = self.fonts.font_for(ch, rs.bundled, self.language)
        if font_file is None:
            return (None, cell, rs.size, 0.0)
        if rs.bold and not font_file.bold:
            sibling = self._bold_sibling(font_file)
            if sibling is not None and sibling.has(ch):
                font_file = sibling
        if ch in NARROW_FROM_ANY:
            font_file = self._narrow_symbol(rs, ch) or font_file
        metrics = fontcache.register(font_file)
        if font_file.bold:
            self._bold_names.add(metrics.name)
        em = metrics.em(ch)
        w = em * rs.size
        if ch in PROPORTIONAL or unicodedata.east_asian_width(ch) in _NARROW:
            return (metrics.name, w, w, 0.0)
        if em >= 0.9:   # full-width: sits on the grid; may lose a blank half
            return (metrics.name, cell, w, metrics.blank_sides(ch)[1] * rs.size)
        return (metrics.name, w, w, 0.0)

    def _narrow_symbol(self, rs: RunStyle, ch: str) -> FontFile | None:
        """The first file (the role's chain, then every bundled file) drawing ``ch``
        narrower than 0.9 em and, for ~, with its ink around the middle of the x-height."""
        chain = self.fonts.chain(rs.bundled, self.language)
        others = sorted((f for f in self.fonts.files.values() if f not in chain), key=lambda f: f.key)
        for font_file in (*chain, *others):
            if not font_file.has(ch):
                continue
            metrics = fontcache.register(font_file)
            if metrics.em(ch) >= 0.9:
                continue
            if ch == "~":
                ink = metrics.ink_y(ch)
                if ink is None or (ink[0] + ink[1]) / 2 > 0.45:
                    continue
            return font_file
        return None

    def _bold_sibling(self, font_file: FontFile) -> FontFile | None:
        """The bundled bold file of the same family (Noto Serif CJK SC Regular → Bold),
        used for bold text instead of synthetic bolding when there is one."""
        try:
            return self._siblings[font_file.key]
        except KeyError:
            pass
        found = next((f for f in sorted(self.fonts.files.values(), key=lambda f: f.key)
                      if f.bold and f.family == font_file.family), None)
        self._siblings[font_file.key] = found
        return found

    def _substitute_font(self, rs: RunStyle) -> tuple[str, str]:
        """The font drawing the substitute for a missing character, and what it draws."""
        sub_file = self.fonts.font_for(SUBSTITUTE, rs.bundled, self.language)
        if sub_file is None:
            sub_file = self.fonts.chain(rs.bundled, self.language)[0]
            return fontcache.register(sub_file).name, "?"
        return fontcache.register(sub_file).name, SUBSTITUTE

    def prepare(self, runs: list[tuple[str, RunStyle]], size: float, grid: bool = False) -> Prepared:
        chars: list[str] = []
        fonts_out: list[str] = []
        styles_idx: list[int] = []
        advance: list[float] = []
        box: list[float] = []
        squeeze: list[float] = []
        styles: list[RunStyle] = []
        style_index: dict[RunStyle, int] = {}
        substitutes: dict[int, str] = {}
        for text, rs in runs:
            si = style_index.get(rs)
            if si is None:
                si = style_index[rs] = len(styles)
                styles.append(rs)
            cell = self.cell(rs.size, grid)
            key = (rs.bundled, rs.size, cell, rs.bold)
            table = self._glyphs.get(key)
            if table is None:
                table = self._glyphs[key] = {}
            try:
                glyphs = [table[ch] for ch in text]
            except KeyError:
                for ch in text:
                    if ch not in table:
                        table[ch] = _SKIP if ch != "\n" and unicodedata.category(ch) in ("Cc", "Cf") \
                            else self._glyph(rs, cell, ch)
                glyphs = [table[ch] for ch in text]
            if _SKIP in glyphs:      # controls and format characters are not drawn
                kept = [k for k, g in enumerate(glyphs) if g is not _SKIP]
                text = "".join(text[k] for k in kept)
                glyphs = [glyphs[k] for k in kept]
            if not glyphs:
                continue
            names, adv, bx, sq = zip(*glyphs)
            if None in names:        # a character no font has: its substitute's font
                names = list(names)
                for k, name in enumerate(names):
                    if name is None:
                        self.missing.add(text[k])
                        names[k], drawn = self._substitute_font(rs)
                        substitutes[len(chars) + k] = drawn
            chars.extend(text)
            fonts_out.extend(names)
            styles_idx.extend([si] * len(glyphs))
            advance.extend(adv)
            box.extend(bx)
            squeeze.extend(sq)
        text = "".join(chars)
        em = self.cell(size, grid)
        for match in _PAUSES.finditer(text):
            i = match.start()
            # a half-width ,;:!? between Chinese characters takes a full cell (see above)
            if 0 < i < len(chars) - 1 and is_cjk(chars[i + 1]) \
                    and chars[i - 1] != " " and not chars[i + 1].isspace():
                advance[i] = max(advance[i], em)
        measured = Measured(text, advance, box, squeeze, char_kinds(text), em=em)
        return Prepared(measured, tuple(fonts_out), tuple(styles_idx), tuple(styles),
                        measured.box, substitutes, size, frozenset(self._bold_names))
