"""One job in this process: read its reports, transform, write every format.

``run_job`` is what every executor runs, in this process, in a pool worker or on a
Dask worker; it never raises for a bad input (the result carries the error line).
"""

from __future__ import annotations

import os
import resource
import time
from dataclasses import replace

from ..diagnostics import Reporter
from ..model import Document, merge_documents, meta_with
from .collection import CollectionInfo, book_meta, book_title, with_folder_issue
from .jobs import ConvertOptions, InputError, Job, JobResult, is_json_input
from .outputs import write_outputs
from .reading import read_report
from .writing import OutputError


def apply_transforms(doc: Document, options: ConvertOptions) -> Document:
    """The transform registry, in its order: sanitize (always), OpenCC, quotes."""
    from ..transform import TransformOptions, apply_transforms as run_transforms

    return run_transforms(doc, TransformOptions(opencc=options.opencc))


def run_job(job: Job, options: ConvertOptions, parallel_formats: bool = False) -> JobResult:
    """Read, transform and write one job. Never raises for a bad input: the result
    carries the one-line error instead. ``parallel_formats``: a core is free, so the
    PDF and the other formats may be written at the same time (outputs.py)."""
    from ..fonts import load_fonts

    started = time.perf_counter()
    result = JobResult(job, pid=os.getpid())
    source = job.label
    try:
        docs = [read_report(r, job, options, result.inputs_seen) for r in job.report_list()]
        title_notice = ""
        if job.merge:
            info = job.collection or CollectionInfo(title=job.label)
            title, title_notice = book_title(info, (d.meta.title for d in docs))
            info = replace(info, title=title)
            # the 版头/版记 fields collection.toml gives, for each report that does not state its own
            doc = merge_documents(docs, book_meta(info), dict(info.issue))
        else:   # the 版头/版记 fields of a collection.toml beside the file (collection.py)
            doc = with_folder_issue(docs[0], job.report_list()[0].pages[0])
        if options.meta:        # --meta key=value: the user's word over what the text stated
            doc = replace(doc, meta=meta_with(doc.meta, dict(options.meta)))
        doc = apply_transforms(doc, options)
        style = options.the_style()            # resolved once, before the batch
        fonts = load_fonts()                   # cached: once per process
        write_options = options.write_options()
        reporter = Reporter(source)
        for line in job.notices:
            reporter.warn("structure", line)
        if title_notice:
            reporter.warn("collection", title_notice)
        # A model read from JSON carries the notices and removals of the read that made
        # it: they are not news of this run (only the removals are recalled, as such).
        earlier = [len(r.pages) == 1 and is_json_input(r.pages[0], options) for r in job.report_list()]
        for d, was_read_before in zip(docs, earlier):
            name = f"{d.meta.source}: " if job.merge and d.meta.source else ""
            for n in d.meta.notices:
                if n.kind != "removed" and not was_read_before:   # removals are counted below
                    reporter.warn(n.kind, name + n.message, n.line)
        fresh = [d for d, was_read_before in zip(docs, earlier) if d.meta.removed and not was_read_before]
        removed = sum(len(d.meta.removed) for d in fresh)
        if removed:
            of = f" from {len(fresh)} reports" if job.merge else ""
            reporter.warn("removed", f"{removed} line(s) removed as boilerplate{of} (see meta.removed in --to json)")
        recalled = sum(len(d.meta.removed) for d, was_read_before in zip(docs, earlier) if was_read_before)
        if recalled:
            reporter.warn("removed", f"meta.removed lists {recalled} line(s) removed as boilerplate when the text "
                                     f"was read earlier; nothing was removed in this run")
        for n in doc.meta.notices:     # the transforms' own notices (invalid-char)
            if n.kind == "invalid-char":
                reporter.warn(n.kind, n.message, n.line)
        outcome = write_outputs(doc, job.outputs, style, fonts, write_options, reporter, source,
                                parallel=parallel_formats)
        result.written.extend(w.path for w in outcome.wrote)
        result.pages += sum(w.pages for w in outcome.wrote)   # the writers' own count: no output is parsed
        result.notices = reporter.lines()
        if outcome.error is not None:
            result.error, result.traceback = outcome.error, outcome.traceback
    except (InputError, OutputError) as exc:
        result.error = str(exc)
    except OSError as exc:
        where = exc.filename or source
        result.error = f"{where}: cannot write: {exc.strerror or exc}"
    except Exception as exc:   # a bug: this file fails, the batch goes on
        result.error = f"{source}: internal error: {type(exc).__name__}: {exc} (rerun with --debug for details)"
        import traceback   # only for a bug: 3 ms of every run's start-up otherwise

        result.traceback = traceback.format_exc()
    result.seconds = time.perf_counter() - started
    # (with the child that wrote the other formats, when there was one)
    result.peak_rss = max(resource.getrusage(who).ru_maxrss
                          for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) * 1024
    return result
