"""The OCF zip's bytes, written with ``zipfile`` one entry at a time.

The entries come from an iterator, so the next one is made only when the zip reaches it:
the cover's JPEG, drawn by a helper process, is asked for after the chapters before it
have been compressed. Every entry has the same timestamp and fixed Unix attributes
(0644), so the same book gives the same bytes; deflated entries use level ``LEVEL``.

(A hand-written writer of the same bytes with ``zlib`` and ``struct`` saved the 6 ms that
importing ``zipfile`` costs; it was dropped — the standard library does this job right.)
"""

from __future__ import annotations

import io
import zipfile
from typing import Iterable

#: (name, data, deflate?) → compressed with level ``LEVEL`` when deflate? is true
Entry = tuple[str, bytes, bool]

LEVEL = 6
_UNIX = 3                     # create_system
_MODE = 0o644 << 16           # external attributes: -rw-r--r--


def zip_bytes(entries: Iterable[Entry], date_time: tuple[int, int, int, int, int, int]) -> bytes:
    """The zip of ``entries`` in their order, every entry dated ``date_time``. The
    entries are taken one at a time (an iterator may compute the next when asked)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for name, data, deflate in entries:
            info = zipfile.ZipInfo(name, date_time)
            method = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
            info.compress_type = method
            info.create_system = _UNIX
            info.external_attr = _MODE
            archive.writestr(info, data, compress_type=method, compresslevel=LEVEL if deflate else None)
    return buf.getvalue()
