"""convert/codecache.py: the methods @dataclass generates, compiled once and kept on disk,
are the methods dataclasses compiles itself; a foreign, altered or unwritable cache
costs only the compile."""

from __future__ import annotations

import dataclasses
import sys
from dataclasses import dataclass, field

import pytest

from convert import codecache


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """The module as a new process finds it, with its cache in tmp_path."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))

    def reset():
        monkeypatch.setattr(codecache, "_stored", None)
        monkeypatch.setattr(codecache, "_new", {})
        monkeypatch.setattr(codecache, "_registered", True)   # no atexit from tests
        monkeypatch.setattr(codecache, "_ours", lambda module: True)   # the test's classes too

    reset()
    installed = vars(dataclasses).get("exec")
    yield reset
    if installed is None:        # leave dataclasses as the test found it
        vars(dataclasses).pop("exec", None)


def _classes():
    """A few dataclasses of the kinds convert uses (frozen, defaults, factories, order)."""

    @dataclass(frozen=True)
    class Point:
        x: int
        y: int = 0

    @dataclass
    class Bag:
        name: str
        items: list = field(default_factory=list)
        hidden: str = field(default="h", repr=False, compare=False)

    @dataclass(order=True)
    class Version:
        major: int
        minor: int = 0

    return Point, Bag, Version


def _check(Point, Bag, Version):
    p = Point(1)
    assert p == Point(1, 0) and p != Point(1, 2) and hash(p) == hash(Point(1, 0))
    assert repr(p).endswith("Point(x=1, y=0)")
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.x = 2
    b = Bag("a")
    b.items.append(1)
    assert Bag("a").items == [] and b == Bag("a", [1], "other") and "hidden" not in repr(b)
    assert Version(1, 2) < Version(2) and sorted([Version(2), Version(1, 5)])[0] == Version(1, 5)


def test_installed_dataclasses_behave_as_before(fresh):
    assert codecache.install() and codecache.install()      # once; again is a no-op
    _check(*_classes())
    codecache.save()
    fresh()
    _check(*_classes())                                      # from the file this time


def test_a_second_run_does_not_compile(fresh, monkeypatch):
    codecache.install()
    _classes()
    assert codecache._new
    codecache.save()
    assert codecache.cache_file().exists()
    fresh()

    def no(*a, **k):
        raise AssertionError("compiled again")

    monkeypatch.setattr(codecache, "compile", no, raising=False)   # shadows the built-in
    _check(*_classes())


def test_the_stored_code_is_the_compiled_code(fresh):
    codecache.install()
    _classes()
    codecache.save()
    fresh()
    stored = codecache.read_entries(codecache.cache_file())
    assert stored
    for text, code in stored.items():
        if isinstance(text, str):    # (the others: signatures' texts, test_doc_strings…)
            assert code == compile(text, "<string>", "exec", dont_inherit=True)


def test_an_altered_or_truncated_file_is_ignored(fresh):
    codecache.install()
    _classes()
    codecache.save()
    path = codecache.cache_file()
    blob = path.read_bytes()
    for bad in (blob[:-7], blob[:20], blob[:40] + bytes([blob[40] ^ 1]) + blob[41:], b"", b"x" * 64):
        path.write_bytes(bad)
        fresh()
        _check(*_classes())


def test_another_python_uses_another_file(fresh, monkeypatch):
    here = codecache.cache_file()
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    assert codecache.cache_file() != here


def test_an_unwritable_cache_only_costs_the_compile(fresh, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    codecache.install()
    _check(*_classes())
    codecache.save()     # never raises
    assert blocker.read_text() == "not a folder"


def test_other_uses_of_exec_are_the_builtin(fresh):
    namespace: dict = {}
    codecache._exec(compile("x = 1", "<t>", "exec"), namespace)
    codecache._exec("y = 2", namespace)
    assert namespace["x"] == 1 and namespace["y"] == 2


def test_only_convert_classes_are_kept():
    assert codecache._ours("convert.model") and codecache._ours("convert")
    assert not codecache._ours("converter") and not codecache._ours("tests.x") and not codecache._ours(None)


_DOCS = """
import dataclasses, json, sys
if sys.argv[1] == "cached":
    from convert import codecache
    codecache.install()
import convert.cli, convert.batch.conversion, convert.batch.driver, convert.batch.executors, convert.progress
import convert.reader.clean, convert.reader.structure, convert.transform, convert.writers.docx, convert.writers.epub
out = {}
for name, module in sorted(sys.modules.items()):
    if name.startswith("convert"):
        for k, v in vars(module).items():
            if isinstance(v, type) and dataclasses.is_dataclass(v) and v.__module__ == name:
                out[f"{name}.{k}"] = v.__doc__
print(json.dumps(out))
"""


def test_doc_strings_of_classes_without_one_are_inspects(tmp_path):
    """dataclasses writes "Name(a: 'int' = 0)" for a class without a doc string, with
    inspect.signature; codecache answers it from the file: the same text, cold and warm."""
    import json
    import os
    import subprocess

    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path))

    def docs(mode: str) -> dict:
        run = subprocess.run([sys.executable, "-c", _DOCS, mode], env=env, capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr
        return json.loads(run.stdout)

    plain = docs("plain")
    assert any(d.startswith(name.rsplit(".", 1)[1] + "(") for name, d in plain.items())   # some have none
    assert docs("cached") == plain        # compiled, signatures computed and stored
    assert docs("cached") == plain        # from the file


def test_inspect_waits_until_it_is_used():
    import subprocess

    code = ("import sys; from convert import codecache; codecache.install(); import dataclasses; "
            "assert type(sys.modules['inspect']).__name__ == '_LaterInspect'; "
            "import inspect; assert inspect.signature(len).parameters['obj']; "
            "assert type(sys.modules['inspect']).__name__ == 'module'; import inspect as again; "
            "assert again is sys.modules['inspect'] and again.isclass(int)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
