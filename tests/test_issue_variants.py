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
