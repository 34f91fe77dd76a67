"""Rules of the corpus's round 53 (issue 12, session 10: the 1st and 3rd by name of batch 10's
unseen part — 南京市住房保障和房产局 fcj.nanjing.gov.cn, 长春市人民政府 www.changchun.gov.cn), each on
the page or the small text of the shape that showed it. Each test but the guards fails on the
reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, headings, kept_texts, read_page, reason_at


def test_book_title_marks_around_the_whole_title_go_and_are_listed():
    # fcj.nanjing.gov.cn/001: the page sets its notice's title as 《关于进一步优化无房家庭购房工作的通知》
    doc = corpus_page("fcj.nanjing.gov.cn")
    assert doc.meta.title == "关于进一步优化无房家庭购房工作的通知"
    assert any(r.reason == "book-title marks around the whole title" for r in doc.meta.removed)


def test_book_titles_inside_a_title_stay():
    # (guard) 关于《某某办法》的解读 / 《甲》与《乙》: marks that do not wrap the whole title
    assert read_page("关于《某某市住房公积金管理办法》的解读", PROSE, PROSE).meta.title == "关于《某某市住房公积金管理办法》的解读"
    assert read_page("《甲方案》与《乙方案》的比较", PROSE, PROSE).meta.title == "《甲方案》与《乙方案》的比较"


def test_a_link_to_the_policys_interpretation_is_the_pages():
    # www.changchun.gov.cn/002: the signature and date / 解读：《长春市人民政府办公厅关于…的通知》
    assert reason_at(corpus_page("www.changchun.gov.cn", "002"), 50) == "link to the policy's interpretation"


def test_a_date_set_in_spans_is_one_and_joins_the_sentence_that_waits_for_it():
    # jczx.mhedu.sh.cn/002: …全国代表大会于 / 10 / 月 / 18 / 日上午9时在北京人民大会堂开幕。…
    kept = kept_texts(corpus_page("jczx.mhedu.sh.cn", "002"))
    assert any(text.startswith("共产党第十九次全国代表大会于10月18日上午9时") for text in kept)


def test_a_signature_over_a_date_set_in_spans_stays_apart():
    # (guard) 某某市住房保障和房产局 / 2017 / 年 / 5 / 月 / 3 / 日: the issuer, then the date
    doc = read_page("某某通知", PROSE, PROSE, "某某市住房保障和房产局", "2017", "年", "5", "月", "3", "日")
    kept = kept_texts(doc)
    assert "某某市住房保障和房产局" in kept and "2017年5月3日" in kept


def test_an_items_number_set_in_a_span_of_its_own_goes_back_to_its_item():
    # fcj.nanjing.gov.cn/002: 一、关于执行对象的认定 / 1 / 、对于非本市户籍居民家庭，… — the number had
    # glued the item to the heading above; gjj.nanjing.gov.cn/001: 3 / ．购 / 买新建绿色二星级…
    doc = corpus_page("fcj.nanjing.gov.cn", "002")
    assert (1, "一、", "关于执行对象的认定") in headings(doc)
    assert any(text.startswith("1、对于非本市户籍居民家庭") for text in kept_texts(doc))
    kept = kept_texts(corpus_page("gjj.nanjing.gov.cn"))
    assert any(text.startswith("3．购买新建绿色二星级") for text in kept)
    assert any(text.startswith("1．多子女家庭（有两个及以上未成年子女）") for text in kept)
