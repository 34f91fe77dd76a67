"""--opencc end to end: the language tag in all four output formats (PDF /Lang, DOCX
w:lang, EPUB dc:language and xml:lang, JSON meta.language), the converted text in the
files, and Traditional output drawn with Traditional (TC) fonts."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pikepdf
import pytest
from lxml import etree

from conftest import SEED, run_cli
from convert.fonts import load_fonts
from convert.style import load_style
from fontTools.ttLib import TTFont

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DC = "{http://purl.org/dc/elements/1.1/}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
FORMATS = ("pdf", "docx", "epub", "json")

# (CLI options, meta.language, its region form). JSON carries the model's BCP 47 tag; the
# PDF, DOCX and EPUB writers all write the region form that Acrobat, screen readers, Word
# and reading systems expect (zh-Hant-TW → zh-TW, zh-Hant-HK → zh-HK, zh-Hans → zh-CN).
CASES = [
    (("--opencc", "s2twp"), "zh-Hant-TW", "zh-TW"),
    (("--traditional",), "zh-Hant-TW", "zh-TW"),
    (("--opencc", "s2hk"), "zh-Hant-HK", "zh-HK"),
    (("--opencc", "s2t"), "zh-Hant", "zh-TW"),
    ((), "zh-Hans", "zh-CN"),
]


def convert(tmp: Path, source: Path, *options: str) -> dict[str, Path]:
    result = run_cli(source, "--to", ",".join(FORMATS), "-o", tmp, *options)
    assert result.returncode == 0, result.stderr.decode()
    return {fmt: tmp / f"{source.stem}.{fmt}" for fmt in FORMATS}


def languages(files: dict[str, Path]) -> dict[str, object]:
    """The language tag each file declares, read from the file itself."""
    out: dict[str, object] = {}
    with pikepdf.open(files["pdf"]) as pdf:
        out["pdf"] = str(pdf.Root.get("/Lang", ""))
    with zipfile.ZipFile(files["docx"]) as z:
        styles = etree.fromstring(z.read("word/styles.xml"))
        lang = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
        out["docx"] = lang.get(f"{W}eastAsia") if lang is not None else None
    with zipfile.ZipFile(files["epub"]) as z:
        opf_name = next(n for n in z.namelist() if n.endswith(".opf"))
        opf = etree.fromstring(z.read(opf_name))
        out["epub_dc"] = [e.text for e in opf.iter(f"{DC}language")]
        html_langs = set()
        for name in z.namelist():
            if name.endswith((".xhtml", ".html")):
                root = etree.fromstring(z.read(name))
                html_langs.add((root.get(XML_LANG), root.get("lang")))
        out["epub_html"] = html_langs
    out["json"] = json.loads(files["json"].read_text(encoding="utf-8"))["meta"]["language"]
    return out


@pytest.mark.slow
@pytest.mark.parametrize("options,language,region", CASES, ids=[" ".join(c[0]) or "none" for c in CASES])
def test_language_tag_in_all_four_formats(tmp_path, options, language, region):
    # The seed for the main case; a small document for the others (the same code path).
    source = SEED
    if options not in (("--opencc", "s2twp"), ()):
        source = tmp_path / "small.txt"
        source.write_text("关于软件发展的报告\n\n一、总体要求\n\n“头发”和鼠标。\n", encoding="utf-8")
    tags = languages(convert(tmp_path, source, *options))
    assert tags == {"json": language, "pdf": region, "docx": region, "epub_dc": [region],
                    "epub_html": {(region, region)}}


def test_converted_text_and_traditional_fonts_in_the_files(tmp_path):
    source = tmp_path / "报告.txt"
    source.write_text("关于软件发展的报告\n\n一、总体要求\n\n他说：“鼠标和软件的发展着实很快。”\n", encoding="utf-8")
    files = convert(tmp_path, source, "--opencc", "s2twp")
    doc = json.loads(files["json"].read_text(encoding="utf-8"))
    assert doc["meta"]["title"] == "關於軟體發展的報告"
    body = json.dumps(doc["blocks"], ensure_ascii=False)
    assert "「滑鼠和軟體的發展著實很快。」" in body

    import pdfplumber
    with pdfplumber.open(files["pdf"]) as pdf:
        text = "".join(page.extract_text() or "" for page in pdf.pages)
    assert "關於軟體發展的報告" in text.replace("\n", "")
    assert "滑鼠和軟體" in text.replace("\n", "")
    with pikepdf.open(files["pdf"]) as pdf:
        fonts = {str(f.get("/BaseFont", "")) for page in pdf.pages
                 for f in page.resources.get("/Font", {}).values()}
        assert str(pdf.docinfo.get("/Title", "")) == "關於軟體發展的報告"
    # The body role's Traditional chain (fangsong → fangsong_tc) draws the text: its first
    # file, named as the file itself names it, is embedded.
    style = load_style("gbt9704")
    tc_primary = load_fonts().chain(style.fonts[style.role("body").font].bundled, "zh-Hant-TW")[0]
    with TTFont(tc_primary.path, lazy=True) as font:
        tc_name = font["name"].getDebugName(6)
    assert any(f.endswith("+" + tc_name) or f == "/" + tc_name for f in fonts), (tc_name, fonts)

    with zipfile.ZipFile(files["docx"]) as z:
        document = z.read("word/document.xml").decode("utf-8")
    assert "滑鼠和軟體的發展著實很快" in re.sub(r"<[^>]+>", "", document)
    with zipfile.ZipFile(files["epub"]) as z:
        xhtml = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xhtml"))
    assert "滑鼠和軟體的發展著實很快" in re.sub(r"<[^>]+>", "", xhtml)
