"""One style, every writer: the seed rendered in each shipped style has the same page
size, margins, fonts and sizes in the PDF and the DOCX, and the matching CSS in the
EPUB — checked in the files themselves (pikepdf/pdfplumber, the DOCX XML, the EPUB's
style sheet), not in the Style object the writers were given."""

from __future__ import annotations

import json
import re
import zipfile
from collections import Counter
from pathlib import Path

import pikepdf
import pytest
from lxml import etree

from conftest import SEED, run_cli
from convert.fonts import load_fonts
from convert.style import load_style

# Every shipped style rendered in every format: make test, not make check.
pytestmark = pytest.mark.slow

SHIPPED = ("gbt9704", "report", "book")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TWIP = 1 / 20  # pt
HANGING = set("。，、．，：；！？」』）〕】》〉”’")


@pytest.fixture(scope="module", params=SHIPPED)
def rendered(request, tmp_path_factory):
    """(style name, {format: output path}) for the seed in one shipped style."""
    name = request.param
    out = tmp_path_factory.mktemp(f"style-{name}")
    result = run_cli(SEED, "--to", "pdf,docx,epub,json", "--style", name, "-o", out)
    assert result.returncode == 0, result.stderr.decode()
    return name, {fmt: out / f"{SEED.stem}.{fmt}" for fmt in ("pdf", "docx", "epub", "json")}


# --------------------------------------------------------------------------- reading the files

def pdf_pages(path: Path) -> list[tuple[float, float]]:
    with pikepdf.open(path) as pdf:
        return [tuple(float(v) for v in page.mediabox[2:]) for page in pdf.pages]   # type: ignore[misc]


def pdf_font_names(path: Path) -> set[str]:
    """BaseFont of every font used on any page, without the subset prefix (ABCDEF+)."""
    names: set[str] = set()
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            fonts = page.resources.get("/Font", {})
            for key in fonts.keys():
                base = str(fonts[key].get("/BaseFont", ""))
                names.add(re.sub(r"^/?([A-Z]{6}\+)?", "", base))
    return names


def pdf_body_chars(path: Path, page_numbers=(0, 1)):
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        chars = []
        for i in page_numbers:
            if i < len(pdf.pages):
                chars.extend(c for c in pdf.pages[i].chars if c["text"].strip())
        return chars


def postscript_name(path: Path) -> str:
    """The font file's own PostScript name (name ID 6), which a PDF's BaseFont carries."""
    from fontTools.ttLib import TTFont

    with TTFont(path, lazy=True, fontNumber=0) as font:
        return font["name"].getDebugName(6)


def docx_xml(path: Path, member: str) -> etree._Element:
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(member))


def docx_style(styles: etree._Element, style_id: str) -> dict[str, str | None]:
    """East Asian font and size (pt) of a paragraph style, from styles.xml."""
    el = styles.find(f"{W}style[@{W}styleId='{style_id}']")
    assert el is not None, f"styles.xml has no style {style_id}"
    fonts = el.find(f"{W}rPr/{W}rFonts")
    size = el.find(f"{W}rPr/{W}sz")
    return {"east_asia": fonts.get(f"{W}eastAsia") if fonts is not None else None,
            "size": float(size.get(f"{W}val")) / 2 if size is not None else None}


def epub_css(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".css"))


def css_rule(css: str, selector: str) -> dict[str, str]:
    m = re.search(r"(?:^|\n)" + re.escape(selector) + r" \{\n(.*?)\n\}", css, re.S)
    assert m, f"the style sheet has no {selector} rule"
    return dict(line.strip().rstrip(";").split(": ", 1) for line in m.group(1).splitlines() if ": " in line)


# --------------------------------------------------------------------------- the checks

def test_pdf_pages_have_the_styles_paper_size(rendered):
    name, files = rendered
    page = load_style(name).page
    sizes = pdf_pages(files["pdf"])
    assert sizes and all(abs(w - page.width) < 0.01 and abs(h - page.height) < 0.01 for w, h in sizes), sizes


def test_docx_section_has_the_same_paper_and_margins_as_the_pdf(rendered):
    name, files = rendered
    page = load_style(name).page
    pg_w, pg_h = pdf_pages(files["pdf"])[0]
    sect = docx_xml(files["docx"], "word/document.xml").find(f".//{W}sectPr")
    size, mar = sect.find(f"{W}pgSz"), sect.find(f"{W}pgMar")
    twips = {k: int(mar.get(f"{W}{k}")) for k in ("top", "bottom", "left", "right")}
    assert abs(int(size.get(f"{W}w")) * TWIP - pg_w) <= TWIP
    assert abs(int(size.get(f"{W}h")) * TWIP - pg_h) <= TWIP
    for side, expected in (("top", page.margin_top), ("bottom", page.margin_bottom),
                           ("left", page.margin_left), ("right", page.margin_right)):
        assert abs(twips[side] * TWIP - expected) <= TWIP, side


def test_pdf_text_stays_inside_the_styles_margins(rendered):
    name, files = rendered
    page = load_style(name).page
    chars = pdf_body_chars(files["pdf"])
    assert chars
    folio_zone = page.height - page.margin_bottom   # the folio sits below the text block
    text = [c for c in chars if c["top"] < folio_zone]
    assert min(c["x0"] for c in text) >= page.margin_left - 1
    right = page.width - page.margin_right
    # Only a line-end stop or comma may hang into the margin (行末点号悬挂), by at most its own width.
    inside = [c for c in text if c["text"] not in HANGING]
    assert max(c["x1"] for c in inside) <= right + 1
    assert max(c["x1"] for c in text) <= right + max(c["size"] for c in text) + 1
    assert min(c["top"] for c in text) >= page.margin_top - 12   # ascent above the first baseline


def test_body_size_is_the_same_in_pdf_docx_and_epub(rendered):
    name, files = rendered
    style = load_style(name)
    body = style.role("body")
    sizes = Counter(round(c["size"], 1) for c in pdf_body_chars(files["pdf"]))
    assert sizes.most_common(1)[0][0] == pytest.approx(body.size, abs=0.1)
    styles = docx_xml(files["docx"], "word/styles.xml")
    assert docx_style(styles, "Normal")["size"] == body.size
    assert docx_style(styles, "Heading1")["size"] == style.role("heading1").size
    assert docx_style(styles, "Title")["size"] == style.role("title").size
    css = epub_css(files["epub"])
    h1 = css_rule(css, ".heading1")
    assert float(h1["font-size"].removesuffix("em")) == pytest.approx(style.role("heading1").size / body.size,
                                                                      abs=1e-3)
    line = float(css_rule(css, "body")["line-height"])
    assert line == pytest.approx(style.line_height("body") / body.size, abs=1e-3)


def test_fonts_are_the_styles_roles_in_every_format(rendered):
    name, files = rendered
    style = load_style(name)
    registry = load_fonts()
    body_font = style.fonts[style.role("body").font]
    heading_font = style.fonts[style.role("heading1").font]
    # PDF: the first file of each role's chain is embedded.
    used = pdf_font_names(files["pdf"])
    for role in (body_font, heading_font):
        primary = registry.chain(role.bundled, "zh-Hans")[0]
        assert postscript_name(primary.path) in used, (primary.path.name, used)
    # DOCX: the role's office name in w:eastAsia of the matching styles.
    styles = docx_xml(files["docx"], "word/styles.xml")
    assert docx_style(styles, "Normal")["east_asia"] == body_font.office
    assert docx_style(styles, "Heading1")["east_asia"] == heading_font.office
    # EPUB: the role's CSS families in the matching rules.
    css = epub_css(files["epub"])
    assert all(f'"{f}"' in css_rule(css, "body")["font-family"] for f in body_font.css if f != "serif")
    assert all(f in css_rule(css, ".heading1")["font-family"] for f in heading_font.css)


def test_first_line_indent_matches(rendered):
    name, files = rendered
    style = load_style(name)
    body = style.role("body")
    styles = docx_xml(files["docx"], "word/styles.xml")
    ind = styles.find(f"{W}style[@{W}styleId='Normal']/{W}pPr/{W}ind")
    if body.first_indent.chars is not None:
        assert int(ind.get(f"{W}firstLineChars")) == round(body.first_indent.chars * 100)
        assert css_rule(epub_css(files["epub"]), ".body")["text-indent"] == f"{body.first_indent.chars:g}em"
    expected = body.first_indent.pt(body.size)
    # Word places 2 字 on the grid's character pitch (156 mm / 28 = 15.79 pt in gbt9704), the
    # PDF at 2 × the font size: the two agree to within a point.
    assert abs(int(ind.get(f"{W}firstLine")) * TWIP - expected) <= 1
    assert abs(pdf_first_indent(files["pdf"], load_style(name).page.margin_left) - expected) <= 1


def pdf_first_indent(path: Path, margin_left: float) -> float:
    """The most common non-zero offset of a line's first character from the left margin."""
    import pdfplumber

    offsets: Counter = Counter()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages[:3]:
            lines: dict[float, float] = {}
            for c in page.chars:
                top = round(c["top"])
                lines[top] = min(lines.get(top, c["x0"]), c["x0"])
            offsets.update(round(x - margin_left, 1) for x in lines.values() if x - margin_left > 1)
    return offsets.most_common(1)[0][0]


def test_heading_page_breaks_follow_the_style_in_docx(rendered):
    name, files = rendered
    styles = docx_xml(files["docx"], "word/styles.xml")
    breaks = styles.find(f"{W}style[@{W}styleId='Heading1']/{W}pPr/{W}pageBreakBefore")
    assert (breaks is not None and breaks.get(f"{W}val", "true") not in ("0", "false")) == \
        load_style(name).role("heading1").page_break_before


def test_book_chapters_start_a_new_pdf_page(tmp_path):
    import pdfplumber

    out = tmp_path / "out"
    assert run_cli(SEED, "--to", "pdf,json", "--style", "book", "-o", out).returncode == 0
    doc = json.loads((out / f"{SEED.stem}.json").read_text(encoding="utf-8"))
    headings = [b["label"] + "".join(i.get("text", "") for i in b["content"])
                for b in doc["blocks"] if b["type"] == "heading" and b["level"] == 1]
    assert len(headings) >= 2
    with pdfplumber.open(out / f"{SEED.stem}.pdf") as pdf:
        page_starts = [(page.extract_text() or "").replace(" ", "") for page in pdf.pages]
    for heading in headings:
        assert any(text.startswith(heading[:8]) for text in page_starts), heading


def test_styles_differ_where_they_say_so(tmp_path_factory):
    """Sanity for the fixture: the three styles really produce three different pages."""
    sizes = {name: (load_style(name).page.width, load_style(name).role("body").size) for name in SHIPPED}
    assert len(set(sizes.values())) == 3


def test_an_extends_style_changes_only_what_it_says_in_the_files(tmp_path):
    mine = tmp_path / "mine.toml"
    mine.write_text('extends = "gbt9704"\n[roles.body]\nsize = "四号"\n', encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli(SEED, "--to", "docx", "--style", mine, "-o", out)
    assert result.returncode == 0, result.stderr.decode()
    base_out = tmp_path / "base"
    assert run_cli(SEED, "--to", "docx", "--style", "gbt9704", "-o", base_out).returncode == 0
    mine_styles = docx_xml(out / f"{SEED.stem}.docx", "word/styles.xml")
    base_styles = docx_xml(base_out / f"{SEED.stem}.docx", "word/styles.xml")
    assert docx_style(mine_styles, "Normal")["size"] == 14
    assert docx_style(base_styles, "Normal")["size"] == 16
    for sid in ("Title", "Heading1", "Heading2", "Signature"):
        assert docx_style(mine_styles, sid) == docx_style(base_styles, sid), sid
    sect = lambda x: etree.tostring(x.find(f".//{W}pgSz")) + etree.tostring(x.find(f".//{W}pgMar"))  # noqa: E731
    assert sect(docx_xml(out / f"{SEED.stem}.docx", "word/document.xml")) == \
        sect(docx_xml(base_out / f"{SEED.stem}.docx", "word/document.xml"))
