"""Rules of the corpus's round 23 (issue 12: half of batch 14 by name — university
disclosure and news pages, Hong Kong government news), each on the page or the small text
of the shape that showed it. Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from pathlib import Path

from convert.reader import read
from convert.reader.titles import continues_title
from reader_pages import PROSE, kept_texts, read_page, removed_lines

CORPUS = Path(__file__).parent / "corpus"


def test_a_table_a_line_announces_and_the_text_after_it_are_the_documents():
    # gk.sjtu.edu.cn/002: …的对应关系见下表： then the table, one cell a line, then 三、 to 八、, the
    # signature and the attachments — all of it was taken for the footer
    path = CORPUS / "gk.sjtu.edu.cn" / "002.txt"
    lines = path.read_text("utf-8").split("\n")
    removed = removed_lines(read(path.read_bytes()))
    assert lines[54 - 1].endswith("见下表：") and lines[300 - 1] == "2019年3月"
    assert [n for n in range(55, 302) if lines[n - 1].strip() and n in removed] == []


def test_a_short_line_above_a_reports_title_is_not_its_first_half():
    # gk.sjtu.edu.cn/001: 其他 (the menu's last item) / 上海交通大学2018年毕业生就业质量报告
    assert not continues_title("其他", "上海交通大学2018年毕业生就业质量报告")
    assert continues_title("关于进一步加强安全生产", "工作的通知")   # (guard) a title's halves
    doc = read((CORPUS / "gk.sjtu.edu.cn" / "001.txt").read_bytes())
    assert doc.meta.title == "上海交通大学2018年毕业生就业质量报告"


def test_an_announced_table_of_short_cells_stays():
    # (guard) 见下表： / 专业名称 / 笔试科目 / 船舶与海洋工程 / 数学、物理 …, then the text goes on:
    # a short table under its announcement stays, as it did before the rule
    cells = ["专业名称", "笔试科目组", "船舶与海洋工程", "数学、物理", "土木工程", "数学、物理", "临床医学", "数学、化学"]
    doc = read_page("招生简章_某大学", "首页", "通知", "某大学2019年自主招生简章", PROSE,
                    "二、招生专业与笔试科目", "笔试科目组与专业的对应关系见下表：", *cells,
                    "三、申请程序", PROSE, "某大学招生办公室", "2019年3月", "版权所有：某大学")
    kept = kept_texts(doc)
    assert all(cell in "".join(kept) for cell in cells) and "某大学招生办公室" in kept
