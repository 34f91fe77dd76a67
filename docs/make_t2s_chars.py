"""Write convert/reader/t2s-chars.txt: Traditional → Simplified, character by character, as
OpenCC's t2s converts each character alone (no phrase spans two characters).

    python docs/make_t2s_chars.py

The reader's rules are written once, in Simplified (网站地图, 责任编辑：); a Traditional page's
line is matched through its Simplified form too (convert/reader/boilerplate.py). The table
is shipped as data so that a read does not load OpenCC for it. OpenCC is Apache-2.0
licensed: its licence is convert/reader/OPENCC-LICENSE.
"""

from __future__ import annotations

from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "convert" / "reader" / "t2s-chars.txt"

HEADER = f"""\
# Traditional → Simplified Chinese, character by character: two lines below, the same length,
# the second holding the Simplified form of each character of the first. Made by
# docs/make_t2s_chars.py from OpenCC {opencc.__version__} (t2s, each character alone).
# OpenCC: Carbo Kuo (BYVoid) and its contributors, Apache License 2.0 (convert/reader/OPENCC-LICENSE).
"""


def main() -> None:
    chars = [chr(c) for c in range(0x3400, 0xA000)]
    simple = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    pairs = [(a, b) for a, b in zip(chars, simple) if a != b and len(b) == 1]
    OUT.write_text(HEADER + "".join(a for a, _ in pairs) + "\n" + "".join(b for _, b in pairs) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(pairs)} characters")


if __name__ == "__main__":
    main()
