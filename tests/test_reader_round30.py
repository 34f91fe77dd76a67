"""Rules of the corpus's round 30 (issue 12, session 8: the 1st, 3rd, 5th … of batch 17's
sources by name — 2011-12 news pages of the DAnIEL corpus: 21CN, yam, 大洋网, 财讯, 台灣醒報,
中证网, 法制网), each on the page or the small text of the shape that showed it. Each test but
the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, headings, kept_texts, read_page, removed_reasons


def test_a_page_that_shows_only_its_articles_first_paragraph_keeps_only_that():
    # it.21cn.com/001: the article's first paragraph, cut short (…), and [点击进入浏览]; no other
    # prose on the page — the teaser is the text, and the 80 lines of lists after it the site's
    doc = corpus_page("it.21cn.com")
    kept = kept_texts(doc)
    assert any(text.startswith("本报讯（记者张航）从今天起") for text in kept)
    assert "Lumia710与800对比" not in kept and "iPad专区" not in kept and len(kept) <= 3


def test_a_paragraph_repeated_after_the_pages_lines_ends_nothing():
    # news.dayoo.com/001: …(编辑： newsroom) / 我要评论 / the last paragraph again (the page's
    # description): the text ends above the editor's line; 我要评论 is no heading
    doc = corpus_page("news.dayoo.com")
    kept = kept_texts(doc)
    assert "我要评论" not in kept
    last = next(text for text in kept if text.startswith("同时，在已有的高水平质量监控"))
    assert kept.count(last) == 1


def test_a_box_of_links_between_the_title_and_the_text_is_the_sites():
    # www.cs.com.cn/001: 【打印】【评论】 / 财经时评： / five headlines / the text
    doc = corpus_page("www.cs.com.cn")
    reasons = removed_reasons(doc)
    assert reasons["财经时评："] == reasons["楼市悲情罩县城"] == "list of links (a box between the title and the text)"


def test_a_label_over_numbered_items_above_the_text_stays():
    # (guard) 主要内容： / 一、… / 二、… / 三、… between the widgets and the text: the document's
    doc = read_page("某某通知_某某网", "首页", "新闻", "某某通知", "【打印】", "主要内容：", "一、总体要求", "二、主要任务",
                    "三、保障措施", PROSE, PROSE)
    assert "主要内容：" in kept_texts(doc) and "二、主要任务" in "".join(kept_texts(doc))


def test_a_news_sites_standing_copyright_notice_is_the_sites():
    # www.cs.com.cn/001: 中证网声明 / ：凡本网注明“来源：中国证券报・中证网”的所有作品…, one line once joined
    doc = corpus_page("www.cs.com.cn")
    assert not any("凡本网注明" in text for text in kept_texts(doc))


def test_the_key_of_a_link_to_the_page_is_the_sites():
    # www.awakeningtw.com/001: 本文引用地址： under the text
    doc = corpus_page("www.awakeningtw.com")
    assert removed_reasons(doc)["本文引用地址："] == "reposting notice or link to the page"


def test_a_subhead_over_a_paragraph_that_leads_into_a_quotation_is_one():
    # blog.51cto.com/001: …初始调度结果中，…。 / ▍优雅故障迁移 / 为了防止…，Karmada 需要确保…。…如下：
    # — the paragraph under a subhead may end on the colon that leads into a listing
    doc = read_page("某某文章", PROSE, "第一个小标题", PROSE, PROSE,
                    "第二个小标题", "为了防止服务中断，系统需要确保应用副本的删除在新副本就绪之后进行。代码如下：",
                    "code()", PROSE)
    assert [text for _, _, text in headings(doc)] == ["第一个小标题", "第二个小标题"]


def test_a_video_players_settings_menu_between_its_controls_is_the_players():
    # www.hk01.com/002: Playback speed / 1x Normal / Quality / Auto / Back / 360p / 240p / 144p /
    # Auto / Back / OFF / Chinese / Back / 0.25x … / Now Playing: words and figures of its menu
    doc = corpus_page("www.hk01.com", "002")
    reasons = removed_reasons(doc)
    assert reasons["Quality"] == reasons["360p"] == reasons["0.25x"] == "video player's controls"


def test_a_short_list_in_chinese_between_two_player_controls_stays():
    # (guard) hanzi lines between two known controls, more than a few: not the player's menu
    doc = read_page("某某新闻", PROSE, "Play Video", "第一项内容", "第二项内容", "第三项内容", "第四项内容", "第五项内容",
                    "第六项内容", "Now Playing", PROSE)
    assert removed_reasons(doc).get("第三项内容") != "video player's controls"


def test_headlines_in_a_row_where_the_text_runs_on_are_a_list_of_links():
    # www.hk01.com/001: the text runs on past a video and boxes of other articles to its last
    # paragraphs; a box's headlines, three and more in a row, are the site's
    doc = corpus_page("www.hk01.com")
    reasons = removed_reasons(doc)
    assert reasons["全臉口罩殺入香港？的士女子遮樣僅露雙眼\u3000網民揭實際用途勿取笑"] \
        == "list of links (between the text's parts)"


def test_a_listings_lines_where_the_text_runs_on_are_no_headlines():
    # (guard) blog.51cto.com/001: key: cluster.karmada.io/not-ready / operator: Exists / … in a
    # YAML listing between the text's parts stay
    doc = corpus_page("blog.51cto.com")
    assert "operator: Exists" in kept_texts(doc)
