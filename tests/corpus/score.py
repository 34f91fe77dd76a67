"""Score the reader on the real-document corpus, source by source.

    .venv/bin/python tests/corpus/score.py            # the per-source table and the totals
    .venv/bin/python tests/corpus/score.py --json     # the same as JSON (for the tests)
    .venv/bin/python tests/corpus/score.py --docs     # one line per document, what went wrong

Labels and the meaning of each number: tests/corpus/README.md. Held-out sources (nobody
looked at them while changing reader rules, ``held_out = true`` in SOURCE.toml) are
totalled apart from the looked-at ones: the held-out totals are the reader's real score.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

CORPUS = Path(__file__).resolve().parent
sys.path.insert(0, str(CORPUS.parents[1]))

from convert.model import Heading, iter_blocks, plain_text  # noqa: E402
from convert.reader.lines import WS  # noqa: E402
from convert.reader import ReadError, ReadOptions, read  # noqa: E402

KEYS = ("title", "doc_number", "subtitle", "author", "heading", "boilerplate", "neutral", "note")
#: whitespace, and the invisible characters the reader drops (zero-width spaces and joiners,
#: the word joiner, a stray byte-order mark, soft hyphens: convert/reader/decode.py)
_SPACE = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff\u00ad]+")


_ELLIPSIS = re.compile(r"…+|\.{3,}")
_KEY = re.compile(r"^[^：:]{1,6}[：:]")   # 作者： before a byline's name


_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def squash(text: str) -> str:
    """Compare without whitespace and width: the reader turns half-width marks full-width
    (straight quotes into curly ones, and ... into ……, the Chinese ellipsis)."""
    return _ELLIPSIS.sub("…", _SPACE.sub("", unicodedata.normalize("NFKC", text))).translate(_QUOTES)


def title_key(text: str) -> str:
    """A title compared without book-title marks around the whole of it (《静夜思》 is the title
    静夜思; labellers differ on whether to keep them, and a set title drops them)."""
    key = squash(text)
    return key[1:-1] if len(key) > 2 and key[0] == "《" and key[-1] == "》" and "《" not in key[1:-1] else key


def heading_key(text: str) -> str:
    """A heading compared without the full stop some pages put after it (（二）基本原则。)."""
    return squash(text).rstrip("。.:：")


@dataclass
class Labels:
    title: str = ""
    doc_number: str = ""
    subtitle: str = ""
    author: str = ""
    headings: list[tuple[int, str]] = field(default_factory=list)   # (level, label + text, squashed)
    boilerplate: set[int] = field(default_factory=set)
    neutral: set[int] = field(default_factory=set)


def _ranges(value: str, path: Path, count: int) -> set[int]:
    out: set[int] = set()
    for part in value.split(","):
        first, _, last = part.strip().partition("-")
        a, b = int(first), int(last or first)
        if not 1 <= a <= b <= count:
            raise ValueError(f"{path}: range {part.strip()} outside 1-{count}")
        out.update(range(a, b + 1))
    return out


def load_labels(path: Path, line_count: int) -> Labels:
    labels = Labels()
    for n, raw in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        key, sep, value = raw.partition(":")
        # a label quotes the text as written; the reader decodes the character references
        # a scraper left in it (第一章总&nbsp;则), so the label's are decoded too
        key, value = key.strip(), html.unescape(value.strip())
        if not sep or key not in KEYS:
            raise ValueError(f"{path}:{n}: expected one of {', '.join(KEYS)}, found {raw[:40]!r}")
        if key == "heading":
            parts = [p.strip() for p in value.split("|")]
            if len(parts) != 3 or not parts[0].isdigit():
                raise ValueError(f"{path}:{n}: heading is 'level | label | text'")
            labels.headings.append((int(parts[0]), heading_key(parts[1] + parts[2])))
        elif key in ("boilerplate", "neutral"):
            getattr(labels, key).update(_ranges(value, path, line_count))
        elif key != "note":
            setattr(labels, key, value)
    return labels


@dataclass
class DocScore:
    source: str
    name: str
    title_ok: bool
    got_title: str
    want_title: str
    headings_want: int
    headings_got: int
    headings_matched: int
    levels_ok: int
    false_headings: list[str]
    missed_headings: list[str]
    boilerplate_lines: int
    boilerplate_removed: int
    content_lines: int
    content_removed: list[tuple[int, str, str]]     # (line, text, reason)
    boilerplate_kept: list[tuple[int, str]]
    first_page_ok: bool = False   # the right title, and no labelled boilerplate in the first three blocks
    error: str = ""


def _no_title_line(want: str, lines: list[str], txt: Path, got: str) -> bool:
    """A text without its title in it (a body-only field; the label took the title from
    the record, or gives none): issue 12 asks for an empty title or the file name, never
    a line of the text — so either counts as right."""
    return (not squash(want) or squash(want) not in squash("".join(lines))) and got in ("", txt.stem)


_FIRST_BLOCKS = 3   # blocks that open the first printed page


def score_document(source: str, txt: Path) -> DocScore:
    data = txt.read_bytes()
    lines = data.decode("utf-8").split("\n")
    labels = load_labels(txt.with_suffix(".labels"), len(lines))
    try:
        doc = read(data, ReadOptions(filename=txt.name))
    except ReadError as error:
        return DocScore(source, txt.stem, False, "", labels.title, len(labels.headings), 0, 0, 0, [], [],
                        0, 0, 0, [], [], error=str(error))
    # a line counts as removed when what was removed of it is most of it (a title that
    # only lost its site-name suffix is still kept)
    removed: dict[int, str] = {}
    for r in doc.meta.removed:
        if 1 <= r.line <= len(lines) and len(squash(r.text)) * 2 >= len(squash(lines[r.line - 1])):
            for k in range(r.line, max(r.line, r.last_line) + 1):   # lines joined before removal
                removed[k] = r.reason
    partly_removed = {r.line for r in doc.meta.removed if 1 <= r.line <= len(lines)} - removed.keys()
    # a line of only spaces, a byte-order mark or zero-width spaces is empty to the reader too
    # (and U+E5E5, GBK's full-width space, which the reader reads as one)
    nonempty = {i for i, l in enumerate(lines, start=1) if l.replace("\ue5e5", " ").strip(WS)}
    boiler = labels.boilerplate & nonempty
    # the page's <title> kept as the document's title (its site name cut off, the body's copy
    # removed instead): the title's line, not boilerplate kept — when the title is right
    title_ok = title_key(doc.meta.title) == title_key(labels.title) and bool(squash(labels.title))
    boiler -= {i for i in boiler if title_ok and i not in removed and (
        squash(lines[i - 1]) == squash(labels.title)
        or i in partly_removed and squash(labels.title) in squash(lines[i - 1]))}
    # the title's own line, wherever it stands, is not scored as content: a page that
    # repeats its title may lose either copy, the title lives in meta either way
    content = {i for i in nonempty - labels.boilerplate - labels.neutral
               if squash(lines[i - 1]) != squash(labels.title)}
    # so is the author's line (作者：陈亮, or the name alone in a page's info bar) the reader took
    # into meta.author, when that is the labelled author (the front matter prints it)
    author = squash(doc.meta.author)
    content -= {i for i in content if i in removed and removed[i].startswith("page metadata")
                and author and _KEY.sub("", squash(lines[i - 1])) == author and author in squash(labels.author)}

    got = [(b.level, heading_key(b.label + plain_text(b.content))) for b in iter_blocks(doc.blocks) if isinstance(b, Heading)]
    want = list(labels.headings)
    matched = levels_ok = 0
    unmatched_got = list(got)
    missed = []
    for level, text in want:
        hit = next((g for g in unmatched_got if g[1] == text), None)
        if hit is None:
            missed.append(text)
            continue
        unmatched_got.remove(hit)
        matched += 1
        levels_ok += hit[0] == level
    # what a reader sees first: the title, then the text — no site line among the first blocks
    # (a block's source lines, as the reader recorded them)
    first = [b.lines for b in list(iter_blocks(doc.blocks))[:_FIRST_BLOCKS] if getattr(b, "lines", None)]
    first_clean = not any(labels.boilerplate & nonempty & set(range(a, b + 1)) for a, b in first)
    title_right = title_key(doc.meta.title) == title_key(labels.title) or _no_title_line(labels.title, lines, txt, doc.meta.title)
    return DocScore(
        source, txt.stem,
        first_page_ok=title_right and first_clean,
        title_ok=title_right,
        got_title=doc.meta.title, want_title=labels.title,
        headings_want=len(want), headings_got=len(got), headings_matched=matched, levels_ok=levels_ok,
        false_headings=[t for _, t in unmatched_got], missed_headings=missed,
        boilerplate_lines=len(boiler), boilerplate_removed=len(boiler & removed.keys()),
        content_lines=len(content),
        content_removed=[(i, lines[i - 1].strip(), removed[i]) for i in sorted(content & removed.keys())],
        boilerplate_kept=[(i, lines[i - 1].strip()) for i in sorted(boiler - removed.keys())],
    )


@dataclass
class Totals:
    docs: int = 0
    titles: int = 0
    want: int = 0
    got: int = 0
    matched: int = 0
    levels_ok: int = 0
    boiler: int = 0
    boiler_removed: int = 0
    content: int = 0
    content_removed: int = 0
    first_pages: int = 0

    def add(self, s: DocScore) -> None:
        self.docs += 1
        self.titles += s.title_ok
        self.want += s.headings_want
        self.got += s.headings_got
        self.matched += s.headings_matched
        self.levels_ok += s.levels_ok
        self.boiler += s.boilerplate_lines
        self.boiler_removed += s.boilerplate_removed
        self.content += s.content_lines
        self.content_removed += len(s.content_removed)
        self.first_pages += s.first_page_ok

    def row(self) -> dict[str, float]:
        precision = self.matched / self.got if self.got else 1.0
        recall = self.matched / self.want if self.want else 1.0
        return {
            "docs": self.docs,
            "title": self.titles / self.docs if self.docs else 1.0,
            "heading_p": precision,
            "heading_r": recall,
            "heading_f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
            "level_acc": self.levels_ok / self.matched if self.matched else 1.0,
            "false_per_doc": (self.got - self.matched) / self.docs if self.docs else 0.0,
            "boiler_recall": self.boiler_removed / self.boiler if self.boiler else 1.0,
            "content_kept": 1 - self.content_removed / self.content if self.content else 1.0,
            "first_page": self.first_pages / self.docs if self.docs else 1.0,
        }


def sources() -> list[tuple[str, bool, str]]:
    """(source folder, held out?, group) for every source with labelled documents.

    A held-out source whose SOURCE.toml says `fresh = true` was gathered after the last
    round of rule changes began and is scored in its own group, "fresh": the reader was
    never changed while anyone looked at it. One that also says `batch = N` was gathered
    in the Nth gathering and is its own group, "fresh-N": each batch shows, on its own,
    how the reader does on pages of kinds no rule was written for."""
    out = []
    for meta in sorted(CORPUS.glob("*/SOURCE.toml")):
        info = tomllib.loads(meta.read_text("utf-8"))
        if any(meta.parent.glob("*.labels")):
            held_out = bool(info.get("held_out", True))
            group = "looked-at" if not held_out else "held-out" if not info.get("fresh") \
                else f"fresh-{info['batch']}" if "batch" in info else "fresh"
            out.append((meta.parent.name, held_out, group))
    return out


def score_all() -> tuple[list[DocScore], dict[str, dict], dict[str, dict]]:
    docs: list[DocScore] = []
    per_source: dict[str, dict] = {}
    groups: dict[str, Totals] = {"held-out": Totals(), "fresh": Totals()}
    batches = sorted({group for _, _, group in sources() if group.startswith("fresh-")})
    groups.update({group: Totals() for group in batches})
    groups.update({"looked-at": Totals(), "all": Totals()})
    for name, held_out, group in sources():
        totals = Totals()
        for txt in sorted((CORPUS / name).glob("*.txt")):
            if not txt.with_suffix(".labels").exists():
                continue
            s = score_document(name, txt)
            docs.append(s)
            for t in (totals, groups[group], groups["all"]):
                t.add(s)
        per_source[name] = {"held_out": held_out, "group": group, **totals.row()}
    return docs, per_source, {k: v.row() for k, v in groups.items() if v.docs}


COLUMNS = ("docs", "title", "heading_p", "heading_r", "heading_f1", "level_acc", "false_per_doc",
           "boiler_recall", "content_kept", "first_page")


def _fmt(row: dict) -> str:
    return " | ".join(f"{row[c]:.3f}" if isinstance(row[c], float) else str(row[c]) for c in COLUMNS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--docs", action="store_true",
                        help="print what went wrong, document by document (looked-at sources only, unless --source)")
    parser.add_argument("--source", action="append", help="only these sources (with --docs)")
    args = parser.parse_args()
    docs, per_source, groups = score_all()
    if args.json:
        print(json.dumps({"sources": per_source, "totals": groups}, ensure_ascii=False, indent=1))
        return
    if args.docs:
        looked_at = {name for name, row in per_source.items() if not row["held_out"]}
        for s in docs:
            if s.source not in (args.source or looked_at):
                continue
            print(f"== {s.source}/{s.name}" + (f"  ERROR {s.error}" if s.error else ""))
            if not s.title_ok:
                print(f"   title: got {s.got_title!r}, want {s.want_title!r}")
            for t in s.missed_headings:
                print(f"   missed heading: {t}")
            for t in s.false_headings:
                print(f"   false heading: {t}")
            for i, t, why in s.content_removed:
                print(f"   content removed {i}: {t[:50]}  ({why})")
            for i, t in s.boilerplate_kept:
                print(f"   boilerplate kept {i}: {t[:50]}")
        return
    print("| source | held out | " + " | ".join(COLUMNS) + " |")
    print("|---|---|" + "---:|" * len(COLUMNS))
    for name, row in per_source.items():
        held = row["group"] if row["group"].startswith("fresh") else "yes" if row["held_out"] else "no"
        print(f"| {name} | {held} | {_fmt(row)} |")
    for name, row in groups.items():
        print(f"| **{name}** | | {_fmt(row)} |")


if __name__ == "__main__":
    main()
