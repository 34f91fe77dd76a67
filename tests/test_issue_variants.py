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
