"""Rules of the corpus's round 101 (issue 12, session 15): batch 64's unseen half — a link to the
previous or next post ends a text without prose (a poem: 过去的… / 生活 / · / 上一篇 / …); a keyed
subhead may end on the question its section answers (申请条件拆解：谁可以开户？). Each test but the
guards fails on the reader before the round."""

from __future__ import annotations

from convert.reader.structure import keyed_subhead

from reader_pages import corpus_page, headings, reason_at


def test_a_link_to_the_next_post_ends_a_poem():
    # ok-girl.github.io/001 (sakura): six short lines / 生活 / · / 上一篇 / Webstorm安装、破解、使用 / © 2019 OK-girl
    doc = corpus_page("ok-girl.github.io")
    assert reason_at(doc, 32) == ""
    assert reason_at(doc, 36) == "site footer (after the document's end)"


def test_a_keyed_subhead_may_end_on_its_question():
    assert keyed_subhead("申请条件拆解：谁可以开户？") == "申请条件拆解"
    texts = [text for _, _, text in headings(corpus_page("0060.my"))]
    assert "申请条件拆解：谁可以开户？" in texts


def test_guard_a_sentence_with_a_question_is_no_keyed_subhead():
    assert keyed_subhead("他问：你今天来吗？我说不来。") == ""
