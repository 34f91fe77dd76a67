"""Rules of the corpus's round 72 (issue 12, session 12: batch 37's last unseen half, Chinese
blogs on GitHub Pages — 1363653611.github.io, 2019717166.github.io, blog.yucapri.net,
hznu.online, www.suoni.cool). Each test fails on the reader before the round."""

from __future__ import annotations

from convert.reader.boilerplate import match_rule
from convert.reader.titles import is_author
from reader_pages import corpus_page, headings, reason_at, removed_lines


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


def test_a_how_to_of_lead_ins_and_steps_goes_on_to_the_sites_first_line():
    # blog.19971999.xyz/001 (looked at in round 68): 使用项目地址： / 使用： / api地址： / Variables变量：
    # and steps of two clauses (添加open_ai_api_base：就是刚刚render生成的链接，…) under the text's seeming end
    doc = corpus_page("blog.19971999.xyz")
    assert not set(range(45, 108)) & removed_lines(doc)


def test_guard_one_lead_in_under_every_comment_is_a_template():
    # blog.alipay.com/001: Iven / 评论道: / … / ant / 评论道: …: the same lead-in again and again is the
    # comments' template — they stay the site's
    doc = corpus_page("blog.alipay.com")
    assert {58, 60, 62} <= removed_lines(doc)


def test_a_post_about_the_icp_filing_is_no_icp_line():
    # 0ziyuan.github.io/001 (looked at in round 67): 网站ICP备案和公安备案流程, a section of the post
    assert match_rule("网站ICP备案和公安备案流程", "footer") is None
    assert match_rule("京ICP备12345678号-1", "footer") is not None
    assert match_rule("ICP备案号：粤ICP备2021012345号", "footer") is not None
    assert reason_at(corpus_page("0ziyuan.github.io"), 71) == ""
