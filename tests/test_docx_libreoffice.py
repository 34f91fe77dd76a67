"""DOCX through LibreOffice (headless): every test DOCX converts to a PDF that holds
its text; the seed's pages are laid out on the 22 × 28 grid; embedded fonts are the
ones LibreOffice draws with when the machine has no Chinese font at all.

LibreOffice exits 0 even when it cannot load a file, so each test checks the PDF and
its text, not the exit status. All DOCX files of a test go through one soffice call
(starting LibreOffice costs more than converting).
"""

from __future__ import annotations

import os
import re
import subprocess
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from fontTools.ttLib import TTFont

from convert.diagnostics import Reporter
from convert.fonts import load_fonts
from convert.reader import ReadOptions, read
from convert.style import load_style
from convert.writers import WriteOptions
from convert.writers import docx as docx_writer
from convert.writers.docx.fonts import family_of

from conftest import SEED, require_tool
from docx_samples import every_block, expected_text, merged, traditional

STYLE = load_style("gbt9704")
OPTIONS = WriteOptions(timestamp=datetime(2023, 1, 10, tzinfo=timezone.utc))
FOLIO = re.compile(r"—\s*(?:\d+|[ivxlc]+)\s*—")   # roman: a collection's front matter


def soffice_to_pdf(docx_files: list[Path], outdir: Path, profile: Path, env: dict | None = None) -> None:
    soffice = require_tool("soffice")
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(outdir), *map(str, docx_files)],
                   check=True, capture_output=True, timeout=600, env=env)


def pdftotext(pdf: Path, *args: str) -> str:
    return subprocess.run([require_tool("pdftotext"), *args, str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def squash(s: str) -> str:
    return "".join(s.split())


def seed_document():
    return read(SEED.read_bytes(), ReadOptions(filename=SEED.name))


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> dict[str, tuple[object, Path]]:
    """name → (model, LibreOffice's PDF) for every test document."""
    tmp = tmp_path_factory.mktemp("docx-lo")
    docs = {"every_block": every_block(), "traditional": traditional(), "merged": merged(),
            "seed": seed_document()}
    files = []
    for name, doc in docs.items():
        path = tmp / f"{name}.docx"
        path.write_bytes(docx_writer.write(doc, STYLE, None, OPTIONS, Reporter()))  # type: ignore[arg-type]
        files.append(path)
    soffice_to_pdf(files, tmp / "pdf", tmp / "profile")
    return {name: (doc, tmp / "pdf" / f"{name}.pdf") for name, doc in docs.items()}


@pytest.mark.parametrize("name", ["every_block", "traditional", "merged", "seed"])
def test_libreoffice_converts_and_the_pdf_has_the_text(converted, name):
    doc, pdf = converted[name]
    assert pdf.is_file() and pdf.stat().st_size > 1000, "LibreOffice did not produce a PDF"
    found = FOLIO.sub("", pdftotext(pdf, "-layout"))
    assert squash(found) == squash(expected_text(doc))


def _lines(pdf: Path, page: int) -> list[str]:
    """The text lines of one page, top to bottom (words grouped by their baseline)."""
    xml = pdftotext(pdf, "-bbox", "-f", str(page), "-l", str(page))
    rows: dict[float, list[tuple[float, str]]] = defaultdict(list)
    for x, y, word in re.findall(r'xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', xml):
        rows[round(float(y))].append((float(x), word))
    return ["".join(w for _, w in sorted(rows[y])) for y in sorted(rows)]


def _width_in_chars(line: str) -> float:
    return sum(0.5 if c.isascii() else 1.0 for c in line)


def test_seed_pages_have_22_lines_of_28_characters(converted):
    """GB/T 9704 7.1: 22 lines a page, 28 characters a line — as LibreOffice lays it out."""
    _, pdf = converted["seed"]
    lines = [ln for ln in _lines(pdf, 2) if not FOLIO.fullmatch(ln)]
    assert len(lines) == 22
    widths = sorted(_width_in_chars(ln) for ln in lines)
    # full lines are 28 characters (a line ending before a closing mark may hold 27)
    assert 27 <= widths[-1] <= 28.5
    assert sum(1 for w in widths if w >= 27) >= 15


def test_seed_first_page_is_titled_and_numbered(converted):
    _, pdf = converted["seed"]
    lines = _lines(pdf, 1)
    assert squash(lines[0]) == "区2023年人大、政协常务委员会工作报告"
    assert FOLIO.fullmatch(squash(lines[-1]).replace("—1—", "— 1 —"))


# ----------------------------------------------------------------- embedded fonts


def _fontconfig_without_cjk(tmp: Path) -> dict:
    """An environment whose fontconfig sees only Latin fonts (DejaVu, Liberation): any
    Chinese glyph LibreOffice draws must come from the document's embedded fonts."""
    dirs = [d for d in ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation2",
                        "/usr/share/fonts/truetype/liberation") if Path(d).is_dir()]
    conf = tmp / "fonts.conf"
    conf.write_text("<?xml version='1.0'?>\n<fontconfig>\n"
                    + "".join(f"  <dir>{d}</dir>\n" for d in dirs)
                    + f"  <cachedir>{tmp / 'fc-cache'}</cachedir>\n</fontconfig>\n", encoding="utf-8")
    env = dict(os.environ, FONTCONFIG_FILE=str(conf))
    listed = subprocess.run(["fc-list", ":lang=zh", "family"], env=env, capture_output=True, text=True).stdout
    assert listed.strip() == "", f"CJK fonts still visible: {listed[:200]}"
    return env


def test_embedded_fonts_are_used_by_libreoffice(tmp_path):
    require_tool("fc-list")
    doc = every_block()
    reporter = Reporter()
    data = docx_writer.write(doc, STYLE, load_fonts(), WriteOptions(embed_fonts=True, timestamp=OPTIONS.timestamp),
                             reporter)
    path = tmp_path / "embedded.docx"
    path.write_bytes(data)
    env = _fontconfig_without_cjk(tmp_path)
    soffice_to_pdf([path], tmp_path / "pdf", tmp_path / "profile", env=env)
    pdf = tmp_path / "pdf" / "embedded.pdf"
    assert pdf.is_file()
    fonts = subprocess.run([require_tool("pdffonts"), str(pdf)], capture_output=True, text=True, check=True).stdout
    # the body font the styles name, and its PostScript name (pdffonts lists that)
    normal = docx.Document(path).styles["Normal"].element.find(qn("w:rPr")).find(qn("w:rFonts"))
    family = normal.get(qn("w:eastAsia"))
    body_file = next(f for f in load_fonts().files.values() if family_of(f) == family and not f.bold)
    postscript = TTFont(body_file.path, lazy=True)["name"].getDebugName(6)
    assert re.search(r"\+" + re.escape(postscript) + r"\s", fonts), fonts
    found = FOLIO.sub("", pdftotext(pdf, "-layout"))
    assert squash(found) == squash(expected_text(doc))
    assert not [n for n in reporter.notices if n.kind == "missing-glyph"]


@pytest.mark.slow
def test_embedded_fonts_are_obfuscated_subsets_listed_in_the_font_table(tmp_path):
    import io
    import zipfile

    from lxml import etree

    from convert.writers.docx.fonts import obfuscate

    data = docx_writer.write(every_block(), STYLE, load_fonts(),
                             WriteOptions(embed_fonts=True, timestamp=OPTIONS.timestamp), Reporter())
    z = zipfile.ZipFile(io.BytesIO(data))
    table = etree.fromstring(z.read("word/fontTable.xml"))
    rels = etree.fromstring(z.read("word/_rels/fontTable.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels}
    embedded = table.findall(".//" + qn("w:embedRegular")) + table.findall(".//" + qn("w:embedBold"))
    assert embedded
    for e in embedded:
        raw = z.read("word/" + targets[e.get(qn("r:id"))])
        font = TTFont(io.BytesIO(obfuscate(raw, e.get(qn("w:fontKey")))))   # XOR twice = the font
        assert len(font.getBestCmap()) < 400          # a subset, not the whole CJK font
        assert raw[:4] != b"\x00\x01\x00\x00"          # and stored obfuscated
    assert b"<w:embedTrueTypeFonts/>" in z.read("word/settings.xml")
    # the same input gives the same bytes, keys included
    assert docx_writer.write(every_block(), STYLE, load_fonts(),
                             WriteOptions(embed_fonts=True, timestamp=OPTIONS.timestamp), Reporter()) == data
