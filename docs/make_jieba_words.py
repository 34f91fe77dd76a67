"""Write convert/writers/epub/jieba-words.txt: the word segmenter's dictionary as a sorted
list that the EPUB cover searches without loading it (convert/writers/epub/words.py).

    python docs/make_jieba_words.py [DICT.TXT]

The words and frequencies are the dictionary rjieba segments with (jieba-rs embeds
jieba's dict.txt, zstd-compressed, in the extension module): without an argument they
are taken from the installed rjieba's binary (the ``zstd`` command decompresses the
frame that holds them); with one, from that dict.txt (``word freq [tag]`` lines, as in
jieba 0.42.1's, which gives the same file: rjieba 0.2.2's dictionary is its 349,046
lines less the second of its two "B超 3 n"). The tags are dropped (a cut does not use
them). jieba and jieba-rs are MIT licensed: the licence is in the file's header.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "convert" / "writers" / "epub" / "jieba-words.txt"
MAGIC = b"\x28\xb5\x2f\xfd"     # a zstd frame

HEADER = """\
# The dictionary of the jieba word segmenter (jieba-rs, as rjieba 0.2.2 embeds it):
# "word frequency" lines sorted by code point, after the total of the frequencies.
# Made by docs/make_jieba_words.py; searched by convert/writers/epub/words.py.
#
# jieba: Copyright (c) 2013 Sun Junyi; jieba-rs: Copyright (c) 2018 messense.
# Permission is hereby granted, free of charge, to any person obtaining a copy of this
# software and associated documentation files (the "Software"), to deal in the Software
# without restriction, including without limitation the rights to use, copy, modify,
# merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
# permit persons to whom the Software is furnished to do so, subject to the following
# conditions: The above copyright notice and this permission notice shall be included in
# all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS",
# WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
# WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN
# NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR
# OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT
# OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def from_rjieba() -> str:
    import importlib.util

    spec = importlib.util.find_spec("rjieba")
    assert spec is not None and spec.submodule_search_locations, "rjieba is not installed"
    folder = Path(list(spec.submodule_search_locations)[0])
    binary = next(p for p in folder.iterdir() if p.name.startswith("rjieba.") and p.suffix in (".so", ".pyd"))
    data = binary.read_bytes()
    at = data.find(MAGIC)
    while at >= 0:
        run = subprocess.run(["zstd", "-d", "-c"], input=data[at:], capture_output=True)
        text = run.stdout.decode("utf-8", "replace")
        first = text.split("\n", 1)[0].split()
        if len(first) == 3 and first[1].isdigit() and text.count("\n") > 100_000:
            return text
        at = data.find(MAGIC, at + 1)
    raise SystemExit(f"no dictionary found in {binary}")


def main() -> int:
    text = Path(sys.argv[1]).read_text(encoding="utf-8") if len(sys.argv) > 1 else from_rjieba()
    words: dict[str, int] = {}
    for line in text.splitlines():
        parts = line.split()
        if parts:   # as jieba-rs reads it: a word, its frequency (0 without), a later line wins
            words[parts[0]] = int(parts[1]) if len(parts) > 1 else 0
    body = "".join(f"{w} {f}\n" for w, f in sorted(words.items()))
    OUT.write_text(HEADER + f"total {sum(words.values())}\n\n" + body, encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(words):,} words, total {sum(words.values()):,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
