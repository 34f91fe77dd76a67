"""Labelled fixtures: each tests/fixtures/reader/NAME.txt has a hand-written NAME.outline.

Outline lines (``key: value``; fields separated by `` | ``):

    title: 政府工作报告               the exact meta.title
    language: zh-Hans                 meta.language
    encoding: gb18030                 the encoding the reader must find
    date: 2023年3月15日               meta.date
    doc_number: 某政办发〔2023〕15号   meta.doc_number
    publisher: 新华社                 meta.publisher (the page's 来源 line)
    heading: 1 | 一、 | 2022年工作回顾  level | label | content — the COMPLETE list
    lead: 深入学习中共二十大精神。      a paragraph that starts with this Strong lead-in
    role: signature | 某某局          a paragraph of that role with exactly this text
    removed: 上一篇：…                 a line (or part of one) that must be in meta.removed
    keep: …                           text that must survive into the model (normalised)
    absent-heading: 2.5               no heading may contain this text
    table: 4x4                        a table of rows x columns

The scoring test aggregates over all fixtures and fails below the thresholds; each
fixture also gets its own test for the exact title and the complete heading outline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from convert.model import Heading, Paragraph, Strong, Table, iter_blocks, plain_text
from convert.reader import ReadOptions, read

FIXTURES = Path(__file__).parent / "fixtures" / "reader"
CASES = sorted(p.stem for p in FIXTURES.glob("*.outline"))
THRESHOLD = 0.95


@dataclass
class Outline:
    title: str = ""
    language: str = ""
    encoding: str = ""
    date: str = ""
    doc_number: str = ""
    publisher: str = ""
    headings: list[tuple[int, str, str]] = field(default_factory=list)
    leads: list[str] = field(default_factory=list)
    roles: list[tuple[str, str]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)
    absent_headings: list[str] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)


def load_outline(name: str) -> Outline:
    out = Outline()
    for raw in (FIXTURES / f"{name}.outline").read_text("utf-8").splitlines():
        if not raw.strip():
            continue
        key, _, value = raw.partition(": ")
        if key == "heading":
            level, label, content = ([v.strip() for v in value.split("|")] + [""])[:3]
            out.headings.append((int(level), label.strip(), content.strip()))
        elif key == "role":
            role, text = value.split("|", 1)
            out.roles.append((role.strip(), text.strip()))
        elif key == "lead":
            out.leads.append(value)
        elif key == "removed":
            out.removed.append(value)
        elif key == "keep":
            out.keep.append(value)
        elif key == "absent-heading":
            out.absent_headings.append(value)
        elif key == "table":
            out.tables.append(value)
        elif key in ("title", "language", "encoding", "date", "doc_number", "publisher"):
            setattr(out, key, value)
        else:
            raise ValueError(f"{name}.outline: unknown key {key!r}")
    return out


def read_fixture(name: str):
    path = FIXTURES / f"{name}.txt"
    return read(path.read_bytes(), ReadOptions(filename=path.name))


def headings_of(doc) -> list[tuple[int, str, str]]:
    return [(b.level, b.label, plain_text(b)) for b in iter_blocks(doc.blocks) if isinstance(b, Heading)]


def model_text(doc) -> str:
    parts = [doc.meta.title]
    for b in iter_blocks(doc.blocks):
        if isinstance(b, Heading):
            parts.append(b.label)
        if isinstance(b, (Heading, Paragraph, Table)):
            parts.append(plain_text(b))
    return "".join(parts)


def _squash(s: str) -> str:
    return "".join(s.split()).replace("\u3000", "")


@dataclass
class Score:
    fixtures: int = 0
    titles_right: int = 0
    expected_headings: int = 0
    predicted_headings: int = 0
    matched_headings: int = 0
    levels_right: int = 0
    removed_expected: int = 0
    removed_found: int = 0
    checks: int = 0            # leads, roles, keep, language, encoding, tables, meta fields
    checks_passed: int = 0
    failures: list[str] = field(default_factory=list)

    def check(self, ok: bool, what: str) -> None:
        self.checks += 1
        if ok:
            self.checks_passed += 1
        else:
            self.failures.append(what)


def score_fixture(name: str, score: Score) -> None:
    expected = load_outline(name)
    doc = read_fixture(name)
    score.fixtures += 1
    if doc.meta.title == expected.title:
        score.titles_right += 1
    else:
        score.failures.append(f"{name}: title {doc.meta.title!r} != {expected.title!r}")

    got = headings_of(doc)
    want = {(_squash(l), _squash(c)): lvl for lvl, l, c in expected.headings}
    score.expected_headings += len(expected.headings)
    score.predicted_headings += len(got)
    unmatched_want = dict(want)
    for level, label, content in got:
        key = (_squash(label), _squash(content))
        if key in unmatched_want:
            score.matched_headings += 1
            if unmatched_want.pop(key) == level:
                score.levels_right += 1
            else:
                score.failures.append(f"{name}: level of {label}{content} is {level}, expected {want[key]}")
        else:
            score.failures.append(f"{name}: false heading {level} {label!r} {content[:30]!r}")
    for (label, content), level in unmatched_want.items():
        score.failures.append(f"{name}: missing heading {level} {label}{content[:30]}")

    removed_texts = [r.text for r in doc.meta.removed]
    for line in expected.removed:
        score.removed_expected += 1
        if any(line in r for r in removed_texts):
            score.removed_found += 1
        else:
            score.failures.append(f"{name}: not removed: {line}")

    text = _squash(model_text(doc))
    paragraphs = [b for b in iter_blocks(doc.blocks) if isinstance(b, Paragraph)]
    for lead in expected.leads:
        score.check(any(p.content and isinstance(p.content[0], Strong) and plain_text(p.content[0]) == lead
                        for p in paragraphs), f"{name}: lead-in {lead}")
    for role, body in expected.roles:
        score.check(any(p.role == role and _squash(plain_text(p)) == _squash(body) for p in paragraphs),
                    f"{name}: role {role} {body}")
    for piece in expected.keep:
        score.check(_squash(piece) in text, f"{name}: lost text {piece}")
    for piece in expected.absent_headings:
        score.check(not any(piece == c or piece == l for _, l, c in got), f"{name}: heading made of {piece}")
    for shape in expected.tables:
        rows, cols = map(int, shape.split("x"))
        score.check(any(isinstance(b, Table) and len(b.rows) == rows and all(len(r) == cols for r in b.rows)
                        for b in doc.blocks), f"{name}: table {shape}")
    if expected.language:
        score.check(doc.meta.language == expected.language, f"{name}: language {doc.meta.language}")
    if expected.date:
        score.check(doc.meta.date == expected.date, f"{name}: date {doc.meta.date!r}")
    if expected.publisher:
        score.check(doc.meta.publisher == expected.publisher, f"{name}: publisher {doc.meta.publisher!r}")
    if expected.doc_number:
        score.check(doc.meta.doc_number == expected.doc_number, f"{name}: doc number {doc.meta.doc_number!r}")
    if expected.encoding:
        found = "".join(n.message for n in doc.meta.notices if n.kind == "encoding").lower()
        score.check(expected.encoding in found, f"{name}: encoding notice {found!r}")


def test_there_are_enough_fixtures():
    assert len(CASES) >= 25
    for name in CASES:
        assert (FIXTURES / f"{name}.txt").exists(), name


def test_scores_on_labelled_fixtures(capsys):
    score = Score()
    for name in CASES:
        score_fixture(name, score)
    metrics = {
        "title accuracy": score.titles_right / score.fixtures,
        "heading precision": score.matched_headings / max(1, score.predicted_headings),
        "heading recall": score.matched_headings / max(1, score.expected_headings),
        "level accuracy": score.levels_right / max(1, score.matched_headings),
        "boilerplate recall": score.removed_found / max(1, score.removed_expected),
        "other checks": score.checks_passed / max(1, score.checks),
    }
    false_headings = score.predicted_headings - score.matched_headings
    with capsys.disabled():
        print(f"\nreader fixtures: {score.fixtures}, headings expected {score.expected_headings}, "
              f"predicted {score.predicted_headings}, false {false_headings}")
        for k, v in metrics.items():
            print(f"  {k:20s} {v:.3f}")
        for f in score.failures:
            print("  -", f)
    for k, v in metrics.items():
        assert v >= THRESHOLD, f"{k} {v:.3f} < {THRESHOLD}: " + "; ".join(score.failures)


@pytest.mark.parametrize("name", CASES)
def test_fixture_title_and_outline(name):
    expected = load_outline(name)
    doc = read_fixture(name)
    assert doc.meta.title == expected.title
    got = [(lvl, _squash(l), _squash(c)) for lvl, l, c in headings_of(doc)]
    assert got == [(lvl, _squash(l), _squash(c)) for lvl, l, c in expected.headings]


def test_opening_paragraph_without_headings_has_no_lead_in():
    doc = read_fixture("lead_ins_without_headings")
    first = next(b for b in doc.blocks if isinstance(b, Paragraph))
    assert not isinstance(first.content[0], Strong)
