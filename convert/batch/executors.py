"""Executors: run many jobs in this process, on a process pool or on a Dask cluster.

Each yields results as jobs finish and starts no job once a stop is requested. The
process pool retries, one at a time, the jobs that were in flight when a worker died,
so only a file that kills its worker by itself is reported.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from typing import TYPE_CHECKING, Callable, Iterator

from ..writers import get_writer
from .conversion import run_job
from .jobs import ConvertOptions, Job, JobResult
from .stopping import StopFlag
from .writing import remove_orphaned_parts

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

#: Jobs handed to an executor ahead of the ones running, per worker: enough to keep the
#: workers busy, few enough that a million planned jobs are not all queued at once.
AHEAD_PER_WORKER = 2


#: A few lines read once by ``warm_up``: the reader imports its passes and compiles their
#: regular expressions on its first read (0.1–0.2 s), not at import.
_WARM_UP_TEXT = "关于做好某项工作的通知\n各单位：\n一、总体要求\n（一）工作目标。现将有关事项通知如下。\n".encode()


def warm_up(formats: tuple[str, ...]) -> None:
    """Load what every job needs once per process: the font registry, the reader (its
    passes and their regular expressions, through one small read) and the writer
    modules. (The style comes resolved with the options; the PDF writer registers each
    font with reportlab once per process in its own cache, on first use.)"""
    from ..fonts import load_fonts
    from ..reader import ReadOptions, read

    load_fonts()
    read(_WARM_UP_TEXT, ReadOptions(filename="warm-up.txt"))
    for fmt in formats:
        get_writer(fmt).load()


def _worker_init(formats: tuple[str, ...]) -> None:
    # The parent decides when to stop (it finishes running files on Ctrl-C), so a
    # worker ignores SIGINT; SIGTERM (a second Ctrl-C) exits through SystemExit so
    # write_atomic removes its temporary file.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        warm_up(formats)
    except Exception:   # a broken font table is reported by the first job
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
        from .cluster import run_on_cluster

        yield from run_on_cluster(jobs, options, scheduler, stop=stop, on_start=on_start)
    elif workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            if stop.requested:
                return
            on_start(job)
            # one job and cores to spare: its PDF and other formats may be written side by side
            yield run_job(job, options, parallel_formats=workers > 1)
    else:
        yield from _run_pool(jobs, options, workers, stop, on_start)


def _new_pool(workers: int, options: ConvertOptions) -> "ProcessPoolExecutor":
    from concurrent.futures import ProcessPoolExecutor  # (multiprocessing: only for --jobs > 1)

    return ProcessPoolExecutor(max_workers=workers, initializer=_worker_init,
                               initargs=(options.formats,))


def _run_pool(jobs: list[Job], options: ConvertOptions, workers: int, stop: StopFlag,
              on_start: Callable[[Job], None]) -> Iterator[JobResult]:
    """A process pool fed a few jobs ahead. A worker that dies (out of memory, a crash
    in a library) takes the whole pool down, and with it every job in flight. Those
    jobs are suspects: each is run again *alone* in a new pool, so only a file that
    kills its worker by itself is reported, and the innocent files beside it convert."""
    # concurrent.futures (with logging, queue, threading) only for --jobs > 1: 3 ms of start-up
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, wait
    from concurrent.futures.process import BrokenProcessPool

    if multiprocessing.get_start_method() == "fork":
        # The workers are forked from here: warm up once in this process and every worker
        # starts with the reader and writers loaded (copy-on-write) instead of loading
        # them itself (with 2 workers the pool spent 12 % more CPU than one process).
        try:
            warm_up(options.formats)
        except Exception:   # a broken font table is reported by the first job
            pass
    queue = deque(jobs)
    suspects: deque[Job] = deque()
    pool = _new_pool(workers, options)
    in_flight: dict["Future", tuple[Job, bool]] = {}   # future → (job, running alone?)
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
