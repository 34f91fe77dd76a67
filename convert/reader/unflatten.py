"""A document whose paragraph breaks were lost: its paragraphs, found again.

Policy libraries and search interfaces hand out a document's text as one field with the
HTML stripped, and the breaks between paragraphs went with the tags. What is left of
them, in the texts we have seen from five provinces:

- the paragraph's indent, now inside the line: ``…印发给你们。　　茂林镇党政办公室　　2021年…``
  (two ideographic spaces, two no-break spaces from ``&nbsp;``, or a run of spaces);
- one space after the sentence that ended the paragraph: ``…批复如下： 同意你公司…``;
- nothing at all: ``…的意见渝府发〔2019〕17号各区县（自治县）人民政府，…：近年来，…。一、总体要求（一）指导思想。以…``.
  Then only the document's own marks show where a paragraph began: the 发文字号 after the
  title, the colon closing the addressee, a numbering (一、 （一） 1. 第一条 附件) after a
  sentence's end or a short heading, the issuer and date that sign it.

Only a *flattened* line is split: one in a text of at most three lines, or one longer
than any paragraph is (1,500 characters). A line of an ordinary text keeps its run-in
enumeration (``主要任务：一、…；二、…``) and its letter-spaced names (``组　长：``).
The pieces keep the line's number: what is removed of them names the source line.
"""

from __future__ import annotations

from .. import regexcache as re
from .lines import simplified

#: how long a flattened line is at least (shorter: a paragraph, whatever its spaces)
MIN_FLATTENED = 150
#: a line this long is no paragraph, in a text of any length
ALWAYS_FLATTENED = 1500
#: a text of at most this many non-blank lines may be one flattened field
FEW_LINES = 3

_SPACE = " \u3000\u00a0\u2002\u2003"
#: where a paragraph's indent is left: two or more spaces between two characters, or one
#: after a sentence's or an addressee's end, a date (the signature's) or a document's kind
#: (the title's: …的通知 各镇人民政府：)
_GAP = re.compile(rf"(?<=\S)(?:[{_SPACE}]{{2,}}|(?<=[。！？；：!?;:）)”」』])[{_SPACE}]"
                  rf"|(?<=\d日)[{_SPACE}]"   # the date that signs it
                  rf"|(?<=通知|通告|公告|意见|办法|规定|决定|批复|方案|细则|规则|报告|纲要|条例|规划)[{_SPACE}])(?=\S)")

_CN = "[一二三四五六七八九十]{1,3}"
#: what a gap after it only spaces out: one character (总  则), 第一章 or 第二条 (…规则第一章  总  则)
_SPACED_OUT = re.compile(r"^\S$|第[一二三四五六七八九十百零〇\d]{1,6}[编章节条]$")
_NUMBERING = (rf"{_CN}、|[（(]{_CN}[）)]|\d{{1,2}}[.．、](?!\d)|[（(]\d{{1,2}}[）)]"
              rf"|第[一二三四五六七八九十百零〇\d]{{1,6}}[条章节](?!件)|附件\s*[\d１-９一二三四五六七八九]*\s*[:：]?(?=\S)")
#: a numbering after a sentence's end begins a paragraph
_AFTER_SENTENCE = re.compile(rf"(?<=[。；！？：])(?={_NUMBERING})")
#: a numbering right after a short heading (一、总体要求（一）指导思想。) begins one too
_HEADING_THEN_NUMBER = re.compile(rf"^(?:{_NUMBERING})[^，。；：！？,;:!?]{{1,24}}?(?={_NUMBERING})")

#: a law's or rules' title right before its first chapter
_TITLE_THEN_CHAPTER = re.compile(r"^[^，。；：！？]{2,40}(?:规则|办法|条例|规定|细则|章程|准则|規則|辦法|條例|規定|細則)"
                                 r"(?=第[一1]章)")

#: the kinds of official document whose title the 发文字号 follows without a break
_KIND = "通知|通报|意见|办法|规定|决定|公告|通告|批复|复函|函|方案|规划|细则|规则|报告|纲要|条例|决议|指引|目录|名单|要点|请示|命令|令"
_TITLE_THEN_NUMBER = re.compile(
    rf"^(?P<title>.{{4,120}}?(?:{_KIND}))(?P<number>[\u4e00-\u9fff]{{1,10}}[〔［\[(（]\s*[12]\d{{3}}\s*[〕］\])）]\s*第?\s*\d{{1,5}}\s*号)")
#: the addressee that opens the letter: up to its colon, before the first sentence ends
_ADDRESSEE = re.compile(r"^[^。：:！？]{2,100}?[：:](?=\S)")
#: the issuer and the date that sign it, after the last sentence, maybe with (此件公开发布)
_SIGNATURE = re.compile(
    r"(?<=[。！？])(?P<issuer>[\u4e00-\u9fff（）()]{2,40}?)(?P<date>\d{4}年\d{1,2}月\d{1,2}日)"
    r"(?P<note>[（(]此件[^）)]{1,20}[）)])?$")

#: the issuer at the end of the last sentence, when the date follows in the next piece
_ISSUER_AT_END = re.compile(r"(?<=[。！？])[\u4e00-\u9fff（）()]{2,30}$")
_DATE_FIRST = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日")


#: …形成具有影响力的产业集群。第三章认定程序第九条认定省级高新区程序。: a chapter (its name, then
#: its first article) glued to the sentence before it, in a line of any text
_GLUED_CHAPTER = re.compile(r"(?<=[。；])(?=第[一二三四五六七八九十]{1,3}章[^，。；：]{1,16}?第[一二三四五六七八九十百零〇]{1,5}条)")


def chapters_glued(line: str) -> list[str]:
    """The line cut before each chapter glued to the sentence above it."""
    if "章" not in line:
        return [line]
    return _split(line, _GLUED_CHAPTER)


def flattened(line: str, nonblank_lines: int) -> bool:
    """Is this line a flattened document rather than a paragraph?"""
    return len(line) >= ALWAYS_FLATTENED or (len(line) >= MIN_FLATTENED and nonblank_lines <= FEW_LINES)


def paragraphs(line: str) -> list[tuple[str, int]]:
    """The paragraphs of a flattened line, each with the indent (in half-width columns)
    it had inside the line. Its marks are found in its Simplified form (各區縣 is 各区县 to
    them), character for character the same length: the pieces are cut from the line as
    written."""
    key = simplified(line)
    if key == line:
        return _paragraphs(line)
    out, at = [], 0
    for piece, indent in _paragraphs(key):
        at = key.find(piece, at)
        if at < 0:
            return _paragraphs(line)
        out.append((line[at: at + len(piece)], indent))
        at += len(piece)
    return out


def _paragraphs(line: str) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for n, (piece, indent) in enumerate(_at_gaps(line)):
        out.extend((part, indent if k == 0 else 0) for k, part in enumerate(_at_marks(piece, n <= 1)))
    for k in range(len(out) - 1, 0, -1):   # …请认真贯彻执行。义乌市人民政府办公室 | 2013年2月4日
        issuer = _ISSUER_AT_END.search(out[k - 1][0]) if _DATE_FIRST.match(out[k][0]) else None
        if issuer:
            text, indent = out[k - 1]
            out[k - 1:k] = [(text[:issuer.start()], indent), (issuer.group(0), 0)]
    return out


def _at_gaps(line: str) -> list[tuple[str, int]]:
    pieces, start, indent, cut = [], 0, 0, 0
    for gap in _GAP.finditer(line):
        if _SPACED_OUT.search(line[cut:gap.start()][-12:]):
            cut = gap.end()   # 第一章  总  则 / 第二条  市政府…: the gap spaces a label out
            continue
        pieces.append((line[start:gap.start()], indent))
        start = cut = gap.end()
        indent = sum(2 if ch == "\u3000" else 1 for ch in gap.group(0))
    pieces.append((line[start:], indent))
    return [(p.strip(), i) for p, i in pieces if p.strip()]


def _at_marks(text: str, first: bool) -> list[str]:
    """Split where the document's own marks show a paragraph began (module docstring);
    ``first``: one of the line's first two pieces (after the title), where the
    addressee may stand."""
    head: list[str] = []
    opening = _TITLE_THEN_NUMBER.match(text)
    if opening:
        head = [opening.group("title"), opening.group("number")]
        text = text[opening.end():]
    addressee = _ADDRESSEE.match(text) if opening or first else None
    if addressee:
        head.append(addressee.group(0))
        text = text[addressee.end():]
    tail: list[str] = []
    signature = _SIGNATURE.search(text, max(0, len(text) - 90))
    if signature:
        tail = [signature.group("issuer"), signature.group("date")] + ([signature.group("note")] if signature.group("note") else [])
        text = text[:signature.start()]
    body: list[str] = []
    for part in _split(text, _AFTER_SENTENCE):
        law = _TITLE_THEN_CHAPTER.match(part)
        if law:   # 平湖市人民政府工作规则第一章  总  则: the attached rules' title, then its chapter
            body.append(law.group(0))
            part = part[law.end():]
        while True:   # 一、总体要求（一）指导思想。…: the short heading, then the rest
            heading = _HEADING_THEN_NUMBER.match(part)
            if heading is None:
                break
            body.append(heading.group(0))
            part = part[heading.end():]
        body.append(part)
    return [p for p in head + body + tail if p]


def _split(text: str, at) -> list[str]:
    cuts = [m.start() for m in at.finditer(text)]
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)])]
