"""Rules of the corpus's round 138 (issue 12, session 23): batch 91's first half (Hugo blogs in
tags/日常, gathered in session 20, never looked at until now).
- The whole headline stands over the post's fields (tags: / 日常 / @Cirky / 26/11/2025) and the
  description that repeats its start (我的第一篇文章!! … 我的第一篇文章): the whole one is the title.
- A run of ! or ? after hanzi is full width, every mark of it (文章!! → 文章！！, not 文章！!).
- 第一篇博客不太长，… / 第一篇博文是在…: 篇 counting the writing glued after it, in a sentence, is
  no piece's label (第一篇日记 alone on its line still is one).
- A contents box's entries end at the text's lead-in (我写东西大概有两种方式：), which no section
  repeats.
- 以上 ("that is all") may close a post, as 完 closes a wire story.
- 参考文章 labels the writer's list of sources; the post's tags (a word or two) may stand between
  that list and the site's footer.
Groups nobody looked at: unchanged. Left: dynew.gamewayz.com's lone PaperMod anchor (怎么选？ / #: one
# alone is more often a tag or a listing's #include on the corpus's pages), its 🔗 相关攻略推荐 box
(taking it ends the text before its last section) and its date over a bullet list; blog.eriice.com's
subsections after a listing (项目主干 under a line of code: no finished sentence above it).
Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, headings, kept_texts, read_page, reason_at


def test_the_whole_headline_over_the_posts_fields_is_the_title():
    # anohaca.github.io/001: 我的第一篇文章!! | *我的小日常* / *我的小日常* / 我的第一篇文章!! / tags: / 日常 /
    # @Cirky / 26/11/2025 / 我的第一篇文章 / the text
    doc = corpus_page("anohaca.github.io")
    assert doc.meta.title == "我的第一篇文章！！"


def test_a_run_of_marks_after_hanzi_is_full_width():
    from convert.reader.punctuation import normalize
    assert normalize("真的吗?!") == "真的吗？！"
    assert normalize("好!!!我来了") == "好！！！我来了"
    assert normalize("OK!! 好") == "OK!! 好"   # (after a Latin word: its own marks)


def test_the_first_post_in_a_sentence_is_no_piece_label():
    from convert.reader.headings import numbered
    assert numbered("第一篇博客不太长，我也不想给自己太多束缚，想说什么就说什么。") is None
    assert numbered("第一篇博文是在实习期间摸鱼写成的") is None
    doc = corpus_page("anohaca.github.io")
    assert headings(doc) == []


def test_guard_a_piece_alone_on_its_line_is_a_label():
    from convert.reader.headings import numbered
    for line, label in (("第一篇日记", "第一篇"), ("第一篇博客文章", "第一篇"), ("第3篇 2023年工作总结", "第3篇"),
                        ("第一篇：阅读的层次", "第一篇：")):
        found = numbered(line)
        assert found is not None and found.numbering.name == "piece" and found.label == label


def test_a_boxs_entries_end_at_the_texts_lead_in():
    # jimall.github.io/001: Table of Contents / five entries / 我写东西大概有两种方式： / 渐进式的。… /
    # … / 关于“人生的第一次” / # / …
    doc = corpus_page("jimall.github.io")
    assert all(reason_at(doc, line) for line in range(7, 13))
    assert reason_at(doc, 13) == "" and "我写东西大概有两种方式：" in kept_texts(doc)


def test_that_is_all_closes_a_post():
    doc = corpus_page("jimall.github.io")
    assert reason_at(doc, 51) == "" and kept_texts(doc)[-1] == "以上"
    assert reason_at(doc, 52)   # (its tag, Travel, is the site's)


def test_the_writers_sources_run_to_the_tags_over_the_footer():
    # blog.eriice.com/001: … / 参考文章 / Hugo 官网 / Hugo + rsync 部署 / Hugo / 自动化部署 / Eriice © 2019
    doc = corpus_page("blog.eriice.com")
    assert all(reason_at(doc, line) == "" for line in (79, 80, 81))
    assert all(reason_at(doc, line) for line in (82, 83, 84))


def test_guard_more_than_two_words_under_the_sources_are_no_tags():
    # 参考文章 / two titles / three short words / the footer: the tags are a word or two; three words
    # may be the text going on, and the list is not taken through
    from convert.reader.lines import Line
    from convert.reader.region import _through_references
    texts = ["参考文章", "Hugo 官网文档", "Hugo 部署方法", "Hugo", "部署", "博客", "版权所有 © 2024 某某"]
    lines = [Line(k + 1, text) for k, text in enumerate(texts)]
    reasons = [None] * 6 + ["ICP/copyright line"]
    assert _through_references(lines, reasons, 0) == 0
    del lines[5], reasons[5]   # (two words: the post's tags)
    assert _through_references(lines, reasons, 0) == 3
