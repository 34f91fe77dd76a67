"""A table whose header rows, repeated on every page, leaves no room for its tallest
other row: reportlab cannot set it (LayoutError), so the header is not repeated. Found
by test_hardening_render's random models."""

from __future__ import annotations

import io

import pdfplumber

from convert.diagnostics import Reporter
from convert.fonts import load_fonts
from convert.model import Document, Meta, Paragraph, Table, Text
from convert.style import load_style
from convert.writers import WriteOptions
from convert.writers.pdf import write as write_pdf


def test_a_tall_header_over_a_tall_row_is_set_without_repeating_it():
    style = load_style("gbt9704")
    cell = lambda n: (Text("表格内容" * n),)
    # two header rows and a body row, each under half the text block (the writer's own
    # limit per row), together taller than a page: reportlab raised LayoutError
    rows = ((cell(46), cell(1)), (cell(46), cell(1)), (cell(88), cell(1)), (cell(88), cell(1)))
    doc = Document(Meta(title="表格"), (Paragraph((Text("正文。"),)), Table(rows, header_rows=2)))
    data = write_pdf(doc, style, load_fonts(), WriteOptions(), Reporter("test"))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = "".join(page.extract_text() or "" for page in pdf.pages)
    assert text.count("内容") == 46 + 46 + 88 + 88 + 4       # every cell, the header rows once
