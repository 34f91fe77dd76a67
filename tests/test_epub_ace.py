"""DAISY Ace (issue 14): 0 violations of any impact on the EPUBs — the seed, a 通知
with attachments and a table, Traditional and vertical, a merged collection.

Ace is npm's ``@daisy/ace-cli`` run on Debian's chromium; .ci/run installs it into a
cache folder (``PUPPETEER_SKIP_DOWNLOAD=1 npm install @daisy/ace-cli``) and exports
``ACE``. Locally: ``ACE=/path/to/node_modules/.bin/ace-cli``, or the same cache folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, SEED, require, run_cli

FIXTURES = ROOT / "tests" / "fixtures" / "reader"
CHROMIUM = "/usr/bin/chromium"


def ace_command() -> str:
    candidates = [os.environ.get("ACE"), str(Path.home() / ".cache" / "convert-ace" / "node_modules" / ".bin" / "ace-cli"),
                  shutil.which("ace")]
    found = next((c for c in candidates if c and Path(c).is_file()), None)
    require(found is not None and Path(CHROMIUM).exists(),
            "DAISY Ace (PUPPETEER_SKIP_DOWNLOAD=1 npm install @daisy/ace-cli; chromium)")
    return found  # type: ignore[return-value]


def violations(ace: str, epub: Path, out: Path) -> list[str]:
    env = {**os.environ, "PUPPETEER_EXECUTABLE_PATH": CHROMIUM}
    proc = subprocess.run([ace, "--silent", "-f", "-o", str(out), str(epub)], capture_output=True, text=True,
                          env=env, timeout=600)
    report = out / "report.json"
    assert report.exists(), proc.stdout[-2000:] + proc.stderr[-2000:]
    data = json.loads(report.read_text(encoding="utf-8"))
    return [f"{a['earl:test']['dct:title']} ({a['earl:test']['earl:impact']}) in {doc.get('earl:testSubject', {}).get('url')}"
            for doc in data.get("assertions", []) for a in doc.get("assertions", [])
            if a.get("earl:result", {}).get("earl:outcome") == "fail"]


@pytest.mark.validator
@pytest.mark.slow
def test_ace_finds_no_violation(tmp_path):
    ace = ace_command()
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("notice_attachment.txt", "notice_nav_attachments.txt"):
        (folder / name).write_bytes((FIXTURES / name).read_bytes())
    cases = {
        "seed.epub": (SEED,),
        "notice_table.epub": (FIXTURES / "notice_nav_attachments.txt",),
        "traditional_vertical.epub": (SEED, "--traditional", "--vertical"),
        "merged.epub": (folder, "--merge"),
    }
    found = {}
    for name, (src, *opts) in cases.items():
        proc = run_cli(src, "--to", "epub", "-o", tmp_path / name, "-q", *opts)
        assert proc.returncode == 0, proc.stderr.decode()
        found[name] = violations(ace, tmp_path / name, tmp_path / f"ace-{name}")
    assert found == {name: [] for name in cases}
