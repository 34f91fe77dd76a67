"""From the layout plan to a list of flowables: one TextBlock per paragraph or heading,
through a table of render functions (``RENDER``, one per item kind); headings kept with
what follows, tables snapped to the grid, page breaks where the plan puts them.

Vertical spaces are rounded to whole grid lines when the page has a grid, as GB/T
9704 counts them ("标题下空一行"), so every line of text stays on the grid.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.platypus import Flowable, PageBreak

from ...layout.plan import (Article, AttachmentHeading, AttachmentNote, ClosingDate, Front, HeadingItem, ListItem,
                            Para, Section, Signature, TableItem, plan)
from ...model import Document, Inline, Paragraph, Text, article_label_text, attachment_note_parts, \
    heading_display_text, heading_label_text, plain_text
from ...style import Style
from ...diagnostics import Reporter
from .flowables import BlockSpec, Bookmark, GridSnap, KeepWithNext, TextBlock
from .front import FrontBuilder, FrontMatter, OutlineEntry
from .issue import ImprintBlock, MastheadBlock
from .measure import Measurer, RunStyle
from .tables import make_table
from .tagging import LANG_TAG, Elem, Tagger, list_marker_length, pdf_lang, tag_whole

#: ``text_block``'s default: the element is chosen from the role (tagged output only).
_BY_ROLE = object()

class Builder:
    """Turns the blocks of a document into flowables."""

    def __init__(self, style: Style, measurer: Measurer, reporter: Reporter, tags: Tagger | None = None):
        self.style = style
        self.tags = tags            # the structure tree (tagging.py), None for an untagged PDF
        self.measurer = measurer
        self.fonts = measurer.fonts
        self.language = measurer.language
        self.reporter = reporter
        self.pitch_grid = style.page.line_pitch
        self._warned_roles: set[str] = set()
        self._outline_count = 0
        self.outline: list[OutlineEntry] = []    # every bookmark, in order (a collection's contents)

    # -- geometry --------------------------------------------------------------
    def _space(self, length: float, pitch: float) -> float:
        if length <= 0:
            return 0.0
        if self.pitch_grid:
            return max(1, round(length / self.pitch_grid)) * self.pitch_grid
        return length

    def spec(self, role_name: str, outline: tuple[str, int] | None = None, **overrides) -> BlockSpec:
        if outline is not None:
            # bookmark keys are numbered, never id()s: the output must be reproducible
            self._outline_count += 1
            outline = (outline[0], outline[1], f"h{self._outline_count}")
            self.outline.append(OutlineEntry(*outline))
        r = self.style.role(role_name)
        pitch = self.style.line_height(role_name)
        spec = BlockSpec(
            align=r.align,
            first_indent=r.first_indent.pt(r.size),
            left_indent=r.left_indent.pt(r.size),
            right_indent=r.right_indent.pt(r.size),
            pitch=pitch,
            space_before=self._space(r.space_before.pt(r.size), pitch),
            space_after=self._space(r.space_after.pt(r.size), pitch),
            keep_with_next=r.keep_with_next,
            outline=outline,
            page_break_before=r.page_break_before,
        )
        return replace(spec, **overrides) if overrides else spec

    def text_block(self, content: tuple[Inline, ...], role_name: str, spec: BlockSpec | None = None,
                   tag=_BY_ROLE, label=None) -> TextBlock:
        role = self.style.role(role_name)
        lead_in = self.style.roles.get("lead_in")
        runs = self.measurer.runs_of(content, role, lead_in)
        spec = spec or self.spec(role_name)
        prepared = self.measurer.prepare(runs, role.size, grid=spec.align == "justify")
        if tag is _BY_ROLE:
            tag = self.element_for(role_name)
        return TextBlock(prepared, spec, tag=tag, label=label)

    # -- the structure tree (tagged PDF) ------------------------------------------
    def element_for(self, role_name: str) -> Elem | None:
        """The element of a block of ``role_name`` (a title is H1, the rest P — a note
        too: 此件公开发布 answers no reference, so it is no /Note), in the current
        container; None when the PDF is not tagged."""
        tags = self.tags
        if tags is None:
            return None
        return tags.add("H1" if role_name == "title" else "P")

    def element(self, type_: str, attrs: str = "") -> Elem | None:
        return self.tags.add(type_, attrs) if self.tags is not None else None

    def heading_element(self, outline_level: int) -> Elem | None:
        """H1–H6 by outline level: the title is H1, its level-1 headings H2, …, so the
        tag levels never skip, as the bookmarks never do."""
        return self.element(f"H{min(outline_level + 1, 6)}")

    def inside(self, elem: Elem | None, render, *args) -> list[Flowable]:
        """``render(*args)`` with ``elem`` as the container of the elements it makes."""
        tags = self.tags
        if tags is None or elem is None:
            return render(*args)
        saved, tags.current = tags.current, elem
        try:
            return render(*args)
        finally:
            tags.current = saved

    # -- the plan's items ---------------------------------------------------------
    def document(self, doc: Document) -> list[Flowable]:
        laid = plan(doc, self.style)
        if laid.collection:
            out: list[Flowable] = []
            # the title page and contents are read first, though set last
            front = self.element("Sect")
            for part in laid.items:
                out.extend(self.render(part))
            # the title page and contents are set after the body, once its pages are
            # known, and moved to the front (front.py)
            out += [PageBreak(), FrontMatter(_TaggedFront(self, front), doc.meta, self.outline)]
            return _keep_with_next(out, self.style.page.text_height)
        out = self.front(laid.front) + self.items(laid.items)
        if laid.imprint is not None:      # the 版记 at the foot of the last (even) page (issue.py)
            out.append(tag_whole(ImprintBlock(laid.imprint, self.style, self.measurer), self.element("P")))
        return _keep_with_next(out, self.style.page.text_height)

    def items(self, items) -> list[Flowable]:
        out: list[Flowable] = []
        for item in items:
            out.extend(self.render(item))
        return out

    def render(self, item) -> list[Flowable]:
        """One item of the plan through the table of render functions; a new page first
        when the plan says so."""
        flowables = RENDER[item.kind](self, item)
        return [PageBreak(), *flowables] if item.page_break and flowables else flowables

    def front(self, front: Front) -> list[Flowable]:
        """A document's or a part's opening: 附件1 above the title when the document is
        an attachment (GB/T 9704 7.5), its number and title. A part without a title
        still gets its outline entry (named after its source file, or its number)."""
        meta, items = front.meta, []
        if front.masthead is not None:    # the 版头 (issue.py): it holds the 发文字号
            items.append(tag_whole(MastheadBlock(front.masthead, self.style, self.measurer), self.element("P")))
        if front.label is not None:
            items.append(self.text_block(front.label.content, "attachment_label", tag=self.element("P")))
        if meta.doc_number and "doc_number" in self.style.roles and front.masthead is None:
            # 发文字号 (GB/T 9704 7.2.4): centred above the title, as the DOCX and EPUB
            # print it; the style's doc_number role gives its face and the blank line after
            items.append(self.text_block((Text(meta.doc_number),), "doc_number",
                                         self.spec("doc_number", keep_with_next=True)))
        if meta.title:
            items.append(self.text_block((Text(meta.title),), "title",
                                         self.spec("title", outline=(meta.title, front.outline_level)),
                                         tag=self.heading_element(front.outline_level)))
        elif front.number:
            name = meta.source.rsplit("/", 1)[-1] or f"{front.number}"
            self._outline_count += 1
            items.append(Bookmark(name, front.outline_level, f"h{self._outline_count}"))
            self.outline.append(OutlineEntry(name, front.outline_level, f"h{self._outline_count}"))
        return items

    def part(self, section: Section) -> list[Flowable]:
        attrs = ""
        if self.tags is not None:
            lang = pdf_lang(section.front.meta.language or "")
            if section.front.meta.language and lang != self.tags.lang and LANG_TAG.fullmatch(lang):
                attrs = f"/Lang ({lang})"     # a report in another language than the book
        return self.inside(self.element("Part", attrs),
                           lambda: self.front(section.front) + self.items(section.items))

    def heading(self, item: HeadingItem) -> list[Flowable]:
        h = item.heading
        role = f"heading{item.look}"
        label = heading_label_text(h)
        content = ((Text(label),) if label else ()) + h.content
        elem = self.heading_element(item.outline_level)
        tag = label_tag = elem
        if label and elem is not None:
            # H2 → Lbl (一、) and Span (the text), so no element mixes its own content
            # with a kid's and the reading order is the tree's order
            label_tag, tag = elem.add("Lbl"), elem.add("Span")
        return [self.text_block(content, role, self.spec(role, outline=(heading_display_text(h),
                                                                        item.outline_level)),
                                tag=tag, label=(len(label), label_tag) if label and elem else None)]

    def para(self, item: Para) -> list[Flowable]:
        role = item.role
        if role not in self.style.roles:
            if role not in self._warned_roles:
                self._warned_roles.add(role)
                self.reporter.warn("role", f"paragraph role {role!r} has no style; rendered as body")
            role = "body"
        return [self.text_block(item.paragraph.content, role)]

    def closing_date(self, item: ClosingDate) -> list[Flowable]:
        """The closing date (成文日期, GB/T 9704 7.3.5.1): right, 4 字 in, like the
        signature, and on the line right under it when it follows one."""
        spec = self.spec("signature", **({"space_before": 0.0} if item.after_signature else {}))
        return [self.text_block(item.paragraph.content, "signature", spec)]

    def signature(self, item: Signature) -> list[Flowable]:
        if item.date is not None:
            return [self._signature_over_date(item.paragraph, item.date)]
        return [self.text_block(item.paragraph.content, "signature")]

    def table(self, item: TableItem) -> list[Flowable]:
        block = item.table
        table = make_table(block, self, self.element("Table"))
        if table is not None:
            return [GridSnap(table, self.pitch_grid or self.style.line_height("body"))]
        out: list[Flowable] = []
        if any(block.rows):
            self.reporter.warn("style", "a table row is taller than half a page; "
                                        "its cells are set as paragraphs")
            for row in block.rows:
                for cell in row:
                    out.append(self.text_block(cell, "table"))
        return out

    def listing(self, item: ListItem) -> list[Flowable]:
        if self.tags is None:
            return [f for entry in item.entries for f in self.items(entry)]
        # L → LI → (Lbl: the item's own marker, 1. or （1）) LBody → its blocks
        out: list[Flowable] = []
        lst = self.element("L", "/A << /O /List /ListNumbering /%s >>" % ("Decimal" if item.ordered else "None"))
        for entry in item.entries:
            li = lst.add("LI")
            lbl = li.add("Lbl")
            flowables = self.inside(li.add("LBody"), self.items, entry)
            first = flowables[0] if flowables else None
            if isinstance(first, TextBlock) and first.label is None and first.tag is not None:
                n = list_marker_length(first.prepared.measured.chars)
                if n:
                    first.label = (n, lbl)
            out.extend(flowables)
        return out

    def attachment_heading(self, item: AttachmentHeading) -> list[TextBlock]:
        """An attachment's opening (GB/T 9704 7.5): its label (附件1) flush left on the
        first line — a new page when the attachment_label role says so — and its title
        centred two lines down (attachment_title). One outline entry names both."""
        heading = item.heading
        outline = (heading_display_text(heading), item.outline_level)
        elem = self.heading_element(item.outline_level)
        # one heading: 附件1 as its Lbl, the title as its text
        label = self.text_block((Text(heading.label),), "attachment_label",
                                self.spec("attachment_label", outline=outline),
                                tag=elem.add("Lbl") if elem else None)
        if not plain_text(heading.content).strip():
            return [label]
        return [label, self.text_block(heading.content, "attachment_title", tag=elem.add("Span") if elem else None)]

    def article(self, item: Article) -> list[TextBlock]:
        """A law's article as the official texts set it: the body paragraph (2-em indent,
        justified) opening with its label in the heading's face at the body size."""
        heading, paragraph = item.heading, item.paragraph
        head = self.style.role(f"heading{item.look}")
        body = self.style.role("body")
        label_style = RunStyle(self.style.fonts[head.font].bundled, body.size, head.bold)
        runs = [(article_label_text(heading), label_style)]
        runs += self.measurer.runs_of(paragraph.content, body, self.style.roles.get("lead_in"))
        outline = None if item.outline_level is None else (heading_display_text(heading), item.outline_level)
        spec = self.spec("body", outline=outline)
        return [TextBlock(self.measurer.prepare(runs, body.size, grid=spec.align == "justify"), spec,
                          tag=self.element("P"))]

    def attachment_note(self, item: AttachmentNote) -> list[TextBlock]:
        """附件说明 (GB/T 9704 7.3.4): "附件：1.×××" after a blank line, 2字 in; the next
        items (2.×××) on the following lines, their numbers under the first one's; a name
        that wraps goes on under its own first character (回行时与上一行附件名称对齐)."""
        first = self.text_block(item.paragraph.content, "attachment")
        m, spec = first.prepared.measured, first.spec
        start = spec.left_indent + spec.first_indent          # where the first line begins
        lead, number = attachment_note_parts(m.chars)
        if lead:
            pass
        elif item.opener is not None:
            # under the number of the list's first line: past the width of its "附件："
            opening = self.text_block(item.opener.content, "attachment").prepared.measured
            start += sum(opening.advance[:len(attachment_note_parts(opening.chars)[0])])
            spec = replace(spec, space_before=0.0)
        else:
            return [first]
        name_at = start + sum(m.advance[:len(lead) + len(number)])
        if name_at > self.style.page.text_width / 2:           # no room to hang: leave it
            name_at = start
        return [TextBlock(first.prepared, replace(spec, left_indent=name_at, first_indent=start - name_at),
                          tag=first.tag)]

    def _signature_over_date(self, signature: Paragraph, date: Paragraph) -> TextBlock:
        """署名 centred over the 成文日期 (GB/T 9704 7.3.5.1): the date is set right with
        its right indent; the signature gets the right indent that centres it above."""
        sig = self.text_block(signature.content, "signature")
        dat = self.text_block(date.content, "signature")
        w_sig = _natural(sig)
        w_date = _natural(dat)
        spec = sig.spec
        # centres align (a longer signature reaches further out on both sides), but it
        # never passes the text block's right edge
        spec = replace(spec, right_indent=max(0.0, spec.right_indent + (w_date - w_sig) / 2))
        return TextBlock(sig.prepared, spec, tag=sig.tag)


class _TaggedFront(FrontBuilder):
    """The collection's title page and contents (front.py), their elements in the
    front section ``elem`` that opens the tree: the title H1, the contents a TOC of
    TOCI."""

    def __init__(self, builder: Builder, elem: Elem | None):
        super().__init__(builder)
        self.elem = elem

    def flowables(self, meta, entries, pages) -> list[Flowable]:
        if self.elem is None:
            return super().flowables(meta, entries, pages)
        out = self.b.inside(self.elem, super().flowables, meta, entries, pages)
        toc = None
        for f in out:
            if isinstance(f, TextBlock) and f.tag is None:     # a contents line
                if toc is None:
                    toc = self.elem.add("TOC")
                f.tag = toc.add("TOCI")
        return out


def _natural(block: TextBlock) -> float:
    m = block.prepared.measured
    if not m.chars:
        return 0.0
    return sum(m.advance[:-1]) + m.box[-1]


def _keep_with_next(items: list[Flowable], page_height: float) -> list[Flowable]:
    """Every keep-with-next block (title, headings) glued to the next one; the page
    breaks are the plan's, already in ``items``."""
    out: list[Flowable] = []
    for item in reversed(items):
        spec = getattr(item, "spec", None)
        if spec is not None and spec.keep_with_next and out and not isinstance(out[-1], PageBreak):
            out[-1] = KeepWithNext(item, out[-1], page_height)
        else:
            out.append(item)
    out.reverse()
    return out


#: The render function of each kind of the plan's items.
RENDER = {
    "front": Builder.front,
    "part": Builder.part,
    "heading": Builder.heading,
    "attachment": Builder.attachment_heading,
    "article": Builder.article,
    "paragraph": Builder.para,
    "signature": Builder.signature,
    "closing_date": Builder.closing_date,
    "attachment_note": Builder.attachment_note,
    "table": Builder.table,
    "list": Builder.listing,
}
