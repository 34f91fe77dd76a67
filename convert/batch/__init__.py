"""Batch: plan conversion jobs and run them.

A *job* is one report (a file, or the stitched pages of one article) or, with
``--merge``, a whole collection, converted into one or more formats. The pipeline, one
module per step:

- ``jobs``       — what flows through it: ``ConvertOptions``, ``Job``, ``JobResult``;
- ``planning``   — ``plan()``: the command line's inputs → jobs with their output paths;
- ``reading``    — ``read_report()``: one report's input files → a ``Document``;
- ``conversion`` — ``run_job()``: one job in this process (read, transform, write);
- ``writing``    — ``write_atomic()``: outputs written to a temporary name and renamed;
- ``stopping``   — ``StopFlag``: Ctrl-C, SIGTERM and --fail-fast;
- ``executors``  — ``run()``: many jobs in-process, on a process pool or on a Dask cluster;
- ``driver``     — ``convert_batch()``: the manifest (skip what is up to date), the
  progress display, Ctrl-C handling and the summary.

Everything the CLI does is reachable from here; the names below are the public API.
"""

from .conversion import apply_transforms, merge_documents, run_job
from .driver import convert_batch, options_keys
from .executors import AHEAD_PER_WORKER, default_workers, run, warm_up
from .jobs import DEFAULT_MAX_SIZE, ConvertOptions, InputError, InputsSeen, Job, JobResult, UsageError
from .planning import GLANCE_THREADS, TEXT_SUFFIXES, find_inputs, natural_key, plan
from .reading import read_document, read_report
from .stopping import StopFlag
from .writing import count_pdf_pages, remove_orphaned_parts, write_atomic

# (the constants, apply_transforms, warm_up and remove_orphaned_parts are importable from
# here as before, but were never in __all__)
__all__ = ["ConvertOptions", "Job", "JobResult", "InputError", "UsageError", "StopFlag", "plan", "run", "run_job",
           "convert_batch", "options_keys", "find_inputs", "natural_key", "write_atomic", "read_document", "read_report",
           "merge_documents", "default_workers", "count_pdf_pages"]
