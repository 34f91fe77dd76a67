"""Rules of the corpus's round 132 (issue 12, session 22): batch 95's first half (Hugo blogs tagged
读书笔记, gathered in session 21).
- On a page that sets a # by each section's title, no sentence runs across the # nor into the
  title beside it (rejoin): PaperMod's 注意 / :…使用 / git fetch / 从远端…分支 / rebase与merge的比较 /
  # / … stays a sentence, a title and its anchor. The side the titles stand on is told in one place
  (headings.anchors_side), for the joiner and for the anchors' reader.
- Two anchored titles in a row over a line of code (参数 / # / push / # / git push <remote> <place>)
  are a section and its first subsection, not the post's tags.
- A spaced-out line set again and again is a watermark only when it holds letters: 0 & 0 & 1, a
  matrix's row in LaTeX, is none.
- A contents box's entries end at the first one whose copy below has a line of the site's right
  under it (学习笔记, the post's category, set again among its tags over the licence): the text
  then ends on its last section, not on the tags and the series box.
- A line the contents box lists is no author under the title (2D Transforming).
- 2026年4月12日 / | 字数 / 2276: the counter's key after the bar's separator is page metadata.
- The <title>'s site part (庄全🥚) alone beside the copyright line is the footer's.
Groups nobody looked at: fresh-76 heading F1 (emerywan.github.io 0.8 → 1.0), fresh-92 and fresh-65
boilerplate (genluo.github.io 0.987 → 1.0; zhaox.xyz 0.625 → 0.688), fresh-76 content
(shiyuanjie.cn 0.676 → 0.686). Cost: fresh-65's www.cheasim.com gains a false heading (F1 1.0 → 0.8):
a line right under its title that the contents box lists was its author before.
Left: lmmfff.github.io's outline 1 关于Hugo / 1.1准备工作，下载Hugo (numbers without a gap) and its
last eight lines (原因：开了代理 / … / git remote -v), which no rule reads as code; forrestsu's
date line under the title.
Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import corpus_page, headings, kept_texts, read_page, reason_at


def test_no_sentence_runs_across_a_heading_anchor():
    # salieri.top/001: 注意 / :本地合并远程分支时,不要忘记使用 / git fetch / 从远端复制记录到本地分支 /
    # rebase与merge的比较 / # / rebase的优点: / … / 远程跟踪 / # / …
    doc = corpus_page("salieri.top")
    found = [text for _, _, text in headings(doc)]
    for title in ("rebase与merge的比较", "远程跟踪", "参数", "push", "fetch", "pull"):
        assert title in found
    assert not [text for text in found if text.startswith("注意")]
    assert all(reason_at(doc, line) for line in (122, 128, 143, 145))


def test_two_anchored_titles_over_code_are_sections_not_tags():
    # 参数 / # / push / # / git push <remote> <place>: a section and its first subsection
    doc = read_page("Git 笔记", "git分支", "#", "这是第一节的正文，讲分支的用法，而且足够长，读者会认出它。",
                    "参数", "#", "push", "#", "git push <remote> <place>",
                    "这是最后一节的正文，讲推送的参数，也足够长，读者会认出它是正文。")
    found = [text for _, _, text in headings(doc)]
    assert "参数" in found and "push" in found


def test_a_matrix_row_set_again_is_no_watermark():
    # yufenghuang.tech/001: 0 & 0 & 1 six times, 1 & 0 & 0 \\ three times, inside $$ … $$
    doc = corpus_page("yufenghuang.tech")
    for line in (341, 367, 380, 415, 420, 428, 499, 500):
        assert reason_at(doc, line) == ""


def test_the_contents_box_ends_before_the_posts_category():
    # yufenghuang.tech/001: 目录 / 2D Transforming / … / Normal Transformation / 学习笔记 / headline /
    # … / 可以直接使用…开销。 / ComputerGraphics / … / 学习笔记 / Licensed under CC BY-NC-SA 4.0 /
    # 计算机图形学 / 1 / 2 / …
    doc = corpus_page("yufenghuang.tech")
    assert all(reason_at(doc, line) for line in range(554, 565))
    assert kept_texts(doc)[-1].endswith("从而省去求逆矩阵的昂贵计算开销。")
    assert "学习笔记" not in [text for _, _, text in headings(doc)]


def test_guard_a_section_the_box_lists_is_no_author():
    # yufenghuang.tech/001: … / Computer Graphics — Transforming / 2D Transforming / Scale / …
    doc = corpus_page("yufenghuang.tech")
    assert doc.meta.author == ""
    assert (1, "", "2D Transforming") in headings(doc)


def test_the_word_counts_key_after_the_bars_separator_is_metadata():
    # forrestsu.github.io/001: AI 规范驱动开发 SDD / 2026年4月12日 / | 字数 / 2276 / | / AI / | / 阅读
    doc = corpus_page("forrestsu.github.io")
    assert reason_at(doc, 18)
    assert doc.meta.author == ""


def test_the_sites_name_beside_the_copyright_line_is_the_footers():
    # blog.justzyx.cn/001: 高价值文档&书籍&手册 - 庄全🥚 / … / 深入理解Yii2.0 / 庄全🥚 / © 2016 - 2022 | / 苏ICP备…
    doc = corpus_page("blog.justzyx.cn")
    assert reason_at(doc, 29)
    assert kept_texts(doc)[-1] == "深入理解Yii2.0"


def test_guard_the_sites_name_inside_the_text_stays():
    # the site's name as a line of the text, far from the copyright line, is the text's
    doc = read_page("高价值文档 - 庄全🥚", "八股文", "关于", "高价值文档", "September 26, 2016",
                    "这是一段足够长的正文，用来让读者认出正文所在的区域，并且包含句号。",
                    "庄全🥚", "这是又一段足够长的正文，讲的是这个名字的来历，读者会认出它是正文。",
                    "这是最后一段足够长的正文，用来结束这篇文章，它也包含句号。", "© 2016 - 2022 |", "苏ICP备19052852号-1")
    assert "庄全🥚" in kept_texts(doc)
