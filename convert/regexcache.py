"""Compiled regular expressions kept on disk between runs (issue 18: start-up).

The reader compiles about 230 patterns when it is imported, some of them large
character classes, and ``re.compile`` spends ~0.09 s of every run on them: parsing
each pattern and optimising its character sets (``re._compiler._optimize_charset``),
in Python. The result of that work is a short list of ints (the "code" that CPython's
C matcher runs), and the same pattern with the same flags gives the same code on the
same Python. So the code is stored once in the user's cache folder and a later run
hands it straight to ``_sre.compile``, which builds the pattern object in C.

Use it as the ``re`` module: ``from convert import regexcache as re`` gives every name
of ``re``; ``compile`` (and the module-level ``search``, ``match``, ``sub``… with a
string pattern) go through the cache, everything else is ``re``'s own.

Soundness:

- only CPython, and only while its private pieces (``_sre.compile``,
  ``re._parser.parse``, ``re._compiler._code``) are there: anything else is plain
  ``re.compile``;
- the file's name is a hash of the exact interpreter (``sys.version``, with its build)
  and of ``_sre``'s MAGIC, CODESIZE, MAXREPEAT and MAXGROUPS, and this format: another
  Python never reads it;
- an entry is stored only after the pattern rebuilt from it compares equal to
  ``re.compile``'s own (CPython compares the pattern, the flags and the code);
- the file carries a SHA-256 of its contents; a file that fails it, or that marshal or
  ``_sre.compile`` (which validates the code) rejects, is ignored and rewritten;
- the folder is ``$XDG_CACHE_HOME/convert/regex`` (``~/.cache/…``); a file is written
  under a temporary name and renamed, so concurrent runs read all or nothing; when it
  cannot be written every run compiles as before. Nothing outside that folder is
  written.

New entries are written once, when the process exits (``atexit``); forked children
leave through ``os._exit`` and write nothing. At most ``LIMIT`` entries are kept
(those used by the run that writes first), so patterns made from documents' text
cannot grow the file without bound.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re as _re
import sys
import threading
from pathlib import Path
from re import *  # noqa: F401,F403  (this module stands in for ``re``)
from re import Match, Pattern, RegexFlag, error, escape, purge  # noqa: F401

#: Bump when what is stored changes.
FORMAT = 1
#: The most entries one file keeps.
LIMIT = 4000

try:  # CPython's private pieces; without them this is plain re.compile
    import _sre
    from re import _compiler as _sre_compiler, _parser as _sre_parser

    _INTERNALS = (sys.implementation.name == "cpython" and callable(getattr(_sre, "compile", None))
                  and callable(getattr(_sre_compiler, "_code", None))
                  and callable(getattr(_sre_parser, "parse", None)))
except Exception:  # pragma: no cover - another implementation
    _INTERNALS = False

_DEBUG = int(_re.DEBUG)
_lock = threading.RLock()
_memo: dict[tuple, Pattern] = {}       # (type, pattern, flags) → pattern, this process
_stored: dict | None = None            # (pattern, flags) → entry, read from the file
_used: dict = {}                       # entries this process compiled or read
_new = False                           # an entry the file does not have yet
_registered = False                    # save() is registered with atexit
_enabled = _INTERNALS


def _tag() -> str:
    parts = (FORMAT, sys.version, sys.implementation.cache_tag, getattr(_sre, "MAGIC", None),
             getattr(_sre, "CODESIZE", None), getattr(_sre, "MAXREPEAT", None), getattr(_sre, "MAXGROUPS", None))
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:24]


def cache_folder(kind: str) -> Path:
    """``$XDG_CACHE_HOME/convert/<kind>`` (``~/.cache/…``)."""
    root = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(root) / "convert" / kind


def cache_file() -> Path:
    return cache_folder("regex") / f"{_tag()}.marshal"


def read_entries(path: Path) -> dict:
    """The entries of ``path``: {} when it is missing, foreign, truncated or altered.
    (Also the start-up code cache's reader: convert/codecache.py.)"""
    try:
        blob = path.read_bytes()
    except OSError:
        return {}
    digest, payload = blob[:32], blob[32:]
    if len(digest) != 32 or hashlib.sha256(payload).digest() != digest:
        return {}
    try:
        entries = marshal.loads(payload)
    except Exception:
        return {}
    return entries if isinstance(entries, dict) else {}


def _entries() -> dict:
    global _stored
    if _stored is None:
        _stored = read_entries(cache_file())
    return _stored


def _build(pattern, entry) -> Pattern:
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)


def _entry(pattern, flags: int):
    """What ``_sre.compile`` needs for ``pattern`` (re._compiler.compile's own steps)."""
    p = _sre_parser.parse(pattern, flags)
    code = _sre_compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (flags | p.state.flags, [int(c) for c in code], p.state.groups - 1, groupindex, tuple(indexgroup))


def compile(pattern, flags=0) -> Pattern:  # noqa: A001  (re.compile's name)
    """``re.compile(pattern, flags)``, from the on-disk cache when it has the pattern."""
    key = (type(pattern), pattern, flags)   # (a RegexFlag hashes and compares as its int)
    try:
        return _memo[key]
    except (KeyError, TypeError):
        pass
    if isinstance(flags, RegexFlag):
        flags = flags.value
    if not _enabled or not isinstance(pattern, (str, bytes)) or flags & _DEBUG:
        return _re.compile(pattern, flags)
    with _lock:
        return _compile_locked(key, pattern, flags)


def _compile_locked(key, pattern, flags: int) -> Pattern:
    global _new, _enabled, _registered
    found = _memo.get(key)
    if found is not None:
        return found
    k = (pattern, flags)
    entry = _entries().get(k)
    compiled = None
    if entry is not None:
        try:
            compiled = _build(pattern, entry)
        except Exception:   # rejected by _sre's validator: compile it again below
            compiled = None
    if compiled is None:
        compiled = _re.compile(pattern, flags)
        try:
            entry = _entry(pattern, flags)
            if _build(pattern, entry) == compiled:   # same pattern, flags and code
                _new = True
            else:
                entry = None
        except Exception:   # internals not as expected: plain re.compile from now on
            entry = None
            _enabled = False
    if entry is not None:
        _used[k] = entry
        if _new and not _registered:
            _registered = True
            atexit.register(save)
    _memo[key] = compiled
    return compiled


def save() -> None:
    """Write the entries this process used (and the file's others, up to LIMIT) when
    one of them is new. Never raises."""
    global _new, _stored
    with _lock:
        if not _new or not _used:
            return
        try:
            _stored = write_merged(cache_file(), _used, LIMIT)
            _new = False
        except Exception:   # a read-only or full home: the next run compiles again
            pass


def write_merged(path: Path, entries: dict, limit: int) -> dict:
    """``entries`` and, up to ``limit`` in all, the file's others, written back to
    ``path``; returns what was written. Raises OSError. (Also the code cache's.)"""
    merged = dict(entries)
    for k, v in read_entries(path).items():
        if len(merged) >= limit:
            break
        merged.setdefault(k, v)
    write_entries(path, merged)
    return merged


def write_entries(path: Path, entries: dict) -> None:
    """``entries`` (marshal) under their SHA-256, written under a temporary name and
    renamed: a concurrent reader gets the old file or the new one. Raises OSError."""
    import tempfile   # here: tempfile (and shutil, bz2, lzma with it) is 4 ms of start-up

    payload = marshal.dumps(entries)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".marshal")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(hashlib.sha256(payload).digest() + payload)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def _wrap(name: str):
    method = getattr(Pattern, name)

    def f(pattern, string, flags=0):
        return method(compile(pattern, flags), string)

    f.__name__ = name
    f.__doc__ = f"``re.{name}`` through the cache."
    return f


def _positional(name: str, nargs: int):
    """re.sub/subn/split take count/maxsplit and flags positionally too."""
    method = getattr(Pattern, name)

    def f(pattern, *args, **kwargs):
        args = list(args)
        flags = kwargs.pop("flags", args.pop(nargs) if len(args) > nargs else 0)
        return method(compile(pattern, flags), *args, **kwargs)

    f.__name__ = name
    f.__doc__ = f"``re.{name}`` through the cache."
    return f


search = _wrap("search")
match = _wrap("match")
fullmatch = _wrap("fullmatch")
findall = _wrap("findall")
finditer = _wrap("finditer")
sub = _positional("sub", 3)      # sub(pattern, repl, string, count=0, flags=0)
subn = _positional("subn", 3)
split = _positional("split", 2)  # split(pattern, string, maxsplit=0, flags=0)
