"""Simplified ↔ Traditional Chinese with OpenCC, as a Document → Document transform.

    convert_document(doc, "s2twp")            # Taiwan Traditional with Taiwan phrases
    convert_document(doc, traditional_config())
    convert_document(doc, simplified_config(doc.meta.language))

Each paragraph, heading and table cell is converted *as a whole* and then split back
into its inline runs, so a phrase that straddles a Strong/Text boundary still converts
as a phrase: Strong("理") + Text("发") → Strong("理") + Text("髮"), not 理發. OpenCC's
phrase tables sometimes change the length of a phrase (U盘 → 隨身碟); when such a phrase
straddles a boundary its converted form goes, whole, to the run where it begins (the
words stay right; only the emphasis edge moves to the phrase edge).

The metadata (title, subtitle, author, date, document number — of the document and of
each part of a collection) is converted too, ``meta.language`` becomes the target's
BCP 47 tag, and quotes follow the target's convention: 「」『』 in Taiwan and Hong Kong,
“”‘’ in the mainland (``quotes=`` overrides).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Iterator

import opencc

from ..model import (Block, Document, Emphasis, Heading, Inline, LineBreak, List, Meta, Paragraph, Part, Strong,
                     Table, Text)
from .quotes import QUOTE_STYLES, map_meta_text, map_text, quote_function

#: The target language (BCP 47) of each config the opencc package ships.
#: t2jp/jp2t convert between Japanese kanji forms: their output is Japanese text.
CONFIG_LANGUAGE: dict[str, str] = {
    "s2t": "zh-Hant", "hk2t": "zh-Hant", "tw2t": "zh-Hant",
    "s2tw": "zh-Hant-TW", "s2twp": "zh-Hant-TW", "t2tw": "zh-Hant-TW",
    "s2hk": "zh-Hant-HK", "s2hkp": "zh-Hant-HK", "t2hk": "zh-Hant-HK",
    "t2s": "zh-Hans", "tw2s": "zh-Hans", "tw2sp": "zh-Hans", "hk2s": "zh-Hans", "hk2sp": "zh-Hans",
    "t2jp": "ja", "jp2t": "ja",
}

#: Names the CLI may pass instead of a config; resolved against the input's language.
ALIASES = ("traditional", "simplified")

#: Quote options: a style from quotes.QUOTE_STYLES, "keep" (touch nothing) or None (auto).
QUOTE_OPTIONS = (*QUOTE_STYLES, "keep")


class OpenCCError(ValueError):
    """An unknown config or quote option; the message lists the valid ones."""


# --------------------------------------------------------------------------- configs


@lru_cache(maxsize=1)
def available_configs() -> tuple[str, ...]:
    """Every config the installed opencc package offers (s2t, s2twp, t2s, …), sorted."""
    return tuple(sorted(name.removesuffix(".json") for name in opencc.CONFIGS))


def known_configs() -> tuple[str, ...]:
    """The configs plus the aliases ``traditional`` and ``simplified``."""
    return (*available_configs(), *ALIASES)


def traditional_config() -> str:
    """``--traditional``: Taiwan standard characters with Taiwan phrases (软件 → 軟體)."""
    return "s2twp"


def simplified_config(language: str = "zh-Hant") -> str:
    """``--simplified``: t2s, or the regional config when the input is known to be Taiwan
    (tw2sp: 軟體 → 软件) or Hong Kong (hk2s) text."""
    tag = language.lower()
    if tag.startswith(("zh-hant-tw", "zh-tw")):
        return "tw2sp"
    if tag.startswith(("zh-hant-hk", "zh-hk", "zh-hant-mo", "zh-mo")):
        return "hk2s"
    return "t2s"


def resolve_config(config: str, language: str) -> str:
    """A config name, with the aliases resolved against the input's ``language``."""
    if config == "traditional":
        return traditional_config()
    if config == "simplified":
        return simplified_config(language)
    if config not in available_configs():
        raise OpenCCError(f"unknown OpenCC config {config!r}; available: {', '.join(known_configs())}")
    return config


def target_language(config: str, source_language: str = "zh-Hans") -> str:
    """The BCP 47 tag of the converted text (an unlisted config keeps the source's)."""
    return CONFIG_LANGUAGE.get(config, source_language)


def default_quotes(language: str) -> str | None:
    """The quote style a language expects: corner for zh-Hant-TW/HK, curly for zh-Hans,
    None (leave as written) otherwise."""
    tag = language.lower()
    if tag.startswith(("zh-hant-tw", "zh-hant-hk", "zh-hant-mo")):
        return "corner"
    if tag.startswith("zh-hans"):
        return "curly"
    return None


@lru_cache(maxsize=None)
def converter(config: str) -> opencc.OpenCC:
    """The OpenCC converter for a config, loaded once per process (loading is the slow
    part: the phrase dictionaries)."""
    if config not in available_configs():
        raise OpenCCError(f"unknown OpenCC config {config!r}; available: {', '.join(available_configs())}")
    return opencc.OpenCC(config)


#: Upstream OpenCC mistakes seen in government texts, corrected after conversion. Only
#: outputs that are wrong in every context are listed (so a fix can never break a right
#: conversion), and each keeps the length (so run boundaries stay put). The phrase table
#: maps 新征 → 新徵 (as in 新徵收, a new levy), which turns the ubiquitous 奋进新征程 into
#: 奮進新徵程; 被发明 splits as 被发|明 → 被髮明 (BYVoid/OpenCC#1497).
TRADITIONAL_FIXES: tuple[tuple[str, str], ...] = (
    ("新徵程", "新征程"),
    ("新徵途", "新征途"),
    ("被髮明", "被發明"),
    ("被髮掘", "被發掘"),
)


@lru_cache(maxsize=None)
def conversion(config: str) -> Callable[[str], str]:
    """The string → string conversion for a config: OpenCC, then the fixes above for a
    Traditional target."""
    convert = converter(config).convert
    if not CONFIG_LANGUAGE.get(config, "").startswith("zh-Hant"):
        return convert
    fixes = TRADITIONAL_FIXES
    markers = {wrong[1] for wrong, _ in fixes}   # 徵/髮: skip the loop when absent

    def convert_and_fix(text: str) -> str:
        out = convert(text)
        if any(m in out for m in markers):
            for wrong, right in fixes:
                if wrong in out:
                    out = out.replace(wrong, right)
        return out

    return convert_and_fix


# --------------------------------------------------------------------------- document


def convert_document(doc: Document, config: str, *, quotes: str | None = None) -> Document:
    """``doc`` converted with OpenCC ``config`` (or an alias), metadata included.

    ``quotes``: "corner" (「」『』), "curly" (“”‘’), "keep", or None for the target's
    convention (corner for Taiwan/Hong Kong, curly for Simplified, else keep).
    """
    if quotes is not None and quotes not in QUOTE_OPTIONS:
        raise OpenCCError(f"unknown quote style {quotes!r}; expected one of {', '.join(QUOTE_OPTIONS)}")
    resolved = resolve_config(config, doc.meta.language)
    meta, convert = _converters(doc.meta, resolved, quotes)
    blocks = tuple(_convert_block(b, config, quotes, convert) for b in doc.blocks)
    return Document(meta, blocks)


@dataclass(frozen=True)
class _Converter:
    """One resolved config's functions: for inline sequences and for plain strings."""

    inlines: Callable[[tuple[Inline, ...]], tuple[Inline, ...]]
    string: Callable[[str], str]


def _converters(meta: Meta, config: str, quotes: str | None) -> tuple[Meta, _Converter]:
    """The converted metadata and the converter for one (part's) resolved config."""
    conv = conversion(config)
    language = target_language(config, meta.language)
    style = quotes if quotes is not None else default_quotes(language)
    quote = quote_function(style) if style in QUOTE_STYLES else None

    def convert_seq(seq: tuple[Inline, ...]) -> tuple[Inline, ...]:
        out = convert_inlines(seq, conv)
        return map_text(out, quote) if quote else out

    def convert_str(s: str) -> str:
        s = conv(s) if s else s
        return quote(s) if quote and s else s

    converted_meta = replace(map_meta_text(meta, convert_str), language=language)
    return converted_meta, _Converter(convert_seq, convert_str)


def _convert_block(block: Block, config: str, quotes: str | None, convert: _Converter) -> Block:
    if isinstance(block, Part):
        # A part of a collection has its own language: an alias resolves per part.
        resolved = resolve_config(config, block.meta.language)
        meta, part_convert = _converters(block.meta, resolved, quotes)
        return Part(meta, tuple(_convert_block(b, config, quotes, part_convert) for b in block.blocks))
    if isinstance(block, List):
        return replace(block, items=tuple(tuple(_convert_block(b, config, quotes, convert) for b in item)
                                          for item in block.items))
    if isinstance(block, Heading):  # the label is text too: 第三条 → 第三條
        return replace(block, label=convert.string(block.label), content=convert.inlines(block.content))
    if isinstance(block, Paragraph):
        return replace(block, content=convert.inlines(block.content))
    if isinstance(block, Table):
        return replace(block, rows=tuple(tuple(convert.inlines(cell) for cell in row) for row in block.rows))
    raise TypeError(f"not a block: {type(block).__name__}")


# --------------------------------------------------------------------------- inlines


def convert_inlines(seq: tuple[Inline, ...], conv: Callable[[str], str]) -> tuple[Inline, ...]:
    """Convert an inline sequence as a whole, keeping its run structure.

    The texts between two line breaks form one unit: converted together, then cut back
    into the original runs (see ``split_converted``)."""
    if len(seq) == 1 and isinstance(seq[0], Text):  # the common case: one plain run
        return (Text(conv(seq[0].text)),)
    units: list[list[str]] = [[]]
    for leaf in _leaves(seq):
        if leaf is None:
            units.append([])
        else:
            units[-1].append(leaf)
    converted = iter([piece for unit in units for piece in split_converted(unit, conv)])
    return _rebuild(seq, converted)


def split_converted(runs: list[str], conv: Callable[[str], str]) -> list[str]:
    """The conversion of ``"".join(runs)``, cut into one piece per run.

    If converting run by run gives the same text as converting the whole, no phrase
    straddles a boundary and the run-by-run pieces are the answer. Otherwise each
    boundary is placed by converting the text before and after it: where the phrase
    across it kept its length, the cut falls after the converted prefix (理|发 →
    理|髮); where it changed length, the phrase goes to the run it begins in.
    """
    if len(runs) <= 1:
        return [conv(r) for r in runs]
    pieces = [conv(r) for r in runs]
    whole_text = "".join(runs)
    whole = conv(whole_text)
    if "".join(pieces) == whole:
        return pieces
    cuts: list[int] = []
    offset = previous = 0
    for run in runs[:-1]:
        offset += len(run)
        left, right = conv(whole_text[:offset]), conv(whole_text[offset:])
        if len(left) + len(right) == len(whole):
            cut = len(left)
        else:  # the straddling phrase changed length: it ends where the suffix's conversion resumes
            cut = len(whole) - _common_suffix(whole, right)
        cut = min(max(cut, previous), len(whole))
        cuts.append(cut)
        previous = cut
    bounds = [0, *cuts, len(whole)]
    return [whole[a:b] for a, b in zip(bounds, bounds[1:])]


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b)):
        if x != y:
            break
        n += 1
    return n


def _leaves(seq: tuple[Inline, ...]) -> Iterator[str | None]:
    """The texts of ``seq`` in reading order; None for a line break."""
    for node in seq:
        if isinstance(node, Text):
            yield node.text
        elif isinstance(node, (Strong, Emphasis)):
            yield from _leaves(node.content)
        elif isinstance(node, LineBreak):
            yield None
        else:
            raise TypeError(f"not an inline: {type(node).__name__}")


def _rebuild(seq: tuple[Inline, ...], texts: Iterator[str]) -> tuple[Inline, ...]:
    """``seq`` with its Text leaves replaced, in order, by ``texts``."""
    out: list[Inline] = []
    for node in seq:
        if isinstance(node, Text):
            out.append(Text(next(texts)))
        elif isinstance(node, (Strong, Emphasis)):
            out.append(type(node)(_rebuild(node.content, texts)))
        else:
            out.append(node)
    return tuple(out)
