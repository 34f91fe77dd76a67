"""Streams compressed in a background thread while the pages are still being set.

reportlab compresses every stream (zlib, Flate) when it writes the file, after the
last page: 1.5 MB of page content and the font programs of the 180k benchmark cost
it about 60 ms there, with the second core idle. zlib releases the GIL while it
deflates, so here each page's content is handed to a worker thread as soon as the
page is shown (``FrontFirstCanvas.showPage``), and the font programs as soon as they
are made (cidfonts.py); writing the file only collects the results.

The page content is Flate only (``zlib.compress`` at its default level), as the font
streams already were: reportlab also wraps it in ASCII85 (``rl_config.useA85``),
which made it 25 % larger and cost time to encode, for 7-bit files nobody needs.
"""

from __future__ import annotations

import zlib
from concurrent.futures import Future, ThreadPoolExecutor

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream

#: Content is handed to the worker in batches of at least this many bytes (a handover
#: costs both threads the GIL once; a page is only a few KB).
BATCH = 1 << 17


class Deflated(PDFStream):
    """A FlateDecode stream whose compressed content is being made elsewhere."""

    def __init__(self, owner: "Deflater", dictionary: PDFDictionary | None = None):
        super().__init__(dictionary=dictionary, content=b"", filters=None)
        self._owner = owner
        self._result: Future | bytes | None = None     # set when its batch is handed over
        self._index = 0                                 # its place in the batch's results

    def format(self, document) -> bytes:
        if self._result is None:
            self._owner.flush()
        result = self._result
        self.content = result.result()[self._index] if isinstance(result, Future) else result
        d = self.dictionary = PDFDictionary(self.dictionary.dict.copy())
        d["Filter"] = PDFArray([PDFName("FlateDecode")])     # reportlab's spelling: "/Filter [ /FlateDecode ]"
        return super().format(document)


def _compress_all(items: list[bytes]) -> list[bytes]:
    return [zlib.compress(data) for data in items]


class Deflater:
    """The worker thread of one PDF document (made on first use, ended by ``close``)."""

    def __init__(self):
        self._pool: ThreadPoolExecutor | None = None
        self._waiting: list[tuple[Deflated, bytes]] = []
        self._size = 0

    def stream(self, data: bytes | str, dictionary: PDFDictionary | None = None) -> Deflated:
        if isinstance(data, str):
            data = data.encode("utf8")        # as reportlab's PDFStreamFilterZCompress
        stream = Deflated(self, dictionary)
        self._waiting.append((stream, data))
        self._size += len(data)
        if self._size >= BATCH:
            self.flush()
        return stream

    def flush(self) -> None:
        """Hand the waiting streams to the worker (one job)."""
        waiting, self._waiting, self._size = self._waiting, [], 0
        if not waiting:
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="convert-deflate")
        future = self._pool.submit(_compress_all, [data for _, data in waiting])
        for k, (stream, _) in enumerate(waiting):
            stream._result, stream._index = future, k

    def close(self) -> None:
        self._waiting, self._size = [], 0
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None


def deflater(doc) -> Deflater:
    """The Deflater of reportlab document ``doc``."""
    found = getattr(doc, "_convert_deflater", None)
    if found is None:
        found = doc._convert_deflater = Deflater()
    return found
