"""Rules of the corpus's round 20 (issue 12: half of batch 11, mainland housing-fund and
city pages whose markup splits a date into pieces, one per line), each on the page or the
small text of the shape that showed it. Each test but the guards fails on the reader before
the round."""

from __future__ import annotations

from pathlib import Path

from convert.reader import read
from reader_pages import PROSE, headings, kept_texts, read_page, removed_reasons

CORPUS = Path(__file__).parent / "corpus"
HEADER = ("某市住房公积金管理中心 通知公告 关于调整住房公积金有关政策的通知", "您当前的位置：", "首页", ">", "通知公告",
          "关于调整住房公积金有关政策的通知", "发布日期：2022-06-02  18:17")
FOOTER = ("打印", "关闭", "上一篇：", "下一篇：", "中共某市委、某市人民政府主办")


def test_a_date_split_piece_by_piece_is_one_line_again():
    # gjj.binzhou.gov.cn/002: the signature's date, 2022年 / 6 / 月 / 2 / 日, came out a piece a line
    doc = read_page(*HEADER, PROSE, PROSE, "请认真贯彻执行。", "某市住房公积金管理中心", "2022年", "6", "月", "2", "日", *FOOTER)
    kept = kept_texts(doc)
    assert kept[-1] == "2022年6月2日" and "某市住房公积金管理中心" in kept
    assert not any(reason.startswith("view counter") for reason in removed_reasons(doc).values())


def test_a_date_in_its_sentence_joins_the_words_before_it():
    # 本通知自 / 2022年 / 6 / 月 / 6 / 日起执行。: the sentence, whole (it was taken for the footer)
    doc = read_page(*HEADER, PROSE, PROSE, "本通知自", "2022年", "6", "月", "6", "日起执行。", "某市住房公积金管理中心",
                    "2022年6月2日", *FOOTER)
    assert "本通知自2022年6月6日起执行。" in kept_texts(doc)


def test_a_heading_keeps_its_own_line_above_a_date():
    # (guard) 三、实施时间 / 2022年11月18日至2022年12月31日。: a heading, then its text
    doc = read_page(*HEADER, PROSE, "一、总体要求", PROSE, "三、实施时间", "2022年11月18日至2022年12月31日。")
    assert "2022年11月18日至2022年12月31日。" in kept_texts(doc)


def test_the_breadcrumbs_last_item_is_not_the_titles_start():
    # gjj.binzhou.gov.cn/001: the <title> names the section 最新文件 apart from the headline;
    # the breadcrumb's last item, right above the headline, is not its first word
    path = CORPUS / "gjj.binzhou.gov.cn" / "001.txt"
    assert read(path.read_bytes()).meta.title == "关于调整住房公积金有关业务政策的通知"


def test_a_split_print_date_makes_the_imprint_whole():
    # www.changsha.gov.cn/002: 抄送：… / 长沙市人民政府办公厅 / 2018 / 年 / 6 / 月 / 25 / 日印发 is the
    # 版记: its printer and print date, once the date's pieces are one line
    path = CORPUS / "www.changsha.gov.cn" / "002.txt"
    doc = read(path.read_bytes())
    assert (doc.meta.printer, doc.meta.print_date) == ("长沙市人民政府办公厅", "2018年6月25日")
    assert doc.meta.copy_to.startswith("市委有关部门，长沙警备区。")
    assert not any(r.text in ("2018", "25", "日印发") for r in doc.meta.removed)


def test_a_heading_split_by_its_bold_runs_is_one_line_again():
    # ghzyj.gz.gov.cn/002: （一）简化存量工业用地其他规划指标 / 调整的 / 审批手续 / ，提高… / 。 — the
    # page's <strong> runs split the run-in heading; no line begins with a comma
    doc = read_page(*HEADER, PROSE, "一、进一步优化规划审批", "（一）简化存量工业用地其他规划指标", "调整的", "审批手续",
                    "，提高工业项目筹建速度", "。", PROSE, *FOOTER)
    assert "（一）简化存量工业用地其他规划指标调整的审批手续，提高工业项目筹建速度。" in [
        label + text for _, label, text in headings(doc)] + kept_texts(doc)


def test_short_spans_before_a_comma_join_but_a_finished_line_does_not():
    # (guard) 病例 / 694—病例959 / ，居住于…: the spans join; the sentence above them is its own
    doc = read_page(*HEADER, PROSE, "新增本土确诊病例。", "病例", "694—病例959", "，居住于浦东新区。", *FOOTER)
    kept = kept_texts(doc)
    assert "病例694—病例959，居住于浦东新区。" in kept and "新增本土确诊病例。" in kept
