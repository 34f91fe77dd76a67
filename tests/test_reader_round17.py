"""Rules of the corpus's round 17 (issue 12: a city planning commission's minutes, text
taken from PDFs), each on a small text of the shape that showed it. Each test but the
guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, headings, kept_texts, read_page, removed_reasons

#: minutes as a PDF's text gives them: each item's first line reaches the right margin,
#: the lines under it hang further right (a hanging indent), the last one stops short
MINUTES = (
    "台北市都市計畫委員會第五○○次委員會議紀錄",
    "時間：中華民國九十一年八月二十九日上午九時",
    "貳、討論事項",
    "      討論事項一",
    "案名：擬訂臺北市士林官邸北側住宅區細部計畫案暨配合變",
    "      更臺北市士林區福林段二小段一五九之一、一六○",
    "      之二地號土地文教區為住宅區主要計畫案",
    "說明：",
    "   一、本案係市府以九十一年二月七日府都二字第０９１０",
    "      ０２１５６０２號函送到會，並自九十一年二月八日起",
    "      公開展覽四十五天。",
    "   二、法令依據：都市計畫法第十七條、第二十二條、第二",
    "      十七條第一項第四款。",
    "   三、公民或團體所提書面意見計十三件。",
    "決議：本案由黃委員武達、徐委員木蘭、黃呂委員錦茹、",
    "      劉委員小蘭、于委員淑婷、張顧問俊哲、陳顧問月姻、",
    "      李顧問健次組成專案小組，詳予審查後再提會討論。",
)


def test_a_hanging_indent_carries_the_item_on():
    kept = kept_texts(read_page(*MINUTES))
    assert "一、本案係市府以九十一年二月七日府都二字第０９１００２１５６０２號函送到會，並自九十一年二月八日起公開展覽四十五天。" in kept
    assert "二、法令依據：都市計畫法第十七條、第二十二條、第二十七條第一項第四款。" in kept
    assert "案名：擬訂臺北市士林官邸北側住宅區細部計畫案暨配合變更臺北市士林區福林段二小段一五九之一、一六○之二地號土地文教區為住宅區主要計畫案" in kept
    assert not [h for h in headings(read_page(*MINUTES)) if h[2].startswith(("本案係", "法令依據"))]


def test_a_heading_above_an_indented_paragraph_stays_a_heading():
    # (guard) a paragraph indented on its first line: the heading above stops short of the margin
    body = ["    各地区各部门要坚持以人民为中心的发展思想，认真落实各项工作部署，",
            "确保各项任务按期完成，切实把好事办好、实事办实，让人民群众有更多获得",
            "感和幸福感。"]
    doc = read_page("关于做好当前工作的通知", "一、总体要求", *body, "二、工作任务", *body)
    assert [h[1:] for h in headings(doc)] == [("一、", "总体要求"), ("二、", "工作任务")]


def test_a_space_before_a_figure_does_not_end_a_run_in_heading():
    item = "（一）編號 3-2「大度路三段知行市場更新地區」：同意劃定為更新地區，並請發展局查證。"
    doc = read_page("專案小組審查會議紀錄", PROSE, item, "（二）編號 7-2「葫蘆國小附近更新地區」：本區刪除，必要時由居民主動提出申請。")
    assert "編號" not in [h[2] for h in headings(doc)]


def test_a_heading_a_gap_then_its_paragraph_is_still_run_in():
    # (guard) 一、指导思想　以…: a wide gap before prose is the heading's end
    doc = read_page("关于加快发展的实施意见", PROSE,
                    "一、指导思想　以习近平新时代中国特色社会主义思想为指导，全面贯彻落实各项决策部署，推动高质量发展。",
                    "二、基本原则　坚持问题导向，坚持系统观念，坚持守正创新，确保各项改革举措落地见效。")
    assert [h[2] for h in headings(doc)] == ["指导思想", "基本原则"]


#: a news page's header (eeo.com.cn's shape): the page title, a menu, the headline
NEWS_HEADER = ("“头腾大战”中那些让人头疼的问题 - 经济观察网", "首页", "时事", "政策", "宏观", "证券", "资本",
               "理财", "“头腾大战”中那些让人头疼的问题")


def test_a_name_alone_between_the_headline_and_its_date_is_the_byline():
    doc = read_page(*NEWS_HEADER, "陈永伟", "2018-06-11 16:06", "扫描二维码分享到朋友圈", PROSE, PROSE + "二")
    # (since round 26 the byline goes to meta.author, which the front matter prints under the title)
    assert doc.meta.author == "陈永伟"
    assert removed_reasons(doc).get("陈永伟", "page metadata").startswith("page metadata")
    assert "2018-06-11 16:06" in removed_reasons(doc)


def test_a_word_between_the_headline_and_its_date_is_still_a_widget():
    # (guard) 原创 / 同人连载: two or four characters that are no one's name
    doc = read_page(*NEWS_HEADER, "同人连载", "2018-06-11 16:06", PROSE, PROSE + "二")
    assert "同人连载" in removed_reasons(doc)


def test_a_picture_credit_under_the_headline_is_not_part_of_the_title():
    doc = read_page(*NEWS_HEADER, "2018-06-11 16:06", "（图片提供：全景视觉）", PROSE, PROSE + "二")
    assert doc.meta.title == "“头腾大战”中那些让人头疼的问题"


def test_a_titles_own_brackets_still_continue_it():
    # (guard) （试行） on the line under the title is the title's
    doc = read_page("某某市人民政府办公室关于印发安全生产管理办法的通知", "（试行）", PROSE, PROSE + "二")
    assert doc.meta.title == "某某市人民政府办公室关于印发安全生产管理办法的通知（试行）"


def test_the_authors_note_under_the_article_is_the_articles():
    note = "（作者系北京大学市场与网络经济研究中心研究员）"
    doc = read_page(*NEWS_HEADER, "2018-06-11 16:06", PROSE, PROSE + "二", note, "分享", "新浪微博", "腾讯微博", "微信")
    assert note in kept_texts(doc)
    assert "新浪微博" in removed_reasons(doc)


def test_an_items_body_cut_off_from_its_first_line_still_reads_as_one_paragraph():
    # a page break (a blank line) between an item's first line and the rest: the rest, all
    # at one indent and reaching the margin, is one paragraph
    body = ["      「擬訂『修訂台北市主要計畫商業區（通盤檢討）計畫",
            "      案』內『士林區光華段士林紙廠土地』第三種商業區（特）",
            "      細部計畫案」內部分土地使用及都市設計管制案」決議",
            "      八後段最後一句修正為由申請單位出資興闢相關設施。"]
    doc = read_page(*MINUTES[:8], "一、討論事項一「有關士林紙業股份有限公司陳情調整修正", "", *body, *MINUTES[8:])
    assert "".join(line.strip() for line in body) in kept_texts(doc)


def test_a_table_of_names_in_columns_is_not_joined_into_a_paragraph():
    # (guard) 秘書長：王金德      法規室主任：洪樹林: a wide gap between two columns
    rows = ["    秘書長：王金德                   法規室主任：洪樹林議事組主任：魏清焜",
            "    議事組主任：魏清焜               議事組專員：曾筱雯議事組主任：魏清焜"]
    doc = read_page(*MINUTES, *rows)
    assert "".join(r.strip() for r in rows) not in "".join(kept_texts(doc))
