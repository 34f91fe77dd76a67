"""Structure the reader recovers from shapes found on real pages (issue 12): each test
is an exact expected outline for a small known text."""

from __future__ import annotations

from convert.model import Heading, Paragraph, Table, plain_text
from convert.reader import ReadOptions, read


def outline(text: str, name: str = "t.txt"):
    doc = read(text.encode("utf-8"), ReadOptions(filename=name))
    shape = []
    for b in doc.blocks:
        if isinstance(b, Heading):
            shape.append(("H", b.level, b.label, plain_text(b)))
        elif isinstance(b, Paragraph):
            shape.append((b.role, plain_text(b)))
        elif isinstance(b, Table):
            shape.append(("table", len(b.rows), len(b.rows[0])))
    return doc.meta.title, shape


def test_a_roc_date_above_the_title_is_a_date_not_part_of_the_title():
    title, shape = outline("112年10月10日\n關於辦理某某事項之公告\n一、依據某某法辦理。\n二、請各單位配合辦理。\n")
    assert title == "關於辦理某某事項之公告"
    assert shape[0] == ("date", "112年10月10日")


def test_a_report_without_a_title_line_is_named_after_its_file():
    title, shape = outline("各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n一、过去一年工作回顾\n"
                           "过去一年，我们坚持稳中求进工作总基调，经济社会发展取得新成效。\n", "report.txt")
    assert title == "report"
    assert shape[0] == ("salutation", "各位代表：") and ("H", 1, "一、", "过去一年工作回顾") in shape


def test_amended_articles_are_articles():
    _, shape = outline("某某條例\n第一章 總則\n第 20-1 條\n本條例所稱主管機關，在中央為內政部。\n"
                       "第3-2条\n本条例自公布之日起施行。\n第十条之一\n其他事項依相關法令辦理。\n")
    assert [s[2] for s in shape if s[0] == "H"] == ["第一章", "第 20-1 條", "第3-2条", "第十条之一"]
    assert [s[1] for s in shape if s[0] == "H"] == [1, 2, 2, 2]


def test_a_chapter_glued_to_its_first_article_is_split():
    _, shape = outline("某某条例\n第一章 总则 第一条 为了规范某某管理，制定本条例。\n第二条 本条例适用于本市行政区域。\n")
    assert shape[:3] == [("H", 1, "第一章", "总则"), ("H", 2, "第一条", ""), ("body", "为了规范某某管理，制定本条例。")]


def test_nested_numbering_keeps_its_nesting():
    _, shape = outline("某某方案\n一、工作任务\n1.加强组织领导。各地要成立专班，统筹推进各项工作任务落实。\n"
                       "2.完善工作机制。建立健全以下制度：\n（1）例会制度。每月召开一次工作例会，研究解决重点问题。\n"
                       "（2）通报制度。每季度通报一次工作进展情况和存在问题。\n3.强化督查考核。将工作纳入年度考核，确保各项任务落到实处。\n")
    assert [(s[1], s[2]) for s in shape if s[0] == "H"] == [
        (1, "一、"), (2, "1."), (2, "2."), (3, "（1）"), (3, "（2）"), (2, "3.")]


def test_rows_with_bars_are_a_table_wherever_they_stand():
    _, shape = outline("某某区统计表\n各区情况如下：\n区县 | 企业数 | 从业人员 | 产值\n西湖区 | 46 | 132 | 120\n上城区 | 38 | 101 | 95\n")
    assert shape == [("body", "各区情况如下："), ("table", 3, 4)]
    assert not any(s[0] == "signature" for s in shape)


def test_a_markdown_table_in_plain_text_is_a_table():
    _, shape = outline("某某统计\n说明如下。\n| 区县 | 企业数 |\n|---|---|\n| 西湖区 | 46 |\n| 上城区 | 38 |\n")
    assert shape[-1] == ("table", 3, 2)


def test_a_heading_number_split_from_its_mark_is_joined():
    _, shape = outline("某某公报\n一\n、\n综合\n全年地区生产总值3473.12亿元，同比增长5.3%，其中第一产业增加值351.34亿元。\n"
                       "二\n、\n农业\n全年农业总产值613.22亿元，按可比价计算，同比增长4.3%，粮食产量保持稳定。\n")
    assert [(s[2], s[3]) for s in shape if s[0] == "H"] == [("一、", "综合"), ("二、", "农业")]


def test_a_table_of_contents_is_a_contents_block_and_is_reported():
    text = ("某某市数字经济发展规划\n目录\n第一章 总则\n第二章 发展目标\n第三章 保障措施\n"
            "第一章 总则\n第一条 为了促进数字经济发展，制定本规划。\n第二条 本规划适用于本市行政区域。\n"
            "第二章 发展目标\n第三条 到2025年，数字经济核心产业增加值占地区生产总值比重达到百分之十。\n"
            "第三章 保障措施\n第四条 各部门应当加强协调配合，落实本规划。\n")
    doc = read(text.encode("utf-8"), ReadOptions(filename="plan.txt"))
    contents = [b for b in doc.blocks if isinstance(b, Paragraph) and b.role == "toc"]
    assert [plain_text(b) for b in contents] == ["目录", "第一章 总则", "第二章 发展目标", "第三章 保障措施"]
    chapters = [b for b in doc.blocks if isinstance(b, Heading) and b.label.startswith("第") and b.label.endswith("章")]
    assert [plain_text(h) for h in chapters] == ["总则", "发展目标", "保障措施"]     # once each, from the text
    assert [(n.kind, n.line) for n in doc.meta.notices] == [("contents", 2)]
