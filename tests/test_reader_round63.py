"""Rules of the corpus's round 63 (issue 12, session 11: the 1st by name of the first
gathering's unseen pair — 263 读书 book.263.net — and batch 21's last unseen page, 经济参考网
www.jjckb.cn). Each test fails on the reader before the round."""

from __future__ import annotations

from convert.reader import read
from reader_pages import corpus_page, reason_at


def test_a_web_sites_name_alone_is_no_title():
    # www.jjckb.cn/001: the <title> 经济参考网, then the headline 中国iPad商标侵权纠纷案一审审结 苹果败诉,
    # then the dateline's 来源：经济参考网: the <title> names the site the dateline names
    assert corpus_page("www.jjckb.cn").meta.title == "中国iPad商标侵权纠纷案一审审结 苹果败诉"
    doc = read("某某参考网\n乡村振兴项目全面开工\n2024-03-01　来源：某某参考网\n今年以来，我市持续推进乡村振兴项目建设，城乡面貌不断改善，群众获得感增强。\n".encode())
    assert doc.meta.title == "乡村振兴项目全面开工"


def test_a_papers_reprint_terms_under_the_text():
    # www.jjckb.cn/001: 凡标注来源为“经济参考报”或“经济参考网”的所有文字…版权均属新华社经济参考报社…
    assert reason_at(corpus_page("www.jjckb.cn"), 14) == "the site's legal notice"
