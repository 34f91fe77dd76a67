"""The Markdown reader (convert/reader/markdown.py): .md/.markdown and --from markdown."""

from __future__ import annotations

import json
import zipfile
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import BENCH_DATA, run_cli
from convert.model import (Document, Emphasis, Heading, LineBreak, List, Meta, Notice, Paragraph, Removed, Strong,
                           Table, Text, plain_text)
from convert.reader import ReadError, ReadOptions, read
from convert.reader.decode import decode
from convert.reader.markdown import language_of, read_front_matter

BENCH = BENCH_DATA
SETTINGS = settings(max_examples=int(__import__("os").environ.get("READER_EXAMPLES", "150")), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def read_md(source: str, **options) -> Document:
    return read(source.encode("utf-8"), ReadOptions(syntax="markdown", **options))


def outline(doc: Document) -> list[tuple[int, str, str]]:
    return [(b.level, b.label, plain_text(b.content)) for b in doc.blocks if isinstance(b, Heading)]


def paragraphs(doc: Document) -> list[str]:
    return [plain_text(b) for b in doc.blocks if isinstance(b, Paragraph)]


# --------------------------------------------------------------------------- the benchmark's twins


def test_markdown_twin_reads_like_the_text():
    """report-180k.md (front matter, # and ## headings) is report-180k.txt marked up:
    the same title, outline (levels, labels, texts) and paragraphs, in JSON."""
    text = read((BENCH / "report-180k.txt").read_bytes(), ReadOptions(filename="report-180k.txt"))
    md = read((BENCH / "report-180k.md").read_bytes(), ReadOptions(filename="report-180k.md", syntax="markdown"))

    def shape(doc: Document) -> dict:
        data = json.loads(doc.to_json())
        return {"title": data["meta"]["title"], "language": data["meta"]["language"],
                "outline": [(b["level"], b["label"], b["content"]) for b in data["blocks"] if b["type"] == "heading"],
                "paragraphs": [b["content"] for b in data["blocks"] if b["type"] == "paragraph"]}

    assert shape(md) == shape(text)
    assert len(outline(md)) == 95 and {level for level, _, _ in outline(md)} == {1, 2}
    assert outline(md)[0] == (1, "一、", "坚持党的全面领导，筑牢团结奋斗的共同思想政治基础")
    assert md.meta.title == "中国人民政治协商会议某某区委员会常务委员会工作报告（2024年度）"


# --------------------------------------------------------------------------- a hand-written document

SAMPLE = """\
---
title: "关于开展2024年度安全检查的通知"
subtitle: （征求意见稿）
author: 某某市人民政府办公室
date: 2024年3月1日
lang: zh-CN
tags: [通知, 安全]
---

## 一、总体要求

各区要**高度重视**,认真组织
实施本次检查工作,确保
*按时完成*。Open
source software.

### （一）检查范围

- 危险化学品企业
- 建筑施工
  工地

#### 1.时间安排

| 阶段 | 时间 |
|------|------|
| 自查(企业) | 3月 |
| 抽查 | 4月 |

> 注:本通知自印发之日起施行。
"""


def test_hand_written_markdown_gives_the_exact_model():
    doc = read_md(SAMPLE, filename="notice.md")
    assert doc.meta == Meta(
        title="关于开展2024年度安全检查的通知", subtitle="（征求意见稿）", author="某某市人民政府办公室",
        date="2024年3月1日", language="zh-Hans", source="notice.md",
        notices=(Notice("markdown", "front matter key(s) not used: tags", 1),))
    assert doc.blocks == (
        Paragraph((Text("（征求意见稿）"),), "subtitle"),
        Paragraph((Text("某某市人民政府办公室"),), "author"),
        Paragraph((Text("2024年3月1日"),), "date"),
        # ## ### #### are the levels used: 1, 2, 3
        Heading(1, "一、", (Text("总体要求"),)),
        # CJK lines joined without a space, Latin words with one; , → ， in Chinese context
        Paragraph((Text("各区要"), Strong((Text("高度重视"),)), Text("，认真组织实施本次检查工作，确保"),
                   Emphasis((Text("按时完成"),)), Text("。Open source software."))),
        Heading(2, "（一）", (Text("检查范围"),)),
        List(False, ((Paragraph((Text("危险化学品企业"),)),), (Paragraph((Text("建筑施工工地"),)),))),
        Heading(3, "1.", (Text("时间安排"),)),
        Table((((Text("阶段"),), (Text("时间"),)),
               ((Text("自查（企业）"),), (Text("3月"),)),
               ((Text("抽查"),), (Text("4月"),))), header_rows=1),
        Paragraph((Text("注：本通知自印发之日起施行。"),), "note"),
    )
    assert Document.from_json(doc.to_json()) == doc


def test_no_normalize_keeps_half_width_marks():
    doc = read_md("段落,一(二)\n继续", normalize=False)
    assert doc.blocks == (Paragraph((Text("段落,一(二)继续"),)),)


def test_the_only_first_h1_is_the_title_and_levels_stay_relative():
    doc = read_md("# 年度报告\n\n## 一、概况\n\n正文。\n\n### （一）细节\n\n正文二。\n")
    assert doc.meta.title == "年度报告"
    assert outline(doc) == [(1, "一、", "概况"), (2, "（一）", "细节")]


def test_several_h1_are_headings_and_the_file_name_is_the_title():
    doc = read_md("# 第一部分\n\n正文。\n\n# 第二部分\n\n正文。\n", filename="报告.md")
    assert doc.meta.title == "报告"
    assert outline(doc) == [(1, "第一部分", ""), (1, "第二部分", "")]


def test_an_h1_repeating_the_front_matter_title_is_recorded_as_removed():
    doc = read_md("---\ntitle: 通知\n---\n\n# 通知\n\n正文。\n")
    assert doc.meta.title == "通知"
    assert doc.blocks == (Paragraph((Text("正文。"),)),)
    assert doc.meta.removed == (Removed(5, "通知", "title repeated (front matter and heading)"),)


@pytest.mark.parametrize("tag, expected", [("zh-CN", "zh-Hans"), ("zh-Hans", "zh-Hans"), ("zh", "zh-Hans"),
                                           ("zh-TW", "zh-Hant"), ("zh_HK", "zh-Hant"), ("zh-Hant-TW", "zh-Hant"),
                                           ("en-US", "en"), ("fr", "")])
def test_front_matter_language(tag, expected):
    assert language_of(tag) == expected


def test_without_lang_the_language_is_detected():
    assert read_md("# 總則\n\n為了規範政府資訊公開工作，保障人民依法獲取政府資訊，制定本條例。").meta.language == "zh-Hant"


def test_front_matter_forms():
    lines = ("---", "title: '某某 ''报告'''", "author:", "  - 张三", "  - 李四", "date: 2024-01-02  # 印发", "...",
             "正文")
    fm = read_front_matter(lines)
    assert fm.fields == {"title": "某某 '报告'", "author": "张三、李四", "date": "2024-01-02"}
    assert fm.lines == 7
    # no closing fence: not front matter, the dashes are Markdown's
    assert read_front_matter(("---", "title: x", "正文")).lines == 0


def test_what_the_model_cannot_hold_is_reported_not_dropped():
    doc = read_md("见[网站](http://x.cn)与![图一](a.png)和<b>粗</b>。\n\n***\n\n<div>\n块\n</div>\n\n"
                  "```\ncode, here\n  indented\n```\n")
    assert doc.blocks == (
        Paragraph((Text("见网站与图一和<b>粗</b>。"),)),
        Paragraph((Text("<div>"), LineBreak(), Text("块"), LineBreak(), Text("</div>"))),
        Paragraph((Text("code, here"), LineBreak(), Text("  indented"))),   # code: verbatim
    )
    kinds = {n.message.split(":")[0] for n in doc.meta.notices}
    assert kinds == {"link target(s) dropped (link text kept)", "image(s) not embedded (alt text kept)",
                     "inline HTML kept as text", "thematic break(s) (---) dropped", "HTML block(s) kept as text"}


def test_an_addressee_before_the_first_heading_is_the_salutation():
    doc = read_md("# 关于做好防汛工作的通知\n\n各区县：\n\n## 一、总体要求\n\n各位代表：\n")
    assert [(type(b).__name__, getattr(b, "role", None)) for b in doc.blocks] == [
        ("Paragraph", "salutation"), ("Heading", None), ("Paragraph", "body")]   # only before the first heading
    assert read_md("# 标题\n\n认真做好各项工作。\n").blocks[0].role == "body"


def test_hard_break_and_nested_list():
    doc = read_md("一行  \n二行\n\n1. 甲\n   - 乙\n2. 丙\n")
    assert doc.blocks == (
        Paragraph((Text("一行"), LineBreak(), Text("二行"))),
        List(True, ((Paragraph((Text("甲"),)), List(False, ((Paragraph((Text("乙"),)),),))),
                    (Paragraph((Text("丙"),)),))),
    )


# --------------------------------------------------------------------------- properties


class _VisibleText(HTMLParser):
    """The text a browser shows of markdown-it's own HTML rendering (tags and
    attributes aside): an independent account of what the Markdown says. Raw HTML is
    rendered escaped, as text, as the reader keeps it (an unclosed <!-- would otherwise
    hide the rest of the page)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data):
        self.parts.append(data)


def visible_text(markdown_source: str) -> str:
    from markdown_it import MarkdownIt
    from markdown_it.common.utils import escapeHtml

    md = MarkdownIt("commonmark").enable("table")
    for rule in ("html_inline", "html_block"):
        md.add_render_rule(rule, lambda self, tokens, idx, options, env: escapeHtml(tokens[idx].content))
    parser = _VisibleText()
    parser.feed(md.render(markdown_source))
    parser.close()
    return "".join(parser.parts)


def model_text(doc: Document) -> str:
    """Every text of the blocks in order, heading labels included."""
    return "".join((b.label if isinstance(b, Heading) else "") + plain_text(b) for b in doc.blocks)


def is_subsequence(needle: str, haystack: str) -> bool:
    it = iter(haystack)
    return all(ch in it for ch in needle)


# pieces of Markdown: block and inline markup, CJK and Latin text, HTML, escapes, tables
PIECES = st.sampled_from([
    "# ", "## ", "### ", "#", "*", "**", "_", "__", "-", "- ", "+ ", "1. ", "2) ", "> ", "|", "| a | b |\n|---|---|\n",
    "---", "***", "`", "```", "~~~", "    ", "\n", "\n\n", " ", "  \n", "\t", "[", "]", "(", ")", "!", "<", ">", "<b>",
    "</b>", "<div>", "<!--", "-->", "&amp;", "\\", "=", ":", "a", "b", "Z", "1", "2", "中", "文", "一、", "（一）",
    "，", "。", ",", ".", "\u3000", "\u00a0", "“", "”", "\"", "'", "[x]: /u\n", "![i](p)", "[t](u)",
])
MARKDOWN = st.lists(PIECES, max_size=60).map("".join).filter(lambda s: not s.startswith("---"))


@SETTINGS
@given(MARKDOWN)
def test_every_visible_character_is_in_the_model(source):
    data = source.encode("utf-8")
    try:
        doc = read(data, ReadOptions(syntax="markdown", normalize=False))
    except ReadError as err:      # empty or whitespace-only input
        assert str(err) and not source.strip()
        return
    shown = "".join(visible_text("\n".join(decode(data).lines)).split())
    model = "".join((doc.meta.title + model_text(doc)).split())
    assert is_subsequence(shown, model), (shown, model)
    assert Document.from_json(doc.to_json()) == doc


@SETTINGS
@given(st.one_of(MARKDOWN, st.text(max_size=400)))
def test_never_crashes_on_any_text(source):
    for normalize in (True, False):
        try:
            doc = read(source.encode("utf-8", "surrogatepass"), ReadOptions(syntax="markdown", normalize=normalize))
        except ReadError as err:
            assert str(err)
            continue
        assert Document.from_json(doc.to_json()) == doc


# --------------------------------------------------------------------------- the command line


def test_cli_converts_markdown_to_every_format(tmp_path):
    src = tmp_path / "notice.md"
    src.write_text(SAMPLE, encoding="utf-8")
    out = tmp_path / "out"
    proc = run_cli(src, "--to", "pdf,docx,epub,json", "-o", out)
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads((out / "notice.json").read_text(encoding="utf-8")) == \
        json.loads(read_md(SAMPLE, filename="notice.md").to_json())
    assert (out / "notice.pdf").read_bytes().startswith(b"%PDF-")
    import pdfplumber

    with pdfplumber.open(out / "notice.pdf") as pdf:
        pdf_text = "".join("".join(page.extract_text().split()) for page in pdf.pages)
    assert "总体要求" in pdf_text and "危险化学品企业" in pdf_text and "自查（企业）" in pdf_text
    with zipfile.ZipFile(out / "notice.docx") as docx:
        assert "检查范围" in docx.read("word/document.xml").decode("utf-8")
    with zipfile.ZipFile(out / "notice.epub") as epub:
        xhtml = "".join(epub.read(n).decode("utf-8") for n in epub.namelist() if n.endswith(".xhtml"))
    assert "时间安排" in xhtml and "高度重视" in xhtml


def test_cli_suffix_and_from_choose_the_reader(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.md").write_text("# 一、甲\n\n正文。\n\n# 二、乙\n\n正文。\n", encoding="utf-8")
    (src / "b.markdown").write_text("## 一、甲\n\n正文。\n", encoding="utf-8")
    (src / "c.txt").write_text("# 一、甲\n\n正文。\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = run_cli(src, "--to", "json", "-o", out)
    assert proc.returncode == 0, proc.stderr.decode()

    def headings(name: str) -> list:
        data = json.loads((out / name).read_text(encoding="utf-8"))
        return [(b["level"], b["label"]) for b in data["blocks"] if b["type"] == "heading"]

    assert headings("a.json") == [(1, "一、"), (1, "二、")]
    assert headings("b.json") == [(1, "一、")]
    # .txt is read as plain text; the heading marks of a Markdown export are dropped there
    # and what they marked is read like any line (一、甲 is a heading by its number)
    assert headings("c.json") == [(1, "一、")]
    # --from markdown reads a .txt (and stdin) as Markdown; --from text reads a .md as text
    proc = run_cli("-", "--from", "markdown", "--to", "json", "-o", out / "stdin.json",
                   input="# 一、甲\n\n正文。\n\n# 二、乙\n".encode("utf-8"))
    assert proc.returncode == 0, proc.stderr.decode()
    assert headings("stdin.json") == [(1, "一、"), (1, "二、")]
    (tmp_path / "d.md").write_text("某某报告\n\n**甲**乙。\n", encoding="utf-8")
    proc = run_cli(tmp_path / "d.md", "--from", "text", "--to", "json", "-o", out / "as-text.json")
    assert proc.returncode == 0, proc.stderr.decode()
    blocks = json.loads((out / "as-text.json").read_text(encoding="utf-8"))["blocks"]
    assert [i["type"] for i in blocks[-1]["content"]] == ["text"]   # ** stays as written: no strong
    assert "**甲**" in blocks[-1]["content"][0]["text"]


def test_emphasis_marks_commonmark_leaves_as_text_are_reported():
    # CommonMark: a closing ** after a mark and before a letter does not close
    doc = read_md("他说**“引号”**后，**重点**：好。")
    assert doc.blocks == (Paragraph((Text("他说**“引号”**后，"), Strong((Text("重点"),)), Text("：好。"))),)
    assert [n.message for n in doc.meta.notices] == \
        ["emphasis marks left as text (**…** next to CJK punctuation): 1 (line 1)"]
