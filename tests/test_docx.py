"""DOCX writer: read the output back with python-docx and docx2python and check its
structure against what the Style and GB/T 9704 say, independently of the writer."""

from __future__ import annotations

import io
import math
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx2python import docx2python

from convert.diagnostics import Reporter
from convert.model import Document, Heading, Meta, Paragraph, Text, text
from convert.reader import ReadOptions, read
from convert.style import load_style
from convert.writers import WriteOptions
from convert.writers import docx as docx_writer

from conftest import SEED
from docx_samples import every_block, expected_text, merged, traditional

STYLE = load_style("gbt9704")
OPTIONS = WriteOptions(timestamp=datetime(2023, 1, 10, 8, 30, tzinfo=timezone.utc))


def write(doc: Document, options: WriteOptions = OPTIONS) -> bytes:
    # Without --embed-fonts the writer never touches the font registry.
    return docx_writer.write(doc, STYLE, None, options, Reporter())  # type: ignore[arg-type]


def open_docx(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


@pytest.fixture(scope="module")
def sample() -> bytes:
    return write(every_block())


@pytest.fixture(scope="module")
def seed_doc() -> Document:
    return read(SEED.read_bytes(), ReadOptions(filename=SEED.name))


def _squash(s: str) -> str:
    return "".join(s.split())


def _flatten(nested) -> list[str]:
    if isinstance(nested, str):
        return [nested]
    return [s for item in nested for s in _flatten(item)]


# ----------------------------------------------------------------- styles per block


def test_each_block_gets_its_named_style(sample):
    d = open_docx(sample)
    names = [p.style.name for p in d.paragraphs]
    assert names == [
        "Document Number", "Title", "Subtitle", "Author", "Date", "Salutation", "Normal",
        "Heading 1", "Normal", "Heading 2", "Heading 3", "Heading 4", "Normal",
        "List Paragraph", "List Paragraph",
        "Attachment", "Attachment Item", "Signature", "Signature Date", "Note", "toc 1",
    ]
    table = d.tables[0]
    assert [c.paragraphs[0].style.name for c in table.rows[0].cells] == ["Table Heading"] * 2
    assert [c.paragraphs[0].style.name for c in table.rows[1].cells] == ["Table Text"] * 2


def test_lead_in_strong_and_emphasis_are_character_styles(sample):
    d = open_docx(sample)
    lead_para = d.paragraphs[8]
    assert lead_para.runs[0].style.name == "Lead-in" and lead_para.runs[0].text == "深入学习中共二十大精神。"
    assert lead_para.runs[1].style.name == "Default Paragraph Font"
    mixed = {r.text: r.style.name for r in d.paragraphs[12].runs}
    assert mixed["着重"] == "Emphasis" and mixed["加粗"] == "Strong"
    lead = d.styles["Lead-in"].element
    assert lead.find(qn("w:rPr")).find(qn("w:b")) is not None
    # 着重号, as Chinese typography marks emphasis, not italics
    assert d.styles["Emphasis"].element.find(qn("w:rPr")).find(qn("w:em")).get(qn("w:val")) == "dot"


def test_headings_have_outline_levels_0_to_3(sample):
    d = open_docx(sample)
    for level in range(1, 5):
        ppr = d.styles[f"Heading {level}"].element.find(qn("w:pPr"))
        assert ppr.find(qn("w:outlineLvl")).get(qn("w:val")) == str(level - 1)
        assert ppr.find(qn("w:keepNext")) is not None


def test_body_first_line_indent_is_two_characters(sample):
    d = open_docx(sample)
    ind = d.styles["Normal"].element.find(qn("w:pPr")).find(qn("w:ind"))
    assert ind.get(qn("w:firstLineChars")) == "200"
    # the twips twin: two grid cells of 156 mm / 28 (Word counts *Chars in cells)
    cell_twips = math.floor(156 / 25.4 * 72 / 28 * 20)
    assert int(ind.get(qn("w:firstLine"))) == 2 * cell_twips
    assert ind.get(qn("w:left")) == "0"


def _style_chain(d, style_id: str):
    styles = d.styles.element
    while style_id:
        el = next(s for s in styles.findall(qn("w:style")) if s.get(qn("w:styleId")) == style_id)
        yield el
        based = el.find(qn("w:basedOn"))
        style_id = based.get(qn("w:val")) if based is not None else None


def test_every_paragraph_style_used_names_its_east_asian_font(sample):
    d = open_docx(sample)
    body = d.element.body
    used = {p.get(qn("w:val")) for p in body.iter(qn("w:pStyle"))}
    used |= {p.get(qn("w:val")) for f in (d.sections[0].footer, d.sections[0].even_page_footer)
             for p in f._element.iter(qn("w:pStyle"))}
    expected_font = {"Title": "方正小标宋简体", "Normal": "仿宋", "Heading1": "黑体", "Heading2": "楷体",
                     "Heading3": "仿宋", "Subtitle": "楷体", "PageNumberOdd": "宋体", "PageNumberEven": "宋体"}
    for style_id in used:
        fonts = d.styles.element.xpath(f'w:style[@w:styleId="{style_id}"]/w:rPr/w:rFonts')
        assert fonts, f"{style_id} has no w:rFonts of its own"
        assert fonts[0].get(qn("w:eastAsia")), style_id
        assert fonts[0].get(qn("w:ascii")) == "Times New Roman", style_id
        if style_id in expected_font:
            assert fonts[0].get(qn("w:eastAsia")) == expected_font[style_id]
    assert d.styles["Lead-in"].element.find(qn("w:rPr")).find(qn("w:rFonts")).get(qn("w:eastAsia")) == "仿宋"


def test_no_theme_font_can_override_the_named_fonts(sample):
    with zipfile.ZipFile(io.BytesIO(sample)) as z:
        styles = z.read("word/styles.xml").decode()
        names = z.namelist()
    for attr in ("asciiTheme", "eastAsiaTheme", "hAnsiTheme", "cstheme"):
        assert attr not in styles
    assert "word/stylesWithEffects.xml" not in names       # Word 2010 reads its fonts too
    assert "docProps/thumbnail.jpeg" not in names
    d = open_docx(sample)
    default_fonts = d.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:rFonts"))
    assert default_fonts.get(qn("w:eastAsia")) == "仿宋"


def test_sizes_come_from_the_style(sample):
    d = open_docx(sample)
    assert d.styles["Normal"].font.size.pt == 16      # 三号
    assert d.styles["Title"].font.size.pt == 22       # 二号
    assert d.styles["Table Text"].font.size.pt == 14  # 四号
    assert d.styles["Heading 3"].font.bold is True
    assert d.styles["Title"].paragraph_format.alignment == 1   # center


# ----------------------------------------------------------------- page, grid, footers


def test_page_is_a4_with_gbt9704_margins_and_grid(sample):
    d = open_docx(sample)
    sect = d.sections[0]
    mm = lambda length: length / 36000
    assert round(mm(sect.page_width)) == 210 and round(mm(sect.page_height)) == 297
    assert round(mm(sect.top_margin)) == 37 and round(mm(sect.left_margin)) == 28
    assert round(mm(sect.right_margin)) == 26 and round(mm(sect.bottom_margin)) == 35
    grid = sect._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "linesAndChars"
    line_pitch, char_space = int(grid.get(qn("w:linePitch"))), int(grid.get(qn("w:charSpace")))
    text_height_tw = 225 / 25.4 * 1440
    text_width_pt = 156 / 25.4 * 72
    # 22 lines of linePitch twips fill the 225 mm block, a 23rd does not
    assert 22 * line_pitch <= text_height_tw < 23 * line_pitch
    # Word: character pitch = Normal size + charSpace / 4096 pt; 28 of them fill 156 mm
    pitch = 16 + char_space / 4096
    assert 28 * pitch <= text_width_pt < 28 * pitch + 0.01 * 28
    assert (line_pitch, char_space) == (579, -848)


def test_lines_are_exactly_the_grid_pitch(sample):
    d = open_docx(sample)
    spacing = d.styles["Normal"].element.find(qn("w:pPr")).find(qn("w:spacing"))
    assert spacing.get(qn("w:lineRule")) == "exact" and spacing.get(qn("w:line")) == "579"


def test_both_footers_carry_a_page_field(sample):
    d = open_docx(sample)
    sect = d.sections[0]
    assert d.settings.odd_and_even_pages_header_footer
    for footer, style, align in ((sect.footer, "Page Number Odd", "right"),
                                 (sect.even_page_footer, "Page Number Even", "left")):
        assert not footer.is_linked_to_previous
        p = footer.paragraphs[0]
        assert p.style.name == style
        instr = "".join(t.text for t in p._p.iter(qn("w:instrText")))
        assert instr.strip() == "PAGE"
        kinds = [f.get(qn("w:fldCharType")) for f in p._p.iter(qn("w:fldChar"))]
        assert kinds == ["begin", "separate", "end"]
        assert p.text.startswith("— ") and p.text.endswith(" —")
        jc = d.styles[style].element.find(qn("w:pPr")).find(qn("w:jc")).get(qn("w:val"))
        assert jc == align
    folio = d.styles["footer"]
    assert folio.font.size.pt == 14   # 四号
    assert folio.element.find(qn("w:rPr")).find(qn("w:rFonts")).get(qn("w:eastAsia")) == "宋体"


def test_signature_is_centred_over_the_date(sample):
    """GB/T 9704 7.3.5: the date 4 字 from the right, the signature centred over it."""
    d = open_docx(sample)
    sig = next(p for p in d.paragraphs if p.style.name == "Signature")
    date = next(p for p in d.paragraphs if p.style.name == "Signature Date")
    sig_right = int(sig._p.pPr.find(qn("w:ind")).get(qn("w:rightChars")))
    date_right = int(d.styles["Signature Date"].element.find(qn("w:pPr")).find(qn("w:ind")).get(qn("w:rightChars")))
    assert date_right == 400
    width = lambda s: sum(0.5 if c.isascii() else 1 for c in s)
    # centres coincide: right indent + half the width, in hundredths of a character
    assert abs((sig_right + 50 * width(sig.text)) - (date_right + 50 * width(date.text))) <= 1


# ----------------------------------------------------------------- language, metadata


@pytest.mark.parametrize("tag, word", [("zh-Hans", "zh-CN"), ("zh-CN", "zh-CN"), ("zh-Hant", "zh-TW"),
                                       ("zh-Hant-TW", "zh-TW"), ("zh-Hant-HK", "zh-HK"), ("zh", "zh-CN")])
def test_language_tag_to_word(tag, word):
    assert docx_writer.word_language(tag).east_asia == word


def test_language_declarations(sample):
    d = open_docx(sample)
    lang = d.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:lang"))
    assert lang.get(qn("w:eastAsia")) == "zh-CN"
    theme_lang = d.settings.element.find(qn("w:themeFontLang"))
    assert theme_lang.get(qn("w:eastAsia")) == "zh-CN"   # not the template's ja-JP
    assert "ja-JP" not in open_docx(sample).settings.element.xml
    trad = open_docx(write(traditional()))
    assert trad.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:lang")).get(qn("w:eastAsia")) == "zh-TW"
    assert trad.core_properties.language == "zh-TW"


def test_core_properties(sample):
    cp = open_docx(sample).core_properties
    assert cp.title == "区政协常务委员会工作报告"
    assert cp.author == "定海区政协"
    assert cp.subject == "2023年1月"
    assert cp.language == "zh-CN"
    assert cp.created == cp.modified == datetime(2023, 1, 10, 8, 30, tzinfo=timezone.utc)
    assert "python-docx" not in (cp.comments + cp.author + cp.last_modified_by)


# ----------------------------------------------------------------- text, determinism


@pytest.mark.parametrize("make", [every_block, traditional, merged])
def test_docx2python_text_equals_the_model_text(make):
    doc = make()
    with docx2python(io.BytesIO(write(doc))) as extracted:
        found = "".join(_flatten(extracted.body))
    assert _squash(found) == _squash(expected_text(doc))


def test_seed_text_equals_the_model_text(seed_doc):
    with docx2python(io.BytesIO(write(seed_doc))) as extracted:
        found = "".join(_flatten(extracted.body))
    assert _squash(found) == _squash(expected_text(seed_doc))
    assert "微信扫码" not in found


def test_parts_start_on_a_new_page_with_their_title():
    d = open_docx(write(merged()))
    titles = [p for p in d.paragraphs if p.style.name == "Title"]
    assert [t.text for t in titles] == ["第一篇报告", "第二篇报告"]
    assert [t.paragraph_format.page_break_before for t in titles] == [None, True]
    assert d.core_properties.title == "报告汇编"


def test_same_input_gives_the_same_bytes(sample):
    assert write(every_block()) == sample
    with zipfile.ZipFile(io.BytesIO(sample)) as z:
        infos = z.infolist()
    assert infos[0].filename == "[Content_Types].xml"
    assert {i.date_time for i in infos} == {(2023, 1, 10, 8, 30, 0)}


def test_timestamp_changes_only_the_dates():
    other = WriteOptions(timestamp=datetime(2024, 5, 1, tzinfo=timezone.utc))
    a, b = zipfile.ZipFile(io.BytesIO(write(every_block()))), zipfile.ZipFile(io.BytesIO(write(every_block(), other)))
    differ = [n for n in a.namelist() if a.read(n) != b.read(n)]
    assert differ == ["docProps/core.xml"]


def test_characters_xml_forbids_are_dropped_with_a_warning():
    reporter = Reporter()
    doc = Document(Meta(title="标题"), (Paragraph((Text("正文\x0b含\x01控制字符"),), "body"),))
    data = docx_writer.write(doc, STYLE, None, OPTIONS, reporter)  # type: ignore[arg-type]
    assert open_docx(data).paragraphs[1].text == "正文含控制字符"
    assert [n.kind for n in reporter.notices] == ["invalid-char"]


def test_unknown_role_renders_as_body_with_a_warning():
    reporter = Reporter()
    doc = Document(Meta(), (Paragraph(text("未知角色"), "epigraph"),))
    data = docx_writer.write(doc, STYLE, None, OPTIONS, reporter)  # type: ignore[arg-type]
    assert open_docx(data).paragraphs[0].style.name == "Normal"
    assert [n.kind for n in reporter.notices] == ["role"]


def test_python_docx_text_equals_the_model_text(seed_doc):
    d = open_docx(write(seed_doc))
    found = "".join(p.text for p in d.paragraphs)
    found += "".join(c.text for t in d.tables for row in t.rows for c in row.cells)
    assert _squash(found) == _squash(expected_text(seed_doc))


def test_embedding_names_the_fallback_font_on_runs_the_first_font_lacks():
    """喆 is not in the fang-song face (FandolFang): that run names the chain's next
    font, and both fonts are embedded; a character no bundled font has is reported."""
    from convert.fonts import load_fonts

    fonts = load_fonts()
    chain = fonts.chain(STYLE.fonts["fangsong"].bundled)
    if len(chain) < 2 or chain[0].has("喆") or not chain[1].has("喆"):
        pytest.skip("the bundled fang-song chain no longer needs a fallback for 喆")
    reporter = Reporter()
    doc = Document(Meta(title="标题"), (Paragraph((Text("张喆同志㐀"),), "body"),))
    data = docx_writer.write(doc, STYLE, fonts, WriteOptions(embed_fonts=True, timestamp=OPTIONS.timestamp),
                             reporter)
    d = open_docx(data)
    runs = d.paragraphs[1].runs
    by_text = {r.text: r._r.rPr for r in runs}
    assert "喆" in by_text and by_text["喆"] is not None
    from convert.writers.docx.fonts import family_of
    assert by_text["喆"].find(qn("w:rFonts")).get(qn("w:eastAsia")) == family_of(chain[1])
    # the body style names the first font of the chain
    normal = d.styles["Normal"].element.find(qn("w:rPr")).find(qn("w:rFonts"))
    assert normal.get(qn("w:eastAsia")) == family_of(chain[0])
    assert [n.kind for n in reporter.notices] == ["missing-glyph"]
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        table = z.read("word/fontTable.xml").decode()
    assert f'w:name="{family_of(chain[0])}"' in table and f'w:name="{family_of(chain[1])}"' in table


def test_settings_for_modern_word(sample):
    settings = open_docx(sample).settings.element
    compat = settings.find(qn("w:compat"))
    assert compat.find(qn("w:doNotExpandShiftReturn")) is not None   # no stretched line before a break
    modes = [s.get(qn("w:val")) for s in compat.iter(qn("w:compatSetting"))
             if s.get(qn("w:name")) == "compatibilityMode"]
    assert modes == ["15"]
    assert settings.find(qn("w:rsids")) is None


def test_further_attachments_line_up_with_the_first_name(sample):
    """GB/T 9704 7.3.4: 附件：1. … / 2. … — the second item starts under the first's name."""
    d = open_docx(sample)
    first = d.styles["Attachment"].element.find(qn("w:pPr")).find(qn("w:ind"))
    item = d.styles["Attachment Item"].element.find(qn("w:pPr"))

    def first_line(ind) -> int:      # hundredths of a character: the indent less the hanging part
        return int(ind.get(qn("w:leftChars"))) - int(ind.get(qn("w:hangingChars")))

    assert first_line(first) == 200                                    # 左空二字
    # "附件：" is three characters: the item starts under the first one's number (to a
    # hundredth of a character: the characters are condensed by a fraction of a point)
    assert abs(first_line(item.find(qn("w:ind"))) - (first_line(first) + 300)) <= 2
    # both hang: a long name wraps under its own first character, the same for every item
    assert item.find(qn("w:ind")).get(qn("w:leftChars")) == first.get(qn("w:leftChars"))
    assert item.find(qn("w:spacing")).get(qn("w:before")) == "0"


def test_same_bytes_across_processes(tmp_path):
    """Nothing in the output depends on hash order or the clock: two interpreters with
    different hash seeds write identical files (SOURCE_DATE_EPOCH fixes the dates)."""
    import os
    import subprocess
    import sys

    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}.docx"
        env = dict(os.environ, PYTHONHASHSEED=seed, SOURCE_DATE_EPOCH="1700000000")
        subprocess.run([sys.executable, "-m", "convert", str(SEED), "--to", "docx", "-o", str(out)],
                       check=True, capture_output=True, env=env, timeout=600)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert open_docx(outputs[0]).core_properties.created == datetime(2023, 11, 14, 22, 13, 20, tzinfo=timezone.utc)


# ----------------------------------------------------------------- labels, laws, lists

def _fixture(name: str) -> Document:
    path = Path(__file__).parent / "fixtures" / "reader" / f"{name}.txt"
    return read(path.read_bytes(), ReadOptions(filename=path.name))


def test_chapter_labels_take_a_full_width_space_enumerations_none(sample):
    law = open_docx(write(_fixture("law_toc")))
    chapters = [p.text for p in law.paragraphs if p.style.name == "Heading 1"]
    assert chapters == ["第一章\u3000总则", "第二章\u3000保护措施", "第三章\u3000法律责任", "第四章\u3000附则"]
    enumerated = [p.text for p in open_docx(sample).paragraphs if p.style.name.startswith("Heading")]
    assert enumerated == ["一、坚持党的领导，全面巩固共同思想政治基础", "（一）在助推产业发展上积极献计",
                          "1.第三层标题", "（1）第四层标题"]


@pytest.mark.parametrize("name", ["law_toc", "law_sections", "law_traditional"])
def test_law_articles_run_into_their_text(name):
    """第一条　为了…… as one Normal paragraph (2-字 indent, not in the navigation pane),
    its label a run in the article heading's face; no lone 第一条 paragraph."""
    doc = _fixture(name)
    articles = [b for b in doc.blocks if isinstance(b, Heading) and b.label.startswith("第")
                and b.label.rstrip().endswith(("条", "條"))]
    assert articles
    d = open_docx(write(doc))
    paras = [p for p in d.paragraphs if p.runs and p.runs[0].style.name.endswith(" Label")]
    assert len(paras) == len(articles)
    for p, h in zip(paras, articles):
        assert p.style.name == "Normal"
        assert p.runs[0].text == h.label + "\u3000" and len(p.text) > len(h.label) + 2
        assert p.runs[0].style.name == f"Heading {h.level} Label"
    assert not any(p.text.strip() == h.label for p in d.paragraphs for h in articles)
    role = STYLE.role(f"heading{articles[0].level}")
    label_style = d.styles[f"Heading {articles[0].level} Label"].element.find(qn("w:rPr"))
    heading_style = d.styles[f"Heading {articles[0].level}"].element.find(qn("w:rPr"))
    fonts = label_style.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == heading_style.find(qn("w:rFonts")).get(qn("w:eastAsia"))
    bold = label_style.find(qn("w:b"))
    assert (bold is not None and bold.get(qn("w:val")) in (None, "1", "true")) == role.bold


def test_doc_number_is_followed_by_one_blank_line(sample):
    ppr = open_docx(sample).styles["Document Number"].element.find(qn("w:pPr"))
    spacing = ppr.find(qn("w:spacing"))
    role = STYLE.role("doc_number")
    assert spacing is not None and int(spacing.get(qn("w:after"))) == round(role.space_after.pt(role.size) * 20)
    assert ppr.find(qn("w:jc")).get(qn("w:val")) == "center"


def test_list_items_carry_no_numbering_of_their_own(sample):
    """The item's number is in its text (1. 第一项): no w:numPr would add another."""
    xml = zipfile.ZipFile(io.BytesIO(sample)).read("word/document.xml").decode()
    assert "<w:numPr" not in xml
    items = [p.text for p in open_docx(sample).paragraphs if p.style.name == "List Paragraph"]
    assert items == ["1. 第一项", "2. 第二项"]
