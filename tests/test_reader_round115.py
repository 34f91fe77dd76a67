"""Rules of the corpus's round 115 (issue 12, session 17): batch 59's first, third and fifth
pages (blogs). A word the page set apart (struck through, linked) between a sentence's particle
and the rest of the sentence (这次放寒假也意味着三年的 / 大专 / （大学）生活就此结束，…。) joins it —
unless the page sets that word again (启动后端, listed in the contents box, is a heading). Tried and
not kept: the other part of a <title> beside a blog's Chinese name (md使用方法 | 彤哥的个人博客) as
the headline however short — it cost two unseen samples a title (fresh-53, fresh-60) and one its
boilerplate (fresh-52); …的个人站 as a blog's name (it changed nothing). Left: a photo diary's
captions after its last paragraph are still taken for the footer (alnthy.cn), and a markdown
cheat sheet without a line of prose keeps its whole page (1124839262.github.io). Each test but
the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, kept_texts, read_page


def test_a_struck_word_inside_its_sentence():
    # alnthy.cn/001: 这次放寒假也意味着三年的 / 大专 / （大学）生活就此结束，来年也要为实习忙碌。
    doc = corpus_page("alnthy.cn")
    assert "这次放寒假也意味着三年的大专（大学）生活就此结束，来年也要为实习忙碌。" in kept_texts(doc)


def test_a_linked_word_on_a_small_page():
    doc = read_page("标题", PROSE, "这一年我读完了三本关于历史的", "小说", "（都是旧书）读起来很有意思，其中最喜欢的是第二本。", PROSE)
    assert "这一年我读完了三本关于历史的小说（都是旧书）读起来很有意思，其中最喜欢的是第二本。" in kept_texts(doc)


def test_guard_a_heading_the_box_lists_joins_nothing():
    # 1parado.github.io/001: … / 要确保…填自己的 / 启动后端 (listed in the contents box) / 接着用idea打开…。
    doc = corpus_page("1parado.github.io")
    assert "启动后端" in kept_texts(doc)
