"""Tables: tab-separated rows, rows aligned with runs of spaces, and tables pasted one
cell per line under a header row of header words."""

from __future__ import annotations

from .. import regexcache as re
from typing import Optional

from ..model import Table, text as text_inlines
from .context import Context
from .headings import numbered


#: 西湖区 | 46 | 132 | 120 — or a Markdown table's | 西湖区 | 46 |: cells between bars
_BAR = re.compile(r"[|｜]")
_RULE_ROW = re.compile(r"^[|｜]?\s*:?-{3,}:?\s*(?:[|｜]\s*:?-{3,}:?\s*)*[|｜]?$")


def _cells(text: str) -> list[str] | None:
    """The cells of a row separated by tabs or by two or more bars, else None."""
    if "\t" in text:
        return [c.strip() for c in re.split(r"\t+", text)]
    if text.count("|") + text.count("｜") >= 2:
        return [c.strip() for c in _BAR.split(text.strip().strip("|｜"))]
    return None


def table(ctx: Context, i: int) -> Optional[int]:
    """Two or more consecutive rows with the same number of cells, separated by tabs or
    bars (a Markdown table's rule row |---|---| is skipped)."""
    first = _cells(ctx.lines[i].text)
    if first is None:
        return None
    width = len(first)
    rows = []
    j = i
    while j < len(ctx.lines):
        text = ctx.lines[j].text
        if _RULE_ROW.match(text) and rows:
            j += 1
            continue
        cells = _cells(text)
        if cells is None or abs(len(cells) - width) > 1 and rows:
            break
        rows.append(cells)
        j += 1
    if len(rows) < 2:
        return None
    width = max(len(r) for r in rows)
    ctx.blocks.append(Table(
        tuple(tuple(text_inlines(c) for c in r + [""] * (width - len(r))) for r in rows),
        header_rows=1,
    ))
    return j - i


_HEADER_WORDS = frozenset("序号 编号 序 号 项目 项目名称 名称 指标 指标名称 单位 计量单位 地区 类别 时间 年份 数值 "
                          "金额 备注 内容 责任单位 完成时限 姓名 职务 性别 单位名称 数量 比重 增长 增速 排名".split())


_HEADER_CELL = re.compile(
    r"^(?:\d{4}\s*年(?:度|末|底)?|[\u4e00-\u9fff]{0,8}(?:名称|单位|指标|项目|类别|地区|序号|编号|数量|金额|备注|内容|"
    r"时间|年份|数值|比重|增长|增速|排名|姓名|职务|性别|合计|占比|目标值|完成值|预期值|属性|投资|总投资|规模|"
    r"面积|人数|户数|产值|收入|总额|计划|进度|地点|负责人|责任单位|牵头单位|配合单位|完成时限))(?:\s*[（(][^）)]{1,8}[）)])?$"
)


def _is_header_cell(text: str) -> bool:
    return len(text) <= 14 and (text in _HEADER_WORDS or _HEADER_CELL.match(text) is not None)


def _is_data_cell(text: str) -> bool:
    return len(text) <= 30 and not re.search(r"[。；！？]", text) and numbered(text) is None \
        or bool(re.match(r"^[0-9０-９]{1,2}\s*[.．、]\S{1,28}$", text))


def _join_wrapped_header(header: list[str], width: int) -> list[str]:
    """序号 / 安置单位名称 / 安置 / 任务 / 岗位 / 类别 over rows of 4: neighbouring short
    cells (a word each) are the halves of one, joined from the left until it fits."""
    cells = list(header)
    k = 1
    while len(cells) > width and k + 1 < len(cells):
        if len(cells[k]) <= 2 and len(cells[k + 1]) <= 2:
            cells[k: k + 2] = [cells[k] + cells[k + 1]]
        k += 1
    return cells


def cell_table(ctx: Context, i: int) -> Optional[int]:
    """A table pasted one cell per line: a header row of header words (序号, 指标名称,
    单位, 2022年, 增长（%）…), then rows of the same number of short cells. With 序号
    first, each row must start with the next number."""
    lines = ctx.lines
    numbered_rows = lines[i].text in ("序号", "编号", "序")
    j = i + 1 if numbered_rows else i
    while j < len(lines) and j - i < 10 and (
            _is_header_cell(lines[j].text) or numbered_rows and lines[j].text != "1" and _is_data_cell(lines[j].text)):
        j += 1
    width = j - i
    if width < 2 or numbered_rows and (j >= len(lines) or lines[j].text != "1"):
        return None
    header = [l.text for l in lines[i:j]]
    if numbered_rows:
        # the rows' width is where 2 follows 1; a header cell the page wrapped in two
        # (安置 / 任务) makes the header longer than a row: its halves are joined back
        two = next((k for k in range(j + 2, min(j + 2 + width, len(lines))) if lines[k].text == "2"), None)
        if two is not None and 2 <= two - j < width:
            header = _join_wrapped_header(header, two - j)
            width = two - j
    if len(header) != width:
        return None
    rows = [header]
    k = j
    while k + width <= len(lines):
        cells = [l.text for l in lines[k:k + width]]
        if numbered_rows and cells[0] != str(len(rows)):
            break
        if not all(_is_data_cell(c) for c in cells) or any(_is_header_cell(c) for c in cells[1:] if not c[:1].isdigit()):
            break
        rows.append(cells)
        k += width
    if len(rows) < 2:
        return None
    ctx.blocks.append(Table(tuple(tuple(text_inlines(c) for c in r) for r in rows), header_rows=1))
    return k - i


_CELL_GAP = re.compile(r"\s{2,}|\t|\u3000{2,}")


def spaced_table(ctx: Context, i: int) -> Optional[int]:
    """Rows whose cells are separated by runs of spaces (text copied from Word or PDF)."""
    def cells(t: str) -> list[str]:
        return [c for c in _CELL_GAP.split(t) if c]
    t = ctx.lines[i].text
    if "  " not in t and "\t" not in t and "\u3000\u3000" not in t:
        return None
    first = cells(t)
    if len(first) < 2 or any(len(c) > 25 for c in first):
        return None
    rows = [first]
    j = i + 1
    while j < len(ctx.lines):
        row = cells(ctx.lines[j].text)
        if len(row) != len(first) or any(len(c) > 25 for c in row):
            break
        rows.append(row)
        j += 1
    if len(rows) < 2:
        return None
    ctx.blocks.append(Table(tuple(tuple(text_inlines(c) for c in r) for r in rows), header_rows=1))
    return j - i
