"""Reader: bytes of a plain-text document → ``Document``.

    bytes ──decode──▶ lines ──clean──▶ lines ──structure──▶ Document

Modules, in the order the data flows through them:

- ``decode.py``      encoding (BOM, UTF-8, UTF-16, GB18030, Big5, charset-normalizer),
                     binary/empty/undecodable input refused, newlines and NBSP normalised;
- ``clean.py``       drives the cleaning: ``boilerplate.py`` (the table of named rules,
                     page metadata, menus), ``rejoin.py`` (broken and hard-wrapped lines,
                     PM/2.5 fragments), ``punctuation.py`` (half → full width, counted);
- ``markdown.py``    instead of clean and structure for Markdown (``syntax="markdown"``):
                     markdown-it tokens and YAML front matter → Document;
- ``structure.py``   the ordered body classifiers, using ``frontmatter.py`` (title,
                     subtitle, author, date, doc number), ``headings.py`` (numbering
                     patterns and ranks), ``leadin.py`` (Strong opening sentences),
                     ``lines.py`` (one-line predicates) and ``language.py`` (zh-Hans,
                     zh-Hant via OpenCC, en).

Contract with the writers: ``meta.title`` and ``meta.doc_number`` are in meta only;
subtitle, author and date are paragraphs with those roles *and* mirrored in meta; every
removed line is in ``meta.removed`` with its reason.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadOptions:
    keep_boilerplate: bool = False   # --keep-boilerplate: remove nothing
    normalize: bool = True           # --no-normalize: keep punctuation as written
    filename: str = ""               # the input's name: title fallback, meta.source
    syntax: str = "text"             # "text" (plain text) or "markdown" (.md, --from markdown)


class ReadError(ValueError):
    """The input is not a text document (binary, empty…); the message says why."""


@dataclass(frozen=True)
class Reading:
    """A document and what the reader did to get it (for --debug and tests)."""

    document: object                               # convert.model.Document
    encoding: str                                  # the codec the bytes were read with
    replaced_bytes: int                            # invalid bytes replaced by U+FFFD
    punctuation: tuple[tuple[str, int], ...]       # (kind, count) of normalised marks


def read_detailed(data: bytes, options: ReadOptions = ReadOptions()) -> Reading:
    """Like ``read``, also returning the encoding and the punctuation changes."""
    from .clean import clean
    from .decode import decode
    from .structure import structure

    decoded = decode(data, options)
    if options.syntax == "markdown":
        from .markdown import read_markdown

        return read_markdown(decoded, options)
    cleaned = clean(decoded, options)
    return Reading(structure(cleaned, options), decoded.encoding, decoded.replaced, cleaned.punctuation)


def read(data: bytes, options: ReadOptions = ReadOptions()):  # -> Document
    """Decode, clean and structure ``data``. Raises ReadError for non-text input."""
    return read_detailed(data, options).document
