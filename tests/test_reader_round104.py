"""Rules of the corpus's round 104 (issue 12, session 15), on looked-at pages only: the text runs on
past a wall of code to the next section of its own numbered outline (四、 in the span, 五、 further
down, no certain chrome between) — a study note cut at its code listings, 946 of its lines lost
before; not when the next section has no prose of its own, nor over a printed document's 版记."""

from __future__ import annotations

from reader_pages import corpus_page, reason_at


def test_the_text_runs_past_its_code_to_the_next_numbered_section():
    # andylicion.github.io/001 (Fluid): 基础算法 / 一、基础部分 / … / 四、数学知识 / code with gutter numbers /
    # … / 五、动态规划 / … / the category and tags / 作者 / Andy / …
    doc = corpus_page("andylicion.github.io")
    assert reason_at(doc, 1321) == "" and reason_at(doc, 1500) == ""
    assert reason_at(doc, 1546) == "site footer (after the document's end)"


def test_guard_a_printed_documents_record_of_issue_stays_its_own():
    # rsc.henu.edu.cn/001: 一、 … 五、 / tables / 本办法由人事处负责解释… / 主题词：… / 主办：人事处 督办：… /
    # 河南大学党政办公室 2010年11月24日印发
    doc = corpus_page("rsc.henu.edu.cn")
    assert reason_at(doc, 218) == "" and reason_at(doc, 219) == ""


def test_guard_the_next_section_without_prose_is_left_to_the_pages_end():
    # anyfork.github.io/001: … / 二、docker 常见使用命令 / 提示 / … / 1、启动docker引擎：… (short lines)
    doc = corpus_page("anyfork.github.io")
    assert [reason_at(doc, n) for n in (114, 118, 120)] == ["", "", ""]
