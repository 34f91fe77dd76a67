"""The cover's word segmenter (convert/writers/epub/words.py) cuts as rjieba does with its
whole dictionary, given only the words of the text from jieba-words.txt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from convert.writers.epub import words

ROOT = Path(__file__).resolve().parent.parent

TITLES = [
    "中国人民政治协商会议某某区委员会常务委员会工作报告（2024年度）",
    "国务院办公厅关于进一步加强和改进基层治理工作的意见",
    "关于印发《某某省生态环境保护督察工作实施办法》的通知",
    "某某市政協常務委員會工作報告",
    "某某市人民政府关于2024年度 PM2.5 与 iPhone 15 Pro 的报告",
    "B超室 AT&T c#语言 1号店，4S店；AA制",          # dictionary words with letters and signs
    "长江大桥南京市长江大桥研究生命起源",             # the classic ambiguities
    "\u2603\u2603 ☃ 与 ☃☃☃",                         # the carrier word's character in the text
    "", " ", "a", "中", "\r\n中文\r\n",
]


def _lines() -> list[str]:
    """The benchmark's and the seed's lines, whole and cut to title lengths: a few thousand."""
    out: list[str] = []
    for path in (ROOT / "bench" / "data" / "report-180k.txt", ROOT / "seeds" / "000_2eef0502365f63f1.txt"):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line:
                out += [line[:40], line[:120]]
    return list(dict.fromkeys(out))[:3000]


def test_the_small_segmenter_is_in_use():
    assert words._parts() is not None     # else cut() is rjieba's own, and the test below proves nothing


@pytest.mark.parametrize("text", TITLES)
def test_cut_equals_rjieba_on_titles(text):
    import rjieba

    assert words.cut(text) == rjieba.cut(text)


@pytest.mark.slow   # every line of the 180k benchmark and the seed (~850 lines, ~3 s); the titles above stay in make check
def test_cut_equals_rjieba_on_thousands_of_lines():
    import rjieba

    differ = [(t, words.cut(t), rjieba.cut(t)) for t in _lines() if words.cut(t) != rjieba.cut(t)]
    assert not differ, differ[:3]


def test_word_list_frequencies_and_total():
    wl = words._parts()[1]
    assert wl.total == 60_101_964
    found = wl.in_text("常务委员会")
    assert {"常务", "委员会", "常务委员会", "委员"} <= set(found) and all(f > 0 for f in found.values())
    assert "务委" not in found


def test_rjieba_imports_after_the_extension_was_loaded_alone():
    """words.py loads rjieba's extension module without its package and registers it:
    a later ``import rjieba`` (its __init__ builds the full segmenter) still works."""
    code = ("from convert.writers.epub import words; words.warm();"
            "import sys; assert 'rjieba' not in sys.modules and 'rjieba.rjieba' in sys.modules;"
            "import rjieba; print(rjieba.cut('研究生命起源') == words.cut('研究生命起源'))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "True"


def test_without_the_word_list_cut_is_rjiebas(monkeypatch):
    """A missing list or an rjieba laid out otherwise: rjieba's own cut, the same words."""
    import rjieba

    monkeypatch.setattr(words, "_parts", lambda: None)
    text = TITLES[0]
    assert words.cut(text) == rjieba.cut(text)


def test_a_missing_word_list_means_no_small_segmenter(monkeypatch, tmp_path):
    monkeypatch.setattr(words, "WORDS", str(tmp_path / "absent.txt"))
    words._parts.cache_clear()
    try:
        assert words._parts() is None
    finally:
        monkeypatch.undo()
        words._parts.cache_clear()
    assert words._parts() is not None
