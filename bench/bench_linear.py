"""Is the time linear in the input? The whole pipeline at 1× and 10× the benchmark.

    .venv/bin/python bench/bench_linear.py [--runs 3] [--input FILE] [--formats pdf,docx,epub]

In this process, after a warm-up (imports, fonts, regular expressions: start-up is not
what this measures), times read → transforms → every writer on the input and on the
input repeated ten times, and prints the medians and their ratio as JSON on stdout
(``{"t1": …, "t10": …, "ratio": …}``). Linear means a ratio near 10; a quadratic step
anywhere shows as far more.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from timing import median_call  # noqa: E402


def pipeline(formats: tuple[str, ...]):
    from convert.batch import ConvertOptions, apply_transforms
    from convert.diagnostics import Reporter
    from convert.fonts import load_fonts
    from convert.reader import ReadOptions, read
    from convert.style import load_style
    from convert.writers import WriteOptions, get_writer

    style, fonts = load_style("gbt9704"), load_fonts()
    writers = [get_writer(f) for f in formats]
    options = ConvertOptions(formats=formats)

    def run(data: bytes) -> None:
        doc = apply_transforms(read(data, ReadOptions(filename="bench.txt")), options)
        for w in writers:
            w.render(doc, style, fonts, WriteOptions(), Reporter("bench"))

    return run


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--input", type=Path, default=ROOT / "bench" / "data" / "report-180k.txt")
    ap.add_argument("--formats", default="pdf,docx,epub")
    args = ap.parse_args()
    run = pipeline(tuple(args.formats.split(",")))
    data = args.input.read_bytes()
    run(data)      # warm-up
    t1 = median_call(lambda: run(data), args.runs)
    # the text ten times over: one long report (its title and headings repeat too)
    t10 = median_call(lambda: run(data * 10), max(1, args.runs - 1))
    print(json.dumps({"t1": t1, "t10": t10, "ratio": t10 / t1}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
