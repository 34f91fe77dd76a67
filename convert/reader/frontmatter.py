"""Front matter: the lines above the body of a report or notice.

    国发〔2016〕73号                         doc number    → meta.doc_number
    关于印发《…》的                          title (two lines joined) → meta.title
    通知
    ——在区政协七届二次会议上                subtitle      → Paragraph(role=subtitle), meta.subtitle
    区政协主席 张三                          author        → Paragraph(role=author), meta.author
    （2023年1月10日）                        date          → Paragraph(role=date), meta.date

The title and the doc number live in ``meta`` only (writers typeset them from there);
subtitle, author and date are blocks too, so they appear where the text had them.
Classifiers are tried in order on each line; the front matter ends at the first line
none of them accepts.
"""

from __future__ import annotations

from .. import regexcache as re
from collections.abc import Collection
from dataclasses import dataclass, field

from ..model import Paragraph, Removed, text as text_inlines
from .lines import (ISSUER, ISSUER_MARK, POINTERS, LETTER_DATE_KEYS, LETTER_NUMBER_KEYS, LETTER_OTHER_KEYS, SUBTITLE, Line, title_key, is_date, is_doc_number, is_name, is_salutation, is_signature_like,
                    unspaced)
from .titles import (COLUMN_TAG, DATE_IN as _DATE_IN, PAREN_SUBTITLE, SPEAKER_AND_OCCASION, continues_title, is_author, is_title_line,
                     looks_like_document_title)

_SUBTITLE_END = re.compile(r"(?:上|上的讲话|上的报告|上的发言|讲话|发言|致辞|报告|[）)])$")
BARE_ATTACHMENT = re.compile(r"^附\s*件\s*[0-9０-９一二三四五六七八九十]{0,3}\s*[：:]?$")
SIGNER = re.compile(r"^签\s*发\s*人\s*[:：]\s*\S{2,12}$")
#: The cover of a standard: classification codes, its number, its English title, dates.
STANDARD_CODES = re.compile(r"^(?:ICS\s*[\d.; ]+|CCS\s*[A-Z]\s*\d{1,3}|中国标准文献分类号\s*[:：]?.{1,12}|备案号\s*[:：].{1,30}|"
                            r"[A-Z]\s*\d{2}(?:\s*[;；]\s*[A-Z]\s*\d{2})*)$")
STANDARD_NUMBER = re.compile(r"^(?:GB|GB/T|GB/Z|GBZ|DB\d{2}(?:/T)?|T/[A-Z]{2,10}|Q/[A-Z0-9]{1,10}|[A-Z]{2}(?:/T)?)"
                             r"\s*\d{1,6}(?:\.\d{1,3})?\s*[—–-]\s*\d{4}(?:\s*代替.{1,40})?$")
STANDARD_DATES = re.compile(r"^(\d{4}\s*[-年.]\s*\d{1,2}\s*[-月.]\s*\d{1,2}\s*日?)\s*发布[\s\u3000]*"
                            r"(?:\d{4}\s*[-年.]\s*\d{1,2}\s*[-月.]\s*\d{1,2}\s*日?\s*实施)?$")
_LATIN_TITLE = re.compile(r"^[A-Za-z][A-Za-z0-9 ,.:;'()/&—–-]{8,200}$")
#: 發文日期：中華民國112年5月3日 / 發文字號：府法綜字第1123012345號: the labelled header
#: fields of a (Taiwan) official document, part of the document itself
HEADER_DATE = re.compile(rf"^(?P<label>(?:{LETTER_DATE_KEYS})\s*[:：]\s*)(?P<value>.{{6,24}})$")
HEADER_NUMBER = re.compile(rf"^(?P<label>(?:{LETTER_NUMBER_KEYS})\s*[:：]\s*)(?P<value>.{{4,30}})$")
#: the other fields of a Taiwan 函's header (機關地址, 承辦人, 受文者, 速別…): kept as written
HEADER_OTHER = re.compile(rf"^(?:{LETTER_OTHER_KEYS})\s*[:：].{{0,60}}$")


@dataclass
class FrontMatter:
    consumed: int = 0
    title: str = ""
    subtitle: str = ""
    author: str = ""
    date: str = ""
    doc_number: str = ""
    blocks: list = field(default_factory=list)
    removed: tuple[Removed, ...] = ()
    strip_labels: bool = True


#: （2024年2月18日，根据录音整理）: the date of a speech and how the text was made
DATED_NOTE = re.compile(r"^[（(]\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[，,、]?\s*"
                        r"(?:根据录音整理|根据记录整理|有删节|有删减|节选|摘要|根据讲话录音整理)[）)]$")




def read_front_matter(lines: list[Line], page_title_line: int = 0, strip_labels: bool = True,
                      headline_line: int = 0, headline_below: bool = False,
                      sections: Collection[str] = frozenset()) -> FrontMatter:
    """``page_title_line``: the source line of a scraped page's title (its counters and
    site name already stripped), if the cleaner found one. ``headline_line``: the line
    the cleaner found the document's title on, above the text (a headline may have more
    commas than a title is allowed). ``strip_labels``: a labelled doc number (發文字號：…)
    goes to meta without its label (False: --keep-boilerplate). ``headline_below``: the
    body repeats the page's title as its headline (removed there as the copy): the page
    title is then the document's, never a collection's. ``sections``: the title keys of the
    sections the page's contents box lists — one under the page title is a section, no title
    of a document of its own (安装 go 编译器 / 前往 golang under go语言初识)."""
    fm = FrontMatter()
    fm.strip_labels = strip_labels
    i = 0
    n = len(lines)
    if n >= 3 and page_title_line and lines[0].number == page_title_line and not headline_below \
            and title_key(lines[1].text) not in sections and _own_title_follows(lines):
        # A collection page: the page title names the collection, the document below
        # has its own title (and a subtitle, author or salutation right after it).
        fm.removed = (Removed(lines[0].number, lines[0].text, "page title (the document has its own title)"),)
        i = 1
    if i < n and ISSUER_MARK.match(lines[i].text):
        # 某某市人民政府文件: the issuer's banner of an official document (版头)
        fm.blocks.append(Paragraph(text_inlines(lines[i].text), "author"))
        i += 1
    while i < n:
        t = lines[i].text
        if is_doc_number(t) and not fm.doc_number:
            fm.doc_number = t
        elif STANDARD_NUMBER.match(t) and not fm.doc_number:
            fm.doc_number = t                                          # DB33/T 1234—2023
        elif STANDARD_CODES.match(t):
            fm.blocks.append(Paragraph(text_inlines(t), "note"))     # ICS 03.080 / CCS A 10 / 备案号
        elif SIGNER.match(t):
            fm.blocks.append(Paragraph(text_inlines(t), "author"))   # 签发人：…
        elif is_date(t) and not fm.date and i + 1 < n and is_title_line(lines[i + 1].text):
            fm.date = t.strip("（）() ")                               # a date above the title
            fm.blocks.append(Paragraph(text_inlines(t), "date"))
        elif BARE_ATTACHMENT.match(t) and i + 1 < n and is_title_line(lines[i + 1].text):
            fm.blocks.append(Paragraph(text_inlines(t), "attachment"))  # 附件1 above its title
        else:
            break
        i += 1
    announces = i < n and lines[i].text.endswith(("：", ":"))   # 救濟途徑有三：: it leads into a list
    if i < n and not announces and (is_title_line(unspaced(lines[i].text)) and _title_has_room(lines, i)
                  or lines[i].number == headline_line and "。" not in lines[i].text
                  # 二十三、感赞: the page's <title>, repeated under it, is the title however numbered
                  or lines[i].number == page_title_line and i + 1 < n and "。" not in lines[i].text
                  and len(lines[i].text) <= 40):
        title, title_line = unspaced(lines[i].text), lines[i].number
        i += 1
        while i < n and (continues_title(title, unspaced(lines[i].text)) or _title_line_before_subtitle(lines, i)):
            title += unspaced(lines[i].text)   # a title set on two, three or four lines
            i += 1
        pointer = POINTERS.match(title)
        if pointer and fm.strip_labels and len(title) > pointer.end() + 4:
            # 》母嬰親善醫療院所認證: the mark a page points at its headline with
            fm.removed += (Removed(title_line, pointer.group(), "pointer before the headline"),)
            title = title[pointer.end():]
        tag = COLUMN_TAG.match(title)
        if tag and fm.strip_labels and looks_like_document_title(title[tag.end():]):
            # 【市级相关政策】关于印发…的通知: the site's column, not the notice's title
            fm.removed += (Removed(title_line, tag.group().strip(), "column tag before the title"),)
            title = title[tag.end():]
        if fm.strip_labels and _IN_BOOK_MARKS.match(title):
            # 《关于进一步优化无房家庭购房工作的通知》: a page quoting its own document's name
            fm.removed += (Removed(title_line, "《》", "book-title marks around the whole title"),)
            title = title[1:-1]
        fm.title = title
    else:
        # 受文者：… / 發文日期：… / 發文字號：…: a letter's header without its title (a body-only
        # field): the number still goes to meta, the date is still the date
        while i < n and i < 12 and (HEADER_OTHER.match(lines[i].text) or HEADER_DATE.match(lines[i].text)
                                     or HEADER_NUMBER.match(lines[i].text)):
            if not _header_field(fm, lines[i]):
                fm.blocks.append(Paragraph(text_inlines(lines[i].text), "body"))
            i += 1
        fm.consumed = i
        return fm
    while i < n and i < 12:
        t = lines[i].text
        if (PAREN_SUBTITLE.match(t) or SPEAKER_AND_OCCASION.match(t)) and not fm.subtitle:
            fm.subtitle = t
            fm.blocks.append(Paragraph(text_inlines(t), "subtitle"))
            m = _DATE_IN.search(t)
            if m and not fm.date:
                fm.date = m.group(0)
        elif SUBTITLE.match(t) and not fm.subtitle and len(t) <= 120:
            text = t
            if not _SUBTITLE_END.search(text) and i + 1 < n and len(lines[i + 1].text) <= 40 \
                    and _SUBTITLE_END.search(lines[i + 1].text) and not is_date(lines[i + 1].text):
                text += lines[i + 1].text
                i += 1
            fm.subtitle = text
            fm.blocks.append(Paragraph(text_inlines(text), "subtitle"))
            m = _DATE_IN.search(text)
            if m and not fm.date:
                fm.date = m.group(0)
        elif is_doc_number(t) and not fm.doc_number:
            fm.doc_number = t
        elif is_date(t) and not fm.date:
            fm.date = t.strip("（）() ")
            fm.blocks.append(Paragraph(text_inlines(t), "date"))
        elif _header_field(fm, lines[i]):
            pass
        elif DATED_NOTE.match(t) and not fm.date:
            fm.date = DATED_NOTE.match(t).group(1)
            fm.blocks.append(Paragraph(text_inlines(t), "date"))
        elif STANDARD_DATES.match(t) and not fm.date:
            fm.date = STANDARD_DATES.match(t).group(1)               # 2023-05-10发布　2023-06-10实施
            fm.blocks.append(Paragraph(text_inlines(t), "date"))
        elif _is_translated_title(t, fm):
            fm.subtitle = t
            fm.blocks.append(Paragraph(text_inlines(t), "subtitle"))
        elif title_key(t) in sections:
            break   # (2D Transforming under the title: the first section the contents box lists, no name)
        elif is_author(t) and not fm.author or _name_before_subtitle(lines, i, fm):
            fm.author = t
            fm.blocks.append(Paragraph(text_inlines(t), "author"))
        elif _issuers_then_date(lines, i):
            fm.author = fm.author or t                                 # 某某市统计局 / 国家统计局某某调查队
            fm.blocks.append(Paragraph(text_inlines(t), "author"))
        else:
            break
        i += 1
    fm.consumed = i
    return fm


#: 《…》 around a whole title, with no other book-title mark inside
_IN_BOOK_MARKS = re.compile(r"^《[^《》]{4,}》$")


def _name_before_subtitle(lines: list[Line], i: int, fm: FrontMatter) -> bool:
    """犬儒病(上) / 胡平 / ——当代中国的精神危机: the writer's bare name between an essay's
    title and its subtitle."""
    return not fm.author and not fm.subtitle and is_name(lines[i].text) and i + 1 < len(lines) \
        and SUBTITLE.match(lines[i + 1].text) is not None


def _issuers_then_date(lines: list[Line], i: int) -> bool:
    """Issuing bodies under the title, then a date or the subtitle: the authors of a
    bulletin or report."""
    j = i
    while j < len(lines) and j - i < 3 and is_signature_like(lines[j].text) and ISSUER.search(lines[j].text) \
            and len(lines[j].text) <= 24:
        j += 1
    return j > i and j < len(lines) and (is_date(lines[j].text) or bool(SUBTITLE.match(lines[j].text))
                                         or PAREN_SUBTITLE.match(lines[j].text) is not None)


def _is_translated_title(text: str, fm: FrontMatter) -> bool:
    """Specification for integrated handling…: a Chinese title's English version."""
    return not fm.subtitle and _LATIN_TITLE.match(text) is not None and bool(re.search(r"[\u4e00-\u9fff]", fm.title)) \
        and " " in text and not text.endswith(".") and len(text) <= 160


def _header_field(fm: FrontMatter, line: Line) -> bool:
    """發文日期：… → the date (a date paragraph, as written); 發文字號：… → meta.doc_number,
    its label listed as removed (the number itself lives in meta)."""
    m = HEADER_DATE.match(line.text)
    if m and not fm.date and is_date(m.group("value").strip()):
        fm.date = m.group("value").strip()
        fm.blocks.append(Paragraph(text_inlines(line.text), "date"))
        return True
    m = HEADER_NUMBER.match(line.text)
    if m and fm.strip_labels and not fm.doc_number and is_doc_number(m.group("value").strip()):
        fm.doc_number = m.group("value").strip()
        fm.removed += (Removed(line.number, m.group("label").strip(), "label of the document number (in meta)"),)
        return True
    if HEADER_OTHER.match(line.text) and fm.title and re.search(r"[函令告]$|公告$", fm.title):
        fm.blocks.append(Paragraph(text_inlines(line.text), "body"))
        return True
    return False


def _title_line_before_subtitle(lines: list[Line], i: int) -> bool:
    """凝心聚力　真抓实干 / 奋力谱写高质量发展新篇章 / ——在…上的讲话: a speech's title in
    two parallel halves; the subtitle right after shows where the title ends."""
    if i + 1 >= len(lines):
        return False
    second, third = lines[i].text, lines[i + 1].text
    if not is_title_line(second) or len(second) > 40 or is_author(second) or _DATE_IN.search(second) \
            or ISSUER.search(second) or is_name(second) and len(second) <= 3:
        return False   # 某某市人民政府 (or 胡平) between a title and its subtitle is the issuer (the writer)
    return bool(SUBTITLE.match(third) or PAREN_SUBTITLE.match(third))


def _own_title_follows(lines: list[Line]) -> bool:
    second = lines[1].text
    if not is_title_line(second) or second == lines[0].text:
        return False
    k = 2
    if continues_title(second, lines[2].text) and len(lines) > 3:
        k = 3
    third = lines[k].text
    return bool(SUBTITLE.match(third) or PAREN_SUBTITLE.match(third) or is_date(third)
                or is_author(third) or is_salutation(third) or is_doc_number(third)
                or is_name(third) and k + 1 < len(lines) and SUBTITLE.match(lines[k + 1].text))


def _title_has_room(lines: list[Line], i: int) -> bool:
    """A lone short line followed only by signature-like lines is not a title."""
    return len(lines) > i + 1 or len(lines[i].text) >= 4
