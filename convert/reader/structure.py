"""structure: cleaned lines → Document.

The work is split into three passes over the lines, each a list of named classifiers
tried in order (the first that accepts a line wins):

1. front matter (``frontmatter.py``): title, subtitle, doc number, author, date,
   salutation — only at the top of the document;
2. body: table of contents, tables, signature/date blocks, attachments, notes,
   numbered and named headings (with run-in headings split), paragraphs with lead-ins;
3. heading levels: the numbering ranks a document uses, in order, become levels 1…n.
"""

from __future__ import annotations

from .. import regexcache as re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Mapping, Optional

from ..model import Block, Document, Heading, List, Meta, Notice, Paragraph, Strong, plain_text, text as text_inlines
from . import ReadOptions
from .backmatter import IssueMarks, read_issue_marks
from .clean import Cleaned
from .lines import CASUAL_TILDE, SECTION_NAME, Line
from .boilerplate import page_fields
from .context import ATTACHMENT_RANK, DECIMAL_RANK, DECIMAL_STEP, KEYED_RANK, NAMED_RANK, PLAIN_RANK, Classifier, Context, Draft
from .frontmatter import FrontMatter, is_author, read_front_matter
from .titles import continues_title, is_title_line
from .headings import ARTICLE_PARTS, DAY_HEADING, LAW_NAMES, NAMED_HEADINGS, NUMBERINGS, bare_section_marks, decimal_clause, label_number, numbered
from .language import detect_language
from .leadin import split_lead_in
from .tables import cell_table, spaced_table, table
from .lines import (ADDRESSEES, ISSUER, ATTACHMENT_HEADING, ATTACHMENT_LINE, MEETING_FIELD, SUBTITLE, is_caption, is_date, is_note, is_salutation,
                    LETTER_DATE_KEYS, LETTER_NUMBER_KEYS, LETTER_SECTION_KEYS, title_from_filename,
                    is_signature_like, squash, title_key, unspaced)


# --------------------------------------------------------------------------- entry


#: 第一章　总则　第一条　为了…: a chapter's title and its first article on one line
_GLUED_ARTICLE = re.compile(r"^(第\s*[一二三四五六七八九十百零〇\d]{1,6}\s*[章节節编編](?:\s*\S{1,20}?)?)\s+"
                            r"(第\s*[一二三四五六七八九十百零〇\d]{1,6}\s*[条條]\s*\S.*)$"
                            # 第三章认定程序第九条认定…: glued without a space, the chapter named
                            r"|^(第[一二三四五六七八九十百零〇\d]{1,6}[章节節编編][^第\s，。；：]{2,16})"
                            r"(第[一二三四五六七八九十百零〇\d]{1,6}[条條]\S.*)$")


def _split_glued_articles(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    for line in lines:
        m = _GLUED_ARTICLE.match(line.text)
        if m:
            chapter, article = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            out.append(Line(line.number, chapter, line.indent, line.blank_before))
            out.append(Line(line.number, article, line.indent))
        else:
            out.append(line)
    return out


@dataclass
class Split:
    """The cleaned lines cut into what stands above the body and the body itself."""

    lines: list[Line]            # all lines, 版记 and 密级 marks taken out
    marks: IssueMarks            # 版记 fields and 密级/紧急程度
    start: int                   # where the front matter begins (after a leading table of contents)
    lead_blocks: list            # that table of contents
    front: FrontMatter
    outline: Counter[str]        # the sections the page's contents boxes list (title keys), how often each

    @property
    def body(self) -> list[Line]:
        return self.lines[self.start + self.front.consumed:]


def split_front(cleaned: Cleaned, options: ReadOptions = ReadOptions()) -> Split:
    lines, marks = read_issue_marks(_split_glued_articles(list(cleaned.lines)))   # 版记 at the end, 密级/紧急 at the top
    # A law may open with its table of contents, the title only after it.
    start, lead_blocks = 0, []
    if lines and _is_toc_title(lines[0].text):
        probe = Context(lines)
        start = toc(probe, 0) or 0
        lead_blocks = probe.blocks
    outline = Counter(title_key(entry) for entry in cleaned.page.get("outline", "").split("\n") if entry)
    front = read_front_matter(lines[start:], int(cleaned.page.get("page_title_line", "0")),
                              headline_line=int(cleaned.page.get("headline_line", "0")),
                              headline_below="headline_below" in cleaned.page,
                              strip_labels=not options.keep_boilerplate,
                              sections=outline)
    return Split(lines, marks, start, lead_blocks, front, outline)


def structure(cleaned: Cleaned, options: ReadOptions = ReadOptions()) -> Document:
    split = split_front(cleaned, options)
    lines, marks, start, lead_blocks, front = split.lines, split.marks, split.start, split.lead_blocks, split.front
    language = detect_language("\n".join(l.text for l in lines))
    ctx = Context(split.body)
    ctx.law = _is_law(ctx.lines[: _section_end(ctx.lines, 0)])
    ctx.decimal = _decimal_depths(lines)
    ctx.traditional = language == "zh-Hant"
    ctx.minutes = _is_minutes(lines)
    ctx.letter = _is_letter(lines)
    ctx.title = front.title
    ctx.outline = split.outline
    ctx.outline_whole = cleaned.page.get("anchored") == "1"
    ctx.outline_depths = {title_key(text): int(depth) for depth, text in
                          (entry.split("\t", 1) for entry in cleaned.page.get("outline_depths", "").split("\n") if entry)}
    ctx.blocks.extend(lead_blocks)
    ctx.blocks.extend(front.blocks)
    if "byline" in cleaned.page and not front.author:
        # the writer's name the page set in its info bar (region.page_header took it out of
        # the buttons around it): printed under the title, as a report's speaker is
        ctx.blocks.append(Paragraph(text_inlines(cleaned.page["byline"]), "author"))
    ends = _source_ends(lines, cleaned.removed + front.removed, cleaned.double_spaced)
    spans = _lines_spans(lines[:start], lead_blocks, ends) + _front_spans(lines[start:start + front.consumed],
                                                                           front.blocks, ends)
    i = 0
    n = len(ctx.lines)
    while i < n:
        for classifier in BODY_CLASSIFIERS:
            before = len(ctx.blocks)
            used = classifier(ctx, i)
            if used:
                spans[len(spans):] = [None] * (before - len(spans))
                spans += _lines_spans(ctx.lines[i:i + used], ctx.blocks[before:], ends)
                i += used
                break
        else:  # pragma: no cover - paragraph() always accepts
            i += 1
    if not ctx.seen_heading:
        _lead_ins_without_headings(ctx.blocks)
    blocks = [b if span is None else replace(b, lines=span)
              for b, span in zip(_assign_levels(ctx.blocks), spans + [None] * (len(ctx.blocks) - len(spans)))]
    # the page's own 标题：/法規名稱： field when the text shows no title of its own
    title = front.title or cleaned.page.get("title", "") or title_from_filename(options.filename)
    page = cleaned.page
    meta = Meta(
        title=title,
        subtitle=front.subtitle,
        author=front.author or page.get("author", ""),
        date=front.date or ctx.meta_date or page.get("date", ""),
        doc_number=front.doc_number or page.get("doc_number", ""),
        language=language,
        source=options.filename,
        publisher=page.get("source", ""),
        removed=tuple(sorted(cleaned.removed + front.removed, key=lambda r: r.line)),
        notices=cleaned.notices + tuple(ctx.notices),
        **marks.fields,
    )
    return marks.apply(Document(meta, tuple(blocks)))


def _source_ends(lines: list[Line], removed, double_spaced: bool = False) -> dict[int, int]:
    """Line number → the last source line it stands for: up to the next kept or removed
    line (a line may be several source lines joined), less the blank line before it (in a
    double-spaced text, before every line)."""
    starts = sorted({l.number for l in lines} | {r.line for r in removed})
    blank = set(starts) if double_spaced else {l.number for l in lines if l.blank_before}
    ends = {}
    for a, b in zip(starts, starts[1:]):
        ends[a] = max(a, b - 1 - (b in blank))
    return ends


def _lines_spans(used: list[Line], blocks: list, ends: dict[int, int]) -> list:
    """(first, last) source lines of each block a classifier made from ``used``: one
    line each when it made one block a line, else the whole run for every block."""
    if not used:
        return [None] * len(blocks)
    if len(blocks) == len(used):
        return [(l.number, ends.get(l.number, l.number)) for l in used]
    return [(used[0].number, ends.get(used[-1].number, used[-1].number))] * len(blocks)


def _front_spans(used: list[Line], blocks: list, ends: dict[int, int]) -> list:
    """The front matter's blocks, found among its lines by their text (the title, in
    meta only, takes a line of its own)."""
    out, k = [], 0
    for b in blocks:
        t = "".join(plain_text(b).split())
        j = next((j for j in range(k, len(used)) if t and (t in "".join(used[j].text.split())
                                                           or "".join(used[j].text.split()) in t)), None)
        if j is None:
            out.append(None)
            continue
        out.append((used[j].number, ends.get(used[j].number, used[j].number)))
        k = j + 1
    return out


def _lead_ins_without_headings(blocks: list) -> None:
    """A text without headings whose paragraphs mostly open with a summary sentence
    (深化改革开放。… 扩大内需。…) gets its lead-ins too; the opening paragraph does not."""
    body = [k for k, b in enumerate(blocks) if isinstance(b, Paragraph) and b.role == "body"]
    split = {k: split_lead_in(plain_text(blocks[k]), True) for k in body[1:]}
    candidates = [k for k, inlines in split.items() if isinstance(inlines[0], Strong)]
    if len(candidates) >= 3 and len(candidates) >= 0.3 * len(body):
        for k in candidates:
            blocks[k] = Paragraph(split[k], "body")


def _is_attachment_heading(text: str) -> bool:
    return len(text) <= 40 and ATTACHMENT_HEADING.match(text) is not None \
        and not ATTACHMENT_LINE.match(text)


def _section_end(lines: list[Line], start: int) -> int:
    """Where the section starting at ``start`` ends: at the next 附件 heading."""
    for j in range(start, len(lines)):
        if _is_attachment_heading(lines[j].text):
            return j
    return len(lines)


_PART_AND_TIME = re.compile(r"^(\S{2,8}?)\s*[:：]\s*((?:上午|下午|中午|晚上)\s*\d{1,2}\s*[時时点點].{0,12})$")


def _is_minutes(lines: list[Line]) -> bool:
    """A meeting's minutes (議事錄): its header fields (時間：地點：出席：主席：記錄：) at the
    top, its parts labelled 甲、乙、丙、. Under those parts the 一、 and （一） entries record
    what was reported, asked and decided — the record's items, not section titles."""
    fields = sum(1 for l in lines[:60] if MEETING_FIELD.match(l.text))
    return fields >= 3 and any((num := numbered(l.text)) and num.numbering.name == "stem" for l in lines)


def _is_law(lines: list[Line]) -> bool:
    articles = 0
    for l in lines:
        num = numbered(l.text)
        if num and num.numbering.name == "article":
            articles += 1
            if articles >= 2:
                return True
    return False


def _decimal_depths(lines: list[Line]) -> frozenset[int]:
    """The depths of 1 / 1.1 / 1.1.1 clause headings the text really uses: titled clauses
    numbered N.1 and N.2 under the same N (a thesis under 第一章 has no bare 1 范围), and
    depth 1 only when at least two bare-numbered titles stand with them — so a stray
    '12 个项目' or '3.5 亿元' line is never a heading."""
    tops: list[int] = []
    subs: set[str] = set()
    for l in lines:
        if l.text[:1].isdigit():
            d = decimal_clause(l.text)
            if d is not None:
                if d.depth == 1:
                    tops.append(int(d.label))
                else:
                    subs.add(d.label.replace("．", ".").rstrip("."))
    # 1 范围 / 2 规范性引用文件 / 3 术语和定义: bare numbers that count 1, 2, 3 in order, each
    # with text under it (rows of a list pasted one per line follow each other directly)
    counting = any(tops[k:k + 3] == [m, m + 1, m + 2] for k in range(len(tops)) for m in (tops[k],)) \
        and not any(decimal_clause(a.text) and decimal_clause(b.text) for a, b in zip(lines, lines[1:])
                    if a.text[:1].isdigit() and b.text[:1].isdigit())
    if not any(p + ".1" in subs and p + ".2" in subs for p in {s.rsplit(".", 1)[0] for s in subs}):
        return frozenset({1}) if counting else frozenset()
    depths = {s.count(".") + 1 for s in subs}
    return frozenset(depths | ({1} if len(tops) >= 2 else set()))


# --------------------------------------------------------------------------- body classifiers


def toc(ctx: Context, i: int) -> Optional[int]:
    """目录 followed by its entries: paragraphs of role toc, never headings."""
    if not _is_toc_title(ctx.lines[i].text):
        return None
    entries = []
    j = i + 1
    first_entry = None
    while j < len(ctx.lines):
        t = ctx.lines[j].text
        if len(t) > 50 or (first_entry is not None and _same_heading(t, first_entry)):
            break
        if not _is_toc_entry(t):
            break
        if first_entry is None:
            first_entry = t
        entries.append(t)
        j += 1
    if not entries:
        return None
    ctx.blocks.append(Paragraph(text_inlines(ctx.lines[i].text), "toc"))
    ctx.blocks.extend(Paragraph(text_inlines(t), "toc") for t in entries)
    ctx.notices.append(Notice("contents", f"a table of contents ({unspaced(ctx.lines[i].text)}, {len(entries)} "
                                          "entries) kept as a contents block, not as headings",
                              ctx.lines[i].number))
    return j - i


#: 1.1 什么是 AR-HUD / 5.2 AR-HUD 对消费者、市场…的影响: an outline's sub-entry, its number's depth two or more
_SUB_ENTRY = re.compile(r"^\d{1,2}(?:[.．]\d{1,2}){1,3}[.．]?\s*[^\d.．\s]")
_OUTLINE_AT_LEAST = 6    # entries of an outline set in the text, at least
_OUTLINE_ENTRY = 40      # characters of one, at most
_ENTRY_ENDS = re.compile(r"[。；;！？!?：:]$")


def outline_list(ctx: Context, i: int) -> Optional[int]:
    """大纲 / 一、 简介 / 1.1 什么是 AR-HUD / 1.2 … / 二、 AR-HUD 的设计 / 2.1 … / … / 五、结论 / 5.1 …: an
    outline set in the text, its entries nested (numbered ones, and sub-entries 1.1 under them) with
    no text between them — no section has any: a contents block, not headings."""
    lines = ctx.lines
    if i < ctx.no_outline_before:
        return None   # (inside a run already read: its tail has fewer entries of each kind — linear)
    j, tops, subs = i, 0, 0
    while j < len(lines) and len(lines[j].text) <= _OUTLINE_ENTRY and not _ENTRY_ENDS.search(lines[j].text):
        if _SUB_ENTRY.match(lines[j].text):
            subs += 1
        elif numbered(lines[j].text) is not None:
            tops += 1
        else:
            break
        j += 1
    if j - i < _OUTLINE_AT_LEAST or tops < 2 or subs < 2:
        ctx.no_outline_before = j
        return None
    ctx.blocks.extend(Paragraph(text_inlines(lines[k].text), "toc") for k in range(i, j))
    ctx.notices.append(Notice("contents", f"an outline ({j - i} entries, none with text under it) kept as a "
                                          "contents block, not as headings", lines[i].number))
    return j - i


def _is_toc_title(text: str) -> bool:
    if len(text) > 8:
        return False
    return re.sub(r"[\s\u3000]+", "", text) in ("目录", "目次", "目錄", "目　录")


_PAGE_REF = re.compile(r"(?:[.·…．─—-]{2,}|\s{2,})\s*(?:\d{1,4}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]|[IVX]{1,5})$|\s\d{1,4}$")


def _is_toc_entry(text: str) -> bool:
    """第一章　总则 …… 1 ／ 一、总体要求 ／ 附则: a numbered or named line, maybe with a page number."""
    if _PAGE_REF.search(text):
        return True
    if numbered(text) is not None:
        return True
    compact = re.sub(r"[\s\u3000]+", "", text)
    return compact in NAMED_HEADINGS or compact.startswith("附件") or compact.startswith("附录")


def _same_heading(a: str, b: str) -> bool:
    squash = lambda s: re.sub(r"[\s\u3000.·…．─—\dⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]+$|(?<=[.·…．─—])[IVX]+$", "",
                              re.sub(r"[\s\u3000]+", "", s)).rstrip(".·…．─—")
    return squash(a) == squash(b)


def signature_block(ctx: Context, i: int) -> Optional[int]:
    """Issuer lines and a date at the end of a notice or letter (also right-aligned)."""
    lines = ctx.lines
    j = i
    signers: list[tuple[str, Line]] = []    # (issuer, the line it stands on)
    while j < len(lines) and len(signers) < 4 and numbered(lines[j].text) is None:
        t = lines[j].text
        parts = _joint_signers(t) or ([t] if is_signature_like(t) else [])
        if not parts:
            break
        signers.extend((p, lines[j]) for p in parts)
        j += 1
    if signers and (j >= len(lines) or not is_date(lines[j].text)):
        # no date: an issuer line closing the document (縣長　陳大明 / 某某区人民政府)
        if _ends_here(ctx, j) and len(signers) <= 2 and i > 0 and \
                all(ISSUER.search(t) or is_author(t) or l.indent >= 10 for t, l in signers):
            for t, _ in signers:
                ctx.blocks.append(Paragraph(text_inlines(t), "signature"))
            return j - i
        return None
    if j >= len(lines) or not is_date(lines[j].text):
        return None
    if not _ends_here(ctx, j + 1):
        return None
    for t, _ in signers:
        ctx.blocks.append(Paragraph(text_inlines(t), "signature"))
    ctx.blocks.append(Paragraph(text_inlines(lines[j].text), "date"))
    if not ctx.meta_date:
        ctx.meta_date = lines[j].text.strip("（）()")
    return j + 1 - i


_SIGNER_GAP = re.compile(r"[ \t]{3,}|\u3000{2,}|[ \u3000\t]{4,}")


def _joint_signers(text: str) -> list[str]:
    """某某县委办公室          某某县农业农村局: a joint document's issuers, spaced out on one
    line by a word processor. Every part must name an issuing body."""
    if len(text) > 80 or _SIGNER_GAP.search(text) is None:
        return []
    parts = [p for p in _SIGNER_GAP.split(text) if p]
    if len(parts) < 2 or len(parts) > 4:
        return []
    if all(is_signature_like(p) and ISSUER.search(p) for p in parts):
        return parts
    return []



def _ends_here(ctx: Context, j: int) -> bool:
    """After a signature: the end, notes, an attachment, or the document the notice issues."""
    if j >= len(ctx.lines):
        return True
    t = ctx.lines[j].text
    return is_note(t) or (ATTACHMENT_HEADING.match(t) is not None and len(t) <= 40) \
        or _names_issued_document(ctx, t)


def note(ctx: Context, i: int) -> Optional[int]:
    if not is_note(ctx.lines[i].text):
        return None
    ctx.blocks.append(Paragraph(text_inlines(ctx.lines[i].text), "note"))
    return 1


def attachment_list(ctx: Context, i: int) -> Optional[int]:
    """附件：1.××× followed by 2.××× lines: the list of attachments of a notice."""
    t = ctx.lines[i].text
    if not ATTACHMENT_LINE.match(t):
        return None
    ctx.blocks.append(Paragraph(text_inlines(t), "attachment"))
    j = i + 1
    while j < len(ctx.lines):
        num = numbered(ctx.lines[j].text)
        if num is None or num.numbering.name not in ("arabic", "paren-arabic") or len(ctx.lines[j].text) > 60 \
                or ctx.lines[j].blank_before and ctx.lines[j].indent < 2 and ctx.lines[j - 1].indent >= 2:
            break
        ctx.blocks.append(Paragraph(text_inlines(ctx.lines[j].text), "attachment"))
        j += 1
    return j - i


def _title_goes_on(lines: list[Line], k: int, title: str) -> bool:
    """Is line k the second line of an attachment's title: a title's words, and after it
    the attachment's body begins (its table's 序号, a numbered heading, a paragraph)?"""
    if k + 1 >= len(lines) or numbered(lines[k].text) is not None or not is_title_line(lines[k].text) \
            or len(title + lines[k].text) > 60 or re.match(r"^[（(].*[）)]$", lines[k].text) \
            or re.match(r"^[^：:]{1,4}[：:]", lines[k].text):   # （以姓氏笔划为序）: a note; 问：…: a field
        return False
    if continues_title(title, lines[k].text):
        return True
    after = lines[k + 1].text
    return after in ("序号", "编号", "序號", "編號") or numbered(after) is not None or len(after) >= 30 and bool(
        re.search(r"[。；]$", after))


#: …申请表.doc / …一览表.xlsx: the name of a file to download
_FILE_NAME = re.compile(r"\.(?:docx?|xlsx?|pdf|wps|et|zip|rar|7z|ofd|txt)\s*$", re.IGNORECASE)


def attachment_heading(ctx: Context, i: int) -> Optional[int]:
    """附件1 (alone on its line) and the attachment's title on the next line."""
    t = ctx.lines[i].text
    m = ATTACHMENT_HEADING.match(t)
    if not m or len(t) > 40 or ATTACHMENT_LINE.match(t):
        return None
    label, rest = m.group("label"), m.group("rest")
    if rest and (len(rest) > 40 or re.search(r"[。，；]", rest)):
        return None
    if _FILE_NAME.search(rest):
        return None   # 附件3：同意报考证明（模板仅供参考）.doc: a link to the file, not the attachment set out below
    used = 1
    if not rest and i + 1 < len(ctx.lines):
        nxt = ctx.lines[i + 1].text
        if len(nxt) <= 60 and not re.search(r"[。；]$", nxt) and numbered(nxt) is None:
            rest = nxt
            used = 2
            if _title_goes_on(ctx.lines, i + 2, rest):
                rest += ctx.lines[i + 2].text   # 2023年市区符合政府安排工作条件 / 退役士兵和退出消防员安置任务
                used = 3
    ctx.blocks.append(Draft(ATTACHMENT_RANK, label, rest))
    ctx.seen_heading = True
    ctx.in_attachment = True
    ctx.law = _is_law(ctx.lines[i + used: _section_end(ctx.lines, i + 1)])
    return used


def issued_document(ctx: Context, i: int) -> Optional[int]:
    """关于印发某某措施的通知 … signature, date, （此件公开发布）, then 某某措施 on a line of its
    own: the document the notice issues, as an attachment without a 附件 label. A notice
    that issues two (…转制为企业和进一步支持文化企业发展两个规定的通知) has the second
    one's title after the first one's last paragraph. A title broken over two lines is
    joined."""
    t = ctx.lines[i].text
    prev = ctx.blocks[-1] if ctx.blocks else None
    if ctx.in_attachment:
        if not ctx.issued or not (isinstance(prev, Paragraph) and prev.role == "body"):
            return None
    elif not (isinstance(prev, Paragraph) and prev.role in ("signature", "date", "note")):
        return None
    used = 1
    while i + used < len(ctx.lines) and used < 3 and _names_issued_document(ctx, t + ctx.lines[i + used].text):
        t += ctx.lines[i + used].text   # 文化体制改革中经营性文化事业单位 / 转制为企业的规定
        used += 1
    if not _names_issued_document(ctx, t) or _squash_marks(t) in ctx.issued:
        return None
    if ctx.in_attachment and not _ENDS_PARAGRAPH.search(ctx.lines[i - 1].text):
        return None
    ctx.issued.append(_squash_marks(t))
    ctx.blocks.append(Draft(ATTACHMENT_RANK, "", t))
    ctx.seen_heading = True
    ctx.in_attachment = True
    ctx.law = _is_law(ctx.lines[i + used: _section_end(ctx.lines, i + used)])
    return used


_ENDS_PARAGRAPH = re.compile(r"[。！？]$")
#: 某某措施的规定 named in 关于印发某某措施两个规定的通知: the kind after 的 may be said once for both
_DOCUMENT_KIND = re.compile(r"的?(?:规定|办法|措施|方案|意见|细则|规则|计划|指引|指南|实施意见|实施方案|管理办法)$")


def _squash_marks(text: str) -> str:
    return re.sub(r"[《》“”\s]", "", text)


def _names_issued_document(ctx: Context, text: str) -> bool:
    """Is ``text`` the name of the document this notice issues (part of its title)?"""
    if not ctx.title or not 4 <= len(text) <= 60 or re.search(r"[。；，：]$", text) or numbered(text) is not None:
        return False
    inner, title = _squash_marks(text), _squash_marks(ctx.title)
    if inner == title or not re.search(r"印发|发布|公布|转发", title):
        return False
    if inner in title:
        return True
    core = _DOCUMENT_KIND.sub("", inner)
    return len(core) >= 8 and core != inner and core in title


def salutation(ctx: Context, i: int) -> Optional[int]:
    t = ctx.lines[i].text
    if not (is_salutation(t) or i == 0 and _single_addressee(t)) or numbered(t) is not None:
        return None
    ctx.blocks.append(Paragraph(text_inlines(t), "salutation"))
    return 1


def _single_addressee(text: str) -> bool:
    """区人大常委会： / 市人民政府： as the first line of the body: the one body addressed."""
    return len(text) <= 16 and ADDRESSEES.search(text) is not None and not re.search(r"[，,、。；\s]", text) \
        and re.search(r"(?:要求|如下|以下|下列|人员|单位|事项|时间|地点|内容|方式)[：:]$", text) is None


_EXAM = re.compile(r"[（(]\s*(?:单选|多选|判断|不定项|填空|简答|单项选择|多项选择)[^）)]{0,6}[）)]|_{3,}|（\s*）\s*[。？]?$")
_EXAM_MARK = re.compile(r"[（(]\s*(?:单选|多选|判断|不定项|填空|简答|单项选择|多项选择)[^）)]{0,6}[）)]|_{3,}|（\s*）\s*[。？]?$")
_OPTION = re.compile(r"^[A-HＡ-Ｈ]\s*[.．、]")
_GLOSSARY = re.compile(r"^[^，。：:；]{1,24}[：:]\s*\S")
_SENTENCE_END = re.compile(r"[。！？!?]")

#: (not 編號 3-2「…」: a space before a figure or a Latin word is how the text spaces it)
_SPACED_RUN_IN = re.compile(r"^([^\s，。；：,;:]{2,20})[ \u3000]+([^\s0-9A-Za-z].{19,})$")

_COLON_RUN_IN = re.compile(r"^([^，。；：:,;“”《》]{2,12}[：:])(.{12,})$")
_DEFINITION = re.compile(r"^\s*(?:指|是指|即|系指|是|为|包括)")   # 优质均衡：指…  a glossary entry

MAX_HEADING = 50      # characters after the label for a stand-alone heading
_ANY_SENTENCE_MARK = re.compile(r"[。！？!?；;：:，,]")
MAX_RUN_IN = 40       # characters of a run-in heading's first sentence
MAX_SENTENCE_HEADING = 36   # a heading that is one sentence ending in 。


#: 主旨：貴行行員…: a 公文's section name, its colon, and the section's text (maybe none)
_LETTER_SECTION = re.compile(rf"^(?P<key>{LETTER_SECTION_KEYS})\s*[：:]\s*(?P<rest>.*)$")
#: 受文者：/ 發文日期：/ 發文字號： — the header of a 公文
_LETTER_HEADER = re.compile(rf"^(?:受文者|{LETTER_DATE_KEYS}|{LETTER_NUMBER_KEYS})\s*[:：]")


def _is_letter(lines: list[Line]) -> bool:
    """Is the text a 公文: does its header (in the first lines) carry a 公文's fields?"""
    return sum(1 for line in lines[:20] if _LETTER_HEADER.match(line.text)) >= 2


def letter_section(ctx: Context, i: int) -> Optional[int]:
    """主旨：… / 說明： / 注意事項：: in a 公文, the section names are its headings, run in
    before their text (the items under 說明： stay its items)."""
    m = _LETTER_SECTION.match(ctx.lines[i].text) if ctx.letter else None
    if m is None:
        return None
    rest = m.group("rest").strip()
    # (the colon stays: the letter prints 主旨：, its section name and the mark after it)
    key = ctx.lines[i].text[: m.start("rest")].strip()
    ctx.blocks.append(Draft(NAMED_RANK, "", key, run_in=bool(rest)))
    if rest:
        ctx.blocks.append(Paragraph(text_inlines(rest), "body"))
    ctx.seen_heading = True
    return 1


def numbered_heading(ctx: Context, i: int) -> Optional[int]:
    """一、／（一）／1.／（1）／第X章… headings; run-in headings split from their text."""
    line = ctx.lines[i]
    num = numbered(line.text)
    if num is None:
        return None
    name = num.numbering.name
    rank = num.numbering.rank
    rest = num.rest
    if name == "article":
        if not ctx.law:
            return None
        ctx.blocks.append(Draft(rank, num.label, ""))
        if rest:
            ctx.blocks.append(Paragraph(text_inlines(rest), "body"))
        ctx.seen_heading = True
        return 1
    if name == "padded" and not (i + 1 < len(ctx.lines) and len(ctx.lines[i + 1].text) >= 10
                                 and re.search(r"[，。；！？]", ctx.lines[i + 1].text)):
        return None   # 01艺术学原理 / 刘梦溪 in a table of codes: a section mark leads into text
    if name == "piece":
        if len(rest) > 60:
            return None
        ctx.blocks.append(Draft(rank, num.label, rest))
        ctx.seen_heading = True
        return 1
    if name in LAW_NAMES:
        if len(rest) > 40 or _SENTENCE_END.search(rest):
            return None
        ctx.blocks.append(Draft(rank, num.label, rest))
        ctx.seen_heading = True
        return 1
    if ctx.outline and title_key(line.text) in ctx.outline and rest and len(rest) <= MAX_HEADING and not ctx.law:
        # 1. 从原作者的代码仓库中使用模板构建项目, which the page's contents box lists: a section's heading
        ctx.blocks.append(Draft(rank, num.label, rest))
        ctx.seen_heading = True
        return 1
    if ctx.minutes and name != "stem":
        return None   # 一、主席報告簽到議員已達法定人數: an entry of the record (_is_minutes)
    if MEETING_FIELD.match(rest):
        return None   # 一、開會時間：…／三、主持人：…: the meeting's header, numbered
    closing = _PART_AND_TIME.match(rest) if ctx.minutes else None
    if closing:   # 戊、散會：下午6時18分: the part, and when it happened
        ctx.blocks.append(Draft(rank, num.label, closing.group(1)))
        ctx.blocks.append(Paragraph(text_inlines(closing.group(2)), "body"))
        ctx.seen_heading = True
        return 1
    low = name in ("arabic", "paren-arabic", "rparen-arabic")
    if _is_cell_label(ctx, i):
        return None   # 一、本年新收政府信息公开申请数量 then 120: a row of a table pasted cell by cell
    if not rest or _next_is_option(ctx, i) or _EXAM_MARK.search(line.text) or low and _EXAM.search(line.text):
        return None
    if ctx.law:
        return None   # 一、（一）1. inside a law's articles are its items (项), not headings
    if ctx.traditional and _SENTENCE_END.search(rest[-1:]) and _under_label(ctx, i):
        return None   # 說明：／一、依據…函辦理。: the items of a Taiwan letter's section
    if low and _GLOSSARY.match(rest):
        return None
    low_run_in = low and _low_run_in_run(ctx, i, name)
    if low and not low_run_in and _sibling_run(ctx, i, name):
        return None
    if not low and _introduced_list(ctx, i, name):
        return None   # 救濟途徑有三： / 一、… / 二、… / 三、…: the items the line above announces
    spaced = _SPACED_RUN_IN.match(rest)
    if spaced and not low:
        # 一、指导思想　以习近平新时代…: the heading, a gap, then the paragraph
        ctx.blocks.append(Draft(rank, num.label, spaced.group(1), run_in=True))
        ctx.blocks.append(Paragraph(split_lead_in(spaced.group(2), True), "body"))
        ctx.seen_heading = True
        return 1
    colon = _COLON_RUN_IN.match(rest)
    if colon and not low and not _DEFINITION.match(colon.group(2)) and _SENTENCE_END.search(colon.group(2)[-1:]) \
            and (re.search(r"[，,]", colon.group(2)) or len(colon.group(2)) >= 30):
        # （一）工作目标：到2025年，…: a short heading word, its colon, then a paragraph of prose
        # (一、活动时间：2024年3月1日至3月31日 stays one heading: what follows is a value)
        ctx.blocks.append(Draft(rank, num.label, colon.group(1), run_in=True))
        ctx.blocks.append(Paragraph(text_inlines(colon.group(2).lstrip()), "body"))
        ctx.seen_heading = True
        return 1
    end = _SENTENCE_END.search(rest)
    if end is None:
        if len(rest) > MAX_HEADING or re.search(r"[；;]$", rest):
            return None
        if low and re.search(r"[，,]", rest) and len(rest) > 30:
            return None
        if low and not _followed_by_text(ctx, i, rank):
            return None   # 1.信息化发展指数 then a cell such as "%": a table, not a heading
        ctx.blocks.append(Draft(rank, num.label, rest))
        ctx.seen_heading = True
        return 1
    head, tail = rest[: end.end()], rest[end.end():]
    # a closing quote or bracket belongs to the sentence it ends
    while tail[:1] in ("”", "’", "」", "）", ")"):
        head, tail = head + tail[0], tail[1:]
    if head[-1:] in "？?！!" and tail and len(tail) <= 20 and not _ANY_SENTENCE_MARK.search(tail):
        head, tail = rest, ""   # 减肥有多难？这样做是有害的: a headline's question and answer
    if not tail:
        # one sentence alone: a heading if short; a long clause chain is a paragraph item
        if len(head) > MAX_SENTENCE_HEADING or low or len(re.findall(r"[，,]", head)) > 1 \
                or not _mostly_headed(ctx, i, name) or _sentence_items(ctx, i, name):
            return None
        ctx.blocks.append(Draft(rank, num.label, head))
        ctx.seen_heading = True
        return 1
    if (low and not low_run_in) or len(head) > MAX_RUN_IN or re.search(r"[；;]", head):
        return None
    if not low and not _mostly_headed(ctx, i, name):
        return None   # （十二）转制后执行企业收入分配制度。… among numbered paragraphs: one of them
    ctx.blocks.append(Draft(rank, num.label, head, run_in=True))
    ctx.blocks.append(Paragraph(text_inlines(tail.lstrip()), "body"))
    ctx.seen_heading = True
    return 1


_NUMBER_CELL = re.compile(r"^(?:[-+]?\d[\d.,]*\s*%?|[-—/／])$")


def _sentence_items(ctx: Context, i: int, name: str) -> bool:
    """（一）政府採購法有關上級機關職權之行使。 / （二）… / （三）…: sentences numbered one
    after another with no text under any of them (a unit's duties) are a list's items —
    a heading stands over its text. Only when the run is all its section's items of that
    numbering: where a sibling elsewhere in the section has text under it, all are headings."""
    def sentence_of_kind(j: int) -> bool:
        num = numbered(ctx.lines[j].text) if 0 <= j < len(ctx.lines) else None
        return num is not None and num.numbering.name == name and _SENTENCE_END.search(num.rest[-1:]) is not None
    if i in ctx.items:
        return ctx.items[i]
    start = i
    while sentence_of_kind(start - 1):
        start -= 1
    stop = i + 1
    while sentence_of_kind(stop):
        stop += 1
    rank = numbered(ctx.lines[i].text).numbering.rank

    def sibling_beyond(j: int, step: int) -> bool:   # the same numbering in the section, past the run
        for _ in range(200):
            num = numbered(ctx.lines[j].text) if 0 <= j < len(ctx.lines) else None
            if num is None and not 0 <= j < len(ctx.lines) or num is not None and num.numbering.rank < rank:
                return False
            if num is not None and num.numbering.name == name:
                return True
            j += step
        return False

    items = stop - start >= 3 and not sibling_beyond(start - 1, -1) and not sibling_beyond(stop, 1)
    for j in range(start, stop):   # (once per run: a long run stays linear)
        ctx.items[j] = items
    return items


def _is_cell_label(ctx: Context, i: int, depth: int = 0) -> bool:
    """A numbered row label of a table pasted one cell per line: the next line is a
    number, or a deeper numbered label that is itself followed by one (三、本年度办理结果 /
    （一）予以公开 / 45)."""
    if i + 1 >= len(ctx.lines):
        return False
    nxt = ctx.lines[i + 1].text
    if _NUMBER_CELL.match(nxt):
        return True
    if depth < 2 and len(nxt) <= 40 and numbered(nxt) is not None:
        return _is_cell_label(ctx, i + 1, depth + 1)
    return False


_SECTION_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]$")


def _under_label(ctx: Context, i: int) -> bool:
    """Is line i inside a section opened by a bare label (說明：, 公告事項：, 辦法：)?
    Only numbered lines may stand between the label and it."""
    j = i - 1
    while j >= 0 and i - j <= 30 and numbered(ctx.lines[j].text) is not None:
        j -= 1   # (a section of more than 30 items has headings, not items)
    return j >= 0 and _SECTION_LABEL.match(ctx.lines[j].text) is not None


def _next_is_option(ctx: Context, i: int) -> bool:
    return i + 1 < len(ctx.lines) and _OPTION.match(ctx.lines[i + 1].text) is not None


MAX_LOW_RUN_IN = 20   # a 1./（1） run-in heading is a short phrase: 加强组织领导。
MIN_LOW_RUN_IN_BODY = 18   # the body a run-in heading leads into is a real sentence
_LOW_RUN_IN = re.compile(r"^([^。！？!?；;：:]{2,%d}?。)(?![”’」）)])(.{4,})$" % (MAX_LOW_RUN_IN - 1))


def low_run_in_shape(rest: str) -> int:
    """1.加强组织领导。各地要…: a short summary phrase, then the body on the same line.
    2: that, with a body of a real sentence; 1: a short remark after the phrase
    (农业生产稳定。粮食总产量达到85.6万吨。); 0: not a phrase (a clause chain such as
    申报单位应当…，具有…。 is a list item's sentence)."""
    m = _LOW_RUN_IN.match(rest)
    if m is None or len(re.findall(r"[，,]", m.group(1))) > 1 or m.group(1).count("“") != m.group(1).count("”"):
        return 0
    return 2 if len(m.group(2)) >= MIN_LOW_RUN_IN_BODY else 1


def _low_run_in_run(ctx: Context, i: int, name: str) -> bool:
    """Is line i a low-level run-in heading? Only if every line of its run of siblings
    (the 1./2./3. lines next to each other) is shaped like one, at least half of them
    leading into a real sentence: a list whose items merely start with a short sentence
    is not. Each run is judged once."""
    if i in ctx.run_in:
        return ctx.run_in[i]
    def shape_at(j: int) -> int | None:
        other = numbered(ctx.lines[j].text)
        if other is None or other.numbering.name != name:
            return None
        return 0 if _EXAM_MARK.search(ctx.lines[j].text) else low_run_in_shape(other.rest)
    start = i
    while start > 0 and shape_at(start - 1) is not None:
        start -= 1
    stop = i + 1
    while stop < len(ctx.lines) and shape_at(stop) is not None:
        stop += 1
    members = list(range(start, stop))
    if len(members) == 1:
        members = _section_siblings(ctx, i, name, shape_at)   # 1.… / its text / 2.… / (1)… / 3.…
    shapes = [shape_at(j) for j in members]
    verdict = all(shapes) and 2 * shapes.count(2) >= len(shapes)
    for j in members:
        ctx.run_in[j] = verdict
    return verdict


def _heading_shape(rest: str) -> bool:
    """What follows a （一）/ 一、 label, alone: a heading, or a run-in heading's short
    first sentence, rather than a paragraph that merely carries a number."""
    end = _SENTENCE_END.search(rest)
    if end is None:
        return len(rest) <= MAX_HEADING
    return end.end() <= MAX_RUN_IN and not re.search(r"[；;]", rest[: end.end()])


def _mostly_headed(ctx: Context, i: int, name: str) -> bool:
    """Are more than half of line i's siblings (the （一）（二）… of its section) headings
    or run-in headings? A run-in shape among numbered paragraphs is a paragraph too."""
    if i not in ctx.headed:
        def shape_at(j: int) -> int | None:
            other = numbered(ctx.lines[j].text)
            if other is None or other.numbering.name != name:
                return None
            return 1 if _heading_shape(other.rest) else 0
        members = _section_siblings(ctx, i, name, shape_at)
        verdict = 2 * sum(shape_at(j) for j in members) > len(members)
        for j in members:
            ctx.headed[j] = verdict
    return ctx.headed[i]


def _section_siblings(ctx: Context, i: int, name: str, shape_at) -> list[int]:
    """The numbered lines of the same kind as line i in its section — up to the nearest
    line numbered at a higher level (一、 above 1.), at most 40 lines either way."""
    rank = numbered(ctx.lines[i].text).numbering.rank

    def boundary(j: int) -> bool:
        other = numbered(ctx.lines[j].text)
        return other is not None and other.numbering.rank < rank

    found = [i]
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(ctx.lines) and abs(j - i) <= 40 and not boundary(j):
            if shape_at(j) is not None and j not in ctx.run_in:
                found.append(j)
            j += step
    return sorted(found)


def _sibling_run(ctx: Context, i: int, name: str) -> bool:
    """1./2./3. lines with nothing between them are a list, not headings."""
    def same(j: int) -> bool:
        if not 0 <= j < len(ctx.lines):
            return False
        other = numbered(ctx.lines[j].text)
        return other is not None and other.numbering.name == name
    return same(i + 1) or (same(i - 1) and not _followed_by_body(ctx, i))


def _introduced_list(ctx: Context, i: int, name: str) -> bool:
    """一、/二、/三、 one right after the other, nothing between them, under a line that
    announces them with a colon (…途徑有三：): a list, not headings. (Found once for a whole
    run of siblings: linear however long the run.)"""
    if i in ctx.introduced:
        return ctx.introduced[i]

    def same(j: int) -> bool:
        other = numbered(ctx.lines[j].text) if 0 <= j < len(ctx.lines) else None
        return other is not None and other.numbering.name == name
    start, stop = i, i + 1
    while same(start - 1):
        start -= 1
    while same(stop):
        stop += 1
    listed = stop - start >= 2 and start > 0 and ctx.lines[start - 1].text.endswith(("：", ":")) \
        and numbered(ctx.lines[start - 1].text) is None \
        and not all(_run_in_paragraph(numbered(ctx.lines[j].text).rest) for j in range(start, stop))
    ctx.introduced.update(dict.fromkeys(range(start, stop), listed))
    return listed


def _run_in_paragraph(rest: str) -> bool:
    """全力维护社会大局和谐稳定。统筹发展和安全，…: a short first sentence, then a paragraph
    of its own — a run-in heading (主要做了以下工作： announces sections, not a list's items)."""
    end = _SENTENCE_END.search(rest)
    return end is not None and end.end() <= MAX_RUN_IN and len(rest) - end.end() >= 60 \
        and not re.search(r"[；;，,]", rest[: end.end()])


def _followed_by_text(ctx: Context, i: int, rank: int) -> bool:
    """A low-level heading leads into prose or into a deeper numbered heading."""
    if i + 1 >= len(ctx.lines):
        return False
    nxt = ctx.lines[i + 1].text
    num = numbered(nxt)
    if num is not None:
        return num.numbering.rank > rank
    return len(nxt) >= 15 or _owns_lines(ctx, i)


def _owns_lines(ctx: Context, i: int) -> bool:
    """2、上海野生动物园 / 成人票原价：165元 / 游客咨询电话：58036000: a numbered line
    with two or more lines of its own under it (not the cells of a table row)."""
    owned = 0
    for line in ctx.lines[i + 1: i + 12]:
        if numbered(line.text) is not None:
            break
        if len(line.text) < 6:
            return _fields_under(ctx, i)
        owned += 1
    return owned >= 2


_FIELD_KEY = re.compile(r"^[^\s，。；：:]{1,6}\s*[:：]$")
_VALUES_OF_A_KEY = 2   # lines under a field's key, at most (a name, then a phone number)


def _fields_under(ctx: Context, i: int) -> bool:
    """1.采购人信息 / 名称： / 某某局 / 地址 ： / 围场县围场镇 / 联系方式： / 叶晓宇 / 0314-…: a numbered
    block of fields, each key on its line and its value (one or two lines, however short)
    under it — the section's own, not a table's cells."""
    keys, values = 0, 0
    for line in ctx.lines[i + 1: i + 12]:
        if numbered(line.text) is not None:
            break
        if _FIELD_KEY.match(line.text):
            if keys and not values:
                return False   # (线性代数： / 课程名 ：: a key over another is a list's label)
            keys, values = keys + 1, 0
        elif not keys or values == _VALUES_OF_A_KEY:
            return False
        else:
            values += 1
    return keys >= 2 and values > 0


def _followed_by_body(ctx: Context, i: int) -> bool:
    return i + 1 < len(ctx.lines) and numbered(ctx.lines[i + 1].text) is None \
        and len(ctx.lines[i + 1].text) > 30


_CIRCLED = re.compile(r"^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]\s*\S")
_BULLET = re.compile(r"^[•●■◆▪○◇□√·‧∙◎★☆►▶]\s*\S|^[-–*]\s+\S")


def list_items(ctx: Context, i: int) -> Optional[int]:
    """Consecutive numbered items that are not headings (1.… 2.… / （1）… （2）…), or
    bullet lines: a List. The number stays in the item's text, as written."""
    lines = ctx.lines
    num = numbered(lines[i].text)
    if num is not None and num.numbering.name not in LAW_NAMES + ("piece",):
        kind = num.numbering.name
        same = lambda t: (lambda m: m is not None and m.numbering.name == kind)(numbered(t))
    elif _CIRCLED.match(lines[i].text):
        kind = "circled"
        same = lambda t: _CIRCLED.match(t) is not None
    elif _BULLET.match(lines[i].text):
        kind = "bullet"
        same = lambda t: _BULLET.match(t) is not None
    else:
        return None
    j = i + 1
    while j < len(lines) and same(lines[j].text) and not _EXAM.search(lines[j].text) \
            and not _next_is_option(ctx, j):
        j += 1
    if j - i < 2 or _EXAM.search(lines[i].text):
        return None
    items = tuple((Paragraph(text_inlines(l.text), "body"),) for l in lines[i:j])
    ctx.blocks.append(List(kind != "bullet", items))
    return j - i


def decimal_heading(ctx: Context, i: int) -> Optional[int]:
    """1 范围 / 3.1 人员要求 / 4.1.2 一次性告知 in a text numbered that way: the level
    follows the depth of the number."""
    if not ctx.decimal:
        return None
    d = decimal_clause(ctx.lines[i].text)
    if d is None or d.depth not in ctx.decimal:
        return None
    ctx.blocks.append(Draft(DECIMAL_RANK + DECIMAL_STEP * d.depth, d.label, d.rest))
    ctx.seen_heading = True
    return 1


#: 住宅基金收支保管及運用辦法 / 都市危險及老舊建築物加速重建條例施行細則: a rule's name
_RULE_NAME = re.compile(r"(?:辦法|办法|條例|条例|細則|细则|規定|规定|規則|规则|準則|准则|條文|条文|章程|規程|规程|"
                        r"要點|要点|須知|须知|標準|标准|法)$")
_FIRST = re.compile(r"[一1１]\s*[條条章編编節节]$")


def law_title(ctx: Context, i: int) -> Optional[int]:
    """The name of a regulation right above its 第一條 (or 第一章): the heading of the
    text it issues (a 令 that promulgates a 辦法, then the 辦法 itself). Only after some
    text of the document's own: at its top, the name is the document's title."""
    lines = ctx.lines
    t = lines[i].text
    if i + 1 >= len(lines) or len(t) > 60 or not _RULE_NAME.search(t) or not is_title_line(t) \
            or not any(isinstance(b, Paragraph) for b in ctx.blocks):
        return None
    nxt = numbered(lines[i + 1].text)
    if nxt is None or nxt.numbering.name not in LAW_NAMES or not _FIRST.search(unspaced(nxt.label)):
        return None
    ctx.blocks.append(Draft(PLAIN_RANK, "", t))
    ctx.seen_heading = True
    return 1


def named_heading(ctx: Context, i: int) -> Optional[int]:
    """名词解释, 前言, 附录…: unnumbered headings that stand alone on a line."""
    t = ctx.lines[i].text
    compact = t.replace(" ", "").replace("\u3000", "")
    if compact not in NAMED_HEADINGS and compact.rstrip("：:") not in ARTICLE_PARTS:
        return None
    ctx.blocks.append(Draft(NAMED_RANK, "", t))
    ctx.seen_heading = True
    return 1


#: 截至 / 2022年4月25日24时，累计…: a preposition or conjunction ends a piece of a sentence, never a heading
_DANGLING = re.compile(r"(?:截至|截止|自|从|從|于|於|在|对|對|为|為|和|与|與|及|的|了|将|將|把|被|到|至|或|并|並)$")
_PLAIN_HEADING_BAD = re.compile(r"[，。、；：！？,.;:!?（）()…—\-·]|^(?:图|图为|照片|摄影|记者|通讯员|特此)")
#: 所以 / 胜者树相对于堆来说…: a sentence's opening word, cut from it at an inline formula — no heading
_CONNECTIVE = re.compile(r"^(?:所以|因此|因而|但是|然而|而且|并且|另外|此外|然后|于是|可是|不过|总之|例如|比如|也就是说|换句话说|同时)$")


#: a subhead of a news article may carry a comma: 扛稳粮食安全重任，加快建设农业强省
_SUBHEAD_BAD = re.compile(r"[。；！!;（）()…—·\"]|[？?](?!$)|^(?:图|图为|照片|摄影|记者|通讯员|特此|▲|△)|摄$")


def _around(lines: list[Line], i: int) -> tuple[str, str] | None:
    """The lines before and after line ``i``, a picture's caption skipped (it stands
    between the paragraphs, not in the text's flow); None at either end."""
    before = next((lines[k].text for k in range(i - 1, -1, -1) if not is_caption(lines[k].text)), None)
    after = next((lines[k].text for k in range(i + 1, len(lines)) if not is_caption(lines[k].text)), None)
    return None if before is None or after is None else (before, after)


#: 培训会现场 / 党委组织部副部长印兴波讲话 / 答疑现场: what a news photo shows, set alone between
#: the paragraphs it illustrates — a scene, never a subhead (not a lines.CAPTION: the lines
#: around it are still the neighbours a subhead is judged by)
_PHOTO_SCENE = re.compile(r"(?:现场|現場|讲话|講話|致辞|致辭|合影留念|合影|留念|掠影|一角|剪彩)$")

#: 本版文/记者李莎莎 / 图/新华社: who wrote or shot it, a credit and never a subhead
_WRITTEN_BY = re.compile(r"(?:文|图|圖|摄|攝|撰文|采写|採寫)\s*[/／]\s*\S")


def _is_subhead_text(text: str) -> bool:
    """A short line with no sentence in it: what a subhead looks like on its own (a
    question — 数百万巨奖如何花？ — or a quotation — “让我再中一次500万” — may be one; a diary's
    section dated in brackets — 回南天(2018.03) — is one by its words)."""
    dated = _DATED_SECTION.match(text)
    if dated:
        text = dated.group("words")
        return 2 <= len(_HAN.findall(text)) and len(text) <= 20 and not _SUBHEAD_BAD.search(text) and not numbered(text)
    return (4 <= len(text) <= 26 and len(_HAN.findall(text)) >= 4 or _WORK_TITLE.match(text)) and not _SUBHEAD_BAD.search(text) \
        and text.count("“") == text.count("”") and (not re.search(r"[：:](?!$)", text) or keyed_subhead(text)) \
        and not numbered(text) and not is_caption(text) and not is_date(text) and not ISSUER.search(text) \
        and not is_author(text) and not _WRITTEN_BY.search(text) and not _PHOTO_SCENE.search(text)


#: 开始健身(2017.03) / 回家过年(2018.02.10-26): a diary's section, its month in brackets after its words
_DATED_SECTION = re.compile(r"^(?P<words>[^（()）]{2,20}?)\s*[（(]\s*(?:19|20)\d{2}(?:[.\-/]\d{1,2}){0,2}(?:\s*[-–~]\s*\d{1,2}(?:[.\-/]\d{1,2})?)?"
                            r"(?:[.\s][\w.]{0,24})?\s*[）)]$")


#: 《1984》 / 《冷血》: a book's (a film's, a poem's) title alone on its line — few hanzi, yet words
_WORK_TITLE = re.compile(r"^《[^《》\s]{1,22}》$")


#: 乘坐舒适度：两个都是大肚量 / 北斗星：憨厚: a topic, a colon, the gist — a review's subhead
_KEYED_SUBHEAD = re.compile(r"^(?P<key>[^\s，。；：:！？!?,;、（）()“”]{2,8})[：:]\s*(?P<gist>[^，。；：:！？!?,;]{2,20}[？?]?)$")   # (开头：为什么…被拒了？: a question its section answers)


def keyed_subhead(text: str) -> str:
    """The topic of a subhead 'topic：gist' (北斗星 of 北斗星：憨厚), or "" — never a page's
    field (来源：新华社, 记者：张三), and the gist has words, not a figure (身高：168CM)."""
    m = _KEYED_SUBHEAD.match(text)
    if m is None or len(_HAN.findall(m.group("gist"))) < 2 or page_fields(text, "footer") is not None:
        return ""
    return m.group("key")


def _subhead_rank(ctx: Context, i: int) -> float:
    """Subheads rank alike, except those whose topic recurs (北斗星：大肚量 … 北斗星：憨厚,
    one per car under each aspect): they go one level below the others."""
    if ctx.recurring_keys is None:
        counts = Counter(keyed_subhead(ctx.lines[k].text) for k in _subheads(ctx))
        recurring = frozenset(key for key, n in counts.items() if key and n >= 2)
        # (only below other subheads: when every subhead's topic recurs, they are one level)
        others = sum(n for key, n in counts.items() if key not in recurring)
        ctx.recurring_keys = recurring if others else frozenset()
    return KEYED_RANK if keyed_subhead(ctx.lines[i].text) in ctx.recurring_keys else PLAIN_RANK


#: a finished paragraph's last mark: what stands before a subhead (这样也好~ too)
_BEFORE_SUBHEAD = re.compile(rf"(?:[。！？!?…]|{CASUAL_TILDE})”?$")


#: the paragraph under a subhead: prose that finishes a sentence (at its end, or before a
#: quotation or a list it leads into: …持有两点质疑： / …说：“…)
_PROSE_AFTER_SUBHEAD = re.compile(rf"(?:[。！？]|{CASUAL_TILDE})”?$|[。！？].*[：:]$")


def _subhead_group(lines: list[Line], i: int) -> int:
    """How many lines from ``i`` form a subhead between a finished sentence and prose:
    one, or two (英国《泰晤士报》： / 蓬勃发展的武汉再次充满欢声笑语 — a source and the gist
    of its report, each in bold); 0 when none."""
    for size in (1, 2):
        last = i + size - 1
        if last >= len(lines) or not all(_is_subhead_text(lines[k].text) for k in range(i, last + 1)):
            return 0
        leads_in = lines[i].text.endswith(("：", ":"))
        if size == 1 and leads_in:
            continue   # 资料来源： introduces the text under it
        if size == 2 and not leads_in:
            return 0   # two short lines in a row are more often a list or a byline
        before = _around(lines, i)
        after = _around(lines, last)
        if before is None or after is None:
            return 0
        prev, nxt = before[0], after[1]
        if _BEFORE_SUBHEAD.search(prev) and len(nxt) >= 30 and _PROSE_AFTER_SUBHEAD.search(nxt) is not None:
            return size
    return 0


_PAIRS_AT_LEAST = 3
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")


def _paired_subheads(lines: list[Line]) -> tuple[frozenset[int], frozenset[int]]:
    """小学招生 / 5月7日至11日网上报名 / prose …, three or more times: a report's sections, each
    opened by its name and a line of its gist, both in bold, between a finished sentence
    and prose. Two short lines in a row once are more often a list or a byline; the same
    shape again and again is the outline. Returns (the names, the gists)."""
    names = []
    for k in range(1, len(lines) - 2):
        first, second = lines[k].text, lines[k + 1].text
        if not (_is_subhead_text(first) and _is_subhead_text(second)) or first.endswith(("：", ":")) \
                or second.endswith(("：", ":")):
            continue   # (a subhead, then 南方周末：: an interview's question, its speaker first)
        if len(first) > SECTION_NAME or len(second) <= len(first) or _LATIN_OR_DIGIT.search(first):
            continue   # (a name in words, shorter than its gist: not two lines of a list or a verse)
        before, after = _around(lines, k), _around(lines, k + 1)
        if before is None or after is None or not _BEFORE_SUBHEAD.search(before[0]):
            continue
        if len(after[1]) >= 30 and _PROSE_AFTER_SUBHEAD.search(after[1]):
            names.append(k)
    if len(names) < _PAIRS_AT_LEAST:
        return frozenset(), frozenset()
    return frozenset(names), frozenset(k + 1 for k in names)


_DATED_SECTIONS_AT_LEAST = 3


def _dated_sections(lines: list[Line]) -> frozenset[int]:
    """开始健身(2017.03) / … / 回南天(2018.03) / … / 新技巧(2018.10): a diary's sections, each dated in
    brackets after its words — three or more of them are its outline, whatever stands around each."""
    dated = [k for k, line in enumerate(lines) if _DATED_SECTION.match(line.text) and _is_subhead_text(line.text)]
    return frozenset(dated) if len(dated) >= _DATED_SECTIONS_AT_LEAST else frozenset()


#: 问题 / 原因 / 解决 / 参考: the words a technical post names its sections with, each alone on its line
#: (a table's header cells are words like these too: see _post_sections)
_POST_SECTION_WORDS = frozenset("问题 問題 现象 現象 原因 分析 解决 解決 解决方案 解決方案 解决方法 解決方法 解决办法 解決辦法 "
                                "思路 步骤 步驟 环境 環境 参考 參考 参考资料 參考資料 参考链接 參考鏈接 总结 總結 小结 小結".split())
_POST_SECTIONS_AT_LEAST = 3


def _post_sections(lines: list[Line]) -> frozenset[int]:
    """问题 / … / 解决 / … / 原因 / … / 参考 / …: three or more of a technical post's section words,
    different ones, each alone on its line with text under it — its outline. Two such words in a
    row are a table's header cells, not sections."""
    found = [k for k, line in enumerate(lines) if line.text.strip() in _POST_SECTION_WORDS and k + 1 < len(lines)
             and lines[k + 1].text.strip() not in _POST_SECTION_WORDS and (k == 0 or lines[k - 1].text.strip() not in _POST_SECTION_WORDS)]
    if len({lines[k].text.strip() for k in found}) < _POST_SECTIONS_AT_LEAST:
        return frozenset()
    return frozenset(found)


_DAYS_AT_LEAST = 2


def _day_sections(lines: list[Line]) -> frozenset[int]:
    """Day -1 / … / Day 0 / … / Day 1: a travel diary's days, each alone on its line over its
    text, counted up in order — two or more of them are its outline."""
    days = [(k, int(m.group("n"))) for k, line in enumerate(lines) if (m := DAY_HEADING.match(line.text.strip()))]
    numbers = [n for _, n in days]
    if len(days) < _DAYS_AT_LEAST or numbers != sorted(set(numbers)):
        return frozenset()
    return frozenset(k for k, _ in days)


def _subheads(ctx: Context) -> frozenset[int]:
    """The unnumbered subheads of an article: two or more subheads of that shape. One
    alone may be a caption or a stray line; a set of them is the article's outline."""
    if ctx.subheads is None:
        found: list[int] = []
        groups = 0
        k = 0
        while k < len(ctx.lines):
            size = _subhead_group(ctx.lines, k)
            found.extend(range(k, k + size))
            groups += size > 0
            k += max(size, 1)
        names, ctx.decks = _paired_subheads(ctx.lines)
        shaped = (frozenset(found) if groups >= 2 else frozenset()) | _recurring_labels(ctx.lines) | _dated_sections(ctx.lines) \
            | names | ctx.decks
        if ctx.outline_whole:
            # (本文的主角 / Command Line，则是…: where the page's headings' anchors name the sections,
            # of every level, a bold phrase split out of its sentence is none of them)
            shaped = frozenset(k for k in shaped if title_key(ctx.lines[k].text) in ctx.outline)
        ctx.subheads = shaped | _outlined_sections(ctx.lines) | _boxed_sections(ctx.lines, ctx.outline) \
            | _day_sections(ctx.lines) | _post_sections(ctx.lines)
    return ctx.subheads


def _boxed_sections(lines: list[Line], outline: Mapping[str, int]) -> frozenset[int]:
    """The lines the page's contents box listed (region.contents_box_entries): the first
    copy of each in the text is a section heading — the first n, when the box lists it n times."""
    found: set[int] = set()
    seen: Counter[str] = Counter()
    if not outline:
        return frozenset()   # (no box: no line keyed — title_key on every line costs the benchmark a tenth)
    for k, line in enumerate(lines):
        key = title_key(line.text)
        if seen[key] < outline.get(key, 0) and not numbered(line.text):
            found.add(k)
            seen[key] += 1
    return frozenset(found)


def _is_outline_entry(text: str) -> bool:
    """毕业前学会写作 / 毕业前学习微观经济学（microeconomics） / 这就是computed的吗？: a short line
    that is no paragraph (a gloss in brackets, a question allowed)."""
    return 4 <= len(text) <= 40 and not re.search(r"[；;]|[。!！](?!$)", text) and len(_HAN.findall(text)) >= 4 \
        and not numbered(text) and not is_date(text)


def _outlined_sections(lines: list[Line]) -> frozenset[int]:
    """An article that lists its points first (三条建议: 毕业前学会写作 / 毕业前学会C语言 / …,
    one per line) and then takes them one by one, each point's words again alone on a line
    above its text — or a page whose contents box lists the article's sections after it
    (目录 / 收起 / 几个概念 / …): the copies in the text are its section headings. The list
    itself stays a list."""
    where: dict[str, list[int]] = {}
    for k, line in enumerate(lines):
        if _is_outline_entry(line.text):
            where.setdefault(line.text, []).append(k)
    # the outline: a run of three or more such lines, each of which comes once more elsewhere
    # (twice in all: in the list, and over its section)
    copy_of = {}
    for ks in where.values():
        if len(ks) == 2:
            copy_of[ks[0]], copy_of[ks[1]] = ks[1], ks[0]
    found: set[int] = set()
    k = 0
    while k < len(lines):
        j = k
        while j < len(lines) and j in copy_of:
            j += 1
        if j - k >= 3:
            for listed in range(k, j):
                m = copy_of[listed]
                # (a passage the page repeats whole — the signature, its date, the next
                # title — keeps its lines together in the copy: that is no outline)
                repeated = copy_of.get(listed + 1) == m + 1 or copy_of.get(listed - 1) == m - 1
                if not k <= m < j and not repeated and 0 < m < len(lines) - 1 and len(lines[m + 1].text) >= 8 \
                        and (_BEFORE_SUBHEAD.search(lines[m - 1].text) or m - 1 in found):
                    found.add(m)
        k = max(j, k + 1)
    return frozenset(found) if len(found) >= 2 else frozenset()


_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}$")


def _recurring_labels(lines: list[Line]) -> frozenset[int]:
    """贴心提醒 … 贴心提醒 … 贴心提醒: a box's label the article repeats, each time alone
    between a finished paragraph and prose — a heading, however plain its words."""
    where: dict[str, list[int]] = {}
    for k, line in enumerate(lines):
        if _LABEL.match(line.text):
            where.setdefault(line.text, []).append(k)
    found: list[int] = []
    for text, ks in where.items():
        if len(ks) < 2 or is_date(text) or is_author(text) or ISSUER.search(text):
            continue
        if all(0 < k < len(lines) - 1 and _BEFORE_SUBHEAD.search(lines[k - 1].text)
               and len(lines[k + 1].text) >= 30 and re.search(r"[。！？：:]”?$", lines[k + 1].text) for k in ks):
            found.extend(ks)
    return frozenset(found)


#: a bare 1 / 2 / 3 section mark ranks as the same marks glued to their text (01 / 02)
PADDED_RANK = next(n.rank for n in NUMBERINGS if n.name == "padded")


def _section_marks(ctx: Context) -> frozenset[int]:
    if ctx.section_marks is None:
        ctx.section_marks = bare_section_marks([line.text for line in ctx.lines])
    return ctx.section_marks


_PART_LABEL = re.compile(r"^(?P<word>[\u4e00-\u9fff]{1,4}?)(?P<n>[1-9]|[一二三四五六七八九十])$")
_COUNT_CN = "一二三四五六七八九十"


def _part_labels(ctx: Context) -> dict[int, int]:
    """方案1 / 产权投资安全最重要 … 方案2 / 投资住宅宜早也宜晚: a word and a counter alone on
    a line, counting up from 1 (案例一, 问题二…), each over a short title and then prose.
    Line → its run's length (2: the label and its title)."""
    if ctx.part_labels is None:
        lines = ctx.lines
        runs: dict[str, list[int]] = {}
        for k, line in enumerate(lines):
            m = _PART_LABEL.match(line.text)
            if m and k + 2 < len(lines):
                runs.setdefault(m.group("word"), []).append(k)
        found: dict[int, int] = {}
        for word, ks in runs.items():
            counts = [_PART_LABEL.match(lines[k].text).group("n") for k in ks]
            numbers = [int(c) if c.isdigit() else _COUNT_CN.index(c) + 1 for c in counts]
            # (方法一 / 利用的是 / com.tangosol…: a label the page's contents box lists alone is the
            # section's whole title, the line under it its text)
            if len(ks) >= 2 and numbers == list(range(1, len(ks) + 1)) and all(
                    _is_subhead_text(lines[k + 1].text) and len(lines[k + 2].text) >= 10
                    and not (title_key(lines[k].text) in ctx.outline and title_key(lines[k + 1].text) not in ctx.outline)
                    for k in ks):
                found.update({k: 2 for k in ks})
        ctx.part_labels = found
    return ctx.part_labels


def part_label(ctx: Context, i: int) -> Optional[int]:
    """方案1 over 产权投资安全最重要: one heading, its label and its title."""
    if i not in _part_labels(ctx):
        return None
    ctx.blocks.append(Draft(PLAIN_RANK, ctx.lines[i].text, ctx.lines[i + 1].text))
    ctx.seen_heading = True
    return 2


def section_mark(ctx: Context, i: int) -> Optional[int]:
    """1 / 2 / 3: a bare section mark heads what follows (its heading is the number)."""
    if i not in _section_marks(ctx):
        return None
    ctx.blocks.append(Draft(PADDED_RANK, "", ctx.lines[i].text))
    ctx.seen_heading = True
    return 1


def plain_heading(ctx: Context, i: int) -> Optional[int]:
    """A short line standing alone between paragraphs (2022年工作回顾): a heading above
    the numbered ones. Strict: it must follow a finished sentence and lead into prose —
    or be one of a set of such lines (a news article's subheads)."""
    lines = ctx.lines
    t = lines[i].text
    if i in _subheads(ctx):
        # (a paired subhead's gist goes one level below its name)
        depth = 1 if i in ctx.decks else ctx.outline_depths.get(title_key(t), 0)
        ctx.blocks.append(Draft(_subhead_rank(ctx, i), "", t, depth=depth))
        ctx.seen_heading = True
        return 1
    if ctx.outline_whole and title_key(t) not in ctx.outline:
        return None   # (the headings' anchors name the page's sections: a line they do not name is none)
    if not 2 <= len(t) <= 15 or _PLAIN_HEADING_BAD.search(t) or len(_HAN.findall(t)) < 2 or is_caption(t) \
            or _DANGLING.search(t) or _PHOTO_SCENE.search(t) or _CONNECTIVE.match(t):
        return None
    around = _around(lines, i)
    if around is None:
        return None
    prev, nxt = around
    if not (re.search(r"[。！？!?]”?$", prev) or is_salutation(prev)):
        return None
    nxt_num = numbered(nxt)
    if _is_subtitle(nxt) and len(t) >= 4:
        pass   # a second document's title, its subtitle below it (collection pages)
    elif nxt_num is not None:
        if nxt_num.numbering.name not in ("cn", "part", "chapter"):
            return None
    elif not (len(nxt) >= 16 and re.search(r"[。！]$", nxt) and re.search(r"[，,]", nxt)):
        return None
    if ISSUER.search(t) or is_author(t) or is_date(t) or is_signature_block_start(ctx, i):
        return None
    ctx.blocks.append(Draft(PLAIN_RANK, "", t))
    ctx.seen_heading = True
    return 1


_SUBTITLE_END = re.compile(r"(?:会议上|会上|大会上|上的讲话|上的报告|上的发言|讲话|发言|致辞|[）)])$")


def _is_subtitle(text: str) -> bool:
    """——在…会议上 / （2023年1月10日在…会议上）: a subtitle, wherever it stands."""
    if len(text) > 120 or "。" in text:
        return False
    return bool((SUBTITLE.match(text) or text[:1] in "（(") and _SUBTITLE_END.search(text)
                and re.search(r"会|讲话|发言|致辞|报告", text))


def subtitle(ctx: Context, i: int) -> Optional[int]:
    """A subtitle in the body, under the title of a second document on the page."""
    t = ctx.lines[i].text
    if not _is_subtitle(t) or i == 0 or not ctx.blocks or not isinstance(ctx.blocks[-1], Draft):
        return None
    ctx.blocks.append(Paragraph(text_inlines(t), "subtitle"))
    return 1


def is_signature_block_start(ctx: Context, i: int) -> bool:
    j = i
    while j < len(ctx.lines) and j - i < 4 and is_signature_like(ctx.lines[j].text):
        j += 1
    return j < len(ctx.lines) and is_date(ctx.lines[j].text)


_HAN = re.compile(r"[\u4e00-\u9fff]")


def paragraph(ctx: Context, i: int) -> Optional[int]:
    t = ctx.lines[i].text
    ctx.blocks.append(Paragraph(split_lead_in(t, ctx.seen_heading), "body"))
    return 1


BODY_CLASSIFIERS: tuple[Classifier, ...] = (
    toc,
    outline_list,
    table,
    cell_table,
    spaced_table,
    note,
    signature_block,
    attachment_list,
    attachment_heading,
    issued_document,
    salutation,
    section_mark,
    part_label,
    letter_section,
    numbered_heading,
    decimal_heading,
    list_items,
    named_heading,
    law_title,
    plain_heading,
    subtitle,
    paragraph,
)


# --------------------------------------------------------------------------- levels


def _numbering_goes_on_after(numbered: Draft, later: list) -> bool:
    """Does a later heading of ``numbered``'s numbering go on counting from it (#2 … #3)?"""
    here = label_number(numbered.label)
    nxt = next((b for b in later if isinstance(b, Draft) and b.rank == numbered.rank and b.label), None)
    there = label_number(nxt.label) if nxt is not None else None
    return here is not None and there is not None and there > here


def _assign_levels(blocks: list) -> list[Block]:
    """Per section (the main text, then each attachment): the ranks used → levels 1…n."""
    sections: list[list] = [[]]
    for b in blocks:
        if isinstance(b, Draft) and b.rank == ATTACHMENT_RANK:
            sections.append([])
        sections[-1].append(b)
    out: list[Block] = []
    for k, section in enumerate(sections):
        offset = 1 if k > 0 else 0
        drafts = [b for b in section if isinstance(b, Draft)]
        ranks = sorted({b.rank for b in drafts if b.rank > NAMED_RANK})
        # plain headings that have numbered headings after them are their parents
        first_plain = next((n for n, b in enumerate(drafts) if b.rank == PLAIN_RANK), None)
        shift = 1 if first_plain is not None and any(b.rank > NAMED_RANK for b in drafts[first_plain:]) else 0
        level_of = {r: n + 1 + offset for n, r in enumerate(ranks)}
        seen_plain = False
        numbered = None   # the last numbered heading (#2, 一、)
        for n, b in enumerate(section):
            if isinstance(b, Draft):
                level = 1 if b.rank == ATTACHMENT_RANK else level_of.get(b.rank, 1 + offset)
                if b.rank == PLAIN_RANK and numbered is not None and _numbering_goes_on_after(numbered, section[n + 1:]):
                    # #2 用产品思维写简历 / 基本信息 / 项目介绍 / #3 面试的技巧: a plain heading between
                    # two numbered siblings whose numbers go on is a subhead of the one above
                    level = level_of.get(numbered.rank, 1 + offset) + 1
                else:
                    seen_plain = seen_plain or b.rank == PLAIN_RANK
                    if b.rank > NAMED_RANK and seen_plain:
                        level += shift   # below the plain heading they follow
                if b.rank > NAMED_RANK and b.label:
                    numbered = b
                level += b.depth   # (测试一下小标题, 1.1. in the page's contents box: under 1.)
                out.append(Heading(level, b.label, text_inlines(unspaced(b.content)), run_in=b.run_in))
            else:
                out.append(b)
    return out
