"""GB/T 9704-2012 版头 beyond the plain 下行文 (issue 19): the 份号 read from the text,
the 上行文's 签发人, joint issuers, metadata from a folder's collection.toml without
--merge, the 版头 and 版记 in EPUB and HTML. Positions measured with pdfplumber."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from convert.model import plain_text
from convert.reader import ReadOptions, read

FIXTURE = Path(__file__).parent / "fixtures" / "issue" / "tongzhi.txt"


def read_text(text: str, **options) -> "object":
    return read(text.encode("utf-8"), ReadOptions(**options))


# --------------------------------------------------------------------------- 份号


def test_the_copy_number_above_the_masthead_is_read_not_removed_as_a_counter():
    doc = read(FIXTURE.read_bytes(), ReadOptions(filename=FIXTURE.name))
    assert doc.meta.copy_number == "000123"
    assert not [r for r in doc.meta.removed if r.text == "000123"]
    assert "000123" not in plain_text(doc)
    kept = read(FIXTURE.read_bytes(), ReadOptions(filename=FIXTURE.name, keep_boilerplate=True))
    assert kept.meta.copy_number == "000123" and "000123" not in plain_text(kept)


def test_a_six_digit_line_elsewhere_is_no_copy_number():
    # above a title with no 版头: whatever it is, it is not a 份号
    doc = read_text("202401\n关于开展安全检查的通知\n各单位：\n请于月底前完成检查。\n")
    assert doc.meta.copy_number == ""
    # above a 发文字号 alone (no mark, no 密级): not taken either
    doc = read_text("000123\n某府发〔2024〕3号\n关于开展安全检查的通知\n各单位：\n请于月底前完成检查。\n")
    assert doc.meta.copy_number == ""


# --------------------------------------------------------------------------- collection.toml


NOTICE = "某府发〔2024〕3号\n关于开展安全检查的通知\n各区县人民政府：\n请于3月底前完成检查。\n某某市人民政府\n2024年3月1日\n"
TOML = ('issuer = "某某区人民政府文件"\nprinter = "某某区人民政府办公室"\nprint_date = "2024年3月1日"\n'
        'copy_to = "区委办公室。"\n')


def _folder(tmp_path: Path, toml: str = TOML) -> Path:
    folder = tmp_path / "dir"
    folder.mkdir()
    (folder / "notice.txt").write_text(NOTICE, encoding="utf-8")
    (folder / "collection.toml").write_text(toml, encoding="utf-8")
    return folder


def _meta(path: Path) -> dict:
    import json

    return json.loads(path.read_text(encoding="utf-8"))["meta"]


def test_a_single_file_takes_its_folders_collection_toml_issue_fields(tmp_path):
    from conftest import run_cli

    folder = _folder(tmp_path)
    for args, out in (((folder / "notice.txt",), tmp_path / "one"), ((folder,), tmp_path / "all")):
        proc = run_cli(*args, "--to", "json", "-o", out, "-q")
        assert proc.returncode == 0, proc.stderr.decode()
        meta = _meta(out / "notice.json")
        assert (meta["issuer"], meta["printer"], meta["copy_to"]) == ("某某区人民政府文件", "某某区人民政府办公室",
                                                                      "区委办公室。")
    # --meta still has the last word
    proc = run_cli(folder / "notice.txt", "--to", "json", "-o", tmp_path / "m", "-q", "--meta", "issuer=某某县人民政府文件")
    assert _meta(tmp_path / "m" / "notice.json")["issuer"] == "某某县人民政府文件"


def test_an_edited_collection_toml_makes_the_single_files_output_stale(tmp_path):
    from conftest import run_cli

    folder = _folder(tmp_path)
    out = tmp_path / "out"
    assert run_cli(folder, "--to", "json", "-o", out, "-q").returncode == 0
    (folder / "collection.toml").write_text(TOML.replace("某某区", "某某县"), encoding="utf-8")
    assert run_cli(folder, "--to", "json", "-o", out, "-q").returncode == 0
    assert _meta(out / "notice.json")["issuer"] == "某某县人民政府文件"


def test_a_broken_collection_toml_fails_the_file_with_its_reason(tmp_path):
    from conftest import run_cli

    folder = _folder(tmp_path, 'issuer = "x"\nsigner_of_nothing = "y"\n')
    proc = run_cli(folder / "notice.txt", "--to", "json", "-o", tmp_path / "o", "-q")
    assert proc.returncode == 1
    assert "collection.toml" in proc.stderr.decode() and "signer_of_nothing" in proc.stderr.decode()


# --------------------------------------------------------------------------- 上行文, 联合行文

MM = 72 / 25.4
OPTIONS_TS = datetime(2024, 2, 20, tzinfo=timezone.utc)


def _pdf(doc, tmp_path: Path) -> Path:
    from convert.diagnostics import Reporter
    from convert.fonts import load_fonts
    from convert.style import load_style
    from convert.writers import WriteOptions
    from convert.writers import pdf as pdf_writer

    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf_writer.write(doc, load_style("gbt9704"), load_fonts(), WriteOptions(timestamp=OPTIONS_TS),
                                      Reporter()))
    return path


def _em_top(page, text: str) -> tuple[float, float, float]:
    """(top edge of the em box, x0, x1 of the last character) of ``text``, mm."""
    chars = page.chars
    k = "".join(c["text"] for c in chars).find(text)
    assert k >= 0, text
    c, e = chars[k], chars[k + len(text) - 1]
    return (page.height - c["matrix"][5] - 0.88 * c["size"]) / MM, c["x0"] / MM, e["x1"] / MM


def test_an_upward_document_sets_its_mark_at_80mm_and_the_signer_right_of_the_number(tmp_path):
    import dataclasses

    import pdfplumber

    from convert.model import meta_with

    doc = read(FIXTURE.read_bytes(), ReadOptions(filename=FIXTURE.name))
    doc = dataclasses.replace(doc, meta=meta_with(doc.meta, {"签发人": "张三"}))
    assert doc.meta.signer == "张三"
    with pdfplumber.open(_pdf(doc, tmp_path)) as pdf:
        page = pdf.pages[0]
        assert _em_top(page, "某某市人民政府文件")[0] == pytest.approx(37 + 80, abs=0.1)   # 7.2.4: 80 mm
        number, label, name = _em_top(page, "某府发"), _em_top(page, "签发人："), _em_top(page, "张三")
        assert number[0] == pytest.approx(label[0], abs=0.1)                  # one line
        assert number[1] == pytest.approx(28 + 16 / MM, abs=0.2)              # 居左空一字
        assert name[2] == pytest.approx(184 - 16 / MM, abs=0.2)               # 居右空一字
        (rule,) = page.lines
        assert rule["top"] / MM == pytest.approx(number[0] + 16 / MM + 4, abs=0.1)
        assert (rule["x1"] - rule["x0"]) / MM == pytest.approx(156, abs=0.1)


def test_the_docx_signer_line_and_the_joint_mark(tmp_path):
    import dataclasses
    import re

    import docx

    from convert.diagnostics import Reporter
    from convert.model import meta_with
    from convert.style import load_style
    from convert.writers import WriteOptions
    from convert.writers import docx as docx_writer

    doc = read(FIXTURE.read_bytes(), ReadOptions(filename=FIXTURE.name))
    doc = dataclasses.replace(doc, meta=meta_with(doc.meta, {"signer": "张三", "issuer": "某某市人民政府、某某市财政局文件"}))
    path = tmp_path / "t.docx"
    path.write_bytes(docx_writer.write(doc, load_style("gbt9704"), None, WriteOptions(timestamp=OPTIONS_TS),
                                       Reporter()))  # type: ignore[arg-type]
    d = docx.Document(str(path))
    by_style = {p.style.name: p for p in d.paragraphs if p.text}
    # the joint mark: a borderless table, the organs stacked in the left cell, 文件 in the
    # right one, centred on them (its space above in an empty Issuer Mark paragraph)
    mark = d.tables[0]
    left, right = mark.rows[0].cells
    assert [p.text for p in left.paragraphs] == ["某某市人民政府", "某某市财政局"]
    assert [p.text for p in right.paragraphs] == ["文件"]
    assert all(p.style.name == "Issuer Mark" for p in left.paragraphs + right.paragraphs)
    assert 'w:vAlign w:val="center"' in right._tc.xml
    assert "Issuer Mark" not in by_style      # no mark paragraph with text outside the table
    number = by_style["Masthead Number"]
    assert number.text == "\u3000某府发〔2024〕3号\t签发人：张三"
    assert re.search(r'<w:tab w:val="right" w:pos="8524"/>', number._p.xml)     # one 字 from the right
    assert any(r.style is not None and r.style.name == "Signer Name" and r.text == "张三" for r in number.runs)


def test_a_joint_mark_stacks_its_organs_with_wenjian_to_their_right(tmp_path):
    import dataclasses

    import pdfplumber

    from convert.layout.plan import joint_issuers
    from convert.model import meta_with

    assert joint_issuers("某某市人民政府、某某市财政局文件") == (("某某市人民政府", "某某市财政局"), "文件")
    assert joint_issuers("某某市人民政府文件") == ((), "")
    doc = read(FIXTURE.read_bytes(), ReadOptions(filename=FIXTURE.name))
    doc = dataclasses.replace(doc, meta=meta_with(doc.meta, {"issuer": "某某市人民政府|某某市财政局文件"}))
    with pdfplumber.open(_pdf(doc, tmp_path)) as pdf:
        page = pdf.pages[0]
        first, second, wenjian = _em_top(page, "某某市人民政府"), _em_top(page, "某某市财政局"), _em_top(page, "文件")
        assert first[0] == pytest.approx(37 + 35, abs=0.1) and second[0] > first[0] + 42 / MM
        assert first[0] < wenjian[0] < second[0] and wenjian[1] > max(first[2], second[2])   # right, between
        red = [c for c in page.chars if c["size"] > 30]
        assert red and all(c["non_stroking_color"] == (1.0, 0.0, 0.0) for c in red)


def test_a_signer_line_under_the_mark_is_read_into_meta():
    doc = read_text("某某区人民政府文件\n某府发〔2024〕7号\n签发人：张三\n某某区人民政府关于申请专项资金的请示\n"
                    "市人民政府：\n请予批准。\n某某区人民政府\n2024年3月1日\n")
    assert (doc.meta.issuer, doc.meta.signer) == ("某某区人民政府文件", "张三")
    assert "签发人" not in plain_text(doc)


@pytest.mark.slow
@pytest.mark.validator
def test_libreoffice_sets_the_joint_mark_where_the_pdf_does(tmp_path):
    """The organs, 文件 and the rule of a joint mark in LibreOffice's PDF of the DOCX
    within 1 mm of the direct PDF (embedded fonts: the same faces in both)."""
    import dataclasses
    import subprocess

    import pdfplumber
    from conftest import require_tool

    from convert.diagnostics import Reporter
    from convert.fonts import load_fonts
    from convert.model import meta_with
    from convert.style import load_style
    from convert.writers import WriteOptions
    from convert.writers import docx as docx_writer

    soffice = require_tool("soffice")
    doc = read(FIXTURE.read_bytes(), ReadOptions(filename=FIXTURE.name))
    doc = dataclasses.replace(doc, meta=meta_with(doc.meta, {"issuer": "某某市人民政府、某某市财政局文件"}))
    direct = _pdf(doc, tmp_path)
    path = tmp_path / "joint.docx"
    path.write_bytes(docx_writer.write(doc, load_style("gbt9704"), load_fonts(),
                                       WriteOptions(embed_fonts=True, timestamp=OPTIONS_TS), Reporter()))
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to",
                    "pdf", "--outdir", str(tmp_path / "lo"), str(path)], check=True, capture_output=True, timeout=600)
    with pdfplumber.open(direct) as a, pdfplumber.open(tmp_path / "lo" / "joint.pdf") as b:
        pa, pb = a.pages[0], b.pages[0]
        for text in ("某某市人民政府", "某某市财政局", "文件"):
            top_a, x_a, _ = _em_top(pa, text)
            top_b, x_b, _ = _em_top(pb, text)
            assert (top_b, x_b) == (pytest.approx(top_a, abs=1.0), pytest.approx(x_a, abs=1.0)), text
        assert pb.lines[0]["top"] / MM == pytest.approx(pa.lines[0]["top"] / MM, abs=1.0)
