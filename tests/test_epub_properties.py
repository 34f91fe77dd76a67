"""Any Document the model accepts becomes well-formed XHTML/XML whose text is the
model's text (minus only the characters XML cannot carry, which are reported)."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree

import strategies
from test_epub import NS, _text_without_generated

from convert.diagnostics import Reporter
from convert.fonts import load_fonts
from convert.model import plain_text
from convert.style import load_style
from convert.writers import WriteOptions
from convert.writers.epub import write

STYLE, FONTS = load_style("gbt9704"), load_fonts()
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@pytest.mark.slow
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=strategies.documents(), vertical=strategies.st.booleans())
def test_any_document_gives_well_formed_faithful_epub(doc, vertical):
    reporter = Reporter()
    data = write(doc, STYLE, FONTS, WriteOptions(vertical=vertical), reporter)
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.namelist()[0] == "mimetype"
    for name in z.namelist():
        if name.endswith((".xhtml", ".opf", ".ncx", ".xml")):
            etree.fromstring(z.read(name))      # raises on anything not well-formed
    opf = etree.fromstring(z.read("OEBPS/content.opf"))
    hrefs = {i.get("id"): i.get("href") for i in opf.iterfind(".//opf:item", NS)}
    spine = ["OEBPS/" + hrefs[r.get("idref")] for r in opf.iterfind(".//opf:itemref", NS)]
    files = ["OEBPS/text/titlepage.xhtml"] + [f for f in spine if re.search(r"/ch\d+\.xhtml$", f)]
    got = "".join(_text_without_generated(etree.fromstring(z.read(f)).find("x:body", NS)) for f in files)
    expected = plain_text(doc)
    if vertical:
        expected = expected.translate(str.maketrans("“”‘’", "「」『』"))
    dropped = _FORBIDDEN.findall(expected)
    assert re.sub(r"\s", "", got) == re.sub(r"\s", "", _FORBIDDEN.sub("", expected))
    assert bool(dropped) <= any(n.kind == "invalid-char" for n in reporter.notices)
    nav = etree.fromstring(z.read("OEBPS/text/nav.xhtml"))
    assert all("".join(a.itertext()).strip() for a in nav.iter("{%s}a" % NS["x"]))
