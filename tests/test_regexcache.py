"""convert/regexcache.py: compiled patterns kept on disk give the patterns re.compile gives;
a foreign, altered or unwritable cache costs only the compile."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from convert import regexcache

PATTERNS = [
    ("abc", 0),
    (r"(?P<num>[一二三四五六七八九十]+)、\s*(.*)", 0),
    (r"^第[0-9０-９一二三四五六七八九十百]+[章节条]", re.M),
    (r"[\u3000-\u303f\uff00-\uffef]+|[^\x00-\x7f]", 0),
    (r"hello\s+WORLD", re.I | re.S),
    (r"(?x) a  b  # comment\n c", 0),
    (r"(a)(b)?(?:c)(?P<d>d)", 0),
    (rb"\x00[\x80-\xff]+", 0),
    (r"(?i)ß", 0),
    (r"\b\w+\b", re.A),
]


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """The module as a new process finds it, with its cache in tmp_path."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))

    def reset():
        monkeypatch.setattr(regexcache, "_memo", {})
        monkeypatch.setattr(regexcache, "_stored", None)
        monkeypatch.setattr(regexcache, "_used", {})
        monkeypatch.setattr(regexcache, "_new", False)
        monkeypatch.setattr(regexcache, "_registered", True)   # no atexit from tests
        monkeypatch.setattr(regexcache, "_enabled", regexcache._INTERNALS)

    reset()
    return reset


def _same(a: re.Pattern, b: re.Pattern) -> None:
    assert a == b                       # CPython compares pattern, flags and code
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)


@pytest.mark.parametrize("pattern,flags", PATTERNS)
def test_compiled_from_the_cache_is_re_compile(fresh, pattern, flags):
    first = regexcache.compile(pattern, flags)
    _same(first, re.compile(pattern, flags))
    regexcache.save()
    fresh()
    if regexcache._INTERNALS:
        assert (pattern, int(flags)) in regexcache._entries()
    again = regexcache.compile(pattern, flags)
    _same(again, re.compile(pattern, flags))
    s = "一、 标题 第三章 hello  world ABC abc d ss"
    if isinstance(pattern, bytes):
        s = b"\x00\x81\x82 x"
    assert [m.span() for m in again.finditer(s)] == [m.span() for m in re.finditer(pattern, s, flags)]


@pytest.mark.skipif(not regexcache._INTERNALS, reason="not CPython: plain re.compile")
def test_a_second_run_does_not_compile(fresh, monkeypatch):
    for p, f in PATTERNS:
        regexcache.compile(p, f)
    regexcache.save()
    assert regexcache.cache_file().exists()
    fresh()

    def no(*a, **k):
        raise AssertionError("compiled again")

    monkeypatch.setattr(regexcache._sre_parser, "parse", no)
    for p, f in PATTERNS:
        _same(regexcache.compile(p, f), re.compile(p, f))


def test_an_altered_or_truncated_file_is_ignored(fresh):
    regexcache.compile(PATTERNS[1][0])
    regexcache.save()
    path = regexcache.cache_file()
    blob = path.read_bytes()
    for bad in (blob[:-7], blob[:20], blob[:40] + bytes([blob[40] ^ 1]) + blob[41:], b"", b"x" * 64):
        path.write_bytes(bad)
        fresh()
        _same(regexcache.compile(PATTERNS[1][0]), re.compile(PATTERNS[1][0]))


@pytest.mark.skipif(not regexcache._INTERNALS, reason="not CPython: plain re.compile")
def test_code_the_matcher_rejects_is_compiled_again(fresh, monkeypatch):
    """An entry whose code _sre's validator refuses (a file written by a broken
    build, say) is not used."""
    p = PATTERNS[1][0]
    regexcache.compile(p)
    regexcache.save()
    fresh()
    flags, code, groups, gi, ig = regexcache._entries()[(p, 0)]
    regexcache._stored[(p, 0)] = (flags, code[:-3] + [99999, 1, 1], groups, gi, ig)
    _same(regexcache.compile(p), re.compile(p))


def test_another_python_uses_another_file(fresh, monkeypatch):
    here = regexcache.cache_file()
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    assert regexcache.cache_file() != here


def test_an_unwritable_cache_only_costs_the_compile(fresh, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    _same(regexcache.compile(r"x+y"), re.compile(r"x+y"))
    regexcache.save()     # never raises
    assert blocker.read_text() == "not a folder"


def test_the_re_functions(fresh):
    rc = regexcache
    assert rc.search(r"b+", "abbc").span() == (1, 3)
    assert rc.search(r"B+", "abbc", re.I).span() == (1, 3)
    assert rc.match(r"a", "ab") and not rc.match(r"b", "ab")
    assert rc.fullmatch(r"ab", "ab")
    assert rc.findall(r"\d", "a1b2") == ["1", "2"]
    assert [m.group() for m in rc.finditer(r"\d", "a1b2")] == ["1", "2"]
    assert rc.sub(r"\d", "#", "a1b2") == "a#b#"
    assert rc.sub(r"\d", "#", "a1b2", 1) == "a#b2"
    assert rc.sub(r"B", "#", "abAB", 0, re.I) == "a#A#"
    assert rc.sub(r"B", "#", "abAB", count=1, flags=re.I) == "a#AB"
    assert rc.subn(r"\d", "#", "a1b2") == ("a#b#", 2)
    assert rc.split(r",", "a,b,c") == ["a", "b", "c"]
    assert rc.split(r",", "a,b,c", 1) == ["a", "b,c"]
    assert rc.split(r"X", "axbxc", 0, re.I) == ["a", "b", "c"]
    compiled = re.compile("q")
    assert rc.compile(compiled) is compiled
    assert rc.Pattern is re.Pattern and rc.Match is re.Match and rc.IGNORECASE == re.IGNORECASE
    assert rc.escape("a.b") == re.escape("a.b")


def test_the_cache_is_written_at_exit_and_read_by_the_next_process(tmp_path):
    code = ("from convert import regexcache as r; import re; p = r.compile(r'(?P<x>[一-龥]+)\\d'); "
            "print(p == re.compile(r'(?P<x>[一-龥]+)\\d'), bool(r._stored), r._new)")
    env = {"XDG_CACHE_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert first.stdout.split()[0] == "True" and second.stdout.split()[0] == "True"
    if regexcache._INTERNALS:
        assert first.stdout.split()[1:] == ["False", "True"]    # nothing read, one new entry
        assert second.stdout.split()[1:] == ["True", "False"]   # read back, nothing new


def test_the_readers_patterns_are_re_compiles(fresh):
    """Every pattern a reader module holds (compiled through the cache once the reader
    imports it as re) is the pattern re.compile makes of its text and flags."""
    import importlib
    import pkgutil

    import convert.reader

    seen = 0
    for info in pkgutil.iter_modules(convert.reader.__path__):
        module = importlib.import_module(f"convert.reader.{info.name}")
        for value in vars(module).values():
            patterns = value if isinstance(value, (list, tuple)) else [value]
            for p in patterns:
                if isinstance(p, re.Pattern):
                    assert p == re.compile(p.pattern, p.flags), (info.name, p.pattern)
                    seen += 1
    assert seen > 50
