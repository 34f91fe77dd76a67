"""Rules of the corpus's round 14 (issue 12: batch 5, the body-only fields of provincial
policy libraries, whose line breaks were lost on the way), each on a small text of the
shape that showed it. Each test fails on the reader before the round."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from convert.reader import read
from convert.reader.unflatten import paragraphs
from reader_pages import PROSE, headings, kept_texts, read_page, removed_reasons

#: a flattened notice: title, 发文字号, addressee, text, numbered sections, signature — no
#: break anywhere (the 全文 field of a policy library's search result)
GLUED = ("重庆市人民政府关于加快电子商务产业发展的意见渝府发〔2019〕17号"
         "各区县（自治县）人民政府，市政府有关部门，有关单位：近年来，电子商务持续快速发展，成为经济领域最具活力的要素之一。"
         "为促进我市电子商务高质量发展，现提出如下意见。一、总体要求（一）指导思想。以新发展理念为引领，推动高质量发展，"
         "把电子商务培育成为经济增长的新动力。（二）发展目标。到2022年，全市电子商务交易额突破1.8万亿元。"
         "二、保障措施（一）健全工作机制。建立全市电子商务工作联席会议制度，统筹协调重大问题。"
         "重庆市人民政府2019年6月28日（此件公开发布）")


def test_a_notice_without_any_break_gets_its_paragraphs_back():
    doc = read(GLUED.encode("utf-8"))
    assert doc.meta.title == "重庆市人民政府关于加快电子商务产业发展的意见"
    assert doc.meta.doc_number == "渝府发〔2019〕17号"
    assert [(label, text) for _, label, text in headings(doc)] == [
        ("一、", "总体要求"), ("（一）", "指导思想。"), ("（二）", "发展目标。"), ("二、", "保障措施"), ("（一）", "健全工作机制。")]
    kept = kept_texts(doc)
    assert "各区县（自治县）人民政府，市政府有关部门，有关单位：" in kept
    assert kept[-3:] == ["重庆市人民政府", "2019年6月28日", "（此件公开发布）"]


def test_paragraph_indents_left_inside_the_line_break_it():
    text = ("　　办发〔2021〕15号　　茂林镇党政办公室　　关于印发《茂林镇2021年第四季度巩固群众　　安全感和满意度文艺"
            "巡回演出工作方案》　　的通知　　各社区、镇直有关单位：　　现将《工作方案》印发给你们，请认真贯彻执行。"
            "　　茂林镇党政办公室　　2021年10月19日　　一、主承办单位　　主办单位：中共茂林镇委员会、茂林镇人民政府"
            "　　二、领导机构和工作职责　　组 长：杨天华 镇党委副书记　　" + PROSE)
    doc = read(text.encode("utf-8"))
    assert doc.meta.title == "茂林镇党政办公室关于印发《茂林镇2021年第四季度巩固群众安全感和满意度文艺巡回演出工作方案》的通知"
    assert [text for _, _, text in headings(doc)] == ["主承办单位", "领导机构和工作职责"]
    assert "组 长：杨天华 镇党委副书记" in kept_texts(doc)   # one space spaces a name out: no break


def test_nbsp_entities_are_decoded_and_reported():
    text = ("平湖市人民政府关于印发平湖市人民政府工作规则的通知&nbsp;各镇人民政府、街道办事处，市政府各部门：《平湖市人民政府工作规则》"
            "已经市政府常务会议讨论通过，现印发给你们，请认真遵照执行。&nbsp;&nbsp;&nbsp;&nbsp;平湖市人民政府&nbsp;&nbsp;&nbsp;"
            "2013年4月10日&nbsp;平湖市人民政府工作规则第一章 &nbsp;总 &nbsp;则第一条&nbsp;&nbsp;根据有关法律，结合本市实际，"
            "制定本工作规则。第二条&nbsp;&nbsp;市政府工作的准则是，实行科学民主决策，坚持依法行政。")
    doc = read(text.encode("utf-8"))
    assert doc.meta.title == "平湖市人民政府关于印发平湖市人民政府工作规则的通知"
    assert "&nbsp;" not in "".join(kept_texts(doc))
    assert any(n.kind == "entities" and "&nbsp;" in n.message for n in doc.meta.notices)
    found = [(label, text) for _, label, text in headings(doc)]
    assert ("", "平湖市人民政府工作规则") in found and ("第一章", "总则") in found


def test_an_ordinary_paragraph_keeps_its_run_in_list():
    text = "\n".join(["关于做好今年工作的通知", PROSE,
                      "主要任务是：一、加强组织领导，明确责任分工；二、完善工作机制，形成工作合力；三、强化督促检查，确保取得实效。" * 2,
                      PROSE, PROSE, PROSE])
    doc = read(text.encode("utf-8"))
    assert headings(doc) == []


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="重庆市政府关于通知意见。，：一二三、（）  \u3000〔〕2019号第条章", min_size=150, max_size=600))
def test_unflattening_loses_no_character_but_spaces(text):
    pieces = paragraphs(text)
    assert "".join(p for p, _ in pieces).replace(" ", "") == "".join(text.split()).replace("\u3000", "")


def test_a_title_on_three_lines_is_one_title():
    doc = read_page("关于印发《茂林镇2021年第四季度巩固群众", "安全感和满意度宣传走访和治安巡逻", "实施方案》的通知",
                    "各社区、镇直有关单位：", PROSE, PROSE)
    assert doc.meta.title == "关于印发《茂林镇2021年第四季度巩固群众安全感和满意度宣传走访和治安巡逻实施方案》的通知"


def test_a_document_number_split_span_by_span_is_joined():
    doc = read_page("关于征求意见的公告", "2020-12-09 20:42", "来源：", "字体：", "小", "|", "中", "|", "大",
                    "按照《中共中央", "国务院关于进一步深化电力体制改革的若干意见》（中发〔", "2015", "〕", "9",
                    "号）等有关要求，现将规则印发，请于", "9", "月", "18", "日前将意见书面报我办。", PROSE,
                    "电话：", "0731-85959974", "附件", ":", "《湖南省电力辅助服务市场交易规则》", "湖南能源监管办",
                    "2020", "年", "9", "月", "15", "日", "扫一扫在手机打开当前页")
    kept = kept_texts(doc)
    assert any("（中发〔2015〕9号）等有关要求" in k for k in kept)
    assert "0731-85959974" in "".join(kept) and "湖南能源监管办" in kept and "2020年9月15日" in kept
    assert "9" not in removed_reasons(doc) and "〕" not in removed_reasons(doc)
