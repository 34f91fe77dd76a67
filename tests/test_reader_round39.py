"""Rules of the corpus's round 39 (issue 12, session 9: the 1st, 3rd, 5th … by name of batches 24
and 25, gathered after every earlier rule of the session — 36氪, StreetVoice, 媽媽經, 不死鸟, 量子位,
每日頭條, unwire.hk, 康健, 机器之心, 雪球), each on the page or the small text of the shape that showed
it. Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from convert.model import Heading, iter_blocks, plain_text
from reader_pages import PROSE, corpus_page, kept_texts, read_page, removed_reasons


def test_a_pictures_loading_marks_are_no_wall_and_no_text():
    # read01.com/001: paragraphs and captions, each picture between them three lines of "."
    doc = corpus_page("read01.com")
    kept = kept_texts(doc)
    assert "." not in kept
    assert any(text.startswith("第七道主菜") for text in kept) and "床頭可愛的照明調節裝置" in kept


def test_a_lone_dot_in_a_text_stays():
    # (guard) one "." on its own line is no picture's marks (three in a row are)
    doc = read_page("某某说明", PROSE, ".", PROSE)
    assert "." not in removed_reasons(doc)


def test_numbered_sections_that_go_on_under_a_related_box_are_the_articles():
    # mamaclub.com/001: 1.注意你如何「表達憤怒」 / its text / 推薦閱讀： / a headline / 2.練習「慷慨」 / …
    doc = corpus_page("mamaclub.com")
    heads = [plain_text(b) for b in iter_blocks(doc.blocks) if isinstance(b, Heading)]
    assert any("練習「好好道歉」" in h for h in heads)


def test_a_numbered_list_of_other_articles_still_ends_the_text():
    # (guard) 1.总体要求 / text / 推荐阅读： / 1.另一篇文章的标题 / 2.又一篇文章的标题: the list starts at 1 again
    doc = read_page("某某通知_某某网", "首页", "某某通知", "1.总体要求", PROSE, PROSE, "推荐阅读：",
                    "1.另一篇文章的标题在这里", "2.又一篇文章的标题在这里", "版权所有 某某网")
    assert not any("另一篇文章" in text for text in kept_texts(doc))


def test_a_blogs_like_box_closed_comments_and_more_of_the_same_are_the_pages():
    # unwire.hk/001: 讚好此文： / Comments are closed. / unwire TV / 更多同類文章: / …
    reasons = removed_reasons(corpus_page("unwire.hk"))
    assert "Comments are closed." in reasons and "更多同類文章:" in reasons


def test_a_reprint_notice_and_a_knowledge_box_are_the_sites():
    # 36kr.com/001: 原创文章，作者：…转载或内容合作请点击 / 转载说明 / ，违规转载法律必究。;
    # www.jiqizhixin.com/001: 相关数据 / OpenAI / 机构 / its description …
    assert not any("违规转载" in text for text in kept_texts(corpus_page("36kr.com")))
    assert not any(text.startswith("OpenAI是一家") for text in kept_texts(corpus_page("www.jiqizhixin.com")))
