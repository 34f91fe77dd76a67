"""JSON writer: the canonical model, as documented in the README."""

from __future__ import annotations

from ..diagnostics import Reporter
from ..fonts import FontRegistry
from ..model import Document
from ..style import Style
from . import WriteOptions


def write(doc: Document, style: Style, fonts: FontRegistry, options: WriteOptions, reporter: Reporter) -> bytes:
    return doc.to_json().encode("utf-8")
