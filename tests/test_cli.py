"""The command line as a user meets it: formats, output naming, errors, exit status."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT, SEED, run_cli


def stderr_lines(proc: subprocess.CompletedProcess) -> list[str]:
    return [line for line in proc.stderr.decode("utf-8", "replace").splitlines() if line.strip()]


def leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_list_formats_names_every_writer():
    proc = run_cli("--list-formats")
    assert proc.returncode == 0
    names = [line.split()[0] for line in proc.stdout.decode().splitlines()]
    assert names == ["pdf", "docx", "epub", "json", "html"]


def test_list_styles_one_line_each():
    proc = run_cli("--list-styles")
    assert proc.returncode == 0
    lines = proc.stdout.decode().splitlines()
    assert any(line.startswith("gbt9704 ") for line in lines)
    assert all(len(line.split(None, 1)) == 2 for line in lines)


def test_help_via_python_m():
    proc = run_cli("--help")
    assert proc.returncode == 0
    assert b"--to" in proc.stdout and b"--list-formats" in proc.stdout


def test_seed_to_all_formats_named_after_input(tmp_path):
    proc = run_cli(SEED, "--to", "pdf,docx,epub,json", "-o", tmp_path / "out")
    assert proc.returncode == 0, proc.stderr.decode()
    stem = SEED.stem
    for suffix in (".pdf", ".docx", ".epub", ".json"):
        assert (tmp_path / "out" / f"{stem}{suffix}").stat().st_size > 0
    assert not list((tmp_path / "out").glob(".*"))  # no temporary files left
    doc = json.loads((tmp_path / "out" / f"{stem}.json").read_text(encoding="utf-8"))
    assert doc["format"] == "convert-document" and doc["version"] == 1


def test_default_output_is_current_folder(tmp_path):
    proc = run_cli(SEED, "--to", "json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    assert (tmp_path / f"{SEED.stem}.json").is_file()


def test_output_may_be_a_file_name_for_one_input_and_format(tmp_path):
    target = tmp_path / "report.json"
    proc = run_cli(SEED, "--to", "json", "-o", target)
    assert proc.returncode == 0, proc.stderr.decode()
    assert target.is_file()


def test_stdin_input(tmp_path):
    proc = run_cli("-", "--to", "json", "-o", tmp_path / "x.json", input=SEED.read_bytes())
    assert proc.returncode == 0, proc.stderr.decode()
    assert "二十大" in (tmp_path / "x.json").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- bad input


def test_nonexistent_path(tmp_path):
    proc = run_cli(tmp_path / "nope.txt", "--to", "json", "-o", tmp_path / "out")
    assert proc.returncode == 1
    [line] = stderr_lines(proc)
    assert "nope.txt" in line and "no such file" in line
    assert not (tmp_path / "out").exists() or not leftovers(tmp_path / "out")


def test_folder_without_text_files(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    proc = run_cli(tmp_path / "in", "--to", "json", "-o", tmp_path / "out")
    assert proc.returncode == 1
    [line] = stderr_lines(proc)
    assert "no text files" in line and "in" in line


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b" \n\r\n\t\n", "whitespace"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    ("archive.txt", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4, "binary"),
    ("garbage.txt", bytes([0x80, 0xFF, 0xFE, 0x81, 0x00, 0x9F]) * 200, "binary"),
])
def test_non_text_input_is_refused_and_others_still_convert(tmp_path, name, data, reason):
    bad = tmp_path / name
    bad.write_bytes(data)
    out = tmp_path / "out"
    proc = run_cli(bad, SEED, "--to", "json,epub", "-o", out)
    assert proc.returncode == 1
    errors = [line for line in stderr_lines(proc) if name in line]
    assert len(errors) == 1 and reason in errors[0].lower(), stderr_lines(proc)
    assert not list(out.glob(f"{bad.stem}.*"))                  # nothing for the bad input
    assert (out / f"{SEED.stem}.json").is_file() and (out / f"{SEED.stem}.epub").is_file()


def test_unknown_format_is_a_usage_error(tmp_path):
    proc = run_cli(SEED, "--to", "pdf,odt", "-o", tmp_path / "out")
    assert proc.returncode == 2
    [line] = stderr_lines(proc)
    assert "'odt'" in line and "pdf, docx, epub, json" in line
    assert not (tmp_path / "out").exists()


def test_unwritable_output_is_a_usage_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    proc = run_cli(SEED, "--to", "json", "-o", blocker / "out")
    assert proc.returncode == 2
    [line] = stderr_lines(proc)
    assert str(blocker) in line and "cannot write" in line


def test_unknown_style_is_a_usage_error(tmp_path):
    proc = run_cli(SEED, "--to", "json", "--style", "nosuchstyle", "-o", tmp_path)
    assert proc.returncode == 2
    [line] = stderr_lines(proc)
    assert "nosuchstyle" in line and "gbt9704" in line


def test_no_input_is_a_usage_error():
    proc = run_cli()
    assert proc.returncode == 2
    assert len(stderr_lines(proc)) == 1


def test_bad_json_model_points_at_the_field(tmp_path):
    bad = tmp_path / "doc.json"
    bad.write_text(json.dumps({"format": "convert-document", "version": 1, "meta": {},
                               "blocks": [{"type": "heading", "level": "one", "label": "", "content": []}]}))
    proc = run_cli(bad, "--to", "json", "-o", tmp_path / "out")
    assert proc.returncode == 1
    [line] = stderr_lines(proc)
    assert "$.blocks[0].level" in line and "integer" in line


def test_json_round_trip_through_the_cli(tmp_path):
    first = tmp_path / "a.json"
    assert run_cli(SEED, "--to", "json", "-o", first).returncode == 0
    second = tmp_path / "b.json"
    proc = run_cli(first, "--to", "json", "-o", second)
    assert proc.returncode == 0, proc.stderr.decode()
    assert first.read_bytes() == second.read_bytes()


# --------------------------------------------------------------------------- install


@pytest.mark.slow
def test_wheel_installs_into_a_fresh_venv_and_runs_elsewhere(tmp_path):
    """Build the wheel, install it (non-editable) into a new venv, run from another folder."""
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-w", dist, ROOT], check=True, capture_output=True, timeout=600)
    [wheel] = dist.glob("convert-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "convert/data/styles/gbt9704.toml" in names
    assert "convert/data/fonts/fonts.toml" in names
    assert any(n.startswith("convert/data/fonts/LICENSES/") for n in names)

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    # The dependencies come from the test environment (a plain path in a .pth file: no
    # network needed, and the editable install's own .pth hooks are not run from there);
    # the package itself comes only from the wheel.
    purelib = subprocess.run([py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    Path(purelib, "test-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([py, "-m", "pip", "install", "--no-deps", "--quiet", wheel], check=True,
                   capture_output=True, timeout=600)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(SEED, elsewhere / "report.txt")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    proc = subprocess.run([env_dir / "bin" / "convert", "report.txt", "--to", "pdf,json"], cwd=elsewhere,
                          capture_output=True, timeout=300, env=env)
    assert proc.returncode == 0, proc.stderr.decode()
    assert (elsewhere / "report.pdf").read_bytes().startswith(b"%PDF")
    where = subprocess.run([py, "-c", "import convert; print(convert.__file__)"], cwd=elsewhere,
                           capture_output=True, text=True, check=True).stdout
    assert str(env_dir) in where and str(ROOT) not in where
