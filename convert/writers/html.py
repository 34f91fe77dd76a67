"""HTML writer: one plain HTML5 page, rendered from the layout plan alone.

A trial of the plan as a writer's only input: every decision (front block, run-in
articles, signature and closing date, attachments, look levels, page breaks) is the
plan's; this module only maps each item kind to markup (``RENDER``).
"""

from __future__ import annotations

import html
from .. import regexcache as re

from ..diagnostics import Reporter
from ..fonts import FontRegistry
from ..layout import plan
from ..layout.plan import Front, Item
from ..model import Document, Emphasis, LineBreak, Strong, Text, article_label_text, heading_label_text
from ..style import Style
from . import WriteOptions
from ._issue_markup import imprint_html, issue_css, masthead_html

#: Characters HTML may not carry: C0/C1 controls (but tab and newline), lone surrogates, noncharacters.
_INVALID = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def _esc(s: str) -> str:
    return html.escape(_INVALID.sub("", s), quote=True)


def _text(s: str, font: str) -> str:
    return _esc(s)


def _family(style: Style, font: str) -> str:
    names = [n if n in ("serif", "sans-serif") else f'"{n}"' for n in style.fonts[font].css]
    return ", ".join(names + ["serif"])


def _inlines(seq) -> str:
    out = []
    for node in seq:
        if isinstance(node, Text):
            out.append(_esc(node.text))
        elif isinstance(node, Strong):
            out.append(f"<strong>{_inlines(node.content)}</strong>")
        elif isinstance(node, Emphasis):
            out.append(f"<em>{_inlines(node.content)}</em>")
        elif isinstance(node, LineBreak):
            out.append("<br>")
    return "".join(out)


def _p(cls: str, content: str, item: Item) -> str:
    brk = " page-break" if item.page_break else ""
    return f'<p class="{cls}{brk}">{content}</p>\n'


def _front(item: Front, style: Style | None = None) -> str:
    """The front block; with ``style``, the document's 版头 first (it then holds the
    发文字号). A collection's parts (rendered without the style) keep the plain number."""
    out = []
    masthead = masthead_html(item.masthead, style, _text) if style is not None else ""
    out.append(masthead)
    if item.label is not None:
        out.append(f'<p class="attachment_label">{_inlines(item.label.content)}</p>\n')
    if item.meta.doc_number and not masthead:
        out.append(f'<p class="doc_number">{_esc(item.meta.doc_number)}</p>\n')
    if item.meta.title:
        out.append(f'<h1 class="title">{_esc(item.meta.title)}</h1>\n')
    return "".join(out)


def _heading(item) -> str:
    h = item.heading
    tag = f"h{min(h.level + 1, 6)}"
    label = f'<span class="label">{_esc(heading_label_text(h))}</span>' if h.label else ""
    brk = " page-break" if item.page_break else ""
    return f'<{tag} class="heading{item.look}{brk}">{label}{_inlines(h.content)}</{tag}>\n'


def _attachment(item) -> str:
    h = item.heading
    brk = " page-break" if item.page_break else ""
    return (f'<p class="attachment_label{brk}">{_esc(h.label)}</p>\n'
            f'<h2 class="attachment_title">{_inlines(h.content)}</h2>\n')


def _article(item) -> str:
    return _p("body article", f'<span class="label heading{item.look}">{_esc(article_label_text(item.heading))}'
                              f'</span>{_inlines(item.paragraph.content)}', item)


def _note(item) -> str:
    return _p("attachment" + (" attachment-more" if item.opener is not None else ""),
              _inlines(item.paragraph.content), item)


def _list(item) -> str:
    tag = "ol" if item.ordered else "ul"
    entries = "".join(f"<li>{_items(entry)}</li>\n" for entry in item.entries)
    return f"<{tag}>\n{entries}</{tag}>\n"


def _table(item) -> str:
    rows = []
    for i, row in enumerate(item.table.rows):
        cell = "th" if i < item.table.header_rows else "td"
        rows.append("<tr>" + "".join(f"<{cell}>{_inlines(c)}</{cell}>" for c in row) + "</tr>\n")
    return f"<table>\n{''.join(rows)}</table>\n"


def _part(item) -> str:
    brk = ' class="page-break"' if item.page_break else ""
    return f"<section{brk}>\n{_front(item.front)}{_items(item.items)}</section>\n"


#: The render function of each kind of the plan's items.
RENDER = {
    "front": _front,
    "part": _part,
    "heading": _heading,
    "attachment": _attachment,
    "article": _article,
    "paragraph": lambda i: _p(i.role, _inlines(i.paragraph.content), i),
    "signature": lambda i: _p("signature", _inlines(i.paragraph.content), i),
    "closing_date": lambda i: _p("closing-date", _inlines(i.paragraph.content), i),
    "attachment_note": _note,
    "table": _table,
    "list": _list,
}

_CSS = ("body{max-width:40em;margin:auto;font-family:serif;line-height:1.8}"
        ".title,.attachment_title,.doc_number{text-align:center}.body,.list{text-indent:2em}"
        ".signature,.closing-date{text-align:right;margin-right:4em}.page-break{break-before:page}")


def _items(items) -> str:
    return "".join(RENDER[item.kind](item) for item in items)


def write(doc: Document, style: Style, fonts: FontRegistry, options: WriteOptions, reporter: Reporter) -> bytes:
    laid = plan(doc, style)
    title = _esc(laid.meta.title or laid.meta.source.rsplit("/", 1)[-1] or "无标题")
    front = _front(laid.front, style) if laid.front is not None else f'<h1 class="title">{title}</h1>\n'
    lang = _esc(laid.meta.language or "zh-Hans")
    css = issue_css(style, lambda font: _family(style, font))      # the 版头 and 版记 (GB/T 9704)
    name = "版記" if lang.lower().startswith("zh-hant") else "版记"
    imprint = imprint_html(laid.imprint, style, _text, epub=False, name=name)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n'
            f"<style>{_CSS}{css}</style>\n</head>\n<body>\n{front}{_items(laid.items)}{imprint}</body>\n</html>\n"
            ).encode("utf-8", "replace")
