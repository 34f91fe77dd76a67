"""Rules added so the reader generalises to real texts it has not seen: each is tested
alone here, and in context by a labelled fixture (tests/fixtures/reader)."""

from __future__ import annotations

import pytest

from convert.model import Heading, Paragraph, iter_blocks, plain_text
from convert.reader import ReadOptions, read
from convert.reader.boilerplate import page_fields
from convert.reader.clean import Line
from convert.reader.frontmatter import STANDARD_NUMBER
from convert.reader.headings import decimal_clause, numbered
from convert.reader.lines import is_doc_number, unspaced
from convert.reader.rejoin import rejoin
from convert.reader import structure as S


def lines(*texts: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(texts)]


def headings(text: str) -> list[tuple[int, str, str]]:
    doc = read(text.encode("utf-8"))
    return [(b.level, b.label, plain_text(b)) for b in iter_blocks(doc.blocks) if isinstance(b, Heading)]


# ----------------------------------------------------------------------------- decimal clauses

@pytest.mark.parametrize("line, label, depth, rest", [
    ("1 范围", "1", 1, "范围"),
    ("3.1 人员要求", "3.1", 2, "人员要求"),
    ("4.1.2　一次性告知", "4.1.2", 3, "一次性告知"),
])
def test_decimal_clause_titles(line, label, depth, rest):
    d = decimal_clause(line)
    assert (d.label, d.depth, d.rest) == (label, depth, rest)


@pytest.mark.parametrize("line", [
    "3.1.1 窗口工作人员应熟悉相关法律法规和业务知识，具备相应的业务能力。",   # a numbered sentence
    "2023.1.10 召开会议",        # a date
    "3.5亿元生态补偿资金全部下达",  # a number, no gap
    "3.1",                       # a term's number alone
])
def test_decimal_clause_rejects(line):
    assert decimal_clause(line) is None


def test_decimal_depths_need_a_numbering_scheme():
    assert S._decimal_depths(lines("1 范围", "正文。", "2 术语", "正文。", "3 要求", "正文。")) == frozenset({1})
    # rows of a list, one after the other, are not clauses
    assert S._decimal_depths(lines("1 地区生产总值", "2 一般公共预算收入", "3 城镇新增就业")) == frozenset()
    assert S._decimal_depths(lines("1.1 研究背景", "1.2 研究意义", "1.2.1 理论意义")) == frozenset({2, 3})
    # a stray '12 个路口' or two unrelated numbers are not a scheme
    assert S._decimal_depths(lines("12 个路口实施改造", "5 名干部参加")) == frozenset()
    assert S._decimal_depths(lines("1.5 倍以上", "2.3 万人次")) == frozenset()


def test_decimal_headings_levels_follow_depth():
    text = "某某规范\n1 范围\n本文件规定了要求。\n2 要求\n2.1 人员\n人员应持证上岗。\n2.2 场所\n场所应整洁。\n"
    assert headings(text) == [(1, "1", "范围"), (1, "2", "要求"), (2, "2.1", "人员"), (2, "2.2", "场所")]


# ----------------------------------------------------------------------------- run-in 1./（1）

def test_low_run_in_shape():
    assert S.low_run_in_shape("加强组织领导。各地要把春季农业生产摆上重要议事日程，主要负责同志要亲自研究部署。") == 2
    assert S.low_run_in_shape("申报单位应当是在本市注册的独立法人，具有健全的财务管理制度。") == 0
    assert S.low_run_in_shape("农业生产稳定。粮食总产量达到85.6万吨。") == 1     # a short remark
    assert S.low_run_in_shape("简述依法治国的基本要求。") == 0


def test_low_run_in_headings_split_only_when_every_sibling_is_one():
    body = "各地要把春季农业生产摆上重要议事日程，主要负责同志要亲自研究部署。"
    text = f"某某通知\n一、保障措施\n1.加强组织领导。{body}\n2.加大资金投入。{body}\n"
    assert headings(text) == [(1, "一、", "保障措施"), (2, "1.", "加强组织领导。"), (2, "2.", "加大资金投入。")]
    mixed = f"某某通知\n一、保障措施\n1.加强组织领导。{body}\n2.申报单位应当是在本市注册的独立法人，具有健全的财务管理制度。\n"
    assert headings(mixed) == [(1, "一、", "保障措施")]
    # one short body among long ones: still headings
    short = f"某某通知\n一、保障措施\n1.加强组织领导。{body}\n2.加大资金投入。{body}\n3.严格考核。纳入年度考核。\n"
    assert [h[2] for h in headings(short)][1:] == ["加强组织领导。", "加大资金投入。", "严格考核。"]


# ----------------------------------------------------------------------------- tables and citations

def test_article_citation_is_not_an_article():
    assert numbered("第二十条第（一）项") is None
    assert numbered("第三条第二款规定的情形") is None
    assert numbered("第二十条　县级以上人民政府").numbering.name == "article"


def test_numbered_row_labels_of_a_cell_table_are_not_headings():
    text = ("某某年度报告\n一、总体情况\n全年主动公开政府信息3215条，均在法定期限内答复，群众满意。\n"
            "三、本年度办理结果\n（一）予以公开\n45\n2\n（二）部分公开\n12\n1\n四、其他需要报告的事项\n本年度未收取信息处理费。\n")
    assert [h[1] for h in headings(text)] == ["一、", "四、"]


# ----------------------------------------------------------------------------- front matter and metadata

def test_gov_cn_metadata_table_fields():
    f = page_fields("索 引 号：000014349/2023-00021\t主题分类：城乡建设、环境保护")
    assert [k for k, _, _ in f.fields] == ["索引号", "主题分类"]
    f = page_fields("发文字号：国办发〔2023〕9号\t发布日期：2023年03月15日")
    assert f.fields[0] == ("发文字号", "国办发〔2023〕9号", "doc_number")
    assert page_fields("发文机关：国务院办公厅\t成文日期：2023年03月08日").fields[0] == ("发文机关", "国务院办公厅", "source")


def test_doc_numbers_of_taiwan_and_standards():
    assert is_doc_number("府法綜字第1123012345號")
    assert STANDARD_NUMBER.match("DB33/T 1234—2023") and STANDARD_NUMBER.match("GB/T 1.1—2020")
    assert not STANDARD_NUMBER.match("2023年工作要点")


def test_taiwan_header_fields_go_to_meta():
    doc = read("臺北市政府公告\n發文日期：中華民國112年5月3日\n發文字號：府法綜字第1123012345號\n主旨：公告修正條文。\n".encode())
    assert (doc.meta.title, doc.meta.date, doc.meta.doc_number) == ("臺北市政府公告", "中華民國112年5月3日", "府法綜字第1123012345號")
    assert [r.text for r in doc.meta.removed] == ["發文字號："]
    kept = read("臺北市政府公告\n發文字號：府法綜字第1123012345號\n".encode(), ReadOptions(keep_boilerplate=True))
    assert kept.meta.removed == () and kept.meta.doc_number == ""


def test_spaced_out_title():
    assert unspaced("政 府 工 作 报 告") == "政府工作报告"
    assert unspaced("凝心聚力　真抓实干") == "凝心聚力　真抓实干"


def test_title_in_two_halves_before_a_subtitle():
    doc = read("凝心聚力　真抓实干\n奋力谱写新篇章\n——在全市大会上的讲话\n同志们：\n".encode())
    assert doc.meta.title == "凝心聚力　真抓实干奋力谱写新篇章"


def test_title_broken_at_the_top_and_repeated_whole_at_the_end():
    text = ("某某局关于开展2024年\n食品安全专项行动的通知\n各单位：\n现将有关事项通知如下，请认真贯彻执行，确保取得实效。\n"
            "某某局关于开展2024年食品安全专项行动的通知\n")
    doc = read(text.encode())
    assert doc.meta.title == "某某局关于开展2024年食品安全专项行动的通知"
    assert [r.reason for r in doc.meta.removed] == ["title repeated at the end"]


# ----------------------------------------------------------------------------- back matter and wrapping

def test_joint_signature_on_one_line():
    assert S._joint_signers("中共某某县委办公室          某某县农业农村局") == ["中共某某县委办公室", "某某县农业农村局"]
    assert S._joint_signers("序号          项目名称") == []
    doc = read("某某通知\n各单位：\n请认真贯彻执行，确保各项任务按期完成。\n某某县委办公室      某某县人民政府\n2024年3月12日\n".encode())
    assert [plain_text(b) for b in doc.blocks if isinstance(b, Paragraph) and b.role == "signature"] == \
        ["某某县委办公室", "某某县人民政府"]


def test_text_cut_every_n_characters_is_rejoined():
    # digits are half as wide as Han characters: measured in columns, these full lines
    # look short; measured in characters they are all 35 long
    paragraphs = ["重点改造2000年底前建成、失养失修失管、市政配套设施不完善、社区服务设施不健全的小区。" * 3,
                  "新建和改造雨污水管网460公里，消除城市易涝积水点58处，2023年计划开工改造小区310个。" * 3]
    src = []
    for para in paragraphs:
        src.extend(para[k:k + 35] for k in range(0, len(para), 35))
    assert [l.text for l in rejoin(lines(*src))] == paragraphs


def test_meeting_time_is_content_not_page_metadata():
    assert page_fields("时间：2024年3月6日上午9:00") is None
    assert page_fields("时间：2024-03-06 09:30").fields[0][1] == "2024-03-06"
    doc = read("某某会议纪要\n时间：2024年3月6日\n地点：县政府第一会议室\n会议听取了汇报，研究了有关事项，纪要如下：\n".encode())
    assert doc.meta.removed == () and doc.meta.date == ""


def test_document_issued_by_a_notice_is_its_attachment():
    text = ("关于印发某某措施的通知\n各单位：\n现将《某某措施》印发给你们，请认真贯彻落实。\n某某局\n2024年3月1日\n"
            "某某措施\n一、培育消费新场景\n支持各地打造一批特色商业街区。\n")
    assert headings(text) == [(1, "", "某某措施"), (2, "一、", "培育消费新场景")]


def test_sentence_cut_by_a_page_footer_goes_on_with_a_number():
    out = rejoin(lines("某某措施", "二、促进汽车消费。对购买新能源汽车的个人消费者，按照购车价格给予补贴，最高不超过", "5000元。"))
    assert [l.text for l in out][1:] == ["二、促进汽车消费。对购买新能源汽车的个人消费者，按照购车价格给予补贴，最高不超过5000元。"]


def test_traditional_text_saved_as_gb18030():
    from convert.reader import read_detailed
    text = "臺北市政府公告\n主旨：公告修正「臺北市公共場所母乳哺育自治條例」，請查照。\n第 1 條　臺北市為營造友善母乳哺育環境，特制定本自治條例。\n第 2 條　本自治條例之主管機關為臺北市政府衛生局。\n"
    utf8 = read(text.encode("utf-8"))
    gb = read_detailed(text.encode("gb18030"))
    assert gb.encoding == "gb18030" and gb.document.blocks == utf8.blocks and gb.document.meta.language == "zh-Hant"


def test_bracketed_page_keys_need_no_colon():
    f = page_fields("【发布部门】全国人大常委会")
    assert f is not None and f.fields[0] == ("发布部门", "全国人大常委会", "source")
    assert page_fields("【法规标题】中华人民共和国个人信息保护法").fields[0][2] == "title"


def test_spaced_out_heading_word():
    assert headings("某某条例\n第一章　总　　则\n第一条　为了规范管理，制定本条例。\n第二条　本条例自公布之日起施行。\n")[0] == \
        (1, "第一章", "总则")


def test_colon_run_in_only_before_prose():
    assert headings("某某方案\n一、工作目标：到2025年，全县义务教育优质均衡发展通过国家督导评估认定。\n") == [(1, "一、", "工作目标：")]
    assert headings("某某通知\n一、活动时间：2024年3月1日至3月31日\n二、活动地点：市民中心广场\n") == \
        [(1, "一、", "活动时间：2024年3月1日至3月31日"), (1, "二、", "活动地点：市民中心广场")]


def test_site_name_only_beside_other_boilerplate():
    doc = read("新华网\n首页 > 时政 > 正文\n国务院常务会议部署设备更新工作\n会议指出，推动大规模设备更新，是党中央作出的重大决策，意义重大。\n".encode())
    assert doc.meta.title == "国务院常务会议部署设备更新工作"
    doc = read("织密民生保障网\n2024-03-01　来源：某某日报\n今年以来，我市持续织密民生保障网，城乡低保标准不断提高，群众获得感增强。\n".encode())
    assert doc.meta.title == "织密民生保障网"


def test_a_bare_key_takes_the_next_line_only_in_a_table():
    doc = read("关于开展检查的通知\n来源：\n各单位：\n现将有关事项通知如下，请各单位认真贯彻执行，切实加强组织领导，确保取得实效。\n".encode())
    assert [r.text for r in doc.meta.removed] == ["来源："]
    assert [b.role for b in doc.blocks if isinstance(b, Paragraph)][0] == "salutation"


def test_issuer_between_title_and_subtitle_is_the_author():
    doc = read("政府工作报告\n某某市人民政府\n——2024年1月16日在某某市第十八届人民代表大会第三次会议上\n各位代表：\n".encode())
    assert (doc.meta.title, doc.meta.author) == ("政府工作报告", "某某市人民政府")
    assert doc.meta.subtitle.startswith("——2024年1月16日")


def test_title_repeated_at_the_end_with_the_site_name():
    doc = read("关于公布2024年度市级文明单位名单的通知\n各单位：\n经各地各单位推荐、市文明办审核和社会公示，市文明委决定命名某某单位等120个单位。\n"
               "某某市精神文明建设委员会\n2024年12月5日\n关于公布2024年度市级文明单位名单的通知_某某文明网\n".encode())
    assert [r.reason for r in doc.meta.removed] == ["title repeated at the end"]
    assert doc.blocks[-1].role == "date"
