"""Render the mixed Chinese–Latin test document (tests/test_pdf_mixed.py) and crop its first
page's text to docs/mixed-text.png for the README's fonts section."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from convert.diagnostics import Reporter  # noqa: E402
from convert.fonts import load_fonts  # noqa: E402
from convert.writers import WriteOptions  # noqa: E402
from convert.writers.pdf import write  # noqa: E402
from test_pdf_mixed import STYLE, mixed_document  # noqa: E402

#: the crop at 91 dpi: from the section heading to the last paragraph's end (A4, gbt9704 margins)
CROP = ("-r", "91", "-x", "100", "-y", "200", "-W", "565", "-H", "625")


def main() -> int:
    if not shutil.which("pdftoppm"):
        print("make_mixed_image: pdftoppm (poppler-utils) is needed", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "mixed.pdf"
        pdf.write_bytes(write(mixed_document(), STYLE, load_fonts(), WriteOptions(), Reporter("docs")))
        subprocess.run(["pdftoppm", *CROP, "-png", "-f", "1", "-l", "1", "-singlefile", pdf,
                        ROOT / "docs" / "mixed-text"], check=True)
    print("wrote docs/mixed-text.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
