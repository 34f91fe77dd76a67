"""Collections: many files that belong together, before each becomes a Document.

Three rules apply to the files of one collection (the files found under one INPUT
folder, the plain file arguments together, or everything given with ``--merge``):

**Page stitching** (``--no-stitch`` turns it off). Files that are pages of one article
are joined, in page order, into one report *before* parsing, so a paragraph cut by a
page break is re-joined and the front matter is read once:

- files in one folder whose first lines carry the same title with a page counter,
  ``标题(第N/M页)`` (also with full-width brackets), are pages N of M of that title;
- otherwise, files in one folder named ``name_1.txt``, ``name_2.txt`` … (same ``name``,
  an underscore and a page number) are pages of ``name``.

A page number missing between 1 and the highest (or M) is a *gap*: the report is still
made from the pages there are, and the gap is reported. On pages 2…M the lines of the
page header that repeat page 1's header (site banner, the title with its counter, the
reading-statistics line) and, on pages 1…M-1, the footer lines that repeat the last
page's footer are dropped; each is recorded in ``meta.removed`` ("repeated page
header"/"repeated page footer").

**Cross-file boilerplate** (off with ``--keep-boilerplate``). A line is a collection
banner or footer when it is one of the first or last ``ZONE_LINES`` non-empty lines of
at least ``MIN_SHARE`` (50 %) of the collection's reports *and* of at least
``MIN_REPORTS`` (3) reports, and it does not look like document structure (a salutation
ending in ：, a numbered heading, a date, a title ending in a document-type word such
as 报告/通知, an issuing body such as …人民政府). Such lines are removed from the
header and footer zones of every report, on top of the reader's single-file rules, and
recorded in each report's ``meta.removed`` with reason ``"repeated across collection"``.

**Order and cover** of a merged book: the natural order of the file names (第2页 before
第10页, 2.txt before 10.txt), or the ``order`` list of a ``collection.toml`` in the
folder, which may also give ``title``, ``subtitle``, ``author``, ``date`` and ``cover``
(cover text, shown under the title; stored as the book's ``meta.subtitle`` when no
subtitle is given).
"""

from __future__ import annotations

import math
import os
from .. import regexcache as re
import stat
import time
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable

from ..model import ISSUE_FIELDS, Document, Meta, Notice, Removed, meta_with
from ..reader import ReadError
from ..reader.decode import decode
from ..reader.headings import is_heading_like

#: How many non-empty lines at each end of a report form its header/footer zones.
ZONE_LINES = 12
#: A line is collection boilerplate in at least this share of reports …
MIN_SHARE = 0.5
#: … and in at least this many reports.
MIN_REPORTS = 3
#: A line of at least this many characters with a sentence end is prose, not header/footer.
PROSE_CHARS = 30
#: Files larger than this are glanced at through their first and last bytes only.
GLANCE_BYTES = 256 * 1024

REASON_COLLECTION = "repeated across collection"
REASON_PAGE_HEADER = "repeated page header"
REASON_PAGE_FOOTER = "repeated page footer"

_COUNTER = re.compile(r"^(?P<title>.*?)\s*[(（]\s*第\s*(?P<n>\d+)\s*/\s*(?P<m>\d+)\s*页\s*[)）]\s*$")
#: speech_2: a page's number after the name, 1 to 99 — never zero-padded (doc_001, doc_002
#: are a scraper's running ids of separate documents), never a year (工作报告_2023 and
#: 工作报告_2024 are two years' reports, not pages 2023 and 2024)
_NAME_PAGE = re.compile(r"^(?P<base>.+)_(?P<n>[1-9]\d?)$")

# Lines that look like the structure of a document are never collection boilerplate,
# however often they recur: headings (一、, （一）, 第三章 — the reader's own rule, see
# looks_structural) and 各位代表：, 2023年1月10日, …报告, …人民政府.
_STRUCTURE = re.compile(
    r"[:：]$"
    r"|^[\d〇零一二三四五六七八九十○]{2,4}\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?$"
    r"|(?:报告|通知|决定|意见|办法|规定|条例|公告|通告|通报|批复|函|纪要|讲话|方案|规划|纲要|细则|章程|议案|"
    r"决议|公报|请示|致辞|发言)(?:[(（][^)）]*[)）])?$"
    r"|^[^\s，,。；;]{2,24}(?:政府|委员会|常委会|办公室|办公厅|局|厅|部|院|委|中心|公司|协会|学会|联合会)$"
)


@dataclass(frozen=True)
class Glance:
    """What the planner learns from a file without converting it."""

    path: Path
    head: tuple[str, ...] = ()     # the first ZONE_LINES non-empty lines, stripped
    tail: tuple[str, ...] = ()     # the last ZONE_LINES non-empty lines, stripped
    readable: bool = False         # False: binary, empty or unreadable (left to the reader)
    size: int = -1                 # the file's stat when it was read (for the manifest's cache)
    mtime_ns: int = -1
    read_at: float = 0.0

    @property
    def counter(self) -> tuple[str, int, int] | None:
        """(title, N, M) when a head line carries a (第N/M页) page counter."""
        for line in self.head[:4]:
            m = _COUNTER.match(line)
            if m and 1 <= int(m["n"]) <= int(m["m"]):
                return m["title"].strip(), int(m["n"]), int(m["m"])
        return None


@dataclass(frozen=True)
class Report:
    """One report: a file, or the pages of one article in page order."""

    pages: tuple[Path, ...]
    stem: Path                          # output path without suffix
    total: int = 0                      # pages the article says it has (M), or 0
    missing: tuple[int, ...] = ()       # page numbers that are not there
    strip: frozenset[str] = frozenset()  # collection boilerplate lines found in this report
    by_name: bool = False               # stitched because of name_1, name_2 … file names

    @property
    def stitched(self) -> bool:
        return len(self.pages) > 1

    def stitch_notice(self) -> str | None:
        """Name-based stitching is a guess from file names alone: say so."""
        if not (self.stitched and self.by_name):
            return None
        return (f"read {', '.join(p.name for p in self.pages)} as pages of one article "
                f"(same name, page numbers); --no-stitch keeps them apart")

    def gap_notice(self) -> str | None:
        if not self.missing or not self.stitched:
            return None
        of = f" of {self.total}" if self.total else ""
        return (f"page{'s' if len(self.missing) > 1 else ''} {page_ranges(self.missing)}{of} missing; "
                f"stitched the {len(self.pages)} pages found")


def page_ranges(numbers: tuple[int, ...] | list[int]) -> str:
    """1, 2, 3, 5, 7, 8 → "1–3, 5, 7–8": runs of consecutive page numbers as ranges."""
    runs: list[list[int]] = []
    for n in sorted(set(numbers)):
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}\u2013{b}" for a, b in runs)


@dataclass(frozen=True)
class CollectionInfo:
    """The book-level metadata of a merged collection (collection.toml or defaults)."""

    title: str
    subtitle: str = ""
    author: str = ""
    date: str = ""
    cover: str = ""
    order: tuple[str, ...] = ()
    source: str = ""                    # the collection.toml path, or ""
    digest_text: str = field(default="", repr=False)   # its bytes, for the manifest
    title_given: bool = False           # collection.toml sets the title (else it is found by book_title)
    toml_path: str = ""                 # where a collection.toml would set it ("" when no single folder)
    issue: tuple[tuple[str, str], ...] = ()   # 版头/版记 fields (issuer, printer …) for every report


class CollectionError(ValueError):
    """collection.toml cannot be used; the message names the file and the field."""


# --------------------------------------------------------------------------- glancing


def glance(path: Path) -> Glance:
    """The head and tail lines of a text file (decoded as the reader would)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return Glance(path)        # a FIFO or device: never opened here (it could block)
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            when = time.time()
            data = fh.read(GLANCE_BYTES + 1)
            if len(data) > GLANCE_BYTES:
                head = data[: GLANCE_BYTES // 2]
                fh.seek(-GLANCE_BYTES // 2, 2)
                tail = fh.read()
                # cut at line ends so no character is split (UTF-16 files are rare this big)
                data = head[: head.rfind(b"\n") + 1] + b"\n" + tail[tail.find(b"\n") + 1:]
    except OSError:
        return Glance(path)
    try:
        lines = [line.strip() for line in decode(data).lines]
    except (ReadError, UnicodeError):
        return Glance(path, size=st.st_size, mtime_ns=st.st_mtime_ns, read_at=when)
    return Glance(path, tuple(_zone(lines, head=True)), tuple(_zone(lines, head=False)), True,
                  st.st_size, st.st_mtime_ns, when)


# --------------------------------------------------------------------------- stitching


def group_reports(files: list[tuple[Path, Path]], glances: dict[Path, Glance], *, stitch: bool) -> list[Report]:
    """Group (file, output stem) pairs into reports, stitching pages when ``stitch``.
    The result is in the order of each report's first page in ``files``."""
    if not stitch:
        return [Report((f,), stem) for f, stem in files]
    position = {f: i for i, (f, _) in enumerate(files)}
    stems = dict(files)
    taken: set[Path] = set()
    reports: list[Report] = []

    by_counter: dict[tuple[Path, str, int], dict[int, Path]] = {}
    for f, _ in files:
        g = glances.get(f)
        c = g.counter if g else None
        if c:
            title, n, m = c
            by_counter.setdefault((f.parent, title, m), {}).setdefault(n, f)
    for (_, _, total), pages in by_counter.items():
        if len(pages) < 2:
            continue
        ordered = tuple(pages[n] for n in sorted(pages))
        missing = tuple(n for n in range(1, total + 1) if n not in pages)
        reports.append(Report(ordered, stems[ordered[0]], total, missing))
        taken.update(ordered)

    by_name: dict[tuple[Path, str], dict[int, Path]] = {}
    for f, _ in files:
        m = _NAME_PAGE.match(f.stem)
        if f not in taken and m:
            by_name.setdefault((f.parent, m["base"]), {}).setdefault(int(m["n"]), f)
    for (_, base), pages in by_name.items():
        if len(pages) < 2 or min(pages) > 2 or _own_titles(pages, glances):
            continue
        ordered = tuple(pages[n] for n in sorted(pages))
        missing = tuple(n for n in range(1, max(pages) + 1) if n not in pages)
        first_stem = stems[ordered[0]]
        reports.append(Report(ordered, first_stem.with_name(base), 0, missing, by_name=True))
        taken.update(ordered)

    reports.extend(Report((f,), stem) for f, stem in files if f not in taken)
    reports.sort(key=lambda r: position[r.pages[0]])
    return reports


#: 标题(2)_某某网 / 标题_2 / 标题 第2页: a page's number in its title — in brackets
#: anywhere, or at the end
_PAGE_MARK = re.compile(r"\s*[(（\[]\s*(?:第\s*)?\d{1,3}\s*(?:页|頁)?\s*[)）\]]|"
                        r"[\s_\-－—]*(?:第\s*)?\d{1,3}\s*(?:页|頁)?$")


def _own_titles(pages: dict[int, Path], glances: dict[Path, Glance]) -> bool:
    """Do the files named like pages open each with a title of its own — report_01 and
    report_02 two reports saved from one site, each page's <title> its own headline? A
    page of one article opens with the same page title as the first (its counter aside),
    or mid-text: with a heading (三、…) or a paragraph."""
    firsts = [glances[f].head[0] if f in glances and glances[f].head else "" for _, f in sorted(pages.items())]
    first = _without_counter(firsts[0])
    # (一、… on top of the first file too: each file is a chapter that opens with its own title)
    numbered_alike = is_heading_like(firsts[0])
    return any(line and _without_counter(line) != first and _titles_a_page(line, numbered_alike)
               for line in firsts[1:])


def _without_counter(line: str) -> str:
    """A page's first line without its page counter or number: (第2/3页), _2, （2）."""
    m = _COUNTER.match(line)
    return _PAGE_MARK.sub("", m["title"] if m else line).strip()


def _titles_a_page(line: str, numbered_alike: bool) -> bool:
    """Does ``line`` look like a page's title: a headline's length, no sentence, no
    heading's number (续 or 三、讲话第三部分 on top of a page is the article going on),
    unless the first file opens with a numbered title too?"""
    return 6 <= len(line) <= 80 and (numbered_alike or not is_heading_like(line)) and not re.search(r"[。；]", line)


def join_pages(pages: list[list[str]], keep_boilerplate: bool = False) -> tuple[list[str], list[Removed]]:
    """The lines of the stitched article, and the page header/footer lines dropped.

    Dropped lines are blanked, not deleted, so line numbers stay those of the pages laid
    end to end. When a page ends mid-sentence (its last line is running text without a
    sentence end) the next page's first line is appended to that line, so the cut
    paragraph is whole again."""
    if len(pages) == 1:
        return list(pages[0]), []
    first_head = set(_zone(pages[0], head=True))
    last_tail = set(_zone(pages[-1], head=False))
    lines: list[str] = []
    removed: list[Removed] = []
    for k, page in enumerate(pages):
        drop_head = set() if k == 0 or keep_boilerplate else first_head
        drop_tail = set() if k == len(pages) - 1 or keep_boilerplate else last_tail
        head_idx = set(_zone_indices(page, head=True))
        tail_idx = set(_zone_indices(page, head=False))
        offset = len(lines)
        for i, line in enumerate(page):
            s = line.strip()
            if i in head_idx and (s in drop_head or (k > 0 and not keep_boilerplate and _COUNTER.match(s))):
                removed.append(Removed(offset + i + 1, s, REASON_PAGE_HEADER))
                lines.append("")
            elif i in tail_idx and s in drop_tail:
                removed.append(Removed(offset + i + 1, s, REASON_PAGE_FOOTER))
                lines.append("")
            else:
                lines.append(line)
        if k > 0:
            _continue_cut_sentence(lines, offset)
    return lines, removed


_SENTENCE_END = "。！？!?；;：:」』”’）)】…"


def _continue_cut_sentence(lines: list[str], offset: int) -> None:
    """Join the first line of the page starting at ``offset`` to the last line before it
    when that one stops mid-sentence."""
    prev = next((i for i in range(offset - 1, -1, -1) if lines[i].strip()), None)
    nxt = next((i for i in range(offset, len(lines)) if lines[i].strip()), None)
    if prev is None or nxt is None:
        return
    before, after = lines[prev].rstrip(), lines[nxt].strip()
    if (len(before.strip()) >= 10 and before[-1] not in _SENTENCE_END and not looks_structural(before.strip())
            and not looks_structural(after)):
        lines[prev] = before + after
        lines[nxt] = ""


def is_prose(line: str) -> bool:
    """A line of running text: long, with a sentence end. Header and footer zones are
    the lines before the first and after the last prose line."""
    s = line.strip()
    return len(s) >= PROSE_CHARS and any(ch in s for ch in "。！？")


def _zone_indices(lines: list[str], head: bool) -> list[int]:
    """Indices of the non-empty lines of the header (or footer) zone: at most
    ZONE_LINES, and never past the first (or last) prose line."""
    order = range(len(lines)) if head else range(len(lines) - 1, -1, -1)
    found: list[int] = []
    for i in order:
        if is_prose(lines[i]) or len(found) == ZONE_LINES:
            break
        if lines[i].strip():
            found.append(i)
    return found


def _zone(lines: list[str], head: bool) -> list[str]:
    return [lines[i].strip() for i in _zone_indices(lines, head)]


# --------------------------------------------------------------------------- cross-file boilerplate


def looks_structural(line: str) -> bool:
    """A salutation, heading, date, title or issuing body: never collection boilerplate."""
    return is_heading_like(line) or bool(_STRUCTURE.search(line))


def collection_boilerplate(reports: list[Report], glances: dict[Path, Glance]) -> frozenset[str]:
    """Lines in the header/footer zones of ≥ MIN_SHARE and ≥ MIN_REPORTS of the reports."""
    readable = [r for r in reports if all(glances.get(p, Glance(p)).readable for p in r.pages)]
    if len(readable) < MIN_REPORTS:
        return frozenset()
    counts: dict[str, int] = {}
    for r in readable:
        for line in _report_zone_lines(r, glances):
            counts[line] = counts.get(line, 0) + 1
    need = max(MIN_REPORTS, math.ceil(MIN_SHARE * len(readable)))
    return frozenset(line for line, n in counts.items()
                     if n >= need and len(line) >= 2 and not looks_structural(line))


def with_strip_lines(reports: list[Report], glances: dict[Path, Glance], common: frozenset[str]) -> list[Report]:
    """Each report with the collection boilerplate lines that occur in it."""
    if not common:
        return reports
    return [replace(r, strip=frozenset(_report_zone_lines(r, glances) & common)) for r in reports]


def _report_zone_lines(r: Report, glances: dict[Path, Glance]) -> set[str]:
    lines: set[str] = set()
    for p in r.pages:
        g = glances.get(p)
        if g:
            lines.update(g.head)
            lines.update(g.tail)
    return lines


def strip_collection_lines(lines: list[str], strip: frozenset[str]) -> tuple[list[str], list[Removed]]:
    """Blank the collection boilerplate lines found in the header/footer zones (blanking,
    not deleting, keeps the reader's line numbers those of the input)."""
    if not strip:
        return lines, []
    out = list(lines)
    removed: list[Removed] = []
    for i in sorted(set(_zone_indices(lines, True)) | set(_zone_indices(lines, False))):
        s = lines[i].strip()
        if s in strip:
            out[i] = ""
            removed.append(Removed(i + 1, s, REASON_COLLECTION))
    return out, removed


# --------------------------------------------------------------------------- merging


def load_collection_info(folder: Path | None, default_title: str) -> CollectionInfo:
    """collection.toml of ``folder`` when there is one, else the defaults."""
    path = folder / "collection.toml" if folder else None
    if path is None or not path.is_file():
        return CollectionInfo(title=default_title, toml_path=str(path or ""))
    try:
        raw = path.read_bytes()
        data = tomllib.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CollectionError(f"{path}: not valid TOML: {exc}") from None
    allowed = {"title", "subtitle", "author", "date", "cover", "order", *ISSUE_FIELDS}
    for key in data:
        if key not in allowed:
            raise CollectionError(f"{path}: unknown key {key!r}; expected one of {', '.join(sorted(allowed))}")
    for key in allowed - {"order"}:
        if key in data and not isinstance(data[key], str):
            raise CollectionError(f"{path}: {key} must be a string")
    order = data.get("order", [])
    if not isinstance(order, list) or not all(isinstance(x, str) for x in order):
        raise CollectionError(f"{path}: order must be a list of file names")
    return CollectionInfo(title=data.get("title") or default_title, subtitle=data.get("subtitle", ""),
                          author=data.get("author", ""), date=data.get("date", ""),
                          cover=data.get("cover", ""), order=tuple(order), source=str(path),
                          digest_text=raw.decode("utf-8"), title_given=bool(data.get("title")), toml_path=str(path),
                          issue=tuple((k, data[k]) for k in ISSUE_FIELDS if data.get(k)))


_NUM = "[0-9０-９〇零一二三四五六七八九十百千]"
_UNIT = "(?:年度|年|月|日|号|號|期|卷|册|冊|届|次|章|节|篇|部分)"
_TITLE_MIN = 4   # characters: a shorter common part ("通知", "报告") does not name a book


def _trim(text: str) -> str:
    return re.sub(r"^[\s\W_0-9０-９]+|[\s\W_0-9０-９]+$", "", text)


def common_title(titles: Iterable[str]) -> str:
    """The title the parts of a collection share: their longest common prefix or suffix
    (the longer one), trimmed of the numbers and punctuation around it; "" when that is
    shorter than four characters. ["2023年某市政府工作报告", "2024年某市政府工作报告"] →
    "某市政府工作报告"."""
    titles = [t.strip() for t in titles if t and t.strip()]
    if not titles:
        return ""
    prefix = os.path.commonprefix(titles)
    suffix = os.path.commonprefix([t[::-1] for t in titles])[::-1]
    # a common part that ends (or starts) inside a number loses the number's words:
    # "第" before "1期", "2期"; "年" after "2023", "2024"
    if any(re.match(_NUM, t[len(prefix):]) for t in titles):
        prefix = re.sub(f"第?{_NUM}*$", "", prefix)
    if suffix and any(re.search(f"{_NUM}$", t[: len(t) - len(suffix)]) for t in titles):
        suffix = re.sub(f"^{_NUM}*{_UNIT}?", "", suffix)
    # nor does it end (start) on a joining word: "市政府关于…的通知" shares "市政府", "通知"
    prefix = re.sub("(?:关于|關於|的|和|与|與|及|对|對|在|之)+$", "", _trim(prefix))
    suffix = re.sub("^(?:的|之|和|与|與|及)+", "", _trim(suffix))
    best = max((_trim(prefix), _trim(suffix)), key=len)
    return best if len(best) >= _TITLE_MIN else ""


def book_title(info: CollectionInfo, titles: Iterable[str]) -> tuple[str, str]:
    """The merged book's title and, when collection.toml does not give it, a notice
    saying where it came from and how to set it."""
    if info.title_given:
        return info.title, ""
    how = (f'set it with title = "…" in {info.toml_path}' if info.toml_path
           else 'to set it, merge one folder with title = "…" in its collection.toml')
    found = common_title(titles)
    if found:
        return found, f'book title "{found}": the common part of the reports\' titles; {how}'
    return info.title, f'book title "{info.title}": the output\'s name (the reports\' titles share none); {how}'


def order_reports(reports: list[Report], info: CollectionInfo, root: Path | None) -> tuple[list[Report], list[str]]:
    """Reports in collection.toml's order (names listed there first, the rest after in
    natural order), and one warning per listed name that matches no report."""
    if not info.order:
        return reports, []

    def names(r: Report) -> set[str]:
        out = set()
        for p in r.pages:
            rel = p.relative_to(root) if root and p.is_relative_to(root) else Path(p.name)
            out |= {str(rel), str(rel.with_suffix("")), p.name, p.stem}
        out |= {r.stem.name}
        return out

    remaining = list(reports)
    ordered: list[Report] = []
    warnings: list[str] = []
    for name in info.order:
        hit = next((r for r in remaining if name in names(r)), None)
        if hit is None:
            warnings.append(f"{info.source}: order lists {name!r}, which is not in the collection")
            continue
        remaining.remove(hit)
        ordered.append(hit)
    return ordered + remaining, warnings


def with_folder_issue(doc: Document, source: Path) -> Document:
    """``doc`` with the 版头/版记 fields (issuer, printer, copy_to …) of the
    ``collection.toml`` in ``source``'s folder, where the text states none of its own:
    a file converted on its own, or a folder without --merge, is issued like the
    merged collection would be. Nothing else of collection.toml applies to a single
    document (its title, order and cover are the book's). A collection.toml that cannot
    be read fails this file with the reason, as it fails --merge."""
    if str(source) == "-":
        return doc
    try:
        info = load_collection_info(source.parent, default_title="")
    except CollectionError as exc:
        from .jobs import InputError       # (jobs imports this module)

        raise InputError(str(exc)) from None
    if not info.issue:
        return doc
    return replace(doc, meta=meta_with(doc.meta, dict(info.issue), keep=True))


def folder_issue_key(source: Path) -> str:
    """What of ``source``'s folder's collection.toml a single document takes (its 版头/版记
    fields, ``with_folder_issue``), for the manifest's key: "" when there are none."""
    try:
        info = load_collection_info(source.parent, default_title="") if str(source) != "-" else None
    except CollectionError as exc:
        return str(exc)
    return repr(info.issue) if info is not None and info.issue else ""


def book_meta(info: CollectionInfo) -> Meta:
    """A merged book's own metadata, from ``collection.toml`` (its language is set by
    ``merge_documents``, from the first report)."""
    return Meta(title=info.title, subtitle=info.subtitle or info.cover, author=info.author, date=info.date,
                source=info.source and Path(info.source).parent.name or info.title)


def add_to_meta(doc: Document, removed: list[Removed], notices: list[Notice]) -> Document:
    """``doc`` with more removed lines (kept in line order) and notices in its meta."""
    if not removed and not notices:
        return doc
    all_removed = tuple(sorted(doc.meta.removed + tuple(removed), key=lambda r: r.line))
    kept = tuple(n for n in doc.meta.notices if n.kind != "removed" or not removed)
    if removed:   # the reader's count no longer covers them all
        kept += (Notice("removed", f"{len(all_removed)} line(s) removed as boilerplate (see meta.removed)"),)
    return replace(doc, meta=replace(doc.meta, removed=all_removed, notices=kept + tuple(notices)))
