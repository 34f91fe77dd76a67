"""Rules of the corpus's round 12 (issue 12: batch 3's unseen half, whose content kept
had fallen to 0.43 — a health commission's bulletin, Hansard, transcripts, FAQ answers),
each on a small text of the shape that showed it. Each test fails on the reader before
the round."""

from __future__ import annotations

from reader_pages import PROSE, headings, kept_texts, read_page, removed_reasons






def test_a_sentence_split_span_by_span_is_joined_back():
    doc = read_page("上海新增本土确诊病例通报_上海市卫生健康委员会", "首页", "新闻中心", "上海新增本土确诊病例通报",
                "市卫健委今早通报：新增本土确诊病例1661例。", "病例", "1—病例26", "，居住于浦东新区，", "病例",
                "27—病例80", "，居住于黄浦区，均为本市闭环隔离管控人员。", "区域", "在院治疗确诊病例",
                "浦东", "5383", "黄浦", "2380", "徐汇", "2213", "合计", "9976")
    kept = kept_texts(doc)
    assert "病例1—病例26，居住于浦东新区，病例27—病例80，居住于黄浦区，均为本市闭环隔离管控人员。" in kept
    assert "浦东" in "".join(kept) and "9976" in "".join(kept)   # the table after the text is the document's
    assert [text for _, _, text in headings(doc)] == []


def test_a_scrapers_record_gives_the_title_and_loses_its_keys():
    doc = read_page("title: 外交部就南海地区对外开放九个海上区块等答问", "url: http://www.example.gov.cn/1178739.htm",
                "author: 国务院新闻办公室网站", "content: ", "2012年6月26日，外交部发言人洪磊主持例行记者会。",
                "问：有境外组织今天发表报告称，中方强迫部分难民返回，请问中方对此有何评论？",
                "答：我们注意到有关报道，中方一贯依法妥善处理有关问题，有关报告的说法没有事实根据。")
    assert doc.meta.title == "外交部就南海地区对外开放九个海上区块等答问"
    assert removed_reasons(doc)["title:"] == "key of the scraper's record"
    assert removed_reasons(doc)["url: http://www.example.gov.cn/1178739.htm"] == "field of the scraper's record (url)"
    assert kept_texts(doc)[0] == "2012年6月26日，外交部发言人洪磊主持例行记者会。"


def test_a_salutation_is_never_the_title():
    doc = read_page("各省辖市人民政府、济源示范区管委会，省直有关单位：",
                "为贯彻落实党中央、国务院关于减免企业社会保险费的决策部署，现提出如下实施意见。",
                "一、阶段性减免社会保险费", PROSE, "二、缓缴社会保险费", PROSE)
    assert doc.meta.title != "各省辖市人民政府、济源示范区管委会，省直有关单位："


def test_items_announced_by_a_colon_are_a_list_and_the_announcing_line_no_title():
    doc = read_page("承租人之救濟途徑有三：", "一、向本市各區公所之調解委員會聲請調解。", "二、向地方法院民事庭提起民事訴訟。",
                "三、向本府消費者服務中心提起消費申訴。", "申訴可至消費者服務中心網站辦理，或下載表格填妥後傳真至本府。")
    assert doc.meta.title != "承租人之救濟途徑有三："
    assert [text for _, _, text in headings(doc)] == []


def test_a_sittings_date_and_time_under_its_title_stay_and_the_time_is_no_title():
    page = ["立法會  ─  2013年 5月 2日", "6567", "會議過程正式紀錄", "2013年 5月 2日星期四", "上午 9時正會議繼續",
            "出席議員：", "", "主席曾鈺成議員 , G.B.S., J.P.", "", "陳鑑林議員 , S.B.S., J.P.", "", "劉慧卿議員 , J.P.", ""]
    body = ["主席：秘書，請響鐘傳召議員進入會議廳。全委會現在恢復審議撥款條例草案的各項修正案，請各位議員就席。",
            "全委會主席：傳召委員進入會議廳的時間已過了十五分鐘，會議廳內仍未有足夠法定人數，全體委員會現在回復為立法會。"]
    text = page[:]
    for n in range(3):
        text += body * 4 + ["立法會  ─  2013年 5月 2日", str(6568 + n)]
    doc = read_page(*text)
    assert doc.meta.title == "會議過程正式紀錄"
    kept = "\n".join(kept_texts(doc))
    assert "陳鑑林議員" in kept and "出席議員：" in kept
    assert "2013年 5月 2日星期四" not in removed_reasons(doc)
    assert removed_reasons(doc)["6569"] == "page number of the printed original"


def test_a_date_split_around_its_day_is_one_date_and_a_dangling_word_no_heading():
    doc = read_page("上海新增本土确诊病例通报", PROSE, "截至", "2022年4月", "2", "5日24时，累计本土确诊42942例，治愈出院1941例。", PROSE)
    assert any(text.endswith("2022年4月25日24时，累计本土确诊42942例，治愈出院1941例。") for text in kept_texts(doc))
    assert [text for _, _, text in headings(doc)] == []


# round 13 (batch 4's looked-at half: news, blogs, a research institute's page)

def test_the_description_under_the_headline_is_not_the_document():
    lead = "在美国旧金山举行的中美元首会晤吸引了全世界的目光，多名外国专家表示中美合作共赢符合国际社会利益。"
    menu = ["首页", "时政", "资讯", "财经", "文化", "体育", "视频", "图片", "专题", "评论", "English", "China Daily Homepage"]
    doc = read_page("外国专家：中美合作共赢符合国际社会利益 - 中国日报网", "外国专家：中美合作共赢符合国际社会利益", lead, *menu,
                "外国专家：中美合作共赢符合国际社会利益", "来源：中国日报网", "2023-11-17 09:12", lead,
                "美中合作基金会执行主席约翰·米勒-怀特认为，共同繁荣还是互相毁灭，这是两国面临的抉择。",
                "瑞典“一带一路”研究所副所长侯赛因·阿斯卡里指出，中美关系几乎会影响每一个国家。", "ICP备05001234号")
    kept = kept_texts(doc)
    assert "美中合作基金会执行主席约翰·米勒-怀特认为，共同繁荣还是互相毁灭，这是两国面临的抉择。" in kept


def test_a_page_title_with_a_double_dash_and_slashed_sections_loses_them():
    doc = read_page("稱「憂鬱症是不知足」挨轟　吳宗憲：鼓勵患者別只往負面想 —— 上報 / 焦點", "首頁", "焦點",
                "稱「憂鬱症是不知足」挨轟　吳宗憲：鼓勵患者別只往負面想", PROSE, PROSE, PROSE)
    assert doc.meta.title == "稱「憂鬱症是不知足」挨轟　吳宗憲：鼓勵患者別只往負面想"


def test_a_headline_that_opens_with_the_sites_name_is_the_title():
    doc = read_page("浙江省淡水水产研究所", "首页", "所务公开", "新闻动态", "浙江省淡水水产研究所召开干部职工大会暨党风廉政建设大会",
                "发布时间：2023-03-01", PROSE, PROSE, PROSE)
    assert doc.meta.title == "浙江省淡水水产研究所召开干部职工大会暨党风廉政建设大会"


def test_a_list_of_names_with_their_honours_stays_one_name_a_line():
    names = ["黃定光議員 , S.B.S., J.P.", "何秀蘭議員", "李慧琼議員 , J.P.", "陳克勤議員 , J.P.", "張國柱議員"]
    doc = read_page("會議過程正式紀錄", "出席議員：", *names,
                "主席：秘書，請響鐘傳召議員進入會議廳。全委會現在恢復審議撥款條例草案的各項修正案，請各位議員就席。")
    assert kept_texts(doc)[1:6] == [name.replace(" , ", " ， ") for name in names]   # (the comma made full-width)
