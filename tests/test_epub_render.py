"""One chapter of the seed's EPUB rendered in headless Chromium, horizontal and vertical.

Chromium shows the XHTML with the book's CSS and embedded fonts as an EPUB reading
system based on Blink would. The test checks that text was drawn, and that it was
drawn in the right direction: horizontal text leaves blank pixel ROWS between its
lines, vertical text blank pixel COLUMNS between its columns. With
KEEP_SCREENSHOTS=DIR the PNGs are kept there (docs/epub-*.png were made so).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import pytest
from PIL import Image

import epub_samples as samples
from conftest import require

from convert.diagnostics import Reporter
from convert.fonts import load_fonts
from convert.style import load_style
from convert.writers import WriteOptions
from convert.writers.epub import write

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run",
                  "--hide-scrollbars"]
WIDTH, HEIGHT = 720, 960


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _screenshot(epub: bytes, chapter: str, png: Path, workdir: Path) -> None:
    with zipfile.ZipFile(__import__("io").BytesIO(epub)) as z:
        z.extractall(workdir)
    profile = tempfile.mkdtemp(prefix="chromium-")
    try:
        subprocess.run([_chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                        f"--screenshot={png}", f"--window-size={WIDTH},{HEIGHT}",
                        (workdir / "OEBPS" / "text" / chapter).as_uri()],
                       capture_output=True, timeout=600, check=False)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    assert png.exists(), "chromium wrote no screenshot"


def _blank_fractions(png: Path) -> tuple[float, float, int]:
    """(fraction of blank rows, fraction of blank columns, inked pixels) of the page."""
    img = Image.open(png).convert("L").point(lambda v: 255 if v < 128 else 0)
    w, h = img.size
    px = img.load()
    rows = [any(px[x, y] for x in range(0, w, 2)) for y in range(h)]
    cols = [any(px[x, y] for y in range(0, h, 2)) for x in range(w)]
    ink = sum(img.histogram()[255:])
    # only the inked extent counts: a short page leaves blank space at the end
    def blank_within(flags: list[bool]) -> float:
        first = flags.index(True)
        last = len(flags) - 1 - flags[::-1].index(True)
        span = flags[first:last + 1]
        return span.count(False) / len(span)
    return blank_within(rows), blank_within(cols), ink


@pytest.mark.parametrize("vertical", [False, True], ids=["horizontal", "vertical"])
def test_chapter_renders_in_chromium(vertical, tmp_path):
    require(_chromium() is not None, "chromium")
    doc = samples.seed_document()
    epub = write(doc, load_style("gbt9704"), load_fonts(),
                 WriteOptions(embed_fonts=True, vertical=vertical), Reporter())
    png = tmp_path / ("vertical.png" if vertical else "horizontal.png")
    _screenshot(epub, "ch002.xhtml", png, tmp_path / "book")
    blank_rows, blank_cols, ink = _blank_fractions(png)
    assert ink > 5000, "almost nothing was drawn"
    if vertical:
        assert blank_cols > 0.2 and blank_rows < 0.05, (blank_rows, blank_cols)
    else:
        assert blank_rows > 0.2 and blank_cols < 0.05, (blank_rows, blank_cols)
    keep = os.environ.get("KEEP_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(png, Path(keep) / f"epub-{png.name}")
