"""Size: big inputs convert in time linear in their size; inputs over --max-size are
refused before they are read.

The throughput test times the real CLI on a size and on eight times that size and
prints the numbers (run with ``-s`` to see them; the README section "What convert guarantees" records a run).
The only assertion on time is the ratio: linear gives ~8 (less, with start-up in the
small run), quadratic ~64; the bound, 24, leaves room for a loaded machine.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from conftest import BENCH_INPUT, run_cli

from convert.batch import DEFAULT_MAX_SIZE

MB = 1_000_000
LINEAR_BOUND = 24


def report_of(size: int, path: Path) -> Path:
    """The benchmark report repeated to ``size`` bytes (whole lines)."""
    base = BENCH_INPUT.read_bytes()
    data = base * (size // len(base) + 1)
    path.write_bytes(data[: data.rfind(b"\n", 0, size) + 1])
    return path


def single_line_of(size: int, path: Path) -> Path:
    """The benchmark report's text on ONE line of ``size`` bytes."""
    text = "".join(BENCH_INPUT.read_text(encoding="utf-8").split())
    data = (text * (size // len(text.encode()) + 1)).encode()[:size]
    path.write_bytes(data.decode("utf-8", "ignore").encode())
    return path


def timed(src: Path, formats: str, out: Path) -> float:
    started = time.perf_counter()
    proc = run_cli(src, "--to", formats, "-o", out, "-q", timeout=900)
    seconds = time.perf_counter() - started
    assert proc.returncode == 0, proc.stderr.decode()
    return seconds


CASES = {
    # name: (make input, small size, formats)
    "report-json": (report_of, 50 * MB // 8, "json"),
    "single-line-json": (single_line_of, 10 * MB // 8, "json"),
    "report-all-formats": (report_of, MB // 2, "pdf,docx,epub,json"),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES)
def test_time_is_linear_in_size(tmp_path, case, capsys):
    make, small, formats = CASES[case]
    a = make(small, tmp_path / "small.txt")
    b = make(small * 8, tmp_path / "big.txt")
    ta = timed(a, formats, tmp_path / "out")
    tb = timed(b, formats, tmp_path / "out")
    with capsys.disabled():
        print(f"\n{case}: {a.stat().st_size / MB:.1f} MB in {ta:.1f} s ({a.stat().st_size / MB / ta:.2f} MB/s); "
              f"{b.stat().st_size / MB:.1f} MB in {tb:.1f} s ({b.stat().st_size / MB / tb:.2f} MB/s); "
              f"ratio {tb / ta:.1f} for 8× the size")
    assert tb / ta < LINEAR_BOUND, f"{case}: 8× the input took {tb / ta:.1f}× the time"


def test_default_max_size_refuses_a_huge_file_without_reading_it(tmp_path):
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as fh:             # sparse: no disk used, no time spent
        fh.truncate(DEFAULT_MAX_SIZE + 1)
    started = time.perf_counter()
    proc = run_cli(huge, "--to", "json", "-o", tmp_path / "out")
    assert proc.returncode == 1
    line = [x for x in proc.stderr.decode().splitlines() if "huge.txt" in x]
    # the size from stat(), before any byte is read (a read would say "more than … read")
    assert line and f"{DEFAULT_MAX_SIZE + 1:,} bytes is larger than --max-size {DEFAULT_MAX_SIZE:,}" in line[0], \
        proc.stderr.decode()
    assert not (tmp_path / "out" / "huge.json").exists()
    assert time.perf_counter() - started < 60          # refused, not read (a hang detector)


def test_max_size_accepts_units(tmp_path):
    src = tmp_path / "a.txt"
    src.write_bytes(("标题\n\n" + "正文。" * 600 + "\n").encode("utf-8"))   # ~5.4 KB
    assert run_cli(src, "--to", "json", "--max-size", "1M", "-o", tmp_path / "o1").returncode == 0
    proc = run_cli(src, "--to", "json", "--max-size", "5k", "-o", tmp_path / "o2")
    assert proc.returncode == 1 and b"larger than --max-size 5,120" in proc.stderr
    assert os.path.getsize(src) > 5120
