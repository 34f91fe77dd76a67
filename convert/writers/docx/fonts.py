"""Embedded fonts for the DOCX writer (``--embed-fonts``): ECMA-376 Part 1 §17.8.

Each bundled font the document draws with is subset to the characters it draws,
obfuscated (§17.8.1: the first 32 bytes XORed with the font key, a GUID read
backwards), stored as ``word/fonts/fontN.odttf`` and listed in fontTable.xml with
``w:embedRegular``/``w:embedBold`` and its key; settings.xml says
``w:embedTrueTypeFonts``. Word and LibreOffice then draw the document with these
fonts on a machine that has none of them.

The name the styles use must be the family the font file itself declares in its
legacy (GDI) name record (nameID 1): that is the name Word and LibreOffice register
the embedded font under.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from lxml import etree

from . import xml as X
from ...diagnostics import Reporter
from ...fonts import FontFile, FontRegistry, subset_font
from ...style import Style

if TYPE_CHECKING:
    from .package import Package

OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"


@lru_cache(maxsize=64)
def gdi_family(path: str) -> str:
    """nameID 1 (Windows, English first) of the font file: its legacy family name."""
    # imported here, not at the top: only --embed-fonts needs fontTools, and its import
    # would slow down every DOCX write (a lazy import for start-up time, not a cycle)
    from fontTools.ttLib import TTFont

    with TTFont(path, lazy=True, fontNumber=0) as font:
        names = font["name"]
        for plat, enc, lang in ((3, 1, 0x409), (3, 1, None), (1, 0, 0)):
            for rec in names.names:
                if rec.nameID == 1 and rec.platformID == plat and rec.platEncID == enc and (
                        lang is None or rec.langID == lang):
                    return rec.toUnicode()
    return path


def family_of(font: FontFile) -> str:
    return gdi_family(str(font.path))


def font_key(data: bytes) -> str:
    """A GUID derived from the subset's bytes: the same document gets the same key,
    so the output stays byte-identical."""
    import uuid   # only with --embed-fonts: the module's import is 2.4 ms of every DOCX

    return "{" + str(uuid.UUID(bytes=hashlib.sha256(data).digest()[:16])).upper() + "}"


def obfuscate(data: bytes, key: str) -> bytes:
    """§17.8.1: XOR bytes 0–31 with the 16 key bytes, taken from the GUID's hex digits
    in reverse order (the last byte first)."""
    key_bytes = bytes.fromhex(key.strip("{}").replace("-", ""))[::-1]
    head = bytes(b ^ key_bytes[i % 16] for i, b in enumerate(data[:32]))
    return head + data[32:]


@dataclass
class _Family:
    name: str
    faces: dict[str, FontFile] = field(default_factory=dict)   # "Regular"/"Bold" → file


def embed_fonts(package: "Package", splitter: "FontRunSplitter", fonts: FontRegistry,
                latin_names: list[str], reporter: Reporter) -> None:
    """Subset, obfuscate and attach every font the splitter recorded as used."""
    families: dict[str, _Family] = {}
    for key in sorted(splitter.used):
        if not any(not c.isspace() for c in splitter.used[key]):
            continue                     # only spaces: nothing to draw, nothing to embed
        f = fonts.files[key]
        fam = families.setdefault(family_of(f), _Family(family_of(f)))
        fam.faces["Bold" if f.bold else "Regular"] = f

    entries: list[X.FontEntry] = []
    for name in sorted(families):
        fam = families[name]
        embeds: list[tuple[str, str, str]] = []
        for face in ("Regular", "Bold"):
            f = fam.faces.get(face)
            if f is None:
                continue
            chars = {c for c in splitter.used[f.key] if not c.isspace()}
            data = subset_font(f, chars)
            key = font_key(data)
            embeds.append((face, package.add_font(obfuscate(data, key)), key))
        entries.append(X.FontEntry(name, embeds=tuple(embeds)))
    for latin in latin_names:
        entries.append(X.FontEntry(latin, charset="00"))

    root = etree.fromstring(package.font_table)
    X.set_font_table(root, entries)
    package.font_table = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    settings = package.settings
    X.set_setting(settings, "w:embedTrueTypeFonts")
    X.set_setting(settings, "w:saveSubsetFonts")


class FontRunSplitter:
    """With embedded fonts: each role's style names the bundled font that draws most of
    that role's text (the chain's first font may be a small one, e.g. for quotes);
    characters it does not draw get a run naming the font of the chain that does.
    Records which characters each font draws, for subsetting."""

    def __init__(self, fonts: FontRegistry, style: Style, language: str, latin: dict[str, str],
                 reporter: Reporter, texts: dict[str, str]):
        self.fonts, self.style, self.language, self.latin = fonts, style, language, latin
        self.reporter = reporter
        self.used: dict[str, set[str]] = {}      # FontFile.key → characters drawn by it
        self._primary = {name: self._dominant(name, texts.get(name, "")) for name in style.fonts}

    def _dominant(self, font_role: str, text: str):
        chain = self.fonts.chain(self.style.fonts[font_role].bundled, self.language)
        drawn: dict[str, int] = {}
        for font, piece in self.fonts.runs(text, self.style.fonts[font_role].bundled, self.language):
            if font is not None and not piece.isspace():
                drawn[font.key] = drawn.get(font.key, 0) + len(piece)
        if drawn:   # most characters; ties go to the earlier font of the chain
            return max(chain, key=lambda f: (drawn.get(f.key, 0), -chain.index(f)))
        return max(chain, key=lambda f: (len(f.codepoints), -chain.index(f)))

    def primary(self, font_role: str):
        return self._primary[font_role]

    def family(self, font_role: str) -> str:
        return family_of(self.primary(font_role))

    def record(self, font_role: str, chars: str) -> None:
        self.used.setdefault(self.primary(font_role).key, set()).update(chars)

    def split(self, text: str, font_role: str):
        bundled = self.style.fonts[font_role].bundled
        primary = self.primary(font_role)
        for font, piece in self.fonts.runs(text, bundled, self.language):
            if piece.isspace():          # spaces need no glyph: keep the style's font
                yield None, piece
                continue
            if font is None:
                if piece.strip():
                    self.reporter.warn("missing-glyph", f"no bundled font draws {piece!r}")
                font = primary
            self.used.setdefault(font.key, set()).update(piece)
            if font is primary:
                yield None, piece
            else:
                yield X.RunFormat(fonts=X.RunFonts(family_of(font), self.latin[font_role]),
                                  bold=True if font.bold else None), piece
