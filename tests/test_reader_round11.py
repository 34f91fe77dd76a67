"""Rules of the corpus's round 11 (issue 12, batch 3: government pages, gazettes, minutes,
Wikisource), each on a small text of the shape that showed it: the exact title, headings
and removed lines the reader must give. Each test fails on the reader before the round."""

from __future__ import annotations

from convert.model import Table, iter_blocks
from convert.reader.lines import is_name_row
from reader_pages import PROSE, headings, kept_texts, read_page, removed_reasons






def test_minutes_keep_their_header_fields_and_their_parts_are_headings():
    doc = read_page("丁-30", "第 02 次會議", "時 間：中華民國 104 年 05 月 04 日下午 03 時 26 分", "地 點：本會議事廳",
                "出席議員：黃定和 張建榮 林錫明 江碧華 林岳賢 林志鴻 楊順木",
                "林金龍 林東成 林成功 吳宏謀 陳俊宇 黃浴沂 陳福山",
                "主 席：陳議長文昌", "記 錄：吳幸珍", "主席宣告開議", "甲、報 告 事 項",
                "主席報告簽到議員已達法定人數，秘書長宣讀上次會議議事錄，縣長提出施政總報告。",
                "丁-31", "乙、質 詢 事 項", "議員就縣政府所提各案提出質詢，縣政府各處處長分別答復，詳見速紀錄另錄。",
                "散 會：下午 05 時 03 分")
    assert doc.meta.title == "第 02 次會議"
    kept = "\n".join(kept_texts(doc))
    for line in ("地 點：本會議事廳", "林金龍 林東成 林成功 吳宏謀 陳俊宇 黃浴沂 陳福山", "主 席：陳議長文昌"):
        assert line in kept
    assert [(label, text.replace(" ", "")) for _, label, text in headings(doc)] == [("甲、", "報告事項"), ("乙、", "質詢事項")]
    assert removed_reasons(doc) == {"丁-30": "page number of the printed original", "丁-31": "page number of the printed original"}


def test_a_row_of_names_is_not_a_menu_bar():
    assert is_name_row("李芳儒　徐弘庭　陳炳甫　葉林傳　陳錦祥　郭昭巖")
    assert not is_name_row("国务院 总理 新闻 政策 互动 服务 数据 国情")
    assert not is_name_row("首页 政务公开 办事服务 互动交流")


def test_a_word_processors_runs_are_joined_and_the_order_is_titled():
    doc = read_page("行政院令", "行政院", "令", "中華民國", "106", "年", "8", "月", "1", "日", "院授主基法字第", "1060200684A", "號",
                "修正「", "住宅基金收支保管及運用辦法", "」部分條文。", "院　　長　林　全",
                "住宅基金收支保管及運用辦法部分條文修正條文",
                "第　一　條　　為健全住宅市場，辦理住宅補貼，特設置住宅基金，並訂定本辦法。",
                "第", "十一", "條　　本辦法自本法施行之日施行。")
    assert doc.meta.title == "行政院令"
    kept = kept_texts(doc)
    assert "中華民國106年8月1日" in kept or doc.meta.date == "中華民國106年8月1日"
    assert "修正「住宅基金收支保管及運用辦法」部分條文。" in kept
    assert [(level, label.replace("\u3000", "")) for level, label, _ in headings(doc)] == [(1, ""), (2, "第一條"), (2, "第十一條")]
    assert headings(doc)[0][2] == "住宅基金收支保管及運用辦法部分條文修正條文"


def test_a_page_title_naming_the_template_is_not_the_title():
    doc = read_page("政务公开信息内容页", "首页", "政务公开", "政务公开信息内容页", "名称", "中华人民共和国反不正当竞争法",
                "第一条　为了促进社会主义市场经济健康发展，鼓励和保护公平竞争，制定本法。",
                "第二条　经营者在生产经营活动中，应当遵循自愿、平等、公平、诚信的原则。")
    assert doc.meta.title == "中华人民共和国反不正当竞争法"
    assert removed_reasons(doc)["政务公开信息内容页"] == "page title (it names only the site)"


def test_a_word_export_without_any_site_keeps_the_runs_under_its_title():
    doc = read_page("立法會", "議程", "2014年4月30日星期三上午11時正", "I.", "提交文件", "1.", "第96號", "─", "優質教育基金",
                "(", "由", "教育局局長", "提交", ")", "II.", "以書面答覆的質詢", "1.", "譚耀宗議員問", "：",
                "據報，啟德郵輪碼頭自去年啟用以來，使用率偏低，當局會否檢討碼頭的營運模式，以及推廣郵輪旅遊的策略？")
    assert doc.meta.removed == ()
    assert [(label, text) for _, label, text in headings(doc)][:2] == [("I.", "提交文件"), ("II.", "以書面答覆的質詢")]


def test_wikisource_exports_lose_their_stamp_and_licence_pages():
    poem = ["朝辭白帝彩雲間，", "千里江陵一日還。", "兩岸猿聲啼不住，", "輕舟已過萬重山。"]
    doc = read_page("下江陵", "Exported from Wikisource on 2021年3月15日", *poem,
                "本唐朝作品在全世界都属于公有领域，因为作者逝世已经超过100年。", "About this digital edition",
                "This e-book comes from the online library Wikisource. This multilingual digital library is built by volunteers.",
                "The following users contributed to this book:", "Aminor1", "Liouxiao", "* * *",
                "↑ https://wikisource.org")
    assert doc.meta.title == "下江陵"
    assert kept_texts(doc) == poem
    assert "Liouxiao" in removed_reasons(doc)


def test_a_cell_table_with_a_wrapped_header_cell_keeps_its_rows():
    rows = [("1", "丽水国家粮食储备库", "1", "事业"), ("2", "市建筑工程施工管理中心", "1", "事业"),
            ("3", "市直属公路港航管理中心", "1", "事业")]
    doc = read_page("丽水市人民政府关于下达安置任务的通知", PROSE, "附件", "2023年市区符合政府安排工作条件", "退役士兵和退出消防员安置任务",
                "序号", "安置单位名称", "安置", "任务", "岗位", "类别", *[cell for row in rows for cell in row])
    assert headings(doc) == [(1, "附件", "2023年市区符合政府安排工作条件退役士兵和退出消防员安置任务")]
    table = next(b for b in iter_blocks(doc.blocks) if isinstance(b, Table))
    assert [tuple(plain_text_cell(c) for c in row) for row in table.rows] == [
        ("序号", "安置单位名称", "安置任务", "岗位类别"), *rows]


def plain_text_cell(cell) -> str:
    return "".join(getattr(inline, "text", "") for inline in cell)


def test_a_web_articles_dateline_and_source_name_under_the_headline_go():
    doc = read_page("为什么有人富了而有人不行_理财_搜狐", "首页", "新闻", "理财", "为什么有人富了而有人不行",
                "2004-12-10　　阅读10", "国际金融报", PROSE, PROSE, PROSE, "ICP备05001234号")
    removed = removed_reasons(doc)
    assert removed["2004-12-10　　阅读10"] == "page metadata (publication line)"
    assert removed["国际金融报"] == "page metadata (the source's name)"
    assert kept_texts(doc)[0] == PROSE


def test_a_laws_history_under_its_title_is_not_a_dateline():
    doc = read_page("中华人民共和国某某条例_法律库", "首页", "法律库", "中华人民共和国某某条例", "1996年9月19日 经国务院批准",
                "第一条　为了规范某某活动，保护当事人的合法权益，制定本条例。", "第二条　本条例适用于中华人民共和国境内的某某活动。",
                "ICP备05001234号")
    assert "1996年9月19日 经国务院批准" not in removed_reasons(doc)


def test_a_pdf_texts_running_heads_and_page_numbers_go():
    page = ["主席：各位議員，現在開會。政府當局已就本會上次會議提出的多項問題作出書面答覆，請各位參閱有關文件，",
            "並於下次會議前提出跟進意見，以便秘書處安排討論。"]
    text = ["立法會會議過程正式紀錄", "2005年3月2日星期三"]
    for n in range(4):
        text += [page[0], page[1], "本會現在繼續處理議程上的下一項事項，即政府議案及相關的修正案，請有關官員發言。"] * 3
        text += ["立法會 ─ 2005年3月2日", str(3456 + n)]
    doc = read_page(*text)
    removed = removed_reasons(doc)
    assert removed["立法會 ─ 2005年3月2日"] == "running head of the printed original"
    assert removed["3457"] == "page number of the printed original"
    assert not any("立法會 ─" in t for t in kept_texts(doc))


def test_the_minutes_title_loses_its_volumes_running_number():
    doc = read_page("丁-30", "(4)第 02 次會議", "時 間：中華民國 104 年 05 月 04 日下午 03 時 26 分", "地 點：本會議事廳",
                "主 席：陳議長文昌", "主席宣告開議", "甲、報 告 事 項",
                "主席報告簽到議員已達法定人數，秘書長宣讀上次會議議事錄，縣長提出施政總報告。")
    assert doc.meta.title == "第 02 次會議"
    assert removed_reasons(doc)["(4)"] == "running number before the title (its volume's)"


def test_a_sentence_a_page_break_cut_is_whole_again_without_the_head():
    body = "主席：秘書，請響鐘傳召議員進入會議廳。全委會現在恢復審議撥款條例草案的各項修正案，請各位議員就席。"
    text = ["會議過程正式紀錄"]
    for n in range(3):
        text += [body] * 8 + ["全委會主席：傳召委員進入會議廳的時間已過了十五分鐘，會議廳內仍未有足夠", "立法會 ─ 2013年5月2日",
                              str(6568 + n), "法定人數，全體委員會現在回復為立法會。"]
    doc = read_page(*text)
    whole = "全委會主席：傳召委員進入會議廳的時間已過了十五分鐘，會議廳內仍未有足夠法定人數，全體委員會現在回復為立法會。"
    assert kept_texts(doc).count(whole) == 3
    assert {r.text for r in doc.meta.removed} == {"立法會 ─ 2013年5月2日", "6568", "6569", "6570"}
