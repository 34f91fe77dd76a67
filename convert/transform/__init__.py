"""Transforms: Document → Document functions, run in the order of ``TRANSFORMS``.

No transform knows any output format. Each entry says when it applies (from the
options) and how it runs; ``apply_transforms`` runs those that apply, in order.

    apply_transforms(doc, TransformOptions(opencc="s2twp"))
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..model import Document


@dataclass(frozen=True)
class TransformOptions:
    """What the user asked for."""

    opencc: str | None = None   # an OpenCC config (s2twp, t2s, …) or alias (traditional, simplified)
    quotes: str | None = None   # "corner", "curly", "keep"; None = the OpenCC target's convention


@dataclass(frozen=True)
class TransformEntry:
    name: str
    description: str
    applies: Callable[[TransformOptions], bool]
    run: Callable[[Document, TransformOptions], Document]


def _sanitize(doc: Document, options: TransformOptions) -> Document:
    from .sanitize import sanitize

    return sanitize(doc)


def _opencc(doc: Document, options: TransformOptions) -> Document:
    from .opencc import convert_document  # imported only when used: loads the opencc library

    assert options.opencc is not None
    return convert_document(doc, options.opencc, quotes=options.quotes)


def _quotes(doc: Document, options: TransformOptions) -> Document:
    from .quotes import convert_quotes

    assert options.quotes is not None
    return convert_quotes(doc, options.quotes)


#: The transforms, in the order they run.
TRANSFORMS: tuple[TransformEntry, ...] = (
    # Always, first: characters no output format can carry (XML-forbidden, bidi controls).
    TransformEntry("sanitize", "drop control characters, noncharacters and bidi controls",
                   lambda o: True, _sanitize),
    TransformEntry("opencc", "Simplified ↔ Traditional Chinese (OpenCC), metadata and quotes included",
                   lambda o: bool(o.opencc), _opencc),
    # Without OpenCC, an explicit quote style still applies (with OpenCC it is part of it).
    TransformEntry("quotes", "quote style: corner 「」『』 or curly “”‘’",
                   lambda o: not o.opencc and o.quotes in ("corner", "curly"), _quotes),
)


def apply_transforms(doc: Document, options: TransformOptions) -> Document:
    """Run every transform that applies to ``options``, in order."""
    for entry in TRANSFORMS:
        if entry.applies(options):
            doc = entry.run(doc, options)
    return doc
