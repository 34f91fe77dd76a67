"""Rules of the corpus's round 19 (issue 12: the rest of batch 8 — Hong Kong news and
government pages, mainland housing-fund pages), each on the page or the small text of the
shape that showed it. Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from pathlib import Path

from convert.reader import read
from convert.reader.lines import is_date
from reader_pages import PROSE, kept_texts, read_page, removed_lines, removed_reasons

CORPUS = Path(__file__).parent / "corpus"
MENU = ("首頁", "新聞", "港聞", "財經", "娛樂", "體育", "生活", "健康")


def test_a_list_a_line_announces_is_the_articles():
    # www.stheadline.com/001: 弔唁處地點如下： then 18 districts, each district / venue / address
    path = CORPUS / "www.stheadline.com" / "001.txt"
    lines = path.read_text("utf-8").split("\n")
    removed = removed_lines(read(path.read_bytes()))
    assert lines[163 - 1] == "弔唁處地點如下：" and lines[217 - 1]
    assert [n for n in range(161, 218) if lines[n - 1].strip() and n in removed] == []
    assert 218 in removed and 253 in removed   # the app prompt, the footer


def test_a_press_release_closes_with_its_end_mark_date_and_time():
    release = ["消防處今日下午二時五十一分接獲報告指大埔宏福苑發生火警，於下午三時零二分將火警升為三級。",
               "附近居民請盡量留在室內及關閉門窗，並保持鎮定，請避免前往受火警事故影響的地區。",
               "完", "2025年11月26日（星期三）", "香港時間15時58分"]
    doc = read_page("大埔火警特別通知", "跳至主要內容", "Brand HK", "|", "字型大小:", "|", "網頁指南", "大埔火警特別通知",
                    *release, "新聞資料庫", "昨日新聞", "返回新聞列表", "返回頁首", "即日新聞")
    assert "".join(kept_texts(doc)).endswith("完2025年11月26日（星期三）香港時間15時58分")
    assert "返回新聞列表" in removed_reasons(doc)


def test_a_date_may_name_its_weekday():
    assert is_date("2025年11月26日（星期三）") and is_date("2024年5月1日(周三)")
    assert not is_date("2025年11月26日（星期三）上午")   # (guard: a time of day is more than a date)


def test_the_headline_over_a_video_players_controls_is_the_title():
    # www.i-cable.com/001: the headline, then 110 lines of the player's controls and
    # settings (in English), 廣告 / 向下滾動閱讀更多, then the article
    path = CORPUS / "www.i-cable.com" / "001.txt"
    lines = path.read_text("utf-8").split("\n")
    doc = read(path.read_bytes())
    assert doc.meta.title == lines[24 - 1]
    removed = removed_lines(doc)
    assert [n for n in range(144, 152) if n in removed] == []
    assert {32, 33, 34, 35, 141} <= removed


def test_an_app_prompt_is_the_pages():
    doc = read_page("標題 | 星島頭條", *MENU, PROSE, PROSE + "二", "↓立即下載星島頭條App↓", "最Hit")
    assert removed_reasons(doc)["↓立即下載星島頭條App↓"] == "follow/listen/report button"   # (certain, wherever it stands)


def test_the_text_goes_on_under_a_video_player():
    # www.hk01.com/001: the lead, the player (Chinese controls, 0:00 / 播放 between them),
    # then the article's next paragraphs
    path = CORPUS / "www.hk01.com" / "001.txt"
    lines = path.read_text("utf-8").split("\n")
    removed = removed_lines(read(path.read_bytes()))
    assert lines[202 - 1] == "播放影片" and lines[204 - 1] == "0:00"
    assert {202, 204, 205, 207, 238} <= removed
    assert not {200, 241, 242, 297, 300} & removed


def test_an_empty_counter_does_not_take_the_addressees_line():
    doc = read_page("关于提高住房公积金贷款额度的通知_杭州住房公积金管理中心", "首页", "信息公开", "通知公告", "政策解读", "办事指南",
                    "关于提高住房公积金贷款额度的通知", "发布时间：2022-06-15 18:30", "浏览次数：", "各缴存单位、职工：", PROSE, PROSE + "二")
    assert "各缴存单位、职工：" not in removed_reasons(doc)


def test_a_government_bodys_name_alone_is_the_sites_title():
    title = "《关于进一步完善人才住房政策的补充通知》操作指引"
    doc = read_page("佛山市住房和城乡建设局", "无障碍版", "首页", "机构概况", "政务公开", "政务服务", "互动交流",
                    title, "发布时间：2019-07-01", PROSE, PROSE + "二")
    assert doc.meta.title == title


def test_the_next_article_link_ends_an_article():
    teasers = ["财政司副司长表示，截至下午，已有约1555名受火警影响的居民获安排入住过渡性房屋，政府会继续跟进。",
               "本地", "10分钟前", "入境处今日在9个庇护中心安排专车接载约330位受火警影响居民，去总部补领身份证及相关证件。",
               "本地", "1小时前"] * 3
    doc = read_page("京东调配物资应急 | 新城知讯台", "首页", "本地", "国际", "财经", "娱乐", "京东调配物资应急", "发布 27.11.2025 15:34",
                    PROSE, "京东集团表示，旗下物流已调配多批物资应急，续有物资由广东出发。", "返回", "下一篇新闻：",
                    "宏福苑5级火｜增至55死", "更多即时新闻", *teasers)
    assert kept_texts(doc) == [PROSE, "京东集团表示，旗下物流已调配多批物资应急，续有物资由广东出发。"]
    assert "发布 27.11.2025 15:34" in removed_reasons(doc)


def test_a_question_under_an_attachments_title_is_not_part_of_it():
    from reader_pages import headings
    doc = read_page("关于实施阶段性提取政策的通知", PROSE, "某某市住房公积金管理中心", "2022年11月18日", "附件2",
                    "阶段性提取政策解读", "问：住房公积金支付首付款与追加首付款有什么区别？",
                    "答：住房公积金支付首付款是指职工提取公积金用于支付首付款，追加首付款是指另行支付的款项。")
    assert ("附件2", "阶段性提取政策解读") in [h[1:] for h in headings(doc)]


def test_a_short_headline_loses_a_certain_site_name():
    from convert.reader.boilerplate import split_site_name
    assert split_site_name("静夜思•夜-中国诗歌网") == ("静夜思•夜", ["中国诗歌网"])
    assert split_site_name("夜雨-白居易") == ("夜雨-白居易", [])   # (guard: no site named, nothing cut)
    doc = read_page("静夜思•夜-中国诗歌网", PROSE, PROSE + "二")
    assert doc.meta.title == "静夜思•夜"


def test_a_page_title_naming_a_section_and_a_bureau_is_the_sites():
    doc = read_page("主动公开文件_上海市房屋管理局", ">", "您的位置：", "首页", "政务公开", "主动公开文件",
                    "关于加强住房赠与管理的通知", "( 2021年07月23日 )", "沪建房管联〔2021〕476号", PROSE, PROSE + "二")
    assert doc.meta.title == "关于加强住房赠与管理的通知"
