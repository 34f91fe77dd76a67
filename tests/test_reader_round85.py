"""Rules of the corpus's round 85 (issue 12, session 13): looked-at pages only — a sidebar's
numbered contents list after the text, its entries in any letters. Each test but the guards
fails on the reader before the round."""

from __future__ import annotations

from reader_pages import corpus_page, headings, reason_at


def test_a_numbered_list_after_the_text_gives_back_the_sections_taken_for_widgets():
    # www.codebooklet.com/001 (NexT): a notice board whose entries are headed by dates — 2022/3/24 /
    # … / 2022/2/28 / … — went as widgets between the title and the text; the sidebar's 1. /
    # 2022/3/24 / 2. / 2022/2/28 / … after the text names them, in order, each over its entry
    doc = corpus_page("www.codebooklet.com")
    for line in (27, 29, 31, 33):
        assert reason_at(doc, line) == "", line
    found = [text for _, _, text in headings(doc)]
    assert "2022/2/28" in found and "2022/2/23" in found and "2022/2/8" in found


def test_guard_the_list_does_not_carry_the_text_past_its_last_section_when_it_already_runs_there():
    # 0wantpeach0.github.io/001: …注意：修改完成后，… / 赏 / 谢谢你请我吃糖果 / hexo个人博客笔记 / 笔记 / 扫一扫，
    # 分享到微信 / … / 1. / hexo本地图片上传问题 / 1.1. / 问题描述: the reward box under the post stays out
    doc = corpus_page("0wantpeach0.github.io")
    for line in (61, 62, 63, 64):
        assert reason_at(doc, line) != "", line
