"""PDF/A post-processing (``--pdfa``, ``--pdfa=1b``) with pikepdf.

Two levels:

- **2a** (``--pdfa``): PDF/A-2a and PDF/UA-1 in one file — the tagged PDF the writer
  always makes (tagging.py), PDF 1.7, its XMP declaring ``pdfaid:part 2`` /
  ``conformance A`` and ``pdfuaid:part 1``;
- **1b** (``--pdfa=1b``): PDF/A-1b for archives that ask for it — PDF 1.4, the same
  tags and XMP with ``pdfaid:part 1`` / ``conformance B``. Apache PDFBox Preflight
  checks it (tests/test_pdfa.py).

reportlab already writes what PDF/A needs of the content: every font embedded (as
TrueType subsets with ToUnicode), no transparency, a trailer /ID. The XMP is written by
the writer (tagging.xmp_packet: Dublin Core, the dates and producer mirroring /Info,
the PDF/A identification, and the PDF/UA schema declared as a PDF/A extension schema,
as PDF/A requires of any schema outside XMP's own). This adds the rest:

- an sRGB output intent whose ICC profile is a version 2 profile (PDF/A-1 accepts no
  later one), built here from the sRGB definition (``srgb_v2_profile``): no profile file
  is bundled, and its creation date is the document's, for reproducible output;
- no /Trapped and no empty entries in /Info (the XMP has nothing to mirror them);
- the header version and a deterministic file identifier.
"""

from __future__ import annotations

import io
import struct
from datetime import datetime, timezone

import pikepdf
from pikepdf import Array, Dictionary, Name

from ...model import Document
from .. import WriteOptions

from .tagging import PDFA_LEVELS, pdfa_level

ICC_CONDITION = "sRGB IEC61966-2.1"


def _s15(v: float) -> bytes:
    return struct.pack(">i", round(v * 65536))


def _xyz(x: float, y: float, z: float) -> bytes:
    return b"XYZ " + bytes(4) + _s15(x) + _s15(y) + _s15(z)


def srgb_v2_profile(when: datetime) -> bytes:
    """An ICC version 2.1 display profile of sRGB (IEC 61966-2.1): the D50-adapted
    primaries and white point, and the sRGB transfer curve as a 1024-entry table —
    tag types all of ICC.1:2001 (desc, text, XYZ, curv), so PDF/A-1 readers accept it.
    ``when`` is its creation date."""
    description = b"sRGB IEC61966-2.1"
    desc = (b"desc" + bytes(4) + struct.pack(">I", len(description) + 1) + description + b"\0"
            + bytes(4) + bytes(4) + bytes(2) + bytes(1) + bytes(67))
    cprt = b"text" + bytes(4) + b"No copyright, use freely\0"
    n = 1024
    table = []
    for i in range(n):
        v = i / (n - 1)
        y = v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
        table.append(round(y * 65535))
    trc = b"curv" + bytes(4) + struct.pack(">I", n) + struct.pack(f">{n}H", *table)
    tags = [
        (b"desc", desc), (b"cprt", cprt),
        (b"wtpt", _xyz(0.9642, 1.0, 0.8249)),
        (b"rXYZ", _xyz(0.4360747, 0.2225045, 0.0139322)),
        (b"gXYZ", _xyz(0.3850649, 0.7168786, 0.0971045)),
        (b"bXYZ", _xyz(0.1430804, 0.0606169, 0.7141733)),
        (b"rTRC", trc), (b"gTRC", trc), (b"bTRC", trc),
    ]
    offset = 128 + 4 + 12 * len(tags)
    directory, data, placed = [], b"", {}
    for sig, body in tags:
        if body not in placed:           # the three curves share one copy
            placed[body] = offset + len(data)
            data += body + bytes(-len(body) % 4)
        directory.append(sig + struct.pack(">II", placed[body], len(body)))
    utc = when.astimezone(timezone.utc)
    size = offset + len(data)
    header = (struct.pack(">I", size) + bytes(4) + bytes([2, 0x10, 0, 0]) + b"mntr" + b"RGB " + b"XYZ "
              + struct.pack(">6H", utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second)
              + b"acsp" + bytes(4) + bytes(4) + bytes(4) + bytes(4) + bytes(8) + struct.pack(">I", 0)
              + _s15(0.9642) + _s15(1.0) + _s15(0.8249) + bytes(4) + bytes(16) + bytes(28))
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + b"".join(directory) + data


def to_pdfa(data: bytes, doc: Document, options: WriteOptions, lang: str) -> bytes:
    level = pdfa_level(options.pdfa) or "2a"
    version = ".".join(map(str, PDFA_LEVELS[level][0]))
    with pikepdf.open(io.BytesIO(data)) as pdf:
        when = options.timestamp
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        profile = pikepdf.Stream(pdf, srgb_v2_profile(when))
        profile.N = 3
        intent = Dictionary(
            Type=Name.OutputIntent, S=Name.GTS_PDFA1,
            OutputConditionIdentifier=ICC_CONDITION, Info=ICC_CONDITION,
            RegistryName="http://www.color.org", DestOutputProfile=pdf.make_indirect(profile),
        )
        pdf.Root.OutputIntents = Array([pdf.make_indirect(intent)])
        pdf.Root.Lang = pikepdf.String(lang)
        if "/Trapped" in pdf.docinfo:
            # reportlab writes /Trapped /False; PDF/A wants /Info mirrored in XMP, and
            # the XMP written has no such field: drop it
            del pdf.docinfo["/Trapped"]
        for key in list(pdf.docinfo.keys()):
            # reportlab writes /Author () and the like; the XMP leaves empty ones out
            if isinstance(pdf.docinfo[key], pikepdf.String) and not str(pdf.docinfo[key]):
                del pdf.docinfo[key]
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True, force_version=version, fix_metadata_version=False)
        return out.getvalue()
