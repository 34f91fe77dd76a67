"""Hardening of the input side: the sanitizer, the reader on arbitrary bytes, malformed
model JSON, adversarial lines for the reader's regular expressions, --max-size."""

from __future__ import annotations

import json
import re
import time
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import strategies as S
from conftest import run_cli

from convert.model import Document, ModelError, Notice, Paragraph, Text, plain_text
from convert.reader import ReadError, ReadOptions, read
from convert.transform.sanitize import sanitize, sanitize_document, sanitize_text

# What XML 1.0 allows (https://www.w3.org/TR/xml/#charsets), written independently of
# the sanitizer's own character classes.
def xml_allowed(c: str) -> bool:
    o = ord(c)
    return o in (0x9, 0xA, 0xD) or 0x20 <= o <= 0xD7FF or 0xE000 <= o <= 0xFFFD or 0x10000 <= o <= 0x10FFFF


def is_bidi_control(c: str) -> bool:
    return unicodedata.bidirectional(c) in ("LRE", "RLE", "PDF", "LRO", "RLO", "LRI", "RLI", "FSI", "PDI") or \
        c in "\u200e\u200f\u061c"


any_text = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=60)
nasty_text = st.lists(st.one_of(S.nasty_chars(), S.hanzi(0, 5)), max_size=30).map("".join)


# --------------------------------------------------------------------------- sanitize


@settings(max_examples=S.examples(10))
@given(st.one_of(any_text, nasty_text))
def test_sanitized_text_is_xml_and_utf8_safe(text):
    clean = sanitize_text(text)
    assert all(xml_allowed(c) for c in clean)
    assert "\r" not in clean and not any(is_bidi_control(c) for c in clean)
    clean.encode("utf-8")                          # no lone surrogate left


@settings(max_examples=S.examples(10))
@given(st.one_of(any_text, nasty_text))
def test_sanitize_keeps_every_allowed_character_in_order(text):
    """Only forbidden characters change: the allowed ones survive, in order; each lone
    surrogate becomes exactly one U+FFFD."""
    def expected(c: str) -> str:
        if 0xD800 <= ord(c) <= 0xDFFF:
            return "\ufffd"
        o = ord(c)
        dropped = (not xml_allowed(c) or c == "\r" or 0x7F <= o <= 0x9F or is_bidi_control(c)
                   or 0xFDD0 <= o <= 0xFDEF or (o & 0xFFFE) == 0xFFFE)
        return "" if dropped else c
    assert sanitize_text(text) == "".join(map(expected, text))


@settings(max_examples=S.examples(2))
@given(S.documents())
def test_sanitized_model_counts_what_it_changed(doc):
    clean, counts = sanitize_document(doc)
    assert Document.from_json(clean.to_json()) == clean
    clean.to_json().encode("utf-8")
    assert sanitize(clean) == clean                     # idempotent
    notices = [n for n in clean.meta.notices if n.kind == "invalid-char"][len(
        [n for n in doc.meta.notices if n.kind == "invalid-char"]):]
    if not counts:
        assert clean is doc
    else:
        # one notice per kind found, each saying how many
        assert len(notices) == len(counts)
        for n, count in zip(notices, [counts[k] for k in ("control", "noncharacter", "surrogate", "bidi") if counts[k]]):
            assert n.message.startswith(f"{count} ")


def test_sanitize_notice_words():
    doc = Document(blocks=(Paragraph((Text("a\x00\x01b\ud800\u202e\ufffe"),)),))
    clean = sanitize(doc)
    assert plain_text(clean) == "ab\ufffd"
    assert clean.meta.notices == (
        Notice("invalid-char", "2 control character(s) dropped"),
        Notice("invalid-char", "1 Unicode noncharacter(s) (U+FFFE, U+FFFF …) dropped"),
        Notice("invalid-char", "1 lone surrogate(s) (undecodable bytes) replaced by U+FFFD"),
        Notice("invalid-char", "1 bidirectional-text control(s) dropped"),
    )


# --------------------------------------------------------------------------- reader


@settings(max_examples=S.examples(3))
@given(st.one_of(S.report_bytes(), st.binary(max_size=400)))
def test_reader_returns_a_model_or_a_one_line_refusal(data):
    try:
        doc = read(data, ReadOptions(filename="x.txt"))
    except ReadError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert Document.from_json(doc.to_json()) == doc


# --------------------------------------------------------------------------- model JSON


def _positions(node, path="$"):
    """(path, parent, key) of every value in a JSON tree."""
    if isinstance(node, dict):
        for k, v in node.items():
            p = f"{path}.{k}"
            yield p, node, k
            yield from _positions(v, p)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            p = f"{path}[{i}]"
            yield p, node, i
            yield from _positions(v, p)


def _wrong(value):
    """A value of a type the model never accepts in the place of ``value``."""
    if isinstance(value, bool):
        return "yes"
    if isinstance(value, int):
        return "1"
    if isinstance(value, str):
        return 5
    if isinstance(value, list):
        return {"x": 1}
    return ["not", "an", "object"]


@settings(max_examples=S.examples(3))
@given(S.documents(max_blocks=4), st.data())
def test_malformed_json_error_points_at_the_bad_field(doc, data):
    tree = json.loads(doc.to_json())
    spots = list(_positions(tree))
    path, parent, key = data.draw(st.sampled_from(spots))
    parent[key] = _wrong(parent[key])
    with pytest.raises(ModelError) as info:
        Document.from_dict(tree)
    assert info.value.path == path, (info.value, path)


MALFORMED = {
    "syntax": ('{"format": "convert-document", "version": 1, "blocks": [', "$: not JSON"),
    "format": ('{"format": "pandoc", "version": 1}', "$.format"),
    "version": ('{"format": "convert-document", "version": 2}', "$.version"),
    "text": ('{"format": "convert-document", "version": 1, "blocks": [{"type": "paragraph", '
             '"content": [{"type": "text", "text": "好"}, {"type": "text", "text": 7}]}]}',
             "$.blocks[0].content[1].text: expected a string"),
    "type": ('{"format": "convert-document", "version": 1, "blocks": [{"type": "figure"}]}',
             "$.blocks[0].type: expected one of"),
    "level": ('{"format": "convert-document", "version": 1, "blocks": [{"type": "heading", "level": 0}]}',
              "$.blocks[0].level"),
    "meta": ('{"format": "convert-document", "version": 1, "meta": {"titel": "x"}}', "$.meta.titel"),
    "rows": ('{"format": "convert-document", "version": 1, "blocks": [{"type": "table", "rows": [[{"type": "text"}]]}]}',
             "$.blocks[0].rows[0][0]: expected a list"),
    "utf16": (None, "JSON input is not UTF-8"),
}


def test_malformed_json_to_the_cli_one_line_each_naming_file_and_field(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, (text, _) in MALFORMED.items():
        data = text.encode("utf-8") if text else '{"format": "convert-document"}'.encode("utf-16")
        (folder / f"{name}.json").write_bytes(data)
    proc = run_cli(folder, "--glob", "*.json", "--to", "pdf", "-o", tmp_path / "out")
    assert proc.returncode == 1
    err = proc.stderr.decode("utf-8")
    assert "Traceback" not in err
    for name, (_, expected) in MALFORMED.items():
        lines = [line for line in err.splitlines() if f"{name}.json:" in line]
        assert lines, f"no error line for {name}.json in:\n{err}"
        assert any(expected in line for line in lines), (name, lines)
    assert not list((tmp_path / "out").rglob("*.pdf"))


# --------------------------------------------------------------------------- regexes

RUN = 200_000
#: Lines made of long runs of what the reader's patterns repeat (\s, digits, 一、, dots…)
ADVERSARIAL = {
    "spaces": "字" + " " * RUN + "字",
    "spaces-then-digit": "字" + " " * RUN + "x1",
    "ideographic-spaces": "字" + "\u3000" * RUN + "字",
    "tabs": "字" + "\t" * RUN + "字",
    "digits": "1" * RUN,
    "yi-dun": "一、" * (RUN // 2),
    "hanzi": "字" * RUN,
    "dots-toc": "目录\n" + "." * RUN + "x",
    "dashes": "-" * RUN,
    "em-dashes": "—" * RUN,
    "open-parens": "(" * RUN,
    "paren-cn": "（一" * (RUN // 2),
    "quotes": '"' * RUN,
    "colons": "：" * RUN,
    "underscores": "_" * RUN + "x",
    "commas": "，" * RUN,
    "dates": "2023年" * (RUN // 5),
    "at-signs": "a@" * (RUN // 2),
    "dotted-words": "a." * (RUN // 2),
    "www": "www." + "a." * (RUN // 2),
    "url": "https://" + "a/" * (RUN // 2),
    "di": "第" * RUN,
    "dash-spaces": "字" + "- " * (RUN // 2) + "1",
    "field": "来源" + " " * RUN + "x",
    "brackets": "【" * RUN,
    "many-short-lines": "字\n" * (RUN // 4),
    "many-heading-lines": "一、字\n" * (RUN // 8),
    "many-blank-lines": "\n" * RUN + "字",
    # the reader was once quadratic on these (28 s for 30k lines; 6.9 s for 10k)
    "numbered-sentences": "".join(f"{i % 9 + 1}.加强组织领导，落实工作责任。\n" for i in range(RUN // 4)),
    "repeated-short-lines": "工作要求\n" * (RUN // 4),
    # a post's repeated footer and a timestamp, over and over (region._first_post)
    "repeated-posts": "由某某张贴 @\n2005-06-14 03:25:55\n" * (RUN // 30),
    # and on these, in the third session (an outline's copies, a long run of 一、二、 siblings,
    # a chain of comma-led spans, running heads letting the line-joiner run across pages)
    "same-title-lines": "四个汉字呀\n" * (RUN // 6),
    "alternating-short-lines": "甲乙丙丁戊\n己庚辛壬癸\n" * (RUN // 12),
    "comma-led-lines": "，逗号开头的一行\n" * (RUN // 8),
    "running-heads": ("立法會 ─ 2013年5月2日\n3456\n" + "正文一句话，没有结束\n" * 8) * (RUN // 100),
    "quote-runs": "修正「\n名字\n」部分\n" * (RUN // 20),
    # the fourth session's rules: a document flattened onto one line (unflatten.py), a
    # number split around its brackets, code spans, a topic's numbered replies
    "flattened-notice": "一、总体要求（一）指导思想。以新发展理念为引领。" * (RUN // 24),
    "flattened-gaps": "　　党政办公室　　关于印发《方案》的通知" * (RUN // 20),
    "nbsp-entities": "第一章 &nbsp;总 &nbsp;则第一条&nbsp;&nbsp;根据法律。" * (RUN // 40),
    "bracket-pieces": "按照意见（中发〔\n2015\n〕\n9\n号）等要求\n" * (RUN // 30),
    "code-spans": "一句没有结束的中文句子\nndarray\n" * (RUN // 20),
    "reply-floors": "用户\n#1\n1 月前\n回复的内容。\n" * (RUN // 20),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", ADVERSARIAL)
def test_reader_regexes_are_not_quadratic(name):
    """200k repetitions of one thing: a quadratic pattern would take minutes. The bound
    is generous (a hang detector, not a benchmark)."""
    data = ("标题\n" + ADVERSARIAL[name] + "\n").encode("utf-8")
    started = time.perf_counter()
    try:
        read(data, ReadOptions(filename="a.txt"))
    except ReadError:
        pass
    assert time.perf_counter() - started < 20, f"{name}: reader took too long (quadratic?)"


# --------------------------------------------------------------------------- size


def test_max_size_refuses_larger_inputs_with_one_line(tmp_path):
    small, big = tmp_path / "small.txt", tmp_path / "big.txt"
    small.write_text("标题\n\n正文。\n", encoding="utf-8")
    big.write_bytes(("标题\n" + "正文。" * 2000 + "\n").encode("utf-8"))
    proc = run_cli(small, big, "--to", "json", "--max-size", "4K", "-o", tmp_path / "out")
    assert proc.returncode == 1
    err = [line for line in proc.stderr.decode().splitlines() if "big.txt" in line]
    assert err and re.search(r"big\.txt: [\d,]+ bytes is larger than --max-size 4,096", err[0]), err
    assert (tmp_path / "out" / "small.json").is_file() and not (tmp_path / "out" / "big.json").exists()


def test_max_size_applies_to_stdin(tmp_path):
    proc = run_cli("-", "--to", "json", "--max-size", "1K", "-o", tmp_path / "x.json", input=b"x" * 5000)
    assert proc.returncode == 1 and b"larger than --max-size 1,024" in proc.stderr
    assert not (tmp_path / "x.json").exists()


def test_max_size_rejects_a_bad_value():
    proc = run_cli("x.txt", "--max-size", "lots")
    assert proc.returncode == 2 and b"not a size" in proc.stderr and b"Traceback" not in proc.stderr


def test_gb18030_whose_only_non_ascii_is_emoji_is_read():
    """Found by the property test: valid GB18030 whose non-ASCII text is all four-byte
    sequences (emoji) was refused as 'undecodable: 0 of 524 bytes are not valid …'."""
    data = ("https://www.gov.cn/" + "a" * 100 + ".htm\n" + "😀" * 100).encode("gb18030")
    doc = read(data, ReadOptions(filename="a.txt"))
    assert "😀" * 100 in plain_text(doc)
