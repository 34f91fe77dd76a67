"""Re-join lines that a scraper or a hard wrap broke inside a sentence.

Three cases, each conservative (a heading, a date, a signature is never joined):

- fragments: a lone ``2.5`` after ``PM``, a subscript, or a short bold word that a
  scraper put on its own line between two halves of a sentence (blank lines around it
  are common) — joined back into one line;
- broken sentences: a line of prose that ends without punctuation, followed directly
  by a line that carries on (starts with a Han character or with a mark such as ，);
- hard-wrapped text: most long lines have the same length; a line of that length is
  continued by the next one unless the next is indented or a heading.

Joining puts no space between CJK characters and one space between Latin words.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from .. import regexcache as re

from .boilerplate import match_rule, paragraph_counts, running_heads, title_spans
from .lines import CASUAL_TILDE, SECTION_NAME, SIGN_OFF, Line, is_caption, is_name, is_salutation, title_key
from .headings import ENTRY_NUMBER, HEADING_ANCHORS, anchors_side, bare_section_marks, decimal_clause, is_heading_like, numbered

# (matched against the last character only: a joined line may be very long)
_ENDS_CLAUSE = re.compile(r"[。！？!?；;：:”’」』）)】》〉…—\"']$")
_CASUAL_END = re.compile(CASUAL_TILDE + "$")
_OPENS_CONTINUATION = re.compile(r"^[，。、；：！？,.;:!?）)”’」』》…]")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_DATE = re.compile(r"^[（(]?\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年.{1,8}日\s*[）)]?$")
_FRAGMENT = re.compile(r"^(?:[0-9.]{1,5}|[₀-₉⁰-⁹]{1,3}|[\u4e00-\u9fffA-Za-z0-9.%]{1,8})$")


def _joiner(left: str, right: str) -> str:
    """'' between CJK, ' ' between two Latin words (or a word and a number)."""
    a, b = left[-1:], right[:1]
    if a.isdigit() and b.isdigit() and _HAN.search(left[-12:]):
        return ""    # 4 / 60公里: a number cut by a wrap inside Chinese text
    if a.isascii() and b.isascii() and (a.isalnum() or a in ",.;:!?)") and b.isalnum():
        return " "
    return ""


def _join(a: Line, b: Line, tight: bool = False) -> Line:
    """``a`` continued by ``b``; ``tight`` glues without a space (PM + 2.5 → PM2.5)."""
    if tight or (a.text.endswith("-") and b.text[:1].isalpha() and b.text[:1].isascii()):
        return Line(a.number, a.text + b.text, a.indent, a.blank_before, b.end)   # fragment / hyphenated word
    return Line(a.number, a.text + _joiner(a.text, b.text) + b.text, a.indent, a.blank_before, b.end)


def _in_progress(line: Line) -> bool:
    """A line of prose that stops mid-sentence."""
    t = line.text
    return (len(t) >= 6 and not _ENDS_CLAUSE.search(t[-1:]) and not _CASUAL_END.search(t[-2:])
            and (not is_heading_like(t) or _runs_on(t))
            and not _DATE.match(t) and not t.startswith(("——", "--")))


def _continues(line: Line) -> bool:
    t = line.text
    if is_heading_like(t) or _DATE.match(t):
        return False
    # 5000元。 after 最高不超过: a number carries on a sentence cut by a page break
    return bool(_OPENS_CONTINUATION.match(t) or _HAN.match(t) or (t[:1].isascii() and t[:1].islower())
                or _NUMBER_GOES_ON.match(t))


_NUMBER_GOES_ON = re.compile(r"^\d[\d.,]*\s*(?:%|[\u4e00-\u9fff])")


#: 142145 / 9.3 — but not 2020.10.04, a date that a list of links puts under each headline
_CITATION = re.compile(r"^\[\d{1,3}(?:\s*[-–,，]\s*\d{1,3})*\]$")
_ITEM_STUB = 6   # characters of an item's number and first word, at most, when a span cut it off
#: 1 / 、对于非本市户籍居民家庭…: an item's number in a span of its own, its mark and text on the next line
_ITEM_NUMBER = re.compile(r"^\d{1,2}$")
_ITEM_REST = re.compile(r"^[、．][\u4e00-\u9fff（“《]")


def _item_cut_short(text: str) -> bool:
    """1．多子女家庭（有两个 / 3．购: an item the page's spans cut off mid-word or inside its brackets."""
    return text.count("（") > text.count("）") or len(text) <= _ITEM_STUB and not _ENDS_CLAUSE.search(text[-1:])


_FIGURE_ONLY = re.compile(r"^(?!\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}$)[-+]?\d[\d.,]*$")
#: 85% / 3.5‰: a share in bold between two pieces of its sentence
_PERCENT_ONLY = re.compile(r"^[-+]?\d[\d.,]*\s*[%％‰]$")
_MARKS_ONLY = re.compile(r"^[。，、；：！？）)”’」』,;:!?]{1,3}$")


def _reference_marks(lines: list[Line]) -> frozenset[int]:
    """参考文献 / [1] / 章炳林. … / [2] / 张磊. …: each mark of a reference list alone on
    its line, counting up from 1, each over its entry — a mark of the entry below it,
    not a citation in the line above."""
    found: list[int] = []
    k = 0
    while k < len(lines):
        run, expect = [], 1
        j = k
        while j + 1 < len(lines) and lines[j].text == f"[{expect}]" and not _CITATION.match(lines[j + 1].text):
            run.append(j)
            expect += 1
            j += 2
        if len(run) >= 2:
            found.extend(run)
            k = j
        else:
            k += 1
    return frozenset(found)


#: the runs a word processor's HTML splits a line into, one element each (the pieces of a
#: date, of a 发文字号, of an article's number, of a 令's title): each pattern is the whole
#: sequence of consecutive lines, joined back into one
_NUMERAL = r"(?:\d{1,4}|[〇零一二三四五六七八九十百]{1,6})"
_SPLIT_RUNS: tuple[tuple[re.Pattern[str], ...], ...] = tuple(
    tuple(re.compile(piece) for piece in run) for run in (
        # 中華民國 / 106 / 年 / 8 / 月 / 1 / 日
        (r"^(?:中華民國|中华民国|民國|民国)$", r"^\d{1,4}$", r"^年$", r"^\d{1,2}$", r"^月$", r"^\d{1,2}$", r"^日$"),
        (r"^\d{1,4}$", r"^年$", r"^\d{1,2}$", r"^月$", r"^\d{1,2}$", r"^日$"),
        # 院授主基法字第 / 1060200684A / 號
        (r"^\S{1,12}字第$", r"^[0-9A-Za-z]{1,16}$", r"^[號号]"),
        # 第 / 十一 / 條　　本辦法自本法施行之日施行。
        (r"^第$", r"^" + _NUMERAL + r"$", r"^[條条章節节款項项編编]"),
        # 修正「 / 住宅基金收支保管及運用辦法 / 」部分條文。: a name in quotes, each a run
        (r"^.{0,30}[「『“《]$", r"^[^「」『』“”《》]{1,60}$", r"^[」』”》]"),
        # 行政院 / 令: the issuer and the kind of the document, its title
        (r"^\S{2,12}(?:院|部|會|会|局|署|府|處|处|委員會|委员会)$", r"^(?:令|函|公告|通告|通知|批復|批复)$"),
    ))


#: one piece of a date a page split over lines: 2022年 / 6 / 月 / 2 / 日起执行。
_DATE_PIECE = re.compile(r"^(?:\d{1,4}\s*(?:[年月]\s*(?:\d{1,2})?)?|[年月])$")   # (or 2022年12 / 月 / 9 / 日)
#: the pieces joined: a whole date, from the year to the day (and the sentence it opens may go on)
_WHOLE_DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}[日号]")
#: the last piece: the day, or its unit, and what follows it on the line
_DAY_PIECE = re.compile(r"^\d{0,2}\s*[日号]")


#: 的 / 了 / 着: a particle no sentence ends on — what the line after it carries is the sentence's
_PARTICLE_AT_END = re.compile(r"[\u4e00-\u9fff][的地得着了]$")
#: 大专: a word of a few hanzi alone on its line, no mark in it
_STRUCK_PIECE = re.compile(r"^[\u4e00-\u9fff]{1,8}$")
#: （大学）生活就此结束，…。: the rest of the sentence, to its end
_GOES_ON_TO_ITS_END = re.compile(r"^[\u4e00-\u9fff（(“][^\n]{0,200}[。！？]”?$")
#: 本通知自 / 截至 / 定于: a line that ends on a word whose object must follow (the date below)
_WANTS_ITS_OBJECT = re.compile(r"(?:[自于於从從至到在为為是及和与與或]|截至|截止)$")


def _split_date(lines: list[Line], i: int) -> int:
    """How many lines from i hold one date split piece by piece (2022年 / 6 / 月 / 2 /
    日起执行。), its day's line last: 0 if they do not."""
    k = i
    while k < len(lines) and k - i < 6 and _DATE_PIECE.match(lines[k].text) and (k == i or not lines[k].blank_before):
        k += 1
    if k - i < 2 or k >= len(lines) or lines[k].blank_before or not _DAY_PIECE.match(lines[k].text):
        return 0
    joined = "".join(lines[j].text.replace(" ", "") for j in range(i, k + 1))
    return k + 1 - i if _WHOLE_DATE.match(joined) else 0


def _join_split_runs(lines: list[Line]) -> list[Line]:
    """中華民國 / 106 / 年 / 8 / 月 / 1 / 日 → 中華民國106年8月1日: a run that a word
    processor's HTML split, each piece alone on a line, is one line again."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        if len(lines[i].text) > 31:   # every run opens with a short piece
            out.append(lines[i])
            i += 1
            continue
        date = _split_date(lines, i)
        if date:
            joined = lines[i]
            for k in range(1, date):
                joined = _join(joined, lines[i + k], tight=True)
            out.append(joined)
            i += date
            continue
        for run in _SPLIT_RUNS:
            if i + len(run) <= len(lines) and all(p.match(lines[i + k].text) for k, p in enumerate(run)):
                joined = lines[i]
                for k in range(1, len(run)):
                    joined = _join(joined, lines[i + k], tight=True)
                out.append(joined)
                i += len(run)
                break
        else:
            out.append(lines[i])
            i += 1
    return out


#: 5日0—24时 after 2022年4月 / 2: the rest of a day's number, its unit
_DAY_GOES_ON = re.compile(r"^\d{0,2}\s*[日号號]")
#: what no line of its own begins with: a clause goes on
_CLAUSE_MARK_FIRST = re.compile(r"^[，、；：]")
#: an opening bracket or quote that ends a line: what it opens is on the next
_OPEN_AT_END = re.compile(r"[\u4e00-\u9fff][〔（《“]$")
_CLOSE_FIRST = re.compile(r"^〕")
_SERIAL = re.compile(r"^\d{1,5}$")
_CLOSING_QUOTE_ONLY = re.compile(r'^["\']$')
#: a sentence's end (its closing quote or bracket after it)
_SENTENCE_DONE = re.compile(r"[。！？!?][”’」』）)]?$")


#: a code span of a tutorial's sentence: ndarray, array(), type():, np.array
_CODE_TOKEN = re.compile(r"^[a-z_][A-Za-z0-9_.]{0,30}(?:\(\):?)?$")   # (content: is a scraper's key)
#: -g / /etc/default/docker.io / docker export: an option, a path, a command set as code in a sentence
_INLINE_COMMAND = re.compile(r"^(?:-{1,2}[A-Za-z][\w-]{0,20}|/[\w.-]+(?:/[\w.-]+)*/?|[a-z][\w.-]{0,20}(?: [a-z-][\w.-]{0,20}){1,2})$")


def _inline_code(text: str) -> bool:
    """A code span a page set in a sentence, alone on its line: a word of code, an option, a
    path, a short command."""
    return _CODE_TOKEN.match(text) is not None or _INLINE_COMMAND.match(text) is not None \
        or text in _EMPTY_LITERALS


#: {} / [] / (): an empty object, list or call set as code in a sentence (…对象（即 / {} / ）；)
_EMPTY_LITERALS = frozenset(("{}", "[]", "()"))
#: the end of a sentence — or of a list item's clause (…（即 / {} / ）；)
_SENTENCE_END = re.compile(r"[。！？；][”’」』）)]?$")


def _inline_code_run(lines: list[Line], i: int, prev: Line) -> int:
    """How many lines from ``i`` are the rest of a sentence that a page set with code spans
    in it (…对象称为 / ndarray / 。 / …使用 / array() / 函数创建一个 NumPy / ndarray / 对象。): code
    tokens and short pieces of Chinese up to the sentence's end — 0 when it is no such
    run (a menu of short items never ends a sentence)."""
    if not _inline_code(lines[i].text) or not _HAN.search(prev.text[-1:]) or not _in_progress(prev):
        return 0
    codes, k = 0, i
    while k < len(lines) and k - i < 12 and not lines[k].blank_before:
        text = lines[k].text
        if _inline_code(text):
            codes += 1
        elif not (len(text) <= 60 and (_HAN.match(text) or _OPENS_CONTINUATION.match(text))):
            return 0
        k += 1
        if _SENTENCE_END.search(text):
            return k - i if codes else 0
    return 0


#: pieces of a sentence split span by span, looked ahead over for its end (a bound: linear)
_MAX_PIECES = 400
#: link words in a row (_menu_piece): a menu's items, no sentence's spans
_MENU_PIECES = 4
_PIECE_MARK = re.compile(r"[，、；：。！？,;:!?\d]")


def _menu_piece(text: str) -> bool:
    """facebook / rss / 調查: a link's word, not a span of a sentence — Latin without a
    mark or figure, or a word of two characters."""
    if _PIECE_MARK.search(text):
        return False
    return not _HAN.search(text) or len(text) <= 2


def _chrome(text: str) -> bool:
    """A line a certain rule takes for the site's (问题反馈, 分享到): never a piece of a sentence."""
    rule = match_rule(text, "body")
    return rule is not None and rule.wall


def _sentence_goes_on(lines: list[Line], i: int, apart: frozenset[int]) -> int:
    """Where the sentence whose pieces go on from line ``i`` ends (the line after its
    last piece), or ``i`` when it does not: no end within reach, or a menu after the
    comma (，有任何問題 / service@… / facebook / youtube / rss / …) — pieces of a sentence
    (，居住于浦东新区， / 病例 / 27—病例80) carry its marks and figures every few lines."""
    k, plain = i, 0
    while k < len(lines) and k - i < _MAX_PIECES and not lines[k].blank_before and k - 1 not in apart \
            and len(lines[k].text) <= 200 and not is_heading_like(lines[k].text) and not _DATE.match(lines[k].text):
        plain = plain + 1 if _menu_piece(lines[k].text) else 0
        if plain >= _MENU_PIECES:
            return i
        if _chrome(lines[k].text):
            return i   # …，我们会在24-72小时内解决您的问题 / 感谢您的反馈: a widget's words end no sentence
        k += 1
        if _SENTENCE_DONE.search(lines[k - 1].text[-3:]):
            return k
    return k


#: 阶段一 / ：入门基础，夯实操作 / 这一阶段的目标是…。: a subhead's key and gist, cut at its colon — over
#: a sentence of its own, which it is no piece of
_KEYED_GIST = re.compile(r"^[^，。；：:！？\s]{1,12}[：:][^。；！？：:]{2,24}$")
_WHOLE_SENTENCE = re.compile(r"^[\u4e00-\u9fff“][^。！？]{6,}?[，、].*(?:[。！？]”?|[。！？].*[：:])$")
_WHOLE_SENTENCE_AT_MOST = 200   # characters (the pattern is only tried on a paragraph's length)


def _whole_sentence(text: str) -> bool:
    """这一阶段的目标是“会用”，而不是“精通”。: a sentence of its own — opens on a word, finishes
    (or leads into what follows, after a finished sentence)."""
    return len(text) <= _WHOLE_SENTENCE_AT_MOST and _WHOLE_SENTENCE.match(text) is not None


#: 核心中的核心： / 图层 / 你可以把图层想象成…。: a subhead's key on its colon and its word on the next
#: line, over its section's paragraph — the same shape at least twice in the text
_KEY_ON_COLON = re.compile(r"^[^，。；：:！？\s]{2,12}[：:]$")
_KEYED_WORD = re.compile(r"^[^，。；：:！？、\s]{1,10}$")
_KEYED_PAIRS_AT_LEAST = 2


def _paragraph(text: str) -> bool:
    """A paragraph of prose: thirty characters or more, opening on a word, finished."""
    return len(text) >= 30 and _HAN.match(text) is not None and text.rstrip("”’」』")[-1:] in ("。", "！", "？")


def _keyed_pairs(lines: list[Line]) -> frozenset[int]:
    """The lines that open such a key and word pair (their indices)."""
    pairs = [k for k in range(len(lines) - 2)
             if _KEY_ON_COLON.match(lines[k].text) and _KEYED_WORD.match(lines[k + 1].text)
             and not lines[k + 1].blank_before and _paragraph(lines[k + 2].text)]
    return frozenset(pairs) if len(pairs) >= _KEYED_PAIRS_AT_LEAST else frozenset()


#: 記者 alone on a line: the key of a reporter's byline whose names the page set apart
#: (作者 / 魏星 is a field of the page's metadata, read as such)
_BYLINE_KEY = re.compile(r"^(?:记者|記者|通讯员|通訊員)$")


def _byline_names(lines: list[Line], i: int) -> int:
    """記者 / 李宜杰 / 莊鎧毓: how many names (one to four, each on its own line, nothing
    between) follow a byline's key alone on line i — 0 if it is not one."""
    if not _BYLINE_KEY.match(lines[i].text):
        return 0
    k = i + 1
    while k < len(lines) and k - i <= 4 and not lines[k].blank_before and is_name(lines[k].text):
        k += 1
    return k - i - 1


_ANCHORED_PAGE = 3   # lone #s on a page that sets one by each section's title (one may be a prompt)


def _beside_anchors(lines: list[Line]) -> frozenset[int]:
    """注意 / :…使用 / git fetch / 从远端…分支 / rebase与merge的比较 / # / rebase的优点:: on a page that
    sets a # by each section's title, no sentence runs across the # nor into the title beside it
    (on the side ``anchors_side`` tells). Returns the line indices after which nothing joins."""
    anchors = [k for k, line in enumerate(lines) if line.text in HEADING_ANCHORS and 0 < k < len(lines) - 1]
    side = anchors_side([lines[k - 1].text for k in anchors], [lines[k + 1].text for k in anchors])
    cut = set()
    for k in anchors:
        cut |= {k - 1, k} | ({k + side - 1, k + side} if side else set())
    return frozenset(cut)


def _with_pieces_before(out: list[Line], joined: Line, titles: frozenset[int] = frozenset(), anchored: bool = False) -> Line:
    """``joined`` (the last line of ``out`` and the clause that goes on from it) with the
    pieces before it that the same sentence was split into: short spans ending no clause
    (病例 / 694—病例959 / ，…), and above them the heading they carry on, when a word broke
    off it (（一）简化存量工业用地其他规划指标 / 调整的 / 审批手续 / ，提高…) — not a section's
    title a contents box listed (``titles``, their line numbers), nor a # beside one on a page that
    sets one by each (``anchored``)."""
    head, taken = out[-1], 0
    while len(out) >= 2 and taken < 4 and len(head.text) <= 20 and not head.blank_before:
        before = out[-2]
        if _ENDS_CLAUSE.search(before.text[-1:]) or _DATE.match(before.text) or before.number in titles \
                or anchored and before.text in HEADING_ANCHORS:
            break   # (只能挣到和自己同频人的钱 / # / 腾讯科技 / ：你20岁…: the # by a section's title ends what went before)
        if len(before.text) <= 12 and not is_heading_like(before.text) and not _chrome(before.text):
            joined, head, taken = _join(out.pop(-2), joined, tight=True), before, taken + 1
            continue
        if taken and len(head.text) <= 6 and len(before.text) <= 40 and is_heading_like(before.text):
            joined = _join(out.pop(-2), joined, tight=True)
        break
    return joined


#: 感慨 - / YiQiqi's Blog: a <title> the page wrapped after its join mark
_TITLE_WRAPPED = re.compile(r"\S\s+[-－—–_|｜]$")
_SITE_NAME_AT_MOST = 40   # characters of the site's name on the <title>'s second line
_NAME_NO_SENTENCE = re.compile(r"[，。；！？,;!?]")   # (a site's name holds no clause of a sentence)


def _rewrapped_page_title(lines: list[Line]) -> list[Line]:
    """The page's <title> (its first line) wrapped after the mark that joins the headline to
    the site's name, the name on the next line: one line again, as the page's title reads."""
    if len(lines) >= 2 and _TITLE_WRAPPED.search(lines[0].text) and len(lines[1].text) <= _SITE_NAME_AT_MOST \
            and not _NAME_NO_SENTENCE.search(lines[1].text):
        return [_join(lines[0], Line(lines[1].number, " " + lines[1].text.strip(), lines[1].indent,
                                     lines[1].blank_before, lines[1].end), tight=True)] + lines[2:]
    return lines


_BOX_RUN = 3   # entries in a row of a contents box, each set again further down over its section


_HEADLINE_AT_LEAST = 4   # characters of a <title>'s part that a line repeating it is the headline


def _headline_copies(lines: list[Line]) -> frozenset[int]:
    """搭建hexo博客 - 图图的小打小闹 / … / 搭建hexo博客 / 1 / 动机：…: the lines that repeat the page's
    <title> (its first line), whole or a part of it — the headline, no piece of a sentence."""
    if not lines:
        return frozenset()
    title = lines[0].text
    parts = {title_key(title[a:b]) for a, b in title_spans(title)} | {title_key(title)}
    parts = {part for part in parts if len(part) >= _HEADLINE_AT_LEAST}
    # (not the site's name over the dateline it opens: 深圳新闻网 / 12月14日讯（记者…）)
    return frozenset(k for k in range(1, len(lines)) if len(lines[k].text) <= 2 * len(title) and title_key(lines[k].text) in parts
                     and not (k + 1 < len(lines) and _DATELINE_GOES_ON.match(lines[k + 1].text)))


_BOX_ENTRY = 2   # characters of a contents box's entry (小结 / 方法一 under 目录)
_BOX_LABELS = 2   # lines over a box's entries that may stand again further down (its label)
_LATIN_ENTRY = 6   # characters of an entry without hanzi (CVE-2020-14883; not a listing's `if` or `x = 1`)
_LETTER = re.compile(r"[A-Za-z]")


def _boxed_copies(lines: list[Line]) -> frozenset[int]:
    """Table of contents / 那一天的复兴，复兴起来 / 为什么要写？ / … then, further down, 次 /
    那一天的复兴，复兴起来 / 无意中发现了: a section's title that a contents box listed, set again over
    its section — no piece of the sentences beside it. The copies' indices. The box's entries,
    lines in a row that each stand again further down, are matched in order to the copies after
    the box (漏洞分析 listed twice, under two sections: the two copies below, one each)."""
    where: dict[str, list[int]] = {}
    for k, line in enumerate(lines):
        text = line.text.strip()
        if len(text) >= _BOX_ENTRY and _HAN.search(text) or len(text) >= _LATIN_ENTRY and _LETTER.search(text):
            where.setdefault(text, []).append(k)   # (CVE-2020-14883 / 方法一: a box's entries in either)
    listed_again = sorted(k for places in where.values() for k in places[:-1])
    found: set[int] = set()
    run: list[int] = []
    for k in listed_again + [-2]:
        if run and k != run[-1] + 1:
            # (目录 / 前言 / …: the box's label, set again in the page's footer, is no entry)
            for first in range(min(_BOX_LABELS + 1, len(run))):
                spread = _copies_in_order(lines, where, run[first:])
                if spread:
                    found.update(spread)
                    break
            run = []
        run.append(k)
    return frozenset(found) or _copies_above_box(lines, where)


#: 39 / 文章 / 5 / 分类 / 38 / 标签: what a blog's sidebar counts, each under its figure — no unit of a
#: sentence's figure
_SITE_COUNTS = frozenset(("文章", "日志", "分类", "标签", "归档", "评论", "访客", "文章数", "分类数", "标签数",
                         "日誌", "分類", "標籤", "歸檔", "評論"))


def _copies_above_box(lines: list[Line], where: dict[str, list[int]]) -> frozenset[int]:
    """… / 背景 / … / 建议 / … / 视频 / … / 目录 / 背景 / 建议 / … / 视频: a contents box a theme sets in
    its sidebar under the text — its entries the last lines of their words, the sections'
    titles above, in the same order (the copies' indices)."""
    listed_last = sorted(places[-1] for places in where.values() if len(places) >= 2)
    runs: list[list[int]] = []
    for k in listed_last:
        # (1. / 常见的 Commit Message 格式 / 2. / 实例 / …: or numbered, each number on a line of its own)
        if runs and (k == runs[-1][-1] + 1 or k == runs[-1][-1] + 2 and ENTRY_NUMBER.match(lines[k - 1].text.strip())):
            runs[-1].append(k)
        else:
            runs.append([k])
    for run in runs:
        if len(run) < _BOX_RUN:
            continue
        copies: list[int] = []
        for entry in run:
            places = [p for p in where[lines[entry].text.strip()] if p < run[0] and (not copies or p > copies[-1])]
            if not places:
                break
            copies.append(places[0])
        gaps = [b - a for a, b in zip(copies, copies[1:])]
        if len(copies) == len(run) and sum(1 for gap in gaps if gap > 1) * 2 > len(gaps):
            return frozenset(copies)
    return frozenset()


def _copies_in_order(lines: list[Line], where: dict[str, list[int]], entries: list[int]) -> list[int]:
    """The copies, after the entries and in their order, of a contents box's ``entries``; none
    unless each has one and most stand apart (each over its section's text: a widget the page
    sets twice repeats in a row)."""
    spread: list[int] = []
    for entry in entries:
        places = where[lines[entry].text.strip()]
        n = bisect_right(places, spread[-1] if spread else entries[-1])
        if n == len(places):
            return []
        spread.append(places[n])
    gaps = [b - a for a, b in zip(spread, spread[1:])]
    return spread if len(spread) >= _BOX_RUN and sum(1 for gap in gaps if gap > 1) * 2 > len(gaps) else []


def join_split_inline(lines: list[Line]) -> list[Line]:
    """一般公共预算收入 / 142145 / 万元，比上年增长 / 9.3 / ％ — or 是为了…而制定的 /
    法律 / 。: a page that wraps each figure, link or bold word in an element of its own
    comes out a piece per line. Joined back before anything else looks at the lines, so
    the sentence reads as prose (and a figure is not taken for a view counter, nor a
    word for a menu item). Only pieces of a sentence are joined — one side with a
    sentence mark — never a count between two menu items."""
    lines = _join_date_spans(_join_split_runs(_rewrapped_page_title(lines)))
    out: list[Line] = []
    i = 0
    n = len(lines)
    # 1 / 2 / 3: headings, not figures; 37 / 22 after paragraph upon paragraph: their counts
    boxed = _boxed_copies(lines) | _headline_copies(lines)
    apart = bare_section_marks([line.text for line in lines]) | frozenset(paragraph_counts(lines)) \
        | frozenset(running_heads(lines)) \
        | boxed | {k - 1 for k in boxed}   # (a page's head and number, a section's title: nothing joins across them)
    titles = frozenset(lines[k].number for k in boxed)
    entries = _reference_marks(lines)
    keyed = _keyed_pairs(lines)
    texts_seen = Counter(line.text for line in lines)
    anchored = sum(texts_seen[mark] for mark in HEADING_ANCHORS) >= _ANCHORED_PAGE
    if anchored:
        apart |= _beside_anchors(lines)
    while i < n:
        line = lines[i]
        if i in keyed:
            out.append(_join(line, lines[i + 1], tight=True))   # 核心中的核心： / 图层: one subhead
            i += 2
            continue
        if i in entries:
            out.append(_join(line, lines[i + 1]))            # [1] / 章炳林. C2C电子商务…: a reference list's entry
            i += 2
            continue
        nxt = lines[i + 1] if i + 1 < n and not lines[i + 1].blank_before and i not in apart else None
        prev = out[-1] if out and not line.blank_before else None
        if prev is not None and _CITATION.match(line.text) and not (nxt is not None and _CITATION.match(nxt.text)) \
                and not _CITATION.match(prev.text):
            out[-1] = _join(prev, line, tight=True)          # …正式揭牌启动。 / [3]: a reference mark (not [1] [2] [3], a pager)
            i += 1
            continue
        if prev is not None and not line.blank_before and _OPEN_AT_END.search(prev.text[-2:]) and len(prev.text) >= 3 \
                and len(line.text) <= 200 and i - 1 not in apart:
            out[-1] = _join(prev, line, tight=True)          # …（中发〔 / 2015: no line ends on an opening bracket
            i += 1
            continue
        if prev is not None and not line.blank_before and i - 1 not in apart and len(prev.text) <= _SPAN_PIECE \
                and prev.text.count("《") > prev.text.count("》") and _closes_a_name(line.text) \
                and not _ENDS_CLAUSE.search(prev.text[-1:]):
            out[-1] = _join(prev, line, tight=True)          # 按照《中国 / 共产党章程》和…: the name the line above opened
            i += 1
            continue
        if prev is not None and _CLOSE_FIRST.match(line.text) \
                and prev.text.count("〔") > prev.text.count("〕") and i - 1 not in apart:
            out[-1] = _join(prev, line, tight=True)          # …〔2015 / 〕: the bracket the line above opened
            i += 1
            continue
        if prev is not None and prev.text.endswith("〕") and _SERIAL.match(line.text) and i + 1 < n \
                and lines[i + 1].text.startswith(("号", "號")):
            out[-1] = _join(_join(prev, line, tight=True), lines[i + 1], tight=True)   # 〔2015〕 / 9 / 号）: a 发文字号
            i += 2
            continue
        run = _inline_code_run(lines, i, prev) if prev is not None and i - 1 not in apart else 0
        if run:
            joined = prev
            for k in range(i, i + run):
                joined = _join(joined, lines[k], tight=_OPENS_CONTINUATION.match(lines[k].text) is not None)
            out[-1] = joined   # NumPy 中的数组对象称为 / ndarray / 。: a sentence with code spans in it
            i += run
            continue
        if prev is not None and _CLOSING_QUOTE_ONLY.match(line.text) and prev.text.count(line.text[0]) % 2 == 1:
            out[-1] = _join(prev, line, tight=True)          # "Ruby 的许多特性…。 / ": the quote the line above opened
            i += 1
            continue
        if prev is not None and nxt is not None and i - 1 not in apart and i not in apart and _PARTICLE_AT_END.search(prev.text) \
                and len(prev.text) >= 6 and _STRUCK_PIECE.match(line.text) and _GOES_ON_TO_ITS_END.match(nxt.text) \
                and _in_progress(prev) and texts_seen[line.text] == 1:
            # 这次放寒假也意味着三年的 / 大专 / （大学）生活就此结束，…。: a word the page set apart (struck
            # through, linked) between a sentence's particle and the rest of it (not one the page sets
            # again: …填自己的 / 启动后端 / 接着…。 — its contents box lists it, a heading)
            out[-1] = _join(_join(prev, line, tight=True), nxt, tight=True)
            i += 2
            continue
        if prev is not None and _MARKS_ONLY.match(line.text) and not _ENDS_CLAUSE.search(prev.text[-1:]):
            out[-1] = _join(prev, line, tight=True)          # 。 alone: the end of the line above
            i += 1
            continue
        if prev is not None and i - 1 not in apart and _CLAUSE_MARK_FIRST.match(line.text) \
                and not _ENDS_CLAUSE.search(prev.text[-1:]):
            # 1—病例26 / ，居住于浦东新区，/ 病例 / 27—病例80 / ，…: no line begins with a comma — the
            # page put each span of its sentences in an element of its own; the sentence
            # goes on, piece by piece, up to its end
            joined, i = _join(prev, line, tight=True), i + 1
            joined = _with_pieces_before(out, joined, titles, anchored)
            end = _sentence_goes_on(lines, i, apart) if not _SENTENCE_DONE.search(joined.text[-3:]) \
                and not (_KEYED_GIST.match(joined.text) and i < n and _whole_sentence(lines[i].text)) else i
            while i < end:
                joined, i = _join(joined, lines[i], tight=True), i + 1
            out[-1] = joined
            continue
        if prev is not None and i - 1 not in apart and _WANTS_ITS_OBJECT.search(prev.text) and len(prev.text) <= 40 \
                and not is_heading_like(prev.text) \
                and len(line.text) <= 60 and _WHOLE_DATE.match(line.text) and _SENTENCE_DONE.search(line.text[-3:]) \
                and _HAN.search(_WHOLE_DATE.sub("", line.text)):
            out[-1] = _join(prev, line, tight=True)          # 本通知自 / 2022年6月6日起执行。: the date in its sentence
            i += 1
            continue
        names = _byline_names(lines, i) if i not in apart else 0
        if names:
            joined = line
            for k in range(i + 1, i + 1 + names):
                joined = Line(joined.number, joined.text + " " + lines[k].text, joined.indent, joined.blank_before, lines[k].end)
            out.append(joined)                                 # 記者 / 李宜杰 / 莊鎧毓: the byline, one line
            i += 1 + names
            continue
        if nxt is not None and len(line.text) <= 12 and _HAN.match(line.text) and not _PROSE_LIKE.search(line.text) \
                and _DATELINE_GOES_ON.match(nxt.text) and i not in apart:
            out.append(_join(line, nxt, tight=True))        # 深圳新闻网 / 12月14日讯（记者…）…: who reports, then when
            i += 2
            continue
        if nxt is not None and len(line.text) == 1 and line.text in _LINK_BRACKETS and i + 2 < n and len(nxt.text) <= 16 \
                and _LINK_BRACKETS[line.text] not in nxt.text and not lines[i + 2].blank_before and i + 1 not in apart \
                and lines[i + 2].text.startswith(_LINK_BRACKETS[line.text]) and _PROSE_LIKE.search(lines[i + 2].text):
            # 【 / 订票电话加价 / 】订票电话加价是为了什么呢？…: a keyword's link in the brackets that open the text
            out.append(_join(_join(line, nxt, tight=True), lines[i + 2], tight=True))
            i += 3
            continue
        if nxt is not None and len(line.text) == 1 and line.text in _PAIRS and _PAIRS[line.text] in nxt.text:
            out.append(_join(line, nxt, tight=True))        # （ / 2023年4月12日）: the bracket opens the next
            i += 2
            continue
        if prev is not None and nxt is not None and len(line.text) <= 6 and _MARKS_ONLY.match(nxt.text) \
                and _in_progress(prev) and _PROSE_LIKE.search(prev.text) and _HAN.match(line.text):
            out[-1] = _join(_join(prev, line, tight=True), nxt, tight=True)   # …而制定的 / 法律 / 。
            i += 2
            continue
        if prev is not None and nxt is not None and re.match(r"^\d{1,2}$", line.text) and re.search(r"\d\s*[年月]$", prev.text) \
                and _DAY_GOES_ON.match(nxt.text):
            out[-1] = _join(_join(prev, line, tight=True), nxt, tight=True)   # 2022年4月 / 2 / 5日0—24时: one date
            i += 2
            continue
        if nxt is not None and _ITEM_NUMBER.match(line.text) and _ITEM_REST.match(nxt.text) and i not in apart:
            # 一、关于… / 1 / 、对于…: an item's number, split off it — and the item's words the
            # spans split further (3 / ．购 / 买新建…, 1 / ．多子女家庭（有两个 / 及以上…）…)
            joined, i = _join(line, nxt, tight=True), i + 2
            while i < n and not lines[i].blank_before and i - 1 not in apart and _item_cut_short(joined.text) \
                    and numbered(lines[i].text) is None and not _ITEM_NUMBER.match(lines[i].text):
                joined, i = _join(joined, lines[i], tight=True), i + 1
            out.append(joined)
            continue
        if nxt is not None and (_FIGURE_ONLY.match(line.text) or _PERCENT_ONLY.match(line.text)) and not is_heading_like(nxt.text) \
                and nxt.text.strip() not in _SITE_COUNTS \
                and (_HAN.match(nxt.text) or _OPENS_CONTINUATION.match(nxt.text) or nxt.text[:1] in "％%‰"):
            if prev is not None and i - 1 not in apart and not _ENDS_CLAUSE.search(prev.text[-1:]) \
                    and (_PROSE_LIKE.search(prev.text) or _PROSE_LIKE.search(nxt.text)) \
                    and match_rule(prev.text, "body") is None:   # 打印本页 / 0 / 新征程…: a widget and its count
                out[-1] = _join(_join(prev, line, tight=True), nxt, tight=True)   # … / 142145 / 万元，…
                i += 2
                continue
            if (prev is None or i - 1 in apart or _ENDS_CLAUSE.search(prev.text[-1:])) and _FIGURE_GOES_ON.match(line.text + nxt.text) \
                    and _PROSE_LIKE.search(nxt.text) and len(nxt.text) >= 10:
                out.append(_join(line, nxt, tight=True))      # 。 / 2018 / 年3月20日，…: a sentence opens with it
                i += 2
                continue
        out.append(line)
        i += 1
    return out


def rejoin(lines: list[Line], after_removed: frozenset[int] = frozenset()) -> list[Line]:
    """``after_removed``: numbers of lines that follow a removed piece of the page's
    chrome (a widget, a metadata line). Such a line starts a new element of the page,
    so nothing is joined across the gap: 标题 / 调整字体 / 长江网10月4日讯 are three."""
    if len(lines) < 2:
        return lines
    lines = _join_fragments(lines, after_removed)
    width = wrap_width(lines)
    indented_paragraphs = _uses_indents(lines)
    wrapped_items = _wrapped_items(lines)
    hanging = _hanging_continuations(lines)
    out: list[Line] = [lines[0]]
    for k in range(1, len(lines)):
        line, prev = lines[k], out[-1]
        # fullness is a property of the physical line before, not of what it was joined to
        if line.number not in after_removed and k in hanging \
                or line.number not in after_removed \
                and (k - 1 in wrapped_items and prev is lines[k - 1]   # (the item's own line, nothing joined to it yet)
                     or _should_join(prev, line, width, indented_paragraphs, first=len(out) == 1, raw=lines[k - 1])) \
                and not (not width and len(out) > 1 and _stands_alone(out[-2], prev, line, out[-3] if len(out) > 2 else None)):
            out[-1] = _join(prev, line)
        else:
            out.append(line)
    return out


def _right_edge(line: Line) -> int:
    return line.indent + display_width(line.text)


#: 秘書長：王金德        法規室主任：洪樹林: a wide gap inside a line, between a table's columns
_COLUMN_GAP = re.compile(r"\S(?: {3,}|\u3000{2,})\S")


def _hanging_continuations(lines: list[Line]) -> frozenset[int]:
    """Lines that carry on the item above them under a hanging indent, as a PDF's minutes
    or a typed list give them (``一、本案係市府以九十一年二月七日府都二字第０９１０`` /
    ``      ０２１５６０２號函送到會，並自…``): the item's first line reaches the page's
    right margin without ending its clause, and the lines under it stand further right,
    reaching the same margin, or stopping short on their last one. A paragraph whose
    first line is indented is the opposite: its first line is the one further right, and
    a heading above it stops short of the margin."""
    # (measured on lines as the file has them: one already joined reaches no margin)
    edges = sorted(_right_edge(line) for line in lines if len(line.text) >= 12 and not line.last
                   and not _DRAWN.search(line.text))
    if len(edges) < 6:
        return frozenset()
    margin = edges[int(0.9 * (len(edges) - 1))]
    if not 40 <= margin <= 200:
        return frozenset()   # (one paragraph a line, as a web page gives: no margin to reach)
    slack = max(4, margin // 8)   # (a PDF's text is spaced unevenly: three characters on thirty)
    found: set[int] = set()
    k = 0
    while k < len(lines) - 1:
        head, nxt = lines[k], lines[k + 1]
        # under the item's first line, further right; or, in the item's body (its first line
        # cut off above by a page break), at the same indent as the line above
        hanging = nxt.indent >= head.indent + 2
        body = head.indent >= 2 and nxt.indent >= 2 and abs(nxt.indent - head.indent) <= 2 \
            and numbered(head.text) is None and not _COLUMN_GAP.search(head.text)
        if nxt.blank_before or not (hanging or body) or len(head.text) < 12 or head.last \
                or abs(_right_edge(head) - margin) > slack \
                or _ENDS_CLAUSE.search(head.text[-1:]) or _DATE.match(head.text):
            k += 1
            continue
        least, most = (head.indent + 2, 10**6) if hanging else (max(2, head.indent - 2), head.indent + 2)
        run = []
        j = k + 1
        while j < len(lines) and not lines[j].blank_before and least <= lines[j].indent <= most \
                and not (body and _COLUMN_GAP.search(lines[j].text)) \
                and not lines[j].last and _right_edge(lines[j]) <= margin + slack and numbered(lines[j].text) is None \
                and not is_caption(lines[j].text) and len(run) < 60:
            run.append(j)
            if _right_edge(lines[j]) < margin - slack:
                break   # a line that stops short of the margin ends the item
            j += 1
        if run:
            found.update(run)
            k = run[-1]
        else:
            k += 1
    return frozenset(found)


def _wrapped_items(lines: list[Line]) -> frozenset[int]:
    """3.須知第五條第（二）項特別規定，考慮建築業 / 界之狀況，建議改以…: a numbered item
    of a text wrapped at its column's width (a PDF's table cell, whose width the whole
    text does not share), cut in the middle of its clause. It is as wide as the lines
    around it, and the lines around it end mid-sentence too; a heading is shorter than
    the paragraph it heads, and does not run on into it."""
    found = set()
    for k in range(len(lines) - 1):
        text, nxt = lines[k].text, lines[k + 1]
        num = numbered(text)
        if num is None or num.numbering.name == "article" or _ENDS_CLAUSE.search(text[-1:]) \
                or not re.search(r"[，,、]", num.rest) or _SENTENCE_INSIDE.search(num.rest) \
                or nxt.blank_before or not _continues(nxt) or numbered(nxt.text) is not None:
            continue
        column = _column_lines(lines, k)
        if not column or display_width(text) < max(display_width(l.text) for l in column) - 2:
            continue   # shorter than the column: a heading, not a full line
        cut = sum(1 for a, b in zip(lines[max(0, k - 4): k + 7], lines[max(1, k - 3): k + 8])
                  if not _ENDS_CLAUSE.search(a.text[-1:]) and _PROSE_LIKE.search(a.text) and _continues(b)
                  and not b.blank_before)
        if cut >= 3:   # (the item's own cut, and two more around it: a wrapped column)
            found.add(k)
    return frozenset(found)


def _column_lines(lines: list[Line], k: int) -> list[Line]:
    """The full lines of the column item k stands in: the lines that carry on its sentence
    (its paragraph's last line is short, and left out), or else the lines before it that
    carry on a sentence (the item above)."""
    def cut(line: Line) -> bool:
        return numbered(line.text) is None and not _ENDS_CLAUSE.search(line.text[-1:])
    after = []
    for line in lines[k + 1: k + 4]:
        if not cut(line):
            break
        after.append(line)
    if after:
        return after
    before = []
    for line in reversed(lines[max(0, k - 3): k]):
        if numbered(line.text) is not None:
            break
        if cut(line):
            before.append(line)
    return before


#: ┌──┬──┐ / │編│土　地│: a table drawn with box-drawing characters, a row a line, as wide as
#: its columns — not the text's measure, and never joined to the prose around it
_DRAWN = re.compile(r"[\u2500-\u257f]")


def _should_join(prev: Line, line: Line, width: int, indented: bool, first: bool, raw: Line) -> bool:
    if is_caption(prev.text) or is_caption(line.text):
        return False   # a picture's caption is a line of its own
    if _DRAWN.search(prev.text) or _DRAWN.search(line.text):
        return False
    if line.blank_before:
        # Only a mark that cannot open a sentence carries over a blank line.
        return bool(_OPENS_CONTINUATION.match(line.text)) and not _ENDS_CLAUSE.search(prev.text[-1:]) \
            and not is_heading_like(prev.text) and not first
    if is_heading_like(line.text) or _DATE.match(line.text) or is_salutation(line.text) or is_salutation(prev.text):
        return False   # (各位代表： opens the speech: no sentence runs on into it, nor on from it)
    if _ON_ITS_OWN.match(line.text):
        return False   # …入围名单 / http://ent.QQ.com / 2007年01月05日15:24: an address or a time is an element of its own
    if indented and line.indent >= 2:
        return False  # an indented line starts a paragraph
    full = bool(width) and _is_full(raw, line, width)
    if full and is_heading_like(prev.text) and raw is prev \
            and len(line.text) <= 25 and not re.search(r"[。！？；]", prev.text):
        return True   # a heading too long for the wrap width: its tail is on the next line
    if full and (not is_heading_like(prev.text) or _runs_on(prev.text)):
        # hard-wrapped: a full-width line continues, unless it visibly ends a paragraph
        # and the text does not mark paragraphs by indentation
        if indented or prev.text[-1:] not in "。！？!?":
            return True   # a full line continues (a title as long as the margin is wrapped too)
    # a sentence broken in the middle: prose without an end, followed by its rest
    if first or SIGN_OFF.match(line.text):
        return False   # (…这样我看来很繁琐的事情上 / 以上: the post's last word is no sentence's rest)
    if prev.text[-1:] in _OPENERS:
        return True   # 地区生产总值（ / GDP）3473.12亿元: no sentence stops at an opening bracket
    if _in_progress(prev) and len(prev.text) <= 26 and not _PROSE_LIKE.search(prev.text) \
            and _LEAD_IN_TAIL.match(line.text) and _PROSE_LIKE.search(line.text) and len(line.text) >= 15 \
            and numbered(line.text) is None and decimal_clause(line.text) is None:
        return True   # 年末全市常住人口 / 496.97万人，比…: a bold lead-in a scraper split from its figure
    return (_in_progress(prev) and len(prev.text) >= 15 and _PROSE_LIKE.search(prev.text) is not None
            and not _HONOURS_END.search(prev.text[-12:])   # 黃定光議員 , S.B.S., J.P. / 何秀蘭議員: a list of names
            and _continues(line) and not line.text.startswith(("——", "--")))


_SPAN_PIECE = 12   # characters: a piece of a sentence a page set in a span of its own (按照《中国)


def _closes_a_name(text: str) -> bool:
    """共产党章程》和…: the line closes a 《 before it opens one of its own."""
    close, opening = text.find("》"), text.find("《")
    return close >= 0 and (opening < 0 or close < opening)


#: a bare address, a date with its time: never the rest of the line above
_ON_ITS_OWN = re.compile(r"^(?:(?:https?://|www\.)\S+|\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)$")
_OPENERS = "（(“‘「『《【〔"
_PAIRS = {"（": "）", "(": ")", "“": "”", "《": "》", "〔": "〕"}   # not 【: 【 / 返回顶部 / 】 is a button
#: 12月14日讯（记者 傅大伟）… / 讯（记者 梁沅）… / 1月5日电 …: a news story's dateline, its agency's name
#: on the line above
_DATELINE_GOES_ON = re.compile(r"^(?:\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|讯|訊|電|消息)\s*(?:[（(]|[，,：:]|\S{2})|(?:讯|訊)\s*[（(：:])")
#: 【 / 订票电话加价 / 】订票…: brackets around a link inside a sentence (a button's 】 has no prose after it)
_LINK_BRACKETS = {**_PAIRS, "【": "】", "[": "]", "［": "］"}


def _stands_alone(before: Line, line: Line, after: Line, above: Line | None = None) -> bool:
    """扛稳粮食安全重任，加快建设农业强省 between two paragraphs of a page that is not
    hard-wrapped: a subhead, not a sentence broken in the middle — or the second line of
    one (民办学校招生 / 电脑派位录取，跨区招生严格限定: a section's name over its gist, ``above``
    the paragraph before both)."""
    closed = _ENDS_SENTENCE.search(before.text[-2:]) is not None \
        or len(before.text) <= 26 and before.text.endswith(("：", ":")) \
        or above is not None and len(before.text) <= SECTION_NAME and not _PROSE_MARK.search(before.text) \
        and _ENDS_SENTENCE.search(above.text[-2:]) is not None
    # (西班牙《世界报》： / its gist: a source's name and colon over the gist closes the line before too)
    return len(line.text) <= 26 and closed \
        and len(after.text) >= 30 and _ENDS_SENTENCE.search(after.text[-2:]) is not None \
        and not _LEAD_IN_TAIL.match(after.text) and not _OPENS_CONTINUATION.match(after.text)


_ENDS_SENTENCE = re.compile(r"[。！？!?][”’」』]?$")
_PROSE_MARK = re.compile(r"[，。；：,;:！？!?]")
#: 2018 / 年3月20日，… or 85 / %的…: a figure and the unit or date word it opens a sentence with (回复: / 1 /
#: 游戏全屏问题… is a count over a thread's title, no figure of its sentence)
_FIGURE_GOES_ON = re.compile(r"^\d[\d.,]*\s*(?:[%％‰]|[年月日时分秒万亿千百元角个人家次号条件项名位岁米吨斤倍户座所套辆台部篇本期届周天批宗例只份])")
#: what follows a bold lead-in split from its figure: 496.97万人 / 19.0℃ / [3]243.6亿元 (a
#: note's mark first) / (含村卫生室)35690个 / PM2.5平均浓度 / 4A级旅游景区 — not a date,
#: which opens a sentence of its own (2002年9月底，… under a subhead)
_LEAD_IN_TAIL = re.compile(r"^(?!\d{4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日)(?:\[\d{1,2}\])?(?:[(（][^()（）]{1,12}[)）])?(?:\d{1,2}[A-Z]{1,2}[\u4e00-\u9fff]|\d[\d.,]*(?:[%％‰℃°]|[\u4e00-\u9fff])|[A-Z]{1,4}\d)")


_PROSE_LIKE = re.compile(r"[，。；,;]")
#: …議員 , G.B.S., J.P.: a Hong Kong name's honours close its entry in a list
_HONOURS_END = re.compile(r"(?:[A-Z]\.){2,3}$")
_SENTENCE_INSIDE = re.compile(r"[。！？!?][”’」』）)]?.")


def _runs_on(text: str) -> bool:
    """（一）落实党政领导责任。各级党委…: a numbered line whose body runs on after its
    heading. As long as the wrap margin, it continues on the next line like any prose."""
    num = numbered(text)
    return num is not None and num.numbering.name != "article" and \
        (len(num.rest) > 50 or _SENTENCE_INSIDE.search(num.rest) is not None)


_BARE_NUMERAL = re.compile(r"^(?:[一二三四五六七八九十百]{1,4}|\d{1,3})$")


def _join_split_labels(lines: list[Line]) -> list[Line]:
    """一 / 、 / 综合: a heading's number and its mark, each a text node of its own on
    the page, become 一、 again (and then join their heading like any bare label)."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if i + 1 < len(lines) and _BARE_NUMERAL.match(line.text) and lines[i + 1].text in ("、", "．", "."):
            out.append(Line(line.number, line.text + lines[i + 1].text, line.indent, line.blank_before))
            i += 2
            continue
        out.append(line)
        i += 1
    return out


#: 2017 / 年: a date's figure in a span of its own, and the word after it
_SPAN_FIGURE = re.compile(r"^\d{1,4}$")
_SPAN_DATE_WORD = re.compile(r"^[年月日号號]")
#: …大会于 / 10月18日…: a word that cannot end a line of its own — the date is its object
_AWAITS_DATE = re.compile(r"(?:于|於|在|至|到|自|从|從|截至|截止|定于|定於|是|为|為)$")


def _join_date_spans(lines: list[Line]) -> list[Line]:
    """2017 / 年 / 5 / 月 / 3 / 日: a date whose figures a page set in spans of their own (a
    Word document pasted into the site sets them in another font), each span a line. Two or
    more figure-and-word pairs are one date, with the text that goes on after its last word
    (日上午9时…); the line above joins it only when it waits for it (…大会于)."""
    out: list[Line] = []
    i, n = 0, len(lines)
    while i < n:
        j, pairs = i, 0
        while j + 1 < n and _SPAN_FIGURE.match(lines[j].text) and _SPAN_DATE_WORD.match(lines[j + 1].text) \
                and not lines[j + 1].blank_before and (j == i or not lines[j].blank_before):
            pairs += 1
            j += 2
            if len(lines[j - 1].text) > 1:
                break   # 日上午9时在…: the sentence after the date goes on in this line
        if pairs < 2:
            out.append(lines[i])
            i += 1
            continue
        date = lines[i]
        for k in range(i + 1, j):
            date = _join(date, lines[k], tight=True)
        if out and _AWAITS_DATE.search(out[-1].text) and not lines[i].blank_before:
            out[-1] = _join(out[-1], date, tight=True)
        else:
            out.append(date)
        i = j
    return out


def _join_fragments(lines: list[Line], after_removed: frozenset[int]) -> list[Line]:
    """prev + fragment + next, when a short fragment sits between two sentence halves."""
    lines = _join_split_labels(lines)
    out: list[Line] = []
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        if out and i + 1 < n and _is_fragment(out[-1], line, lines[i + 1]) \
                and line.number not in after_removed and lines[i + 1].number not in after_removed:
            merged = _join(_join(out[-1], line, tight=True), lines[i + 1], tight=True)
            out[-1] = merged
            i += 2
            continue
        if _is_bare_label(line) and i + 1 < n and not is_heading_like(lines[i + 1].text) \
                and not _DATE.match(lines[i + 1].text) and len(lines[i + 1].text) <= 60:
            # "一、" alone, its heading text on the next line: one heading
            out.append(Line(line.number, line.text + lines[i + 1].text, line.indent, line.blank_before))
            i += 2
            continue
        if out and _is_subscript_tail(out[-1], line) and line.number not in after_removed:
            out[-1] = _join(out[-1], line, tight=True)
            i += 1
            continue
        out.append(line)
        i += 1
    return out


def _is_fragment(prev: Line, frag: Line, nxt: Line) -> bool:
    t = frag.text
    if is_caption(prev.text) or is_caption(nxt.text):
        return False
    if len(t) > 8 or not _FRAGMENT.match(t) or is_heading_like(t) or _DATE.match(t):
        return False
    if not _in_progress(prev) or is_heading_like(nxt.text) or _DATE.match(nxt.text):
        return False
    if _PROSE_LIKE.search(prev.text) is None or _HONOURS_END.search(prev.text[-12:]):
        return False   # titles and signatures have no clause marks; prose broken mid-way does
    if not (_HAN.match(nxt.text) or _OPENS_CONTINUATION.match(nxt.text)):
        return False
    # signature blocks are short lines too: one side must be a real sentence
    return len(prev.text) >= 15 or len(nxt.text) >= 15


def _is_bare_label(line: Line) -> bool:
    num = numbered(line.text)
    return num is not None and not num.rest and num.numbering.name not in ("article",)


def _is_subscript_tail(prev: Line, frag: Line) -> bool:
    """'…PM' then '2.5…': a number glued to the Latin letters before it."""
    return bool(re.search(r"(?:PM|pm|CO|SO|NO|O|M|H)$", prev.text[-2:])) and \
        bool(re.match(r"^(?:[0-9.]{1,4}|[₀-₉]{1,3})(?:$|[\u4e00-\u9fff，。、；）)])", frag.text)) \
        and _in_progress(Line(prev.number, prev.text + "x"))


def display_width(text: str) -> int:
    """Columns a line takes in a monospaced editor: CJK and full-width characters take 2."""
    # GBK is 2 bytes for a CJK character and 1 for ASCII: the same count, at C speed.
    return len(text.encode("gbk", errors="replace"))


def char_width(text: str) -> int:
    """Characters, whatever their width: what a wrap 'every 35 characters' counts."""
    return len(text)


class Width(int):
    """A wrap margin, and how line lengths are measured against it: in display columns
    (an editor's wrap) or in characters (a script that cut every N characters)."""

    measure = staticmethod(display_width)
    indent_unit = 1          # Line.indent is in half-width columns


class CharWidth(Width):
    measure = staticmethod(char_width)
    indent_unit = 2


_FIRST_TOKEN = re.compile(r"[!-~]+|.")


def _is_full(prev: Line, line: Line, margin: Width) -> bool:
    """Would the next line's first word have fitted on ``prev``? If not, ``prev`` was
    broken by the wrap, not by the author."""
    measure, unit = margin.measure, margin.indent_unit
    token = _FIRST_TOKEN.match(line.text)
    word = measure(token.group(0)) if token else 1
    latin = prev.text[-1:].isascii() and line.text[:1].isascii()
    gap = 1 if latin else 0
    # Latin text is often wrapped by fmt-like tools that balance lines: allow slack
    slack = int(margin * 0.15) if latin else 2 // unit   # CJK: one character of tolerance
    return measure(prev.text) + prev.indent // unit + gap + word > margin - slack


def wrap_width(lines: list[Line]) -> int:
    """The right margin at which the text was hard-wrapped, or 0 if it was not.

    The margin is the width that almost no line exceeds; the text is hard-wrapped when
    many lines are *full*: the next line's first word would not have fitted on them.
    Widths are display columns first; a text cut every N characters (digits and Latin
    letters then make some full lines look short) is measured in characters."""
    for kind, minimum, maximum in ((Width, 30, 10**9), (CharWidth, 15, 120)):
        widths = sorted(kind.measure(l.text) + l.indent // kind.indent_unit for l in lines
                        if len(l.text) >= 12 and not _DRAWN.search(l.text))
        if len(widths) < 6:
            return 0
        margin = kind(widths[min(len(widths) - 1, int(0.95 * len(widths)))])
        if not minimum <= margin <= maximum:
            continue   # (nobody cuts lines every 300 characters: those are paragraphs)
        full = sum(1 for a, b in zip(lines, lines[1:])
                   if not b.blank_before and len(a.text) >= 12 and _is_full(a, b, margin))
        if full >= 0.4 * len(widths):
            return margin
    return 0


def _uses_indents(lines: list[Line]) -> bool:
    indented = sum(1 for l in lines if l.indent >= 2)
    return 0.1 * len(lines) <= indented <= 0.9 * len(lines)
