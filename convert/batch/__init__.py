"""Batch: plan conversion jobs and run them.

A *job* is one report (a file, or the stitched pages of one article) or, with
``--merge``, a whole collection, converted into one or more formats. ``plan()`` turns
the command line's inputs into jobs with their output paths; ``run_job()`` does one job
in this process; ``run()`` runs many — in-process, on a process pool or on a Dask
cluster — and ``convert_batch()`` adds the manifest (skip what is up to date), the
progress display, Ctrl-C handling and the summary. Everything the CLI does is
reachable from here.

Every output is written to a temporary name beside its final path and renamed when
complete, so an interrupted or failed run never leaves a half-written file.

Ctrl-C (SIGINT) or SIGTERM: no new file is started, the files being converted are
finished and recorded, and the run exits with status 130; the next run resumes. A
second Ctrl-C aborts at once (the workers' temporary files are removed as they stop).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import resource
import signal
import stat
import tempfile
import threading
import time
import traceback
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .. import __version__
from ..collection import (CollectionError, CollectionInfo, Glance, Report, add_to_meta, collection_boilerplate,
                         glance, group_reports, join_pages, load_collection_info, order_reports,
                         strip_collection_lines, with_strip_lines)
from ..collection import merge_documents as merge_collection
from ..diagnostics import Reporter
from ..model import Document, ModelError, Notice
from ..progress import Progress, Summary
from ..writers import WRITERS, WriteOptions, get_writer

#: File name suffixes searched for in input folders (``--glob`` overrides).
TEXT_SUFFIXES = (".txt", ".text", ".md")
DEFAULT_MAX_SIZE = 64 * 1024 * 1024
#: Jobs handed to an executor ahead of the ones running, per worker: enough to keep the
#: workers busy, few enough that a million planned jobs are not all queued at once.
AHEAD_PER_WORKER = 2
#: Threads that read the heads and tails of input files while planning.
GLANCE_THREADS = 8


class InputError(Exception):
    """One input cannot be converted; the message is one plain line."""


class UsageError(Exception):
    """The command line cannot be carried out at all (exit status 2)."""


@dataclass(frozen=True)
class ConvertOptions:
    formats: tuple[str, ...] = ("pdf",)
    style: str = "gbt9704"
    opencc: str | None = None
    embed_fonts: bool = False
    pdfa: bool = False
    vertical: bool | None = None
    keep_boilerplate: bool = False
    normalize: bool = True
    from_format: str = "auto"        # auto (by suffix), text, json
    max_size: int = DEFAULT_MAX_SIZE

    def write_options(self) -> WriteOptions:
        return WriteOptions(embed_fonts=self.embed_fonts, pdfa=self.pdfa, vertical=self.vertical,
                            timestamp=WriteOptions.timestamp_from_environment())


@dataclass(frozen=True)
class Job:
    """Inputs (one report, or a merged collection) and the (format, path) outputs to write."""

    inputs: tuple[Path, ...]
    outputs: tuple[tuple[str, Path], ...]
    label: str
    merge: bool = False
    stdin_data: bytes | None = field(default=None, repr=False)
    reports: tuple[Report, ...] = ()            # how inputs form reports (pages); default one each
    collection: CollectionInfo | None = None     # the book's metadata when merging
    notices: tuple[str, ...] = ()                # planning warnings (collection.toml order…)

    def report_list(self) -> tuple[Report, ...]:
        return self.reports or tuple(Report((p,), p.with_suffix("")) for p in self.inputs)


@dataclass
class JobResult:
    job: Job
    written: list[Path] = field(default_factory=list)
    error: str | None = None
    notices: list[str] = field(default_factory=list)
    seconds: float = 0.0
    pages: int = 0                  # PDF pages written
    peak_rss: int = 0               # bytes: the largest resident set of the process that ran it
    pid: int = 0
    inputs_seen: InputsSeen = field(default_factory=dict)
    traceback: str = ""             # for an internal error, shown with --debug

    @property
    def ok(self) -> bool:
        return self.error is None


# --------------------------------------------------------------------------- planning


def natural_key(name: str) -> list[object]:
    """Sort key for natural order: 第2页 before 第10页, 2.txt before 10.txt."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]


def find_inputs(path: Path, glob: str | None = None) -> list[Path]:
    """Text files under ``path`` (recursively), in natural order; never follows a
    symlinked folder twice and skips anything that is not a regular file."""
    pattern = glob or "*"
    found: list[Path] = []
    seen_dirs: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(path, followlinks=True):
        st = os.stat(root)
        if (st.st_dev, st.st_ino) in seen_dirs:      # a symlink loop
            dirs[:] = []
            continue
        seen_dirs.add((st.st_dev, st.st_ino))
        dirs[:] = sorted((d for d in dirs if not d.startswith(".")), key=natural_key)
        for name in files:
            p = Path(root) / name
            if name.startswith("."):
                continue
            if glob is None and p.suffix.lower() not in TEXT_SUFFIXES:
                continue
            if glob is not None and not p.match(pattern):
                continue
            try:
                if not p.is_file():      # FIFOs, sockets, dangling links
                    continue
            except OSError:
                continue
            found.append(p)
    return sorted(found, key=lambda p: natural_key(str(p.relative_to(path))))


def _outside(files: list[Path], folder: Path) -> list[Path]:
    """``files`` not inside ``folder`` (the output folder may sit inside an input folder).
    Folders are resolved once each, not once per file."""
    inside: dict[Path, bool] = {}
    kept = []
    for f in files:
        parent = f.parent
        if parent not in inside:
            real = parent.resolve()
            inside[parent] = real == folder or folder in real.parents
        if not inside[parent]:
            kept.append(f)
    return kept


def _is_json_input(path: Path, options: ConvertOptions) -> bool:
    return options.from_format == "json" or (options.from_format == "auto" and path.suffix.lower() == ".json")


def _glance_all(paths: list[Path], glances: dict[Path, Glance], cache) -> None:
    """Fill ``glances`` for ``paths``: from the manifest's cache when a file is
    unchanged, else by reading it (in threads when there are many)."""
    todo = [p for p in paths if p not in glances]
    if cache is not None:
        for p, (head, tail, readable) in cache.cached_glances(todo, __version__).items():
            glances[p] = Glance(p, tuple(head), tuple(tail), readable)
        todo = [p for p in todo if p not in glances]
    if len(todo) > GLANCE_THREADS * 8:
        # reading many small files is latency-bound (more so on a network file system)
        with ThreadPoolExecutor(GLANCE_THREADS) as pool:
            fresh = list(pool.map(glance, todo))
    else:
        fresh = [glance(p) for p in todo]
    glances.update((g.path, g) for g in fresh)
    if cache is not None and fresh:
        cache.store_glances([(g.path, g.size, g.mtime_ns, list(g.head), list(g.tail), g.readable, g.read_at)
                             for g in fresh if g.size >= 0], __version__)


def _collection_reports(files: list[tuple[Path, Path]], options: ConvertOptions, stitch: bool,
                        glances: dict[Path, Glance], cache=None) -> list[Report]:
    """Reports of one collection: pages stitched; JSON inputs always stand alone."""
    texts = [(f, s) for f, s in files if not _is_json_input(f, options)]
    if stitch or not options.keep_boilerplate:
        _glance_all([f for f, _ in texts], glances, cache)
    reports = group_reports(texts, glances, stitch=stitch)
    reports += [Report((f,), s) for f, s in files if _is_json_input(f, options)]
    position = {f: i for i, (f, _) in enumerate(files)}
    return sorted(reports, key=lambda r: position[r.pages[0]])


def plan(inputs: Iterable[str], out: str | None, options: ConvertOptions, *, merge: bool = False,
         glob: str | None = None, stdin: bytes | None = None, stitch: bool = True,
         manifest_dir: Path | None = None) -> tuple[list[Job], list[str]]:
    """Jobs for the command line, and one error line per input that yields no job.

    The files of each INPUT folder form one collection (the plain file arguments form
    another; with ``merge`` everything is one): pages are stitched into reports and
    collection boilerplate is found there (see ``convert.collection``). With a
    ``manifest_dir``, what was read of unchanged files is taken from its manifest."""
    errors: list[str] = []
    inputs = list(inputs)
    out_path = Path(out) if out else None
    single_file_out = (out_path is not None and len(options.formats) == 1 and out_path.suffix != ""
                       and not out_path.is_dir())
    out_dir = (out_path.parent if single_file_out else out_path) if out_path else Path(".")

    collections: list[list[tuple[Path, Path]]] = []   # (file, output path without suffix)
    loose: list[tuple[Path, Path]] = []
    folders: list[Path] = []
    for raw in inputs:
        if raw == "-":
            loose.append((Path("-"), out_dir / "stdin"))
            continue
        p = Path(raw)
        if p.is_dir():
            files = find_inputs(p, glob)
            files = _outside(files, out_dir.resolve())
            if not files:
                errors.append(f"{raw}: no text files found in this folder")
                continue
            folders.append(p)
            collections.append([(f, out_dir / f.relative_to(p).with_suffix("")) for f in files])
        elif p.exists():
            # "..txt" has the stem ".": out_dir / "." is out_dir itself, so keep the whole name
            loose.append((p, out_dir / (p.stem if p.stem not in (".", "..") else p.name)))
        else:
            errors.append(f"{raw}: no such file or folder")
    if loose:
        collections.append(loose)

    glances: dict[Path, Glance] = {}
    groups: list[list[Report]] = []
    cache = None
    if manifest_dir is not None and any(collections):
        from ..manifest import Manifest

        cache = Manifest(manifest_dir)
    try:
        for files in (collections if not merge else [[pair for c in collections for pair in c]]):
            stdin_pairs = [(f, s) for f, s in files if str(f) == "-"]
            files = [(f, s) for f, s in files if str(f) != "-"]
            reports = _collection_reports(files, options, stitch, glances, cache)
            reports += [Report((f,), s) for f, s in stdin_pairs]
            if not options.keep_boilerplate:
                reports = with_strip_lines(reports, glances, collection_boilerplate(reports, glances))
            groups.append(reports)
    finally:
        if cache is not None:
            cache.close()
    all_reports = [r for g in groups for r in g]

    if single_file_out and (merge or len(all_reports) == 1):
        fmt = options.formats[0]
        expected = WRITERS[fmt].suffix
        if out_path.suffix.lower() != expected:
            raise UsageError(f"{out_path}: output name must end in {expected} for --to {fmt}")
    elif single_file_out and len(all_reports) > 1:
        raise UsageError(f"{out_path}: -o must be a folder when there are several inputs")

    jobs: list[Job] = []
    if merge and all_reports:
        root = folders[0] if len(folders) == 1 and len(inputs) == 1 else None
        if single_file_out:
            stem = out_path.with_suffix("")
        elif root is not None:
            stem = out_dir / root.resolve().name
        else:
            stem = out_dir / "collection"
        try:
            info = load_collection_info(root, default_title=stem.name)
        except CollectionError as exc:
            raise UsageError(str(exc)) from None
        ordered, warnings = order_reports(all_reports, info, root)
        outputs = tuple((fmt, stem.with_name(stem.name + WRITERS[fmt].suffix)) for fmt in options.formats)
        files = tuple(p for r in ordered for p in r.pages)
        jobs.append(Job(files, outputs, label=str(stem.name), merge=True, stdin_data=stdin,
                        reports=tuple(ordered), collection=info, notices=tuple(warnings)))
        return jobs, errors

    claimed: dict[Path, Path] = {}
    out_prefix = os.path.join(os.path.abspath(out_dir), "")   # outputs must land under -o
    for report in all_reports:
        first = report.pages[0]
        if single_file_out:
            outputs = ((options.formats[0], out_path),)
        else:
            outputs = tuple((fmt, report.stem.with_name(report.stem.name + WRITERS[fmt].suffix))
                            for fmt in options.formats)
        outside = next((o for _, o in outputs
                        if not single_file_out and not os.path.abspath(o).startswith(out_prefix)), None)
        if outside is not None:   # a name like "..txt" (stem ".") would land beside -o, not in it
            errors.append(f"{first}: its output {outside} would be written outside {out_dir}; rename the file")
            continue
        clash = next((claimed[o] for _, o in outputs if o in claimed), None)
        if clash is not None:
            errors.append(f"{first}: its output {outputs[0][1].with_suffix('')}.* would overwrite the output of {clash}")
            continue
        for _, o in outputs:
            claimed[o] = first
        more = len(report.pages) - 1
        label = f"{first} (+{more} page{'s' if more > 1 else ''})" if more else str(first)
        jobs.append(Job(report.pages, outputs, label=label, reports=(report,),
                        stdin_data=stdin if str(first) == "-" else None))
    return jobs, errors


# --------------------------------------------------------------------------- reading


#: What a job saw of each input file: absolute path → (size, mtime_ns, sha256, when hashed).
#: The manifest records these, so the hash is of the very bytes that were converted.
InputsSeen = dict[str, tuple[int, int, str, float]]


def _read_bytes(path: Path, job: Job, options: ConvertOptions, seen: InputsSeen | None = None) -> bytes:
    if str(path) == "-":
        data = job.stdin_data or b""
    else:
        try:
            st = path.stat()
            if stat.S_ISDIR(st.st_mode):
                raise InputError(f"{path}: is a folder")
            if not stat.S_ISREG(st.st_mode):   # opening a FIFO would wait for a writer forever
                raise InputError(f"{path}: not a regular file (a pipe, socket or device)")
            size = st.st_size
            if size > options.max_size:
                raise InputError(f"{path}: {size:,} bytes is larger than --max-size {options.max_size:,}")
            with open(path, "rb") as fh:
                st = os.fstat(fh.fileno())
                data = fh.read(options.max_size + 1)
            if seen is not None:
                seen[os.path.abspath(path)] = (st.st_size, st.st_mtime_ns, hashlib.sha256(data).hexdigest(), time.time())
        except FileNotFoundError:
            raise InputError(f"{path}: no such file (it vanished?)") from None
        except IsADirectoryError:
            raise InputError(f"{path}: is a folder") from None
        except PermissionError:
            raise InputError(f"{path}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if len(data) > options.max_size:
        raise InputError(f"{path}: larger than --max-size {options.max_size:,} bytes")
    return data


def _read_options(options: ConvertOptions, name: str):
    from ..reader import ReadOptions

    return ReadOptions(keep_boilerplate=options.keep_boilerplate, normalize=options.normalize, filename=name)


def read_document(path: Path, job: Job, options: ConvertOptions, seen: InputsSeen | None = None) -> Document:
    """One input file → Document (text through the reader, or the model's JSON)."""
    from ..reader import ReadError, read

    data = _read_bytes(path, job, options, seen)
    if _is_json_input(path, options):
        try:
            return Document.from_json(data.decode("utf-8"))
        except UnicodeDecodeError:
            raise InputError(f"{path}: JSON input is not UTF-8") from None
        except ModelError as exc:
            raise InputError(f"{path}: not a convert document: {exc}") from None
    name = "stdin" if str(path) == "-" else path.name
    try:
        return read(data, _read_options(options, name))
    except ReadError as exc:
        raise InputError(f"{path}: {exc}") from None


def read_report(report: Report, job: Job, options: ConvertOptions, seen: InputsSeen | None = None) -> Document:
    """One report → Document: its pages decoded, stitched and cleared of collection
    boilerplate, then read as one text."""
    if len(report.pages) == 1 and not report.strip:
        return read_document(report.pages[0], job, options, seen)
    from ..reader import ReadError, read
    from ..reader.decode import decode

    pages: list[list[str]] = []
    notices: list[Notice] = []
    for p in report.pages:
        data = _read_bytes(p, job, options, seen)
        try:
            decoded = decode(data)
        except ReadError as exc:
            raise InputError(f"{p}: {exc}") from None
        pages.append(list(decoded.lines))
        notices.extend(n for n in decoded.notices if n not in notices)
    lines, removed = join_pages(pages, options.keep_boilerplate)
    lines, more = strip_collection_lines(lines, report.strip)
    for line in (report.stitch_notice(), report.gap_notice()):
        if line:
            notices.append(Notice("structure", line))
    try:
        doc = read("\n".join(lines).encode("utf-8"), _read_options(options, report.pages[0].name))
    except ReadError as exc:
        raise InputError(f"{report.pages[0]}: {exc}") from None
    return add_to_meta(doc, removed + more, notices)


def apply_transforms(doc: Document, options: ConvertOptions) -> Document:
    """The transform registry, in its order: sanitize (always), OpenCC, quotes."""
    from ..transform import TransformOptions, apply_transforms as run_transforms

    return run_transforms(doc, TransformOptions(opencc=options.opencc))


def merge_documents(docs: list[Document], title: str | CollectionInfo) -> Document:
    """A collection: one Part per report, the collection's language from the first."""
    info = title if isinstance(title, CollectionInfo) else CollectionInfo(title=title)
    return merge_collection(docs, info)


# --------------------------------------------------------------------------- writing


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # The writer's pid is in the name, so that a file orphaned by a killed worker can
    # be told from one another live process is still writing (remove_orphaned_parts).
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def remove_orphaned_parts(paths: Iterable[Path]) -> None:
    """Remove the temporary files of ``paths`` whose writer process is gone.

    A worker killed with SIGKILL (the OOM killer, a crash in a library) cannot run its
    own clean-up, so the parent does it once the dead pool is shut down. A file whose
    pid is still alive belongs to another run writing the same folder and is kept."""
    for path in paths:
        prefix = f".{path.name}."
        try:
            candidates = [c for c in path.parent.iterdir() if c.name.startswith(prefix) and c.name.endswith(".part")]
        except OSError:
            continue
        for candidate in candidates:
            pid_text = candidate.name[len(prefix):].split(".", 1)[0]
            if pid_text.isdigit() and not _process_alive(int(pid_text)):
                try:
                    candidate.unlink()
                except OSError:
                    pass


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:       # alive, owned by somebody else
        return True
    return True


_PDF_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def count_pdf_pages(data: bytes) -> int:
    """Pages of a PDF written by the PDF writer: its page objects are plain text (if
    they are compressed into object streams, pikepdf counts them)."""
    found = len(_PDF_PAGE.findall(data))
    if found:
        return found
    try:
        import io

        import pikepdf

        with pikepdf.open(io.BytesIO(data)) as pdf:
            return len(pdf.pages)
    except Exception:
        return 0


def run_job(job: Job, options: ConvertOptions) -> JobResult:
    """Read, transform and write one job. Never raises for a bad input: the result
    carries the one-line error instead."""
    from ..fonts import load_fonts
    from ..style import load_style

    started = time.perf_counter()
    result = JobResult(job, pid=os.getpid())
    source = job.label
    try:
        docs = [read_report(r, job, options, result.inputs_seen) for r in job.report_list()]
        if job.merge:
            doc = merge_documents(docs, job.collection or job.label)
        else:
            doc = docs[0]
        doc = apply_transforms(doc, options)
        style = load_style(options.style)      # cached: once per process
        fonts = load_fonts()                   # cached: once per process
        write_options = options.write_options()
        reporter = Reporter(source)
        for line in job.notices:
            reporter.warn("structure", line)
        for d in docs:
            name = f"{d.meta.source}: " if job.merge and d.meta.source else ""
            for n in d.meta.notices:
                if n.kind != "removed":   # counted below, with the collection's lines
                    reporter.warn(n.kind, name + n.message, n.line)
        removed = sum(len(d.meta.removed) for d in docs)
        if removed:
            of = f" from {sum(1 for d in docs if d.meta.removed)} reports" if job.merge else ""
            reporter.warn("removed", f"{removed} line(s) removed as boilerplate{of} (see meta.removed in --to json)")
        for n in doc.meta.notices:     # the transforms' own notices (invalid-char)
            if n.kind == "invalid-char":
                reporter.warn(n.kind, n.message, n.line)
        for fmt, out in job.outputs:
            data = get_writer(fmt).load()(doc, style, fonts, write_options, reporter)
            write_atomic(out, data)
            result.written.append(out)
            if fmt == "pdf":
                result.pages += count_pdf_pages(data)
        result.notices = reporter.lines()
    except InputError as exc:
        result.error = str(exc)
    except OSError as exc:
        where = exc.filename or source
        result.error = f"{where}: cannot write: {exc.strerror or exc}"
    except Exception as exc:   # a bug: this file fails, the batch goes on
        result.error = f"{source}: internal error: {type(exc).__name__}: {exc} (rerun with --debug for details)"
        result.traceback = traceback.format_exc()
    result.seconds = time.perf_counter() - started
    result.peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return result


# --------------------------------------------------------------------------- stopping


class StopFlag:
    """Set when the run should start no new file: Ctrl-C, SIGTERM or --fail-fast."""

    def __init__(self) -> None:
        self.reason: str | None = None
        self.signals = 0
        self.on_signal: Callable[[str], None] | None = None

    @property
    def requested(self) -> bool:
        return self.reason is not None

    def request(self, reason: str) -> None:
        if self.reason is None:
            self.reason = reason

    @contextmanager
    def catching_signals(self) -> Iterator["StopFlag"]:
        """While inside: the first SIGINT/SIGTERM asks to stop; a second one aborts."""
        if threading.current_thread() is not threading.main_thread():
            yield self
            return

        def handle(signum: int, frame: object) -> None:
            self.signals += 1
            if self.signals > 1:
                raise KeyboardInterrupt
            self.request("interrupted")
            if self.on_signal:
                self.on_signal("stopping: finishing the files being converted (press Ctrl-C again to abort now)")

        old = {s: signal.signal(s, handle) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield self
        finally:
            for s, h in old.items():
                signal.signal(s, h)


# --------------------------------------------------------------------------- executors


def warm_up(style: str, formats: tuple[str, ...]) -> None:
    """Load what every job needs once per process: the style, the font registry, the
    reader and the writer modules. (The PDF writer registers each font with reportlab
    once per process in its own cache, on first use.)"""
    from .. import reader  # noqa: F401
    from ..fonts import load_fonts
    from ..style import load_style

    load_style(style)
    load_fonts()
    for fmt in formats:
        get_writer(fmt).load()


def _worker_init(style: str, formats: tuple[str, ...]) -> None:
    # The parent decides when to stop (it finishes running files on Ctrl-C), so a
    # worker ignores SIGINT; SIGTERM (a second Ctrl-C) exits through SystemExit so
    # write_atomic removes its temporary file.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        warm_up(style, formats)
    except Exception:   # a broken style or font table is reported by the first job
        pass


def _exit_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def run(jobs: list[Job], options: ConvertOptions, workers: int = 1, *, stop: StopFlag | None = None,
        scheduler: str | None = None, on_start: Callable[[Job], None] | None = None) -> Iterator[JobResult]:
    """Run jobs, yielding each result as it finishes (in completion order when parallel).
    No job is started once ``stop`` is requested; those running are finished."""
    stop = stop or StopFlag()
    on_start = on_start or (lambda job: None)
    if scheduler:
        from ..cluster import run_on_cluster

        yield from run_on_cluster(jobs, options, scheduler, stop=stop, on_start=on_start)
    elif workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            if stop.requested:
                return
            on_start(job)
            yield run_job(job, options)
    else:
        yield from _run_pool(jobs, options, workers, stop, on_start)


def _new_pool(workers: int, options: ConvertOptions) -> "ProcessPoolExecutor":
    from concurrent.futures import ProcessPoolExecutor  # (multiprocessing: only for --jobs > 1)

    return ProcessPoolExecutor(max_workers=workers, initializer=_worker_init,
                               initargs=(options.style, options.formats))


def _run_pool(jobs: list[Job], options: ConvertOptions, workers: int, stop: StopFlag,
              on_start: Callable[[Job], None]) -> Iterator[JobResult]:
    """A process pool fed a few jobs ahead. A worker that dies (out of memory, a crash
    in a library) takes the whole pool down, and with it every job in flight. Those
    jobs are suspects: each is run again *alone* in a new pool, so only a file that
    kills its worker by itself is reported, and the innocent files beside it convert."""
    from concurrent.futures.process import BrokenProcessPool

    queue = deque(jobs)
    suspects: deque[Job] = deque()
    pool = _new_pool(workers, options)
    in_flight: dict[Future, tuple[Job, bool]] = {}   # future → (job, running alone?)
    try:
        while queue or suspects or in_flight:
            if suspects:
                if not in_flight and not stop.requested:
                    job = suspects.popleft()
                    in_flight[pool.submit(run_job, job, options)] = (job, True)
            else:
                while queue and len(in_flight) < workers * AHEAD_PER_WORKER and not stop.requested:
                    job = queue.popleft()
                    in_flight[pool.submit(run_job, job, options)] = (job, False)
                    on_start(job)
            if not in_flight:
                break
            done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            broken = False
            for future in done:
                job, alone = in_flight[future]
                try:
                    result = future.result()
                except BrokenProcessPool:
                    broken = True
                    continue
                except Exception as exc:  # the result could not be sent back
                    result = JobResult(job, error=f"{job.label}: worker failed: {type(exc).__name__}: {exc}")
                del in_flight[future]
                yield result
            if broken:
                # wait: the dead pool's workers are reaped, so their pids read as gone
                pool.shutdown(wait=True, cancel_futures=True)
                remove_orphaned_parts(path for job, _ in in_flight.values() for _, path in job.outputs)
                pool = _new_pool(workers, options)
                for job, alone in in_flight.values():
                    if alone:
                        yield JobResult(job, error=f"{job.label}: the worker process died while converting it "
                                                   f"(out of memory?)")
                    else:
                        suspects.append(job)
                in_flight.clear()
    except (KeyboardInterrupt, SystemExit):
        # a second Ctrl-C: stop the workers now; SIGTERM makes them remove their temporary files
        for process in list(getattr(pool, "_processes", {}).values()):
            try:
                process.terminate()
            except Exception:
                pass
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


# --------------------------------------------------------------------------- the whole batch


@lru_cache(maxsize=8)
def _settings_digest(options: ConvertOptions) -> str:
    """Everything but the inputs that decides the outputs' bytes: options, the style's
    contents (after ``extends``), the font table and files, the timestamp."""
    from ..resources import fonts_dir
    from ..style import load_style

    fonts = fonts_dir()
    font_files = sorted((p.name, p.stat().st_size) for p in fonts.iterdir() if p.is_file())
    data = {
        "options": {k: v for k, v in asdict(options).items() if k not in ("formats", "max_size")},
        "style": load_style(options.style).raw,
        "fonts.toml": (fonts / "fonts.toml").read_text(encoding="utf-8") if (fonts / "fonts.toml").exists() else "",
        "font files": font_files,
        "timestamp": options.write_options().timestamp.isoformat(),
    }
    return _digest(data)


def _digest(data: object) -> str:
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def options_keys(job: Job, options: ConvertOptions) -> dict[Path, str]:
    """The hash of everything but the input bytes that decides each output of ``job``."""
    shape = {
        "reports": [[[p.name for p in r.pages], sorted(r.strip), list(r.missing), r.total] for r in job.report_list()],
        "collection": asdict(job.collection) if job.collection else None,
        "merge": job.merge,
    }
    settings = _settings_digest(options)
    return {out: _digest([settings, shape, fmt]) for fmt, out in job.outputs}


def _inputs_digest(hashes: list[str]) -> str:
    return _digest(hashes)


def convert_batch(jobs: list[Job], options: ConvertOptions, *, workers: int = 1, manifest_dir: Path | None = None,
                  force: bool = False, fail_fast: bool = False, scheduler: str | None = None,
                  progress: Progress | None = None, stop: StopFlag | None = None, debug: bool = False) -> Summary:
    """Run ``jobs`` with everything around them: skip up-to-date outputs (manifest),
    show progress, stop cleanly on Ctrl-C / --fail-fast, and sum up.

    An input is hashed here only when all its outputs are in the manifest (else it
    must be converted anyway); the hash recorded for a new output is the one the job
    computed from the bytes it converted."""
    from ..manifest import OutputKey

    progress = progress or Progress(quiet=True)
    stop = stop or StopFlag()
    stop.on_signal = progress.note
    started = time.perf_counter()
    summary = Summary(files=len(jobs), merged=sum(len(j.report_list()) for j in jobs if j.merge))
    manifest = None
    if manifest_dir is not None:
        from ..manifest import Manifest

        manifest = Manifest(manifest_dir)
    option_hash: dict[Path, str] = {}
    todo: list[Job] = []
    try:
        for job in jobs:
            if manifest is not None and job.stdin_data is None:
                job_options = options_keys(job, options)
                option_hash.update(job_options)
                pending = job.outputs
                if not force and all(manifest.known(out) for _, out in job.outputs):
                    try:
                        inputs = _inputs_digest([manifest.input_hash(p) for p in job.inputs])
                    except OSError:      # an input vanished or is unreadable: the job reports it
                        inputs = ""
                    pending = tuple((fmt, out) for fmt, out in job.outputs
                                    if not manifest.is_current(out, OutputKey(inputs, job_options[out], __version__)))
                if not pending:
                    summary.up_to_date += 1
                    continue
                job = replace(job, outputs=pending)
            todo.append(job)

        progress.start(len(todo), summary.up_to_date)
        finished = 0
        with stop.catching_signals():
            for result in run(todo, options, workers, stop=stop, scheduler=scheduler,
                              on_start=lambda job: progress.begin(job.label)):
                finished += 1
                if manifest is not None and result.written:
                    _record(manifest, result, option_hash)
                summary.outputs += len(result.written)
                summary.pages += result.pages
                summary.warnings += len(result.notices)
                summary.peak_worker_rss = max(summary.peak_worker_rss, result.peak_rss)
                if result.ok:
                    summary.converted += 1
                else:
                    summary.failed += 1
                    summary.failures.append(result.error or result.job.label)
                    if fail_fast:
                        stop.request("fail-fast")
                progress.finish(result.job.label, [str(p) for p in result.written], result.error, result.notices)
                if debug and result.traceback:
                    progress.error(result.traceback.rstrip())
        summary.not_started = len(todo) - finished
        summary.interrupted = stop.reason == "interrupted"
    finally:
        if manifest is not None:
            manifest.close()
        summary.seconds = time.perf_counter() - started
    return summary


def _record(manifest, result: JobResult, option_hash: dict[Path, str]) -> None:
    """Record the outputs a job wrote, keyed by the input bytes it converted."""
    from ..manifest import OutputKey

    seen = [result.inputs_seen.get(os.path.abspath(p)) for p in result.job.inputs]
    if any(s is None for s in seen):
        return                       # an input was not read: nothing trustworthy to record
    for p, (size, mtime_ns, digest, when) in zip(result.job.inputs, seen):
        manifest.remember_input(p, size, mtime_ns, digest, when)
    inputs = _inputs_digest([s[2] for s in seen])
    for out in result.written:
        if out in option_hash:
            manifest.record(out, OutputKey(inputs, option_hash[out], __version__), result.job.label)


__all__ = ["ConvertOptions", "Job", "JobResult", "InputError", "UsageError", "StopFlag", "plan", "run", "run_job",
           "convert_batch", "options_keys", "find_inputs", "natural_key", "write_atomic", "read_document", "read_report",
           "merge_documents", "default_workers", "count_pdf_pages"]
