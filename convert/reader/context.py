"""The state the body classifiers share, and the rank constants of headings.

A classifier is ``fn(ctx, i) -> lines consumed or None``: it looks at ``ctx.lines[i]``
(and maybe the lines after it), appends blocks to ``ctx.blocks`` when it accepts, and
says how many lines it used. Headings are appended as ``Draft``s: their levels are only
known once the whole document has been seen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Mapping, Optional

from ..model import Notice
from .lines import Line


@dataclass
class Draft:
    """A heading before its level is known (levels need the whole document)."""

    rank: float
    label: str
    content: str
    run_in: bool = False     # split from the paragraph it opened: set back into it
    depth: int = 0           # levels below its rank's, as the page's contents box nests it (1.1. under 1.)


@dataclass
class Context:
    lines: list[Line]
    blocks: list = field(default_factory=list)   # Block | Draft
    seen_heading: bool = False
    law: bool = False                            # the text has 第X条 articles
    meta_date: str = ""
    in_attachment: bool = False
    title: str = ""                              # meta.title: names a document it issues
    traditional: bool = False                    # zh-Hant: Taiwan letters' 說明：一、… items
    letter: bool = False                         # a 公文 (函, 處分書): its header has 受文者 / 發文字號 / 發文日期
    minutes: bool = False                        # a council's minutes: parts 甲、乙、, its 一、 entries are records
    decimal: frozenset[int] = frozenset()                   # depths of its 1 / 1.1 / 1.1.1 clause headings
    run_in: dict[int, bool] = field(default_factory=dict)   # line → its run of 1./2. lines are run-in headings
    notices: list[Notice] = field(default_factory=list)         # what the reader tells the user about the structure
    issued: list[str] = field(default_factory=list)           # the documents a 印发 notice issues, met so far
    headed: dict[int, bool] = field(default_factory=dict)   # line → most of its （一）/（二） siblings are headings
    subheads: Optional[frozenset[int]] = None    # lines that are a news article's unnumbered subheads
    outline: Mapping[str, int] = field(default_factory=dict)   # the page's contents box: its entries, how often each
    outline_whole: bool = False   # the outline names every section (each heading marked by its anchor), not a box's top level only
    outline_depths: dict[str, int] = field(default_factory=dict)   # entry → how deep the box's numbers nest it
    section_marks: Optional[frozenset[int]] = None   # lines that are a feature's bare 1 / 2 / 3 section marks
    part_labels: Optional[dict[int, int]] = None      # 方案1 / its title: line → lines the heading takes
    decks: frozenset[int] = frozenset()          # lines that are the gist under a paired subhead (_paired_subheads)
    recurring_keys: Optional[frozenset[str]] = None   # 北斗星 of 北斗星：憨厚: topics more than one subhead names
    introduced: dict[int, bool] = field(default_factory=dict)   # line → its run of 一、二、 is a list a colon announces
    items: dict[int, bool] = field(default_factory=dict)        # line → its run of numbered sentences is a list
    no_outline_before: int = 0   # lines before this one start no outline (structure.outline_list read their run)


Classifier = Callable[[Context, int], Optional[int]]   # returns lines consumed, or None


ATTACHMENT_RANK = -20  # 附件 headings: level 1; the attachment's own outline goes below
NAMED_RANK = -10       # 名词解释, 前言…: the top level of their section
PLAIN_RANK = -30       # 2022年工作回顾: above the numbered headings that follow it
KEYED_RANK = -9        # 北斗星：憨厚 under 外观：北斗星憨态可掬: a subhead whose topic recurs, below the plain ones
# Numbering ranks (headings.NUMBERINGS) are > -10: piece -5, part 0 … paren-arabic 7.
DECIMAL_RANK = 6       # 1 范围 → 6.1, 3.1 → 6.2, 4.1.2 → 6.3: below 1. (which may head them), above （1） and 1)
DECIMAL_STEP = 0.1
