"""Markdown front-end of the reader: decoded Markdown → ``Document``.

    bytes ──decode──▶ lines ──front matter──▶ YAML keys → meta
                                 └──markdown-it (CommonMark + GFM tables)──▶ tokens ──▶ blocks

The text reader guesses structure from line shapes; a Markdown author has marked it,
so this reader trusts the markup and guesses almost nothing (no boilerplate removal,
no re-joining of lines, no lead-in detection; only an addressee line before the first
heading, 各区县：, is taken for the salutation). What it shares with the text reader:

- decoding (``decode.py``): encodings, binary and empty input refused;
- heading labels: ``# 一、总则`` → Heading(label="一、", content="总则"), split by
  ``headings.numbered()`` exactly as the text reader splits them;
- joining a soft-wrapped line: no space between CJK characters, one between Latin
  words (``rejoin._joiner``);
- punctuation normalisation (``punctuation.normalize``), unless ``--no-normalize``;
  code and raw HTML are kept verbatim;
- the language rules (``language.detect_language``) when the front matter names none.

Decisions (see README, Usage):

- front matter: a ``---`` … ``---``/``...`` block on the first line, read as flat
  ``key: value`` lines (no YAML library: only scalars are used). title, subtitle,
  author, date, lang go to meta; subtitle/author/date also open the body as
  paragraphs with those roles (the reader's contract with the writers). Other keys
  are reported in a notice;
- the title: the front matter's, else a first-level heading that comes first, is
  the only H1 and carries no number label (pandoc's --shift-heading-level-by=-1),
  else the file name. An H1 that repeats the front-matter title is removed and
  recorded in ``meta.removed``;
- heading levels are relative: the levels used, in order, become 1, 2, 3…
  (``#``/``###`` only → 1/2). Headings inside lists and quotes become paragraphs;
- block quotes → paragraphs with role ``note``; code blocks and HTML blocks →
  ``body`` paragraphs, their lines kept with LineBreak;
- what the model cannot hold is reported, never dropped silently: link targets
  (the link text is kept), images (their alt text is kept), thematic breaks,
  reference definitions, an ordered list not starting at 1, raw HTML (kept as text).
"""

from __future__ import annotations

from .. import regexcache as re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..model import ISSUE_FIELDS
from ..model import (Block, Document, Emphasis, Heading, Inline, LineBreak, List, Meta, Notice, Paragraph,
                     Removed, Strong, Table, Text, plain_text)
from . import ReadOptions, Reading
from .decode import Decoded
from .headings import decimal_clause, numbered
from .language import detect_language
from .lines import WS as _WS, is_salutation, squash, title_from_filename
from .punctuation import normalize
from .rejoin import _joiner



# --------------------------------------------------------------------------- front matter

_FENCE_OPEN = "---"
_FENCE_CLOSE = ("---", "...")
_MAX_FRONT_MATTER = 200            # lines: a longer "front matter" is a thematic break and text
_KEY_VALUE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")
META_KEYS = ("title", "subtitle", "author", "date", "lang", "doc_number") + ISSUE_FIELDS   # (版头, 版记: model.py)


@dataclass(frozen=True)
class FrontMatter:
    fields: dict[str, str]
    lines: int                      # source lines the block takes (0: none)
    ignored: tuple[str, ...] = ()   # keys that are not metadata convert knows


def read_front_matter(lines: tuple[str, ...]) -> FrontMatter:
    """The YAML front matter at the top of ``lines``, as flat string fields."""
    if not lines or lines[0].rstrip() != _FENCE_OPEN:
        return FrontMatter({}, 0)
    for end in range(1, min(len(lines), _MAX_FRONT_MATTER)):
        if lines[end].rstrip() in _FENCE_CLOSE:
            break
    else:
        return FrontMatter({}, 0)   # unterminated: Markdown decides what the dashes are
    fields: dict[str, str] = {}
    ignored: list[str] = []
    key = ""
    for raw in lines[1:end]:
        m = _KEY_VALUE.match(raw)
        if m and not raw[:1].isspace():
            key = m.group(1).lower()
            value = _scalar(m.group(2))
            if key in META_KEYS:
                fields[key] = value
            elif key not in ignored:
                ignored.append(key)
        elif key in META_KEYS and raw.strip() and raw[:1].isspace():
            # a folded continuation line, or one list item (author:\n  - 张三)
            item = _scalar(raw.strip().removeprefix("- "))
            fields[key] = f"{fields[key]}、{item}" if fields.get(key) and raw.strip().startswith("-") \
                else (fields.get(key, "") + item)
    return FrontMatter(fields, end + 1, tuple(ignored))


def _scalar(value: str) -> str:
    """A YAML scalar as written: quotes removed, a trailing comment dropped."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].replace("\\\"", "\"") if value[0] == '"' else value[1:-1].replace("''", "'")
    if value in ("|", ">", "|-", ">-"):
        return ""                   # a block scalar: its lines follow as continuations
    if value.startswith("[") and value.endswith("]"):
        return "、".join(_scalar(v) for v in value[1:-1].split(",") if v.strip())
    return re.sub(r"\s+#.*$", "", value)


def language_of(tag: str) -> str:
    """A front matter ``lang`` → the reader's tags: zh-Hans, zh-Hant or en ("" unknown)."""
    t = tag.strip().replace("_", "-").lower()
    if t.startswith("zh"):
        if "hant" in t or t[3:5] in ("tw", "hk", "mo"):
            return "zh-Hant"
        return "zh-Hans"           # zh, zh-CN, zh-SG, zh-Hans…
    if t.startswith("en"):
        return "en"
    return ""


# --------------------------------------------------------------------------- the parser


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    # CommonMark with GFM pipe tables. No linkify (bare URLs stay text) and no
    # strikethrough: the model has no strike, so ~~x~~ is kept as written.
    return MarkdownIt("commonmark").enable("table")


# --------------------------------------------------------------------------- inlines

class _Verbatim(Text):
    """Code or raw HTML: kept as written, never normalised (internal to this module)."""


class _Soft(Text):
    """A soft line break, to be replaced by the joiner its neighbours call for."""


@dataclass
class _State:
    """What one reading collects besides the blocks."""

    options: ReadOptions
    line_offset: int                                  # front matter lines before the Markdown
    counts: Counter = field(default_factory=Counter)  # normalised punctuation, per kind
    reports: dict[str, list[int]] = field(default_factory=dict)   # kind of loss → source lines

    def report(self, what: str, line: int) -> None:
        self.reports.setdefault(what, []).append(line)


def _inlines(children, state: _State, line: int) -> tuple[Inline, ...]:
    """markdown-it inline tokens → model inlines (soft breaks still marked)."""
    stack: list[list[Inline]] = [[]]
    for tok in children or ():
        kind = tok.type
        if kind == "text":
            stack[-1].append(Text(tok.content))
            if "**" in tok.content or "__" in tok.content:
                # CommonMark's flanking rules: **“引号”**后 is not strong (a mark before
                # the closing ** and a letter after it); the asterisks stay as text
                state.report("emphasis marks left as text (**…** next to CJK punctuation)", line)
        elif kind == "softbreak":
            stack[-1].append(_Soft("\n"))
        elif kind == "hardbreak":
            stack[-1].append(LineBreak())
        elif kind in ("strong_open", "em_open"):
            stack.append([])
        elif kind in ("strong_close", "em_close"):
            content = tuple(stack.pop())
            stack[-1].append(Strong(content) if kind == "strong_close" else Emphasis(content))
        elif kind == "code_inline":
            stack[-1].append(_Verbatim(tok.content))
        elif kind == "html_inline":
            stack[-1].append(_Verbatim(tok.content))
            state.report("inline HTML kept as text", line)
        elif kind == "image":
            stack[-1].extend(_inlines(tok.children, state, line))   # the alt text
            state.report("image(s) not embedded (alt text kept)", line)
        elif kind == "link_open":
            state.report("link target(s) dropped (link text kept)", line)
        elif kind == "link_close":
            pass
        else:   # text_special, entities… (text_join usually folds them): keep the text
            if tok.content:
                stack[-1].append(Text(tok.content))
    while len(stack) > 1:                                    # never: markdown-it balances them
        content = tuple(stack.pop())
        stack[-1].append(Strong(content))
    return tuple(stack[0])


def _finish(inlines: tuple[Inline, ...], state: _State) -> tuple[Inline, ...]:
    """Soft breaks joined, the block's ends trimmed, punctuation normalised, verbatim
    runs made plain Text, adjacent Text runs merged, empty ones dropped."""
    leaves = list(_leaves(inlines))
    texts = [leaf.text if isinstance(leaf, Text) else None for leaf in leaves]
    # trim around soft breaks and at the ends, as the text reader strips its lines
    for k, leaf in enumerate(leaves):
        if isinstance(leaf, _Soft):
            left = _strip_side(texts, leaves, k, -1)
            right = _strip_side(texts, leaves, k, +1)
            texts[k] = _joiner(left, right) if left and right else ""
    _strip_side(texts, leaves, -1, +1)
    _strip_side(texts, leaves, len(leaves), -1)
    if state.options.normalize:
        _normalise(texts, leaves, state.counts)
    values = iter(texts)
    return _rebuild(inlines, values)


def _leaves(inlines):
    for node in inlines:
        if isinstance(node, (Strong, Emphasis)):
            yield from _leaves(node.content)
        else:
            yield node


def _strip_side(texts: list, leaves: list, k: int, step: int) -> str:
    """Strip whitespace from the text next to position ``k`` on one side (skipping
    empty runs, stopping at a line break or verbatim run); return that text."""
    j = k + step
    while 0 <= j < len(leaves):
        leaf = leaves[j]
        if isinstance(leaf, _Verbatim):
            return texts[j]         # code is kept as written, spaces too
        if isinstance(leaf, (LineBreak, _Soft)):
            return ""
        texts[j] = texts[j].rstrip(_WS) if step < 0 else texts[j].lstrip(_WS)
        if texts[j]:
            return texts[j]
        j += step
    return ""


def _normalise(texts: list, leaves: list, counts: Counter) -> None:
    """Normalise the runs of plain text together, so that a mark next to a **strong**
    CJK word sees its neighbour; fall back to run by run when a change alters length
    (an ellipsis ... → ……), since then the run boundaries cannot be mapped back."""
    plain = [k for k, leaf in enumerate(leaves)
             if isinstance(leaf, Text) and not isinstance(leaf, _Verbatim) and texts[k]]
    if not plain:
        return
    whole = "".join(texts[k] for k in plain)
    trial: Counter = Counter()
    done = normalize(whole, trial)
    if len(done) == len(whole):
        pos = 0
        for k in plain:
            n = len(texts[k])
            texts[k] = done[pos:pos + n]
            pos += n
        counts.update(trial)
        return
    for k in plain:
        texts[k] = normalize(texts[k], counts)


def _rebuild(inlines, values) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for node in inlines:
        if isinstance(node, (Strong, Emphasis)):
            content = _rebuild(node.content, values)
            if content:
                out.append(type(node)(content))
            continue
        value = next(values)
        if isinstance(node, LineBreak):
            out.append(node)
        elif value:
            if out and type(out[-1]) is Text:
                out[-1] = Text(out[-1].text + value)
            else:
                out.append(Text(value))
    # a line break at either end carries nothing
    while out and isinstance(out[-1], LineBreak):
        out.pop()
    while out and isinstance(out[0], LineBreak):
        out.pop(0)
    return tuple(out)


def _verbatim_lines(content: str) -> tuple[Inline, ...]:
    """Code or an HTML block: its lines as written, joined by line breaks."""
    lines = content.rstrip("\n").split("\n")
    out: list[Inline] = []
    for k, line in enumerate(lines):
        if k:
            out.append(LineBreak())
        if line:
            out.append(Text(line))
    return tuple(out)


# --------------------------------------------------------------------------- blocks


@dataclass(frozen=True)
class _RawHeading:
    """A top-level heading before levels are made relative."""

    depth: int                      # 1 for #, 2 for ## …
    heading: Heading
    line: int


def _blocks(tokens, i: int, stop: str, state: _State, quote: bool, top: bool) -> tuple[list, int]:
    """Blocks from ``tokens[i]`` up to the token of type ``stop``; returns them and the
    index after ``stop``. Top-level headings come back as ``_RawHeading``."""
    out: list = []
    role = "note" if quote else "body"
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        kind = tok.type
        line = (tok.map[0] + 1 + state.line_offset) if tok.map else 0
        if kind == stop:
            return out, i + 1
        before = len(out)
        if kind == "paragraph_open":
            content = _finish(_inlines(tokens[i + 1].children, state, line), state)
            if content:
                out.append(Paragraph(content, role))
            i += 3
        elif kind == "heading_open":
            content = _finish(_inlines(tokens[i + 1].children, state, line), state)
            depth = int(tok.tag[1:])
            if not content:
                pass                # a bare "#": nothing to show
            elif top and not quote:
                out.append(_RawHeading(depth, _labelled(content), line))
            else:
                out.append(Paragraph(content, role))
            i += 3
        elif kind in ("bullet_list_open", "ordered_list_open"):
            start = tok.attrGet("start")
            if start is not None and int(start) != 1:
                state.report("ordered list numbering not starting at 1 (renumbered from 1)", line)
            items, i = _list_items(tokens, i + 1, kind.replace("_open", "_close"), state, quote)
            if items:
                out.append(List(kind == "ordered_list_open", items))
        elif kind == "blockquote_open":
            inner, i = _blocks(tokens, i + 1, "blockquote_close", state, True, False)
            out.extend(inner)
        elif kind == "table_open":
            table, i = _table(tokens, i + 1, state, line)
            out.append(table)
        elif kind in ("fence", "code_block"):
            content = _verbatim_lines(tok.content)
            if content:
                out.append(Paragraph(content, role))
            i += 1
        elif kind == "html_block":
            content = _verbatim_lines(tok.content)
            if content:
                out.append(Paragraph(content, role))
                state.report("HTML block(s) kept as text", line)
            i += 1
        elif kind == "hr":
            state.report("thematic break(s) (---) dropped", line)
            i += 1
        else:                       # an unknown block token: skip it, say so
            state.report(f"unsupported Markdown ({kind}) dropped", line)
            i += 1
        if tok.map and kind != "blockquote_open":   # the source lines each block came from
            span = (line, max(line, tok.map[1] + state.line_offset))
            out[before:] = [replace(b, heading=replace(b.heading, lines=span)) if isinstance(b, _RawHeading)
                            else replace(b, lines=span) for b in out[before:]]
    return out, i


def _list_items(tokens, i: int, stop: str, state: _State, quote: bool) -> tuple[tuple, int]:
    items: list[tuple[Block, ...]] = []
    while i < len(tokens) and tokens[i].type != stop:
        if tokens[i].type == "list_item_open":
            blocks, i = _blocks(tokens, i + 1, "list_item_close", state, quote, False)
            items.append(tuple(blocks))
        else:
            i += 1
    return tuple(items), i + 1


def _table(tokens, i: int, state: _State, line: int) -> tuple[Table, int]:
    rows: list[tuple[tuple[Inline, ...], ...]] = []
    header_rows = 0
    in_head = False
    cells: list[tuple[Inline, ...]] = []
    while i < len(tokens) and tokens[i].type != "table_close":
        kind = tokens[i].type
        if kind == "thead_open":
            in_head = True
        elif kind == "thead_close":
            in_head = False
        elif kind == "tr_open":
            cells = []
        elif kind == "tr_close":
            rows.append(tuple(cells))
            header_rows += in_head
        elif kind == "inline":
            cells.append(_finish(_inlines(tokens[i].children, state, line), state))
        i += 1
    return Table(tuple(rows), header_rows), i + 1


def _labelled(content: tuple[Inline, ...]) -> Heading:
    """The heading's number label split off its text, as the text reader does."""
    first = content[0] if content else None
    if type(first) is not Text:
        return Heading(0, "", content)
    num = numbered(first.text)
    if num is not None:
        label, rest = num.label, num.rest
    else:
        dec = decimal_clause(first.text)
        if dec is None:
            return Heading(0, "", content)
        label, rest = dec.label, first.text[len(dec.label):].lstrip(_WS)
    return Heading(0, label, ((Text(rest),) if rest else ()) + content[1:])


# --------------------------------------------------------------------------- entry


def read_markdown(decoded: Decoded, options: ReadOptions = ReadOptions()) -> Reading:
    """Decoded Markdown → Reading (the document, its encoding, punctuation changes)."""
    front = read_front_matter(decoded.lines)
    state = _State(options, front.lines)
    fields = {k: _normalised_field(v, state) if k != "lang" else v for k, v in front.fields.items()}
    source = "\n".join(decoded.lines[front.lines:])
    env: dict = {}
    tokens = _parser().parse(source, env)
    for ref in env.get("references", {}).values():
        state.report("link reference definition(s) dropped", (ref.get("map") or [0])[0] + 1 + front.lines)
    raw, _ = _blocks(tokens, 0, "", state, False, True)

    title, removed = fields.get("title", ""), []
    heads = [k for k, b in enumerate(raw) if isinstance(b, _RawHeading) and b.depth == 1]
    if len(heads) == 1 and heads[0] == 0:
        h = raw[0]
        text = plain_text(h.heading.content)
        if not title and not h.heading.label and text:
            title = text
            del raw[0]
        elif title and squash(h.heading.label + text) == squash(title):
            removed.append(Removed(h.line, h.heading.label + text, "title repeated (front matter and heading)"))
            del raw[0]
    blocks = _front_blocks(fields) + _with_salutation(_relative_levels(raw))

    language = language_of(fields.get("lang", "")) or \
        detect_language((title + "\n" if title else "") + plain_text(blocks))
    notices = list(decoded.notices)
    if front.ignored:
        notices.append(Notice("markdown", "front matter key(s) not used: " + ", ".join(front.ignored), 1))
    for what, lines in state.reports.items():
        where = f"line {lines[0]}" + (f" and {len(lines) - 1} more" if len(lines) > 1 else "")
        notices.append(Notice("markdown", f"{what}: {len(lines)} ({where})", lines[0]))
    meta = Meta(
        title=title or title_from_filename(options.filename),
        subtitle=fields.get("subtitle", ""),
        author=fields.get("author", ""),
        date=fields.get("date", ""),
        language=language,
        source=options.filename,
        removed=tuple(removed),
        notices=tuple(notices),
        **{k: fields[k] for k in ("doc_number",) + ISSUE_FIELDS if fields.get(k)},
    )
    document = Document(meta, tuple(blocks))
    return Reading(document, decoded.encoding, decoded.replaced, tuple(sorted(state.counts.items())))


def _normalised_field(value: str, state: _State) -> str:
    value = value.strip(_WS)
    return normalize(value, state.counts) if state.options.normalize else value


def _front_blocks(fields: dict[str, str]) -> list[Block]:
    """subtitle, author, date open the body too (the reader's contract with the writers)."""
    return [Paragraph((Text(fields[role]),), role) for role in ("subtitle", "author", "date") if fields.get(role)]


def _with_salutation(blocks: list[Block]) -> list[Block]:
    """The first paragraph, before any heading, that addresses the readers (各区县：,
    各位代表：) is the salutation, as the text reader reads it: the writers set it flush
    left per GB/T 9704 7.3.2 instead of indenting it like body text."""
    for k, b in enumerate(blocks):
        if isinstance(b, Heading):
            break
        if isinstance(b, Paragraph) and b.role == "body":
            if is_salutation(plain_text(b.content)):
                blocks[k] = Paragraph(b.content, "salutation", b.lines)
            break
    return blocks


def _relative_levels(raw: list) -> list[Block]:
    """Heading depths as the levels used, in order, from 1: only # and ### → 1 and 2."""
    depths = sorted({b.depth for b in raw if isinstance(b, _RawHeading)})
    level = {d: k for k, d in enumerate(depths, start=1)}
    return [Heading(level[b.depth], b.heading.label, b.heading.content, b.heading.lines) if isinstance(b, _RawHeading)
            else b
            for b in raw]


