"""Rules of the corpus's round 87 (issue 12, session 14): batch 49's unseen half — a contents
box over a text cut at every code span, a poem-like post between a NexT dateline block and a
reward box, an English headline beside an English blog name, English pager words. Each test but
the guards fails on the reader before the round."""

from __future__ import annotations

from convert.reader.boilerplate import match_rule

from reader_pages import corpus_page, headings, read_page, reason_at


def test_a_contents_box_over_the_text_spans_it_from_the_first_section_to_the_last():
    # 6s6-630.github.io/001 (FixIt): 目录 / 前言 / CVE-2021-2109 … / 总结 (22-49), then the text,
    # cut at every code span, whose heaviest stretch is one section's: the text runs 50-456
    doc = corpus_page("6s6-630.github.io")
    for line in (50, 55, 59, 211, 217, 268, 454, 456):
        assert reason_at(doc, line) == "", line
    for line in (22, 23, 39, 49):
        assert reason_at(doc, line).startswith("the article's contents box"), line


def test_an_entry_the_box_lists_three_times_heads_three_sections():
    # 影响版本 under three vulnerabilities, 小结 and 参考 under two; 方法一 / 利用的是 / com.tangosol…:
    # the box lists 方法一 alone — a section's title, not a label over a title
    doc = corpus_page("6s6-630.github.io")
    found = [text for _, _, text in headings(doc)]
    assert found.count("影响版本") == 3 and found.count("小结") == 2 and found.count("参考") == 2
    assert "方法一" in found and "方法二" in found
    assert doc.meta.author in (None, "")   # (方法一 between the box and the text is no writer's name)


def test_a_long_box_entry_that_a_section_repeats_is_an_entry():
    # byteprince.com/001: Table of Contents / … / 下载新的 CentOS-Base.repo 到 /etc/yum.repos.d/ (41
    # characters) / 清除缓存，生成新的缓存 / …: the box runs on past the long entry
    doc = corpus_page("byteprince.com")
    for line in range(19, 27):
        assert reason_at(doc, line).startswith("the article's contents box"), line
    found = [text for _, _, text in headings(doc)]
    assert "安装 Nginx" in found and "确认：查看进程" in found


def test_an_english_dateline_right_under_the_headline_goes_inside_the_region_too():
    doc = corpus_page("byteprince.com")   # CentOS 常用命令和问题解决 / August 10, 2019 / Table of Contents
    assert reason_at(doc, 8) != ""


def test_english_pager_words():
    for line in ("« Prev Page", "Next Page »", "← Previous Post", "Newer", "prev »"):
        rule = match_rule(line, "body")
        assert rule is not None and rule.name == "prev-next", line
    doc = corpus_page("byteprince.com")
    for line in (111, 112, 113, 114):
        assert reason_at(doc, line) != "", line


def test_guard_a_listings_next_and_an_english_sentence_are_no_pager():
    for line in ("next", "Next steps", "Next time I will"):
        rule = match_rule(line, "body")
        assert rule is None or rule.name != "prev-next", line


def test_a_poem_post_ends_at_its_reward_box_and_starts_past_its_dateline_fields():
    # isme.fujiatian.com/001 (NexT): 发表于 / 2019-04-07 / | / 分类于 / 民谣 / | / | / 本文总阅读量 / 次 /
    # 字数统计: / 349 / | / 阅读时长 ≈ / 1 / the lyrics, one line each / 感谢您的支持… / 打赏 / 微信支付 / …
    doc = corpus_page("isme.fujiatian.com")
    for line in range(10, 24):
        assert reason_at(doc, line) != "", line
    for line in (24, 40, 65):
        assert reason_at(doc, line) == "", line
    for line in range(67, 83):
        assert reason_at(doc, line) != "", line


def test_a_post_date_after_its_key():
    for line in ("更新于 2025-05-11", "更新于：2022年5月26日", "发布于 2020-09-27"):
        rule = match_rule(line, "footer")
        assert rule is not None and rule.name == "timestamp", line
    assert reason_at(corpus_page("6s6-630.github.io"), 457) != ""


def test_guard_a_date_in_a_sentence_is_no_post_date():
    assert match_rule("更新于 2025-05-11 的版本修复了这个问题", "body") is None


def test_an_english_headline_beside_an_english_blog_name():
    # blackbird-bb.github.io/001: My first post - BlackBird's Blog / … / My first post / BlackBird /
    # 杂记 / 发布于：…: both parts read as names; the headline is the part the page sets again
    doc = corpus_page("blackbird-bb.github.io")
    assert doc.meta.title == "My first post"
    for line in (18, 19, 24):
        assert reason_at(doc, line) != "", line


def test_guard_a_template_pages_title_still_names_only_the_site():
    doc = corpus_page("gsj.wuhan.gov.cn")   # 政务公开信息内容页, the law's name below
    assert doc.meta.title == "中华人民共和国反不正当竞争法"


def test_a_category_between_bars_is_a_dateline_field_and_no_title_continuation():
    # xiaoheidian.site/001: 第一天来到Hexo / 发表于 / … / | / 记录 / | / 阅读量: / 来到hexo的第一天
    doc = corpus_page("xiaoheidian.site")
    assert doc.meta.title == "第一天来到Hexo"
    assert reason_at(doc, 35) != ""


def test_guard_a_box_entrys_copy_joins_nothing():
    doc = read_page("目录", "前言", "方法一", "方法二", "总结", "前言", "这是正文的第一句，写得足够长。",
                    "方法一", "利用的是", "某个类", "来完成。", "方法二", "也利用了", "别的类", "总结", "全文完，谢谢阅读。")
    found = [text for _, _, text in headings(doc)]
    assert "方法一" in found and "方法二" in found
