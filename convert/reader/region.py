"""region: where the document is on a scraped page.

A scraped page is the document with the site around it: menus, breadcrumbs, widgets and
metadata above; related links, comments, filing numbers and sister sites below. Literal
rules (``boilerplate.py``) catch what is certain (ICP备, 分享到, 版权所有); this module
finds the rest from the shape of the lines, as jusText does (Pomikálek 2011):

1. Each line gets a class from its own features — its length, its sentence punctuation,
   its share of CJK: ``good`` (running prose), ``near`` (a heading, a date, a short
   sentence, a row of figures), ``short`` (a menu item, a widget's label, a line of
   script), ``bad`` (a line a certain rule takes for the site's chrome). Three or more
   headlines in a row are a list of links: short, whatever their punctuation.
2. The *main region* is the span where prose outweighs the rest: the span with the
   largest sum of weights, prose counting by its length, short and bad lines against it
   (the maximum-sum subarray, one pass). It never spans ``HARD_GAP`` short lines in a row.
3. Above the region (``clean._page_header``), the title is the line a title looks like
   nearest the text — preferably the page's own headline, which its <title> contains —
   joined when broken; the 发文字号 and marks printed above a title and a table of
   contents stay; the site header above it and the widget debris between it and the
   text go — and, the context step, short labels between two removed lines go with them.
4. Below the region (``clean._page_footer``), the document goes on while its lines can
   close a document (a short sentence, a signature, a date, 附件, a note, a row of
   figures, a short title over a sentence); the first line that cannot ends it, and —
   on a page that shows itself as scraped — what follows is the footer.

Everything removed gets a reason a person can read, like every other rule. Reading stays
linear: each step is one pass over the lines.
"""

from __future__ import annotations

from .. import regexcache as re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from typing import Callable, Sequence

from .backmatter import MAX_PRINTED, PRINTED
from .boilerplate import (DATE_BOX, PAGE_FURNITURE, PRINTED_PAGE, PROSE_MARKS, RULES, could_be_value, is_menu_word, is_site_name_alone, match_rule, matches_in_some_zone, names_site_or_section, page_fields,
                          title_spans)
from .headings import DAY_HEADING, ENTRY_NUMBER, HEADING_ANCHORS, anchors_side, is_heading_like, label_number, numbered
from .lines import (ATTACHMENT_HEADING, BYLINE, SIGN_OFF, han_count, is_caption, NEWS_DATELINE, simplified, MEETING_FIELD, is_name, is_person, is_salutation, DATE, ISSUER, ISSUER_MARK, NOTE, SUBTITLE, Line, title_key, is_date, is_doc_number,
                    squash)
from .titles import (PATH_MARK, SPEAKER_AND_OCCASION, continues_title, is_author, is_header_field, is_title_line,
                     looks_like_document_title)

GOOD, NEAR, SHORT, BAD = "good", "near", "short", "bad"

#: a sentence's marks, counted to tell prose from a menu
_MARKS = re.compile(r"[。，；！？、：,;!?]")
#: 2024-05-09 22:27:02 / 2024年05月17日 09时15分 / 22:27:02: a page's publication time
TIMESTAMP = re.compile(r"^(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*)?\d{1,2}\s*[:时]\s*\d{2}\s*(?:[:分]\s*\d{2}\s*秒?)?"
                       r"(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s*(?:更新|建立|发布|發布))?$")   # (20:21更新)
_FIGURES = re.compile(r"\d")
#: a sentence's last mark (a teaser's cut-off … or ... is not one)
_STATEMENT_END = re.compile(r"[。；;：:][”’」』）)]*$")
_SENTENCE_END = re.compile(r"(?<![.…])[。！？!?；;:：.][”’」』）)]*$")
_CODE = re.compile(r"[{}();=$<>\[\]\\|\"']|//|&&")
_WORD = re.compile(r"[A-Za-z]{2,}")
_URL = re.compile(r"(?:https?|ftp)://\S+|www\.\S+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CLASSIFIED = re.compile(r"^(?:份号|密级|秘密|机密|绝密|紧急程度|特急|加急|特提|平急|\d{6})")

#: 某某省市场监督管理局　发布: who issued it, under a standard's or a notice's title
_ISSUED_BY = re.compile(r"(?:[ \u3000]|局|部|院|会|政府|厅|办公室|中心)(?:发布|印发|發布)$")
#: 【短视频文化现象观察】: a column's name in brackets, not a title
_BRACKETED = re.compile(r"^[【\[［][^】\]］]*[】\]］]$")
_STARTS_WITH_DATE = re.compile(r"^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")

#: weights of the main-region sum: prose counts by its length, a short line against it,
#: a line of the site's chrome (分享到, 责任编辑, ICP备) far against it
SHORT_WEIGHT = -4
NEAR_WEIGHT = 0
BAD_WEIGHT = -40
PROSE_RUN = 50     # characters: longer than any headline, so prose whatever its last mark
HARD_GAP = 10      # short lines in a row that no region spans
HEADLINE_RUN = 3   # headlines in a row that are a list of links, not prose


@dataclass(frozen=True)
class Region:
    """The main region [start, stop) of a list of lines, each line's class, and the program
    listings set one token a line ([start, stop) each), which the text's end may run through."""

    start: int
    stop: int
    classes: tuple[str, ...]
    listings: tuple[tuple[int, int], ...] = ()


def is_code(text: str) -> bool:
    """A line of script or style sheet a scraper left in (``$(function () {``,
    ``.line-0000 {margin-left: 1em;}``): dense in brackets and operators, little CJK."""
    code = len(_CODE.findall(text))
    return code >= 2 and code * 12 >= len(text) and han_count(text) * 2 < len(text)


def is_language(text: str) -> bool:
    """Words of a language, not an address: mostly CJK, or six or more Latin words
    (an English document), once any URL is taken out."""
    if "://" in text or "www." in text:
        text = _URL.sub("", text)
    return han_count(text) * 10 >= len(text) * 3 or len(_WORD.findall(text)) >= 6


#: a page's teaser of another article ends where the page cut it, on ... or … (今日(2...);
#: an author's ellipsis is ……, two of them
_CUT_SHORT = re.compile(r"(?<![.…])(?:[.]{3}|…)$")


#: a clause's mark: a line past a headline's length is prose only with one (a headline and its
#: deck set on one line — 肝癌研究领域重大突破！樊嘉院士团队…新策略 — has none)
_CLAUSE_MARK = re.compile(r"[，,、；;：:]")


#: . / · : a picture's loading mark, a line of its own (pictures between captions: no list of links)
LOADING_DOT = re.compile(r"^[.·•]{1,3}$")


def line_class(text: str) -> str:
    """good, near or short, from the line's length and its sentence punctuation. Prose
    ends its sentence, or runs on past a headline's length: a list of headlines (大家都在看,
    相关新闻) has commas and question marks too, but neither."""
    if is_code(text):
        return SHORT
    if LOADING_DOT.match(text):
        return NEAR   # . / · : a picture's loading mark, no word — neither prose nor a menu's item
    if _MARKDOWN_LINK.match(text):
        return NEAR   # ![图片说明](https://…): a picture or link in Markdown's source, its address no prose
    n = len(text)
    if _CUT_SHORT.search(text):
        return NEAR   # 大埔宏福苑發生大火後，港府隨即宣布…，以及...: a teaser, cut short by the page
    marks = len(_MARKS.findall(text))
    if n >= 25 and marks and (PROSE_MARKS.search(text) or n >= 60) and is_language(text) \
            and (n >= PROSE_RUN and _CLAUSE_MARK.search(text) or _SENTENCE_END.search(text) or _SENTENCE_INSIDE.search(text[:-1])) \
            and not matches_in_some_zone(text):
        return GOOD   # (主办单位：… 联系方式：… under the text: the site's footer, however long)
    if marks or is_heading_like(text) or is_date(text) or _FIGURES.search(text) or n >= 25:
        return NEAR
    return SHORT


#: ![图片说明](https://…) / [链接文字](blog.li2co3.icu): a Markdown picture or link alone on its line
_MARKDOWN_LINK = re.compile(r"^!?\[[^\[\]]*\]\([^()\s]*\)$")


def is_wall(text: str) -> bool:
    """A line a certain rule takes for the site's chrome anywhere on a page (分享到,
    责任编辑：, ICP备, 来源：…): the text does not run across it."""
    rule = match_rule(text, "body")
    return rule is not None and rule.wall or page_fields(text, "body") is not None


def is_headline(text: str) -> bool:
    """One item of a list of links: a headline's length, no full stop, no numbering."""
    return 8 <= len(text) <= 40 and not _STATEMENT_END.search(text) and not is_heading_like(text) \
        and not is_date(text) and not _SENTENCE_INSIDE.search(text[:-1])


#: 。 or ； inside a line: a sentence ends there — hard-wrapped prose (a magazine's
#: 36-character lines), never a headline
_SENTENCE_INSIDE = re.compile(r"[。；;]")


_CODE_TOKEN = re.compile(r"^(?:import|from|def|class|return|if|elif|else|for|while|with|as|try|except|not|in|"
                         r"function|var|let|const|public|private|static|void|new|True|False|None|null)$|[(){}\[\]=;]|"
                         # a lone operator of a highlighted listing (+ / , / -> / *)
                         r"^(?:[+*/%<>,|&^~!]|->|=>|::|\*\*)$")
_NO_CJK_LINE = re.compile(r"^[^\u3400-\u9fff\uf900-\ufaff]{1,80}$")
#: ( / , / ): / :: / -> / -- : a bracket, an operator or an option's dash on a line of its own, which a highlighter's
#: token-per-element listing gives and no menu does; a few of them in a run without hanzi
#: make it a listing however plain its other tokens (add / a / b / Int)
_LONE_MARK = re.compile(r"^(?:[(){}\[\],;=+*%<>&^~!]{1,3}|\):|->|=>|::|<-|--?|>>|<<|&&|\|\|)$")
_LONE_MARKS = 3
#: R0, / CPSR_cxsf, / #0x1F: an argument with the comma the page joined back to it, a hex literal
_ARGUMENT = re.compile(r"^[A-Za-z_][\w.]*,$|\b0x[0-9A-Fa-f]+\b")


#: a shell or program line's marks: -e KAFKA_CFG=… \ / ~/.bash_profile / $HOME / a=b
_LISTING_MARKS = re.compile(r"[\\/~$#=&|<>]|^-{1,2}[A-Za-z]")


def _listing_after(lines: list[Line], reasons: list[str | None], end: int, stop: int) -> int:
    """Where a program listing that starts right at ``end`` ends (a run of eight or more
    lines, most of them code, before ``stop``) — with the sentence that closes it, when
    one follows."""
    # (after the listing's line numbers, or under them when the text's end ran through them)
    after = _gutter(lines, end, stop)
    gutter = after or _gutter(lines, end, stop, before=True)
    texts = [line.text for line in lines[: stop]] if gutter else ()
    k = end
    while k < stop and not reasons[k] and (_listing_line(lines[k].text) or _NO_CJK_LINE.match(lines[k].text)
                                           or gutter and _in_comment(texts, k)):   # (# / 指定发布的仓库)
        k += 1
    run = k - end
    code = sum(1 for j in range(end, k) if _listing_line(lines[j].text))
    if not (gutter and run - gutter >= gutter) and (run < 8 or code * 5 < run * 3) \
            and not _token_stream(lines, end, k, code):
        return end
    numbers = range(end, end + gutter) if after else range(end - gutter, end)
    for j in numbers:
        reasons[j] = reasons[j] or GUTTER_NUMBERS   # (no paragraphs 1 / 2 / 3 in the text: the code's line numbers)
    closing = k
    while closing < stop and not reasons[closing] and closing - k < 6 and (
            _NO_CJK_LINE.match(lines[closing].text) or _continues_sentence(lines[closing].text)
            or _LEAD_IN.match(lines[closing].text)):
        closing += 1   # 无论是正常运行结束还是运行过程中报错，/ add_ts / 函数都会正常运行，确保…。
        if _SENTENCE_END.search(lines[closing - 1].text) and not _NO_CJK_LINE.match(lines[closing - 1].text) \
                and not _LEAD_IN.match(lines[closing - 1].text):
            return closing   # (to the sentence's end: the author's name and motto below are the page's)
    if closing > k and (closing == stop or reasons[closing]) and any(
            _LEAD_IN.match(lines[j].text) for j in range(k, closing)):
        return closing   # 详情需要参考： / github.com/…, up to the site's first certain line
    return k


_STREAM_AT_LEAST = 40   # lines of a listing its highlighter split one token a line
_PUNCTUATORS = re.compile(r"^[{}()\[\];,.<>=+\-*/&|!]{1,3}$")


def _token_stream(lines: list[Line], start: int, stop: int, code: int) -> bool:
    """public / int / minPathCost / ( / int / [][] / …: a listing split one token a line — long,
    words of code and the brackets and operators between them (a token alone is often no
    line of code by its looks: cost, i)."""
    return _dense_in_tokens([line.text for line in lines[start:stop]], code, _STREAM_AT_LEAST)


def _dense_in_tokens(run: Sequence[str], code: int, at_least: int) -> bool:
    """Is a run of lines (``code`` of them code) a listing one token a line: ``at_least`` lines
    or more, three in five of them code or punctuators, one in five punctuators?"""
    punctuators = sum(1 for text in run if _PUNCTUATORS.match(text.strip()))
    return len(run) >= at_least and (code + punctuators) * 5 >= len(run) * 3 and punctuators * 5 >= len(run)


#: 熊市开始： / 详情需要参考： / 还是那句话：: a short line that announces what follows, on its colon
_LEAD_IN = re.compile(r"^[^：:]{2,30}[：:]$")
_SHORT_LEAD_IN = 17   # characters of a lead-in that announces the text's one next sentence (还是那句话：)
_GUTTER_AT_LEAST = 3   # numbers of a listing's line-number gutter
GUTTER_NUMBERS = "line numbers of a program listing (its highlighter's gutter)"


def _gutter(lines: list[Line], end: int, stop: int, before: bool = False) -> int:
    """1 / 2 / 3 / … / 10 right at ``end`` (or, ``before``, right before it, the text's end already
    run through them): a listing's line numbers, which a highlighter sets in a column of their
    own before the code — how many (0 when none)."""
    if before:
        n = 0
        while end - n - 1 >= 0 and lines[end - n - 1].text.strip().isdigit():
            n += 1
        numbers = [lines[k].text.strip() for k in range(end - n, end)]
        while numbers and numbers != [str(x) for x in range(1, len(numbers) + 1)]:
            numbers.pop(0)
        return len(numbers) if len(numbers) >= _GUTTER_AT_LEAST else 0
    n = 0
    while end + n < stop and lines[end + n].text.strip() == str(n + 1):
        n += 1
    return n if n >= _GUTTER_AT_LEAST else 0


def _continues_sentence(text: str) -> bool:
    """Prose of the article's: a clause or sentence of some length."""
    return len(text) >= 10 and PROSE_MARKS.search(text) is not None


def _listing_line(text: str) -> bool:
    """A line of a program listing, whole or a token of it (docker run -d \, 'fi')."""
    return is_code(text) or _CODE_TOKEN.search(text) is not None \
        or _NO_CJK_LINE.match(text) is not None and _LISTING_MARKS.search(text) is not None


#: @读出 / # 清0 / // 保存: a listing's comment, in the writer's language; CPSR的值: the rest of
#: it, cut at a token the highlighter set apart
_COMMENT_OPENS = re.compile(r"^(?:#|@|//|--|;|/\*|\*)|\s(?:@|//|#)\s?\S")
_COMMENT_PIECE = 12
_COMMENT_MARKS = frozenset(("#", "//", "@", "--", ";"))


def _in_comment(texts: Sequence[str], j: int) -> bool:
    if _COMMENT_OPENS.search(texts[j]):
        return True
    # (# / 指定发布的仓库: the comment's words after its mark, which the highlighter set apart)
    return len(texts[j]) <= _COMMENT_PIECE and not PROSE_MARKS.search(texts[j]) \
        and _COMMENT_OPENS.search(texts[j - 1]) is not None \
        and (_CJK.search(texts[j - 1]) is not None or texts[j - 1].strip() in _COMMENT_MARKS)


def _code_listings(texts: Sequence[str], classes: Sequence[str]) -> list[tuple[int, int]]:
    """A program listing that a page highlighted token by token (import / json / def /
    parse / () / :): a run of lines without hanzi, many of them keywords or brackets.
    Returns each as [start, stop); it counts as neither prose nor chrome — the article
    goes on after it."""
    listings = []
    i = 0
    while i < len(texts):
        j = i
        while j < len(texts) and classes[j] != BAD and (_NO_CJK_LINE.match(texts[j]) or j > i and _in_comment(texts, j)):
            j += 1
        tokens = sum(1 for k in range(i, j) if _CODE_TOKEN.search(texts[k]))
        marks = sum(1 for k in range(i, j) if _LONE_MARK.match(texts[k]) or _ARGUMENT.search(texts[k]))
        if j - i >= 4 and (tokens * 3 >= j - i or marks >= max(_LONE_MARKS, (j - i) // 8)):
            listings.append((i, j))
        i = max(j, i + 1)
    return listings


def _through_listings(lines: list[Line], reasons: list[str | None], region: Region, end: int) -> int:
    """PS:最近刚好用到Matlplotlib… / … / 、 / plt.close() / 之间的区别可以 / 参考 / 在统计图中绘制辅助线 / plt /
    . / plot / ([ / …: past the text's end, its notes go on in code listings set one token a
    line, a section's title and a few words between them — fewer short lines than make a wall,
    none a rule took for the site's: the text runs through the last listing."""
    texts = [line.text for line in lines]
    for begin, stop in region.listings:
        if stop <= end:
            continue
        # (the lines between count as a wall unless they read as code too: @ / echo / off / setlocal / C:)
        between = sum(1 for k in range(end, begin) if not _listing_line(texts[k]))
        if between >= HARD_GAP or any(region.classes[k] == BAD or reasons[k] for k in range(end, begin)):
            break
        # (to the listing's last line of code: a footer's menu in Latin words may close its run — About / Blog)
        end = max(end, max((k for k in range(begin, stop) if _listing_line(texts[k])), default=begin - 1) + 1)
    return end


def _gutter_opens(texts: Sequence[str], at: int, within: int = 3) -> bool:
    """Does a code block's line-number gutter (1 / 2 / 3) open within a few lines of ``at``?"""
    return any(list(texts[k:k + 3]) == ["1", "2", "3"] for k in range(at, min(at + within, len(texts))))


#: a code block's line-number gutter, one number a line (1 / 2 / … / 30), then its lines
_GUTTER_AT_LEAST = 3
_GUTTER_LINE_PIECES = 20   # lines of text one numbered line of code may come out as


def _gutters(texts: Sequence[str], classes: list[str]) -> tuple[str, ...]:
    """1 / 2 / 3 / $ / openssl x509 … / 导出p12文件中的密钥: a blog's highlighted code block
    comes out as its line-number gutter, then its lines — prompts, commands and their
    comments, short lines a menu has too. The lines after the gutter, up to the next
    paragraph (at most ``_GUTTER_LINE_PIECES`` for each number: a highlighter sets each
    token of a line in an element of its own), count as neither prose nor chrome: the
    article goes on after the block."""
    i = 0
    while i < len(texts):
        if texts[i] != "1":
            i += 1
            continue
        j = i + 1
        while j < len(texts) and texts[j] == str(j - i + 1):
            j += 1
        count = j - i
        if count >= _GUTTER_AT_LEAST:
            for k in range(i, j):
                classes[k] = NEAR   # (not a list of links' view counts)
            for k in range(j, min(len(texts), j + _GUTTER_LINE_PIECES * count)):
                if classes[k] in (GOOD, BAD):
                    break
                classes[k] = NEAR
        i = j
    return tuple(classes)


#: Y / N / √ / × / 是 / 否 / 支持: a table's yes-or-no cell, which a menu or a footer never holds
_MARK_CELL = re.compile(r"^(?:[YNyn√×✓✗✔✘✅❌○●]|是|否|有|无|無|支持|不支持|(?i:yes|no))$")
_GRID_CELL_AT_MOST = 30   # characters of a cell
_GRID_MARKS = 6           # yes-or-no cells of a table, at least (a third of its cells or more)


def _grids(texts: Sequence[str], classes: tuple[str, ...]) -> tuple[str, ...]:
    """类型 / 无连接 / 可靠 / … / 普通PIPE / N / Y / Y / 只能父子进程通信 / N / …: a table pasted one
    cell a line, its rows full of yes-or-no cells, stands between the paragraphs it belongs to —
    its short lines count as neither prose nor chrome (a menu is no wall of Y and N)."""
    out = list(classes)
    i = 0
    while i < len(texts):
        j = i
        while j < len(texts) and classes[j] in (SHORT, NEAR) and len(texts[j]) <= _GRID_CELL_AT_MOST:
            j += 1
        marks = sum(1 for k in range(i, j) if _MARK_CELL.match(texts[k].strip()))
        if marks >= _GRID_MARKS and marks * 3 >= j - i:
            out[i:j] = [NEAR] * (j - i)
        i = max(j, i + 1)
    return tuple(out)


def _headline_runs(texts: Sequence[str], classes: list[str]) -> tuple[str, ...]:
    """Three or more headlines in a row (相关新闻, 大家都在看, 24小时热文) are a list of
    links, whatever their punctuation: they count as short lines, not as prose."""
    i = 0
    while i < len(texts):
        j = i
        while j < len(texts) and (is_headline(texts[j]) or j > i and _FIGURES.fullmatch(texts[j].replace(",", ""))
                                  or j > i and len(texts[j]) <= 3 and not LOADING_DOT.match(texts[j])):
            j += 1   # a headline's view count or rank may sit between two headlines
        if sum(1 for k in range(i, j) if is_headline(texts[k])) >= HEADLINE_RUN:
            for k in range(i, j):
                classes[k] = SHORT if classes[k] != BAD else BAD
        i = max(j, i + 1)
    return tuple(classes)


_LIST_HEADERS = frozenset(("related-header", "feed-header", "comments-header"))


def _opens_list(text: str) -> bool:
    rule = match_rule(text, "footer")
    return rule is not None and rule.name in _LIST_HEADERS


def _weight(text: str, kind: str) -> int:
    return len(text) if kind == GOOD else NEAR_WEIGHT if kind == NEAR else BAD_WEIGHT if kind == BAD else SHORT_WEIGHT


_WORDED = 6          # characters of a line of the text's own words
_WORDED_LINES = 3    # such lines a text has before a line that ends it
_SIDEBAR_PROSE = 80   # characters of prose above the headline that are a sidebar's, not a text's


def _without_prose(texts: Sequence[str], classes: Sequence[str], headline: int | None) -> Region:
    """No prose (a poem, a list): the text, up to the first line that certainly ends a
    page's text (a licence, a copyright line, the site's footer) after two of its lines
    (看电视玩游戏 《魔界》26日特等奖入围名单 / a table of winners: with the page's headline
    known, the text starts under it — the menu above may hold a 评论 of its own)."""
    begin = headline if headline is not None else 0
    content = [k for k, kind in enumerate(classes) if k >= begin and kind != BAD and _CJK.search(texts[k])]
    # (如需转载，请根据 / 知识共享…许可 / 本文作者： under the headline: a reprint notice over the
    # text ends nothing — the text has lines of some length before its end)
    worded = [k for k in content if k > begin and len(texts[k]) >= _WORDED]
    if len(worded) >= _WORDED_LINES and len(content) >= 2:
        content = [content[0], max(content[1], worded[_WORDED_LINES - 1])]
    stop = next((k for k in range(content[1] + 1, len(texts)) if _ends_the_text(texts[k])
                 and not _comment_count(texts, k) or _editors_line(texts[k])), len(texts)) \
        if len(content) >= 2 else len(texts)
    # (1.运动健身，六块腹肌 / 书名 / 豆瓣评分 / … / 文章目录 / 站点概览 / 1. / 1.运动健身，六块腹肌: a list
    # of goals and tables, then NexT's sidebar listing its sections again — the text ends above it)
    stop = _before_contents_box(texts, classes, begin + 1, stop)   # (not the headline: a box over the text lists it)
    if headline is not None and headline < stop:
        # a notice whose text is a PDF or images: from the page's last copy of its
        # headline (above it, hidden fields and the breadcrumb repeat it) on
        start = max(k for k in range(headline, stop) if texts[k] == texts[headline])
        return Region(_past_dateline_block(texts, classes, start, stop), stop, tuple(classes))
    return Region(0, stop, tuple(classes))


_BANNER_UNDER_TITLE = 3   # lines under the page's <title> where its banner repeats the site's part


def _title_over_its_banner(texts: Sequence[str]) -> bool:
    """Is the first line a page's <title> (parts between joins) whose part, or run of parts,
    a line right under it sets again alone — the site's banner?"""
    spans = title_spans(texts[0])
    if len(spans) < 2:
        return False
    runs = {title_key(texts[0][spans[a][0]: spans[b - 1][1]]) for a in range(len(spans))
            for b in range(a + 1, len(spans) + 1) if (a, b) != (0, len(spans))}
    return any(title_key(text) in runs for text in texts[1: 1 + _BANNER_UNDER_TITLE])


def main_region(texts: Sequence[str], headline: int | None = None) -> Region:
    """The span where prose outweighs the short lines around it (maximum-sum subarray).
    A run of ``HARD_GAP`` short lines — a menu, a link list — is a wall the span never
    crosses, however much prose lies beyond it (a site's disclaimer under its footer
    menu is not the document's last paragraph). With no prose at all, the whole text is
    the region. ``headline``: the line that repeats the page's <title>; a short article
    right under it is the document even when a longer text (a teaser list, another
    article) follows further down."""
    classes = list(_grids(texts, _headline_runs(texts, [BAD if is_wall(t) else line_class(t) for t in texts])))
    listings = tuple(_code_listings(texts, classes))
    for begin, end in listings:
        classes[begin:end] = [NEAR] * (end - begin)
    return replace(_main_span(texts, _gutters(texts, classes), headline), listings=listings)


def _main_span(texts: Sequence[str], classes: Sequence[str], headline: int | None) -> Region:
    """``main_region``'s span, from the lines' classes."""
    if headline is not None:
        # the page's <title> (and its copy) above the headline that repeats it: never prose,
        # however long and full of commas (标题(页 1) - 学术前沿 - 某某论坛…)
        classes = list(classes)
        for k in range(min(2, headline)):
            if k == 0 or texts[k] == texts[0]:
                classes[k] = NEAR
        classes = tuple(classes)
    elif texts and classes[0] == GOOD and _title_over_its_banner(texts):
        # EvilHat -- A Simple Blog | 网络安全中的沧海小记，记一记 - 不忘记 ！ / Toggle navigation /
        # EvilHat -- A Simple Blog: a <title> whose site's part the banner sets again is no prose
        classes = (NEAR,) + tuple(classes[1:])
    best, best_span = _heaviest_span(texts, classes, len(texts))
    if best == 0:
        # 本报讯（记者张航）从今天起，…: a page that shows only its article's first paragraph, cut
        # short, and a link to the rest: with no other prose on the page, the teaser is the text
        cut = [k for k, text in enumerate(texts) if _CUT_SHORT.search(text) and len(text) >= _TEASER_TEXT
               and PROSE_MARKS.search(text) and is_language(text)]
        if cut:
            classes = tuple(GOOD if k in cut else kind for k, kind in enumerate(classes))
            best, best_span = _heaviest_span(texts, classes, len(texts))
    if best == 0:
        return _without_prose(texts, classes, headline)
    comments = next((k for k in range(best_span[0]) if _opens_comments(texts[k])), None)
    if comments is not None:
        # 很高兴入住博客堂 / 承蒙…邀请 / 评论 / re: 很高兴入住博客堂 …: a short post above its
        # readers' comments is the document, however much longer the comments run
        above, above_span = _heaviest_span(texts, classes, comments)
        if sum(len(texts[k]) for k in range(*above_span) if classes[k] == GOOD) >= _FIRST_POST_PROSE \
                and comments - above_span[1] <= _POST_TO_COMMENTS \
                and sum(1 for k in range(comments, best_span[1]) if TIMESTAMP.match(texts[k])) >= 2:
            best_span = above_span   # (the post ends right above the header; the comments are dated)
    if headline is None:
        best_span = _article_before_editor(texts, classes, _first_post(texts, classes, best_span))
    if headline is not None:
        listing = _listing_under(texts, classes, headline, best_span)
        if listing is not None:
            return Region(listing[0], listing[1], classes)
    if headline is not None and best_span[1] <= headline:
        # 前端先锋 / 专注于国内外大前端前沿技术，分享…。 / menu / headline / a list-like article:
        # the blog's tagline above the headline is no text — the text is under its headline
        under = _region_under(texts, classes, headline)
        if under is not None:
            best_span = under
        elif best < _SIDEBAR_PROSE:
            # (寄托呆瓜博主…: a sidebar's one sentence above a headline with no prose under it —
            # notes and code: the text is under the headline, as on a page with no prose at all)
            return _without_prose(texts, classes, headline)
    elif headline is not None and best_span[0] > headline + _UNDER_HEADLINE:
        under = _region_under(texts, classes, headline)
        # (unless what stands under the headline is the page's description: the article's
        # first paragraph, which the article further down repeats)
        if under is not None and not _repeated_in(texts, classes, under, best_span):
            # 目录 / 第一个例子 … 第四个例子 / 第一个例子 / a listing token by token / the heaviest
            # prose: the article's own contents box between them, its entries the sections
            # below — the text under the headline runs on through it
            # (文章字数 / 阅读时长 between the headline's description and the box: the header's
            # metadata, not chrome the text runs across)
            box = _own_contents_between(texts, under[1], best_span[0])
            joined = box is not None and not any(classes[k] == BAD for k in range(box, best_span[0])) \
                or _dateline_after_box(texts, classes, under[1], best_span[0]) \
                or _text_between(texts, classes, under[1], best_span[0])
            best_span = (under[0], best_span[1]) if joined else under
    elif headline is not None and best_span[0] < headline < best_span[1]:
        # 杂志声明 / 我司杂志提供免费订阅…: a notice box above the headline is not the text's start
        above = sum(len(texts[k]) for k in range(best_span[0], headline) if classes[k] == GOOD)
        below = sum(len(texts[k]) for k in range(headline, best_span[1]) if classes[k] == GOOD)
        # (新頭殼newtalk… / the first two paragraphs / 印完回上頁 / headline / the article: a mail
        # form's cut-down copy of the text above the headline, which the text under it repeats)
        if above * 5 < below or _repeated_in(texts, classes, (best_span[0], headline), (headline + 1, best_span[1])):
            best_span = (headline + 1, best_span[1])
    if headline is not None and best_span[0] == headline:
        # 皇帝每天早上都要「洗龍溝」，為何宮女不避著，還都搶著伺候？ (twice) / the text: a headline with
        # commas weighs as prose, yet it is the title, not the text's first paragraph (nor is its copy)
        start = headline + 1
        while start < best_span[1] and texts[start] == texts[headline]:
            start += 1
        if start < best_span[1]:
            best_span = (start, best_span[1])
    floors = _numbered_replies(texts, best_span)
    if floors is not None and sum(len(texts[k]) for k in range(best_span[0], floors) if classes[k] == GOOD) >= _FIRST_POST_PROSE:
        best_span = (best_span[0], floors)   # the post, then its replies #1 #2 #3
    start, stop = best_span
    stop = _before_related(texts, classes, start, stop)
    stop = _before_contents_box(texts, classes, start, stop)
    stop = _before_repeated_tail(texts, classes, start, stop)
    # the span ends on prose; the region is bounded by its first and last good line
    while start < stop and classes[start] != GOOD:
        start += 1
    while stop > start and classes[stop - 1] != GOOD:
        stop -= 1
    start, stop = _outlined_span(texts, classes, start, stop, headline)
    start, stop = _boxed_span(texts, classes, start, stop, headline)
    stop = _through_next_section(texts, classes, start, stop)
    return Region(start, stop, classes)


def _through_next_section(texts: Sequence[str], classes: Sequence[str], start: int, stop: int) -> int:
    """一、使用工具 / … / 二、Hexo基础开发 / … / 三、Hexo进阶开发 / - / a list of links / … / the last
    paragraph / 转载请注明:: right after the span, the next section of its own numbered outline
    opens (二、 after 一、, 三、 after 二、) — a link list in it is the text's, however short its
    lines: the text runs on to the last prose before the site's first certain line."""
    last = None
    for k in range(start, stop):
        mark = numbered(texts[k])
        if mark is not None and mark.numbering.name in _OUTLINE_NUMBERINGS:
            last = mark
    if last is None:
        return stop
    value = label_number(last.label)
    if value is None:
        return stop
    for k in range(stop, len(texts)):
        if classes[k] == BAD:
            return stop   # (no certain chrome between the span and the next section)
        mark = numbered(texts[k])
        if mark is not None and mark.numbering is last.numbering and label_number(mark.label) == value + 1:
            end = next((j for j in range(k, len(texts)) if classes[j] == BAD), len(texts))
            while end > k + 1 and classes[end - 1] != GOOD:
                end -= 1
            # (the next section with no prose of its own: the page's end finds where it stops; a
            # printed document's 版记 under it — 主题词 / 主办 / … 印发: the page's end reads it)
            printed = any(len(texts[j]) <= MAX_PRINTED and PRINTED.match(texts[j])
                          for j in range(k, min(len(texts), end + _RECORD_OF_ISSUE + 1)))
            return max(stop, end) if classes[end - 1] == GOOD and not printed else stop
    return stop


_OUTLINE_NUMBERINGS = frozenset(("cn", "paren-cn", "chapter", "part", "en-part"))


_BOX_ENTRIES_AT_LEAST = 3   # entries of a contents box over the text that span it
_OPENING_UNDER_BOX = 3   # lines of an opening between a contents box and the first section it lists


def _boxed_span(texts: Sequence[str], classes: Sequence[str], start: int, stop: int, headline: int | None) -> tuple[int, int]:
    """目录 / 前言 / CVE-2021-2109 … / 总结 / 前言 / 相对于…: the post's own contents box above the
    span, each entry a section's title again below it, in order — the text runs from the first
    section to the last one's text (a post cut at every code span weighs as no prose, and the
    heaviest stretch of it is only one of its sections)."""
    for k in range(start):
        if not _labels_contents(texts[k]):
            continue
        first = _contents_end_found(texts, k)
        if first is None or first >= stop or headline is not None and first <= headline:
            continue   # (a box that opens with the post's title: its copy is the headline, no section)
        inside = first >= start   # (目录 / … / Python 二号 / 代码 / csdn 的网友逆向过程 / headline / the text,
        # cut at its first listing one token a line: the span holds the box's first sections, not its last)
        copies: list[int] = []
        opening = k + 1   # (目录 / 絮叨 / … / 总结 / 这边文章是18年写的… / 絮叨: a sentence between the box
        while opening < first:   # and its first section opens the text)
            if not texts[opening].strip().isdigit():
                copy = next((j for j in range(copies[-1] + 1 if copies else first, len(texts)) if texts[j] == texts[opening]), None)
                # (目录 / 2D Transforming / … / Normal Transformation / 学习笔记 / headline / …: the post's
                # category under the box is set again among its tags, right over the licence — a
                # section's title has its text under it, no line of the site's)
                if copy is None or copy + 1 < len(texts) and classes[copy + 1] == BAD:
                    break
                copies.append(copy)
            opening += 1
        if len(copies) < _BOX_ENTRIES_AT_LEAST or inside and copies[-1] < stop:
            continue
        if inside:
            opening = start
        elif first - opening > _OPENING_UNDER_BOX:
            if headline is None or not opening <= headline < first:
                continue
            # (目录 / 正文测试 / 引用 / 图片 / Test / 测试 / the headline / its dates / 正文测试 / …: a
            # sidebar's box over the headline — the text opens at the first section it lists, or at
            # the sentences right above it: 此为《海上灵光》书评，已迟到2年半)
            opening = first
            while opening - 1 > headline and is_sentence(texts[opening - 1]):
                opening -= 1
        end = copies[-1] + 1 + _section_below(texts, copies[-1], len(texts))
        while end > copies[-1] + 1 and classes[end - 1] != GOOD:
            end -= 1   # (the last section's text: up to its last prose)
        if inside and not _gutter_opens(texts, stop) and any(classes[j] == BAD for j in range(stop, copies[-1])):
            continue   # (only where a code block's gutter cut the span: 代码 / 1 / 2 / … under its prose, or
            #           a wall of short lines that no rule took for the site's — a table cell by cell:
            #           对比维度 / MCP（工具调用协议） / … / 最核心的设计创新：… — before the sections it lists)
        if start < end:   # (the heaviest prose one of the sections it lists)
            return opening, max(stop, end)
    return start, stop


_GAP_PROSE = 12   # lines between a short text under its headline and the heaviest prose, per line of sentences


def _text_between(texts: Sequence[str], classes: Sequence[str], a: int, b: int) -> bool:
    """平常我们浏览Github的时候… / Steam + + / … / 使用教程： / 选择 / … / 只测试并使用过这两个，… / …:
    do lines a to b go on with the text — no line a rule took for the site's, and pieces of
    sentences among them (a how-to in short steps; not a news page's tags, related headlines and
    sections' menu between its article and a feed of teasers)?"""
    if a >= b or any(classes[k] == BAD for k in range(a, b)):
        return False
    return sum(1 for k in range(a, b) if PROSE_MARKS.search(texts[k])) * _GAP_PROSE >= b - a


_OUTLINE_ENTRY = 20   # characters of a section's title in a contents list after the text
_LABELLED_ENTRY = 30   # the same under the list's own label (本文目录): no related headlines' list
_OUTLINE_PAST_LAST = 20   # lines past the last section's title where a span that runs through it may stop
_OUTLINE_AT_LEAST = 3
_OUTLINE_TEXT_UNDER = 10   # characters of the line under a section's title that open its text
_OUTLINE_ABOVE = 15   # lines above the prose where the first section the list names may stand


def _outlined_span(texts: Sequence[str], classes: Sequence[str], start: int, stop: int, headline: int | None) -> tuple[int, int]:
    """前言 / 说明 / 接口 / 提交 / 说明 after the text: a sidebar's contents list, each entry a line
    above it in order, with the sections' text between — the text runs from the first section it
    names to the list (a post written in short lines, which weighs as no prose, is still the
    text; a post whose sections' titles went as chrome). Without numbers, an entry is a title in
    words (two hanzi or more, no menu's or widget's word: not 1 / 举报 / 新闻); with the numbers a
    theme sets before each (1. / Gal-Project 2016 Completed Collection / 1.1. / 简介), any line."""
    where: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        if 0 < len(text) <= _NUMBERED_ENTRY:
            where.setdefault(text, []).append(i)
    k = stop
    while k < len(texts):
        named: list[int] = []
        j = k
        numbered_run = ENTRY_NUMBER.match(texts[k]) is not None
        labelled = k > 0 and _labels_contents(texts[k - 1])
        while j < len(texts):
            if numbered_run and ENTRY_NUMBER.match(texts[j]):
                j += 1
                continue
            if texts[j] not in where or not numbered_run and not _outline_word(texts[j], labelled):
                break
            earlier = where[texts[j]]
            n = bisect_right(earlier, named[-1] if named else -1)
            if n >= len(earlier) or earlier[n] >= k:
                break
            named.append(earlier[n])
            j += 1
        gaps = [b - a for a, b in zip(named, named[1:])]
        # (each over its section's text: most of the copies stand over a longer line — past a code
        # listing's gutter numbers, 1 / 2 / 3 / $ npm install hexo -g)
        over_text = sum(1 for i in named if len(_under_gutter(texts, i + 1)) >= _OUTLINE_TEXT_UNDER)
        # (a list the theme numbered is a contents list for certain: half its copies over text do)
        enough_over_text = over_text * 2 > len(named) or numbered_run and over_text * 2 >= len(named)
        if len(named) >= _OUTLINE_AT_LEAST and sum(1 for gap in gaps if gap > 1) * 2 > len(gaps) and enough_over_text \
                and (start - _OUTLINE_ABOVE <= named[0] or _sections_above(classes, named[0], start, headline)) \
                and named[0] < stop and (stop <= named[-1] + _OUTLINE_PAST_LAST or named[-1] < stop):
            # (the first section at or under the span's start: a text may open with a paragraph
            # before its first section — 败者树 / 前言… / 胜者树 / …; and a span that already runs
            # past the last section only takes the start from the list)
            # (a span that starts at the first section has no opening of its own: the lines over that
            # section may be it; a span with prose above the section has one, and the header over it)
            start = _opening_under_headline(texts, classes, headline, named[0]) if start >= named[0] else start
            if named[-1] < stop:
                return start, stop   # (the text already runs through its last section)
            end = min(k, named[-1] + 1 + _section_below(texts, named[-1], k))
            # (文章目录 / 站点概览 / the blog's name / … / 1. / Web Storage: NexT's sidebar, its contents
            # tab's label first — the text ends above it)
            end = next((j for j in range(named[-1] + 1, end) if _names_posts_contents(texts[j])), end)
            while end - 1 > named[-1] and (_labels_contents(texts[end - 1])
                                           or len(texts[end - 1].strip()) <= 1):
                end -= 1   # (目录 / 目录 / × : the list's own label and its close button)
            return start, max(stop, end)
        k = max(j, k + 1)
    return start, stop


_NUMBERED_ENTRY = 60   # characters of an entry a theme numbered


def _opening_under_headline(texts: Sequence[str], classes: Sequence[str], headline: int | None, first: int) -> int:
    """Arch Linux 安装手册 / Apr 10, 2024 / Arch Linux 安装手册 / 首先在 / Arch Linux / 官网下载iso文件，… /
    Mirrors: the text's opening, between the body's own copy of the headline (the Markdown title
    a post repeats under the theme's) and the first section a contents list names — pieces of
    sentences, no line a rule took for the site's. Returns where it starts, or ``first`` when
    there is none. (Without the copy, the lines over the first section may be the header's own:
    | Updated February 9, 2025 / Git.)"""
    if headline is None or not headline < first <= headline + _OUTLINE_ABOVE:
        return first
    key = squash(texts[headline])
    copy = next((k for k in range(first - 1, headline, -1) if squash(texts[k]) == key), None)
    if copy is None:
        return first
    return copy + 1 if _text_between(texts, classes, copy + 1, first) else first


def _under_gutter(texts: Sequence[str], k: int) -> str:
    """Line k, or the first line from it that is not a listing's gutter number ('' past the end)."""
    while k < len(texts) and texts[k].strip().isdigit():
        k += 1
    return texts[k] if k < len(texts) else ""


def _sections_above(classes: Sequence[str], first: int, start: int, headline: int | None) -> bool:
    """作为新手刚接触的学习 / 先来些hexo命令 / a listing token by token / … / the heaviest prose: the
    first section the list names stands far above the span, under the headline, and no line
    between is certain chrome — the sections above it are the text too (notes in short lines and
    code, which weigh as no prose)."""
    return headline is not None and headline < first and not any(classes[k] == BAD for k in range(first, start))


def _section_below(texts: Sequence[str], heading: int, stop: int) -> int:
    """How many lines under the last section's title, up to the contents list, are its text
    (up to the first line a certain rule takes for the site's; a reward box or a sidebar's tab
    under the text is no rule's, and stays — the cost of a text that runs on to its list)."""
    n = 0
    while heading + 1 + n < stop and match_rule(texts[heading + 1 + n], "footer") is None:
        n += 1
    return n


def _outline_word(text: str, labelled: bool) -> bool:
    """A section's title in a contents list after the text: two hanzi or more — or, under the
    list's own label (目录 / Mirrors / Locales / Disk Configuration), words in Latin letters too."""
    words = han_count(text) >= 2 or labelled and _WORD.search(text) is not None
    return len(text) <= (_LABELLED_ENTRY if labelled else _OUTLINE_ENTRY) and words and match_rule(text, "footer") is None


def _before_repeated_tail(texts: Sequence[str], classes: Sequence[str], start: int, stop: int) -> int:
    """(编辑： newsroom) / 我要评论 / 同时，在已有的…: a paragraph of the text again after the
    page's lines below it (its description, or a teaser of it) is no new prose: the text ends
    above those lines."""
    last = stop - 1
    while last > start and classes[last] == GOOD and classes[last - 1] != GOOD:
        key = squash(texts[last])
        if not any(squash(texts[j]) == key for j in range(start, last - 1)):
            break
        last -= 1
        while last > start and classes[last] != GOOD:
            last -= 1
        stop = last + 1
    return stop


def _before_contents_box(texts: Sequence[str], classes: Sequence[str], start: int, stop: int) -> int:
    """目录 / 收起 / 这就是computed的吗？…: a sidebar's contents box after the text, its entries
    the text's own lines again, is not the text: the text stops above its 目录. (A contents at
    the top, before the text it lists, is the document's: region.page_header keeps it.)"""
    for k in range(start + 1, stop):
        if not _labels_contents(texts[k]):
            continue
        above = {squash(texts[j]) for j in range(start, k)}
        entries = [j for j in range(k + 1, stop) if classes[j] == GOOD]
        if entries and all(squash(texts[j]) in above for j in entries):
            return k
        # (two different lines of the text again: not 首页 / 归档 or an icon, the menu again, nor a
        # tag 日记 that the post's category line and the sidebar's tag cloud both show)
        if _names_posts_contents(texts[k]) and len({
                squash(texts[j]) for j in range(k + 1, min(len(texts), k + 1 + _SIDEBAR_BOX))
                if squash(texts[j]) in above and _CJK.search(texts[j]) and not is_menu_word(texts[j])}) >= 2:
            # 文章目录 / 站点概览 / Jasing / Close to good people, you will slowly become excellent! / … /
            # 1. / 缘由 / 2. / …: NexT's sidebar, the writer's motto on its overview tab, then the
            # entries — the text's sections again
            return k
    return stop


_SIDEBAR_BOX = 40   # lines of a sidebar under its contents tab's label: the overview panel, the entries


_CONTENTS_ENTRIES = 45   # lines of a contents box, at most (twenty-odd entries, then the post's header)


def _dateline_after_box(texts: Sequence[str], classes: Sequence[str], a: int, b: int) -> bool:
    """相关报道 / four headlines / 【财新网】 / 9月26日，…: between lines a and b, a box of links the
    site set inside the article, after it the article's dateline — the story goes on there."""
    box = next((k for k in range(a, b) if classes[k] == BAD and _opens_list(texts[k])), None)
    return box is not None and any(NEWS_DATELINE.match(texts[k]) for k in range(box + 1, min(b + 1, box + 1 + _BOX_LINKS_AT_MOST)))


def _contents_end(texts: Sequence[str], k: int) -> int:
    """Past the last entry of the contents box whose 目录 is line k: where its first entry
    stands again, as the first section's heading, or ``_CONTENTS_ENTRIES`` lines on."""
    return _contents_end_found(texts, k) or min(len(texts), k + 1 + _CONTENTS_ENTRIES)


def _contents_end_found(texts: Sequence[str], k: int) -> int | None:
    """Where the first entry (its words: 1 / 历史沿革 numbers it) of the contents box at line k
    stands again, within ``_CONTENTS_ENTRIES`` lines — None when it does not."""
    window = min(len(texts), k + 1 + _CONTENTS_ENTRIES)
    first = next((j for j in range(k + 1, window) if not texts[j].strip().isdigit()), None)
    if first is None:
        return None
    key = squash(texts[first])
    return next((j for j in range(first + 1, window) if squash(texts[j]) == key), None)


#: a blog's own contents box over its text: 文章目录 / 本文目录 / Table of Contents (a theme's, in English)
_POSTS_CONTENTS = frozenset(("文章目录", "文章目錄", "本文目录", "本文目錄", "TableofContents", "Contents", "此页内容", "此頁內容",
                             "本页目录", "本頁目錄", "Onthispage"))
_POSTS_CONTENTS_ANY_CASE = frozenset(name.lower() for name in _POSTS_CONTENTS)
_BOX_ABOVE_TEXT = 20   # lines above the text's first prose where the box may stand
_ENTRY_AT_MOST = 40   # characters of a contents box's entry that no section below repeats


def _names_posts_contents(text: str) -> bool:
    """文章目录 / Table of contents / Contents / - 目录 -: the label of a blog's contents box, in
    any case (a theme may set dashes around it)."""
    whole = squash(text)
    name = whole.strip(_BOX_LABEL_DASHES)
    return name in _POSTS_CONTENTS or name.lower() in _POSTS_CONTENTS_ANY_CASE or name != whole and is_contents_title(name)


_BOX_LABEL_DASHES = "-—–－"


def own_contents_box(lines: list[Line], reasons: list[str | None], region: Region) -> tuple[str, ...]:
    """目录 / 我的世界反作弊 Belike / … / 反作弊搭配 / 我的世界反作弊 Belike / …: the article's own
    contents box, which the text runs through, lists the sections below — a second set of
    headings: it goes, listed, and its entries are returned — the sections' headings below."""
    texts = [line.text for line in lines]
    box = _own_contents_between(texts, region.start, region.stop)
    if box is None:
        # 文章目录 / 配置latex / … / the text's first paragraph: a blog's box, which may stand over its
        # text too, between the post's dateline and the region's first prose
        # (its label as written: in any case, Stack's "Table of contents" widget over the title took
        # the review's subtitle and first note for entries — the header's box is contents_box_entries')
        box = _own_contents_between(texts, max(0, region.start - _BOX_ABOVE_TEXT), region.stop,
                                    lambda text: squash(text) in _POSTS_CONTENTS)
    if box is None and shows_web_page(reasons):
        # 目录 / 前言 / … / 总结 / 前言 / 相对于…: the box further up whose entries span the text
        # (_boxed_span: the region opens on its first entry's copy, or on the opening sentence
        # above it — 目录 / 絮叨 / … / 总结 / 这边文章是18年写的… / 絮叨) — on a web page: a printed
        # document's contents at the top is the document's, a contents block
        box = next((k for k in range(region.start) if _box_over_the_text(texts, k, region.start)), None)
    if box is None and shows_web_page(reasons):
        # 2021-01-10 / 约 468 字 / 目的 / 实验 / … / 结论 / 目的 / 验证…: a box without its label at the text's
        # top, its first entry the first section right under it
        for k in range(region.start, min(region.stop, region.start + _BOX_ABOVE_TEXT)):
            if PROSE_MARKS.search(texts[k]):
                break   # (above the text's first sentence only)
            end = None if reasons[k] else _bare_box_end(texts, k, region.stop, region.stop)
            if end is not None and not any(reasons[j] for j in range(k, end)):
                for j in range(k, end):
                    reasons[j] = _CONTENTS_BOX
                return tuple(texts[k:end])
    if box is None:
        return ()
    found = _contents_end_found(texts, box)
    end = found or _contents_end(texts, box)
    below = {squash(texts[j]) for j in range(end, len(texts))}
    # (目录 / 絮叨 / … / 总结 / 这边文章… / 絮叨: the text's opening between the box and its first
    # section, where the region starts, is no entry)
    opening_at = region.start if box < region.start <= (found or -1) else len(texts)
    reasons[box] = reasons[box] or _CONTENTS_BOX
    for k in range(box + 1, end):
        if k > box + 1 and _is_title_copy(reasons[k]):
            break   # (Table of contents / … / 随笔 / 哲学 / the headline / its subtitle / …: a sidebar's box
            #          above the headline ends there — the subtitle under it is no entry)
        if squash(texts[k]) not in below and (found is None or len(texts[k]) > _ENTRY_AT_MOST or is_sentence(texts[k])
                                              or _LEAD_IN.match(texts[k]) or k >= opening_at):
            break   # (no first section under the box: only the entries the sections below repeat;
            #          因为最近要…，故写此文记录过程 / 我写东西大概有两种方式：: the text's first paragraph, or
            #          its lead-in, under the box is no entry;
            #          下载新的 CentOS-Base.repo 到 /etc/yum.repos.d/: a long entry a section repeats is one)
        # (an entry the header took for a widget between the title and the text, or for the
        # writer's name in its info bar — 方法一 — is the box's)
        if reasons[k] is None or reasons[k] in (WIDGET, _INFO_BAR_AUTHOR) and squash(texts[k]) in below:
            reasons[k] = _CONTENTS_BOX
    _copy_of_box_above(texts, reasons, box, end)
    # (the entries tell the lines below that repeat them for the sections' headings)
    return tuple(texts[k] for k in range(box + 1, end) if reasons[k] == _CONTENTS_BOX and not texts[k].strip().isdigit())


def _copy_of_box_above(texts: Sequence[str], reasons: list[str | None], box: int, end: int) -> None:
    """目錄 / 龍華寺半日遊 / … / 下次再見 / 目錄 / 龍華寺半日遊 / … : a theme that sets its contents box
    twice (for the wide page and the narrow one) — the copy right above the box goes with it."""
    entries = [texts[k] for k in range(box + 1, end) if reasons[k] == _CONTENTS_BOX]
    first = box - len(entries) - 1
    if len(entries) < 2 or first < 0 or not is_contents_title(texts[first]) or list(texts[first + 1: box]) != entries:
        return
    for k in range(first, box):
        if reasons[k] is None or reasons[k] == WIDGET:
            reasons[k] = _CONTENTS_BOX


def _box_over_the_text(texts: Sequence[str], k: int, start: int) -> bool:
    """Is line k the label of a blog's contents box whose first entry stands again at the text's
    start, or up to ``_OPENING_UNDER_BOX`` lines under it? (目录 / 第一章　总则 / …: a printed
    document's contents, numbered, is its own — kept.)"""
    if not _labels_contents(texts[k]) or k + 1 >= len(texts) \
            or numbered(texts[k + 1]) is not None:
        return False
    first = _contents_end_found(texts, k)
    return first is not None and 0 <= first - start <= _OPENING_UNDER_BOX


_CONTENTS_BOX = "the article's contents box (its entries are the sections below)"
_INFO_BAR_AUTHOR = "page metadata (author, in the page's info bar)"

WIDGET = "page widget between the title and the text"
#: 熱血編輯部 / 本报编辑部: the desk that wrote a news site's article, its byline
_EDITORIAL_DESK = re.compile(r"^[\u4e00-\u9fff]{1,6}编辑部$")

#: # or § beside a section's title (before it in VuePress, after it in PaperMod: _anchors_side reads
#: which), ¶ after it (Sphinx): the link a page sets by each heading, which a scraper leaves on a
#: line of its own
_ANCHOR_AFTER = frozenset(("¶",))
_ANCHOR_EITHER_SIDE = HEADING_ANCHORS - _ANCHOR_AFTER
_ANCHORS_AT_LEAST = 2   # one # alone may be a shell's prompt in a listing
_NOTE_MARKS = frozenset(("#", "§", "¶", "@", "^", "*", "†", "‡"))
_ANCHORED_AT_MOST = 60  # characters of a heading beside its anchor
_HEADING_ANCHOR = "heading anchor (the link a page sets beside a section's title)"
_STATEMENT_DONE = re.compile(r"[。；;][”’」』）)]*$")   # (是什么？ beside its anchor is a title: a question may be one)


_TAGS_AT_LEAST = 3    # # / 天文航天 / # / 月球 / # / 中国航天: a post's tags, each after its #
_TEXT_UNDER = 10      # characters of the line under a heading that open its section's text


def _runs_of_anchors(found: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The anchors in runs, each right under the line the one before marks (# / a / # / b)."""
    runs: list[list[tuple[int, int]]] = []
    for pair in found:
        if runs and pair[0] == runs[-1][-1][0] + 2:
            runs[-1].append(pair)
        else:
            runs.append([pair])
    return runs


def _tags(lines: list[Line], run: list[tuple[int, int]]) -> bool:
    """A run of three anchored lines or more, or two with no text under the last (# / 天文航天 /
    # / 月球 / 1 / QQ好友): a post's tags, not a section and its first subsection."""
    if len(run) == 1:
        return False
    under = max(run[-1]) + 1   # (past the anchor and its heading, whichever comes first)
    if len(run) < _TAGS_AT_LEAST and under < len(lines) and _listing_line(lines[under].text) \
            and not lines[under].text.strip().isdigit():
        return False   # (自底向上动态规划 / # / public / int / …: the section opens on its listing)
    return len(run) >= _TAGS_AT_LEAST or under >= len(lines) or len(lines[under].text) < _TEXT_UNDER \
        or _CJK.search(lines[under].text) is None


def _anchors_side(lines: list[Line], reasons: list[str | None], marks: set[str]) -> int:
    """+1 when the page sets its # before each title (VuePress: # / 实现原理 / text), -1 when after
    it (Hugo's PaperMod, Hexo's shoka: 准备工作 / # / text): the title is the short line beside
    the #, the text's paragraph the long one — counted over all the anchors; on a tie, the line
    over the first # tells (the post's dateline, gone, when the # comes first)."""
    anchors = [i for i, line in enumerate(lines) if line.text in marks and 0 < i < len(lines) - 1]
    if not anchors:
        return 1
    side = anchors_side([lines[i - 1].text for i in anchors], [lines[i + 1].text for i in anchors])
    if side:
        return side
    return 1 if reasons[anchors[0] - 1] else -1


def _anchor_pairs(lines: list[Line], reasons: list[str | None]) -> list[tuple[int, int]]:
    """(anchor, title) for each # / 实现原理 the page sets: the anchor's line and the section
    title's beside it, on the side the page sets its anchors."""
    marks = {line.text for line in lines if line.text in _NOTE_MARKS}
    if len(marks) != 1 or not marks & (_ANCHOR_EITHER_SIDE | _ANCHOR_AFTER):
        return []   # # / ¶ / @ / ^ / § in a table and under it: footnotes' marks, not anchors
    step = -1 if marks & _ANCHOR_AFTER else _anchors_side(lines, reasons, marks)
    found: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        k = i + step if line.text in marks else None
        if k is None or not 0 <= k < len(lines) or reasons[k] not in (None, WIDGET) and not _is_title_copy(reasons[k]):
            continue   # (the anchor and the first section's title may have gone as widgets over the text;
            #           the post's own h1, a copy of its title, has its anchor too)
        text = lines[k].text
        if len(text) <= _ANCHORED_AT_MOST and not _STATEMENT_DONE.search(text) and not _listing_line(text) \
                and (_CJK.search(text) or _WORD.search(text)):
            found.append((i, k))
    return [pair for run in _runs_of_anchors(found) if not _tags(lines, run) for pair in run]


def heading_anchors(lines: list[Line], reasons: list[str | None]) -> tuple[str, ...]:
    """# / 实现原理 / text … # / HTML布局 / …: the anchors go, listed, and the lines they mark
    are returned — the sections' headings."""
    found = _anchor_pairs(lines, reasons)
    if len(found) < _ANCHORS_AT_LEAST:
        return ()
    for i, k in found:
        reasons[i] = _HEADING_ANCHOR
        if not _is_title_copy(reasons[k]):
            reasons[k] = None
    return tuple(lines[k].text for _, k in found if not _is_title_copy(reasons[k]))


def _is_title_copy(reason: str | None) -> bool:
    """Was the line removed as a copy of the title (the page's <title> set again)?"""
    return (reason or "").startswith("title repeated")


def _own_contents_between(texts: Sequence[str], a: int, b: int, opens: Callable[[str], bool] | None = None) -> int | None:
    """The contents box (目录, or what ``opens`` takes for its title) between lines a and b whose
    entries — two or more — stand again below it, as the text's section headings (its 目录
    line), or None. (A sidebar's box after the text repeats lines above it.)"""
    for k in range(a, min(b, len(texts))):
        if not (opens or is_contents_title)(texts[k]):
            continue
        end = _contents_end(texts, k)
        entries = {squash(texts[j]) for j in range(k + 1, end) if texts[j].strip() and len(texts[j]) <= 40}
        below = {squash(texts[j]) for j in range(end, len(texts))}
        if len(entries & below) >= 2:
            return k
    return None


#: a contents box's own controls between its 目录 and its entries (收起 / 展开)
_BOX_CONTROLS = frozenset(("收起", "展开", "展開", "隐藏", "隱藏", "显示", "顯示",
                           "站点概览", "站點概覽"))   # (文章目录 / 站点概览 / grpc / …: NexT's sidebar, its other tab)


def contents_box_entries(lines: list[Line], reasons: list[str | None]) -> tuple[tuple[str, int], ...]:
    """The entries of a contents box the site set after the text (目录 / 收起 / 这就是computed的
    吗？ / 几个概念), removed with the footer, or in the page's header, removed with it: each
    repeats a line of the text kept, and tells that line for one of its section headings. With
    each, how deep the box's numbers set it (1. → 0, 1.1. → 1, 1.3.1. → 2)."""
    # (the text it lists stands above it, or below it when a theme sets the box in the page's
    # header: Table of contents / 七年之痒 一如既往——… / … / the title / the text)
    kept = {squash(lines[j].text) for j in range(len(lines)) if not reasons[j]}
    # (a blog's box opens with the post's title, and numbers its entries on lines of
    # their own: 目录 / Linux基础知识 / 什么是Linux …, 目录 / 1. / 装机必备 / 2. / Geek / 2.1. / …)
    titles = {squash(lines[j].text) for j in range(len(lines)) if _is_title_copy(reasons[j])}
    for k, line in enumerate(lines):
        if not (reasons[k] and _labels_contents(line.text)):
            continue
        start = k + 1
        while start < len(lines) and lines[start].text in _BOX_CONTROLS:
            start += 1
        if start < len(lines) and squash(lines[start].text) not in kept | titles:
            # 文章目录 / 站点概览 / the writer's card / 1. / 进程与线程之间关系 / 2. / …: a theme's sidebar
            # sets its overview panel between the box's tab and its numbered entries
            # (… or, unnumbered, past the panel: coder & cook / 143 / 日志 / … / 胜者树 / 败者树)
            start = _numbered_entries(lines, reasons, kept, start) or _listed_entries(lines, reasons, kept, start) or start
        entries = _entries_from(lines, reasons, start, kept, titles)
        if not entries and start < len(lines):
            # (此页内容 / gcc / make / … / 文章来源：… / gcc / 它是GNU…: the first section's title, right
            # under the header, went as a widget between the title and the text; the box tells it)
            first = squash(lines[start].text)
            copy = next((j for j in range(start + 1, len(lines)) if reasons[j] == WIDGET and squash(lines[j].text) == first), None)
            entries = _entries_from(lines, reasons, start, kept | {first}, titles) if copy is not None else ()
            if len(entries) >= 2:
                reasons[copy] = None
        if len(entries) >= 2:
            return entries
    # 1. / 这里是一些相关资料及代码 / 1.1. / 主题修改常用资料站点 / 2. / …: a sidebar's numbered box
    # without its tab's label, the sections' titles below — three entries at least
    for k, line in enumerate(lines):
        if reasons[k] and line.text.strip() == "1." and _numbered_entries(lines, reasons, kept, k) == k:
            entries = _entries_from(lines, reasons, k, kept, titles)
            # (1. / 我想改变，再也不想看到…。 / 2. / …: the text's paragraphs again, numbered, are no box)
            if len(entries) >= _UNLABELLED_BOX and not any(is_sentence(text) for text, _ in entries):
                return entries
    return _unlabelled_box(lines, reasons, kept)


def _unlabelled_box(lines: list[Line], reasons: list[str | None], kept: set[str]) -> tuple[tuple[str, int], ...]:
    """首页 / 关于 / 归档 / 问题 / 方案1 / 方案2 / git / the title / … / 问题 / 产生问题：… / 方案1 / …: a
    theme's contents box over the text without its label or numbers, removed with the header —
    three entries at least, none a sentence, each a line the text keeps again below it, in order,
    with the section's text between the copies."""
    for k in range(1, len(lines)):
        if not reasons[k] or not reasons[k - 1] or squash(lines[k - 1].text) in kept:
            continue
        entries = _entries_from(lines, reasons, k, kept, set())
        if len(entries) < _UNLABELLED_BOX or any(is_sentence(text) for text, _ in entries):
            continue
        copies: list[int] = []
        for text, _ in entries:
            key = squash(text)
            copy = next((j for j in range((copies[-1] if copies else k + len(entries)) + 1, len(lines))
                         if not reasons[j] and squash(lines[j].text) == key), None)
            if copy is None:
                break
            copies.append(copy)
        if len(copies) == len(entries) and all(b - a > 1 for a, b in zip(copies, copies[1:])):
            for j in range(k, k + len(entries)):
                reasons[j] = _CONTENTS_BOX   # (the menu's reason, until now)
            return entries
    return ()


_UNLABELLED_BOX = 3   # entries of a numbered contents box without its label


def _entries_from(lines: list[Line], reasons: list[str | None], start: int, kept: set[str],
                  titles: set[str]) -> tuple[tuple[str, int], ...]:
    """A contents box's entries from ``start``, each a line the text ``kept``, and how deep
    its number nests it; up to the first line that is none."""
    entries: list[tuple[str, int]] = []
    depth = 0
    for j in range(start, len(lines)):
        if lines[j].text in _BOX_CONTROLS and not entries:
            continue
        if reasons[j] and ENTRY_NUMBER.match(lines[j].text):
            depth = lines[j].text.strip().rstrip(".").count(".")
            continue
        if reasons[j] and squash(lines[j].text) in titles:
            continue
        if not reasons[j] or squash(lines[j].text) not in kept:
            break
        entries.append((lines[j].text, depth))
        depth = 0
    return tuple(entries)


def _numbered_entries(lines: list[Line], reasons: list[str | None], kept: set[str], start: int) -> int | None:
    """Where a sidebar's numbered contents entries begin after ``start`` (1. / a line the text
    kept, twice over), within the panel beside them; None when they do not."""
    for j in range(start, min(len(lines) - 3, start + _SIDEBAR_PANEL)):
        if all(reasons[j + d] and ENTRY_NUMBER.match(lines[j + d].text) and squash(lines[j + d + 1].text) in kept
               for d in (0, 2)):
            return j
    return None


def _listed_entries(lines: list[Line], reasons: list[str | None], kept: set[str], start: int) -> int | None:
    """Where a sidebar's unnumbered contents entries begin after ``start`` (文章目录 / 站点概览 /
    coder & cook / 143 / 日志 / … / 胜者树 / 败者树 / …: two lines in a row that the text kept),
    within the overview panel beside them; None when they do not."""
    first = squash(lines[start].text)
    if any(squash(lines[j].text) == first for j in range(start + 1, len(lines))):
        return None   # (the first line the page sets again, grpc, which went as a widget, is an entry)
    return next((j for j in range(start, min(len(lines) - 1, start + _SIDEBAR_PANEL))
                 if all(reasons[j + d] and squash(lines[j + d].text) in kept for d in (0, 1))), None)


_SIDEBAR_PANEL = 40   # lines of a sidebar's overview panel between its contents tab and the entries
_TEASER_TEXT = 40   # characters of a cut-short paragraph that may be a page's only text


def _heaviest_span(texts: Sequence[str], classes: Sequence[str], stop: int) -> tuple[int, tuple[int, int]]:
    """The maximum-sum span of lines before ``stop`` (prose weighs for, short lines
    against) and its weight; a wall of short lines or a list's header breaks it."""
    best, best_span = 0, (0, stop)
    total, start, shorts = 0, 0, 0
    for i in range(stop):
        text, kind = texts[i], classes[i]
        shorts = _shorts_after(texts, classes, i, shorts)
        if shorts >= HARD_GAP or kind == BAD and _opens_list(text):
            total = 0   # a menu, or a list of other pages (阅读排行榜): the text never runs across
            continue
        weight = _weight(text, kind)
        if total <= 0:
            total, start = 0, i
        total += weight
        if total > best:
            best, best_span = total, (start, i + 1)
    return best, best_span


#: rules whose line ends a page's text wherever it stands: what follows is the site's
_PAGE_END_RULES = frozenset(("wiki-licence", "icp", "site-footer", "legal-header", "copyright-notice", "comments-header",
                             "related-header", "feed-header", "reward", "author-card", "prev-next", "newsletter"))


def _ends_the_text(text: str) -> bool:
    rule = match_rule(text, "footer")
    return rule is not None and rule.name in _PAGE_END_RULES


def _past_dateline_block(texts: Sequence[str], classes: Sequence[str], headline: int, stop: int) -> int:
    """看电视玩游戏…名单 / http://ent.QQ.com / 2007年01月05日15:24 / 腾讯娱乐 / 评论 / 0 / 条 / the table:
    under a headline with no prose below it, the page's dateline block — its address, date and
    time, the source beside the comment count, the count and its unit — is above the text, for
    the header to clear; the text starts after it."""
    def field(j: int) -> bool:   # (Written by / Aatrox / with ♥ / on / October 22, 2019 / in / 碎碎念 / , 9 words)
        rule = match_rule(texts[j].strip(), "header")
        return classes[j] == BAD or rule is not None and rule.name in ("english-dateline", "english-post-fields") \
            or texts[j].strip().lower() == "included in"   # (LoveIt's key, its category on the next line)

    k = headline + 1
    while k < min(stop, headline + 1 + _DATELINE_BLOCK):
        text = texts[k].strip()
        if not (_URL.fullmatch(text) or TIMESTAMP.match(text) or is_date(text) or text.isdigit() or field(k)
                or _names_posts_contents(text)   # (Contents: the theme's box, empty on a page without sections)
                or k + 1 < stop and field(k + 1) and len(text) <= _BESIDE_FIELD
                or len(text) <= 2 and texts[k - 1].strip().isdigit()
                or text in _FIELD_SEPARATORS
                or len(text) <= _FIELD_VALUE and texts[k - 1].strip() in _FIELD_SEPARATORS
                and k + 1 < stop and texts[k + 1].strip() in _FIELD_SEPARATORS   # (| 记录 |: a category between bars)
                # (分类于 / 民谣, 本文总阅读量 / 次: a field's key alone, its value on the next line)
                # (included in / 生命不息折腾不止: the key in English)
                or len(text) <= _FIELD_VALUE and field(k - 1) and _FIELD_KEY.search(texts[k - 1].strip())):
            break
        k += 1
    return k


_DATELINE_BLOCK = 16   # lines of a dateline block, one field (key, value, bar) a line
_FIELD_SEPARATORS = frozenset(("|", "｜", "·", "•", "/"))   # between a dateline's fields, on lines of their own
_FIELD_VALUE = 8   # characters of a dateline field's value (民谣, 次)
_BESIDE_FIELD = 12   # characters of a line beside a field (腾讯娱乐 / 评论; not the text's one line over the footer)
#: 分类于 / 字数统计: / 本文总阅读量: / included in: a key, its value to follow
_FIELD_KEY = re.compile(r"(?:[于於:：量]|\bin)$")


def _editors_line(text: str) -> bool:
    """[责任编辑:everlee]: the line that closes a news page's article."""
    rule = match_rule(text, "body")
    return rule is not None and rule.name in _EDITOR_RULES


def _comment_count(texts: Sequence[str], k: int) -> bool:
    """评论 / 0 / 条 under a headline: the count of the page's comments, not their header."""
    rule = match_rule(texts[k], "footer")
    return k + 1 < len(texts) and texts[k + 1].strip().isdigit() and rule is not None and rule.name == "comments-header"


def _repeated_in(texts: Sequence[str], classes: Sequence[str], span: tuple[int, int], other: tuple[int, int]) -> bool:
    """Is ``span`` a page's description — one or two paragraphs, the first of which opens
    the article in ``other`` again, word for word (among its first three)?"""
    paragraphs = [texts[k] for k in range(*span) if classes[k] == GOOD]
    leads = [texts[k] for k in range(*other) if classes[k] == GOOD][:3]
    # (a summary box — 本文导读： — opens with the article's first sentence, then picks others)
    return 1 <= len(paragraphs) <= 2 and (paragraphs[0] in leads
                                         or _opening(paragraphs[0]) in {_opening(lead) for lead in leads} - {""})


def _opening(text: str) -> str:
    """A paragraph's first sentence, when it is one of some length ("" otherwise)."""
    end = _FIRST_SENTENCE.search(text)
    return text[: end.end()] if end is not None and end.end() >= _OPENING else ""


_FIRST_SENTENCE = re.compile(r"[。！？!?]")
_OPENING = 15   # characters: a sentence long enough to be no formula two articles share


def _opens_comments(text: str) -> bool:
    """评论 / 全部评论（12）: the readers' comments begin below."""
    rule = match_rule(text, "footer")
    return rule is not None and rule.name == "comments-header"


_DIGITS = re.compile(r"\d+")
_POSTS = 3            # a line repeated this often, each time after a dated post, ends posts
_FIRST_POST_PROSE = 60
_POST_TO_COMMENTS = 6   # lines between a post's last paragraph and its 评论 header (发表于…, 阅读…)


#: #1 / 2楼: a reply's floor number; 1 月前 / 3小时前: when it was written
_FLOOR = re.compile(r"^(?:#\s?\d{1,4}|\d{1,4}\s?[楼樓#])$")
_AGO = re.compile(r"^\d{1,3}\s?(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月|月|年)前$")


def _numbered_replies(texts: Sequence[str], span: tuple[int, int]) -> int | None:
    """gazeldx / #1 / 1 月前 / Hope you are still using Ruby… / msl12 / #2 / 1 月前 …: the line
    where a forum topic's numbered replies begin inside the span (the replier's name above
    the first floor number), when two floors follow each other, each dated "… ago"."""
    floors = [k for k in range(span[0] + 1, min(len(texts), span[1] + 60)) if _FLOOR.match(texts[k])
              and any(_AGO.match(texts[j]) for j in range(k + 1, min(k + 3, len(texts))))]
    if len(floors) < 2 or floors[1] - floors[0] > 40 or floors[0] >= span[1]:
        return None
    return floors[0] - 1


def _stamp_between(stamps: list[int], a: int, b: int) -> bool:
    """Is there a timestamp line strictly between lines a and b? (``stamps`` sorted)"""
    k = bisect_right(stamps, a)
    return k < len(stamps) and stamps[k] < b


def _first_post(texts: Sequence[str], classes: Sequence[str], span: tuple[int, int]) -> tuple[int, int]:
    """由海姑娘张贴 @ / (370) / 共 11 篇评论 after each post: a page of several posts (a
    blog's front page, a forum thread). A short line repeated, figures aside, once after
    each of three or more stretches that each carry a timestamp ends a post; the page's
    document is its first post, not the longest."""
    keys: dict[str, list[int]] = {}
    for k, text in enumerate(texts):
        if len(text) <= 20 and classes[k] != GOOD:
            keys.setdefault(_DIGITS.sub("0", text), []).append(k)
    stamps = [k for k, text in enumerate(texts) if TIMESTAMP.match(text)]
    best = None
    for where in keys.values():
        if len(where) < _POSTS:
            continue
        bounds = [-1] + where
        # each stretch before an occurrence holds a timestamp of its own (a post's date)
        if all(_stamp_between(stamps, a, b) for a, b in zip(bounds, bounds[1:])) and (best is None or where[0] < best[0]):
            best = where
    if best is None or span[0] < best[0]:
        return span
    # the first post starts under its own date: the last timestamp with prose after it
    dated = [k for k in stamps if k < best[0] and any(classes[j] == GOOD for j in range(k + 1, best[0]))]
    if not dated:
        return span
    first = next(k for k in range(dated[-1] + 1, best[0]) if classes[k] == GOOD)
    prose = sum(len(texts[k]) for k in range(first, best[0]) if classes[k] == GOOD)
    return (first, best[0]) if prose >= _FIRST_POST_PROSE else span


_ARTICLE_ABOVE_EDITOR = 300   # characters of prose: an article, not a caption or a teaser
_EDITOR_UNDER_ARTICLE = 10    # lines between an article's last paragraph and its editor's line
_EDITOR_RULES = frozenset(("editor", "editor-credit"))


def _article_before_editor(texts: Sequence[str], classes: Sequence[str], span: tuple[int, int]) -> tuple[int, int]:
    """… / 延伸閱讀：… / 責任編輯：林美欣 / 關鍵字 / the next article: a news site that loads
    its next article under the one asked for closes each with its editor's line. With no
    headline to tell them apart, the text is the article above the first editor's line,
    not the heaviest prose further down, nor a span the editor's line stands in."""
    editor = next((k for k in range(span[1]) if classes[k] == BAD and _editors_line(texts[k])), None)
    if editor is None:
        return span
    _, above = _heaviest_span(texts, classes, editor)
    good = [k for k in range(*above) if classes[k] == GOOD]
    if len(good) >= 3 and sum(len(texts[k]) for k in good) >= _ARTICLE_ABOVE_EDITOR \
            and editor - above[1] <= _EDITOR_UNDER_ARTICLE:
        return above
    return span


_ARTICLE_BEFORE_RELATED = 60   # characters of prose an article has before its 相关阅读


def _before_related(texts: Sequence[str], classes: Sequence[str], start: int, stop: int) -> int:
    """其他人也在看 / 猜你喜欢 under an article, each teaser a paragraph of prose: the
    region stops at the feed's heading once the article has some prose of its own."""
    prose = 0
    for i in range(start, stop):
        if classes[i] == GOOD:
            prose += len(texts[i])
        elif prose >= _ARTICLE_BEFORE_RELATED and classes[i] != GOOD:
            rule = match_rule(texts[i], "footer")
            if rule is not None and rule.name in ("feed-header", "comments-header", "legal-header", "related-header", "prev-next") \
                    and not _link_in_sentence(texts, i):
                if rule.name == "related-header" and (_summary_above(texts, classes, start, i, stop)
                                                      or _numbering_goes_on(texts, start, i, stop)
                                                      or _dateline_after_box(texts, classes, i, stop)):
                    continue   # 本文导读 / its summary / 相关新闻： / three headlines / the article: boxes above it
                return i
    return stop


#: 中，我们指出了…: a sentence's next words, its clause mark within the first three characters
_CLAUSE_GOES_ON = re.compile(r"^.{0,2}[，、；,;]")


def _link_in_sentence(texts: Sequence[str], i: int) -> bool:
    """在 / 上一篇文章 / 中，我们指出了…: a link's words set inside a sentence (the page put
    the link in an element of its own), not the page's link to its previous article."""
    before, after = texts[i - 1] if i else "", texts[i + 1] if i + 1 < len(texts) else ""
    return bool(_CJK.search(before[-1:])) and _CLAUSE_GOES_ON.match(after) is not None


_BOX_LINKS_AT_MOST = 12   # lines of a related box set inside an article (its header, its links)


def _numbering_goes_on(texts: Sequence[str], start: int, header: int, stop: int) -> bool:
    """1.注意你如何「表达愤怒」 … / 推薦閱讀： / a headline / 2.練習「慷慨」: under a related box the
    article's numbered sections go on where they stopped above it — the box is inside it."""
    above = {}
    for k in range(start, header):
        n = numbered(texts[k])
        if n is not None and (value := label_number(n.label)) is not None:
            above[n.numbering.name] = value
    for k in range(header + 1, min(stop, header + 1 + _BOX_LINKS_AT_MOST)):
        n = numbered(texts[k])
        if n is not None and (value := label_number(n.label)) is not None:
            return above.get(n.numbering.name) == value - 1
    return False


def _summary_above(texts: Sequence[str], classes: Sequence[str], start: int, header: int, stop: int) -> bool:
    """Is the prose above a related box a summary of the article under it — opening with the
    article's first sentence, the article's prose starting within a few lines of the box?"""
    after = [k for k in range(header + 1, stop) if classes[k] == GOOD]
    return bool(after) and after[0] - header <= _BOX_LINKS_AT_MOST \
        and _repeated_in(texts, classes, (start, header), (after[0], stop))


#: rules whose line ends what a headline heads: lists of other pages, the site's footer
_CLOSING_RULES = frozenset(("related-header", "feed-header", "comments-header", "legal-header", "prev-next", "icp",
                            "site-footer"))
_FAR_BELOW = 40      # lines: prose that far under the headline is not what it heads
_LISTING_SHARE = 4   # the prose span covers less than 1/4 of the lines under the headline


def _listing_under(texts: Sequence[str], classes: Sequence[str], headline: int,
                   best_span: tuple[int, int]) -> tuple[int, int] | None:
    """A document with little prose under its headline — a programme, a schedule, a
    list of names and places: the longest prose span is a stray line somewhere in it.
    Then the document is everything from the headline to the first line that closes
    it (相关专题, 上一篇, the site's footer)."""
    end = next((i for i in range(headline + 1, len(texts))
                if (rule := match_rule(texts[i], "footer")) is not None and rule.name in _CLOSING_RULES), None)
    if end is None or end - headline < 20:
        return None
    start, stop = best_span
    if start <= headline + _FAR_BELOW:
        return None   # the prose is near the headline: an article (a short one)
    if sum(1 for i in range(headline + 1, min(headline + 1 + _NEAR_HEADLINE, len(texts))) if classes[i] == GOOD) >= 2:
        return None   # paragraphs right under the headline: an article, however much the page lists below
    under = range(headline + 1, end)
    if sum(1 for i in range(start, stop) if classes[i] == GOOD) > 2 \
            or sum(1 for i in under if classes[i] == GOOD) * 10 > len(under):
        return None   # an article: its prose shows where it is
    inside = max(0, min(stop, end) - max(start, headline + 1))
    if inside * _LISTING_SHARE >= len(under):
        return None
    if sum(1 for i in under if classes[i] == BAD) * 4 > len(under):
        return None   # mostly the site's chrome, not a document
    return headline + 1, end


_UNDER_HEADLINE = 10   # lines between a headline and its text: date, source, widgets
_NEAR_HEADLINE = 20    # lines under a headline where an article's first paragraphs stand
_TEXT_UNDER_HEADLINE = 80   # how far below it the text may start (a video player, a photo gallery)


def _heads_prose(classes: Sequence[str], i: int) -> bool:
    """A short line right over a paragraph (0x01 签名的作用 / 数字签名其实…): the paragraph's
    heading, not the last item of a menu — a wall of short lines does not end on it."""
    return classes[i] == SHORT and i + 1 < len(classes) and classes[i + 1] == GOOD


#: 要求它的左操作数、右操作数以及返回值必须实现了: a piece of a sentence that inline code cut
#: (Num / (+) beside it, words without hanzi) — its clause marks are no menu item's
_SENTENCE_PIECE = re.compile(r".{4}[，、；]")
_CODE_SPAN = re.compile(r"[A-Za-z_(){}\[\]+=<>]")   # Num / (+) / f x = …, not a date or a count
_INLINE_CODE_AT_MOST = 30   # characters of a code span set on a line of its own inside a sentence


def _cut_by_inline_code(texts: Sequence[str], i: int) -> bool:
    if not _SENTENCE_PIECE.search(texts[i]):
        return False
    return all(0 <= k < len(texts) and len(texts[k]) <= _INLINE_CODE_AT_MOST and _NO_CJK_LINE.match(texts[k])
               and _CODE_SPAN.search(texts[k]) for k in (i - 1, i + 1))


def _shorts_after(texts: Sequence[str], classes: Sequence[str], i: int, shorts: int) -> int:
    """The count of short lines in a row, once line ``i`` is read: a short line adds one, a
    piece of a sentence leaves the count as it is, anything else starts it again."""
    if classes[i] not in (SHORT, BAD) or _heads_prose(classes, i):
        return 0
    return shorts if classes[i] == SHORT and _cut_by_inline_code(texts, i) else shorts + 1


def _region_under(texts: Sequence[str], classes: Sequence[str], headline: int) -> tuple[int, int] | None:
    """The span that starts at the first prose line under the headline and runs as far
    as prose keeps outweighing what lies between (the best prefix from there)."""
    again = title_key(texts[headline])      # (a second copy of the headline is not its text)
    first = next((i for i in range(headline + 1, min(len(texts), headline + 1 + _TEXT_UNDER_HEADLINE))
                  if classes[i] == GOOD and title_key(texts[i]) != again), None)
    if first is None:
        return None
    best, stop, total, shorts = 0, first + 1, 0, 0
    for i in range(first, len(texts)):
        shorts = _shorts_after(texts, classes, i, shorts)
        if shorts >= HARD_GAP:
            break
        total += _weight(texts[i], classes[i])
        if total > best:
            best, stop = total, i + 1
    return first, stop


# --------------------------------------------------------------------------- above the text


def is_widget_debris(texts: Sequence[str], i: int, chinese: bool = True) -> bool:
    """Between a page's headline and its text: a timestamp, a control with no words
    (``Play Video``, ``0:00``, ``【``), a lone character (``小`` of a font-size switcher
    split over lines), or one of three or more very short lines in a row (字号减小 /
    字号增大 / 打印). Anything with words of its own stays: it may be the title's second
    line, a subtitle, an author, a date."""
    text = texts[i]
    if numbered(text) is not None and _WORD.search(text):
        return False   # 1.- DRY: Don’t repeat yourself.: the text's first section, in English
    if _in_listing(texts, i):
        return False   # (type Logger struct { / … / }: the post's first listing, over its first paragraph)
    if ENTRY_NUMBER.match(text) and text.endswith(".") and i + 1 < len(texts) and _CJK.search(texts[i + 1]):
        return False   # (1. / 常见的 Commit Message 格式: the first section's number, over its title — with
        #               its dot: a bare 1 there is more often a counter)
    if DAY_HEADING.match(text.strip()):
        return False   # (Day -1 over the diary's first day)
    if _link_inside_sentence(texts, i):
        return False   # (另外关于 css，可以参考 / MDN / 。: a link's words, and the sentence's close after them)
    if TIMESTAMP.match(text) or chinese and not _CJK.search(text) or len(squash(text)) == 1:
        return True
    if is_author(text) or is_date(text) or is_doc_number(text) or SUBTITLE.match(text) or is_heading_like(text):
        return False
    tiny = [j for j in range(max(0, i - 2), min(len(texts), i + 3)) if 0 < len(squash(texts[j])) <= 4]
    return len(squash(text)) <= 4 and any(tiny[k + 2] - tiny[k] == 2 for k in range(len(tiny) - 2))


def _link_inside_sentence(texts: Sequence[str], i: int) -> bool:
    """另外关于 css，可以参考 / MDN / 。: a piece of a sentence the page set off as a link (or the
    mark that closes the sentence after it) — the line above breaks off in its prose, and the
    sentence's close comes right after the link."""
    def breaks_off(j: int) -> bool:
        text = texts[j].strip()
        return bool(text) and _CJK.search(text) is not None and _SENTENCE_END.search(text) is None
    text = texts[i].strip()
    if not (i > 0 and breaks_off(i - 1)):
        return False
    if _SENTENCE_CLOSE.match(text) or texts[i - 1].rstrip().endswith(("（", "(", "《", "“", "「", "『")):
        return True   # (…的新书《超级老年人》（ / Super Agers / ）和…: inside the bracket the line above opens)
    # (MDN。: the link and the close the page's text node put after it; a clause before it)
    return "，" in texts[i - 1] and (text.endswith(("。", "！", "？")) or i + 1 < len(texts)
                                     and _SENTENCE_CLOSE.match(texts[i + 1].strip()) is not None)


#: 。 / ， / ）…: a mark that closes or carries on a sentence, never opens a line of its own
_SENTENCE_CLOSE = re.compile(r"^[。，、；！？）」』”]")


_LATIN_WORD = re.compile(r"[A-Za-z_]{2,}")
_LISTING_AROUND = 3   # lines of code around a line (itself included) that make it a listing's


def _in_listing(texts: Sequence[str], i: int) -> bool:
    """Does line i stand in a program listing: code itself, with two more lines of code among
    the two lines on either side (or a comment between them: // 原子锁)?"""
    def code(j: int) -> bool:
        return _listing_line(texts[j]) or _COMMENT_OPENS.match(texts[j].strip()) is not None
    around = [j for j in range(max(0, i - 2), min(len(texts), i + 3)) if code(j)]
    # (and words of code among them: ] [ / ] [ between a menu's items are brackets only)
    return code(i) and len(around) >= _LISTING_AROUND and any(_LATIN_WORD.search(texts[j]) for j in around)


_LISTING_OVER_TEXT = 20   # lines of such a run, at least (its pieces rejoined: -webkit- filter: / (100%);)


def _token_streams(texts: Sequence[str], a: int, b: int) -> frozenset[int]:
    """The lines from a to b that stand in a run of lines without hanzi which is a listing split
    one token a line (.gray / { / -webkit- / filter / : / grayscale / ( / …: words of code, and the
    brackets and operators between them), once its pieces are rejoined a shorter run than
    _token_stream asks for below the text."""
    found: set[int] = set()
    i = a
    while i < b:
        if not _NO_CJK_LINE.match(texts[i]):
            i += 1
            continue
        start, stop = i, i + 1
        while start > 0 and _NO_CJK_LINE.match(texts[start - 1]):
            start -= 1
        while stop < len(texts) and _NO_CJK_LINE.match(texts[stop]):
            stop += 1
        code = sum(1 for j in range(start, stop) if _listing_line(texts[j]))
        if _dense_in_tokens(texts[start:stop], code, _LISTING_OVER_TEXT):
            found.update(range(max(start, a), min(stop, b)))
        i = stop
    return frozenset(found)


def has_menu_run(texts: Sequence[str]) -> bool:
    """Three short lines in a row without figures: a menu or a row of links."""
    run = 0
    for text in texts:
        run = run + 1 if line_class(text) == SHORT and not _FIGURES.search(text) else 0
        if run >= 3:
            return True
    return False


def is_short_label(text: str) -> bool:
    """微博 / 每日经济新闻 / 腾讯QQ: a few words with no sentence in them."""
    if not 0 < len(squash(text)) <= 8 or is_date(text) or is_heading_like(text):
        return False
    return line_class(text) == SHORT or not _MARKS.search(text)   # 39健康网: a name with figures


def _promo_link(text: str) -> bool:
    """搭乘新闻直通车 / 40款热门车降价促销汇总: a link's words between the page's widgets —
    a headline's shape, not a subtitle's or an author's."""
    return len(text) <= 24 and is_headline(text) and not SUBTITLE.match(text) and not is_author(text) \
        and not is_name(text)


def _first_section_listed_above(lines: list[Line], texts: Sequence[str], first: int, last: int, stop: int) -> int:
    """目录 / 入门 / 第一个简单的代码 / … / C++ (the title) / 2025-03-10 / 入门 / 1 / 2 / #include / …: the box of
    contents the theme set over the title names the first section — where its copy stands under
    the title, before the prose (notes that open on code), the text begins (``stop`` when none).
    The same for a blog's box between the title and the text (2021一览 / … / 目录 / 坏习惯 / 好念头 /
    坏习惯 / 这是上半年某天的记录，…), under its own label (文章目录)."""
    # (the box went with the header already: its lines as they were)
    for box in range(min(stop, len(lines)) - 1):
        if box == first or not _labels_contents(lines[box].text):
            continue
        entry = squash(lines[box + 1].text)
        if title_key(entry) == title_key("".join(texts[first:last + 1])):
            continue   # (Table of Contents / 我看LK-99 / 我看LK-99: a box that opens with the title names no section)
        second = squash(lines[box + 2].text) if box + 2 < len(lines) else None
        # (not a copy of the whole box: 目录 / 利用C++发声功能奏响东方红 / 十二平均律 / …, a sidebar's
        # contents again under the navigation's)
        copy = next((j for j in range(max(last, box + 1) + 1, stop) if squash(texts[j]) == entry
                     and not (_labels_contents(lines[j - 1].text) and j + 1 < len(texts) and squash(texts[j + 1]) == second)), None)
        if copy is not None:
            return copy
    return stop


def _labels_contents(text: str) -> bool:
    """目录 / 文章目录 / - 目录 - / Table of Contents: the label of a contents box, the document's or a blog's."""
    return is_contents_title(text) or _names_posts_contents(text)


def is_contents_title(text: str) -> bool:
    """目录 / 目 次: a table of contents begins, which belongs to the document."""
    return squash(text) in ("目录", "目次", "目錄")


def is_issuer(text: str) -> bool:
    """某某市人民政府办公室 / 某某市统计局: an issuing body's name."""
    return 4 <= len(text) <= 30 and ISSUER.search(text) is not None and not PROSE_MARKS.search(text)


def above_title(text: str) -> bool:
    """What a 公文 prints above its title: 份号, 密级, 紧急程度, the issuer's mark, 发文字号;
    附件1 above an attachment's title."""
    return is_doc_number(text) or ISSUER_MARK.match(text) is not None or _CLASSIFIED.match(text) is not None \
        or len(text) <= 6 and ATTACHMENT_HEADING.match(text) is not None


def is_chinese(texts: Sequence[str]) -> bool:
    return any(_CJK.search(t) for t in texts)


#: characters of a line the page's <title> names that the title finder takes for the title
LONGEST_NAMED_TITLE = 80


def title_score(text: str, known_titles: Sequence[str], chinese: bool = True) -> int:
    """How much ``text`` looks like the document's title: 3 when the page names it
    (its <title>, its 标题： field), 2 for a document-type ending, 1 for a line a title
    could be, 0 for none (and for a line without hanzi in a Chinese document: the
    English title of a standard's cover is not its title)."""
    key = title_key(text)
    if 2 <= len(key) <= 4 and _names_an_end_part(key, known_titles):
        return 3   # 中 药 组 under 政府化验所 - 分析及咨询事务部 - 中药组: a short title the <title> ends with
    known_titles = [title_key(known) for known in known_titles if known]
    if len(key) >= 8 and "。" not in text and len(text) <= LONGEST_NAMED_TITLE and any(key in known for known in known_titles) \
            and not TIMESTAMP.match(text) and not DATE.match(text) and not SUBTITLE.match(text) \
            and not PATH_MARK.search(text) and not is_salutation(text) and not is_doc_number(text) \
            and not is_header_field(text):
        return 3   # the page names it: a headline may have commas a document's title would not
    if 4 <= len(key) < 8 and key in known_titles and not _CJK.search(key) and _LATIN_HEADLINE.match(text.strip()):
        return 3   # AIdraw under the <title> AIdraw - Yongbo's Blog: a short English headline, named whole
    if _ISSUERS_ORDER.match(text):
        # 行政院令 / 內政部公告: short, but a document's whole title (for certain when the page names it)
        return 3 if key in known_titles else 2
    if not _could_be_title(text, chinese):
        return 0
    if len(key) >= 6 and any(key in known for known in known_titles):
        return 3
    if "。" not in text and any(len(known) >= 6 and key.startswith(known) and len(key) > len(known) + 3
                               and _CJK.match(key[len(known)]) for known in known_titles):
        return 3   # 浙江省淡水水产研究所召开…大会 under the <title> 浙江省淡水水产研究所: the site's name, then the headline
    if looks_like_document_title(text):
        return 2
    return 1 if len(key) >= 8 else 0


#: AIdraw / Hello World: a headline in Latin letters, a word or two
_LATIN_HEADLINE = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?: [A-Za-z0-9]+)?$")


#: 行政院令 / 內政部公告 / 某某市人民政府令: the issuer and the kind of the document
_ISSUERS_ORDER = re.compile(r"^\S{2,12}(?:院|部|會|会|局|署|府|處|处|委員會|委员会)(?:令|函|公告|通告)$")


#: 上午 9時正會議繼續: when a sitting began, not its title
_TIME_OF_DAY = re.compile(r"^(?:上午|下午|中午|晚上|凌晨)\s*\d{1,2}\s*[時时点點:：]")


def _could_be_title(text: str, chinese: bool) -> bool:
    """Nothing in the line rules it out as a title: not a date, a timestamp, a byline
    (…发布), a bracketed note or a list of names."""
    if len(text) < 5 or not is_title_line(text) or TIMESTAMP.match(text) or DATE.match(text) or _TIME_OF_DAY.match(text):
        return False   # (is_title_line refuses a meeting's field: 主 席：…, 出席議員：)
    return not (chinese and not _CJK.search(text) or _ISSUED_BY.search(text) or _STARTS_WITH_DATE.match(text)
                or _BRACKETED.match(text) or _names_only(text))


def _meeting_field(text: str) -> bool:
    """主 席：陳議長文昌 / 出席議員：(its names on the lines below): a field of a meeting's header."""
    return MEETING_FIELD.match(text) is not None


def _short_headline(text: str, chinese: bool) -> bool:
    """A title of five to seven characters (飞行物理学常识): too short to be taken for one
    anywhere, but it may be right above the text."""
    return chinese and han_count(text) >= 5 and _could_be_title(text, chinese)


def _names_only(text: str) -> bool:
    """王燕平 方云凤 柏建斌: the reporters' names, never a headline."""
    parts = text.split()
    return len(parts) >= 2 and all(is_name(p) and len(p) <= 4 for p in parts)


#: 名称 / 中华人民共和国反不正当竞争法: the key of a metadata table over its value, not the title's start
_TITLE_KEY = re.compile(r"^(?:名\s*[称稱]|[标標]\s*[题題]|[题題]\s*名|文\s*件\s*名\s*[称稱])\s*[:：]?$")


def _names_a_path(lines: list[Line], reasons: list[str | None]) -> bool:
    """Does the page's <title> (its first line) only name where the page sits — each of
    its parts but the site's name (first or last) an item of the page's own menu or
    breadcrumb?"""
    title = lines[0].text
    parts = [title[a:b].strip() for a, b in title_spans(title)]
    if len(parts) < 3:
        return False
    menu = {l.text for k, l in enumerate(lines[1:400], start=1)
            if k < len(reasons) and reasons[k] in ("site navigation menu", "breadcrumb")}
    return all(part in menu for part in parts[:-1]) or all(part in menu for part in parts[1:])


def _apart_in_page_title(above: str, title: str, known_titles: Sequence[str]) -> bool:
    """Does the page's <title> name ``above`` as a part of its own, apart from the headline
    ``title`` — the section the breadcrumb ends in, right above the headline? Either the
    <title> names both, apart (滨州市住房公积金管理中心 最新文件 关于…的通知), or it names the
    section and the site, not the headline (政策与解读_滁州市人民政府)."""
    above = above.strip()
    for known in known_titles:
        if not known:
            continue
        if re.search(re.escape(above) + r"\s+" + re.escape(title.strip()[:4]), known) is not None \
                and names_site_or_section(above):
            return True   # (not 途牛发布春节出游调查报告 六成受调者选择自助游: a headline and its deck)
        if squash(above + title) not in squash(known) \
                and any(title_key(known[a:b]) == title_key(above) for a, b in title_spans(known)):
            return True
    return False


def _names_an_end_part(key: str, known_titles: Sequence[str]) -> bool:
    """Is ``key`` (all hanzi) the first or the last part of a <title> of three or more
    parts (a path: site, section, page), and not the site's name there?"""
    if not all(_CJK.fullmatch(ch) for ch in key):
        return False
    for known in known_titles:
        spans = title_spans(known) if known else []
        if len(spans) >= 3:   # (of two parts, the other may be a blog's or a section's name)
            ends = (known[spans[0][0]: spans[0][1]].strip(), known[spans[-1][0]: spans[-1][1]].strip())
            if any(title_key(end) == key and not is_site_name_alone(end) for end in ends):
                return True
    return False


#: 南京住房公积金管理中心 / 某某大学: a body's name alone, no headline (一个会议, 一项通知)
_ORGANISATION = re.compile(r"^[\u4e00-\u9fff（）()]{2,20}(?:中心|局|厅|委员会|办公室|人民政府|政府|公司|集团|大学|学院|学校|"
                           r"医院|协会|学会|研究所|研究院|图书馆|博物馆|网|网站)$")


def _first_under(texts: Sequence[str], crumb: int | None, i: int | None) -> bool:
    """Is line i the first line kept under the page's breadcrumb?"""
    return crumb is not None and i is not None and i > crumb and not any(texts[k] for k in range(crumb + 1, i))


def _ends_with_site_name(title: str) -> bool:
    """政策与解读_滁州市人民政府: a page title whose last part is the site's name."""
    spans = title_spans(title)
    return len(spans) >= 2 and is_site_name_alone(title[spans[-1][0]: spans[-1][1]].strip())


#: how far above the text its title is looked for, and its own headline when nothing nearer
#: looks like one (a video player's hundred lines of controls between them)
_NEAR_ABOVE = 101
_FAR_ABOVE = 301


_ASIDE_ABOVE = 12   # lines above an aside where the headline the <title> opens with may stand


def _aside_in_page_title(text: str, known_titles: Sequence[str]) -> bool:
    """Does the page's <title> give ``text`` in brackets after its headline (标题（书名）书评)?"""
    if is_doc_number(text.strip("（）() ")) or is_date(text.strip("（）() ")):
        return False   # (…的通知（发改能源规〔2019〕916号）: the 发文字号 is the document's front matter)
    key = title_key(text)
    for known in known_titles:
        for m in re.finditer(r"[（(【\[]([^（()）【】\[\]]{4,})[）)】\]]", known or ""):
            if m.start() > 0 and title_key(m.group(1)) == key:
                return True
    return False


_WHOLE_PART = 6   # characters of a <title>'s part that name a headline whole


def _headline_parts(known_titles: Sequence[str]) -> set[str]:
    """The key of the longest part of each of the page's <title>s, between its joins (标题 |
    站名, 站名 - 标题): the headline's, not the section's or the site's."""
    return {title_key(max((k[a:b] for a, b in title_spans(k)), key=len)) for k in known_titles if k and title_spans(k)}


_WHOLE_ABOVE = 2   # lines above a headline where the whole of it may stand, its subtitle under it
_FIELDS_BETWEEN = 4   # the post's fields (tags, writer, date, its subtitle) between them, at most
_FIELD_AT_MOST = 80   # characters of each (a subtitle's)


def _in_pieces(texts: Sequence[str], i: int, whole: str) -> bool:
    """Is line i a piece of ``whole`` set again in pieces, the line under it or over it the next or
    the one before (宜春市 / 2022年国民经济和社会发展统计公报)?"""
    return i + 1 < len(texts) and bool(texts[i + 1].strip()) and whole.startswith(title_key(texts[i] + texts[i + 1])) \
        or i > 0 and bool(texts[i - 1].strip()) and whole.endswith(title_key(texts[i - 1] + texts[i]))


def _post_field(text: str) -> bool:
    """tags: / 日常 / @Cirky / 26/11/2025 / 阅读时长: 2 分钟 / the post's subtitle: one of the lines a post
    sets between its headline and its text, no sentence (or a line a rule took: empty here)."""
    return len(text.strip()) <= _FIELD_AT_MOST and not is_sentence(text)


def find_title(texts: Sequence[str], start: int, known_titles: Sequence[str],
               crumb: int | None = None, dated: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    """The lines [first, last] of the title above ``start``: the best-scoring title
    line, nearest the text on a tie, searched back over at most 40 lines (100 for the
    page's own headline, which its <title> names, and 300 when nothing nearer is one); then the
    lines above it that continue it (a title broken over two or three lines). The
    text's first line itself is the title when it is one for certain (a headline with
    a question mark in it counts as prose by its punctuation). ``dated``: the lines of the
    page's dateline (发佈日期 : …), which stands under the headline."""
    best, best_score = None, 0
    chinese = is_chinese(texts)
    # (when the page's <title> names no line here — it names only the site — the line its
    # dateline stands under is the headline: not a photo's caption nearer the text)
    scores = {i: title_score(texts[i], known_titles, chinese) for i in range(max(0, start - _NEAR_ABOVE + 1), start)}
    named = not dated or 3 in scores.values()
    if start < len(texts) and title_score(texts[start], known_titles, chinese) >= 2:
        best, best_score = start, 3
    for i in range(start - 1, max(-1, start - _NEAR_ABOVE), -1):
        score = scores[i]
        if crumb is not None and i < crumb and best is not None and score < 3:
            continue   # 当前位置：首页 > 经贸资讯: the site's header ends at its breadcrumb; above it only
            #            the headline the page's <title> names is the title
        if i == 0 and score == 3 and best_score >= 1 and known_titles and squash(texts[0]) == squash(known_titles[0]) \
                and (best_score == 2 and _ends_with_site_name(texts[0])
                     or _ORGANISATION.match(simplified(texts[0])) and _first_under(texts, crumb, best)):
            # 政策与解读_滁州市人民政府: the <title> matches only itself; it names the section and
            # the site, and the notice's own title stands right above the text; or 南京住房公积金
            # 管理中心 / menus / 当前位置: 首页 > 通知公告 / 《…》的政策解读 / 2025-10-09 / text: the
            # <title> is the site's name, the notice's title is the one under the breadcrumb
            score = 2
        if i == start - 1 and score == 0 and _short_headline(texts[i], chinese):
            score = 1   # 飞行物理学常识 right above its first paragraph: short, but its headline
        if i == start - 1 and score < 3 and 2 <= len(title_key(texts[i])) < 8 \
                and title_key(texts[i]) in [title_key(k) for k in known_titles if k]:
            score = 3   # 免责声明 right above the text, the <title> 免责声明: short, but named whole
        if score and i + 1 < start and is_doc_number(texts[i + 1]) and looks_like_document_title(texts[i]):
            score = 3   # …的复函 / 国能综函安全〔2025〕59号: the title its 发文字号 stands under
        if score and not named and i + 1 in dated and not _DATE_IN_LINE.search(texts[i]):
            score = 3   # 美國擴「潔淨網絡」… / 發佈日期 : 2020-08-07 / captions / 【本報記者報道】…
        if start - i > 40 and score < 3:
            continue   # far above the text only the page's own headline is its title (a video player between)
        if score > best_score:
            best, best_score = i, score
            if score == 3:
                break
    if best is not None and best_score == 3:
        # 使用 FFmpeg 转换哔哩哔哩缓存视频为 MP4 格式 (twice) / 使用 FFmpeg 转换哔哩哔哩缓存视频 / the text: the
        # <title> names both; the headline is the whole one right above, the shorter its subtitle
        # (the whole one as the <title> opens: 《…的通知》的政策解读.docx over 《…的通知》 is an attachment)
        # (and right above it, the lines between named by the <title> too: 某某市人民政府办公室文件 / 某政办〔2024〕12号 /
        # 某某市人民政府办公室 / 关于印发…的通知 is a 版头 over a title broken in two)
        key = title_key(texts[best])
        opens = [title_key(known) for known in known_titles if known]
        i, fields = best - 1, 0
        while i >= max(0 if not fields else 1, best - _WHOLE_ABOVE - fields) \
                and (scores.get(i) == 3 or _post_field(texts[i]) and fields < _FIELDS_BETWEEN):
            whole = title_key(texts[i])
            if fields and whole == key:
                break   # (财经风云--刘士余… / 刘士余… / 作者 / 刘士余…: the shorter one set again right under the whole)
            if scores.get(i) == 3 and len(key) < len(whole) and (
                    # (the whole one right above, as the <title> opens; or past the post's fields — 我的第一篇文章!! /
                    # tags: / 日常 / @Cirky / 26/11/2025 / 我的第一篇文章; LeetCode 29. Divide Two Integers / its
                    # subtitle / 2018-03-30 / 阅读时长 / Divide Two Integers — the one the <title> names exactly, its
                    # start or its end repeated below, not a piece of the headline set again in pieces: 義大利公開賽 /
                    # 茲韋列夫 / 封王; never the page's <title> itself, line 1)
                    not fields and whole.startswith(key) and any(known.startswith(whole) for known in opens)
                    or fields and whole in opens and not _in_pieces(texts, best, whole)
                    and (whole.startswith(key) or whole.endswith(key))):
                best = i
                break
            fields += scores.get(i) != 3
            i -= 1
    if best is not None and best_score == 3 and _aside_in_page_title(texts[best], known_titles):
        # 别让恐惧成为…“拦路虎” / 一只文子026 / 评论 / 你内心的无能为力，来自对世界的恐惧 under the <title>
        # 别让恐惧…“拦路虎”（你内心的无能为力，来自对世界的恐惧）书评: the part the <title> sets in
        # brackets is an aside (the book reviewed); the headline is the part it opens with
        best = next((i for i in range(best - 1, max(-1, best - _ASIDE_ABOVE), -1)
                     if scores.get(i) == 3 and not _aside_in_page_title(texts[i], known_titles)), best)
    if best_score < 2:
        # 向下滾動閱讀更多 right above the text, nothing better near it: the page's own
        # headline, which its <title> names, may stand over a video player's hundred lines
        far = next((i for i in range(start - _NEAR_ABOVE, max(-1, start - _FAR_ABOVE), -1)
                    if title_score(texts[i], known_titles, chinese) == 3), None)
        if far is not None:
            best, best_score = far, 3
    if best is None:
        return None
    if best_score < 3:
        # 茉莉：我是怎样卷入八九民运的 … 我是怎样卷入八九民运的: the article repeats its
        # headline without the author's name; the fuller line above is the headline
        key = title_key(texts[best])
        best = next((i for i in range(max(0, best - 12), best) if len(key) >= 6 and key in title_key(texts[i])
                     and han_count(texts[i]) > han_count(texts[best])   # (not just a template's "- -")
                     and title_score(texts[i], known_titles, chinese) >= 1),
                    best)
    if best > 0 and SPEAKER_AND_OCCASION.match(texts[best]) and is_title_line(texts[best - 1]) \
            and han_count(texts[best - 1]) >= 6 and not is_sentence(texts[best - 1]):
        return best - 1, best - 1   # 坚定不移沿着…前进 / 胡锦涛在…大会上的报告: the speech's title, then who gave it where
    first, last, joined = best, best, texts[best]
    known = [title_key(k) for k in known_titles if k]
    known_keys = [squash(k) for k in known_titles if k]
    if title_key(joined) in known:
        return first, last   # the page's <title> names exactly this line: nothing above or below is part of it
    if len(title_key(joined)) >= _WHOLE_PART and title_key(joined) in _headline_parts(known_titles):
        return first, last   # 首页 / 归档 / 关于 / 利用 IFTTT + RSS…资料库 under 利用…资料库 | 秦叶宁的网志: a whole part of it
    while first > 0 and is_title_line(texts[first - 1]) and han_count(texts[first - 1]) >= 2 \
            and not _TITLE_KEY.match(texts[first - 1]) \
            and len(joined) < 80 and (
            continues_title(texts[first - 1], texts[first]) and len(texts[first - 1]) + len(joined) <= 80
            or any(squash(texts[first - 1] + joined) in key for key in known_keys)) \
            and not _apart_in_page_title(texts[first - 1], joined, known_titles):
        first -= 1
        joined = texts[first] + joined
    while last + 1 < min(start, len(texts)) and len(joined) < 80 and (
            continues_title(joined, texts[last + 1])
            or texts[last + 1] and not SUBTITLE.match(texts[last + 1])
            and any(title_key(joined + texts[last + 1]) in k for k in known)):
        # 義大利公開賽 / 茲韋列夫 / 封王 under the <title> 義大利公開賽 茲韋列夫封王
        last += 1
        joined += texts[last]
    return first, last


# --------------------------------------------------------------------------- below the text


def _one_clause_sentence(text: str) -> bool:
    """可参照执行或根据各地实际制定相应政策措施。: a sentence of one clause, no comma in it,
    long enough to be no button's words."""
    return han_count(text) >= 12 and text[-1:] in "。！？" and match_rule(text, "footer") is None


def is_sentence(text: str) -> bool:
    """A finished sentence of some length (not a comment's one-liner)."""
    return len(text) >= 12 and PROSE_MARKS.search(text[:-1]) is not None and _SENTENCE_END.search(text) is not None \
        and match_rule(text, "footer") is None


#: （袁源） / （总台记者 张倩） / (文/李四): the writer's credit under an article
_CREDIT = re.compile(r"^[（(]\s*(?:[^（）()]{0,8}?(?:记者|通讯员|撰稿|供稿|作者|文|图)\s*[/／:：]?\s*)?"
                     r"[\u4e00-\u9fff·]{2,4}(?:[\s、,，]+[\u4e00-\u9fff·]{2,4}){0,3}\s*[）)]$")


#: 希望之聲國際廣播電台張翠報導 / （本报记者 李四 综合报道）: who reported it, closing a news story
_REPORTED_BY = re.compile(r"^[（(]?[\u4e00-\u9fff·\s]{4,24}(?:报道|報導|报导|報道)[）)]?$")


#: （完） / 香港时间15时58分: how a press release or a wire story closes, after its text (or a post: 以上)
_RELEASE_END = re.compile(SIGN_OFF.pattern + r"|^(?:香港|北京|台北)?时间\s*\d{1,2}\s*时\s*\d{1,2}\s*分$")


#: （作者系北京大学市场与网络经济研究中心研究员）: who wrote the article, in brackets under it
_AUTHOR_NOTE = re.compile(r"^[（(]\s*(?:本文)?作者(?:系|为|是|為|單位|单位|简介|簡介)[^（）()]{2,60}[）)]$")


#: 转自《生命季刊》www.smyxy.org / 摘自《读者》2003年第5期: where a reprinted article first appeared,
#: its last line
_REPRINTED_FROM = re.compile(r"^(?:转自|轉自|转载自|轉載自|摘自|选自|選自|原载|原載|原载于|原載於)\s*[《「“]")


#: [13] 李锋, 王喜成. 我国C2C电子商务模式的发展现状及对策分析[J]. 安徽农业科学, 2006…: an entry of
#: a reference list, its kind of work marked as GB/T 7714 marks it ([J] journal, [M] book…)
_REFERENCE = re.compile(r"^\[\d{1,3}\]\s*\S.{4,}\[(?:J|M|D|C|N|R|S|P|G|Z|EB/OL|DB/OL|J/OL|M/OL)\]")


#: 蔡英文、 / 民進黨、: one tag of a list the page writes out (a word and its 、), no sentence's end
_TAG = re.compile(r"^[^，。；！？、,;!?\s]{1,10}[、,，]$")


#: 》美育講座25期 歡迎收聽 / » 更多报道: a link the page points at, no line of the document's
_POINTED_LINK = re.compile(r"^[》»›]\s*[^的之，。、》»›\s][^。！？]{1,30}$")


def ends_document(text: str) -> bool:
    """A line that may close a document after its last paragraph: a short sentence, a
    signature, a date, 附件 and its items, a note, a row of figures, the writer's credit,
    an entry of its reference list."""
    rule = match_rule(text, "footer")
    if rule is not None and rule.where != "edge" or TIMESTAMP.match(text) \
            or _TAG.match(text) and numbered(text) is None or _POINTED_LINK.match(text) \
            or _labels_contents(text):   # (目录 below the text: a sidebar's box)
        return False
    return (_CREDIT.match(text) is not None or _REPORTED_BY.match(text) is not None or _AUTHOR_NOTE.match(text) is not None
            or _REFERENCE.match(text) is not None or _MARKED_ENTRY.match(text) is not None   # ([4] LetPub, 最新JCR…,: a numbered source)
            or _REPRINTED_FROM.match(text) is not None
            or _RELEASE_END.match(simplified(text)) is not None
            or line_class(text) != SHORT and (PROSE_MARKS.search(text) is not None or _FIGURES.search(text) is not None
                                              or is_heading_like(text) or text.startswith(("（", "("))
                                              or len(text) >= 25 and is_language(text))
            or is_date(text) or is_issuer(text) or is_author(text) or NOTE.match(text) is not None
            or ATTACHMENT_HEADING.match(text) is not None or numbered(text) is not None)


# --------------------------------------------------------------------------- the page around it


def page_header(lines: list[Line], region: Region, replaced: dict[int, Line], reasons: list[str | None],
                 page: dict[str, str]) -> tuple[int, int] | None:
    """Above the main region: the title and its front matter stay; the site's header
    above the title and the widget debris between it and the text go. Returns the
    lines of the title when it was broken over several, to be joined."""
    repeat = "title repeated"
    texts = [replaced.get(i, l).text if not reasons[i] or reasons[i].startswith(repeat) else ""
             for i, l in enumerate(lines[: region.start + 1])]
    page_title = replaced.get(0, lines[0]).text.strip() if lines else ""   # even when removed as a banner
    if lines and _names_a_path(lines, reasons):
        page_title = ""   # 政策法规 - 安全生产 - 某某集团: the sections the menu lists, no headline
    known = [page_title, page.get("title", "").strip()]
    crumb = max((i for i in range(min(region.start, len(reasons))) if reasons[i] == "breadcrumb"), default=None)
    # the page's dateline: a metadata line with a date in it, above any sentence (a source's
    # line inside the text, above where the region starts, is no dateline)
    first_sentence = next((i for i in range(min(region.start, len(texts))) if is_sentence(texts[i])), region.start)
    dated = frozenset(i for i in range(min(first_sentence, len(reasons)))
                      if (reasons[i] or "").startswith("page metadata") and (
                          _DATE_IN_LINE.search(lines[i].text) or reasons[i] == _ENGLISH_DATELINE))
    # (EvilHat-K  posted by: / Thu Dec 15, 2016: the dateline's first line stands under the headline)
    dated |= frozenset(i - 1 for i in dated if i > 0 and reasons[i - 1] == _ENGLISH_DATELINE)
    found = find_title(texts, region.start, known, crumb, dated)
    certain = page.pop("certain_headline", None)
    if certain is not None and int(certain) < region.start:
        found = (int(certain),) * 2   # 开篇 / 发表于 / 2013-10-01: the cleaner's headline, however short (or long)
    # a law or standard may open with its contents, its title above them: what lies
    # between the title and the text is then the contents, kept whole
    contents = next((i for i in range(found[0] if found else region.start) if is_contents_title(texts[i])), None)
    if contents is not None:
        found = find_title(texts, contents, known) or found
    fields = next((i for i in range(found[0] if found else region.start) if _meeting_field(texts[i])), None)
    if fields is not None:
        # 时间：/地点：/出席：… are the minutes' header, under their title: nothing below them is
        # the title, and nothing from them down is the site's
        found = find_title(texts, fields, known) or _numbered_title(lines, texts, fields, replaced, page)
    if found is None:
        return None
    first, last = found
    title = squash("".join(texts[first: last + 1]))
    # the headline the page repeats from its <title>: the copy kept is the first one,
    # or the headline itself when the page title above differs (it carries the site's name)
    kept_copy = first if not reasons[first] else next(
        (i for i in range(first) if not reasons[i] and squash(texts[i]) == title), first)
    if kept_copy == first and reasons[first]:
        reasons[first] = None
    page["headline_line"] = str(lines[kept_copy].number)   # the front matter takes it for the title
    if kept_copy != first:
        page["headline_below"] = str(lines[first].number)   # the page's title, confirmed by the body's copy
    printed_above: set[int] = set()   # 发文字号, 份号, the issuer's mark right above the title
    j = first - 1
    while j >= 0 and (reasons[j] or above_title(texts[j])):
        if not reasons[j]:
            printed_above.add(j)
        j -= 1
    if contents is not None and contents < first:   # the contents above the title: the document's
        printed_above.update(range(contents, first))
    header = [i for i in range(first) if not reasons[i] and i not in printed_above and i != kept_copy
              and not _meeting_field(texts[i])]   # (the minutes' 时间：/出席：, whatever the title found)
    # a page's header shows itself — by a line a rule removed, or a menu or its length on a
    # web page; a plain document's lines above its title (a date, a name, a cover) stay
    web = shows_web_page(reasons)
    # (a printed original's running head and page number above the title show no web page)
    if not any(reason and reason not in PAGE_FURNITURE and not reason.startswith(repeat) for reason in reasons[:first]) \
            and not (web and (has_menu_run([texts[i] for i in header]) or len(header) > 5)):
        header = []
    for i in header:
        if i == 0 and title_key(title) in title_key(page_title):
            reasons[i] = "page title (the headline below repeats it)"
        else:
            reasons[i] = "site header (above the document's title)"
    chinese = is_chinese(texts)
    # widgets show only on a web page: one where some rule took a line for the site's
    # (a Word or PDF export's runs — 「(」 「由」 「提交」 「)」 — are its own text)
    table = next((i for i in range(last + 1, region.start) if _table_header(texts, i)), region.start)
    table = min(table, _first_section_listed_above(lines, texts, first, last, table))
    all_texts = [line.text for line in lines]
    if contents is not None and web and _labels_contents(texts[contents]) and contents + 1 < table \
            and _box_lists_below(all_texts, contents, table, region.stop):
        contents = None   # (a blog's box under its headline, its entries the sections below: no law's contents)
    opening = table   # (where the text opens, when a box over it says so)
    under_box = False   # (a box without its label found: the lines under it — its copies among them — open no second one)
    # (.gray / { / -webkit- / … / 对body元素增加样式即可: the post's first listing, one token a line, over its
    # first paragraph — no widgets, however short its lines)
    listing = _token_streams(all_texts, last + 1, table) if web else frozenset()
    for i in range(last + 1, table):   # (序号 / 类别 / 公开事项: a table's header row, the text's start)
        if reasons[i] or contents is not None and contents > last or i >= opening:
            continue
        if squash(texts[i]) == title or len(title_key(texts[i])) >= 6 and title_key(texts[i]) in title_key(title):
            reasons[i] = "title repeated (page title and heading)"   # (or its part without the author's name)
        elif TIMESTAMP.match(texts[i]) and web:
            reasons[i] = "page metadata (publication time)"
            page.setdefault("date", texts[i])
        elif web and is_date(texts[i]) and _beside_page_meta(reasons, i):
            # (2024年9月21日 / 阅读耗时: 3 分钟: under the title, a date beside the post's other metadata is
            # its date — as clean's info bar reads one between two such lines anywhere)
            reasons[i] = "page metadata (publication date)"
            page.setdefault("date", texts[i])
        elif web and _publication_line(texts[i]):
            reasons[i] = "page metadata (publication line)"
        elif web and _MEDIA_NAME.match(texts[i]) and (i - 1 <= last or reasons[i - 1]):
            reasons[i] = "page metadata (the source's name)"   # 国际金融报 / 新华社 under the headline
            page.setdefault("source", texts[i])
        elif web and _labels_contents(texts[i]) and i + 1 < table < len(texts) and _box_lists_below(all_texts, i, table, region.stop):
            # 目录 / 坏习惯 / 好念头 / 坏习惯 / 这是上半年某天的记录，…: the box whose first entry is the text's
            # first section, its label and its entries — each a section's title again below (they tell
            # the sections for the headings; an opening between the box and the first section stays)
            below = {squash(lines[j].text) for j in range(table, len(lines))}
            reasons[i] = _CONTENTS_BOX
            k = i + 1
            while k < table and (not reasons[k] or reasons[k] in _ENTRY_GUESSED) and squash(lines[k].text) in below:
                reasons[k] = _CONTENTS_BOX   # (字体 / 文本: an entry a rule took for a widget or the writer's name)
                k += 1
            entries = {squash(lines[j].text) for j in range(i + 1, k)}
            for j in range(table, len(lines)):
                if reasons[j] in _ENTRY_GUESSED and squash(lines[j].text) in entries:
                    reasons[j] = None   # (… / 字体 / font-family : 字体类型: the section the box lists, no widget)
            if squash(texts[i + 1]) != squash(texts[table]) and table - k <= _OPENING_UNDER_BOX \
                    and not any(squash(texts[j]) in below for j in range(k, table)):
                # (Agent Skills / 是 Anthropic…推出的一种 / the text's first prose, under the box: a few
                # lines, none of them a section's title again — the text's opening)
                opening = k
        elif web and not under_box and (bare := _bare_box_end(all_texts, i, table, region.stop)) is not None:
            # 约 468 字 / 预计阅读 1 分钟 / 目的 / 实验 / … / 结论 / 目的 / 验证值传递…: a box without its label,
            # its first entry the section right under it — the rest each a section below, in order
            for k in range(i, bare):
                reasons[k] = _CONTENTS_BOX
            under_box = True
        elif web and is_contents_title(texts[i]) and i + 1 < len(texts) and PROSE_MARKS.search(texts[i + 1]):
            # 预计阅读 1 分钟 / 目录 / 很久没有写 blog 了，…: a blog's box without entries (the post has no
            # sections) over the text — its label alone
            reasons[i] = "the article's contents box, empty (its label alone)"
        elif web and (is_person(texts[i]) or _EDITORIAL_DESK.match(simplified(texts[i]))) and "author" not in page and reasons[i - 1]:
            # 环球时报 / [微博] / 单仁平 / 我要评论: the writer's name in the page's info bar, among
            # its buttons — the document's author, which the front matter prints (or the desk
            # that wrote it: - / 熱血編輯部 / @ 11-22-2014)
            reasons[i] = _INFO_BAR_AUTHOR
            page["author"] = page["byline"] = texts[i]
        elif web and (reasons[i - 1] or "").startswith("page metadata") and _KEY_ALONE.match(lines[i - 1].text) \
                and _KEY_VALUE.match(texts[i]) and could_be_value(lines[i - 1].text, texts[i]):
            key = lines[i - 1].text.rstrip(":： ")
            reasons[i] = "page metadata (" + ("the post's category" if key == "in" else key) + ")"   # 发布于： / 北京市
        elif web and _aside_in_page_title(texts[i], known):
            reasons[i] = "page metadata (what the page's <title> names in brackets beside the headline)"
        elif web and _SECTION_TAGS.match(simplified(texts[i])) and not texts[i - 1].endswith(("，", "、", ",")):
            reasons[i] = "the site's section tag under the headline"   # 本地 / 本地, 財經 / 图集
        elif web and is_widget_debris(texts, i, chinese) and i not in listing:
            reasons[i] = WIDGET
    for i in range(last + 1, min(region.start + 1, len(lines))):
        # 功能介绍 / 博主喜欢Python和爬虫…: a WeChat account's card under the headline, its
        # description the line after the key (prose, so maybe where the text seemed to start)
        if reasons[i - 1] and lines[i - 1].text == "功能介绍" and not reasons[i] and len(lines[i].text) <= 120:
            reasons[i] = "WeChat account's description (功能介绍)"
    if web:
        _link_box_above_text(texts, reasons, last, table)
        _widgets_between(texts, reasons, last, table, listing)
    return (first, last) if last > first and not any(reasons[first: last + 1]) else None


#: a page's date in brackets, the machine's way (a document writes its own 2022年4月26日)
ISO_DATE_IN_BRACKETS = re.compile(r"^[（(\[【]\s*(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[）)\]】]$")

#: a date, and a time perhaps, anywhere in a line (27.11.2025: day first, as Hong Kong writes it)
_ENGLISH_DATELINE = next(rule.reason for rule in RULES if rule.name == "english-dateline")
#: what a rule made of a bare word over the text that a contents box's entry may be: 字体 (a font-size
#: switcher's label), 文本 (the writer's name in the info bar), a widget between the title and the text
_ENTRY_GUESSED = frozenset((next(rule.reason for rule in RULES if rule.name == "font-size"), WIDGET, _INFO_BAR_AUTHOR))
_DATE_IN_LINE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\b\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}\b")


def _publication_line(text: str) -> bool:
    """2004-12-10　阅读10 / 最后更新: 2019-09-07 15:21 / AUTO.SOHU.COM 2005年05月13日14:15 /
    2019-09-05 11:10 游民星空[整理]: a web article's dateline under its title — a date with its
    time, counter, source or site, and no sentence (a date alone may be the text's own)."""
    if NOTE.match(text):
        return False   # 注：本文写于 2016 年 12 月 20 日凌晨 2 点: the writer's note on the text
    if len(text) <= 80 and _DATE_TIME_AT_END.search(text) and not re.search(r"[。！？]", text):
        return True   # 鉅亨網新聞中心　(來源：財匯資訊，摘自：中國經濟網)　2012-01-17 13:37:02: closed by the time
    if len(text) > 60:
        return False
    m = _DATE_IN_LINE.search(text)
    if m is None or is_date(text) or _SENTENCE_MARKS.search(text):
        return False
    rest = (text[:m.start()] + text[m.end():]).strip(" \u3000\xa0日")
    if m.start() == 0 and _TIME_AFTER.match(rest) and not _ENACTED.search(rest):
        return True   # 2014/03/19 18:58 彭佳芸 黃翊真 報導　地區：台北市報導: the date and time open it
    return bool(rest) and han_count(rest) <= 12 and not _ENACTED.search(rest)


#: … 2012-01-17 13:37:02: a date and a time of day that close a line
_DATE_TIME_AT_END = re.compile(r"(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$")
#: 18:58 …: the time of day, right after a dateline's date
_TIME_AFTER = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?(?:\s|$)")


#: 本地 / 港聞 / 本地, 財經: the sections a news site files the article under, between
#: its headline and its text (read on the line's Simplified form)
_SECTION = r"(?:本地|港闻|社会|财经|国际|两岸|娱乐|体育|要闻|时事|经济|生活|科技|健康|教育|文化|评论|观点|即时|地产|大陆|图集|视频|热门|社会新闻|国际新闻)"
_SECTION_TAGS = re.compile(r"^" + _SECTION + r"(?:\s*[,，、|｜/]\s*" + _SECTION + r"){0,3}$")

#: 北京娱乐信报 / 证券时报网 / 新华社 / 北青网-北京青年报: a paper's, agency's or site's name
_MEDIA_NAME = re.compile(r"^[\u4e00-\u9fffA-Za-z·\-—]{1,14}(?:日报|日報|晚报|晚報|时报|時報|(?<![播简簡快汇匯通公预預情喜捷电電回])[报報]|网|網|社|电视台|電視台|"
                         r"频道|頻道|客户端|杂志|雜誌|周刊|週刊|新闻|新聞)$")   # (有線新聞: a channel's name)


#: 上報快訊／范姜佳鈺: the desk and its reporter, the article's byline
#: 澎湃新闻记者 林平: an outlet's reporter and the name, the byline of a report
_OUTLET_REPORTER = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:记者|通讯员)[\s\u3000]+[\u4e00-\u9fff·]{2,4}(?:[\s\u3000]+[\u4e00-\u9fff·]{2,4}){0,2}$")
_DESK_AND_REPORTER = re.compile(r"[／/]\s*[\u4e00-\u9fff·]{2,4}$")

#: 发布于： / 作者： alone on its line between the headline and the text, a rule having taken
#: it for the page's metadata: a key whose value the page set on the next line (分类于 / 胡思乱想:
#: NexT's key ends on its preposition, no colon)
_KEY_ALONE = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]$|^[\u4e00-\u9fff]{2,3}[于於]$"
                        r"|^in$")   # (Written by / BinGo / on / February 22, 2018 / in / 生活随笔: LeaveIt's, its category)
#: 北京市 / 张三 / 人民网-人民日报: that value — a name, no sentence
_KEY_VALUE = re.compile(r"^[\u4e00-\u9fffA-Za-z·\-—]{2,14}$")


#: 1996年9月19日 经国务院批准: a law's history under its title, not the page's dateline
_ENACTED = re.compile(r"批准|通过|通過|公布|施行|修订|修正|修訂|颁布|頒布|印发|印發|实施|實施")


_SENTENCE_MARKS = re.compile(r"[。，；！？,;!?]")


def _numbered_title(lines: list[Line], texts: list[str], fields: int, replaced: dict[int, Line],
                    page: dict[str, str]) -> tuple[int, int] | None:
    """(4)第 02 次會議 right above the minutes' 時間：/地點：: the sitting's title, numbered as
    the fourth record of its volume. The title loses the number (listed as removed)."""
    j = fields - 1
    while j >= 0 and not texts[j]:
        j -= 1
    num = numbered(texts[j]) if j >= 0 else None
    if num is None or num.numbering.name not in ("paren-arabic", "rparen-arabic") or not _could_be_title(num.rest, True):
        return None
    replaced[j] = Line(lines[j].number, num.rest, lines[j].indent, lines[j].blank_before)
    texts[j] = num.rest
    page["title_label"] = f"{lines[j].number}\t{num.label}"
    return j, j


def _is_byline(text: str) -> bool:
    """记者 李宜杰 庄铠毓 right under the headline: the article's, however short (what the
    page sets after it — / 攝影 / 林亞男 / 責任編輯 — is the page's; 作者 魏星 among the page's
    来源 and 评论 counts is the page's too)."""
    return BYLINE.match(simplified(text)) is not None


def _under_headline(reasons: Sequence[str | None], last: int, i: int) -> bool:
    """Does line i stand right under the title (ending on line ``last``) or its copy?"""
    return i == last + 1 or i > last + 1 and _is_title_copy(reasons[i - 1])


_BOX_LINKS = 3   # headlines under a box's label, at least


def _link_box_above_text(texts: Sequence[str], reasons: list[str | None], last: int, stop: int) -> None:
    """【打印】【评论】 / 财经时评： / 2012中国经济将更加注重调结构 / “保增长”是当务之急 / … and then
    the text: a box of links (its label, then headlines — short, unnumbered, no sentence in
    them) between the page's widgets and the text is the site's."""
    for k in range(last + 1, stop - _BOX_LINKS):
        label = texts[k]
        if reasons[k] or not reasons[k - 1] or not label.endswith(("：", ":")) or len(label) > 12 \
                or is_salutation(label) or is_contents_title(label.rstrip("：:")):
            continue
        links = range(k + 1, stop)
        if all(not reasons[j] and 0 < len(texts[j]) <= 24 and not _BOX_SENTENCE.search(texts[j])
               and not is_heading_like(texts[j]) for j in links):
            for j in range(k, stop):
                reasons[j] = "list of links (a box between the title and the text)"
        return   # (the first such label decides: below it lies either the box or the text)


_BOX_SENTENCE = re.compile(r"[，。！？；,;!?]")


def _beside_page_meta(reasons: list[str | None], i: int) -> bool:
    """Is the line right above or under line i one a rule took for the page's metadata?"""
    return any(0 <= j < len(reasons) and (reasons[j] or "").startswith("page meta") for j in (i - 1, i + 1))


def _bare_box_end(texts: Sequence[str], start: int, limit: int, stop: int) -> int | None:
    """目的 / 实验 / 禁止拷贝使用引用传递 / … / 结论 / 目的 / 验证…: where a contents box without its label
    that opens at ``start`` ends — right where its first entry stands again, at ``limit`` or above:
    three entries at least, none a sentence, each set again in the text (up to ``stop``), in order.
    None when the lines from ``start`` are no such box."""
    first = squash(texts[start])
    end = next((k for k in range(start + _BOX_ENTRIES_AT_LEAST, min(limit + 1, len(texts)))
                if squash(texts[k]) == first), None)
    if end is None:
        return None
    if any(is_sentence(texts[k]) or len(texts[k]) > _ENTRY_AT_MOST or _listing_line(texts[k])
           or han_count(texts[k]) < 2 and not _WORD.search(texts[k]) for k in range(start, end)):
        return None   # (a section's title in words: no sentence, no token of a listing, no figure)
    copies = _copies_in_order(texts, range(start, end), end, stop)
    if copies is None:
        return None
    # (most sections have their text between their titles: a run of lines set again in a run is
    # no box — a listing's lines, a list repeated)
    spaced = sum(1 for a, b in zip(copies, copies[1:]) if b - a > 1)
    return end if spaced * 2 >= len(copies) - 1 else None


def _copies_in_order(texts: Sequence[str], entries: range, start: int, stop: int) -> list[int] | None:
    """Where each of the lines ``entries`` stands again between ``start`` and ``stop``, in their
    order (each copy after the one before) — None when one does not."""
    copies: list[int] = []
    for k in entries:
        key = squash(texts[k])
        copy = next((j for j in range(copies[-1] + 1 if copies else start, stop) if squash(texts[j]) == key), None)
        if copy is None:
            return None
        copies.append(copy)
    return copies


def _lists_chapters(entry: str) -> bool:
    """第一章　总则: a contents' entry that numbers a chapter or a part — a law's or a book's
    contents, which the document prints, no blog's box."""
    mark = numbered(entry)
    return mark is not None and mark.numbering.name in ("chapter", "part")


def _box_lists_below(texts: Sequence[str], label: int, start: int, stop: int) -> bool:
    """目录 / 坏习惯 / 好念头 / 坏习惯 / …: does the box under ``label`` list the text's sections — its
    first entry the text's first line (at ``start``), or its first ``_BOX_ENTRIES_AT_LEAST``
    entries each set again in the text (up to ``stop``), in order, under an opening (目录 /
    简单一句话总结它是什么 / … / Agent Skills / 是 Anthropic…推出的一种 / … / 简单一句话总结它是什么)?
    (A menu under its label, 目錄 / 要聞 / 理財投資 / …, is set again in the footer, past the text.)"""
    if squash(texts[label + 1]) == squash(texts[start]):
        return True
    if _lists_chapters(texts[label + 1]):
        return False   # (目录 / 第一章　总则 / …: a law's contents, which it prints whole)
    entries = range(label + 1, min(start, label + 1 + _BOX_ENTRIES_AT_LEAST))
    if any(is_sentence(texts[k]) for k in entries):
        return False   # (Contents / Satori5ama / 我们称之为路的，其实不过是彷徨。: a sidebar's motto, no section)
    return start - label > _BOX_ENTRIES_AT_LEAST and _copies_in_order(texts, entries, start, stop) is not None


def _widgets_between(texts: Sequence[str], reasons: list[str | None], last: int, stop: int,
                     listing: frozenset[int] = frozenset()) -> None:
    """The context step between the title (ending on line ``last``) and the text (from
    ``stop``): short lines between two removed ones are like them (微博 微信 between the
    share buttons). A link's words (搭乘新闻直通车 | 40款热门车降价促销汇总 |) count only in a
    list of two or more between the widgets — never one line alone, never right under the
    title (its subtitle) nor next to the text."""
    runs: list[tuple[int, int, int]] = []   # (first line, line after, link lines in it)
    i = last + 1
    while i < stop:
        j, links = i, 0
        while j < stop and not reasons[j] and (is_short_label(texts[j]) or _promo_link(texts[j])) \
                and not (_under_headline(reasons, last, j) and _is_byline(texts[j])) and j not in listing:
            links += not is_short_label(texts[j])
            j += 1
        if j == stop and j > i and _OUTLET_REPORTER.match(simplified(texts[j - 1])):
            j -= 1   # (… / 澎湃新闻记者 林平 / the text: the report's byline, right over its text, is its own)
        if j > i and (reasons[i - 1] or _under_headline(reasons, last, i - 1) and _is_byline(texts[i - 1])):
            runs.append((i, j, links))
        i = j + 1
    closed = {(i, j, links) for i, j, links in runs if j < stop and reasons[j]}
    link_list = sum(links for _, _, links in closed) >= 2
    repeat = "title repeated"
    for i, j, links in runs:
        if links:
            widget = link_list and (i, j, links) in closed and i - 1 != last and not any(
                (reasons[k] or "").startswith(repeat) for k in (i - 1, j))
        else:
            # (蔡越坤 alone right under the headline, above its date: the byline, not a widget —
            # a two- or three-character name: 同人连载, 掌上绥德 are a channel's, an account's)
            byline = j - i == 1 and len(texts[i]) <= 3 and is_name(texts[i]) and j < stop \
                and (reasons[j] or "").startswith("page metadata") and (
                i - 1 == last or (reasons[i - 1] or "").startswith(repeat))
            widget = j < stop and bool(reasons[j]) and not byline or j == stop and (
                j - i >= 2 or not is_name(texts[i]) and not is_author(texts[i]))
        if widget:
            for k in range(i, j):
                reasons[k] = WIDGET
    # 发布于北京 / 环球时报新媒体官方账号 / + : a line of a few words between two lines of the
    # page's byline block is of that block (the account's tagline) — while nothing of the
    # text has been kept above it
    for k in range(last + 1, stop - 1):
        if reasons[k]:
            continue
        if k > last + 1 and reasons[k - 1] and not reasons[k - 1].startswith(repeat) and reasons[k + 1] \
                and len(squash(texts[k])) <= 16 and not _MARKS.search(texts[k]) and not is_date(texts[k]) \
                and not is_name(texts[k]) and not is_author(texts[k]) and not is_heading_like(texts[k]) \
                and not _DESK_AND_REPORTER.search(texts[k]):
            reasons[k] = WIDGET
        else:
            break


def _ranked_link(lines: list[Line], i: int) -> bool:
    """2 / 杭州全面取消住房限购，买房可申请落户: a rank or count beside a headline — a
    list of links, not the figures of a table."""
    return lines[i].text.isdigit() and any(
        0 <= j < len(lines) and is_headline(lines[j].text) for j in (i - 1, i + 1))


#: 附： / 附表 / 附件2: what follows is attached to the document, whatever its shape
_ATTACHED = re.compile(r"^(?:附\s*[:：]|附\s*表\s*\d{0,2}|附\s*件\s*[0-9一二三四五六七八九十]{0,3}\s*[:：]?)\s*\S{0,40}$")


#: what a plain document's text carries too (a Word or PDF export): it shows no web page
_IN_ANY_TEXT = frozenset(PRINTED_PAGE)


def shows_web_page(reasons: Sequence[str | None]) -> bool:
    """Did a rule take some line for a site's chrome — not a printed page's number or head,
    not a date box (a document's own dated line looks like one), not the title's copy?"""
    return any(reason and reason not in _IN_ANY_TEXT and reason != DATE_BOX and not reason.startswith("title repeated")
               for reason in reasons)


def _past_list_to_notes(lines: list[Line], reasons: list[str | None], end: int) -> int:
    """相关解读： and its links between a statistical bulletin's text and its 注释：: the
    notes are the document's; the list between stays removed."""
    j = end
    while j < len(lines) and reasons[j] and j - end < 12:
        j += 1
    return j if j > end and j < len(lines) and NOTE.match(lines[j].text) else end


_ANNOUNCED = re.compile(r"^附\s*件\s*[:：]\s*(.*)$")
_ITEM_LABEL = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[.．、]\s*")
_FILE_SUFFIX = re.compile(r"\.(?:docx?|pdf|xlsx?|wps|ofd|zip|rar)$", re.IGNORECASE)


def _attachment_name(text: str) -> str:
    """1.《贵阳市…服务窗口地址》.doc → 贵阳市…服务窗口地址: an attachment's name, as compared."""
    return squash(_FILE_SUFFIX.sub("", _ITEM_LABEL.sub("", text.strip())).strip("《》〈〉 "))


def _announced_attachments(lines: list[Line], end: int) -> set[str]:
    """The names a document's 附件： list gives (附件：1.… / 2.…), above line ``end``."""
    names: set[str] = set()
    for k in range(end):
        m = _ANNOUNCED.match(lines[k].text)
        if m is None:
            continue
        if m.group(1):
            names.add(_attachment_name(m.group(1)))
        j = k + 1
        while j < end and j - k <= 12 and _ITEM_LABEL.match(lines[j].text) and len(lines[j].text) <= 60:
            names.add(_attachment_name(lines[j].text))
            j += 1
    return {n for n in names if len(n) >= 4}


#: 弔唁處地點如下： / 名单如下： / 具体包括：: a line that announces the list under it
_ANNOUNCES = re.compile(r"(?:如下|以下|下列|下表|附后|附後|包括|分别为|分別為|分别是|分別是|依次为|依次為)[^，。；]{0,6}[：:]$")


def _through_announced_list(lines: list[Line], reasons: list[str | None], end: int) -> int:
    """弔唁處地點如下： / 中西區 / 西營盤社區綜合大樓 / 西營盤高街2號… : a line that announces a
    list ends no document — the list it announces is the document's, line by line, up to
    the first line a rule took for the site's."""
    if end < len(lines) and not reasons[end] and _ANNOUNCES.search(simplified(lines[end].text)) \
            and len(lines[end].text) <= 40:
        start = end + 1   # (the announcing line itself is still under the text)
    elif end and _ANNOUNCES.search(simplified(lines[end - 1].text)):
        start = end
    else:
        return end
    k = _to_the_sites(lines, reasons, start, most=200, longest=80)
    return k if k - start >= 2 else end


#: 参考链接： / 参考文献 / References: the writer's list of sources, under the text
_REFERENCES = re.compile(r"^(?:参考链接|参考资料|参考文献|參考資料|參考文獻|参考文章|參考文章|参考|參考|引用|(?i:references?|reference links?))\s*[:：]?$")
_REFERENCES_AT_MOST = 30   # entries of a list of sources
_TAGS_UNDER_SOURCES = 2   # the post's tags between its list of sources and the site's footer, at most
_TAG_AT_MOST = 8
_LINK_ALONE = re.compile(r"^(?:https?://|www\.)\S+$")
_MARKED_ENTRY = re.compile(r"^(?:\[\d{1,3}\]|\d{1,3}[.、．])\s*\S")


def _entry_kind(text: str) -> str | None:
    """What an entry of a list of sources is: a link, a numbered entry ([1] …), a title (a
    few words with hanzi, or an English title) — None for what no list of sources holds
    (# 机器学习, a tag; excel, a lone word)."""
    text = text.strip()
    if _LINK_ALONE.match(text):
        return "link"
    if _MARKED_ENTRY.match(text):
        return "numbered"
    if text.startswith("#") or len(text) < 6 or text.endswith(("。", "！", "？")):
        return None   # (nor a sentence: the text going on)
    return "title" if _CJK.search(text) or text.count(" ") >= 2 else None


def _through_references(lines: list[Line], reasons: list[str | None], end: int) -> int:
    """参考链接： / 怎样设置才能把A3文档打印到A4纸上: the writer's list of sources under the text is
    the document's, entry by entry, every entry of one kind (links, numbered entries or
    titles) — up to the first line a rule took for the site's or of another kind (# 机器学习, a
    tag), within a list's length."""
    if end + 1 >= len(lines) or reasons[end] or not _REFERENCES.match(lines[end].text.strip()):
        return end
    kind = _entry_kind(lines[end + 1].text)
    k = end + 1
    while kind is not None and k < len(lines) and k - end <= _REFERENCES_AT_MOST \
            and not (reasons[k] and reasons[k] not in PAGE_FURNITURE) and not _closes(lines[k].text) \
            and _entry_kind(lines[k].text) == kind:
        k += 1
    # (参考： / a link / 其关键函数如下： / a listing …: no list of sources under the text — the list
    # runs into the site's lines, into one line above them, or into the post's tags, two words)
    tags = k
    while tags < min(k + _TAGS_UNDER_SOURCES, len(lines)) and not reasons[tags] and _entry_kind(lines[tags].text) is None \
            and len(lines[tags].text) <= _TAG_AT_MOST and not PROSE_MARKS.search(lines[tags].text):
        tags += 1
    sites = [j for j in (k, k + 1, tags) if j < len(lines) and (reasons[j] and reasons[j] not in PAGE_FURNITURE or _closes(lines[j].text))]
    return k if end + 1 < k <= end + _REFERENCES_AT_MOST and (sites or k == len(lines)) else end


_RECORD_OF_ISSUE = 4   # lines of a 版记 above its 印发 line, at most (主题词, 抄送, 主办 / 督办)


def _through_record_of_issue(lines: list[Line], reasons: list[str | None], end: int) -> int:
    """主题词：人事 岗位设置 办法 通知 / 主办：人事处 督办：校党政办公室 / 河南大学党政办公室 2010年11月24日
    印发: under the text, the document's own 版记 (GB/T 9704), closed by its 印发 line — not the
    site's metadata or the site's owner. The text runs to it; backmatter reads it."""
    printed = next((k for k in range(end, min(len(lines), end + _RECORD_OF_ISSUE + 1))
                    if len(lines[k].text) <= MAX_PRINTED and PRINTED.match(lines[k].text)), None)
    if printed is None or reasons[printed]:
        return end
    for k in range(end, printed):
        reasons[k] = None
    return printed + 1


def _through_attachments(lines: list[Line], reasons: list[str | None], end: int) -> int:
    """附件1 / 贵阳市住房公积金管理中心服务窗口地址 / its table, one cell a line … 附件2 / …: the
    attachments the document announced in its 附件： list, printed under its signature, are
    the document's — up to the first line a rule took for the site's."""
    announced = _announced_attachments(lines, end)
    if not announced:
        return end
    first = end - 1 if end and _ATTACHED.match(lines[end - 1].text) else end
    if not any(k < len(lines) and _attachment_name(lines[k].text) in announced for k in range(first, first + 3)):
        return end
    return _to_the_sites(lines, reasons, end)


def _to_the_sites(lines: list[Line], reasons: list[str | None], k: int, most: int = 10**9,
                  longest: int = 10**9) -> int:
    """From line k, the first line a rule took for the site's (a bare number, a printed
    page's furniture is not one) or that closes a text (相关新闻, the footer): at most
    ``most`` lines on, and none longer than ``longest`` characters passed over."""
    start = k
    while k < len(lines) and k - start < most and not (reasons[k] and reasons[k] not in PAGE_FURNITURE) \
            and not _closes(lines[k].text) and len(lines[k].text) <= longest:
        k += 1
    return k


def _closes(text: str) -> bool:
    rule = match_rule(text, "footer")
    return rule is not None and rule.name in _CLOSING_RULES


#: what a page sets inside an article as well as around it
_INSIDE_THE_TEXT = frozenset(rule.reason for rule in RULES if rule.name in ("video-player", "advert", "loading",
                                                                           "markup-tags", "link-icon"))


def _links_among(lines: list[Line], reasons: list[str | None], start: int, stop: int) -> None:
    """Three or more headlines in a row in the stretch the text runs on through (a box of
    other articles between its parts): a list of links, the site's."""
    k = start
    while k < stop:
        j = k
        while j < stop and not reasons[j] and is_headline(lines[j].text) and _CJK.search(lines[j].text) \
                and not _listing_line(lines[j].text):
            j += 1   # (a listing's lines, key: value, are no headlines)
        if j - k >= HEADLINE_RUN and not _among_cells(lines, k, j):
            for m in range(k, j):
                reasons[m] = "list of links (between the text's parts)"
        k = max(j, k + 1)


_CELL = 8   # characters of a table's cell, set one a line, at most


def _among_cells(lines: list[Line], k: int, j: int) -> bool:
    """控制器实现方式 / 绝大多数微程序控制 / 绝大部分是硬布线控制 / 软件系统开发时间 / 较短: lines k..j-1 between
    a table's short cells, one a line on either side — the table's longer cells, no box of links."""
    def cell(m: int) -> bool:
        return 0 <= m < len(lines) and len(lines[m].text) <= _CELL and not PROSE_MARKS.search(lines[m].text)
    return cell(k - 1) and cell(j)


_MENU_WORD = re.compile(r"^[\u4e00-\u9fff]{2,4}$")   # (one hanzi a line is a vertical label, or a chart's box)
#: 表一： / 表2 各级岗位结构比例 / 附表3: a table's caption, over its cells
_TABLE_CAPTION = re.compile(r"^附?表\s*[一二三四五六七八九十\d]{1,3}(?:\s*[：:．.、]\s*|\s+)?[^，。；]{0,24}$")


def _menu_words(lines: list[Line], reasons: list[str | None], end: int, stop: int) -> int:
    """Where a run of ``_MENU_RUN`` menu words (a hanzi word of two to four characters, a
    line each, not announced by a colon above them) starts between ``end`` and ``stop`` —
    ``stop`` when none does."""
    run, in_table = 0, False
    for k in range(end, stop):
        # 表一： / 岗位级别 / 二 … 十三 / 岗位名称 / 正高级 / 副高级 …: a table's cells, one a line,
        # under its caption up to the next sentence — no menu
        if _TABLE_CAPTION.match(lines[k].text):
            in_table = True
        elif in_table and is_sentence(lines[k].text):
            in_table = False
        run = run + 1 if not reasons[k] and not in_table and _MENU_WORD.match(lines[k].text) else 0
        if run >= _MENU_RUN and not lines[k - run].text.endswith(("：", ":")):
            return k - run + 1   # (我的问题： / 圣经的原理 / 环境的带领 / …: a worksheet's fields, announced)
    return stop


_LEAD_INS = 3        # different lead-ins that make a stretch the writer's notes
#: 恐慌抛售：天量配上超长阴线，不是…的信号，而是…的信号 / 添加open_ai_api_base：就是刚刚生成的链接，…: an
#: item of the writer's notes or a step of a how-to, clause after clause without a full stop — a
#: headline has one clause mark, if any
_ITEM_CLAUSES = 2    # clause marks of such an item, at least
_ITEM_AT_LEAST = 15  # characters of it, at least


def _clauses(text: str) -> bool:
    return len(text) >= _ITEM_AT_LEAST and len(_CLAUSE_MARK.findall(text[:-1])) >= _ITEM_CLAUSES \
        and _CJK.search(text) is not None and match_rule(text, "footer") is None


def _notes(texts: Sequence[str]) -> bool:
    """熊市开始： / 当日收盘价低于昨日收盘价 / … / 恐慌抛售：…，不是…，而是…: the writer's notes —
    lead-ins that announce what follows (each its own: 评论道: under every comment is a
    template's), and items of several clauses — where a list of links has headlines only."""
    return len({t for t in texts if _LEAD_IN.match(t) and _CJK.search(t)}) >= _LEAD_INS \
        and sum(1 for t in texts if is_sentence(t) or _clauses(t)) >= 2


_SECTIONS_ABOVE = 200   # lines above the text's seeming end searched for the numbering it goes on


#: ios / Comments / 原文作者：: a post's tag, a link to its comments, a field's key under it
_POST_META = re.compile(r"^[A-Za-z][\w.+#-]{0,14}$|^[^：:]{1,6}[：:]$")


def _before_post_meta(lines: list[Line], end: int, chrome: int) -> int:
    """The text's end, once the post's own footer (date, tags, author) above ``chrome`` is left out."""
    k = chrome
    while k > end and (is_date(lines[k - 1].text) or _POST_META.match(lines[k - 1].text) or is_name(lines[k - 1].text)):
        k -= 1
    return k


def _first_site_line(reasons: list[str | None], start: int) -> int:
    """The first line from ``start`` that a rule took for the site's for certain (a page number or
    a separator may stand inside the text) — the end of the lines when none."""
    return next((k for k in range(start, len(reasons)) if reasons[k] and reasons[k] not in PAGE_FURNITURE), len(reasons))


def _through_anchored_sections(lines: list[Line], reasons: list[str | None], end: int) -> int:
    """… / 配置路由 / # / 在 / root / … / 运行 go-mmproxy / # / …: a section title that the page
    marks with its heading anchor, as it marks those of the text above, stands below the
    text's seeming end, before the site's first certain line — the text's sections go on,
    through the last line of prose or code there (the post's tags, single words, stay out)."""
    chrome = _first_site_line(reasons, end)
    pairs = _anchor_pairs(lines, reasons)
    # (… / 接下来会写什么 / # / the section's list: or the last title's anchor, and its text, right below)
    if not any(max(pair) < end for pair in pairs) or not any(end <= max(pair) < chrome for pair in pairs):
        return end
    return _past_last_text_line(lines, end, chrome, {i for i, _ in pairs})


def _past_last_text_line(lines: list[Line], start: int, stop: int, skip: frozenset[int] | set[int] = frozenset()) -> int:
    """Past the last line of prose or code between start and stop (the post's tags under the
    text, single words, are neither) — start when there is none."""
    last = max((k for k in range(start, stop) if k not in skip and (
        _listing_line(lines[k].text) or PROSE_MARKS.search(lines[k].text)
        or len(lines[k].text) >= _TEXT_UNDER and _CJK.search(lines[k].text))), default=start - 1)
    return last + 1


def _through_sections_boxed_above(lines: list[Line], reasons: list[str | None], end: int) -> int:
    """Kei Toriki - Childhood Memories E.P. / … / 沙野カモメ - Science(non)fiction / … in the page's
    header, gone with it, then the same titles over the text's sections: a contents box above
    the text. One it lists stands below the text's seeming end, before the site's first certain
    line — the text goes on, through the last line of prose or code before that line."""
    chrome = _first_site_line(reasons, end)
    keys = [squash(line.text) for line in lines]
    kept_above = {keys[k] for k in range(end) if not reasons[k] and len(keys[k]) >= _LISTED_AT_LEAST}
    first = next((k for k in range(end) if reasons[k] and not _is_title_copy(reasons[k]) and keys[k] in kept_above), None)
    # (目录 / 安装 / 配置 / git config / ssh / 常用 / 参考: under the box's own label, an entry however
    # short — two characters — counts)
    label = next((k for k in range(end - 1) if reasons[k] and _labels_contents(lines[k].text)
                  and reasons[k + 1] and not _is_title_copy(reasons[k + 1])), None)
    if label is not None and (first is None or label < first):
        short = {keys[k] for k in range(end) if not reasons[k] and len(keys[k]) >= _LISTED_UNDER_LABEL}
        if keys[label + 1] in short:
            kept_above, first = short, label + 1
    if first is None:
        return end
    # (the box's entries: removed lines in a row from its first, each a section above the
    # seeming end or below it, or an entry's number — up to the first that is none, the
    # header's menu or the site's name, which its footer may repeat)
    text_keys = {keys[k] for k in range(chrome) if not reasons[k] or k >= end}   # (标题3: an entry however short)
    boxed, j = set(), first
    while j < end and reasons[j] and (keys[j] in text_keys or ENTRY_NUMBER.match(lines[j].text.strip())):
        boxed.add(keys[j])
        j += 1
    listed = [k for k in range(end, chrome) if keys[k] in boxed and keys[k] not in kept_above]
    # (目录 / 简介 / 常用样式 / 字体 / … / 简介 / two lines / 常用样式 / 字体 / …: or one section above, and
    # three or more below that the labelled box lists)
    if len(boxed & kept_above) < _LISTED_ABOVE and not (boxed & kept_above and label is not None and first == label + 1
                                                        and len(listed) >= _LISTED_BELOW):
        return end
    return _past_last_text_line(lines, end, chrome) if listed else end


def _sections_go_on(lines: list[Line], reasons: list[str | None], end: int, chrome: int) -> bool:
    """一、将信息源转为RSS … / 二、将RSS内容储存到Evernote中: the first numbered line below the
    text's seeming end goes on with the numbering of the text above it — the next section."""
    above: dict[str, int] = {}
    for k in range(max(0, end - _SECTIONS_ABOVE), end):
        n = numbered(lines[k].text) if not reasons[k] else None
        if n is not None and (value := label_number(n.label)) is not None:
            above[n.numbering.name] = value
    for k in range(end, chrome):
        n = numbered(lines[k].text)
        if n is not None and (value := label_number(n.label)) is not None and n.numbering.name in above:
            return above[n.numbering.name] == value - 1 and value > 1
    return False


_LONE_WORD = re.compile(r"^[A-Za-z][\w.+#-]{0,19}$")   # STL: a tag's single word
_BOX_REACH = 80   # lines of a contents box's entries, at most
_LISTED_ABOVE = 2   # sections above the text's seeming end that the contents box below lists
_LISTED_AT_LEAST = 4   # characters of a section's title matched against the box's entries
_LISTED_UNDER_LABEL = 2   # …or under the box's label (目录 / 安装 / 配置)
_LISTED_BELOW = 3   # sections below the seeming end that the labelled box lists, when one alone stands above


def _listed_sections_go_on(lines: list[Line], reasons: list[str | None], end: int, chrome: int) -> int | None:
    """… / flag5:… / … / flag6:提交攻击者… / 常见抓取的工具如下 / … / 目录 / … / flag5:… / flag6:…: a
    contents box in the sidebar below lists sections above the text's seeming end, and then
    one below it — the text goes on through that section, to the box: where it ends (None
    when no box lists the text's sections so)."""
    keys = [squash(lines[k].text) for k in range(len(lines))]
    above = {keys[k] for k in range(max(0, end - _SECTIONS_ABOVE), end) if not reasons[k] and len(keys[k]) >= 2}
    # (the box: its label, or its first entry that repeats a section above — before the site's
    # first certain line, or in the sidebar past it: … / # STL / … / 文章目录 / 前言 / …)
    def opens_box(k: int) -> bool:   # (two entries in a row that repeat sections above, numbers between)
        later = next((j for j in range(k + 1, min(len(lines), k + 3)) if not ENTRY_NUMBER.match(lines[j].text.strip())), None)
        return keys[k] in above and later is not None and keys[later] in above
    box = next((k for k in range(end, len(lines)) if _labels_contents(lines[k].text)
                or opens_box(k)), None)
    if box is None:
        return None
    stop = min(box, chrome)
    below = {keys[k] for k in range(end, stop) if len(keys[k]) >= _LISTED_AT_LEAST}
    # (the box's entries: past its label and the sidebar panel beside it — 文章目录 / 站点概览 /
    # EndSaH / … / 1. / 前言 — each a section above or below the seeming end, or an entry's
    # number, up to the first line that is none: the site's footer after it)
    j = next((k for k in range(box, min(len(lines), box + _BOX_REACH)) if opens_box(k)), None)
    if j is None:
        return None
    entries = []
    while j < min(len(lines), box + _BOX_REACH) and (keys[j] in above or keys[j] in below or ENTRY_NUMBER.match(lines[j].text.strip())):
        entries.append(keys[j])
        j += 1
    if sum(1 for key in set(entries) if key in above) < _LISTED_ABOVE:
        return None
    # (a section below the seeming end that the box lists too, before the site's first certain line)
    listed = [k for k in range(end, stop) if keys[k] in below and keys[k] not in above and keys[k] in entries]
    if not listed:
        return None
    # (through the last such section's text — the post's tags and its neighbours' titles over the
    # box left out: … / Thanks for your consideration! / STL / [CF446C]DZY Loves … / 莫比乌斯反演习题总结)
    k = stop
    while k - 1 > listed[-1] and (_LONE_WORD.match(lines[k - 1].text.strip()) or is_headline(lines[k - 1].text)
                                  or is_short_label(lines[k - 1].text)) \
            and not _SENTENCE_END.search(lines[k - 1].text):
        k -= 1
    return k


#: 咸蛋超学锁: / 问： / 记者：: a speaker's label, alone on its line over what they said
_SPEAKER = re.compile(r"^[^\s，。；！？,;!?：:]{1,12}[：:]$")
_SPEAKER_AT_LEAST = 3   # times the text above sets the label


def _speaker_goes_on(lines: list[Line], reasons: list[str | None], end: int, chrome: int) -> bool:
    """咸蛋超学锁: / 还是显示没权限的话 / 咸蛋超学锁: / … / 咸蛋超学锁: / https://… below the text's seeming
    end: a chat or an interview whose speaker's label the text above sets again and again goes on
    as long as the label does."""
    said = Counter(lines[k].text.strip() for k in range(max(0, end - _SECTIONS_ABOVE), end)
                   if not reasons[k] and _SPEAKER.match(lines[k].text.strip()))
    labels = {text for text, n in said.items() if n >= _SPEAKER_AT_LEAST}
    return bool(labels) and end < chrome and lines[end].text.strip() in labels


def _document_goes_on(lines: list[Line], reasons: list[str | None], end: int) -> int:
    """我的问题： / 圣经的原理 / … / 有时候来不及考虑以上所提原则，…: the lines after the
    text's apparent end, up to the first line a rule took for the site's, hold sentences
    of the document's own (a worksheet, a form, a list under its paragraph) — the text
    goes on to there. A list of links holds no sentences; neither does a footer."""
    # (a bare number is no certain chrome: 1 / 贵阳市…服务大厅 / 观山湖区… is a table's 序号 column;
    # nor is a video player or an advertisement set inside the article: the text runs on under it)
    chrome = next((k for k in range(end, len(lines)) if reasons[k] and reasons[k] not in PAGE_FURNITURE
                   and reasons[k] not in _INSIDE_THE_TEXT), None)
    # (… / 满目萧然，不知所言。 / # OI / 文章目录 / 站点概览 / 1. / Day 0 / … / 32 / 日志: nor across the label of
    # NexT's sidebar, whose entries are the text's sections again and whose counters are no table)
    sidebar = next((k for k in range(end, len(lines)) if _names_posts_contents(lines[k].text)), len(lines))
    if chrome is not None:
        # 原创 / 宏观 / 政策 / 市场 / 公司: a menu's words in a row — the text does not run across them
        chrome = _menu_words(lines, reasons, end, chrome)
        chrome = min(chrome, sidebar)
    if chrome is not None and chrome != end and chrome - end <= 600:
        texts = [lines[k].text for k in range(end, chrome)]
        code = sum(1 for t in texts if _listing_line(t))
        if chrome - end > 200 and code * 5 < len(texts) * 2:
            texts = []   # (a long stretch runs on only through a program's listing, token by token)
        words = [t for t in texts if not _listing_line(t)] if code * 5 >= len(texts) * 2 else texts
        if _notes(texts) or _sections_go_on(lines, reasons, end, chrome) or _speaker_goes_on(lines, reasons, end, chrome):
            # (the notes' items are no list of links between the text's parts; the post's date,
            # tags and 原文作者： / name over the site's first certain line are its footer's)
            return _before_post_meta(lines, end, chrome)
        if sum(1 for t in texts if is_sentence(t) and len(t) >= 30) >= 2 \
                and sum(1 for t in words if is_headline(t)) * 2 < len(words):
            if words is texts:
                _links_among(lines, reasons, end, chrome)
                return chrome
            # through a listing: to its last line of code or prose, not the short labels
            # (标签: / 好文要顶 / 关注我) between it and the site's first certain line
            return end + max(k for k, t in enumerate(texts) if _listing_line(t) or is_sentence(t)) + 1
    # import / json / def / add_ts / () / : … 无论是正常运行结束还是…，确保始终增加一条: a listing right
    # after the last paragraph, and the sentence under it — the article's, up to that sentence
    listing = _listing_after(lines, reasons, end, chrome if chrome is not None else len(lines))
    if listing != end:
        return listing
    # 电话： / 0731-… / 附件 / 《…》 / 湖南能源监管办 / 2020年9月15日: the issuer and the date that
    # sign the document, before any line a rule took for the site's — the text runs to them
    signed = next((k + 1 for k in range(min(chrome, end + 40) - 1, end, -1)
                   if is_date(lines[k].text) and is_issuer(lines[k - 1].text)), None) if chrome is not None else None
    if signed is not None:
        return signed
    # a table's figures (5383, 2380) are no chrome: its cells run to the first certain line
    # of the site's, or to the end of the file
    chrome = min(sidebar, _first_site_line(reasons, end))
    if chrome != end and chrome - end <= 200:
        texts = [lines[k].text for k in range(end, chrome)]
        if _introduced_fields(texts) or _cells_with_figures(texts):
            return chrome
    # (… / flag6:… / its text / 目录 / … / flag6:…: the sidebar's box below lists the sections on)
    box = _listed_sections_go_on(lines, reasons, end, chrome) if chrome != end else None
    return box if box is not None else end



_FIGURE_CELL = re.compile(r"^[-+]?\d[\d.,]*\s*[%％]?$")


def _cells_with_figures(texts: Sequence[str]) -> bool:
    """区域 / 在院治疗确诊病例 / 浦东 / 5383 / 黄浦 / 2380 …: a table pasted one cell per line, a
    name and its figure row by row — a footer's links and names carry no such figures."""
    figures = [k for k, t in enumerate(texts) if _FIGURE_CELL.match(t)]
    # (站点概览 / 27 / 日志 / 15 / 分类 / 43 / 标签: a blog's counters beside their words, no table)
    counters = sum(1 for k in figures if k > 0 and _COUNTER_WORD.match(texts[k - 1])
                   or k + 1 < len(texts) and _COUNTER_WORD.match(texts[k + 1]))
    return len(texts) >= 8 and len(figures) * 3 >= len(texts) and all(len(t) <= 30 for t in texts) \
        and not any(PROSE_MARKS.search(t) and len(t) > 20 for t in texts) and counters * 2 < len(figures)


#: 日志 / 分类 / 标签 / 文章 / 访客: what a blog's or a site's counters count
_COUNTER_WORD = re.compile(r"^(?:日志|日誌|文章|分类|分類|标签|標籤|归档|歸檔|评论|評論|访问|訪問|阅读|閱讀|浏览|瀏覽|访客|訪客|"
                           r"粉丝|粉絲|关注|關注|获赞|點讚|点赞|收藏|posts|tags|categories|archives)$", re.IGNORECASE)


#: 最大功率：51Kw／6000rpm: one field of a specification, its key and value on one line
_SPEC_FIELD = re.compile(r"^[^\s：:，。]{2,10}[：:]\s*\S")


def _introduced_fields(texts: Sequence[str]) -> bool:
    """动力系统主要参数： / 爱迪尔CH7121 / 发动机型式：… / 最大功率：…: a line that introduces
    what follows (it ends in a colon), then a specification, key and value on each line.
    A footer's lines are links and names, not an introduced list of fields."""
    if len(texts) < 4 or not texts[0].endswith(("：", ":")) or len(texts[0]) > 30:
        return False
    fields = sum(1 for t in texts[1:] if _SPEC_FIELD.match(t) and len(t) <= 60)
    return fields * 3 >= 2 * (len(texts) - 1)


#: 序号 / 类别 / 公开事项 / 链接地址: a table's header row, one cell a line (its column names short)
_TABLE_KEY = re.compile(r"^(?:序号|序號|编号|編號)$")
_COLUMN_NAME = re.compile(r"^[\u4e00-\u9fff（）()/]{2,10}$")


def _table_header(texts: Sequence[str], i: int) -> bool:
    """Does line i open a table's header row: 序号, then two or more short column names?"""
    return _TABLE_KEY.match(texts[i].strip()) is not None \
        and sum(1 for t in texts[i + 1: i + 4] if _COLUMN_NAME.match(t.strip())) >= 2


def _through_table(lines: list[Line], reasons: list[str | None], region: Region, end: int) -> int:
    """A table whose header row (序号 / 类别 / …) opens the text, one cell a line, is the
    document's down to the site's first certain line: its rows (a figure, a link, a short
    name) are no footer."""
    texts = [l.text for l in lines]
    if not any(_table_header(texts, i) for i in range(max(0, region.start - 20), min(end, len(lines)))):
        return end
    return _to_the_sites(lines, reasons, end, most=600)


#: how far below the document's seeming end its text may go on, and the menu that would stop it
_GOES_ON_WITHIN = 30
_MENU_RUN = 5


def _text_goes_on(lines: list[Line], reasons: list[str | None], end: int) -> bool:
    """Nothing below ``end`` is the site's for certain, and a sentence follows soon, with
    no menu between (a page whose scripts write its footer: 主要人员 and a staff list of
    names, e-mails and telephone numbers, then 品质保证 and its sentence)?"""
    if any(reason and reason not in PAGE_FURNITURE for reason in reasons[end:]):
        return False
    run = 0
    for i in range(end, min(len(lines), end + _GOES_ON_WITHIN)):
        if is_contents_title(lines[i].text):
            return False   # 目录 below the text: a sidebar's contents box, the text's lines again
        if is_sentence(lines[i].text):
            return True
        run = run + 1 if line_class(lines[i].text) == SHORT and not _FIGURES.search(lines[i].text) else 0
        if run >= _MENU_RUN:
            return False
    return False




_QUOTE_LINES = 12   # lines a paragraph's closing lead-in may announce
_ANNOUNCING_PARAGRAPH = 30   # characters of a paragraph (not a lone label: 页面展示：)


def _through_announced_quote(lines: list[Line], reasons: list[str | None], end: int) -> int:
    """…另附一段我很喜欢的话: / 所有的经历都是体验 / –但是所有的路也都有代价 / … / 更新于 2026-03-08: the
    last paragraph ends on a colon, announcing the lines under it — a quotation in short lines —
    and a line a rule took for the site's closes them within ``_QUOTE_LINES``: they are the
    text's."""
    if end == 0 or reasons[end - 1] or len(lines[end - 1].text) < _ANNOUNCING_PARAGRAPH \
            or not lines[end - 1].text.endswith(("：", ":")):
        return end
    stop = next((j for j in range(end, min(len(lines), end + _QUOTE_LINES + 1)) if reasons[j]), None)
    return end if stop is None else stop


#: BlockAssembly / https://github.com/…: a link's words, one token
_LINK_WORDS = re.compile(r"^[A-Za-z][\w.\-/:#@+]{1,79}$")


def _next_posts_link(lines: list[Line], k: int) -> bool:
    """城市：地图，旅行和城市的本质 / →: the next post's title, its arrow on the line under it."""
    return k + 1 < len(lines) and lines[k + 1].text.strip() in ("→", "»", "›")


def _short_sentence(text: str) -> bool:
    """手莫伸，伸手必被捉！: a sentence of two clauses or more, however short."""
    return text[-1:] in "。！？!?" and PROSE_MARKS.search(text[:-1]) is not None and ends_document(text)


def _end_of_text(lines: list[Line], reasons: list[str | None], region: Region, end: int) -> int:
    """Where the document ends below its main region: through what may close a document (a
    signature, a date, 附件, a note, a short sentence), attachments, announced lists, the
    writer's sources, a table, and what goes on."""
    while end < len(lines) and not reasons[end] and _ATTACHED.match(lines[end].text):
        # 附：招生专业及考试科目 and its table, one cell per line: the document's, up to the
        # first line a rule took for the site's (the footer, a related list)
        end += 1
        while end < len(lines) and not reasons[end] and not _closes(lines[end].text):
            end += 1
    end = _past_list_to_notes(lines, reasons, end)
    end = _through_announced_quote(lines, reasons, end)
    while end < len(lines) and not reasons[end] and not _ranked_link(lines, end) and not _next_posts_link(lines, end) and (
            ends_document(lines[end].text)
            # 张三 signs only beside the issuer's name or above the date
            or is_name(lines[end].text) and (end + 1 < len(lines) and is_date(lines[end + 1].text)
                                             or is_issuer(lines[end - 1].text))
            # 交通 / 古镇距离市区约30公里，…。: a section's title over its sentence; 各县（市） /
            # 可参照执行或根据各地实际制定相应政策措施。: a sentence's subject the markup broke off
            or end + 1 < len(lines) and not reasons[end + 1] and (is_sentence(lines[end + 1].text)
                                                                   or _one_clause_sentence(lines[end + 1].text))
            # 还是那句话： / 手莫伸，伸手必被捉！: a lead-in, and the sentence it announces (a
            # footer's 相关报道： / 文件链接： announces links, headlines without a sentence's end)
            or _LEAD_IN.match(lines[end].text) and len(lines[end].text) <= _SHORT_LEAD_IN
            and end + 1 < len(lines) and not reasons[end + 1]
            and _short_sentence(lines[end + 1].text)
            # 最后，Github项目地址: / BlockAssembly: the link's words the text's last lead-in announces
            or end > 0 and not reasons[end - 1] and _LEAD_IN.match(lines[end - 1].text) and _LINK_WORDS.match(lines[end].text)
            # （港台新聞片段截圖）: the caption of the text's last picture, right under its last paragraph
            or end == region.stop and is_caption(lines[end].text)
            # [4] LetPub, 最新JCR期刊IF及分区情况, / https://www.letpub.com.cn/…: a reference's address under it
            or end > 0 and _LINK_ALONE.match(lines[end].text.strip()) and _MARKED_ENTRY.match(lines[end - 1].text.strip())):
        if end >= 2 and lines[end].text.strip() == lines[end - 2].text.strip() and is_date(lines[end - 1].text):
            break   # 沈阳市房产局 / 2023年12月22日 / 沈阳市房产局: the footer opens with the site owner's name
        end += 1
        if _CREDIT.match(lines[end - 1].text) or _AUTHOR_NOTE.match(lines[end - 1].text) or _REPRINTED_FROM.match(lines[end - 1].text):
            break   # the writer's credit (where it was first printed) is an article's last line
    end = _through_attachments(lines, reasons, end)
    end = _through_announced_list(lines, reasons, end)
    end = _through_references(lines, reasons, end)
    end = _through_table(lines, reasons, region, end)
    end = _document_goes_on(lines, reasons, end)
    end = _through_anchored_sections(lines, reasons, end)
    end = _through_sections_boxed_above(lines, reasons, end)
    end = _through_record_of_issue(lines, reasons, end)
    return _through_listings(lines, reasons, region, end)


_BARE_BOX_ENTRIES = 3   # entries of a contents box without its label


def _box_below(lines: list[Line], reasons: list[str | None], end: int) -> bool:
    """1. / 常见的 Commit Message 格式 / 2. / 实例 / … right under the text, up to the site's
    first certain line: a contents box without its label — the text's section titles again, in
    their order (their numbers on lines of their own) — is no part of the text."""
    above: dict[str, int] = {}
    for k in range(end):
        if not reasons[k]:
            above.setdefault(squash(lines[k].text), k)
    k, entries = end, []
    while k < len(lines) and not reasons[k]:
        text = lines[k].text.strip()
        if not ENTRY_NUMBER.match(text):
            if squash(text) not in above:
                return False
            entries.append(above[squash(text)])
        k += 1
    return len(entries) >= _BARE_BOX_ENTRIES and entries == sorted(entries)


def page_footer(lines: list[Line], region: Region, reasons: list[str | None]) -> None:
    """Below the main region: the document ends at the first line that cannot close a
    document (a signature, a date, 附件, a note, a short sentence can); the rest is the
    site's footer — when the text shows itself as a web page, by any line removed so
    far. A plain document's last table or list stays."""
    end = region.stop
    if not _box_below(lines, reasons, end):
        end = _end_of_text(lines, reasons, region, end)
    replies = _numbered_replies([l.text for l in lines], (region.stop - 2, len(lines)))
    if replies is not None and region.stop - 1 <= replies < end:
        end = replies   # the readers' numbered replies under the post are not its text
    if not any(reason and reason not in PAGE_FURNITURE and not reason.startswith("title repeated") for reason in reasons):
        return   # a plain document (a printed page's number and head, a bare count, show no web page)
    if _text_goes_on(lines, reasons, end):
        return
    for i in range(end, len(lines)):
        if not reasons[i]:
            reasons[i] = "readers' replies (#1, #2 … under the post)" if replies is not None and i >= replies \
                else "site footer (after the document's end)"
