"""Tables: reportlab's Table for the grid and the page splitting (header rows are
repeated with ``repeatRows``), with our TextBlocks in the cells so Chinese breaks by
the same kinsoku rules there as in the text."""

from __future__ import annotations

from typing import Any, Protocol

from reportlab.platypus import Table, TableStyle

from ...fonts import FontRegistry
from ...model import Inline, Strong, Table as ModelTable
from ...style import Style
from . import fontcache
from .flowables import BlockSpec, TextBlock
from .tagging import ARTIFACT_HEADER


class CellSetter(Protocol):
    """What a table needs from the document builder (document.Builder): the style, the
    fonts, and TextBlocks for its cells. A protocol, so tables.py does not import
    document.py (which imports it)."""

    style: Style
    fonts: FontRegistry
    language: str

    def spec(self, role_name: str, outline: Any = None, **overrides: Any) -> BlockSpec: ...

    def text_block(self, content: tuple[Inline, ...], role_name: str, spec: BlockSpec | None = None,
                   tag: Any = ..., label: Any = None) -> TextBlock: ...

#: Cell padding and rule width, in em of the table role's size.
PADDING_EM = 0.25
RULE_EM = 0.04
#: No column narrower than this many characters.
MIN_COLUMN_CHARS = 3


def make_table(block: ModelTable, builder: CellSetter, elem: Any = None) -> Table | None:
    """The table, or None when a row would be taller than half a page (the caller then
    sets the cells as paragraphs). ``elem``: its Table element (tagged output): a TR
    per row, a TH (scope: column) per header cell, a TD per other cell."""
    if not any(block.rows):      # no rows, or only rows without cells: nothing to draw
        return None
    style = builder.style
    role = style.role("table")
    pad = PADDING_EM * role.size
    spec = builder.spec("table")
    spec = type(spec)(align="left" if spec.align == "justify" else spec.align, first_indent=0.0,
                      left_indent=0.0, right_indent=0.0, pitch=spec.pitch)
    ncols = max(len(r) for r in block.rows)
    cells: list[list[TextBlock | str]] = []
    natural = [0.0] * ncols
    for r, row in enumerate(block.rows):
        out_row: list[TextBlock | str] = []
        tr = elem.add("TR") if elem is not None else None
        for c in range(ncols):
            content = row[c] if c < len(row) else ()
            header = r < block.header_rows
            if header and content:
                content = (Strong(content),)
            tag = None
            if tr is not None:
                tag = tr.add("TH", "/A << /O /Table /Scope /Column >>") if header else tr.add("TD")
            cell = builder.text_block(content, "table", spec, tag=tag)
            m = cell.prepared.measured
            natural[c] = max(natural[c], sum(m.advance) + 2 * pad)
            out_row.append(cell)
        cells.append(out_row)
    widths = _column_widths(natural, style.page.text_width, role.size * MIN_COLUMN_CHARS + 2 * pad)
    # reportlab splits a table between rows only: a row taller than a page cannot be set
    limit = style.page.text_height - 2 * pad
    heights = []
    for row in cells:
        tallest = max(cell.wrap(w - 2 * pad, limit)[1] for cell, w in zip(row, widths))
        if tallest + 2 * pad > limit / 2:
            return None
        heights.append(tallest + 2 * pad)
    repeat = min(block.header_rows, len(cells) - 1) or 0
    # the header repeated on every page must leave room for the tallest other row, with
    # a grid line to spare for the table's snapping to the grid
    if repeat and sum(heights[:repeat]) + max(heights[repeat:]) > limit - (style.page.line_pitch or role.size * 1.5):
        repeat = 0
    table = Table(cells, colWidths=widths, repeatRows=repeat,
                  hAlign="CENTER", renderCB=_mark_artifacts if elem is not None else None)
    # reportlab sets each cell's font before drawing it, even for flowable cells: name
    # ours, or its default (an unembedded Helvetica) would end up in the PDF
    cell_font = fontcache.register(builder.fonts.chain(style.fonts[role.font].bundled, builder.language)[0]).name
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), cell_font, role.size),
        ("GRID", (0, 0), (-1, -1), RULE_EM * role.size, (0, 0, 0)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]))
    return table


def _mark_artifacts(table: Table, event: str, *args: Any) -> None:
    """reportlab's table drawing callback: the rules (and backgrounds) are artifacts,
    and so is a header row repeated on a following page (its cells were drawn, and
    tagged, on the first)."""
    canvas = table.canv
    tagger = getattr(canvas, "tagger", None)
    if tagger is None:
        return
    if event in ("startBG", "startLines"):
        tagger.begin_artifact(canvas)
    elif event in ("endBG", "endLines"):
        tagger.end_artifact(canvas)
    elif event == "startRow":
        row = table._cellvalues[args[0]]
        table._repeated = any(getattr(f, "tag_drawn", False) for cell in row
                              for f in (cell if isinstance(cell, (list, tuple)) else (cell,)))
        if table._repeated:
            tagger.begin_artifact(canvas, ARTIFACT_HEADER)
    elif event == "endRow" and getattr(table, "_repeated", False):
        table._repeated = False
        tagger.end_artifact(canvas)


def _column_widths(natural: list[float], total: float, minimum: float) -> list[float]:
    """Columns as wide as their content when it all fits. Otherwise narrow columns keep
    their natural width (a column is narrow when it needs no more than an even share of
    what is left), and the wide ones share the rest in proportion to their content,
    never below ``minimum``."""
    if sum(natural) <= total:
        return natural
    widths = [0.0] * len(natural)
    open_cols = list(range(len(natural)))
    remaining = total
    changed = True
    while changed and open_cols:
        changed = False
        share = remaining / len(open_cols)
        for i in list(open_cols):
            if natural[i] <= share:
                widths[i] = natural[i]
                remaining -= natural[i]
                open_cols.remove(i)
                changed = True
    if open_cols:
        wanted = sum(natural[i] for i in open_cols)
        for i in open_cols:
            widths[i] = max(minimum, remaining * natural[i] / wanted)
    excess = sum(widths) - total
    if excess > 1e-6:   # minimums overflowed: take it back from the widest
        widest = max(range(len(widths)), key=widths.__getitem__)
        widths[widest] -= excess
    return widths
