"""--embed-fonts for EPUB: which bundled files the book draws with, subset to the
characters each draws, and the CSS families that reach them.

Subsetting uses HarfBuzz's hb-subset (the ``uharfbuzz`` binding) when it is
installed: it subsets a 10–15 MB CJK font in a few milliseconds, where fontTools
(``convert.fonts.subset_font``, the fallback) needs about half a second per file,
which would dominate the whole conversion. Both keep the OpenType layout features
reading systems use (vert/vrt2 for vertical text).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...fonts import INVISIBLE, FontFile, FontRegistry, subset_font
from ...style import Style
from .css import FontFace

#: Punctuation that vertical text draws with the font's 'vert' alternates (rotated
#: brackets, the comma and full stop in the top-right corner of their cell).
VERTICAL_ALTERNATES = frozenset("，。、：；！？「」『』（）《》〈〉【】〔〕［］｛｝…‥—―～－｜＿")


@dataclass(frozen=True)
class EmbeddedFile:
    href: str        # path inside OEBPS/
    media_type: str
    data: bytes


@dataclass(frozen=True)
class Embedding:
    files: list[EmbeddedFile]
    faces: list[FontFace]                 # @font-face declarations (hrefs relative to the CSS)
    families: dict[tuple[str, str], tuple[str, ...]]  # (font role, language) → CSS families, chain order


@lru_cache(maxsize=64)
def has_vertical_forms(font: FontFile) -> bool:
    """Whether the font has a GSUB 'vert' feature (reads only the feature list)."""
    # a lazy import for start-up time (only vertical books with embedded fonts ask), not a cycle
    from fontTools.ttLib import TTFont
    with TTFont(font.path, lazy=True, fontNumber=0) as tt:
        return "GSUB" in tt and any(r.FeatureTag == "vert" for r in tt["GSUB"].table.FeatureList.FeatureRecord)


try:
    import uharfbuzz as _hb
except ImportError:  # pragma: no cover - exercised where uharfbuzz is absent
    _hb = None


@lru_cache(maxsize=32)
def _hb_face(path: str):
    return _hb.Face(_hb.Blob.from_file_path(path), 0)


def subset(font: FontFile, chars: list[str], engine: str = "auto") -> bytes:
    """TrueType bytes of ``font`` reduced to ``chars``. engine: auto, harfbuzz, fonttools."""
    if engine == "harfbuzz" or (engine == "auto" and _hb is not None):
        if _hb is None:
            raise RuntimeError("uharfbuzz is not installed")
        plan = _hb.SubsetInput()
        for ch in chars:
            plan.unicode_set.add(ord(ch))
        # Hinting is for small sizes on low-resolution screens; CJK ebook faces do
        # without it, and dropping it halves some subsets.
        plan.flags = _hb.SubsetFlags.NO_HINTING
        result = _hb.subset(_hb_face(str(font.path)), plan)
        if result is None:
            raise RuntimeError(f"hb-subset failed on {font.path.name}")
        return bytes(result.blob.data)
    return subset_font(font, chars)


def embed_fonts(style: Style, fonts: FontRegistry, chars_by_role: dict[tuple[str, str], set[str]],
                vertical: bool, engine: str = "auto") -> Embedding:
    """Subset every bundled file a font role draws with, to the characters it draws
    (``chars_by_role``: (font role, model language) → characters; the language picks
    the chain, song or song_tc…). A file used by several roles is embedded once, with
    the union of their characters.

    In vertical text, punctuation whose first font has no vertical alternates (a
    'vert' feature) is drawn by the next file of the chain that has them: the reader
    then falls back to that face for exactly these characters, because the first
    file's subset does not contain them."""
    per_file: dict[str, set[str]] = {}
    by_key: dict[str, FontFile] = {}
    role_files: dict[tuple[str, str], list[str]] = {}
    for (font_role, language), chars in sorted(chars_by_role.items()):
        bundled = style.fonts[font_role].bundled
        chain = fonts.chain(bundled, language)
        keys: list[str] = []
        for ch in chars:
            if ch in INVISIBLE:
                continue
            f = fonts.font_for(ch, bundled, language)
            if f is None:
                continue
            if vertical and ch in VERTICAL_ALTERNATES and not has_vertical_forms(f):
                f = next((g for g in chain if g.has(ch) and has_vertical_forms(g)), f)
            by_key[f.key] = f
            per_file.setdefault(f.key, set()).add(ch)
            if f.key not in keys:
                keys.append(f.key)
        chain_order = [f.key for f in chain]
        role_files[(font_role, language)] = sorted(keys, key=chain_order.index)
    files: list[EmbeddedFile] = []
    faces: list[FontFace] = []
    for i, key in enumerate(sorted(per_file), 1):
        # TrueType rather than WOFF2: both pass EPUBCheck and deflate in the zip to
        # within ~20% of each other, but WOFF2's glyf transform and Brotli cost far
        # more time than the subsetting itself.
        data = subset(by_key[key], sorted(per_file[key]), engine)
        href = f"fonts/font{i}.ttf"
        files.append(EmbeddedFile(href, "font/ttf", data))
        faces.append(FontFace(f"convert-{key}", f"../{href}", "font/ttf", by_key[key].bold))
    families = {r: tuple(f"convert-{k}" for k in ks) for r, ks in role_files.items()}
    return Embedding(files, faces, families)
