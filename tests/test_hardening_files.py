"""Hardening of the file side: odd things in input folders, unreadable and vanishing
files, output-name clashes, outputs inside the input folder, names that would escape -o.

Each case runs the real CLI (or, where the timing must be exact, the batch API the CLI
calls) and checks what a user sees: the exit status, one line per problem naming the
file, the outputs on disk and nothing else."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, run_cli

from convert.batch import ConvertOptions, convert_batch, plan
from convert.model import Document, Part

REPORT = "关于做好安全生产工作的通知\n\n各单位：\n\n一、总体要求\n\n认真做好各项工作。\n"


def write(path: Path, text: str = REPORT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and not p.is_symlink()}


def error_lines(proc: subprocess.CompletedProcess) -> list[str]:
    err = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    return [line for line in err.splitlines() if line.startswith("convert: ") and "warning" not in line]


def outputs(folder: Path) -> set[str]:
    """Output files, without the manifest."""
    return {f for f in files_under(folder) if not f.startswith(".convert-manifest")}


# --------------------------------------------------------------------------- input folders


def test_symlink_loops_are_not_followed_forever(tmp_path):
    src = tmp_path / "in"
    write(src / "a.txt")
    write(src / "sub" / "b.txt")
    (src / "sub" / "loop").symlink_to(src, target_is_directory=True)      # sub/loop → in
    (src / "self.txt").symlink_to(src / "self.txt")                      # ELOOP on open
    proc = run_cli(src, "--to", "json", "-o", tmp_path / "out", timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    assert outputs(tmp_path / "out") == {"a.json", "sub/b.json"}


def test_fifo_in_an_input_folder_is_skipped_without_blocking(tmp_path):
    src = tmp_path / "in"
    write(src / "a.txt")
    os.mkfifo(src / "pipe.txt")       # opening it for reading would block forever
    proc = run_cli(src, "--to", "json", "-o", tmp_path / "out", timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    assert outputs(tmp_path / "out") == {"a.json"}


def test_fifo_given_by_name_is_refused_not_waited_on(tmp_path):
    write(tmp_path / "a.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    proc = run_cli(tmp_path / "a.txt", tmp_path / "pipe.txt", "--to", "json", "-o", tmp_path / "out", timeout=120)
    lines = error_lines(proc)
    assert proc.returncode == 1
    assert any("pipe.txt" in line for line in lines), lines
    assert outputs(tmp_path / "out") == {"a.json"}


def _setpriv() -> list[str]:
    """Root reads any file: drop the capabilities that let it, so chmod 000 bites."""
    if os.geteuid() != 0:
        return []
    tool = shutil.which("setpriv")
    if tool is None:
        pytest.skip("running as root without setpriv: cannot make a file unreadable")
    drop = "-dac_override,-dac_read_search"
    return [tool, f"--bounding-set={drop}", f"--inh-caps={drop}"]


def test_unreadable_file_is_reported_and_the_others_convert(tmp_path):
    src = tmp_path / "in"
    write(src / "a.txt")
    secret = write(src / "b.txt")
    secret.chmod(0)
    try:
        proc = subprocess.run([*_setpriv(), sys.executable, "-m", "convert", str(src), "--to", "json",
                               "-o", str(tmp_path / "out")], cwd=ROOT, capture_output=True, timeout=120)
    finally:
        secret.chmod(0o644)
    lines = error_lines(proc)
    assert proc.returncode == 1, proc.stderr.decode()
    assert [line for line in lines if "b.txt" in line and "permission denied" in line], lines
    assert outputs(tmp_path / "out") == {"a.json"}


def test_a_file_replaced_by_a_folder_is_reported(tmp_path):
    src = tmp_path / "in"
    write(src / "a.txt")
    write(src / "b.txt")
    jobs, errors = plan([str(src)], str(tmp_path / "out"), ConvertOptions(formats=("json",)))
    (src / "b.txt").unlink()
    (src / "b.txt").mkdir()
    summary = convert_batch(jobs, ConvertOptions(formats=("json",)), manifest_dir=tmp_path / "out")
    assert (summary.converted, summary.failed) == (1, 1)
    assert "b.txt" in summary.failures[0] and "folder" in summary.failures[0]


def test_a_file_that_vanishes_mid_run_fails_alone(tmp_path):
    """Planned, then deleted before it is read (another process cleaned up): that file
    fails with a plain reason, the others convert, the manifest records only them."""
    src = tmp_path / "in"
    for name in ("a", "b", "c"):
        write(src / f"{name}.txt", REPORT.replace("总体要求", f"总体要求{name}"))
    options = ConvertOptions(formats=("json", "pdf"))
    jobs, errors = plan([str(src)], str(tmp_path / "out"), options)
    assert not errors and len(jobs) == 3
    (src / "b.txt").unlink()
    summary = convert_batch(jobs, options, manifest_dir=tmp_path / "out")
    assert (summary.converted, summary.failed) == (2, 1)
    assert "b.txt" in summary.failures[0] and "vanished" in summary.failures[0], summary.failures
    assert outputs(tmp_path / "out") == {"a.json", "a.pdf", "c.json", "c.pdf"}
    # the rerun (b.txt is back) converts only b
    write(src / "b.txt")
    proc = run_cli(src, "--to", "json,pdf", "-o", tmp_path / "out")
    assert proc.returncode == 0, proc.stderr.decode()
    done = [line for line in proc.stdout.decode().splitlines() if "→" in line]
    assert len(done) == 1 and "b.txt" in done[0], done
    assert "1 converted, 2 up to date" in proc.stdout.decode()
    assert outputs(tmp_path / "out") == {f"{n}.{s}" for n in "abc" for s in ("json", "pdf")}


# --------------------------------------------------------------------------- output names


def test_two_inputs_for_one_output_name(tmp_path):
    src = tmp_path / "in"
    write(src / "report.txt")
    write(src / "report.md", REPORT.replace("总体要求", "另一份"))
    proc = run_cli(src, "--to", "json", "-o", tmp_path / "out")
    lines = error_lines(proc)
    assert proc.returncode == 1
    clash = [line for line in lines if "would overwrite" in line]
    assert len(clash) == 1 and "report" in clash[0], lines
    assert outputs(tmp_path / "out") == {"report.json"}


def test_output_folder_inside_the_input_folder_is_never_read(tmp_path):
    src = tmp_path / "in"
    write(src / "a.txt")
    for _ in range(2):   # the second run sees last run's outputs inside in/
        proc = run_cli(src, "--glob", "*", "--to", "json,pdf", "-o", src / "out")
        assert proc.returncode == 0, proc.stderr.decode()
    assert outputs(src / "out") == {"a.json", "a.pdf"}
    proc = run_cli(src, "--glob", "*", "--from", "json", "--to", "json", "-o", src / "out", "--force")
    assert outputs(src / "out") == {"a.json", "a.pdf"}     # still nothing made from out/



def test_an_output_folder_holding_the_input_folder_reads_every_input(tmp_path):
    """The README's `convert pages/ --merge --to epub -o collection.epub`: the output
    folder (the current one) holds pages/. Once, every page was taken for an output
    and the command said "no text files found"."""
    write(tmp_path / "pages" / "1.txt")
    write(tmp_path / "pages" / "2.txt", REPORT.replace("安全生产", "防汛抗旱"))
    proc = run_cli("pages/", "--merge", "--to", "json", "-o", "collection.json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    book = Document.from_json((tmp_path / "collection.json").read_text(encoding="utf-8"))
    assert len(book.blocks) == 2 and all(isinstance(b, Part) for b in book.blocks)


def test_the_current_folder_as_input_and_output(tmp_path):
    """`cd reports && convert . --to json`: outputs beside the texts, every text read;
    the rerun reads the texts again, not the JSON it wrote (without -o there is no
    manifest, so it converts them again)."""
    for name in ("a", "b"):
        write(tmp_path / f"{name}.txt")
    first = run_cli(".", "--to", "json", cwd=tmp_path)
    assert first.returncode == 0, first.stderr.decode()
    assert {f for f in files_under(tmp_path) if not f.startswith(".")} == {"a.txt", "b.txt", "a.json", "b.json"}
    again = run_cli(".", "--to", "json", cwd=tmp_path)
    assert again.returncode == 0, again.stderr.decode()
    assert "2 files: 2 converted, 0 failed" in (again.stdout + again.stderr).decode()
    assert {f for f in files_under(tmp_path) if not f.startswith(".")} == {"a.txt", "b.txt", "a.json", "b.json"}

@pytest.mark.parametrize("name", ["..txt", "...txt"])
def test_dot_names_stay_inside_the_output_folder(tmp_path, name):
    """"..txt" has the stem "."; its output once landed beside -o (out.json)."""
    work = tmp_path / "w"
    write(work / name)
    proc = run_cli(work / name, "--to", "json", "-o", work / "out" / "")
    assert proc.returncode == 0, proc.stderr.decode()
    assert outputs(work / "out") == {f"{name}.json"}
    assert files_under(work) == {name, f"out/{name}.json"}


def test_merged_collection_titles_and_order_cannot_escape_the_output_folder(tmp_path):
    src = tmp_path / "book"
    write(src / "1.txt")
    write(src / "2.txt", REPORT.replace("总体要求", "第二篇"))
    write(tmp_path / "outside.txt", "不应读到的秘密\n")
    (src / "collection.toml").write_text(
        'title = "../../escaped/../../etc/passwd"\n'
        'subtitle = "/absolute/name"\n'
        f'order = ["../outside.txt", "{tmp_path / "outside.txt"}", "/etc/passwd", "2.txt", "1.txt"]\n',
        encoding="utf-8")
    before = files_under(tmp_path)
    proc = run_cli(src, "--merge", "--to", "epub,json", "-o", tmp_path / "out")
    assert proc.returncode == 0, proc.stderr.decode()
    assert "Traceback" not in proc.stderr.decode()
    made = {f for f in files_under(tmp_path) - before if not f.startswith("out/.convert-manifest")}
    assert made == {"out/book.epub", "out/book.json"}
    text = (tmp_path / "out" / "book.json").read_text(encoding="utf-8")
    assert "不应读到的秘密" not in text and "root:" not in text
    assert text.index("第二篇") < text.index("总体要求")         # the order that could be honoured was


def test_output_name_with_parent_parts_is_the_users_choice_but_atomic(tmp_path):
    """-o a/../b.json is a path the user wrote: it is written there, completely."""
    write(tmp_path / "a.txt")
    proc = run_cli(tmp_path / "a.txt", "--to", "json", "-o", tmp_path / "x" / ".." / "b.json")
    assert proc.returncode == 0, proc.stderr.decode()
    assert (tmp_path / "b.json").is_file()
    assert not list(tmp_path.rglob("*.part"))
