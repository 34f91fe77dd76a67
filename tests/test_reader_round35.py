"""Rules of the corpus's round 35 (issue 12, session 9: the 1st, 3rd, 5th … by name of batches 10
and 14's sources still unseen — 东营公积金, 佛山公积金, 国家网信办, 东莞市政府, 复旦新闻, 臺鐵), each on
the page or the small text of the shape that showed it. Each test but the guards fails on the
reader before the round (the 85 % one guards the round's own change: once a headline-and-deck
line is no prose, the text's first pieces must still join)."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, kept_texts, read_page, removed_reasons


def test_a_headline_and_its_deck_on_one_line_are_no_prose():
    # news.fudan.edu.cn/002: 肝癌研究领域重大突破！樊嘉院士团队在《细胞》杂志发表新成果中国学者…新策略 (70
    # characters, one ！, no comma) / 来源：附属中山医院 / 发布时间： / 2019-10-11 / 小字体 / 中字体 / 大字体 / the text
    reasons = removed_reasons(corpus_page("news.fudan.edu.cn", "002"))
    assert reasons["来源：附属中山医院"].startswith("page metadata") and "中字体" in reasons


def test_a_share_in_bold_between_two_pieces_of_its_sentence_is_joined():
    # news.fudan.edu.cn/002: …发生在中国，约 / 85% / 的肝癌患者具有乙肝病毒感染的背景。
    assert any("约85%的肝癌患者" in text for text in kept_texts(corpus_page("news.fudan.edu.cn", "002")))


def test_a_long_prose_line_without_a_full_stop_is_still_prose():
    # (guard) a paragraph cut by the page before its end, with its commas: the text
    line = "全市各级各部门要切实提高政治站位，坚决扛起安全生产责任，全面排查整治各类风险隐患，确保人民群众生命财产安全"
    doc = read_page("某某通知_某某网", "首页", "新闻", "某某通知", line, PROSE, "分享到：")
    assert any(text.startswith(line) for text in kept_texts(doc))   # (joined to the next: no full stop)


def test_who_runs_the_site_under_the_text_is_its_footer_however_long():
    # www.dg.gov.cn/002: the signature and date / 发布 / 主办单位：东莞市人民政府办公室    联系方式：…（网站维护邮箱）
    kept = kept_texts(corpus_page("www.dg.gov.cn", "002"))
    assert not any(text.startswith("主办单位") for text in kept)
