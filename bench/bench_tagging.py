"""What tagging (the structure tree, marked content, XMP: PDF/UA-1) costs the PDF writer.

    .venv/bin/python bench/bench_tagging.py [--runs 5] [--input FILE]

Reads the input once, registers the fonts in a warm-up write, then times
``convert.writers.pdf.write`` with ``tagged=False`` and ``tagged=True`` in turn
(interleaved, so drift on a shared machine hits both alike) and prints the median of
each and the difference, without the forked line breaker (``CONVERT_PDF_PREBREAK=0``). Target (issue 14): tagging costs at most 10 % of the writer's
time on the 180k benchmark.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

# the writer's forked line breaker (writers/pdf/prebreak.py) only adds scheduling noise
# here: tagging's cost is the writer's own work, measured in one process
os.environ.setdefault("CONVERT_PDF_PREBREAK", "0")

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = ROOT / "bench" / "data" / "report-180k.txt"


def measure(path: Path, runs: int) -> tuple[float, float]:
    """(median seconds untagged, median seconds tagged) of the PDF writer on ``path``."""
    sys.path.insert(0, str(ROOT))
    from convert.diagnostics import Reporter
    from convert.fonts import load_fonts
    from convert.reader import ReadOptions, read
    from convert.style import load_style
    from convert.writers import WriteOptions
    from convert.writers.pdf import write

    doc = read(path.read_bytes(), ReadOptions(filename=path.name))
    style, fonts = load_style("gbt9704"), load_fonts()
    write(replace(doc, blocks=doc.blocks[:20]), style, fonts, WriteOptions(), Reporter())   # fonts, once
    times: dict[bool, list[float]] = {False: [], True: []}
    for _ in range(runs):
        for tagged in (False, True):
            start = time.perf_counter()
            write(doc, style, fonts, WriteOptions(), Reporter(path.name), tagged=tagged)
            times[tagged].append(time.perf_counter() - start)
    return statistics.median(times[False]), statistics.median(times[True])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    args = ap.parse_args()
    if not args.input.is_file():
        print(f"bench_tagging: {args.input} is missing", file=sys.stderr)
        return 2
    plain, tagged = measure(args.input, args.runs)
    print(f"PDF write untagged: median {plain:.3f} s; tagged: median {tagged:.3f} s; "
          f"tagging costs {tagged - plain:+.3f} s = {100 * (tagged - plain) / plain:+.1f} % (target ≤ 10 %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
