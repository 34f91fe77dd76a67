"""The 版头 marks and the 版记 a text states (GB/T 9704-2012 7.2, 7.4): metadata, not body.

    read_issue_marks(lines) -> (lines without them, IssueMarks)
    IssueMarks.apply(document) -> document with the issuer's mark moved into meta

At the end of an issued document, under the text, its 版记:

    抄送：市委各部门，市人大常委会办公厅，市政协办公厅。
    某某市人民政府办公室          2024年2月20日印发

becomes ``meta.copy_to`` / ``meta.printer`` / ``meta.print_date`` — the writers set it
between rules at the foot of the last page (when the style prints a 版记), never as
two more paragraphs of the text. The lines are not listed in ``meta.removed`` (they
are not boilerplate): their words are all in the fields. It is only taken at the very end: an 抄送 line with
text after it that is not the 版记 stays a paragraph. Lines of rule characters (───,
———) a copied 版记 keeps between its lines are dropped with it.

At the top, the 密级 and 紧急程度 lines above the issuer's mark (机密★1年 / 特急) go to
``meta.secrecy`` / ``secrecy_term`` / ``urgency`` — only when a mark (某某市人民政府文件) or a
发文字号 follows, so a text that just starts with 特急 keeps it. The 份号 (six digits,
GB/T 9704 7.2.1) is the first of them: a lone ``000123`` right above the 密级, the
紧急程度 or the mark goes to ``meta.copy_number`` — the cleaner, which takes a lone
number for a page's view counter, has usually removed it already; ``IssueMarks.apply``
takes it back from ``meta.removed`` when it stood there, right above a 版头 the text
states (a mark, a 密级 or a 紧急程度). A number anywhere else stays what it was. The mark itself,
which the front matter reads as an author line right above the 发文字号, becomes
``meta.issuer`` (``IssueMarks.apply``): the text states it, nothing is guessed.
"""

from __future__ import annotations

from .. import regexcache as re
from dataclasses import dataclass, field, replace

from ..model import Document, Paragraph, plain_text
from .lines import ISSUER_MARK, Line, is_doc_number

#: 抄送：… (also 抄报, 抄發, Taiwan's 副本：); the rest of the line is the list of bodies.
COPY_TO = re.compile(r"^\s*(?:抄\s*送|抄\s*报|抄\s*發|抄\s*发)\s*[：:]\s*(?P<to>.*)$")
#: 抄送： run into the end of the line above (a table's last cell, by a re-joined page).
_JOINED_COPY_TO = re.compile(r"(?<=[^\s：:])\s*抄\s*送\s*[：:]\s*(?P<to>.+)$")
#: 某某市人民政府办公室    2024年2月20日印发 (the printer may be on the line above).
PRINTED = re.compile(r"^\s*(?P<by>.*?)\s*(?P<date>(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*\S{1,3}\s*月\s*\S{1,3}\s*日)"
                     r"\s*(?:印\s*发|印\s*發)\s*$")
MAX_PRINTED = 100   # characters: the longest 印发 line tried
#: A line of rule characters only.
RULE = re.compile(r"^[\s─━—\-_=＝—–]{3,}$")
#: 机密★1年, 绝密★长期, 秘密: 密级 and 保密期限 (GB/T 9704 7.2.2).
SECRECY = re.compile(r"^\s*(?P<level>绝\s*密|机\s*密|秘\s*密|絕\s*密|機\s*密)\s*(?:★\s*(?P<term>\S{1,10}))?\s*$")
#: 签发人：张三 or 签发人：张三　李四 (GB/T 9704 7.2.6)
_SIGNER = re.compile(r"^\s*签\s*发\s*人\s*[:：]\s*(?P<names>\S.{0,40})$")
#: 000123 or 份号：000123 (GB/T 9704 7.2.1: 一般用6位3号阿拉伯数字).
COPY_NUMBER = re.compile(r"^\s*(?:份\s*号\s*[:：]\s*)?(?P<n>\d{6})\s*$")
#: how far above the 版头's first line a removed 份号 may have stood (blank lines between)
_COPY_NUMBER_REACH = 3
#: 特急, 加急 (GB/T 9704 7.2.3; 特提, 平急 for telegrams; Taiwan's 最速件, 速件).
URGENCY = re.compile(r"^\s*(?P<u>特\s*急|加\s*急|特\s*提|平\s*急|最速件|速\s*件)\s*$")


@dataclass(frozen=True)
class IssueMarks:
    """What the text stated of its 版头 and 版记, and the lines it took."""

    fields: dict[str, str] = field(default_factory=dict)
    top_line: int = 0     # the source line the 版头 starts on (0: the text states none)

    def apply(self, doc: Document) -> Document:
        """The issuer's mark, read by the front matter as an author line right above the
        发文字号, moved into ``meta.issuer``; the 份号 the cleaner removed right above
        the 版头, back into ``meta.copy_number``."""
        meta, blocks = doc.meta, doc.blocks
        if not meta.issuer and blocks and isinstance(blocks[0], Paragraph) and blocks[0].role == "author":
            mark = plain_text(blocks[0].content).strip()
            if ISSUER_MARK.match(mark) and meta.doc_number:
                meta = replace(meta, issuer=re.sub(r"\s+", "", mark))
                blocks = blocks[1:]
        # 签发人：张三 (an upward document's), read by the front matter as an author line
        signer = _SIGNER.match(plain_text(blocks[0].content)) if blocks and isinstance(blocks[0], Paragraph) \
            and blocks[0].role == "author" and meta.issuer else None
        if signer and not meta.signer:
            meta = replace(meta, signer=signer.group("names").strip())
            blocks = blocks[1:]
        if self.top_line and not meta.copy_number and (meta.issuer or meta.secrecy or meta.urgency):
            near = [r for r in meta.removed
                    if self.top_line - _COPY_NUMBER_REACH <= r.line < self.top_line and COPY_NUMBER.match(r.text)]
            if near:
                number = COPY_NUMBER.match(near[-1].text).group("n")
                meta = replace(meta, copy_number=number, removed=tuple(r for r in meta.removed if r is not near[-1]))
        return replace(doc, meta=meta, blocks=blocks) if meta is not doc.meta else doc


def read_issue_marks(lines: list[Line]) -> tuple[list[Line], IssueMarks]:
    """``lines`` without the 版记 at the end and the 密级/紧急程度 lines at the top."""
    fields: dict[str, str] = {}
    end = len(lines)
    while end and RULE.match(lines[end - 1].text):
        end -= 1
    # (a 印发 line is short: a long last line is never tried, which keeps reading linear)
    printed = PRINTED.match(lines[end - 1].text) if end and len(lines[end - 1].text) <= MAX_PRINTED else None
    if printed:
        fields["print_date"] = re.sub(r"\s+", "", printed.group("date"))
        by = printed.group("by").strip()
        end -= 1
        if not by and end and _printer_line(lines[end - 1].text):
            by = lines[end - 1].text.strip()
            end -= 1
        if by:
            fields["printer"] = re.sub(r"\s{2,}|\u3000+", " ", by)
    # 抄送：… and its wrapped lines, right above (rules between allowed)
    k = end
    while k and RULE.match(lines[k - 1].text):
        k -= 1
    for start in range(k - 1, max(k - 5, -1), -1):
        m = COPY_TO.match(lines[start].text)
        joined = _JOINED_COPY_TO.search(lines[start].text) if m is None and "抄" in lines[start].text else None
        if m or joined:
            to = m.group("to") if m else joined.group("to")
            fields["copy_to"] = (to + "".join(l.text.strip() for l in lines[start + 1:k])).strip()
            end = start
            if joined:      # 3.8抄送：… — the line was joined to the one above it: keep that
                lines = lines[:start] + [replace(lines[start], text=lines[start].text[:joined.start()])]
                end = start + 1
            break
    if fields:
        while end and RULE.match(lines[end - 1].text):
            end -= 1
        lines = lines[:end]
    # 份号, 密级 and 紧急程度 above the mark or the 发文字号
    start = 0
    head: dict[str, str] = {}
    top_line = lines[0].number if lines else 0
    while start < min(len(lines), 4):
        t = lines[start].text
        s, u = SECRECY.match(t), URGENCY.match(t)
        c = COPY_NUMBER.match(t) if start == 0 else None
        if c:
            head["copy_number"] = c.group("n")
        elif s and "secrecy" not in head:
            head["secrecy"] = re.sub(r"\s+", "", s.group("level"))
            if s.group("term"):
                head["secrecy_term"] = s.group("term")
        elif u and "urgency" not in head:
            head["urgency"] = re.sub(r"\s+", "", u.group("u"))
        else:
            break
        start += 1
    heads_a_masthead = start < len(lines) and (ISSUER_MARK.match(lines[start].text) or is_doc_number(lines[start].text))
    if head and heads_a_masthead and set(head) != {"copy_number"} or "copy_number" in head and heads_a_masthead \
            and ISSUER_MARK.match(lines[start].text):
        fields.update(head)
        lines = lines[start:]
    elif not heads_a_masthead:
        top_line = 0
    return lines, IssueMarks(fields, top_line)


def _printer_line(text: str) -> bool:
    t = text.strip()
    return 2 <= len(t) <= 40 and not re.search(r"[，。；：,;:]", t)

