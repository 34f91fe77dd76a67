"""PDF writer: a Chinese typesetter on reportlab's canvas and flowables.

    write(doc, style, fonts, options, reporter) -> bytes
    write_counted(doc, style, fonts, options, reporter) -> Written (the bytes, the pages)

The modules, in the order the data flows through them:

- measure.py    inlines → characters with fonts (per-character fallback), advances, squeezes
- kinsoku.py    the line-breaking rules, as data
- linebreak.py  the breaker (kinsoku, pull-up/push-down) and the justifier
- setter.py     draws one placed line on the canvas (Tc per segment, synthetic bold, 〓)
- cidfonts.py   each face a document draws, embedded once as a composite (Type0) font
- flowables.py  TextBlock / KeepWithNext / GridSnap on reportlab's wrap/split/draw
- prebreak.py   the body's lines broken by a forked child while this process sets pages
- tables.py     tables (reportlab Table with our cells, repeated header rows)
- document.py   the layout plan's items → flowables (title, headings, roles, parts)
- front.py      a merged collection's title page and contents (set last, moved first)
- pages.py      the page template, the frame = the text block, the page number
- tagging.py    the structure tree and marked content (tagged PDF, PDF/UA-1), the XMP
- deflate.py    page content and font programs compressed by a worker thread
- pdfa.py       PDF/A-2a (--pdfa) or PDF/A-1b (--pdfa=1b) post-processing with pikepdf
- fontcache.py  the faces registered with reportlab, their advances and glyph boxes
- facecache.py  reportlab's parsed faces, kept in the user's cache between runs
"""

from __future__ import annotations

import io

from reportlab.platypus import Spacer

from ...diagnostics import Reporter
from ...fonts import FontRegistry
from ...model import Document
from ...style import Style
from .. import WriteOptions, Written
from . import fontcache, prebreak
from .cidfonts import DocumentFaces
from .deflate import deflater
from .document import Builder
from .measure import Measurer, MissingGlyphs, SUBSTITUTE
from .pages import Folio, canvas_maker, make_template
from .tagging import PDF_LANG, PDFA_LEVELS, Tagger, pdf_lang, pdfa_level  # noqa: F401  (PDF_LANG: this module's interface)

def write(doc: Document, style: Style, fonts: FontRegistry, options: WriteOptions, reporter: Reporter,
          *, tagged: bool = True) -> bytes:
    """The PDF of ``doc``: tagged (PDF/UA-1) unless ``tagged=False`` (the benchmark
    measures what tagging costs with it)."""
    return write_counted(doc, style, fonts, options, reporter, tagged=tagged).data


def write_counted(doc: Document, style: Style, fonts: FontRegistry, options: WriteOptions, reporter: Reporter,
                  *, tagged: bool = True) -> Written:
    """The PDF of ``doc`` (as ``write``) and its number of pages, as the canvas counted
    them when it saved the file (front matter and blank versos included)."""
    language = doc.meta.language or "zh-Hans"
    lang = pdf_lang(language)
    missing = MissingGlyphs()
    measurer = Measurer(style, fonts, language, missing)
    level = pdfa_level(options.pdfa)
    # PDF/A-2a asks for a tagged PDF: --pdfa is always tagged
    tagger = Tagger(lang, level) if tagged or level else None
    flowables = Builder(style, measurer, reporter, tagger).document(doc)
    # the body's characters get their CIDs in order, before any page is set; then a
    # forked child breaks the body's lines and writes their code, from the last block
    # back, while this process sets the pages from the first (prebreak.py)
    blocks = prebreak.body_blocks(flowables)
    faces = DocumentFaces()
    for block in blocks:
        faces.preassign(block.prepared)
    prebroken = prebreak.start(blocks, style.page.text_width, faces)
    try:
        return _write(doc, style, fonts, options, reporter, measurer, missing, lang, level, tagger,
                      flowables, faces)
    finally:
        if prebroken is not None:
            prebroken.close()


def _write(doc, style, fonts, options, reporter, measurer, missing, lang, level, tagger, flowables,
           faces) -> Written:
    language = doc.meta.language or "zh-Hans"
    if not flowables:
        # an empty document still makes a valid one-page PDF
        flowables = [Spacer(1, 1)]

    body = style.roles["body"]
    initial = fontcache.register(fonts.chain(style.fonts[body.font].bundled, language)[0]).name
    meta = doc.meta
    buffer = io.BytesIO()
    info = dict(title=meta.title or "", author=meta.author or "", subject=meta.subtitle or meta.doc_number or "",
                keywords=", ".join(k for k in (meta.doc_number,) if k), creator="convert",
                producer="convert (reportlab)")
    template = make_template(
        buffer, style, Folio(style, measurer), options.timestamp,
        **{**info, "keywords": [k for k in (meta.doc_number,) if k]},
        lang=lang, displayDocTitle=1,
        initial_font=initial, initial_size=body.size,
    )
    version = PDFA_LEVELS[level][0] if level else (1, 7)
    try:
        template.build(flowables, canvasmaker=canvas_maker(options.timestamp, tagger, info, version, faces))
    finally:
        canvas = getattr(template, "canv", None)
        if canvas is not None:
            deflater(canvas._doc).close()     # (save closes it; this is for a failed build)
    for ch, count in sorted(missing.counts.items()):
        reporter.warn("missing-glyph",
                      f"U+{ord(ch):04X} {ch!r} ×{count}: no bundled font draws it; drawn as {SUBSTITUTE}")
    data = buffer.getvalue()
    if level:
        from .pdfa import to_pdfa    # a lazy import for start-up time: pikepdf, only for --pdfa
        data = to_pdfa(data, doc, options, lang)    # the same pages
    return Written(data, template.canv.page_count)
