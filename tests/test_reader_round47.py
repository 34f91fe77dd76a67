"""Rules of the corpus's round 47 (issue 12, session 10: the 1st by name of batch 30's unseen
pair — 河南大学人事处 rsc.henu.edu.cn), each on the page or the small text of the shape that
showed it. Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, kept_texts, read_page, reason_at


def test_a_tables_cells_under_its_caption_are_no_menu():
    # rsc.henu.edu.cn/001: 表一： / 岗位级别 / 二 … 十三 / 岗位名称 / 正高级 / 副高级 / 中级 / 初级 / 员级 /
    # the text again — five short words in a row had been a menu the text could not cross
    doc = corpus_page("rsc.henu.edu.cn")
    kept = kept_texts(doc)
    assert any(text.startswith("（3）特设岗位是指") for text in kept)
    assert reason_at(doc, 139) == ""   # 岗位名称


def test_the_documents_record_of_issue_closes_its_text():
    # rsc.henu.edu.cn/001: … / 主题词：人事 岗位设置 办法 通知 / 主办：人事处 督办：校党政办公室 /
    # 河南大学党政办公室 2010年11月24日印发 / 上一条： — the 版记, not the site's metadata and owner
    doc = corpus_page("rsc.henu.edu.cn")
    assert doc.meta.print_date == "2010年11月24日" and doc.meta.printer == "河南大学党政办公室"
    assert "主题词：人事 岗位设置 办法 通知" in kept_texts(doc)


def test_a_sites_owner_over_the_footer_still_goes():
    # (guard) 主办：某某市人民政府办公室 in the footer, no 印发 line under it: the site's
    doc = read_page("某某通知_某某网", "首页", "某某通知", PROSE, PROSE, "版权所有 某某网",
                    "主办：某某市人民政府办公室", "网站标识码：1234567890")
    assert reason_at(doc, 7)
    # (the menu a text does not cross, with no table caption above it: test_reader_round37)
