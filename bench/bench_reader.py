"""Time the reader on the 180k-character benchmark input, and check it scales linearly.

    .venv/bin/python bench/bench_reader.py [INPUT] [--runs N]

Prints the median read time of INPUT (default bench/data/report-180k.txt) and of
the same text repeated 10 times, and their ratio (linear means ≤ 11).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from convert.reader import ReadOptions, read  # noqa: E402

DEFAULT = ROOT / "bench" / "data" / "report-180k.txt"


def median_time(data: bytes, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        read(data, ReadOptions(filename="bench.txt"))
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", nargs="?", default=str(DEFAULT))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--adversarial", action="store_true",
                        help="also time inputs built to make regexes backtrack (each should take well under 1 s)")
    args = parser.parse_args()
    data = Path(args.input).read_bytes()
    read(data, ReadOptions())  # warm up: imports, OpenCC dictionaries
    chars = len(data.decode("utf-8", "replace"))
    one = median_time(data, args.runs)
    ten = median_time(data * 10, max(3, args.runs // 2))
    print(f"reader: {chars} chars  median {one:.3f} s  ({args.runs} runs)")
    print(f"reader: 10x input     median {ten:.3f} s  ratio {ten / one:.2f} (linear ≤ 11)")
    if args.adversarial:
        for name, blob in ADVERSARIAL.items():
            t = median_time(blob, 1)
            print(f"adversarial {name:18s} {len(blob):8d} bytes {t:.3f} s")
    return 0


#: Inputs shaped to make a careless regex backtrack quadratically.
ADVERSARIAL = {
    "one long line": ("字，" * 200_000).encode(),
    "runs of dots": ("." * 300_000 + "中").encode(),
    "runs of dashes": ("-" * 300_000 + "中").encode(),
    "nested brackets": ("(" * 100_000 + "中" + ")" * 100_000).encode(),
    "odd quotes": ('"中' * 100_000).encode(),
    "spaces and commas": (("中" + " " * 50 + ",") * 20_000).encode(),
    "a long URL": ("http://" + "a" * 300_000 + " 中,").encode(),
    "numbered lines": ("1.中\n" * 50_000).encode(),
    "field keys": ("来源：" * 50_000).encode(),
    # two the reader once took quadratic time on (28 s and 6.9 s): run-in candidates
    # 1.…。 line after line, and identical short lines joined into one growing line
    "numbered sentences": "".join(f"{i % 9 + 1}.加强组织领导，落实工作责任。\n" for i in range(30_000)).encode(),
    "repeated short lines": ("工作要求\n" * 30_000).encode(),
}


if __name__ == "__main__":
    raise SystemExit(main())
