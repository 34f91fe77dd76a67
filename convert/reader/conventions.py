"""How a text was written, told apart before its structure is read: double-spaced (a blank
line after every element), hard-wrapped at a fixed width, or with its marks half-width in
Chinese. Each is made to read like the text the rules were written for."""

from __future__ import annotations

from dataclasses import replace

from .. import regexcache as re
from ..model import Removed
from .boilerplate import PROSE_MARKS, match_rule, paragraph_counts, running_heads
from .lines import Line
from .rejoin import rejoin, wrap_width


#: the share of lines after a blank one above which a text's blank lines carry nothing
DOUBLE_SPACED = 0.9


def is_double_spaced(lines: list[Line]) -> bool:
    """Does (nearly) every line of the text stand after a blank line?"""
    return len(lines) >= 8 and sum(line.blank_before for line in lines[1:]) >= DOUBLE_SPACED * (len(lines) - 1)


#: the share of long lines ending mid-sentence from which a text may be hard-wrapped
_CUT_SHARE = 0.3
_ENDS_SENTENCE = re.compile(r"[。！？!?；;：:”’」』）)…]$")


def hard_wrapped(lines: list[Line]) -> bool:
    """Was the text hard-wrapped at a fixed width? Many long lines stop in the middle of a
    sentence (a cheap look first: one paragraph a line, as a web page gives, ends them
    all), and a wrap width shows."""
    long = [line.text for line in lines if len(line.text) >= 12]
    return bool(long) and sum(1 for text in long if not _ENDS_SENTENCE.search(text)) >= _CUT_SHARE * len(long) \
        and wrap_width(lines) > 0


def as_written(r: Removed, written: tuple[str, ...], read: tuple[str, ...]) -> Removed:
    """A removed line (or part of one) as the file has it, before its marks were made
    full-width — where each mark was changed for one (not … for ...)."""
    if r.last_line > r.line or not 1 <= r.line <= len(read) or len(written[r.line - 1]) != len(read[r.line - 1]):
        return r
    at = read[r.line - 1].find(r.text)
    return replace(r, text=written[r.line - 1][at: at + len(r.text)]) if at >= 0 else r


_HALF_MARK = re.compile(r"[\u4e00-\u9fff][,:;!?]|[,:;(][\u4e00-\u9fff]")
_FULL_MARK = re.compile(r"[，：；！？（]")


def half_width_text(lines: tuple[str, ...]) -> bool:
    """Does the text write its punctuation half-width beside hanzi more often than
    full-width (各区县人民政府,市政府各部门: rather than ，：)?"""
    text = "\n".join(lines)
    marks = sum(text.count(mark) for mark in ",:;(!?")
    if marks <= 4:
        return False   # (a text of full-width marks has next to none: no need to look closer)
    return len(_HALF_MARK.findall(text)) > max(len(_FULL_MARK.findall(text)), 4)


def join_wrapped_prose(lines: list[Line]) -> list[Line]:
    """A text hard-wrapped at a fixed width (a Word or PDF export, a mail): its paragraphs
    of prose are made whole before anything reads them — a wrapped line is no menu item,
    no footer. Only prose is joined here: two lines without a mark of prose between them
    (a title and its copy, a menu), a running head and its page number, a line a rule takes
    for the page's (CopyRight@2004) stay apart for the rules to see; the rest is joined
    once they are gone."""
    chrome = {k for k, line in enumerate(lines) if match_rule(line.text, "footer") is not None}
    chrome.update(running_heads(lines))
    chrome.update(paragraph_counts(lines))
    prose = [PROSE_MARKS.search(line.text) is not None for line in lines]
    apart = frozenset(lines[k].number for k in range(1, len(lines))
                      if k in chrome or k - 1 in chrome or not (prose[k] or prose[k - 1]))
    return rejoin(lines, apart)
