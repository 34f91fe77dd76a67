"""Rules of the corpus's round 66 (issue 12, session 11: the 1st by name of batch 13's unseen
pair — 湖南涉外经济学院科研处 kyc.hieu.edu.cn, unchanged — and batch 17's last unseen source,
蘋果日報 tw.nextmedia.com). Each test fails on the reader before the round."""

from __future__ import annotations

from convert.reader.lines import is_caption
from reader_pages import corpus_page, headings, reason_at


def test_a_news_photos_zoom_button():
    # tw.nextmedia.com/001: …門診中又以年輕人居多。 / 點下放大 / 報你知 電腦視覺症候群 / …
    doc = corpus_page("tw.nextmedia.com")
    assert reason_at(doc, 87) == "a picture's zoom button" and reason_at(doc, 91) == "a picture's zoom button"


def test_subheads_between_the_zoom_buttons():
    # tw.nextmedia.com/001: 點下放大 / 看近減鏡片度數 / 看近時眼睛聚焦… / 點下放大 / 光線明亮不壓迫 / …
    found = [text for _, _, text in headings(corpus_page("tw.nextmedia.com"))]
    assert {"看近減鏡片度數", "光線明亮不壓迫", "休息時眺望遠方"} <= set(found)


def test_a_photographers_credit_with_a_slant():
    assert is_caption("攝影╱施偉平　部分圖片╱資料照片")
    assert is_caption("摄影：李明")
