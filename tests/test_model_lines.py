"""The blocks' source lines (model addition for convert serve): optional in the JSON
("lines": [first, last], absent = unknown), no part of equality, read by no writer."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest

from convert.model import Document, Heading, List, ModelError, Paragraph, Table, text
from convert.reader import ReadOptions, read

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_2eef0502365f63f1.txt"


def test_json_round_trip_keeps_lines_and_version_1_without_them_reads():
    doc = Document(blocks=(Heading(1, "一、", text("总则"), lines=(3, 3)),
                           Paragraph(text("正文"), lines=(5, 7)),
                           List(True, ((Paragraph(text("甲"), lines=(8, 8)),),), lines=(8, 9)),
                           Table(((text("a"),),), lines=(10, 12)),
                           Paragraph(text("无行号"))))
    data = json.loads(doc.to_json())
    assert [b.get("lines") for b in data["blocks"]] == [[3, 3], [5, 7], [8, 9], [10, 12], None]
    assert data["blocks"][2]["items"][0][0]["lines"] == [8, 8]
    back = Document.from_json(doc.to_json())
    assert back == doc and [b.lines for b in back.blocks] == [b.lines for b in doc.blocks]
    assert back.blocks[2].items[0][0].lines == (8, 8)
    # equality ignores them; the JSON without them is the version 1 form it always was
    assert Heading(1, "一、", text("总则")) == doc.blocks[0]
    assert "lines" not in doc.to_json(lines=False)
    assert Document.from_json(doc.to_json(lines=False)) == doc


@pytest.mark.parametrize("lines, words", [([1], "expected [first, last]"), ([0, 2], "≥ 1"), ([5, 2], "≥ 5"),
                                          (["1", 2], "expected an integer"), ("3-4", "expected a list")])
def test_bad_lines_are_model_errors(lines, words):
    data = {"format": "convert-document", "version": 1,
            "blocks": [{"type": "paragraph", "content": [], "lines": lines}]}
    with pytest.raises(ModelError, match="blocks\\[0\\]\\.lines") as err:
        Document.from_dict(data)
    assert words in str(err.value)


def test_text_reader_fills_lines():
    doc = read(SEED.read_bytes(), ReadOptions(filename="seed.txt"))
    src = SEED.read_text("utf-8").splitlines()
    assert all(b.lines for b in doc.blocks)
    assert [b.lines for b in doc.blocks if isinstance(b, Heading)] == [(9, 9), (19, 19)]
    firsts = [b.lines[0] for b in doc.blocks]
    assert firsts == sorted(firsts)
    assert not set(firsts) & {r.line for r in doc.meta.removed}
    assert all(src[b.lines[0] - 1].strip() for b in doc.blocks)


def test_markdown_reader_fills_lines():
    md = "# 标题\n\n## 一、总则\n\n第一段，\n接着写。\n\n- 甲\n- 乙\n".encode()
    doc = read(md, ReadOptions(syntax="markdown"))
    assert [(type(b).__name__, b.lines) for b in doc.blocks][-3:] == [("Heading", (3, 3)), ("Paragraph", (5, 6)),
                                                                      ("List", (8, 9))]


def test_writers_ignore_lines(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    from convert.diagnostics import Reporter
    from convert.fonts import load_fonts
    from convert.style import load_style
    from convert.writers import WriteOptions, get_writer

    doc = read(SEED.read_bytes(), ReadOptions(filename="seed.txt"))
    bare = Document(doc.meta, tuple(dataclasses.replace(b, lines=None) for b in doc.blocks))
    options = WriteOptions(timestamp=WriteOptions.timestamp_from_environment())
    for fmt in ("pdf", "docx", "epub"):
        write = get_writer(fmt).load()
        assert write(doc, load_style("gbt9704"), load_fonts(), options, Reporter("s")) == \
            write(bare, load_style("gbt9704"), load_fonts(), options, Reporter("s")), fmt
