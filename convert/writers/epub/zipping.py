"""The OCF zip's bytes, written here with ``zlib`` and ``struct`` rather than ``zipfile``.

``zipfile`` imports ``shutil``, ``bz2`` and ``lzma`` (6 ms of every EPUB conversion's
start) for what an EPUB needs of it: a few entries, each stored or deflated, with fixed
attributes and one timestamp. ``zip_bytes`` writes exactly the bytes ``zipfile.ZipFile``
writes for the same entries added with ``writestr(ZipInfo(name, date_time), data,
compress_type, compresslevel)`` to a seekable file (tests/test_epub_zip.py compares them):
local headers with the CRC and sizes in place (no data descriptor), version 2.0, Unix
attributes 0644, raw deflate at level 6, the central directory, the end record, no
comments or extra fields. An archive that needs ZIP64 records (an entry or the whole
near 2 GB, 65535 entries) or a name that is not ASCII (the UTF-8 flag) is written by
``zipfile`` instead.
"""

from __future__ import annotations

import struct
import zlib
from typing import Iterable

#: (name, data, deflate?) → compress with level ``LEVEL`` when deflate? is true
Entry = tuple[str, bytes, bool]

LEVEL = 6
_VERSION = 20                 # zipfile.DEFAULT_VERSION: "2.0", deflate
_UNIX = 3                     # create_system
_MODE = 0o644 << 16           # external attributes: -rw-r--r--
_STORED, _DEFLATED = 0, 8
_LIMIT = (1 << 31) - 1        # zipfile.ZIP64_LIMIT: beyond it (or near: ×1.05) ZIP64 records

_LOCAL = struct.Struct("<4s2B4HL2L2H")        # zipfile.structFileHeader
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")    # zipfile.structCentralDir
_END = struct.Struct("<4s4H2LH")              # zipfile.structEndArchive


def _dos(date_time: tuple[int, int, int, int, int, int]) -> tuple[int, int]:
    y, mo, d, h, mi, s = date_time
    return h << 11 | mi << 5 | s // 2, (y - 1980) << 9 | mo << 5 | d


def zip_bytes(entries: Iterable[Entry], date_time: tuple[int, int, int, int, int, int]) -> bytes:
    """The zip of ``entries`` in their order, every entry dated ``date_time``. The
    entries are taken one at a time (an iterator may compute the next when asked)."""
    dostime, dosdate = _dos(date_time)
    out: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    done: list[Entry] = []
    rest = iter(entries)
    for entry in rest:
        name, data, deflate = entry
        done.append(entry)
        if len(data) * 1.05 > _LIMIT or not name.isascii() or len(done) >= 0xFFFF:
            return _with_zipfile([*done, *rest], date_time)
        raw = name.encode("ascii")
        crc = zlib.crc32(data)
        if deflate:
            packer = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
            body = packer.compress(data) + packer.flush()
        else:
            body = data
        method = _DEFLATED if deflate else _STORED
        header = _LOCAL.pack(b"PK\003\004", _VERSION, 0, 0, method, dostime, dosdate, crc, len(body), len(data),
                             len(raw), 0)
        out += (header, raw, body)
        central.append(_CENTRAL.pack(b"PK\001\002", _VERSION, _UNIX, _VERSION, 0, 0, method, dostime, dosdate, crc,
                                     len(body), len(data), len(raw), 0, 0, 0, 0, _MODE, offset) + raw)
        offset += len(header) + len(raw) + len(body)
        if offset > _LIMIT:
            return _with_zipfile([*done, *rest], date_time)
    directory = b"".join(central)
    end = _END.pack(b"PK\005\006", 0, 0, len(central), len(central), len(directory), offset, 0)
    return b"".join(out) + directory + end


def _with_zipfile(entries: Iterable[Entry], date_time: tuple[int, int, int, int, int, int]) -> bytes:
    """The same archive through ``zipfile`` (ZIP64 records, UTF-8 names)."""
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, deflate in entries:
            info = zipfile.ZipInfo(name, date_time)
            method = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
            info.compress_type = method
            info.create_system = _UNIX
            info.external_attr = _MODE
            z.writestr(info, data, compress_type=method, compresslevel=LEVEL if deflate else None)
    return buf.getvalue()
