"""reportlab's side of the bundled fonts: registration, advances, blank halves of marks.

Each ``FontFile`` of the registry is registered with reportlab once per process, under
its key, as a ``TTFont`` (reportlab embeds TrueType fonts as subsets by default). The
per-character numbers the breaker needs are cached here too.
"""

from __future__ import annotations

import struct
import threading
from dataclasses import dataclass, field

from reportlab.pdfbase import pdfmetrics

from ...fonts import FontFile
from . import kinsoku
from .facecache import make_ttfont

_lock = threading.Lock()
_registered: dict[str, "Metrics"] = {}


@dataclass
class Metrics:
    """Advances (in em) and mark geometry of one registered font."""

    name: str                     # the reportlab font name (= FontFile.key)
    widths: dict[int, int]        # code point -> advance in 1/1000 em
    default_width: int
    _blank: dict[str, tuple[float, float]] = field(default_factory=dict)
    _face: object = None          # reportlab's parsed font (TTFontFace)

    def em(self, ch: str) -> float:
        return self.widths.get(ord(ch), self.default_width) / 1000.0

    def blank_sides(self, ch: str) -> tuple[float, float]:
        """The blank part (in em) left and right of a full-width mark's ink, from its
        glyph box: ，。 in a Simplified font are inked in the left half, （“ in the right."""
        try:
            return self._blank[ch]
        except KeyError:
            pass
        result = (0.0, 0.0)
        if ch in kinsoku.COMPRESSIBLE and self._face is not None and self.em(ch) >= 0.9:
            result = _glyph_blank_sides(self._face, ch)
        self._blank[ch] = result
        return result


    def ink_y(self, ch: str) -> tuple[float, float] | None:
        """The glyph's ink from bottom to top, in em above the baseline (None: no ink)."""
        face = self._face
        gid = face.charToGlyph.get(ord(ch)) if face is not None else None
        if not gid or gid + 1 >= len(face.glyphPos):
            return None
        box = _glyph_box(face, gid)
        if box is None:
            return None
        _x_min, y_min, _x_max, y_max = box
        units = float(face.unitsPerEm)
        return y_min / units, y_max / units


def _glyph_box(face, gid: int) -> tuple[int, int, int, int] | None:
    """The glyph's box (xMin, yMin, xMax, yMax in font units) from its glyf entry, or None
    for an empty glyph. Read from the file itself (8 bytes), not from the file's bytes in
    memory: a cached face (facecache.py) would read the whole 10 MB file for them."""
    start, end = face.glyphPos[gid], face.glyphPos[gid + 1]
    if end - start < 10:
        return None
    glyf, _ = face.get_table_pos("glyf")
    data = face.__dict__.get("_ttf_data")
    if data is None:
        with open(face.filename, "rb") as f:
            f.seek(glyf + start + 2)
            data, glyf, start = f.read(8), 0, -2
    return struct.unpack_from(">hhhh", data, glyf + start + 2)


def _glyph_blank_sides(face, ch: str) -> tuple[float, float]:
    """Blank halves of ``ch``'s glyph box, from the glyph's bounding box in the font
    reportlab already parsed (glyf entry: numberOfContours, xMin, yMin, xMax, yMax)."""
    gid = face.charToGlyph.get(ord(ch))
    if not gid or gid + 1 >= len(face.glyphPos):
        return (0.0, 0.0)
    box = _glyph_box(face, gid)
    if box is None:          # an empty glyph
        return (0.0, 0.0)
    x_min, _y_min, x_max, _y_max = box
    units = float(face.unitsPerEm)
    advance = face.charWidths.get(ord(ch), face.defaultWidth) / 1000.0
    half = advance / 2
    left, right = x_min / units, advance - x_max / units
    # only a whole blank half counts: a mark may lose half an em, never its ink
    return (half if left >= half - 0.02 else 0.0, half if right >= half - 0.02 else 0.0)


def register(font: FontFile) -> Metrics:
    """Register ``font`` with reportlab (once) and return its metrics."""
    with _lock:
        metrics = _registered.get(font.key)
        if metrics is not None:
            return metrics
        tt = make_ttfont(font.key, font.path)   # the parsed face from the cache (facecache.py)
        pdfmetrics.registerFont(tt)
        metrics = Metrics(font.key, tt.face.charWidths, int(tt.face.defaultWidth), _face=tt.face)
        _registered[font.key] = metrics
        return metrics
