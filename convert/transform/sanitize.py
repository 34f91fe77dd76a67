"""sanitize: drop or replace characters that no output format can carry.

XML 1.0 (and so DOCX and EPUB) forbids most C0 control characters, U+FFFE/U+FFFF and
lone surrogates; UTF-8 cannot even encode a lone surrogate, so the JSON writer would
fail on one too. Such characters reach the model from the model's JSON given back to
``convert --from json`` (``"\\ud800"`` is valid JSON), from file names read with
``surrogateescape`` (the title falls back to the file name), or from text that the
reader let through. This transform runs on every conversion, before the writers, and
rewrites every string in the document — text, labels, roles, metadata, parts:

=================  ======================================================  ===========
kind               characters                                              action
=================  ======================================================  ===========
control            C0 U+0000–U+001F except tab and LF; DEL; C1 U+0080–9F  dropped
noncharacter       U+FFFE, U+FFFF, U+FDD0–U+FDEF, U+nFFFE/U+nFFFF          dropped
surrogate          lone U+D800–U+DFFF (undecodable bytes)                 U+FFFD
bidi control       embeddings, overrides, isolates, LRM/RLM/ALM           dropped
=================  ======================================================  ===========

Bidi controls are legal XML but are never part of Chinese text: pasted from web pages
they silently reorder what a reader of the DOCX/EPUB sees ("Trojan source"), and the
PDF typesetter has no bidi algorithm to honour them. Each kind found is reported once
per document, with its count, as a notice of kind ``invalid-char`` in ``meta.notices``.

    doc = sanitize_document(doc)
"""

from __future__ import annotations

from .. import regexcache as re
from collections import Counter
from dataclasses import replace

from ..model import (Document, Emphasis, Heading, Inline, LineBreak, List, Meta, Notice, Paragraph, Part,
                     Removed, Strong, Table, Text)

#: What each kind is called in the notice, and what was done with it.
KIND_WORDS = {
    "control": ("control character(s)", "dropped"),
    "noncharacter": ("Unicode noncharacter(s) (U+FFFE, U+FFFF …)", "dropped"),
    "surrogate": ("lone surrogate(s) (undecodable bytes)", "replaced by U+FFFD"),
    "bidi": ("bidirectional-text control(s)", "dropped"),
}

_CONTROL = "\x00-\x08\x0b-\x1f\x7f-\x9f"
_NONCHAR = "\ufdd0-\ufdef\ufffe\uffff" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(1, 17))
_SURROGATE = "\ud800-\udfff"
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"

#: One pattern for all of them: a single character class, so matching is linear.
_BAD = re.compile(f"([{_CONTROL}])|([{_NONCHAR}])|([{_SURROGATE}])|([{_BIDI}])")
_GROUP_KIND = {1: "control", 2: "noncharacter", 3: "surrogate", 4: "bidi"}
#: To find whether there is one at all: the BMP's forbidden characters and *any*
#: character beyond the BMP (the planes' noncharacters are among them) as one class of
#: ranges, which sre scans in C (1 ms for the 180k text); the four groups' alternation
#: is tried at every position (20 ms), and a class listing the 32 astral noncharacters
#: one by one takes 9 ms. A text with an astral character (an emoji, Extension B) then
#: gets the exact search.
_MAYBE_BAD = re.compile(f"[{_CONTROL}\ufdd0-\ufdef\ufffe\uffff{_SURROGATE}{_BIDI}\U00010000-\U0010ffff]")


def _has_bad(text: str) -> bool:
    return _MAYBE_BAD.search(text) is not None and _BAD.search(text) is not None


def sanitize_text(text: str, counts: Counter[str] | None = None) -> str:
    """``text`` with every forbidden character dropped or replaced; adds to ``counts``."""
    if not _has_bad(text):      # the common case: nothing to do, no copy
        return text

    def fix(m: re.Match[str]) -> str:
        kind = _GROUP_KIND[m.lastindex or 0]
        if counts is not None:
            counts[kind] += 1
        return "\ufffd" if kind == "surrogate" else ""

    return _BAD.sub(fix, text)


class _Sanitizer:
    """Walks a document, rewriting every string and counting what it changed."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def s(self, text: str) -> str:
        return sanitize_text(text, self.counts)

    def meta(self, meta: Meta) -> Meta:
        return replace(
            meta,
            title=self.s(meta.title), subtitle=self.s(meta.subtitle), author=self.s(meta.author),
            date=self.s(meta.date), doc_number=self.s(meta.doc_number), language=self.s(meta.language),
            source=self.s(meta.source),
            removed=tuple(Removed(r.line, self.s(r.text), self.s(r.reason), r.last_line) for r in meta.removed),
            notices=tuple(Notice(self.s(n.kind), self.s(n.message), n.line) for n in meta.notices),
        )

    def inlines(self, seq: tuple[Inline, ...]) -> tuple[Inline, ...]:
        out: list[Inline] = []
        for node in seq:
            if isinstance(node, Text):
                cleaned = self.s(node.text)
                if cleaned:              # a run of only forbidden characters disappears
                    out.append(Text(cleaned))
            elif isinstance(node, Strong):
                out.append(Strong(self.inlines(node.content)))
            elif isinstance(node, Emphasis):
                out.append(Emphasis(self.inlines(node.content)))
            elif isinstance(node, LineBreak):
                out.append(node)
            else:
                raise TypeError(f"not an inline: {type(node).__name__}")
        return tuple(out)

    def blocks(self, blocks: tuple) -> tuple:
        return tuple(self.block(b) for b in blocks)

    def block(self, block):
        # replace(): what is not text (source lines, run_in, header rows) stays as it was
        if isinstance(block, Heading):
            return replace(block, label=self.s(block.label), content=self.inlines(block.content))
        if isinstance(block, Paragraph):
            return replace(block, content=self.inlines(block.content), role=self.s(block.role))
        if isinstance(block, List):
            return replace(block, items=tuple(self.blocks(item) for item in block.items))
        if isinstance(block, Table):
            return replace(block, rows=tuple(tuple(self.inlines(cell) for cell in row) for row in block.rows))
        if isinstance(block, Part):
            return Part(self.meta(block.meta), self.blocks(block.blocks))
        raise TypeError(f"not a block: {type(block).__name__}")


def _meta_strings(meta: Meta, out: list[str]) -> None:
    out += (meta.title, meta.subtitle, meta.author, meta.date, meta.doc_number, meta.language, meta.source)
    for r in meta.removed:
        out += (r.text, r.reason)
    for n in meta.notices:
        out += (n.kind, n.message)


def _inline_strings(seq: tuple[Inline, ...], out: list[str]) -> None:
    for node in seq:
        if isinstance(node, Text):
            out.append(node.text)
        elif isinstance(node, (Strong, Emphasis)):
            _inline_strings(node.content, out)
        elif not isinstance(node, LineBreak):
            raise TypeError(f"not an inline: {type(node).__name__}")


def _block_strings(blocks: tuple, out: list[str]) -> None:
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append(block.role)
            _inline_strings(block.content, out)
        elif isinstance(block, Heading):
            out.append(block.label)
            _inline_strings(block.content, out)
        elif isinstance(block, List):
            for item in block.items:
                _block_strings(item, out)
        elif isinstance(block, Table):
            for row in block.rows:
                for cell in row:
                    _inline_strings(cell, out)
        elif isinstance(block, Part):
            _meta_strings(block.meta, out)
            _block_strings(block.blocks, out)
        else:
            raise TypeError(f"not a block: {type(block).__name__}")


def _is_clean(doc: Document) -> bool:
    """No string the sanitizer rewrites holds a forbidden character: one search over
    them all, joined by a newline (an allowed character), instead of copying the
    document to find that nothing changed (the usual case; 20 ms for the 180k text)."""
    out: list[str] = []
    _meta_strings(doc.meta, out)
    _block_strings(doc.blocks, out)
    return not _has_bad("\n".join(out))


def sanitize_document(doc: Document) -> tuple[Document, Counter[str]]:
    """A copy of ``doc`` without forbidden characters, and how many of each kind were
    found. The notices are added to ``meta.notices`` (kind ``invalid-char``)."""
    if _is_clean(doc):
        return doc, Counter()
    walker = _Sanitizer()
    meta = walker.meta(doc.meta)
    blocks = walker.blocks(doc.blocks)
    if not walker.counts:
        return doc, walker.counts          # unchanged: the same object, nothing copied
    notices = list(meta.notices)
    for kind, (what, action) in KIND_WORDS.items():
        n = walker.counts.get(kind, 0)
        if n:
            notice = Notice("invalid-char", f"{n} {what} {action}")
            if notice not in notices:
                notices.append(notice)
    return Document(replace(meta, notices=tuple(notices)), blocks), walker.counts


def sanitize(doc: Document) -> Document:
    """The transform: ``doc`` without forbidden characters, the changes in meta.notices."""
    return sanitize_document(doc)[0]
