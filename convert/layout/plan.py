"""The plan: a document's blocks as laid-out items, every GB/T 9704 decision taken.

    plan(document, style) -> Plan

Each item is a frozen dataclass with a ``kind``; a writer renders an item with the
function its table holds for that kind. The decisions, each taken here and nowhere
else:

- **front block** (GB/T 9704 7.2.4, 7.3.1, 7.5): a document's or a part's opening — the
  附件N label of a document that is itself an attachment, its 发文字号 and title
  (``Front``); the front-matter paragraphs under the title (subtitle, author, a date
  before the text) are ``Para`` items with ``front=True``.
- **run-in articles**: a law's 第一条 heading and the paragraph after it make one
  ``Article``.
- **signature and date** (7.3.5.1): a signature followed by a date is a ``Signature``
  that knows its date; that date, and every date after the text began, is a
  ``ClosingDate``, set like the signature.
- **closing-date state**: the text of a document or part begins with its first item
  that is not a front-matter paragraph; a date before that is front matter.
- **attachment scope and look levels** (7.5): an attachment heading (附件1) opens an
  attachment, a level-1 heading of another kind or a part ends it; inside, a heading
  takes the look of the main text's heading one level up (``HeadingItem.look``).
- **attachment notes** (7.3.4): which 附件说明 line continues the list opened by
  "附件：1.…" (``AttachmentNote.opener``).
- **page breaks**: an item whose role asks for a new page (an attachment label, a book's
  chapter) gets ``page_break=True`` unless it is the first item of its document, part or
  attachment after its front block (title, or 附件N and its title) — whatever block
  precedes it, even a heading kept with its next.
  A part after any other item starts a new page (``Front.page_break``).
- **outline levels**: the bookmark level of each heading and title, never skipping a level.
- **版头 and 版记** (7.2, 7.4): whether the style prints them for this document, and
  what they hold (``Front.masthead``, ``Plan.imprint``): the marks in the style's order
  with its labels, 机密★1年, the 发文字号 under the mark or in the marks block, 抄送：…
  and 印发; the 版记 on an even page. The mark is never guessed from the 发文字号.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import ClassVar, Union

from ..model import (Block, Document, Heading, List, Meta, Paragraph, Part, Table, attachment_note_parts,
                     heading_look_level, inside_attachment_after, is_attachment_heading, is_run_in_article,
                     plain_text, split_attachment_label)
from ..style import Style

#: Paragraph roles that are front matter: the lines under the title, before the text.
FRONT_ROLES = ("subtitle", "author", "doc_number", "date")


@dataclass(frozen=True)
class Masthead:
    """The 版头 (GB/T 9704 7.2) above a document's title, as the style places it:
    ``marks`` the (field, text) lines of the block at the top of the text block (份号,
    密级★期限, 紧急程度 — or, in a Taiwan style, 發文字號/速別/密等 with their labels),
    ``issuer`` the mark to print ("" for none), ``doc_number`` the 发文字号 under it
    ("" when there is none or the marks block holds it), ``rule`` the red rule.
    ``signers``: an upward document's (上行文) 签发人 names — then the mark's top edge is
    the style's ``upward_issuer_top`` (``issuer_top``, points under the text block's top)
    and the 发文字号 goes left, 签发人：names right, on one line. ``issuers``: a joint
    document's (联合行文) issuing organs, stacked, with ``issuer_suffix`` (文件) right of
    them; one organ: () and the mark is ``issuer`` as written."""

    kind: ClassVar[str] = "masthead"
    marks: tuple[tuple[str, str], ...]
    issuer: str
    doc_number: str
    rule: bool
    signers: tuple[str, ...] = ()
    issuer_top: float = 0.0
    issuers: tuple[str, ...] = ()
    issuer_suffix: str = ""


@dataclass(frozen=True)
class Imprint:
    """The 版记 (GB/T 9704 7.4) at the foot of the document's last page: ``copy_to`` the
    抄送 line (with its label), ``printed`` the 印发机关 and the 印发日期 (with 印发);
    ``even_page``: on an even page, after a blank page when the text ends on an odd one."""

    kind: ClassVar[str] = "imprint"
    copy_to: str
    printer: str
    printed: str
    even_page: bool = True


@dataclass(frozen=True)
class Front:
    """The front block of a document (``depth`` 0) or of a part (``depth`` ≥ 1, the
    ``number``-th block of its parent): 附件N label, 发文字号 and title from ``meta``."""

    kind: ClassVar[str] = "front"
    meta: Meta
    label: Paragraph | None = None     # 附件1 above the title: the document is an attachment
    depth: int = 0
    number: int = 0
    page_break: bool = False           # a part after other items starts a new page
    outline_level: int = 0             # the title's bookmark level
    masthead: Masthead | None = None   # the 版头 above the title (it then holds the 发文字号)


@dataclass(frozen=True)
class HeadingItem:
    """A heading. ``look``: the main-text heading level (1–4) it is set like;
    ``in_attachment``: it is an attachment's own heading (outline one level deeper)."""

    kind: ClassVar[str] = "heading"
    heading: Heading
    look: int
    outline_level: int
    in_attachment: bool = False
    page_break: bool = False


@dataclass(frozen=True)
class AttachmentHeading:
    """An attachment's opening (GB/T 9704 7.5): label 附件N flush left, title centred."""

    kind: ClassVar[str] = "attachment"
    heading: Heading
    outline_level: int
    page_break: bool = False


@dataclass(frozen=True)
class Article:
    """第一条　为了…… or （三）强化宣传引导。各地要……: a run-in heading and its text, one
    body paragraph. ``outline_level``: where a run-in heading sits in the outline (PDF
    bookmarks, the DOCX navigation pane); None for a law's articles, which stay out of it
    (their chapters are listed)."""

    kind: ClassVar[str] = "article"
    heading: Heading
    paragraph: Paragraph
    look: int
    page_break: bool = False
    outline_level: int | None = None


@dataclass(frozen=True)
class Para:
    """A paragraph. ``role`` is the model's (``list`` for a body paragraph in a list);
    ``front``: a front-matter line under the title, before the text."""

    kind: ClassVar[str] = "paragraph"
    paragraph: Paragraph
    role: str
    in_list: bool = False
    front: bool = False
    page_break: bool = False


@dataclass(frozen=True)
class Signature:
    """The signature (署名); ``date`` the date right under it, if any (centred over it)."""

    kind: ClassVar[str] = "signature"
    paragraph: Paragraph
    date: Paragraph | None = None
    page_break: bool = False


@dataclass(frozen=True)
class ClosingDate:
    """成文日期 (7.3.5.1): a date after the text began, set like the signature."""

    kind: ClassVar[str] = "closing_date"
    paragraph: Paragraph
    after_signature: bool = False
    page_break: bool = False


@dataclass(frozen=True)
class AttachmentNote:
    """A 附件说明 line (7.3.4). ``lead``/``number``: its "附件：" and "1." (either may be
    empty); ``opener``: the line that opened the list this one continues (None: it
    opens a list or stands alone)."""

    kind: ClassVar[str] = "attachment_note"
    paragraph: Paragraph
    lead: str
    number: str
    opener: Paragraph | None = None
    page_break: bool = False

    @property
    def list_lead(self) -> str | None:
        """The "附件：" of the list this line continues, or None."""
        if self.opener is None:
            return None
        return attachment_note_parts(plain_text(self.opener.content))[0]


@dataclass(frozen=True)
class TableItem:
    kind: ClassVar[str] = "table"
    table: Table
    page_break: bool = False


@dataclass(frozen=True)
class ListItem:
    """A list; each entry is the planned items of one list item."""

    kind: ClassVar[str] = "list"
    ordered: bool
    entries: tuple[tuple["Item", ...], ...]
    page_break: bool = False


@dataclass(frozen=True)
class Section:
    """A part (a report of a merged collection, or a part nested in a document)."""

    kind: ClassVar[str] = "part"
    front: Front
    items: tuple["Item", ...]
    page_break: bool = False


Item = Union[Front, HeadingItem, AttachmentHeading, Article, Para, Signature, ClosingDate, AttachmentNote,
             TableItem, ListItem, Section]

#: Every item kind a writer's render table must handle.
ITEM_KINDS = ("front", "heading", "attachment", "article", "paragraph", "signature", "closing_date",
              "attachment_note", "table", "list", "part")


@dataclass(frozen=True)
class Plan:
    """The laid-out document. A merged collection (``collection``) has no front block of
    its own in the body: its items are its parts (``Section``), and each writer sets its
    title page and contents from ``meta``."""

    meta: Meta
    front: Front | None
    items: tuple[Item, ...]
    collection: bool = False
    imprint: Imprint | None = None     # the 版记 after the last item


# --------------------------------------------------------------------------- the pass


@dataclass
class _State:
    """What the pass knows while it walks one document or part."""

    style: Style
    depth: int = 0                # 0: the document; n: a part n levels down
    placed: bool = False          # an item other than the front block is in this section
    in_text: bool = False         # the text began: a date now closes it
    anything: list[bool] = field(default_factory=lambda: [False])  # any item in the whole plan (shared)

    def breaks(self, role: str) -> bool:
        """Whether an item of ``role`` starts a new page: its role asks for one, and it is
        not the first item after the front block."""
        r = self.style.role(role if role in self.style.roles else "body")
        return r.page_break_before and self.placed


def plan(doc: Document, style: Style) -> Plan:
    """The one pass: every document decision for ``doc`` in ``style``."""
    blocks = doc.blocks
    if blocks and all(isinstance(b, Part) for b in blocks):
        anything = [False]
        parts = tuple(_section(b.meta, b.blocks, style, depth=1, number=i + 1, outline_base=0,
                               anything=anything) for i, b in enumerate(blocks))
        return Plan(doc.meta, None, parts, collection=True)
    section = _section(doc.meta, blocks, style, depth=0, number=0, outline_base=0, anything=[False])
    return Plan(doc.meta, section.front, section.items, imprint=imprint(doc.meta, style))


def masthead(meta: Meta, style: Style) -> Masthead | None:
    """The 版头 the style prints for ``meta``, or None: the style has none, or the
    document names neither an issuer's mark nor any of the marks the style lists. The
    mark is never guessed (from the 发文字号's prefix, say): without ``meta.issuer``
    there is no mark, and the 发文字号 stays above the title as before."""
    m = style.masthead
    if not m.show:
        return None
    values = {"copy_number": meta.copy_number, "urgency": meta.urgency, "doc_number": meta.doc_number,
              "secrecy": meta.secrecy + (m.secrecy_star + meta.secrecy_term if meta.secrecy and meta.secrecy_term
                                         else "")}
    marks = tuple((f, m.labels.get(f, "") + values[f]) for f in m.marks if values[f])
    issuer = meta.issuer if m.issuer else ""
    if not issuer and not [f for f, _ in marks if f != "doc_number"]:
        return None
    doc_number = "" if "doc_number" in m.marks else meta.doc_number
    signers = _names(meta.signer) if issuer else ()
    organs, suffix = joint_issuers(issuer)
    return Masthead(marks, issuer, doc_number, m.rule and bool(issuer or doc_number), signers,
                    m.upward_issuer_top if signers else m.issuer_top, organs, suffix)


#: what separates several names in one field: 、，, | or a new line
_NAME_SEPARATORS = re.compile(r"\s*[、，,|\n]\s*")
#: the word after the organs' names in a mark: 文件 (or 文書, a Taiwan 公文's)
_MARK_SUFFIX = re.compile(r"(文件|文書)$")


def _names(text: str) -> tuple[str, ...]:
    return tuple(n for n in _NAME_SEPARATORS.split(text.strip()) if n)


def joint_issuers(mark: str) -> tuple[tuple[str, ...], str]:
    """A joint mark (联合行文, GB/T 9704 7.2.4: 某某市人民政府、某某市财政局文件 or the
    organs on lines of their own) → its organs and the 文件 set to their right, or
    ((), "") for one organ's mark."""
    names = _names(mark)
    if len(names) < 2:
        return (), ""
    m = _MARK_SUFFIX.search(names[-1])
    suffix = m.group(1) if m and len(names[-1]) > len(m.group(1)) else ""
    if suffix:
        names = names[:-1] + (names[-1][: -len(suffix)],)
    return names, suffix


def imprint(meta: Meta, style: Style) -> Imprint | None:
    """The 版记 the style prints for ``meta``, or None."""
    i = style.imprint
    if not i.show or not (meta.copy_to or meta.printer or meta.print_date):
        return None
    printed = meta.print_date + i.printed_suffix if meta.print_date else ""
    return Imprint(i.copy_to_label + meta.copy_to if meta.copy_to else "", meta.printer, printed, i.even_page)


def _section(meta: Meta, blocks: tuple[Block, ...], style: Style, depth: int, number: int,
             outline_base: int, anything: list[bool]) -> Section:
    label, rest = split_attachment_label(blocks)
    titled = bool(meta.title) or number > 0
    starts_page = depth == 0 or depth == 1 and number > 0   # a document, or a report of a collection
    front = Front(meta, label, depth, number, page_break=anything[0] and depth > 0, outline_level=outline_base,
                  masthead=masthead(meta, style) if starts_page and label is None else None)
    if label is not None or meta.title or meta.doc_number:
        anything[0] = True
    state = _State(style, depth=depth, anything=anything)
    items = _sequence(rest, state, outline_base + 1 if titled else outline_base, False, False)
    return Section(front, tuple(items), front.page_break)


def _sequence(blocks: tuple[Block, ...], st: _State, heading_base: int, in_attachment: bool,
              in_list: bool) -> list[Item]:
    out: list[Item] = []
    previous_level = heading_base - 1
    opener: Paragraph | None = None      # the "附件：1.…" line of the list of notes being set
    index = 0
    style = st.style
    closing_roles = "signature" in style.roles
    while index < len(blocks):
        block = blocks[index]
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        inside, in_attachment = in_attachment, inside_attachment_after(block, in_attachment)
        step = 1
        item: Item
        if is_run_in_article(block, following):
            outline_level = None
            if block.run_in:
                outline_level = min(heading_base + block.level - 1, previous_level + 1)
                previous_level = outline_level
            item = Article(block, following, heading_look_level(block, inside), st.breaks("body"), outline_level)
            step = 2
        elif is_attachment_heading(block):
            level = min(heading_base, previous_level + 1)
            previous_level = level
            item = AttachmentHeading(block, level, st.breaks("attachment_label"))
        elif isinstance(block, Heading):
            look = heading_look_level(block, inside)
            level = min(heading_base + block.level - 1, previous_level + 1)
            previous_level = level
            item = HeadingItem(block, look, level, inside and block.level > 1, st.breaks(f"heading{look}"))
        elif isinstance(block, Paragraph):
            item = _paragraph(block, blocks[index - 1] if index else None, following, st, in_list,
                              closing_roles, opener)
            if isinstance(item, Signature) and item.date is not None:
                out.append(item)
                st.placed = st.in_text = True
                item = ClosingDate(item.date, True, st.breaks("signature"))
                step = 2
        elif isinstance(block, List):
            entries = tuple(tuple(_sequence(entry, st, heading_base, inside, True)) for entry in block.items)
            item = ListItem(block.ordered, entries, False)
        elif isinstance(block, Table):
            item = TableItem(block)
        elif isinstance(block, Part):
            item = _section(block.meta, block.blocks, style, depth=st.depth + 1, number=index + 1,
                            outline_base=heading_base, anything=st.anything)
        else:
            raise TypeError(f"not a block: {type(block).__name__}")
        opener = _next_opener(item, opener)
        out.append(item)
        st.anything[0] = True
        st.in_text = st.in_text or not (isinstance(item, Para) and item.front)
        # an attachment's opening is its front block: its first chapter stays under it
        st.placed = not isinstance(item, AttachmentHeading)
        index += step
    return out


def _paragraph(block: Paragraph, previous: Block | None, following: Block | None, st: _State, in_list: bool,
               closing_roles: bool, opener: Paragraph | None) -> Item:
    role = block.role
    if role == "date" and st.in_text and closing_roles:
        after = isinstance(previous, Paragraph) and previous.role == "signature"
        return ClosingDate(block, after, st.breaks("signature"))
    if role == "signature" and closing_roles and isinstance(following, Paragraph) and following.role == "date":
        return Signature(block, following, st.breaks("signature"))
    if role == "signature":
        return Signature(block, None, st.breaks("signature"))
    if role == "attachment":
        lead, number = attachment_note_parts(plain_text(block.content))
        return AttachmentNote(block, lead, number, None if lead else opener, st.breaks("attachment"))
    if in_list and role == "body":
        role = "list"
    front = block.role in FRONT_ROLES and not st.in_text
    return Para(block, role, in_list, front, st.breaks(role))


def _next_opener(item: Item, opener: Paragraph | None) -> Paragraph | None:
    """The list of attachment notes goes on while notes follow each other; a line with
    its own "附件：" opens a new one."""
    if not isinstance(item, AttachmentNote):
        return None
    if item.lead:
        return item.paragraph
    return item.opener
