"""Rules of the corpus's round 91 (issue 12, session 14): batch 43's unseen half — a blog's name
with a curly apostrophe (76‘s Blog), a <title> that ends like a site's name and is the headline
the page sets again, a menu that runs up to the headline, the link's words a text's last lead-in
announces. Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from convert.reader.boilerplate import names_site_or_section

from reader_pages import corpus_page, reason_at


def test_a_blogs_name_with_a_curly_apostrophe():
    from convert.reader.boilerplate import names_a_blog
    assert names_a_blog("76‘s Blog") and names_a_blog("BlackBird's Blog")
    doc = corpus_page("76crab76.cc")   # Hexo+Github==>个人博客 - 76‘s Blog / … / Hexo+Github==>个人博客
    assert doc.meta.title == "Hexo+Github==>个人博客"


def test_guard_an_english_headline_is_no_blogs_name():
    from convert.reader.boilerplate import names_a_blog   # (round 87's)
    assert not names_a_blog("My first post") and not names_a_blog("Let's Encrypt setup")


def test_a_title_that_ends_like_a_sites_name_is_the_headline_the_page_sets_again():
    # www.jjdxm.cn/001 (Stack): hugo博客网站 / 🍥 / 进击的小明博客 / … / 主页 / 关于我 / … / 暗色模式 / 总结 /
    # hugo博客网站 / 基于hugo搭建的博客网站--dream主题 / Dec 05, 2024: not the site's banner, nor its menu
    assert names_site_or_section("hugo博客网站")   # (it reads like one)
    doc = corpus_page("www.jjdxm.cn")
    assert doc.meta.title == "hugo博客网站"
    assert reason_at(doc, 13) != "" and reason_at(doc, 18) == ""


def test_the_links_words_the_texts_last_lead_in_announces():
    # alabasterstone.github.io/001: … / 最后，Github项目地址: / BlockAssembly / 编程 / #scratch / …
    doc = corpus_page("alabasterstone.github.io")
    assert reason_at(doc, 17) == ""
    for line in (18, 19, 20):
        assert reason_at(doc, line) != "", line
