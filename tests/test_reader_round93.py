"""Rules of the corpus's round 93 (issue 12, session 15): batch 53's unseen half — a contents list
after the text whose entries are long titles under its own label (本文目录), or numbered over
sections cut at every code listing, spans the text; NexT's sidebar ends it at its 文章目录 tab;
an unlabelled contents box in the header names the sections; 上一页: a post's title; a theme's
licence box split at its link; a book's title alone on its line, 《1984》, is a subhead. Each test
but the guards fails on the reader before the round."""

from __future__ import annotations

from convert.reader.boilerplate import match_rule

from reader_pages import corpus_page, headings, kept_texts, reason_at


def test_a_labelled_list_after_the_text_with_long_entries_spans_the_text():
    # 6am600.github.io/001 (Stellar): the text cut at its how-to steps; 本文目录 / 权限不足不让删除的话，
    # 那手动删除是否安全呢 (21 characters) / 隐藏文件展示 / … after it
    doc = corpus_page("6am600.github.io")
    assert [text for _, _, text in headings(doc)] == [
        "权限不足不让删除的话，那手动删除是否安全呢", "隐藏文件展示", "通过控制面板进入“文件夹选项”",
        "通过控制面板图形化入口", "删除Config.MSI", "通过安装包卸载"]
    kept = kept_texts(doc)
    assert any("右键exe文件以管理员身份运行" in text for text in kept)


def test_the_licence_box_split_at_its_link_goes_with_the_footer():
    doc = corpus_page("6am600.github.io")
    assert [reason_at(doc, n) for n in (117, 118, 119)] == [
        "the post's licence box", "the post's licence box", "wiki licence template"]
    assert match_rule("署名-非商业性使用-相同方式共享 4.0 国际", "body").name == "wiki-licence"


def test_guard_a_lone_licence_word_inside_the_text_is_no_rule():
    assert match_rule("许可协议", "body") is None
    assert match_rule("本文采用", "header") is None


def test_a_numbered_list_after_the_text_names_sections_over_code_listings():
    # blog.ymlsfly.xin/001 (NexT): 作为新手刚接触的学习 / 先来些hexo命令 / hexo的安装/更新/初始化 / 1 / 2 / 3 /
    # $ npm install hexo -g / …, and the sidebar's 1. / 作为新手刚接触的学习 / 1.1. / … far below
    doc = corpus_page("blog.ymlsfly.xin")
    assert headings(doc)[:3] == [(1, "", "作为新手刚接触的学习"), (2, "", "先来些hexo命令"),
                                 (3, "", "hexo的安装/更新/初始化")]
    assert reason_at(doc, 25) == ""   # $ npm install hexo -g


def test_nexts_sidebar_ends_the_text_at_its_contents_tab():
    # 0gz2bflqyu0hpw.github.io/001: … / 文章目录 / 站点概览 / 哆啦斯基周 / … / 1. / Web Storage / …
    doc = corpus_page("0gz2bflqyu0hpw.github.io")
    assert reason_at(doc, 25) == ""
    assert reason_at(doc, 193) != "" and reason_at(doc, 194) != ""


def test_an_unlabelled_contents_box_in_the_header_names_the_sections():
    # 1phan-7878.github.io/001: 首页 / 关于 / 归档 (twice) / 问题 / 方案1 / 方案2 / git / the title / …
    doc = corpus_page("1phan-7878.github.io")
    assert headings(doc) == [(1, "", "问题"), (1, "", "方案1"), (1, "", "方案2")]
    assert reason_at(doc, 11) == "the article's contents box (its entries are the sections below)"
    assert reason_at(doc, 5) == "site navigation menu"


def test_a_posts_title_after_page_is_a_link_to_the_next_post():
    doc = corpus_page("1phan-7878.github.io")
    assert reason_at(doc, 64) == "previous/next article link"
    assert match_rule("下一页：MATLABQ入门", "body").name == "prev-next"


def test_a_books_title_alone_on_its_line_is_a_subhead():
    # hanyudeye.github.io/001: 一生必读的百本图书清单, each book's title in bold over its blurb
    titles = [text for _, _, text in headings(corpus_page("hanyudeye.github.io"))]
    assert "《1984》" in titles and "《路》" in titles and "《冷血》" in titles


def test_guard_related_headlines_after_a_news_story_do_not_span_it():
    # news.mingpao.com/002: the related headlines after the story repeat headlines above it,
    # 21 characters and more, with no contents label
    doc = corpus_page("news.mingpao.com", "002")
    assert doc.meta.title == "15公院接收傷者 多吸熱空氣傷氣道"
