"""Rules of the corpus's round 10 (issue 12), each on a small page of the shape that
showed it: the exact title, headings and removed lines the reader must give. Each test
fails on the reader before the rule."""

from __future__ import annotations

from convert.model import Paragraph, iter_blocks
from convert.reader.titles import is_author
from reader_pages import PROSE, headings, kept_texts, read_page, removed_reasons






def test_the_line_the_page_title_names_exactly_is_the_whole_title():
    # 其他文章 / 与作者联系 above it once joined it as a broken title
    doc = read_page("Joel on Software - 给计算机系学生的建议", "Joel on Software - 给计算机系学生的建议",
                "Joel on Software", "周思博趣谈软件", "其他文章(简体中文)", "其他文章(英文)", "与作者联系（英文）",
                "给计算机系学生的建议", "作者： 周思博 (Joel Spolsky)", "译： Chen Bin", "2005年1月2日",
                PROSE, PROSE, PROSE)
    assert doc.meta.title == "给计算机系学生的建议"


def test_an_outline_listed_first_heads_its_sections_when_taken_point_by_point():
    points = ["毕业前学会写作", "毕业前学会C语言", "毕业前学习微观经济学（microeconomics）"]
    doc = read_page("给学生的建议", PROSE, "下面就是三条免费的建议：", *points, "让我逐条解释这些建议。",
                points[0], PROSE, PROSE, points[1], PROSE, points[2], PROSE)
    assert [(level, text) for level, _, text in headings(doc)] == [(1, p) for p in points]
    # the list itself stays in the text, not as headings
    assert sum(1 for text in kept_texts(doc) if text == points[0]) == 2


def test_topic_and_gist_subheads_and_a_recurring_topic_one_level_down():
    long = "试车前就对这两款车的大肚量有所耳闻，坐在里面果然名不虚传，前后排的头部空间都很宽裕。"
    doc = read_page("对比试车—测试两款小车", PROSE,
                "乘坐舒适度：两个都是大肚量", long, "北斗星：大肚量", long, "爱迪尔：也是大肚子", long,
                "外观：北斗星憨态可掬", long, "北斗星：憨厚", long, "爱迪尔：艳丽", long)
    assert [(level, text) for level, _, text in headings(doc)] == [(1, "乘坐舒适度：两个都是大肚量"), (2, "北斗星：大肚量"), (2, "爱迪尔：也是大肚子"),
                              (1, "外观：北斗星憨态可掬"), (2, "北斗星：憨厚"), (2, "爱迪尔：艳丽")]


def test_a_page_field_is_never_a_topic_subhead():
    long = "试车前就对这两款车的大肚量有所耳闻，坐在里面果然名不虚传，前后排的头部空间都很宽裕。"
    doc = read_page("对比试车—测试两款小车", PROSE, "来源：新快报记者", long, "作者：新快报记者", long)
    assert [(level, text) for level, _, text in headings(doc)] == []


def test_two_phrases_with_a_space_are_a_subhead_not_an_author():
    assert not is_author("投资集体失语  现代汽车一支独秀")
    assert is_author("区政协主席 张三")
    assert is_author("国务院总理　李强")


def test_an_introduced_specification_after_the_text_is_the_documents():
    doc = read_page("对比试车—测试两款小车", "首页", "汽车频道", PROSE, PROSE, PROSE,
                "动力系统主要参数：", "爱迪尔CH7121", "发动机总排量：1171ml", "最大功率：51Kw／6000rpm",
                "驱动型式：前置前驱", "变速箱：国产手动五速", "我来说两句", "ICP备05001234号")
    kept = kept_texts(doc)
    assert "最大功率：51Kw／6000rpm" in kept and "变速箱：国产手动五速" in kept
    assert "ICP备05001234号" in removed_reasons(doc)


def test_link_words_between_the_header_widgets_go_but_not_the_subtitle():
    doc = read_page("从上海车展看现代汽车再次提速_搜狐汽车", "从上海车展看现代汽车再次提速",
                "成功举办中国与巴西双向经贸推介会", "【", "打印", "】【", "关闭", "】",
                "搭乘新闻直通车", "订阅精彩汽车新闻", "|", "四十款热门车降价促销汇总", "|", "荣御又曝新款(图)",
                PROSE, PROSE, PROSE)
    removed = removed_reasons(doc)
    assert removed["搭乘新闻直通车"] == removed["四十款热门车降价促销汇总"] == "page widget between the title and the text"
    assert "成功举办中国与巴西双向经贸推介会" not in removed


def test_a_short_post_above_its_comments_is_the_document():
    comment = "拜读了你翻译的那本书，受益匪浅，希望你以后多写一些这样的文章，我们都很期待。"
    post = ["很高兴入住博客堂", "承蒙开心就好的邀请，很高兴入住博客堂。作为微软技术的知名社区，博客堂是一个做技术的好地方。",
            "希望以后和各位多多交流，也请大家多多指教，谢谢大家。"]
    comments = []
    for n in range(8):
        comments += ["#", "re: 很高兴入住博客堂", f"2004-12-27 12:{10 + n}", "网友", comment, comment]
    header = ["李建忠", "C#/.NET, C++/CLI 培训/咨询", "导航", "首页", "联系", "RSS", "登录", "随笔 - 13", "评论 - 260",
              "公告", "相约2005 C++技术大会", "存档", "2005年9月 (1)", "2005年7月 (1)", "随笔分类", "C#/.NET", "(rss)",
              "程序人生", "(rss)"]
    doc = read_page(*header, *post, "发表于 2004年12月27日 12:40", "评论", *comments)
    assert doc.meta.title == "很高兴入住博客堂"
    assert post[1] in kept_texts(doc)
    assert comment not in kept_texts(doc)


def test_a_short_headline_right_above_the_text():
    doc = read_page("本站永久域名:", "chinaha.126.com", "姊妹站Bcbhome", "bcbhome.126.com", "最新军情", "军事评论",
                "当前位置：", "首页", "->", "军事技术", "飞行物理学常识", PROSE, PROSE, PROSE)
    assert doc.meta.title == "飞行物理学常识"
    assert isinstance(next(iter_blocks(doc.blocks)), Paragraph)


def test_a_reference_list_with_its_marks_alone_on_lines_keeps_one_entry_per_mark():
    doc = read_page("淘宝网物流配送存在的问题及对策研究", "首页", "期刊", PROSE, PROSE, PROSE, "参考文献",
                "[1]", "章炳林. C2C电子商务的物流配送问题研究[D]: [硕士学位论文]. 合肥: 合肥工业大学, 2008.",
                "[2]", "张磊. 电子商务环境下物流配送路线优化研究[D]: [硕士学位论文]. 成都: 西南交通大学, 2008.",
                "[3]", "李锋, 王喜成. 我国C2C电子商务模式的发展现状及对策分析[J]. 安徽农业科学, 2006, 34(20): 5439-5440.",
                "投稿", "为你推荐", "友情链接", "科研出版社", "ICP备05001234号")
    assert [(level, text) for level, _, text in headings(doc)] == [(1, "参考文献")]
    kept = kept_texts(doc)
    assert [text[:4] for text in kept if text.startswith("[")] == ["[1]章", "[2]张", "[3]李"]
    assert "ICP备05001234号" in removed_reasons(doc) and "科研出版社" in removed_reasons(doc)


def test_a_contents_box_after_the_article_makes_its_section_titles_headings():
    sections = ["几个概念", "这就是computed的吗？", "让我们用effect实现一个computed"]
    short = "这里先把基本的说法讲清楚。"   # (too short a paragraph for a lone subhead's rule)
    doc = read_page("Vue3 computed 原理", PROSE, sections[0], short, PROSE, sections[1], short, sections[2], short, PROSE,
                "全栈技匠", "目录", "收起", *sections)
    assert [text for _, text in [(level, text) for level, _, text in headings(doc)]] == sections
