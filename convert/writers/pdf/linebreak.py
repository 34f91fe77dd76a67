"""The line breaker and the justifier: where each line ends, and where each glyph goes.

Input is a paragraph already measured (``Measured``: its characters and, per character,
the advance on the line and how much of it may be squeezed away). Output is a list of
``Line``\\ s; ``place()`` then gives every glyph of a line its x offset.

Breaking is greedy, with the kinsoku rules of kinsoku.py decided per break position:

1. take as many characters as fit (a line-final mark counts only its inked half);
2. if the break there is forbidden (a ，。” would start the next line, a “ would end
   this one, a —— or a number would be split), first try to *pull up* the characters
   that may not start a line by squeezing the blank halves of the marks inside the
   line, evenly (clreq 3.1.7 "推入"); if that does not make them fit,
3. *push down*: break at the last allowed position before, and let the justifier
   spread the slack between the characters ("推出");
4. finally, a paragraph never ends with one lonely character (孤字): one more
   character comes down from the line before.

Nothing ever hangs into the margin.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from . import kinsoku

#: Widths are compared with this tolerance (points), so float noise never costs a line.
EPSILON = 0.01


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

    def kind_of(self) -> bytes:
        return self.kinds or char_kinds(self.chars)


def char_kinds(chars: str) -> bytes:
    """0 for ideographs and marks, 1 for Latin letters and digits, 2 for spaces."""
    return bytes(2 if ch == " " else 1 if kinsoku.is_word_char(ch) else 0 for ch in chars)


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


def allowed(chars: str, b: int) -> bool:
    """May a line break before index ``b`` (between chars[b-1] and chars[b])?"""
    return kinsoku.may_break(chars[b - 1], chars[b])


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
    lines: list[Line] = []
    pos = 0
    while pos < n:
        # a forced break ('\n') right here gives an empty line
        if chars[pos] == "\n":
            lines.append(Line(pos, pos, width_of(len(lines)), ragged=True))
            pos += 1
            continue
        avail = width_of(len(lines))
        # 1. the longest prefix that fits
        j = pos
        run = 0.0   # sum of advances of chars[pos:j]
        while j < n and chars[j] != "\n":
            end_w = min(m.box[j], adv[j]) - m.squeeze[j]
            if j > pos and run + end_w > avail + EPSILON:
                break
            run += adv[j]
            j += 1
        if j >= n or chars[j] == "\n":
            lines.append(Line(pos, j, avail, ragged=True, end_squeezed=m.squeeze[j - 1] > 0))
            pos = j + 1 if j < n else j
            continue
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
    # 3. push down: the last allowed break before j
    for b in range(j - 1, pos, -1):
        if allowed(chars, b):
            return _line(m, pos, b, avail)
    # no allowed break at all (a Latin word longer than the line): cut it where it fills
    return _line(m, pos, j, avail)


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
        kinds = m.kind_of()[start:end]
        gaps = end - start - 1
        if not kinds.strip(b"\x00"):
            extra = [slack / gaps] * gaps      # all ideographs and marks: even gaps
        else:
            weights = [_gap_weight(kinds[k], kinds[k + 1]) for k in range(gaps)]
            total = sum(weights)
            if total == 0:
                weights = [1.0] * gaps
                total = float(gaps)
            share = slack / total
            extra = [w * share for w in weights]
        natural = line.width
    xs = [0.0]
    x = 0.0
    for k in range(end - start - 1):
        x += advances[k] + extra[k]
        xs.append(x)
    return Placed(tuple(xs), natural)
