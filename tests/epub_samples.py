"""Documents the EPUB tests write: the seed and hand-built ones covering every block type.

The seed goes through convert.reader.read once the reader is complete; until then
(or if it fails) a small hand-written structurer builds the same shape of Document
from the seed text, so the writer is tested on the real text either way.
"""

from __future__ import annotations

import re
from pathlib import Path

from convert.model import (Document, Emphasis, Heading, LineBreak, List, Meta, Paragraph,
                           Part, Strong, Table, Text, text)

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_2eef0502365f63f1.txt"


def seed_document() -> Document:
    data = SEED.read_bytes()
    try:
        from convert.reader import ReadOptions, read
        doc = read(data, ReadOptions(filename=SEED.name))
        if doc.blocks:
            return doc
    except Exception:  # the reader is being written in parallel: fall back below
        pass
    return _hand_structured(data.decode("utf-8"))


def read_fixture(path: Path) -> Document:
    from convert.reader import ReadOptions, read
    return read(path.read_bytes(), ReadOptions(filename=path.name))


def _hand_structured(source: str) -> Document:
    """The seed's body as Document: 一、 headings, lead-in sentences as Strong."""
    lines = [ln.strip() for ln in source.splitlines() if ln.strip()]
    start = next(i for i, ln in enumerate(lines) if ln.startswith("2022年是"))
    end = next(i for i, ln in enumerate(lines) if ln.isdigit() and i > start)
    blocks = []
    for ln in lines[start:end]:
        m = re.match(r"^([一二三四五六七八九十]+、)(.*)$", ln)
        if m:
            blocks.append(Heading(1, m.group(1), text(m.group(2))))
            continue
        lead = re.match(r"^([^。，]{2,20}。)(.+)$", ln)
        if lead and blocks:
            blocks.append(Paragraph((Strong(text(lead.group(1))), Text(lead.group(2)))))
        else:
            blocks.append(Paragraph(text(ln)))
    meta = Meta(title="区政协常务委员会工作报告", date="2023年1月10日", language="zh-Hans",
                source=SEED.name)
    return Document(meta, tuple(blocks))


def varied_document(language: str = "zh-Hans") -> Document:
    """Every block and inline type, three heading levels, awkward characters."""
    meta = Meta(title="关于“数字化改革”的通知 <测试> & 校验", subtitle="（征求意见稿）",
                publisher="某某市人民政府",
                author="某某市人民政府办公室", date="二〇二三年一月十日", doc_number="某政办发〔2023〕1号",
                language=language, source="varied.txt")
    blocks = (
        Paragraph(text("各区县人民政府，市各委办局："), "salutation"),
        Paragraph((Text("前言里有 <尖括号>、& 符号、]]> 和“引号”。"),)),
        Heading(1, "一、", text("总体要求")),
        Paragraph((Strong(text("坚持问题导向。")), Text("聚焦重点领域，"), Emphasis(text("着重")),
                   Text("推进改革。"), LineBreak(), Text("换行之后。"))),
        Heading(2, "（一）", text("工作目标")),
        Heading(3, "1.", text("近期目标")),
        Paragraph(text("到2025年，基本建成。")),
        Heading(4, "（1）", text("第四层不进目录")),
        Paragraph(text("第四层下的正文。")),
        List(True, ((Paragraph(text("第一项任务。")),),
                    (Paragraph(text("第二项任务，")), Paragraph(text("分两段。"))))),
        List(False, ((Paragraph(text("无序甲")),), (Paragraph(text("无序乙")),))),
        Heading(1, "二、", text("主要任务")),
        Heading(3, "", text("跳级的三级标题")),
        Table(((text("项目"), text("金额（万元）"), text("备注")),
               (text("道路"), text("1,200"), text("含<配套>")),
               (text("绿化"), text("300"), ())), header_rows=1),
        Paragraph(text("附件：1. 任务分工表"), "attachment"),
        Paragraph(text("（此件公开发布）"), "note"),
        Paragraph(text("某某市人民政府办公室"), "signature"),
        Paragraph(text("2023年1月10日"), "date"),
        Paragraph(text("未知角色的段落"), "mystery"),
    )
    return Document(meta, blocks)


def traditional_document() -> Document:
    doc = varied_document("zh-Hant-TW")
    meta = Meta(title="關於「數位轉型」的通知", author="臺北市政府", date="2023年1月10日",
                language="zh-Hant-TW", source="trad.txt")
    blocks = (
        Heading(1, "一、", text("總體要求")),
        Paragraph((Strong(text("堅持問題導向。")), Text("他說：“這是‘骨幹’工程。”臺灣、香港。"))),
        Heading(2, "（一）", text("工作目標")),
        Paragraph(text("到2025年，基本建成數位政府。")),
    ) + doc.blocks[11:14]
    return Document(meta, blocks)


def collection_document() -> Document:
    """A merged collection: three reports as Parts, each with its own headings."""
    parts = []
    for i, name in enumerate(("区人大常委会工作报告", "区政协常委会工作报告", "区政府工作报告"), 1):
        parts.append(Part(Meta(title=name, author=f"第{i}作者", date="2023年1月10日"), (
            Paragraph(text(f"这是第{i}篇报告的开头。")),
            Heading(1, "一、", text(f"第{i}篇的第一部分")),
            Paragraph(text("正文一。")),
            Heading(2, "（一）", text("小节")),
            Paragraph(text("正文二。")),
            Heading(1, "二、", text(f"第{i}篇的第二部分")),
            Paragraph(text("正文三。")),
        )))
    return Document(Meta(title="2023年工作报告汇编", language="zh-Hans", source="reports/"), tuple(parts))


def headless_document() -> Document:
    """No headings at all, and characters XML cannot carry."""
    return Document(Meta(title="", source="dir/notes.txt"),
                    (Paragraph(text("只有一段话\x01，还有\x0b控制字符\ufffe。")),))


def nasty_document() -> Document:
    """Every hostile character class from tests/strategies.py in text, titles and roles."""
    import strategies as s
    groups = {"C0": s.C0_CONTROLS, "C1": s.C1_CONTROLS, "surrogates": s.LONE_SURROGATES,
              "nonchars": s.NONCHARACTERS, "bidi": s.BIDI_CONTROLS, "emoji": s.EMOJI,
              "cjk-ext": s.CJK_EXTENSIONS, "combining": s.COMBINING, "markup": s.MARKUP}
    blocks = []
    for name, chars in groups.items():
        blocks.append(Heading(2, "", text(f"{name}: {''.join(chars)}")))
        blocks.append(Paragraph(text("前" + "中".join(chars) + "后"), role=f"{name}<&>"))
    meta = Meta(title="恶意字符" + "".join(s.MARKUP) + "".join(s.C0_CONTROLS), author="]]>",
                language="zh-Hans", source="<nasty>.txt")
    return Document(meta, (Heading(1, "一、", text("全部")),) + tuple(blocks))


def mixed_collection_document() -> Document:
    """A merged collection whose second report is Traditional (zh-Hant-TW)."""
    simplified, traditional = varied_document(), traditional_document()
    return Document(Meta(title="简繁合集", language="zh-Hans", source="mixed/"), (
        Part(simplified.meta, simplified.blocks[:8]),
        Part(traditional.meta, traditional.blocks),
    ))
