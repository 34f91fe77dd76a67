"""Rules of the corpus's round 133 (issue 12, session 22): batch 102's first half (Hugo blogs in
categories/技术分享, gathered this session).
- A blog's contents box under its headline (目录 / 简单一句话总结它是什么 / … ) whose first three
  entries the text sets again, in order, before the text's end, lists the text's sections, though
  an opening stands between the box and the first of them: the label and the entries go, and the
  opening (Agent Skills / 是 Anthropic…推出的一种) is the text's. Not a law's contents (目录 / 第一章　总则 /
  …, which it prints), nor a sidebar's motto under an empty box (a sentence is no section), nor a
  menu under its label set again in the footer (目錄 / 要聞 / 理財投資, past the text).
- Such a box tells where the text's last section is: when a table set cell by cell (对比维度 / MCP…)
  cut the text's span short, with no line of the site's between, the text runs on through the
  sections it lists.
- Of two headlines the <title> names, one over the other, the whole one is the title when the
  <title> opens with it (使用 FFmpeg 转换哔哩哔哩缓存视频为 MP4 格式 over 使用 FFmpeg 转换哔哩哔哩缓存视频).
Groups nobody looked at: heading F1 up in fresh-92 (bivectorfoil 0.46 → 0.67), fresh-60 (hstar.me
0.94 → 1), fresh-93 (kenanxiaolin 0.83 → 1), fresh-100 (rovertang 0.31 → 0.58), fresh-91 (siya-33
0.8 → 1), fresh-76 (www.blain.top 0.86 → 1); boilerplate up in fresh-99 (blog.mfya.cn 0.84 → 0.97),
fresh-89 (kiyanyang 0.88 → 1), fresh-92 (simonmy.com 0.65 → 0.92); content up in fresh-92
(bivectorfoil 0.50 → 0.86), fresh-93 (kenanxiaolin 0.45 → 0.99). None lost.
Tried and dropped: a post's tags over its licence (PostgreSQL / Licensed under CC BY-NC-SA 4.0): it
removed the last short line of two unseen texts.
Left: blog.kyden.cc's subtitle, which repeats the title's start, goes as its copy, and its
Reference links (FFmpeg / how-to-install-ffmpeg) as the footer; yaoyl.cn's 规划; b40du's levels.
Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import corpus_page, headings, kept_texts, read_page, reason_at


def test_a_box_over_an_opening_lists_the_sections_below():
    # si40code.github.io/001: headline / 2026-01-16 / · / 约 1 分钟读完 / #agent … / 目录 / 简单一句话总结它是什么 /
    # … / 总结：为什么非要搞出这么个东西？ / Agent Skills / 是 Anthropic…推出的一种 / … / 简单一句话总结它是什么 / …
    doc = corpus_page("si40code.github.io")
    assert all(reason_at(doc, line) for line in range(8, 21))
    assert kept_texts(doc)[:2] == ["Agent Skills", "是 Anthropic（Claude 的母公司）在 2025 年左右推出的一种"]
    assert [text for _, _, text in headings(doc)] == [
        "简单一句话总结它是什么", "为什么 Anthropic 要设计 Agent Skills？（核心原因）",
        "最核心的设计创新：渐进式披露（Progressive Disclosure）", "总结：为什么非要搞出这么个东西？"]


def test_the_text_runs_through_a_table_to_the_sections_the_box_lists():
    # si40code.github.io/001: … / MCP 解决了“能不能做”，Skills 解决“应该怎么做好”。 / 对比维度 / MCP（工具调用协议） /
    # … / 最核心的设计创新：… / … / 目前（2026 年初）它还是… / © 2026 Notes.
    doc = corpus_page("si40code.github.io")
    assert all(not reason_at(doc, line) for line in range(41, 88))
    assert kept_texts(doc)[-1].startswith("目前（2026 年初）它还是 Claude 生态最成熟的实现")


def test_guard_a_laws_contents_stay_whole():
    # hqjt.ruc.edu.cn/001: 目录 / 第一章　总则 / … / 第七章　附则 / 修订后的《…》… / … / 第一章　总则 / …
    doc = corpus_page("hqjt.ruc.edu.cn")
    assert kept_texts(doc)[:3] == ["目录", "第一章\u3000总则", "第二章\u3000应急预案的编制"]


def test_guard_a_sidebars_motto_under_an_empty_box_is_no_section():
    # Contents / Satori5ama / 我们称之为路的，其实不过是彷徨。 / Posts / … (the sidebar again at the end)
    from convert.reader.region import _box_lists_below
    texts = ["Contents", "Satori5ama", "我们称之为路的，其实不过是彷徨。", "Posts", "Day -1", "正文。",
             "Satori5ama", "我们称之为路的，其实不过是彷徨。", "Posts"]
    assert not _box_lists_below(texts, 0, 4, len(texts))
    assert _box_lists_below(texts[:2] + ["彷徨", "Posts"] + texts[4:6] + ["Satori5ama", "彷徨", "Posts"], 0, 4, 9)


def test_guard_a_menu_set_again_past_the_text_is_no_box():
    # 目錄 / 要聞 / 理財投資 / 時事評論 / … / the text / … the footer's menu: 要聞 / 理財投資 / 時事評論
    from convert.reader.region import _box_lists_below
    texts = ["目錄", "要聞", "理財投資", "時事評論", "正文第一段。", "正文第二段。", "要聞", "理財投資", "時事評論"]
    assert not _box_lists_below(texts, 0, 4, 6)
    assert _box_lists_below(texts, 0, 4, 9)


def test_the_whole_headline_over_its_start_is_the_title():
    # blog.kyden.cc/001: <title> 使用 FFmpeg 转换哔哩哔哩缓存视频为 MP4 格式 Kyden's 博客 / … / the headline
    # (twice) / 使用 FFmpeg 转换哔哩哔哩缓存视频 / kyden / …
    doc = corpus_page("blog.kyden.cc")
    assert doc.meta.title == "使用 FFmpeg 转换哔哩哔哩缓存视频为 MP4 格式"


def test_guard_an_attachment_named_after_the_title_is_no_headline():
    # fcj.nanjing.gov.cn/001: 《关于进一步优化无房家庭购房工作的通知》的政策解读.docx / 《关于…的通知》 / …
    doc = corpus_page("fcj.nanjing.gov.cn")
    assert doc.meta.title == "关于进一步优化无房家庭购房工作的通知"


def test_guard_a_box_whose_first_entry_opens_the_text_still_goes():
    # 目录 / 坏习惯 / 好念头 / 坏习惯 / 这是…: the rule as it was, the box right over its first section
    doc = read_page("一篇博客 - 某某的博客", "首页", "归档", "一篇博客", "2024-01-01", "目录", "坏习惯", "好念头", "坏习惯",
                    "这是上半年某天的记录，写下来提醒自己，而且这一段足够长，读者会认出它是正文。",
                    "好念头", "这是另一段足够长的正文，讲的是好的念头，读者会认出它是正文，它也有句号。")
    assert reason_at(doc, 6) and reason_at(doc, 7) and reason_at(doc, 8)
