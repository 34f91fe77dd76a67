"""Render page 1 of the seed's PDF to docs/seed-page1.png for the README (`make readme-image`)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_2eef0502365f63f1.txt"


def main() -> int:
    if not shutil.which("pdftoppm"):
        print("make_readme_image: pdftoppm (poppler-utils) is needed", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "seed.pdf"
        subprocess.run([sys.executable, "-m", "convert", SEED, "--to", "pdf", "-o", pdf], check=True)
        subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "1", "-singlefile", pdf,
                        ROOT / "docs" / "seed-page1"], check=True)
    print("wrote docs/seed-page1.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
