"""Small predicates on single lines, shared by the front-matter, body and back-matter
classifiers. Each answers one question about one line and is tested alone."""

from __future__ import annotations

import functools

from .. import regexcache as re
from dataclasses import dataclass
from pathlib import Path, PurePath


@dataclass(frozen=True)
class Line:
    """One line of the document (maybe several source lines joined)."""

    number: int            # 1-based source line number (of the first source line)
    text: str              # without leading/trailing whitespace
    indent: int = 0        # leading whitespace, in half-width columns (U+3000 = 2)
    blank_before: bool = False
    last: int = 0          # the last source line joined into it (0: only ``number``)

    @property
    def end(self) -> int:
        return max(self.last, self.number)


#: The spaces a line may be padded with: ASCII, ideographic, no-break, en/em/thin, zero-width.
WS = " \t\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff"

_CN_YEAR = "[〇零○ОO一二三四五六七八九]{4}"
_CN_NUM = "[一二三四五六七八九十]{1,3}"

DATE = re.compile(
    rf"^[（(]?\s*(?:\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|{_CN_YEAR}\s*年\s*{_CN_NUM}\s*月\s*{_CN_NUM}\s*日|"
    rf"\d{{4}}\s*[-/.]\s*\d{{1,2}}\s*[-/.]\s*\d{{1,2}}|(?:中華民國|中华民国|民國|民国)?\s*\d{{2,3}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)\s*"
    # (2025年11月26日（星期三）: a day may name its weekday)
    rf"(?:[（(]\s*(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]\s*[）)])?\s*[）)]?$"
)
DOC_NUMBER = re.compile(
    r"^[\u4e00-\u9fff]{1,16}\s*[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号$"
    r"|^[\u4e00-\u9fff]{1,12}字第\s*\d{5,12}[A-Z]{0,2}\s*[號号]$"     # 府法綜字第1123012345號, 院授主基法字第1060200684A號 (Taiwan)
)
SUBTITLE = re.compile(r"^(?:——|--|―{1,2}|—|－－)\s*\S")
SALUTATION_WORDS = re.compile(
    r"^(?:各位代表|各位委员|各位来宾|各位领导|各位同志|同志们|同事们|朋友们|女士们|先生们|尊敬的|亲爱的|"
    r"老师们|同学们|各位)"
)
_TERMINAL = re.compile(r"[。！？!?；;]$")
_CLAUSE_MARKS = re.compile(r"[。，；！？,;!?]")
NOTE = re.compile(r"^(?:[（(]\s*此件.{1,12}[）)]|[（(]\s*(?:联系人|联系电话).{0,60}[）)]|注\s*[:：]|注释\s*[:：]|备注\s*[:：]|说明\s*[:：]"
                  r"|抄送\s*[:：]|抄报\s*[:：]|正本\s*[:：]|副本\s*[:：]|.{2,30}\d{4}年\d{1,2}月\d{1,2}日印发$)")
#: 【财新网】 / 本报讯 / 新华社北京9月26日电 / 中新网9月26日电: a news story's dateline, which opens its text
NEWS_DATELINE = re.compile(r"^(?:【[\u4e00-\u9fff]{2,10}(?:网|網|报|報|社|台|讯|訊)】|本[报報刊台网網][讯訊]|"
                           r"[\u4e00-\u9fff]{2,8}(?:社|网|網|报|報)[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日(?:电|電|讯|訊))")
ATTACHMENT_LINE = re.compile(r"^附\s*件\s*(?:下载|列表)?\s*[:：]")   # 附件：1.… / 附件下载：….pdf
ATTACHMENT_HEADING = re.compile(r"^(?P<label>附\s*件\s*[0-9０-９一二三四五六七八九十]{0,3})\s*(?P<rest>.*)$")
#: 本报记者罗科苏盈发自北京 / 新华社记者 王某 摄 / 特约通讯员 李某: who wrote or shot it
BYLINE = re.compile(r"^(?:本报|本刊|本台|本网|新华社|中新社)?(?:特约|驻\S{1,8})?(?:记者|通讯员)(?!节|站|证|会|们)"
                    r"[\s\u3000]*\S{0,24}(?:[\s\u3000]+[\u4e00-\u9fff·]{2,4}){0,3}$")   # (记者 李宜杰 庄铠毓)
OFFICE_WORDS = re.compile(
    r"(?:主席|副主席|书记|总理|市长|区长|县长|省长|州长|部长|主任|局长|厅长|理事长|院长|委员长|秘书长|"
    r"代表|发言人|记者|通讯员|主编|整理|执笔)"
)


_NAME = re.compile(r"[\u4e00-\u9fff](?:[ \u3000]{0,2}[\u4e00-\u9fff]){1,3}")


#: the commonest Chinese surnames (both scripts): a row of names starts each with one
_SURNAMES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林高罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭"
    "田董潘袁蔡蒋蔣余于杜叶葉程魏苏蘇吕呂丁任卢盧姚沈钟鍾姜崔谭譚陆陸范汪廖石金韦韋贾賈夏付傅方邹鄒熊白孟秦"
    "邱侯江尹薛闫閻段雷龙龍黎史陶贺賀毛郝顾顧龚龔邵万萬覃武钱錢戴严嚴莫孔向常汤湯康易乔喬赖賴文施洪辛柯游"
    "庄莊童涂翁詹温溫蓝藍纪紀欧歐阮连連甘巫颜顏关關卓应應阙闕简簡苗葛倪宁寧俞岳包凌边邊齐齊滕殷池房黎谷"
    "单單师師鲁魯聂聶晏符舒耿焦祝左管商柴樊靳祁兰蘭霍项項鲍鮑申鞠")
_NAME_SPLIT = re.compile(r"[ \u3000、，,]+")


def is_name_row(text: str) -> bool:
    """李芳儒　徐弘庭　陳炳甫　葉林傳: a row of people's names (who attended, who signed), not a
    menu bar: three or more names, most of three characters, each opening with a surname."""
    names = [t for t in _NAME_SPLIT.split(text.strip()) if t]
    if len(names) < 3 or not all(2 <= len(t) <= 4 for t in names):
        return False
    return sum(t[0] in _SURNAMES for t in names) * 5 >= 4 * len(names) \
        and sum(len(t) == 3 for t in names) * 5 >= 3 * len(names)


#: 时间：… / 地　点：… / 出席议员：… / 主 席：… / 記 錄：…: a field of the header of minutes
#: (a meeting's time, place, who attended, chaired, took the record), in either script,
#: its key often letter-spaced as printed
#: The keys of a (Taiwan) official letter's header: its date, its number, and the rest
#: (機關地址, 承辦人, 受文者, 速別…); the front matter reads them, and none is a title.
LETTER_DATE_KEYS = "發文日期|发文日期|成文日期"
LETTER_NUMBER_KEYS = r"發文字號|发文字号|文\s*號|文\s*号"
#: the sections (段名) of a Taiwan 公文 — a 函's 主旨 / 說明 / 辦法, a 處分書's 事實及理由 /
#: 法令依據 / 繳款方式 / 注意事項 — each opening its section, run in before its text
LETTER_SECTION_KEYS = ("主旨|說明|说明|辦法|办法|事實及理由|事实及理由|事實|事实|理由|法令依據|法令依据|繳款方式|缴款方式|"
                       "注意事項|注意事项|公告事項|公告事项|依據|依据|擬辦|拟办")
LETTER_OTHER_KEYS = "機關地址|地址|承辦人|聯絡人|聯絡電話|電話|傳真|電子信箱|電子郵件|受文者|速別|密等及解密條件或保密期限|密等|附件"

MEETING_FIELD = re.compile(r"^(?:開會|开会|會議|会议)?"   # 開會時間： / 會議紀錄：, as a committee's minutes write them
                           r"(?:时\s*间|時\s*間|地\s*[点點]|主\s*持|主\s*席|出\s*席|缺\s*席|请\s*假|請\s*假|参\s*加|參\s*加|"
                           r"列\s*席|议\s*题|議\s*題|记\s*录|記\s*錄|纪\s*录|紀\s*錄|来\s*宾|來\s*賓|"
                           r"参会|參會|出席议员|出席議員|列席人员|列席人員)"
                           r"(?:人员|人員|人|委員|委员|單位及人員|单位及人员|單位|单位)?\s*[:：]")


#: 这样也好~ / 抓紧吧～: a tilde after a word ends a casual sentence (not a listing's ~ operator
#: alone) — a pattern to end a sentence-end pattern with
CASUAL_TILDE = r"(?<=[\u4e00-\u9fff！!])[~～]"

#: 完 / （完） / 全文完 / 未完待续 (a serial's instalment) / 以上 ("that is all"): the word a text signs
#: off with, alone on its last line — the text's, never joined to the sentence above it
SIGN_OFF = re.compile(r"^(?:[（(]?\s*完\s*[）)]?|[-－—]+\s*完\s*[-－—]+|"
                      r"[（(]?\s*(?:未完待续|未完待續|待续|待續|全文完)\s*[.。…!！]*\s*[）)]?|以上\s*[.。…!！~～]*)$")


def is_person(text: str) -> bool:
    """单仁平 / 师小涵: a person's name for certain — two to three characters that open with
    a common surname (is_name takes any short run of hanzi, 微博 too)."""
    return 2 <= len(text) <= 3 and is_name(text) and text[0] in _SURNAMES and text[-1] not in _PLACE_ENDS \
        and text not in _WORDS_NOT_NAMES


#: 简介 / 方法 / 项目: words a post's section opens with that open with a surname too (简, 方, 项)
#: — alone on a line under a post's date, a section's title, never its writer
_WORDS_NOT_NAMES = frozenset("简介 簡介 简答题 簡答題 简述 簡述 简历 簡歷 程序 方法 方案 方式 文章 文档 文檔 应用 應用 关于 關於 "
                             "关键 關鍵 项目 項目 范例 任务 任務 高级 高級 常见问题 常見問題".split())


#: 江西省 / 黄山市 / 石城县: a place, not a person, though it opens with a surname
_PLACE_ENDS = frozenset("省市县縣区區镇鎮乡鄉村州局厅廳部委院")


def is_name(text: str) -> bool:
    """张三 / 李　明: a person's name (signing a document, or under a title as its author)."""
    return _NAME.fullmatch(text) is not None


def is_date(text: str) -> bool:
    return len(text) <= 30 and DATE.match(text) is not None


def is_doc_number(text: str) -> bool:
    return len(text) <= 30 and DOC_NUMBER.match(text) is not None


#: a run of CJK ideographs (Extension A, the unified block, the compatibility block)
_HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


def han_count(text: str) -> int:
    """How many CJK ideographs ``text`` holds. (Counted by taking out their runs: one match a
    run, where ``findall`` makes one a character — four times faster on a page's lines.)"""
    return len(text) - len(_HAN_RUN.sub("", text))


def squash(text: str) -> str:
    """``text`` without any whitespace (for comparing lines spaced differently)."""
    return "".join(text.split())


_DASHES = re.compile(r"[-－—–―]+")
_ELLIPSIS = re.compile(r"…+|\.{3,}")
_HALF = str.maketrans("：！？，；（）", ":!?,;()")


def title_key(text: str) -> str:
    """A title as compared with another copy of it: a page's <title> writes 标题-副题
    where the headline has 标题——副题, … where it has ……, half-width marks."""
    return _ELLIPSIS.sub("…", _DASHES.sub("-", POINTERS.sub("", squash(text)))).translate(_HALF)


#: 》母嬰親善醫療院所認證 / 〉… : the pointer a page sets before a headline or a breadcrumb's last item
POINTERS = re.compile(r"^[》〉>»›▶►▸]+")


def title_from_filename(filename: str) -> str:
    """The title of a text that has none: its file name without the suffix."""
    if not filename or filename == "-":
        return ""
    return PurePath(filename).stem.strip()


def has_clause_marks(text: str) -> bool:
    return _CLAUSE_MARKS.search(text) is not None


def is_salutation(text: str) -> bool:
    """各位代表：  同志们！  各省、自治区、直辖市人民政府，国务院各部委、各直属机构："""
    if len(text) > 120 or "。" in text:
        return False
    if SALUTATION_WORDS.match(text) and len(text) <= 40 and re.search(r"[：:！!，,]$", text):
        # 各位代表：／尊敬的各位领导、各位来宾，女士们、先生们：— not 各位委员，让我们…！
        body = text[:-1]
        return body.count("，") + body.count(",") <= 1 and len(re.split(r"[，,]", body)[-1]) <= 10
    # an addressee list: bodies, not a sentence that happens to end with a colon
    return bool(ADDRESSEES.search(text)) and (text.startswith(("各", "有关", "市直", "区直", "县直", "省直"))
                                            or "、" in text or "，" in text) \
        and not re.search(r"(?:要|应|须|如下|以下|下列|是|为)[^、，]{0,6}[：:]$", text)


ADDRESSEES = re.compile(
    r"(?:政府|部门|单位|机构|办事处|委员会|常委会|理事会|董事会|委|局|厅|办|党组|党委|组织|学校|高校|企业|街道|乡镇|镇|乡|区|县|市|省|"
    r"人员|同志|代表|委员|村|社区|公司|院|所|中心|团体|商会|协会|集团|分行|支行|科室|处室|科|处|股|站|队|部室|"
    r"班组|全体|员工|职工|师生|家长|居民|会员|成员|党员|干部|朋友|(?:\)|）))\s*[：:]$"
)


def is_note(text: str) -> bool:
    return len(text) <= 120 and NOTE.match(text) is not None


#: ◎ 图：@某某微博截图 / ▲ 资料图 / 某某 摄 / 圖片來源：截自某某臉書: a picture's caption, a line of its own that
#: neither continues nor frames the text around it
CAPTION = re.compile(r"^[◎▲△↑※]|^[图圖][为為：:]|(?:^|[\s/。])(?:[图圖]|[图圖]片|[图圖]源|[图圖]片[来來]源|照片[来來]源|摄影|攝影)\s*[：:/╱／].{1,30}$|[\s　](?:摄|攝)$|"
                     # …作政府工作报告。石榴云/新疆日报记者谢龙摄: the photographer's credit closes it
                     r"(?:记者|記者|通讯员|通訊員)\s*[\u4e00-\u9fff·]{2,4}(?:\s*[、，]\s*[\u4e00-\u9fff·]{2,4})*\s*(?:摄|攝)$|"
                     # （新华社/图） / （东方IC/图）: the agency that took the picture, under its caption
                     r"[（(][^（）()]{1,24}[/／]\s*(?:图|圖)[）)]$|"
                     # （港台新聞片段截圖） / （资料图片）: what the picture is, in brackets
                     r"^[（(][^（）()]{0,20}(?:截图|截圖|资料图|資料圖|图片|圖片|照片)[）)]$")


#: characters of a section's name set over a line of its gist (小学招生 / 5月7日至11日网上报名), at most
SECTION_NAME = 12


#: what every caption CAPTION reads holds: a mark it opens on, or a word for a picture or its
#: photographer — tested first, as CAPTION's branches are tried at every character of a line
_CAPTION_OPENS = frozenset("◎▲△↑※")
_CAPTION_WORDS = "图圖照摄攝"


def is_caption(text: str) -> bool:
    return len(text) <= 200 and (text[:1] in _CAPTION_OPENS or any(word in text for word in _CAPTION_WORDS)) \
        and CAPTION.search(text) is not None


def is_signature_like(text: str) -> bool:
    """A short line with no sentence punctuation: an issuing body or a name."""
    return 2 <= len(text) <= 30 and not has_clause_marks(text) and not is_date(text) \
        and "：" not in text and ":" not in text


_SPACED_OUT = re.compile(r"(?:[\u4e00-\u9fff\d][ \u3000]+){1,}[\u4e00-\u9fff\d]")
_HAN_IN = re.compile(r"[\u4e00-\u9fff]")


def unspaced(text: str) -> str:
    """政 府 工 作 报 告 / 总　　则 / 第 3 次 會 議 紀 錄: a title or heading spaced out letter
    by letter for display (a figure may stand among the letters, never alone: 1 2 3 stays)."""
    if len(text) <= 40 and _SPACED_OUT.fullmatch(text) and len(_HAN_IN.findall(text)) >= 2:
        return re.sub(r"[ \u3000]+", "", text)
    return text


#: 某某市人民政府文件: the issuer's mark over an official document (GB/T 9704 7.2.4) — not
#: a site's section of documents (部门文件, 规范性文件, 最新文件, 各单位系统文件: "each unit's"),
#: which names no issuer
ISSUER_MARK = re.compile(r"^(?!(?:部门|政策|规范性|行政规范性|重要|相关|最新|红头|其他|上级|本级|市级|区级|县级|省级|历史|废止|"
                         r"部門|規範性|相關|紅頭|各[\u4e00-\u9fff]{1,8})文\s*件$)[\u4e00-\u9fff（）()、\s]{2,40}文\s*件$")

#: The name of an issuing body ends with what it is: 某某市统计局, 某某区人民政府.
ISSUER = re.compile(r"(?:政府|办公室|办公厅|委员会|常委会|局|厅|部|院|署|公司|中心|协会|学会|联合会|小组|指挥部|"
                     r"街道|党委|党组|支部|党总支|总支|团委|工会|人大|政协|法院|检察院|大学|学校|集团|研究所|事务所|调查队|总队|支队|大队|市委|县委|区委|"
                    r"省委|报社|电视台|处|處|會|廳|府|隊|司|监管办|改革委|发改委|卫健委|工信委|建委|教委|科委|商委|经信委|農委|總局|"
                     # an office's short name: 重庆交通大学研招办, 区政府办, 市网信办
                     r"(?:研招|招生|招|党政|校|院|教务|学工|政府|党委|综治|扶贫|信访|网信|台|侨|外|编|国资|人防|应急|防汛|爱卫|文明|金融|考试|深改)办)$")


@functools.cache
def _to_simplified() -> tuple[dict[int, str], re.Pattern]:
    """Traditional → Simplified, character by character (t2s-chars.txt, made from OpenCC
    by docs/make_t2s_chars.py), and a pattern that finds a character it changes."""
    text = (Path(__file__).parent / "t2s-chars.txt").read_text("utf-8")
    traditional, simple = [line for line in text.splitlines() if not line.startswith("#")][:2]
    return str.maketrans(traditional, simple), re.compile("[" + re.escape(traditional) + "]")


@functools.lru_cache(maxsize=8192)
def simplified(line: str) -> str:
    """``line`` in Simplified characters, for the rules written once in Simplified
    (網站地圖 is 网站地图 to them); ``line`` itself when it has no Traditional character.
    (Cached: the rules ask for a line in each zone it may stand in.)"""
    if line.isascii():
        return line
    table, traditional = _to_simplified()
    return line.translate(table) if traditional.search(line) else line
