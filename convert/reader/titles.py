"""What a document's title looks like: shared by the front matter (which reads the
title under a page's header) and the region finder (which looks for it above the text)."""

from __future__ import annotations

from .. import regexcache as re

from .boilerplate import is_menu_word
from .headings import NAMED_HEADINGS, decimal_clause, is_heading_like, numbered
from .lines import BYLINE, simplified, LETTER_DATE_KEYS, LETTER_NUMBER_KEYS, LETTER_OTHER_KEYS, MEETING_FIELD, OFFICE_WORDS, SUBTITLE, is_date, is_doc_number, is_name, is_salutation

MAX_TITLE = 80

#: 世艺网>艺术教育 / 艺术史研究<世纪在线: a breadcrumb or a site path, never a title
PATH_MARK = re.compile(r"[<>＜＞»›]")
_WORD_CHARACTER = re.compile(r"[^\W_]")
_TITLE_END_BAD = re.compile(r"[。；;，,：:！!]$")
DOC_TYPES = re.compile(
    r"(?:通知|决定|意见|报告|办法|规定|方案|条例|公告|通告|公报|批复|函|纪要|讲话|致辞|细则|规划|纲要|"
    r"法|规则|章程|指引|指南|计划|要点|总结|汇报|请示|命令|令|议案|决议|建议|说明|答复|通报|声明|纪录|记录|"
    # the same kinds in Traditional characters (Taiwan, Hong Kong)
    r"決定|意見|報告|辦法|規定|條例|公報|批復|紀要|講話|致詞|細則|規劃|綱要|規則|計畫|計劃|要點|總結|匯報|"
    r"請示|議案|決議|建議|說明|答覆|通報|聲明|紀錄|記錄)$"
)

_TITLE_CONNECT_END = re.compile(r"(?:关于|的|和|与|及|暨|、|在|对|为|之|于|“|《)$")
_TITLE_CONNECT_START = re.compile(r"^(?:的|和|与|及|暨|关于|之|等|》|”|（)")
#: 联络/关于: two of a menu's items, written as one link — not a title's first half ending in 关于
_MENU_PAIR = re.compile(r"^[^/／\s]{1,4}\s*[/／]\s*[^/／\s]{1,4}$")
#: 胡锦涛在中国共产党第十八次全国代表大会上的报告: the speaker and the occasion, under the
#: speech's own title (a news page's <title> often names the speech by this line)
SPEAKER_AND_OCCASION = re.compile(r"^[\u4e00-\u9fff·]{2,12}在.{2,60}(?:会议|大会|会|论坛|仪式|典礼|开幕式|闭幕式|會議|大會|會|論壇|儀式)"
                                  r"上的(?:报告|讲话|致辞|发言|演讲|主旨演讲|重要讲话|報告|講話|致辭|發言|演講)$")
#: （2023年1月10日在某某市第十六届人民代表大会第二次会议上）: a subtitle in brackets
PAREN_SUBTITLE = re.compile(r"^[（(].{4,100}(?:会议上|会上|大会上|论坛上|仪式上|典礼上|上的讲话|上的报告|上的发言|讲话|发言|致辞|報告|會議上|通过|修正|修订|批准|公布|施行|發布|通過|修正)[）)]$")
DATE_IN = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


#: the header fields of a (Taiwan) official letter: 受文者：… / 速別：… / 發文日期：…
_LETTER_FIELD = re.compile(rf"^(?:{LETTER_DATE_KEYS}|{LETTER_NUMBER_KEYS}|{LETTER_OTHER_KEYS}|正本|副本|主旨|说明|說明)\s*[:：]")


def is_header_field(text: str) -> bool:
    """A field of a meeting's or an official letter's header: never the title."""
    return MEETING_FIELD.match(text) is not None or _LETTER_FIELD.match(text) is not None


def is_title_line(text: str) -> bool:
    """Could this line be the document's title? (Read in its Simplified form, as every
    predicate here: the lexicons are written once, in Simplified.)"""
    text = simplified(text)
    if not text or len(text) > MAX_TITLE or "。" in text or not _WORD_CHARACTER.search(text):
        return False   # (📖, ☾: an icon, with no letter or figure, names nothing)
    if is_heading_like(text) or is_salutation(text) or is_date(text) or is_doc_number(text):
        return False
    if text.endswith("！") and len(text) >= 10 and text.count("！") == 1 and "，" not in text:
        text = text[:-1]   # …学术年会在重庆•西南大学成功举行！: a news headline may exclaim
    if SUBTITLE.match(text) or _TITLE_END_BAD.search(text) or PATH_MARK.search(text) or BYLINE.match(text) \
            or text.endswith(("：", ":")):   # 救濟途徑有三：: a line announcing what follows
        return False
    if is_header_field(text):
        return False   # 主 席：陳議長文昌 / 受文者：如正、副本: a field of the minutes' or a letter's header
    if text.count("，") + text.count(",") > 1 or ("，" in text and len(text) > 40):
        return False
    return text.replace(" ", "") not in NAMED_HEADINGS


def looks_like_document_title(text: str) -> bool:
    """A title line that names a kind of document: …的通知, …实施意见, …工作报告."""
    return is_title_line(text) and DOC_TYPES.search(simplified(text)) is not None


_SPACED_NAME = re.compile(r"^[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff]$")


_HAN = re.compile(r"[\u4e00-\u9fff]")


_LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9.+#-]*$")


def is_author(text: str) -> bool:
    """区政协主席 张三 ／ 国务院总理　李强 ／ 本报评论员"""
    text = simplified(text)
    if len(text) > 30 or is_date(text) or re.search(r"[。，；！？,;:：]", text) or numbered(text) \
            or decimal_clause(text):
        return False
    compact = "".join(text.split())
    if compact in NAMED_HEADINGS or compact in ("目录", "目次", "目錄"):
        return False
    if _SPACED_NAME.match(text):
        return True    # 李　明: a two-character name padded to the width of three
    if len(compact) < 3 or compact.startswith("附件"):
        return False
    parts = text.split()
    if any(_LATIN_WORD.match(parts[k]) and _HAN.search(parts[k - 1]) and _HAN.search(parts[k + 1]) for k in range(1, len(parts) - 1)):
        return False   # 初始化 Hexo 项目: a Latin word spaced off between hanzi, a phrase's spacing, no one's name
    if len(parts) >= 2 and all(len(p) <= 12 for p in parts) and not parts[0].isdigit() and (
            is_name(parts[-1]) or len(parts[-1]) <= 4 or OFFICE_WORDS.search(text) or not _HAN.search(parts[-1])):
        return True   # (投资集体失语  现代汽车一支独秀: two phrases of a subhead, no one's name)
    return bool(OFFICE_WORDS.search(text) and len(text) <= 20 and not DOC_TYPES.search(text))


#: （图片提供：全景视觉） / （摄影：张三）: a credit in brackets under the headline, a field
#: of the page — a title's own brackets hold no key and colon (（试行） （2024年修订）)
_BRACKETED_FIELD = re.compile(r"^[（(][^（）()：:]{1,8}[：:][^（）()]+[）)]$")


_NAMES_IT = 5   # characters of a title that a line under it repeats whole when it only names it


def continues_title(first: str, second: str) -> bool:
    """Is ``second`` the rest of a title broken over two lines?"""
    first, second = simplified(first), simplified(second)
    if not is_title_line(second) or len(second) > 40 or len(first) + len(second) > MAX_TITLE:
        return False
    if is_author(second) or PAREN_SUBTITLE.match(second) or DATE_IN.search(second) or _BRACKETED_FIELD.match(second) \
            or is_doc_number(second.strip("（）() ")):
        return False   # (…信息公开表 / （浙金罚决字〔2024〕52号）: the 发文字号 in brackets, not the title's)
    if len(second) <= 4 and second in first and not DOC_TYPES.search(second):
        return False   # 茉莉：我是怎样卷入八九民运的 / 茉莉: the author the headline names
    if _MENU_PAIR.match(first) or is_menu_word(second):
        return False   # (博客简介 / 关于 / 归档: 关于 alone is a menu's "About", no title's rest)
    if len(first) >= _NAMES_IT and first in second:
        return False   # 敏捷开发与DevOps实践 / 关于敏捷开发与DevOps实践——…记录: a line that names the title, not its rest
    if _TITLE_CONNECT_END.search(first) or _TITLE_CONNECT_START.match(second):
        return True
    if first.count("《") > first.count("》") and "《" not in second:
        return True   # 关于印发《…巩固群众 / 安全感和满意度…工作方案》: the name is still open
    # (a title's first half has some length: 其他, a menu's last item, is not one)
    return bool(DOC_TYPES.search(second)) and not DOC_TYPES.search(first) and len(second) <= 20 and len(first) >= 5


#: 【市级相关政策】 / [已废止] / 【记者即时播报】: a site's column or a status it writes before a
#: document's title or a page's headline
COLUMN_TAG = re.compile(r"^[【\[][^】\]]{2,10}[】\]]\s*")
