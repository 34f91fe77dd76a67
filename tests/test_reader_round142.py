"""Rules of the corpus's round 142 (issue 12, session 23): batch 104's first half (Hugo blogs in
categories/思考, gathered this session).
- Between the headline and the text, a line inside the bracket that the line above leaves open
  (…的新书《超级老年人》（ / Super Agers / ）和他的…) is a piece of the sentence, not a widget.
Groups nobody looked at: unchanged. Left: colynn.github.io, a how-to of short lines (运行环境 / Mac os
10.13.6 / … / 注 / : 破解版…) whose text starts before its first line of prose: its first twelve lines
go as widgets between the headline and the text; aklycoh's sentence stays in three paragraphs at
the English words the page set apart.
Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import corpus_page, reason_at


def test_a_line_inside_an_open_bracket_is_no_widget():
    from convert.reader.region import is_widget_debris
    texts = ["埃里克·托波尔（Eric Topol）在他的新书《超级老年人》（", "Super Agers", "）和他的Substack通讯《地面真相》（"]
    assert not is_widget_debris(texts, 1)
    doc = corpus_page("aklycoh.github.io")
    assert reason_at(doc, 12) == "" and reason_at(doc, 14) == ""


def test_guard_a_control_under_a_closed_line_is_still_a_widget():
    from convert.reader.region import is_widget_debris
    assert is_widget_debris(["埃里克·托波尔（Eric Topol）的新书", "Play Video", "他在书中说，生活方式最重要。"], 1)
