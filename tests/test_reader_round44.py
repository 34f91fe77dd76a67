"""Rules of the corpus's round 44 (issue 12, session 10: the 1st by name of batch 25's last
unseen pair — CBNData www.cbndata.com), each on the page or the small text of the shape that
showed it. Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, kept_texts, read_page, reason_at


def test_wechat_share_instructions_are_the_pages():
    # www.cbndata.com/001: 分享 / 打开微信“扫一扫” / 点击右上角“分享”, over the text
    doc = corpus_page("www.cbndata.com")
    assert reason_at(doc, 20) == reason_at(doc, 21) == "share/print/close widget"


def test_the_sites_reprint_terms_go_however_long():
    # www.cbndata.com/001: 【版权提示】转载第一财经商业数据中心原创稿件，请于文首标明来源、作者，… (359 characters)
    assert reason_at(corpus_page("www.cbndata.com"), 67) == "reposting notice or link to the page"


def test_a_like_buttons_count_is_the_pages():
    # www.cbndata.com/001: +1 / 3赞 under the reprint terms
    assert reason_at(corpus_page("www.cbndata.com"), 69) == "page meta line (reading statistics)"


def test_a_galleries_plus_one_inside_the_text_is_no_wall():
    # (guard) www.hk01.com/002: two captions / +1 / a caption / the story's paragraphs — the
    # gallery's "+1" is no like count, and the text runs on under it
    assert "大埔今午發生四級火警。" in kept_texts(corpus_page("www.hk01.com", "002"))


def test_a_sentence_on_reprinting_in_a_text_stays():
    # (guard) a notice's own sentence about reprints, not in the site's 【版权提示】 brackets
    doc = read_page("某某通知", PROSE, "各单位转载本通知时，请注明来源，并保持全文完整。", PROSE)
    assert "各单位转载本通知时，请注明来源，并保持全文完整。" in kept_texts(doc)
