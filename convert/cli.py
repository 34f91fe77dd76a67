"""The command line: parse arguments, run the batch, print one line per problem.

No conversion logic lives here; everything is in ``convert.batch`` and below.
Exit status: 0 all done; 1 some input failed (the others still converted); 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        self.exit(EXIT_USAGE, f"convert: {message} (see convert --help)\n")


def _columns() -> int:
    """shutil.get_terminal_size().columns, without importing shutil: argparse makes a
    formatter for every add_argument, and each imported shutil (with bz2 and lzma:
    3 ms of every start-up) for the width of a help text that is rarely printed."""
    import os

    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 80
    return columns or 80


class _WidthMixin:
    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position,  # type: ignore[call-arg]
                         _columns() - 2 if width is None else width)


class _HelpFormatter(_WidthMixin, argparse.HelpFormatter):
    pass


class _RawDescriptionHelpFormatter(_WidthMixin, argparse.RawDescriptionHelpFormatter):
    pass


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="convert",
        description="Chinese plain text (reports, notices, laws, scraped pages) → PDF, DOCX, EPUB 3, JSON.",
        epilog="examples:\n"
               "  convert report.txt --to pdf\n"
               "  convert serve --open              (a web page: drop files, check, download)\n"
               "  convert reports/ --to pdf,docx,epub -o out/\n"
               "  convert pages/ --merge --to epub -o collection.epub\n"
               "  convert report.txt --to docx --opencc s2twp",
        formatter_class=_RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="text files, folders (searched recursively) or - for stdin")
    p.add_argument("--to", action="append", metavar="FMT",
                   help="output formats, comma-separated or repeated (default: pdf); see --list-formats")
    p.add_argument("-o", "--output", metavar="OUT",
                   help="output folder (created if missing); with one input and one format, may be a file name")
    p.add_argument("--style", default="gbt9704", metavar="NAME|FILE",
                   help="layout style: a shipped name (see --list-styles) or a TOML file (default: gbt9704)")
    conv = p.add_mutually_exclusive_group()
    conv.add_argument("--opencc", metavar="CONFIG", help="Simplified↔Traditional conversion, e.g. s2twp, s2hk, t2s")
    conv.add_argument("--traditional", action="store_true", help="shorthand for --opencc s2twp (Taiwan phrases)")
    conv.add_argument("--simplified", action="store_true",
                      help="to Simplified: t2s, or tw2sp/hk2s when the input is known to be Taiwan/HK text")
    p.add_argument("--merge", action="store_true", help="merge all inputs into one document, one part per report")
    p.add_argument("--glob", metavar="PATTERN", help="which files to take from folders (default: *.txt, *.text, *.md, *.markdown)")
    p.add_argument("--jobs", "-j", type=_positive, metavar="N", help="worker processes (default: the CPU count)")
    p.add_argument("--no-stitch", action="store_true",
                   help="do not join pages of one article ((第N/M页) titles, name_1/name_2 files) into one report")
    p.add_argument("--force", action="store_true",
                   help="redo every output, even those the manifest in the output folder says are up to date")
    p.add_argument("--fail-fast", action="store_true", help="stop at the first input that fails")
    p.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                   help="run the conversions on this Dask distributed cluster (inputs and outputs on a shared path)")
    p.add_argument("--embed-fonts", action="store_true", help="embed subsetted fonts in DOCX and EPUB")
    p.add_argument("--pdfa", nargs="?", const="2a", default=False, choices=("2a", "1b"), metavar="LEVEL",
                   help="write PDF/A: --pdfa is PDF/A-2a and PDF/UA-1 in one file, --pdfa=1b PDF/A-1b")
    p.add_argument("--vertical", action="store_true", default=None, help="EPUB: vertical right-to-left layout")
    p.add_argument("--meta", action="append", default=[], metavar="KEY=VALUE",
                   help="set a metadata field, e.g. issuer=某某市人民政府文件 (版头), doc_number, copy_to, printer, "
                        "print_date, secrecy, secrecy_term, urgency, copy_number, title …; repeatable")
    p.add_argument("--keep-boilerplate", action="store_true", help="keep banners, share widgets, counters …")
    p.add_argument("--no-normalize", action="store_true", help="keep punctuation as written")
    p.add_argument("--from", dest="from_format", choices=("auto", "text", "markdown", "json"),
                   default="auto",
                   help="input format: text, markdown or json (default: by suffix: .md/.markdown are "
                        "Markdown, .json is the model's JSON, anything else is text)")
    p.add_argument("--max-size", type=_size, default=None, metavar="BYTES",
                   help="refuse inputs larger than this (default 64M; accepts K, M, G)")
    p.add_argument("--quiet", "-q", action="store_true", help="print only errors")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    p.add_argument("--list-formats", action="store_true", help="list output formats and exit")
    p.add_argument("--list-styles", action="store_true", help="list shipped styles and exit")
    p.add_argument("--version", action="version", version=f"convert {__version__}")
    return p


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number ≥ 1, found {text!r}")
    return n


def _size(text: str) -> int:
    units = {"k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}
    t = text.strip().lower().rstrip("b")
    try:
        if t and t[-1] in units:
            return int(float(t[:-1]) * units[t[-1]])
        return int(t)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (e.g. 64M)") from None


def _formats(values: list[str] | None) -> tuple[str, ...]:
    from .writers import get_writer

    names: list[str] = []
    for value in values or ["pdf"]:
        for name in value.split(","):
            name = name.strip().lower()
            if name and name not in names:
                get_writer(name)  # raises UnknownFormat with the known list
                names.append(name)
    if not names:
        raise ValueError("--to names no format")
    return tuple(names)


def _meta_pairs(values: list[str]) -> tuple[tuple[str, str], ...] | str:
    """--meta KEY=VALUE … → ((field, value), …), or the usage error."""
    from .model import META_FIELD_NAMES, meta_field

    pairs = []
    for value in values:
        key, sep, text = value.partition("=")
        field = meta_field(key) if sep else None
        if field is None:
            names = ", ".join(sorted({v for v in META_FIELD_NAMES.values()}))
            return f"--meta {value!r}: expected KEY=VALUE with KEY one of {names}"
        pairs.append((field, text.strip()))
    return tuple(pairs)


def _opencc_config(args: argparse.Namespace) -> str | None:
    if args.traditional:
        return "s2twp"
    if args.simplified:
        return "simplified"   # the transform picks t2s, tw2sp or hk2s from each document's language
    return args.opencc


def main(argv: list[str] | None = None) -> int:
    """The command line (``argv``: the arguments, else sys.argv's). Called without
    ``argv`` — by ``convert`` and ``python -m convert`` — a conversion ends the process
    itself (_leave); called with a list it returns the exit status."""
    if argv is None:
        argv = sys.argv[1:]
        if argv[:1] != ["serve"]:
            _leave(_run(argv))
    return _run(argv)


def _run(argv: list[str]) -> int:
    if argv[:1] == ["serve"]:        # convert serve: the local web page (a file named serve: ./serve)
        return serve_main(argv[1:])
    args = build_parser().parse_args(argv)
    try:
        return _main(args)
    except KeyboardInterrupt:
        print("convert: interrupted; finished outputs are kept, no partial file was left", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one line unless --debug
        if args.debug:
            import traceback   # only here: 3 ms of start-up otherwise

            traceback.print_exc()
        else:
            print(f"convert: internal error: {type(exc).__name__}: {exc} (rerun with --debug for details)",
                  file=sys.stderr)
        return EXIT_INPUT


def _leave(code: int) -> None:
    """End the process with ``code`` now that everything is written: the exit handlers
    run (the caches' saves, helpers stopped, finalizers) and the standard streams are
    flushed, as at any exit, but the interpreter's teardown — freeing every object of a
    heap of tens of MB, module by module — is skipped: 16 ms of every conversion of the
    180k benchmark, more than the writers' own time for some formats. Only with this
    thread alone (a normal exit would wait for the others); where the interpreter has
    no ``atexit._run_exitfuncs`` (not CPython), the normal exit."""
    import atexit
    import os

    threading = sys.modules.get("threading")
    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_exit_handlers is None or (threading is not None and threading.active_count() > 1):
        raise SystemExit(code)
    run_exit_handlers()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, OSError, ValueError):   # closed, or a pipe nobody reads
            pass
    os._exit(code)


def serve_main(argv: list[str]) -> int:
    """convert serve [--host H] [--port P] [--open] [--max-upload SIZE] [--jobs N]"""
    p = _Parser(prog="convert serve", formatter_class=_HelpFormatter,
                description="A local web page: drop text files, check and correct their structure, preview the "
                            "pages, download PDF, DOCX, EPUB. Also an HTTP API (see the README).")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
    p.add_argument("--open", action="store_true", help="open the page in the web browser")
    p.add_argument("--max-upload", type=_size, default=None, metavar="BYTES",
                   help="largest file accepted (default 20M; accepts K, M, G)")
    p.add_argument("--jobs", "-j", type=_positive, metavar="N", help="conversion processes (default: CPUs, at most 4)")
    args = p.parse_args(argv)
    from . import codecache

    codecache.install()
    from .serve import serve

    return serve(args.host, args.port, args.open, args.max_upload, args.jobs or 0)


def _usage(message: str) -> int:
    print(f"convert: {message}", file=sys.stderr)
    return EXIT_USAGE


def _start_helpers(args: argparse.Namespace) -> None:
    """One file, several cores: fork a helper that loads, while this process imports and
    reads, what a slow piece of the conversion needs (convert.prefork), and is then
    handed that piece: the PDF (alone, or beside the other formats), else a DOCX written
    alone (batch/outputs.py hands them over), else the EPUB cover (epub/cover.py).
    Anything unusual (several inputs, a folder, stdin, --jobs 1, a cluster) or a machine
    whose cores are all busy (load average): no helper, the run goes as before."""
    import os

    if args.list_formats or args.list_styles or args.scheduler or len(args.inputs) != 1:
        return
    if args.inputs[0] == "-" or not os.path.isfile(args.inputs[0]):
        return
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if (args.jobs or cores) < 2 or cores < 2:
        return
    when = os.environ.get("CONVERT_PREFORK", "")    # 0: never, 1: even on a busy machine (tests)
    if when == "0":
        return
    formats = {f.strip().lower() for value in (args.to or ["pdf"]) for f in value.split(",")} - {""}
    # The EPUB cover's helper even on a busy machine: its warm-up (Pillow, the title's
    # faces, OpenCC's t2s, the word list: 50 ms of CPU) is what drawing the cover here
    # would load, so it adds little CPU to the run (the fork and its copied pages, ~10 ms),
    # and whenever a core frees up while this process reads, the cover is drawn there. The PDF and DOCX helpers'
    # warm-ups also write a small document (work of their own): not on a busy machine.
    cover_only = "epub" in formats and "pdf" not in formats
    if when != "1" and not cover_only and _cores_busy(cores):
        return
    from . import prefork

    if "pdf" in formats:
        prefork.start("pdf", _warm_writer, "pdf", args.style, args.pdfa)
    elif "epub" in formats and "pdf" not in formats:
        prefork.start("epub-cover", _warm_cover, args.style)
    elif "docx" in formats and formats <= {"docx", "json"}:
        prefork.start("docx", _warm_writer, "docx", args.style, args.pdfa)


def _cores_busy(cores: int) -> bool:
    """No core to spare: another task is running on every other core at this moment
    (/proc/loadavg's count of runnable tasks, this process aside), or the last minute's
    load average is more than one core's worth short of the cores (runs one after
    another, as a script or the bench makes them, keep it near 1; a neighbour's jobs
    come and go faster than a run, so the average tells more than the moment). A
    helper's warm-up on a core that is not free only adds its CPU to the run."""
    import os

    try:
        load = os.getloadavg()[0]
    except OSError:
        load = 0.0
    if load > cores - 0.7:
        return True
    try:
        with open("/proc/loadavg", encoding="ascii") as f:
            running = int(f.read().split()[3].split("/")[0])
    except (OSError, ValueError, IndexError):
        return False
    return running - 1 >= cores - 1


def _warm_writer(fmt: str, style: str, pdfa: str | bool) -> None:
    from .batch.outputs import warm_helper

    warm_helper(fmt, style, pdfa)
    _save_caches()


def _warm_cover(style: str) -> None:
    from .fonts import load_fonts
    from .style import load_style
    from .writers.epub.cover import warm

    warm(load_style(style), load_fonts())
    _save_caches()


def _save_caches() -> None:
    """A helper leaves through os._exit (convert.prefork), so what its warm-up compiled
    (the writer's dataclasses and patterns) is stored now, for the next run's helper."""
    from . import codecache, regexcache

    codecache.save()
    regexcache.save()


def _main(args: argparse.Namespace) -> int:
    from . import codecache

    codecache.install()      # before the first dataclass: their methods come compiled
    from . import batch
    from .style import StyleError, list_styles, load_style
    from .writers import WRITERS, UnknownFormat

    if args.list_formats:
        for entry in WRITERS.values():
            print(f"{entry.name:6} {entry.suffix:6} {entry.description}")
        return EXIT_OK
    if args.list_styles:
        for name, description in list_styles():
            print(f"{name:10} {description}")
        return EXIT_OK
    if not args.inputs:
        return _usage("no input given (see convert --help)")
    try:
        formats = _formats(args.to)
    except (UnknownFormat, ValueError) as exc:
        return _usage(str(exc))
    try:
        style = load_style(args.style)      # resolved once: the Style travels with the options
    except StyleError as exc:
        return _usage(str(exc))
    # now, with the model and the style loaded (a helper does not load them again) and
    # before the reader: the helper warms up while this process reads
    _start_helpers(args)
    meta = _meta_pairs(args.meta)
    if isinstance(meta, str):
        return _usage(meta)
    opencc = _opencc_config(args)
    if opencc:
        from .transform.opencc import available_configs, known_configs

        if opencc not in known_configs():
            return _usage(f"unknown OpenCC config {opencc!r}; available: {', '.join(available_configs())}")

    if not args.quiet:
        for line in _inapplicable_options(args, formats):
            print(f"convert: warning: {line}", file=sys.stderr)
    options = batch.ConvertOptions(
        formats=formats, style=args.style, opencc=opencc, embed_fonts=args.embed_fonts, pdfa=args.pdfa,
        vertical=args.vertical, keep_boilerplate=args.keep_boilerplate, normalize=not args.no_normalize,
        from_format=args.from_format, max_size=args.max_size or batch.DEFAULT_MAX_SIZE, meta=meta,
        resolved=style,
    )
    created: list[Path] = []     # output folders made by the -o check, removed again on a usage error
    if args.output:
        problem = _unwritable(Path(args.output), batch.planning.is_single_file_output(Path(args.output), formats),
                              created)
        if problem:
            return _usage(problem)
    # at most one byte over --max-size: enough to refuse a larger input without holding it all
    stdin = sys.stdin.buffer.read(options.max_size + 1) if "-" in args.inputs else None
    try:
        manifest_dir = _manifest_dir(args, formats)
        jobs, errors = batch.plan(args.inputs, args.output, options, merge=args.merge, glob=args.glob, stdin=stdin,
                                  stitch=not args.no_stitch, manifest_dir=manifest_dir)
    except batch.UsageError as exc:
        _remove_empty(created)
        return _usage(str(exc))
    for line in errors:
        print(f"convert: {line}", file=sys.stderr)

    from .progress import make_progress

    progress = make_progress(quiet=args.quiet)
    try:
        summary = batch.convert_batch(
            jobs, options, workers=args.jobs or batch.default_workers(), manifest_dir=manifest_dir if jobs else None,
            force=args.force, fail_fast=args.fail_fast, scheduler=args.scheduler, progress=progress, debug=args.debug)
    except batch.UsageError as exc:
        progress.close()
        _remove_empty(created)
        return _usage(str(exc))
    summary.files += len(errors)
    summary.failed += len(errors)
    summary.failures[:0] = errors
    _remove_empty(created)       # nothing was written there: leave no empty folder behind
    progress.close(summary if len(jobs) + len(errors) > 1 or args.merge else None)
    if summary.interrupted:
        print("convert: interrupted; finished outputs are kept, no partial file was left; "
              "run the same command again to resume", file=sys.stderr)
        return EXIT_INTERRUPTED
    return EXIT_INPUT if summary.failed else EXIT_OK


# The options that only some writers honour, and which.
_OPTION_FORMATS = {"vertical": ("--vertical", ("epub",)), "pdfa": ("--pdfa", ("pdf",)),
                   "embed_fonts": ("--embed-fonts", ("docx", "epub"))}


def _inapplicable_options(args: argparse.Namespace, formats: tuple[str, ...]) -> list[str]:
    """One line per option given that no chosen format honours (it is ignored)."""
    lines = []
    for attr, (flag, honoured) in _OPTION_FORMATS.items():
        if getattr(args, attr) and not set(honoured) & set(formats):
            applies = " and ".join(f.upper() for f in honoured)
            note = " (a PDF always embeds its fonts)" if attr == "embed_fonts" and "pdf" in formats else ""
            lines.append(f"{flag} applies only to {applies}; ignored for --to {','.join(formats)}{note}")
    return lines


def _manifest_dir(args: argparse.Namespace, formats: tuple[str, ...]) -> Path | None:
    """The output folder, when this is a batch (a folder input, --merge or several
    inputs) written into a folder given by -o; None otherwise (no manifest)."""
    if not args.output:
        return None
    out = Path(args.output)
    from .batch.planning import is_single_file_output
    single_file = is_single_file_output(out, formats)
    batch_like = args.merge or len(args.inputs) > 1 or any(Path(i).is_dir() for i in args.inputs if i != "-")
    if single_file or not batch_like or args.inputs == ["-"]:
        return None
    return out


def _unwritable(out: Path, single_file: bool, created: list[Path]) -> str | None:
    """Why ``-o`` cannot be written, or None. Checked before any conversion starts:
    the output folder is created, and a file is created in it and removed, so that
    what the permission bits do not tell (root, /proc, /sys, a read-only mount) is found
    now, in the user's own words, and not as a failed write of every output."""
    import os

    folder = out.parent if single_file else out
    probe = folder
    while not probe.exists() and probe != probe.parent:
        created.append(probe)         # innermost first
        probe = probe.parent
    if not probe.is_dir():
        return f"{out}: cannot write here: {probe} is a file, not a folder"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _remove_empty(created)
        return f"cannot create output folder {folder}: {exc.strerror or exc}"
    try:
        # what tempfile.mkstemp does, without importing it (4 ms with shutil, bz2, lzma)
        name = os.path.join(folder, f".convert-probe.{os.getpid()}.{os.urandom(8).hex()}")
        os.close(os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        os.unlink(name)
    except OSError as exc:
        _remove_empty(created)
        return f"{out}: cannot write in {folder}: {exc.strerror or exc}"
    return None


def _remove_empty(folders: list[Path]) -> None:
    """Remove the folders the -o check created (innermost first) while they are empty."""
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:
            return
