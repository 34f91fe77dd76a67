"""Rules of the corpus's round 88 (issue 12, session 14): batch 41's unseen half — a section the
contents box lists, under the page's title, is no second document's title; a docs theme's
screen-reader words beside outside links and its edit-this-page footer; a short <title> set
again under the site's menu. Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from convert.reader.boilerplate import match_rule

from reader_pages import corpus_page, headings, reason_at


def test_a_section_the_box_lists_under_the_page_title_is_no_title_of_its_own():
    # bylcy.dev/001 (LoveIt): go语言初识 - ByLCY Blog / … / 目录 / 安装 go 编译器 / … / 结语 / 安装 go
    # 编译器 / 前往 golang / 官网 / …: the text opens on its first section, which the box lists
    doc = corpus_page("bylcy.dev")
    assert doc.meta.title == "go语言初识"
    assert [text for _, _, text in headings(doc)][:2] == ["安装 go 编译器", "Hello World"]


def test_an_outside_links_screen_reader_words_go_and_the_text_runs_on_across_them():
    # anyfork.github.io/001 (VuePress): docker 官网命令参考文档： / https://… / open in new window /
    # 1、启动docker引擎：… / … / 12、docker删除所有镜像：… / 在 GitHub 上编辑此页！ / open in new window /
    # 上次更新: / 贡献者: / anyfork / 昵称 / 邮箱 / … (the comment form)
    doc = corpus_page("anyfork.github.io")
    for line in (37, 40, 43, 117, 133):
        assert reason_at(doc, line) == "screen-reader words of an outside link's icon", line
    for line in (118, 125, 130, 131):
        assert reason_at(doc, line) == "", line
    for line in range(132, 142):
        assert reason_at(doc, line) != "", line


def test_the_edit_this_page_link_and_the_pages_history():
    for line in ("在 GitHub 上编辑此页！", "Edit this page on GitHub", "上次更新:", "贡献者:"):
        rule = match_rule(line, "footer")
        assert rule is not None and rule.name == "edit-page", line


def test_guard_a_sentence_about_editing_is_no_edit_link():
    for line in ("在 GitHub 上编辑此页后提交合并请求即可。", "上次更新的时候我们改了配置"):
        rule = match_rule(line, "footer")
        assert rule is None or rule.name != "edit-page", line


def test_a_short_title_set_again_under_the_menu_heads_the_page():
    # 266nya.xyz/001 (Stack): Hello / 🀄 / 266的小网站 / … / 主页 / 关于 / 归档 / … / 目录 / description: … /
    # Hello / 2026-02-11 / 阅读时长: 1 分钟 / description: 来玩喵来玩喵 (the post's one line) / © …
    doc = corpus_page("266nya.xyz")
    assert doc.meta.title == "Hello"
    for line in range(2, 13):
        assert reason_at(doc, line) != "", line
    assert reason_at(doc, 17) == ""


def test_guard_a_title_the_page_lists_again_below_is_no_sure_headline():
    # patent.bbscloud.com/002: 商标审查标准 / menu / 商标审查标准 / … / 商标的资料 / … / 最新发布 / … /
    # 商标审查标准: the post's one line of text stays
    assert reason_at(corpus_page("patent.bbscloud.com", "002"), 16) == ""
