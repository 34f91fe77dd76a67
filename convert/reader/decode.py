"""decode: bytes → text lines, with the encoding found and reported.

Order of evidence, most certain first:

1. a byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. a NUL-byte pattern that only UTF-16 text makes (every other byte zero);
3. strict UTF-8 (random bytes almost never decode as UTF-8);
4. the Chinese legacy encodings, GB18030 and Big5, when the bytes decode strictly in
   them: both accept most double-byte text, so they are told apart by which one gives
   common characters (see ``_pick_chinese``);
5. charset-normalizer for anything else, then GB18030 with replacement as a last resort.

Steps 4 and 5 are guesses and say so in a Notice of kind "encoding"; replaced bytes are
counted and reported. Binary data (PNG, ZIP, PDF…, NUL bytes, control characters) and
empty input raise ReadError with a plain reason.

The text is then normalised: CRLF/CR → LF, Unicode line/paragraph separators → LF,
NBSP → space, zero-width spaces and soft hyphens dropped. Full-width-space indents
(U+3000) stay; the cleaner strips them.
"""

from __future__ import annotations

import codecs
from .. import regexcache as re
import threading
import unicodedata
from dataclasses import dataclass

from ..model import Notice
from . import ReadError, ReadOptions

#: File signatures of common binary formats someone might feed us by mistake.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/EPUB/XLSX)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"%PDF-", "a PDF file"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (DOC/XLS)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable program"),
    (b"MZ", None),  # checked together with the control-character test (could be text "MZ…")
)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Control characters other than tab, LF, VT, FF, CR, ESC never occur in text files.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_CONTROLS_IN_TEXT = 25   # characters per control character, at most, that a text may hold
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_PAGE_BREAK_AT_EDGE = re.compile(r"(?:(?<=\n)|^)\x0c+|\x0c+(?=\r?\n|$)")


@dataclass(frozen=True)
class Decoded:
    """The decoded text, split into lines, and how it was decoded."""

    lines: tuple[str, ...]
    encoding: str
    notices: tuple[Notice, ...] = ()
    replaced: int = 0          # bytes that were invalid and replaced by U+FFFD


def decode(data: bytes, options: ReadOptions = ReadOptions()) -> Decoded:
    """Find the encoding of ``data`` and return its normalised lines."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("decode() takes bytes")
    data = bytes(data)
    _refuse_binary_signature(data)
    text, encoding, notices, replaced = _decode_text(data)
    controls = len(_CONTROL.findall(text[:200_000]))
    # (binary data holds a control byte in every ten or so; a blog post may hold forty
    # backspaces its editor left in 1,600 characters, and is text)
    if "\x00" in text or controls > max(8, len(text[:200_000]) // _CONTROLS_IN_TEXT):
        raise ReadError("binary data, not a text file (it contains NUL or control bytes)")
    text, stray = _drop_control_codes(text)
    if stray:
        notices = [*notices, stray]
    if replaced > max(8, len(data) // 20):
        raise ReadError(f"undecodable: {replaced} of {len(data)} bytes are not valid in {encoding.upper()} "
                        f"or any other supported encoding (UTF-8, UTF-16, GB18030, Big5)")
    text, entities = _decode_entities(text)
    if entities:
        notices = [*notices, entities]
    text, ideographs = _unify_ideographs(text)
    if ideographs:
        notices = [*notices, ideographs]
    # a page break (form feed) at a line's start or end is no line of its own: the lines
    # keep the numbers an editor shows (pdftotext writes one before each page's first line)
    if "\x0c" in text:   # (the pattern's look-behind is slow to try at every character)
        text = _PAGE_BREAK_AT_EDGE.sub("", text)
    text = _NEWLINES.sub("\n", text).replace("\u00a0", " ")
    # GBK's A3A0, the full-width space old pages indent with, decodes to a private-use
    # character (U+E5E5) that no font draws: it is the ideographic space
    text = text.replace("\ue5e5", "\u3000")
    text = _INVISIBLE.sub("", text)   # zero-width spaces from web pages would split words and labels
    if not text.strip():
        raise ReadError("the file is empty" if not data else "the file contains only whitespace")
    return Decoded(tuple(text.split("\n")), encoding, tuple(notices), replaced)


#: HTML character references a scraper left in the text (``义乌市人民政府办公室&nbsp;&nbsp;2013年``):
#: the common named ones and numeric ones, each with its semicolon — a bare ``&copy``
#: or ``&amp`` without one may be the text's own words and stays
_ENTITY = re.compile(r"&(?:nbsp|ensp|emsp|thinsp|amp|lt|gt|quot|apos|ldquo|rdquo|lsquo|rsquo|mdash|ndash|hellip"
                     r"|middot|bull|times|divide|copy|reg|deg|yen|#\d{2,7}|#[xX][0-9a-fA-F]{2,6});")


_SPACING_ENTITY = re.compile(r"&(?:nbsp|ensp|emsp|thinsp);")


def _decode_entities(text: str) -> tuple[str, Notice | None]:
    """``&nbsp;`` → U+00A0 (then a space), ``&#8220;`` → “ …, counted and reported — when
    they are a scraper's leftovers: a spacing reference (``&nbsp;``, which nobody types in
    prose) or three references or more. One or two others (``&amp;`` in a text about HTML)
    may be the text's own characters, and stay."""
    first = _ENTITY.search(text)
    if first is None:
        return text, None
    if _SPACING_ENTITY.search(text) is None and sum(1 for _ in zip(range(3), _ENTITY.finditer(text))) < 3:
        return text, None
    import html

    text, count = _ENTITY.subn(lambda m: html.unescape(m.group(0)), text)
    line = text.count("\n", 0, first.start()) + 1
    return text, Notice("entities", f"{count} HTML character reference(s) such as {first.group(0)} decoded "
                                    f"(the first on line {line})", line)


#: CJK compatibility ideographs: text taken from a PDF (a Big5 font's duplicates) carries
#: them for ordinary characters — 年 U+F98E for 年 U+5E74 — which look alike but do not
#: match in a search, and a font may lack them. (A few in the block are unified ideographs
#: of their own, 﨎 U+FA0E: Unicode gives those no other form, and they stay.)
_COMPATIBILITY_IDEOGRAPH = re.compile(r"[\uf900-\ufaff\U0002f800-\U0002fa1f]")


def _unify_ideographs(text: str) -> tuple[str, Notice | None]:
    """Each compatibility ideograph → the unified one it canonically stands for (what
    Unicode normalisation does), counted and reported."""
    if _COMPATIBILITY_IDEOGRAPH.search(text) is None:
        return text, None
    changed: list[int] = []   # where each replaced one stood

    def unified(m: re.Match) -> str:
        to = unicodedata.normalize("NFC", m.group(0))
        if to != m.group(0):
            changed.append(m.start())
        return to
    text = _COMPATIBILITY_IDEOGRAPH.sub(unified, text)
    if not changed:
        return text, None
    line = text.count("\n", 0, changed[0]) + 1   # (one character for one: the offsets hold)
    return text, Notice("ideographs", f"{len(changed)} CJK compatibility ideograph(s) replaced by the unified ones "
                                      f"(the first on line {line})", line)


#: a terminal's colour and cursor codes (ESC [ 31 m) left in copied text
_ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-Z\\-_]")


def _drop_control_codes(text: str) -> tuple[str, Notice | None]:
    """abc\\x01\\x07\\x1b[31m红色: the few control characters and terminal escape codes
    in otherwise good text are dropped — the text around them stays — and reported
    with their count and the first line."""
    found = [m for m in (_ANSI_ESCAPE.search(text), _CONTROL.search(text)) if m]
    if not found:
        return text, None
    first = min(m.start() for m in found)
    line = text.count("\n", 0, first) + 1
    text, escapes = _ANSI_ESCAPE.subn("", text)
    text, controls = _CONTROL.subn("", text)
    return text, Notice("stray-bytes", f"{escapes + controls} control character(s) or escape code(s) dropped "
                                       f"(the first on line {line})", line)


def _refuse_binary_signature(data: bytes) -> None:
    if not data:
        raise ReadError("the file is empty")
    for magic, what in _MAGIC:
        if what and data.startswith(magic):
            raise ReadError(f"binary data, not a text file (it looks like {what})")


def _decode_text(data: bytes) -> tuple[str, str, list[Notice], int]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _decode_with(data[len(bom):], name, certain=True)
    utf16 = _utf16_by_nul_pattern(data)
    if utf16:
        return _decode_with(data, utf16, certain=False,
                            why="guessed from the pattern of zero bytes (no byte-order mark)")
    if b"\x00" in data:
        utf16 = _utf16_by_plausible_text(data)
        if utf16:
            return _decode_with(data, utf16, certain=False,
                                why="the bytes contain NULs and read as UTF-16 text (no byte-order mark)")
        nuls = data.count(b"\x00")
        if nuls > max(8, len(data) // 1000):
            raise ReadError("binary data, not a text file (it contains NUL bytes)")
        # a few stray NULs in good text (a truncated copy, a bad export): dropped, reported —
        # if what is left reads as text; otherwise it is binary after all
        rest = data.replace(b"\x00", b"")
        if _strict(rest, "utf-8") is None and _pick_chinese(rest) is None:
            raise ReadError("binary data, not a text file (it contains NUL bytes)")
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        text, encoding, notices, replaced = _decode_text(rest)
        notices = [Notice("stray-bytes", f"{nuls} NUL byte(s) dropped (the first on line {line})", line), *notices]
        return text, encoding, notices, replaced
    try:
        return data.decode("utf-8"), "utf-8", [], 0
    except UnicodeDecodeError:
        pass
    chinese = _pick_chinese(data)
    if chinese:
        name, text = chinese
        return text, name, [Notice("encoding", f"encoding guessed as {name.upper()} (not UTF-8)")], 0
    return _fallback(data)


def _decode_with(data: bytes, name: str, certain: bool, why: str = "") -> tuple[str, str, list[Notice], int]:
    text, replaced = _decode_counting(data, name)
    notices = []
    if not certain:
        notices.append(Notice("encoding", f"encoding guessed as {name.upper()}: {why}"))
    if replaced:
        notices.append(Notice("encoding", f"{replaced} invalid byte(s) in {name.upper()} replaced by U+FFFD"))
    return text, name, notices, replaced


_counter = threading.local()


def _count_and_replace(err: UnicodeDecodeError) -> tuple[str, int]:
    _counter.n = getattr(_counter, "n", 0) + (err.end - err.start)
    return "\ufffd", err.end


codecs.register_error("convert-count-replace", _count_and_replace)


def _decode_counting(data: bytes, name: str) -> tuple[str, int]:
    """Decode with replacement and count how many bytes were replaced."""
    _counter.n = 0
    text = data.decode(name, errors="convert-count-replace")
    return text, _counter.n


def _utf16_by_nul_pattern(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII and many CJK code units have a zero byte on one side.

    Text in UTF-16 LE has zeros mostly at odd offsets (``a\\0b\\0``), BE at even ones.
    Require a clear majority on one side and almost none on the other."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    name = None
    if odd > half * 0.3 and even < half * 0.05:
        name = "utf-16-le"
    elif even > half * 0.3 and odd < half * 0.05:
        name = "utf-16-be"
    if name is None:
        return None
    text = _strict(sample, name) or _strict(sample[:-2], name) or ""
    # the zeros must make text: letters, CJK, punctuation — not random code points
    if len(_PLAUSIBLE.findall(text)) >= 0.97 * max(1, len(text)) and "\x00" not in text:
        return name
    return None


_PLAUSIBLE = re.compile(r"[\t\n\r -~\u00a0-\u024f\u2000-\u206f\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff"
                        r"\uf900-\ufaff\uff00-\uff5e]")


#: Line breaks and CJK punctuation: frequent in real text, rare in bytes misread as UTF-16.
_TEXT_MARKS = re.compile(r"[\n，。、：；！？“”（）《》]")


def _utf16_by_plausible_text(data: bytes) -> str | None:
    """UTF-16 text with few ASCII characters has too few NULs for the pattern test:
    decode both ways and keep the one that reads as text (CJK, ASCII, punctuation)."""
    if len(data) % 2:
        return None
    sample = data[:8192]
    for name in ("utf-16-le", "utf-16-be"):
        text = _strict(sample, name) or _strict(sample[:-2], name)
        if text and len(_PLAUSIBLE.findall(text)) >= 0.97 * len(text) and "\x00" not in text \
                and len(_TEXT_MARKS.findall(text)) >= max(1, len(text) // 100):
            return name
    return None


def _strict(data: bytes, name: str) -> str | None:
    try:
        return data.decode(name)
    except UnicodeDecodeError:
        return None


def _gb2312_share(text: str) -> float:
    """Share of the CJK characters that GB2312 (the 6763 common hanzi) can encode."""
    cjk = [c for c in text[:20000] if "\u4e00" <= c <= "\u9fff"]
    if not cjk:
        return 0.0
    common = 0
    for c in cjk:
        try:
            c.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            pass
    return common / len(cjk)


_CJK_PUNCT = re.compile(r"[\u3000-\u303f\uff00-\uffef]")


def _looks_chinese(text: str, common_share: float) -> bool:
    """Common hanzi (``common_share``: see _common_share), and Chinese punctuation or
    few spaces: not Cyrillic or Latin-1 bytes that happen to decode as GB18030 (those
    are full of spaces between words)."""
    sample = text[:20000]
    han = sum(1 for c in sample if "\u4e00" <= c <= "\u9fff")
    if han == 0:
        return False
    spaces = sample.count(" ")
    return common_share >= 0.8 and (spaces <= 0.25 * han or len(_CJK_PUNCT.findall(sample)) >= han / 50)


def _common_share(text: str) -> float:
    """Share of common hanzi, Simplified or Traditional: Traditional text saved as
    GB18030 (a Taiwan notice on a mainland PC) is common once converted to Simplified."""
    share = _gb2312_share(text)
    return share if share >= 0.8 else max(share, _gb2312_share(_to_simplified(text)))


def _pick_chinese(data: bytes) -> tuple[str, str] | None:
    """GB18030 or Big5, when at least one decodes the bytes strictly.

    Big5 byte pairs are almost all valid GBK pairs too, so a strict decode proves
    little. Real GB text gives common (GB2312) characters; Big5 text read as GBK gives
    many rare extension characters, because half of Big5's second bytes (0x40–0x7E)
    fall outside GB2312. Real Big5 text, converted to Simplified, is common characters."""
    gb = _strict(data, "gb18030")
    big5 = _strict(data, "big5")
    if big5 is None:
        big5 = _strict(data, "big5hkscs")
    if gb is None:
        return None if big5 is None else ("big5", big5)
    # each share once: the Simplified conversion is an OpenCC pass over 20k characters
    gb_share = _common_share(gb)
    big5_share = _gb2312_share(_to_simplified(big5)) if big5 is not None else 0.0
    if not _looks_chinese(gb, gb_share) and (big5 is None or not _looks_chinese(big5, big5_share)):
        return None   # not Chinese at all: let charset-normalizer look
    if big5 is not None and big5_share > gb_share + 0.05:
        return "big5", big5
    return "gb18030", gb


def _to_simplified(text: str) -> str:
    from .language import t2s
    return t2s(text[:20000])


#: Encodings charset-normalizer may pick for text that is not Chinese at all.
_OTHER_ENCODINGS = ["cp1252", "latin_1", "cp1251", "koi8_r", "shift_jis", "euc_jp", "euc_kr", "iso8859_7"]


def _mostly_symbols(text: str) -> bool:
    """True when at least 90% of the non-ASCII characters are symbols (emoji, dingbats…)."""
    other = [c for c in text[:20000] if ord(c) > 0x7F]
    if not other:
        return False
    symbols = sum(1 for c in other if unicodedata.category(c) in ("So", "Sk", "Sm", "Sc"))
    return symbols >= 0.9 * len(other)


def _fallback(data: bytes) -> tuple[str, str, list[Notice], int]:
    """Neither UTF-8 nor clean GB18030/Big5.

    Chinese text with a few broken bytes is read in the encoding that breaks fewest
    (the broken bytes replaced and counted). Otherwise charset-normalizer may find a
    non-Chinese encoding it is confident about (low "chaos"); failing that, the bytes
    are undecodable."""
    utf8, bad8 = _decode_counting(data, "utf-8")
    gb, bad_gb = _decode_counting(data, "gb18030")
    text, bad, name = (utf8, bad8, "utf-8") if bad8 <= bad_gb else (gb, bad_gb, "gb18030")
    plausible = name == "utf-8" or _looks_chinese(text, _common_share(text))   # real Chinese, not mojibake
    if bad <= max(8, len(data) // 50) and plausible:
        return text, name, [Notice("encoding", f"{bad} invalid byte(s) replaced by U+FFFD; "
                                               f"the rest read as {name.upper()}")], bad
    if bad_gb == 0 and _mostly_symbols(gb):
        # Valid GB18030 whose only non-ASCII characters are its four-byte sequences for
        # emoji and symbols: nothing else decodes these bytes, and no hanzi can confirm it.
        return gb, "gb18030", [Notice("encoding", "read as GB18030: its non-ASCII characters are all "
                                                  "emoji or symbols (no hanzi to confirm the guess)")], 0
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=_OTHER_ENCODINGS).best()
    if best is not None and best.encoding and best.chaos <= 0.1:
        other = codecs.lookup(best.encoding).name
        text, replaced = _decode_counting(data, other)
        notices = [Notice("encoding", f"encoding guessed as {other.upper()} by charset-normalizer")]
        if replaced:
            notices.append(Notice("encoding", f"{replaced} invalid byte(s) replaced by U+FFFD"))
        return text, other, notices, replaced
    raise ReadError(f"undecodable: {bad} of {len(data)} bytes are not valid UTF-8, UTF-16, GB18030 or Big5, "
                    f"and no other encoding fits")
