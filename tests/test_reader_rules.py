"""Each named rule and classifier of the reader, alone, on lines that show it."""

from __future__ import annotations

from collections import Counter

import pytest

from convert.model import Heading, List, Paragraph, Strong, Table, Text, plain_text
from convert.reader.boilerplate import RULE_NAMES, match_rule, page_fields
from convert.reader.clean import Line
from convert.reader.titles import continues_title, is_author, is_title_line
from convert.reader.headings import numbered
from convert.reader.language import detect_language
from convert.reader.leadin import split_lead_in
from convert.reader.lines import is_date, is_doc_number, is_note, is_salutation
from convert.reader.punctuation import normalize
from convert.reader.rejoin import rejoin
from convert.reader import structure as S

# ----------------------------------------------------------------------------- boilerplate

#: rule name → (zone, lines it must match)
BOILERPLATE = {
    "site-banner": ("header", ["文似观山不喜平 — — 观山文库◆记住我,来上我~", "范文网 — 您身边的写作助手",
                               "某某市人民政府门户网站"]),
    "site-name": ("header", ["新华网", "某某在线"]),
    "navigation": ("header", ["首页 | 机构概况 | 政务公开 | 办事服务 | 互动交流", "首页 > 新闻中心",
                              "国务院 总理 新闻 政策 互动 服务 数据 国情"]),
    "breadcrumb": ("body", ["您当前的位置：首页 > 政务公开 > 通知公告", "当前位置：首页>正文",
                            "您现在的位置是：首页 >> 政务公开 >> 部门文件"]),
    "font-size": ("body", ["【字体：大 中 小】", "字體大小", "字号：大 中 小", "【大】【中】【小】", "调整字体", "較大字型", "| 目前字級："]),
    "reprint-terms": ("body", ["【版权提示】转载第一财经商业数据中心原创稿件，请于文首标明来源、作者，并保持文章完整性。"]),
    "social-follow": ("body", ["想生活更精明，請讚好TOPick Facebook", "蘋果日報fb，每日分享精選新聞及網絡新鮮事。", "FX168 新浪微博"]),
    "share": ("body", ["扫一扫在手机打开当前页", "轉寄", "Share", "用微信扫码二维码", "分享至好友和朋友圈", "請同意我們的隱私權規範，才能啟用聽新聞的功能", "【打印本页】  【关闭窗口】", "分享到：", "【返回顶部】",
                       "【我要打印】【关闭窗口】", "【返回首页】【打印本页】", "视力保护色：", "附件下载：", "下载pdf版", "下载word版", "分享工具", "打印本文章", "【纠错】", "扫描二维码分享", "用LINE傳送", "facebook", "更多分享"]),
    "age-notice": ("body", ["提醒：本文发布于 3506 天前，文中所描述的信息可能已发生改变，请谨慎使用。", "本文最后更新于 120 天前，其中的信息可能已经过时"]),
    "counter-key": ("header", ["阅读", "浏览", "熱度", "| 字数"]),
    "reading-stats": ("body", ["阅读时间约 5 分钟", "阅读耗时: 3 分钟", "· 4 分钟 · Nya", "共 385 字，您可能需要 1 分钟阅读", "位看到它们的小伙伴", "阅446.52W", "admin 分享 时间: 加入收藏 共计176312个字,预计阅读时长588分钟", "访问量：199", "浏览次数：1987",
                               "您是本文第 154 个阅览者", "人阅读 字号："]),
    "editor": ("body", ["责任编辑：张三", "校对：王五"]),
    "copyright-notice": ("body", ["中证网声明：凡本网注明“来源：中国证券报・中证网”的所有作品，版权均属于中国证券报・中证网。",
                                  "凡本网注明“来源：XXX”的作品，均转载自其它媒体",
                                  "外汇网声明：外汇网转载上述内容，不表明证实其描述，仅供投资者参考，并不构成投资建议。",
                                  "凡标注来源为“经济参考报”或“经济参考网”的所有文字、图片、音视频稿件，及电子杂志等数字媒体产品，版权均属新华社经济参考报社，未经书面授权，不得以任何形式发表使用。"]),
    "photo-zoom": ("body", ["點下放大", "点击放大", "点击查看大图", "点击图片可浏览相关图片"]),
    "feedback": ("body", ["以上信息是否解决了您的问题", "本页内容是否对您有帮助？", "问题反馈", "感谢您的反馈"]),
    "sms-subscription": ("body", ["订东北网彩信手机报，移动发KTDBW到10658333，联通发DBWY到10655878"]),
    "greeting": ("body", ["感谢您访问京华网(www.jinghua.cn)", "欢迎访问某某网"]),
    "markup-tags": ("body", ["{{hket:ul-video id=\"12220\"}}{{/hket:ul-video}}", "<li>", "</li>", "<p></p>", '<a href="#p=DSPS0MTC00AJ0003NOS" hidefocus="true"><img data-src="x.jpg"></a>', '<%@ include file="/view/srplatform/portal/include/foot.jsp" %>']),
    "skip-link": ("body", ["跳转至主内容", "跳至內容", "Skip to main content", "此浏览器不再受支持。"]),
    "page-counter": ("body", ["第62/65页", "上一页 1 2 3 下一页", "【2】", "<< 上一页 | 下一页 >>", "[2]"]),
    "folio": ("body", ["- 3 -", "— 12 —", "第2页/共5页", "第 3 頁 共 12 頁", "共 5 页", "丁-30", "Page 3 of 12"]),
    "icp": ("body", ["浙ICP备12345678号", "版权所有：某某市人民政府", "网站标识码：3300000000", "抱歉，我們並不支援你正使用的瀏覽器。", "為達至最佳瀏覽效果，請更新至最新的瀏覽器版本。",
                     "Copyright © 2023 某某市人民政府 All Rights Reserved", "© 2023 某某网",
                     "CopyRight@2004-2008", "Produced By 大汉网络 大汉版通发布系统", "本网站支持IPv6访问",
                     "建议使用1024*768分辨率浏览", "您访问的链接即将离开“某某市人民政府”门户网站 是否继续？"]),
    "site-footer": ("footer", ["主办单位：某某县人民政府办公室", "技术支持：某某网络公司",
                               "国务院办公厅主办　中国政府网运行中心承办"]),
    "prev-next": ("body", ["上一篇：关于公布名单的通知", "下一篇：无", "全書始 下一回▶", "◀上一回 第二回 下一回▶", "返回頁首", "Top",
                           "« Prev Page", "Next Page »", "← Previous Post", "Newer", "下一页: MATLABQ入门关于图像的平移旋转"]),
    "reward": ("footer", ["打赏", "赞赏支持", "Donate"]),
    "newsletter": ("body", ["訂閱我們的電子報", "订阅我们的周刊", "立即订阅", "Subscribe to our newsletter"]),
    "licence-box": ("footer", ["许可协议", "本文采用"]),
    "author-card": ("footer", ["WRITTEN BY", "About the author", "本文作者："]),
    "blog-banner": ("header", ["CattleHorse's Blog", "小王的博客"]),
    "button-label": ("body", ["Menu Open", "theme switcher", "to navigate", "ESC"]),
    "link-icon": ("body", ["open in new window", "Opens in a new tab", "在新窗口打开"]),
    "edit-page": ("footer", ["在 GitHub 上编辑此页！", "Edit this page on GitHub", "上次更新:", "贡献者:"]),
    "related-header": ("body", ["相关数据", "更多同類文章:", "最新：", "本版最多瀏覽", "相关文章", "相关阅读：", "相关稿件", "关联稿件：", "阅读排行榜", "热门点击排行榜"]),
    "links": ("body", ["友情链接：", "链接：全国人大 | 全国政协 | 国家监察委员会 | 最高人民法院"]),
    "wiki-licence": ("body", ["本页面最后修订于2023年3月1日 (星期三) 08:12。",
                              "取自“https://zh.wikipedia.org/w/index.php?title=X”",
                              "本清朝作品在全世界都屬於公有領域，因為作者逝世已經超過100年。",
                              "署名-非商业性使用-相同方式共享 4.0 国际", "署名 4.0 国际 (CC BY 4.0)"]),
    "wikisource-export": ("body", ["Exported from Wikisource on 2021年2月13日", "About this digital edition",
                                   "The following users contributed to this book:"]),
    "repost": ("body", ["原创文章，作者：李振梁。转载或内容合作请点击转载说明，违规转载法律必究。", "转载需要保留原始链接，未经明确许可，禁止商业使用。", "本文链接：http://example.cn/a/1.html", "此篇文章同步刊登於", "转载请注明出处", "如有侵权请联系删除",
                         "39健康网(www.39.net)专稿，未经书面授权请勿转载。",
                         "本作品为“科普中国-科学原理一点通”原创，转载时务请注明出处。"]),
    "wechat-byline": ("header", ["原创 某某 某某公众号 2023-01-05 12:00", "2023-01-05 12:00 发表于北京"]),
    "wechat": ("body", ["长按识别二维码关注我们", "点赞 12", "微信扫码分享", "领取福利", "微信扫码领取福利", "收录于合集", "收录于话题 #绥德"]),
    "login": ("body", ["输入您的搜索字词", "新闻搜索：", "搜寻", "Login / Register", "登录 | 注册", "无障碍", "返回列表", "手机版 | 无障碍 | 长者模式"]),
    "print-edition": ("body", ["《 人民日报 》（ 2019年04月20日 01 版）", "《人民日报》（2012年11月18日第2版）"]),
    "interpretation-title-link": ("footer", ["《河北省公费师范生本研衔接培养实施办法》解读", "《关于进一步优化调整房地产政策若干措施》政策解读"]),
    "interpretation-link": ("body", ["点击查看政策解读：", "【图文解读】《广州市创新开展“一手房带押过户”》", "图文解读：《万载县2022年国民经济和社会发展统计公报》"]),
    "image-placeholder": ("body", ["图片", "[图片]"]),
    "separator": ("body", ["——————————", "* * *", "=========="]),
    "separator-bar": ("header", ["|", "｜"]),
    "markup": ("body", ["<!-- INFO END -->", "<!--more-->",
                        '<SCRIPT LANGUAGE="JavaScript1.1" SRC="http://212.adsina.allyes.com/main/adfshow"></SCRIPT>']),
    "advert": ("body", ["同場加映：", "广告", "廣告", "Ad", "Advertisements", "廣告剩餘"]),
    "video-player": ("body", ["開始對話視窗。離開會取消並關閉視窗", "字型邊緣樣式", "播放影片", "播放速度：", "会员跳过广告", "無法找到相容此媒體的來源。", "Now Playing", "To view this video please enable JavaScript, and consider upgrading to a web browser that",
                              "supports HTML5 video", "Video Player is loading.", "Play Video", "Current Time",
                              "Beginning of dialog window. Escape will cancel and close the window.", "Close Modal Dialog"]),
    "archive": ("body", ["2006年12月(5)", "2005年09月（17）", "2006-12 (5)"]),
    "icon": ("body", ["\ue614", "\ue60a\ue60b"]),
    "loading": ("body", ["加载中...", "正在加载", "任务列表加载中...", "调查问题加载中，请稍候。", "若长时间无响应，请刷新本页面",
                         "正在读取评论……"]),
    "buttons": ("body", ["推薦", "参与互动", "试听", "好文章，需要你的鼓励", "讚好此文:", "即時+好看！按讚加入ETtoday新聞雲", "关注", "+关注", "查看评论", "举报", "播报文章", "语音播报文章，释放双眼", "查看原图 264K", "点击进入“文艺星青年”", "閱讀整篇文章", "展开", "展开阅读全文", "↓立即下載星島頭條App↓", "下载客户端", "close"]),
    "news-tips": ("body", ["在线投稿", "新闻热线：0791-86849275", "报料热线 96068", "我要爆料"]),
    "ip-location": ("body", ["来自甘肃", "发布于北京", "IP属地：广东"]),
    "relative-time": ("body", ["8小時前", "21分鐘前", "5天前", "前天 18:22", "刚刚"]),
    "platform-disclaimer": ("body", ["以上内容（包括图片及视频）为创作者平台\"快传号\"用户上传并发布，本平台仅提供信息存储服务",
                                     "原创标注系作者主动申请，作者保证其发布作品系原创，如存在侵权，请联系平台处理。"]),
    "breadcrumb-tail": ("header", ["正文"]),
    "source-key": ("header", ["本文来源于", "来源："]),
    "section-buttons": ("body", ["播报", "编辑"]),
    "wiki-call": ("body", ["本词条缺少概述图，补充相关内容使词条更完整，还能快速升级，赶紧来编辑吧！"]),
    "feed-header": ("footer", ["其他人也在看", "猜你喜欢", "为您推荐", "【推荐阅读】", "你可能還想看"]),
    "comments-header": ("footer", ["Comments are closed.", "網友回應", "评论", "全部评论（12）", "网友评论：", "《播客热潮迅速蔓延》已有1件评论", "32条评论"]),
    "widget-brackets": ("body", ["】【", "】 【", "页面功能  【", "】【字体：", "【", "】[", "[【"]),
    "widget-bracket-ascii": ("header", ["[", "]", "][", "[ ]"]),
    "hashtag": ("body", ["#美官员回应伊朗直升机事故#", "#两会# #政府工作报告#"]),
    "timestamp": ("body", ["2024-04-23 12:27:25", "发布于：", "2020-10-04 20:30", "发布于 2019-09-26 07:19:52", "2024年05月17日 09时15分", "2024年5月22日週三 上午8:21", "@ 11-22-2014 / 今日"]),
    "english-dateline": ("header", ["Thu Dec 15, 2016", "Oct 12, 2023", "Aug 06, 2025", "02 Dec 2017", "EvilHat-K  posted by:"]),
    "last-updated": ("body", ["本文最後更新於 2018-06-14，文中內容可能已過時。", "本文最后更新于：2 年前", "最后更新于 Jul 31, 2025 15:40 +0800", "本文最后更新于"]),
    "word-count": ("header", ["2098字", "1,742 字"]),
    "ai-summary": ("header", ["AI 摘要", "AI 摘要接口暂时失联……"]),
    "english-post-fields": ("header", ["about 13 words", "17 words", "1 min", "One minute", "views"]),
    "counter": ("footer", ["221381", "(0)"]),
    "contact-footer": ("footer", ["联系地址：某某市政务中心B座6楼　邮编：310000　联系电话：0571-12345678"]),
    "legal-header": ("footer", ["反侵权公告：", "版权声明", "【免责声明】", "郑 重 声 明", "版权与免责声明"]),
    "post-credit": ("footer", ["本贴由", "于2005年8月12日16:12:21在〖", "〗发表.", "本帖由 大卫 于2005-8-12 16:12 发表"]),
    "editor-credit": ("body", ["（松花江网编辑 孙桂芳）", "(责任编辑 王五)"]),
    "date-box": ("header", ["农历：甲辰年 四月 廿一", "农历癸卯年十月初八", "2024年5月28日 星期二"]),
    "more-link": ("body", ["更多", "MORE", "more", "展开全部", "查看全部"]),
}

#: Lines of real documents that mention the same words: never boilerplate.
NOT_BOILERPLATE = [
    "来自全国各地的代表齐聚一堂。",
    "（袁源）",
    "更多内容详见附件。",
    "本办法所称免责声明，是指经营者预先作出的声明。",
    "关注民生，回应关切。",
    "广告宣传要真实合法。",
    "三天前收到的来信已全部答复。",
    "凝心聚力　真抓实干　奋力谱写高质量发展新篇章",
    "链接：请登录市政务服务网办理。",
    "联系人：王芳，联系电话：0571-87001234。",
    "附件下载后请按要求填写并加盖公章。",
    "系统加载中出现的问题已修复。",
    "累计阅读10次以上的读者可以申请。",
    "各单位要分享经验做法，扫除工作盲区，打印材料应当节约用纸，切实加强信息来源管理。",
    "一、政务公开工作",
    "（三）编辑出版《某某区文史资料》第十九辑",
    "区政协主席　张三",
    "第一章　总则",
    "2023年1月10日",
    "中华人民共和国某某保护法",
    "上一年度财务审计报告。",
    "来源于人民群众的实践。",
    "Notice on the Work Plan for 2023",
    "一、主办单位：区委宣传部",
    "审核：各单位于5月底前完成审核。",
    "坚定信心　砥砺前行　奋力谱写高质量发展新篇章",
    "市民可在手机上打开“浙里办”APP办理。",
    "市民可关注公众号“某某发布”获取信息。",
    "他在Facebook上发文称，每天都有新进展。",
    "市民可通过微信扫码预约。",
    "加快建设知识共享平台。",
    "位置：市民中心三楼",
    "2023年1月10日",
    "2024-04-23",
    "as distributed by the Copyright Holder(s).",
]


def test_every_rule_has_an_example():
    assert set(BOILERPLATE) == set(RULE_NAMES)


@pytest.mark.parametrize("name", sorted(BOILERPLATE))
def test_boilerplate_rule_matches_its_examples(name):
    zone, lines = BOILERPLATE[name]
    for line in lines:
        rule = match_rule(line, zone)
        assert rule is not None and rule.name == name, (line, rule and rule.name)


@pytest.mark.parametrize("name", sorted(RULE_NAMES))
def test_no_rule_matches_a_short_word_of_prose(name):
    # an empty alternative (…转载||如有…) makes a pattern match every line; these never are chrome
    from convert.reader.boilerplate import RULES
    pattern = next(rule.pattern for rule in RULES if rule.name == name)
    for word in ("甲", "我们", "会议", "经济发展", "Hello"):
        assert pattern.search(word) is None, (name, word)


@pytest.mark.parametrize("line", NOT_BOILERPLATE)
def test_real_lines_are_not_boilerplate(line):
    for zone in ("header", "body", "footer"):
        if zone != "body" and len(line) < 12:
            continue  # short lines in the page header may be banners; covered by fixtures
        assert match_rule(line, zone) is None, (line, zone)
    assert page_fields(line) is None


def test_page_metadata_goes_to_fields():
    f = page_fields("发布时间：2022-09-05 10:30  来源：县医疗保障局  浏览次数：1987")
    assert f is not None
    assert [(k, v, t) for k, v, t in f.fields] == [
        ("发布时间", "2022-09-05", "date"), ("来源", "县医疗保障局", "source"), ("浏览次数", "1987", "")]
    assert page_fields("2023-01-12 09:30 来源：某某县人民政府").fields[0] == ("时间", "2023-01-12", "date")
    assert page_fields("时间：全天开放，欢迎参观。") is None
    assert page_fields("时间：2023年5月10日上午9:00", zone="body") is None      # a meeting's time
    assert page_fields("来源：国家统计局", zone="body") is None                  # a table's source
    assert page_fields("来源：国家统计局", zone="header") is not None
    assert page_fields("发布时间：2023-05-10 来源：区政府办", zone="body") is not None


# ----------------------------------------------------------------------------- punctuation


@pytest.mark.parametrize("raw, want", [
    ("我区,来上我", "我区，来上我"),
    ('策划举办"喜迎二十大·同心跟党走"委员', "策划举办“喜迎二十大·同心跟党走”委员"),
    ("召开党组(扩大)会议", "召开党组（扩大）会议"),
    ("主要任务是:推进", "主要任务是：推进"),
    ("怎么办?我们", "怎么办？我们"),
    ("发展;二是", "发展；二是"),
    ("等等...", "等等……"),
    ("总书记强调--要坚持", "总书记强调——要坚持"),
    ("增长1,000万元", "增长1,000万元"),
    ("增长3.5%", "增长3.5%"),
    ("12:30召开会议", "12:30召开会议"),
    ("登录http://www.gov.cn/a?b=1,2查看", "登录http://www.gov.cn/a?b=1,2查看"),
    ("The report (GDP, CPI) is ready: yes!", "The report (GDP, CPI) is ready: yes!"),
    ("邮箱abc.def@gov.cn,电话", "邮箱abc.def@gov.cn，电话"),
    ("国内生产总值(GDP)增长", "国内生产总值(GDP)增长"),
    ("GDP增长5%,CPI上涨2%", "GDP增长5%，CPI上涨2%"),
])
def test_punctuation_in_chinese_context(raw, want):
    assert normalize(raw) == want


def test_punctuation_changes_are_counted():
    counts: Counter = Counter()
    normalize('我,你,他"好"(是)', counts)
    assert counts == Counter({",": 2, '""': 1, "()": 1})


# ----------------------------------------------------------------------------- numbering


@pytest.mark.parametrize("line, name, label", [
    ("一、坚持党的领导", "cn", "一、"),
    ("十二、其他", "cn", "十二、"),
    ("（一）突出扩大内需", "paren-cn", "（一）"),
    ("(二)强化", "paren-cn", "(二)"),
    ("1.加快5G网络建设", "arabic", "1."),
    ("2、布局数据中心", "arabic", "2、"),
    ("３．全角数字", "arabic", "３．"),
    ("（1）推进共建共享", "paren-arabic", "（1）"),
    ("1）推进", "rparen-arabic", "1）"),
    ("第一章　总则", "chapter", "第一章"),
    ("第 一 章　總則", "chapter", "第 一 章"),
    ("第十二条　本法自公布之日起施行。", "article", "第十二条"),
    ("第 1 條　為規範", "article", "第 1 條"),
    ("第二节　监护", "section", "第二节"),
    ("第一编　总则", "part", "第一编"),
    ("第一部分：总体要求", "part", "第一部分："),
    ("篇一：2023年工作总结", "piece", "篇一："),
    ("【篇2】2023年工作总结", "piece", "【篇2】"),
    ("第3篇 2023年工作总结", "piece", "第3篇"),
])
def test_numbering_patterns(line, name, label):
    n = numbered(line)
    assert n is not None and n.numbering.name == name and n.label == label


@pytest.mark.parametrize("line", ["2023.1.10", "2.5万元专项资金", "3.5%的增速", "一是加强学习", "第一时间组织",
                                  "12.5亿元", "一方面", "十分重要"])
def test_not_numbering(line):
    assert numbered(line) is None


# ----------------------------------------------------------------------------- line predicates


def test_line_predicates():
    assert is_date("2023年1月10日") and is_date("（2023年1月10日）") and is_date("二〇二三年一月十日")
    assert is_date("2023-01-10") and not is_date("2023年1月10日召开会议")
    assert is_doc_number("国发〔2016〕73号") and is_doc_number("某政办发〔2023〕15号")
    assert not is_doc_number("国务院2016年73号文件精神")
    assert is_salutation("各位代表：") and is_salutation("同志们！") and is_salutation(
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：")
    assert not is_salutation("各地要加强组织领导。")
    assert not is_salutation("各地要结合实际，认真落实以下要求：")
    assert not is_salutation("各位委员，新征程已经开启，让我们奋力谱写政协事业新篇章！")
    assert is_salutation("尊敬的各位领导、各位来宾，女士们、先生们：")
    assert is_salutation("各县（市、区）人民政府，市政府各部门：") and is_salutation("市直各单位：")
    assert is_salutation("各有关单位：")
    assert is_note("（此件公开发布）") and is_note("抄送：市委各部门。") and is_note("正本：本府各一級機關")
    assert is_date("中華民國112年5月1日")


def test_front_matter_predicates():
    assert is_title_line("政府工作报告")
    assert not is_title_line("各位代表：") and not is_title_line("一、总体要求")
    assert not is_title_line("现在，我代表市人民政府，向大会报告工作，请予审议。")
    assert continues_title("关于印发《某某市公共数据开放管理办法》的", "通知")
    assert not continues_title("政府工作报告", "市长　王明")
    assert is_author("市长　王明") and is_author("区政协主席 张三")
    assert not is_author("目　　录") and not is_author("2023年1月10日")


def test_language():
    assert detect_language("这是一个简体中文的政府工作报告，经济发展稳中向好。") == "zh-Hans"
    assert detect_language("這是一份繁體中文的施政報告，經濟發展穩健成長。") == "zh-Hant"
    assert detect_language("An English-only annual report.") == "en"


# ----------------------------------------------------------------------------- lead-ins


@pytest.mark.parametrize("text, lead", [
    ("深入学习中共二十大精神。把学习宣传贯彻中共二十大精神作为首要政治任务。", "深入学习中共二十大精神。"),
    ("一是加快数字化转型，提升效率。新建5G基站3200个。", "一是加快数字化转型，提升效率。"),
    ("——经济运行保持在合理区间。全市地区生产总值增长4.1%。", "——经济运行保持在合理区间。"),
    ("区政协常委会紧紧抓住契机，团结引领全体委员。切实增强政治判断力。", None),
    ("各位代表！奋斗创造历史，实干成就未来。", None),
    ("坚持党的全面领导。", None),
])
def test_lead_ins(text, lead):
    content = split_lead_in(text, after_heading=True)
    assert plain_text(content) == text
    if lead is None:
        assert not isinstance(content[0], Strong)
    else:
        assert isinstance(content[0], Strong) and plain_text(content[0]) == lead


def test_no_lead_in_before_the_first_heading():
    content = split_lead_in("2022年是七届区政协的开局之年。七届一次会议以来，新一届政协整装集结。", False)
    assert content == (Text("2022年是七届区政协的开局之年。七届一次会议以来，新一届政协整装集结。"),)


# ----------------------------------------------------------------------------- re-joining


def _lines(*texts, blank=False):
    return [Line(i + 1, t, 0, blank and i > 0) for i, t in enumerate(texts)]


def test_rejoin_pm25_fragment_across_blank_lines():
    out = rejoin(_lines("2022年，全市空气质量持续改善，细颗粒物（PM", "2.5", "）年均浓度为28微克/立方米。", blank=True))
    assert [l.text for l in out] == ["2022年，全市空气质量持续改善，细颗粒物（PM2.5）年均浓度为28微克/立方米。"]


def test_rejoin_bold_word_between_sentence_halves():
    out = rejoin(_lines("全市环境空气质量优良天数比例为88.5%，其中", "优", "的天数为126天。", blank=True))
    assert [l.text for l in out] == ["全市环境空气质量优良天数比例为88.5%，其中优的天数为126天。"]


def test_rejoin_never_joins_headings_titles_or_signatures():
    texts = ("一、坚持党的领导，全面巩固共同思想政治基础", "区政协常委会紧紧抓住契机，团结引领全体委员。",
             "某某区人民政府", "张三", "2023年1月10日")
    assert [l.text for l in rejoin(_lines(*texts))] == list(texts)


def test_rejoin_broken_sentence_and_latin_words():
    out = rejoin(_lines("坚持党的全面领导。", "区委常委会4次听取政协工作情况汇报，区委区政府领导先后作出", "重要批示24次。"))
    assert [l.text for l in out] == ["坚持党的全面领导。", "区委常委会4次听取政协工作情况汇报，区委区政府领导先后作出重要批示24次。"]
    wrapped = ["The purpose of these measures is to regulate the opening of public data, to"] * 6
    out = rejoin(_lines(*wrapped, "promote the orderly flow of public data."))
    assert len(out) == 1 and "data, to promote" in out[0].text
    wrapped = ["The bureau disclosed more items of government information than in the year"] * 6
    out = rejoin(_lines(*wrapped, "2021 and answered all requests."))
    assert len(out) == 1 and "the year 2021 and" in out[0].text


# ----------------------------------------------------------------------------- body classifiers


def _run(classifier, *texts):
    ctx = S.Context([Line(i + 1, t) for i, t in enumerate(texts)])
    used = classifier(ctx, 0)
    return used, S._assign_levels(ctx.blocks)


def test_classifier_numbered_heading_run_in_split():
    used, blocks = _run(S.numbered_heading, "（一）突出扩大内需，经济发展稳中向好。全年实施重点项目312个。")
    assert used == 1
    assert blocks == [Heading(1, "（一）", (Text("突出扩大内需，经济发展稳中向好。"),), run_in=True),
                      Paragraph((Text("全年实施重点项目312个。"),), "body")]


@pytest.mark.parametrize("line", [
    "（1）我国的根本政治制度是：（单选）",
    "1.地区生产总值：指本地区所有常住单位在一定时期内生产活动的最终成果。",
    "（四）强化法治保障，依法平等保护各类经营主体合法权益，严格规范涉企行政执法行为，全面推行包容审慎监管。",
    "1.申报单位应当是在本市注册的独立法人，具有健全的财务管理制度。",
])
def test_classifier_numbered_heading_refuses_items(line):
    assert _run(S.numbered_heading, line, "下一段正文。")[0] is None


def test_classifier_toc_and_signature_and_lists():
    used, blocks = _run(S.toc, "目　录", "第一章　总则", "第二章　附则", "第一章　总则")
    assert used == 3 and all(isinstance(b, Paragraph) and b.role == "toc" for b in blocks)
    used, blocks = _run(S.signature_block, "某某市应急管理局", "2023年5月20日")
    assert used == 2 and [b.role for b in blocks] == ["signature", "date"]
    used, blocks = _run(S.list_items, "1.数据应当完整、准确；", "2.数据应当及时更新；", "第四条　本办法自公布之日起施行。")
    assert used == 2 and isinstance(blocks[0], List) and len(blocks[0].items) == 2
    used, blocks = _run(S.list_items, "①完善制度；", "②加强监督。")
    assert used == 2 and isinstance(blocks[0], List) and blocks[0].ordered
    used, blocks = _run(S.table, "指标\t单位\t完成值", "地区生产总值\t亿元\t856.3")
    assert used == 2 and isinstance(blocks[0], Table) and blocks[0].header_rows == 1
    used, blocks = _run(S.cell_table, "序号", "项目名称", "投资", "1", "某某大道", "12.5", "2", "某某厂", "3.8")
    assert used == 9 and isinstance(blocks[0], Table) and len(blocks[0].rows) == 3
    used, blocks = _run(S.attachment_heading, "附件1", "某某市公共数据开放管理办法")
    assert used == 2 and blocks == [Heading(1, "附件1", (Text("某某市公共数据开放管理办法"),))]


def test_every_body_classifier_is_named_and_ends_with_paragraph():
    names = [c.__name__ for c in S.BODY_CLASSIFIERS]
    assert len(set(names)) == len(names)
    assert names[-1] == "paragraph"


@pytest.mark.parametrize("page_title,headline", [
    ("关于做好春季农业生产工作的通知_某某市人民政府", "关于做好春季农业生产工作的通知"),
    ("某某市人民政府 | 关于做好春季农业生产工作的通知", "关于做好春季农业生产工作的通知"),
    ("关于做好春季农业生产工作的通知 - 人民网", "关于做好春季农业生产工作的通知"),
    ("标题很长的新闻报道标题 - 财经频道 - 新浪网", "标题很长的新闻报道标题"),
    ("5月LPR按兵不动：1年期为3.45%_经济_宏观频道首页_财经网 - CAIJING.COM.CN", "5月LPR按兵不动：1年期为3.45%"),
    ("为现代化巴彦淖尔建设——热烈祝贺市政协开幕_巴彦淖尔市人民政府网", "为现代化巴彦淖尔建设——热烈祝贺市政协开幕"),
    ("新华视界｜河北遵化：数字农机服务助力农业生产-新华网河北频道-新华网", "新华视界｜河北遵化：数字农机服务助力农业生产"),
    ("关于印发《某某市数字经济发展规划（2024-2026年）》的通知", "关于印发《某某市数字经济发展规划（2024-2026年）》的通知"),
])
def test_the_site_name_is_cut_from_a_page_title(page_title, headline):
    from convert.reader.boilerplate import split_site_name
    assert split_site_name(page_title)[0] == headline
