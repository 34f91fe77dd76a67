"""Rules of the corpus's rounds 7 and 8 (issue 12), each on a small page of the shape that
showed it: the exact title, headings and removed lines the reader must give."""

from __future__ import annotations

from convert.model import Heading, iter_blocks, plain_text
from convert.reader.boilerplate import names_only_the_site
from convert.reader.headings import bare_section_marks
from convert.reader.clean import _headline
from convert.reader.lines import Line
from convert.reader.region import main_region
from convert.reader.titles import is_title_line
from reader_pages import PROSE, kept_texts, read_page, removed_reasons


def _kept_text(doc) -> str:
    return "\n".join(kept_texts(doc))


def test_a_page_title_naming_only_the_site_is_not_the_title():
    doc = read_page("北医新闻网_(新闻)", "北医新闻网_(新闻)", "首页", ">>", "人物聚焦", ">>",
                "李简——新外科运动向我们走来", PROSE, PROSE, PROSE)
    assert doc.meta.title == "李简——新外科运动向我们走来"
    assert removed_reasons(doc)["北医新闻网_(新闻)"] == "page title (it names only the site)"
    assert [r.line for r in doc.meta.removed if r.text == "北医新闻网_(新闻)"] == [1, 2]


def test_names_only_the_site():
    assert names_only_the_site("北医新闻网_(新闻)")
    assert names_only_the_site("科普中国-辟谣文章")
    assert names_only_the_site("谢谢您访问〖关注中国中心〗")
    assert not names_only_the_site("夜雨_原文、翻译及赏析_白居易诗词")
    assert not names_only_the_site("关于进一步加强安全生产工作的通知_某某市人民政府")


def test_a_byline_is_never_a_title():
    assert not is_title_line("本报记者罗科苏盈发自北京")
    assert not is_title_line("新华社记者 王某")
    assert is_title_line("记者节座谈会在京举行")


def test_the_fuller_headline_wins_over_its_repeat_without_the_author():
    doc = read_page("谢谢您访问〖关注中国中心〗", "首页", "中国民权运动", "公民社会", "中国良心犯",
                "茉莉：我是怎样卷入八九民运的", "作者：", "发布日期：", "7/5/2005 9:23:57 PM",
                "我是怎样卷入八九民运的", "茉莉", PROSE, PROSE, PROSE)
    assert doc.meta.title == "茉莉：我是怎样卷入八九民运的"


def test_bare_section_marks_are_headings_not_figures():
    doc = read_page("标题是一篇评论文章", PROSE, "1", "美国方面是老对手卢比奥和梅嫩德斯。", PROSE,
                "2", "在八国联盟中，英国人是最活跃的力量。", PROSE)
    heads = [(b.label, plain_text(b)) for b in iter_blocks(doc.blocks) if isinstance(b, Heading)]
    assert heads == [("", "1"), ("", "2")]
    assert "美国方面是老对手卢比奥和梅嫩德斯。" in _kept_text(doc).splitlines()


def test_page_numbers_inside_paragraphs_are_not_section_marks():
    texts = ["正文开始，句子在这里被分页打断", "1", "继续这个句子，直到它结束为止。", "又一段文字被分页", "2",
             "打断后继续写完这一句话。"]
    assert bare_section_marks(texts) == frozenset()
    marks = bare_section_marks(["第一段。", "1", "第一节的正文很长很长。", "第二段。", "2", "第二节的正文很长很长。"])
    assert marks == frozenset({1, 4})


def test_the_writers_credit_closes_the_article():
    doc = read_page("李简——新外科运动向我们走来_北医新闻网", "首页", "人物聚焦", "李简——新外科运动向我们走来",
                PROSE, PROSE, PROSE, "（袁源）", "北京大学医学部新闻中心", "Produced By 大汉网络 大汉版通发布系统")
    kept = _kept_text(doc)
    assert "（袁源）" in kept
    assert "北京大学医学部新闻中心" not in kept
    assert removed_reasons(doc)["Produced By 大汉网络 大汉版通发布系统"] == "ICP/copyright line"


def test_a_vertical_box_label_opens_a_list_of_links():
    doc = read_page("娱乐圈明星挨打事件回顾_雅虎", "娱乐圈明星挨打事件回顾", "发表评论", "今", "日", "推", "荐",
                "征集现场观众 和搜星一起过五一", "吴君如早产诞下女婴", "陈慧琳戴千万钻饰变身幸福公主",
                PROSE, PROSE, PROSE)
    removed = removed_reasons(doc)
    assert removed["今"] == "label of a box, one character a line"
    assert removed["吴君如早产诞下女婴"] == "related-article list"
    assert doc.meta.title == "娱乐圈明星挨打事件回顾"


def test_the_sites_legal_notice_ends_the_article():
    doc = read_page("土豆的故事_松花江网", "土豆的故事", PROSE, PROSE, PROSE, "反侵权公告：",
                "根据《中华人民共和国著作权法》等法律法规，未经书面许可，擅自转载本报社作品的，本社将依法追究责任。",
                "一、任何单位或个人，在任何公开传播平台上使用著作权归属于本报社的作品，须经书面授权。")
    kept = _kept_text(doc)
    assert "反侵权公告" not in kept and "著作权法" not in kept
    assert kept.count("这是一段足够长的正文") == 3


# ----------------------------------------------------------------------------- round 8

#: a magazine's text, hard-wrapped at 26 characters: sentences end inside its lines
WRAPPED = ["人心不会熄灭，但它可能蒙上灰烬而不再燃烧。灰烬本来是燃", "烧的产物，反过来又抑制了燃烧。拨开灰烬，你会看到",
           "重新燃烧的人心。当今中国最流行的是什么主义？答：犬儒", "主义。犬儒主义是个外来词，中文里本来没有现成的对应"]


def test_an_essay_under_a_meaningless_page_title():
    doc = read_page("显示", "显示", "犬儒病(上)", "胡平", "——当代中国的精神危机 (上)", *WRAPPED, "1.犬儒主义的来龙去脉",
                *WRAPPED, *WRAPPED, "2.专制与犬儒", *WRAPPED, *WRAPPED)
    assert (doc.meta.title, doc.meta.author, doc.meta.subtitle) == ("犬儒病（上）", "胡平", "——当代中国的精神危机 （上）")
    assert [r.line for r in doc.meta.removed] == [1, 2]
    assert [plain_text(b) for b in iter_blocks(doc.blocks) if isinstance(b, Heading)] == ["犬儒主义的来龙去脉", "专制与犬儒"]
    assert "人心不会熄灭" in _kept_text(doc)


def test_a_pager_is_not_a_run_of_citations():
    doc = read_page("农机大市场的故事_新华网", "农机大市场的故事", PROSE, PROSE, "我们的目标是要搭建一个符合现代农业的服务平台。",
                "[1]", "[2]", "[3]", "（责任编辑：黄帅）")
    kept = _kept_text(doc)
    assert "[1]" not in kept and "[3]" not in kept
    assert kept.splitlines()[-1] == "我们的目标是要搭建一个符合现代农业的服务平台。"


def test_a_forum_posts_credit_and_the_forums_notice_go():
    doc = read_page("亲子教育演讲精选", "亲子教育演讲精选", PROSE, PROSE, PROSE, "本贴由", "大卫", "于2005年8月12日16:12:21在〖",
                "心灵体操（在线心理咨询）", "〗发表.", "郑 重 声 明", "1.", "任何言论纯属作者个人观点，与本站无关；")
    kept = _kept_text(doc)
    assert "本贴由" not in kept and "郑 重 声 明" not in kept and "任何言论纯属作者个人观点" not in kept


def test_an_icon_glyph_in_the_page_title_is_dropped_and_listed():
    doc = read_page("投身外交(3)\ue004_读书频道_新浪网", "投身外交(3)", PROSE, PROSE, PROSE)
    assert doc.meta.title == "投身外交（3）"
    assert removed_reasons(doc)["\ue004"] == "private-use character (an icon) in the page title"


def test_a_blogs_name_is_not_the_title_nor_are_the_reporters_names():
    doc = read_page("bjreader的博客", "孩子，夏令营让你得到了什么？", "回首页", "2005年索引", "浴室都安全吗?",
                "谁来为无序拆房“埋单”？- -", "拆房屡出命案 管理形同虚设", "谁来为无序拆房“埋单”？", "本报记者",
                "王燕平 方云凤 柏建斌", "2003-7-24 钱江晚报", "编者按", PROSE, PROSE, PROSE)
    assert doc.meta.title == "谁来为无序拆房“埋单”？"
    assert names_only_the_site("bjreader的博客") and names_only_the_site("小王的个人空间")
    heads = [plain_text(b) for b in iter_blocks(doc.blocks) if isinstance(b, Heading)]
    assert heads == ["编者按"]


def test_an_articles_named_part_with_a_colon_is_a_heading():
    doc = read_page("专访李金泽", PROSE, "个人简介：", "李金泽同志现任黑龙江省勃农机械有限责任公司董事长。", PROSE)
    assert [plain_text(b) for b in iter_blocks(doc.blocks) if isinstance(b, Heading)] == ["个人简介："]


# ----------------------------------------------------------------------------- round 9

def test_a_count_beside_each_paragraph_goes_and_is_not_glued_to_the_next():
    doc = read_page("第二章 失乡号的船长_深海余烬_起点中文网", "第二章 失乡号的船长",
                "这并不是周铭第一次穿过这道门来到对面。", "37", "自数天之前，周铭一觉醒来发现自己被困。", "22",
                "毕竟，那扇门如今是他房间里唯一的出口。", "12", "他还记得自己第一次推开大门时的情形。", "31")
    kept = _kept_text(doc).splitlines()
    assert "自数天之前，周铭一觉醒来发现自己被困。" in kept
    assert not any(line.isdigit() for line in kept)
    assert removed_reasons(doc)["37"] == "count beside a paragraph (comments or likes)"


def test_a_figure_split_off_its_sentence_is_no_count():
    doc = read_page("专访李金泽_新华网", "专访李金泽", PROSE, "李金泽同志出生于黑龙江。他", "1956", "年参加工作。",
                "他在企业工作了很多年。", "2001", "年担任董事长。", "企业发展很快，效益很好。", "10", "个农民组成一个小组。", PROSE)
    assert "1956" in _kept_text(doc)


def test_the_document_goes_on_past_a_worksheet_to_the_sites_chrome():
    worksheet = ["我的问题：", "圣经的原理", "环境的带领", "肢体的劝告", "行动的动机", "心中的负担", "自己的能力",
                 "行动的后果", "其他的引导", "内心的平安", "最后决定", "凭信心我确定神的旨意是",
                 "有时候来不及考虑以上所提原则，那时候请你先安静下来，冷静地向自己提出以下两个问题：",
                 "内心的平安", "自己的能力", "行动的后果",
                 "在自己所面临的各种问题中，请写出急需明白神旨意的三个问题，并利用一周的时间来分辨。"]
    doc = read_page("新生活与明白神的旨意_生命季刊", "新生活与明白神的旨意", PROSE, PROSE, PROSE, PROSE, *worksheet,
                "返目录", "下一页")
    kept = _kept_text(doc)
    assert all(line in kept.splitlines() for line in worksheet)
    assert "下一页" not in kept


def test_a_flow_charts_one_character_lines_are_no_box_label():
    doc = read_page("决策流程_某站", "决策流程", PROSE, PROSE, "是", "否", "停", "再去思想等候", PROSE, PROSE)
    assert "再去思想等候" in _kept_text(doc)


def test_a_forum_archives_page_title_is_no_prose_and_its_counter_goes():
    doc = read_page("社会资本、人力资本与下岗职工的再就业(页 1) - 学术前沿 -  三校社会学论坛·中国网社会论坛 - powered by Discuz! Archiver",
                "社会资本、人力资本与下岗职工的再就业(页 1) - 学术前沿 -  三校社会学论坛·中国网社会论坛 - powered by Discuz! Archiver",
                "三校社会学论坛·中国网社会论坛", "»", "学术前沿", "»", "社会资本、人力资本与下岗职工的再就业", "2003-5-29 09:07",
                "高山流水", "社会资本、人力资本与下岗职工的再就业", "赵延东、风笑天", PROSE, PROSE, "讨论", PROSE, PROSE)
    assert doc.meta.title == "社会资本、人力资本与下岗职工的再就业"
    assert "讨论" in [plain_text(b) for b in iter_blocks(doc.blocks) if isinstance(b, Heading)]


def test_a_headline_the_title_opens_with_anchors_the_text_under_a_notice_box():
    texts = ["阿里发布最强AI芯片：性能“吊打”同行，一块顶十块GPU-EDN 电子技术设计", "首页", "新闻", "2019全球双峰会",
             "杂志声明", "我司杂志提供免费订阅，任何第三方平台的赠送或售卖行为均未获得我司授权，请读者注意。",
             "我知道了", "阿里发布最强AI芯片：性能“吊打”同行，一块顶十块GPU", "时间：2019-09-25",
             *[PROSE] * 10]
    lines = [Line(k + 1, t) for k, t in enumerate(texts)]
    assert _headline(lines) == 7
    region = main_region(texts, 7)
    assert region.start == 9 and region.stop == len(texts)


def test_a_lone_half_width_comma_joins_the_line_above():
    doc = read_page("标题是一篇普通的报道", PROSE, "截至目前，公司已与多家机构签约", ",", "合作范围不断扩大。", PROSE)
    assert "截至目前，公司已与多家机构签约，合作范围不断扩大。" in _kept_text(doc).splitlines()


def test_a_page_of_several_dated_posts_gives_its_first_post():
    def post(title, stamp, views, *body):
        return [title, stamp, *body, "[", "打印", "]", "由海姑娘张贴 @", stamp, f"({views})", "共 4 篇评论", "发表评论 >>>"]
    page = ["海姑娘 | blog.wenxuecity.com", "文学城首页", "我的博客", "海那边的姑娘",
            "我是一个简单的女生，一个喜欢大海的女生。如果我们是知己，也许你会喜欢我的文字。",
            *post("湘菜粤菜 兵分两路 (图)", "2005-06-14 03:25:55", 370, PROSE, PROSE),
            *post("澳坛真的累了", "2005-06-13 15:00:14", 290, PROSE + PROSE, PROSE + PROSE, PROSE + PROSE),
            *post("昨天去金矿玩 (图)", "2005-06-12 10:20:00", 120, PROSE + PROSE, PROSE + PROSE, PROSE + PROSE),
            "Copyright © 1998-2005 wenxuecity.com All rights reserved."]
    doc = read_page(*page)
    assert doc.meta.title == "湘菜粤菜 兵分两路 （图）"
    assert _kept_text(doc).splitlines() == [PROSE, PROSE]


def _headings(doc) -> list[tuple[str, str]]:
    return [(b.label, plain_text(b)) for b in iter_blocks(doc.blocks) if isinstance(b, Heading)]


def test_labelled_parts_and_a_recurring_box_label_are_headings():
    doc = read_page("10万元如何投资房产_新浪房产", "10万元如何投资房产", PROSE,
                "方案1", "产权投资安全最重要", PROSE, PROSE, "贴心提醒", PROSE,
                "方案2", "投资住宅宜早也宜晚", PROSE, "贴心提醒", PROSE)
    assert _headings(doc) == [("方案1", "产权投资安全最重要"), ("", "贴心提醒"), ("方案2", "投资住宅宜早也宜晚"), ("", "贴心提醒")]


def test_a_label_that_does_not_count_up_is_no_part():
    doc = read_page("一篇普通的报道", PROSE, "方案2", "产权投资安全最重要", PROSE, "方案1", "投资住宅宜早也宜晚", PROSE)
    assert all(label == "" for label, _ in _headings(doc))


def test_a_numbered_page_title_repeated_under_it_is_the_title():
    doc = read_page("二十三、感赞", "二十三、感赞", "二十三、感赞", "一、法官试验凡事谢恩", PROSE, PROSE, "二、被抢钱包应当感谢神", PROSE)
    assert doc.meta.title == "二十三、感赞"
    assert _headings(doc) == [("一、", "法官试验凡事谢恩"), ("二、", "被抢钱包应当感谢神")]
