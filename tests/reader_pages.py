"""Small pages for the reader's rule tests (tests/test_reader_round*.py): a text made of
lines, and what the reader kept, removed and took for headings."""

from __future__ import annotations

from pathlib import Path

from convert.model import Document, Heading, iter_blocks, plain_text
from convert.reader import read

CORPUS = Path(__file__).parent / "corpus"

#: a paragraph of prose, long enough to be taken for the text
PROSE = "这是一段足够长的正文，用来让读者认出正文所在的区域，并且包含句号。"


def read_page(*lines: str) -> Document:
    return read("\n".join(lines).encode("utf-8"))


def region_spans_listing(before: str, tokens: str, after: str) -> bool:
    """Does the main region run from the sentence ``before`` through a listing set one token a
    line (``tokens``, split at spaces) to the sentence ``after`` — no wall of short lines?"""
    from convert.reader.region import main_region
    texts = [before, *tokens.split(), after]
    region = main_region(texts)
    return (region.start, region.stop) == (0, len(texts))


def corpus_page(source: str, name: str = "001") -> Document:
    """A corpus document (tests/corpus/<source>/<name>.txt), read."""
    return read((CORPUS / source / f"{name}.txt").read_bytes())


def reason_at(doc: Document, line: int) -> str:
    """Why source line ``line`` was removed ("" when it was kept)."""
    return next((r.reason for r in doc.meta.removed if r.line == line), "")


def removed_reasons(doc: Document) -> dict[str, str]:
    """Each removed line's text → its reason."""
    return {r.text: r.reason for r in doc.meta.removed}


def removed_lines(doc: Document) -> set[int]:
    """The source line numbers of every removed line (lines joined before removal too)."""
    return {n for r in doc.meta.removed for n in range(r.line, max(r.line, r.last_line) + 1)}


def kept_texts(doc: Document) -> list[str]:
    """The text of every block kept, in order."""
    return [plain_text(b) for b in iter_blocks(doc.blocks)]


def headings(doc: Document) -> list[tuple[int, str, str]]:
    """(level, label, text) of every heading."""
    return [(b.level, b.label, plain_text(b)) for b in iter_blocks(doc.blocks) if isinstance(b, Heading)]
