"""The import layers of DESIGN.md hold: ``lint-imports`` (import-linter) checks the
contracts in pyproject.toml — cli > batch > reader | transform | writers > layout >
style | fonts | diagnostics > model, and the PDF, DOCX, EPUB and JSON writers
independent of each other. Function-local imports count too, so a cycle cannot hide
behind one."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _lint_imports() -> str:
    pytest.importorskip("importlinter", reason="import-linter is in the test extra")
    beside = Path(sys.executable).with_name("lint-imports")
    found = str(beside) if beside.exists() else shutil.which("lint-imports")
    if found is None:
        pytest.skip("the lint-imports command is not installed")
    return found


def test_import_contracts_are_kept():
    run = subprocess.run([_lint_imports(), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout


def test_pyproject_has_the_layers_and_the_writers_contracts():
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    kinds = {c["id"]: c for c in config["contracts"]}
    assert kinds["layers"]["type"] == "layers"
    assert any("convert.layout" in layer for layer in kinds["layers"]["layers"])
    assert set(kinds["writers"]["modules"]) >= {"convert.writers.pdf", "convert.writers.docx", "convert.writers.epub"}
