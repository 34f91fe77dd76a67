#!/usr/bin/env python3
"""Rebuild the bundled fonts of ``convert`` from Debian packages.

    python fonts/build.py            # rebuild every file listed in BUILDS, check coverage
    python fonts/build.py --only NotoSerifSC-Regular
    python fonts/build.py --list     # say which package/version each file comes from

Every bundled file comes from one pinned Debian package version (PACKAGES). The script
uses the installed package when ``dpkg-query`` reports exactly that version, otherwise it
runs ``apt-get download PACKAGE=VERSION`` and unpacks the .deb into ``fonts/.cache/``
(git-ignored); any other version is an error, so the files in git always match this table.

Why the files are transformed:

* reportlab embeds only TrueType (``glyf``) outlines, and Noto CJK / Fandol ship CFF
  (PostScript) outlines: those are converted to quadratic curves with fontTools' cu2qu
  (max error 1 font unit of 1000) after subsetting, which is what makes it fast.
* Noto CJK ships as a collection (.ttc) of five regional faces sharing one glyph set;
  we take the SC face for Simplified chains and the TC face for Traditional ones.
* Subsets keep the characters Chinese documents use (COVERAGE below) and drop the rest
  (Japanese/Korean-only ideographs, Ext. B, …) to keep the repository small. The TC
  files keep only the characters whose TC glyph differs from the SC glyph of the same
  collection: the _tc chains fall back to the SC file for every other character, which
  draws exactly the same outline, so nothing is lost and two thirds of the bytes are saved.
* LXGW WenKai is shipped byte-for-byte unmodified: its licence reserves the names
  "LXGW"/"霞鹜" for unmodified fonts, and a renamed subset would confuse users.

The coverage the chains promise (GB2312, Big5, GB/T 15834 punctuation …) is checked at
the end of every build and by tests/test_fonts.py.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.tables._g_l_y_f import Glyph

FONTS = Path(__file__).resolve().parent
CACHE = FONTS / ".cache"


# --------------------------------------------------------------------------- sources

@dataclass(frozen=True)
class Package:
    """One Debian package at one pinned version."""

    name: str
    version: str
    licence_files: tuple[str, ...]  # paths inside the package holding the licence text

    def root(self) -> Path:
        """Where the package's files are: / when installed at this version, else the
        unpacked .deb in fonts/.cache/ (downloaded with apt-get on first use)."""
        installed = _installed_version(self.name)
        if installed == self.version:
            return Path("/")
        unpacked = CACHE / f"{self.name}_{self.version}"
        if not unpacked.is_dir():
            _download(self, unpacked)
        return unpacked

    def status(self) -> str:
        """Where a build would read this package from, without downloading anything."""
        installed = _installed_version(self.name)
        if installed == self.version:
            return "installed"
        if (CACHE / f"{self.name}_{self.version}").is_dir():
            return "unpacked in fonts/.cache"
        return f"to download{f'; {installed} is installed' if installed else ''}"

    def path(self, inside: str) -> Path:
        path = self.root() / inside.lstrip("/")
        if not path.is_file():
            sys.exit(f"build.py: {self.name} {self.version} has no {inside}")
        return path


def _installed_version(name: str) -> str | None:
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Status}|${Version}", name],
                             capture_output=True, text=True, check=False)
    except FileNotFoundError:
        return None
    status, _, version = out.stdout.partition("|")
    return version if out.returncode == 0 and status.endswith(" installed") else None


def _download(package: Package, unpacked: Path) -> None:
    CACHE.mkdir(exist_ok=True)
    print(f"  downloading {package.name}={package.version} (apt-get download)")
    subprocess.run(["apt-get", "download", f"{package.name}={package.version}"], cwd=CACHE, check=True)
    debs = sorted(CACHE.glob(f"{package.name}_*.deb"))
    deb = next((d for d in debs if _deb_field(d, "Version") == package.version), None)
    if deb is None:
        sys.exit(f"build.py: apt-get did not deliver {package.name} {package.version}")
    tmp = unpacked.with_suffix(".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp)], check=True)
    tmp.rename(unpacked)


def _deb_field(deb: Path, field: str) -> str:
    return subprocess.run(["dpkg-deb", "-f", str(deb), field], capture_output=True,
                          text=True, check=True).stdout.strip()


NOTO = Package("fonts-noto-cjk", "1:20220127+repack1-1", ("usr/share/doc/fonts-noto-cjk/copyright",))
LXGW = Package("fonts-lxgw-wenkai", "1.250+repack-1", ("usr/share/doc/fonts-lxgw-wenkai/copyright",))
UKAI = Package("fonts-arphic-ukai", "0.2.20080216.2-5", ("usr/share/doc/fonts-arphic-ukai/copyright",))
# FandolFang is only packaged inside TeX Live's Chinese collection. We only unpack the
# .deb (apt-get download), we never install it: it would pull ~150 TeX packages.
TEXLIVE_ZH = Package("texlive-lang-chinese", "2022.20230122-1",
                     ("usr/share/doc/texlive-doc/fonts/fandol/README",
                      "usr/share/doc/texlive-doc/fonts/fandol/COPYING.gz"))

# cwTeX 仿宋 (Traditional fangsong, TrueType). Licence: GPL 2+ with a font exception
# for PDF/PostScript documents (the package's copyright file).
CWTEX_FS = Package("fonts-cwtex-fs", "1.0-4", ("usr/share/doc/fonts-cwtex-fs/copyright",
                                                "common-licenses:GPL-2"))

NOTO_DIR = "usr/share/fonts/opentype/noto"
FANDOL_DIR = "usr/share/texlive/texmf-dist/fonts/opentype/public/fandol"


# --------------------------------------------------------------------------- coverage

def _decode_double_byte(encoding: str, leads: range, trails: list[int]) -> set[int]:
    found = set()
    for lead in leads:
        for trail in trails:
            try:
                text = bytes((lead, trail)).decode(encoding)
            except UnicodeDecodeError:
                continue
            if len(text) == 1:
                found.add(ord(text))
    return found


def gbk_chars() -> set[int]:
    """Every character of GBK (the two-byte part of GB18030): 21886 hanzi and symbols."""
    return _decode_double_byte("gbk", range(0x81, 0xFF), list(range(0x40, 0x7F)) + list(range(0x80, 0xFF)))


def big5_chars() -> set[int]:
    """Every character of Big5 (levels 1 and 2 plus its symbols)."""
    return _decode_double_byte("big5", range(0xA1, 0xFA), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)))


def gb2312_chars() -> set[int]:
    return _decode_double_byte("gb2312", range(0xA1, 0xF8), list(range(0xA1, 0xFF)))


def _ranges(*spans: tuple[int, int]) -> set[int]:
    return {cp for lo, hi in spans for cp in range(lo, hi + 1)}


#: Blocks Chinese documents draw from beyond GBK/Big5 (only what a font has is kept).
SYMBOL_BLOCKS = _ranges(
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x017F),  # Latin-1, Latin Extended-A (pinyin tones ā á ǎ à live here and below)
    (0x01CD, 0x01DC),  # pinyin ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ
    (0x02C6, 0x02DD),  # modifier letters ˇ ˉ ˊ ˋ
    (0x0391, 0x03C9),  # Greek
    (0x0401, 0x0451),  # Cyrillic (in GB2312)
    (0x2000, 0x206F),  # General Punctuation: — ‘ ’ “ ” … ‰ ※
    (0x2070, 0x209F),  # super/subscripts
    (0x20A0, 0x20BF),  # currency
    (0x2100, 0x218F),  # letterlike, number forms: ℃ № Ⅰ Ⅱ
    (0x2190, 0x23FF),  # arrows, maths, technical
    (0x2460, 0x24FF),  # enclosed alphanumerics ① ⑴ ⒈
    (0x2500, 0x27BF),  # box drawing, blocks, geometric shapes, misc symbols, dingbats
    (0x2E80, 0x2FDF),  # CJK radicals, Kangxi radicals
    (0x3000, 0x303F),  # CJK symbols and punctuation: 、。〈〉《》「」『』【】〔〕
    (0x3040, 0x30FF),  # kana (occasional in names and quotations)
    (0x3100, 0x312F),  # bopomofo (Taiwan)
    (0x31C0, 0x31EF),  # CJK strokes
    (0x3200, 0x33FF),  # enclosed CJK ㈠ ㊣, CJK compatibility ㎡ ㎏
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs (GB18030's 20902 + later additions)
    (0xF900, 0xFAFF),  # CJK compatibility ideographs (Big5 / KS duplicates)
    (0xFE10, 0xFE1F),  # vertical forms
    (0xFE30, 0xFE6F),  # CJK compatibility forms (vertical punctuation), small forms
    (0xFF01, 0xFFEF),  # full-width ASCII, half-width forms
)

#: The GB/T 15834 punctuation the chains must draw.
GBT15834 = "“”‘’、，。：；？！（）《》〈〉【】「」『』…—·～"


def coverage_base() -> set[int]:
    """What the Simplified (and shared) files keep: GBK + Big5 + the blocks above."""
    return gbk_chars() | big5_chars() | SYMBOL_BLOCKS


# --------------------------------------------------------------------------- builds

@dataclass(frozen=True)
class Build:
    """One bundled file: where it comes from and what was done to it."""

    key: str                  # fonts.toml key; the file is KEY.ttf
    package: Package
    source: str               # path inside the package
    face: str | None          # full name of the face to take from a .ttc
    coverage: str             # "base", "tc-diff:<SC face>", "big5", "chars:<these>"
                              # or "whole"
    family: str               # family name inside the file
    bold: bool
    licence: str              # file in fonts/LICENSES/
    upstream: str             # upstream name, for the README
    convert_cff: bool         # CFF → TrueType outlines with cu2qu

    @property
    def file(self) -> str:
        return f"{self.key}.ttf"


NOTO_LICENCE = "OFL-NotoCJK.txt"
BUILDS: tuple[Build, ...] = (
    Build("NotoSerifSC-Regular", NOTO, f"{NOTO_DIR}/NotoSerifCJK-Regular.ttc", "Noto Serif CJK SC",
          "base", "Noto Serif CJK SC", False, NOTO_LICENCE, "Noto Serif CJK SC Regular 2.001", True),
    Build("NotoSerifSC-Bold", NOTO, f"{NOTO_DIR}/NotoSerifCJK-Bold.ttc", "Noto Serif CJK SC Bold",
          "base", "Noto Serif CJK SC", True, NOTO_LICENCE, "Noto Serif CJK SC Bold 2.001", True),
    # 黑体 in GB/T 9704 is a regular-weight face: headings use Sans Regular (the Bold
    # files were dropped; a bold run in a 黑体 role is bolded synthetically).
    Build("NotoSansSC-Regular", NOTO, f"{NOTO_DIR}/NotoSansCJK-Regular.ttc", "Noto Sans CJK SC",
          "base", "Noto Sans CJK SC", False, NOTO_LICENCE, "Noto Sans CJK SC Regular 2.004", True),
    Build("NotoSansTC-Regular", NOTO, f"{NOTO_DIR}/NotoSansCJK-Regular.ttc", "Noto Sans CJK TC",
          "tc-diff:Noto Sans CJK SC", "Noto Sans CJK TC", False, NOTO_LICENCE,
          "Noto Sans CJK TC Regular 2.004", True),
    Build("NotoSerifTC-Regular", NOTO, f"{NOTO_DIR}/NotoSerifCJK-Regular.ttc", "Noto Serif CJK TC",
          "tc-diff:Noto Serif CJK SC", "Noto Serif CJK TC", False, NOTO_LICENCE,
          "Noto Serif CJK TC Regular 2.001", True),
    Build("NotoSerifTC-Bold", NOTO, f"{NOTO_DIR}/NotoSerifCJK-Bold.ttc", "Noto Serif CJK TC Bold",
          "tc-diff:Noto Serif CJK SC Bold", "Noto Serif CJK TC", True, NOTO_LICENCE,
          "Noto Serif CJK TC Bold 2.001", True),
    Build("LXGWWenKai-Regular", LXGW, "usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", None,
          "whole", "LXGW WenKai", False, "OFL-LXGWWenKai.txt", "LXGW WenKai Regular 1.250", False),
    Build("ARPLUKaiTW", UKAI, "usr/share/fonts/truetype/arphic/ukai.ttc", "AR PL UKai TW",
          "big5", "AR PL UKai TW", False, "ArphicPL-UKai.txt", "AR PL UKai TW 0.2.20080216.2", False),
    # LXGW WenKai draws “”‘’ half-width (350/1000), which breaks the character grid of
    # Chinese text; these four full-width kai quotes go first in the kai chain.
    Build("ARPLUKaiCN-Quotes", UKAI, "usr/share/fonts/truetype/arphic/ukai.ttc", "AR PL UKai CN",
          "chars:“”‘’", "AR PL UKai CN", False, "ArphicPL-UKai.txt", "AR PL UKai CN 0.2.20080216.2",
          False),
    Build("FandolFang-Regular", TEXLIVE_ZH, f"{FANDOL_DIR}/FandolFang-Regular.otf", None,
          "whole", "FandolFang", False, "GPL-3-FontException-Fandol.txt", "FandolFang Regular 1.300 (Fandol 0.3, 2015-07-18)",
          True),
    # Traditional 仿宋: cwTeX 仿宋 (already TrueType), Big5 hanzi only (see _coverage).
    Build("cwTeXFangSong", CWTEX_FS, "usr/share/fonts/truetype/cwtex/cwfs.ttf", None,
          "big5-hanzi", "cwTeXFangSong", False, "GPL-2-FontException-cwTeX.txt", "cwTeXFangSong 1.0 (cwTeX Q fonts, 2005)",
          False),
)

#: Fallback chains, written to fonts.toml. Each holds the broad Simplified serif (all of GBK
#: + Big5), so every chain draws GB2312, Big5 and GB18030's URO, and LXGW WenKai, shipped
#: whole anyway, as the last resort: it adds ~500 Ext. A and ~900 Ext. B+ hanzi, Hangul …
#: that no other file has (drawn in kai rather than reported missing).
CHAINS: dict[str, tuple[str, ...]] = {
    "song": ("NotoSerifSC-Regular", "LXGWWenKai-Regular"),
    "hei": ("NotoSansSC-Regular", "NotoSerifSC-Regular", "LXGWWenKai-Regular"),
    "kai": ("ARPLUKaiCN-Quotes", "LXGWWenKai-Regular", "NotoSerifSC-Regular"),
    "fangsong": ("FandolFang-Regular", "NotoSerifSC-Regular", "LXGWWenKai-Regular"),
    "xiaobiaosong": ("NotoSerifSC-Bold", "NotoSerifSC-Regular", "LXGWWenKai-Regular"),
    "song_tc": ("NotoSerifTC-Regular", "NotoSerifSC-Regular", "LXGWWenKai-Regular"),
    "hei_tc": ("NotoSansTC-Regular", "NotoSansSC-Regular", "NotoSerifTC-Regular", "NotoSerifSC-Regular",
               "LXGWWenKai-Regular"),
    "kai_tc": ("ARPLUKaiTW", "LXGWWenKai-Regular", "NotoSerifTC-Regular", "NotoSerifSC-Regular"),
    # Traditional 仿宋: cwTeX 仿宋 draws the Big5 hanzi (all but 144 rare ones, which fall
    # to the TC serif); marks, digits and Latin come from the TC/SC serif as in song_tc.
    "fangsong_tc": ("cwTeXFangSong", "NotoSerifTC-Regular", "NotoSerifSC-Regular", "LXGWWenKai-Regular"),
    "xiaobiaosong_tc": ("NotoSerifTC-Bold", "NotoSerifSC-Bold", "NotoSerifTC-Regular", "NotoSerifSC-Regular",
                        "LXGWWenKai-Regular"),
}


# --------------------------------------------------------------------------- building

def _open_face(path: Path, face: str | None) -> TTFont:
    if face is None:
        return TTFont(path, recalcTimestamp=False)
    from fontTools.ttLib import TTCollection

    names = []
    for index, font in enumerate(TTCollection(path, lazy=True).fonts):
        name = font["name"].getDebugName(4)
        names.append(name)
        if name == face:
            # recalcTimestamp=False keeps head.modified: the same build gives the same bytes.
            return TTFont(path, fontNumber=index, recalcTimestamp=False)
    sys.exit(f"build.py: {path.name} has no face {face!r}; it has {names}")


#: Kept in every file, whatever its coverage: convert.fonts lays spaces out in the first
#: font of a chain, so each file must have them or they print as .notdef boxes.
SPACES = {0x0020, 0x00A0, 0x3000}


def _wanted(build: Build, font: TTFont, path: Path) -> set[int]:
    return _coverage(build, font, path) | (SPACES & font.getBestCmap().keys())


def _coverage(build: Build, font: TTFont, path: Path) -> set[int]:
    cmap = font.getBestCmap()
    if build.coverage == "base":
        return coverage_base() & cmap.keys()
    if build.coverage == "big5-hanzi":
        # Big5's hanzi only: punctuation, digits and Latin come from the next file of the
        # chain (cwTeX's marks are 0.92 em wide, which would break the character grid,
        # and its Latin is Computer Modern).
        return big5_chars() & _ranges((0x4E00, 0x9FFF)) & cmap.keys()
    if build.coverage == "big5":
        # Big5 with its symbols, without ASCII/Latin: Latin text in the kai chains comes
        # from LXGW WenKai's well-drawn Latin instead.
        return big5_chars() & cmap.keys()
    if build.coverage.startswith("chars:"):
        return {ord(c) for c in build.coverage.partition(":")[2]} & cmap.keys()
    if build.coverage.startswith("tc-diff:"):
        sc_cmap = _open_face(path, build.coverage.partition(":")[2]).getBestCmap()
        # Big5 and the symbol blocks; simplified-only hanzi keep their SC form.
        candidates = big5_chars() | (SYMBOL_BLOCKS - _ranges((0x4E00, 0x9FFF)))
        return {cp for cp in candidates & cmap.keys() if cmap[cp] != sc_cmap.get(cp)}
    raise ValueError(build.coverage)


#: OpenType features kept. Vertical forms (vert/vrt2) and spacing (kern, halt, palt …) are
#: needed; "*" would also keep aalt/jp78/locl… whose alternates triple the glyph count.
LAYOUT_FEATURES = ["vert", "vrt2", "vkrn", "kern", "halt", "vhal", "palt", "vpal", "ccmp"]


def _subset(font: TTFont, unicodes: set[int]) -> None:
    options = subset.Options()
    options.layout_features = LAYOUT_FEATURES
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.hinting = False
    options.desubroutinize = True       # plain charstrings convert faster
    options.prune_unicode_ranges = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)


def _cff_to_truetype(font: TTFont, max_err: float = 1.0) -> None:
    """Replace the CFF table by glyf/loca with quadratic outlines (fontTools' otf2ttf)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    quadratic = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        # reverse_direction: PostScript contours run counter-clockwise, TrueType clockwise.
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        quadratic[name] = pen.glyph(dropImpliedOnCurves=True)
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = quadratic
    del font["CFF "]
    if "VORG" in font:  # TrueType derives the vertical origin from vmtx + the glyph box
        del font["VORG"]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in quadratic.items():  # TrueType wants lsb == xMin
        advance, _ = hmtx.metrics[name]
        hmtx.metrics[name] = (advance, getattr(glyph, "xMin", 0))
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones",):
        setattr(maxp, attr, 1)
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    post = font["post"]
    post.formatType = 3.0  # no glyph names: 20 000 cid names would cost ~300 kB
    font.sfntVersion = "\x00\x01\x00\x00"


def explicit_advances(font: TTFont) -> None:
    """Give every glyph its own advance in hmtx. A font whose last glyphs share one
    advance stores it once (numberOfHMetrics < numGlyphs); reportlab's subsetter gives
    such a glyph 1000 units whatever the em, so in a 1024-unit font (AR PL UKai) the
    embedded glyph disagrees with the PDF's /Widths and PDF/A-1b validation fails (PDFBox
    Preflight 3.1.6). An empty last glyph with an advance of its own keeps every advance
    explicit: fontTools only folds a trailing run of equal advances."""
    if font["head"].unitsPerEm == 1000:
        return      # a glyph reportlab reads as 1000 units is right in a 1000-unit em
    order = font.getGlyphOrder()
    hmtx = font["hmtx"]
    last = order[-1]
    if len(order) > 1 and hmtx[order[-2]][0] != hmtx[last][0]:
        return
    name = "_advances"
    glyf = font["glyf"]
    glyf.glyphs[name] = Glyph()             # empty: no outline, no cmap entry
    glyf.glyphOrder = order + [name]
    hmtx.metrics[name] = (1, 0)
    if "vmtx" in font:                      # vertical metrics need the glyph too
        font["vmtx"].metrics[name] = font["vmtx"][last]
    font.setGlyphOrder(order + [name])


def build_one(build: Build) -> None:
    started = time.monotonic()
    source = build.package.path(build.source)
    target = FONTS / build.file
    if build.coverage == "whole" and not build.convert_cff and build.face is None:
        shutil.copyfile(source, target)
    else:
        font = _open_face(source, build.face)
        unicodes = _wanted(build, font, source) if build.coverage != "whole" else set(font.getBestCmap())
        _subset(font, unicodes)
        if build.convert_cff:
            _cff_to_truetype(font)
        explicit_advances(font)
        font.save(target, reorderTables=True)
    size = target.stat().st_size / 1e6
    print(f"  {build.file:28} {size:6.1f} MB  from {build.package.name} {build.package.version}"
          f"  ({time.monotonic() - started:.0f} s)")


def write_licences() -> None:
    """fonts/LICENSES/: the licence text of every package, copied from the package."""
    folder = FONTS / "LICENSES"
    folder.mkdir(exist_ok=True)
    for name in {b.licence for b in BUILDS}:
        package = next(b.package for b in BUILDS if b.licence == name)
        parts = [f"Licence of the font files built from the Debian package {package.name} "
                 f"{package.version}\n(copied from {', '.join(package.licence_files)}).\n"]
        notices = []
        for b in BUILDS:
            if b.licence == name and (FONTS / b.file).is_file():
                with TTFont(FONTS / b.file, lazy=True) as font:
                    notices.append(f"  {b.file}: " + " / ".join(
                        font["name"].getDebugName(i) or "" for i in (0, 13, 14) if font["name"].getDebugName(i)))
        parts.append("Notices in the bundled files (name table: copyright / licence / URL):\n"
                     + "\n".join(notices))
        for inside in package.licence_files:
            if inside.startswith("common-licenses:"):
                # the full licence text Debian's copyright file refers to (base-files)
                raw = (Path("/usr/share/common-licenses") / inside.partition(":")[2]).read_bytes()
                parts.append(raw.decode())
                continue
            raw = package.path(inside).read_bytes()
            parts.append(gzip.decompress(raw).decode() if inside.endswith(".gz") else raw.decode())
        (folder / name).write_text("\n\n".join(parts), encoding="utf-8")


def write_table() -> None:
    lines = ["# The bundled fonts and their fallback chains. Generated by fonts/build.py — edit",
             "# BUILDS/CHAINS there, not here. See fonts/README.md.", ""]
    for b in BUILDS:
        lines += [f"[files.{b.key}]", f'file = "{b.file}"', f'family = "{b.family}"']
        if b.bold:
            lines.append("bold = true")
        lines += [f'licence = "LICENSES/{b.licence}"',
                  f'source = "{b.package.name} {b.package.version}: /{b.source}'
                  + (f' (face {b.face})' if b.face else "") + '"', ""]
    lines.append("[chains]")
    for name, members in CHAINS.items():
        lines.append(f"{name} = [{', '.join(repr(m).replace(chr(39), chr(34)) for m in members)}]")
    (FONTS / "fonts.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def check_coverage() -> list[str]:
    """The promises of the chains; returns the failures (empty when all hold)."""
    cmaps = {}
    for b in BUILDS:
        with TTFont(FONTS / b.file, lazy=True) as font:
            if "glyf" not in font or "CFF " in font:
                return [f"{b.file}: no TrueType outlines"]
            cmaps[b.key] = set(font.getBestCmap())
    promises = {
        "GB2312": gb2312_chars(),
        "Big5": big5_chars() & _ranges((0x4E00, 0x9FFF)),
        "GB/T 15834": {ord(c) for c in GBT15834},
        "full-width forms": _ranges((0xFF01, 0xFF5E)),
        "ASCII": _ranges((0x21, 0x7E)),
        "URO (GB18030)": _ranges((0x4E00, 0x9FA5)),
    }
    failures = []
    for chain, members in CHAINS.items():
        drawn = set().union(*(cmaps[m] for m in members))
        for what, needed in promises.items():
            if missing := needed - drawn:
                failures.append(f"{chain}: {len(missing)} of {what} missing, e.g. "
                                f"{''.join(map(chr, sorted(missing)[:10]))}")
    return failures


def _reexec_with_fixed_hash_seed() -> None:
    """fontTools compiles some GSUB/GPOS lookups in set order, which depends on Python's
    string hash seed: fix it, so that the same build gives the same bytes every time."""
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", action="append", help="rebuild only this key (repeatable)")
    parser.add_argument("--list", action="store_true", help="list files and their sources")
    args = parser.parse_args(argv)
    if args.list:
        for b in BUILDS:
            print(f"{b.file:26} {b.upstream:48} {b.package.name} {b.package.version}  /{b.source}"
                  + (f"  face {b.face!r}" if b.face else "") + f"  [{b.coverage}]  ({b.package.status()})")
        return 0
    for b in BUILDS:
        if not args.only or b.key in args.only:
            build_one(b)
    write_licences()
    write_table()
    for stale in set(FONTS.glob("*.ttf")) - {FONTS / b.file for b in BUILDS}:
        print(f"  removing {stale.name} (no longer built)")
        stale.unlink()
    failures = check_coverage()
    for line in failures:
        print("coverage:", line, file=sys.stderr)
    total = sum(p.stat().st_size for p in FONTS.glob("*.ttf")) / 1e6
    print(f"total {total:.1f} MB of fonts; coverage {'FAILED' if failures else 'ok'}")
    for b in BUILDS:
        digest = hashlib.sha256((FONTS / b.file).read_bytes()).hexdigest()[:16]
        print(f"  sha256 {digest}  {b.file}")
    return 1 if failures else 0


if __name__ == "__main__":
    _reexec_with_fixed_hash_seed()
    sys.exit(main())
