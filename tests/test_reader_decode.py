"""decode: encodings, BOMs, newlines, binary and empty input; the same model whatever
the encoding."""

from __future__ import annotations

import codecs
from dataclasses import replace

import pytest

from convert.reader import ReadError, ReadOptions, read
from convert.reader.decode import decode

SIMPLIFIED = (
    "某某区2023年政府工作报告\n\n"
    "各位代表：\n\n"
    "一、过去一年的工作\n\n"
    "深化改革开放。全年新增市场主体1.2万户，增长12.5%，营商环境持续优化。\n\n"
    "（一）经济运行稳中向好。地区生产总值增长5.6%，“十四五”规划主要指标进展顺利。\n\n"
    "二、今年的主要任务\n\n"
    "坚持稳中求进工作总基调，着力推动高质量发展，努力实现质的有效提升和量的合理增长。\n"
)
TRADITIONAL = (
    "某某縣政府施政報告\n\n"
    "各位議員：\n\n"
    "一、經濟發展\n\n"
    "推動產業升級。本縣持續推動智慧製造與綠色能源產業，協助中小企業數位轉型。\n\n"
    "二、社會福利\n\n"
    "照顧弱勢是縣政府的責任。本年度社會福利預算較去年增加百分之八，擴大長期照顧服務據點。\n"
)


def _model(data: bytes):
    doc = read(data, ReadOptions(filename="x.txt"))
    return replace(doc, meta=replace(doc.meta, notices=()))


@pytest.mark.parametrize("encode", [
    lambda s: s.encode("utf-8"),
    lambda s: codecs.BOM_UTF8 + s.encode("utf-8"),
    lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"),
    lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"),
    lambda s: s.encode("utf-16-le"),          # no BOM: found by the NUL pattern? (CJK has few NULs)
    lambda s: s.encode("gb18030"),
    lambda s: s.replace("\n", "\r\n").encode("gb18030"),
], ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-nobom", "gb18030", "gb18030-crlf"])
def test_simplified_text_gives_the_same_model_in_every_encoding(encode):
    data = encode(SIMPLIFIED)
    if data[:2] not in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) and b"\x00" in data \
            and decode(data).encoding != "utf-16-le":
        pytest.skip("UTF-16 without BOM and too few NUL bytes to tell")  # documented limit
    assert _model(data) == _model(SIMPLIFIED.encode("utf-8"))


@pytest.mark.parametrize("encode", [
    lambda s: s.encode("utf-8"),
    lambda s: codecs.BOM_UTF8 + s.encode("utf-8"),
    lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"),
    lambda s: s.encode("big5"),
], ids=["utf8", "utf8-bom", "utf16le-bom", "big5"])
def test_traditional_text_gives_the_same_model_in_every_encoding(encode):
    doc = _model(encode(TRADITIONAL))
    assert doc == _model(TRADITIONAL.encode("utf-8"))
    assert doc.meta.language == "zh-Hant"


def test_guessed_encodings_are_reported():
    gb = read(SIMPLIFIED.encode("gb18030"))
    assert [n.kind for n in gb.meta.notices].count("encoding") == 1
    assert "GB18030" in gb.meta.notices[0].message
    big5 = read(TRADITIONAL.encode("big5"))
    assert any("BIG5" in n.message for n in big5.meta.notices if n.kind == "encoding")
    utf8 = read(SIMPLIFIED.encode("utf-8"))
    assert not [n for n in utf8.meta.notices if n.kind == "encoding"]


def test_utf16_without_bom_found_by_nul_pattern():
    text = "Annual report 2023\n\nThe bureau disclosed 1,286 items. 一、概况\n" * 3
    d = decode(text.encode("utf-16-le"))
    assert d.encoding == "utf-16-le"
    assert d.lines[0] == "Annual report 2023"


def test_invalid_bytes_are_replaced_and_counted():
    data = SIMPLIFIED.encode("utf-8")
    broken = data[:40] + b"\xff\xfe\xfd" + data[40:]
    d = decode(broken)
    assert d.replaced >= 1
    assert any("replaced" in n.message for n in d.notices)
    doc = read(broken)
    assert "一、" not in doc.meta.title


def test_newlines_nbsp_and_ideographic_indent():
    d = decode("标题\r\n\u3000\u3000正文一段。\r第二段\u00a0内容。\u2028第三段。\n一、\u200b坚持".encode("utf-8"))
    assert d.lines == ("标题", "\u3000\u3000正文一段。", "第二段 内容。", "第三段。", "一、坚持")


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"   \n\t\r\n\xe3\x80\x80\n", "whitespace"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "ZIP"),
    (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
    (bytes(range(256)) * 4, "binary"),
    (b"abc\x00def\x00\x01\x02\x03ghi" * 50, "binary"),
])
def test_non_text_input_is_refused_with_a_plain_reason(data, reason):
    with pytest.raises(ReadError) as err:
        read(data)
    assert reason.lower() in str(err.value).lower()


def test_undecodable_bytes_are_refused():
    with pytest.raises(ReadError, match="undecodable"):
        read(b"\xff" * 400)
    with pytest.raises(ReadError, match="undecodable"):
        read(b"\x80\x81\x82" * 100)


def test_a_few_broken_bytes_in_chinese_text_are_replaced():
    data = "中文报告内容，经济发展稳中向好。".encode("gb18030") + b"\xff" + "继续推进。".encode("gb18030")
    d = decode(data)
    assert d.encoding == "gb18030" and d.replaced == 1
    assert d.lines[0] == "中文报告内容，经济发展稳中向好。\ufffd继续推进。"


@pytest.mark.parametrize("text, codec", [
    ("Café résumé naïve déjà vu, the annual report.", "cp1252"),
    ("Отчёт о работе правительства за год", "cp1251"),
])
def test_non_chinese_legacy_text_is_not_read_as_gb18030(text, codec):
    d = decode(text.encode(codec))
    assert d.lines[0] == text


def test_garbage_with_nul_bytes_is_not_taken_for_utf16():
    with pytest.raises(ReadError, match="binary"):
        read(bytes([0x80, 0xFF, 0xFE, 0x81, 0x00, 0x9F]) * 200)


def test_a_stray_nul_is_dropped_and_reported_and_the_file_converts():
    data = "某某通知\n各单位：\n现将有关事项通知如下，请\x00认真贯彻执行。\n".encode("utf-8")
    d = decode(data)
    assert d.lines[2] == "现将有关事项通知如下，请认真贯彻执行。"
    assert [(n.kind, n.message, n.line) for n in d.notices] == [
        ("stray-bytes", "1 NUL byte(s) dropped (the first on line 3)", 3)]


def test_escape_code_leftovers_are_dropped_and_the_text_around_them_kept():
    doc = read("某某通知\n各单位：\nabc\x01\x07\x1b[31m红色<&>正文，请认真贯彻执行。\n".encode("utf-8"))
    texts = [b.content[0].text for b in doc.blocks]
    assert "abc红色<&>正文，请认真贯彻执行。" in texts
    assert not doc.meta.removed
    assert [n.message for n in doc.meta.notices if n.kind == "stray-bytes"] == [
        "3 control character(s) or escape code(s) dropped (the first on line 3)"]


def test_mostly_binary_with_nuls_is_still_refused():
    with pytest.raises(ReadError, match="binary"):
        read(b"PK\x03\x04" [:0] + bytes(range(256)) * 4)
    with pytest.raises(ReadError, match="binary"):
        read("正文".encode("utf-8") + b"\x00" * 50)
