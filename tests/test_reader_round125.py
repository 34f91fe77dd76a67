"""Rules of the corpus's round 125 (issue 12, session 20): batch 88's first half (Hugo blogs filed
under 感悟). A post with no prose at all — a poem in short lines — starts under its headline's
dateline block, and LoveIt's fields in English belong to that block: its writer, ``included in``
and the category under it, the date, ``about 13 words``, ``1 min``, ``views`` and the theme's
empty ``Contents`` box; its ``The article was updated on`` line under the post is its dateline too.
No group nobody looked at lost anything (fresh-79's boilerplate 0.940 → 0.964, first page right
1 → 2 of 5).
Tried and dropped, each for what it cost a group nobody looked at:
- a digit-only headline (1229) over a date in English (Oct 03, 2025): fresh-60's boilerplate
  0.951 → 0.925;
- a headline over its bare date with the theme's short words between (搅海翻江 / By / 返回首页 /
  2020年03月20日, whose <title> part a menu item repeats): three titles lost in fresh-84 and
  fresh-87 for one won in fresh-76;
- ``included in`` as a field of the page's dateline: fresh-83's first page right 4 → 3 of 5;
- the text starting under the headline when a section title with its heading anchor stands
  above where the prose seemed to start (这个博客使用 / Hugo / 框架和 / PaperMod / 主题构建。): it
  kept the writer, date and tags under four looked-at headlines.
Left: liuzechen.top's sections, whose titles follow lines without a full stop and are joined to
them, and its last section (文章总结, a list of linked articles) taken for related posts.
Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import corpus_page, kept_texts, reason_at


def test_a_poem_starts_under_its_headlines_fields_in_english():
    # halklein.github.io/001: 博客迁移 Hugo / HalKlein / included in / 生命不息折腾不止 / 2019-10-10 /
    # about 13 words / 1 min / views / Contents / Contents / ​ / 你眼中有春与秋， / …
    doc = corpus_page("halklein.github.io")
    assert all(reason_at(doc, line) for line in range(16, 25))
    assert doc.meta.title == "博客迁移 Hugo"
    # (the reprint notice's address, 转载请注明出处: / https://halklein.github.io/, is left)
    assert kept_texts(doc)[:6] == ["你眼中有春与秋，", "胜过我见过爱过的一切山川与河流；", "有一天我会懂你，",
                                   "也懂这世界悲欢，", "陪你走千帆，仍方寸不乱。", "·End"]


def test_the_post_updated_line_in_english_goes():
    # halklein.github.io/001: … / https://halklein.github.io/ / The article was updated on 2019-10-10
    doc = corpus_page("halklein.github.io")
    assert reason_at(doc, 38).startswith("page metadata")


def test_guard_loveit_fields_over_prose_still_go():
    # balladinthesky.github.io/001: 创造力的迷思 / Aston / included in / 创造力 / 2024-09-06 / 17 words /
    # One minute / Contents / its entries: the title stays the headline, not the writer
    doc = corpus_page("balladinthesky.github.io")
    assert doc.meta.title == "创造力的迷思"
    assert all(reason_at(doc, line) for line in range(12, 19))
