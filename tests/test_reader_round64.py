"""Rules of the corpus's round 64 (issue 12, session 11: the last unseen pages of batches 4
and 6 — 南京大学信息化建设管理服务中心 itsc.nju.edu.cn, 凯里市人民政府 www.kaili.gov.cn). Each
test fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, headings, read_page


def test_a_news_photos_scene_is_no_subhead():
    # itsc.nju.edu.cn/002: …多人在线参加培训。 / 培训会现场 / 印兴波首先介绍了… / 党委组织部副部长印兴波讲话 / …
    assert headings(corpus_page("itsc.nju.edu.cn", "002")) == []
    doc = read_page("我校召开培训会_某某大学", "我校召开培训会", PROSE, "培训会现场", PROSE.replace("这是", "那是"),
                    "答疑现场", PROSE.replace("这是", "还有"))
    assert headings(doc) == []


def test_a_file_to_download_is_no_attachments_heading():
    # www.kaili.gov.cn/001: 附件3：同意报考证明（模板仅供参考）.doc / 附件4：减免报名费申请.doc at the notice's end
    found = headings(corpus_page("www.kaili.gov.cn"))
    assert not any(label.startswith("附件") for _, label, _ in found)
