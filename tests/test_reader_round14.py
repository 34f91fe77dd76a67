"""Rules of the corpus's round 14 (issue 12: batch 5, the body-only fields of provincial
policy libraries, whose line breaks were lost on the way), each on a small text of the
shape that showed it. Each test fails on the reader before the round."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from convert.reader import read
from convert.reader.unflatten import paragraphs
from reader_pages import PROSE, headings, kept_texts, read_page, removed_reasons

#: a flattened notice: title, 发文字号, addressee, text, numbered sections, signature — no
#: break anywhere (the 全文 field of a policy library's search result)
GLUED = ("重庆市人民政府关于加快电子商务产业发展的意见渝府发〔2019〕17号"
         "各区县（自治县）人民政府，市政府有关部门，有关单位：近年来，电子商务持续快速发展，成为经济领域最具活力的要素之一。"
         "为促进我市电子商务高质量发展，现提出如下意见。一、总体要求（一）指导思想。以新发展理念为引领，推动高质量发展，"
         "把电子商务培育成为经济增长的新动力。（二）发展目标。到2022年，全市电子商务交易额突破1.8万亿元。"
         "二、保障措施（一）健全工作机制。建立全市电子商务工作联席会议制度，统筹协调重大问题。"
         "重庆市人民政府2019年6月28日（此件公开发布）")


def test_a_notice_without_any_break_gets_its_paragraphs_back():
    doc = read(GLUED.encode("utf-8"))
    assert doc.meta.title == "重庆市人民政府关于加快电子商务产业发展的意见"
    assert doc.meta.doc_number == "渝府发〔2019〕17号"
    assert [(label, text) for _, label, text in headings(doc)] == [
        ("一、", "总体要求"), ("（一）", "指导思想。"), ("（二）", "发展目标。"), ("二、", "保障措施"), ("（一）", "健全工作机制。")]
    kept = kept_texts(doc)
    assert "各区县（自治县）人民政府，市政府有关部门，有关单位：" in kept
    assert kept[-3:] == ["重庆市人民政府", "2019年6月28日", "（此件公开发布）"]


def test_paragraph_indents_left_inside_the_line_break_it():
    text = ("　　办发〔2021〕15号　　茂林镇党政办公室　　关于印发《茂林镇2021年第四季度巩固群众　　安全感和满意度文艺"
            "巡回演出工作方案》　　的通知　　各社区、镇直有关单位：　　现将《工作方案》印发给你们，请认真贯彻执行。"
            "　　茂林镇党政办公室　　2021年10月19日　　一、主承办单位　　主办单位：中共茂林镇委员会、茂林镇人民政府"
            "　　二、领导机构和工作职责　　组 长：杨天华 镇党委副书记　　" + PROSE)
    doc = read(text.encode("utf-8"))
    assert doc.meta.title == "茂林镇党政办公室关于印发《茂林镇2021年第四季度巩固群众安全感和满意度文艺巡回演出工作方案》的通知"
    assert [text for _, _, text in headings(doc)] == ["主承办单位", "领导机构和工作职责"]
    assert "组 长：杨天华 镇党委副书记" in kept_texts(doc)   # one space spaces a name out: no break


def test_nbsp_entities_are_decoded_and_reported():
    text = ("平湖市人民政府关于印发平湖市人民政府工作规则的通知&nbsp;各镇人民政府、街道办事处，市政府各部门：《平湖市人民政府工作规则》"
            "已经市政府常务会议讨论通过，现印发给你们，请认真遵照执行。&nbsp;&nbsp;&nbsp;&nbsp;平湖市人民政府&nbsp;&nbsp;&nbsp;"
            "2013年4月10日&nbsp;平湖市人民政府工作规则第一章 &nbsp;总 &nbsp;则第一条&nbsp;&nbsp;根据有关法律，结合本市实际，"
            "制定本工作规则。第二条&nbsp;&nbsp;市政府工作的准则是，实行科学民主决策，坚持依法行政。")
    doc = read(text.encode("utf-8"))
    assert doc.meta.title == "平湖市人民政府关于印发平湖市人民政府工作规则的通知"
    assert "&nbsp;" not in "".join(kept_texts(doc))
    assert any(n.kind == "entities" and "&nbsp;" in n.message for n in doc.meta.notices)
    found = [(label, text) for _, label, text in headings(doc)]
    assert ("", "平湖市人民政府工作规则") in found and ("第一章", "总则") in found


def test_an_ordinary_paragraph_keeps_its_run_in_list():
    text = "\n".join(["关于做好今年工作的通知", PROSE,
                      "主要任务是：一、加强组织领导，明确责任分工；二、完善工作机制，形成工作合力；三、强化督促检查，确保取得实效。" * 2,
                      PROSE, PROSE, PROSE])
    doc = read(text.encode("utf-8"))
    assert headings(doc) == []


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="重庆市政府关于通知意见。，：一二三、（）  \u3000〔〕2019号第条章", min_size=150, max_size=600))
def test_unflattening_loses_no_character_but_spaces(text):
    pieces = paragraphs(text)
    assert "".join("".join(p.split()) for p, _ in pieces) == "".join(text.split())


def test_a_title_on_three_lines_is_one_title():
    doc = read_page("办发〔2021〕14号", "茂林镇党政办公室", "关于印发《茂林镇2021年第四季度巩固群众", "安全感和满意度宣传走访和治安巡逻",
                    "实施方案》的通知", "各社区、镇直有关单位：", PROSE, PROSE)
    assert doc.meta.title == "茂林镇党政办公室关于印发《茂林镇2021年第四季度巩固群众安全感和满意度宣传走访和治安巡逻实施方案》的通知"
    assert doc.meta.doc_number == "办发〔2021〕14号"


def test_a_document_number_split_span_by_span_is_joined():
    doc = read_page("关于征求意见的公告", "2020-12-09 20:42", "来源：", "字体：", "小", "|", "中", "|", "大",
                    "按照《中共中央", "国务院关于进一步深化电力体制改革的若干意见》（中发〔", "2015", "〕", "9",
                    "号）等有关要求，现将规则印发，请于", "9", "月", "18", "日前将意见书面报我办。", PROSE,
                    "电话：", "0731-85959974", "附件", ":", "《湖南省电力辅助服务市场交易规则》", "湖南能源监管办",
                    "2020", "年", "9", "月", "15", "日", "扫一扫在手机打开当前页")
    kept = kept_texts(doc)
    assert any("（中发〔2015〕9号）等有关要求" in k for k in kept)
    assert "0731-85959974" in "".join(kept) and "湖南能源监管办" in kept and "2020年9月15日" in kept
    assert "9" not in removed_reasons(doc) and "〕" not in removed_reasons(doc)


def test_the_title_its_document_number_stands_under_is_the_title():
    doc = read_page("目录项的基本信息", "公开事项名称:", "国家能源局综合司关于同意文登上库坝等19座水电站大坝安全注册登记的复函",
                    "索引号:", "000019705/2025-000316", "主办单位:", "国家能源局", "制发日期:", "2025-09-25",
                    "国家能源局综合司关于同意文登上库坝等19座水电站大坝安全注册登记的复函", "国能综函安全〔2025〕59号",
                    "大坝安全监察中心：", "报来《关于大坝安全注册检查意见的请示》收悉。经研究，现函复如下。",
                    "一、同意山东文登抽水蓄能电站上库坝、下库坝首次安全注册，注册登记等级为甲级。",
                    "二、请你中心督促有关电力企业严格落实大坝安全管理主体责任，完善大坝安全管理制度规程。",
                    "国家能源局综合司", "2025年9月25日")
    assert doc.meta.title == "国家能源局综合司关于同意文登上库坝等19座水电站大坝安全注册登记的复函"
    assert doc.meta.doc_number == "国能综函安全〔2025〕59号"
    assert kept_texts(doc)[-2:] == ["国家能源局综合司", "2025年9月25日"]   # the signature, not the site's footer


def test_a_news_headline_may_exclaim():
    doc = read_page("新闻动态--中国地理学会官网", "首页", "学会概况", "学术交流", "科普天地", "期刊书籍", "学会奖励",
                    "全国优秀地理图书奖", "各类优秀论文奖", "首页 - 新闻动态",
                    "2019年中国人文地理学术年会在重庆•西南大学成功举行！", "发布时间：2019-05-18", "来源：中国地理学会",
                    PROSE, PROSE, "上一篇：", "联系我们")
    assert doc.meta.title == "2019年中国人文地理学术年会在重庆•西南大学成功举行！"


def test_a_dateline_key_by_key_is_page_metadata():
    doc = read_page("脂溢性脱发：你知道什么该吃吗？_报纸网", "首页", "报社新闻", "频道", "脂溢性脱发：你知道什么该吃吗？",
                    "报纸网", "|", "发布: 2021-1-29 13:18", "|", "点击: 313", "|", "来自: 互联网", PROSE, PROSE,
                    "来源于：东区办事处")
    reasons = removed_reasons(doc)
    assert [reasons[k] for k in ("发布: 2021-1-29 13:18", "点击: 313", "来自: 互联网")] == [
        "page metadata (发布)", "page metadata (点击)", "page metadata (来自)"]
    assert reasons["来源于：东区办事处"] == "page metadata (来源于)"
    assert kept_texts(doc)[0] == PROSE


def test_a_chapter_glued_to_the_sentence_above_is_a_chapter():
    doc = read_page("省级高新技术产业开发区认定管理办法", "第一章　总　则", "第一条　为规范省级高新区的认定和管理，制定本办法。",
                    "第二条　省级高新区分为综合型和特色型两类，科技企业孵化载体不少于3家。第三章认定程序第九条认定省级高新区程序。",
                    "（一）申请。符合认定条件的园区，由所在市政府向省政府提出申请。")
    found = [(label, text) for _, label, text in headings(doc)]
    assert ("第三章", "认定程序") in found and ("第九条", "") in found


def test_a_sentence_set_with_code_spans_is_one_paragraph():
    doc = read_page("NumPy 简介", "首页", "Python 教程", "NumPy 简介", "创建 NumPy ndarray 对象",
                    "NumPy 用于处理数组。", "我们可以使用", "array()", "函数创建一个 NumPy", "ndarray", "对象。", PROSE, PROSE)
    assert "我们可以使用array（）函数创建一个 NumPy ndarray对象。" in kept_texts(doc)


def test_a_topics_numbered_replies_are_not_its_text():
    post = "Ruby 的许多特性强烈地偏向对脚本语言的良好支持，这使它在写小工具、胶水代码和自动化任务时格外顺手，也让很多人一直用它。"
    doc = read_page("Ruby：极致的脚本语言 · Ruby China", "社区", "招聘", "Wiki", "酷站", "注册", "登录",
                    "Ruby：极致的脚本语言", "zzz6519003", "19 天前", "1350 次阅读", post, post, "2 个赞",
                    "gazeldx", "#1", "1 月前", "我每天都还在用它写脚本，确实很好用，希望社区越来越好。",
                    "msl12", "#2", "1 月前", "引用自哪里？能给个出处吗？我想去读读原文，谢谢。",
                    "lehf", "#3", "1 月前", "最近总有纯英文回复的机器人，估计看是纯英文就删了，请管理员看看。")
    reasons = removed_reasons(doc)
    assert reasons["#1"] == reasons["gazeldx"] == "readers' replies (#1, #2 … under the post)"
    assert reasons["1350 次阅读"] == reasons["2 个赞"] == "page meta line (reading statistics)"
    assert kept_texts(doc) == [post, post]


def test_a_dateline_key_without_its_colon_and_its_date_below():
    doc = read_page("港特首梁振英就住宅违建事件道歉 - BBC中文网", "浏览协助", "简体版", "繁體版", "港特首梁振英就住宅违建事件道歉",
                    "更新时间", "2012年12月10日, 格林尼治标准时间10:41", "Facebook", "Twitter", PROSE, PROSE)
    reasons = removed_reasons(doc)
    assert reasons["更新时间"] == reasons["2012年12月10日, 格林尼治标准时间10:41"] == "page metadata (更新时间)"


def test_a_closing_quote_alone_closes_the_line_above():
    doc = read_page("一篇文章", '"' + PROSE, '"', PROSE)
    assert kept_texts(doc)[0] == '“' + PROSE + '”'


def test_minutes_entries_are_records_under_their_parts():
    doc = read_page("宜蘭縣議會第18屆第1次定期大會第03次會議議事錄", "時間：中華民國104年5月6日上午9時", "地點：本會議事堂",
                    "出席議員：林議員棋山 張議員建榮", "主席：陳議長文昌", "記錄：林佳慧",
                    "甲、報告事項", "一、主席報告簽到議員已達法定人數", "二、秘書長宣讀第02次會議議事錄",
                    "（一）縣政府所提議案均已送達各議員。", "乙、質詢事項", "教育處業務質詢時，黃議員定和詢及下列問題，請縣政府答復。",
                    "丙、散會：下午6時18分")
    assert [(label, text) for _, label, text in headings(doc)] == [
        ("甲、", "報告事項"), ("乙、", "質詢事項"), ("丙、", "散會")]
    assert "一、主席報告簽到議員已達法定人數" in "".join(kept_texts(doc)) and "下午6時18分" in kept_texts(doc)


def test_a_report_with_numbered_sections_is_no_minutes():
    doc = read_page("关于2023年工作的报告", "时间：2024年1月10日", "地点：会议室", "主持：张三",
                    "一、主要工作", PROSE, "二、存在问题", PROSE)
    assert [text for _, _, text in headings(doc)] == ["主要工作", "存在问题"]


def test_a_bracketed_machine_date_under_the_headline_is_the_pages():
    headline = "上海2022年4月25日，新增本土新冠肺炎确诊病例1661例 新增本土无症状感染者15319例"
    doc = read_page(headline, "您现在所在的位置：", "首页", "新闻中心", "新闻发布", headline, "( 2022-04-26)",
                    "市卫健委今早通报：2022年4月25日0—24时，新增本土新冠肺炎确诊病例1661例。", PROSE)
    assert removed_reasons(doc)["( 2022-04-26)"] == "page metadata (publication date)"


def test_a_blogs_licence_line_asking_for_the_link_is_the_pages():
    doc = read_page("为什么 ChatGPT 不火了？-CSDN博客", "登录", "为什么 ChatGPT 不火了？", "于 2024-05-06 15:47:53 发布",
                    "版权声明：本文为博主原创文章，遵循", "CC 4.0 BY-SA", "版权协议，转载请附上原文出处链接和本声明。", PROSE, PROSE)
    assert "版权协议，转载请附上原文出处链接和本声明。" in removed_reasons(doc)


def test_a_long_program_listing_token_by_token_does_not_end_the_post():
    # after the text's apparent end (line 0): a listing of 320 lines, the post's last
    # section, the page's labels, then the first line a rule took for the site's
    from convert.reader.lines import Line
    from convert.reader.region import _document_goes_on

    listing = ["# 使用which命令判断命令是否存在", "if", "which", "docker >/dev/null 2>&1;", "then", "echo", '"use docker"',
               "else", "echo", '"use podman replace docker"', "fi", "docker run -d --name=kafka \\", "-p 19092:19092 \\",
               "-e TZ=CST-8 \\", "sleep", "10s"] * 20
    after = ["3、注意事项", "注意bitnami的镜像都是rootless，但在笔者的机器上需要用root用户运行，否则没有写入权限。",
             "podman两个容器之间只能通过ip地址来访问，可以用参数显式指定ip，这一点和docker不同。"]
    texts = [PROSE, *listing, *after, "标签:", "好文要顶", "关注我", "posted @", "2024-05-09 14:45"]
    lines = [Line(k + 1, text) for k, text in enumerate(texts)]
    reasons = [None] * (len(texts) - 1) + ["page metadata (time of posting)"]
    assert _document_goes_on(lines, reasons, 1) == 1 + len(listing) + len(after)


def test_a_listing_right_after_the_last_paragraph_and_the_sentence_closing_it_are_the_articles():
    from convert.reader.lines import Line
    from convert.reader.region import _document_goes_on

    listing = ["import", "json", "import", "redis", "client = redis.Redis()", "def", "add_ts", "()", ":",
               "handler.insert_one({", "'finished'", ":", "True", "})"]
    closing = ["无论是正常运行结束还是运行过程中报错，", "add_ts", "函数都会正常运行，确保始终增加一条记录。"]
    texts = [PROSE, *listing, *closing, "kingname", "攒钱给产品经理买房。", "微信扫一扫赞赏作者"]
    lines = [Line(k + 1, text) for k, text in enumerate(texts)]
    reasons = [None] * (len(texts) - 1) + ["WeChat footer/widget"]
    assert _document_goes_on(lines, reasons, 1) == 1 + len(listing) + len(closing)


# --------------------------------------------------------------------------- round 15 (half of batch 6)


def test_a_page_title_naming_only_menu_sections_is_not_the_headline():
    doc = read_page("政策法规 - 安全生产 - 中国人民大学后勤集团", "您好，欢迎来到中国人民大学后勤集团！", "网站首页", "集团概况",
                    "新闻动态", "通知公告", "安全生产", "政策法规", "服务平台", "联系我们", "首页", ">", "安全生产", ">", "政策法规",
                    "安全生产培训管理办法", "来源：中国法律法规信息库", "编辑：刘璇   时间：2017-12-15",
                    "第一条　为了加强安全生产培训管理，规范安全生产培训秩序，制定本办法。",
                    "第二条　安全培训机构、生产经营单位从事安全生产培训活动，适用本办法。")
    assert doc.meta.title == "安全生产培训管理办法"
    assert "您好，欢迎来到中国人民大学后勤集团！" in removed_reasons(doc)


def test_a_letters_header_field_is_never_the_title():
    doc = read_page("受文者： 如正、副本", "發文日期：中華民國101年2月9日", "發文字號：金管銀票字第10140000073號",
                    "受處分人姓名或名稱：鄧○○", "主旨：台端以本人名義結售外匯，核有申報不實，違反管理外匯條例規定，核處罰鍰新臺幣10萬元。",
                    "事實及理由：", "一、依據中央銀行外匯局函辦理，台端於98年9月23日至99年1月22日期間結售外匯。")
    assert doc.meta.title in ("", "a.txt", "document")
    assert doc.meta.doc_number == "金管銀票字第10140000073號"


def test_numbered_sentences_with_no_text_under_them_are_a_list():
    doc = read_page("一、單位簡介：", "國防採購室於民國102年1月1日編成，其前身為軍備局採購中心，負責國軍採購業務的規劃與執行。",
                    "二、業務職掌：", "（一）國軍採購政策、法令、制度與計畫之規劃及執行。", "（二）政府採購法有關上級機關職權之行使。",
                    "（三）軍事機關採購稽核小組與採購案稽核業務之管理及執行。", "（四）其他有關採購管理事項。")
    assert [text for _, _, text in headings(doc)] == ["單位簡介：", "業務職掌："]


def _printed_minutes() -> list[str]:
    """A PDF's minutes as pdftotext writes them: a form feed before each page, the page's
    running head under its number, no web page anywhere."""
    head = "105 年度臺南市都市設計審議委員會第 3 次會議"
    out = [head, "", "105年度臺南市都市設計審議委員會第3次會議紀錄", "一、開會時間：中華民國105年3月10日(星期四)下午2時0分",
           "二、開會地點：本府10樓都市計畫委員會會議室", "三、主持人：吳召集人欣修", "四、審議案件："]
    for page in range(1, 5):
        out += ["審議第%d案：「某某新建工程」都市設計審議案" % page, "決議：本案請依初核意見及委員意見修正後，再提送都市設計審議。",
                *["委員意見：請補充說明停車空間之配置，並於圖面標示汽機車出入口與鄰近路口之距離。"] * 12, "", str(page), "",
                "\f" + head]
    return out + ["散會：下午4時10分"]


def test_a_printed_minutes_page_furniture_goes_and_nothing_else():
    lines = _printed_minutes()
    doc = read_page(*lines)
    reasons = removed_reasons(doc)
    assert reasons["2"] == reasons["3"] == "page number of the printed original"
    assert set(reasons.values()) <= {"page number of the printed original", "running head of the printed original",
                                     "title repeated (page title and heading)"}
    assert "散會：下午4時10分" in kept_texts(doc)
    assert [h for _, _, h in headings(doc) if h.startswith(("開會", "主持"))] == []   # the numbered header fields


def test_a_form_feed_at_a_lines_start_keeps_the_line_numbers():
    doc = read(("第一行\n\f第二行是正文，" + PROSE + "\n第三行").encode("utf-8"))
    assert [b.lines[0] for b in doc.blocks][-1] == 3


def test_a_book_sites_chapter_links_are_the_pages():
    doc = read_page("二十七、浮在海中唱诗", PROSE, PROSE, "上章", "下章", "返目录")
    assert {"上章", "下章", "返目录"} <= removed_reasons(doc).keys()


def test_a_lone_character_reference_may_be_the_texts_own():
    doc = read_page("HTML 转义入门", "在 HTML 中，和号要写成 &amp; 才能显示，这是一段关于网页编写的正文，包含句号。", PROSE)
    assert "&amp" in "".join(kept_texts(doc))   # (its ; in Chinese text becomes ；, as any)
    assert not any(n.kind == "entities" for n in doc.meta.notices)
