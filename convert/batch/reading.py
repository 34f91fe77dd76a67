"""Reading: one input file, or the pages of one report, → a ``Document``.

Each input is read once, no more than ``--max-size`` bytes, and the bytes converted are
hashed as they are read (``InputsSeen``) so that the manifest records exactly what was
converted. Any problem with an input is an ``InputError`` of one plain line.
"""

from __future__ import annotations

import hashlib
import os
import stat
import time
from pathlib import Path

from .collection import Report, add_to_meta, join_pages, strip_collection_lines
from ..model import Document, ModelError, Notice
from .jobs import ConvertOptions, InputError, InputsSeen, Job, is_json_input


def _read_bytes(path: Path, job: Job, options: ConvertOptions, seen: InputsSeen | None = None) -> bytes:
    if str(path) == "-":
        data = job.stdin_data or b""
    else:
        try:
            st = path.stat()
            if stat.S_ISDIR(st.st_mode):
                raise InputError(f"{path}: is a folder")
            if not stat.S_ISREG(st.st_mode):   # opening a FIFO would wait for a writer forever
                raise InputError(f"{path}: not a regular file (a pipe, socket or device)")
            size = st.st_size
            if size > options.max_size:
                raise InputError(f"{path}: {size:,} bytes is larger than --max-size {options.max_size:,}")
            with open(path, "rb") as fh:
                st = os.fstat(fh.fileno())
                data = fh.read(options.max_size + 1)
            if seen is not None:
                seen[os.path.abspath(path)] = (st.st_size, st.st_mtime_ns, hashlib.sha256(data).hexdigest(), time.time())
        except FileNotFoundError:
            raise InputError(f"{path}: no such file (it vanished?)") from None
        except IsADirectoryError:
            raise InputError(f"{path}: is a folder") from None
        except PermissionError:
            raise InputError(f"{path}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if len(data) > options.max_size:
        # stdin (its size is known only once read), or a file that grew while being read
        raise InputError(f"{path}: more than {options.max_size:,} bytes read: larger than --max-size "
                         f"{options.max_size:,}")
    return data


#: Names read as Markdown when ``--from`` is ``auto`` (the default).
MARKDOWN_SUFFIXES = (".md", ".markdown")


def input_syntax(path: Path, options: ConvertOptions) -> str:
    """How the reader parses ``path``: "markdown" (``--from markdown``, or a .md/.markdown
    name) or "text" (``--from text``, stdin and every other name)."""
    if options.from_format in ("text", "markdown"):
        return options.from_format
    return "markdown" if str(path) != "-" and path.suffix.lower() in MARKDOWN_SUFFIXES else "text"


def _read_options(options: ConvertOptions, name: str, path: Path):
    from ..reader import ReadOptions

    return ReadOptions(keep_boilerplate=options.keep_boilerplate, normalize=options.normalize, filename=name,
                       syntax=input_syntax(path, options))


def read_document(path: Path, job: Job, options: ConvertOptions, seen: InputsSeen | None = None) -> Document:
    """One input file → Document (text or Markdown through the reader, or the model's JSON)."""
    from ..reader import ReadError, read

    data = _read_bytes(path, job, options, seen)
    if is_json_input(path, options):
        try:
            return Document.from_json(data.decode("utf-8"))
        except UnicodeDecodeError:
            raise InputError(f"{path}: JSON input is not UTF-8") from None
        except ModelError as exc:
            raise InputError(f"{path}: not a convert document: {exc}") from None
    name = "stdin" if str(path) == "-" else path.name
    try:
        return read(data, _read_options(options, name, path))
    except ReadError as exc:
        raise InputError(f"{path}: {exc}") from None


def read_report(report: Report, job: Job, options: ConvertOptions, seen: InputsSeen | None = None) -> Document:
    """One report → Document: its pages decoded, stitched and cleared of collection
    boilerplate, then read as one text."""
    if len(report.pages) == 1 and not report.strip:
        return read_document(report.pages[0], job, options, seen)
    from ..reader import ReadError, read
    from ..reader.decode import decode

    pages: list[list[str]] = []
    notices: list[Notice] = []
    for p in report.pages:
        data = _read_bytes(p, job, options, seen)
        try:
            decoded = decode(data)
        except ReadError as exc:
            raise InputError(f"{p}: {exc}") from None
        pages.append(list(decoded.lines))
        notices.extend(n for n in decoded.notices if n not in notices)
    lines, removed = join_pages(pages, options.keep_boilerplate)
    lines, more = strip_collection_lines(lines, report.strip)
    for line in (report.stitch_notice(), report.gap_notice()):
        if line:
            notices.append(Notice("structure", line))
    try:
        doc = read("\n".join(lines).encode("utf-8"), _read_options(options, report.pages[0].name, report.pages[0]))
    except ReadError as exc:
        raise InputError(f"{report.pages[0]}: {exc}") from None
    return add_to_meta(doc, removed + more, notices)
