"""Property tests: the reader never crashes, and loses no character that is not
boilerplate (punctuation normalisation and whitespace aside)."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from convert.model import Heading, iter_blocks, plain_text
from convert.reader import ReadError, ReadOptions, read

SETTINGS = settings(max_examples=int(__import__("os").environ.get("READER_EXAMPLES", "150")), deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Pieces that exercise every classifier: numbering, front matter, boilerplate,
#: punctuation in and out of Chinese context, fragments, URLs.
TOKENS = [
    "一、", "（一）", "(二)", "1.", "2、", "（1）", "第一章", "第 2 条", "第三节", "附件", "附件：", "附件1",
    "目录", "名词解释", "各位代表：", "同志们！", "2023年1月10日", "（2023年1月10日）", "国发〔2016〕73号",
    "——在会议上", "市长　王明", "某某区人民政府", "（此件公开发布）", "分享到", "来源：新华社", "发布时间：2023-01-10",
    "上一篇：", "相关文章", "浙ICP备12345678号", "【字体：大 中 小】", "221381", "领取福利",
    "PM", "2.5", "1,000", "12:30", "3.5", "http://a.cn/x?y=1,2", "GDP", "The report", "(扩大)", '"两个确立"',
    "...", "--", ",", ":", ";", "?", "!", "(", ")", '"', "'", "。", "，", "：",
    "深入学习中共二十大精神。", "坚持党的全面领导", "政协工作", "一是加强学习。", "经济", "發展", "報告",
    "\n", "\n", "\n\n", " ", "\u3000\u3000", "\t", "\r\n",
]
documents = st.lists(st.sampled_from(TOKENS), min_size=0, max_size=60).map("".join)

_FOLD = str.maketrans({"，": ",", "：": ":", "；": ";", "？": "?", "！": "!", "（": "(", "）": ")",
                       "“": '"', "”": '"', "‘": "'", "’": "'"})


def canonical(text: str) -> str:
    """Fold full/half-width pairs; drop whitespace and the marks that change length
    when normalised (... → ……, -- → ——)."""
    text = re.sub(r"。{3,}", "", text).translate(_FOLD)
    return "".join(c for c in text if not c.isspace() and c not in ".…-—")


def model_text(doc) -> str:
    """The blocks' text, in order. The title and doc number live in meta only, with no
    position among the blocks: ``without_meta`` takes them out of the expected text."""
    parts = []
    for b in iter_blocks(doc.blocks):
        if isinstance(b, Heading):
            parts.append(b.label)
        if not hasattr(b, "items") and not hasattr(b, "meta"):
            parts.append(plain_text(b))
    return "".join(parts)


def without_meta(expected: str, doc) -> str:
    for field in (doc.meta.title, doc.meta.doc_number):
        piece = canonical(field)
        assert piece in expected, (piece, expected)
        expected = expected.replace(piece, "", 1) if piece else expected
    return expected


def expected_text(source: str, doc) -> str:
    """The source without the removed (boilerplate) lines or parts of lines."""
    lines = source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for r in doc.meta.removed:
        line = lines[r.line - 1]
        stripped = line.strip(" \t\u3000")
        if stripped == r.text:
            lines[r.line - 1] = ""
        else:
            assert r.text in line, (r, line)
            lines[r.line - 1] = line.replace(r.text, "", 1)
    return "".join(lines)


@SETTINGS
@given(st.binary(max_size=2000))
def test_never_crashes_on_bytes(data):
    try:
        read(data)
    except ReadError as err:
        assert str(err)


@SETTINGS
@given(st.text(max_size=500))
def test_never_crashes_on_any_string(text):
    for options in (ReadOptions(), ReadOptions(keep_boilerplate=True, normalize=False)):
        try:
            read(text.encode("utf-8", "surrogatepass"), options)
        except ReadError as err:
            assert str(err)


@SETTINGS
@given(documents)
def test_every_non_boilerplate_character_survives_in_order(source):
    try:
        doc = read(source.encode("utf-8"))
    except ReadError:
        assert not source.strip()
        return
    assert canonical(model_text(doc)) == without_meta(canonical(expected_text(source, doc)), doc)


@SETTINGS
@given(documents)
def test_keep_boilerplate_keeps_every_character(source):
    try:
        doc = read(source.encode("utf-8"), ReadOptions(keep_boilerplate=True, normalize=False))
    except ReadError:
        return
    assert doc.meta.removed == ()
    assert canonical(model_text(doc)) == without_meta(canonical(source), doc)
