"""The PDF writer, end to end: typography (tests/typography.py), text, fonts, metadata,
outline, reproducibility, missing glyphs, parts, tables, Traditional Chinese, PDF/A.

Documents are built by hand from the model (the seed's text, fixtures below), so these
tests do not depend on the reader.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import datetime, timezone

import pikepdf
import pytest

from conftest import BENCH_INPUT, require_tool
from convert.diagnostics import Reporter
from convert.fonts import load_fonts
from convert.model import (Document, Emphasis, Heading, LineBreak, List, Meta, Paragraph, Part, Strong,
                           Table, Text, plain_text)
from convert.style import load_style
from convert.writers import WriteOptions
from convert.writers.pdf import write
from typography import (check, drawn_blocks, extract_lines, extracted_text, front_matter_pages,
                        paragraphs_from_text, seed_document)

STYLE = load_style("gbt9704")


def render(doc: Document, **options) -> tuple[bytes, Reporter]:
    reporter = Reporter("test")
    return write(doc, STYLE, load_fonts(), WriteOptions(**options), reporter), reporter


def expected_text(doc: Document) -> str:
    return re.sub(r"\s+", "", "".join(t for t, *_ in drawn_blocks(doc, STYLE)))


#: Everything the typesetter must handle in running text.
MIXED_TEXT = """\
一、坚持党的领导，全面巩固共同思想政治基础
（一）完善委员联系群众制度
深入学习中共二十大精神。把学习宣传贯彻中共二十大精神作为首要政治任务和头等大事来抓——这是根本——策划举办“喜迎二十大·同心跟党走”委员联络联谊活动，发言240余条，完成投资3.5亿元，同比增长12.5%，新建项目28个（其中重点项目6个）……组织开展“奋进新征程 建功新时代”线上读书活动，邀请Alibaba Cloud与Tencent的专家讲解ChatGPT和5G应用。
坚持党的全面领导。坚持把政协工作置于全区工作中去思考谋划、推进落实，主动向区委请示报告重大事项、重要工作，确保与区委思想同心、工作同行。区委、区政府一如既往地重视和支持政协工作，区委常委会4次听取政协工作情况汇报，区委区政府领导先后作出重要批示24次、出席政协各类会议活动近30人次，为政协履职注入强劲动力。
二、强化责任担当，自觉服务全区改革发展大局
（二）在助推产业发展上积极献计
在提升城乡品质上久久为功。始终坚持与党委政府同向同行，强化互动联动，协同提升人文品质城市的宜居度和辨识度。“推动西南片区有机更新。”“助推优化城市空间布局。”《关于加快推进文化旅游业高质量发展的实施意见》《定海政协》……
"""


def mixed_document(repeat: int = 4) -> Document:
    blocks = paragraphs_from_text(MIXED_TEXT) * repeat
    closing = (
        Paragraph((Text("附件：1.2022年度协商计划完成情况"),), role="attachment"),
        Paragraph((Text("舟山市定海区政协常委会"),), role="signature"),
        Paragraph((Text("2023年1月10日"),), role="date"),
    )
    return Document(Meta(title="政协舟山市定海区第七届委员会常务委员会工作报告", author="区政协"),
                    blocks + closing)


@pytest.fixture(scope="module")
def seed_pdf() -> tuple[Document, bytes, Reporter]:
    doc = seed_document()
    data, reporter = render(doc)
    return doc, data, reporter


@pytest.fixture(scope="module")
def mixed_pdf() -> tuple[Document, bytes]:
    doc = mixed_document()
    return doc, render(doc)[0]


# ------------------------------------------------------------------------ typography


def test_seed_passes_the_typography_checker(seed_pdf) -> None:
    doc, data, _ = seed_pdf
    report = check(data, STYLE, drawn_blocks(doc, STYLE))
    assert report.problems == [], report.summary()
    assert report.pages >= 4
    assert report.full_pages >= 2                    # pages 2–4 are full: 22 lines each
    assert report.full_line_counts.count(28) >= 40   # and their lines hold 28 characters


def test_mixed_text_passes_the_typography_checker(mixed_pdf) -> None:
    doc, data = mixed_pdf
    report = check(data, STYLE, drawn_blocks(doc, STYLE))
    assert report.problems == [], report.summary()
    assert report.full_pages >= 1


def _reportlab_cjk_paragraphs(doc: Document) -> bytes:
    """The same document set by reportlab alone: Paragraph(wordWrap='CJK')."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.platypus import Frame, PageTemplate, BaseDocTemplate, Paragraph as RLParagraph
    from convert.writers.pdf.fontcache import register

    fonts = load_fonts()
    font = register(fonts.chain("fangsong")[0]).name
    page = STYLE.page
    body = STYLE.role("body")
    para = ParagraphStyle("body", fontName=font, fontSize=body.size, leading=page.line_pitch,
                          firstLineIndent=2 * body.size, alignment=TA_JUSTIFY, wordWrap="CJK")
    buf = io.BytesIO()
    template = BaseDocTemplate(buf, pagesize=(page.width, page.height), invariant=1,
                               initialFontName=font)
    template.addPageTemplates([PageTemplate(frames=[Frame(
        page.margin_left, page.margin_bottom, page.text_width, page.text_height,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)])])
    template.build([RLParagraph(plain_text(b), para) for b in doc.blocks])
    return buf.getvalue()


def test_checker_fails_on_reportlabs_own_cjk_wrapping(seed_pdf) -> None:
    doc, _, _ = seed_pdf
    body_only = Document(Meta(), tuple(Paragraph((Text(b.label if isinstance(b, Heading) else ""),)
                                                 + b.content) for b in doc.blocks))
    data = _reportlab_cjk_paragraphs(body_only)
    report = check(data, STYLE, [(t, True, False) for t, *_ in drawn_blocks(body_only, STYLE)])
    # reportlab lets ，。、 start lines and cannot justify Chinese lines to the edge
    assert report.line_start > 0, report.summary()
    assert report.ragged > 0, report.summary()
    assert any("page number" in p for p in report.problems)


# ------------------------------------------------------------------------ text and fonts


def test_extracted_text_equals_the_model_text(seed_pdf, mixed_pdf) -> None:
    for doc, data in (seed_pdf[:2], mixed_pdf):
        assert extracted_text(data, STYLE) == expected_text(doc)


def test_pdftotext_gives_the_model_text(seed_pdf) -> None:
    tool = require_tool("pdftotext")
    doc, data, _ = seed_pdf
    out = subprocess.run([tool, "-", "-"], input=data, capture_output=True, check=True).stdout.decode()
    text = re.sub(r"\s+", "", out)
    text = re.sub(r"—\d+—", "", text)             # the page numbers
    assert text == expected_text(doc)


def test_every_font_is_embedded_and_none_is_helvetica(seed_pdf, tmp_path) -> None:
    _, data, _ = seed_pdf
    with pikepdf.open(io.BytesIO(data)) as pdf:
        names = set()
        for page in pdf.pages:
            for _, font in page.Resources.Font.items():
                names.add(str(font.BaseFont))
                descriptor = font_descriptor(font)
                assert descriptor is not None and "/FontFile2" in descriptor, font.BaseFont
                assert re.match(r"/[A-Z]{6}\+", str(font.BaseFont)), "not a subset"
    assert names and not any("Helvetica" in n for n in names)
    _assert_only_embedded_fonts(data)
    tool = require_tool("pdffonts")
    path = tmp_path / "seed.pdf"
    path.write_bytes(data)
    lines = subprocess.run([tool, str(path)], capture_output=True, check=True).stdout.decode().splitlines()[2:]
    assert lines and all(re.search(r"\byes\s+yes\s+yes\b", ln) for ln in lines), lines


def test_fonts_follow_the_roles(seed_pdf) -> None:
    """Title, level-1 headings and body come from their own chains (xiaobiaosong, hei,
    fangsong), and lead-ins are bold."""
    _, data, _ = seed_pdf
    fonts = load_fonts()
    pages, _ = extract_lines(data)
    def font_of(line):
        return line.chars[0]["fontname"].split("+", 1)[1]
    title, first_heading = pages[0][0], next(ln for ln in pages[0] if ln.text.startswith("一、"))
    assert font_of(title) in {_ps(f) for f in fonts.chain("xiaobiaosong")}
    assert font_of(first_heading) in {_ps(f) for f in fonts.chain("hei")}
    body = pages[1][1]
    assert font_of(body) in {_ps(f) for f in fonts.chain("fangsong")}


def _ps(font_file) -> str:
    """The PostScript name reportlab writes for a font file."""
    from reportlab.pdfbase import pdfmetrics
    from convert.writers.pdf.fontcache import register
    name = pdfmetrics.getFont(register(font_file).name).face.name
    return name.decode() if isinstance(name, bytes) else name


def test_bold_uses_a_bold_file_when_the_family_has_one() -> None:
    """A bold run whose font has a bundled bold sibling (Noto Serif CJK SC Regular →
    Bold) uses that file; one without (FandolFang) is bolded synthetically."""
    fonts = load_fonts()
    song = fonts.chain("song")[0]
    sibling = next((f for f in fonts.files.values() if f.bold and f.family == song.family), None)
    if sibling is None:
        pytest.skip("no bold sibling for the song chain in this font set")
    style = load_style("report")
    assert style.fonts[style.role("body").font].bundled == "song"
    doc = Document(Meta(title="粗体"), (Paragraph((Strong((Text("宋体粗体。"),)), Text("宋体正文。"))),))
    data = write(doc, style, fonts, WriteOptions(), Reporter("test"))
    pages, _ = extract_lines(data)
    body = next(ln for ln in pages[0] if ln.text.startswith("宋体粗体"))
    assert body.chars[0]["fontname"].split("+", 1)[1] == _ps(sibling)
    assert body.chars[-1]["fontname"].split("+", 1)[1] == _ps(song)


def test_lead_ins_are_bold(seed_pdf) -> None:
    """Strong runs use a bold file or synthetic bold (text render mode 2)."""
    _, data, _ = seed_pdf
    with pikepdf.open(io.BytesIO(data)) as pdf:
        ops = pikepdf.parse_content_stream(pdf.pages[0])
        modes = [int(o.operands[0]) for o in ops if str(o.operator) == "Tr"]
    assert 2 in modes


# ------------------------------------------------------------------------ document features


def test_metadata_language_and_dates(seed_pdf) -> None:
    doc, data, _ = seed_pdf
    with pikepdf.open(io.BytesIO(data)) as pdf:
        info = pdf.docinfo
        assert str(info["/Title"]) == doc.meta.title
        assert str(info["/Author"]) == doc.meta.author
        assert str(pdf.Root.Lang) == "zh-CN"
        assert str(info["/CreationDate"]).startswith("D:20000101")
        assert str(pdf.Root.PageMode) == "/UseOutlines"


def test_outline_follows_the_headings_and_is_open(seed_pdf) -> None:
    doc, data, _ = seed_pdf
    with pikepdf.open(io.BytesIO(data)) as pdf:
        with pdf.open_outline() as outline:
            top = outline.root
            assert [str(t.title) for t in top] == [doc.meta.title]
            children = [str(c.title) for c in top[0].children]
            assert children == [b.label + plain_text(b.content) for b in doc.blocks if isinstance(b, Heading)]
            assert top[0].is_closed is False


def test_rerun_is_byte_identical_and_dates_come_from_the_options(seed_pdf) -> None:
    doc, data, _ = seed_pdf
    # another document (other fonts, other subsets) in between changes nothing
    render(Document(Meta(title="楷体在先"), (Heading(2, "（一）", (Text("用过的其他字体"),)),)))
    again, _ = render(doc)
    assert again == data
    later, _ = render(doc, timestamp=datetime(2023, 1, 10, 8, 30, tzinfo=timezone.utc))
    with pikepdf.open(io.BytesIO(later)) as pdf:
        assert str(pdf.docinfo["/CreationDate"]).startswith("D:20230110083000")


def test_missing_glyphs_are_reported_and_drawn_visibly() -> None:
    missing = "\ue000"            # a private-use character: no bundled font has it
    doc = Document(Meta(title="缺字"), (Paragraph((Text(f"前{missing}后{missing}。"),)),))
    data, reporter = render(doc)
    notices = [n for n in reporter.notices if n.kind == "missing-glyph"]
    assert len(notices) == 1 and "U+E000" in notices[0].message and "×2" in notices[0].message
    pages, _ = extract_lines(data)
    drawn = "".join(ln.text for ln in pages[0])
    assert "前〓后〓。" in drawn                    # a visible substitute, not a blank
    tool = shutil.which("pdftotext")
    if tool:                                      # the original survives as /ActualText
        out = subprocess.run([tool, "-", "-"], input=data, capture_output=True).stdout.decode()
        assert f"前{missing}后{missing}。" in out


def test_traditional_chinese_uses_tc_fonts_and_language() -> None:
    for language, lang in (("zh-Hant", "zh-TW"), ("zh-Hant-TW", "zh-TW"), ("zh-Hant-HK", "zh-HK")):
        doc = Document(Meta(title="區政協常務委員會工作報告", language=language),
                       (Paragraph((Strong((Text("深入學習。"),)), Text("這是說明，骨幹委員"),)),))
        data, _ = render(doc)
        with pikepdf.open(io.BytesIO(data)) as pdf:
            assert str(pdf.Root.Lang) == lang
        pages, _ = extract_lines(data)
        last = pages[0][1].chars[-1]
        body_font = last["fontname"].split("+", 1)[1]
        assert body_font == _ps(load_fonts().font_for(last["text"], "fangsong", language))
        assert load_fonts().chain_name("fangsong", language) == "fangsong_tc"


def test_parts_start_on_new_pages_with_their_own_outline_entry() -> None:
    part = lambda title, n: Part(Meta(title=title), paragraphs_from_text(MIXED_TEXT)[:n])
    doc = Document(Meta(title="合集"), (part("第一篇报告", 3), part("第二篇报告", 2)))
    data, _ = render(doc)
    pages, _ = extract_lines(data)
    # the title page and contents come first (tests/test_collection_front.py)
    front = front_matter_pages(data)
    assert front == 2
    starts = [i + 1 for i, lines in enumerate(pages) if lines and lines[0].text in ("第一篇报告", "第二篇报告")]
    assert len(starts) == 2 and starts[0] == front + 1 and starts[1] > front + 1
    with pikepdf.open(io.BytesIO(data)) as pdf:
        with pdf.open_outline() as outline:
            assert [str(t.title) for t in outline.root] == ["第一篇报告", "第二篇报告"]
            assert all(len(t.children) >= 1 for t in outline.root)
    report = check(data, STYLE, drawn_blocks(doc, STYLE), front_pages=front)
    assert report.problems == [], report.summary()


def test_untitled_parts_still_get_an_outline_entry() -> None:
    body = paragraphs_from_text(MIXED_TEXT)[:2]
    doc = Document(Meta(), (Part(Meta(source="reports/a.txt"), body), Part(Meta(), body)))
    data, _ = render(doc)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        with pdf.open_outline() as outline:
            assert [str(t.title) for t in outline.root] == ["a.txt", "2"]
            assert [str(c.title) for c in outline.root[0].children][:1] == ["一、坚持党的领导，全面巩固共同思想政治基础"]


def test_tables_wrap_chinese_and_repeat_their_header_rows() -> None:
    header = (("项目名称",), ("完成情况",), ("备注",))
    row = lambda i: ((Text(f"第{i}项重点工作"),), (Text("已按计划完成，协商成果转化为具体工作举措，部分已形成制度性安排。"),),
                     (Text("持续跟踪"),))
    table = Table(tuple((tuple((Text(c[0]),) for c in header),)) + tuple(row(i) for i in range(1, 40)),
                  header_rows=1)
    doc = Document(Meta(title="表格"), (Paragraph((Text("下表列出各项工作完成情况。"),)), table,
                                       Paragraph((Text("以上为全部内容。"),))))
    data, _ = render(doc)
    import pdfplumber
    rows_seen = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) >= 2
        for page in pdf.pages:
            tables = page.extract_tables()
            assert len(tables) == 1
            rows = tables[0]
            assert [c.replace("\n", "") for c in rows[0]] == ["项目名称", "完成情况", "备注"], \
                "the header row is repeated on every page"
            for row in rows[1:]:
                rows_seen.append([c.replace("\n", "") for c in row])
                for cell in row:
                    for line in cell.split("\n")[1:]:
                        assert line[0] not in "，。、；：）》”", cell     # kinsoku in cells too
    assert rows_seen == [[plain_text(c) for c in r] for r in table.rows[1:]]
    _assert_only_embedded_fonts(data)


def _assert_only_embedded_fonts(data: bytes) -> None:
    """Every font object anywhere in the file (not only those used on pages) is embedded."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        fonts = [o for o in pdf.objects if isinstance(o, pikepdf.Dictionary) and o.get("/Type") == "/Font"]
        assert fonts
        for font in fonts:
            assert "Helvetica" not in str(font.BaseFont)
            assert "/FontFile2" in font_descriptor(font), font.BaseFont


def font_descriptor(font):
    """A font's descriptor: its own, or its descendant's for a composite (Type0) font,
    which is how the writer embeds each face (cidfonts.py)."""
    if font.get("/Subtype") == "/Type0":
        font = font.DescendantFonts[0]
    return font.get("/FontDescriptor")


def test_lists_notes_and_unknown_roles_render() -> None:
    doc = Document(Meta(title="列表"), (
        List(True, ((Paragraph((Text("1. 第一项内容。"),)),), (Paragraph((Text("2. 第二项内容。"),)),))),
        Paragraph((Text("（此件公开发布）"),), role="note"),
        Paragraph((Text("未知角色的段落。"), LineBreak(), Emphasis((Text("强调"),))), role="mystery"),
    ))
    data, reporter = render(doc)
    assert any(n.kind == "role" for n in reporter.notices)
    text = extracted_text(data, STYLE)
    assert text == expected_text(doc)


def test_signature_is_centred_over_the_date(mixed_pdf) -> None:
    _, data = mixed_pdf
    pages, _ = extract_lines(data)
    lines = [ln for ln in pages[-1] if ln.baseline > STYLE.page.margin_bottom]
    sig = next(ln for ln in lines if ln.text == "舟山市定海区政协常委会")
    date = next(ln for ln in lines if ln.text == "2023年1月10日")
    right = STYLE.page.width - STYLE.page.margin_right
    four_chars = 4 * STYLE.role("signature").size
    assert abs(date.x1 - (right - four_chars)) < 0.5                     # 成文日期右空四字
    assert abs((sig.x0 + sig.x1) / 2 - (date.x0 + date.x1) / 2) < 0.5    # 署名居中于日期之上
    assert date.baseline < sig.baseline
    assert abs((sig.baseline - date.baseline) - STYLE.page.line_pitch) < 0.5   # 下一行: the next line


# ------------------------------------------------------------------------ PDF/A


@pytest.mark.validator
def test_pdfa_variant_validates(seed_pdf, tmp_path) -> None:
    qpdf = require_tool("qpdf")
    doc = seed_pdf[0]
    data, _ = render(doc, pdfa=True)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        meta = pdf.open_metadata()
        assert meta.pdfa_status == "2A" and meta["pdfuaid:part"] == "1"     # PDF/A-2a + PDF/UA-1 (issue 14)
        assert meta["dc:title"] == doc.meta.title
        intent = pdf.Root.OutputIntents[0]
        assert str(intent.S) == "/GTS_PDFA1"
        profile = intent.DestOutputProfile.read_bytes()
        assert profile[36:40] == b"acsp" and profile[16:20] == b"RGB "
        assert profile[12:16] == b"mntr" and profile[8] <= 4     # ISO 19005-2 6.2.3
        assert int(intent.DestOutputProfile.N) == 3
        assert "/ID" in pdf.trailer and pdf.pdf_version == "1.7"
        assert not pdf.is_encrypted
        # the metadata stream is unfiltered and mirrors /Info (6.6.2, 6.6.3)
        assert "/Filter" not in pdf.Root.Metadata.stream_dict
        assert meta["xmp:CreateDate"].startswith("2000-01-01T00:00:00")
        assert str(pdf.docinfo["/CreationDate"]).startswith("D:20000101000000")
        assert meta["pdf:Producer"] == str(pdf.docinfo["/Producer"])
        assert "/Trapped" not in pdf.docinfo
        # every font embedded: composite fonts (Identity-H) over symbolic CIDFontType2
        # subsets with a CIDToGIDMap (6.2.11.3.2) and a CIDSet naming every CID
        # (6.2.11.4.2), the program with a single cmap subtable, each font with a
        # ToUnicode map (text)
        from fontTools.ttLib import TTFont
        for page in pdf.pages:
            for _, font in page.Resources.Font.items():
                assert font.Subtype == "/Type0" and font.Encoding == "/Identity-H" and "/ToUnicode" in font
                cid_font = font.DescendantFonts[0]
                assert cid_font.Subtype == "/CIDFontType2" and "/CIDToGIDMap" in cid_font
                descriptor = cid_font.FontDescriptor
                assert "/FontFile2" in descriptor and int(descriptor.Flags) & 4
                program = TTFont(io.BytesIO(descriptor.FontFile2.read_bytes()))
                assert len(program["cmap"].tables) == 1
                cids = len(cid_font.W[1])
                cidset = descriptor.CIDSet.read_bytes()
                assert len(cidset) == (cids + 7) // 8
                assert all(cidset[c >> 3] & (0x80 >> (c & 7)) for c in range(cids))
        # nothing PDF/A-2b forbids
        assert "/JavaScript" not in pdf.Root.get("/Names", {}) and "/OpenAction" not in pdf.Root
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                assert "/LZWDecode" not in str(obj.stream_dict.get("/Filter", ""))
    path = tmp_path / "seed-pdfa.pdf"
    path.write_bytes(data)
    result = subprocess.run([qpdf, "--check", str(path)], capture_output=True)
    assert result.returncode == 0, result.stdout.decode() + result.stderr.decode()
    assert render(doc, pdfa=True)[0] == data                   # reproducible too


# ------------------------------------------------------------------------ the benchmark


@pytest.mark.slow
def test_benchmark_report_passes_the_typography_checker() -> None:
    doc = Document(Meta(title="基准报告"), paragraphs_from_text(BENCH_INPUT.read_text(encoding="utf-8")))
    data, reporter = render(doc)
    report = check(data, STYLE, drawn_blocks(doc, STYLE))
    assert report.problems == [], report.summary()
    assert report.full_pages > 100


# ------------------------------------------------------------------------ other styles, the CLI


@pytest.mark.parametrize("name", ["report", "book"])
def test_other_styles_pass_the_checker(name: str) -> None:
    """Styles without the GB/T 9704 grid: per-role leading, other folios, chapters."""
    style = load_style(name)
    doc = mixed_document(repeat=3)
    data = write(doc, style, load_fonts(), WriteOptions(), Reporter("test"))
    report = check(data, style, drawn_blocks(doc, style))
    assert report.problems == [], report.summary()
    if style.role("heading1").page_break_before:    # chapters (attachments are tested in test_attachments.py)
        pages, _ = extract_lines(data)
        heading_pages = [i for i, lines in enumerate(pages, 1) for ln in lines[:1] if ln.text.startswith("二、")]
        assert heading_pages, "a chapter heading opens a page"


def test_cli_pdf_of_the_seed_passes_the_checker(tmp_path) -> None:
    """Through the real reader and the command line, as a user runs it."""
    from conftest import SEED, run_cli
    from convert.reader import ReadOptions, read

    result = run_cli(SEED, "--to", "pdf", "-o", tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    data = (tmp_path / (SEED.stem + ".pdf")).read_bytes()
    doc = read(SEED.read_bytes(), ReadOptions(filename=SEED.name))
    report = check(data, STYLE, drawn_blocks(doc, STYLE))
    assert report.problems == [], report.summary()
    assert extracted_text(data, STYLE) == expected_text(doc)


def test_a_table_row_taller_than_a_page_degrades_to_paragraphs() -> None:
    big = Table((((Text("项目"),), (Text("说明"),)), ((Text("甲"),), (Text("很长的说明。" * 300),))), header_rows=1)
    doc = Document(Meta(title="大表"), (big,))
    data, reporter = render(doc)
    assert any(n.kind == "style" and "table" in n.message for n in reporter.notices)
    assert extracted_text(data, STYLE) == expected_text(doc)


def test_headings_that_cannot_all_stay_with_the_text_still_typeset() -> None:
    """30 headings in a row cannot share a page with the text after them: the keep
    gives way on a fresh page instead of failing the whole document."""
    blocks = tuple(Heading(1, f"{i}、", (Text("标题"),)) for i in range(30)) + (Paragraph((Text("正文内容。" * 40),)),)
    doc = Document(Meta(title="标题串"), blocks)
    data, _ = render(doc)
    assert extracted_text(data, STYLE) == expected_text(doc)


def test_the_grid_comes_from_the_style(tmp_path) -> None:
    """No layout constants in the writer: another grid in the style, another page."""
    custom = tmp_path / "grid.toml"
    custom.write_text('extends = "gbt9704"\nname = "grid"\n[page]\nlines = 18\nchars = 24\n', encoding="utf-8")
    style = load_style(str(custom))
    assert (style.page.lines, style.page.chars) == (18, 24)
    doc = seed_document()
    data = write(doc, style, load_fonts(), WriteOptions(), Reporter("test"))
    report = check(data, style, drawn_blocks(doc, style))
    assert report.problems == [], report.summary()
    assert report.full_pages >= 2 and report.full_line_counts.count(24) >= 30
