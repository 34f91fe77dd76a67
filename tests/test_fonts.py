"""The bundled fonts keep their promises: TrueType outlines, licences, coverage per chain,
Traditional glyph forms in the _tc chains, and subset_font()."""

from __future__ import annotations

import functools
import io
import sys
import tomllib

import pytest
from fontTools.pens.recordingPen import RecordingPen
from fontTools.ttLib import TTFont

from convert.fonts import FontFile, load_fonts, subset_font
from convert.resources import fonts_dir

BASES = ("song", "hei", "kai", "fangsong", "xiaobiaosong")
CHAINS = BASES + tuple(f"{b}_tc" for b in BASES)
LANGUAGES = {"zh-Hans": "", "zh-Hant": "_tc"}
BUDGET_MB = 80


def _decode(encoding: str, lead_lo: int, lead_hi: int, trails: list[int]) -> str:
    chars = []
    for lead in range(lead_lo, lead_hi + 1):
        for trail in trails:
            try:
                chars.append(bytes((lead, trail)).decode(encoding))
            except UnicodeDecodeError:
                pass
    return "".join(chars)


@functools.cache   # (the same string for every chain that asks: decoded once per run)
def gb2312_hanzi() -> str:
    """GB2312 rows 16–87: the 6763 hanzi."""
    return _decode("gb2312", 0xB0, 0xF7, list(range(0xA1, 0xFF)))


@functools.cache
def big5_hanzi() -> str:
    """Big5 level 1 (0xA440–0xC67E) and level 2 (0xC940–0xF9D5): 13053 hanzi."""
    trails = list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF))
    level1 = [c for c in _decode("big5", 0xA4, 0xC6, trails)
              if 0xA440 <= int.from_bytes(c.encode("big5"), "big") <= 0xC67E]
    level2 = [c for c in _decode("big5", 0xC9, 0xF9, trails)
              if 0xC940 <= int.from_bytes(c.encode("big5"), "big") <= 0xF9D5]
    return "".join(level1 + level2)


PUNCTUATION = "“”‘’、，。：；？！（）《》〈〉【】「」『』……——·～"
FULLWIDTH = "".join(map(chr, range(0xFF10, 0xFF1A))) + "".join(map(chr, range(0xFF21, 0xFF3B))) \
    + "".join(map(chr, range(0xFF41, 0xFF5B)))
ASCII = "".join(map(chr, range(0x21, 0x7F)))
URO_GB18030 = "".join(map(chr, range(0x4E00, 0x9FA6)))  # the 20902 of GB13000.1 / GBK


def test_the_character_sets_are_what_the_standards_say():
    assert len(gb2312_hanzi()) == 6763
    assert len(big5_hanzi()) == 13053
    assert len(URO_GB18030) == 20902


@pytest.fixture(scope="module")
def registry():
    return load_fonts()


@pytest.fixture(scope="module")
def table():
    return tomllib.loads((fonts_dir() / "fonts.toml").read_text(encoding="utf-8"))


def test_exactly_the_promised_chains(table):
    assert sorted(table["chains"]) == sorted(CHAINS)


def test_every_file_has_truetype_outlines_and_no_cff(registry):
    for font in registry.files.values():
        with TTFont(font.path, lazy=True) as tt:
            assert "glyf" in tt and "loca" in tt, font.path.name
            assert "CFF " not in tt and "CFF2" not in tt, font.path.name
            assert tt["OS/2"].fsType & 0x0002 == 0, f"{font.path.name} forbids embedding"


def test_no_unused_font_file_is_shipped(registry):
    used = {f.path.name for f in registry.files.values()}
    assert {p.name for p in fonts_dir().glob("*.ttf")} == used
    in_chains = {key for members in registry.chains.values() for key in members}
    assert in_chains == set(registry.files)


def test_every_file_draws_the_spaces(registry):
    """convert.fonts sets spaces in the chain's first file: a file without them would
    print .notdef boxes between words."""
    for font in registry.files.values():
        assert font.has(" ") and font.has("\u3000"), font.key


def test_every_file_has_its_licence_beside_it(registry):
    expected = {"OFL": "SIL OPEN FONT LICENSE", "Arphic": "ARPHIC PUBLIC LICENSE",
                # cwTeX: GPL 2+ with its own exception for PDF/PostScript documents
                "cwTeX": "permission is granted to include these font\n programs in a Postscript or PDF file",
                "GPL": "As a special exception, if you create a document which uses this font"}
    for font in registry.files.values():
        licence = fonts_dir() / font.licence
        assert font.licence and licence.is_file(), font.key
        text = licence.read_text(encoding="utf-8")
        kind = next(k for k in expected if k in licence.name)
        assert expected[kind].lower() in text.lower(), (font.key, licence.name)


def test_family_names_match_the_files(registry):
    for font in registry.files.values():
        with TTFont(font.path, lazy=True) as tt:
            assert tt["name"].getDebugName(1) == font.family or \
                tt["name"].getDebugName(16) == font.family, font.key
            weight = tt["OS/2"].usWeightClass
            assert (weight >= 600) == font.bold, (font.key, weight)


def test_total_size_within_budget():
    total = sum(p.stat().st_size for p in fonts_dir().glob("*.ttf"))
    assert total <= BUDGET_MB * 1_000_000, f"fonts/ holds {total / 1e6:.1f} MB"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("what", ["GB2312 hanzi", "Big5 hanzi", "GB/T 15834 punctuation",
                                  "full-width", "ASCII", "GB18030 URO"])
def test_chain_draws(registry, base, language, what):
    text = {"GB2312 hanzi": gb2312_hanzi(), "Big5 hanzi": big5_hanzi(),
            "GB/T 15834 punctuation": PUNCTUATION, "full-width": FULLWIDTH,
            "ASCII": ASCII, "GB18030 URO": URO_GB18030}[what]
    assert registry.chain_name(base, language) in registry.chains
    missing = registry.missing(text, base, language)
    assert not missing, f"{base}{LANGUAGES[language]} lacks {len(missing)}: {''.join(sorted(missing))[:40]}"


_OPENED: dict = {}


def _opened(path) -> TTFont:
    """A font file opened once for the module (its cmap of tens of thousands of entries
    parsed once, not once per character and chain); only read, never changed."""
    if path not in _OPENED:
        _OPENED[path] = TTFont(path, lazy=True)
    return _OPENED[path]


@pytest.fixture(scope="module", autouse=True)
def _close_opened_fonts():
    yield
    while _OPENED:
        _OPENED.popitem()[1].close()


def _outline(font: FontFile, ch: str) -> list:
    tt = _opened(font.path)
    pen = RecordingPen()
    tt.getGlyphSet()[tt.getBestCmap()[ord(ch)]].draw(pen)
    return pen.value


def _is_traditional_face(font: FontFile) -> bool:
    family = _opened(font.path)["name"].getDebugName(1)
    return family.endswith((" TC", " TW")) or family.startswith("cwTeX")   # cwTeX: Taiwan faces


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("ch", "說骨這")
def test_traditional_chains_use_traditional_glyph_forms(registry, base, ch):
    simplified = registry.font_for(ch, base, "zh-Hans")
    traditional = registry.font_for(ch, base, "zh-Hant-TW")
    assert traditional is not None and _is_traditional_face(traditional), traditional
    assert registry.chain(base, "zh-Hant")[0] is traditional or \
        not registry.chain(base, "zh-Hant")[0].has(ch)
    assert simplified is not None and not _is_traditional_face(simplified)
    assert _outline(traditional, ch) != _outline(simplified, ch)


def test_traditional_punctuation_is_centred(registry):
    """Taiwan sets ，。、 in the middle of the em box; the mainland in the lower left."""
    for ch in "，。":
        hans = registry.font_for(ch, "song", "zh-Hans")
        hant = registry.font_for(ch, "song", "zh-Hant")
        centres = []
        for font in (hans, hant):
            tt = _opened(font.path)
            glyph = tt["glyf"][tt.getBestCmap()[ord(ch)]]
            centres.append((glyph.xMin + glyph.xMax) / 2 / tt["head"].unitsPerEm)
        assert centres[0] < 0.4 and abs(centres[1] - 0.5) < 0.1, (ch, centres)


def test_subset_font_keeps_exactly_the_requested_characters(registry):
    font = registry.chain("song")[0]
    chars = set("中华人民共和国国务院关于ABC123，。“”")
    data = subset_font(font, chars)
    with TTFont(io.BytesIO(data)) as tt:
        assert set(map(chr, tt.getBestCmap())) == chars
        assert "glyf" in tt
        assert len(tt.getGlyphOrder()) < 60  # the characters, .notdef and a few vertical forms
    assert len(data) < font.path.stat().st_size / 100


def test_subset_font_woff2(registry):
    pytest.importorskip("brotli")
    font = registry.chain("kai", "zh-Hant")[0]
    data = subset_font(font, "說文解字", flavor="woff2")
    assert data[:4] == b"wOF2"
    with TTFont(io.BytesIO(data)) as tt:
        assert set(map(chr, tt.getBestCmap())) == set("說文解字")


def test_reportlab_embeds_every_file(registry):
    from reportlab.pdfbase.pdfmetrics import registerFont
    from reportlab.pdfbase.ttfonts import TTFont as ReportlabTTFont
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    canvas = Canvas(buf)
    for font in registry.files.values():
        registerFont(ReportlabTTFont(f"test-{font.key}", str(font.path)))
        canvas.setFont(f"test-{font.key}", 12)
        canvas.drawString(72, 720, "中文")
    canvas.save()
    assert buf.getvalue().count(b"/FontFile2") == len(registry.files)


def test_fonts_toml_is_what_build_py_generates(table):
    """fonts.toml is generated: its files and chains must be those of fonts/build.py."""
    import importlib.util

    script = fonts_dir() / "build.py"
    if not script.is_file():
        pytest.skip(f"{script} is not packaged here")
    spec = importlib.util.spec_from_file_location("fonts_build", script)
    build = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = build  # dataclasses look their module up there
    spec.loader.exec_module(build)
    assert {k: tuple(v) for k, v in table["chains"].items()} == build.CHAINS
    assert {k: v["file"] for k, v in table["files"].items()} == {b.key: b.file for b in build.BUILDS}


def test_codepoints_are_kept_in_the_cache_as_harfbuzz_read_them(tmp_path, monkeypatch):
    """A font's code points come from HarfBuzz the first time, from the user's cache
    (ranges, keyed by the file's path, size and time) after: the same set, without
    importing uharfbuzz; a file changed since is read again; no cache folder, no harm."""
    import os
    import subprocess

    hb = pytest.importorskip("uharfbuzz")
    src = fonts_dir() / "LXGWWenKai-Regular.ttf"       # the cmap format 12 file
    font = tmp_path / "font.ttf"
    font.write_bytes(src.read_bytes())
    expected = set(hb.Face(hb.Blob.from_file_path(str(font)), 0).unicodes)
    code = ("import sys; from pathlib import Path; from convert.fonts import FontFile;"
            f"f = FontFile('x', Path({str(font)!r}), 'x');"
            "print(len(f.codepoints), hash(frozenset(f.codepoints)), 'uharfbuzz' in sys.modules)")

    def run(cache) -> list[str]:
        env = dict(os.environ, XDG_CACHE_HOME=str(cache))
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        return out.stdout.split()

    want = [str(len(expected)), str(hash(frozenset(expected)))]
    assert run(tmp_path / "cache") == [*want, "True"]              # read by HarfBuzz, stored
    assert run(tmp_path / "cache") == [*want, "False"]             # from the cache
    os.utime(font, ns=(1, 1))                                        # another file, as far as the key knows
    assert run(tmp_path / "cache") == [*want, "True"]
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be")
    assert run(blocked) == [*want, "True"]                           # nothing stored, nothing broken
    assert run(blocked) == [*want, "True"]
