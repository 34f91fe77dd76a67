"""The canonical document model and its JSON form.

A closed set of frozen dataclasses: every reader produces it, every transform maps it
to a new one, every writer consumes it. The JSON form (``to_json``/``from_json``) is a
stable, versioned interface documented in the README; ``from_json(to_json(d)) == d``.

Block types:  Heading, Paragraph, List, Table, Part
Inline types: Text, Strong, Emphasis, LineBreak
"""

from __future__ import annotations

from . import regexcache as re
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable, Iterator, Union

FORMAT_NAME = "convert-document"
FORMAT_VERSION = 1

#: Paragraph roles a writer must know. An unknown role renders as ``body``.
PARAGRAPH_ROLES = (
    "body",
    "salutation",
    "subtitle",
    "author",
    "date",
    "signature",
    "attachment",
    "note",
    "toc",
)


# --------------------------------------------------------------------------- inlines


@dataclass(frozen=True)
class Text:
    """A run of plain characters."""

    text: str


@dataclass(frozen=True)
class Strong:
    """Strong emphasis (a lead-in sentence, a bold phrase)."""

    content: tuple["Inline", ...]


@dataclass(frozen=True)
class Emphasis:
    """Emphasis (rendered as 着重号 or italics, as the writer's medium allows)."""

    content: tuple["Inline", ...]


@dataclass(frozen=True)
class LineBreak:
    """A forced line break inside a block."""


Inline = Union[Text, Strong, Emphasis, LineBreak]


# --------------------------------------------------------------------------- metadata


@dataclass(frozen=True)
class Removed:
    """A source line the cleaner removed, and why (nothing is dropped silently)."""

    line: int
    text: str
    reason: str
    last_line: int = 0    # the last source line when several were joined into this one (0: just ``line``)


@dataclass(frozen=True)
class Notice:
    """A warning about the document: a guessed encoding, a character no font draws…"""

    kind: str
    message: str
    line: int = 0


@dataclass(frozen=True)
class Meta:
    """Document metadata. Empty strings mean 'unknown'."""

    title: str = ""
    subtitle: str = ""
    author: str = ""
    date: str = ""
    doc_number: str = ""
    language: str = "zh-Hans"
    source: str = ""
    publisher: str = ""   # the page's 来源/发布机构 line, when a scraped page names one
    # GB/T 9704 版头 (7.2) and 版记 (7.4): what an issued document prints above its title
    # and at the foot of its last page (the style decides whether and where)
    issuer: str = ""        # 发文机关标志: the issuer's mark, 某某市人民政府文件
    copy_number: str = ""   # 份号: 000123
    secrecy: str = ""       # 密级: 机密
    secrecy_term: str = ""  # 保密期限: 1年
    urgency: str = ""       # 紧急程度: 特急
    signer: str = ""        # 签发人 (an upward document, 请示/报告): 张三, or 张三、李四 for several
    copy_to: str = ""       # 抄送: the bodies after 抄送：
    printer: str = ""       # 印发机关: 某某市人民政府办公室
    print_date: str = ""    # 印发日期: 2024年2月20日
    removed: tuple[Removed, ...] = ()
    notices: tuple[Notice, ...] = ()


# --------------------------------------------------------------------------- blocks

#: The source lines a block came from: (first, last), 1-based line numbers of the
#: input, or None when unknown (a block made by hand or by a transform). Only for
#: showing structure beside the source: it takes no part in equality, and no writer
#: reads it. In the JSON it is ``"lines": [first, last]`` on the block, absent if None.
SourceLines = Union[tuple[int, int], None]


@dataclass(frozen=True)
class Heading:
    """A heading; ``level`` 1 is the top; ``label`` is the numbering as written (一、)."""

    level: int
    label: str
    content: tuple[Inline, ...]
    lines: SourceLines = field(default=None, compare=False)
    #: a run-in heading: （三）强化宣传引导。各地要…… was one line — the heading is set at
    #: the start of the paragraph after it, in the heading's face (JSON ``"run_in": true``)
    run_in: bool = False


@dataclass(frozen=True)
class Paragraph:
    """A paragraph with a role (body, salutation, subtitle, author, date, signature…)."""

    content: tuple[Inline, ...]
    role: str = "body"
    lines: SourceLines = field(default=None, compare=False)


@dataclass(frozen=True)
class List:
    """A list; each item is a tuple of blocks."""

    ordered: bool
    items: tuple[tuple["Block", ...], ...]
    lines: SourceLines = field(default=None, compare=False)


@dataclass(frozen=True)
class Table:
    """A table of rows of cells; each cell is a tuple of inlines."""

    rows: tuple[tuple[tuple[Inline, ...], ...], ...]
    header_rows: int = 0
    lines: SourceLines = field(default=None, compare=False)


@dataclass(frozen=True)
class Part:
    """One report of a merged collection, with its own metadata."""

    meta: Meta
    blocks: tuple["Block", ...]


Block = Union[Heading, Paragraph, List, Table, Part]


@dataclass(frozen=True)
class Document:
    """A whole document: metadata and blocks."""

    meta: Meta = field(default_factory=Meta)
    blocks: tuple[Block, ...] = ()

    # -- JSON ----------------------------------------------------------------
    def to_dict(self, lines: bool = True) -> dict[str, Any]:
        """The JSON form as Python data; ``lines=False`` leaves out the blocks' source
        lines (the content alone, as equality sees it)."""
        return {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "meta": _meta_to_dict(self.meta),
            "blocks": [_block_to_dict(b, lines) for b in self.blocks],
        }

    def to_json(self, indent: int | None = 1, lines: bool = True) -> str:
        import json   # here: a conversion to DOCX or PDF never needs it (2 ms of start-up)

        return json.dumps(self.to_dict(lines), ensure_ascii=False, indent=indent) + "\n"

    @classmethod
    def from_dict(cls, data: Any) -> "Document":
        if not isinstance(data, dict):
            raise ModelError("$", "expected a JSON object")
        if data.get("format") != FORMAT_NAME:
            raise ModelError("$.format", f"expected {FORMAT_NAME!r}, found {data.get('format')!r}")
        if data.get("version") != FORMAT_VERSION:
            raise ModelError(
                "$.version",
                f"incompatible versions: encoded with {data.get('version')!r}, "
                f"this convert reads {FORMAT_VERSION}",
            )
        meta = _meta_from_dict(data.get("meta", {}), "$.meta")
        blocks = _list(data.get("blocks", []), "$.blocks")
        return cls(meta, tuple(_block_from_dict(b, f"$.blocks[{i}]") for i, b in enumerate(blocks)))

    @classmethod
    def from_json(cls, text: str) -> "Document":
        import json

        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ModelError("$", f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
        return cls.from_dict(data)


class ModelError(ValueError):
    """A JSON document that does not follow the model; ``path`` points at the bad field."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


# --------------------------------------------------------------------------- helpers

BLOCK_TYPES = ("heading", "paragraph", "list", "table", "part")
INLINE_TYPES = ("text", "strong", "emphasis", "linebreak")


def plain_text(node: Any) -> str:
    """The concatenation, in order, of every text inside ``node`` (a block, inline,
    tuple of either, or a Document). Part metadata titles are not included."""
    return "".join(iter_text(node))


def iter_text(node: Any) -> Iterator[str]:
    if isinstance(node, Text):
        yield node.text
    elif isinstance(node, (Strong, Emphasis, Heading, Paragraph)):
        yield from iter_text(node.content)
    elif isinstance(node, LineBreak):
        return
    elif isinstance(node, List):
        for item in node.items:
            yield from iter_text(item)
    elif isinstance(node, Table):
        for row in node.rows:
            for cell in row:
                yield from iter_text(cell)
    elif isinstance(node, (Part, Document)):
        yield from iter_text(node.blocks)
    elif isinstance(node, (tuple, list)):
        for child in node:
            yield from iter_text(child)
    else:
        raise TypeError(f"not a model node: {type(node).__name__}")


def iter_blocks(blocks: tuple[Block, ...]) -> Iterator[Block]:
    """Every block, depth first, including blocks inside lists and parts."""
    for block in blocks:
        yield block
        if isinstance(block, Part):
            yield from iter_blocks(block.blocks)
        elif isinstance(block, List):
            for item in block.items:
                yield from iter_blocks(item)


def map_inlines(doc: Document, fn: Callable[[tuple[Inline, ...]], tuple[Inline, ...]]) -> Document:
    """A new document whose every inline sequence (paragraph, heading, cell) is fn(seq)."""

    def on_blocks(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
        return tuple(on_block(b) for b in blocks)

    def on_block(block: Block) -> Block:
        if isinstance(block, (Heading, Paragraph)):
            return replace(block, content=fn(block.content))
        if isinstance(block, List):
            return replace(block, items=tuple(on_blocks(item) for item in block.items))
        if isinstance(block, Table):
            return replace(block, rows=tuple(tuple(fn(cell) for cell in row) for row in block.rows))
        if isinstance(block, Part):
            return replace(block, blocks=on_blocks(block.blocks))
        raise TypeError(f"not a block: {type(block).__name__}")

    return replace(doc, blocks=on_blocks(doc.blocks))


# --------------------------------------------------------------------------- heading labels

#: Labels followed by a full-width space before the heading text (第一章　总则, 第一条　…,
#: 附件1　…), as Chinese laws and official documents set them. Enumerated labels
#: (一、 （一） 1. （1）) carry their own punctuation and take no space.
_SPACED_LABEL = re.compile(
    r"^(第 ?[〇零一二三四五六七八九十百千万萬两兩0-9０-９]+ ?(?:编|編|章|节|節|条|條|款|部分)"
    r"|附件[0-9０-９一二三四五六七八九十]*)$")
#: 第一条, 第十二條, 第三条之一, and Taiwan's 第 1 條 (Arabic numbers between spaces).
_ARTICLE_LABEL = re.compile(
    r"^第 ?[〇零一二三四五六七八九十百千万萬两兩0-9０-９]+ ?(?:条|條)(?: ?之 ?[一二三四五六七八九十0-9]+)?$")
#: U+3000 IDEOGRAPHIC SPACE: one full em, the width of a Chinese character.
FULL_WIDTH_SPACE = "\u3000"


def label_separator(label: str, following: str = "") -> str:
    """What goes between a heading label and its text: a full-width space after 第X编/
    章/节/条/款/部分 and 附件N, nothing after enumerations (一、 （一） 1. （1）), nor when
    the label or the ``following`` text already has a space at the joint."""
    if not label or label[-1].isspace() or (following and following[0].isspace()):
        return ""
    return FULL_WIDTH_SPACE if _SPACED_LABEL.match(label) else ""


def heading_display_text(heading: Heading) -> str:
    """The heading as printed and listed in outlines: label, separator, text."""
    body = plain_text(heading.content)
    return heading.label + (label_separator(heading.label, body) if body else "") + body


def heading_label_text(heading: Heading) -> str:
    """The label with its separator, as the writers set it before the content."""
    body = plain_text(heading.content)
    return heading.label + (label_separator(heading.label, body) if body else "")


def is_article_label(label: str) -> bool:
    """第一条, 第十二條, 第三条之一: the label of a law's article."""
    return bool(_ARTICLE_LABEL.match(label.strip()))


def is_run_in_article(block: Any, following: Any) -> bool:
    """An article heading to be run into its text: the reader gives a law's article as
    Heading(label="第一条", content=()) then a body paragraph; laws print them as one
    paragraph, 第一条　为了……, the label in the heading's face."""
    return (isinstance(block, Heading)
            and (block.run_in or is_article_label(block.label) and not plain_text(block.content).strip())
            and isinstance(following, Paragraph) and following.role == "body")


def run_in_parts(heading: Heading) -> tuple[str, str]:
    """(label, words) a run-in heading sets in its face before the paragraph's text: an
    article's label and a full-width space (第一条　, ""); a run-in heading's label and
    its words, which end in their own mark (（三）, 强化宣传引导。) or take the space
    (一、, 指导思想　)."""
    if not heading.run_in:
        return heading.label + FULL_WIDTH_SPACE, ""
    words = plain_text(heading.content)
    return heading.label, words if words[-1:] in _RUN_IN_ENDS else words + FULL_WIDTH_SPACE


def article_label_text(heading: Heading) -> str:
    """Everything a run-in heading sets in its face: 第一条　 / （三）强化宣传引导。"""
    return "".join(run_in_parts(heading))


_RUN_IN_ENDS = "。：:；;！？!?"


#: 附件, 附件1, 附件一: the label of an attachment (GB/T 9704 7.5). The reader gives an
#: attachment's opening as Heading(level=1, label="附件1", content=its title).
_ATTACHMENT_LABEL = re.compile(r"^附\s*件\s*[0-9０-９一二三四五六七八九十]{0,3}$")


def is_attachment_label(label: str) -> bool:
    """附件, 附件1, 附件２, 附件一 — and not 附件：… (the list of attachments under the text)."""
    return bool(_ATTACHMENT_LABEL.match(label.strip()))


#: The list of attachments under the text (附件说明, GB/T 9704 7.3.4): "附件：1.×××", then
#: "2.×××" on the next lines. The lead, and the number of one attachment (1. 2． 3、 （4）).
_ATTACHMENT_LEAD = re.compile(r"^附\s{0,2}件\s{0,2}[：:]\s{0,2}")
_ATTACHMENT_NUMBER = re.compile(r"^(?:[0-9０-９]{1,3}\s?[.．、]|[（(][0-9０-９]{1,3}[)）])\s?")


def attachment_note_parts(text: str) -> tuple[str, str]:
    """A line of the list of attachments → (its "附件：" lead or "", its number "1." or ""):
    what comes before the attachment's name, which wrapped lines align with."""
    lead = _ATTACHMENT_LEAD.match(text)
    rest = text[lead.end():] if lead else text
    number = _ATTACHMENT_NUMBER.match(rest)
    return (lead.group(0) if lead else "", number.group(0) if number else "")


#: Front-matter roles that may stand before an attachment's label at the top of a document.
_FRONT_ROLES = ("author", "date", "subtitle", "doc_number")


def split_attachment_label(blocks: tuple[Block, ...]) -> tuple["Paragraph | None", tuple[Block, ...]]:
    """A document that is itself an attachment opens with its label above its title:
    the reader gives it as a front-matter Paragraph(role="attachment") holding just
    "附件1". Returns that paragraph (None if there is none) and the other blocks."""
    for k, b in enumerate(blocks):
        if not isinstance(b, Paragraph) or b.role not in _FRONT_ROLES + ("attachment",):
            break
        if b.role == "attachment" and is_attachment_label(plain_text(b.content)):
            return b, blocks[:k] + blocks[k + 1:]
    return None, blocks


def is_attachment_heading(block: Any) -> bool:
    """The heading that opens an attachment: level 1, labelled 附件N, its title as content.
    GB/T 9704 7.5 sets it on a new page, the label flush left, the title centred."""
    return isinstance(block, Heading) and block.level == 1 and is_attachment_label(block.label)


def inside_attachment_after(block: Any, inside: bool) -> bool:
    """Whether the blocks after ``block`` belong to an attachment, given whether
    ``block`` did: an attachment heading opens one; a level-1 heading of another kind
    (the attachment's own rank) or a Part ends it."""
    if is_attachment_heading(block):
        return True
    if isinstance(block, Part) or (isinstance(block, Heading) and block.level == 1):
        return False
    return inside


def heading_look_level(heading: Heading, in_attachment: bool) -> int:
    """The main-text heading level (1–4) whose look — face, size, indents, spacing —
    ``heading`` takes. GB/T 9704 7.5 附件格式要求同正文: the model nests an attachment's
    own 一、 one level under the attachment heading (level 2, right for the outline),
    but it is printed like the main text's 一、 (heading1)."""
    level = heading.level - 1 if in_attachment and heading.level > 1 else heading.level
    return min(max(level, 1), 4)


def text(s: str) -> tuple[Inline, ...]:
    """Shorthand: a one-run inline sequence."""
    return (Text(s),) if s else ()


# --------------------------------------------------------------------------- JSON: out

_META_STRINGS = ("title", "subtitle", "author", "date", "doc_number", "language", "source", "publisher")
#: The 版头 and 版记 fields: optional in the JSON (written only when set, read as "" when
#: absent), so every version-1 file stays readable and unchanged.
ISSUE_FIELDS = ("issuer", "copy_number", "secrecy", "secrecy_term", "urgency", "copy_to", "printer",
                "print_date", "signer")
#: The names a user may give them (--meta, front matter, collection.toml): the field's
#: own, or the standard's Chinese one.
META_FIELD_NAMES = {
    "title": "title", "标题": "title", "subtitle": "subtitle", "author": "author", "date": "date",
    "doc_number": "doc_number", "发文字号": "doc_number", "發文字號": "doc_number",
    "issuer": "issuer", "发文机关标志": "issuer", "copy_number": "copy_number", "份号": "copy_number",
    "secrecy": "secrecy", "密级": "secrecy", "密等": "secrecy", "secrecy_term": "secrecy_term",
    "保密期限": "secrecy_term", "urgency": "urgency", "紧急程度": "urgency", "速別": "urgency",
    "copy_to": "copy_to", "抄送": "copy_to", "printer": "printer", "印发机关": "printer",
    "print_date": "print_date", "印发日期": "print_date", "signer": "signer", "签发人": "signer",
}


def meta_field(key: str) -> str | None:
    """The Meta field a user's key names (issuer, 发文机关标志 …), or None."""
    key = key.strip()
    return META_FIELD_NAMES.get(key.lower() if key.isascii() else key)


def meta_with(meta: Meta, fields: dict[str, str], keep: bool = False) -> Meta:
    """``meta`` with ``fields`` (keys as in META_FIELD_NAMES) set; ``keep``: only where
    ``meta`` has none yet. Raises KeyError naming an unknown key."""
    values = {}
    for key, value in fields.items():
        name = meta_field(key)
        if name is None:
            raise KeyError(key)
        if not (keep and getattr(meta, name)):
            values[name] = value
    return replace(meta, **values) if values else meta


def merge_documents(docs: Iterable[Document], meta: Meta, issue: dict[str, str] | None = None) -> Document:
    """One book of ``docs``: a Part per document (with its own metadata), in order, under
    the book's ``meta`` (its language: the first document's). ``issue``: 版头/版记 fields
    (keys as in META_FIELD_NAMES) set on each part whose document does not state its own."""
    docs = list(docs)
    meta = replace(meta, language=docs[0].meta.language if docs else "zh-Hans")
    return Document(meta, tuple(Part(meta_with(d.meta, dict(issue or {}), keep=True), d.blocks) for d in docs))


def _meta_to_dict(meta: Meta) -> dict[str, Any]:
    out: dict[str, Any] = {k: getattr(meta, k) for k in _META_STRINGS}
    out.update({k: getattr(meta, k) for k in ISSUE_FIELDS if getattr(meta, k)})
    out["removed"] = [{"line": r.line, "text": r.text, "reason": r.reason} | ({"last_line": r.last_line} if r.last_line > r.line else {})
                      for r in meta.removed]
    out["notices"] = [{"kind": n.kind, "message": n.message, "line": n.line} for n in meta.notices]
    return out


def _inline_to_dict(node: Inline) -> dict[str, Any]:
    if isinstance(node, Text):
        return {"type": "text", "text": node.text}
    if isinstance(node, Strong):
        return {"type": "strong", "content": [_inline_to_dict(c) for c in node.content]}
    if isinstance(node, Emphasis):
        return {"type": "emphasis", "content": [_inline_to_dict(c) for c in node.content]}
    if isinstance(node, LineBreak):
        return {"type": "linebreak"}
    raise TypeError(f"not an inline: {type(node).__name__}")


def _inlines_to_list(seq: tuple[Inline, ...]) -> list[dict[str, Any]]:
    return [_inline_to_dict(c) for c in seq]


def _block_to_dict(block: Block, lines: bool = True) -> dict[str, Any]:
    out = _block_fields_to_dict(block, lines)
    span = getattr(block, "lines", None)
    if lines and span is not None:
        out["lines"] = [span[0], span[1]]
    return out


def _block_fields_to_dict(block: Block, lines: bool) -> dict[str, Any]:
    if isinstance(block, Heading):
        out = {"type": "heading", "level": block.level, "label": block.label,
               "content": _inlines_to_list(block.content)}
        if block.run_in:
            out["run_in"] = True
        return out
    if isinstance(block, Paragraph):
        return {"type": "paragraph", "role": block.role, "content": _inlines_to_list(block.content)}
    if isinstance(block, List):
        return {"type": "list", "ordered": block.ordered,
                "items": [[_block_to_dict(b, lines) for b in item] for item in block.items]}
    if isinstance(block, Table):
        return {"type": "table", "header_rows": block.header_rows,
                "rows": [[_inlines_to_list(cell) for cell in row] for row in block.rows]}
    if isinstance(block, Part):
        return {"type": "part", "meta": _meta_to_dict(block.meta),
                "blocks": [_block_to_dict(b, lines) for b in block.blocks]}
    raise TypeError(f"not a block: {type(block).__name__}")


# --------------------------------------------------------------------------- JSON: in


def _list(value: Any, path: str) -> list[Any]:
    if not isinstance(value, list):
        raise ModelError(path, f"expected a list, found {type(value).__name__}")
    return value


def _dict(value: Any, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ModelError(path, f"expected an object, found {type(value).__name__}")
    return value


def _str(value: Any, path: str) -> str:
    if not isinstance(value, str):
        raise ModelError(path, f"expected a string, found {type(value).__name__}")
    return value


def _int(value: Any, path: str, minimum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ModelError(path, f"expected an integer, found {type(value).__name__}")
    if minimum is not None and value < minimum:
        raise ModelError(path, f"expected an integer ≥ {minimum}, found {value}")
    return value


def _meta_from_dict(value: Any, path: str) -> Meta:
    data = _dict(value, path)
    known = set(_META_STRINGS) | set(ISSUE_FIELDS) | {"removed", "notices"}
    for key in data:
        if key not in known:
            raise ModelError(f"{path}.{key}", "unknown metadata field")
    strings = {k: _str(data[k], f"{path}.{k}") for k in _META_STRINGS + ISSUE_FIELDS if k in data}
    removed = []
    for i, r in enumerate(_list(data.get("removed", []), f"{path}.removed")):
        p = f"{path}.removed[{i}]"
        r = _dict(r, p)
        removed.append(Removed(_int(r.get("line", 0), f"{p}.line", 0),
                               _str(r.get("text", ""), f"{p}.text"),
                               _str(r.get("reason", ""), f"{p}.reason"),
                               _int(r.get("last_line", 0), f"{p}.last_line", 0)))
    notices = []
    for i, n in enumerate(_list(data.get("notices", []), f"{path}.notices")):
        p = f"{path}.notices[{i}]"
        n = _dict(n, p)
        notices.append(Notice(_str(n.get("kind", ""), f"{p}.kind"),
                              _str(n.get("message", ""), f"{p}.message"),
                              _int(n.get("line", 0), f"{p}.line", 0)))
    return Meta(**strings, removed=tuple(removed), notices=tuple(notices))


def _type(data: dict[str, Any], path: str, allowed: tuple[str, ...]) -> str:
    kind = data.get("type")
    if kind not in allowed:
        raise ModelError(f"{path}.type", f"expected one of {', '.join(allowed)}, found {kind!r}")
    return kind


def _inline_from_dict(value: Any, path: str) -> Inline:
    data = _dict(value, path)
    kind = _type(data, path, INLINE_TYPES)
    if kind == "text":
        return Text(_str(data.get("text"), f"{path}.text"))
    if kind == "linebreak":
        return LineBreak()
    content = _inlines_from_list(data.get("content", []), f"{path}.content")
    return Strong(content) if kind == "strong" else Emphasis(content)


def _inlines_from_list(value: Any, path: str) -> tuple[Inline, ...]:
    return tuple(_inline_from_dict(c, f"{path}[{i}]") for i, c in enumerate(_list(value, path)))


def _lines_from(data: dict[str, Any], path: str) -> SourceLines:
    if "lines" not in data or data["lines"] is None:
        return None
    pair = _list(data["lines"], f"{path}.lines")
    if len(pair) != 2:
        raise ModelError(f"{path}.lines", f"expected [first, last], found {len(pair)} numbers")
    first = _int(pair[0], f"{path}.lines[0]", 1)
    last = _int(pair[1], f"{path}.lines[1]", first)
    return (first, last)


def _block_from_dict(value: Any, path: str) -> Block:
    data = _dict(value, path)
    kind = _type(data, path, BLOCK_TYPES)
    block = _block_fields_from_dict(data, kind, path)
    if kind != "part":
        lines = _lines_from(data, path)
        if lines is not None:
            block = replace(block, lines=lines)
    return block


def _block_fields_from_dict(data: dict[str, Any], kind: str, path: str) -> Block:
    if kind == "heading":
        level = _int(data.get("level"), f"{path}.level", 1)
        run_in = data.get("run_in", False)
        if not isinstance(run_in, bool):
            raise ModelError(f"{path}.run_in", f"expected true or false, found {type(run_in).__name__}")
        return Heading(level, _str(data.get("label", ""), f"{path}.label"),
                       _inlines_from_list(data.get("content", []), f"{path}.content"), run_in=run_in)
    if kind == "paragraph":
        return Paragraph(_inlines_from_list(data.get("content", []), f"{path}.content"),
                         _str(data.get("role", "body"), f"{path}.role"))
    if kind == "list":
        ordered = data.get("ordered", False)
        if not isinstance(ordered, bool):
            raise ModelError(f"{path}.ordered", "expected true or false")
        items = []
        for i, item in enumerate(_list(data.get("items", []), f"{path}.items")):
            p = f"{path}.items[{i}]"
            items.append(tuple(_block_from_dict(b, f"{p}[{j}]") for j, b in enumerate(_list(item, p))))
        return List(ordered, tuple(items))
    if kind == "table":
        rows = []
        for i, row in enumerate(_list(data.get("rows", []), f"{path}.rows")):
            p = f"{path}.rows[{i}]"
            rows.append(tuple(_inlines_from_list(cell, f"{p}[{j}]")
                              for j, cell in enumerate(_list(row, p))))
        return Table(tuple(rows), _int(data.get("header_rows", 0), f"{path}.header_rows", 0))
    # part
    meta = _meta_from_dict(data.get("meta", {}), f"{path}.meta")
    blocks = _list(data.get("blocks", []), f"{path}.blocks")
    return Part(meta, tuple(_block_from_dict(b, f"{path}.blocks[{i}]") for i, b in enumerate(blocks)))
