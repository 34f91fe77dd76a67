"""Shared test helpers.

Outside tools (Java for EPUBCheck, LibreOffice, qpdf, pdftoppm, chromium) are optional
on a developer's machine: a test that needs an absent one skips with the reason. Under
CI (CI=true) no validator may be missing: the same test fails instead, so a green CI
means the validators really ran.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_2eef0502365f63f1.txt"
# The benchmark input (a 180k-character report and its Markdown twin) lives in the
# repository, so a fresh clone runs every test on its own.
BENCH_DATA = ROOT / "bench" / "data"
BENCH_INPUT = BENCH_DATA / "report-180k.txt"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
# `make check` (CONVERT_NO_TOOLS=1): the quick suite that needs no outside tool. A test
# that asks for one (require, require_tool) skips even where the tool is installed.
NO_TOOLS = os.environ.get("CONVERT_NO_TOOLS", "").lower() in ("1", "true", "yes")

# Hypothesis profiles: "dev" (default) keeps a local run quick; "ci" (chosen when
# CI=true) runs ten times as many examples. HYPOTHESIS_PROFILE=name overrides. Tests
# whose examples are expensive scale from this base (tests/strategies.py: examples()).
from hypothesis import HealthCheck, settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("dev", max_examples=20, deadline=None,
                                      suppress_health_check=[HealthCheck.too_slow])
# CI is derandomized: the same thousands of examples every run, so a red CI means a
# change broke something, not that a new random example was drawn (those are found by
# the random local runs, and each becomes a regression test).
_hypothesis_settings.register_profile("ci", max_examples=200, deadline=None, print_blob=True,
                                      derandomize=True, suppress_health_check=[HealthCheck.too_slow])
# "check" (chosen by `make check`, CONVERT_NO_TOOLS=1) is the quick pass: 5 examples.
_hypothesis_settings.register_profile("check", max_examples=5, deadline=None,
                                      suppress_health_check=[HealthCheck.too_slow])
_hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE")
                                  or ("ci" if IN_CI else "check" if NO_TOOLS else "dev"))


def require(available: bool, what: str) -> None:
    """Skip (locally) or fail (under CI=true) when an outside tool is missing.
    Under CONVERT_NO_TOOLS=1 (`make check`) every outside tool counts as missing and
    the test skips, CI or not."""
    if NO_TOOLS:
        pytest.skip(f"{what}: an outside tool (make check runs without them)")
    if available:
        return
    if IN_CI:
        pytest.fail(f"{what} is required under CI but missing")
    pytest.skip(f"{what} not installed")


def require_tool(name: str) -> str:
    path = shutil.which(name)
    require(path is not None, name)
    return path  # type: ignore[return-value]


def run_cli(*args: str, cwd: Path | None = None, input: bytes | None = None,
            timeout: float = 300) -> subprocess.CompletedProcess:
    """Run `python -m convert ARGS` as a user would, capturing bytes."""
    return subprocess.run([sys.executable, "-m", "convert", *map(str, args)], cwd=cwd or ROOT,
                          input=input, capture_output=True, timeout=timeout)


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


def outline_titles(pdf: bytes) -> list[str]:
    """The PDF's bookmarks, depth first, as their titles."""
    import io

    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as doc, doc.open_outline() as outline:
        def walk(items):
            for item in items:
                yield str(item.title)
                yield from walk(item.children)
        return list(walk(outline.root))


# The corpus floors (tests/test_corpus.py: every test that takes its `scored` fixture)
# read all ~1,100 corpus documents through the reader (once in each process that runs
# them): ~50 s of one core on these machines, most of `make check`'s one-minute budget
# on its own. They are the reader's slow integration test and run in `make test` (and
# with `pytest tests/test_corpus.py`); the corpus's own checks (every source says where
# it came from, its labels load) stay in `make check`. Marked here, not in
# test_corpus.py, so that file stays the reader's to edit.
@pytest.hookimpl(tryfirst=True)   # before -m "not slow" deselects
def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.path.name == "test_corpus.py" and "scored" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)
