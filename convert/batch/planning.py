"""Planning: the command line's inputs → ``Job``s with their output paths.

Folders are searched recursively in natural order, the pages of one article are
stitched into one report, lines repeated across a collection are marked for removal,
and each report (or, with ``--merge``, the whole collection) becomes one job.
"""

from __future__ import annotations

import os
from .. import regexcache as re
from pathlib import Path
from typing import Iterable

from .. import __version__
from .collection import (CollectionError, Glance, Report, collection_boilerplate, glance, group_reports,
                          load_collection_info, order_reports, with_strip_lines)
from ..writers import WRITERS
from .jobs import ConvertOptions, Job, UsageError, is_json_input

#: File name suffixes searched for in input folders (``--glob`` overrides).
TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
#: Threads that read the heads and tails of input files while planning.
GLANCE_THREADS = 8


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


def _outside(files: list[Path], folder: Path, searched: Path) -> list[Path]:
    """``files`` found in the input folder ``searched`` that are not inside the output
    ``folder``, when that output folder sits inside the input folder (a rerun must not
    read its own outputs). An output folder that *is* the input folder or holds it
    (``convert . --to pdf``, ``convert pages/ --merge -o book.epub``) excludes nothing:
    every file found is an input. Folders are resolved once each, not once per file."""
    searched = searched.resolve()
    if folder == searched or folder in searched.parents:
        return files
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
        from concurrent.futures import ThreadPoolExecutor   # only for many files: start-up

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
    texts = [(f, s) for f, s in files if not is_json_input(f, options)]
    # A glance serves stitching (two pages at least) and the boilerplate shared by
    # MIN_REPORTS reports: one file alone needs none (the reader decodes it anyway:
    # glancing the 180k benchmark cost 8 ms of its start-up)
    if (stitch or not options.keep_boilerplate) and len(texts) > 1:
        _glance_all([f for f, _ in texts], glances, cache)
    reports = group_reports(texts, glances, stitch=stitch)
    reports += [Report((f,), s) for f, s in files if is_json_input(f, options)]
    position = {f: i for i, (f, _) in enumerate(files)}
    return sorted(reports, key=lambda r: position[r.pages[0]])


def is_single_file_output(out: Path, formats: tuple[str, ...]) -> bool:
    """``-o report.pdf``: one format and a name with a suffix that is not a folder
    (otherwise ``-o`` is the output folder)."""
    return len(formats) == 1 and out.suffix != "" and not out.is_dir()


def plan(inputs: Iterable[str], out: str | None, options: ConvertOptions, *, merge: bool = False,
         glob: str | None = None, stdin: bytes | None = None, stitch: bool = True,
         manifest_dir: Path | None = None) -> tuple[list[Job], list[str]]:
    """Jobs for the command line, and one error line per input that yields no job.

    The files of each INPUT folder form one collection (the plain file arguments form
    another; with ``merge`` everything is one): pages are stitched into reports and
    collection boilerplate is found there (see ``convert.batch.collection``). With a
    ``manifest_dir``, what was read of unchanged files is taken from its manifest."""
    errors: list[str] = []
    inputs = list(inputs)
    out_path = Path(out) if out else None
    single_file_out = out_path is not None and is_single_file_output(out_path, options.formats)
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
            files = _outside(files, out_dir.resolve(), p)
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
