"""Rules of the corpus's round 94 (issue 12, session 15): batch 54's unseen half — a short
headline beside a blog's English name in the <title>, over its dateline (上海 - Andrea's Garden);
a quotation the text's last paragraph announces with a colon; the writer's 注： line with a date
is no dateline; 扫一扫，跑不了 is a QR code's caption. Each test but the guards fails on the reader
before the round."""

from __future__ import annotations

from convert.reader.boilerplate import match_rule, names_a_blog
from convert.reader.region import _publication_line

from reader_pages import corpus_page, reason_at


def test_a_short_headline_beside_a_blogs_english_name_is_the_title():
    # andrea-zh.github.io/001 (LoveIt): 上海 - Andrea's Garden / menu / … / 上海 / Andrea / 收录于 /
    # Hello-World / 2026-03-08 / …
    doc = corpus_page("andrea-zh.github.io")
    assert doc.meta.title == "上海"
    assert reason_at(doc, 1) != ""
    assert names_a_blog("Andrea's Garden")


def test_a_quotation_the_last_paragraph_announces_is_the_texts():
    # …另附一段我很喜欢的话: / 所有的经历都是体验 / –但是所有的路也都有代价… / … / 拭目以待 / 更新于 2026-03-08
    doc = corpus_page("andrea-zh.github.io")
    assert [reason_at(doc, n) for n in range(27, 32)] == [""] * 5
    assert reason_at(doc, 32) != ""


def test_the_writers_note_with_a_date_is_no_dateline():
    # xiaocaoge.com/001: 2012 年终总结 / 发布于： / 2012-12-31 / 注：本文写于 2016 年 12 月 20 日凌晨 2 点 / …
    assert reason_at(corpus_page("xiaocaoge.com"), 10) == ""
    assert not _publication_line("注：本文写于 2016 年 12 月 20 日凌晨 2 点")


def test_guard_a_dateline_with_its_source_is_still_one():
    assert _publication_line("2019-09-05 11:10 游民星空[整理]")


def test_a_qr_codes_caption_is_the_sites():
    # acrosssea.github.io/001 (NexT): … / 扫一扫，跑不了 / 我亦飘零久，… / 打赏 / 微信支付 / 支付宝
    doc = corpus_page("acrosssea.github.io")
    assert reason_at(doc, 27) == "share/print/close widget"
    assert reason_at(doc, 28) != ""
    assert match_rule("扫一扫，跑不了", "body").name == "share"


def test_guard_a_sentence_that_opens_with_scan_is_no_caption():
    assert match_rule("扫一扫，就能看到我们的产品介绍和详细的使用方法。", "body") is None
