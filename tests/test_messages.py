"""What the user reads: each message names the user's own paths and says what to do.

Issue 17: an unusable -o is exit 2 with "cannot create output folder …"; no message
names the internal temporary file; the page-stitching warning gives ranges; a merged
book without collection.toml takes its parts' common title and says how to set one;
an option no chosen format honours is one warning line; a model read from JSON does
not announce the earlier read's removals as this run's.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, SEED, run_cli
from convert.batch import writing
from convert.batch.writing import OutputError, write_atomic
from convert.batch.collection import CollectionInfo, Report, book_title, common_title, page_ranges

FIXTURES = ROOT / "tests" / "fixtures" / "reader"


def stderr_lines(proc: subprocess.CompletedProcess) -> list[str]:
    return [line for line in proc.stderr.decode("utf-8", "replace").splitlines() if line.strip()]


# --------------------------------------------------------------------------- -o


def test_an_output_folder_that_cannot_be_created_is_a_usage_error():
    proc = run_cli(SEED, "--to", "pdf", "-o", "/proc/foo/")
    assert proc.returncode == 2
    assert stderr_lines(proc) == ["convert: cannot create output folder /proc/foo: No such file or directory"]


def test_an_output_file_in_an_unwritable_folder_names_the_users_path_not_the_temporary_file():
    proc = run_cli(SEED, "--to", "pdf", "-o", "/sys/x.pdf")
    assert proc.returncode == 2
    [line] = stderr_lines(proc)
    assert line.startswith("convert: /sys/x.pdf: cannot write in /sys: "), line
    assert ".part" not in line


def test_a_folder_made_for_outputs_that_never_came_is_removed(tmp_path):
    (tmp_path / "empty").mkdir()
    proc = run_cli(tmp_path / "empty", "--to", "pdf", "-o", tmp_path / "new" / "a")
    assert proc.returncode == 1
    assert not (tmp_path / "new").exists()


def test_a_failed_atomic_write_names_the_output_not_the_part_file(tmp_path, monkeypatch):
    target = tmp_path / "x.pdf"

    def refuse(path):     # the part file beside the output cannot be created
        raise PermissionError(13, "Permission denied", str(path.parent / f".{path.name}.{os.getpid()}.abcd.part"))

    monkeypatch.setattr(writing, "_create_part", refuse)
    with pytest.raises(OutputError) as caught:
        write_atomic(target, b"data")
    assert str(caught.value) == f"{target}: cannot write: Permission denied"


def test_an_output_folder_that_cannot_be_made_while_writing_is_named(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError) as caught:
        write_atomic(blocker / "sub" / "x.pdf", b"data")
    assert str(caught.value).startswith(f"cannot create output folder {blocker / 'sub'}: ")


# --------------------------------------------------------------------------- stitching


def test_page_ranges():
    assert page_ranges(list(range(1, 62)) + [64, 65]) == "1\u201361, 64\u201365"
    assert page_ranges([4]) == "4"
    assert page_ranges([1, 2, 4, 6, 7]) == "1\u20132, 4, 6\u20137"


def test_the_gap_notice_gives_ranges():
    report = Report((Path("a_62.txt"), Path("a_63.txt")), Path("out/a"), 65, tuple(range(1, 62)) + (64, 65))
    assert report.gap_notice() == "pages 1\u201361, 64\u201365 of 65 missing; stitched the 2 pages found"


# --------------------------------------------------------------------------- merged title


@pytest.mark.parametrize("titles,expected", [
    (["2023年某市政府工作报告", "2024年某市政府工作报告"], "某市政府工作报告"),
    (["长江三角洲发展规划（上）", "长江三角洲发展规划（下）"], "长江三角洲发展规划"),
    (["某某通讯第1期：春", "某某通讯第2期：夏"], "某某通讯"),
    (["市政府关于甲的通知", "市政府关于乙的通知"], ""),            # "市政府", "通知": too short to name a book
    (["关于印发《某某市公共数据开放管理办法》的通知", "政府工作报告"], ""),
])
def test_common_title(titles, expected):
    assert common_title(titles) == expected


def test_book_title_from_collection_toml_needs_no_notice():
    info = CollectionInfo(title="文集", title_given=True, toml_path="c/collection.toml")
    assert book_title(info, ["2023年某市政府工作报告", "2024年某市政府工作报告"]) == ("文集", "")


def _merge(tmp_path: Path, texts: dict[str, str]) -> subprocess.CompletedProcess:
    folder = tmp_path / "coll"
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return run_cli(folder, "--merge", "--to", "json", "-o", tmp_path / "out")


def test_a_merged_book_takes_its_parts_common_title_and_says_how_to_set_it(tmp_path):
    body = "\n\n一、总体情况\n\n过去一年，全市经济运行稳中有进，各项工作取得新成效。\n"
    proc = _merge(tmp_path, {"a.txt": "2023年某市政府工作报告" + body, "b.txt": "2024年某市政府工作报告" + body})
    assert proc.returncode == 0, proc.stderr.decode()
    meta = json.loads((tmp_path / "out" / "coll.json").read_text(encoding="utf-8"))["meta"]
    assert meta["title"] == "某市政府工作报告"
    notice = [line for line in stderr_lines(proc) if "collection:" in line]
    assert notice == [f'convert: warning: coll: collection: book title "某市政府工作报告": the common part of the '
                      f'reports\' titles; set it with title = "…" in {tmp_path / "coll" / "collection.toml"}']


def test_a_merged_book_without_a_common_title_is_named_after_the_folder_and_says_how_to_set_it(tmp_path):
    proc = _merge(tmp_path, {"1.txt": (FIXTURES / "notice_attachment.txt").read_text(encoding="utf-8"),
                             "2.txt": (FIXTURES / "speech.txt").read_text(encoding="utf-8")})
    assert proc.returncode == 0, proc.stderr.decode()
    meta = json.loads((tmp_path / "out" / "coll.json").read_text(encoding="utf-8"))["meta"]
    assert meta["title"] == "coll"
    notice = [line for line in stderr_lines(proc) if "collection:" in line]
    assert len(notice) == 1 and 'book title "coll": the output\'s name' in notice[0]
    assert f'title = "…" in {tmp_path / "coll" / "collection.toml"}' in notice[0]


def test_collection_toml_title_wins_without_a_notice(tmp_path):
    (tmp_path / "coll").mkdir()
    (tmp_path / "coll" / "collection.toml").write_text('title = "市政文集"\n', encoding="utf-8")
    body = "\n\n一、总体情况\n\n过去一年，全市经济运行稳中有进，各项工作取得新成效。\n"
    (tmp_path / "coll" / "a.txt").write_text("2023年某市政府工作报告" + body, encoding="utf-8")
    (tmp_path / "coll" / "b.txt").write_text("2024年某市政府工作报告" + body, encoding="utf-8")
    proc = run_cli(tmp_path / "coll", "--merge", "--to", "json", "-o", tmp_path / "out")
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads((tmp_path / "out" / "coll.json").read_text(encoding="utf-8"))["meta"]["title"] == "市政文集"
    assert not [line for line in stderr_lines(proc) if "collection:" in line]


# --------------------------------------------------------------------------- options


@pytest.mark.parametrize("options,expected", [
    (["--to", "pdf", "--vertical"], ["--vertical applies only to EPUB; ignored for --to pdf"]),
    (["--to", "docx", "--pdfa"], ["--pdfa applies only to PDF; ignored for --to docx"]),
    (["--to", "pdf", "--embed-fonts"],
     ["--embed-fonts applies only to DOCX and EPUB; ignored for --to pdf (a PDF always embeds its fonts)"]),
    (["--to", "json", "--vertical", "--pdfa"], ["--vertical applies only to EPUB; ignored for --to json",
                                                "--pdfa applies only to PDF; ignored for --to json"]),
    (["--to", "pdf,epub", "--vertical", "--pdfa", "--embed-fonts"], []),
])
def test_an_option_no_chosen_format_honours_is_one_warning(tmp_path, options, expected):
    small = tmp_path / "small.txt"
    small.write_text("通知\n\n请各单位按时报送材料。\n", encoding="utf-8")
    proc = run_cli(small, *options, "-o", tmp_path / "out")
    assert proc.returncode == 0, proc.stderr.decode()
    assert [line for line in stderr_lines(proc) if "applies only" in line] == [f"convert: warning: {e}" for e in expected]


# --------------------------------------------------------------------------- a model read before


def test_a_json_model_does_not_announce_the_earlier_reads_removals_as_this_runs(tmp_path):
    doc = tmp_path / "doc.json"
    first = run_cli(SEED, "--to", "json", "-o", doc)
    assert first.returncode == 0
    removed = len(json.loads(doc.read_text(encoding="utf-8"))["meta"]["removed"])
    assert removed and any(f"{removed} line(s) removed as boilerplate" in line for line in stderr_lines(first))
    proc = run_cli(doc, "--to", "pdf", "-o", tmp_path / "doc.pdf")
    assert proc.returncode == 0, proc.stderr.decode()
    assert stderr_lines(proc) == [f"convert: warning: {doc}: removed: meta.removed lists {removed} line(s) removed "
                                  f"as boilerplate when the text was read earlier; nothing was removed in this run"]
