"""UAX #14 (Unicode Line Breaking Algorithm, Unicode 15.0): the default break
opportunities of a text, with the numbers tailoring of UAX #14 §8.2 Example 7 (the one
LineBreakTest.txt is written for).

This is the *default* algorithm, without any CJK tailoring: linebreak.py applies the
kinsoku rules of kinsoku.py between Chinese characters and asks this module about
everything else (Latin words, numbers, URLs, symbols).

The Line_Break classes come from ``_lbdata.py``, generated from the Unicode Character
Database by ``python -m convert.writers.pdf.uax14 /usr/share/unicode`` (Debian
``unicode-data`` 15.0.0; LB1 already applied: AI, SG, XX → AL; SA → CM or AL; CJ → NS).
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from functools import lru_cache

from . import _lbdata

CLASSES = _lbdata.CLASSES
_STARTS = _lbdata.STARTS
_CLS = _lbdata.CLS
_C = {name: i for i, name in enumerate(CLASSES)}
(AL, B2, BA, BB, BK, CB, CL, CM, CP, CR, EB, EM, EX, GL, H2, H3, HL, HY, ID, IN, IS, JL, JT, JV,
 LF, NL, NS, NU, OP, PO, PR, QU, RI, SP, SY, WJ, ZW, ZWJ) = (
    _C[x] for x in ("AL B2 BA BB BK CB CL CM CP CR EB EM EX GL H2 H3 HL HY ID IN IS JL JT JV "
                    "LF NL NS NU OP PO PR QU RI SP SY WJ ZW ZWJ").split())
_HARD = frozenset((BK, CR, LF, NL))
_NO_BASE = frozenset((BK, CR, LF, NL, SP, ZW))
_WIDE = frozenset(_lbdata.WIDE_OP_CP)          # OP/CP characters with East_Asian_Width F, W or H
_PICT_CN = _lbdata.PICT_CN                     # Extended_Pictographic ∧ unassigned, as ranges


@lru_cache(maxsize=4096)
def line_break_class(ch: str) -> int:
    """The (LB1-resolved) Line_Break class of ``ch`` as an index into CLASSES."""
    return _CLS[bisect_right(_STARTS, ord(ch)) - 1]


def class_name(ch: str) -> str:
    return CLASSES[line_break_class(ch)]


def _pict_cn(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _PICT_CN)


def opportunities(text: str) -> list[bool]:
    """``result[i]`` (0 < i < len(text)): may a line break before ``text[i]``?
    ``result[0]`` is False (LB2). Mandatory breaks (after BK, CR, LF, NL) are True."""
    at = Opportunities(text)
    return [False] + [at(i) for i in range(1, len(text))]


class Opportunities:
    """The break opportunities of ``text``, decided one position at a time: the line
    breaker asks about a few positions near each line's end, not about every position
    of a paragraph (``opportunities`` asks about them all). The classes after LB9/LB10
    are resolved for the whole text up front, since the rules look back across spaces,
    combining marks and number runs."""

    __slots__ = ("text", "raw", "eff", "attached", "before", "skip_sp", "nu_run_has_nu")

    def __init__(self, text: str):
        n = len(text)
        raw = [line_break_class(ch) for ch in text]
        eff = list(raw)                 # classes after LB9/LB10
        attached = [False] * n          # a CM/ZWJ that belongs to the character before (LB9)
        base = -1
        for i, c in enumerate(raw):
            if c in (CM, ZWJ):
                if base >= 0 and raw[base] not in _NO_BASE:
                    eff[i] = eff[base]
                    attached[i] = True
                    continue
                eff[i] = AL             # LB10
            base = i

        def before(k: int) -> int:
            """Index of the base character at or before k (skipping attached marks), -1."""
            while k >= 0 and attached[k]:
                k -= 1
            return k

        def skip_sp(k: int) -> int:
            while k >= 0 and (raw[k] == SP or attached[k]):
                k -= 1
            return k

        def nu_run_has_nu(k: int) -> bool:
            """The maximal run of NU|SY|IS ending at k holds a NU (LB25 tailoring)."""
            found = False
            while k >= 0:
                k = before(k)
                if k < 0 or eff[k] not in (NU, SY, IS):
                    break
                found = found or eff[k] == NU
                k -= 1
            return found

        self.text, self.raw, self.eff, self.attached = text, raw, eff, attached
        self.before, self.skip_sp, self.nu_run_has_nu = before, skip_sp, nu_run_has_nu

    def __call__(self, i: int) -> bool:
        """May a line break before ``text[i]`` (0 < i < len(text))?"""
        raw, eff = self.raw, self.eff
        ia = self.before(i - 1)
        return _decide(self.text, i, raw[i - 1], raw[i], ia, eff[ia], eff[i], raw, eff, self.attached,
                       self.before, self.skip_sp, self.nu_run_has_nu)


def _decide(text, i, ra, rb, ia, A, B, raw, eff, attached, before, skip_sp, nu_run_has_nu) -> bool:
    if ra == BK:                                        # LB4
        return True
    if ra == CR and rb == LF:                           # LB5
        return False
    if ra in (CR, LF, NL):
        return True
    if rb in _HARD:                                     # LB6
        return False
    if rb in (SP, ZW):                                  # LB7
        return False
    k = i - 1                                           # LB8: ZW SP* ÷
    while k >= 0 and raw[k] == SP:
        k -= 1
    if k >= 0 and raw[k] == ZW:
        return True
    if ra == ZWJ:                                       # LB8a
        return False
    if attached[i]:                                     # LB9
        return False
    if A == WJ or B == WJ:                              # LB11
        return False
    if A == GL:                                         # LB12
        return False
    if B == GL and A not in (SP, BA, HY):               # LB12a
        return False
    if B in (CL, CP, EX, IS, SY):                       # LB13
        return False
    p = skip_sp(i - 1)
    P = eff[p] if p >= 0 else -1
    if P == OP:                                         # LB14
        return False
    if B == OP and P == QU:                             # LB15
        return False
    if B == NS and P in (CL, CP):                       # LB16
        return False
    if B == B2 and P == B2:                             # LB17
        return False
    if A == SP:                                         # LB18
        return True
    if A == QU or B == QU:                              # LB19
        return False
    if A == CB or B == CB:                              # LB20
        return True
    if B in (BA, HY, NS) or A == BB:                    # LB21
        return False
    if A in (HY, BA):                                   # LB21a
        k = before(ia - 1)
        if k >= 0 and eff[k] == HL:
            return False
    if A == SY and B == HL:                             # LB21b
        return False
    if B == IN:                                         # LB22
        return False
    if (A in (AL, HL) and B == NU) or (A == NU and B in (AL, HL)):     # LB23
        return False
    if (A == PR and B in (ID, EB, EM)) or (A in (ID, EB, EM) and B == PO):   # LB23a
        return False
    if (A in (PR, PO) and B in (AL, HL)) or (A in (AL, HL) and B in (PR, PO)):   # LB24
        return False
    # LB25, tailored as in UAX #14 §8.2 Example 7
    if A in (PR, PO):
        if B == NU:
            return False
        if B in (OP, HY):
            k = i + 1
            while k < len(text) and attached[k]:
                k += 1
            if k < len(text) and eff[k] == NU:
                return False
    if A in (OP, HY) and B == NU:
        return False
    if B in (NU, SY, IS, CL, CP) and nu_run_has_nu(ia):
        return False
    if B in (PO, PR):
        k = ia
        if eff[k] in (CL, CP):
            k = before(k - 1)
        if k >= 0 and nu_run_has_nu(k):
            return False
    # LB26, LB27: Korean syllable blocks
    if A == JL and B in (JL, JV, H2, H3):
        return False
    if A in (JV, H2) and B in (JV, JT):
        return False
    if A in (JT, H3) and B == JT:
        return False
    if A in (JL, JV, JT, H2, H3) and B == PO:
        return False
    if A == PR and B in (JL, JV, JT, H2, H3):
        return False
    if A in (AL, HL) and B in (AL, HL):                 # LB28
        return False
    if A == IS and B in (AL, HL):                       # LB29
        return False
    if A in (AL, HL, NU) and B == OP and text[i] not in _WIDE:        # LB30
        return False
    if A == CP and text[ia] not in _WIDE and B in (AL, HL, NU):
        return False
    if A == RI and B == RI:                             # LB30a
        count = 0
        k = ia
        while k >= 0 and eff[k] == RI:
            count += 1
            k = before(k - 1)
        if count % 2:
            return False
    if B == EM and (A == EB or _pict_cn(text[ia])):     # LB30b
        return False
    return True                                         # LB31


# ----------------------------------------------------------------------------- data

def generate(ucd: str) -> str:
    """The source of _lbdata.py from a Unicode Character Database folder."""
    import re
    import unicodedata
    from pathlib import Path

    root = Path(ucd)

    def ranges(path: Path):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            cps, _, value = (x.strip() for x in line.partition(";"))
            lo, _, hi = cps.partition("..")
            yield int(lo, 16), int(hi or lo, 16), value.strip()

    assigned: set[int] = set()
    first = None
    for line in (root / "UnicodeData.txt").read_text(encoding="utf-8").splitlines():
        fields = line.split(";")
        cp = int(fields[0], 16)
        if fields[1].endswith("First>"):
            first = cp
        elif fields[1].endswith("Last>") and first is not None:
            assigned.update(range(first, cp + 1))
        else:
            assigned.add(cp)
    gc = {}
    for line in (root / "UnicodeData.txt").read_text(encoding="utf-8").splitlines():
        fields = line.split(";")
        gc[int(fields[0], 16)] = fields[2]
    table = ["XX"] * 0x110000
    for lo, hi, value in ranges(root / "LineBreak.txt"):
        for cp in range(lo, hi + 1):
            table[cp] = value
    for cp in range(0x110000):
        c = table[cp]
        if c in ("AI", "SG", "XX"):
            c = "AL"
        elif c == "SA":
            c = "CM" if gc.get(cp, "") in ("Mn", "Mc") else "AL"
        elif c == "CJ":
            c = "NS"
        table[cp] = c
    classes = sorted(set(table))
    starts, cls = [], []
    for cp in range(0x110000):
        if not starts or table[cp] != table[cp - 1]:
            starts.append(cp)
            cls.append(classes.index(table[cp]))
    wide = set()
    for lo, hi, value in ranges(root / "EastAsianWidth.txt"):
        if value in ("F", "W", "H"):
            wide.update(cp for cp in range(lo, hi + 1) if table[cp] in ("OP", "CP"))
    pict = set()
    for lo, hi, value in ranges(root / "emoji" / "emoji-data.txt"):
        if value == "Extended_Pictographic":
            pict.update(cp for cp in range(lo, hi + 1) if cp not in assigned)
    pict_ranges = []
    for cp in sorted(pict):
        if pict_ranges and pict_ranges[-1][1] == cp - 1:
            pict_ranges[-1][1] = cp
        else:
            pict_ranges.append([cp, cp])
    version = re.search(r"LineBreak-([\d.]+)\.txt", (root / "LineBreak.txt").read_text(encoding="utf-8")[:200])
    del unicodedata
    lines = [f'"""Line_Break classes (UAX #14), generated by uax14.generate() from the Unicode',
             f'Character Database {version.group(1) if version else ""} (LineBreak.txt, EastAsianWidth.txt,',
             f'emoji-data.txt, UnicodeData.txt). © Unicode, Inc.; https://www.unicode.org/terms_of_use.html.',
             f'LB1 is applied: AI, SG, XX → AL; SA → CM (Mn, Mc) or AL; CJ → NS. Do not edit."""',
             "", f"CLASSES = {tuple(classes)!r}",
             f"STARTS = {starts!r}", f"CLS = bytes({bytes(cls)!r})",
             f"WIDE_OP_CP = {''.join(map(chr, sorted(wide)))!r}",
             f"PICT_CN = {tuple(tuple(r) for r in pict_ranges)!r}", ""]
    return "\n".join(lines)


if __name__ == "__main__":      # python -m convert.writers.pdf.uax14 /usr/share/unicode
    from pathlib import Path
    Path(__file__).with_name("_lbdata.py").write_text(generate(sys.argv[1]), encoding="utf-8")
