"""The whole batch: skip what is up to date, run the rest, show progress, sum up.

The manifest (``convert.manifest``) records, per output, the hashes of its input, of
the options and style, and the tool version; ``convert_batch`` asks it which outputs are
current and records each new one with the hash of the bytes its job converted.
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import asdict, fields, replace
from pathlib import Path

from .. import __version__
from ..progress import Progress, Summary
from .executors import run
from .collection import folder_issue_key
from .jobs import ConvertOptions, Job, JobResult
from .stopping import StopFlag


#: (options, their style's digest) → settings digest: the options' equality leaves the
#: resolved Style out, so its digest is part of the key
_SETTINGS: dict[tuple[ConvertOptions, str], str] = {}


def _settings_digest(options: ConvertOptions) -> str:
    """Everything but the inputs that decides the outputs' bytes: options, the style's
    contents (after ``extends``), the font table and files, the timestamp."""
    from ..resources import fonts_dir

    style = options.the_style()
    key = (options, style.digest)
    if key in _SETTINGS:
        return _SETTINGS[key]
    fonts = fonts_dir()
    font_files = sorted((p.name, p.stat().st_size) for p in fonts.iterdir() if p.is_file())
    data = {
        "options": {f.name: getattr(options, f.name) for f in fields(options)
                    if f.name not in ("formats", "max_size", "resolved")},
        "style": style.raw,
        "fonts.toml": (fonts / "fonts.toml").read_text(encoding="utf-8") if (fonts / "fonts.toml").exists() else "",
        "font files": font_files,
        "timestamp": options.write_options().timestamp.isoformat(),
    }
    if len(_SETTINGS) >= 8:
        _SETTINGS.clear()
    _SETTINGS[key] = _digest(data)
    return _SETTINGS[key]


def _digest(data: object) -> str:
    import json   # here: only a batch's manifest needs it

    text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def options_keys(job: Job, options: ConvertOptions) -> dict[Path, str]:
    """The hash of everything but the input bytes that decides each output of ``job``."""
    shape = {
        "reports": [[[p.name for p in r.pages], sorted(r.strip), list(r.missing), r.total] for r in job.report_list()],
        "collection": asdict(job.collection) if job.collection else None,
        "merge": job.merge,
    }
    folder = "" if job.merge else folder_issue_key(job.report_list()[0].pages[0])
    if folder:        # a collection.toml's 版头/版记 fields beside a single document
        shape["folder_issue"] = folder
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
    from ..style import StyleError

    try:
        options = options.with_style()     # once: the Style travels with the options to every job
    except StyleError:
        pass                               # every job reports it, as before
    progress = progress or Progress(quiet=True)
    stop = stop or StopFlag()
    stop.on_signal = progress.note
    started = time.perf_counter()
    summary = Summary(files=len(jobs), merged=sum(len(j.report_list()) for j in jobs if j.merge))
    manifest = None
    if manifest_dir is not None:
        from ..manifest import Manifest, OutputKey   # sqlite3: only for a batch with a manifest

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
