"""clean: decoded lines → the document's own lines.

1. Boilerplate (rules in ``boilerplate.py``): site banners, widgets, counters, ICP lines,
   related-article lists, the title repeated at the end. Every removed line becomes a
   ``Removed(line, text, reason)``; real page metadata (发布时间, 来源, 作者) is kept in
   ``Cleaned.page`` for ``meta``. ``keep_boilerplate`` removes nothing.
2. Re-joining (``rejoin.py``): lines broken inside a sentence, hard-wrapped text, and
   fragments such as a lone ``2.5`` after ``PM``.
3. Punctuation (``punctuation.py``): half-width marks in Chinese context → full width,
   counted per kind. ``normalize=False`` leaves them alone.
"""

from __future__ import annotations

from .. import regexcache as re
from collections import Counter
from itertools import islice
from dataclasses import dataclass, field, replace

from ..model import Notice, Removed
from . import ReadOptions
from .boilerplate import (CJK_SENTENCE_MARKS, DATE_BOX, HEADLINE_PLACEHOLDER, PAGE_FIELDS, PAGE_FURNITURE, PROSE_MARKS, RULES, SITE_IN_TITLE, TITLE_SUFFIXES, bullet_link_lists, could_be_value, is_menu_word, match_rule, names_a_blog, names_only_the_site, names_the_template,
                          is_site_name_alone, names_site_or_section, navigation_runs, page_fields, paragraph_counts, running_heads, split_site_name, title_spans,
                          vertical_labels)
from .decode import Decoded
from .headings import bare_section_marks, is_heading_like
from .lines import MEETING_FIELD, NEWS_DATELINE, NOTE, WS as _WS, Line, han_count, is_date, is_doc_number, is_name, is_salutation, simplified, squash, title_key
from .punctuation import full_stops, normalize
from .rejoin import join_split_inline, rejoin
from .conventions import as_written, half_width_text, hard_wrapped, is_double_spaced, join_wrapped_prose
from .unflatten import FEW_LINES, chapters_glued, flattened, paragraphs
from .region import (GUTTER_NUMBERS, ISO_DATE_IN_BRACKETS, LOADING_DOT, LONGEST_NAMED_TITLE, contents_box_entries, heading_anchors, is_contents_title, is_sentence, main_region, own_contents_box,
                     page_footer, page_header, shows_web_page)
from .titles import COLUMN_TAG, is_header_field


@dataclass(frozen=True)
class Cleaned:
    lines: tuple[Line, ...]
    removed: tuple[Removed, ...] = ()
    page: dict[str, str] = field(default_factory=dict)    # date/source/author from the page
    notices: tuple[Notice, ...] = ()
    punctuation: tuple[tuple[str, int], ...] = ()       # (kind, count) of changed marks
    encoding: str = "utf-8"
    double_spaced: bool = False    # a blank line stood before (nearly) every line: read as none




def _indent(raw: str) -> int:
    width = 0
    for ch in raw:
        if ch == " ":
            width += 1
        elif ch == "\u3000":
            width += 2
        elif ch == "\t":
            width += 4
        elif ch in _WS:
            width += 1
        else:
            break
    return width


#: ``## 第一章 总则``: the heading marks of a Markdown export saved as .txt — the
#: heading stays, its marks go (a real Markdown file is read by ``markdown.py``)
_ATX_MARKS = re.compile(r"^#{1,6}[ \t]+(?=\S)")


def to_lines(raw_lines: tuple[str, ...]) -> list[Line]:
    """Non-blank lines, stripped, remembering indentation and preceding blank lines."""
    out: list[Line] = []
    blank = False
    nonblank = len(list(islice((raw for raw in raw_lines if raw.strip(_WS)), FEW_LINES + 1)))
    for i, raw in enumerate(raw_lines, start=1):
        text = _ATX_MARKS.sub("", raw.strip(_WS))
        if not text:
            blank = True
            continue
        if flattened(text, nonblank):   # a document's paragraphs on one line: each on its own again
            out.extend(Line(i, piece, indent or _indent(raw), blank) for piece, indent in paragraphs(text))
        else:
            out.extend(Line(i, piece, _indent(raw) if k == 0 else 0, blank and k == 0)
                       for k, piece in enumerate(chapters_glued(text)))
        blank = False
    return out


def _is_prose(text: str) -> bool:
    """A line of real running text: what bounds the header and footer zones."""
    return (len(text) >= 30 and PROSE_MARKS.search(text) is not None and match_rule(text, "body") is None) \
        or (len(text) >= 6 and is_heading_like(text) and len(text) <= 60 and not text.startswith("附件"))


def clean(decoded: Decoded, options: ReadOptions = ReadOptions()) -> Cleaned:
    counts: Counter = Counter()
    raw = decoded.lines
    early = options.normalize and half_width_text(raw)
    if early:
        # a text that writes its marks half-width in Chinese (各部门:, (一), 增长5%,, 完善.): they
        # are made full-width first, so every rule reads it as the ones it was written for
        # (a removed line is listed as it was)
        raw = tuple(full_stops(normalize(text, counts), counts) for text in raw)
    lines = to_lines(raw)
    double_spaced = is_double_spaced(lines)
    if double_spaced:
        # a scraper that writes a blank line after every element (get_text("\n\n")): the
        # blank lines say nothing of where paragraphs end, so they are read as absent
        lines = [replace(line, blank_before=False) for line in lines]
    lines = join_split_inline(lines)
    if hard_wrapped(lines):
        lines = join_wrapped_prose(lines)
    removed: list[Removed] = []
    page: dict[str, str] = {}
    if not options.keep_boilerplate:
        lines = _remove_boilerplate(lines, removed, page)
        if early:
            removed = [as_written(r, decoded.lines, raw) for r in removed]
    lines = rejoin(lines, _after_chrome(lines, removed) | _outlined(lines, page))
    if options.normalize and not early:
        lines = [Line(l.number, normalize(l.text, counts), l.indent, l.blank_before, l.last) for l in lines]
    notices = list(decoded.notices)
    if removed:
        notices.append(Notice("removed", f"{len(removed)} line(s) removed as boilerplate (see meta.removed)"))
    removed.sort(key=lambda r: r.line)
    return Cleaned(tuple(lines), tuple(removed), page, tuple(notices),
                   tuple(sorted(counts.items())), decoded.encoding, double_spaced)


#: removed lines that may sit inside a sentence: a printed page's number or rule


_FIGURE = re.compile(r"^[-+]?\d[\d.,]*\s*[%％]?$")


def _row_of_figures(lines: list[Line], i: int) -> bool:
    """Does line i end a table pasted one cell per line — a figure after its label, under
    two more label and figure pairs?"""
    return i >= 5 and all(_FIGURE.match(lines[k].text) and not _FIGURE.match(lines[k - 1].text)
                          for k in (i, i - 2, i - 4))


def _outlined(kept: list[Line], page: dict[str, str]) -> frozenset[int]:
    """The lines a contents box or the headings' anchors named (the sections' headings), and the
    lines under them: each starts an element of its own (…，故写此文记录过程 / 配置latex / 安装…)."""
    outline = {title_key(entry) for entry in page.get("outline", "").split("\n") if entry}
    if not outline:
        return frozenset()
    named = [k for k, line in enumerate(kept) if title_key(line.text) in outline]
    return frozenset(kept[j].number for k in named for j in (k, k + 1) if j < len(kept))


def _after_chrome(kept: list[Line], removed: list[Removed]) -> frozenset[int]:
    """Kept lines that directly follow a removed line of the page's chrome."""
    chrome = {r.line for r in removed if r.reason not in PAGE_FURNITURE}
    # (the line before: the nearest one above, kept or removed — blank lines between say
    # nothing, as in a double-spaced text)
    numbers = sorted({l.number for l in kept} | {r.line for r in removed})
    before = dict(zip(numbers[1:], numbers))
    return frozenset(l.number for l in kept if before.get(l.number) in chrome)


def _remove_boilerplate(lines: list[Line], removed: list[Removed], page: dict[str, str]) -> list[Line]:
    """Decide for every line: keep, remove (with a reason), or — for a bare number in
    the header/footer — remove only if it sits next to other boilerplate."""
    dated = _headline_over_its_date(lines)
    headline = dated if dated is not None else _headline(lines)
    if headline is None:
        # (a bare date and time under a <title>'s part: only when the <title> names no line
        # itself — a news page's section name stands over its timestamps too)
        headline = dated = _headline_over_its_date(lines, bare=True)
    if dated is None and headline is not None and len(title_key(lines[headline].text)) < _SHORT_TITLE \
            and (_banner_names_the_rest(lines, title_key(lines[headline].text)) or _blog_post_dated(lines, headline)
                 # (C++ / … / 目录 / sixty-nine entries / C++ / 描述 / 2025-03-10: a one-part <title> set again
                 # past the theme's box of contents — not nearer the menu, where a short copy over a longer
                 # line may be the longer one's section: that cost an unseen sample, round 119)
                 or headline >= _COPY_NEAR and headline == _short_title_under_menu(lines, lines[0].text.strip())):
        dated = headline   # 致自己 under 致自己 - 0hayo / 0hayo: named by the <title>, however short
    if dated is None and headline is not None and headline > 0 and len(lines[headline].text.strip()) > LONGEST_NAMED_TITLE \
            and lines[headline].text.strip() == lines[0].text.strip():
        dated = headline   # Mac OS Node.js gpy 报错：No receipt for '…' found at '/': the <title> again whole, too long for the finder
    if dated is not None:
        page["certain_headline"] = str(dated)   # (region.page_header: the title, however short — or long)
    region = main_region([l.text for l in lines], headline)
    first_prose, last_prose = region.start, region.stop - 1   # no prose: all "body", only "anywhere" rules

    reasons: list[str | None] = [None] * len(lines)
    replaced: dict[int, Line] = {}
    maybe: list[tuple[int, str, bool]] = []   # (line, reason, also at the file's edge): boilerplate only next to other boilerplate
    for start, stop in navigation_runs(lines, first_prose, last_prose):
        # (Hello / 🀄 / 266的小网站 / 主页 / 关于 / … / Hello: the <title> over the menu, which the
        # headline below repeats, is no menu item)
        if start == 0 and headline is not None and headline > 0 and lines[headline].text == lines[0].text \
                and len(lines[0].text) < _SHORT_TITLE:
            start = 1   # (a longer <title> is no menu's word: the menu's own run does not take it)
        if headline is not None and start < headline < stop and lines[headline].text == lines[0].text:
            stop = headline   # (… / 暗色模式 / 总结 / hugo博客网站 / its subtitle: the menu ends at the headline)
        for k in range(start, stop):
            reasons[k] = "site navigation menu"
    marks = bare_section_marks([l.text for l in lines])   # 1 / 2 / 3: a feature's section marks stay
    heads = frozenset(running_heads(lines))
    counts = paragraph_counts(lines)
    repeated = Counter(lines[k + d].text for k in counts for d in (-1, 1) if 0 <= k + d < len(lines))
    for k in counts:
        if k not in marks:
            # (a bare number beside a line every page repeats — a printed page's running
            # head — is that page's number)
            near_head = any(0 <= k + d < len(lines) and (k + d in heads or repeated[lines[k + d].text] >= 3) for d in (-1, 1))
            reasons[k] = "page number of the printed original" if near_head else "count beside a paragraph (comments or likes)"
    for k in heads:   # (running_heads gives the heads and the page numbers beside them)
        reasons[k] = "page number of the printed original" if lines[k].text.isdigit() \
            else "running head of the printed original"
    for start, stop in bullet_link_lists(lines):
        for k in range(start, stop):
            reasons[k] = reasons[k] or "list of links (a bullet on each line before it)"
    label_ends = set()    # a vertical label's last line: a list of links under it
    for start, stop in vertical_labels(lines):
        for k in range(start, stop):
            reasons[k] = reasons[k] or "label of a box, one character a line"
        label_ends.add(stop - 1)
    in_related = False
    title_seen = False
    first_kept = ""          # the first line kept in the header: the title, if any
    first_kept_at = -1       # …and where it stands
    title_copy: tuple[int, int] | None = None   # the page's <title> (line 0) and the body's last copy of it above the text
    site_title = None        # a page title naming only the site
    for i, line in enumerate(lines):
        zone = "header" if i < first_prose else "footer" if i > last_prose else "body"
        if reasons[i]:
            # (above the text, only under the headline: the list may not take the title)
            in_related = in_related or i in label_ends and (zone != "header" or headline is not None and i > headline)
            continue
        text = line.text
        record = _RECORD_FIELD.match(text) if i < _RECORD_HEADER else None
        if record is not None:
            # title: … / url: … / author: … / content: — the fields a scraper wrote its record with
            key, value = record.group("key").lower(), record.group("value").strip()
            if value and (key == "title" and not title_seen or key in ("content", "text", "body")):
                # the value is the document's: its title, or its text's first line
                removed.append(Removed(line.number, text[: record.start("value")].strip(), "key of the scraper's record"))
                replaced[i] = Line(line.number, value, line.indent, line.blank_before)
                if key == "title":
                    page["page_title_line"] = str(line.number)
                    title_seen, first_kept, first_kept_at = True, value, i
            else:
                reasons[i] = f"field of the scraper's record ({key})"
                if key == "author" and value:
                    page.setdefault("source", value)
            continue
        if headline is not None and i == headline + 1 and ISO_DATE_IN_BRACKETS.match(text):
            reasons[i] = "page metadata (publication date)"   # ( 2022-04-26) right under the headline
            continue
        # (in the text's zone a lone 日期： / 来源： may be the text's own; right under the
        # headline, before anything is kept, it is the page's dateline)
        dateline = zone == "body" and headline is not None \
            and _only_chrome_since_headline(lines, reasons, i, headline)
        field_zone = "header" if dateline else zone
        fields = page_fields(text, field_zone)
        if fields is not None and (_is_meeting_header(lines, i, fields) or _is_letter_header(lines, i)):
            fields = None
        if i + 1 < len(lines) and (_without_colon(simplified(text)) in _DATE_KEYS and _DATELINE_VALUE.match(lines[i + 1].text)
                                   or (zone == "header" or dateline) and _POSTED_KEY.match(text.strip())
                                   and _POSTED_AT.match(lines[i + 1].text.strip())):
            # 更新时间 / 2012年12月10日, 格林尼治标准时间10:41: the key (with or without its colon), its date below
            page.setdefault("date", lines[i + 1].text)
            reasons[i] = reasons[i + 1] = f"page metadata ({text})"
            continue
        if fields is None and _name_key_alone(lines, i):
            # 作者 / 林雙牧 / 發表時間 / 2019-05-17 09:52: the key without its colon, the name under it
            page.setdefault(PAGE_FIELDS[simplified(text)], lines[i + 1].text)
            reasons[i] = reasons[i + 1] = f"page metadata ({text})"
            continue
        if fields is not None:
            paired = _value_on_next_line(lines, i, fields, field_zone)
            if paired is not None and i + 1 < len(lines) and _starts_title(lines[i + 1].text, page):
                paired = None   # 主题词： left empty, the title under the table on the next line
            if paired is not None:
                fields = paired
            for key, value, target in fields.fields:
                if target and value and target not in page and value.lower() not in _NOT_AUTHORS:
                    page[target] = value
            reasons[i] = "page metadata (" + "、".join(k for k, _, _ in fields.fields) + ")"
            if paired is not None:
                reasons[i + 1] = reasons[i]
            continue
        if in_related:
            # (… / 【财新网】 / 9月26日，…: the article's dateline after a box of links inside it —
            # the text goes on)
            if len(text) <= 40 and not _is_prose(text) and not text.endswith("。") and not NOTE.match(text) \
                    and not NEWS_DATELINE.match(text):
                reasons[i] = "related-article list"
                continue
            in_related = False
        if i == 0 and names_the_template(text):
            reasons[i] = "page title (it names the site's template)"   # 中标公告详细页面, above any zone's text
            site_title = text    # (the page's metadata may repeat it on the next line)
            continue
        if zone == "header" and (not title_seen and i == 0 and names_only_the_site(text) and not _part_is_headline(text, lines, headline)
                                 or text == site_title):
            reasons[i] = "page title (it names only the site)"   # 北医新闻网_(新闻): no headline in it
            site_title = text    # (the page's metadata may repeat it on the next line)
            continue
        if zone == "header" and not title_seen:
            # The page title: strip the counters and site name it carries, keep the rest
            # (the site-banner rule would otherwise take it for the banner).
            stripped = _strip_title_suffix(line, removed, lines[headline].text if i == 0 and headline else None,
                                           {title_key(l.text) for l in lines[1:headline or 0]} | _wrapped_site_name(line),
                                           below_banner=_over_its_text(lines, headline))
            if stripped is not line:
                replaced[i] = stripped
                page["page_title_line"] = str(line.number)
                title_seen = True
                first_kept, first_kept_at = stripped.text, i
                continue
        if zone == "header" and first_kept and squash(text) == squash(first_kept):
            reasons[i] = "title repeated (page title and heading)"
            _site_header_between(lines, reasons, first_kept_at, i)
            # (滴！打卡！ / menu / 滴！打卡！ / a sidebar's tree / 博客 / 滴！打卡！ / the text: the copy nearest the
            # text, the last one in the header's zone)
            title_copy = (first_kept_at, i)
            if i == 1:   # 显示 / 显示: the page's <title>, then the body's copy of it
                page.setdefault("page_title_line", str(lines[0].number))
            continue
        rule = match_rule(text, zone)
        if rule is not None and rule.name in ("site-banner", "site-name") and headline is not None and headline > 0 \
                and squash(text) == squash(lines[headline].text) == squash(lines[0].text):
            rule = None   # (hugo博客网站 as the <title> and over the post: the headline, however it ends)
        if rule is None and dateline:
            # August 10, 2019 under the headline, where the text's region already began: the
            # post's dateline all the same
            rule = match_rule(text, "header")
            rule = rule if rule is not None and rule.name in _DATELINE_RULES else None
        if rule is not None and rule.name == "counter-key" and (dateline or i > 0 and (reasons[i - 1] or "").startswith("page metadata")):
            reasons[i] = rule.reason   # (阅读 in the post's info bar, under its dates: the bar is the page's)
            continue
        if rule is not None and rule.name == "legal-header" and i > 0 \
                and squash(text) == squash(_without_title_suffix(lines[0].text)):
            rule = None   # 免责声明 under the <title> 免责声明: the page's document is the notice itself
        if rule is None:
            title_seen = True
            if not first_kept:
                first_kept, first_kept_at = text, i
        elif rule.where in ("edge", "beside"):
            maybe.append((i, rule.reason, rule.where == "edge"))
        else:
            reasons[i] = rule.reason
            # (above the text, page_header takes what lies above the title: a sidebar's list
            # header there may stand right over the headline)
            in_related = rule.name in ("related-header", "feed-header") and zone != "header"
    if not shows_web_page(reasons):   # 2013年 5月 2日星期四 under a plain document's title: its date
        reasons = [None if reason == DATE_BOX else reason for reason in reasons]
    elif lines and not reasons[0] and (is_site_name_alone(lines[0].text)
                                       or squash(lines[0].text) == squash(page.get("source", "")) != ""):
        # (经济参考网 / headline / 2011-12-08 作者：… 来源：经济参考网: the <title> is the site the
        # page's own dateline names as the source)
        reasons[0] = "page title (it names only the site)"   # 某某市人民政府, above the page's menu
        for k in range(1, min(len(lines), _SITE_TITLE_COPY)):
            if (not reasons[k] or reasons[k].startswith("title repeated")) and lines[k].text == lines[0].text:
                reasons[k] = reasons[0]   # (its banner repeats it under it: no more the title than the <title>)
    if title_copy is not None and title_copy[0] == 0 and first_prose - title_copy[1] <= _HEADLINE_TO_TEXT \
            and not _title_again_below(lines, first_kept, title_copy[1], first_prose) and shows_web_page(reasons):
        _site_header_between(lines, reasons, *title_copy, web_page=True)
    _watermarks(lines, reasons)
    _loading_marks(lines, reasons)
    _calendars(lines, reasons)
    _sister_sites(lines, reasons)
    _between_player_controls(lines, reasons)
    _rest_of_font_switcher(lines, reasons)
    _rest_of_breadcrumb(lines, reasons)
    _tags(lines, reasons, headline)
    _dated_link_runs(lines, reasons)
    title_lines = page_header(lines, region, replaced, reasons, page)
    _date_in_info_bar(lines, reasons, page)
    if "title_label" in page:   # (4)第 02 次會議: the volume's running number before the title
        number, label = page.pop("title_label").split("\t")
        removed.append(Removed(int(number), label, "running number before the title (its volume's)"))
    page_footer(lines, region, reasons)
    _site_name_by_copyright(lines, reasons, removed)
    own_outline = own_contents_box(lines, reasons, region)
    if page.get("byline") in own_outline:
        # (目录 / … / 方法一 / …: a name-like entry of the box between the headline and the text,
        # which the header took for the writer's name in its info bar, is the box's)
        del page["author"], page["byline"]
    _empty_attachments_box(lines, reasons)
    boxed = contents_box_entries(lines, reasons)
    anchored = heading_anchors(lines, reasons)
    outline = _entries_each_as_often_as_listed(tuple(text for text, _ in boxed), own_outline, anchored)
    if outline:
        page["outline"] = "\n".join(outline)   # (for structure: the text's copies are its headings)
    if anchored:
        page["anchored"] = "1"   # (each heading marked by its anchor, of every level: the outline is whole)
    if any(depth for _, depth in boxed):   # (1. / 1.1. / 1.3.1.: how deep each section stands)
        page["outline_depths"] = "\n".join(f"{depth}\t{text}" for text, depth in boxed)
    for i, reason, at_edge in maybe:
        # (合计 / 9976 at the file's end: a table's last figure, not a counter)
        edge = at_edge and (i == 0 or i == len(lines) - 1 and not _row_of_figures(lines, i))
        # a title's own metadata line under it does not make it a banner
        near = any(0 <= j < len(lines) and reasons[j] and (at_edge or not reasons[j].startswith("page metadata"))
                   for j in (i - 1, i + 1))
        if (edge or near) and reasons[i] not in (_CALENDAR, GUTTER_NUMBERS):
            reasons[i] = reason   # (a calendar's days, a listing's line numbers are no view counters)
    if title_lines:   # a title broken over three lines, told by the page's <title>: one line
        first, last = title_lines
        title = replaced.get(first, lines[first])
        parts = [replaced.get(i, lines[i]).text.strip() for i in range(first, last + 1)]
        page_title = lines[0].text if lines else ""
        joined = parts[0]
        for part in parts[1:]:
            # (途牛发布春节出游调查报告 / 六成受调者选择自助游: a headline and its deck, which the
            # <title> sets apart by a space, keep it; a line broken mid-word joins without one)
            apart = re.search(re.escape(joined[-4:]) + r"[ \u3000\u00a0]+" + re.escape(part[:4]), page_title)
            joined += (" " if apart else "") + part
        replaced[first] = Line(title.number, joined, title.indent, title.blank_before)
    kept: list[Line] = []
    for i, line in enumerate(lines):
        if reasons[i]:
            removed.append(Removed(line.number, line.text, reasons[i], line.last))
        elif not (title_lines and title_lines[0] < i <= title_lines[1]):
            kept.append(replaced.get(i, line))
    return _drop_repeated_title(kept, removed)




_SITE_TITLE_COPY = 4   # lines under a page's <title> where its banner may repeat it


def _date_in_info_bar(lines: list[Line], reasons: list[str | None], page: dict[str, str]) -> None:
    """出处：pconline / 2012年01月17日 / 作者：PConline, or the headline / 2018年05月23日 / 责任编辑：…
    on a web page: a date between two lines of the page's metadata, or between its headline and
    one, is the page's publication date, not the document's own (the context step)."""
    if not shows_web_page(reasons):
        return
    headline = int(page.get("headline_line", "0"))
    for i in range(1, len(lines) - 1):
        if reasons[i] or not is_date(lines[i].text) or len(lines[i].text) > 24:
            continue
        above = "headline" if not reasons[i - 1] and lines[i - 1].number == headline else reasons[i - 1]
        below = reasons[i + 1]
        if above and below and (below.startswith("page metadata") or above.startswith("page metadata")):
            reasons[i] = "page metadata (publication date)"
            page.setdefault("date", lines[i].text)


_HEADLINE_TO_TEXT = 20   # lines between a page's headline and its text (date, widgets, a deck)


#: a channel's or section's name in the site's header (天下縱橫, 新聞頻道): a label, no sentence
_HEADER_LABEL = 12


def _title_again_below(lines: list[Line], title: str, copy: int, text: int) -> bool:
    """Is the title set again (whole or in part) between its copy and the text? Then that copy
    was one item of a list of headlines, and the page's own headline is the one below."""
    key = squash(title)
    return any(len(squash(lines[k].text)) >= 6 and squash(lines[k].text) in key for k in range(copy + 1, text))


def _site_header_between(lines: list[Line], reasons: list[str | None], title: int, copy: int, web_page: bool = False) -> None:
    """上網成癮如吸毒 / 天下縱橫 / 新聞頻道 / 上網成癮如吸毒: between the page's <title> and the
    body's copy of it stands the site's header — short labels kept so far go with it (the
    context step: what lies between two removed lines of the header is the header's). On a
    page that shows itself as scraped, where the <title> is the page's first line and the copy
    the headline right over the text (not one item of a list of headlines), all of it goes:
    menus and lists of other headlines too (a date or a 发文字号 there stays)."""
    between = [k for k in range(title + 1, copy) if not reasons[k]
               and not is_date(lines[k].text) and not is_doc_number(lines[k].text)]
    if title >= 0 and between and (web_page or all(len(lines[k].text) <= _HEADER_LABEL and not PROSE_MARKS.search(lines[k].text)
                                                   for k in between)):
        for k in between:
            reasons[k] = "site header (between the page's title and its copy over the text)"


_LOADING_RUN = 3   # dot lines in a row: a picture's loading marks, not a listing's or a list's leaders


def _loading_marks(lines: list[Line], reasons: list[str | None]) -> None:
    """. / . / .: the marks a page's picture leaves while it loads, three lines a picture."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and not reasons[j] and LOADING_DOT.match(lines[j].text):
            j += 1
        if j - i >= _LOADING_RUN:
            for k in range(i, j):
                reasons[k] = "image placeholder left by the scraper (a picture's loading marks)"
        i = max(j, i + 1)


#: 日 / 一 / 二 … 六, or 一 二 三 四 五 六 日 on one line: a month's weekday row
_WEEKDAYS = ("日一二三四五六", "一二三四五六日")
#: 日历 / « / may 2019 / » / 2019年5月: a calendar's name, its month and the arrows to the next
_CALENDAR_HEAD = re.compile(r"^(?:日[历曆]|calendar|[«»‹›<>]{1,2}|[«‹<]?\s*(?:\d{4}\s*年\s*\d{1,2}\s*月|\d{1,2}\s*月|[A-Za-z]{3,9}\.?\s+\d{4}|"
                            r"\d{4}[-/.]\d{1,2})\s*[»›>]?)$", re.IGNORECASE)
_CALENDAR = "calendar box (the site's, beside the text)"
_CALENDAR_HEAD_LINES = 4   # at most, above the weekday row
_MONTH_DAYS = 28           # day numbers in a row, 1 up, at least: a month


def _calendars(lines: list[Line], reasons: list[str | None]) -> None:
    """日历 / « / may 2019 / » / 日 / 一 … 六 / 1 / 2 … 31: a blog's calendar box — a weekday row,
    then the month's days in order from 1. Its days are no table of figures, and its letters
    no text."""
    texts = [re.sub(r"\s+", "", line.text) for line in lines]
    i = 0
    while i < len(lines):
        row = _weekday_row(texts, i)
        if not row:
            i += 1
            continue
        j, day = i + row, 1
        while j < len(lines) and (texts[j] == str(day) or not texts[j]):
            day, j = day + (1 if texts[j] else 0), j + 1
        if day - 1 < _MONTH_DAYS:
            i += 1
            continue
        start = i
        while start > 0 and i - start < _CALENDAR_HEAD_LINES and _CALENDAR_HEAD.match(lines[start - 1].text.strip()):
            start -= 1
        for k in range(start, j):
            reasons[k] = _CALENDAR
        i = j


def _weekday_row(texts: list[str], i: int) -> int:
    """How many lines the weekday row at line i takes (one, or seven), 0 if none is there."""
    if texts[i] in _WEEKDAYS:
        return 1
    if "".join(texts[i: i + 7]) in _WEEKDAYS and all(len(t) == 1 for t in texts[i: i + 7]):
        return 7
    return 0


#: 附件 / 相关附件： / 附件下载: the label of a page's box of attachments
_ATTACHMENTS_LABEL = re.compile(r"^(?:相关)?附件(?:下载)?\s*[:：]?$")


def _empty_attachments_box(lines: list[Line], reasons: list[str | None]) -> None:
    """附件, the text's last line kept, with only the site's lines under it: the label of the
    page's attachments box, left empty — no heading of the text (on a web page only)."""
    kept = [k for k in range(len(lines)) if not reasons[k] and lines[k].text.strip()]
    if kept and _ATTACHMENTS_LABEL.match(lines[kept[-1]].text.strip()) and kept[-1] + 1 < len(lines) \
            and shows_web_page(reasons):
        reasons[kept[-1]] = "the page's attachments box, empty"


#: 外交部 / 国家统计局 / 市教委 / 万盛经开区管委会 / 中国政府网: a public body's (or its site's) name
_BODY_NAME = re.compile(r"^[\u4e00-\u9fff（）()]{1,20}(?:部|委员会|委|局|署|办|办公室|院|政府|网|网站|中心|厅|银行|室|社|管委会|兵团)"
                        r"(?:[（(][\u4e00-\u9fff]{2,12}[）)])?$")
#: 北京 / 内蒙古 / 万州区 / 两江新区: a province or a place under a city
_PLACE_NAME = re.compile(r"^(?:北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|"
                         r"广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|香港|澳门|台湾)$|^[\u4e00-\u9fff]{1,8}(?:新区|区|县|市|州|盟|旗)$")
_SISTER_RUN = 8        # names in a row, at least
_SISTER_SHARE = 0.8    # of the run's lines that are names


def _names_body_or_place(text: str) -> bool:
    text = simplified(text.strip())
    return bool(_BODY_NAME.match(text) or _PLACE_NAME.match(text))


def _sister_sites(lines: list[Line], reasons: list[str | None]) -> None:
    """国务院部门网站 / 外交部 / 国防部 … / 地方政府网站 / 北京 / 天津 …: a government site's box of links to
    its sister sites — the names of public bodies and places, one a line, under a label that
    names them as sites (…网站). A list of bodies in a document has no such label."""
    i, n = 0, len(lines)
    while i < n:
        j, names = i, 0
        while j < n and not reasons[j] and len(lines[j].text) <= 24 and not PROSE_MARKS.search(lines[j].text):
            named = _names_body_or_place(lines[j].text)
            if not named and (j == i or j + 1 < n and not _names_body_or_place(lines[j + 1].text)):
                break   # (one line that is no name, inside the run, may be a label of it)
            names += named
            j += 1
        run = range(i, j)
        if len(run) >= _SISTER_RUN and names >= _SISTER_SHARE * len(run) \
                and any(simplified(lines[k].text).endswith(("网站", "政府网")) for k in run):
            for k in run:
                reasons[k] = "links to other government sites"
        i = max(j, i + 1)


#: 加 拿 大 家园网 / i a s k . c a: letters set apart by spaces, as a page hides its name between paragraphs
_SPACED_OUT = re.compile(r"(?:^|\s)\S(?:\s+\S){3,}(?:\s|$)")
#: www.iask.ca / 家园新闻,news.iask.ca: a site's address, alone or after its name (its last two labels kept)
_ADDRESS = re.compile(r"(?:^|[,，])(?:[a-z0-9-]+\.)*([a-z0-9-]+\.(?:com|cn|net|org|ca|hk|tw|mo|us|uk))$")
_LETTER = re.compile(r"[^\W\d_]")
_WATERMARK_KEY = 16    # characters of a spaced-out watermark, at most, once its spaces are gone
_WATERMARK_LINE = 30   # characters of a line that carries the site's address as a watermark
_WATERMARK_COPIES = 3


_COPYRIGHT = next(rule.reason for rule in RULES if rule.name == "icp")


def _site_name_by_copyright(lines: list[Line], reasons: list[str | None], removed: list[Removed]) -> None:
    """… / 深入理解Yii2.0 / 庄全🥚 / © 2016 - 2022 | / 苏ICP备…: the site's name that the <title>
    carries after its headline, alone right over or under the copyright line, is the footer's
    (a text with no prose ends at the site's first certain line, which this name stands above)."""
    names = {title_key(r.text) for r in removed if r.reason == SITE_IN_TITLE and title_key(r.text)}
    if not names:
        return
    beside = {j for k, reason in enumerate(reasons) if reason == _COPYRIGHT for j in (k - 1, k + 1)}
    for k in sorted(beside):
        if 0 < k < len(lines) and not reasons[k] and title_key(lines[k].text) in names:
            reasons[k] = "site footer (the site's name beside its copyright line)"


def _watermarks(lines: list[Line], reasons: list[str | None]) -> None:
    """加拿大 家 园 网 / i Ask . ca / 加拿大家园,www.iask.ca, again and again between the paragraphs:
    the name or address a site hides in its text to mark copies — the same few characters,
    spaced out, or short lines with the same address, three or more times; never a sentence."""
    keys = [squash(line.text).lower() for line in lines]
    counts = Counter(keys)
    # (a name holds letters: 0 & 0 & 1, a matrix's row set again and again, holds none)
    spaced = {key for key, line in zip(keys, lines) if counts[key] >= _WATERMARK_COPIES
              and 3 <= len(key) <= _WATERMARK_KEY and _SPACED_OUT.search(line.text) and _LETTER.search(key)}
    domains = [m.group(1) if len(key) <= _WATERMARK_LINE and (m := _ADDRESS.search(key)) else None for key in keys]
    addresses = Counter(d for d in domains if d)
    for k, key in enumerate(keys):
        if reasons[k] or PROSE_MARKS.search(lines[k].text.replace(",", "")):
            continue
        if key in spaced:
            reasons[k] = f"the site's watermark (set {counts[key]} times in the page)"
        elif domains[k] and addresses[domains[k]] >= _WATERMARK_COPIES and not _inside_a_sentence(lines, reasons, k):
            reasons[k] = f"the site's watermark ({domains[k]}, set {addresses[domains[k]]} times in the page)"


def _inside_a_sentence(lines: list[Line], reasons: list[str | None], k: int) -> bool:
    """官网地址: / www.r3k.com / 前往控制台…, 当中。或者在 / console.r3k.com / 中下载接入器: the link's
    address, set off by the page, between two pieces of the sentence it stands in — the line
    above breaks off on a colon or a word that cannot end a sentence (a watermark stands
    between whole paragraphs, or under a headline: 加国龙年邮票发售… / iask.ca)."""
    return 0 < k < len(lines) - 1 and not reasons[k - 1] and not reasons[k + 1] \
        and _BREAKS_OFF.search(lines[k - 1].text) is not None and _HAN.search(lines[k + 1].text) is not None


#: 官网地址: / 或者在 / 回到: a sentence broken off before the address it names
_BREAKS_OFF = re.compile(r"(?:[:：]|[在到从于向往为与和或及把被给对的是用])$")


_PLAYER = next(rule.reason for rule in RULES if rule.name == "video-player")
_PLAYER_GAP = 4    # lines of the player's own (0:00 / 播放 / 靜音) between two it is known by
_PLAYER_MENU = 24  # …or of its settings menu, in Latin letters and figures


def _between_player_controls(lines: list[Line], reasons: list[str | None]) -> None:
    """播放影片 / 0:00 / 播放 / Skip Backward / 靜音 / 目前時間: the short lines between two of a
    video player's known controls are its controls too (the context step: a short line
    between two lines of a widget is of that widget)."""
    known = [k for k, reason in enumerate(reasons) if reason == _PLAYER]
    opened = None
    for k in known:   # its dialog (字幕設定: 文字 / Color / 白 / 黑 … 完成), between its first and last line
        text = simplified(lines[k].text)
        if _DIALOG_OPENS.match(text):
            opened = k
        elif _DIALOG_CLOSES.match(text) and opened is not None and k - opened <= _PLAYER_DIALOG:
            for j in range(opened + 1, k):
                reasons[j] = reasons[j] or _PLAYER
            opened = None
    for a, b in zip(known, known[1:]):
        between = range(a + 1, b)
        short = all(reasons[k] is None and len(lines[k].text) <= 20 and not _SENTENCE_END.search(lines[k].text)
                    for k in between)
        # Quality / Auto / Back / 360p / 240p / 0.25x …: a settings menu's words and figures, no
        # hanzi, may run longer between two known controls
        latin = all(reasons[k] is None and len(lines[k].text) <= 16 and not _HAN.search(lines[k].text)
                    for k in between)
        if 0 < len(between) <= _PLAYER_GAP and short or 0 < len(between) <= _PLAYER_MENU and latin:
            for k in between:
                reasons[k] = _PLAYER


_SENTENCE_END = re.compile(r"[。！？!?]$")
_DIALOG_OPENS = re.compile(r"^(?:开始对话(?:视窗|窗口)|Beginning of dialog window)")
_DIALOG_CLOSES = re.compile(r"^(?:结束对话(?:视窗|窗口)|End of dialog window)")
_PLAYER_DIALOG = 120   # lines of a player's caption settings dialog, at most

#: a font-size switcher's key (字体：[ / 字号：), and the parts a page splits it into, a line
#: each: 大 / 中 / 小, the brackets around them, 默认, A+ / A-
_FONT_KEY = re.compile(r"^[【\[［(（]?\s*(?:字[体号型](?:大小)?|文字大小)\s*[:：]?\s*[【\[［(（]?\s*(?:[大中小]\s*)?$")
_FONT_PART = re.compile(r"^[【\[［(（]?\s*(?:[大中小]|默认|标准|A\s*[+-]?|T\s*[+-]?)?\s*[、|｜/]?\s*[】\]］)）]?$")
_FONT_PARTS = 6    # a switcher's parts after its key: [ 大 中 小 ] and a spare


#: 单反市场硝烟正浓 尼康D60套机仅4670 2008-04-28 07:50 / 28 16:39: a headline with the time it
#: was posted (or the time alone, its headline lost), as a list of other articles gives them
_DATED_LINK = re.compile(r"^(?:[^。！？!?]{2,60}\s+)?(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}|\d{1,2})"
                         r"\s+\d{1,2}:\d{2}(?::\d{2})?$")
_DATED_RUN = 3   # such lines in a row: a list, not a sentence that happens to end on a time


def _dated_link_runs(lines: list[Line], reasons: list[str | None]) -> None:
    """Three or more lines in a row, each a headline and its posting time: a list of links."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _DATED_LINK.match(lines[j].text):
            j += 1
        if j - i >= _DATED_RUN:
            for k in range(i, j):
                reasons[k] = reasons[k] or "list of links (a posting time on each line)"
        i = max(j, i + 1)


#: 标签 / 国际反腐 / “全球见证” / 官员腐败: the article's tags under their key, a tag a line
_TAGS_KEY = re.compile(r"^(?:标签|標籤|Tags?|TAGS?)\s*[:：]?$")
_TAGS_MOST = 8


#: 先分析要提取内容所在: a clause that goes on (ends on a word, after some words of the text)
_UNFINISHED = re.compile(r"[\u4e00-\u9fff]{6,}$")


def _tags(lines: list[Line], reasons: list[str | None], headline: int | None) -> None:
    """The tags under a bare 标签 key: short lines without a mark of a sentence, up to the
    first that is not one (a tag may repeat a part of the headline: it is not the title),
    and never the headline itself (标签 / 分类 / 搜索 / 开篇: a menu's item, then the post)."""
    for i, line in enumerate(lines):
        if not _TAGS_KEY.match(line.text):
            continue
        if i > 0 and not reasons[i - 1] and _UNFINISHED.search(lines[i - 1].text):
            continue   # (先分析要提取内容所在 / 标签 / 或 / 类名: a word in code, inside a sentence)
        tags = []
        for k in range(i + 1, min(i + 1 + _TAGS_MOST, len(lines))):
            text = lines[k].text
            if not text or len(text) > 12 or re.search(r"[，。；：！？,;:!?]", text) or k == headline:
                break
            tags.append(k)
        if tags:
            for k in [i] + tags:
                reasons[k] = reasons[k] or "the article's tags"


def _rest_of_font_switcher(lines: list[Line], reasons: list[str | None]) -> None:
    """字体：[ / 大 / 中 / 小 / ]: the lines a font-size switcher was split into, after its
    removed key, are the switcher too (left alone, 中 and 小 would be paragraphs)."""
    for i, line in enumerate(lines):
        if not (reasons[i] and _FONT_KEY.match(line.text)):
            continue
        for k in range(i + 1, min(i + 1 + _FONT_PARTS, len(lines))):
            if not lines[k].text or not _FONT_PART.match(lines[k].text):
                break
            reasons[k] = reasons[k] or "font-size widget"


#: 您当前位置： / 承德市 / > / 围场县 / > / 采购公告 / >中标公告: a breadcrumb split at its links,
#: a separator alone or before a crumb
_CRUMB_KEY = re.compile(r"[:：]\s*$")
_CRUMB_SEPARATOR = re.compile(r"^[>＞»›]\s*")
_CRUMB = 16   # characters of one crumb, at most


def _rest_of_breadcrumb(lines: list[Line], reasons: list[str | None]) -> None:
    """The crumbs under a removed breadcrumb key that stands alone: a crumb, then separators
    and crumbs, each on its own line (left alone, the section names would open the text)."""
    for i, line in enumerate(lines):
        if reasons[i] != "breadcrumb" or not _CRUMB_KEY.search(line.text):
            continue
        k = i + 1
        if k < len(lines) and 0 < len(lines[k].text) <= _CRUMB:
            k += 1   # (the first crumb: no separator before it)
        while k < len(lines) and _CRUMB_SEPARATOR.match(lines[k].text):
            rest = _CRUMB_SEPARATOR.sub("", lines[k].text)
            if len(rest) > _CRUMB:
                break
            k += 1
            if not rest and k < len(lines) and 0 < len(lines[k].text) <= _CRUMB:
                k += 1   # (> alone: the crumb after it on the next line)
        if k > i + 2:   # (at least one separator: a lone word under the key may be the text's)
            for j in range(i + 1, k):
                reasons[j] = reasons[j] or "breadcrumb"


def _without_colon(key: str) -> str:
    """发布时间： → 发布时间 (string methods, not a pattern: `\s*[:：]$` searched along a line of
    200,000 spaces is quadratic)."""
    key = key.rstrip()
    return key[:-1].rstrip() if key.endswith((":", "：")) else key


#: a page's dateline key standing alone (更新时间, 发布时间：), and the date under it
_DATE_KEYS = frozenset(key for key, field in PAGE_FIELDS.items() if field == "date" and len(key) >= 4)
_DATELINE_VALUE = re.compile(r"^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:[\s,，].{0,30})?$"
                             # 11月28日(五) 05:01: the day (and the time), under the page's clock
                             r"|^\d{1,2}月\d{1,2}日\s*(?:[（(][一二三四五六日天][)）])?(?:\s*\d{1,2}:\d{2}(?:\s*(?:更新|建立))?)?$")

#: a page's byline key standing alone, without a colon (作者, 来源), and the name under it
_NAME_KEYS = frozenset(key for key, field in PAGE_FIELDS.items() if field in ("author", "source"))
_NAME_VALUE = re.compile(r"^[^\s，。；：:！？,;!?]{2,16}$")


def _name_key_alone(lines: list[Line], i: int) -> bool:
    """作者 / 林雙牧, next to the dateline's own key and date (發表時間 / 2019-05-17 09:52): a
    byline set as a table, one cell a line. A key and a name alone are no byline: a
    document's table may have them too."""
    if simplified(lines[i].text) not in _NAME_KEYS or i + 1 >= len(lines) or not _NAME_VALUE.match(lines[i + 1].text):
        return False

    def dated_pair(k: int) -> bool:
        return 0 <= k and k + 1 < len(lines) and simplified(lines[k].text) in _DATE_KEYS \
            and _DATELINE_VALUE.match(lines[k + 1].text) is not None
    return dated_pair(i + 2) or dated_pair(i - 2)


#: title: 外交部就…答问 / url: http://… / author: 国务院新闻办公室网站 / content: — a scraper's record
#: written out key by key at the top of the file
_RECORD_FIELD = re.compile(r"^(?P<key>title|url|link|author|source|date|time|publish_time|pubdate|category|"
                           r"content|text|body)\s*[:：]\s*(?P<value>.*)$", re.IGNORECASE)
_RECORD_HEADER = 8   # lines from the top where such fields stand


_DATELINE_REACH = 8   # lines under the headline (or its copy) where its dateline may stand
#: header rules that take a post's dateline: one right under the headline is the page's, in any zone
_DATELINE_RULES = frozenset(("english-dateline", "counter-key"))


_MENU_WORDS_ABOVE = 2   # a site menu's words between a short <title> and its copy


def _short_title_under_menu(lines: list[Line], title: str) -> int | None:
    """Hello / 🀄 / 266的小网站 / … / 主页 / 关于 / 归档 / … / Hello / 2026-02-11: a short <title> of one
    part, set again alone under the site's menu, is the headline there (too short for the
    candidates a longer <title> gives)."""
    if len(title) < 2 or is_menu_word(title):
        return None
    # (C++ / … / 目录 / 入门 / … sixty-nine entries … / C++ / 2025-03-10: the box of contents the theme
    # sets over the post, between the menu and the copy, pushes the copy further down)
    near = _COPY_NEAR + (_BOX_ENTRIES if any(is_contents_title(line.text) for line in lines[1:_COPY_NEAR]) else 0)
    copy = next((i for i in range(2, min(len(lines), near)) if lines[i].text.strip() == title), None)
    if copy is None or sum(1 for line in lines[1:copy] if is_menu_word(line.text)) < _MENU_WORDS_ABOVE \
            or any(is_sentence(line.text) for line in lines[1:copy]):
        return None   # (某某市人民政府 under the notice it signs: no headline over its text)
    # (商标审查标准 again in the 最新发布 list under the post: a title the page lists is no sure headline)
    return copy if not any(line.text.strip() == title for line in lines[copy + 1:]) else None


def _part_is_headline(title: str, lines: list[Line], headline: int | None) -> bool:
    """My first post - BlackBird's Blog over My first post: a <title> whose parts all read like
    names (English words do) still holds the headline the page sets again below."""
    spans = title_spans(title)
    if headline is not None and headline > 0 and squash(lines[headline].text) == squash(title):
        return True   # (Web1_环境搭建 set again whole over the post's date: its headline, however its parts read)
    return headline is not None and headline > 0 and len(spans) >= 2 \
        and title_key(lines[headline].text) in {title_key(title[a:b]) for a, b in spans}


def _entries_each_as_often_as_listed(*lists: tuple[str, ...]) -> tuple[str, ...]:
    """The sections the page's boxes and anchors name, in order of first listing; each as often
    as the list that names it most often does (影响版本 under three vulnerabilities: three
    sections, three headings)."""
    counts: dict[str, int] = {}
    for entries in lists:
        for text, n in Counter(entries).items():
            counts[text] = max(counts.get(text, 0), n)
    return tuple(text for text, n in counts.items() for _ in range(n))


def _only_chrome_since_headline(lines: list[Line], reasons: list[str | None], i: int, headline: int) -> bool:
    """Is every line between line i and the headline (or a copy of it, kept or not) above it
    removed?"""
    key = squash(lines[headline].text)
    for k in range(i - 1, max(headline, i - 1 - _DATELINE_REACH) - 1, -1):
        if k == headline or squash(lines[k].text) == key:
            return True
        if not reasons[k]:
            return False
    return False


def _value_on_next_line(lines: list[Line], i: int, fields, zone: str):
    """索 引 号： / 000014349/2023-00021: a metadata table pasted one cell per line, the
    key on one line and its value on the next. Returns the fields with the value, or None."""
    if fields.fields[-1][1] or i + 1 >= len(lines):
        return None   # (来源：燕赵晚报  关键字： / 住宅租赁;自有物业: the last key's value, on the next line)
    nxt = lines[i + 1].text
    if not could_be_value(fields.fields[-1][0], nxt):
        return None   # (浏览次数： left empty, then 根据 / 《…办法》 / ，经过…: the text's first words)
    if len(nxt) > 60 or _is_prose(nxt) or match_rule(nxt, zone) is not None or page_fields(nxt, zone) is not None \
            or is_salutation(nxt):
        return None   # (浏览次数： left empty, then 各缴存单位、职工：, the letter's addressees)
    if not (_bare_key(lines, i + 2, zone) or _bare_key(lines, i - 2, zone)
            or _metadata_line(lines, i - 1, zone) or _metadata_line(lines, i + 2, zone)):
        return None   # one bare 来源： is not a table; the line under it may be the salutation
    key = fields.fields[0][0]
    if key == "标题" and not any(len(squash(l.text)) >= 6 and squash(nxt).startswith(squash(l.text))
                                for l in lines[i + 2: i + 40]):
        return None   # the title itself, unless the page repeats it (maybe broken) below the table
    return page_fields(lines[i].text + nxt, zone)


def _starts_title(text: str, page: dict[str, str]) -> bool:
    """Is ``text`` the start of the title the page's 标题： field gave?"""
    title = squash(page.get("title", ""))
    return len(title) > 6 and title.startswith(squash(text))


def _bare_key(lines: list[Line], j: int, zone: str) -> bool:
    """Is line j a metadata key without its value (索 引 号：)?"""
    if not 0 <= j < len(lines):
        return False
    f = page_fields(lines[j].text, zone)
    return f is not None and len(f.fields) == 1 and not f.fields[0][1]


_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_HEADLINE_WITHIN = 1000   # lines from the top of the page where its headline may stand
_SHORT_HEADLINE = 4   # hanzi of a headline shorter than 8 characters that its <title> still names
_SHORT_TITLE = 8      # characters of a title too short for the title finder to take on its own
_BANNER_LINES = 2     # lines under the <title> where a blog's banner repeats the site's name
_COPY_NEAR = 40       # lines under the <title> where a second copy of the headline would stand
_BOX_ENTRIES = 100    # lines of a contents box between the menu and the copy, at most
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _headline(lines: list[Line]) -> int | None:
    """The line that repeats the page's <title> (its first line) as the article's
    headline, if any: the whole <title>, or a run of its parts with the site's name and
    section cut off — before (标题_经济_财经网) or after (人民网 - 标题)."""
    if len(lines) < 3:
        return None
    page_title = _without_title_suffix(lines[0].text)   # (页 1) - 某某论坛: never part of a headline
    if HEADLINE_PLACEHOLDER.match(page_title):
        return None   # (page.title - WhyAlwaysMe 的树洞: the theme never filled its headline in)
    spans = title_spans(page_title)
    # every run of consecutive parts, as written between them (标题-副题 keeps its dash)
    candidates = {title_key(page_title[spans[a][0]: spans[b - 1][1]])
                  for a in range(len(spans)) for b in range(a + 1, len(spans) + 1)}
    candidates = {c for c in candidates if len(c) >= 8}
    # 我的第一篇博客 | zhangWenguang: a short headline beside a site name without hanzi — shorter
    # still when the banner sets that name alone right under the <title> (致自己 - 0hayo / 0hayo)
    parts = [title_key(page_title[a:b]) for a, b in spans]
    with_hanzi = [p for p in parts if _HAN.search(p)]
    if len(parts) == 2 and len(with_hanzi) == 1 and (han_count(with_hanzi[0]) >= _SHORT_HEADLINE
                                                     or _banner_names_the_rest(lines, with_hanzi[0])
                                                     or _names_a_blog_beside(page_title, with_hanzi[0])):
        candidates.add(with_hanzi[0])
    if len(spans) == 1 and len(title_key(page_title)) < _SHORT_TITLE:   # (AUXPI 图床: its key is short)
        under_menu = _short_title_under_menu(lines, page_title.strip())
        if under_menu is not None:
            return under_menu
    chinese = any(_HAN.search(c) for c in candidates)
    if chinese:
        # 为什么你要学习类型系统 - Paradigm X: in a Chinese page's <title>, a part without hanzi is
        # the site's name (its banner repeats it above the headline), not the headline
        candidates = {c for c in candidates if _HAN.search(c)}
    if not candidates:
        return None

    whole = page_title.strip()
    # a key keeps at least half of a line's non-blank characters (a —— or …… becomes one
    # mark), so a paragraph with more than twice the longest candidate cannot repeat the
    # title: it is not keyed (the benchmark's long paragraphs made title_key a tenth of the
    # reader's time)
    longest = 2 * max(len(c) for c in candidates) + 8

    def solid(text: str) -> int:
        return len(text) - text.count(" ") - text.count("\u3000") - text.count("\t")

    def repeats_as(text: str, i: int) -> bool:
        # (or set on two lines: …助企纾困 / 预计4年为纳税人减负180亿元)
        if solid(text) > longest:
            return False
        return title_key(text) in candidates or i + 1 < len(lines) and len(text) >= 6 \
            and solid(text) + solid(lines[i + 1].text) <= longest \
            and title_key(text + lines[i + 1].text) in candidates \
            or (_opens_title(text, whole) or _closes_title(text, whole)) and (not chinese or _HAN.search(text))

    def repeats(i: int) -> bool:
        # (【记者即时播报】途牛发布…: or after the site's column tag, which the <title> leaves out)
        untagged = COLUMN_TAG.sub("", lines[i].text, count=1)
        return repeats_as(lines[i].text, i) or untagged != lines[i].text and repeats_as(untagged, i)
    # (a second copy of the whole <title> right under it is the page's metadata, not its headline)
    start = 2 if lines[1].text == lines[0].text else 1
    # (a news site may set 250 lines of menus and tickers above its headline: look far enough)
    found = next((i for i in range(start, min(len(lines), _HEADLINE_WITHIN)) if repeats(i)), None)
    if found is not None and found <= _BANNER_LINES and len(parts) >= 2 and title_key(lines[found].text) == parts[-1]:
        # OneSmallStep - AnderGH's blogs / AnderGH's blogs / menu / OneSmallStep: the banner sets the
        # <title>'s last part, the site's name, alone under it; the first, set again below, is the headline
        # (the copy over the post's date, when a side menu lists the post too: Promise / Thalleous / 5/23/2023)
        copies = [i for i in range(found + 1, min(len(lines), _HEADLINE_WITHIN)) if title_key(lines[i].text) == parts[0]]
        found = next((i for i in copies if _date_near_below(lines, i)), copies[0] if copies else found)
    if found is not None and found * 3 >= len(lines) * 2 and len(parts) == 2:
        # 分享个聊天接口｜Hstb的小世界 / … / 分享个聊天接口 / … / Hstb的小世界 in the footer: the part set again
        # only at the page's end is the site's name; the other, set again near the top, the headline
        other = next((p for p in parts if p != title_key(lines[found].text) and han_count(p) >= _SHORT_HEADLINE), None)
        found = next((i for i in range(start, min(found, _COPY_NEAR)) if title_key(lines[i].text) == other), found)
    if start == 2 and (found is None or found > _COPY_NEAR) and _YEAR.search(lines[2].text):
        # 2016年的总结 / 2016年的总结 / @ g1eny0ung · Dec 30, 2016 · …: a blog whose <title> is the
        # headline alone, set again right under it over the post's dateline — the only other
        # copy is a side panel's list of posts far below
        return 1
    return found


def _banner_names_the_rest(lines: list[Line], headline_key: str) -> bool:
    """致自己 - 0hayo / 0hayo / 致自己: the <title>'s parts beside the headline (``headline_key``)
    are the site's name, which the blog's banner sets alone right under the <title>."""
    parts = {title_key(lines[0].text[a:b]) for a, b in title_spans(_without_title_suffix(lines[0].text))}
    banner = {title_key(line.text) for line in lines[1:1 + _BANNER_LINES]}
    return headline_key in parts and len(parts) >= 2 and parts - {headline_key} <= banner


def _names_a_blog_beside(page_title: str, headline_key: str) -> bool:
    """上海 - Andrea's Garden: the <title>'s part beside the headline names a blog, in English."""
    rest = [page_title[a:b] for a, b in title_spans(page_title) if title_key(page_title[a:b]) != headline_key]
    return len(rest) == 1 and names_a_blog(rest[0])


def _blog_post_dated(lines: list[Line], headline: int) -> bool:
    """上海 - Andrea's Garden / … / 上海 / Andrea / 收录于 / Hello-World / 2026-03-08: the <title>'s other
    part names a blog, and the post's bare date stands a few short lines under the headline."""
    below = lines[headline + 1: headline + 2 + _FIELDS_OVER_DATE]
    return _names_a_blog_beside(_without_title_suffix(lines[0].text), title_key(lines[headline].text)) \
        and any(_POSTED_AT.match(line.text.strip()) for line in below)


#: 发表于 / Posted on: the words a blog sets right under a post's headline, before its date (a bare
#: date under a part of the <title> may be a news site's section and its day)
_POSTED = re.compile(r"^(?:发表于|發表於|发布于|發佈於|發布於|更新于|更新於|posted on|published on|updated on|"
                     r"收录于$|收錄於$)", re.IGNORECASE)   # (chariothy / 收录于 / 类别: DoIt's key alone, over the category)
#: 2100-05-01 12:44:15 / 2024-07-28: a post's date (and time), alone on its line — read only when
#: the <title> names no line itself (a bare date may be a list's, under each of its headlines)
_POSTED_AT = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$|^\d{4}年\d{1,2}月\d{1,2}日$|"   # (or 2026年07月02日,
                        r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*\d{4}$|"        # Aug 10, 2025,
                        r"^\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}$")             # 10 December 2025)
#: 发布 / 更新 alone over the post's date: the key a blog's theme sets on a line of its own
_POSTED_KEY = re.compile(r"^(?:发布|發布|发表|發表|更新|创建|創建)$")
_META_BETWEEN = 3   # short lines (the writer's name, the post's tags) between a headline and its 发表于
_META_WORD = 8      # characters of each of them, at most
#: lines between a headline the <title> names beside a blog's name and the post's bare date (LoveIt:
#: 知与博 / 知而不博，博而不知 / Borer / included in / Thoughts / 2021-09-22 — subtitle, writer, key, category)
_FIELDS_OVER_DATE = 4
_HANDLE = re.compile(r"[A-Za-z][\w.-]{0,19}")   # (chariothy / 收录于: or the writer's handle, one word in Latin)


def _headline_over_its_date(lines: list[Line], bare: bool = False) -> int | None:
    """开篇 | 1007 我们一起 / … / 开篇 / 发表于 / 2013-10-01: a headline too short — or in Latin letters
    on a Chinese page (Hello World | 小狐狸的被窝) — to be told from the site's name by the <title>
    alone: the part of the <title> the page sets again right over the post's date (even when
    the other part, the blog's name, repeats as its banner further up)."""
    if len(lines) < 3:
        return None
    page_title = _without_title_suffix(lines[0].text)
    parts = {page_title[a:b].strip() for a, b in title_spans(page_title)} - {""}
    if len(parts) < 2:
        # 关于转载 / Jaunty Hoa 的博客 / 关于转载 / 发布 / 2019-08-13: a <title> of one part, set again
        # over the post's date under its key alone — or, when the <title> names no line
        # itself, over the bare date (没有结束 / 2014-01-11, past a contents box that lists a
        # section of that name)
        def dated(i: int) -> bool:
            below = [line.text.strip() for line in lines[i + 1: i + 3]]
            return bool(len(below) == 2 and _POSTED_KEY.match(below[0]) and _POSTED_AT.match(below[1])
                        or bare and below and _POSTED_AT.match(below[0]))
        for i in range(1, min(len(lines), _HEADLINE_WITHIN) - 1):
            if bare and _past_prose(lines[i].text):
                return None   # (某某市人民政府 / 2024年5月17日 under the notice: its signature)
            if lines[i].text.strip() in parts and dated(i):
                return i
        return None
    start = 2 if lines[1].text == lines[0].text else 1
    for i in range(start, min(len(lines), _HEADLINE_WITHIN) - 1):
        if bare and _past_prose(lines[i].text):
            return None   # (某市房产局 / 2023年12月22日 under the text: its signature, no headline)
        if lines[i].text.strip() in parts and _dated_below(lines, i, bare):
            return i
    return None


_PROSE_HANZI = 10   # hanzi of a line of the text's prose, at least


def _past_prose(text: str) -> bool:
    """A line of the text's prose (in hanzi: 2014 - 2026, All Rights Reserved is a footer's): below
    it, a name over a bare date signs the text."""
    # (专注于C,Python,Rust,…,分布式系统,分布式计算: a blog's motto, a list of words between commas in
    # Latin, is no sentence)
    return len(text) >= 30 and CJK_SENTENCE_MARKS.search(text) is not None and han_count(text) >= _PROSE_HANZI



#: 5/23/2023: a post's date as an English-speaking theme sets it (month, day, year)
_POSTED_ON_US = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}$")


def _posts_date(text: str) -> bool:
    """2024-07-28 12:44 / 5/23/2023 / Thu Dec 15, 2016: a post's date alone on its line, as a
    blog's theme sets it."""
    text = text.strip()
    return bool(_POSTED_AT.match(text) or _POSTED_ON_US.match(text) or _english_dateline(text))


def _date_near_below(lines: list[Line], i: int) -> bool:
    """A post's bare date right under line i, or under one short line (its writer's name)."""
    return any(_posts_date(line.text) for line in lines[i + 1: i + 3]) and len(lines[i + 1].text) <= _META_WORD * 2


def _dated_below(lines: list[Line], i: int, bare: bool) -> bool:
    """发表于 under line i; with ``bare``, also the post's date (and time) — right under it,
    or under its writer's name (Java基础 / 君哥 / 2100-05-01 12:44:15, 七月末 / 2024-07-28)."""
    below = [line.text.strip() for line in lines[i + 1: i + 2 + _META_BETWEEN]]
    posted = next((k for k, text in enumerate(below) if _POSTED.match(text)), None)
    if posted is not None and all(len(text) <= _META_WORD or _HANDLE.fullmatch(text) for text in below[:posted]):
        return True   # (WER / 1ens / WP / WP / 发布于：…: the writer's name and the post's tags between)
    # (IPC$ / January 11, 2022 / · admin: or in English, as the theme sets it)
    return bare and bool(_posts_date(below[0]) or len(below) > 1 and is_name(below[0]) and _POSTED_AT.match(below[1]))


#: where a <title>'s site name may join its headline: a dash, a bar, an underscore, a space
_JOIN_AFTER = re.compile(r"^\s*[-－—–_|｜·]|^\s")


def _opens_title(text: str, page_title: str) -> bool:
    """…一块顶十块GPU under …一块顶十块GPU-EDN 电子技术设计: the headline, with the site's
    name after it joined in a way the part splitter does not know; at least 12
    characters, and most of the <title>."""
    text = text.strip()
    return len(text) >= 12 and "。" not in text and len(text) * 5 >= len(page_title) * 3 \
        and page_title.startswith(text) and _JOIN_AFTER.match(page_title[len(text):]) is not None


#: where a <title>'s column name may join the headline after it: 财经风云--标题 / 专栏：标题
_JOIN_BEFORE = re.compile(r"(?:[-－—–_|｜·:：]|\s)\s*$")


def _closes_title(text: str, page_title: str) -> bool:
    """刘士余主动投案，五点不同寻常之处！ under 财经风云--刘士余主动投案，五点不同寻常之处！: the
    headline, with the column's name before it joined in a way the part splitter does not
    know (-- between hanzi may be a dash in a headline); as _opens_title, from the end."""
    text = text.strip()
    return len(text) >= 12 and "。" not in text and len(text) * 5 >= len(page_title) * 3 \
        and page_title.endswith(text) and len(page_title) > len(text) \
        and _JOIN_BEFORE.search(page_title[: len(page_title) - len(text)]) is not None


def _metadata_line(lines: list[Line], j: int, zone: str) -> bool:
    """作者：曹磊 / 2024-05-13 12:03:10 / 选稿：曾炟: a line of the page's metadata block,
    which shows a bare 来源： beside it to be one more of its keys."""
    if not 0 <= j < len(lines):
        return False
    rule = match_rule(lines[j].text, zone)
    return page_fields(lines[j].text, zone) is not None or rule is not None and rule.name in ("timestamp", "editor")


def _is_letter_header(lines: list[Line], i: int) -> bool:
    """受文者：… / 發文日期：… / 發文字號：…: the header of an official letter, which the front
    matter reads (its date and number are the document's, not the page's)."""
    return is_header_field(lines[i].text) and any(
        0 <= j < len(lines) and j != i and is_header_field(lines[j].text) and not page_fields(lines[j].text)
        for j in range(i - 3, i + 4))


def _is_meeting_header(lines: list[Line], i: int, fields) -> bool:
    """时间：… next to 地点：/主持：/出席：… is the header of minutes, not the page's date."""
    if any(key not in ("时间", "日期") for key, _, _ in fields.fields):
        return False
    return any(0 <= j < len(lines) and MEETING_FIELD.match(lines[j].text) for j in (i - 1, i + 1))




_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_NOT_AUTHORS = frozenset(("admin", "administrator", "管理员", "佚名", "网友", "匿名", "小编", "本站"))


def _strip_title_suffix(line: Line, removed: list[Removed], headline: str | None = None,
                        banner: frozenset[str] | set[str] = frozenset(), below_banner: bool = False) -> Line:
    """The page title of a scraped page often carries counters or the site's name. When
    the page sets a part of it again as its headline (``headline``), the rest is the site's
    name however short that part is, if it reads as one or the lines above the headline
    (``banner``, their title keys) repeat it: 测试工程师_ZSTACK over 测试工程师, 致自己 - 0hayo
    over 0hayo / 致自己 — or whatever it reads like, when the headline stands under the banner
    over its text (``below_banner``: 搭建hexo博客 - 图图的小打小闹)."""
    if len(line.text) > 100:
        return line
    text = line.text
    for pattern, reason in TITLE_SUFFIXES:
        m = pattern.search(text)
        if m and m.start() > 0:
            removed.append(Removed(line.number, m.group(0).strip(), reason))
            text = text[: m.start()].rstrip()
    icons = _PRIVATE_USE.findall(text)
    if icons:   # 投身外交(3): a site's icon font glyph after the headline, no character
        removed.append(Removed(line.number, "".join(icons), "private-use character (an icon) in the page title"))
        text = _PRIVATE_USE.sub("", text).strip()
    split, site = split_site_name(text)
    if headline is not None and title_key(headline) == title_key(text) \
            and not any(title_key(p) in banner or _HAN.search(p) and names_site_or_section(p) for p in site):
        # (Book Review | I am sailing, set whole again as the headline, its parts no banner's and
        # no site's name in words: all of it is the title)
        split, site = text, []
    elif headline is not None and (not site or title_key(headline) not in title_key(split)):
        # (测试工程师_ZSTACK: too short a headline for the splitter alone; 开篇博客 🌟 Ecrose's Blog:
        # it took the headline for the site's name — a blog's name; but not 斐波那契数列 |
        # Rain的心情杂货铺 over a headline read in its banner)
        part, rest = _headline_part(text, headline)
        # (a headline set under the banner and the menu, over the text, leaves the rest to the
        # site however it reads: 搭建hexo博客 - 图图的小打小闹 over 搭建hexo博客 / 1 / 动机：…)
        if rest and (below_banner or all(names_site_or_section(p) or names_a_blog(p) or title_key(p) in banner for p in rest)):
            split, site = part, rest
    text = split
    if site and title_key(site[-1]) in _wrapped_site_name(line):   # (the line the page wrapped it onto)
        removed.append(Removed(line.last, site[-1], SITE_IN_TITLE))
        join = line.text[title_spans(line.text)[-2][1]: title_spans(line.text)[-1][0]].strip()
        if not site[:-1] and join:   # (and the mark the first line ends on: 感慨 -)
            removed.append(Removed(line.number, join, SITE_IN_TITLE + " (the mark before it)"))
        site = site[:-1]
    if site:
        removed.append(Removed(line.number, " ".join(site), SITE_IN_TITLE))
    if text == line.text:
        return line
    return Line(line.number, text, line.indent, line.blank_before)


def _wrapped_site_name(line: Line) -> set[str]:
    """.NET6 部署IIS - DotNET | / Tianciの小窝: the <title>'s last part, when the page wrapped the
    <title> onto a line of its own before it (rejoin put them together again) — the site's
    name, as a banner line would be (its title key)."""
    spans = title_spans(line.text)
    return {title_key(line.text[spans[-1][0]:])} if line.last > line.number and len(spans) >= 2 else set()


_TEXT_UNDER_HEADLINE = 3   # lines under a headline where its text's first sentence or its date stands
_CLAUSES_UNDER = 15        # characters of a line of clauses (its sentence unfinished) that opens the text


def _over_its_text(lines: list[Line], headline: int | None) -> bool:
    """Does the headline stand under the banner, over its text (a sentence or the post's date
    within a few lines) — not a copy of the site's name in the banner or the footer?"""
    return headline is not None and headline >= _BANNER_LINES and any(
        is_sentence(line.text) or is_date(line.text) or _posts_date(line.text)
        or len(line.text) >= _CLAUSES_UNDER and PROSE_MARKS.search(line.text) is not None   # (动机：看到别人有，羡慕，…)
        for line in lines[headline + 1: headline + 1 + _TEXT_UNDER_HEADLINE])


def _english_dateline(text: str) -> bool:
    """02 Dec 2017 / Thu Dec 15, 2016: a post's date as an English-speaking theme sets it."""
    rule = match_rule(text, "header")
    return rule is not None and rule.name == "english-dateline"


def _headline_part(title: str, headline: str) -> tuple[str, list[str]]:
    """致自己 - 0hayo over the headline 致自己: the run of the <title>'s parts that the headline
    repeats, and the parts around it (the site's name); the <title> whole when none does."""
    spans = title_spans(title)
    key = title_key(headline)
    for a in range(len(spans)):
        for b in range(a + 1, len(spans) + 1):
            if (a, b) != (0, len(spans)) and title_key(title[spans[a][0]: spans[b - 1][1]]) == key:
                parts = [title[x:y] for x, y in spans]
                return title[spans[a][0]: spans[b - 1][1]], parts[:a] + parts[b:]
    return title, []


def _without_title_suffix(text: str) -> str:
    """关于…的通知_某某市人民政府 → 关于…的通知 (the site's name after a page title)."""
    for pattern, _ in TITLE_SUFFIXES:
        m = pattern.search(text)
        if m and m.start() > 0:
            text = text[: m.start()]
    return text


def _drop_repeated_title(lines: list[Line], removed: list[Removed]) -> list[Line]:
    """A scraped page may repeat the title as its last line. When the title at the top
    was broken over two lines, the repetition shows it: the two become one line."""
    if len(lines) < 3 or len(lines[-1].text) > 100:
        return lines
    last = squash(_without_title_suffix(lines[-1].text))
    if last == squash(lines[0].text):
        removed.append(Removed(lines[-1].number, lines[-1].text, "title repeated at the end"))
        return lines[:-1]
    if len(lines) >= 4 and last == squash(lines[0].text + lines[1].text):
        removed.append(Removed(lines[-1].number, lines[-1].text, "title repeated at the end"))
        first, second = lines[0], lines[1]
        title = Line(first.number, first.text + second.text, first.indent, first.blank_before)
        return [title] + lines[2:-1]
    return lines
