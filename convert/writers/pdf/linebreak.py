"""The line breaker and the justifier: where each line ends, and where each glyph goes.

Input is a paragraph already measured (``Measured``: its characters and, per character,
the advance on the line and how much of it may be squeezed away). Output is a list of
``Line``\\ s; ``place()`` then gives every glyph of a line its x offset.

Where a line may break (``break_levels``): between Chinese characters by the kinsoku
rules of kinsoku.py; everywhere else (Latin words, numbers, symbols, URLs) by UAX #14
(uax14.py). Inside a Latin token two more kinds of break exist, used only when the line
could not be filled otherwise: after ``/ . - _ ? & = #`` inside a URL or path (never
leaving ``.`` or ``/`` to start a line), and, as the last resort, between any two
letters of an overlong word.

Breaking is greedy:

1. take as many characters as fit (a line-final mark counts only its inked half);
2. if the break there is forbidden (a ，。” would start the next line, a “ would end
   this one, a —— or a number would be split), first try to *pull up* the characters
   that may not start a line by squeezing the blank halves of the marks inside the
   line, evenly (clreq 3.1.7 "推入"); if that does not make them fit,
3. *push down*: break at the last allowed position before, and let the justifier
   spread the slack between the characters ("推出") — but only when no gap of the line
   then stretches by more than ¼ em (``MAX_STRETCH``). A line that cannot be filled
   within that (an unbreakable URL or word after it) breaks inside the Latin token
   instead: at a URL break, else anywhere in the word;
4. finally, a paragraph never ends with one lonely character (孤字): one more
   character comes down from the line before.

Nothing ever hangs into the margin.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from operator import add
from typing import Callable, Sequence

from . import kinsoku, uax14

#: Widths are compared with this tolerance (points), so float noise never costs a line.
EPSILON = 0.01
#: The most justification may widen one gap between glyphs, in em.
MAX_STRETCH = 0.25
#: Letter-spacing (em) inside a URL or word that hardly shows: a URL break (after / . -
#: _ ? & = #) that letter-spaces its line no more than this is kept over a break
#: anywhere in the URL that would letter-space it less (_choose_break).
LETTER_SPACING_OK = 0.03

#: Break levels (``break_levels``): no break; a normal break; a break inside a URL or
#: path (after / . - _ ? & = #) or after a slash ("km/h"); the last resort inside a word.
NO, NORMAL, IN_TOKEN, EMERGENCY = 0, 1, 2, 3

#: URLs, e-mail addresses and paths (ASCII only: a Chinese mark ends them).
_URL = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]*://|www\.)[!-~]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+"
                  r"|[A-Za-z0-9_.~-]*(?:/[A-Za-z0-9_.~%-]+){2,}/?")
_URL_BREAK_AFTER = frozenset("/.-_?&=#")
#: Never at the start of a line inside a token.
_TOKEN_NO_START = frozenset("./,;:!?)]}%")


@dataclass(frozen=True)
class Measured:
    """A paragraph's characters with the metrics the breaker needs.

    ``advance[i]``: the distance from character i to the next on an unjustified line
    (the grid pitch for full-width characters on a grid page). ``box[i]``: the glyph's
    own advance in the font (its right edge when it ends a line). ``squeeze[i]``: how
    much of the box is blank and may be removed (half an em for ，。》 in most
    Simplified fonts; 0 for ideographs).
    """

    chars: str
    advance: Sequence[float]
    box: Sequence[float]
    squeeze: Sequence[float]
    kinds: bytes = b""   # per character: 0 ideograph/mark, 1 Latin letter or digit, 2 space
    em: float = 1.0      # the paragraph's em (full-width advance): the unit of MAX_STRETCH

    def kind_of(self) -> bytes:
        return self.kinds or char_kinds(self.chars)

    def levels(self) -> "Levels":
        return levels_of(self.chars)


def char_kinds(chars: str) -> bytes:
    """0 for ideographs and marks, 1 for Latin letters and digits, 2 for spaces."""
    # str.translate looks every character up in C; each one is classified once
    return chars.translate(_KINDS).encode("latin-1")


class _Kinds(dict):
    """Code point → its kind (char_kinds) as a one-character string, made on first use."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        kind = self[code] = "\x02" if ch == " " else "\x01" if kinsoku.is_word_char(ch) else "\x00"
        return kind


_KINDS = _Kinds()


@dataclass(frozen=True)
class Line:
    """One line: characters ``start:end`` of the paragraph.

    ``ragged``: the last line of the paragraph, or one ended by a forced break; it is
    not stretched. ``squeezed``: (index, points) of marks inside the line whose blank
    half is reduced to make room for a pulled-up mark. ``end_squeezed``: the final
    mark is set at its inked half.
    """

    start: int
    end: int
    width: float            # the measure available to this line
    ragged: bool = False
    squeezed: tuple[tuple[int, float], ...] = ()
    end_squeezed: bool = False


@dataclass(frozen=True)
class Placed:
    """x offsets (from the line's left edge) of each character of a line, and the
    natural right edge of the set line."""

    xs: tuple[float, ...]
    right: float


def is_cjk(ch: str) -> bool:
    """Chinese characters and marks: the kinsoku rules decide breaks next to them."""
    return unicodedata.east_asian_width(ch) in ("W", "F") or ch in kinsoku.CJK_MARKS


def break_levels(chars: str) -> bytes:
    """Per position b (0 … len): may a line break before chars[b]? NO, NORMAL, IN_TOKEN
    or EMERGENCY (see the module doc). Position 0 and len are NO."""
    levels = levels_of(chars)
    return bytes(levels[b] for b in range(len(chars) + 1))


@lru_cache(maxsize=512)
def levels_of(chars: str) -> "Levels":
    return Levels(chars)


class Levels:
    """``break_levels`` of one paragraph, computed position by position when the breaker
    asks (``levels[b]``): it looks at a few positions near each line's end, so deciding
    all of a 180k-character text up front cost more than the rest of the breaking.

    Between Chinese characters the kinsoku rules decide; elsewhere UAX #14 (resolved for
    the whole paragraph on the first such question, since its rules look back), then the
    URL breaks of ``_URL`` over what UAX #14 and the long-word rule left."""

    __slots__ = ("chars", "_known", "_uax", "_urls")

    _UNKNOWN = 255

    def __init__(self, chars: str):
        self.chars = chars
        known = bytearray([self._UNKNOWN]) * (len(chars) + 1)
        known[0] = known[-1] = NO
        self._known = known
        self._uax: uax14.Opportunities | None = None
        self._urls: list[tuple[int, int]] | None = None     # (start, end) of each URL match

    def __getitem__(self, b: int) -> int:
        level = self._known[b]
        if level == self._UNKNOWN:
            level = self._known[b] = self._decide(b)
        return level

    def _decide(self, b: int) -> int:
        chars = self.chars
        a, c = chars[b - 1], chars[b]
        if a == "\n" or c == "\n":
            return NO
        if is_cjk(a) or is_cjk(c):
            return NORMAL if kinsoku.may_break(a, c) else NO
        if self._uax is None:
            self._uax = uax14.Opportunities(chars)
        if self._uax(b):
            # UAX #14 breaks after a slash before a letter (SY ÷ AL: "km/h"): kept for
            # when a line needs it, like the URL breaks
            level = IN_TOKEN if a == "/" and c != " " else NORMAL
        elif _inside_long_word(chars, b):
            level = EMERGENCY       # inside a long word (never inside a number)
        else:
            level = NO
        return self._in_url(b, level)

    def _in_url(self, b: int, level: int) -> int:
        """``level`` as a URL, e-mail address or path inside which b falls changes it.
        (A URL always holds a position decided by UAX #14, so it is only looked for here.)"""
        if self._urls is None:
            self._urls = [m.span() for m in _URL.finditer(self.chars)]
        k = bisect_right(self._urls, (b, len(self.chars) + 1)) - 1
        if k < 0 or not self._urls[k][0] < b < self._urls[k][1]:
            return level
        chars = self.chars
        if chars[b - 1] in _URL_BREAK_AFTER and chars[b] not in _TOKEN_NO_START \
                and chars[b - 1] != chars[b] and level in (NO, EMERGENCY):
            return IN_TOKEN
        if level == NO and chars[b - 3:b + MIN_PIECE].isalnum() and len(chars[b - 3:b + MIN_PIECE]) == 3 + MIN_PIECE:
            return EMERGENCY   # a URL is no word: any letter may end a line
        return level


#: The last-resort break is made only inside words of this many letters, and leaves at
#: least MIN_PIECE letters on each line.
LONG_WORD, MIN_PIECE = 8, 3


def _inside_long_word(chars: str, b: int) -> bool:
    if not (chars[b - 1].isalpha() and chars[b].isalpha()) or is_cjk(chars[b - 1]) or is_cjk(chars[b]):
        return False
    if uax14.class_name(chars[b]) in ("CM", "ZWJ"):
        return False
    left = b
    while left > 0 and chars[left - 1].isalpha() and not is_cjk(chars[left - 1]):
        left -= 1
    right = b
    while right < len(chars) and chars[right].isalpha() and not is_cjk(chars[right]):
        right += 1
    return right - left >= LONG_WORD and b - left >= MIN_PIECE and right - b >= MIN_PIECE


def allowed(chars: str, b: int) -> bool:
    """May a line break before index ``b`` (between chars[b-1] and chars[b])?"""
    return levels_of(chars)[b] == NORMAL


def _set_width(m: Measured, start: int, end: int, end_squeeze: bool = True) -> float:
    """Width of chars[start:end] as a line: advances of all but the last, plus the
    last one's box (minus its blank half when it may be squeezed), minus squeezes."""
    if end <= start:
        return 0.0
    last = end - 1
    w = sum(m.advance[start:last]) + min(m.box[last], m.advance[last])
    if end_squeeze:
        w -= m.squeeze[last]
    return w


def break_lines(m: Measured, width_of: Callable[[int], float]) -> list[Line]:
    """Break a measured paragraph into lines; ``width_of(k)`` is line k's measure."""
    chars, adv = m.chars, m.advance
    n = len(chars)
    # each character's width when it ends a line (_set_width's last term)
    end_w = [(b if b < a else a) - s for b, a, s in zip(m.box, adv, m.squeeze)]   # (min(b, a), inlined)
    lines: list[Line] = []
    pos = 0
    while pos < n:
        # a forced break ('\n') right here gives an empty line
        if chars[pos] == "\n":
            lines.append(Line(pos, pos, width_of(len(lines)), ragged=True))
            pos += 1
            continue
        avail = width_of(len(lines))
        # 1. the longest prefix that fits (the first character always does)
        limit = avail + EPSILON
        stop = chars.find("\n", pos)
        if stop < 0:
            stop = n
        j = pos + 1
        run = adv[pos]   # sum of advances of chars[pos:j]
        while j < stop and run + end_w[j] <= limit:
            run += adv[j]
            j += 1
        if j >= n or chars[j] == "\n":
            lines.append(Line(pos, j, avail, ragged=True, end_squeezed=m.squeeze[j - 1] > 0))
            pos = j + 1 if j < n else j
            continue
        # spaces at the end of a line take no room: a word that fits keeps its line
        k = j
        while k < n and chars[k] == " ":
            k += 1
        if k > j and (k >= n or chars[k] == "\n"):
            lines.append(Line(pos, j, avail, ragged=True, end_squeezed=m.squeeze[j - 1] > 0))
            pos = k
            continue
        if k > j and m.levels()[k] == NORMAL:
            j = k
        line = _choose_break(m, pos, j, avail)
        lines.append(line)
        pos = line.end
        while pos < n and chars[pos] == " ":
            pos += 1
    return _avoid_runt(m, lines)


def _is_runt(m: Measured, line: Line) -> bool:
    """A last line holding a single character (and perhaps the marks after it): 孤字."""
    body = [ch for ch in m.chars[line.start:line.end] if ch not in kinsoku.NO_START and ch != " "]
    return len(body) <= 1 and line.end > line.start


def _avoid_runt(m: Measured, lines: list[Line]) -> list[Line]:
    """Never end a paragraph with one lonely character: bring one more character down
    from the line before (at an allowed break), and let that line be justified."""
    if len(lines) < 2:
        return lines
    last, prev = lines[-1], lines[-2]
    if not last.ragged or prev.ragged or last.start != prev.end or not _is_runt(m, last):
        return lines
    for b in range(prev.end - 1, max(prev.start + 1, prev.end - 3), -1):
        if not allowed(m.chars, b):
            continue
        new_last = Line(b, last.end, last.width, ragged=True, end_squeezed=last.end_squeezed)
        if _set_width(m, b, last.end) > last.width + EPSILON:
            return lines
        return lines[:-2] + [_line(m, prev.start, b, prev.width), new_last]
    return lines


def _choose_break(m: Measured, pos: int, j: int, avail: float) -> Line:
    """The line starting at ``pos`` when chars[pos:j] is the longest that fits."""
    chars = m.chars
    n = len(chars)
    if allowed(chars, j):
        return _line(m, pos, j, avail)
    # 2. pull up: the marks that may not start a line (at most a few: "。”）", "——")
    k = j
    while k < n and k < j + 3 and chars[k] in kinsoku.NO_START and not allowed(chars, k):
        k += 1
    if k > j and (k == n or allowed(chars, k)):
        need = _set_width(m, pos, k) - avail
        # squeeze the blank halves of the marks inside the line, all by the same share
        # (clreq 3.1.7: 行尾点号推入 by compressing the line's punctuation)
        marks = [i for i in range(pos, k - 1) if m.squeeze[i] > 0]
        room = sum(m.squeeze[i] for i in marks)
        if need <= EPSILON:
            return Line(pos, k, avail, end_squeezed=m.squeeze[k - 1] > 0)
        if room > 0 and need <= room + EPSILON:
            share = min(1.0, need / room)
            return Line(pos, k, avail, squeezed=tuple((i, m.squeeze[i] * share) for i in marks),
                        end_squeezed=m.squeeze[k - 1] > 0)
    # 3. push down: the last allowed break before j, if the line can then be justified
    # with no gap wider by more than MAX_STRETCH; else break inside the Latin token
    # that is in the way: at a URL break, else anywhere in it
    levels = m.levels()
    normal = next((b for b in range(j - 1, pos, -1) if levels[b] == NORMAL), None)
    if normal is not None and _stretch(m, pos, normal, avail) <= MAX_STRETCH * m.em + EPSILON:
        return _line(m, pos, normal, avail)
    low = normal if normal is not None else pos
    cap = MAX_STRETCH * m.em + EPSILON
    token = next((b for b in range(j, low, -1) if levels[b] == IN_TOKEN), None)
    last = next((b for b in range(j, low, -1) if levels[b] == EMERGENCY), None)
    tried = [(b, _stretch(m, pos, b, avail), _letter_spacing(m, pos, b, avail))
             for b in (token, last) if b is not None]
    if tried and token is not None and tried[0][1] <= cap / 2:
        return _line(m, pos, token, avail)      # a URL break that hardly spreads the line
    fits = [t for t in tried if t[1] <= cap]
    if fits:
        # The widest gap saturates at ¼ em on the Chinese gaps, so it cannot tell a line
        # whose URL is letter-spaced (the gaps inside Latin words take the rest of the
        # slack) from one that is not: compare the letter-spacing first. The URL break
        # (after / . - _ …) wins while it letter-spaces no more than LETTER_SPACING_OK,
        # or ties; else the break anywhere in the URL that letter-spaces least.
        ok = LETTER_SPACING_OK * m.em
        return _line(m, pos, min(fits, key=lambda t: (max(0.0, t[2] - ok), t[1]))[0], avail)
    if normal is not None:
        return _line(m, pos, normal, avail)
    # no break at all: cut where the line fills
    return _line(m, pos, j, avail)


def _gap_extras(m: Measured, start: int, end: int, avail: float) -> tuple[bytes, list[float]] | None:
    """The kinds of chars[start:end] (trailing spaces left out) and how much each of
    their gaps grows when the line is justified to avail; None for a line with no gap."""
    e = end
    while e > start + 1 and m.chars[e - 1] == " ":
        e -= 1
    if e - start < 2:
        return None
    kinds = m.kind_of()[start:e]
    slack = avail - _set_width(m, start, e)
    return kinds, ([0.0] if slack <= 0 else _extras(kinds, slack, MAX_STRETCH * m.em))


def _stretch(m: Measured, start: int, end: int, avail: float) -> float:
    """How much the widest gap of chars[start:end] would grow when justified to avail."""
    found = _gap_extras(m, start, end, avail)
    return float("inf") if found is None else max(found[1])


def _letter_spacing(m: Measured, start: int, end: int, avail: float) -> float:
    """How much the gaps inside Latin words and numbers of chars[start:end] would grow
    when the line is justified to avail (0 when the Chinese gaps and spaces take it all)."""
    found = _gap_extras(m, start, end, avail)
    if found is None:
        return float("inf")
    kinds, extras = found
    return max((x for x, w in zip(extras, _weights(kinds)) if w == 0), default=0.0)


def _extras(kinds: bytes, slack: float, cap: float) -> list[float]:
    """How much each gap of a line grows to take up ``slack``: the gaps between Chinese
    characters and at spaces, by their weights. On a line with Latin words or numbers,
    none of those grows by more than ``cap``: the ones that would are held at ``cap``
    and the others share what is left; when even all of them at ``cap`` are not enough,
    the gaps inside the words share the rest; when even that would widen one by more
    than ``cap``, every gap gets the same share (the least widest gap). A negative slack
    (a hair: a full-width glyph wider than the grid's cell ends the line) goes by the
    weights too, so never into a word on a line with Chinese or a space."""
    weights = _weights(kinds)
    total = sum(weights)
    share = slack / total
    extras = [w * share for w in weights]
    if slack <= 0 or max(extras) <= cap + 1e-9:
        return extras
    inner = [k for k, w in enumerate(weights) if w == 0]
    if not inner:
        return extras
    # Hold at cap the gaps whose weighted share would pass it, and share the rest anew
    # among the others, until none passes it. (Giving cap to *every* weighted gap as soon
    # as one passed it handed out more than the slack when the one was a space: the
    # gaps inside the line's Latin words then took the overdraft as negative spacing,
    # and "Windows" at a line's end was set with its letters 3 pt into each other.)
    extras = [0.0] * len(weights)
    free = [k for k, w in enumerate(weights) if w]
    rest = slack
    while free:
        share = rest / sum(weights[k] for k in free)
        over = [k for k in free if weights[k] * share > cap + 1e-9]
        if not over:
            for k in free:
                extras[k] = weights[k] * share
            return extras
        for k in over:
            extras[k] = cap
        rest -= cap * len(over)
        free = [k for k in free if weights[k] * share <= cap + 1e-9]
    rest /= len(inner)
    if rest <= cap + 1e-9:
        for k in inner:
            extras[k] = rest
        return extras
    return [slack / len(weights)] * len(weights)


def _weights(kinds: bytes) -> list[float]:
    gaps = len(kinds) - 1
    if not kinds.strip(b"\x00"):
        return [1.0] * gaps
    weights = [_GAP_WEIGHTS[a][b] for a, b in zip(kinds, kinds[1:])]
    if sum(weights) == 0:
        return [1.0] * gaps
    return weights


def _line(m: Measured, start: int, end: int, avail: float) -> Line:
    # trailing spaces are not part of the line's set width
    e = end
    while e > start + 1 and m.chars[e - 1] == " ":
        e -= 1
    return Line(start, e, avail, end_squeezed=m.squeeze[e - 1] > 0)


def _gap_weight(a: int, b: int) -> float:
    """How much of the slack the gap between characters of kinds a and b takes: none
    inside a Latin word or a number (they keep their own spacing), two shares at a
    space, one elsewhere."""
    if a == 2 or b == 2:
        return 2.0
    if a == 1 and b == 1:
        return 0.0
    return 1.0


#: ``_gap_weight`` of every pair of kinds (0, 1, 2), looked up instead of called.
_GAP_WEIGHTS = [[_gap_weight(a, b) for b in range(3)] for a in range(3)]


def place(m: Measured, line: Line, justify: bool) -> Placed:
    """x offsets of the line's characters. Justified lines end exactly at ``line.width``:
    the slack (positive or negative) is shared between the gaps by their weights."""
    start, end = line.start, line.end
    if end <= start:
        return Placed((), 0.0)
    adv = m.advance
    advances = list(adv[start:end])
    for i, amount in line.squeezed:
        advances[i - start] -= amount
    last = end - 1
    natural = sum(advances[:-1]) + m.box[last] - (m.squeeze[last] if line.end_squeezed else 0.0)
    extra = [0.0] * (end - start - 1)
    if justify and not line.ragged and end - start > 1:
        slack = line.width - natural
        extra = _extras(m.kind_of()[start:end], slack, MAX_STRETCH * m.em)
        natural = line.width
    # x += advance + extra, glyph by glyph (the same sums as a loop would make)
    xs = tuple(accumulate(map(add, advances[:-1], extra), initial=0.0))
    return Placed(xs, natural)
