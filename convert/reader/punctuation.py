"""Half-width punctuation → full width in Chinese context (GB/T 15834).

A mark is changed only when a CJK character is next to it (ignoring spaces), or, for
brackets and quotes, when the enclosed text contains CJK. Marks inside numbers
(1,000  3.5  12:30), URLs, e-mail addresses and runs of Latin text are left alone.
Every change is counted per kind, so the caller can report what it did.
"""

from __future__ import annotations

from .. import regexcache as re
from collections import Counter

_CJK_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2014\u2026"
_CJK = re.compile(f"[{_CJK_CLASS}]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

#: URLs, e-mail addresses, domain names, file paths: protected from any change.
_PROTECTED = re.compile(
    r"(?:https?|ftp)://[!-~]+|(?<![A-Za-z0-9.-])www\.[A-Za-z0-9.-]+[!-~]*|"
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}"
)


def _may_hold_protected(text: str) -> bool:
    """Each kind of protected span holds one of these: the search above is slow (its
    look-behinds are tried at every character) and most lines hold none."""
    return "://" in text or "www." in text or "@" in text


_SIMPLE = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
_SIMPLE_RE = re.compile(r"[,:;?!]")
_ELLIPSIS_RE = re.compile(r"\.{3,}|。{3,}")
_DASH_RE = re.compile(r"(?<!-)--(?!-)|(?<!-)---(?!-)")
_PAREN_RE = re.compile(r"\(([^()\n]{0,200})\)")
_DQUOTE_RE = re.compile(r'"([^"\n]{0,500})"')
_SQUOTE_RE = re.compile(r"'([^'\n]{0,200})'")


def _is_cjk(ch: str) -> bool:
    return bool(ch) and _CJK.match(ch) is not None


def _neighbour(text: str, i: int, step: int) -> str:
    """The nearest non-space character from position i in direction step."""
    j = i
    while 0 <= j < len(text) and text[j] == " ":
        j += step
    return text[j] if 0 <= j < len(text) else ""


def normalize(text: str, counts: Counter | None = None) -> str:
    """Return ``text`` with half-width punctuation in Chinese context made full width.

    ``counts`` (if given) is incremented per kind of change: ",", ":", "()", '""' …"""
    if counts is None:
        counts = Counter()
    if not _HAN.search(text):
        return text
    if not _may_hold_protected(text) or not _PROTECTED.search(text):
        return _normalize_span(text, counts)
    out = []
    pos = 0
    for m in _PROTECTED.finditer(text):
        out.append(_normalize_span(text[pos:m.start()], counts))
        out.append(m.group(0))
        pos = m.end()
    out.append(_normalize_span(text[pos:], counts))
    return "".join(out)


def _normalize_span(text: str, counts: Counter) -> str:
    # Each pass runs only when its mark occurs: most lines of a Chinese text need none.
    if not text:
        return text
    if "(" in text:
        text = _PAREN_RE.sub(lambda m: _paren(m, text, counts), text)
    if '"' in text:
        text = _DQUOTE_RE.sub(lambda m: _quote(m, text, counts, "“", "”", '""'), text)
    if "'" in text:
        text = _SQUOTE_RE.sub(lambda m: _quote(m, text, counts, "‘", "’", "''"), text)
    if "..." in text or "。。。" in text:
        text = _ELLIPSIS_RE.sub(lambda m: _ellipsis(m, text, counts), text)
    if "--" in text:
        text = _DASH_RE.sub(lambda m: _dash(m, text, counts), text)
    return _SIMPLE_RE.sub(lambda m: _simple(m, text, counts), text)


def _context_cjk(text: str, start: int, end: int) -> bool:
    return _is_cjk(_neighbour(text, start - 1, -1)) or _is_cjk(_neighbour(text, end, 1))


def _simple(m: re.Match, text: str, counts: Counter) -> str:
    ch = m.group(0)
    i = m.start()
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    # 1,000  3:30  a?b — inside a number or a Latin word: keep.
    if before.isdigit() and after.isdigit():
        return ch
    if ch == ":" and after == "/":
        return ch
    run = i   # 文章!! / 真的?!: a run of marks takes its kind from what stands before the run
    while ch in "?!" and run > 0 and text[run - 1] in "?!":
        run -= 1
    prev = _neighbour(text, run - 1, -1)
    nxt = _neighbour(text, i + 1, 1)
    if prev in "%‰" and ch in ",;" and _HAN.search(text):
        counts[ch] += 1          # 增长5%,CPI上涨2%: a clause ends after the percentage
        return _SIMPLE[ch]
    if _is_cjk(prev) or (_is_cjk(nxt) and not (prev.isascii() and prev.isalpha() and ch in "?!")):
        counts[ch] += 1
        return _SIMPLE[ch]
    return ch


def _paren(m: re.Match, text: str, counts: Counter) -> str:
    inner = m.group(1)
    if _HAN.search(inner) or (_context_cjk(text, m.start(), m.end()) and not _is_latin_phrase(inner)):
        counts["()"] += 1
        return f"（{inner}）"
    return m.group(0)


def _is_latin_phrase(inner: str) -> bool:
    """(GDP), (see above): Latin words inside brackets keep half-width brackets."""
    return any(c.isascii() and c.isalpha() for c in inner) and not _HAN.search(inner)


def _quote(m: re.Match, text: str, counts: Counter, left: str, right: str, kind: str) -> str:
    inner = m.group(1)
    if _HAN.search(inner) or (_context_cjk(text, m.start(), m.end()) and not inner.strip() == ""):
        if kind == "''" and not _HAN.search(inner):
            return m.group(0)  # it's, don't: apostrophes next to CJK are rare; stay safe
        counts[kind] += 1
        return f"{left}{inner}{right}"
    return m.group(0)


def _ellipsis(m: re.Match, text: str, counts: Counter) -> str:
    if _is_cjk(_neighbour(text, m.start() - 1, -1)) or _is_cjk(_neighbour(text, m.end(), 1)):
        counts["..."] += 1
        return "……"
    return m.group(0)


def _dash(m: re.Match, text: str, counts: Counter) -> str:
    if _is_cjk(_neighbour(text, m.start() - 1, -1)) or _is_cjk(_neighbour(text, m.end(), 1)):
        counts["--"] += 1
        return "——"
    return m.group(0)


#: 各部门要高度重视.请认真执行: a full stop written as a half-width dot right after a hanzi,
#: before another or at the line's end — not after a numeral that numbers a heading (一.总则)
_DOT_STOP = re.compile(r"(?<=[\u3400-\u4dbf\u4e00-\u9fff”』」）])\.(?=[\u3400-\u4dbf\u4e00-\u9fff“『「（]|\s*$)")
_NUMERAL_LABEL = re.compile(r"^\s*[一二三四五六七八九十百零〇]{1,4}\.")


def full_stops(text: str, counts: Counter | None = None) -> str:
    """In a text that writes its marks half-width, a dot that ends a Chinese sentence is
    its full stop (。). Counted as "." per change."""
    if "." not in text or not _HAN.search(text) or _PROTECTED.search(text):
        return text
    head = ""
    m = _NUMERAL_LABEL.match(text)
    if m:
        head, text = text[: m.end()], text[m.end():]
    text, n = _DOT_STOP.subn("。", text)
    if n and counts is not None:
        counts["."] += n
    return head + text
