"""Batch: plan conversion jobs and run them.

A *job* is one input file (or, with ``--merge``, a whole collection) converted into one
or more formats. ``plan()`` turns the command line's inputs into jobs with their output
paths; ``run_job()`` does one job in this process; ``run()`` runs many, in-process or on
a process pool. Everything the CLI does is reachable from here.

Every output is written to a temporary name beside its final path and renamed when
complete, so an interrupted or failed run never leaves a half-written file.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .diagnostics import Reporter
from .model import Document, Meta, ModelError, Part
from .writers import WRITERS, WriteOptions, get_writer

#: File name suffixes searched for in input folders (``--glob`` overrides).
TEXT_SUFFIXES = (".txt", ".text", ".md")
DEFAULT_MAX_SIZE = 64 * 1024 * 1024


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
    """Inputs (one, or a merged collection) and the (format, path) outputs to write."""

    inputs: tuple[Path, ...]
    outputs: tuple[tuple[str, Path], ...]
    label: str
    merge: bool = False
    stdin_data: bytes | None = field(default=None, repr=False)


@dataclass
class JobResult:
    job: Job
    written: list[Path] = field(default_factory=list)
    error: str | None = None
    notices: list[str] = field(default_factory=list)
    seconds: float = 0.0

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


def plan(inputs: Iterable[str], out: str | None, options: ConvertOptions, *, merge: bool = False,
         glob: str | None = None, stdin: bytes | None = None) -> tuple[list[Job], list[str]]:
    """Jobs for the command line, and one error line per input that yields no job."""
    errors: list[str] = []
    sources: list[tuple[Path, Path]] = []   # (file, output path without suffix)
    inputs = list(inputs)
    out_path = Path(out) if out else None
    single_file_out = (out_path is not None and len(options.formats) == 1 and out_path.suffix != ""
                       and not out_path.is_dir())
    out_dir = (out_path.parent if single_file_out else out_path) if out_path else Path(".")

    for raw in inputs:
        if raw == "-":
            sources.append((Path("-"), out_dir / "stdin"))
            continue
        p = Path(raw)
        if p.is_dir():
            files = find_inputs(p, glob)
            out_resolved = out_dir.resolve()
            files = [f for f in files if out_resolved not in f.resolve().parents]
            if not files:
                errors.append(f"{raw}: no text files found in this folder")
            for f in files:
                rel = f.relative_to(p).with_suffix("")
                sources.append((f, out_dir / rel))
        elif p.exists():
            sources.append((p, out_dir / p.stem))
        else:
            errors.append(f"{raw}: no such file or folder")

    if single_file_out and (merge or len(sources) == 1):
        fmt = options.formats[0]
        expected = WRITERS[fmt].suffix
        if out_path.suffix.lower() != expected:
            raise UsageError(f"{out_path}: output name must end in {expected} for --to {fmt}")
    elif single_file_out and len(sources) > 1:
        raise UsageError(f"{out_path}: -o must be a folder when there are several inputs")

    jobs: list[Job] = []
    if merge and sources:
        files = tuple(f for f, _ in sources)
        if single_file_out:
            stem = out_path.with_suffix("")
        else:
            stem = out_dir / (Path(inputs[0]).name.rstrip("/") or "collection")
            if len(inputs) == 1 and Path(inputs[0]).is_dir():
                stem = out_dir / Path(inputs[0]).resolve().name
            else:
                stem = out_dir / "collection"
        outputs = tuple((fmt, stem.with_name(stem.name + WRITERS[fmt].suffix)) for fmt in options.formats)
        jobs.append(Job(files, outputs, label=str(stem.name), merge=True, stdin_data=stdin))
        return jobs, errors

    claimed: dict[Path, Path] = {}
    for f, stem in sources:
        if single_file_out:
            outputs = ((options.formats[0], out_path),)
        else:
            outputs = tuple((fmt, stem.with_name(stem.name + WRITERS[fmt].suffix)) for fmt in options.formats)
        clash = next((claimed[o] for _, o in outputs if o in claimed), None)
        if clash is not None:
            errors.append(f"{f}: its output {outputs[0][1].with_suffix('')}.* would overwrite the output of {clash}")
            continue
        for _, o in outputs:
            claimed[o] = f
        jobs.append(Job((f,), outputs, label=str(f), stdin_data=stdin if str(f) == "-" else None))
    return jobs, errors


# --------------------------------------------------------------------------- reading


def _read_bytes(path: Path, job: Job, options: ConvertOptions) -> bytes:
    if str(path) == "-":
        data = job.stdin_data or b""
    else:
        try:
            size = path.stat().st_size
            if size > options.max_size:
                raise InputError(f"{path}: {size:,} bytes is larger than --max-size {options.max_size:,}")
            with open(path, "rb") as fh:
                data = fh.read(options.max_size + 1)
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


def read_document(path: Path, job: Job, options: ConvertOptions) -> Document:
    """One input file → Document (text through the reader, or the model's JSON)."""
    from .reader import ReadError, ReadOptions, read

    data = _read_bytes(path, job, options)
    as_json = options.from_format == "json" or (options.from_format == "auto" and path.suffix.lower() == ".json")
    if as_json:
        try:
            return Document.from_json(data.decode("utf-8"))
        except UnicodeDecodeError:
            raise InputError(f"{path}: JSON input is not UTF-8") from None
        except ModelError as exc:
            raise InputError(f"{path}: not a convert document: {exc}") from None
    name = "stdin" if str(path) == "-" else path.name
    try:
        return read(data, ReadOptions(keep_boilerplate=options.keep_boilerplate,
                                      normalize=options.normalize, filename=name))
    except ReadError as exc:
        raise InputError(f"{path}: {exc}") from None


def apply_transforms(doc: Document, options: ConvertOptions) -> Document:
    if options.opencc:
        from .transform.opencc import convert_document

        doc = convert_document(doc, options.opencc)
    return doc


def merge_documents(docs: list[Document], title: str) -> Document:
    """A collection: one Part per report, the collection's language from the first."""
    language = docs[0].meta.language if docs else "zh-Hans"
    parts = tuple(Part(d.meta, d.blocks) for d in docs)
    return Document(Meta(title=title, language=language), parts)


# --------------------------------------------------------------------------- writing


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
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


def run_job(job: Job, options: ConvertOptions) -> JobResult:
    """Read, transform and write one job. Never raises for a bad input: the result
    carries the one-line error instead."""
    from .fonts import load_fonts
    from .style import load_style

    started = time.perf_counter()
    result = JobResult(job)
    source = job.label
    try:
        docs = [read_document(p, job, options) for p in job.inputs]
        if job.merge:
            doc = merge_documents(docs, title=job.label)
        else:
            doc = docs[0]
        doc = apply_transforms(doc, options)
        style = load_style(options.style)
        fonts = load_fonts()
        write_options = options.write_options()
        reporter = Reporter(source)
        for n in doc.meta.notices:
            reporter.warn(n.kind, n.message, n.line)
        if doc.meta.removed:
            reporter.warn("removed", f"{len(doc.meta.removed)} line(s) removed as boilerplate "
                                     f"(see meta.removed in --to json)")
        for fmt, out in job.outputs:
            data = get_writer(fmt).load()(doc, style, fonts, write_options, reporter)
            write_atomic(out, data)
            result.written.append(out)
        result.notices = reporter.lines()
    except InputError as exc:
        result.error = str(exc)
    except OSError as exc:
        where = exc.filename or source
        result.error = f"{where}: cannot write: {exc.strerror or exc}"
    result.seconds = time.perf_counter() - started
    return result


def run(jobs: list[Job], options: ConvertOptions, workers: int = 1) -> Iterator[JobResult]:
    """Run jobs, yielding each result as it finishes (in completion order when parallel)."""
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield run_job(job, options)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(run_job, job, options): job for job in jobs}
        for future in as_completed(futures):
            try:
                yield future.result()
            except Exception as exc:  # a worker that died
                yield JobResult(futures[future], error=f"{futures[future].label}: worker failed: {exc}")


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


__all__ = ["ConvertOptions", "Job", "JobResult", "InputError", "UsageError", "plan", "run", "run_job",
           "find_inputs", "natural_key", "write_atomic", "read_document", "merge_documents", "default_workers"]
