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

#: Content shorter than this is compressed on the spot (a thread costs more).
SMALL = 2048


class Deflated(PDFStream):
    """A FlateDecode stream whose compressed content is being made elsewhere."""

    def __init__(self, content: bytes | Future, dictionary: PDFDictionary | None = None):
        super().__init__(dictionary=dictionary, content=b"", filters=None)
        self._pending = content

    def format(self, document) -> bytes:
        pending = self._pending
        self.content = pending.result() if isinstance(pending, Future) else pending
        d = self.dictionary = PDFDictionary(self.dictionary.dict.copy())
        d["Filter"] = PDFArray([PDFName("FlateDecode")])     # reportlab's spelling: "/Filter [ /FlateDecode ]"
        return super().format(document)


class Deflater:
    """The worker thread of one PDF document (made on first use, ended by ``close``)."""

    def __init__(self):
        self._pool: ThreadPoolExecutor | None = None

    def stream(self, data: bytes | str, dictionary: PDFDictionary | None = None) -> Deflated:
        if isinstance(data, str):
            data = data.encode("utf8")        # as reportlab's PDFStreamFilterZCompress
        if len(data) < SMALL:
            return Deflated(zlib.compress(data), dictionary)
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="convert-deflate")
        return Deflated(self._pool.submit(zlib.compress, data), dictionary)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None


def deflater(doc) -> Deflater:
    """The Deflater of reportlab document ``doc``."""
    found = getattr(doc, "_convert_deflater", None)
    if found is None:
        found = doc._convert_deflater = Deflater()
    return found
