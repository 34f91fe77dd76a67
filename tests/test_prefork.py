"""convert/prefork.py: helpers forked at start-up that warm up on the second core and
then run one piece of the conversion; the command line's outputs are the same bytes with
and without them."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from convert import prefork

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_2eef0502365f63f1.txt"


def _warm(path: str) -> None:
    Path(path).write_text("warm")


def _warm_slowly(path: str) -> None:
    time.sleep(1.0)   # (the helper reads no request before: the pipe's buffer fills)
    _warm(path)


def _add(a: int, b: int, scale: int = 1) -> int:
    return (a + b) * scale


def _fail() -> None:
    raise ValueError("from the helper")


def _die() -> None:
    os._exit(3)


def _pid() -> int:
    return os.getpid()


@pytest.fixture(autouse=True)
def _no_leftovers():
    yield
    prefork.stop_all()


def test_a_helper_warms_up_runs_one_request_and_is_reaped(tmp_path):
    marker = tmp_path / "warm"
    helper = prefork.start("t-add", _warm, str(marker))
    assert helper is not None and prefork.claim("t-add") is helper
    assert prefork.claim("t-add") is None           # claimed once
    assert helper.submit(_add, 2, 3, scale=10).result() == 50
    assert marker.read_text() == "warm"              # warm ran in the helper, before the request
    assert helper.status is not None and os.waitstatus_to_exitcode(helper.status) == 0


def test_the_request_runs_in_another_process():
    helper = prefork.start("t-pid", _warm, os.devnull)
    assert prefork.claim("t-pid").submit(_pid).result() != os.getpid()


def test_an_exception_in_the_helper_is_raised_here():
    prefork.start("t-fail", _warm, os.devnull)
    with pytest.raises(ValueError, match="from the helper"):
        prefork.claim("t-fail").submit(_fail).result()


def test_a_helper_that_dies_says_so():
    prefork.start("t-die", _warm, os.devnull)
    with pytest.raises(prefork.HelperDied, match="exit status 3"):
        prefork.claim("t-die").submit(_die).result()


def test_a_large_request_is_sent_while_the_helper_still_warms_up(tmp_path):
    """The request is bigger than a pipe's buffer: submit returns at once anyway."""
    helper = prefork.start("t-big", _warm, str(tmp_path / "w"))
    big = "字" * 1_000_000
    pending = prefork.claim("t-big").submit(len, big)
    assert pending.result() == 1_000_000
    assert helper.status is not None


def test_a_small_request_is_written_at_once_without_a_thread(tmp_path):
    """A request the pipe's buffer holds is written by submit itself (a sender thread
    would wait for this thread to give up the GIL), and the pipe closed once."""
    helper = prefork.start("t-small", _warm, str(tmp_path / "w"))
    pending = prefork.claim("t-small").submit(_add, 1, 2)
    assert helper._sender is None and helper._to == -1
    assert pending.result() == 3
    helper.stop()                                    # nothing left to close twice
    big = prefork.start("t-big2", _warm_slowly, str(tmp_path / "w2"))
    pending = prefork.claim("t-big2").submit(len, "字" * 1_000_000)
    assert big._sender is not None                   # the rest by the thread
    assert pending.result() == 1_000_000 and big._to == -1


def test_helpers_nobody_claims_are_stopped():
    helper = prefork.start("t-idle", _warm, os.devnull)
    pid = helper.pid
    prefork.stop_all()
    assert prefork.claim("t-idle") is None
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)                  # already reaped


def _convert(tmp_path: Path, name: str, formats: str, *extra: str) -> dict[str, bytes]:
    out = tmp_path / name
    # CONVERT_PREFORK=1: helpers even when the test run keeps every core busy
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000", CONVERT_PREFORK="1")
    run = subprocess.run([sys.executable, "-m", "convert", str(SEED), "--to", formats, "-o", str(out), "-q", *extra],
                         env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


@pytest.mark.parametrize("formats", ["pdf,docx,epub", "pdf", "epub", "docx", "docx,json", "docx,epub,json"])
def test_the_command_line_writes_the_same_bytes_with_helpers(tmp_path, formats):
    """--jobs 2 on one file starts a helper (the PDF writer's, or the EPUB cover's);
    --jobs 1 starts none and writes everything in turn."""
    if len(os.sched_getaffinity(0)) < 2:
        pytest.skip("one core: no helper is started")
    with_helpers = _convert(tmp_path, "two", formats, "--jobs", "2")
    in_turn = _convert(tmp_path, "one", formats, "--jobs", "1")
    assert sorted(with_helpers) == sorted(in_turn) == sorted(f"{SEED.stem}.{f}" for f in formats.split(","))
    for name in in_turn:
        assert with_helpers[name] == in_turn[name], name


@pytest.mark.parametrize("formats,role", [("pdf,docx,epub", "pdf"), ("docx,pdf", "pdf"), ("epub", "epub-cover"),
                                          ("docx,epub", "epub-cover"), ("docx", "docx"), ("docx,json", "docx"),
                                          ("pdf", "pdf"), ("pdf,json", "pdf"), ("json", None)])
def test_which_helper_the_command_line_starts(monkeypatch, formats, role):
    from convert import cli

    monkeypatch.setenv("CONVERT_PREFORK", "1")
    monkeypatch.setattr(prefork, "start", lambda r, *a: started.append(r))
    for inputs, extra, expected in (([SEED], [], role), ([SEED], ["--jobs", "1"], None),
                                    ([SEED, SEED], [], None), ([SEED.parent], [], None)):
        started: list[str] = []
        cli._start_helpers(cli.build_parser().parse_args([*map(str, inputs), "--to", formats, *extra]))
        assert started == ([expected] if expected else [])
    started = []
    monkeypatch.setenv("CONVERT_PREFORK", "0")
    cli._start_helpers(cli.build_parser().parse_args([str(SEED), "--to", formats]))
    assert started == []


def test_on_a_busy_machine_only_the_cover_helper_starts(monkeypatch):
    """The cover's warm-up is what drawing the cover loads anyway: it is started whatever
    the load; the PDF and DOCX helpers (whose warm-ups write a document) are not."""
    from convert import cli

    monkeypatch.delenv("CONVERT_PREFORK", raising=False)
    monkeypatch.setattr(cli, "_cores_busy", lambda cores: True)
    monkeypatch.setattr(prefork, "start", lambda r, *a: started.append(r))
    if len(os.sched_getaffinity(0)) < 2:
        pytest.skip("one core: no helper is started")
    for formats, expected in (("epub", ["epub-cover"]), ("docx,epub", ["epub-cover"]), ("pdf", []),
                              ("pdf,epub", []), ("docx", [])):
        started: list[str] = []
        cli._start_helpers(cli.build_parser().parse_args([str(SEED), "--to", formats]))
        assert started == expected, formats


def test_the_helpers_started_are_the_ones_used(tmp_path, monkeypatch):
    """In one process: main() starts the PDF helper, the outputs hand it the PDF, and
    no helper is left waiting."""
    from convert import cli

    monkeypatch.setenv("CONVERT_PREFORK", "1")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    claimed: list[str] = []
    real_claim = prefork.claim
    monkeypatch.setattr(prefork, "claim", lambda role: claimed.append(role) or real_claim(role))
    assert cli.main([str(SEED), "--to", "pdf,docx", "-o", str(tmp_path / "a"), "-q", "--jobs", "2"]) == 0
    assert claimed == ["pdf"] and not prefork._helpers
    assert cli.main([str(SEED), "--to", "pdf,docx", "-o", str(tmp_path / "b"), "-q", "--jobs", "1"]) == 0
    for name in ("000_2eef0502365f63f1.pdf", "000_2eef0502365f63f1.docx"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
