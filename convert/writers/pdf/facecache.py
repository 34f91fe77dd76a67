"""reportlab's parsed TrueType faces, kept on disk between runs.

Parsing a bundled CJK font (``TTFontFile.extractInfo``: its cmap, hmtx and loca for
10 000–30 000 glyphs) takes 30–60 ms a face, on every run, and a document uses about
five faces. A parsed face is the same for the same file and the same reportlab, so
it is stored once in the user's cache folder and read back in a few milliseconds:

- the small attributes and the two tables every run needs (character → glyph, the
  advances) are read at once; the glyph offsets too (a short list of ints);
- the large ones only some runs need — the file's own bytes (read from the font file
  when a subset is made or a glyph box is measured), the glyph → characters map (only
  reportlab's shaping uses it) and the horizontal metrics (only subsetting) — are
  loaded on first use (``CachedFace.__getattr__``).

The key is the file's table directory (every table's tag, checksum, offset and length)
and size, with reportlab's version and this format's: a rebuilt font changes its
tables' checksums. Hashing the whole file would cost as much as parsing it (the five
faces are 50 MB). The folder is ``$XDG_CACHE_HOME/convert/fonts`` (``~/.cache/…``);
when it cannot be written, faces are parsed as before. Nothing outside that folder
is written.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import struct
import tempfile
from fnmatch import fnmatch
from pathlib import Path
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace

#: Bump when what is stored changes.
FORMAT = 1
#: Attributes stored apart and loaded on first use (see the module doc).
_LAZY = ("glyphToChar", "hmetrics")


def cache_dir() -> Path:
    root = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(root) / "convert" / "fonts"


def fingerprint(path: Path) -> str:
    """The face's key: its table directory and size, reportlab's version, FORMAT."""
    with open(path, "rb") as f:
        head = f.read(12)
        if len(head) < 12:
            raise OSError(f"{path}: not a font file")
        (num_tables,) = struct.unpack_from(">H", head, 4)
        directory = f.read(16 * num_tables)
        size = os.fstat(f.fileno()).st_size
    digest = hashlib.sha256(b"%d|%s|%d|" % (FORMAT, reportlab.Version.encode(), size) + head + directory)
    return digest.hexdigest()[:32]


class CachedFace(TTFontFace):
    """A TTFontFace read back from the cache (never parsed: ``__init__`` is not run).
    ``_lazy`` holds the pickled large attributes; the file's bytes and the scaling
    function are made again on first use."""

    def __getattr__(self, name: str):
        # only called for attributes not in __dict__
        if name.startswith("__"):
            raise AttributeError(name)
        d = self.__dict__
        lazy = d.get("_lazy", {})
        if name in lazy:
            # (not popped before the value is in place: two threads of a Dask worker may
            # ask at once, and the second must not find it gone from both places)
            value = pickle.loads(lazy[name])
        elif name == "_ttf_data":
            with open(d["filename"], "rb") as f:
                value = f.read()
        elif name == "_pdfScale":
            units = d["unitsPerEm"]
            value = (lambda x: x) if units == 1000 else (lambda x, m=1000 / units: x * m)
        else:
            raise AttributeError(name)
        d[name] = value
        lazy.pop(name, None)
        return value


def _store(face: TTFontFace, target: Path) -> None:
    state = {k: v for k, v in vars(face).items() if k not in ("_ttf_data", "_pdfScale", *_LAZY)}
    state["_lazy"] = {k: pickle.dumps(vars(face)[k], protocol=pickle.HIGHEST_PROTOCOL) for k in _LAZY}
    target.parent.mkdir(parents=True, exist_ok=True)
    # written under a temporary name and renamed: a concurrent run reads all or nothing
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".pickle")
    try:
        with os.fdopen(fd, "wb") as f:
            pickle.dump(state, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, target)
    except BaseException:
        os.unlink(tmp)
        raise


def _restore(target: Path, filename: str) -> CachedFace:
    with open(target, "rb") as f:
        state = pickle.load(f)
    face = CachedFace.__new__(CachedFace)
    face.__dict__.update(state)
    face.filename = filename        # where the file is now (the cache is shared by clones)
    return face


def load_face(path: Path) -> TTFontFace:
    """The parsed face of the TrueType file ``path``: from the cache when it is there,
    else parsed (and stored for the next run)."""
    filename = str(path)
    try:
        target = cache_dir() / f"{fingerprint(path)}.pickle"
    except OSError:
        return TTFontFace(filename)
    try:
        return _restore(target, filename)
    except FileNotFoundError:
        pass
    except Exception:       # a truncated or foreign file: parse again and replace it
        pass
    face = TTFontFace(filename)
    try:
        _store(face, target)
    except OSError:
        pass                # a read-only home: parse every run, as before the cache
    return face


def make_ttfont(name: str, path: Path) -> TTFont:
    """reportlab's ``TTFont(name, path)`` with its face from ``load_face``. The lines
    are TTFont.__init__'s (reportlab 4.2–5), minus the parse; tests/test_pdf_facecache.py
    checks that both give the same attributes, so a reportlab that changes __init__ is
    noticed."""
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = load_face(path)
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
    return font
