"""PDF writer: a Chinese typesetter on reportlab's canvas and flowables.

    write(doc, style, fonts, options, reporter) -> bytes

The modules, in the order the data flows through them:

- measure.py    inlines → characters with fonts (per-character fallback), advances, squeezes
- kinsoku.py    the line-breaking rules, as data
- linebreak.py  the breaker (kinsoku, pull-up/push-down) and the justifier
- setter.py     draws one placed line on the canvas (Tc per segment, synthetic bold, 〓)
- flowables.py  TextBlock / KeepWithNext / GridSnap on reportlab's wrap/split/draw
- tables.py     tables (reportlab Table with our cells, repeated header rows)
- document.py   the layout plan's items → flowables (title, headings, roles, parts)
- front.py      a merged collection's title page and contents (set last, moved first)
- pages.py      the page template, the frame = the text block, the page number
- pdfa.py       PDF/A-2b post-processing with pikepdf (--pdfa)
"""

from __future__ import annotations

import io

from reportlab.platypus import Spacer

from ...diagnostics import Reporter
from ...fonts import FontRegistry
from ...model import Document
from ...style import Style
from .. import WriteOptions
from . import fontcache
from .document import Builder
from .measure import Measurer, MissingGlyphs, SUBSTITUTE
from .pages import Folio, canvas_maker, make_template

#: BCP 47 language of the model → the PDF /Lang the readers (and screen readers) expect.
PDF_LANG = {"zh-hans": "zh-CN", "zh-hant": "zh-TW", "zh-hant-tw": "zh-TW", "zh-hant-hk": "zh-HK",
            "zh-hant-mo": "zh-MO", "zh-hans-sg": "zh-SG", "zh-cn": "zh-CN", "zh-tw": "zh-TW",
            "zh-hk": "zh-HK", "zh": "zh-CN"}


def pdf_lang(language: str) -> str:
    key = language.strip().lower()
    while key:
        if key in PDF_LANG:
            return PDF_LANG[key]
        key = key.rpartition("-")[0]
    return language or "zh-CN"


def write(doc: Document, style: Style, fonts: FontRegistry, options: WriteOptions, reporter: Reporter) -> bytes:
    language = doc.meta.language or "zh-Hans"
    missing = MissingGlyphs()
    measurer = Measurer(style, fonts, language, missing)
    flowables = Builder(style, measurer, reporter).document(doc)
    if not flowables:
        # an empty document still makes a valid one-page PDF
        flowables = [Spacer(1, 1)]

    body = style.roles["body"]
    initial = fontcache.register(fonts.chain(style.fonts[body.font].bundled, language)[0]).name
    meta = doc.meta
    buffer = io.BytesIO()
    template = make_template(
        buffer, style, Folio(style, measurer), options.timestamp,
        title=meta.title or "", author=meta.author or "", subject=meta.subtitle or meta.doc_number or "",
        keywords=[k for k in (meta.doc_number,) if k], creator="convert", producer="convert (reportlab)",
        lang=pdf_lang(language), displayDocTitle=1,
        initial_font=initial, initial_size=body.size,
    )
    template.build(flowables, canvasmaker=canvas_maker(options.timestamp))
    for ch, count in sorted(missing.counts.items()):
        reporter.warn("missing-glyph",
                      f"U+{ord(ch):04X} {ch!r} ×{count}: no bundled font draws it; drawn as {SUBSTITUTE}")
    data = buffer.getvalue()
    if options.pdfa:
        from .pdfa import to_pdfa    # a lazy import for start-up time: pikepdf, only for --pdfa
        data = to_pdfa(data, doc, options, pdf_lang(language))
    return data
