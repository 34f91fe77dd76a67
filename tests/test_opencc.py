"""OpenCC transform: known conversions per config, phrases across run boundaries,
quotes, metadata and language tags (on the model; the output formats are checked in
test_opencc_outputs.py)."""

from __future__ import annotations

import json
from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from convert.model import (Document, Emphasis, Heading, LineBreak, List, Meta, Paragraph, Part, Removed, Strong,
                           Table, Text, plain_text, text)
from convert.transform import TRANSFORMS, TransformOptions, apply_transforms
from convert.transform.opencc import (CONFIG_LANGUAGE, OpenCCError, available_configs, conversion, convert_document,
                                      converter, known_configs, simplified_config, split_converted,
                                      target_language, traditional_config)
from convert.transform.quotes import convert_quotes, to_corner, to_curly


def para(s: str) -> Document:
    return Document(Meta(), (Paragraph(text(s)),))


def body(doc: Document) -> str:
    return plain_text(doc)


# --------------------------------------------------------------------------- configs

def test_every_config_the_package_ships_is_offered():
    shipped = {Path(f).stem for f in opencc.CONFIGS}
    assert set(available_configs()) == shipped
    for name in ("s2t", "s2tw", "s2twp", "s2hk", "t2s", "tw2s", "tw2sp", "hk2s", "t2tw", "t2hk", "t2jp", "jp2t"):
        assert name in available_configs()
    assert {"traditional", "simplified"} <= set(known_configs())


@pytest.mark.parametrize("config", sorted(Path(f).stem for f in opencc.CONFIGS))
def test_every_config_converts_a_document_and_tags_its_language(config):
    out = convert_document(Document(Meta(title="软件"), (Paragraph(text("头发")),)), config)
    assert out.meta.language == CONFIG_LANGUAGE[config]
    assert len(body(out)) == 2


def test_unknown_config_is_an_error_listing_the_configs():
    with pytest.raises(OpenCCError, match=r"unknown OpenCC config 's2x'; available: .*s2twp"):
        convert_document(para("软件"), "s2x")


# Known conversions: (config, input, expected). Checked against OpenCC's own tables.
KNOWN = [
    # 鼠标 → 滑鼠 is a Taiwan *phrase*: only the phrase configs (s2twp, and s2hkp) do it.
    ("s2twp", "鼠标", "滑鼠"),
    ("s2tw", "鼠标", "鼠標"),
    ("s2t", "鼠标", "鼠標"),
    ("s2hk", "鼠标", "鼠標"),
    ("s2hkp", "鼠标", "滑鼠"),
    # 软件: Taiwan says 軟體, standard Traditional and Hong Kong keep 軟件.
    ("s2twp", "软件", "軟體"),
    ("s2t", "软件", "軟件"),
    ("s2tw", "软件", "軟件"),
    ("s2hk", "软件", "軟件"),
    # 着/著: OpenCC standard keeps 着 (zhe/zhao); Taiwan writes 著.
    ("s2t", "着想 接着", "着想 接着"),
    ("s2tw", "着想 接着", "著想 接著"),
    ("t2tw", "着想", "著想"),
    # tw2s: Taiwan 著 becomes 着 where it is zhe/zhao, stays 著 where it is zhu (著作, 显著).
    ("tw2s", "著想 接著 看著", "着想 接着 看着"),
    ("tw2s", "著作 顯著", "著作 显著"),
    ("t2s", "著作", "著作"),
    # Simplified targets.
    ("t2s", "頭髮 理髮 發展", "头发 理发 发展"),
    ("tw2sp", "軟體 滑鼠 計程車", "软件 鼠标 出租车"),
    ("tw2s", "軟體 滑鼠", "软体 滑鼠"),
    ("hk2s", "軟件 鼠標", "软件 鼠标"),
    # 发 is 發 or 髮 by phrase.
    ("s2t", "理发 头发 发展", "理髮 頭髮 發展"),
    ("t2jp", "國語 學校", "国語 学校"),
    ("jp2t", "国語 学校", "國語 學校"),
]


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2twp", "s2hk"])
def test_upstream_mistakes_are_corrected(config):
    # Raw OpenCC gets these wrong (the independent check that the fix is needed) …
    raw = converter(config).convert
    assert raw("奋进新征程") == "奮進新徵程"
    assert raw("被发明") == "被髮明"
    # … convert_document gets them right, and leaves the right uses of 徵 and 髮 alone.
    src = "奋进新征程，踏上新征途。印刷术被发明、被发掘。新征收的税。特征程度。头发明显。"
    out = body(convert_document(para(src), config, quotes="keep"))
    assert "新征程" in out and "新征途" in out and "被發明" in out and "被發掘" in out
    assert "新徵收" in out and "特徵程度" in out and "頭髮明顯" in out


@pytest.mark.parametrize("config,source,expected", KNOWN)
def test_known_conversions(config, source, expected):
    assert body(convert_document(para(source), config, quotes="keep")) == expected


def test_traditional_and_simplified_helpers():
    assert traditional_config() == "s2twp"
    assert simplified_config("zh-Hant") == "t2s"
    assert simplified_config("zh-Hans") == "t2s"
    assert simplified_config("zh-Hant-TW") == "tw2sp"
    assert simplified_config("zh-TW") == "tw2sp"
    assert simplified_config("zh-Hant-HK") == "hk2s"
    assert simplified_config("zh-hant-hk") == "hk2s"


def test_simplified_alias_follows_the_input_language():
    taiwan = Document(Meta(language="zh-Hant-TW"), (Paragraph(text("軟體")),))
    assert body(convert_document(taiwan, "simplified")) == "软件"        # tw2sp: Taiwan phrase undone
    standard = Document(Meta(language="zh-Hant"), (Paragraph(text("軟體")),))
    assert body(convert_document(standard, "simplified")) == "软体"      # t2s: character by character
    assert convert_document(taiwan, "traditional").meta.language == "zh-Hant-TW"


def test_simplified_alias_resolves_per_part_of_a_collection():
    doc = Document(Meta(language="zh-Hant"), (
        Part(Meta(title="臺灣", language="zh-Hant-TW"), (Paragraph(text("軟體")),)),
        Part(Meta(title="標準", language="zh-Hant"), (Paragraph(text("軟體")),)),
    ))
    out = convert_document(doc, "simplified")
    assert [plain_text(p) for p in out.blocks] == ["软件", "软体"]
    assert [p.meta.language for p in out.blocks] == ["zh-Hans", "zh-Hans"]
    assert [p.meta.title for p in out.blocks] == ["台湾", "标准"]


# --------------------------------------------------------------------------- run boundaries

def test_phrase_across_a_strong_text_boundary_converts_as_a_phrase():
    doc = Document(Meta(), (Paragraph((Strong((Text("理"),)), Text("发"))),))
    # The independent check: converted alone, 发 would be 發.
    assert converter("s2t").convert("发") == "發"
    out = convert_document(doc, "s2t")
    assert out.blocks[0].content == (Strong((Text("理"),)), Text("髮"))


def test_boundary_inside_nested_emphasis_and_across_several_runs():
    seq = (Text("他去"), Emphasis((Strong((Text("理"),)),)), Text("发，"), Strong((Text("头"),)), Text("发很短"))
    out = convert_document(Document(Meta(), (Paragraph(seq),)), "s2t").blocks[0].content
    assert out == (Text("他去"), Emphasis((Strong((Text("理"),)),)), Text("髮，"), Strong((Text("頭"),)),
                   Text("髮很短"))


def test_phrase_that_changes_length_across_a_boundary_stays_whole():
    # U盘 → 隨身碟 (2 → 3 characters) in s2twp; the phrase goes to the run it begins in.
    assert converter("s2twp").convert("U盘") == "隨身碟"
    seq = (Text("插上"), Strong((Text("U"),)), Text("盘吧"))
    out = convert_document(Document(Meta(), (Paragraph(seq),)), "s2twp").blocks[0].content
    assert out == (Text("插上"), Strong((Text("隨身碟"),)), Text("吧"))


def test_a_line_break_separates_phrases():
    seq = (Text("理"), LineBreak(), Text("发"))
    out = convert_document(Document(Meta(), (Paragraph(seq),)), "s2t").blocks[0].content
    assert out == (Text("理"), LineBreak(), Text("發"))


def test_runs_without_a_straddling_phrase_convert_run_by_run():
    assert split_converted(["软件", "发展"], converter("s2twp").convert) == ["軟體", "發展"]
    assert split_converted(["", "头发", ""], converter("s2t").convert) == ["", "頭髮", ""]


SENTENCES = ["他去理发店剪头发，顺便买了鼠标和U盘。", "奋进新征程，印刷术被发明。", "软件发展着，出租车在信息高速公路上行驶。",
             "这个软件的内存占用很高，打印机和数据库都要升级。"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(SENTENCES), st.lists(st.integers(0, 30), max_size=5),
       st.sampled_from(["s2t", "s2tw", "s2twp", "s2hk"]))
def test_splitting_into_runs_never_changes_the_converted_text(sentence, cuts, config):
    """Whatever the run boundaries, the text equals the whole sentence converted at once."""
    bounds = sorted({min(c, len(sentence)) for c in cuts} | {0, len(sentence)})
    runs = tuple(Strong((Text(sentence[a:b]),)) if i % 2 else Text(sentence[a:b])
                 for i, (a, b) in enumerate(zip(bounds, bounds[1:])))
    out = convert_document(Document(Meta(), (Paragraph(runs),)), config, quotes="keep")
    assert body(out) == conversion(config)(sentence)
    assert [type(r) for r in out.blocks[0].content] == [type(r) for r in runs]


# --------------------------------------------------------------------------- every node and the metadata

def test_every_block_kind_and_the_heading_label_are_converted():
    doc = Document(Meta(), (
        Heading(2, "第三条", text("软件")),
        Table(((text("鼠标"), text("头发")),), header_rows=1),
        List(True, ((Paragraph(text("发展")),), (Heading(3, "", text("信息")),))),
    ))
    out = convert_document(doc, "s2twp")
    assert out.blocks[0] == Heading(2, "第三條", text("軟體"))
    assert out.blocks[1] == Table(((text("滑鼠"), text("頭髮")),), header_rows=1)
    assert out.blocks[2] == List(True, ((Paragraph(text("發展")),), (Heading(3, "", text("資訊")),)))


def test_metadata_is_converted_but_source_and_removed_lines_are_kept():
    meta = Meta(title="关于软件发展的报告", subtitle="——在会议上的发言", author="国务院办公厅",
                date="2023年1月10日", doc_number="国办发〔2023〕1号", source="报告.txt",
                removed=(Removed(1, "网站首页", "site banner"),))
    out = convert_document(Document(meta, ()), "s2twp").meta
    assert out.title == "關於軟體發展的報告"
    assert out.subtitle == "——在會議上的發言"
    assert out.author == "國務院辦公廳"
    assert out.date == "2023年1月10日"
    assert out.doc_number == "國辦發〔2023〕1號"
    assert out.source == "报告.txt"
    assert out.removed == meta.removed


def test_part_metadata_is_converted():
    doc = Document(Meta(title="汇编"), (Part(Meta(title="软件报告", author="发改委"), (Paragraph(text("头发")),)),))
    out = convert_document(doc, "s2hk")
    part = out.blocks[0]
    assert (out.meta.title, part.meta.title, part.meta.author) == ("彙編", "軟件報告", "發改委")
    assert part.meta.language == "zh-Hant-HK"


@pytest.mark.parametrize("config,language", [
    ("s2tw", "zh-Hant-TW"), ("s2twp", "zh-Hant-TW"), ("t2tw", "zh-Hant-TW"),
    ("s2hk", "zh-Hant-HK"), ("t2hk", "zh-Hant-HK"),
    ("s2t", "zh-Hant"),
    ("t2s", "zh-Hans"), ("tw2s", "zh-Hans"), ("tw2sp", "zh-Hans"), ("hk2s", "zh-Hans"),
])
def test_language_tag(config, language):
    assert convert_document(para("软件"), config).meta.language == language
    assert target_language(config) == language


def test_converted_document_survives_json():
    doc = Document(Meta(title="“软件”"), (Paragraph((Strong((Text("理"),)), Text("发“鼠标”"))),))
    out = convert_document(doc, "s2twp")
    assert Document.from_json(out.to_json()) == out
    data = json.loads(out.to_json())
    assert data["meta"]["language"] == "zh-Hant-TW"
    assert data["meta"]["title"] == "「軟體」"


# --------------------------------------------------------------------------- quotes

def test_taiwan_and_hong_kong_get_corner_quotes():
    src = "他说：“我们要‘实事求是’。”"
    assert body(convert_document(para(src), "s2twp")) == "他說：「我們要『實事求是』。」"
    assert body(convert_document(para(src), "s2hk")) == "他説：「我們要『實事求是』。」"   # HK variant 説


def test_standard_traditional_keeps_the_quotes_as_written():
    assert body(convert_document(para("“软件”"), "s2t")) == "“軟件”"


def test_simplified_target_gets_curly_quotes():
    assert body(convert_document(para("他說：「我們要『實事求是』。」"), "tw2sp")) == "他说：“我们要‘实事求是’。”"


def test_quote_style_is_configurable():
    assert body(convert_document(para("“软件”"), "s2twp", quotes="curly")) == "“軟體”"
    assert body(convert_document(para("“软件”"), "s2twp", quotes="keep")) == "“軟體”"
    assert body(convert_document(para("“软件”"), "s2t", quotes="corner")) == "「軟件」"
    with pytest.raises(OpenCCError, match="unknown quote style 'square'"):
        convert_document(para("“软件”"), "s2t", quotes="square")


def test_quotes_across_runs_and_in_metadata():
    doc = Document(Meta(title="“鼠标”"), (Paragraph((Strong((Text("“理"),)), Text("发”"))),))
    out = convert_document(doc, "s2tw")
    assert out.meta.title == "「鼠標」"
    assert out.blocks[0].content == (Strong((Text("「理"),)), Text("髮」"))


def test_apostrophes_in_latin_words_are_not_quotes():
    assert to_corner("“Xi’an” and don’t ‘多’") == "「Xi’an」 and don’t 『多』"
    assert to_curly("「外『内』」") == "“外‘内’”"


def test_quote_transform_without_opencc():
    doc = Document(Meta(title="“题”"), (Paragraph(text("“甲‘乙’”")),))
    out = convert_quotes(doc, "corner")
    assert (out.meta.title, body(out)) == ("「题」", "「甲『乙』」")


# --------------------------------------------------------------------------- the registry

def test_transform_registry_runs_in_order_and_only_when_asked():
    assert [t.name for t in TRANSFORMS] == ["sanitize", "opencc", "quotes"]
    doc = para("“软件”")
    assert apply_transforms(doc, TransformOptions()) == doc
    # sanitize runs first, whatever else is asked: the control character never reaches OpenCC.
    dirty = para("软\x07件")
    assert body(apply_transforms(dirty, TransformOptions())) == "软件"
    assert body(apply_transforms(dirty, TransformOptions(opencc="s2twp"))) == "軟體"
    assert body(apply_transforms(doc, TransformOptions(opencc="s2twp"))) == "「軟體」"
    assert body(apply_transforms(doc, TransformOptions(opencc="s2twp", quotes="curly"))) == "“軟體”"
    assert body(apply_transforms(doc, TransformOptions(quotes="corner"))) == "「软件」"
