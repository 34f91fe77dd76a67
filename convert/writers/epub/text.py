"""Text → XML for the EPUB writer: escaping, forbidden characters, language tags.

XML 1.0 cannot carry C0 controls other than tab/newline/return, U+FFFE/U+FFFF or lone
surrogates — not even escaped. Such characters are dropped here (and reported once per
document by the writer), everything else is escaped so that ``<``, ``&`` and ``]]>`` in
the text stay text.
"""

from __future__ import annotations

from ... import regexcache as re

#: Characters XML 1.0 forbids outright.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


class TextCleaner:
    """Escapes text for XML and counts the forbidden characters it dropped."""

    def __init__(self) -> None:
        self.dropped: dict[str, int] = {}

    def clean(self, text: str) -> str:
        """``text`` without XML-forbidden characters (not escaped)."""
        if _FORBIDDEN.search(text) is None:
            return text
        for ch in _FORBIDDEN.findall(text):
            self.dropped[ch] = self.dropped.get(ch, 0) + 1
        return _FORBIDDEN.sub("", text)

    def escape(self, text: str) -> str:
        """``text`` cleaned and escaped for element content or a double-quoted attribute."""
        return self.clean(text).translate(_ESCAPES)

    def report(self) -> str:
        """A one-line description of what was dropped ('' when nothing was)."""
        if not self.dropped:
            return ""
        parts = [f"U+{ord(ch):04X}×{n}" for ch, n in sorted(self.dropped.items())]
        return "dropped characters XML cannot carry: " + ", ".join(parts)


_SUBTAG = re.compile(r"[A-Za-z0-9]{1,8}")
_PRIMARY = re.compile(r"[A-Za-z]{2,3}")   # ISO 639 language; a singleton (x-, i-) is not handled


def epub_language(tag: str) -> str:
    """The model's BCP 47 tag as the region tag reading systems expect in dc:language.

    Script subtags (zh-Hans, zh-Hant) are what the model records; e-readers pick glyph
    forms and dictionaries by region: zh-Hans → zh-CN, zh-Hant → zh-TW, zh-Hant-HK → zh-HK.
    """
    parts = [p for p in (tag or "zh-Hans").replace("_", "-").split("-") if p]
    if (not parts or not all(_SUBTAG.fullmatch(p) for p in parts) or not _PRIMARY.fullmatch(parts[0])
            or any(len(p) < 2 for p in parts[1:])):
        # not a language tag (EPUBCheck refuses "j", "zh-1"): the model's default language
        return "zh-CN"
    if parts[0].lower() != "zh":
        return "-".join(parts)
    script = next((p for p in parts[1:] if len(p) == 4 and p.isalpha()), "")
    region = next((p for p in parts[1:] if len(p) == 2 and p.isalpha()), "")
    if region:
        return f"zh-{region.upper()}"
    if script.lower() == "hant":
        return "zh-TW"
    return "zh-CN"


def is_traditional(tag: str) -> bool:
    return epub_language(tag) in ("zh-TW", "zh-HK", "zh-MO")


_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_DATE = re.compile(r"([0-9０-９〇零○Ｏ一二三四五六七八九]{4})\s*年\s*([0-9０-９一二三四五六七八九十]{1,3})\s*月"
                   r"(?:\s*([0-9０-９一二三四五六七八九十]{1,3})\s*日)?")


def _number(s: str) -> int:
    s = s.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if s.isdigit():
        return int(s)
    if len(s) == 4 or "十" not in s:  # 二〇二三: digit by digit
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    tens, _, ones = s.partition("十")   # 十, 十二, 二十, 二十一
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def iso_date(text: str) -> str:
    """'2023年1月10日' / '二〇二三年一月十日' / '2023-01-10' → '2023-01-10' ('' if none).

    dc:date must be W3C date-time syntax (EPUBCheck warns otherwise), so the date as
    written stays on the title page and only its ISO form goes into the metadata."""
    m = re.search(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})", text or "")
    try:
        if m:
            y, mo, d = (int(g) for g in m.groups())
        else:
            m = _DATE.search(text or "")
            if not m:
                return ""
            y, mo = _number(m.group(1)), _number(m.group(2))
            d = _number(m.group(3)) if m.group(3) else 0
    except (KeyError, ValueError):
        return ""
    if not (1 <= mo <= 12 and 0 <= d <= 31 and 1000 <= y <= 9999):
        return ""
    return f"{y:04d}-{mo:02d}-{d:02d}" if d else f"{y:04d}-{mo:02d}"
