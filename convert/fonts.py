"""Font registry: which bundled file draws this character in this role.

``fonts/fonts.toml`` lists the bundled files (TrueType outlines only: reportlab cannot
embed CFF) and, for each *chain* (song, hei, kai, fangsong, xiaobiaosong and their
Traditional ``_tc`` twins), the files to try in order. A character missing from the
first file is drawn from the next; one that no file has is reported by the writers.

The registry is loaded once per process (``load_fonts()`` is cached) and reads only
each font's cmap until a writer needs the outlines.
"""

from __future__ import annotations

import io
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from .resources import fonts_dir


class FontError(RuntimeError):
    """The font table is broken or a font file is missing."""


@dataclass(frozen=True)
class FontFile:
    """One bundled font file."""

    key: str               # e.g. "NotoSerifSC-Regular"; also the PDF font name
    path: Path
    family: str            # the family name inside the file (for CSS/DOCX embedding)
    bold: bool = False     # the file's own weight is bold: no synthetic bolding needed
    licence: str = ""
    _cmap: dict[int, str] = field(default_factory=dict, compare=False, repr=False, hash=False)
    _points: set[int] = field(default_factory=set, compare=False, repr=False, hash=False)

    @property
    def cmap(self) -> dict[int, str]:
        """Code point → glyph name, read on first use."""
        if not self._cmap:
            from fontTools.ttLib import TTFont  # imported on first use: keeps start-up short

            with TTFont(self.path, lazy=True, fontNumber=0) as font:
                self._cmap.update(font.getBestCmap() or {})
        return self._cmap

    @property
    def codepoints(self) -> set[int]:
        """The code points the font draws. Read with HarfBuzz straight from the cmap
        table when uharfbuzz is installed (milliseconds, and 13 ms to import it);
        fontTools' ``cmap`` also builds every glyph name, 0.1–0.2 s per CJK file, which
        only the PDF needs. Kept in the user's cache as ranges (``_stored_points``):
        the next process reads them in a millisecond, without HarfBuzz."""
        if not self._points:
            stored = _stored_points(self.path)
            if stored is not None:
                for first, last in stored:
                    self._points.update(range(first, last + 1))
                return self._points
            try:
                import uharfbuzz as hb
            except ImportError:
                self._points.update(self.cmap)
            else:
                self._points.update(hb.Face(hb.Blob.from_file_path(str(self.path)), 0).unicodes)
            _store_points(self.path, self._points)
        return self._points

    def has(self, ch: str) -> bool:
        return ord(ch) in self.codepoints


#: The code points of the fonts read so far, as first, last, first, last, … ranges (the
#: bytes of an unsigned-int array: marshal reads them without making an int of each), in
#: ``$XDG_CACHE_HOME/convert/cmap`` (``~/.cache/…``), keyed by the file's path, size and
#: modification time; the file handling is regexcache's (SHA-256 checked, written under a
#: temporary name and renamed; a missing, altered or unwritable file costs the reading).
_POINTS_FORMAT = "cmap-ranges-2"
_points_file: dict | None = None


def _points_key(path: Path) -> tuple | None:
    import os

    try:
        st = os.stat(path)
    except OSError:
        return None
    return (_POINTS_FORMAT, str(path), st.st_size, st.st_mtime_ns)


def _points_cache() -> Path:
    from .regexcache import cache_folder

    return cache_folder("cmap") / f"{_POINTS_FORMAT}.marshal"


def _stored_points(path: Path) -> Iterator[tuple[int, int]] | None:
    global _points_file
    key = _points_key(path)
    if key is None:
        return None
    if _points_file is None:
        from .regexcache import read_entries

        _points_file = read_entries(_points_cache())
    blob = _points_file.get(key)
    if not isinstance(blob, bytes) or len(blob) % 8:
        return None
    from array import array

    ranges = array("I")
    ranges.frombytes(blob)
    pairs = iter(ranges)
    return zip(pairs, pairs)


def _store_points(path: Path, points: set[int]) -> None:
    global _points_file
    key = _points_key(path)
    if key is None:
        return
    ranges: list[int] = []
    for c in sorted(points):
        if ranges and ranges[-1] == c - 1:
            ranges[-1] = c
        else:
            ranges += (c, c)
    try:
        from .regexcache import write_merged

        from array import array

        _points_file = write_merged(_points_cache(), {key: array("I", ranges).tobytes()}, 64)
    except Exception:    # a read-only or full home: the next process reads the font again
        pass


#: Characters that need no glyph: spaces and controls are laid out, not drawn.
INVISIBLE = frozenset("\n\r\t \u00a0\u200b\u200c\u200d\u2060\ufeff")


class FontRegistry:
    """The bundled fonts and their fallback chains."""

    def __init__(self, files: dict[str, FontFile], chains: dict[str, tuple[str, ...]]):
        self.files = files
        self.chains = chains
        self._lookup: dict[tuple[str, str], FontFile | None] = {}

    @staticmethod
    def chain_name(bundled: str, language: str) -> str:
        """The chain to use for a font role and a BCP 47 language: ``song`` → ``song_tc``
        for Traditional text (zh-Hant…), so 這、骨、說 get Taiwan/Hong Kong glyph forms."""
        if language.lower().startswith(("zh-hant", "zh-tw", "zh-hk", "zh-mo")):
            return f"{bundled}_tc"
        return bundled

    def chain(self, bundled: str, language: str = "zh-Hans") -> tuple[FontFile, ...]:
        name = self.chain_name(bundled, language)
        if name not in self.chains:
            name = bundled
        if name not in self.chains:
            raise FontError(f"fonts.toml has no chain {name!r}; known: {', '.join(sorted(self.chains))}")
        return tuple(self.files[k] for k in self.chains[name])

    def font_for(self, ch: str, bundled: str, language: str = "zh-Hans") -> FontFile | None:
        """The first file of the chain that has ``ch``, or None when none has it."""
        key = (ch, self.chain_name(bundled, language) + "|" + bundled)
        try:
            return self._lookup[key]
        except KeyError:
            pass
        found = next((f for f in self.chain(bundled, language) if f.has(ch)), None)
        self._lookup[key] = found
        return found

    def runs(self, text: str, bundled: str, language: str = "zh-Hans") -> Iterator[tuple[FontFile | None, str]]:
        """Split ``text`` into maximal runs drawn by one font (None: no font has them)."""
        chain = self.chain(bundled, language)
        current: FontFile | None = chain[0]
        start = 0
        for i, ch in enumerate(text):
            if ch in INVISIBLE:
                # Spaces join the run they are in when its font has them (a subset TC
                # font may lack U+0020); otherwise the first font of the chain that does.
                if current is not None and current.has(ch):
                    continue
                font = self.font_for(ch, bundled, language) or current
            else:
                font = self.font_for(ch, bundled, language)
            if font is not current:
                if i > start:
                    yield current, text[start:i]
                current, start = font, i
        if len(text) > start:
            yield current, text[start:]

    def missing(self, text: Iterable[str], bundled: str, language: str = "zh-Hans") -> dict[str, int]:
        """Characters no font of the chain draws, with their counts."""
        counts: dict[str, int] = {}
        for ch in text:
            if ch not in INVISIBLE and self.font_for(ch, bundled, language) is None:
                counts[ch] = counts.get(ch, 0) + 1
        return counts


def subset_font(font: FontFile, chars: Iterable[str], flavor: str | None = None) -> bytes:
    """The font reduced to ``chars`` (fontTools.subset), as TrueType bytes or ``flavor``
    ('woff2', 'woff'). Used to embed only what a document uses."""
    from fontTools import subset

    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.hinting = False
    options.flavor = flavor
    # recalcTimestamp=False: keep head.modified from the file, so the same subset gives
    # the same bytes on every run (byte-identical DOCX/EPUB).
    from fontTools.ttLib import TTFont

    font_obj = TTFont(font.path, fontNumber=0, recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes={ord(c) for c in chars})
    subsetter.subset(font_obj)
    font_obj.flavor = flavor  # TTFont.save() writes font.flavor; options.flavor alone is ignored
    buf = io.BytesIO()
    font_obj.save(buf, reorderTables=True)
    return buf.getvalue()


def _load_table(directory: Path) -> FontRegistry:
    table_path = directory / "fonts.toml"
    try:
        data = tomllib.loads(table_path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise FontError(f"{table_path}: {exc}") from None
    files: dict[str, FontFile] = {}
    for key, entry in data.get("files", {}).items():
        path = directory / entry["file"]
        if not path.is_file():
            raise FontError(f"{table_path}: files.{key}: {path.name} is missing; run fonts/build.py")
        files[key] = FontFile(key=key, path=path, family=entry.get("family", key),
                              bold=bool(entry.get("bold", False)), licence=entry.get("licence", ""))
    chains: dict[str, tuple[str, ...]] = {}
    for name, members in data.get("chains", {}).items():
        for member in members:
            if member not in files:
                raise FontError(f"{table_path}: chains.{name}: unknown file {member!r}")
        chains[name] = tuple(members)
    return FontRegistry(files, chains)


@lru_cache(maxsize=4)
def load_fonts(directory: str | None = None) -> FontRegistry:
    """The registry of the bundled fonts (or of another folder with a fonts.toml)."""
    return _load_table(Path(directory) if directory else fonts_dir())
