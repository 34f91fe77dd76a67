"""The EPUB cover: a JPEG drawn with Pillow from the title and metadata.

The title is set in the style's title face (the bundled font chain of the ``title``
role, character by character through the registry's fallback), the subtitle, author
and date below it in the author face. The picture is a plain typographic cover: a
paper-coloured page, a red rule as on an official document's masthead, centred text.
"""

from __future__ import annotations

import io
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:   # Pillow is imported where a cover is drawn: the EPUB writer's process
    from PIL import ImageDraw, ImageFont  # may hand the cover to a helper (start_cover)

from ...fonts import FontRegistry
from ...style import Style

# The cover's own geometry (an image, not text layout: the style has no cover role).
WIDTH, HEIGHT = 1200, 1800
MARGIN = 120
PAPER = (250, 247, 240)
INK = (30, 30, 30)
RED = (200, 16, 46)
_LINE_SEPARATORS = {ord(c): " " for c in "\n\r\x1c\x1d\x1e\x85\u2028\u2029"}


@lru_cache(maxsize=32)
def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    from PIL import ImageFont

    return ImageFont.truetype(path, size)


def _runs(fonts: FontRegistry, text: str, bundled: str, language: str, size: int):
    """(PIL font, text) runs; characters no font has are drawn by the chain's first file
    (they show as .notdef, and the writer has reported them already)."""
    first = fonts.chain(bundled, language)[0]
    for file, run in fonts.runs(text, bundled, language):
        yield _font(str((file or first).path), size), run


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFE30 <= o <= 0xFE4F
            or 0xFF00 <= o <= 0xFFEF or 0x20000 <= o <= 0x3FFFF)


# Kinsoku for the cover: these never start a line, those never end one.
_NO_START = set("，。、：；！？）》〉」』】〕〗”’·…—～%‰℃,.;:!?)]}")
_NO_END = set("（《〈「『【〔〖“‘([{")
# Where a title line may end well: after punctuation, before 关于 (the issuer / the
# subject, as GB/T 9704 titles are broken), around conjunctions.
_AFTER_PUNCT = set("，、：；！？）》〉」』】〕〗”’,;:!?)")
_BEFORE_GOOD = {"关于": 0.0, "關於": 0.0, "和": 4.0, "与": 4.0, "與": 4.0, "及": 4.0,
                "暨": 2.0, "以及": 4.0, "并": 5.0, "並": 5.0}
_AFTER_GOOD = {"的": 5.0, "暨": 6.0, "和": 8.0, "与": 8.0, "與": 8.0, "及": 8.0}
_WORD_BREAK = 10.0     # a plain word boundary from the segmenter
_CHAR_BREAK = 200.0    # inside a word: only when a word is wider than the measure


def _segment(text: str) -> list[str]:
    """Words of ``text`` (jieba's dictionary, via the Rust port rjieba: words.py gives
    it only the dictionary's words that occur in the text, as it would cut with all).

    Imported here, when a cover is drawn, not at start-up. Traditional text is segmented
    through its Simplified form (the dictionary is Simplified), mapped back by position
    when the conversion keeps the length (t2s does, character for character)."""
    from .words import cut

    probe = text
    if any(0x4E00 <= ord(c) <= 0x9FFF for c in text):
        simplified = _t2s(text)
        if simplified is not None and len(simplified) == len(text):
            probe = simplified
    words, at = [], 0
    for w in cut(probe):
        words.append(text[at:at + len(w)])
        at += len(w)
    if at != len(text):   # never expected: a segmenter that changed the text
        return list(text)
    return words


@lru_cache(maxsize=1)
def _t2s_converter():
    try:
        import opencc
        return opencc.OpenCC("t2s")
    except Exception:   # a missing config: segment the text as it is
        return None


def _t2s(text: str) -> str | None:
    conv = _t2s_converter()
    return conv.convert(text) if conv is not None else None


def _breaks(text: str) -> dict[int, float]:
    """Break opportunities in ``text``: index i (a line may end before text[i]) → penalty.

    Between two words of the segmenter, or at a space; never between two non-CJK,
    non-space words (PM2.5, iPhone), never before closing or after opening punctuation."""
    words = _segment(text)
    out: dict[int, float] = {}
    at = 0
    for k, w in enumerate(words[:-1]):
        at += len(w)
        nxt = words[k + 1]
        a, b = text[at - 1], text[at]
        if b in _NO_START or a in _NO_END:
            continue
        if not a.isspace() and not b.isspace() and not _is_cjk(a) and not _is_cjk(b):
            continue
        cost = _WORD_BREAK
        if a in _AFTER_PUNCT or a.isspace():
            cost = 0.0
        if nxt in _BEFORE_GOOD:
            cost = min(cost, _BEFORE_GOOD[nxt])
        if w in _AFTER_GOOD:
            cost = min(cost, _AFTER_GOOD[w])
        if nxt == "的":   # a line never starts with 的
            cost = 60.0
        out[at] = cost
    return out


def break_title(text: str, widths: list[float], width: float) -> list[tuple[int, int]]:
    """The lines of a cover title as (start, end) indices into ``text``.

    Lines end only at the break opportunities of :func:`_breaks` (word and phrase
    boundaries). Among the settings with the fewest lines, the one with the lowest
    sum of break penalties and squared slack (lines of even length, as a centred
    title is set). A word wider than the measure alone is broken between characters."""
    n = len(text)
    if n == 0:
        return []
    if sum(widths) <= width:    # one line whatever the words: no segmenter
        return [(0, n)]
    breaks = _breaks(text)
    breaks[n] = 0.0
    # A word wider than the measure: its characters become break opportunities.
    cuts = sorted(breaks)
    start = 0
    for end in cuts:
        if sum(widths[start:end]) > width:
            for i in range(start + 1, end):
                if text[i] not in _NO_START and text[i - 1] not in _NO_END:
                    breaks.setdefault(i, _CHAR_BREAK)
        start = end
    points = [0] + sorted(breaks)
    prefix = [0.0]
    for w in widths:
        prefix.append(prefix[-1] + w)

    def line_width(i: int, j: int) -> float:
        while i < j and text[i].isspace():
            i += 1
        while j > i and text[j - 1].isspace():
            j -= 1
        return prefix[j] - prefix[i]

    # best[x]: (lines, cost) of the best setting of text[:points[x]], and its last start.
    best: list[tuple[tuple[int, float], int]] = [((0, 0.0), -1)]
    for jx in range(1, len(points)):
        j = points[jx]
        choice: tuple[tuple[int, float], int] | None = None
        for ix in range(jx - 1, -1, -1):
            i = points[ix]
            lw = line_width(i, j)
            if lw > width and ix < jx - 1:
                break   # wider still further back (one unbreakable piece is let through)
            (lines, cost), _ = best[ix]
            slack = max(0.0, width - lw) / width
            c = (lines + 1, cost + (breaks[j] if j < n else 0.0) + 100.0 * slack * slack)
            if choice is None or c < choice[0]:
                choice = (c, ix)
        assert choice is not None
        best.append(choice)
    out, jx = [], len(points) - 1
    while jx > 0:
        ix = best[jx][1]
        out.append((points[ix], points[jx]))
        jx = ix
    return out[::-1]


def _wrap(fonts: FontRegistry, text: str, bundled: str, language: str, size: int,
          width: int) -> list[list[tuple[ImageFont.FreeTypeFont, str]]]:
    """Break ``text`` into lines no wider than ``width``, at word or phrase boundaries."""
    # Pillow's raqm layout fails on line separators (a title may hold "\n"): a space.
    text = text.translate(_LINE_SEPARATORS)
    chars: list[tuple[ImageFont.FreeTypeFont, str]] = [
        (font, ch) for font, run in _runs(fonts, text, bundled, language, size) for ch in run]
    text = "".join(ch for _, ch in chars)
    widths = [font.getlength(ch) for font, ch in chars]
    lines: list[list[tuple[ImageFont.FreeTypeFont, str]]] = []
    for i, j in break_title(text, widths, width):
        while i < j and text[i].isspace():
            i += 1
        while j > i and text[j - 1].isspace():
            j -= 1
        line: list[tuple[ImageFont.FreeTypeFont, str]] = []
        for font, ch in chars[i:j]:
            if line and line[-1][0] is font:
                line[-1] = (font, line[-1][1] + ch)
            else:
                line.append((font, ch))
        if line:
            lines.append(line)
    return lines


def title_lines(style: Style, fonts: FontRegistry, title: str, language: str) -> tuple[int, list[str]]:
    """The cover title's type size and lines as :func:`cover_jpeg` draws them."""
    size, wrapped = _title(style, fonts, title, language)
    return size, ["".join(run for _, run in line) for line in wrapped]


def _title(style: Style, fonts: FontRegistry, title: str, language: str):
    title_font = style.fonts[style.role("title").font].bundled
    size = 88
    wrapped = _wrap(fonts, title, title_font, language, size, WIDTH - 2 * MARGIN)
    while len(wrapped) > 5 and size > 48:   # long titles: smaller, not off the page
        size -= 8
        wrapped = _wrap(fonts, title, title_font, language, size, WIDTH - 2 * MARGIN)
    return size, wrapped


def _draw_lines(draw: ImageDraw.ImageDraw, lines, y: float, size: int, leading: float) -> float:
    for line in lines:
        total = sum(font.getlength(run) for font, run in line)
        x = (WIDTH - total) / 2
        for font, run in line:
            draw.text((x, y), run, font=font, fill=INK)
            x += font.getlength(run)
        y += size * leading
    return y


def _blank_page():
    """The page before its text: paper and the upper rule (the lower one is drawn last)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    ImageDraw.Draw(image).rectangle((MARGIN, 420, WIDTH - MARGIN, 428), fill=RED)
    return image


#: A blank page made ahead by ``warm`` (the helper's, while the text is read: 4 ms of
#: filling 6.5 MB), used by the next cover.
_blanks: list = []


def cover_jpeg(style: Style, fonts: FontRegistry, *, title: str, lines: list[str],
              language: str) -> bytes:
    """The cover as JPEG bytes. ``lines`` are the smaller lines under the title."""
    from PIL import ImageDraw

    image = _blanks.pop() if _blanks else _blank_page()
    draw = ImageDraw.Draw(image)
    small_font = style.fonts[style.role("author").font].bundled
    size, wrapped = _title(style, fonts, title, language)
    y = _draw_lines(draw, wrapped, 520, size, 1.45)
    y += 80
    for text in lines:
        if text:
            y = _draw_lines(draw, _wrap(fonts, text, small_font, language, 48,
                                        WIDTH - 2 * MARGIN), y, 48, 1.6)
    draw.rectangle((MARGIN, HEIGHT - 260, WIDTH - MARGIN, HEIGHT - 256), fill=RED)
    buf = io.BytesIO()
    # Named, with no format given: Pillow then loads its JPEG plugin alone, where
    # format="JPEG" loads five (BMP, GIF, PNG, PPM too: 5 ms of the helper's warm-up).
    buf.name = "cover.jpg"
    # JPEG, as most EPUB covers are: 4 ms to encode where PNG (zlib level 1) took 20 ms,
    # for the same ~100 KB. Quality 90 with full-resolution colour keeps the text edges
    # and the red rules clean. Pillow's JPEG output is deterministic.
    image.save(buf, quality=90, subsampling=0, optimize=False)
    return buf.getvalue()


#: The role of the helper (convert.prefork) that draws the cover on a free core.
HELPER = "epub-cover"


def warm(style: Style, fonts: FontRegistry) -> None:
    """What drawing a cover loads, loaded ahead (in a helper forked at start-up, while
    the text is read): the word segmenter and its word list, Pillow's JPEG writer and
    drawing, OpenCC's t2s, the title and author faces' character maps and Pillow fonts,
    and the blank page the cover is drawn on."""
    from PIL import ImageDraw, JpegImagePlugin  # noqa: F401  (what cover_jpeg's save loads)

    from .words import warm as warm_words

    warm_words()
    if not _blanks:
        _blanks.append(_blank_page())
    _t2s_converter()
    for role, size in (("title", 88), ("author", 48)):
        bundled = style.fonts[style.role(role).font].bundled
        for font in fonts.chain(bundled, "zh-Hans")[:1]:
            font.codepoints  # (a property: reads the cmap once)
            _font(str(font.path), size)


def _cover_in_helper(style: Style, title: str, lines: list[str], language: str) -> bytes:
    from ...fonts import load_fonts

    return cover_jpeg(style, load_fonts(), title=title, lines=lines, language=language)


def start_cover(style: Style, fonts: FontRegistry, *, title: str, lines: list[str], language: str):
    """A function that returns the cover's JPEG bytes: drawn by the helper warmed up at
    start-up when one waits (it draws with this process's registry: ``load_fonts()``),
    else here, when it is called. The bytes are the same either way."""
    from ... import prefork
    from ...fonts import load_fonts

    helper = prefork.claim(HELPER) if fonts is load_fonts() else None
    if helper is None:
        return lambda: cover_jpeg(style, fonts, title=title, lines=lines, language=language)
    pending = helper.submit(_cover_in_helper, style, title, lines, language)

    def result() -> bytes:
        try:
            return pending.result()
        except Exception:     # the helper died or failed: draw it here (the same bytes)
            return cover_jpeg(style, fonts, title=title, lines=lines, language=language)

    return result
