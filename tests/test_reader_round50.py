"""Rules of the corpus's round 50 (issue 12, session 10: batch 7's last unseen source — 阳光易购
采购焦点资讯, stored JSP pages yangguangyigou-cgxqzx), each on the page or the small text of the
shape that showed it. Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, kept_texts, read_page, reason_at


def test_a_jsp_directive_stored_unrun_is_markup():
    # yangguangyigou-cgxqzx/001: the article / <%@ include file="/view/srplatform/portal/include/foot.jsp" %>
    doc = corpus_page("yangguangyigou-cgxqzx")
    assert reason_at(doc, 21) == "markup left by the page's export (HTML tags)"


def test_the_poster_key_is_the_pages_metadata():
    # yangguangyigou-cgxqzx/001: 发布时间：… / 发布人：test-新浪房产 over the text
    assert reason_at(corpus_page("yangguangyigou-cgxqzx"), 13).startswith("page metadata")


def test_a_sentence_about_a_directive_stays():
    # (guard) a sentence that quotes a directive and goes on is the text's, not markup
    doc = read_page("某某说明", PROSE, "<%@ include %> 是 JSP 页面引入文件的写法。", PROSE)
    assert "<%@ include %> 是 JSP 页面引入文件的写法。" in kept_texts(doc)
