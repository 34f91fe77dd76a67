"""Tables: reportlab's Table for the grid and the page splitting (header rows are
repeated with ``repeatRows``), with our TextBlocks in the cells so Chinese breaks by
the same kinsoku rules there as in the text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Table, TableStyle

from ...model import Strong, Table as ModelTable
from .flowables import TextBlock

if TYPE_CHECKING:
    from .document import Builder

#: Cell padding and rule width, in em of the table role's size.
PADDING_EM = 0.25
RULE_EM = 0.04
#: No column narrower than this many characters.
MIN_COLUMN_CHARS = 3


def make_table(block: ModelTable, builder: "Builder") -> Table | None:
    if not block.rows:
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
        for c in range(ncols):
            content = row[c] if c < len(row) else ()
            if r < block.header_rows and content:
                content = (Strong(content),)
            cell = builder.text_block(content, "table", spec)
            m = cell.prepared.measured
            natural[c] = max(natural[c], sum(m.advance) + 2 * pad)
            out_row.append(cell)
        cells.append(out_row)
    widths = _column_widths(natural, style.page.text_width, role.size * MIN_COLUMN_CHARS + 2 * pad)
    table = Table(cells, colWidths=widths, repeatRows=min(block.header_rows, len(cells) - 1) or 0,
                  hAlign="CENTER")
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), RULE_EM * role.size, (0, 0, 0)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]))
    return table


def _column_widths(natural: list[float], total: float, minimum: float) -> list[float]:
    """Columns as wide as their content when it all fits; otherwise the full measure,
    shared in proportion to the content, with no column below ``minimum``."""
    if sum(natural) <= total:
        return natural
    n = len(natural)
    minimum = min(minimum, total / n)
    widths = [max(minimum, w) for w in natural]
    # shrink the wide columns proportionally until the sum is the measure
    for _ in range(8):
        excess = sum(widths) - total
        if excess <= 1e-6:
            break
        wide = [i for i, w in enumerate(widths) if w > minimum]
        room = sum(widths[i] - minimum for i in wide)
        if room <= 0:
            break
        for i in wide:
            widths[i] -= excess * (widths[i] - minimum) / room
    return widths
