"""Rules of the corpus's round 127 (issue 12, session 20): batch 87's first half (Hugo blogs filed
under 阅读).
- A contents box in the page's header carries the text through the sections it lists (round 124)
  also when its entries are short — 安装 / 配置 / 常用 / 参考, two characters — as long as they
  stand right under the box's own label (目录); without the label, four characters still are the
  least, as a menu's words are short too (the corpus floors keep that).
- PaperMod's reading time and writer without the date before them (· 4 分钟 · Nya) are the post's
  metadata, as with it.
- A blog plugin's AI summary box over the text (AI 摘要 / AI 摘要接口暂时失联……) is a widget.
Groups nobody looked at gained (fresh-91's content 0.969 → 0.983; fresh-76's content 0.744 →
0.755 and heading F1 0.400 → 0.429) and lost nothing.
Left: a Zhihu answer's attribution quoted inside the text (来源：知乎 著作权归作者所有。…) goes as a
reprint notice (jkjoy.github.io); Jane's contents box and category in a study note
(hehedaozuiteng.github.io) stay, and its chapter headings split at their bold part are missed.
Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import corpus_page, headings, kept_texts, reason_at


def test_a_labelled_box_of_short_entries_carries_the_text_through_its_sections():
    # blog.vtime.fun/001: 目录 / 安装 / 配置 / git config / ssh / 常用 / 参考 in the header; the text
    # seemed to end at git add's line, over 常用's commands and the 参考 section
    doc = corpus_page("blog.vtime.fun")
    assert [text for _, _, text in headings(doc)] == ["安装", "配置", "git config", "ssh", "常用", "参考"]
    assert not any(reason_at(doc, line) for line in range(79, 97))
    assert kept_texts(doc)[-1] == "新增 SSH 密钥到 GitHub 帐户 - GitHub 文档"
    assert reason_at(doc, 97) and reason_at(doc, 98)   # (the post's tag, its licence)


def test_the_reading_time_without_its_date_goes():
    # newmannya.github.io/001: Obsidian工作流 / its description / 2024-08-27 / · 4 分钟 · Nya / 目录
    doc = corpus_page("newmannya.github.io")
    assert reason_at(doc, 18) == "page meta line (reading statistics)"


def test_an_ai_summary_box_goes():
    # jkjoy.github.io/001: 端午节祝词之争 / AI 摘要 / AI 摘要接口暂时失联…… / the text
    doc = corpus_page("jkjoy.github.io")
    assert reason_at(doc, 13) == reason_at(doc, 14) == "AI summary widget"
    assert kept_texts(doc)[0] == "一个很有意思的现象，从前几年开始，不知为何就有了端午节祝词之争。"

