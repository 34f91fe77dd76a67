"""Quote style: curly “”‘’ (mainland GB/T 15834) ↔ corner 「」『』 (Taiwan, Hong Kong).

Chinese uses the same nesting in both styles: the outer pair “” ↔ 「」, the inner pair
‘’ ↔ 『』. The only English use of these characters that survives in Chinese documents
is the apostrophe (don’t, Xi’an), which stays ’ when it sits between two Latin letters.
"""

from __future__ import annotations

from .. import regexcache as re
from dataclasses import replace
from typing import Callable

from ..model import Document, Emphasis, Inline, LineBreak, Meta, Part, Strong, Text, map_inlines

#: The quote styles a user can ask for.
QUOTE_STYLES = ("corner", "curly")

# (from, to) pairs. Chained str.replace is ~10× faster than str.translate with a dict
# table on CPython, and most paragraphs contain no quote at all.
_TO_CORNER = (("“", "「"), ("”", "」"), ("‘", "『"), ("’", "』"))
_TO_CURLY = tuple((b, a) for a, b in _TO_CORNER)
# An apostrophe: ’ with a Latin letter or digit before and a letter after (don’t, Xi’an, 90’s).
_APOSTROPHE = re.compile(r"(?<=[A-Za-z0-9])』(?=[A-Za-z])")


def _replace_all(text: str, pairs: tuple[tuple[str, str], ...]) -> str:
    for old, new in pairs:
        if old in text:
            text = text.replace(old, new)
    return text


class QuoteStyleError(ValueError):
    """An unknown quote style name."""


def to_corner(text: str) -> str:
    """“外‘内’” → 「外『内』」, keeping apostrophes in Latin words."""
    had_apostrophe = "’" in text
    text = _replace_all(text, _TO_CORNER)
    return _APOSTROPHE.sub("’", text) if had_apostrophe else text


def to_curly(text: str) -> str:
    """「外『内』」 → “外‘内’”."""
    return _replace_all(text, _TO_CURLY)


def quote_function(style: str) -> Callable[[str], str]:
    """The string function for a quote style name ("corner" or "curly")."""
    if style == "corner":
        return to_corner
    if style == "curly":
        return to_curly
    raise QuoteStyleError(f"unknown quote style {style!r}; expected one of {', '.join(QUOTE_STYLES)}")


def map_text(seq: tuple[Inline, ...], fn: Callable[[str], str]) -> tuple[Inline, ...]:
    """Apply ``fn`` to every Text inside an inline sequence (character-wise functions only)."""
    out: list[Inline] = []
    for node in seq:
        if isinstance(node, Text):
            out.append(Text(fn(node.text)))
        elif isinstance(node, (Strong, Emphasis)):
            out.append(type(node)(map_text(node.content, fn)))
        elif isinstance(node, LineBreak):
            out.append(node)
        else:
            raise TypeError(f"not an inline: {type(node).__name__}")
    return tuple(out)


def map_meta_text(meta: Meta, fn: Callable[[str], str]) -> Meta:
    """Apply ``fn`` to the human-readable metadata (title, subtitle, author, date, doc number)."""
    return replace(meta, title=fn(meta.title), subtitle=fn(meta.subtitle), author=fn(meta.author),
                   date=fn(meta.date), doc_number=fn(meta.doc_number))


def convert_quotes(doc: Document, style: str) -> Document:
    """A new document whose quotes (text and metadata, parts included) are in ``style``."""
    fn = quote_function(style)
    out = map_inlines(doc, lambda seq: map_text(seq, fn))
    return replace(out, meta=map_meta_text(out.meta, fn),
                   blocks=tuple(_part_meta(b, fn) for b in out.blocks))


def _part_meta(block, fn):
    if isinstance(block, Part):
        return replace(block, meta=map_meta_text(block.meta, fn),
                       blocks=tuple(_part_meta(b, fn) for b in block.blocks))
    return block
