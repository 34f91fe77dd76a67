"""Is the time linear in the input? The whole pipeline at 1× and 10× the benchmark.

    .venv/bin/python bench/bench_linear.py [--runs 3] [--input FILE] [--formats pdf,docx,epub]

In this process, after a warm-up (imports, fonts, regular expressions: start-up is not
what this measures), times read → transforms → every writer on the input and on the
input repeated ten times, in CPU seconds of this process (a busy neighbour does not
change them), and prints as JSON on stdout the medians, their ratio and each stage's
(``{"t1": …, "t10": …, "ratio": …, "stages": {"read": [t1, t10], …}}``). Linear means a
ratio near 10; a quadratic step anywhere shows as far more, and the stages say where.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))



def pipeline(formats: tuple[str, ...]):
    from convert.batch import ConvertOptions, apply_transforms
    from convert.diagnostics import Reporter
    from convert.fonts import load_fonts
    from convert.reader import ReadOptions, read
    from convert.style import load_style
    from convert.writers import WriteOptions, get_writer

    style, fonts = load_style("gbt9704"), load_fonts()
    options = ConvertOptions(formats=formats)

    def run(data: bytes) -> dict[str, float]:
        """CPU seconds of each stage."""
        clock = time.process_time
        t = clock()
        doc = read(data, ReadOptions(filename="bench.txt"))
        stages = {"read": clock() - t}
        t = clock()
        doc = apply_transforms(doc, options)
        stages["transforms"] = clock() - t
        for fmt in formats:
            t = clock()
            get_writer(fmt).render(doc, style, fonts, WriteOptions(), Reporter("bench"))
            stages[fmt] = clock() - t
        return stages

    return run


def _medians(runs: list[dict[str, float]]) -> dict[str, float]:
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--input", type=Path, default=ROOT / "bench" / "data" / "report-180k.txt")
    ap.add_argument("--formats", default="pdf,docx,epub")
    args = ap.parse_args()
    run = pipeline(tuple(args.formats.split(",")))
    data = args.input.read_bytes()
    run(data)      # warm-up
    one = _medians([run(data) for _ in range(args.runs)])
    # the text ten times over: one long report (its title and headings repeat too)
    ten = _medians([run(data * 10) for _ in range(max(1, args.runs - 1))])
    t1, t10 = sum(one.values()), sum(ten.values())
    print(json.dumps({"t1": t1, "t10": t10, "ratio": t10 / t1,
                      "stages": {k: [one[k], ten[k]] for k in one}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
