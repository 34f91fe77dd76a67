"""The 版头 and 版记 of an issued document (GB/T 9704-2012 7.2, 7.4) as semantic HTML and
CSS, shared by the EPUB (XHTML) and the HTML writer. Both blocks are marked
``generated``, as the EPUB marks every line drawn from the metadata rather than the text.

It lives beside the writers rather than in ``writers/epub``: the writers are independent
of each other (pyproject's import-linter contract), so the HTML writer may not import the
EPUB package. ``writers/epub/issue.py`` is the EPUB's side (it records the characters each
font draws, for --embed-fonts, and uses the EPUB's font stacks).

Whether there is a 版头 or a 版记, and what it holds, is the plan's decision
(``layout.plan.masthead`` / ``imprint``, the same the PDF and DOCX writers take); this
module only draws ``Front.masthead`` and ``Plan.imprint``:

- ``<header class="masthead">`` before the title: the marks (份号, 密级★期限, 紧急程度 —
  or a Taiwan style's labelled block, flush right), the issuer's mark centred, large and
  red (a joint mark: the organs stacked, 文件 beside them), the 发文字号 (an 上行文's on
  the left, 签发人：names on the right), and the red rule, an ``<hr>``.
- the 版记 after the text: a ``<footer>`` (HTML) or a colophon section (EPUB: epub:type
  and its matching DPUB-ARIA role, as Ace asks), 抄送 and 印发机关 / 印发日期 between
  rules (its borders).

Every size, colour and distance is the style's, turned into em of the body text so a
reading system's font size scales the whole block; a reflowable page has no fixed
paper, so the distances are the print's, measured from the block above.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..layout.plan import Imprint, Masthead
from ..style import Colour, Style

#: (text, font name of style.fonts) → escaped markup; the EPUB's also records the characters.
TextFn = Callable[[str, str], str]
#: font name of style.fonts → a CSS font-family value.
FamilyFn = Callable[[str], str]

#: WCAG 2 AA contrast for normal-size text; a reading system may set the mark small.
MIN_CONTRAST = 4.5
#: 联合行文: the organs' line height (the PDF's lines are 1.25 em apart) and the gap before 文件
JOINT_LINE_HEIGHT, JOINT_GAP = 1.25, 0.5


def _num(x: float) -> str:
    text = f"{x:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _luminance(c: Colour) -> float:
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b)


def contrast_on_white(c: Colour) -> float:
    return 1.05 / (_luminance(c) + 0.05)


def screen_colour(c: Colour) -> str:
    """The style's colour as CSS, darkened (same hue) just enough to reach 4.5:1 on white.
    GB/T 9704's pure red (#FF0000) has 4.0:1 — enough for the large mark, not for a
    reader who sets it small; DAISY Ace checks it. The PDF and DOCX keep the style's."""
    k = 1.0
    while contrast_on_white(Colour(c.r * k, c.g * k, c.b * k)) < MIN_CONTRAST and k > 0:
        k -= 0.005
    k = max(k, 0.0)
    return "#" + Colour(c.r * k, c.g * k, c.b * k).hex


@dataclass(frozen=True)
class _Metrics:
    """The style's numbers the markup and the CSS share (points)."""

    body: float      # the body text's size: 1 em of the page
    pitch: float     # the line pitch (the grid)

    @classmethod
    def of(cls, style: Style) -> "_Metrics":
        body = style.role("body").size
        return cls(body, style.page.line_pitch or 1.5 * body)


# --------------------------------------------------------------------------- 版头


def masthead_html(item: Masthead | None, style: Style, text: TextFn) -> str:
    """The ``<header>`` of the 版头, or "" when the plan gives none."""
    if item is None:
        return ""
    m, metrics = style.masthead, _Metrics.of(style)
    out = ['<header class="masthead generated">\n']
    for field, value in item.marks:
        font = m.number_font if field in ("copy_number", "doc_number") else m.marks_font
        out.append(f'<p class="issue-mark issue-{field}">{text(value, font)}</p>\n')
    if item.issuer:
        out.append(_issuer(item, style, metrics, text))
    if item.doc_number:
        font = style.role("doc_number").font
        if item.signers:      # 上行文: 发文字号 left, 签发人：names right, on one line
            names = "\u3000".join(item.signers)
            out.append(f'<p class="masthead-number upward"><span>{text(item.doc_number, font)}</span>'
                       f'<span class="signer">{text(m.signer_label, font)}'
                       f'<span class="signer-names">{text(names, m.signer_font)}</span></span></p>\n')
        else:
            out.append(f'<p class="masthead-number">{text(item.doc_number, font)}</p>\n')
    if item.rule:
        out.append('<hr class="masthead-rule"/>\n')
    out.append("</header>\n")
    return "".join(out)


def _issuer(item: Masthead, style: Style, metrics: _Metrics, text: TextFn) -> str:
    """The issuer's mark. Its font size and its distance from the marks above depend on
    the document (a long mark is set smaller to fit the text block's width, as in the
    PDF; an 上行文's sits lower), so they are the element's own style attribute."""
    m = style.masthead
    size = m.issuer_size
    if item.issuers:
        wide = max(map(len, item.issuers)) + (JOINT_GAP + len(item.issuer_suffix) if item.issuer_suffix else 0)
    else:
        wide = len(item.issuer)
    size = min(size, style.page.text_width / max(wide, 1))
    gap = max(0.0, (item.issuer_top or m.issuer_top) - len(item.marks) * metrics.pitch)
    attrs = f'style="font-size: {_num(size / metrics.body)}em; margin-top: {_num(gap / size)}em"'
    if not item.issuers:
        return f'<p class="issuer" {attrs}>{text(item.issuer, m.issuer_font)}</p>\n'
    organs = "".join(f'<span class="organ">{text(o, m.issuer_font)}</span>' for o in item.issuers)
    suffix = (f'<span class="issuer-suffix">{text(item.issuer_suffix, m.issuer_font)}</span>'
              if item.issuer_suffix else "")
    return f'<p class="issuer joint" {attrs}><span class="organs">{organs}</span>{suffix}</p>\n'


# --------------------------------------------------------------------------- 版记


def imprint_html(item: Imprint | None, style: Style, text: TextFn, epub: bool, name: str = "版记") -> str:
    """The 版记 after the text, or "" when the plan gives none. The EPUB marks it as the
    document's colophon (epub:type with the DPUB-ARIA role Ace asks to match it); plain
    HTML has no epub:type, so it is the page's ``<footer>`` (its contentinfo). ``name``:
    its accessible name (版記 in a Traditional document)."""
    if item is None:
        return ""
    font = style.imprint.font
    out = []
    if item.copy_to:
        out.append(f'<p class="imprint-copy-to">{text(item.copy_to, font)}</p>\n')
    if item.printer or item.printed:
        out.append(f'<p class="imprint-printed"><span>{text(item.printer, font)}</span>'
                   f'<span>{text(item.printed, font)}</span></p>\n')
    opening = (f'<section class="imprint generated" epub:type="colophon" role="doc-colophon" aria-label="{name}">\n'
               if epub else f'<footer class="imprint generated" aria-label="{name}">\n')
    return opening + "".join(out) + ("</section>\n" if epub else "</footer>\n")


# --------------------------------------------------------------------------- CSS


def issue_css(style: Style, family: FamilyFn) -> str:
    """The rules for both blocks, from the style's [masthead] and [imprint] tables; ""
    when the style turns both off."""
    m, i, metrics = style.masthead, style.imprint, _Metrics.of(style)
    body, pitch = metrics.body, metrics.pitch
    rules: list[tuple[str, list[str]]] = []
    if m.show:
        number = style.role("doc_number")
        red = screen_colour(m.issuer_colour)
        rules += [
            (".masthead", ["text-indent: 0", f"margin: 0 0 {_num(m.title_lines * pitch / body)}em 0"]),
            (".issue-mark", [f"font-family: {family(m.marks_font)}", f"font-size: {_num(m.marks_size / body)}em",
                             f"line-height: {_num(pitch / m.marks_size)}", f"text-align: {m.marks_align}",
                             "margin: 0"]),
            (".issue-copy_number, .issue-doc_number", [f"font-family: {family(m.number_font)}"]),
            (".issuer", [f"font-family: {family(m.issuer_font)}", f"color: {red}", "text-align: center",
                         "font-weight: normal", f"line-height: {_num(JOINT_LINE_HEIGHT)}",
                         "margin-bottom: 0", "letter-spacing: 0"]),
            # a joint mark: the organs a block of centred lines, 文件 beside it, in its middle
            (".organs", ["display: inline-block", "vertical-align: middle", "text-align: center"]),
            (".organ", ["display: block"]),
            (".issuer-suffix", ["display: inline-block", "vertical-align: middle",
                                f"margin-left: {_num(JOINT_GAP)}em"]),
            (".masthead-number", [f"font-family: {family(number.font)}", f"font-size: {_num(number.size / body)}em",
                                  f"line-height: {_num(pitch / number.size)}", "text-align: center",
                                  f"margin: {_num(m.doc_number_lines * pitch / number.size)}em 0 0 0"]),
            # 上行文: 发文字号 居左空一字, 签发人 居右空一字
            (".masthead-number.upward", ["display: flex", "flex-wrap: wrap", "justify-content: space-between",
                                         "padding: 0 1em"]),
            (".signer-names", [f"font-family: {family(m.signer_font)}"]),
            # the rule's centre ``rule_below`` under the 发文字号's em box (centred in its line)
            ("hr.masthead-rule", ["height: 0", "border: 0", f"border-top: {_num(m.rule_thickness)}pt solid {red}",
                                  f"margin: {_num(max(0.0, m.rule_below - (pitch - number.size) / 2) / body)}em 0 0 0"]),
        ]
    if i.show:
        inset = i.inset.pt(i.size) / i.size
        label = len(i.copy_to_label)
        rules += [
            (".imprint", [f"font-family: {family(i.font)}", f"font-size: {_num(i.size / body)}em",
                          f"line-height: {_num(pitch / i.size)}", f"border-top: {_num(i.outer_rule)}pt solid",
                          f"border-bottom: {_num(i.outer_rule)}pt solid", f"margin: {_num(2 * pitch / i.size)}em 0 0 0",
                          "padding: 0", "text-indent: 0"]),
            (".imprint p", ["margin: 0", f"padding: 0 {_num(inset)}em", "text-indent: 0"]),
            # 抄送: 回行时与冒号后的首字对齐 — wrapped lines start under the first name
            (".imprint-copy-to", [f"padding-left: {_num(inset + label)}em", f"text-indent: -{label}em",
                                  "text-align: justify"]),
            (".imprint-copy-to + .imprint-printed", [f"border-top: {_num(i.inner_rule)}pt solid"]),
            # 印发机关左空一字，印发日期右空一字
            (".imprint-printed", ["display: flex", "flex-wrap: wrap", "justify-content: space-between"]),
        ]
    return "".join(sel + " {\n" + "".join(f"  {d};\n" for d in decl) + "}\n" for sel, decl in rules)
