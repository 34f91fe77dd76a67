"""WordprocessingML helpers for the DOCX writer: the only code that knows tag names.

``docx.py`` decides *what* to write (which style, which indent, from the Style) in
typed values — twips, half-points, character hundredths; this module decides *how*:
element names, attribute names, and the child order the schema requires (Word rejects
a file whose ``w:rPr`` children are out of order; LibreOffice silently ignores them).

Orders follow ECMA-376 Part 1 (CT_PPrBase, CT_RPr, CT_Style, CT_SectPr, CT_Settings).
python-docx's ``Font.name`` is deliberately not used: it writes only ``w:ascii`` and
``w:hAnsi`` and never ``w:eastAsia`` (python-docx issues #154, #1139), so Chinese text
would fall back to the theme's East Asian font.
"""

from __future__ import annotations

import copy
from ... import regexcache as re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

#: The prefixes the writer and its parts use (python-docx's, for the same URIs).
NS = {
    "w": W_NS,
    "r": R_NS,
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "xml": "http://www.w3.org/XML/1998/namespace",
}
_QN: dict[str, str] = {}


def qn(tag: str) -> str:
    """``"w:p"`` → ``"{http://…/main}p"`` (Clark notation), as python-docx's ``qn`` — here
    so that writing a DOCX does not import python-docx (60 ms)."""
    clark = _QN.get(tag)
    if clark is None:
        prefix, local = tag.split(":")
        clark = _QN[tag] = f"{{{NS[prefix]}}}{local}"
    return clark

# ----------------------------------------------------------------- schema child orders

#: CT_PPrBase (+ rPr, sectPr of CT_PPr) — ECMA-376 §17.3.1.26
PPR_ORDER = (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
    "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
    "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
    "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
    "rPr", "sectPr", "pPrChange",
)
#: CT_RPr — ECMA-376 §17.3.2.28 (the order pandoc keeps in rPrTagOrder)
RPR_ORDER = (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
    "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
    "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect",
    "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout",
    "specVanish", "oMath",
)
#: CT_Style — §17.7.4.17
STYLE_ORDER = (
    "name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority",
    "semiHidden", "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose",
    "personalReply", "rsid", "pPr", "rPr", "tblPr", "trPr", "tcPr", "tblStylePr",
)
#: CT_SectPr — §17.6.17 (headerReference/footerReference come first)
SECTPR_ORDER = (
    "headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
    "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign",
    "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings",
    "sectPrChange",
)
#: CT_Settings, the part of it we touch — §17.15.1.78
SETTINGS_ORDER = (
    "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
    "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
    "printFractionalCharacterWidth", "printFormsData", "embedTrueTypeFonts", "embedSystemFonts",
    "saveSubsetFonts", "saveFormsData", "mirrorMargins", "alignBordersAndEdges",
    "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter", "gutterAtTop",
    "hideSpellingErrors", "hideGrammaticalErrors", "activeWritingStyle", "proofState",
    "formsDesign", "attachedTemplate", "linkStyles", "stylePaneFormatFilter",
    "stylePaneSortMethod", "documentType", "mailMerge", "revisionView", "trackRevisions",
    "doNotTrackMoves", "doNotTrackFormatting", "documentProtection", "autoFormatOverride",
    "styleLockTheme", "styleLockQFSet", "defaultTabStop", "autoHyphenation",
    "consecutiveHyphenLimit", "hyphenationZone", "doNotHyphenateCaps", "showEnvelope",
    "summaryLength", "clickAndTypeStyle", "defaultTableStyle", "evenAndOddHeaders",
    "bookFoldRevPrinting", "bookFoldPrinting", "bookFoldPrintingSheets",
    "drawingGridHorizontalSpacing", "drawingGridVerticalSpacing",
    "displayHorizontalDrawingGridEvery", "displayVerticalDrawingGridEvery",
    "doNotUseMarginsForDrawingGridOrigin", "drawingGridHorizontalOrigin",
    "drawingGridVerticalOrigin", "doNotShadeFormData", "noPunctuationKerning",
    "characterSpacingControl", "printTwoOnOne", "strictFirstAndLastChars", "noLineBreaksAfter",
    "noLineBreaksBefore", "savePreviewPicture", "doNotValidateAgainstSchema", "saveInvalidXml",
    "ignoreMixedContent", "alwaysShowPlaceholderText", "doNotDemarcateInvalidXml",
    "saveXmlDataOnly", "useXSLTWhenSaving", "saveThroughXslt", "showXMLTags",
    "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults", "footnotePr", "endnotePr",
    "compat", "docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang",
    "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures",
    "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType", "schemaLibrary",
    "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator",
)

#: CT_Compat — §17.15.3 (the flags before useFELayout that we may set, then the rest)
COMPAT_ORDER = (
    "useSingleBorderforContiguousCells", "wpJustification", "noTabHangInd", "noLeading", "spaceForUL",
    "noColumnBalance", "balanceSingleByteDoubleByteWidth", "noExtraLineSpacing",
    "doNotLeaveBackslashAlone", "ulTrailSpace", "doNotExpandShiftReturn", "spacingInWholePoints",
    "useFELayout", "useNormalStyleForList", "compatSetting",
)

_THEME_FONT_ATTRS = tuple(qn(f"w:{a}") for a in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def insert_ordered(parent: etree._Element, child: etree._Element, order: Sequence[str]) -> etree._Element:
    """Insert ``child`` into ``parent`` at the place ``order`` gives it, replacing an
    existing element of the same tag (each of these properties occurs at most once)."""
    name = _local(child.tag)
    rank = order.index(name)
    for existing in parent.findall(child.tag):
        parent.remove(existing)
    for i, sibling in enumerate(parent):
        sib = _local(sibling.tag)
        if sib in order and order.index(sib) > rank:
            parent.insert(i, child)
            return child
    parent.append(child)
    return child


def el(tag: str, attrs: dict[str, str | int] | None = None, *children: etree._Element) -> etree._Element:
    """``el("w:ind", {"w:firstLine": 640})`` → <w:ind w:firstLine="640"/>."""
    e = etree.Element(qn(tag), nsmap={"w": W_NS} if tag.startswith("w:") else None)
    if attrs:
        for k, v in attrs.items():
            e.set(qn(k) if ":" in k else k, str(v))
    for c in children:
        e.append(c)
    return e


def sub(parent: etree._Element, tag: str, attrs: dict[str, str | int] | None = None) -> etree._Element:
    e = etree.SubElement(parent, qn(tag))
    if attrs:
        for k, v in attrs.items():
            e.set(qn(k), str(v))
    return e


# ----------------------------------------------------------------- typed formats


@dataclass(frozen=True)
class RunFonts:
    """Font names of a run: ``east_asia`` for CJK, ``latin`` for w:ascii/w:hAnsi/w:cs."""

    east_asia: str
    latin: str


@dataclass(frozen=True)
class RunFormat:
    """Character formatting, in Word's units (half-points)."""

    fonts: RunFonts | None = None
    half_points: int | None = None
    bold: bool | None = None
    italic: bool | None = None
    emphasis_mark: str | None = None   # "dot" — 着重号
    lang: "Language | None" = None
    east_asia_hint: bool = False
    spacing: int | None = None         # character spacing in twips (w:spacing), negative = condensed


@dataclass(frozen=True)
class Language:
    latin: str        # w:val, e.g. en-US
    east_asia: str    # w:eastAsia, e.g. zh-CN
    bidi: str = "ar-SA"


@dataclass(frozen=True)
class Indent:
    """Indents in twips; the ``*_chars`` twins in hundredths of a character (200 = 2 字),
    which Word prefers and other readers ignore — so both are written."""

    left: int = 0
    right: int = 0
    first_line: int = 0
    left_chars: int | None = None
    right_chars: int | None = None
    first_line_chars: int | None = None
    hanging: int | None = None        # instead of first_line: the first line starts this much left
    hanging_chars: int | None = None


@dataclass(frozen=True)
class ParagraphFormat:
    """Paragraph formatting, in twips."""

    align: str = "both"              # left, center, right, both
    indent: Indent = Indent()
    line_exact: int | None = None    # exact line height in twips
    before: int = 0
    after: int = 0
    keep_next: bool = False
    keep_lines: bool = False
    page_break_before: bool = False
    outline_level: int | None = None  # 0 = Heading 1 (navigation pane, TOC)
    widow_control: bool | None = None
    snap_to_grid: bool | None = None  # False: the line keeps its own character pitch
    auto_space: bool | None = None    # False: no extra space between Chinese and Latin/digits


# ----------------------------------------------------------------- rPr / pPr


def rpr_element(fmt: RunFormat, style_id: str | None = None, tag: str = "w:rPr") -> etree._Element:
    """A w:rPr (or the rPr of docDefaults) with children in schema order."""
    rpr = el(tag)
    if style_id:
        sub(rpr, "w:rStyle", {"w:val": style_id})
    if fmt.fonts is not None:
        attrs = {"w:ascii": fmt.fonts.latin, "w:eastAsia": fmt.fonts.east_asia,
                 "w:hAnsi": fmt.fonts.latin, "w:cs": fmt.fonts.latin}
        if fmt.east_asia_hint:
            attrs["w:hint"] = "eastAsia"
        sub(rpr, "w:rFonts", attrs)
    elif fmt.east_asia_hint:
        sub(rpr, "w:rFonts", {"w:hint": "eastAsia"})
    if fmt.bold is not None:
        for t in ("w:b", "w:bCs"):
            sub(rpr, t, None if fmt.bold else {"w:val": "0"})
    if fmt.italic is not None:
        for t in ("w:i", "w:iCs"):
            sub(rpr, t, None if fmt.italic else {"w:val": "0"})
    if fmt.spacing is not None:
        sub(rpr, "w:spacing", {"w:val": fmt.spacing})
    if fmt.half_points is not None:
        sub(rpr, "w:sz", {"w:val": fmt.half_points})
        sub(rpr, "w:szCs", {"w:val": fmt.half_points})
    if fmt.emphasis_mark:
        sub(rpr, "w:em", {"w:val": fmt.emphasis_mark})
    if fmt.lang is not None:
        sub(rpr, "w:lang", {"w:val": fmt.lang.latin, "w:eastAsia": fmt.lang.east_asia,
                            "w:bidi": fmt.lang.bidi})
    return rpr


_JC = {"left": "left", "center": "center", "right": "right", "both": "both", "justify": "both"}


def ppr_element(fmt: ParagraphFormat, style_id: str | None = None) -> etree._Element:
    """A complete w:pPr: every property a style needs, stated (not inherited)."""
    ppr = el("w:pPr")
    if style_id:
        sub(ppr, "w:pStyle", {"w:val": style_id})
    if fmt.keep_next:
        sub(ppr, "w:keepNext")
    if fmt.keep_lines:
        sub(ppr, "w:keepLines")
    if fmt.page_break_before:
        sub(ppr, "w:pageBreakBefore")
    if fmt.widow_control is not None:
        sub(ppr, "w:widowControl", None if fmt.widow_control else {"w:val": "0"})
    if fmt.auto_space is not None:
        for tag in ("w:autoSpaceDE", "w:autoSpaceDN"):
            sub(ppr, tag, None if fmt.auto_space else {"w:val": "0"})
    if fmt.snap_to_grid is not None:
        sub(ppr, "w:snapToGrid", None if fmt.snap_to_grid else {"w:val": "0"})
    spacing = {"w:before": fmt.before, "w:after": fmt.after}
    if fmt.line_exact is not None:
        spacing.update({"w:line": fmt.line_exact, "w:lineRule": "exact"})
    sub(ppr, "w:spacing", spacing)
    ppr.append(indent_element(fmt.indent))
    sub(ppr, "w:jc", {"w:val": _JC[fmt.align]})
    if fmt.outline_level is not None:
        sub(ppr, "w:outlineLvl", {"w:val": fmt.outline_level})
    return ppr


def indent_element(ind: Indent) -> etree._Element:
    attrs: dict[str, str | int] = {}
    if ind.left_chars is not None:
        attrs["w:leftChars"] = ind.left_chars
    attrs["w:left"] = ind.left
    if ind.right_chars is not None:
        attrs["w:rightChars"] = ind.right_chars
    attrs["w:right"] = ind.right
    if ind.hanging is not None:
        if ind.hanging_chars is not None:
            attrs["w:hangingChars"] = ind.hanging_chars
        attrs["w:hanging"] = ind.hanging
        return el("w:ind", attrs)
    if ind.first_line_chars is not None:
        attrs["w:firstLineChars"] = ind.first_line_chars
    attrs["w:firstLine"] = ind.first_line
    return el("w:ind", attrs)


def set_paragraph_indent(p: etree._Element, ind: Indent) -> None:
    """Direct indent on one paragraph (only the signature block needs it)."""
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = el("w:pPr")
        p.insert(0, ppr)
    insert_ordered(ppr, indent_element(ind), PPR_ORDER)


def set_outline_level(p: etree._Element, level: int) -> None:
    """Direct outline level on one paragraph (an attachment label without a title)."""
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = el("w:pPr")
        p.insert(0, ppr)
    insert_ordered(ppr, el("w:outlineLvl", {"w:val": level}), PPR_ORDER)


def set_page_break_before(p: etree._Element, on: bool = True) -> None:
    """Direct w:pageBreakBefore on one paragraph; ``on=False`` turns its style's off."""
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = el("w:pPr")
        p.insert(0, ppr)
    insert_ordered(ppr, el("w:pageBreakBefore", None if on else {"w:val": "0"}), PPR_ORDER)


# ----------------------------------------------------------------- styles part


@dataclass(frozen=True)
class StyleDef:
    """One entry of styles.xml."""

    style_id: str
    name: str
    kind: str                        # paragraph, character, table
    based_on: str | None = None
    next_id: str | None = None
    paragraph: ParagraphFormat | None = None
    run: RunFormat | None = None
    custom: bool = False
    ui_priority: int | None = None
    default: bool = False
    table_borders_eighths: int | None = None   # table styles: single borders of this width


#: Styles the Word schema treats as defaults; every other template style is dropped.
KEEP_TEMPLATE_STYLES = ("DefaultParagraphFont", "TableNormal", "NoList")


def strip_theme_fonts(root: etree._Element) -> None:
    """Remove w:asciiTheme, w:eastAsiaTheme … everywhere: a theme attribute wins over the
    explicit font name beside it, so one left behind would replace 仿宋 with the theme's
    (Japanese, in python-docx's template) East Asian font."""
    for rfonts in root.iter(qn("w:rFonts")):
        for attr in _THEME_FONT_ATTRS:
            if attr in rfonts.attrib:
                del rfonts.attrib[attr]


def reset_styles(styles: etree._Element, defaults_run: RunFormat, defaults_par: ParagraphFormat) -> None:
    """Replace the template's docDefaults and drop its styles (except the schema defaults),
    so only the styles this writer defines — with explicit fonts — remain."""
    style_tag, style_id = qn("w:style"), qn("w:styleId")
    styles[:] = [c for c in styles if c.tag != style_tag or c.get(style_id) in KEEP_TEMPLATE_STYLES]
    old = styles.find(qn("w:docDefaults"))
    defaults = el("w:docDefaults",
                  None,
                  el("w:rPrDefault", None, rpr_element(defaults_run)),
                  el("w:pPrDefault", None, ppr_element(defaults_par)))
    if old is not None:
        old.addprevious(defaults)
        styles.remove(old)
    else:
        styles.insert(0, defaults)
    strip_theme_fonts(styles)


def add_style(styles: etree._Element, d: StyleDef) -> etree._Element:
    for old in styles.findall(qn("w:style")):
        if old.get(qn("w:styleId")) == d.style_id:
            styles.remove(old)
    attrs: dict[str, str | int] = {"w:type": d.kind, "w:styleId": d.style_id}
    if d.default:
        attrs["w:default"] = "1"
    if d.custom:
        attrs["w:customStyle"] = "1"
    s = el("w:style", attrs)
    sub(s, "w:name", {"w:val": d.name})
    if d.based_on:
        sub(s, "w:basedOn", {"w:val": d.based_on})
    if d.next_id:
        sub(s, "w:next", {"w:val": d.next_id})
    if d.ui_priority is not None:
        sub(s, "w:uiPriority", {"w:val": d.ui_priority})
    sub(s, "w:qFormat")
    if d.paragraph is not None:
        s.append(ppr_element(d.paragraph))
    if d.run is not None:
        s.append(rpr_element(d.run))
    if d.kind == "table" and d.table_borders_eighths is not None:
        tblpr = sub(s, "w:tblPr")
        borders = sub(tblpr, "w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            sub(borders, f"w:{side}", {"w:val": "single", "w:sz": d.table_borders_eighths,
                                       "w:space": 0, "w:color": "auto"})
        mar = sub(tblpr, "w:tblCellMar")
        for side in ("left", "right"):
            sub(mar, f"w:{side}", {"w:w": 108, "w:type": "dxa"})
    styles.append(s)
    return s


# ----------------------------------------------------------------- body content

#: Characters XML 1.0 forbids (C0 controls except tab/newline/CR, U+FFFE/FFFF, surrogates).
INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def paragraph(body: etree._Element, style_id: str) -> etree._Element:
    p = etree.SubElement(body, qn("w:p"))
    ppr = etree.SubElement(p, qn("w:pPr"))
    etree.SubElement(ppr, qn("w:pStyle")).set(qn("w:val"), style_id)
    return p


_T, _R, _RPR, _RSTYLE, _BR, _TAB = qn("w:t"), qn("w:r"), qn("w:rPr"), qn("w:rStyle"), qn("w:br"), qn("w:tab")
_VAL = qn("w:val")


def run(p: etree._Element, text: str, char_style: str | None = None,
        extra: RunFormat | None = None) -> etree._Element:
    """A w:r with text; tabs become w:tab and newlines w:br (w:t may hold neither)."""
    r = etree.SubElement(p, _R)
    if char_style or extra:
        if extra is not None:
            r.append(copy.copy(_run_properties(extra, char_style)))
        else:
            etree.SubElement(etree.SubElement(r, _RPR), _RSTYLE).set(_VAL, char_style)  # type: ignore[arg-type]
    if "\t" in text or "\n" in text:
        for piece in re.split(r"([\t\n])", text):
            if piece == "\t":
                etree.SubElement(r, _TAB)
            elif piece == "\n":
                etree.SubElement(r, _BR)
            elif piece:
                _text(r, piece)
    else:
        _text(r, text)
    return r


@lru_cache(maxsize=256)
def _run_properties(fmt: RunFormat, style_id: str | None) -> etree._Element:
    """A run's w:rPr, built once per format and copied into each run (lxml's copy is
    deep): a report repeats a handful of run formats hundreds of times."""
    return rpr_element(fmt, style_id)


def _text(r: etree._Element, text: str) -> None:
    t = etree.SubElement(r, _T)
    t.text = text
    if text[:1].isspace() or text[-1:].isspace():
        t.set(XML_SPACE, "preserve")


def line_break(p: etree._Element) -> None:
    etree.SubElement(etree.SubElement(p, _R), _BR)


def page_field(p: etree._Element, fmt: RunFormat | None = None) -> None:
    """A real PAGE field (begin, instruction, separate, a placeholder result, end), so
    Word, WPS and LibreOffice all number the pages themselves."""
    def r_with(child: etree._Element) -> None:
        r = etree.SubElement(p, _R)
        if fmt is not None:
            r.append(rpr_element(fmt))
        r.append(child)

    r_with(el("w:fldChar", {"w:fldCharType": "begin"}))
    instr = el("w:instrText")
    instr.text = " PAGE "
    instr.set(XML_SPACE, "preserve")
    r_with(instr)
    r_with(el("w:fldChar", {"w:fldCharType": "separate"}))
    t = el("w:t")
    t.text = "1"
    r_with(t)
    r_with(el("w:fldChar", {"w:fldCharType": "end"}))


# ----------------------------------------------------------------- tables


def table(body: etree._Element, style_id: str, col_widths: Sequence[int]) -> etree._Element:
    tbl = etree.SubElement(body, qn("w:tbl"))
    tblpr = sub(tbl, "w:tblPr")
    sub(tblpr, "w:tblStyle", {"w:val": style_id})
    sub(tblpr, "w:tblW", {"w:w": sum(col_widths), "w:type": "dxa"})
    sub(tblpr, "w:tblLayout", {"w:type": "fixed"})
    sub(tblpr, "w:tblLook", {"w:val": "04A0", "w:firstRow": 1, "w:lastRow": 0, "w:firstColumn": 0,
                             "w:lastColumn": 0, "w:noHBand": 0, "w:noVBand": 1})
    grid = sub(tbl, "w:tblGrid")
    for w in col_widths:
        sub(grid, "w:gridCol", {"w:w": w})
    return tbl


def table_row(tbl: etree._Element, header: bool) -> etree._Element:
    tr = etree.SubElement(tbl, qn("w:tr"))
    trpr = sub(tr, "w:trPr")
    sub(trpr, "w:cantSplit")
    if header:
        sub(trpr, "w:tblHeader")   # repeated at the top of every page the table spans
    return tr


def table_cell(tr: etree._Element, width: int) -> etree._Element:
    tc = etree.SubElement(tr, qn("w:tc"))
    tcpr = sub(tc, "w:tcPr")
    sub(tcpr, "w:tcW", {"w:w": width, "w:type": "dxa"})
    return tc


# ----------------------------------------------------------------- section, settings


@dataclass(frozen=True)
class PageSetup:
    """Section geometry in twips; ``line_pitch`` and ``char_space`` are w:docGrid's."""

    width: int
    height: int
    top: int
    bottom: int
    left: int
    right: int
    header: int
    footer: int
    line_pitch: int | None = None
    char_space: int | None = None


def set_page_setup(sect_pr: etree._Element, page: PageSetup) -> None:
    insert_ordered(sect_pr, el("w:pgSz", {"w:w": page.width, "w:h": page.height}), SECTPR_ORDER)
    insert_ordered(sect_pr, el("w:pgMar", {
        "w:top": page.top, "w:right": page.right, "w:bottom": page.bottom, "w:left": page.left,
        "w:header": page.header, "w:footer": page.footer, "w:gutter": 0}), SECTPR_ORDER)
    insert_ordered(sect_pr, el("w:cols", {"w:space": 425}), SECTPR_ORDER)
    if page.line_pitch is not None and page.char_space is not None:
        grid = {"w:type": "linesAndChars", "w:linePitch": page.line_pitch, "w:charSpace": page.char_space}
    elif page.line_pitch is not None:
        grid = {"w:type": "lines", "w:linePitch": page.line_pitch}
    else:
        grid = {"w:linePitch": 312}
    insert_ordered(sect_pr, el("w:docGrid", grid), SECTPR_ORDER)
    for attr in list(sect_pr.attrib):   # template rsids: noise that differs from Word's
        del sect_pr.attrib[attr]


def set_setting(settings: etree._Element, tag: str, attrs: dict[str, str | int] | None = None) -> None:
    insert_ordered(settings, el(tag, attrs), SETTINGS_ORDER)


def set_compat_flag(settings: etree._Element, name: str) -> None:
    """A w:compat flag, e.g. doNotExpandShiftReturn: a line ended by a manual break is
    not stretched to the full width in a justified paragraph (Word and LibreOffice)."""
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = el("w:compat")
        insert_ordered(settings, compat, SETTINGS_ORDER)
    insert_ordered(compat, el(f"w:{name}"), COMPAT_ORDER)


def set_compatibility_mode(settings: etree._Element, mode: int) -> None:
    """Word's layout version (15 = Word 2013 and later); the template says 14, which
    makes Word open the file in compatibility mode."""
    for setting in settings.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), str(mode))


def set_theme_font_lang(settings: etree._Element, lang: Language) -> None:
    """The template declares ja-JP East Asian theme fonts; say what the document is."""
    set_setting(settings, "w:themeFontLang", {"w:val": lang.latin, "w:eastAsia": lang.east_asia})


def remove_settings(settings: etree._Element, names: Iterable[str]) -> None:
    for name in names:
        for e in settings.findall(qn(f"w:{name}")):
            settings.remove(e)


# ----------------------------------------------------------------- font table


@dataclass(frozen=True)
class FontEntry:
    """A w:font of fontTable.xml; ``embeds`` lists (face, relationship id, {GUID}) of
    the embedded faces, face being Regular, Bold, Italic or BoldItalic."""

    name: str
    charset: str = "86"         # GB2312: tells Word the face is Chinese
    family: str = "auto"
    pitch: str = "variable"
    embeds: tuple[tuple[str, str, str], ...] = ()


def set_font_table(fonts: etree._Element, entries: Sequence[FontEntry]) -> None:
    """Replace the template's fonts (ＭＳ 明朝 …) with the fonts this document uses."""
    for f in list(fonts):
        fonts.remove(f)
    for entry in entries:
        f = sub(fonts, "w:font", {"w:name": entry.name})
        sub(f, "w:charset", {"w:val": entry.charset})
        sub(f, "w:family", {"w:val": entry.family})
        sub(f, "w:pitch", {"w:val": entry.pitch})
        order = ("Regular", "Bold", "Italic", "BoldItalic")   # CT_Font child order
        for face, rid, key in sorted(entry.embeds, key=lambda e: order.index(e[0])):
            e = sub(f, f"w:embed{face}", {"w:fontKey": key})
            e.set(f"{{{R_NS}}}id", rid)
