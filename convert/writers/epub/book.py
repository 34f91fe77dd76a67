"""The EPUB writer's ``write``: the book's parts made, packed and zipped (see the
package's doc string, ``convert/writers/epub/__init__.py``)."""

from __future__ import annotations

from ...diagnostics import Reporter
from ...fonts import FontRegistry
from ...layout import plan
from ...model import Document, Part
from ...style import Style
from .. import WriteOptions
from .cover import start_cover
from . import issue
from .css import FontFace, build_css
from .package import TocEntry, _Item, _content_uuid, _ncx, _nest, _ocf_zip, _opf, _x, _xhtml
from .render import LANDMARKS_SC, LANDMARKS_TC, _chapters, _nav, _Renderer, _title_page
from .text import TextCleaner, epub_language, is_traditional


def _is_vertical(doc: Document, style: Style, options: WriteOptions) -> bool:
    """--vertical as given; by default vertical only for Traditional text in the book
    style: Taiwan/Hong Kong books are traditionally set in columns, while reports and
    official documents (gbt9704, report) are horizontal in every Chinese locale."""
    if options.vertical is not None:
        return options.vertical
    return style.name == "book" and is_traditional(doc.meta.language)


def _report_missing(renderer: _Renderer, fonts: FontRegistry, reporter: Reporter) -> None:
    for (font_role, language), chars in sorted(renderer.chars.items()):
        bundled = renderer.style.fonts[font_role].bundled
        missing = sorted(fonts.missing(set(chars), bundled, language))
        if missing:
            listed = ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in missing[:10])
            more = f" and {len(missing) - 10} more" if len(missing) > 10 else ""
            reporter.warn("missing-glyph", f"EPUB: no bundled {font_role} font draws {listed}{more}; "
                                           "the reading system's fonts will draw them")


def write(doc: Document, style: Style, fonts: FontRegistry, options: WriteOptions,
          reporter: Reporter) -> bytes:
    """The document as an EPUB 3 file (bytes)."""
    meta = doc.meta
    lang = epub_language(meta.language)
    vertical = _is_vertical(doc, style, options)
    r = _Renderer(style, reporter, vertical, meta.language, characters=options.embed_fonts)
    title = next((t for t in (r.display(meta.title), r.display(meta.source.rsplit("/", 1)[-1]))
                  if t.strip()), "无标题")
    # The cover first: a helper warmed up at start-up draws it while the chapters are
    # made here (cover.start_cover). Its lines are cleaned apart: what they drop is not
    # in the invalid-char notice (as when they were cleaned after it).
    under_title = [TextCleaner().clean(x) for x in (meta.subtitle, meta.author, meta.date) if x]
    cover = start_cover(style, fonts, title=title, lines=under_title, language=meta.language)

    laid = plan(doc, style)
    title_body, body_items = _title_page(r, laid, title)
    chapters, flat = _chapters(r, body_items, title, collection=any(isinstance(b, Part) for b in doc.blocks))
    chapters[-1].body += issue.imprint(r, laid.imprint)     # the 版记 ends the last chapter
    if not flat:  # a document without headings: the TOC points at the text itself
        flat.append(TocEntry(title, chapters[0].href, 1))
    toc = _nest(flat)
    words = LANDMARKS_TC if is_traditional(meta.language) else LANDMARKS_SC
    nav_body = _nav(r, toc, flat, words, chapters[0].href)

    if r.cleaner.dropped:
        reporter.warn("invalid-char", "EPUB: " + r.cleaner.report())
    faces: list[FontFace] = []
    families: dict[str, dict[str, tuple[str, ...]]] = {epub_language(tag): {} for _, tag in r.chars}
    font_items: list[_Item] = []
    if options.embed_fonts:  # without embedding, the reading system's fonts draw everything
        from .fonts import embed_fonts   # here: it loads HarfBuzz (10 ms) for the subsets

        _report_missing(r, fonts, reporter)
        embedding = embed_fonts(style, fonts, r.chars, vertical)
        font_items = [_Item(f"font{i}", f.href, f.media_type, f.data) for i, f in enumerate(embedding.files, 1)]
        faces = embedding.faces
        for (font_role, tag), fams in embedding.families.items():
            families[epub_language(tag)][font_role] = fams
    css = build_css(style, vertical=vertical, faces=faces, families=families, lang=lang) + issue.css(
        style, families.get(lang, {}), lang)

    xhtml = "application/xhtml+xml"
    cover_body = (f'<section class="cover" epub:type="cover"><img src="../images/cover.jpg" '
                  f'alt="{_x(title)}"/></section>\n')
    items = [
        _Item("cover", "text/cover.xhtml", xhtml, _xhtml(lang, title, cover_body).encode()),
        _Item("titlepage", "text/titlepage.xhtml", xhtml, _xhtml(lang, title, title_body).encode()),
        _Item("nav", "text/nav.xhtml", xhtml, _xhtml(lang, words["toc"], nav_body).encode(), "nav"),
    ]
    # A chapter whose first heading has no text still needs a <title> (EPUBCheck RSC-005).
    items += [_Item(f"ch{i:03d}", f"text/{ch.href}", xhtml,
                    _xhtml(ch.lang, ch.title if ch.title.strip() else title, ch.body).encode())
              for i, ch in enumerate(chapters, 1)]
    # The cover's bytes are asked for (``cover()``: the helper's answer, or drawn here)
    # only when the zip reaches them: everything before them in the package is
    # identified and compressed first, while the helper may still be drawing.
    items += [_Item("css", "style/book.css", "text/css", css.encode()),
              _Item("cover-image", "images/cover.jpg", "image/jpeg", cover, "cover-image")]
    items += font_items
    identifier = "urn:uuid:" + str(_content_uuid(doc))
    items.append(_Item("ncx", "toc.ncx", "application/x-dtbncx+xml", _ncx(identifier, title, toc).encode()))
    opf = _opf(doc, identifier, title, lang, vertical, items, options.timestamp)
    return _ocf_zip(opf.encode(), items, options.timestamp)
