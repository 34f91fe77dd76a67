"""`make bench`: time convert on the 180k-character benchmark next to its anchors.

Every number is a median of several runs measured in this same run, so the ratios
against pandoc, calibre and LibreOffice stay meaningful on a shared, drifting machine.
Results are printed and written to bench/results/latest.md.

    python bench/run.py [--runs N] [--input FILE] [--quick]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DATA = ROOT / "bench" / "data"
sys.path.insert(0, str(ROOT))


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def sh(*cmd: object, **kw) -> None:
    subprocess.run([str(c) for c in cmd], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--input", type=Path, default=BENCH_DATA / "report-180k.txt")
    ap.add_argument("--quick", action="store_true", help="skip the batch benchmark")
    args = ap.parse_args()
    text_in: Path = args.input
    md_in = text_in.with_suffix(".md")
    if not text_in.is_file():
        print(f"bench: {text_in} is missing", file=sys.stderr)
        return 2
    convert = [sys.executable, "-m", "convert"]
    rows: list[tuple[str, float, str]] = []
    tmp = Path(tempfile.mkdtemp(prefix="convert-bench-"))

    # ---- in-process stages (no interpreter start-up)
    from convert.reader import ReadOptions, read

    data = text_in.read_bytes()
    doc = read(data, ReadOptions(filename=text_in.name))
    rows.append(("read 180k → Document (in-process)", median_time(lambda: read(data, ReadOptions()), args.runs), ""))
    bigger = data * 10
    t1 = rows[-1][1]
    t10 = median_time(lambda: read(bigger, ReadOptions()), max(2, args.runs // 2))
    rows.append(("read 10× input (in-process)", t10, f"{t10 / t1:.1f}× the 1× time"))
    try:
        from convert.transform.opencc import convert_document

        convert_document(doc, "s2twp")  # warm the converter
        rows.append(("OpenCC s2twp on the Document", median_time(lambda: convert_document(doc, "s2twp"), args.runs), ""))
    except ImportError:
        pass

    from bench_tagging import measure as tagging_cost   # PDF/UA tagging: tagged vs untagged writer (issue 14)
    plain, tagged = tagging_cost(text_in, args.runs)
    rows.append(("PDF writer: tagging cost (tagged − untagged)", tagged - plain,
                 f"{100 * (tagged - plain) / plain:+.1f} % of {plain:.2f} s untagged; target ≤ 10 %"))

    # ---- whole CLI runs, one format each
    ours: dict[str, float] = {}
    for fmt in ("json", "pdf", "docx", "epub"):
        out = tmp / f"ours.{fmt}"
        t = median_time(lambda: sh(*convert, text_in, "--to", fmt, "-o", out), args.runs)
        ours[fmt] = t
        rows.append((f"convert → {fmt}", t, ""))
    t = median_time(lambda: sh(*convert, text_in, "--to", "epub", "--embed-fonts", "-o", tmp / "emb.epub"), args.runs)
    ours["epub-embed"] = t
    rows.append(("convert → epub --embed-fonts", t, ""))

    # ---- anchors
    if shutil.which("pandoc") and md_in.is_file():
        for fmt in ("docx", "epub"):
            t = median_time(lambda: sh("pandoc", md_in, "-o", tmp / f"pandoc.{fmt}"), args.runs)
            rows.append((f"pandoc md → {fmt} (anchor)", t, f"convert/pandoc = {ours[fmt] / t:.2f}"))
            if fmt == "epub":
                rows.append(("  epub --embed-fonts vs pandoc", ours["epub-embed"], f"ratio {ours['epub-embed'] / t:.2f}"))
    else:
        rows.append(("pandoc", float("nan"), "not installed"))
    if shutil.which("ebook-convert"):
        # calibre renders through QtWebEngine (Chromium): headless, and as root without its sandbox
        calibre_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox"}
        t = median_time(lambda: sh("ebook-convert", text_in, tmp / "calibre.pdf", env=calibre_env),
                        max(1, args.runs // 2))
        rows.append(("calibre txt → pdf (anchor)", t, f"convert/calibre = {ours['pdf'] / t:.2f}"))
    else:
        rows.append(("calibre ebook-convert", float("nan"), "not installed"))
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice:
        profile = tmp / "lo-profile"
        lo = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
              "--outdir", tmp / "lo"]
        sh(*lo, tmp / "ours.docx")  # first run creates the profile
        t = median_time(lambda: sh(*lo, tmp / "ours.docx"), max(1, args.runs // 2))
        rows.append(("LibreOffice docx → pdf of our DOCX", t, "target ≤ 2.5 s"))
        if shutil.which("pandoc") and md_in.is_file():
            t2 = median_time(lambda: sh(*lo, tmp / "pandoc.docx"), 1)
            rows.append(("LibreOffice docx → pdf of pandoc's DOCX", t2, ""))
    else:
        rows.append(("LibreOffice", float("nan"), "not installed"))

    # ---- peak memory of a PDF conversion
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", *convert, text_in, "--to", "pdf", "-o", tmp / "mem.pdf"],
                          capture_output=True, text=True) if Path("/usr/bin/time").exists() else None
    if proc and proc.returncode == 0:
        kb = int(proc.stderr.strip().splitlines()[-1])
        rows.append(("peak memory, convert → pdf", kb / 1024, "MB (not seconds)"))

    lines = ["| measurement | median (s) | note |", "|---|---:|---|"]
    lines += [f"| {name} | {value:.3f} | {note} |" for name, value, note in rows]
    report = "\n".join(lines)
    print(report)
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    text = data.decode("utf-8")
    (results / "latest.md").write_text(f"Input: {text_in.name}, {len(text) - text.count(chr(10)):,} characters "
                                       f"(+ {text.count(chr(10))} newlines), "
                                       f"{args.runs} runs each\n\n{report}\n", encoding="utf-8")
    batch_script = ROOT / "bench" / "bench_batch.py"
    if batch_script.is_file() and not args.quick:
        subprocess.run([sys.executable, batch_script], check=False)
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
