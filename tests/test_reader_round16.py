"""Rules of the corpus's round 16 (issue 12: the first three blocks of the looked-at
pages, where page debris still stood), each on a small text of the shape that showed
it. Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from convert.reader import read
from reader_pages import PROSE, headings, kept_texts, read_page, removed_reasons

#: a news page's header, its headline and the share widgets above it
HEADER = ("悲壮！布伦森遭遇左手骨折_搜狐网", "首页", "新闻", "体育", "分享", "微信分享", "新浪微博",
          "悲壮！布伦森遭遇左手骨折")


def test_a_metadata_key_alone_takes_its_value_under_it():
    doc = read_page(*HEADER, "2024-05-20 06:48", "发布于：", "北京市", PROSE, PROSE + "二", "返回搜狐，查看更多")
    reasons = removed_reasons(doc)
    assert reasons["北京市"] == "page metadata (发布于)"
    assert kept_texts(doc)[0] == PROSE


def test_a_name_under_the_headline_without_a_key_stays():
    # (a byline with no key above it may be the author's: the rule needs the key)
    doc = read_page(*HEADER, "2024-05-20 06:48", "北京市", PROSE, PROSE + "二")
    assert "北京市" not in removed_reasons(doc)


def test_gbk_full_width_space_in_the_private_use_area_is_a_space():
    # GBK's A3A0 decodes to U+E5E5: old pages indent and separate paragraphs with it
    text = "二十三、感赞\n\ue5e5\ue5e5\n一、法官试验凡事谢恩\n\ue5e5\ue5e5" + PROSE + "\n\ue5e5\ue5e5\n" + PROSE + "二"
    doc = read(text.encode("utf-8"))
    kept = "".join(kept_texts(doc))
    assert "\ue5e5" not in kept
    assert kept_texts(doc)[-1] == PROSE + "二"


def test_an_icon_fonts_glyph_alone_is_removed():
    doc = read_page("某某网", "首页", "\ue614", "关于开展安全检查的通知", PROSE, "\ue60a", PROSE + "二")
    reasons = removed_reasons(doc)
    assert "\ue614" in reasons   # (above the title: the site's header, either way)
    assert reasons["\ue60a"] == "icon of the web page (a private-use character)"
    assert kept_texts(doc) == [PROSE, PROSE + "二"]


def test_a_widgets_loading_message_is_removed():
    doc = read_page("中国“太空养鱼”项目进展顺利_光明网", "中国“太空养鱼”项目进展顺利", PROSE,
                    "调查问题加载中，请稍候。", "若长时间无响应，请刷新本页面", PROSE + "二")
    reasons = removed_reasons(doc)
    assert reasons["调查问题加载中，请稍候。"] == reasons["若长时间无响应，请刷新本页面"] == "page widget's loading message"
    assert kept_texts(doc) == [PROSE, PROSE + "二"]


def test_a_sentence_about_loading_stays():
    line = "系统加载中出现的问题，已经由技术人员在当天修复完毕。"
    doc = read_page("关于系统故障的说明", PROSE, line, PROSE + "二")
    assert line in kept_texts(doc)


def test_a_date_with_its_reading_counter_is_removed():
    doc = read_page("第四届中国经济学年会会议议程_北京大学", "当前位置：首页>>会议", "第四届中国经济学年会会议议程",
                    "2004-12-10\u3000\u3000\u3000阅读10544次", PROSE, PROSE + "二")
    assert removed_reasons(doc)["2004-12-10\u3000\u3000\u3000阅读10544次"] == "page meta line (reading statistics)"


def test_a_notice_the_page_repeats_whole_has_no_outline_headings():
    # the signature, its date and the rules' title come twice (the page shows the text
    # twice): lines in the same order twice are a repeated passage, not an outline
    notice = ["平湖市人民政府关于印发工作规则的通知", "各镇人民政府，市政府各部门：",
              "《平湖市人民政府工作规则》已经市政府常务会议讨论通过，现印发给你们，请认真遵照执行。",
              "平湖市人民政府", "2013年4月10日（此件公开发布）", "平湖市人民政府工作规则", "第一章总则",
              "第一条为了规范市政府的工作，提高行政效能，根据有关法律法规，结合本市实际，制定本规则。"]
    doc = read_page(*notice, *notice)
    texts = [text for _, _, text in headings(doc)]
    assert "平湖市人民政府" not in texts
    assert "2013年4月10日（此件公开发布）" not in texts


def test_an_article_that_lists_its_points_first_keeps_its_section_headings():
    # the guard: the copies of an outline's entries, each over its own text, are headings
    points = ["毕业前学会写作", "毕业前学会编程", "毕业前学会演讲"]
    body = []
    for p in points:
        body += [p, PROSE + p + "，这一点非常重要，请记住。"]
    doc = read_page("给大学生的三条建议", PROSE, *points, "下面一条一条地说。", *body)
    assert [text for _, _, text in headings(doc)] == points


def test_sections_a_work_report_announces_with_a_colon_are_run_in_headings():
    # 主要做了以下工作： then （一）…（三）, each a short first sentence and its paragraph
    tail = "统筹发展和安全，深入推进各项工作，人民群众获得感、幸福感、安全感持续增强，各项事业取得新的进展和成效，为全面建设社会主义现代化开好局、起好步。"
    doc = read_page("2026年某某自治区政府工作报告", "一、2025年工作回顾", "一年来，我们坚决贯彻落实党中央决策部署。主要做了以下工作：",
                    "（一）全力维护社会大局和谐稳定。" + tail, "（二）积极构筑中华民族共有精神家园。" + tail,
                    "（三）加快构建现代化产业体系。" + tail, "二、2026年重点工作", PROSE)
    assert [(label, text) for _, label, text in headings(doc)] == [
        ("一、", "2025年工作回顾"), ("（一）", "全力维护社会大局和谐稳定。"), ("（二）", "积极构筑中华民族共有精神家园。"),
        ("（三）", "加快构建现代化产业体系。"), ("二、", "2026年重点工作")]


def test_short_items_a_line_announces_with_a_colon_stay_a_list():
    # the guard: 救濟途徑有三： / 一、… / 二、… / 三、…, one short sentence each
    doc = read_page("關於申請案之處理", PROSE, "救濟途徑有三：", "一、向本府提起訴願。", "二、向法院提起訴訟。",
                    "三、向監察院陳情。", PROSE + "二")
    assert headings(doc) == []


def test_a_minutes_title_with_its_session_spaced_out_on_the_next_line():
    doc = read_page("105年度臺南市都市設計審議委員會", "第 3 次 會 議 紀 錄", "一、開會時間：中華民國105年3月10日(星期四)下午2時",
                    "二、開會地點：本府10樓會議室", PROSE)
    assert doc.meta.title == "105年度臺南市都市設計審議委員會第3次會議紀錄"
    assert doc.meta.author == ""


def test_compatibility_ideographs_from_a_pdf_are_unified_and_reported():
    # pdftotext of a Taiwan PDF: 年 U+F98E, 度 U+FA01, 錄 U+F93F for the ordinary characters
    doc = read_page("臺南市政府都市更新及爭議處理審議會", "98 \uf98e\ufa01第一次會議紀\uf93f", PROSE)
    assert doc.meta.title == "臺南市政府都市更新及爭議處理審議會98 年度第一次會議紀錄"
    notice = next(n for n in doc.meta.notices if n.kind == "ideographs")
    assert notice.message.startswith("3 CJK compatibility ideograph(s)") and notice.line == 2


def test_a_unified_ideograph_in_the_compatibility_block_stays():
    # 﨑 U+FA11 has no other form (a unified ideograph of its own): nothing to report
    doc = read_page("關於山\ufa11先生來訪的通知", PROSE)
    assert doc.meta.title == "關於山\ufa11先生來訪的通知"
    assert not any(n.kind == "ideographs" for n in doc.meta.notices)


def test_figures_spaced_out_alone_are_not_run_together():
    from convert.reader.lines import unspaced
    assert unspaced("1 2 3") == "1 2 3"
    assert unspaced("第 3 次 會 議 紀 錄") == "第3次會議紀錄"


def test_a_wechat_accounts_card_goes_with_its_description():
    doc = read_page("三星 Galaxy S20 系列手机正式发布", "三星 Galaxy S20 系列手机正式发布", "爱否科技", "爱否科技", "微信号",
                    "FViewXFG", "功能介绍", "聚焦「手机互联网」领域的行业思考和产品体验", "昨天", PROSE, PROSE + "二")
    assert removed_reasons(doc)["聚焦「手机互联网」领域的行业思考和产品体验"] == "WeChat account's description (功能介绍)"
    assert kept_texts(doc)[0] == PROSE


def test_an_accounts_tagline_inside_the_byline_block_goes_with_it():
    doc = read_page("汽车品牌直播拍到不雅画面_腾讯新闻", "首页", "新闻", "汽车品牌直播拍到不雅画面", "环球时报新媒体",
                    "2024-05-18 16:56", "发布于北京", "环球时报新媒体官方账号", "+", "关注", PROSE, PROSE + "二")
    assert removed_reasons(doc)["环球时报新媒体官方账号"] == "page widget between the title and the text"
    assert kept_texts(doc)[0] == PROSE


def test_pieces_of_the_text_between_its_split_spans_stay():
    # the guard: a sentence split span by span (《 as < >) once the text has begun
    doc = read_page("关于征求交易规则修改意见的公告", "2020-12-09 20:42", "来源：", "Aa", "字体：", "小",
                    "为不断完善湖南电力中长期交易规则，按照《国家发改委、国家能源局关于印发", "<", "电力中长期交易基本规则", ">",
                    "的通知》要求，结合我省实际，现将规则修改稿公开征求意见。", PROSE)
    assert "电力中长期交易基本规则" not in removed_reasons(doc)


def test_a_letters_sections_are_its_headings_run_in():
    doc = read_page("受文者： 如正、副本", "發文日期：中華民國101年1月12日", "發文字號：金管銀國字第10120000051號",
                    "主旨：貴行行員挪用客戶存款乙案，違反銀行法規定，核處新臺幣200萬元罰鍰。",
                    "事實及理由：貴行行員挪用客戶存款，營業單位人員未與原存戶照會即受理提款作業。",
                    "注意事項：", "一、受處分人如不服本處分，應於本處分送達之次日起30日內提起訴願。",
                    "二、受處分人如逾期不繳納罰鍰者，即依法移送強制執行。")
    assert headings(doc) == [(1, "", "主旨："), (1, "", "事實及理由："), (1, "", "注意事項：")]
    assert "貴行行員挪用客戶存款乙案，違反銀行法規定，核處新臺幣200萬元罰鍰。" in kept_texts(doc)


def test_a_section_word_outside_a_letter_is_no_heading():
    # the guard: minutes and reports write 說明： too, with no 公文 header above
    doc = read_page("臺北市都市計畫委員會第500次委員會議紀錄", "討論事項一", "說明：",
                    "一、本案係依都市計畫法第二十七條辦理。", "決議：照案通過。", PROSE)
    assert "說明：" not in [text for _, _, text in headings(doc)]


def test_a_page_title_that_is_the_sites_name_alone_is_not_the_title():
    # 某某市人民政府 as the page's <title>, its menu, then the notice: the notice's title
    doc = read_page("某某市人民政府", "无障碍阅读", "读屏专用", "适老化无障碍服务", "个人中心", "请输入关键字", "搜索",
                    "高级检索", "热门搜索：", "政务公开", "政务服务", "互动交流", "当前位置：首页 > 政务公开 > 通知公告",
                    "关于进一步加强安全生产工作的通知", PROSE, PROSE + "二", "某某市人民政府", "2024年5月17日")
    assert doc.meta.title == "关于进一步加强安全生产工作的通知"
    assert "无障碍阅读" in removed_reasons(doc) and "请输入关键字" in removed_reasons(doc)
    assert kept_texts(doc)[0] == PROSE


def test_a_plain_documents_first_line_naming_its_issuer_stays():
    # the guard: no web page around it — 某某市人民政府 over the title is the issuer's line
    doc = read_page("某某市人民政府", "关于进一步加强安全生产工作的通知", PROSE, PROSE + "二")
    assert "某某市人民政府" not in removed_reasons(doc)


#: minutes taken from a PDF, wrapped at their column's width (about 28 characters)
WRAPPED_MINUTES = ("柒、實施者須知草案審查案，決議如下：",
                   "1.須知第三條第（四）項「所有作業，研擬都市更新事",
                   "業計畫與權利變換計畫提送都市更新審議委員會及遭遇困難",
                   "或其他事項」之「及」字刪除。",
                   "2.須知第五條第（一）項「一般資格：都市更新事業機構，",
                   "以依公司法設立之股份有限公司為限」之「，」刪除。",
                   "3.須知第五條第（二）項第（2）點特別規定，考慮建築業",
                   "界之狀況，建議改以資本額作為財務能力資格標準，淨值門",
                   "檻降低；同項第（3）點是否需要限制三法人，請再重新檢",
                   "討。",
                   "4.須知第九條第（四）至（六）項，於評選會中委員再追加",
                   "之事項是否有違公平應予避免，請納入修正。")


def test_a_numbered_item_wrapped_at_its_columns_width_is_one_paragraph():
    # (the record's other parts run the page's full width: no one wrap width for the text)
    wide = "本次會議依都市更新條例第十六條規定召開，出席委員已達法定人數，由主任委員主持，並請業務單位就各案辦理情形進行簡要說明，以利委員審議。"
    doc = read_page("臺南市都市更新審議會第一次會議紀錄", wide, "另" + wide, "再" + wide, *WRAPPED_MINUTES, "末" + wide)
    texts = [text for _, _, text in headings(doc)]
    assert not any(text.startswith(("須知第五條第（二）項", "須知第九條")) for text in texts)
    kept = "".join(kept_texts(doc))
    assert "考慮建築業界之狀況，建議改以資本額" in kept
    assert "於評選會中委員再追加之事項是否有違公平" in kept


def test_a_heading_shorter_than_the_wrapped_text_under_it_stays_a_heading():
    # the guard: 一、坚持守住底线，坚决维护社会大局稳定 over a paragraph wrapped at 30 characters
    doc = read_page("某某市政府工作报告",
                    "一、坚持守住底线，坚决维护稳定",
                    "统筹发展和安全，深入推进平安建设，严厉打击各类违法犯",
                    "罪活动，人民群众的安全感持续增强，社会大局保持和谐稳",
                    "定，各项工作取得新的进展。",
                    "二、坚持内需主导，提振消费投资",
                    "扩大有效投资，实施一批重大项目，持续加力提振消费，促",
                    "进经济持续回升向好，高质量发展取得新的成效和进展。")
    assert [text for _, _, text in headings(doc)] == ["坚持守住底线，坚决维护稳定", "坚持内需主导，提振消费投资"]


def test_a_menu_after_a_comma_piece_is_not_joined_into_the_text():
    # ，有任何問題 opens with a comma: the pieces after it are a menu, not the sentence's rest
    menu = ["service@upmedia.mg", "facebook", "youtube", "rss", "上報 Up Media", "調查", "評論", "國際", "焦點"]
    doc = read_page("稱憂鬱症是不知足挨轟 -- 上報 / 焦點", "廣告合作", "ad@upmedia.mg", "或是投書評論", "editor@upmedia.mg",
                    "，有任何問題", *menu, "稱憂鬱症是不知足挨轟", "上報快訊／范姜佳鈺", "2020年03月12日 20:19:00",
                    "SHARE", "google", "twitter", PROSE, PROSE + "二", PROSE + "三")
    kept = kept_texts(doc)
    assert not any("facebook" in text for text in kept)
    assert kept[:2] == ["上報快訊／范姜佳鈺", PROSE]


def test_a_sentence_split_span_by_span_is_still_joined_to_its_end():
    # the guard: 病例1—病例26 / ，居住于浦东新区， / 病例 / 27—病例80 / … up to the sentence's end
    pieces = ["2022年4月4日，本市新增本土确诊病例268例。", "病例1—病例26", "，居住于浦东新区，", "病例", "27—病例80",
              "，居住于黄浦区，", "病例", "81—病例116", "，居住于徐汇区，均为此前报告的本土无症状感染者。"]
    doc = read_page("上海新增本土确诊病例", *pieces, PROSE)
    assert "病例1—病例26，居住于浦东新区，病例27—病例80，居住于黄浦区，病例81—病例116，居住于徐汇区，均为此前报告的本土无症状感染者。" \
        in kept_texts(doc)


def test_a_photo_credit_and_the_salutation_under_it_stay_apart():
    # a newspaper's photo caption ends in its credit (记者谢龙摄), no full stop: it does not
    # run on into 各位代表：
    doc = read_page("2026年某某自治区政府工作报告", "——2026年1月27日在某某自治区第十四届人民代表大会第四次会议上",
                    "自治区主席 某某某", "1月27日，某某某代表自治区人民政府，向大会作政府工作报告。石榴云/某某日报记者谢龙摄",
                    "各位代表：", "现在，我代表自治区人民政府，向大会报告工作，请予审议。", PROSE)
    kept = kept_texts(doc)
    assert "各位代表：" in kept
    assert "1月27日，某某某代表自治区人民政府，向大会作政府工作报告。石榴云/某某日报记者谢龙摄" in kept


def test_a_bracket_in_a_program_listing_split_token_by_token_stays():
    # np / . / array / ( / [ / 1 / , / 2 / ] / ): a listing a page set a token per element
    tokens = ["import", "numpy", "as", "np", "arr", "=", "np", ".", "array", "(", "[", "1", ",", "2", ",", "3", "]", ")",
              "print", "(", "arr", ")"]
    doc = read_page("NumPy 创建数组", "NumPy 用于处理数组，NumPy 中的数组对象称为 ndarray，我们可以使用 array() 函数创建它。", *tokens,
                    PROSE)
    assert "[" not in removed_reasons(doc) and "]" not in removed_reasons(doc)


def test_a_bracket_beside_a_button_goes_with_it():
    doc = read_page("关于开展安全检查的通知", "[", "打印本页", "]", PROSE, PROSE + "二")
    assert removed_reasons(doc)["["] == removed_reasons(doc)["]"] == "brackets of the page's buttons"


def test_a_wechat_accounts_description_that_reads_as_prose_goes_too():
    desc = "博主喜欢Python和爬虫，已经出了两本书。这里是他灵感的发源地。关注这个公众号，你的生产效率在三天内就会得到提高。"
    doc = read_page("一日一技：在 Python 中实现延迟调用", "一日一技：在 Python 中实现延迟调用", "原创", "kingname", "未闻Code",
                    "未闻Code", "微信号", "itskingname", "功能介绍", desc, "前天", PROSE, PROSE + "二")
    assert removed_reasons(doc)[desc] == "WeChat account's description (功能介绍)"


def test_a_double_spaced_page_reads_as_the_single_spaced_one():
    page = ["悲壮！布伦森遭遇左手骨折_搜狐网", "首页", "新闻", "体育", "悲壮！布伦森遭遇左手骨折", "2024-05-20 06:48",
            "发布于：", "北京市", "北京时间5月20日，今天NBA季后赛步行者", "130", "-109战胜尼克斯，大比分4-3晋级东部决赛。", PROSE,
            "返回搜狐，查看更多"]
    single, double = read_page(*page), read_page(*"\n\n".join(page).split("\n"))
    assert kept_texts(double) == kept_texts(single)
    assert [r.text for r in double.meta.removed] == [r.text for r in single.meta.removed]
    assert PROSE in kept_texts(double) and "北京市" not in kept_texts(double)


def test_a_text_with_blank_lines_between_its_paragraphs_keeps_them():
    # the guard: blank lines between some lines only are paragraph breaks, and stay so
    lines = ["关于做好防汛工作的通知", "", "各区县人民政府：", "为切实做好今年防汛工作，确保人民群众生命财产", "安全，现就有关事项通知如下",
             "", "一、提高思想认识", "各地要充分认识防汛工作的重要性。"]
    doc = read_page(*lines)
    assert "为切实做好今年防汛工作，确保人民群众生命财产安全，现就有关事项通知如下" in kept_texts(doc)
    assert ("一、", "提高思想认识") in [(label, text) for _, label, text in headings(doc)]


HALF_WIDTH = str.maketrans({"，": ",", "。": ".", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})


def test_a_page_with_half_width_marks_reads_as_its_full_width_copy():
    page = ["关于做好2024年度防汛工作的通知_某某市人民政府", "首页", "政务公开", "通知公告", "当前位置：首页 > 通知公告",
            "关于做好2024年度防汛工作的通知", "发布时间：2024-05-10", "各区县人民政府，市政府各部门：",
            "今年以来，我市降水偏多，防汛形势严峻复杂。为切实做好今年防汛工作，现就有关事项通知如下。",
            "一、压实防汛责任", "各地要严格落实以行政首长负责制为核心的防汛责任制，确保责任落实到人。",
            "（一）加强组织领导。各级政府要把防汛工作摆上重要位置，主要负责同志亲自研究部署。",
            "某某市人民政府办公室", "2024年5月10日", "网站地图 | 联系我们", "主办单位：某某市人民政府办公室"]
    full = read_page(*page)
    half = read_page(*[line.translate(HALF_WIDTH) for line in page])
    assert half.meta.title == full.meta.title
    assert headings(half) == headings(full)
    assert kept_texts(half) == kept_texts(full)
    # a removed line is listed as the file has it
    assert "主办单位:某某市人民政府办公室" in removed_reasons(half)


def test_a_dot_that_numbers_a_heading_is_no_full_stop():
    from convert.reader.punctuation import full_stops
    assert full_stops("一.总则") == "一.总则"
    assert full_stops("各地要高度重视.请认真执行.") == "各地要高度重视。请认真执行。"
    assert full_stops("详见 www.gov.cn.") == "详见 www.gov.cn."
    assert full_stops("版本号为3.5.共有2.5万人") == "版本号为3.5.共有2.5万人"


def test_a_rule_written_in_simplified_takes_the_traditional_line():
    # 网站地图 / 打印本页 / 责任编辑：… are written once, in Simplified; a Taiwan or Hong Kong
    # page writes 網站地圖 / 列印本頁 / 責任編輯：…
    from convert.reader.boilerplate import match_rule
    for line in ("網站地圖", "扫一扫在手機打開當前頁", "責任編輯：王小明", "本網站支持IPv6訪問"):
        assert match_rule(line, "footer") is not None, line
    assert match_rule("本會將於下週召開會議，請各單位準時出席。", "footer") is None


def test_a_flattened_traditional_notice_gets_its_paragraphs_back_like_a_simplified_one():
    # the marks a flattened line is cut at (各區縣… the addressee's colon, 一、 after a
    # sentence's end) are found in its Simplified form, and cut from the line as written
    import opencc
    from convert.reader.unflatten import paragraphs
    simple = ("重庆市人民政府关于加快电子商务产业发展的意见渝府发〔2019〕17号各区县（自治县）人民政府，市政府有关部门，有关单位："
              "近年来，电子商务持续快速发展，成为经济领域最具活力的要素之一。为促进我市电子商务高质量发展，现提出如下意见。"
              "一、总体要求（一）指导思想。以新发展理念为引领，推动高质量发展。")
    traditional = opencc.OpenCC("s2t").convert(simple)
    assert [opencc.OpenCC("t2s").convert(p) for p, _ in paragraphs(traditional)] == [p for p, _ in paragraphs(simple)]
    assert "".join(p for p, _ in paragraphs(traditional)) == traditional.replace(" ", "")
