"""Warnings collected while converting one document.

Every stage reports through a ``Reporter`` instead of printing: the CLI shows the
notices on stderr, the reader also stores its own in ``meta.notices``. A notice is a
closed set of kinds, each with a plain-language message.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Notice

#: The kinds of notice, and what each means.
KINDS = {
    "encoding": "the input's encoding was guessed, or bytes were invalid and replaced",
    "removed": "lines were removed as boilerplate (listed in meta.removed)",
    "missing-glyph": "characters that no bundled font can draw",
    "invalid-char": "characters that cannot appear in XML/PDF were dropped or replaced",
    "stray-bytes": "a few NUL bytes, control characters or terminal escape codes in good text, dropped (counted, first line)",
    "entities": "HTML character references a scraper left in the text (&nbsp; &#8220;…), decoded (counted, first line)",
    "ideographs": "CJK compatibility ideographs (a PDF's 年 U+F98E) replaced by the unified ones they stand for (counted, first line)",
    "role": "a paragraph role unknown to a writer, rendered as body",
    "style": "a style setting a writer cannot express exactly",
    "structure": "something the reader was unsure about",
    "contents": "a table of contents (目录) in the text, kept as a contents block, not as headings",
    "collection": "a merged book's metadata that collection.toml does not give (its title), and how to set it",
    "option": "an option that does not apply to the chosen formats (ignored)",
    "markdown": "Markdown the model cannot hold (link targets, images, raw HTML…): reported, never dropped silently",
}


@dataclass
class Reporter:
    """Collects notices for one source file."""

    source: str = ""
    notices: list[Notice] = field(default_factory=list)

    def warn(self, kind: str, message: str, line: int = 0) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown notice kind {kind!r}")
        notice = Notice(kind, message, line)
        if notice not in self.notices:
            self.notices.append(notice)

    def lines(self) -> list[str]:
        """One line per notice: 'file:line: kind: message'."""
        out = []
        for n in self.notices:
            where = f"{self.source}:{n.line}" if n.line else self.source
            out.append(f"{where}: {n.kind}: {n.message}")
        return out
