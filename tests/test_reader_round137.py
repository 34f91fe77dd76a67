"""Rules of the corpus's round 137 (issue 12, session 22): batch 92's first half (Hugo blogs in
categories/读书笔记, gathered in session 20).
- A contents box without its label at the top of the text (2021-01-10 / 约 468 字 / 目的 / 实验 / … /
  结论 / 目的 / 验证值传递和引用传递的区别。): its entries end right where the first of them stands again;
  three or more, each a title in words (no sentence, no token of a listing), each set again below
  in order, most with text between the copies. It goes, and its entries tell the sections.
Groups nobody looked at: unchanged. A looser first version (any run of short lines set again
below) put false headings on nine pages and took lines from their texts; it was narrowed to this.
Left: caibingcheng's tags and footer after its licence; ffflora's ◆ 癌症如何导致死亡 (a marked section
title, taken for a banner); idiot-alex's 序; shayu-sharky's and wangzichen99's questions and lead-ins
(那么如何主动开启元认知能力呢？ / 所以做法就是) and numbered list items taken for headings.
Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import corpus_page, headings, read_page, reason_at


def test_a_box_without_its_label_at_the_texts_top_goes_and_tells_the_sections():
    # caibingcheng.github.io/001: 值传递OR引用传递 / 2021-01-10 / 约 468 字 / 预计阅读 1 分钟 / 目的 / 实验 /
    # 禁止拷贝使用引用传递 / … / 结论 / 目的 / 验证值传递和引用传递的区别。 / …
    doc = corpus_page("caibingcheng.github.io")
    assert all(reason_at(doc, line) for line in range(26, 33))
    assert [text for _, _, text in headings(doc)] == ["目的", "实验", "禁止拷贝使用引用传递", "禁止拷贝使用值传递",
                                                      "允许拷贝使用引用传递", "允许拷贝使用值传递", "结论"]


def test_guard_lines_set_again_in_a_run_are_no_box():
    # a listing's lines set twice (import / json / def …) or a list repeated: no text between the copies
    from convert.reader.region import _bare_box_end
    texts = ["安装依赖", "配置环境", "启动服务", "安装依赖", "配置环境", "启动服务", "这是正文，足够长的一段说明文字。"]
    assert _bare_box_end(texts, 0, 7, 7) is None
    spaced = ["安装依赖", "配置环境", "启动服务", "安装依赖", "先安装依赖，这是正文。", "配置环境", "再配置环境，这是正文。",
              "启动服务", "最后启动服务，这是正文。"]
    assert _bare_box_end(spaced, 0, 9, 9) == 3


def test_guard_a_box_of_sentences_is_no_box():
    from convert.reader.region import _bare_box_end
    first = "首先需要安装所有的依赖，然后再进行下一步的配置。"
    texts = [first, "再配置环境", "最后启动", first, "正文一。", "再配置环境", "正文二。", "最后启动", "正文三。"]
    assert _bare_box_end(texts, 0, 9, 9) is None
