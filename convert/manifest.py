"""The manifest: which outputs in a folder are up to date (SQLite, ``.convert-manifest.sqlite``).

One row per output file records the hash of its input bytes, the hash of everything
else that decides its bytes (options, the style file's contents, the font table, the
collection rules that applied) and the tool version. A rerun skips an output whose row
matches and whose file is still there with the recorded size and mtime; ``--force``
ignores the rows.

A row is written only after its output has been renamed into place, one transaction
per output, so an interrupted run leaves a manifest that is true for every row it has.
Several processes may share one output folder: the database runs in WAL mode with a
busy timeout, and each write is a single short transaction.

Input hashes, and the head/tail lines the planner reads for the collection rules
(``glances``), are cached by (path, size, mtime): an unchanged file is not read again,
so a rerun over a large unchanged archive costs a ``stat`` per file.
A file whose mtime is within ``RACY_SECONDS`` of the moment it was hashed is re-hashed
next time (it could have changed again within the clock's resolution).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

FILENAME = ".convert-manifest.sqlite"
BUSY_TIMEOUT_MS = 60_000
RACY_SECONDS = 2.0
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS outputs (
    path TEXT PRIMARY KEY,          -- relative to the manifest's folder
    input_hash TEXT NOT NULL,
    options_hash TEXT NOT NULL,
    version TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    source TEXT NOT NULL,           -- the input(s), for people reading the database
    recorded REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS glances (
    path TEXT PRIMARY KEY,          -- absolute
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    version TEXT NOT NULL,          -- the tool version that read it
    glance TEXT NOT NULL,           -- JSON: {"head": [...], "tail": [...], "readable": bool}
    read REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS inputs (
    path TEXT PRIMARY KEY,          -- absolute
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    hash TEXT NOT NULL,
    hashed REAL NOT NULL
);
"""


@dataclass(frozen=True)
class OutputKey:
    """What an output's bytes depend on."""

    input_hash: str
    options_hash: str
    version: str


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class Manifest:
    """The manifest of one output folder. Use from one thread (the coordinating one)."""

    def __init__(self, folder: Path):
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / FILENAME
        self._folder_abs = Path(os.path.abspath(folder))
        self._db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        try:
            self._db.execute("PRAGMA journal_mode = WAL")   # readers never block the writer
        except sqlite3.OperationalError:
            pass                                           # e.g. a network file system: stay in DELETE mode
        self._db.execute("PRAGMA synchronous = NORMAL")
        self._db.executescript(_SCHEMA)
        self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "Manifest":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- inputs ----------------------------------------------------------------
    def input_hash(self, path: Path) -> str:
        """The sha256 of ``path``'s bytes, from the cache when size and mtime match."""
        absolute = os.path.abspath(path)
        st = path.stat()
        row = self._db.execute("SELECT size, mtime_ns, hash, hashed FROM inputs WHERE path = ?",
                               (absolute,)).fetchone()
        if row and row[0] == st.st_size and row[1] == st.st_mtime_ns and st.st_mtime_ns / 1e9 < row[3] - RACY_SECONDS:
            return row[2]
        now = time.time()
        digest = sha256_file(path)
        self._db.execute("INSERT OR REPLACE INTO inputs VALUES (?, ?, ?, ?, ?)",
                         (absolute, st.st_size, st.st_mtime_ns, digest, now))
        return digest

    def remember_input(self, path: Path, size: int, mtime_ns: int, digest: str, hashed: float) -> None:
        """Cache the hash a job computed of the bytes it read (with the file's stat then)."""
        self._db.execute("INSERT OR REPLACE INTO inputs VALUES (?, ?, ?, ?, ?)",
                         (os.path.abspath(path), size, mtime_ns, digest, hashed))

    # -- glances (the planner's head/tail lines) ---------------------------------
    def cached_glances(self, paths: list[Path], version: str) -> dict[Path, tuple[list[str], list[str], bool]]:
        """(head, tail, readable) of each path whose cached row still matches its stat."""
        found: dict[Path, tuple[list[str], list[str], bool]] = {}
        for p in paths:
            absolute = os.path.abspath(p)
            row = self._db.execute("SELECT size, mtime_ns, version, glance, read FROM glances WHERE path = ?",
                                   (absolute,)).fetchone()
            if row is None or row[2] != version:
                continue
            try:
                st = os.stat(p)
            except OSError:
                continue
            if row[0] == st.st_size and row[1] == st.st_mtime_ns and st.st_mtime_ns / 1e9 < row[4] - RACY_SECONDS:
                data = json.loads(row[3])
                found[p] = (data["head"], data["tail"], data["readable"])
        return found

    def store_glances(self, rows: list[tuple[Path, int, int, list[str], list[str], bool, float]], version: str) -> None:
        """Cache (path, size, mtime_ns, head, tail, readable, when read) rows in one transaction."""
        with self._db:
            self._db.execute("BEGIN")
            self._db.executemany(
                "INSERT OR REPLACE INTO glances VALUES (?, ?, ?, ?, ?, ?)",
                [(os.path.abspath(p), size, mtime, version,
                  json.dumps({"head": head, "tail": tail, "readable": ok}, ensure_ascii=False), when)
                 for p, size, mtime, head, tail, ok, when in rows])

    # -- outputs ---------------------------------------------------------------
    def known(self, out: Path) -> bool:
        """Whether ``out`` has a row (if not, there is nothing to compare: it must be made)."""
        return self._db.execute("SELECT 1 FROM outputs WHERE path = ?", (self._rel(out),)).fetchone() is not None

    def _rel(self, out: Path) -> str:
        try:
            return str(Path(os.path.abspath(out)).relative_to(self._folder_abs))
        except ValueError:
            return os.path.abspath(out)

    def is_current(self, out: Path, key: OutputKey) -> bool:
        row = self._db.execute("SELECT input_hash, options_hash, version, size, mtime_ns FROM outputs WHERE path = ?",
                               (self._rel(out),)).fetchone()
        if row is None or tuple(row[:3]) != (key.input_hash, key.options_hash, key.version):
            return False
        try:
            st = out.stat()
        except OSError:
            return False
        return st.st_size == row[3] and st.st_mtime_ns == row[4]

    def record(self, out: Path, key: OutputKey, source: str) -> None:
        """Record ``out`` as made from ``key`` (call after it is in place)."""
        st = out.stat()
        self._db.execute("INSERT OR REPLACE INTO outputs VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         (self._rel(out), key.input_hash, key.options_hash, key.version,
                          st.st_size, st.st_mtime_ns, source, time.time()))

    def forget(self, out: Path) -> None:
        self._db.execute("DELETE FROM outputs WHERE path = ?", (self._rel(out),))

    def count(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM outputs").fetchone()[0]

