"""The EPUB's 版头 and 版记 (GB/T 9704-2012 7.2, 7.4): the shared markup of
``writers/_issue_markup.py`` drawn through the renderer, so every character is cleaned,
set upright in vertical text like the rest, and recorded under the font that draws it
(for --embed-fonts), and its CSS with the EPUB's font stacks.

Hooks (kept to a line each in the code another change may be editing):

- render.py: ``masthead(r, front) or _doc_number(…)`` above the title on the title page
  and above each report's title in a merged collection — the 版头 holds the 发文字号;
- __init__.py: ``imprint(r, laid.imprint)`` appended to the last chapter, and
  ``css(style, …)`` appended to the style sheet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...layout.plan import Front, Imprint
from .. import _issue_markup
from .css import font_stack
from .text import is_traditional

if TYPE_CHECKING:       # render imports this module
    from ...style import Style
    from .render import _Renderer


def _text_fn(r: "_Renderer"):
    """The markup's text function: ``r.text``, but by font rather than by role."""
    from .render import _TCY, VERTICAL_QUOTES

    def text(s: str, font: str) -> str:
        if r.vertical:
            s = s.translate(VERTICAL_QUOTES)
        s = r.cleaner.clean(s)
        r.record(font, s)
        s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return _TCY.sub(r'<span class="tcy">\1</span>', s) if r.vertical else s
    return text


def masthead(r: "_Renderer", front: Front | None) -> str:
    """The 版头 above a document's (or a report's) title; "" when the plan has none."""
    if front is None or front.masthead is None:
        return ""
    return _issue_markup.masthead_html(front.masthead, r.style, _text_fn(r))


def imprint(r: "_Renderer", item: Imprint | None) -> str:
    """The 版记 at the end of the last chapter; "" when the plan has none."""
    name = "版記" if is_traditional(r.language) else "版记"
    return _issue_markup.imprint_html(item, r.style, _text_fn(r), epub=True, name=name)


def css(style: "Style", embedded: dict[str, tuple[str, ...]], lang: str) -> str:
    """The blocks' rules, the fonts being the embedded faces first, as everywhere."""
    return _issue_markup.issue_css(style, lambda font: font_stack(style, font, embedded, lang))
