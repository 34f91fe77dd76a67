"""Timing helpers for the bench: commands run round-robin, medians of wall and CPU time.

On a shared machine the wall clock drifts with the neighbours' load. Three defences:
every command of a comparison runs once per round, in turn (so drift hits convert and
its anchor alike); each run's CPU seconds (user + system, from ``wait4``) are kept
beside its wall seconds — a neighbour steals wall time, not CPU time; and each run
waits (a while, at most) for a moment when two cores are free (``wait_for_free_cores``):
convert uses the second core for one file, and a neighbour's job would decide that.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Sequence


@dataclass
class Sample:
    wall: float      # seconds
    cpu: float       # user + system seconds of the process and its children
    rss_mb: float    # peak resident set, MB


@dataclass
class Timed:
    """One named command and what its runs measured."""

    name: str
    argv: list[str]
    env: Mapping[str, str] | None = None
    samples: list[Sample] = field(default_factory=list)

    @property
    def wall(self) -> float:
        return statistics.median(s.wall for s in self.samples) if self.samples else float("nan")

    @property
    def cpu(self) -> float:
        return statistics.median(s.cpu for s in self.samples) if self.samples else float("nan")

    @property
    def rss_mb(self) -> float:
        return max((s.rss_mb for s in self.samples), default=float("nan"))


def run_once(argv: Sequence[str], cwd: Path, env: Mapping[str, str] | None = None) -> Sample:
    """Run ``argv`` to completion; raise CalledProcessError when it fails."""
    started = time.perf_counter()
    proc = subprocess.Popen([str(a) for a in argv], cwd=cwd, env=dict(env) if env is not None else None,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # wait4 gives this child's own resource use (with its waited-for children)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read() if proc.stderr else b""
    if proc.stderr:
        proc.stderr.close()
    if proc.returncode != 0:
        raise subprocess.CalledProcessError(proc.returncode, list(argv), stderr=err)
    return Sample(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def _burn(n: int) -> None:
    s = 0
    for i in range(n):
        s += i


def two_cores_free(work: int = 400_000) -> bool:
    """Do two processes run side by side right now? A loop here and the same loop in a
    forked child take about as long together as one alone when two cores are free."""
    if not hasattr(os, "fork") or (os.cpu_count() or 1) < 2:
        return False
    started = time.perf_counter()
    _burn(work)
    alone = time.perf_counter() - started
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            _burn(work)
        finally:
            os._exit(0)
    _burn(work)
    os.waitpid(pid, 0)
    return time.perf_counter() - started < 1.3 * alone


@dataclass
class Gate:
    """Waits before each run for a moment with two free cores, at most ``max_wait``
    seconds (0: never waits); counts the runs that started without one."""

    max_wait: float = 20.0
    runs: int = 0
    busy: int = 0

    def wait(self) -> None:
        if self.max_wait <= 0:
            return
        self.runs += 1
        deadline = time.monotonic() + self.max_wait
        while not two_cores_free():
            if time.monotonic() > deadline:
                self.busy += 1
                return
            time.sleep(0.25)


def round_robin(commands: Sequence[Timed], runs: int, cwd: Path, warm_up: bool = True,
                gate: Gate | None = None) -> None:
    """Run every command ``runs`` times, one of each per round (plus one untimed warm-up
    round that fills the page cache and writes any bytecode); each timed run after
    ``gate.wait()`` when a gate is given."""
    if warm_up:
        for c in commands:
            run_once(c.argv, cwd, c.env)
    for _ in range(runs):
        for c in commands:
            if gate is not None:
                gate.wait()
            c.samples.append(run_once(c.argv, cwd, c.env))


def median_call(fn, runs: int) -> float:
    """Median wall seconds of ``fn()`` in this process."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)
