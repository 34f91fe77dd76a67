"""The parsed-face cache of the PDF writer (convert/writers/pdf/facecache.py): a face
read back from the cache is the face reportlab parses, attribute for attribute."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from convert.fonts import load_fonts
from convert.writers.pdf import facecache

SMALL = "ARPLUKaiCN-Quotes"          # 16 KB: quick to parse
UPEM_NOT_1000 = "ARPLUKaiTW"         # a 1024-unit em: _pdfScale scales


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "convert" / "fonts"


def _path(key: str) -> Path:
    return load_fonts().files[key].path


def _same_face(a: TTFontFace, b: TTFontFace) -> None:
    names = set(vars(a)) | set(vars(b))
    for name in sorted(names - {"_lazy", "_pdfScale"}):
        assert getattr(a, name) == getattr(b, name), name
    for v in (0, 1, 500, 1024, -37):
        assert a._pdfScale(v) == b._pdfScale(v)


@pytest.mark.parametrize("key", [SMALL, UPEM_NOT_1000])
def test_a_cached_face_is_the_parsed_face(cache: Path, key: str) -> None:
    parsed = TTFontFace(str(_path(key)))
    first = facecache.load_face(_path(key))          # parses and stores
    assert len(list(cache.glob("*.pickle"))) == 1
    again = facecache.load_face(_path(key))          # reads back
    assert isinstance(again, facecache.CachedFace)
    _same_face(parsed, first)
    _same_face(parsed, again)


def test_make_ttfont_sets_what_ttfont_init_sets(cache: Path) -> None:
    facecache.load_face(_path(SMALL))
    ours = facecache.make_ttfont("x", _path(SMALL))
    theirs = TTFont("x", str(_path(SMALL)))
    assert set(vars(ours)) == set(vars(theirs))
    for name in vars(theirs):
        if name not in ("face", "state"):
            assert type(getattr(ours, name)) is type(getattr(theirs, name)), name
            if name != "encoding":
                assert getattr(ours, name) == getattr(theirs, name), name
    assert ours.stringWidth("\u201c\u201d", 16) == theirs.stringWidth("\u201c\u201d", 16)


def test_a_broken_cache_file_is_parsed_again_and_replaced(cache: Path) -> None:
    path = _path(SMALL)
    facecache.load_face(path)
    (target,) = cache.glob("*.pickle")
    target.write_bytes(b"not a pickle")
    face = facecache.load_face(path)
    assert not isinstance(face, facecache.CachedFace)
    assert isinstance(facecache.load_face(path), facecache.CachedFace)


def test_an_unwritable_cache_folder_only_costs_the_parse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_bytes(b"")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))    # no folder can be made under a file
    face = facecache.load_face(_path(SMALL))
    assert face.charToGlyph and not isinstance(face, facecache.CachedFace)


def test_the_key_follows_the_file(tmp_path: Path) -> None:
    data = bytearray(_path(SMALL).read_bytes())
    a, b = tmp_path / "a.ttf", tmp_path / "b.ttf"
    a.write_bytes(data)
    data[12 + 4] ^= 1           # the first table's checksum: a changed table
    b.write_bytes(data)
    assert facecache.fingerprint(a) != facecache.fingerprint(b)
    assert facecache.fingerprint(a) == facecache.fingerprint(_path(SMALL))
