"""Rules of the corpus's round 21 (issue 12: the other half of batch 11 — city portals,
a ministry's disclosure pages, a Hong Kong department page written without its footer),
each on the page or the small text of the shape that showed it. Each test but the guards
fails on the reader before the round."""

from __future__ import annotations

from pathlib import Path

from convert.reader import read
from reader_pages import PROSE, kept_texts, read_page, removed_lines, removed_reasons

CORPUS = Path(__file__).parent / "corpus"


def test_a_page_without_its_footer_keeps_its_text_after_a_staff_list():
    # www.govtlab.gov.hk/001: its scripts write the footer, so the text has none; after
    # 主 要 人 员 and a list of names, e-mails and telephone numbers, 品 质 保 证 goes on
    path = CORPUS / "www.govtlab.gov.hk" / "001.txt"
    lines = path.read_text("utf-8").split("\n")
    removed = removed_lines(read(path.read_bytes()))
    assert lines[61 - 1].startswith("有 关 质 量 保 证") and lines[71 - 1].startswith("电 感 藕 合")
    assert [n for n in range(33, 139) if lines[n - 1].strip() and n in removed] == []


def test_a_footer_of_links_below_the_text_still_goes():
    # (guard) no line of it certain, no sentence soon after the text: the menu is the site's
    doc = read_page("某某网", "首页", "新闻", "政务", PROSE, PROSE, PROSE, "最新訊息", "中央法規", "司法解釋", "條約協定",
                    "兩岸協議", "綜合查詢", "跨機關檢索", "版权所有：某某网")
    assert "跨機關檢索" in removed_reasons(doc) and "中央法規" not in kept_texts(doc)


def test_a_column_tag_before_a_notices_title_is_the_sites():
    # www.chuzhou.gov.cn/001 【市级相关政策】关于印发…的通知; www.dl.gov.cn/002 [已废止]大连市…的通知
    chuzhou = read((CORPUS / "www.chuzhou.gov.cn" / "001.txt").read_bytes())
    assert chuzhou.meta.title == "关于印发《关于进一步优化调整房地产政策若干措施》的通知"
    assert "【市级相关政策】" in removed_reasons(chuzhou)
    dalian = read((CORPUS / "www.dl.gov.cn" / "002.txt").read_bytes())
    assert dalian.meta.title == "大连市人民政府办公室关于进一步加强房地产市场调控和监管工作的通知"


def test_a_bracketed_word_in_a_headline_stays():
    # (guard) 【图解】 before a headline that names no kind of document is the headline's own
    doc = read_page("【图解】一图读懂今年的民生实事", PROSE, PROSE)
    assert doc.meta.title == "【图解】一图读懂今年的民生实事"


def test_a_page_title_of_section_and_site_gives_way_to_the_notice_above_the_text():
    # www.chuzhou.gov.cn/002: <title> 政策与解读_滁州市人民政府 names no document; the notice's
    # title stands right above its metadata and text
    doc = read((CORPUS / "www.chuzhou.gov.cn" / "002.txt").read_bytes())
    assert doc.meta.title == "关于印发《关于进一步促进房地产市场平稳健康发展的若干措施》的通知"


def test_a_notice_whose_text_is_a_pdf_starts_at_its_last_headline_copy():
    # www.csx.gov.cn/002, www.changsha.gov.cn/001: no prose on the page (the notice is a PDF);
    # hidden fields and the site's header above the headline's last copy are the site's
    for source, doc_name in (("www.csx.gov.cn", "002"), ("www.changsha.gov.cn", "001")):
        path = CORPUS / source / f"{doc_name}.txt"
        lines = path.read_text("utf-8").split("\n")
        doc = read(path.read_bytes())
        removed = removed_lines(doc)
        headline = max(n for n, text in enumerate(lines, start=1) if text == doc.meta.title)
        # (the breadcrumb's last item, right above the headline, may still stay: 各单位系统文件)
        assert [n for n in range(2, headline - 1) if lines[n - 1].strip() and n not in removed] == []


def test_a_text_without_prose_keeps_its_lines():
    # (guard) a poem or a list, no page around it: nothing goes
    doc = read_page("静夜思", "床前明月光", "疑是地上霜", "举头望明月", "低头思故乡")
    assert kept_texts(doc) == ["床前明月光", "疑是地上霜", "举头望明月", "低头思故乡"]


def test_a_date_split_after_the_months_figure_is_one_line_again():
    # fszj.foshan.gov.cn/002: 2022年12 / 月 / 9 / 日, the month's unit on a line of its own
    doc = read_page("某市住房和城乡建设局", PROSE, PROSE, "某市住房和城乡建设局", "2022年12", "月", "9", "日",
                    "版权所有：某市住房和城乡建设局")
    assert kept_texts(doc)[-1] == "2022年12月9日"


def test_a_link_to_the_policys_interpretation_is_the_sites():
    # ghzyj.gz.gov.cn/001: 点击查看政策解读： / 【图文解读】《…》 between the headline and the text;
    # wanzai.gov.cn/002: 图文解读：《…》
    doc = read_page("关于创新开展一手房带押过户的通告_某市规划和自然资源局", "首页", ">", "通知公告",
                    "关于创新开展一手房带押过户的通告", "来源：本网", "点击查看政策解读：",
                    "【图文解读】《某市创新开展一手房带押过户》", "图文解读：《某县2022年国民经济和社会发展统计公报》",
                    PROSE, PROSE, "某市规划和自然资源局", "2023年4月28日")
    reasons = removed_reasons(doc)
    assert reasons["点击查看政策解读："] == reasons["【图文解读】《某市创新开展一手房带押过户》"] \
        == reasons["图文解读：《某县2022年国民经济和社会发展统计公报》"] == "link to the policy's interpretation"


def test_a_section_tag_under_a_news_headline_is_the_sites():
    # www.881903.com/002: 本地, 財經 between the headline and the article
    doc = read_page("大埔宏福苑火警 多個團體發起捐款 - 商業電台", "首頁", "新聞", "專題", "大埔宏福苑火警 多個團體發起捐款",
                    "本地, 財經", "2025-11-27 10:30", PROSE, PROSE, "版權所有 © 商業電台")
    assert removed_reasons(doc)["本地, 財經"] == "the site's section tag under the headline"


def test_a_word_of_a_split_sentence_is_no_section_tag():
    # (guard) www.csrc.gov.cn/001: 日前， / 中国 / 证监会召开党委会议…: the sentence's own word
    doc = read_page("证监会召开党委会议_中国证券监督管理委员会", "首页", ">", "新闻", "证监会召开党委会议", "日前，", "经济",
                    "工作会议精神在证监会召开的党委会议上得到传达，会议研究部署了贯彻落实措施。", PROSE)
    assert "经济" not in removed_reasons(doc)


def test_an_overlays_close_button_is_the_sites():
    # hk.on.cc/001, news.mingpao.com/002: close, alone, under a video or an advert
    doc = read_page("標題 - 東網", "首頁", "新聞", "標題", PROSE, "close", PROSE)
    assert removed_reasons(doc)["close"] == "follow/listen/report button"


def test_a_short_title_the_pages_path_ends_or_starts_with_is_the_title():
    # dugushici.com/001: <title> 夜雨_原文、翻译及赏析_白居易诗词_读古诗词网, the poem's 夜雨 above it
    doc = read((CORPUS / "dugushici.com" / "001.txt").read_bytes())
    assert doc.meta.title == "夜雨"


def test_a_blogs_name_in_a_title_of_two_parts_is_not_the_title():
    # (guard) blog.wenxuecity.com: 海姑娘 | blog.wenxuecity.com names the blog; the post has its own title
    doc = read_page("海姑娘 | blog.wenxuecity.com", "海姑娘", "首页", "博文", "湘菜粤菜 兵分两路 (图)",
                    "2008-09-01 10:00:00", PROSE, PROSE)
    assert doc.meta.title == "湘菜粤菜 兵分两路 （图）"   # (half-width brackets made full-width)
