"""`make bench`: convert on the 180k-character benchmark next to its anchors, in one run.

    python bench/run.py [--runs N] [--input FILE] [--quick] [--out bench/results.md]

The anchors of issue 18 run in the same run, round-robin with convert (one run of each
command per round, so drift on a shared machine hits them alike): Typst on the ``.typ``
twin of the text in the gbt9704 geometry (bench/typst_twin.py; ``python -c "import
typst; typst.compile(…)"``, Python's start-up included, as convert pays it), pandoc on
the Markdown twin (md → docx, md → epub), calibre (txt → pdf) and LibreOffice (our DOCX
→ pdf) where installed. Medians of ``--runs`` (≥ 5) rounds, wall and CPU seconds; the
ratios are of the wall medians. Then: PDF peak RSS, linearity 1× → 10× (in-process,
bench_linear.py), the batch speed-up on 2 cores (bench_batch.py; skipped by --quick),
and the PDF writer's tagging cost (bench_tagging.py). Everything is printed and
written, with the machine and the date, to bench/results.md.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

from timing import Gate, Timed, round_robin, run_once  # noqa: E402
from typst_twin import compile_command, write_twin  # noqa: E402


@dataclass
class Target:
    """One line of the targets table: a measured value against its bound."""

    name: str
    value: float
    bound: float
    unit: str          # "×" for ratios, "MB"
    at_least: bool = False   # the bound is a floor (speed-up), not a ceiling
    detail: str = ""

    @property
    def met(self) -> bool:
        if self.value != self.value:      # NaN: not measured
            return False
        return self.value >= self.bound if self.at_least else self.value <= self.bound

    def row(self) -> str:
        sign = "≥" if self.at_least else "≤"
        verdict = "met" if self.met else ("not measured" if self.value != self.value else "**not met**")
        return f"| {self.name} | {self.value:.2f}{self.unit} | {sign} {self.bound:g}{self.unit} | {verdict} | {self.detail} |"


def _tool_version(argv: list[str]) -> str:
    try:
        out = subprocess.run(argv, capture_output=True, text=True, timeout=60).stdout.strip()
        return out.splitlines()[0] if out else "?"
    except (OSError, subprocess.SubprocessError):
        return "not installed"


def machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{cpu}, {cores} cores, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--input", type=Path, default=BENCH / "data" / "report-180k.txt")
    ap.add_argument("--quick", action="store_true", help="skip the batch benchmark (minutes)")
    ap.add_argument("--out", type=Path, default=BENCH / "results.md")
    ap.add_argument("--wait-quiet", type=float, default=20.0, metavar="SECONDS",
                    help="before each timed run of the round-robin, wait up to this long for two free cores "
                         "(convert uses the second core for one file; 0: do not wait)")
    ap.add_argument("--nice", type=int, default=0, metavar="N",
                    help="run everything at this niceness increment (negative, as root: ahead of the "
                         "neighbours on a shared machine; every command alike)")
    args = ap.parse_args()
    niceness = ""
    if args.nice:
        try:
            niceness = f"; every command at niceness {os.nice(args.nice)}"
        except OSError as exc:
            niceness = f"; --nice {args.nice} refused ({exc.strerror})"
    text_in: Path = args.input.resolve()
    md_in = text_in.with_suffix(".md")
    if not text_in.is_file():
        print(f"bench: {text_in} is missing", file=sys.stderr)
        return 2
    started = datetime.datetime.now(datetime.timezone.utc)
    load_before = os.getloadavg()[0]
    tmp = Path(tempfile.mkdtemp(prefix="convert-bench-"))
    py = sys.executable
    convert = [py, "-m", "convert"]
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}

    # ---- the commands, timed round-robin
    ours = {fmt: Timed(f"convert → {fmt}", [*convert, text_in, "--to", fmt, "-o", tmp / f"ours.{fmt}", "-q"])
            for fmt in ("json", "pdf", "docx", "epub")}
    ours["all"] = Timed("convert → pdf,docx,epub (one call)",
                        [*convert, text_in, "--to", "pdf,docx,epub", "-o", tmp / "all", "-q"])
    ours["epub-embed"] = Timed("convert → epub --embed-fonts",
                               [*convert, text_in, "--to", "epub", "--embed-fonts", "-o", tmp / "emb.epub", "-q"])
    anchors: dict[str, Timed] = {}
    notes: list[str] = []
    try:
        import typst  # noqa: F401  (the bench extra)
        typ = write_twin(text_in, tmp / "twin.typ")
        anchors["typst"] = Timed("Typst .typ twin → pdf (anchor)", compile_command(py, typ, tmp / "typst.pdf"))
    except ImportError:
        notes.append("Typst: not installed (pip install -e '.[bench]')")
    if shutil.which("pandoc") and md_in.is_file():
        for fmt in ("docx", "epub"):
            anchors[f"pandoc-{fmt}"] = Timed(f"pandoc md → {fmt} (anchor)",
                                             ["pandoc", md_in, "-o", tmp / f"pandoc.{fmt}"])
    else:
        notes.append("pandoc: not installed")
    commands = [*ours.values(), *anchors.values()]
    print(f"bench: {len(commands)} commands × {args.runs} rounds (round-robin) …", file=sys.stderr)
    gate = Gate(args.wait_quiet)
    round_robin(commands, args.runs, ROOT, gate=gate)

    slow: list[Timed] = []     # anchors of seconds each: fewer runs
    if shutil.which("ebook-convert"):
        # calibre renders through QtWebEngine (Chromium): headless, and as root without its sandbox
        calibre_env = {**env, "QT_QPA_PLATFORM": "offscreen", "QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox"}
        slow.append(Timed("calibre txt → pdf (anchor)", ["ebook-convert", text_in, tmp / "calibre.pdf"], calibre_env))
    else:
        notes.append("calibre: not installed")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice:
        lo = [soffice, f"-env:UserInstallation=file://{tmp / 'lo-profile'}", "--headless", "--convert-to", "pdf",
              "--outdir", tmp / "lo"]
        slow.append(Timed("LibreOffice: our DOCX → pdf", [*lo, tmp / "ours.docx"]))
        if "pandoc-docx" in anchors:
            slow.append(Timed("LibreOffice: pandoc's DOCX → pdf", [*lo, tmp / "pandoc.docx"]))
    else:
        notes.append("LibreOffice: not installed")
    if slow:
        print(f"bench: {len(slow)} slow anchors × {max(1, args.runs // 2)} rounds …", file=sys.stderr)
        round_robin(slow, max(1, args.runs // 2), ROOT)

    # ---- linearity, tagging, batch (each in its own process)
    print("bench: linearity 1× → 10× (in-process) …", file=sys.stderr)
    lin = json.loads(subprocess.run([py, BENCH / "bench_linear.py", "--input", text_in, "--runs", "3"],
                                    cwd=ROOT, capture_output=True, text=True, check=True).stdout)
    from bench_tagging import measure as tagging_cost
    print("bench: PDF tagging cost …", file=sys.stderr)
    plain, tagged = tagging_cost(text_in, args.runs)
    batch = None
    if not args.quick:
        print("bench: batch of 200 reports at --jobs 1 and --jobs 2 (minutes) …", file=sys.stderr)
        from bench_batch import measure as batch_measure
        batch = batch_measure(reports=200, formats="pdf,docx,epub")

    # ---- the tables
    def ratio(a: Timed, b: Timed | None) -> float:
        return a.wall / b.wall if b is not None and b.samples else float("nan")

    typst_t, pd, pe = anchors.get("typst"), anchors.get("pandoc-docx"), anchors.get("pandoc-epub")
    anchor_sum = sum(t.wall for t in (typst_t, pd, pe) if t is not None) if typst_t and pd and pe else float("nan")
    targets = [
        Target("PDF vs Typst", ratio(ours["pdf"], typst_t), 1.0, "×"),
        Target("DOCX vs pandoc", ratio(ours["docx"], pd), 1.0, "×"),
        Target("EPUB vs pandoc", ratio(ours["epub"], pe), 1.0, "×"),
        Target("pdf,docx,epub in one call vs the three anchors' sum", ours["all"].wall / anchor_sum, 0.75, "×",
               detail=f"{ours['all'].wall:.3f} s vs {anchor_sum:.3f} s"),
        Target("PDF peak RSS", ours["pdf"].rss_mb, 200, " MB"),
        Target("linearity: 10× input / 1× input (in-process pdf+docx+epub, CPU s)", lin["ratio"], 11.0, "×",
               detail=f"{lin['t1']:.2f} s → {lin['t10']:.2f} s; " + ", ".join(
                   f"{k} {b / a:.1f}×" for k, (a, b) in lin["stages"].items())),
    ]
    if batch is not None:
        targets.append(Target("batch: --jobs 2 vs --jobs 1 (200 reports, pdf+docx+epub)", batch["speedup"], 1.8,
                              "×", at_least=True, detail=batch["detail"]))
    rows = ["| command | wall median (s) | CPU median (s) | peak RSS (MB) |", "|---|---:|---:|---:|"]
    for t in [*commands, *slow]:
        rows.append(f"| {t.name} | {t.wall:.3f} | {t.cpu:.3f} | {t.rss_mb:.0f} |")
    rows.append(f"| PDF writer tagging cost (in-process) | {tagged - plain:+.3f} | | "
                f"{100 * (tagged - plain) / plain:+.1f} % of {plain:.2f} s untagged (target ≤ 10 %) |")
    cpu_ratios = []
    for name, a, b in (("PDF/Typst", ours["pdf"], typst_t), ("DOCX/pandoc", ours["docx"], pd),
                       ("EPUB/pandoc", ours["epub"], pe)):
        if b is not None and b.samples:
            cpu_ratios.append(f"{name} {a.cpu / b.cpu:.2f}×")

    text = text_in.read_text(encoding="utf-8")
    head = [
        "# Benchmark results (`make bench`)",
        "",
        f"- date: {started:%Y-%m-%d %H:%M} UTC; load average {load_before:.2f} before, "
        f"{os.getloadavg()[0]:.2f} after",
        f"- machine: {machine()}",
        f"- input: {text_in.relative_to(ROOT) if text_in.is_relative_to(ROOT) else text_in}, "
        f"{len(text) - text.count(chr(10)):,} characters; {args.runs} rounds, round-robin; medians{niceness}",
        f"- quiet gate: each timed run of the round-robin waited for two free cores (at most "
        f"{args.wait_quiet:g} s); {gate.busy} of {gate.runs} started without them" if gate.runs else
        "- quiet gate: off (--wait-quiet 0)",
        f"- command: `{Path(py).name} bench/run.py --runs {args.runs}{' --quick' if args.quick else ''}"
        f"{f' --nice {args.nice}' if args.nice else ''}"
        f"{f' --wait-quiet {args.wait_quiet:g}' if args.wait_quiet != 20 else ''}` (`make bench` runs `bench/run.py`)",
        f"- anchors: typst {_typst_version()}; {_tool_version(['pandoc', '--version'])}; "
        f"LibreOffice {_tool_version([soffice, '--version']) if soffice else 'not installed'}; "
        f"calibre {'installed' if shutil.which('ebook-convert') else 'not installed'}",
        "",
        "## Targets (issue 18), ratios of wall-clock medians in this run",
        "",
        "| target | measured | bound | | detail |",
        "|---|---:|---:|---|---|",
        *[t.row() for t in targets],
        "",
        f"CPU-time ratios (what a busy neighbour does not distort): {', '.join(cpu_ratios)}.",
        "",
        "## Every command",
        "",
        *rows,
        "",
    ]
    if batch is not None:
        head += ["## Batch", "", "```", *batch["lines"], "```", ""]
    if notes:
        head += ["Not measured: " + "; ".join(notes) + ".", ""]
    report = "\n".join(head)
    print(report)
    args.out.write_text(report, encoding="utf-8")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


def _typst_version() -> str:
    try:
        from importlib.metadata import version
        return version("typst")
    except Exception:
        return "not installed"


if __name__ == "__main__":
    raise SystemExit(main())
