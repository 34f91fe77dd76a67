"""Rules of the corpus's round 143 (issue 12, session 23): batch 93's first half (Hugo blogs in
tags/编程, gathered in session 20, never looked at until now).
- 下篇 / 下一篇 open a link to the neighbouring post only when no sentence follows: 下篇文章打算写点
  读书笔记。 is the writer's last sentence, the text's.
Groups nobody looked at: fresh-92 heading F1 0.577 → 0.616, content 0.614 → 0.630 (rojeralone.github.io:
a sentence opening with 下一篇 had ended its text there). Left: weepingdogel.github.io, whose contents box
is printed three times around its headline (the text is taken to open at the box's third copy, and
the post's fields above it stay); blog.origami404.top's first section 前言 & 介绍 among its tags, taken
for a widget; eieddie's footnote marks; qingzhou-yanghy's section 评论区 and its reading list.
Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import corpus_page, kept_texts, reason_at


def test_a_sentence_naming_the_next_post_is_the_texts():
    from convert.reader.boilerplate import match_rule
    assert match_rule("下篇文章打算写点读书笔记。", "footer") is None
    assert match_rule("下一篇将讲述训练。", "footer") is None
    doc = corpus_page("kenanxiaolin.github.io")   # … / 写下来，才是真正学会了。 / 下篇文章打算写点读书笔记。 / 更新于 …
    assert reason_at(doc, 108) == "" and kept_texts(doc)[-1] == "下篇文章打算写点读书笔记。"


def test_guard_the_links_to_the_neighbouring_posts_still_go():
    from convert.reader.boilerplate import match_rule
    for line in ("上一篇", "下一篇：Linux 入门", "下一篇 如何使用 GitHub 搭建博客", "【上一篇】关于印发工作方案的通知", "下篇："):
        assert match_rule(line, "footer") is not None, line
