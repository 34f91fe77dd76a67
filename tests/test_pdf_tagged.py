"""Tagged PDF (PDF/UA-1, issue 14): the structure tree, marked content, artifacts, the
catalogue and the XMP — read back with pikepdf (the tree) and pdfplumber (the text of
each marked-content sequence) — and the PDF/UA-1 checker `outloud` (a test-only
dependency: it pulls PyMuPDF, which is AGPL) on the outputs the issue names."""

from __future__ import annotations

import importlib.util
import io
import json
import re
import subprocess
import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import pdfplumber
import pikepdf
import pytest

from conftest import BENCH_INPUT, ROOT, SEED, outline_titles, require, run_cli
from convert.diagnostics import Reporter
from convert.fonts import load_fonts
from convert.model import Document, Heading, Meta, Paragraph, Part, Table, Text, heading_display_text, plain_text
from convert.reader import ReadOptions, read
from convert.style import load_style
from convert.writers import WriteOptions
from convert.writers.pdf import write

FIXTURES = ROOT / "tests" / "fixtures" / "reader"
NOTICE_TABLE = FIXTURES / "notice_nav_attachments.txt"     # a 通知 with two attachments, one a table
NOTICE_LIST = FIXTURES / "notice_attachment.txt"           # a 通知 with an attachment, a list, articles


# ----------------------------------------------------------------------------- helpers


def pdf_of(doc: Document, style: str = "gbt9704", **kw) -> bytes:
    return write(doc, load_style(style), load_fonts(), WriteOptions(), Reporter(), **kw)


def read_text(path: Path) -> Document:
    return read(path.read_bytes(), ReadOptions(filename=path.name))


class Elem:
    def __init__(self, type_: str, obj):
        self.type, self.obj, self.kids = type_, obj, []

    def walk(self):
        yield self
        for k in self.kids:
            if isinstance(k, Elem):
                yield from k.walk()

    def mcrefs(self):
        """Every (page index, MCID) under this element, in tree order."""
        for k in self.kids:
            if isinstance(k, Elem):
                yield from k.mcrefs()
            else:
                yield k


def tree(data: bytes) -> Elem:
    """The structure tree, with each marked-content reference as (page index, MCID)."""
    pdf = pikepdf.open(io.BytesIO(data))
    pages = {p.objgen: i for i, p in enumerate(pdf.pages)}

    def build(node, page):
        pg = node.get("/Pg")
        if pg is not None:
            page = pages[pg.objgen]
        e = Elem(str(node.S)[1:], node)
        kids = node.get("/K")
        for k in (kids if isinstance(kids, pikepdf.Array) else [kids]):
            if isinstance(k, int):
                e.kids.append((page, int(k)))
            elif isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/MCR":
                e.kids.append((pages[k.Pg.objgen], int(k.MCID)))
            elif isinstance(k, pikepdf.Dictionary):
                e.kids.append(build(k, page))
        return e

    root = build(pdf.Root.StructTreeRoot.K, None)
    root.pdf = pdf          # keeps the objects alive
    return root


def marked_text(data: bytes) -> tuple[dict[tuple[int, int], str], list[str]]:
    """The text of each marked-content sequence (page index, MCID), and per page the
    text drawn outside any (artifacts)."""
    texts: dict[tuple[int, int], str] = defaultdict(str)
    loose: list[str] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for i, page in enumerate(pdf.pages):
            outside = ""
            for ch in page.chars:
                if ch.get("mcid") is None:
                    outside += ch["text"]
                else:
                    texts[(i, ch["mcid"])] += ch["text"]
            loose.append(outside)
    return texts, loose


def text_of(elem: Elem, texts) -> str:
    return "".join(texts.get(r, "") for r in elem.mcrefs())


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


@pytest.fixture(scope="module")
def seed_pdf() -> bytes:
    return pdf_of(read_text(SEED))


# ----------------------------------------------------------------------------- catalogue and metadata


def test_catalogue_and_xmp_declare_a_tagged_pdf_ua_file(seed_pdf):
    pdf = pikepdf.open(io.BytesIO(seed_pdf))
    root = pdf.Root
    assert root.MarkInfo.Marked is True
    assert str(root.Lang) == "zh-CN"
    assert root.ViewerPreferences.DisplayDocTitle is True
    assert root.StructTreeRoot.Type == "/StructTreeRoot"
    meta = pdf.open_metadata()
    title = read_text(SEED).meta.title
    assert meta["dc:title"] == title == str(pdf.docinfo["/Title"])
    assert set(meta["dc:language"]) == {"zh-CN"}
    assert seed_pdf.startswith(b"%PDF-1.7")
    assert meta["pdfuaid:part"] == "1"
    # the metadata stream is plain XML, as PDF/A also asks
    assert root.Metadata.get("/Filter") is None
    # every page with content keys the ParentTree; tab order follows the structure
    for page in pdf.pages:
        assert page.Tabs == "/S"
        assert "/StructParents" in page


def test_parent_tree_maps_every_mcid_to_the_element_that_holds_it(seed_pdf):
    pdf = pikepdf.open(io.BytesIO(seed_pdf))
    nums = list(pdf.Root.StructTreeRoot.ParentTree.Nums)
    parents = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    root = tree(seed_pdf)
    owner = {}
    for e in root.walk():
        for k in e.kids:
            if not isinstance(k, Elem):
                owner[k] = e.obj
    for i, page in enumerate(pdf.pages):
        array = parents[int(page.StructParents)]
        ids = [k for k in owner if k[0] == i]
        assert sorted(m for _, m in ids) == list(range(len(array)))
        for _, m in ids:
            assert array[m].objgen == owner[(i, m)].objgen
    assert int(pdf.Root.StructTreeRoot.ParentTreeNextKey) > max(parents)


def test_untagged_write_has_no_structure():
    data = pdf_of(read_text(SEED), tagged=False)
    pdf = pikepdf.open(io.BytesIO(data))
    assert "/StructTreeRoot" not in pdf.Root and "/MarkInfo" not in pdf.Root
    assert b"BDC" not in b"".join(p.Contents.read_bytes() for p in pdf.pages)


# ----------------------------------------------------------------------------- the tree in reading order


def test_seed_tree_reads_title_headings_paragraphs_in_order(seed_pdf):
    doc = read_text(SEED)
    root = tree(seed_pdf)
    texts, loose = marked_text(seed_pdf)
    assert root.type == "Document"
    kinds = [e.type for e in root.kids]
    assert kinds[0] == "H1" and squash(text_of(root.kids[0], texts)) == squash(doc.meta.title)
    # the blocks of the model, in order, are the tree's top-level elements, in order
    expected = [("H2" if isinstance(b, Heading) else "P", squash(plain_text(b) if not isinstance(b, Heading)
                 else b.label + plain_text(b.content))) for b in doc.blocks]
    got = [(e.type, squash(text_of(e, texts))) for e in root.kids[1:]]
    assert [k for k, _ in got] == [k for k, _ in expected]
    for (_, want), (_, have) in zip(expected, got):
        assert have == want
    # a heading: its number as Lbl, its text as Span
    h = next(e for e in root.kids if e.type == "H2")
    assert [k.type for k in h.kids] == ["Lbl", "Span"]
    # all text is either tagged or a folio
    for page_text in loose:
        assert re.fullmatch(r"[—\s\d]*", page_text), page_text


def test_paint_order_is_tree_order(seed_pdf):
    root = tree(seed_pdf)
    refs = list(root.mcrefs())
    by_page = defaultdict(list)
    for page, mcid in refs:
        by_page[page].append(mcid)
    for page, mcids in by_page.items():
        assert mcids == sorted(mcids) == list(range(len(mcids)))


def test_bookmarks_follow_the_headings_of_the_tree(seed_pdf):
    root = tree(seed_pdf)
    texts, _ = marked_text(seed_pdf)
    headings = [squash(text_of(e, texts)) for e in root.walk() if re.fullmatch(r"H\d", e.type)]
    assert [squash(t) for t in outline_titles(seed_pdf)] == headings


def test_notice_attachments_table_and_lists(tmp_path):
    doc = read_text(NOTICE_TABLE)
    data = pdf_of(doc)
    root = tree(data)
    texts, loose = marked_text(data)
    types = [e.type for e in root.walk()]
    # 附件1 and 附件2: a heading each, its label a Lbl
    attachments = [e for e in root.kids if e.kids and isinstance(e.kids[0], Elem) and e.kids[0].type == "Lbl"
                   and text_of(e.kids[0], texts).startswith("附件")]
    assert [text_of(e.kids[0], texts) for e in attachments] == ["附件1", "附件2"]
    table = next(e for e in root.walk() if e.type == "Table")
    rows = [r for r in table.kids if isinstance(r, Elem)]
    assert all(r.type == "TR" for r in rows)
    assert [c.type for c in rows[0].kids] == ["TH"] * 3
    assert all(c.type == "TD" for r in rows[1:] for c in r.kids)
    assert [text_of(c, texts) for c in rows[0].kids] == ["序号", "项目名称", "总投资（亿元）"]
    th = rows[0].kids[0].obj
    assert th.A.O == "/Table" and th.A.Scope == "/Column"
    # a list: L → LI → Lbl (1.) + LBody → P
    lst = next(e for e in root.walk() if e.type == "L")
    item = lst.kids[0]
    assert item.type == "LI" and [k.type for k in item.kids] == ["Lbl", "LBody"]
    assert text_of(item.kids[0], texts) == "1."
    assert "H3" in types


def test_repeated_table_header_is_an_artifact():
    rows = [[(Text("序号"),), (Text("项目"),)]] + [[(Text(str(i)),), (Text(f"第{i}项工程"),)] for i in range(90)]
    doc = Document(Meta(title="重点项目清单"), (Table(tuple(tuple(r) for r in rows), header_rows=1),))
    data = pdf_of(doc)
    root = tree(data)
    texts, loose = marked_text(data)
    ths = [e for e in root.walk() if e.type == "TH"]
    assert [text_of(e, texts) for e in ths] == ["序号", "项目"]       # once, not once a page
    assert len([e for e in root.walk() if e.type == "TR"]) == 91
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) >= 2
        second = pdf.pages[1].extract_text()
    assert "序号" in second and "序号" in loose[1]        # drawn again, as an artifact


def test_collection_front_matter_first_then_one_part_per_report(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for src in (NOTICE_LIST, NOTICE_TABLE):
        (folder / src.name).write_bytes(src.read_bytes())
    (folder / "collection.toml").write_text('title = "通知汇编"\n', encoding="utf-8")
    out = tmp_path / "book.pdf"
    assert run_cli(folder, "--merge", "--to", "pdf", "-o", out, "-q").returncode == 0
    data = out.read_bytes()
    root = tree(data)
    texts, _ = marked_text(data)
    front, *parts = root.kids
    assert front.type == "Sect" and [p.type for p in parts] == ["Part", "Part"]
    assert text_of(front.kids[0], texts) == "通知汇编" and front.kids[0].type == "H1"
    toc = next(e for e in front.kids if e.type == "TOC")
    assert all(e.type == "TOCI" for e in toc.kids) and len(toc.kids) >= 2
    # the front matter is read first though it is set last: its pages are the first
    pages = [page for page, _ in front.mcrefs()]
    assert pages and max(pages) < min(page for page, _ in parts[0].mcrefs())
    assert [e.type for e in parts[0].kids][0] == "H1"


def test_a_part_in_another_language_says_so():
    simplified = Part(Meta(title="工作报告", language="zh-Hans"), (Paragraph((Text("正文。"),)),))
    traditional = Part(Meta(title="工作報告", language="zh-Hant-TW"), (Paragraph((Text("正文。"),)),))
    data = pdf_of(Document(Meta(title="汇编", language="zh-Hans"), (simplified, traditional)))
    root = tree(data)
    parts = [e for e in root.walk() if e.type == "Part"]
    assert "/Lang" not in parts[0].obj and str(parts[1].obj.Lang) == "zh-TW"


@pytest.mark.parametrize("style", ["gbt9704", "report", "book"])
def test_every_style_is_tagged(style, seed_pdf):
    data = seed_pdf if style == "gbt9704" else pdf_of(read_text(SEED), style)
    root = tree(data)
    texts, loose = marked_text(data)
    assert squash("".join(texts[r] for r in root.mcrefs())) == squash("".join(
        t for _, t in sorted(texts.items())))
    assert all(re.fullmatch(r"[—\s\divxlc]*", t) for t in loose)


# ----------------------------------------------------------------------------- outloud (PDF/UA-1)


def outloud(*pdfs: Path) -> dict[str, dict]:
    require(importlib.util.find_spec("outloud") is not None, "outloud (pip install outloud)")
    proc = subprocess.run([sys.executable, "-c", "from outloud.cli import main; main()", "--json", "-", "--fail-on", "never", *map(str, pdfs)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    return {Path(f["path"]).name: f for f in report["results"]}


def errors(result: dict) -> list[str]:
    return [f"{f['rule']}: {f['message']}" for f in result["findings"] if f["severity"] == "error"]


@pytest.mark.validator
def test_outloud_finds_no_error(tmp_path):
    cases = {
        "seed.pdf": (SEED,),
        "notice_table.pdf": (NOTICE_TABLE,),
        "notice_list.pdf": (NOTICE_LIST,),
        "traditional_book.pdf": (SEED, "--traditional", "--style", "book"),
        "report_style.pdf": (SEED, "--style", "report"),
    }
    for name, (src, *opts) in cases.items():
        assert run_cli(src, "--to", "pdf", "-o", tmp_path / name, "-q", *opts).returncode == 0
    folder = tmp_path / "reports"
    folder.mkdir()
    for src in (NOTICE_LIST, NOTICE_TABLE, SEED):
        (folder / src.name).write_bytes(src.read_bytes())
    assert run_cli(folder, "--merge", "--to", "pdf", "-o", tmp_path / "merged.pdf", "-q").returncode == 0
    results = outloud(*(tmp_path / n for n in [*cases, "merged.pdf"]))
    assert {name: errors(r) for name, r in results.items()} == {name: [] for name in [*cases, "merged.pdf"]}


@pytest.mark.validator
@pytest.mark.slow
def test_outloud_finds_no_error_in_the_180k_benchmark(tmp_path):
    out = tmp_path / "report-180k.pdf"
    assert run_cli(BENCH_INPUT, "--to", "pdf", "-o", out, "-q").returncode == 0
    result = outloud(out)["report-180k.pdf"]
    assert errors(result) == []
    assert result["stats"]["pages"] > 200
