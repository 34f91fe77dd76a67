"""The EPUB style sheet, derived from the ``Style`` (styles/*.toml).

Every size, indent, weight, alignment and line height comes from the style's roles:
sizes become ``em`` relative to the body role (so a reader's font-size setting scales
everything), indents given in 字/em stay in em, points are divided by the role's size.
What is written here beyond the style is CSS mechanics only (margins reset, table
borders, vertical writing), not layout of our own.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...style import ROLE_FALLBACKS, Measure, RoleStyle, Style

#: Model role → CSS class (and style role) of the element that renders it.
HEADING_ROLES = {1: "heading1", 2: "heading2", 3: "heading3", 4: "heading4"}

#: Roles whose class is written on elements (paragraph roles plus structural ones).
STYLED_ROLES = ("title", "subtitle", "author", "date", "doc_number", "salutation",
                "heading1", "heading2", "heading3", "heading4", "body", "list", "table",
                "signature", "attachment", "note", "toc", "attachment_label", "attachment_title")

_GENERIC = ("serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui")


@dataclass(frozen=True)
class FontFace:
    """One embedded font file: the CSS family name it is declared under and its href."""

    family: str
    href: str        # relative to the style sheet
    media_type: str  # font/woff2, font/ttf …
    bold: bool = False  # the file's own weight is bold: declared so, never bolded again


def _num(x: float) -> str:
    """A CSS number without float noise: 1.8125, 2, 0.875."""
    text = f"{x:.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _em(measure: Measure, role_size: float) -> str:
    """A length in em of the element's own font size (CSS em = the element's size)."""
    value = measure.value if measure.unit == "em" else measure.value / role_size
    return "0" if abs(value) < 1e-9 else f"{_num(value)}em"


def _quote(family: str) -> str:
    return family if family in _GENERIC else '"' + family.replace('"', "") + '"'


def _regional(families: tuple[str, ...], lang: str) -> list[str]:
    """The style's fallback families, with each "… SC" family preceded by its
    Traditional twin ("… TC", and "… HK" first for zh-HK) when the book is Traditional:
    the Source Han / Noto CJK families name their regional versions so, and an SC face
    would draw 骨、說、這 in their mainland forms."""
    twins = {"zh-TW": (" TC",), "zh-MO": (" TC",), "zh-HK": (" HK", " TC")}.get(lang, ())
    out: list[str] = []
    for name in families:
        if twins and name.endswith(" SC"):
            out += [name[:-3] + t for t in twins]
        out.append(name)
    return out


def font_stack(style: Style, font_role: str, embedded: dict[str, tuple[str, ...]], lang: str = "zh-CN") -> str:
    """CSS font-family: the embedded faces of the role's chain first, then the style's
    ``css`` fallbacks, ending in a generic family."""
    role = style.fonts[font_role]
    names = list(embedded.get(font_role, ())) + _regional(role.css, lang)
    if not any(n in _GENERIC for n in names):
        names.append("serif")
    seen: list[str] = []
    for n in names:
        if n not in seen:
            seen.append(n)
    return ", ".join(_quote(n) for n in seen)


def _margin(before: str, end: str, after: str, start: str, vertical: bool) -> str:
    """``margin`` from logical sides. Physical properties, because older reading
    systems ignore margin-block-*; in vertical-rl the block runs right to left and
    the line top to bottom: space before a paragraph is its right margin, an indent
    from the line's start its top margin."""
    if vertical:
        return f"margin: {start} {before} {end} {after}"
    return f"margin: {before} {end} {after} {start}"


def _before(vertical: bool) -> str:
    """The physical property for the space before a block."""
    return "margin-right" if vertical else "margin-top"


def _role_rules(style: Style, name: str, r: RoleStyle, body: RoleStyle,
                embedded: dict[str, tuple[str, ...]], lang: str, vertical: bool) -> list[str]:
    decl = [f"font-family: {font_stack(style, r.font, embedded, lang)}"]
    if name != "body":
        decl.append(f"font-size: {_num(r.size / body.size)}em")
    decl.append(f"font-weight: {'bold' if r.bold else 'normal'}")
    if r.italic:
        decl.append("font-style: italic")
    decl.append(f"text-align: {r.align}")
    decl.append(f"line-height: {_num(style.line_height(name) / r.size)}")
    decl.append(f"text-indent: {_em(r.first_indent, r.size)}")
    decl.append(_margin(_em(r.space_before, r.size), _em(r.right_indent, r.size),
                        _em(r.space_after, r.size), _em(r.left_indent, r.size), vertical))
    if r.keep_with_next:
        decl += ["page-break-after: avoid", "break-after: avoid"]
    if r.page_break_before:
        decl += ["page-break-before: always", "break-before: page"]
    return decl


def _block(selector: str, decl: list[str]) -> str:
    return selector + " {\n" + "".join(f"  {d};\n" for d in decl) + "}\n"


def build_css(style: Style, *, vertical: bool, faces: list[FontFace],
              families: dict[str, dict[str, tuple[str, ...]]], lang: str = "zh-CN") -> str:
    """The whole style sheet.

    ``lang`` is the book's dc:language (zh-CN, zh-TW, zh-HK…). ``families`` maps a
    language tag to, per font role (song, hei…), the CSS families of the embedded
    files drawing it (empty without --embed-fonts); a merged collection may hold
    reports in several languages: each other language gets font-family rules scoped
    to its documents (html[lang=…]). ``faces`` are the @font-face declarations."""
    body = style.role("body")
    embedded = families.get(lang, {})
    out: list[str] = ["@charset \"utf-8\";\n"]
    for face in faces:
        fmt = {"font/woff2": "woff2", "font/woff": "woff", "font/otf": "opentype"}.get(
            face.media_type, "truetype")
        out.append(_block("@font-face", [f'font-family: "{face.family}"',
                                         f"font-weight: {'bold' if face.bold else 'normal'}",
                                         f'src: url("{face.href}") format("{fmt}")']))
    page = ["margin: 0", "padding: 0"]
    if vertical:
        page += ["writing-mode: vertical-rl", "-epub-writing-mode: vertical-rl",
                 "-webkit-writing-mode: vertical-rl"]
    else:
        page += ["writing-mode: horizontal-tb", "-epub-writing-mode: horizontal-tb",
                 "-webkit-writing-mode: horizontal-tb"]
    out.append(_block("html", page))
    # The body element carries what every block inherits: the body face, its line
    # height, justification and strict Chinese line breaking (no line starts with 。，」).
    out.append(_block("body", [f"font-family: {font_stack(style, body.font, embedded, lang)}",
                               f"line-height: {_num(style.line_height('body') / body.size)}",
                               f"text-align: {body.align}",
                               "line-break: strict", "-webkit-line-break: strict",
                               "-epub-line-break: strict", "margin: 0", "padding: 0"]))
    out.append(_block("h1, h2, h3, h4, h5, h6, p, li, ol, ul, table", ["margin: 0", "padding: 0"]))
    for name in STYLED_ROLES:
        if name in style.roles or name in ROLE_FALLBACKS:   # the attachment roles fall back (Style.role)
            out.append(_block(f".{name}", _role_rules(style, name, style.role(name), body, embedded, lang, vertical)))
    out.append(_block(".attachment-more", [f"{_before(vertical)}: 0"]))
    if "signature" in style.roles:
        # The closing date: the signature's rules, on the line right under a signature.
        out.append(_block(".closing-date", _role_rules(style, "signature", style.roles["signature"],
                                                       body, embedded, lang, vertical)))
        out.append(_block(".signature + .closing-date", [f"{_before(vertical)}: 0"]))
    lead = style.role("lead_in")
    lead_decl = [f"font-family: {font_stack(style, lead.font, embedded, lang)}",
                 f"font-weight: {'bold' if lead.bold else 'normal'}"]
    out.append(_block("strong", lead_decl))
    # 着重号: emphasis dots, the Chinese way of emphasising, where the reader supports it.
    out.append(_block("em", ["font-style: normal", "text-emphasis: filled dot",
                             "-webkit-text-emphasis: filled dot", "-epub-text-emphasis: filled dot"]))
    out.append(_block(".label", ["font-weight: inherit"]))
    # a law's article label run into its text (第一条　为了……): the heading's face
    for level in range(1, 5):
        name = f"heading{level}"
        if name in style.roles:
            head = style.roles[name]
            out.append(_block(f".label-{name}", [f"font-family: {font_stack(style, head.font, embedded, lang)}",
                                                  f"font-weight: {'bold' if head.bold else 'normal'}"]))
    out.append(_block(".tcy", ["text-combine-upright: all", "-webkit-text-combine: horizontal",
                               "-epub-text-combine: horizontal"]))
    # List items carry their number or bullet in the text, as written (1. （一） 一、 •),
    # so the list draws no marker of its own, and its items are indented like the list
    # role's paragraphs (as in the PDF and DOCX).
    out.append(_block("ol.list, ul.list", ["list-style-type: none", "list-style: none"]))
    table = style.role("table")
    out.append(_block("table", ["border-collapse: collapse", _margin("0.5em", "0", "0.5em", "0", vertical),
                                f"font-size: {_num(table.size / body.size)}em"]))
    out.append(_block("th, td", ["border: 1px solid currentColor", "padding: 0.2em 0.4em",
                                 f"text-align: {table.align}", "text-indent: 0",
                                 f"line-height: {_num(style.line_height('table') / table.size)}",
                                 "vertical-align: top"]))
    out.append(_block("th", ["font-weight: bold"]))
    out.append(_block("nav ol", ["list-style-type: none"]))
    out.append(_block("a", ["color: inherit", "text-decoration: none"]))
    out.append(_block(".titlepage", ["text-align: center"]))
    out.append(_block(".cover", ["margin: 0", "padding: 0", "text-align: center"]))
    out.append(_block(".cover img", ["max-width: 100%", "max-height: 100%"]))
    for other in sorted(families):
        if other != lang:
            out += _language_rules(style, other, families[other])
    return "".join(out)


def _language_rules(style: Style, lang: str, embedded: dict[str, tuple[str, ...]]) -> list[str]:
    """font-family rules for the documents of a merged collection in another language."""
    scope = f'html[lang="{lang}"]'
    rules = [_block(f"{scope} body", [f"font-family: {font_stack(style, style.role('body').font, embedded, lang)}"])]
    for name in STYLED_ROLES:
        if name in style.roles:
            rules.append(_block(f"{scope} .{name}",
                                [f"font-family: {font_stack(style, style.roles[name].font, embedded, lang)}"]))
    if "signature" in style.roles:
        rules.append(_block(f"{scope} .closing-date",
                            [f"font-family: {font_stack(style, style.roles['signature'].font, embedded, lang)}"]))
    for level in range(1, 5):
        if f"heading{level}" in style.roles:
            rules.append(_block(f"{scope} .label-heading{level}", [
                f"font-family: {font_stack(style, style.roles[f'heading{level}'].font, embedded, lang)}"]))
    rules.append(_block(f"{scope} strong",
                        [f"font-family: {font_stack(style, style.role('lead_in').font, embedded, lang)}"]))
    return rules
