"""The EPUB's XHTML: the layout plan's items → XHTML through a table of render
functions (``RENDER``, one per item kind), split into one spine document per level-1
heading and per report of a merged collection; the title page and the nav document's
body. The characters each font role draws are recorded for --embed-fonts.
"""

from __future__ import annotations

from ... import regexcache as re
from dataclasses import dataclass

from ...diagnostics import Reporter
from ...layout.plan import (Article, AttachmentHeading, AttachmentNote, ClosingDate, Front, HeadingItem, ListItem,
                            Para, Plan, Section, Signature, TableItem)
from ...model import (Emphasis, Inline, LineBreak, Paragraph, PARAGRAPH_ROLES, Strong, Table, Text,
                      heading_display_text, heading_label_text, plain_text, run_in_parts)
from ...style import Style
from .css import HEADING_ROLES
from .issue import masthead
from .package import TocEntry, _nav_ol
from .text import TextCleaner, epub_language


#: Quotation marks for vertical text: corner brackets stand upright in a column.
VERTICAL_QUOTES = str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"})


#: 1–2 digit numbers in vertical text are set upright in one cell (縦中横, tate-chu-yoko);
#: longer ones and decimals run sideways, as in printed vertical books.
_TCY = re.compile(r"(?<![0-9A-Za-z.,:/])([0-9]{1,2})(?![0-9A-Za-z.,:/%])")


#: Paragraph roles that open a document and belong on its title page (in this order
#: when they come from the metadata).
FRONT_MATTER_ROLES = ("subtitle", "doc_number", "author", "date")


#: Names of the landmarks (and the TOC's heading), Simplified and Traditional.
LANDMARKS_SC = {"cover": "封面", "titlepage": "书名页", "toc": "目录", "bodymatter": "正文"}


LANDMARKS_TC = {"cover": "封面", "titlepage": "書名頁", "toc": "目錄", "bodymatter": "正文"}


#: The TOC lists heading levels 1..TOC_DEPTH.
TOC_DEPTH = 3


@dataclass
class Chapter:
    """One spine document of body text."""

    href: str          # e.g. "ch001.xhtml" (inside OEBPS/text/)
    title: str
    body: str          # the XHTML inside <body>…</body>
    lang: str          # xml:lang: the book's, or its report's in a merged collection


class _Renderer:
    """Model blocks → XHTML strings, remembering which characters each font role draws
    (for --embed-fonts) and collecting the table of contents."""

    def __init__(self, style: Style, reporter: Reporter, vertical: bool, language: str,
                 characters: bool = True):
        self.style = style
        self.reporter = reporter
        self.vertical = vertical
        self.language = language   # the model's tag for what is being rendered now
        self.cleaner = TextCleaner()
        # (font role, language) → characters: which chain draws what, for --embed-fonts;
        # without ``characters`` only which pairs occur (the style sheet's font families)
        self.chars: dict[tuple[str, str], set[str]] = {}
        self.characters = characters
        self.heading_count = 0
        self.unknown_roles: set[str] = set()

    # -- text ------------------------------------------------------------------
    def text(self, s: str, role: str, strong: bool = False) -> str:
        if self.vertical:
            s = s.translate(VERTICAL_QUOTES)
        s = self.cleaner.clean(s)
        self.record(self.style.role("lead_in" if strong else role).font, s)
        s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if self.vertical:
            s = _TCY.sub(r'<span class="tcy">\1</span>', s)
        return s

    def record(self, font: str, s: str) -> None:
        """``s`` is drawn in ``font``'s chain (its characters only when they are asked
        for: collecting every character of a long text took 10 % of the EPUB's time)."""
        chars = self.chars.get((font, self.language))
        if chars is None:
            chars = self.chars[font, self.language] = set()
        if self.characters:
            chars.update(s)

    def inlines(self, seq: tuple[Inline, ...], role: str, strong: bool = False) -> str:
        out = []
        for node in seq:
            if isinstance(node, Text):
                out.append(self.text(node.text, role, strong))
            elif isinstance(node, Strong):
                out.append("<strong>" + self.inlines(node.content, role, True) + "</strong>")
            elif isinstance(node, Emphasis):
                out.append("<em>" + self.inlines(node.content, role, strong) + "</em>")
            elif isinstance(node, LineBreak):
                out.append("<br/>")
        return "".join(out)

    def display(self, s: str) -> str:
        """``s`` as the book shows it (XML-safe, vertical quotes), not yet escaped."""
        if self.vertical:
            s = s.translate(VERTICAL_QUOTES)
        return self.cleaner.clean(s)

    def plain(self, seq: tuple[Inline, ...]) -> str:
        return self.display(plain_text(seq))

    # -- blocks ----------------------------------------------------------------
    def role_of(self, paragraph: Paragraph) -> str:
        role = paragraph.role
        if role in PARAGRAPH_ROLES and role in self.style.roles:
            return role
        if role not in self.unknown_roles:
            self.unknown_roles.add(role)
            self.reporter.warn("role", f"EPUB: paragraph role {role!r} rendered as body")
        return "body"

    def items(self, items, at: "_At") -> str:
        """The plan's items, each through the render function of its kind."""
        return "".join(RENDER[item.kind](self, item, at) for item in items)

    def heading(self, item: HeadingItem | AttachmentHeading, at: "_At") -> str:
        h = item.heading
        self.heading_count += 1
        ident = f"h{self.heading_count}"
        # the element follows the outline (an attachment's 一、 is an h2 under its h1); the
        # class, the look: the main text's heading of the same rank (GB/T 9704 7.5)
        role = HEADING_ROLES[item.look if isinstance(item, HeadingItem) else 1]
        tag = f"h{min(h.level + at.depth_offset, 6)}"
        label = f'<span class="label">{self.text(heading_label_text(h), role)}</span>' if h.label else ""
        title = self.display(heading_display_text(h))
        if h.level <= TOC_DEPTH and title.strip():   # an empty heading has nothing to list
            at.toc.append(TocEntry(title, f"{at.href}#{ident}", h.level + at.depth_offset))
        if isinstance(item, AttachmentHeading) and h.content:
            # GB/T 9704 7.5, as the PDF and DOCX set it: 附件1 flush left on its own line,
            # the attachment's title centred under it (the nav lists both as one entry)
            return (f'<p class="label attachment_label">{self.text(h.label, "attachment_label")}</p>\n'
                    f'<{tag} id="{ident}" class="attachment_title">{self.inlines(h.content, "attachment_title")}'
                    f'</{tag}>\n')
        return f'<{tag} id="{ident}" class="{role}">{label}{self.inlines(h.content, role)}</{tag}>\n'

    def article(self, item: Article, at: "_At") -> str:
        """第一条　为了……: the body paragraph opening with its label in the heading's face
        (class label-headingN). Articles are not in the nav: their chapters are."""
        role = HEADING_ROLES[item.look]
        label, words = run_in_parts(item.heading)
        words = f'<span class="label-{role}">{self.text(words, role)}</span>' if words else ""
        return (f'<p class="body article"><span class="label label-{role}">'
                f'{self.text(label, role)}</span>{words}'
                f'{self.inlines(item.paragraph.content, "body")}</p>\n')

    def paragraph(self, item: Para | Signature, at: "_At") -> str:
        role = self.role_of(item.paragraph)
        if getattr(item, "in_list", False) and role == "body":
            role = "list"
        return f'<p class="{role}">{self.inlines(item.paragraph.content, role)}</p>\n'

    def closing_date(self, item: ClosingDate, at: "_At") -> str:
        """The closing date (成文日期, GB/T 9704 7.3.5.1), set like the signature above it."""
        if self.role_of(item.paragraph) != "date":
            return self.paragraph(item, at)
        return f'<p class="closing-date">{self.inlines(item.paragraph.content, "signature")}</p>\n'

    def attachment(self, item: AttachmentNote, at: "_At") -> str:
        """附件说明 (GB/T 9704 7.3.4): the lines after "附件：1. …" continue the list,
        numbers aligned under the first one's (the first line's indent plus the width of
        "附件：", one em per character) and without the blank line before."""
        content = self.inlines(item.paragraph.content, "attachment")
        if item.opener is not None and not item.lead:
            r = self.style.role("attachment")
            indent = (r.first_indent.value if r.first_indent.unit == "em" else r.first_indent.value / r.size)
            return (f'<p class="attachment attachment-more" style="text-indent: '
                    f'{indent + len(item.list_lead or ""):g}em">{content}</p>\n')
        return f'<p class="attachment">{content}</p>\n'

    def listing(self, item: ListItem, at: "_At") -> str:
        tag = "ol" if item.ordered else "ul"
        entries = "".join("<li>" + self.items(entry, at) + "</li>\n" for entry in item.entries)
        return f'<{tag} class="list">\n{entries}</{tag}>\n' if entries else ""

    def table_item(self, item: TableItem, at: "_At") -> str:
        return self.table(item.table)

    def part(self, item: Section, at: "_At") -> str:
        """A part nested below the top level: its blocks, flattened (a top-level part
        is a chapter of its own, with its title: _chapters)."""
        label = self.front_label(item.front)
        return label + self.items(item.items, at)

    def front_label(self, front: Front) -> str:
        """A document that is itself an attachment: its 附件1 paragraph set above the
        title (GB/T 9704 7.5, as the PDF and DOCX set it)."""
        if front.label is None:
            return ""
        return f'<p class="attachment_label">{self.inlines(front.label.content, "attachment_label")}</p>\n'

    def table(self, t: Table) -> str:
        if not t.rows:
            return ""
        head, body = t.rows[:t.header_rows], t.rows[t.header_rows:]
        out = ['<table class="table">\n']
        if head:
            out.append("<thead>\n")
            for row in head:
                out.append("<tr>" + "".join(f"<th>{self.inlines(c, 'table')}</th>" for c in row) + "</tr>\n")
            out.append("</thead>\n")
        if body:
            out.append("<tbody>\n")
            for row in body:
                out.append("<tr>" + "".join(f"<td>{self.inlines(c, 'table')}</td>" for c in row) + "</tr>\n")
            out.append("</tbody>\n")
        out.append("</table>\n")
        return "".join(out)


@dataclass(frozen=True)
class _At:
    """Where items are being rendered: the heading depth offset (1 in a collection), the
    chapter file, and the flat table of contents the headings are added to."""

    depth_offset: int
    href: str
    toc: list[TocEntry]


#: The render function of each kind of the plan's items.
RENDER = {
    "part": _Renderer.part,
    "heading": _Renderer.heading,
    "attachment": _Renderer.heading,
    "article": _Renderer.article,
    "paragraph": _Renderer.paragraph,
    "signature": _Renderer.paragraph,
    "closing_date": _Renderer.closing_date,
    "attachment_note": _Renderer.attachment,
    "table": _Renderer.table_item,
    "list": _Renderer.listing,
}


@dataclass(frozen=True)
class _Group:
    """The items of one spine document; ``part`` is the report they belong to in a
    merged collection, ``opens_part`` whether this document starts it (its title)."""

    items: list
    part: Section | None = None
    opens_part: bool = False


def _opens_chapter(item) -> bool:
    """A new spine document starts at every level-1 heading."""
    return isinstance(item, (HeadingItem, AttachmentHeading, Article)) and item.heading.level == 1


def _split_chapters(items: tuple) -> list[_Group]:
    """One group per spine document: a new group at every level-1 heading; a top-level
    part always starts a new group (and is split at its own level-1 headings)."""
    groups: list[_Group] = []

    def split(part: Section | None, seq) -> None:
        current: list = []
        first = True
        for item in seq:
            if _opens_chapter(item) and current:
                groups.append(_Group(current, part, first and part is not None))
                current, first = [], False
            current.append(item)
        if current or (first and part is not None):
            groups.append(_Group(current, part, first and part is not None))

    loose: list = []
    for item in items:
        if isinstance(item, Section):
            if loose:
                split(None, loose)
                loose = []
            split(item, item.items)
        else:
            loose.append(item)
    if loose:
        split(None, loose)
    return groups


def _title_page(r: _Renderer, laid: Plan, title: str) -> tuple[str, tuple]:
    """The title page's XHTML body, and the items left for the chapters.

    The page shows the title, then the document's own front-matter paragraphs
    (subtitle, author… before the text starts), moved here from the first chapter,
    then the metadata fields no front-matter paragraph already shows (marked
    "generated": they are not in the model's text)."""
    items = laid.items
    n_front = 0
    while n_front < len(items) and isinstance(items[n_front], Para) and items[n_front].front:
        n_front += 1
    front, rest = items[:n_front], items[n_front:]
    shown = [plain_text(item.paragraph.content) for item in front]
    label = r.front_label(laid.front) if laid.front is not None else ""
    html = [masthead(r, laid.front) or _doc_number(r, laid.meta.doc_number, shown), label,
            f'<h1 class="title">{r.text(title, "title")}</h1>\n']
    html.append(r.items(front, _At(0, "titlepage.xhtml", [])))
    for role in FRONT_MATTER_ROLES:
        if role == "doc_number":      # above the title
            continue
        value = getattr(laid.meta, role)
        if value and not any(value in t for t in shown):
            html.append(f'<p class="{role} generated">{r.text(value, role)}</p>\n')
    return '<section class="titlepage" epub:type="titlepage">\n' + "".join(html) + "</section>\n", rest


def _doc_number(r: _Renderer, number: str, shown: list[str]) -> str:
    """发文字号 (GB/T 9704 7.2.4): centred above the title, as the PDF and DOCX print
    it (the doc_number role's face and blank line), unless a paragraph shows it."""
    if not number or any(number in t for t in shown):
        return ""
    return f'<p class="doc_number generated">{r.text(number, "doc_number")}</p>\n'


def _chapters(r: _Renderer, items: tuple, title: str, collection: bool) -> tuple[list[Chapter], list[TocEntry]]:
    """One Chapter per spine document, and the flat TOC (levels: 0 = a part's title).
    In a collection every heading sits one level below its part's title."""
    flat: list[TocEntry] = []
    chapters: list[Chapter] = []
    offset = 1 if collection else 0
    book_language = r.language
    for n, g in enumerate(_split_chapters(items), 1):
        href = f"ch{n:03d}.xhtml"
        r.language = (g.part.front.meta.language if g.part is not None else "") or book_language
        html: list[str] = []
        chapter_title = ""
        if g.opens_part:
            part_meta = g.part.front.meta
            chapter_title = r.display(part_meta.title).strip() and r.display(part_meta.title) or title
            ident = f"part{n}"
            html.append(masthead(r, g.part.front) or _doc_number(r, part_meta.doc_number, []))
            html.append(r.front_label(g.part.front))
            html.append(f'<h1 id="{ident}" class="title part-title">{r.text(chapter_title, "title")}</h1>\n')
            flat.append(TocEntry(chapter_title, f"{href}#{ident}", 0))
        html.append(r.items(g.items, _At(offset, href, flat)))
        if not chapter_title:
            first = next((i for i in g.items if isinstance(i, (HeadingItem, AttachmentHeading, Article))), None)
            chapter_title = r.display(heading_display_text(first.heading)) if first else title
        chapters.append(Chapter(href, chapter_title, "".join(html), epub_language(r.language)))
    r.language = book_language
    if not chapters:
        chapters.append(Chapter("ch001.xhtml", title, "", epub_language(book_language)))
    return chapters, flat


def _nav(r: _Renderer, toc: list[TocEntry], flat: list[TocEntry], words: dict[str, str],
         first_chapter: str) -> str:
    """The nav document's body: the table of contents, and hidden landmarks that let a
    reading system open the book at its text."""
    for e in flat:   # the TOC's characters are drawn in the toc role (--embed-fonts)
        r.text(e.title, "toc")
    landmarks = [("cover", "cover.xhtml"), ("titlepage", "titlepage.xhtml"), ("toc", "nav.xhtml#toc"),
                 ("bodymatter", first_chapter)]
    # role="doc-toc": the ARIA role matching epub:type="toc" (DAISY Ace's epub-type-has-matching-role)
    return (f'<nav epub:type="toc" role="doc-toc" id="toc" class="toc">\n'
            f'<h1 class="heading1">{r.text(words["toc"], "heading1")}</h1>\n'
            + _nav_ol(toc) + "</nav>\n"
            + '<nav epub:type="landmarks" id="landmarks" hidden="hidden">\n<ol>\n'
            + "".join(f'<li><a epub:type="{kind}" href="{href}">{r.text(words[kind], "toc")}</a></li>\n'
                      for kind, href in landmarks)
            + "</ol>\n</nav>\n")
