"""Writers: one module or package per output format, behind one registry.

Each writer exports ``write(doc, style, fonts, options, reporter) -> bytes``; a paged
writer may also export ``write_counted(...) -> Written``, the same bytes with the page
count it already knows (the PDF writer does), so that nothing parses an output to count
its pages. ``WriterEntry.render`` calls whichever there is. A writer renders
the layout plan (``convert.layout.plan``: every document decision already taken) through
a table of render functions, one per item kind. It may import the model, the layout,
the style and the fonts — never the reader and never another writer (import-linter
checks both: pyproject.toml). Adding a format is one module and one entry in ``WRITERS``.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Protocol

from ..diagnostics import Reporter
from ..fonts import FontRegistry
from ..model import Document
from ..style import Style


@dataclass(frozen=True)
class WriteOptions:
    """Options every writer receives; a writer ignores those that do not apply to it."""

    embed_fonts: bool = False   # DOCX/EPUB: embed subsets of the bundled fonts
    pdfa: bool | str = False    # PDF: PDF/A — True or "2a": PDF/A-2a + PDF/UA-1; "1b": PDF/A-1b
    vertical: bool | None = None  # EPUB: vertical-rl; None = the style's default
    timestamp: datetime = datetime(2000, 1, 1, tzinfo=timezone.utc)

    @staticmethod
    def timestamp_from_environment(default: datetime | None = None) -> datetime:
        """SOURCE_DATE_EPOCH when set (reproducible builds), else ``default`` or 2000-01-01."""
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        if epoch.isdigit():
            return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
        return default or datetime(2000, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Written:
    """What a writer made: the bytes, and the pages when the format has pages (PDF);
    0 for a format without pages."""

    data: bytes
    pages: int = 0


class WriteFunction(Protocol):
    def __call__(self, doc: Document, style: Style, fonts: FontRegistry,
                 options: WriteOptions, reporter: Reporter) -> bytes: ...


@dataclass(frozen=True)
class WriterEntry:
    name: str
    suffix: str
    module: str
    description: str

    def load(self) -> WriteFunction:
        return importlib.import_module(f"{__name__}.{self.module}").write

    def render(self, doc: Document, style: Style, fonts: FontRegistry,
               options: WriteOptions, reporter: Reporter) -> Written:
        """The output's bytes and its page count (``write_counted`` when the writer has
        one, else ``write`` with 0 pages)."""
        module = importlib.import_module(f"{__name__}.{self.module}")
        counted = getattr(module, "write_counted", None)
        if counted is not None:
            return counted(doc, style, fonts, options, reporter)
        return Written(module.write(doc, style, fonts, options, reporter))


#: The registry: format name → writer. Modules are imported only when used.
WRITERS: dict[str, WriterEntry] = {
    "pdf": WriterEntry("pdf", ".pdf", "pdf", "print-ready PDF (reportlab), fonts embedded"),
    "docx": WriterEntry("docx", ".docx", "docx", "editable Word document built from real styles"),
    "epub": WriterEntry("epub", ".epub", "epub", "EPUB 3 e-book with nav and NCX"),
    "json": WriterEntry("json", ".json", "json", "the canonical model (documented in the README)"),
    "html": WriterEntry("html", ".html", "html", "one plain HTML5 page, rendered from the layout plan"),
}


class UnknownFormat(ValueError):
    pass


def get_writer(name: str) -> WriterEntry:
    try:
        return WRITERS[name]
    except KeyError:
        raise UnknownFormat(f"unknown format {name!r}; known formats: {', '.join(WRITERS)}") from None
