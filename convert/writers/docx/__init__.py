"""DOCX writer: an editable Word document in the style's layout, built from real styles.

    __init__.py  the package: template clean-up, settings, footers, properties, zip
    package.py   the OPC package: template parts prepared once, relationships, the zip
    styles.py    Style → Word styles, page setup and grid (all values from the Style)
    body.py      the layout plan's items → paragraphs and tables with those styles
    fonts.py     --embed-fonts: which font draws what, subset, obfuscated font parts (ECMA-376 §17.8)
    xml.py       the only code that knows WordprocessingML tags and child order
    front.py     a merged collection's title page and TOC field

Every block gets a named paragraph style (Title, heading 1–4, Normal, Signature …)
whose fonts, sizes, indents and spacing come from the Style; runs carry only a
character style (Lead-in, Strong, Emphasis). Direct formatting is used where a style
cannot say it: the signature's indent, which depends on the length of the date below
it, and a page break before each part of a merged collection.

Font names are the Style's ``office`` names (仿宋, 黑体, 方正小标宋简体 …, the names
found on Chinese office machines) in ``w:eastAsia`` and its ``latin`` name in
``w:ascii``/``w:hAnsi``. With ``--embed-fonts`` the bundled fonts are embedded instead
(see fonts.py) and the styles name them, so the document looks the same on a
machine without any Chinese font.

The package starts from python-docx's template, cleaned: its styles (blue, theme-font
headings) are dropped, theme font attributes removed, the Japanese/en-US language
declarations replaced, and the thumbnail, customXml and stylesWithEffects parts left
out. package.py prepares those parts once per process and writes the zip in one pass
(python-docx itself is not imported) with fixed timestamps and member order, so the
same input gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import datetime, timezone
from typing import Sequence

from lxml import etree

from .. import WriteOptions
from . import front as F
from . import issue as I
from . import xml as X
from .body import BodyWriter, text_by_font_role
from .fonts import FontRunSplitter, embed_fonts
from .package import APP_XML, Package, zip_members
from .styles import (FOLIO_EVEN, FOLIO_ODD, FontNames, half_points, page_setup, style_definitions,
                           word_language)
from ...diagnostics import Reporter
from ...fonts import FontRegistry
from ...layout import plan
from ...model import Document
from ...style import Style

__all__ = ["write", "word_language", "normalize_zip"]

# ----------------------------------------------------------------- the package


def write(doc: Document, style: Style, fonts: FontRegistry, options: WriteOptions, reporter: Reporter) -> bytes:
    language = word_language(doc.meta.language)
    office = {name: role.office for name, role in style.fonts.items()}
    latin = {name: role.latin for name, role in style.fonts.items()}
    laid = plan(doc, style)
    splitter = None
    if options.embed_fonts:
        splitter = FontRunSplitter(fonts, style, doc.meta.language, latin, reporter,
                                   text_by_font_role(laid, style))
        office = {name: splitter.family(name) for name in style.fonts}
        # A role whose first bundled file is a bold face (黑体, 小标宋 → Noto Bold) is
        # written bold, so Word and LibreOffice pick that embedded face.
        style = _bold_where_font_is_bold(style, splitter)
    names = FontNames(office, latin)

    pkg = Package()
    styles = pkg.styles
    body_role = style.role("body")
    X.reset_styles(styles,
                   X.RunFormat(fonts=names.run_fonts(body_role.font), half_points=half_points(body_role.size),
                               lang=language),
                   # No automatic space between Chinese and digits/Latin (Word's and
                   # LibreOffice's default): the PDF sets none, and it would cost a
                   # character on every line that holds a number. Widow control as in
                   # the PDF: no single line of a paragraph alone at a page foot or head.
                   X.ParagraphFormat(align="both", auto_space=False, widow_control=True))
    for definition in style_definitions(style, names):
        X.add_style(styles, definition)
    masthead = laid.front.masthead if laid.front is not None else None
    mark_size = I.issuer_size(style, masthead.issuer) if masthead is not None and masthead.issuer else None
    if masthead is not None or laid.imprint is not None:     # the 版头 and 版记 (issue.py)
        for definition in I.style_defs(style, names, masthead, laid.imprint, mark_size):
            X.add_style(styles, definition)
        I.finish_styles(styles, style)
        if masthead is not None:
            I.set_rule_space(styles, style, I.rule_space(style, masthead, mark_size))

    X.set_page_setup(pkg.sect_pr, page_setup(style))
    settings = pkg.settings
    _footers(pkg, style)

    X.remove_settings(settings, ("rsids", "proofState", "attachedTemplate", "savePreviewPicture"))
    X.set_theme_font_lang(settings, language)
    X.set_compat_flag(settings, "doNotExpandShiftReturn")
    X.set_compatibility_mode(settings, 15)

    body = pkg.body
    sect_pr = body[-1]
    body.remove(sect_pr)
    writer = BodyWriter(body, style, reporter, splitter)
    # A merged collection: each part has its own title and page break; the collection's
    # title page and TOC field go in front once the parts are written (front.py).
    if laid.front is not None:
        writer.front(laid.front)
    writer.items(laid.items)
    if laid.imprint is not None:
        I.imprint_section(body, sect_pr)
        writer.imprint(laid.imprint)
    if laid.collection:
        _collection_front(body, styles, doc, style, names, splitter, sect_pr)
        # The TOC's pre-filled entries have no page numbers (the writer does not lay the
        # pages out): Word offers to update the fields on opening, which fills them in.
        X.set_setting(settings, "w:updateFields", {"w:val": "true"})
    body.append(sect_pr)

    used_roles = sorted({r.font for r in style.roles.values()} | {style.page_number.font})
    if splitter is not None:
        folio = style.page_number
        splitter.record(folio.font, folio.format.replace("{n}", "0123456789"))
        embed_fonts(pkg, splitter, fonts, sorted({latin[r] for r in used_roles}), reporter)
    else:
        _set_font_table(pkg, sorted({office[r] for r in used_roles} | {latin[r] for r in used_roles}))

    _core_properties(pkg, doc, options)
    return pkg.zip(options.timestamp)


def _collection_front(body, styles, doc: Document, style: Style, names: FontNames, splitter, sect_pr) -> None:
    """A merged collection: title page and TOC field in front of the reports (front.py)."""
    for definition in F.style_defs(style, names):
        X.add_style(styles, definition)
    F.add_leader_tabs(styles, style)
    entries = F.mark_entries(body)
    front = F.front_matter(doc.meta, entries, doc.meta.language, sect_pr)
    for k, p in enumerate(front):
        body.insert(k, p)
    F.start_body_section(sect_pr)
    if splitter is not None:     # --embed-fonts: the front matter's characters are subset too
        m = doc.meta
        splitter.record(style.role("title").font, m.title + F.contents_title(doc.meta.language))
        for role, text in (("subtitle", m.subtitle), ("author", m.author), ("date", m.date)):
            splitter.record(style.role(role).font, text)
        splitter.record(style.role("toc").font, "".join(e.text for e in entries) + "0123456789")


def _bold_where_font_is_bold(style: Style, splitter: "FontRunSplitter") -> Style:
    roles = {name: (replace(r, bold=True) if splitter.primary(r.font).bold else r)
             for name, r in style.roles.items()}
    return replace(style, roles=roles)


def _set_font_table(pkg: Package, names: Sequence[str]) -> None:
    root = etree.fromstring(pkg.font_table)
    X.set_font_table(root, [X.FontEntry(n, charset="00" if n.isascii() else "86") for n in names])
    pkg.font_table = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _footers(pkg: Package, style: Style) -> None:
    """The folio: an odd-page footer (default) and an even-page one, each a PAGE field."""
    folio = style.page_number
    if not folio.show:
        return
    X.set_setting(pkg.settings, "w:evenAndOddHeaders")
    before, _, after = folio.format.partition("{n}")
    for kind, sn in (("default", FOLIO_ODD), ("even", FOLIO_EVEN)):
        ftr = pkg.add_footer(kind)
        p = X.paragraph(ftr, sn.style_id)
        # The dashes are full-width in the East Asian font (w:hint), the digits half-width.
        hint = X.RunFormat(east_asia_hint=True)
        if before:
            X.run(p, before, None, hint)
        X.page_field(p)
        if after:
            X.run(p, after, None, hint)


def _core_properties(pkg: Package, doc: Document, options: WriteOptions) -> None:
    m = doc.meta
    pkg.set_core_properties({"dc:title": m.title, "dc:subject": m.subtitle, "dc:creator": m.author,
                             "cp:lastModifiedBy": m.author, "dc:language": word_language(m.language).east_asia,
                             "cp:keywords": "", "dc:description": "", "cp:category": "", "cp:revision": "1"},
                            options.timestamp)


def normalize_zip(data: bytes, timestamp: datetime) -> bytes:
    """Any DOCX's members in the writer's fixed order, times and attributes (the
    writer's own zip is made so; this is for a DOCX made elsewhere)."""
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        members = {name: (APP_XML if name == "docProps/app.xml" else src.read(name)) for name in src.namelist()}
    return zip_members(members, timestamp)
