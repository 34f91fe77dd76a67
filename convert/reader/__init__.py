"""Reader: bytes of a plain-text document → ``Document``.

    bytes ──decode──▶ str ──clean──▶ lines ──structure──▶ Document

``decode`` finds the encoding and normalises newlines and spaces; ``clean`` removes
web boilerplate (recording every removed line), re-joins broken lines and normalises
punctuation; ``structure`` classifies lines into blocks.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadOptions:
    keep_boilerplate: bool = False   # --keep-boilerplate: remove nothing
    normalize: bool = True           # --no-normalize: keep punctuation as written
    filename: str = ""               # the input's name: title fallback, meta.source


class ReadError(ValueError):
    """The input is not a text document (binary, empty…); the message says why."""


def read(data: bytes, options: ReadOptions = ReadOptions()):  # -> Document
    """Decode, clean and structure ``data``. Raises ReadError for non-text input."""
    from .decode import decode
    from .clean import clean
    from .structure import structure

    decoded = decode(data, options)
    cleaned = clean(decoded, options)
    return structure(cleaned, options)
