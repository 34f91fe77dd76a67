"""One job in this process: read its reports, transform, write every format.

``run_job`` is what every executor runs, in this process, in a pool worker or on a
Dask worker; it never raises for a bad input (the result carries the error line).
"""

from __future__ import annotations

import os
import resource
import time
import traceback

from ..collection import CollectionInfo
from ..collection import merge_documents
from ..diagnostics import Reporter
from ..model import Document
from ..writers import get_writer
from .jobs import ConvertOptions, InputError, Job, JobResult
from .reading import read_report
from .writing import count_pdf_pages, write_atomic


def apply_transforms(doc: Document, options: ConvertOptions) -> Document:
    """The transform registry, in its order: sanitize (always), OpenCC, quotes."""
    from ..transform import TransformOptions, apply_transforms as run_transforms

    return run_transforms(doc, TransformOptions(opencc=options.opencc))


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
            doc = merge_documents(docs, job.collection or CollectionInfo(title=job.label))
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
