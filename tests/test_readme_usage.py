"""The README's Usage commands, run literally, as a user would type them.

Each `convert …` line of the README's Usage block is taken from the README itself (so
the test follows the README) and run literally, as after the Quick start's
`. .venv/bin/activate` (the test environment's bin first on PATH, so a bare `convert`
is this tool and not ImageMagick's), in a folder holding what the commands name:
report.txt (the seed), reports/ (a folder with a subfolder), pages/ (three scraped
pages of a collection), mine.toml (a style extending gbt9704) and doc.json. A bug
once made `convert pages/ --merge --to epub -o collection.epub` answer "no text
files found": every example must do what the README says.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import zipfile
from pathlib import Path

import pikepdf
from lxml import etree
import pytest
from docx import Document as DocxDocument

from conftest import ROOT, SEED, run_cli

from convert.model import Document, plain_text

FIXTURES = ROOT / "tests" / "fixtures" / "reader"
BIN = Path(sys.executable).parent     # the venv's bin, which `. .venv/bin/activate` puts first on PATH


def squash(text: str) -> str:
    return "".join(text.split())


def usage_commands() -> list[str]:
    """The indented command lines of the README's Usage section, comments removed."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Usage", 1)[1].split("\n## ", 1)[0]
    lines = [line.split("#", 1)[0].strip() for line in section.splitlines() if line.startswith("    ")]
    return [line for line in lines if line.startswith(("convert ", "python -m convert "))]


def test_the_readme_lists_the_four_commands_of_the_product_description():
    commands = usage_commands()
    for expected in ("convert report.txt --to pdf", "convert reports/ --to pdf,docx,epub -o out/",
                     "convert pages/ --merge --to epub -o collection.epub",
                     "convert report.txt --to docx --opencc s2twp"):
        assert expected in commands, commands


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("readme")
    (work / "report.txt").write_bytes(SEED.read_bytes())
    (work / "reports" / "2023").mkdir(parents=True)
    (work / "reports" / "notice.txt").write_bytes((FIXTURES / "notice_signature.txt").read_bytes())
    (work / "reports" / "2023" / "law.txt").write_bytes((FIXTURES / "law_toc.txt").read_bytes())
    (work / "pages").mkdir()
    for i, name in enumerate(("notice_attachment", "speech", "gov_work_report")):
        (work / "pages" / f"{i + 1}.txt").write_bytes((FIXTURES / f"{name}.txt").read_bytes())
    (work / "mine.toml").write_text('extends = "gbt9704"\n', encoding="utf-8")
    proc = run_cli("report.txt", "--to", "json", "-o", "doc.json", cwd=work)
    assert proc.returncode == 0, proc.stderr.decode()
    return work


def activated_env() -> dict[str, str]:
    """The environment of a shell after `. .venv/bin/activate`."""
    return dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", VIRTUAL_ENV=str(BIN.parent))


def _run(command: str, cwd: Path):
    args = shlex.split(command)
    if not (BIN / "convert").is_file():                       # not an installed environment
        args = args[1:] if args[0] == "convert" else args[3:]  # run_cli adds `python -m convert`
        return run_cli(*args, cwd=cwd)
    return subprocess.run(args, cwd=cwd, env=activated_env(), capture_output=True, timeout=300)


def quick_start() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return text.split("## Quick start", 1)[1].split("\n## ", 1)[0]


def test_quick_start_says_how_to_run_the_installed_tool_and_names_the_imagemagick_clash():
    section = quick_start()
    for expected in (". .venv/bin/activate", ".venv/bin/convert", "pipx install .", "ImageMagick",
                     "python -m convert", "make check", "make test", "make demo"):
        assert expected in section, expected


def test_after_activate_a_bare_convert_is_this_tool():
    if not (BIN / "convert").is_file():
        pytest.skip("the tests do not run from an installed environment")
    proc = subprocess.run(["convert", "--list-formats"], env=activated_env(), capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr.decode()
    assert [line.split()[0] for line in proc.stdout.decode().splitlines()] == ["pdf", "docx", "epub", "json", "html"]


@pytest.mark.parametrize("command", usage_commands())
def test_each_usage_command_works(command, workdir):
    before = {p: p.stat().st_mtime_ns for p in workdir.rglob("*") if p.is_file()}
    proc = _run(command, workdir)
    out, err = proc.stdout.decode(), proc.stderr.decode()
    assert proc.returncode == 0, (command, err)
    assert "Traceback" not in err and "error" not in err.lower(), (command, err)
    if "--help" in command or "--list" in command:
        assert out.strip(), command
        return
    made = [p for p in workdir.rglob("*") if p.is_file() and not p.name.startswith(".")
            and before.get(p) != p.stat().st_mtime_ns]
    assert made, f"{command}: wrote nothing"
    for path in made:
        if path.suffix == ".pdf":
            with pikepdf.open(path) as pdf:
                assert len(pdf.pages) >= 1
        elif path.suffix in (".epub", ".docx"):
            with zipfile.ZipFile(path) as z:
                assert z.testzip() is None
        elif path.suffix == ".json":
            Document.from_json(path.read_text(encoding="utf-8"))


def test_merge_example_makes_one_book_of_the_three_pages(workdir):
    proc = _run("convert pages/ --merge --to epub -o collection.epub", workdir)
    assert proc.returncode == 0, proc.stderr.decode()
    with zipfile.ZipFile(workdir / "collection.epub") as z:
        nav = next(z.read(n).decode() for n in z.namelist() if n.endswith("nav.xhtml"))
    # one top-level entry per report, in page order: the fixtures' known titles
    toc = etree.fromstring(nav.encode()).find(".//{*}nav[@{http://www.idpf.org/2007/ops}type='toc']")
    top = [squash("".join(li.find("{*}a").itertext())) for li in toc.find("{*}ol").findall("{*}li")]
    assert top == ["关于印发《某某市公共数据开放管理办法》的通知", "在全市优化营商环境工作推进会上的讲话", "政府工作报告"]

def test_folder_example_keeps_relative_paths(workdir):
    proc = _run("convert reports/ --to pdf,docx,epub -o out/", workdir)
    assert proc.returncode == 0, proc.stderr.decode()
    for stem in ("out/notice", "out/2023/law"):
        for suffix in (".pdf", ".docx", ".epub"):
            assert (workdir / f"{stem}{suffix}").is_file(), stem + suffix


def test_opencc_example_gives_a_traditional_docx(workdir):
    proc = _run("convert report.txt --to docx --opencc s2twp", workdir)
    assert proc.returncode == 0, proc.stderr.decode()
    text = "\n".join(p.text for p in DocxDocument(str(workdir / "report.docx")).paragraphs)
    simplified = plain_text(Document.from_json((workdir / "doc.json").read_text(encoding="utf-8")))
    assert "发展" in simplified and "發展" in text and "发展" not in text
