"""The Typst twin of a benchmark text: the same words in the gbt9704 page geometry.

Typst is the PDF anchor of issue 18. To be a fair anchor the twin asks Typst for what
``convert --to pdf`` does with the same text (styles/gbt9704.toml):

- A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (the 156 × 225 mm block);
- body 16 pt (三号) in FandolFang, the bundled 仿宋, with the 22-line grid's pitch
  (225 mm / 22), a 2-em first-line indent on every paragraph, justified;
- the title (first line) in the 小标宋 face (Noto Serif SC Bold), 22 pt, centred;
  ``一、`` headings in 黑体 (Noto Sans SC), ``（一）`` headings in 楷体 (AR PL UKai);
- folios ``— N —`` in 14 pt (四号), outside: right on odd pages, left on even.

The fonts come from the repository's fonts/ (``font_paths``), system fonts are ignored,
so Typst and convert draw with the same files. Every paragraph is a Typst string
literal, so no character of the text is read as Typst markup.

    python bench/typst_twin.py INPUT.txt OUTPUT.typ
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "fonts"

_H1 = re.compile(r"^[一二三四五六七八九十]+、")
_H2 = re.compile(r"^（[一二三四五六七八九十]+）")

#: The page and the three paragraph kinds, as Typst set rules and functions.
PREAMBLE = """\
#set document(title: none)
#set page(paper: "a4", margin: (top: 37mm, bottom: 35mm, left: 28mm, right: 26mm),
  footer-descent: 7mm,
  footer: context {
    let n = counter(page).get().first()
    let folio = text(font: "FandolFang", size: 14pt)[— #n —]
    if calc.odd(n) { align(right, folio) } else { align(left, folio) }
  })
// one grid line = 225 mm / 22; the text box is exactly 1 em, the rest is leading
#set text(font: ("FandolFang", "Noto Serif CJK SC"), size: 16pt, lang: "zh", region: "cn",
  top-edge: 1em, bottom-edge: 0em)
#set par(justify: true, leading: 225mm / 22 - 16pt, spacing: 225mm / 22 - 16pt,
  first-line-indent: (amount: 2em, all: true))
#let title(s) = align(center, text(font: "Noto Serif CJK SC", weight: "bold", size: 22pt, s))
#let h1(s) = text(font: ("Noto Sans CJK SC", "Noto Serif CJK SC"), s)
#let h2(s) = text(font: ("AR PL UKai CN", "LXGW WenKai"), s)
"""


def _string(text: str) -> str:
    """A Typst string literal: backslash and double quote are its only escapes here."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def typst_source(text: str) -> str:
    """The .typ source for ``text``: its first non-empty line is the title."""
    out = [PREAMBLE]
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    for k, line in enumerate(lines):
        s = _string(line)
        if k == 0:
            out.append(f"#title({s})\n")
        elif _H1.match(line):
            out.append(f"#par(h1({s}))\n")
        elif _H2.match(line):
            out.append(f"#par(h2({s}))\n")
        else:
            out.append(f"#par({s})\n")
    return "".join(out)


def write_twin(text_path: Path, typ_path: Path) -> Path:
    typ_path.write_text(typst_source(text_path.read_text(encoding="utf-8")), encoding="utf-8")
    return typ_path


def compile_command(python: str, typ_path: Path, pdf_path: Path) -> list[str]:
    """What the bench times: a fresh interpreter, ``import typst``, one compile — the
    anchor pays Python's start-up as ``python -m convert`` does."""
    code = (f"import typst; typst.compile({str(typ_path)!r}, output={str(pdf_path)!r}, "
            f"font_paths=[{str(FONTS)!r}], ignore_system_fonts=True)")
    return [python, "-c", code]


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[-1].strip())
    write_twin(Path(sys.argv[1]), Path(sys.argv[2]))
