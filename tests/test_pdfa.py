"""PDF/A (issue 14): ``--pdfa`` is PDF/A-2a and PDF/UA-1 in one file; ``--pdfa=1b`` is
PDF/A-1b, checked by a validator no one here wrote: Apache PDFBox Preflight (Debian's
libpdfbox2-java, which checks PDF/A-1b only; it runs on Java with libactivation-java and
libjaxb-api-java, all installed by .ci/run). PDF/A-2a has no validator that installs
here (veraPDF does not): pikepdf reads its identification and the tests of
test_pdf_tagged.py and outloud check its tags."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pikepdf
import pytest

from conftest import ROOT, SEED, require, run_cli
from convert.writers.pdf.pdfa import srgb_v2_profile

JARS = [Path("/usr/share/java") / name for name in (
    "preflight.jar", "pdfbox2.jar", "fontbox2.jar", "xmpbox.jar", "commons-logging.jar",
    "javax.activation.jar", "jaxb-api.jar")]
NOTICE_TABLE = ROOT / "tests" / "fixtures" / "reader" / "notice_nav_attachments.txt"
#: 第N条 run-in labels set in 楷体 (AR PL UKai, a 1024-unit em): its glyphs' advances must
#: agree with /Widths (fonts/build.py explicit_advances)
ARTICLES = ROOT / "tests" / "fixtures" / "reader" / "notice_attachment.txt"


def preflight(pdf: Path) -> subprocess.CompletedProcess:
    missing = [str(j) for j in JARS if not j.exists()]
    require(not missing, "Apache PDFBox Preflight (apt install libpdfbox2-java libactivation-java "
                         f"libjaxb-api-java; missing {', '.join(missing)})")
    return subprocess.run(["java", "-cp", ":".join(map(str, JARS)), "org.apache.pdfbox.preflight.Validator_A1b",
                           str(pdf)], capture_output=True, text=True, timeout=300)


def convert(tmp_path: Path, src: Path, name: str, *opts: str) -> Path:
    out = tmp_path / name
    proc = run_cli(src, "--to", "pdf", "-o", out, "-q", *opts)
    assert proc.returncode == 0, proc.stderr.decode()
    return out


def test_the_icc_profile_is_a_version_2_srgb_display_profile():
    from datetime import datetime, timezone

    from PIL import ImageCms

    data = srgb_v2_profile(datetime(2024, 1, 2, tzinfo=timezone.utc))
    assert data[8] == 2 and data[12:24] == b"mntrRGB XYZ " and data[36:40] == b"acsp"
    assert int.from_bytes(data[:4], "big") == len(data)
    profile = ImageCms.ImageCmsProfile(io.BytesIO(data))          # LittleCMS reads it
    assert ImageCms.getProfileDescription(profile).strip() == "sRGB IEC61966-2.1"
    # it converts like LittleCMS's own sRGB: white stays white, a mid grey stays grey
    from PIL import Image

    lab = ImageCms.createProfile("LAB")
    ours = ImageCms.buildTransform(profile, lab, "RGB", "LAB")
    theirs = ImageCms.buildTransform(ImageCms.createProfile("sRGB"), lab, "RGB", "LAB")
    for rgb in ((255, 255, 255), (128, 128, 128), (200, 30, 30), (10, 120, 240)):
        a = ImageCms.applyTransform(Image.new("RGB", (1, 1), rgb), ours).getpixel((0, 0))
        b = ImageCms.applyTransform(Image.new("RGB", (1, 1), rgb), theirs).getpixel((0, 0))
        assert all(abs(x - y) <= 2 for x, y in zip(a, b)), (rgb, a, b)


def test_pdfa_is_2a_and_ua_1(tmp_path):
    path = convert(tmp_path, SEED, "a.pdf", "--pdfa")
    with pikepdf.open(path) as pdf:
        meta = pdf.open_metadata()
        assert meta.pdfa_status == "2A" and meta["pdfuaid:part"] == "1"
        assert pdf.pdf_version == "1.7" and pdf.Root.MarkInfo.Marked is True and "/StructTreeRoot" in pdf.Root
        xmp = pdf.Root.Metadata.read_bytes().decode()
        # the PDF/UA schema is declared as a PDF/A extension schema
        assert "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>" in xmp
        assert all(str(v) for v in pdf.docinfo.values())          # no empty /Info entries
        assert pdf.Root.OutputIntents[0].DestOutputProfile.read_bytes()[8] == 2


def test_pdfa_1b_is_pdf_1_4(tmp_path):
    path = convert(tmp_path, SEED, "a1b.pdf", "--pdfa=1b")
    with pikepdf.open(path) as pdf:
        assert pdf.open_metadata().pdfa_status == "1B" and pdf.pdf_version == "1.4"
        assert "/StructTreeRoot" in pdf.Root       # still tagged


def test_an_unknown_level_is_a_usage_error(tmp_path):
    proc = run_cli(SEED, "--to", "pdf", "--pdfa=3u", "-o", tmp_path / "x.pdf")
    assert proc.returncode == 2 and b"--pdfa" in proc.stderr


@pytest.mark.validator
@pytest.mark.parametrize("src,opts", [(SEED, ()), (NOTICE_TABLE, ()), (SEED, ("--traditional", "--style", "book")),
                                      (ARTICLES, ()), (ARTICLES, ("--traditional",))],
                         ids=["seed", "notice-table", "traditional-book", "articles-kai", "articles-kai-traditional"])
def test_preflight_finds_pdfa_1b_valid(tmp_path, src, opts):
    path = convert(tmp_path, src, "a1b.pdf", "--pdfa=1b", *opts)
    proc = preflight(path)
    assert proc.returncode == 0 and "is a valid PDF/A-1b file" in proc.stdout, proc.stdout + proc.stderr
