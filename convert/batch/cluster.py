"""Run batch jobs on a Dask distributed cluster (``--scheduler tcp://HOST:PORT``).

The jobs are the same as on the local process pool: each task is ``run_job(job,
options)`` on one report, which reads its input and writes its outputs itself — so the
input and output folders must be on a path every worker sees under the same name
(paths are made absolute before they are sent). Only results (paths written, errors,
warnings) come back; the manifest is kept by this process alone.

Workers need ``convert`` installed (the same version). Fonts and styles are cached per
worker process, so they load once per worker. The conversion is pure Python and holds
the GIL, so start workers with one thread each and as many processes as cores:
``dask worker tcp://HOST:8786 --nworkers auto --nthreads 1``.

Only a few tasks per worker thread are submitted ahead, so a run of a million files
keeps a small, steady number of tasks on the scheduler; on Ctrl-C no more are
submitted and those running finish.
"""

from __future__ import annotations

import os
from collections import deque
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

if TYPE_CHECKING:
    from .jobs import ConvertOptions, Job, JobResult
    from .stopping import StopFlag

AHEAD_PER_THREAD = 2


def _absolute(job: "Job") -> "Job":
    """The job with absolute paths, for workers whose working folder is not ours."""
    def absolute(p: Path) -> Path:
        return p if str(p) == "-" else Path(os.path.abspath(p))

    reports = tuple(replace(r, pages=tuple(absolute(p) for p in r.pages), stem=absolute(r.stem))
                    for r in job.reports)
    return replace(job, inputs=tuple(absolute(p) for p in job.inputs),
                   outputs=tuple((fmt, absolute(p)) for fmt, p in job.outputs), reports=reports)


def run_on_cluster(jobs: list["Job"], options: "ConvertOptions", address: str, *, stop: "StopFlag",
                   on_start: Callable[["Job"], None]) -> Iterator["JobResult"]:
    """Run ``jobs`` on the cluster at ``address``, yielding results as they finish."""
    from distributed import Client, as_completed

    from .conversion import run_job
    from .jobs import JobResult, UsageError

    try:
        # the connect timeout is dask's own setting (distributed.comm.timeouts.connect, 30 s;
        # DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT=5s in the environment changes it)
        client = Client(address, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise UsageError(f"--scheduler {address}: cannot connect: {exc}") from None
    try:
        threads = max(1, sum(client.nthreads().values()))
        queue = deque(enumerate(jobs))
        in_flight: dict[str, tuple[int, "Job"]] = {}
        finished = as_completed(loop=client.loop)

        def submit_more() -> None:
            while queue and len(in_flight) < threads * AHEAD_PER_THREAD and not stop.requested:
                index, job = queue.popleft()
                future = client.submit(run_job, _absolute(job), options, pure=False, key=f"convert-{index}-{os.getpid()}")
                in_flight[future.key] = (index, job)
                finished.add(future)
                on_start(job)

        submit_more()
        for future in finished:
            _, job = in_flight.pop(future.key)
            try:
                result = future.result()
            except Exception as exc:   # the task raised or its worker died
                result = JobResult(job, error=f"{job.label}: cluster task failed: {type(exc).__name__}: {exc}")
            else:
                # report our own (relative) paths, not the workers' absolute ones
                own = {Path(os.path.abspath(p)): p for _, p in job.outputs}
                result.written = [own.get(p, p) for p in result.written]
                result.job = job
            future.release()
            yield result
            submit_more()
    finally:
        client.close()
