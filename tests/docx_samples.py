"""Documents for the DOCX tests, built by hand from the model (and the seed via the
reader), and the text a reader of the DOCX should find in them."""

from __future__ import annotations

from convert.model import (Document, Emphasis, Heading, LineBreak, List, Meta, Paragraph, Part,
                           Strong, Table, Text, article_label_text, heading_display_text, is_run_in_article,
                           iter_text, text)


def every_block() -> Document:
    """One of each block type and paragraph role, in a GB/T 9704 order."""
    return Document(Meta(title="区政协常务委员会工作报告", author="定海区政协", subtitle="2023年1月",
                         doc_number="定政协〔2023〕1号", language="zh-Hans"), (
        Paragraph(text("——2023年1月10日在政协第七届委员会第二次会议上"), "subtitle"),
        Paragraph(text("区政协主席 张三"), "author"),
        Paragraph(text("2023年1月10日"), "date"),
        Paragraph(text("各位委员："), "salutation"),
        Paragraph(text("2022年是七届区政协的开局之年。七届一次会议以来，新一届政协整装集结、奋楫扬帆。"), "body"),
        Heading(1, "一、", text("坚持党的领导，全面巩固共同思想政治基础")),
        Paragraph((Strong(text("深入学习中共二十大精神。")),
                   Text("把学习宣传贯彻中共二十大精神作为首要政治任务和头等大事来抓，发言240余条。")), "body"),
        Heading(2, "（一）", text("在助推产业发展上积极献计")),
        Heading(3, "1.", text("第三层标题")),
        Heading(4, "（1）", text("第四层标题")),
        Paragraph((Text("这是"), Emphasis(text("着重")), Text("文字，"), Strong(text("加粗")),
                   Text("，换行"), LineBreak(), Text("之后。")), "body"),
        List(True, ((Paragraph(text("1. 第一项"), "body"),), (Paragraph(text("2. 第二项"), "body"),))),
        Table(((text("项目"), text("数量")), (text("提案"), text("68件")), (text("大会发言"), text("11篇"))), 1),
        Paragraph(text("附件：1. 2022年度提案目录"), "attachment"),
        Paragraph(text("2. 2022年度视察报告"), "attachment"),
        Paragraph(text("定海区政协常务委员会"), "signature"),
        Paragraph(text("2023年1月10日"), "date"),
        Paragraph(text("（此件公开发布）"), "note"),
        Paragraph(text("目录一行"), "toc"),
    ))


def traditional() -> Document:
    return Document(Meta(title="臺北市政府工作報告", language="zh-Hant-TW"), (
        Heading(1, "壹、", text("這是繁體標題")),
        Paragraph(text("臺北市政府說明這份報告的內容。"), "body"),
    ))


def merged() -> Document:
    return Document(Meta(title="报告汇编"), (
        Part(Meta(title="第一篇报告"), (Paragraph(text("第一篇正文。"), "body"),)),
        Part(Meta(title="第二篇报告"), (Paragraph(text("第二篇正文。"), "body"),)),
    ))


def front_matter_text(doc: Document) -> list[str]:
    """A merged collection's title page (title, subtitle, author, date), the contents'
    heading, and its pre-filled entries: each report's title and its chapters (level-1
    headings that are not run-in law articles)."""
    m = doc.meta
    out = [m.title, m.subtitle, m.author, m.date, "目录"]
    for part in doc.blocks:
        if part.meta.title:
            out.append(part.meta.title)
        for i, b in enumerate(part.blocks):
            following = part.blocks[i + 1] if i + 1 < len(part.blocks) else None
            if isinstance(b, Heading) and b.level == 1 and not is_run_in_article(b, following):
                out.append(heading_display_text(b))
    return out


def expected_text(doc: Document) -> str:
    """What the DOCX body holds: the title of the document (of each part, for a merged
    collection), heading labels (with their full-width space: 第一章　总则) and the model's
    text, in order; a law's article label runs into its text (第一条　为了……)."""
    collection = bool(doc.blocks) and all(isinstance(b, Part) for b in doc.blocks)
    out = front_matter_text(doc) if collection else [doc.meta.doc_number, doc.meta.title]

    def walk(blocks) -> None:
        for i, b in enumerate(blocks):
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            if isinstance(b, Part):
                out.extend([b.meta.doc_number, b.meta.title])
                walk(b.blocks)
            elif is_run_in_article(b, following):
                out.append(article_label_text(b))   # its paragraph follows
            elif isinstance(b, Heading):
                out.append(heading_display_text(b))
            elif isinstance(b, List):
                for item in b.items:
                    walk(item)
            else:
                out.extend(iter_text(b))

    walk(doc.blocks)
    return "".join(out)
