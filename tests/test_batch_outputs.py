"""One job's outputs written side by side (batch/outputs.py): the PDF here, the other
formats in a forked child — the same bytes, notices and failures as one after another."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from convert.batch import outputs
from convert.diagnostics import Reporter
from convert.fonts import load_fonts
from convert.reader import ReadOptions, read
from convert.style import load_style
from convert.writers import WriteOptions

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")

TEXT = ("关于做好某某工作的通知\n各区人民政府：\n一、总体要求\n"
        "为做好某某工作，现将有关事项通知如下。这一段里有一个\U000F0001私用区字符。\n"
        "二、工作安排\n各单位要认真落实。\n某某市人民政府\n2024年5月6日\n")


@pytest.fixture(scope="module")
def setting():
    doc = read(TEXT.encode("utf-8"), ReadOptions(filename="notice.txt"))
    return doc, load_style("gbt9704"), load_fonts(), WriteOptions()


def _write(setting, folder: Path, formats: tuple[str, ...], parallel: bool,
           embed_fonts: bool = False) -> tuple[outputs.Outcome, Reporter]:
    doc, style, fonts, options = setting
    options = WriteOptions(embed_fonts=embed_fonts)
    reporter = Reporter("notice.txt")
    reporter.warn("structure", "a notice from before the writers")
    wanted = [(fmt, folder / f"notice.{fmt}") for fmt in formats]
    outcome = outputs.write_outputs(doc, wanted, style, fonts, options, reporter, "notice.txt", parallel=parallel)
    return outcome, reporter


# (the embedded-fonts case subsets the CJK faces for all three writers, twice: ~3.5 s, slow)
@pytest.mark.parametrize("formats, embed_fonts", [(("pdf", "docx", "epub"), False), (("docx", "pdf", "json"), False),
                                                  pytest.param(("epub", "pdf", "docx"), True, marks=pytest.mark.slow)])
def test_side_by_side_gives_the_same_files_notices_and_order(setting, tmp_path, formats, embed_fonts):
    one, r1 = _write(setting, tmp_path / "in_turn", formats, parallel=False, embed_fonts=embed_fonts)
    two, r2 = _write(setting, tmp_path / "side_by_side", formats, parallel=True, embed_fonts=embed_fonts)
    assert one.error is None and two.error is None
    assert [w.fmt for w in two.wrote] == list(formats) == [w.fmt for w in one.wrote]
    for a, b in zip(one.wrote, two.wrote):
        assert a.path.read_bytes() == b.path.read_bytes(), a.fmt
        assert a.pages == b.pages
    assert r2.lines() == r1.lines()
    if embed_fonts:     # the child's writers (EPUB, DOCX) and the parent's (PDF) all warned
        assert len(r1.lines()) >= 3


def test_a_failing_writer_in_the_child_is_reported_and_the_pdf_kept(setting, tmp_path, monkeypatch):
    from convert.writers import epub

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(epub, "write", broken)
    outcome, _ = _write(setting, tmp_path, ("pdf", "docx", "epub"), parallel=True)
    assert [w.fmt for w in outcome.wrote] == ["pdf", "docx"]
    assert outcome.error is not None and "internal error: RuntimeError: boom" in outcome.error
    assert "RuntimeError" in outcome.traceback
    assert not list(tmp_path.glob("*.part")) and not (tmp_path / "notice.epub").exists()


def test_a_child_that_dies_is_reported(setting, tmp_path, monkeypatch):
    from convert.writers import docx

    monkeypatch.setattr(docx, "write", lambda *a, **k: os._exit(9))
    outcome, _ = _write(setting, tmp_path, ("pdf", "docx", "epub"), parallel=True)
    assert [w.fmt for w in outcome.wrote] == ["pdf"]
    assert outcome.error is not None and "the process writing docx, epub died" in outcome.error


def test_the_first_failure_in_format_order_wins(setting, tmp_path, monkeypatch):
    from convert.writers import docx, pdf

    def broken(name):
        def write(*args, **kwargs):
            raise RuntimeError(name)
        return write

    monkeypatch.setattr(pdf, "write_counted", broken("pdf failed"))
    monkeypatch.setattr(docx, "write", broken("docx failed"))
    outcome, _ = _write(setting, tmp_path, ("docx", "pdf", "epub"), parallel=True)
    assert outcome.error is not None and "docx failed" in outcome.error
    assert outcome.wrote == []         # docx failed first in the child, so epub was not begun
