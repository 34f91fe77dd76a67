"""The methods ``@dataclass`` writes, compiled once and kept on disk (issue 18: start-up).

For every class it decorates, ``dataclasses`` writes the source text of ``__init__``,
``__repr__``, ``__eq__`` (and ``__hash__``, ``__setattr__``, ``__delattr__`` for a frozen
class) and compiles it with ``exec``. Compiling is the cost: ~130 µs a method, and a
conversion imports about 85 dataclasses (460 methods), so ~60 ms of every run went to
compiling the same texts again (``exec`` timed inside ``dataclasses``; the methods are
~40 % of the imports). The compiled code of a text is the same every time on the same
Python, so it is kept: ``install()`` gives the ``dataclasses`` module an ``exec`` of its
own that compiles a text the first time, stores the code object (marshal, as a ``.pyc``
stores code) in the user's cache folder, and in later runs executes the stored code
(~10 µs a method).

Soundness:

- ``exec(text, g, l)`` and ``exec(compile(text, "<string>", "exec", dont_inherit=True), g, l)``
  run the same code: ``exec`` compiles a string with its caller's ``__future__`` flags,
  and ``dataclasses.py`` has none (checked by ``install``); the file name is ``<string>``
  either way;
- only a ``str`` is looked up; anything else goes to the built-in ``exec`` unchanged;
- the file's name is a hash of the exact interpreter (``sys.version`` with its build,
  the bytecode's magic number) and of this format, so another Python never reads it; it
  carries a SHA-256 of its contents, is written under a temporary name and renamed, and
  one that is missing, foreign or altered is ignored (``regexcache``'s file handling);
- ``$XDG_CACHE_HOME/convert/code`` (``~/.cache/…``); when it cannot be written, every run
  compiles as before; new entries are written when the process exits, or by ``save``
  (a helper forked by ``convert.prefork`` leaves through ``os._exit``); at most
  ``LIMIT`` entries are kept.

Installed by the command line (``cli.main``) before it imports the rest of convert.
"""

from __future__ import annotations

import __future__
import atexit
import builtins
import hashlib
import importlib
import importlib.util
import sys
import threading
from pathlib import Path
from types import ModuleType


class _LaterInspect(ModuleType):
    """``inspect`` until one of its names is used: then the module itself (imported at
    that moment, and from then on in ``sys.modules``). importlib.util.LazyLoader would
    be the standard library's way, but on this Python an ``import inspect`` statement
    already loads it (the import system reads the module's ``__spec__``)."""

    def __getattr__(self, name: str):
        real = sys.modules.get("inspect")
        if real is self or real is None:
            del sys.modules["inspect"]
            real = importlib.import_module("inspect")
        return getattr(real, name)


def _defer_inspect() -> None:
    """``dataclasses`` imports ``inspect`` (with ast, dis, tokenize: 7–10 ms) for one use:
    ``inspect.signature(cls)``, the doc string of a class that has none, which
    ``_Signatures`` below answers from the cache. So ``sys.modules`` holds a stand-in
    for ``inspect`` (``_LaterInspect``) until anything uses one of its names."""
    if "inspect" in sys.modules or "dataclasses" in sys.modules:
        return
    spec = importlib.util.find_spec("inspect")
    if spec is None:
        return
    stand_in = _LaterInspect("inspect")
    stand_in.__spec__ = spec          # what the import system reads of a module it has
    sys.modules["inspect"] = stand_in


_defer_inspect()
import dataclasses  # noqa: E402  (after _defer_inspect)

from .regexcache import cache_folder, read_entries, write_merged  # noqa: E402

#: Bump when what is stored changes.
FORMAT = 1
#: The most entries one file keeps (convert's own dataclasses need ~500).
LIMIT = 4000

_lock = threading.Lock()
_stored: dict | None = None      # text → code object, read from the file
_new: dict = {}                  # compiled by this process, not in the file yet
_registered = False


def _tag() -> str:
    from importlib.util import MAGIC_NUMBER

    parts = (FORMAT, sys.version, sys.implementation.cache_tag, MAGIC_NUMBER)
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:24]


def cache_file() -> Path:
    return cache_folder("code") / f"{_tag()}.marshal"


def _entries() -> dict:
    global _stored
    if _stored is None:
        _stored = read_entries(cache_file())
    return _stored


def _store(key, value) -> None:
    global _registered
    _entries()[key] = _new[key] = value
    if not _registered:
        _registered = True
        atexit.register(save)


def _code(text: str):
    with _lock:
        code = _entries().get(text)
        if code is None or type(code) is not _CODE:
            code = compile(text, "<string>", "exec", dont_inherit=True)
            _store(text, code)
        if " def __init__(" in text:      # for _Signatures: which text made this __init__
            for made in code.co_consts:
                if type(made) is _CODE:
                    for inner in made.co_consts:
                        if type(inner) is _CODE and inner.co_name == "__init__":
                            _init_texts[inner] = text
        return code


_init_texts: dict = {}         # an __init__'s code object → the text it was compiled from


_CODE = type(_code.__code__)


def _exec(source, globals=None, locals=None, /, **kwargs):
    """``exec`` for the dataclasses module: a source text runs its stored code. Only
    for convert's own classes (``globals`` is the defining module's): the file holds
    what every run needs, not what a program embedding convert defines."""
    if type(source) is str and not kwargs and globals is not None and _ours(globals.get("__name__")):
        source = _code(source)
    return builtins.exec(source, globals, locals, **kwargs)


def _ours(module) -> bool:
    return type(module) is str and (module == "convert" or module.startswith("convert."))


class _Text(str):
    """What ``str(signature)`` gives back: the cached text itself."""

    def __str__(self) -> str:
        return str.__str__(self)


class _Signatures:
    """``dataclasses``' view of ``inspect``: ``signature(cls)`` — the only name it uses,
    for the doc string of a class without one, ``Name(a: 'int' = 0)`` — from the cache
    when the class's ``__init__`` was made here from a stored text. The key is all the
    signature's text depends on: that text (the parameters' names, kinds and order),
    the defaults' and the annotations' reprs (and the annotations' types), and a plain
    class (no metaclass, no ``__new__``). Anything else is ``inspect``'s own."""

    def __getattr__(self, name: str):
        import inspect

        return getattr(inspect, name)

    def signature(self, obj, *args, **kwargs):
        import inspect

        init = vars(obj).get("__init__") if isinstance(obj, type) else None
        text = _init_texts.get(getattr(init, "__code__", None))
        if text is None or args or kwargs or type(obj) is not type or obj.__new__ is not object.__new__:
            return inspect.signature(obj, *args, **kwargs)
        notes = getattr(init, "__annotations__", {})
        key = ("signature", text, repr(init.__defaults__), repr(init.__kwdefaults__),
               tuple((k, type(v).__module__, type(v).__qualname__, repr(v)) for k, v in notes.items()))
        with _lock:
            found = _entries().get(key)
        if type(found) is str:
            return _Text(found)
        made = str(inspect.signature(obj))    # raises as inspect does: dataclasses catches it
        with _lock:
            _store(key, made)
        return _Text(made)


def install() -> bool:
    """Route ``dataclasses``' ``exec`` through the cache (once; CPython only, and only
    while ``dataclasses`` compiles with no ``__future__`` flags). True when installed."""
    if vars(dataclasses).get("exec") is _exec:
        return True
    if sys.implementation.name != "cpython" or "exec" in vars(dataclasses):
        return False
    if vars(dataclasses).get("annotations") is __future__.annotations:
        return False
    dataclasses.exec = _exec   # the module's globals come before builtins
    dataclasses.inspect = _Signatures()
    return True


def save() -> None:
    """Write the entries compiled by this process (with the file's others, up to
    LIMIT) when there are any. Never raises."""
    global _new
    with _lock:
        if not _new:
            return
        try:
            write_merged(cache_file(), _new, LIMIT)
            _new = {}
        except Exception:   # a read-only or full home: the next run compiles again
            pass
