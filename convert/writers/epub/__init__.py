"""EPUB 3 writer: a reflowable Chinese e-book that passes EPUBCheck with no warnings.

    Document ──layout.plan──▶ Plan ──render──▶ XHTML chapters + TOC ──package──▶ OPF, NCX, nav, OCF zip

The book is a cover page (a Pillow-drawn JPEG, cover.py), a title page, the table of
contents (the EPUB 3 nav document, also in the spine, with landmarks, plus an NCX for
EPUB 2 readers) and one XHTML file per chapter: the text is split at every level-1
heading, and per report in a merged collection (render.py). The style sheet comes from
the ``Style`` (css.py); --embed-fonts subsets the bundled fonts (fonts.py); the package
(OPF, NCX, zip) is package.py.

The package itself imports nothing: ``write`` loads the writer (book.py) when called, so
that the cover's helper process (cover.py, ``convert.prefork``) imports only what
drawing the cover needs (15 ms less of the warm-up the cover waits for).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...diagnostics import Reporter
    from ...fonts import FontRegistry
    from ...model import Document
    from ...style import Style
    from .. import WriteOptions

__all__ = ["write", "VERTICAL_QUOTES"]


def write(doc: Document, style: Style, fonts: FontRegistry, options: WriteOptions,
          reporter: Reporter) -> bytes:
    """The document as an EPUB 3 file (bytes)."""
    from .book import write as write_book

    return write_book(doc, style, fonts, options, reporter)


def __getattr__(name: str):
    if name == "VERTICAL_QUOTES":
        from .render import VERTICAL_QUOTES

        return VERTICAL_QUOTES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
