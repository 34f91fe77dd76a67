"""Rules of the corpus's round 49 (issue 12, session 10: batch 12's last unseen source — 重庆市人民
政府 www.cq.gov.cn), each on the page or the small text of the shape that showed it. Each test but
the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, headings, kept_texts, read_page, reason_at, removed_reasons


def test_a_government_sites_links_to_its_sister_sites_go():
    # www.cq.gov.cn/001: the text / 附件 / 中国政府网 / 国务院部门网站 / 外交部 … / 地方政府网站 / 北京 … /
    # 市政府部门网站 / 市发展改革委 … / 区县政府网站 / 两江新区 … (270 lines)
    doc = corpus_page("www.cq.gov.cn")
    assert reason_at(doc, 70) == reason_at(doc, 115) == "links to other government sites"
    assert not any(text in ("外交部", "北京", "市教委", "万州区") for text in kept_texts(doc))


def test_an_empty_attachments_box_is_no_heading():
    # www.cq.gov.cn/001: 附件, the last line kept, the site's links under it
    doc = corpus_page("www.cq.gov.cn")
    assert not any(text == "附件" for _, _, text in headings(doc))
    assert reason_at(doc, 67) == "the page's attachments box, empty"


def test_a_documents_list_of_bodies_stays():
    # (guard) a notice's list of the bodies it goes to, one a line, with no site label among them
    bodies = ["市发展改革委", "市教委", "市科技局", "市公安局", "市民政局", "市司法局", "市财政局", "市人力社保局", "市审计局"]
    doc = read_page("关于成立某某工作领导小组的通知", PROSE, "成员单位：", *bodies, PROSE)
    reasons = removed_reasons(doc)
    assert not any(body in reasons for body in bodies)


def test_an_attachment_with_its_name_stays():
    # (guard) 附件 / 1.某某名单: the text's attachment, named
    doc = read_page("某某通知_某某网", "首页", "某某通知", PROSE, PROSE, "附件", "1.某某单位名单", "版权所有 某某网")
    assert "附件" not in removed_reasons(doc)
