"""Rules of the corpus's round 126 (issue 12, session 20): batch 90's first half (Hugo blogs filed
under 生活随笔).
- A <title>'s part set again over the post's info bar is the headline, when what stands between
  is the writer's handle in Latin letters (chariothy, nine letters, longer than the eight
  characters a short meta word had) or DoIt's collection key alone (收录于 / 类别 / 读书笔记).
  The sidebar's contents box above it then goes with the header, and the text's sections are
  found under it.
- A link's words inside a sentence (另外关于 css，可以参考 / MDN / 。) and the mark that closes the
  sentence after them are no widget debris between the headline and the text.
- FixIt's and other themes' note of when the post last changed (本文最後更新於 2018-06-14，文中內容可能
  已過時。, 最后更新于 Jul 31, 2025 15:40 +0800) is the page's metadata.
- LeaveIt's byline ends on its category: Written by / BinGo / on / February 22, 2018 / in / 生活随笔.
Groups nobody looked at gained: titles in fresh-76 and fresh-81 (0.8 → 1, 0.6 → 0.8); boilerplate in
fresh-76, fresh-81, fresh-83, fresh-89 and fresh-93; the first page right once more in fresh-76,
fresh-81, fresh-89 and fresh-93; fresh-58's content 0.896 → 0.898.
The costs, accepted: the collection key (收录于) cost fresh-92, nobody looked at, a title (0.9 → 0.8)
and boilerplate 0.949 → 0.923 — for the two titles it won elsewhere (asking for the post's date
under the key, as DoIt sets it, changed nothing). On lruihao.cn, once the update note goes, 题目链接 / （hdu 复赛）, a link and its
aside right over the text, go as widget debris with it (content 1.000 → 0.667 on that page).
Left: headings numbered 1: / 2: (angelafangguyue.github.io).
Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import corpus_page, headings, kept_texts, reason_at


def test_a_title_part_over_the_writers_handle_and_the_collection_key_is_the_headline():
    # chariothy.github.io/001: 漫步华尔街 - 孤独的长跑者 / menu / 目录 / three entries / 漫步华尔街 /
    # chariothy / 收录于 / 类别 / 读书笔记 / 2020-02-22 / …
    doc = corpus_page("chariothy.github.io")
    assert doc.meta.title == "漫步华尔街"
    assert all(reason_at(doc, line) for line in (1, 24, 25, 26, *range(28, 37)))
    assert [(level, text) for level, _, text in headings(doc)] == [
        (1, "这是第二遍看了，之前一遍的印象已经不深了。"),
        (1, "总的来说这本书与《通往财富自由之路》的内容很相似，主要观点："),
        (1, "大道至简。")]


def test_a_links_words_inside_a_sentence_stay():
    # angelafangguyue.github.io/001: 另外关于 css，可以参考 / MDN / 。 / 1:CSS 历史 / the first prose
    doc = corpus_page("angelafangguyue.github.io")
    assert not any(reason_at(doc, line) for line in (26, 27, 28))
    assert "MDN。" in kept_texts(doc)


def test_the_posts_last_update_note_goes():
    # lruihao.cn/001: … / Warning / 本文最後更新於 2018-06-14，文中內容可能已過時。 / 题目链接 / …
    doc = corpus_page("lruihao.cn")
    assert reason_at(doc, 37) == "page metadata (when the post last changed)"


def test_leaveits_byline_ends_on_its_category():
    # huangyubin.xyz/001: Written by / BinGo / on / February 22, 2018 / in / 生活随笔 / the text
    doc = corpus_page("huangyubin.xyz")
    assert reason_at(doc, 20) == "page metadata (the post's category)"
    assert kept_texts(doc)[0].startswith("过去一年基本都懒得没怎么更新")


def test_guard_a_sentence_about_an_update_stays():
    # a line of the text that opens on 最后更新于 and goes on past the date in words is the text's
    from reader_pages import read_page
    doc = read_page("版本说明", "", "最后更新于2019年的那一版至今仍在使用", "",
                    "新版的安装方法见下文。")
    assert "最后更新于2019年的那一版至今仍在使用" in kept_texts(doc)
