"""reportlab's side of the bundled fonts: registration, advances, blank halves of marks.

Each ``FontFile`` of the registry is registered with reportlab once per process, under
its key, as a ``TTFont`` (reportlab embeds TrueType fonts as subsets by default). The
per-character numbers the breaker needs are cached here too.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ...fonts import FontFile
from . import kinsoku

_lock = threading.Lock()
_registered: dict[str, "Metrics"] = {}


@dataclass
class Metrics:
    """Advances (in em) and mark geometry of one registered font."""

    name: str                     # the reportlab font name (= FontFile.key)
    widths: dict[int, int]        # code point -> advance in 1/1000 em
    default_width: int
    _blank: dict[str, tuple[float, float]] = field(default_factory=dict)
    _font_file: FontFile | None = None

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
        if ch in kinsoku.COMPRESSIBLE and self._font_file is not None and self.em(ch) >= 0.9:
            result = _glyph_blank_sides(self._font_file, ch)
        self._blank[ch] = result
        return result


_glyf_cache: dict[str, object] = {}


def _glyph_blank_sides(font: FontFile, ch: str) -> tuple[float, float]:
    from fontTools.ttLib import TTFont as FTFont

    tt = _glyf_cache.get(font.key)
    if tt is None:
        tt = FTFont(font.path, lazy=True, fontNumber=0)
        _glyf_cache[font.key] = tt
    name = font.cmap.get(ord(ch))
    if name is None or "glyf" not in tt:  # type: ignore[operator]
        return (0.0, 0.0)
    glyph = tt["glyf"][name]  # type: ignore[index]
    advance, _ = tt["hmtx"][name]  # type: ignore[index]
    units = tt["head"].unitsPerEm  # type: ignore[index]
    if not hasattr(glyph, "xMin") or advance <= 0:
        return (0.0, 0.0)
    left = glyph.xMin / units
    right = (advance - glyph.xMax) / units
    half = advance / units / 2
    # only a whole blank half counts: a mark may lose half an em, never its ink
    return (half if left >= half - 0.02 else 0.0, half if right >= half - 0.02 else 0.0)


def register(font: FontFile) -> Metrics:
    """Register ``font`` with reportlab (once) and return its metrics."""
    with _lock:
        metrics = _registered.get(font.key)
        if metrics is not None:
            return metrics
        tt = TTFont(font.key, str(font.path))
        pdfmetrics.registerFont(tt)
        metrics = Metrics(font.key, dict(tt.face.charWidths), int(tt.face.defaultWidth),
                          _font_file=font)
        _registered[font.key] = metrics
        return metrics
