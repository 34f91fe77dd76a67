"""Batch: plan conversion jobs and run them.

A *job* is one report (a file, or the stitched pages of one article) or, with
``--merge``, a whole collection, converted into one or more formats. The pipeline, one
module per step:

- ``jobs``       — what flows through it: ``ConvertOptions``, ``Job``, ``JobResult``;
- ``planning``   — ``plan()``: the command line's inputs → jobs with their output paths;
- ``reading``    — ``read_report()``: one report's input files → a ``Document``;
- ``conversion`` — ``run_job()``: one job in this process (read, transform, write);
- ``writing``    — ``write_atomic()``: outputs written to a temporary name and renamed;
- ``outputs``    — ``write_outputs()``: one job's formats in turn, or the PDF beside the others
  (a forked child) when a core is free;
- ``stopping``   — ``StopFlag``: Ctrl-C, SIGTERM and --fail-fast;
- ``executors``  — ``run()``: many jobs in-process, on a process pool or on a Dask cluster;
- ``driver``     — ``convert_batch()``: the manifest (skip what is up to date), the
  progress display, Ctrl-C handling and the summary;
- ``collection`` — before the reader: page stitching, boilerplate across files,
  ``collection.toml`` (a merged book's order and cover);
- ``cluster``    — the Dask executor (``--scheduler``), beside the others in ``executors``.

Everything the CLI does is reachable from here; the names below are the public API.
"""

from importlib import import_module
from typing import TYPE_CHECKING

#: Where each public name lives. They are imported on first use (PEP 562), so that
#: importing one step — ``convert.batch.outputs`` in the PDF helper (convert.prefork) —
#: does not import the others and the reader with them.
_WHERE = {"apply_transforms": "conversion", "run_job": "conversion", "convert_batch": "driver",
          "default_workers": "executors", "run": "executors", "DEFAULT_MAX_SIZE": "jobs", "ConvertOptions": "jobs",
          "Job": "jobs", "JobResult": "jobs", "UsageError": "jobs", "natural_key": "planning", "plan": "planning",
          "read_report": "reading"}

_STEPS = ("jobs", "planning", "reading", "conversion", "writing", "outputs", "stopping", "executors", "driver",
          "collection", "cluster")

__all__ = ["ConvertOptions", "Job", "JobResult", "UsageError", "DEFAULT_MAX_SIZE", "plan", "natural_key",
           "read_report", "apply_transforms", "run", "run_job", "default_workers", "convert_batch"]

if TYPE_CHECKING:
    from .conversion import apply_transforms, run_job
    from .driver import convert_batch
    from .executors import default_workers, run
    from .jobs import DEFAULT_MAX_SIZE, ConvertOptions, Job, JobResult, UsageError
    from .planning import natural_key, plan
    from .reading import read_report


def __getattr__(name: str):
    if name in _STEPS:             # a step module, as attribute of the package
        return import_module(f"{__name__}.{name}")
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
