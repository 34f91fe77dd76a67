"""The EPUB's zip (zipping.py, through zipfile): a valid archive of the entries as given,
mimetype first and stored, the entries in the package's order, the cover asked for
only when the zip reaches it; and the cover helper's process imports only the cover."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from datetime import datetime, timezone

import pytest

from convert.writers.epub.package import _Item, _ocf_zip
from convert.writers.epub.zipping import LEVEL, zip_bytes

WHEN = (2024, 2, 29, 13, 45, 58)


CASES = {
    "epub-like": [("mimetype", b"application/epub+zip", False),
                  ("META-INF/container.xml", b"<container/>\n" * 3, True),
                  ("OEBPS/text/ch001.xhtml", "<p>正文，第一段。</p>\n".encode() * 5000, True),
                  ("OEBPS/images/cover.jpg", bytes(range(256)) * 40, False)],
    "empty entries": [("a", b"", False), ("b", b"", True)],
    "one": [("only.txt", b"x", True)],
    "non-ascii name (zipfile writes it)": [("mimetype", b"application/epub+zip", False),
                                           ("OEBPS/正文.xhtml", b"<p/>", True)],
}


@pytest.mark.parametrize("entries", CASES.values(), ids=CASES.keys())
def test_zip_bytes_hold_the_entries_as_given(entries):
    data = zip_bytes(entries, WHEN)
    assert data == zip_bytes(entries, WHEN)   # the same bytes every time
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert all(i.date_time == WHEN and i.compress_type == (8 if d else 0)
                   for i, (_, _, d) in zip(z.infolist(), entries))
        assert z.testzip() is None
        assert [(i.filename, z.read(i)) for i in z.infolist()] == [(n, d) for n, d, _ in entries]


def test_ocf_zip_order_mimetype_first_and_the_cover_asked_for_in_its_turn():
    asked: list[int] = []

    def cover() -> bytes:
        asked.append(1)
        return b"\xff\xd8jpeg\xff\xd9"

    items = [_Item("ch001", "text/ch001.xhtml", "application/xhtml+xml", "<p>一</p>".encode() * 1000),
             _Item("css", "style/book.css", "text/css", b"p{}"),
             _Item("cover-image", "images/cover.jpg", "image/jpeg", cover, "cover-image"),
             _Item("ncx", "toc.ncx", "application/x-dtbncx+xml", b"<ncx/>")]
    data = _ocf_zip(b"<package/>", items, datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc))
    assert asked == [1]
    assert data[:4] == b"PK\x03\x04" and data[30:38] == b"mimetype" and data[38:58] == b"application/epub+zip"
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        infos = z.infolist()
        assert [i.filename for i in infos] == [
            "mimetype", "META-INF/container.xml", "OEBPS/content.opf", "OEBPS/text/ch001.xhtml",
            "OEBPS/style/book.css", "OEBPS/images/cover.jpg", "OEBPS/toc.ncx"]
        stored = {i.filename for i in infos if i.compress_type == zipfile.ZIP_STORED}
        assert stored == {"mimetype", "OEBPS/images/cover.jpg"}
        assert all(i.date_time == (2024, 1, 2, 3, 4, 4) and not i.extra for i in infos)  # DOS time: even seconds
        assert z.read("OEBPS/images/cover.jpg") == b"\xff\xd8jpeg\xff\xd9"
        assert z.testzip() is None


def test_the_cover_helper_imports_only_the_cover():
    """cover.py's process (cli._warm_cover) does not load the writer: the package's
    __init__ imports nothing, book.py is loaded by ``write``."""
    code = ("import sys; import convert.writers.epub.cover as c, convert.writers.epub as e;"
            "print(sorted(m for m in sys.modules if m.startswith('convert.writers.epub.') or m == 'zipfile'));"
            "print(callable(e.write), len(e.VERTICAL_QUOTES) > 0)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    loaded, names = run.stdout.splitlines()
    assert loaded == "['convert.writers.epub.cover']"
    assert names == "True True"
