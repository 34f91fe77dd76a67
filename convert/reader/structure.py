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

import re
from dataclasses import dataclass, field, replace
from pathlib import PurePath
from typing import Callable, Optional

from ..model import Block, Document, Heading, Meta, Paragraph, Table, Text, text as text_inlines
from . import ReadOptions
from .clean import Cleaned, Line
from .frontmatter import FrontMatter, is_author, read_front_matter
from .headings import LAW_NAMES, NAMED_HEADINGS, Numbered, numbered
from .language import detect_language
from .leadin import split_lead_in
from .lines import (ATTACHMENT_HEADING, ATTACHMENT_LINE, is_date, is_note, is_salutation,
                    is_signature_like)


@dataclass
class Draft:
    """A heading before its level is known (levels need the whole document)."""

    rank: int
    label: str
    content: str


@dataclass
class Context:
    lines: list[Line]
    blocks: list = field(default_factory=list)   # Block | Draft
    seen_heading: bool = False
    law: bool = False                            # the text has 第X条 articles
    meta_date: str = ""
    in_attachment: bool = False
    in_attachment_outline: bool = False          # reserved: attachments with their own outline


Classifier = Callable[[Context, int], Optional[int]]   # returns lines consumed, or None


# --------------------------------------------------------------------------- entry


def structure(cleaned: Cleaned, options: ReadOptions = ReadOptions()) -> Document:
    lines = list(cleaned.lines)
    all_text = "\n".join(l.text for l in lines)
    language = detect_language(all_text)
    front = read_front_matter(lines)
    ctx = Context(lines[front.consumed:])
    ctx.law = _is_law(ctx.lines[: _section_end(ctx.lines, 0)])
    ctx.blocks.extend(front.blocks)
    i = 0
    n = len(ctx.lines)
    while i < n:
        for classifier in BODY_CLASSIFIERS:
            used = classifier(ctx, i)
            if used:
                i += used
                break
        else:  # pragma: no cover - paragraph() always accepts
            i += 1
    blocks = _assign_levels(ctx.blocks)
    title = front.title or _title_from_filename(options.filename)
    page = cleaned.page
    meta = Meta(
        title=title,
        subtitle=front.subtitle,
        author=front.author or page.get("author", ""),
        date=front.date or ctx.meta_date or page.get("date", ""),
        doc_number=front.doc_number,
        language=language,
        source=options.filename or page.get("source", ""),
        removed=cleaned.removed + front.removed,
        notices=cleaned.notices,
    )
    return Document(meta, tuple(blocks))


def _title_from_filename(filename: str) -> str:
    if not filename or filename == "-":
        return ""
    return PurePath(filename).stem.strip()


def _is_attachment_heading(text: str) -> bool:
    return len(text) <= 40 and ATTACHMENT_HEADING.match(text) is not None \
        and not ATTACHMENT_LINE.match(text)


def _section_end(lines: list[Line], start: int) -> int:
    """Where the section starting at ``start`` ends: at the next 附件 heading."""
    for j in range(start, len(lines)):
        if _is_attachment_heading(lines[j].text):
            return j
    return len(lines)


def _is_law(lines: list[Line]) -> bool:
    articles = 0
    for l in lines:
        num = numbered(l.text)
        if num and num.numbering.name == "article":
            articles += 1
            if articles >= 2:
                return True
    return False


# --------------------------------------------------------------------------- body classifiers


def toc(ctx: Context, i: int) -> Optional[int]:
    """目录 followed by its entries: paragraphs of role toc, never headings."""
    if ctx.lines[i].text.replace(" ", "").replace("\u3000", "") not in ("目录", "目次", "目錄"):
        return None
    entries = []
    j = i + 1
    first_entry = None
    while j < len(ctx.lines):
        t = ctx.lines[j].text
        if len(t) > 50 or (first_entry is not None and _same_heading(t, first_entry)):
            break
        if first_entry is None:
            first_entry = t
        entries.append(t)
        j += 1
    if not entries:
        return None
    ctx.blocks.append(Paragraph(text_inlines(ctx.lines[i].text), "toc"))
    ctx.blocks.extend(Paragraph(text_inlines(t), "toc") for t in entries)
    return j - i


def _same_heading(a: str, b: str) -> bool:
    squash = lambda s: re.sub(r"[\s\u3000.·…．\d]+$", "", re.sub(r"[\s\u3000]+", "", s))
    return squash(a) == squash(b)


_TAB = re.compile(r"\t+| {2,}\t*|\u3000{2,}")


def table(ctx: Context, i: int) -> Optional[int]:
    """Two or more consecutive tab-separated rows with the same number of cells."""
    first = ctx.lines[i].text
    if "\t" not in first:
        return None
    width = len(first.split("\t"))
    rows = []
    j = i
    while j < len(ctx.lines) and "\t" in ctx.lines[j].text:
        cells = [c.strip() for c in re.split(r"\t+", ctx.lines[j].text)]
        if abs(len(cells) - width) > 1 and rows:
            break
        rows.append(cells)
        j += 1
    if len(rows) < 2:
        return None
    width = max(len(r) for r in rows)
    ctx.blocks.append(Table(
        tuple(tuple(text_inlines(c) for c in r + [""] * (width - len(r))) for r in rows),
        header_rows=1,
    ))
    return j - i


def signature_block(ctx: Context, i: int) -> Optional[int]:
    """Issuer lines and a date at the end of a notice or letter (also right-aligned)."""
    lines = ctx.lines
    j = i
    signers = []
    while j < len(lines) and len(signers) < 4 and is_signature_like(lines[j].text) \
            and numbered(lines[j].text) is None:
        signers.append(lines[j])
        j += 1
    if signers and (j >= len(lines) or not is_date(lines[j].text)):
        # no date: an issuer line closing the document (縣長　陳大明 / 某某区人民政府)
        if _ends_here(ctx, j) and len(signers) <= 2 and i > 0 and \
                all(_ISSUER.search(s.text) or is_author(s.text) for s in signers):
            for s in signers:
                ctx.blocks.append(Paragraph(text_inlines(s.text), "signature"))
            return j - i
        return None
    if j >= len(lines) or not is_date(lines[j].text):
        return None
    if not signers and not _ends_here(ctx, j + 1):
        return None
    if signers and not _ends_here(ctx, j + 1):
        return None
    for s in signers:
        ctx.blocks.append(Paragraph(text_inlines(s.text), "signature"))
    ctx.blocks.append(Paragraph(text_inlines(lines[j].text), "date"))
    if not ctx.meta_date:
        ctx.meta_date = lines[j].text.strip("（）()")
    return j + 1 - i


_ISSUER = re.compile(r"(?:政府|办公室|办公厅|委员会|常委会|局|厅|部|院|署|公司|中心|协会|学会|联合会|小组|指挥部|"
                     r"街道|党委|党组|支部|人大|政协|法院|检察院|大学|学校|集团|研究所|事务所|處|會|廳|府)$")


def _ends_here(ctx: Context, j: int) -> bool:
    """After a signature: the end, notes, or an attachment."""
    lines = ctx.lines
    while j < len(lines):
        t = lines[j].text
        if is_note(t) or ATTACHMENT_HEADING.match(t) and len(t) <= 40:
            return True
        return False
    return True


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


def attachment_heading(ctx: Context, i: int) -> Optional[int]:
    """附件1 (alone on its line) and the attachment's title on the next line."""
    t = ctx.lines[i].text
    m = ATTACHMENT_HEADING.match(t)
    if not m or len(t) > 40 or ATTACHMENT_LINE.match(t):
        return None
    label, rest = m.group("label"), m.group("rest")
    if rest and (len(rest) > 40 or re.search(r"[。，；]", rest)):
        return None
    used = 1
    if not rest and i + 1 < len(ctx.lines):
        nxt = ctx.lines[i + 1].text
        if len(nxt) <= 60 and not re.search(r"[。；]$", nxt) and numbered(nxt) is None:
            rest = nxt
            used = 2
    ctx.blocks.append(Draft(ATTACHMENT_RANK, label, rest))
    ctx.seen_heading = True
    ctx.in_attachment = True
    ctx.law = _is_law(ctx.lines[i + used: _section_end(ctx.lines, i + 1)])
    return used


def salutation(ctx: Context, i: int) -> Optional[int]:
    t = ctx.lines[i].text
    if not is_salutation(t) or numbered(t) is not None:
        return None
    ctx.blocks.append(Paragraph(text_inlines(t), "salutation"))
    return 1


_EXAM = re.compile(r"[（(]\s*(?:单选|多选|判断|不定项|填空|简答|单项选择|多项选择)[^）)]{0,6}[）)]|[：:]\s*$|_{3,}|（\s*）\s*[。？]?$")
_OPTION = re.compile(r"^[A-HＡ-Ｈ]\s*[.．、]")
_GLOSSARY = re.compile(r"^[^，。：:；]{1,24}[：:]\s*\S")
_SENTENCE_END = re.compile(r"[。！？!?]")

MAX_HEADING = 50      # characters after the label for a stand-alone heading
MAX_RUN_IN = 40       # characters of a run-in heading's first sentence
MAX_SENTENCE_HEADING = 36   # a heading that is one sentence ending in 。


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
    if name in LAW_NAMES:
        if len(rest) > 40 or _SENTENCE_END.search(rest):
            return None
        ctx.blocks.append(Draft(rank, num.label, rest))
        ctx.seen_heading = True
        return 1
    if not rest or _EXAM.search(line.text) or _next_is_option(ctx, i):
        return None
    if ctx.law and not ctx.in_attachment_outline:
        return None   # 一、（一）1. inside a law's articles are its items (项), not headings
    low = name in ("arabic", "paren-arabic")
    if low and _GLOSSARY.match(rest):
        return None
    if low and _sibling_run(ctx, i, name):
        return None
    end = _SENTENCE_END.search(rest)
    if end is None:
        if len(rest) > MAX_HEADING or re.search(r"[；;]$", rest):
            return None
        if low and re.search(r"[，,]", rest) and len(rest) > 30:
            return None
        ctx.blocks.append(Draft(rank, num.label, rest))
        ctx.seen_heading = True
        return 1
    head, tail = rest[: end.end()], rest[end.end():]
    # a closing quote or bracket belongs to the sentence it ends
    while tail[:1] in ("”", "’", "」", "）", ")"):
        head, tail = head + tail[0], tail[1:]
    if not tail:
        # one sentence alone: a heading if short; a long clause chain is a paragraph item
        if len(head) > MAX_SENTENCE_HEADING or low or len(re.findall(r"[，,]", head)) > 1:
            return None
        ctx.blocks.append(Draft(rank, num.label, head))
        ctx.seen_heading = True
        return 1
    if low or len(head) > MAX_RUN_IN or re.search(r"[；;]", head):
        return None
    ctx.blocks.append(Draft(rank, num.label, head))
    ctx.blocks.append(Paragraph(text_inlines(tail.lstrip()), "body"))
    ctx.seen_heading = True
    return 1


def _next_is_option(ctx: Context, i: int) -> bool:
    return i + 1 < len(ctx.lines) and _OPTION.match(ctx.lines[i + 1].text) is not None


def _sibling_run(ctx: Context, i: int, name: str) -> bool:
    """1./2./3. lines with nothing between them are a list, not headings."""
    def same(j: int) -> bool:
        if not 0 <= j < len(ctx.lines):
            return False
        other = numbered(ctx.lines[j].text)
        return other is not None and other.numbering.name == name
    return same(i + 1) or (same(i - 1) and not _followed_by_body(ctx, i))


def _followed_by_body(ctx: Context, i: int) -> bool:
    return i + 1 < len(ctx.lines) and numbered(ctx.lines[i + 1].text) is None \
        and len(ctx.lines[i + 1].text) > 30


def named_heading(ctx: Context, i: int) -> Optional[int]:
    """名词解释, 前言, 附录…: unnumbered headings that stand alone on a line."""
    t = ctx.lines[i].text
    compact = t.replace(" ", "").replace("\u3000", "")
    if compact not in NAMED_HEADINGS:
        return None
    ctx.blocks.append(Draft(NAMED_RANK, "", t))
    ctx.seen_heading = True
    return 1


def paragraph(ctx: Context, i: int) -> Optional[int]:
    t = ctx.lines[i].text
    ctx.blocks.append(Paragraph(split_lead_in(t, ctx.seen_heading), "body"))
    return 1


BODY_CLASSIFIERS: tuple[Classifier, ...] = (
    toc,
    table,
    signature_block,
    note,
    attachment_list,
    attachment_heading,
    salutation,
    numbered_heading,
    named_heading,
    paragraph,
)


# --------------------------------------------------------------------------- levels


ATTACHMENT_RANK = -2   # 附件 headings: level 1; the attachment's own outline goes below
NAMED_RANK = -1        # 名词解释, 前言…: the top level of their section


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
        ranks = sorted({b.rank for b in section if isinstance(b, Draft) and b.rank >= 0})
        level_of = {r: n + 1 + offset for n, r in enumerate(ranks)}
        for b in section:
            if isinstance(b, Draft):
                level = 1 if b.rank == ATTACHMENT_RANK else level_of.get(b.rank, 1 + offset)
                out.append(Heading(level, b.label, text_inlines(b.content)))
            else:
                out.append(b)
    return out
