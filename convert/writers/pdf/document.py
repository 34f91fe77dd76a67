"""From the model to a list of flowables: one TextBlock per paragraph or heading,
headings kept with what follows, tables snapped to the grid, parts on new pages.

Vertical spaces are rounded to whole grid lines when the page has a grid, as GB/T
9704 counts them ("标题下空一行"), so every line of text stays on the grid.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.platypus import Flowable, PageBreak

from ...model import (Document, Heading, Inline, List, Meta, Paragraph, Part, Table, Text, article_label_text,
                      attachment_note_parts, heading_display_text, heading_label_text, heading_look_level,
                      inside_attachment_after, is_attachment_heading, is_run_in_article, plain_text,
                      split_attachment_label)
from ...style import Style
from ...diagnostics import Reporter
from .flowables import BlockSpec, Bookmark, GridSnap, KeepWithNext, TextBlock
from .front import FrontBuilder, FrontMatter, OutlineEntry
from .measure import Measurer, RunStyle
from .tables import make_table

#: Paragraph roles that are front matter: centred lines under the title.
FRONT_ROLES = ("subtitle", "author", "doc_number")


class Builder:
    """Turns the blocks of a document into flowables."""

    def __init__(self, style: Style, measurer: Measurer, reporter: Reporter):
        self.style = style
        self.measurer = measurer
        self.fonts = measurer.fonts
        self.language = measurer.language
        self.reporter = reporter
        self.pitch_grid = style.page.line_pitch
        self._warned_roles: set[str] = set()
        self._outline_count = 0
        self.outline: list[OutlineEntry] = []    # every bookmark, in order (a collection's contents)
        self._attachment_lead = 0.0   # width of the "附件：" that opened the current list of attachments

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

    def text_block(self, content: tuple[Inline, ...], role_name: str, spec: BlockSpec | None = None) -> TextBlock:
        role = self.style.role(role_name)
        lead_in = self.style.roles.get("lead_in")
        runs = self.measurer.runs_of(content, role, lead_in)
        spec = spec or self.spec(role_name)
        prepared = self.measurer.prepare(runs, role.size, grid=spec.align == "justify")
        return TextBlock(prepared, spec)

    # -- blocks ------------------------------------------------------------------
    def document(self, doc: Document) -> list[Flowable]:
        blocks = doc.blocks
        if blocks and all(isinstance(b, Part) for b in blocks):
            out: list[Flowable] = []
            for i, part in enumerate(blocks):
                if i:
                    out.append(PageBreak())
                out.extend(self.section(part.meta, part.blocks, outline_base=0, part_number=i + 1))
            # the title page and contents are set after the body, once its pages are
            # known, and moved to the front (front.py)
            out += [PageBreak(), FrontMatter(FrontBuilder(self), doc.meta, self.outline)]
            return out
        return self.section(doc.meta, blocks, outline_base=0)

    def section(self, meta: Meta, blocks: tuple, outline_base: int, part_number: int = 0) -> list[Flowable]:
        """A document or one part: its title, then its blocks. A part without a title
        still gets its outline entry (named after its source file, or its number)."""
        items: list[Flowable] = []
        heading_base = outline_base
        label, blocks = split_attachment_label(blocks)
        if label is not None:
            # a document that is an attachment: 附件1 above its title (GB/T 9704 7.5)
            items.append(self.text_block(label.content, "attachment_label"))
        if meta.doc_number and "doc_number" in self.style.roles:
            # 发文字号 (GB/T 9704 7.2.4): centred above the title, as the DOCX and EPUB
            # print it; the style's doc_number role gives its face and the blank line after
            items.append(self.text_block((Text(meta.doc_number),), "doc_number",
                                         self.spec("doc_number", keep_with_next=True)))
        if meta.title:
            items.append(self.text_block((Text(meta.title),), "title",
                                         self.spec("title", outline=(meta.title, outline_base))))
            heading_base = outline_base + 1
        elif part_number:
            name = meta.source.rsplit("/", 1)[-1] or f"{part_number}"
            self._outline_count += 1
            items.append(Bookmark(name, outline_base, f"h{self._outline_count}"))
            self.outline.append(OutlineEntry(name, outline_base, f"h{self._outline_count}"))
            heading_base = outline_base + 1
        items.extend(self.blocks(blocks, heading_base))
        return _keep_headings(items, self.style.page.text_height)

    def blocks(self, blocks: tuple, heading_base: int, in_attachment: bool = False) -> list[Flowable]:
        """``in_attachment``: the blocks follow an attachment heading (附件1), so their
        headings are set like the main text's headings one level up (GB/T 9704 7.5);
        their outline entries keep the model's nesting under the attachment."""
        out: list[Flowable] = []
        seen_body = False
        previous_level = heading_base - 1
        run_in_text = False      # the paragraph at this index was set with its article's label
        for index, block in enumerate(blocks):
            if run_in_text:
                run_in_text = False
                continue
            inside, in_attachment = in_attachment, inside_attachment_after(block, in_attachment)
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if is_run_in_article(block, following):
                # 第一条　为了……: one body paragraph, not in the outline (chapters are)
                seen_body = run_in_text = True
                out.append(self.run_in_article(block, following, inside))
            elif is_attachment_heading(block):
                seen_body = True
                level = min(heading_base, previous_level + 1)
                previous_level = level
                out.extend(self.attachment_heading(block, level))
            elif isinstance(block, Heading):
                seen_body = True
                role = f"heading{heading_look_level(block, inside)}"
                label_text = heading_display_text(block)
                level = min(heading_base + block.level - 1, previous_level + 1)
                previous_level = level
                label = heading_label_text(block)
                content = ((Text(label),) if label else ()) + block.content
                out.append(self.text_block(content, role, self.spec(role, outline=(label_text, level))))
            elif isinstance(block, Paragraph):
                out.extend(self.paragraph(block, blocks, index, seen_body))
                if block.role not in FRONT_ROLES and block.role != "date":
                    seen_body = True
            elif isinstance(block, List):
                for item in block.items:
                    for sub in item:
                        if isinstance(sub, Paragraph) and sub.role == "body":
                            sub = replace(sub, role="list")
                        out.extend(self.blocks((sub,), heading_base, inside))
            elif isinstance(block, Table):
                table = make_table(block, self)
                if table is not None:
                    out.append(GridSnap(table, self.pitch_grid or self.style.line_height("body")))
                elif any(block.rows):
                    self.reporter.warn("style", "a table row is taller than half a page; "
                                                "its cells are set as paragraphs")
                    for row in block.rows:
                        for cell in row:
                            out.append(self.text_block(cell, "table"))
            elif isinstance(block, Part):
                out.append(PageBreak())
                out.extend(self.section(block.meta, block.blocks, heading_base, part_number=index + 1))
        return out

    def attachment_heading(self, heading: Heading, level: int) -> list[TextBlock]:
        """An attachment's opening (GB/T 9704 7.5): its label (附件1) flush left on the
        first line — a new page when the attachment_label role says so — and its title
        centred two lines down (attachment_title). One outline entry names both."""
        outline = (heading_display_text(heading), level)
        label = self.text_block((Text(heading.label),), "attachment_label",
                                self.spec("attachment_label", outline=outline))
        if not plain_text(heading.content).strip():
            return [label]
        return [label, self.text_block(heading.content, "attachment_title")]

    def run_in_article(self, heading: Heading, paragraph: Paragraph, in_attachment: bool = False) -> TextBlock:
        """A law's article as the official texts set it: the body paragraph (2-em indent,
        justified) opening with its label in the heading's face at the body size."""
        head = self.style.role(f"heading{heading_look_level(heading, in_attachment)}")
        body = self.style.role("body")
        label_style = RunStyle(self.style.fonts[head.font].bundled, body.size, head.bold)
        runs = [(article_label_text(heading), label_style)]
        runs += self.measurer.runs_of(paragraph.content, body, self.style.roles.get("lead_in"))
        spec = self.spec("body")
        return TextBlock(self.measurer.prepare(runs, body.size, grid=spec.align == "justify"), spec)

    def paragraph(self, block: Paragraph, blocks: tuple, index: int, seen_body: bool) -> list[Flowable]:
        role = block.role
        if role not in self.style.roles:
            if role not in self._warned_roles:
                self._warned_roles.add(role)
                self.reporter.warn("role", f"paragraph role {role!r} has no style; rendered as body")
            role = "body"
        if role == "date" and seen_body and "signature" in self.style.roles:
            # the closing date (成文日期, GB/T 9704 7.3.5.1): right, 4 字 in, like the
            # signature, and on the line right under it when it follows one
            prev = blocks[index - 1] if index else None
            after_signature = isinstance(prev, Paragraph) and prev.role == "signature"
            spec = self.spec("signature", **({"space_before": 0.0} if after_signature else {}))
            return [self.text_block(block.content, "signature", spec)]
        if role == "attachment":
            return [self.attachment_note(block, blocks[index - 1] if index else None)]
        if role == "signature":
            nxt = blocks[index + 1] if index + 1 < len(blocks) else None
            if isinstance(nxt, Paragraph) and nxt.role == "date":
                return [self._signature_over_date(block, nxt)]
        return [self.text_block(block.content, role)]

    def attachment_note(self, block: Paragraph, previous: object) -> TextBlock:
        """附件说明 (GB/T 9704 7.3.4): "附件：1.×××" after a blank line, 2字 in; the next
        items (2.×××) on the following lines, their numbers under the first one's; a name
        that wraps goes on under its own first character (回行时与上一行附件名称对齐)."""
        first = self.text_block(block.content, "attachment")
        m, spec = first.prepared.measured, first.spec
        start = spec.left_indent + spec.first_indent          # where the first line begins
        lead, number = attachment_note_parts(m.chars)
        if lead:
            self._attachment_lead = sum(m.advance[:len(lead)])
        elif isinstance(previous, Paragraph) and previous.role == "attachment":
            start += self._attachment_lead
            spec = replace(spec, space_before=0.0)
        else:
            return first
        name_at = start + sum(m.advance[:len(lead) + len(number)])
        if name_at > self.style.page.text_width / 2:           # no room to hang: leave it
            name_at = start
        return TextBlock(first.prepared, replace(spec, left_indent=name_at, first_indent=start - name_at))

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
        return TextBlock(sig.prepared, spec)


def _natural(block: TextBlock) -> float:
    m = block.prepared.measured
    if not m.chars:
        return 0.0
    return sum(m.advance[:-1]) + m.box[-1]


def _keep_headings(items: list[Flowable], page_height: float) -> list[Flowable]:
    """Page breaks before the blocks whose role asks for one (chapters in the book
    style), then every keep-with-next block (title, headings) glued to the next."""
    broken: list[Flowable] = []
    for item in items:
        spec = getattr(item, "spec", None)
        before = getattr(broken[-1], "spec", None) if broken else None
        # no break right after a block that is kept with its next one (the title)
        if (spec is not None and spec.page_break_before and broken and not isinstance(broken[-1], PageBreak)
                and not (before is not None and before.keep_with_next)):
            broken.append(PageBreak())
        broken.append(item)
    out: list[Flowable] = []
    for item in reversed(broken):
        spec = getattr(item, "spec", None)
        if spec is not None and spec.keep_with_next and out and not isinstance(out[-1], PageBreak):
            out[-1] = KeepWithNext(item, out[-1], page_height)
        else:
            out.append(item)
    out.reverse()
    return out
