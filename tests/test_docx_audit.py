"""DOCX schema validation (issue 14): ``openxml-audit`` (a port of the Open XML SDK
3.5 validator, a test-only dependency) finds 0 errors in the DOCX of the seed, a 通知
with attachments and a table, a merged collection and ``--embed-fonts``."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from conftest import ROOT, SEED, require, run_cli

FIXTURES = ROOT / "tests" / "fixtures" / "reader"


def audit(path: Path) -> list[str]:
    require(importlib.util.find_spec("openxml_audit") is not None, "openxml-audit (pip install openxml-audit)")
    from openxml_audit import OpenXmlValidator

    result = OpenXmlValidator().validate(str(path))
    return [str(e) for e in result.errors]


@pytest.mark.validator
def test_openxml_audit_finds_no_error(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("notice_attachment.txt", "notice_nav_attachments.txt", "list_items.txt"):
        (folder / name).write_bytes((FIXTURES / name).read_bytes())
    cases = {
        "seed.docx": (SEED,),
        "notice_table.docx": (FIXTURES / "notice_nav_attachments.txt",),
        "merged.docx": (folder, "--merge"),
        "embedded.docx": (SEED, "--embed-fonts"),
    }
    found = {}
    for name, (src, *opts) in cases.items():
        proc = run_cli(src, "--to", "docx", "-o", tmp_path / name, "-q", *opts)
        assert proc.returncode == 0, proc.stderr.decode()
        found[name] = audit(tmp_path / name)
    assert found == {name: [] for name in cases}
