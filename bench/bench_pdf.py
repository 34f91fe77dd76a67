"""Benchmark of the PDF writer: the 180k-character report → PDF.

    .venv/bin/python bench/bench_pdf.py [--runs 5] [--input FILE]

Prints, for the input and for it repeated 10×:
- the median wall time and CPU time of ``convert.writers.pdf.write`` (the Document is
  read once beforehand; font registration, a once-per-process cost, is included in
  a warm-up write of a few paragraphs and excluded from the timings);
- the same without the forked line breaker (``CONVERT_PDF_PREBREAK=0``, prebreak.py);
- the whole command ``python -m convert INPUT --to pdf`` (median wall time);
- the peak memory (max RSS) of a process that reads the input and writes one PDF.

Each measurement runs in a fresh child process, so peaks do not mix. Targets (issue 4):
≤ 2.0 s median, ≤ 250 MB peak on the 180k input, 10× input ≤ 11× time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = ROOT / "bench" / "data" / "report-180k.txt"


def child(path: Path, repeat: int, runs: int, warm: bool) -> None:
    """Runs inside the child: read, then write ``runs`` times; print JSON."""
    sys.path.insert(0, str(ROOT))
    from dataclasses import replace

    from convert.diagnostics import Reporter
    from convert.fonts import load_fonts
    from convert.reader import ReadOptions, read
    from convert.style import load_style
    from convert.writers import WriteOptions
    from convert.writers.pdf import write

    doc = read(path.read_bytes(), ReadOptions(filename=path.name))
    if repeat > 1:
        doc = replace(doc, blocks=doc.blocks * repeat)
    style, fonts = load_style("gbt9704"), load_fonts()
    if warm:
        # register the fonts (a once-per-process cost) outside the timed runs
        write(replace(doc, blocks=doc.blocks[:20]), style, fonts, WriteOptions(), Reporter())
    walls, cpus, size = [], [], 0
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        size = len(write(doc, style, fonts, WriteOptions(), Reporter(path.name)))
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    print(json.dumps({"walls": walls, "cpus": cpus, "bytes": size,
                      "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def measure(path: Path, repeat: int, runs: int, warm: bool = True, env: dict | None = None) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", str(path), str(repeat), str(runs), str(int(warm))],
                         capture_output=True, text=True, check=True, env={**os.environ, **(env or {})})
    return json.loads(out.stdout.strip().splitlines()[-1])


def cli_time(path: Path, runs: int) -> float:
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "convert", str(path), "--to", "pdf", "-o", tmp],
                           check=True, capture_output=True, cwd=ROOT)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    if len(sys.argv) == 6 and sys.argv[1] == "--child":
        child(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5] == "1")
        return 0
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    args = ap.parse_args()
    if not args.input.is_file():
        print(f"bench_pdf: {args.input} is missing", file=sys.stderr)
        return 2
    one = measure(args.input, 1, args.runs)
    alone = measure(args.input, 1, args.runs, env={"CONVERT_PDF_PREBREAK": "0"})
    memory = measure(args.input, 1, 1, warm=False)["max_rss_mb"]   # one read + one write, as the CLI does
    ten = measure(args.input, 10, max(1, args.runs // 2))
    t1, t10 = statistics.median(one["walls"]), statistics.median(ten["walls"])
    c1, c10 = statistics.median(one["cpus"]), statistics.median(ten["cpus"])
    print(f"input: {args.input} ({len(args.input.read_text(encoding='utf-8'))} characters)")
    print(f"PDF write, 1×:  median {t1:.2f} s wall, {c1:.2f} s CPU  ({one['bytes'] / 1e6:.1f} MB PDF; "
          f"runs {', '.join(f'{w:.2f}' for w in one['walls'])})")
    print(f"PDF write, 1×, without the forked line breaker (CONVERT_PDF_PREBREAK=0): median "
          f"{statistics.median(alone['walls']):.2f} s wall, {statistics.median(alone['cpus']):.2f} s CPU "
          f"(this process only; with it, the CPU above leaves out the child's)")
    print(f"PDF write, 10×: median {t10:.2f} s wall, {c10:.2f} s CPU  → {t10 / t1:.1f}× wall, {c10 / c1:.1f}× CPU")
    print(f"peak memory (read + write once, 1×): {memory:.0f} MB")
    print(f"convert INPUT --to pdf (whole command): median {cli_time(args.input, args.runs):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
