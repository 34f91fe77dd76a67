"""Rules of the corpus's round 75 (issue 12, session 12: batch 39's last unseen half, Chinese blogs
on GitHub Pages — 12ain.github.io, 1996wanglei.github.io, 3xsh0re.github.io, lav2.top,
www.5guang.top). Each test fails on the reader before the round."""

from __future__ import annotations

from convert.reader.boilerplate import match_rule
from convert.reader.titles import continues_title
from reader_pages import corpus_page, headings, removed_lines


def test_a_short_headline_beside_a_site_name_without_hanzi():
    # www.5guang.top/001: <title> 我的第一篇博客 | zhangWenguang; the menu twice, then 我的第一篇博客 /
    # Written by / 5guang / … / May 16, 2020: seven characters, but the only part with hanzi
    assert corpus_page("www.5guang.top").meta.title == "我的第一篇博客"


def test_a_menus_about_is_no_titles_second_line():
    # 3xsh0re.github.io/001: 博客简介 / 首页 / 关于 / 归档 / …: 关于 alone is the menu's "About"
    assert not continues_title("博客简介", "关于") and not continues_title("博客简介", "归档")
    assert continues_title("市人民政府办公室", "关于印发某某工作方案的通知")
    assert corpus_page("3xsh0re.github.io").meta.title == "博客简介"


def test_a_reprint_notice_under_the_headline_ends_no_text():
    # 1363653611.github.io/001 (looked at in round 72): no prose anywhere; under the headline 阅读数: / 次 /
    # 2019-10-06 / 如需转载，请根据 / 知识共享…许可 / 本文作者： … and then the how-to: the text has lines of
    # its own before the line that ends it
    doc = corpus_page("1363653611.github.io")
    assert not set(range(32, 83)) & removed_lines(doc)


def test_a_hexo_themes_licence_lines():
    # xiaoheidian.site/001: 本博客所有文章除特别声明外，均采用 / CC BY-NC-SA 4.0 / 许可协议。转载请注明来自 / 清欢的小黑店
    for line in ("本博客所有文章除特别声明外，均采用", "许可协议。转载请注明来自"):
        rule = match_rule(line, "footer")
        assert rule is not None and rule.name == "wiki-licence", line


def test_a_themes_anchor_after_each_title_marks_the_line_above_it():
    # blog.yucapri.net/001 (PaperMod, looked at in round 72): 1.SSH Socks5 / # / 这是个很犀利的招式… /
    # 准备工作 / # / 配置好一个可用的shadowsocks …: the # follows its title, the long line under it is
    # text — batch 43's helper found the same on Hexo's shoka; 404lcy.github.io (VuePress) keeps its # first
    found = [text for _, _, text in headings(corpus_page("blog.yucapri.net"))]
    assert "准备工作" in found and "安装" in found and "设置别名" in found
    assert [text for _, _, text in headings(corpus_page("404lcy.github.io"))][:2] == ["实现原理", "HTML布局"]
