"""Rules of the corpus's round 72 (issue 12, session 12: batch 37's last unseen half, Chinese
blogs on GitHub Pages — 1363653611.github.io, 2019717166.github.io, blog.yucapri.net,
hznu.online, www.suoni.cool). Each test fails on the reader before the round."""

from __future__ import annotations

from convert.reader.boilerplate import match_rule
from convert.reader.titles import is_author
from reader_pages import corpus_page, headings, reason_at


def test_a_blog_themes_reading_time_in_english_is_the_pages():
    # www.suoni.cool/001: 1 min read; blog.yucapri.net/001: · 2 min · 276 words · Yucapri;
    # blog.19971999.xyz/001: Reading Time: (its value on the next line)
    for line in ("1 min read", "· 2 min read", "· 2 min · 276 words · Yucapri", "Reading Time:", "Word Count:"):
        rule = match_rule(line, "body")
        assert rule is not None and rule.name == "reading-stats", line
    assert match_rule("Minutes of the meeting were read aloud", "body") is None
    assert reason_at(corpus_page("www.suoni.cool"), 13) == "page meta line (reading statistics)"


def test_a_latin_word_spaced_off_between_hanzi_is_no_authors_name():
    # 2019717166.github.io/001: 初始化 Hexo 项目 / 切换到 Fluid 主题 — sections' titles with a phrase's
    # spacing around the Latin word, not 单位 姓名
    assert not is_author("初始化 Hexo 项目") and not is_author("切换到 Fluid 主题")
    assert is_author("区政协主席 张三") and is_author("国务院总理　李强")
    found = [text for _, _, text in headings(corpus_page("2019717166.github.io"))]
    assert "初始化 Hexo 项目" in found and "切换到 Fluid 主题" in found
