"""A typography checker for PDFs, independent of the writer that made them.

It reads glyph positions with pdfplumber, rebuilds the lines of every page, pairs the
lines with the paragraphs of the model (by their text), and reports every breach of
the rules the PDF writer promises (issue 4):

- no line starts with a closing or pause mark, none ends with an opening mark;
- ——  and …… are never split across lines;
- every non-final line of a justified paragraph ends at the text block's right edge
  (±0.5 pt; a line-final mark may be set at its inked half);
- on the GB/T 9704 grid: 22 lines on full pages, 28 characters on full lines;
- page numbers alternate: odd pages right, even pages left, one character in;
- headings never end a page; no widows, orphans, or paragraphs ending in one character.

The rule sets below are written out here again on purpose (from GB/T 15834 and the
issue), not imported from the writer, so a mistake in the writer's data shows up.

Also here: hand-built sample Documents (until the real reader exists), from the seed.
"""

from __future__ import annotations

import io
import re
import statistics
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber

from convert.model import (Document, Heading, Meta, Paragraph, Strong, Table, Text, article_label_text,
                           heading_display_text, heading_look_level, inside_attachment_after, is_attachment_heading,
                           is_run_in_article, plain_text,
                           split_attachment_label)
from convert.style import Style

LINE_START_FORBIDDEN = set("、，。．；：？！）］｝】》〉」』”’…⋯—―·％‰,.;:?!)]}")
LINE_END_FORBIDDEN = set("（［｛【《〈「『“‘([{")
DOUBLED = ("—", "―", "…", "⋯")
#: Marks a line may end with at their inked half (the other half is blank).
HALF_AT_END = set("、，。．；：？！）］｝】》〉」』”’")

TOLERANCE = 0.5   # points


@dataclass
class TextLine:
    page: int            # 1-based
    baseline: float      # PDF y of the baseline
    chars: list[dict]

    @property
    def text(self) -> str:
        return "".join(c["text"] for c in self.chars)

    @property
    def x0(self) -> float:
        return self.chars[0]["x0"]

    @property
    def x1(self) -> float:
        return self.chars[-1]["x1"]

    @property
    def size(self) -> float:
        return statistics.median(c["size"] for c in self.chars)


@dataclass
class Report:
    """What the checker found. ``problems`` empty means the PDF passed."""

    pages: int = 0
    lines: list[TextLine] = field(default_factory=list)
    folios: dict[int, TextLine] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    line_start: int = 0
    line_end: int = 0
    split_doubles: int = 0
    ragged: int = 0
    full_pages: int = 0
    full_line_counts: list[int] = field(default_factory=list)
    widows: int = 0
    runts: int = 0
    orphans: int = 0
    stranded_headings: int = 0
    #: (widest white gap between two glyphs, in em; the line) of every non-final line
    #: of a justified paragraph: an unbreakable token spreading a line shows here
    gaps: list[tuple[float, TextLine]] = field(default_factory=list)

    @property
    def max_gap(self) -> float:
        return max((g for g, _ in self.gaps), default=0.0)

    def fail(self, what: str) -> None:
        self.problems.append(what)

    def summary(self) -> str:
        return (f"{self.pages} pages, {len(self.lines)} lines; line-start {self.line_start}, "
                f"line-end {self.line_end}, split doubles {self.split_doubles}, "
                f"ragged justified lines {self.ragged}; first problems: {self.problems[:8]}")


def extract_lines(pdf_bytes: bytes) -> tuple[list[list[TextLine]], float]:
    """Lines of each page (top to bottom), rebuilt from glyph baselines."""
    pages: list[list[TextLine]] = []
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        height = float(pdf.pages[0].height) if pdf.pages else 0.0
        for number, page in enumerate(pdf.pages, 1):
            by_baseline: dict[float, list[dict]] = {}
            for ch in page.chars:
                if not ch["text"].strip():
                    continue
                base = round(float(ch["matrix"][5]), 1)
                key = next((b for b in by_baseline if abs(b - base) < 1.0), base)
                by_baseline.setdefault(key, []).append(ch)
            lines = [TextLine(number, b, sorted(cs, key=lambda c: c["x0"]))
                     for b, cs in by_baseline.items()]
            lines.sort(key=lambda ln: -ln.baseline)
            pages.append(lines)
    return pages, height


def line_gap(ln: TextLine) -> float:
    """The widest white gap between two neighbouring glyph boxes of a line, in em of the
    line's size (a word space counts: it is a gap too)."""
    gaps = [(b["x0"] - a["x1"]) / ln.size for a, b in zip(ln.chars, ln.chars[1:])]
    return max(gaps, default=0.0)


def extracted_text(pdf_bytes: bytes, style: Style) -> str:
    """All text inside the text block (page numbers excluded), whitespace removed."""
    pages, _ = extract_lines(pdf_bytes)
    bottom = style.page.margin_bottom
    return "".join(ln.text for lines in pages for ln in lines if ln.baseline > bottom - 2)


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def front_matter_pages(pdf_bytes: bytes) -> int:
    """How many pages come before the body: the index of the page the /PageLabels
    number 1 in Arabic figures (a merged collection's title page and contents are
    labelled i, ii, …), 0 without page labels."""
    import pikepdf
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        labels = pdf.Root.get("/PageLabels")
        if labels is None:
            return 0
        nums = list(labels.Nums)
        for index, label in zip(nums[::2], nums[1::2]):
            if str(label.get("/S", "")) == "/D" and int(label.get("/St", 1)) == 1:
                return int(index)
    return 0


def check_front(pages: list[list[TextLine]], style: Style, report: Report, title_page: bool) -> None:
    """The front matter of a collection: every line inside the text block and on the
    grid, one line per grid line; the folios i, ii, … (none on the title page)."""
    page = style.page
    left, right = page.margin_left, page.width - page.margin_right
    bottom, top = page.margin_bottom, page.height - page.margin_top
    pn = style.page_number
    for number, lines in enumerate(pages, 1):
        body = [ln for ln in lines if ln.baseline >= bottom - 2]
        folios = [ln for ln in lines if ln.baseline < bottom - 2]
        for ln in body:
            if ln.x0 < left - TOLERANCE or ln.x1 > right + TOLERANCE:
                report.fail(f"front page {number}: line outside the text block: {ln.text[:12]}")
        if page.lines:
            pitch = page.text_height / page.lines
            slots = [int((top - ln.baseline) // pitch) for ln in body]
            if len(set(slots)) != len(slots) or any(s < 0 or s >= page.lines for s in slots):
                report.fail(f"front page {number}: lines off the grid")
        if pn.show and body:
            want = [] if (number == 1 and title_page) else [_squash(pn.format.replace("{n}", _roman(number)))]
            if [f.text for f in folios] != want:
                report.fail(f"front page {number}: folio {[f.text for f in folios]}, expected {want}")


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


def check(pdf_bytes: bytes, style: Style, paragraphs: list[tuple], front_pages: int = 0,
          title_page: bool = True) -> Report:
    """Check a PDF against ``paragraphs``: (text, justified, heading[, gap_before]) of
    every drawn text block, in reading order (title, headings with their labels,
    paragraphs, …); ``gap_before``: the style puts a blank line before the block.

    ``front_pages``: the first pages are a collection's front matter (title page,
    contents; see front_matter_pages), checked by check_front; the body after them is
    checked as a document of its own, its page numbers counted from its first page."""
    report = Report()
    pages, _ = extract_lines(pdf_bytes)
    if front_pages:
        check_front(pages[:front_pages], style, report, title_page)
        pages = [[TextLine(ln.page - front_pages, ln.baseline, ln.chars) for ln in lines]
                 for lines in pages[front_pages:]]
    report.pages = len(pages)
    page = style.page
    left, right = page.margin_left, page.width - page.margin_right
    bottom, top = page.margin_bottom, page.height - page.margin_top
    for number, lines in enumerate(pages, 1):
        for ln in lines:
            if ln.baseline < bottom - 2:
                if number in report.folios:
                    report.fail(f"page {number}: two lines below the text block")
                report.folios[number] = ln
            else:
                report.lines.append(ln)

    # -- pair lines with paragraphs ---------------------------------------------
    groups: list[tuple[list[TextLine], bool]] = []
    headings: list[list[TextLine]] = []
    gap_lines: set[int] = set()     # id() of first lines that may follow a blank grid line
    queue = list(report.lines)
    qi = 0
    for text, justified, heading, *rest in paragraphs:
        want = _squash(text)
        if not want:
            continue
        got = ""
        group: list[TextLine] = []
        while qi < len(queue) and len(got) < len(want):
            group.append(queue[qi])
            got += queue[qi].text
            qi += 1
        if got != want:
            report.fail(f"text mismatch: expected {want[:30]}…, found {got[:30]}…")
            return report
        groups.append((group, justified))
        if rest and rest[0]:
            gap_lines.add(id(group[0]))
        if heading:
            headings.append(group)
    if qi != len(queue):
        report.fail(f"{len(queue) - qi} lines left over after the last paragraph: {queue[qi].text[:30]}")

    # -- line starts and ends, doubled marks, right edges ------------------------------
    for group, justified in groups:
        for k, ln in enumerate(group):
            final = k == len(group) - 1
            if k > 0 and ln.text[0] in LINE_START_FORBIDDEN:
                report.line_start += 1
                report.fail(f"page {ln.page}: line starts with {ln.text[0]}: {ln.text[:12]}")
            if not final:
                nxt = group[k + 1]
                if ln.text[-1] in LINE_END_FORBIDDEN:
                    report.line_end += 1
                    report.fail(f"page {ln.page}: line ends with {ln.text[-1]}: …{ln.text[-12:]}")
                if ln.text[-1] in DOUBLED and nxt.text[0] == ln.text[-1]:
                    report.split_doubles += 1
                    report.fail(f"page {ln.page}: {ln.text[-1] * 2} split: …{ln.text[-6:]}")
                if justified:
                    report.gaps.append((line_gap(ln), ln))
                    last = ln.chars[-1]
                    edges = [last["x1"]]
                    if last["text"] in HALF_AT_END:
                        edges.append(last["x0"] + last["size"] / 2)
                    if min(abs(e - right) for e in edges) > TOLERANCE:
                        report.ragged += 1
                        report.fail(f"page {ln.page}: justified line ends at {edges[-1]:.2f}, "
                                    f"block edge {right:.2f}: …{ln.text[-8:]}")
            if ln.x0 < left - TOLERANCE or ln.x1 > right + TOLERANCE + (
                    ln.chars[-1]["size"] / 2 if ln.text[-1] in HALF_AT_END else 0):
                report.fail(f"page {ln.page}: line outside the text block: {ln.text[:12]}")

    # -- keeps: headings with the next line, no widows, no orphans ------------------
    last_on_page: dict[int, TextLine] = {}
    first_on_page: dict[int, TextLine] = {}
    for ln in report.lines:
        last_on_page[ln.page] = ln
        first_on_page.setdefault(ln.page, ln)
    final_line = report.lines[-1] if report.lines else None
    for group in headings:
        if group[-1] is last_on_page[group[-1].page] and group[-1] is not final_line:
            report.stranded_headings += 1
            report.fail(f"page {group[-1].page}: heading is the last line of the page: {group[-1].text[:12]}")
    for group, _ in groups:
        if len(group) >= 2:
            body = [ch for ch in group[-1].text if ch not in LINE_START_FORBIDDEN]
            if len(body) <= 1:
                report.runts += 1
                report.fail(f"page {group[-1].page}: paragraph ends with a lonely character: {group[-1].text}")
        if len(group) < 2 or any(group is h for h in headings):
            continue
        if group[0] is last_on_page[group[0].page] and group[1].page != group[0].page:
            report.orphans += 1
            report.fail(f"page {group[0].page}: orphan (first line alone at the foot): {group[0].text[:12]}")
        if group[-1] is first_on_page[group[-1].page] and group[-2].page != group[-1].page:
            report.widows += 1
            report.fail(f"page {group[-1].page}: widow (last line alone at the head): {group[-1].text[:12]}")

    # -- the grid -------------------------------------------------------------------------
    if page.lines and page.chars:
        pitch = page.text_height / page.lines
        cpitch = page.text_width / page.chars
        for number in range(1, len(pages) + 1):
            slots: dict[int, int] = {}
            for ln in (x for x in report.lines if x.page == number):
                slot = int((top - ln.baseline) // pitch)
                slots[slot] = slots.get(slot, 0) + 1
            if any(v > 1 for v in slots.values()):
                report.fail(f"page {number}: two lines in one grid line")
            if any(s < 0 or s >= page.lines for s in slots):
                report.fail(f"page {number}: a line outside the grid")
            if (page.lines - 1) in slots and number > 1:
                report.full_pages += 1
                # a full page has a line in every grid slot, except the blank lines the
                # style asks for before some blocks (附件, 署名)
                allowed_gaps = sum(1 for x in report.lines if x.page == number and id(x) in gap_lines
                                   and int((top - x.baseline) // pitch) - 1 not in slots)
                if len(slots) + allowed_gaps != page.lines:
                    report.fail(f"page {number}: full page with {len(slots)} lines, not {page.lines}")
        # A full line is a justified, non-final line of full-width characters from the
        # left edge. Where no kinsoku adjustment was needed its characters sit on the
        # character grid (pitch = text width / chars), and then it must hold exactly
        # `chars` of them; kinsoku may push or pull a character, but not on most lines.
        on_grid = adjusted = 0
        for group, justified in groups:
            for ln in group[:-1]:
                full_width = all(abs((c["x1"] - c["x0"]) - c["size"]) < 0.1 for c in ln.chars)
                if not (justified and full_width and abs(ln.x0 - left) < TOLERANCE
                        and ln.size <= cpitch * 1.05):
                    continue
                report.full_line_counts.append(len(ln.chars))
                gaps = [b["x0"] - a["x0"] for a, b in zip(ln.chars, ln.chars[1:])]
                # a full-width space (第一条　为了…) is a blank cell: the extraction drops it,
                # leaving a gap of two pitches; count the cells the gaps span
                cells = [max(1, round(g / cpitch)) for g in gaps]
                gaps = [g / c for g, c in zip(gaps, cells)]
                # on the grid: even gaps of one pitch (a line-final mark set at its half
                # spreads that half em over the gaps: under 0.4 pt each)
                if max(gaps) - min(gaps) < 0.05 and abs(sum(gaps) / len(gaps) - cpitch) < 0.4:
                    on_grid += 1
                    if sum(cells) + 1 != page.chars:
                        report.fail(f"page {ln.page}: line on the character grid with {sum(cells) + 1} "
                                    f"cells, not {page.chars}: {ln.text[:12]}")
                else:
                    adjusted += 1
        if on_grid + adjusted and on_grid / (on_grid + adjusted) < 0.75:
            report.fail(f"only {on_grid} of {on_grid + adjusted} full lines sit on the character grid")

    # -- page numbers ------------------------------------------------------------------
    pn = style.page_number
    if pn.show:
        inset = pn.inset.pt(pn.size)
        for number in range(1, len(pages) + 1):
            folio = report.folios.get(number)
            expected = _squash(pn.format.replace("{n}", str(number)))
            if folio is None or folio.text != expected:
                report.fail(f"page {number}: page number {folio.text if folio else None!r}, expected {expected!r}")
                continue
            if pn.position == "outside":
                if number % 2 and abs(folio.x1 - (right - inset)) > TOLERANCE:
                    report.fail(f"page {number}: odd page number not at the right, {inset:.1f} pt in")
                if not number % 2 and abs(folio.x0 - (left + inset)) > TOLERANCE:
                    report.fail(f"page {number}: even page number not at the left, {inset:.1f} pt in")
    return report


# ------------------------------------------------------------------------ sample documents

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_2eef0502365f63f1.txt"

_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}


def normalise(line: str) -> str:
    """Chinese punctuation as the reader will produce it: full-width marks, curly quotes."""
    out = []
    quote_open = True
    for ch in line:
        if ch in _HALF_TO_FULL:
            out.append(_HALF_TO_FULL[ch])
        elif ch == '"':
            out.append("“" if quote_open else "”")
            quote_open = not quote_open
        else:
            out.append(ch)
    return "".join(out)


def paragraphs_from_text(text: str) -> tuple:
    """Blocks from plain report text: 一、 headings, （一） headings, lead-in sentences."""
    blocks = []
    for raw in text.splitlines():
        line = normalise(raw.strip())
        if not line:
            continue
        m = re.match(r"^([一二三四五六七八九十]+、)(.+)$", line)
        if m:
            blocks.append(Heading(1, m.group(1), (Text(m.group(2)),)))
            continue
        m = re.match(r"^(（[一二三四五六七八九十]+）)(.+)$", line)
        if m and len(line) < 40:
            blocks.append(Heading(2, m.group(1), (Text(m.group(2)),)))
            continue
        m = re.match(r"^([^。！？]{4,40}[。！？])(.+)$", line)
        if m and len(m.group(1)) <= 30:
            blocks.append(Paragraph((Strong((Text(m.group(1)),)), Text(m.group(2)))))
            continue
        blocks.append(Paragraph((Text(line),)))
    return tuple(blocks)


def seed_document() -> Document:
    """The seed as the reader should model it: banner, meta line and footer removed."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    kept = [ln for ln in lines[5:] if ln.strip() and not ln.startswith(("221381", "领取福利", "微信"))]
    return Document(Meta(title="区政协常务委员会工作报告", author="舟山市定海区政协"),
                    paragraphs_from_text("\n".join(kept)))


def drawn_blocks(doc: Document, style: Style) -> list[tuple[str, bool, bool, bool]]:
    """(text, justified, heading, gap_before) of what the PDF writer draws, in order: the title, then each
    block (headings with their label; table cells row by row)."""
    out: list[tuple[str, bool, bool, bool]] = []

    def gap(role: str) -> bool:
        return style.role(role).space_before.value > 0

    def section(meta: Meta, blocks) -> None:
        label, blocks = split_attachment_label(tuple(blocks))
        if label is not None:       # a document that is an attachment: 附件1 above its title
            out.append((plain_text(label), False, True, False))
        if meta.doc_number:
            out.append((meta.doc_number, False, True, False))
        if meta.title:
            # under a 发文字号, the blank line its role puts before the title
            spaced = bool(meta.doc_number) and style.role("doc_number").space_after.value > 0
            out.append((meta.title, False, True, spaced))
        after_title = len(out)
        walk(blocks)
        if meta.title and len(out) > after_title and style.role("title").space_after.value > 0:
            # the blank line under the title (a part's title opens a page that may be full)
            text, justified, heading, *_ = out[after_title]
            out[after_title] = (text, justified, heading, True)

    def walk(blocks) -> None:
        from convert.model import List, Part
        previous = None
        run_in = False
        gap_at: int | None = None    # the block after an attachment's title follows a blank line
        in_attachment = False        # an attachment's headings are set like the main text's one level up
        for i, b in enumerate(blocks):
            inside, in_attachment = in_attachment, inside_attachment_after(b, in_attachment)
            if gap_at is not None and len(out) > gap_at:
                text, justified, heading, *_ = out[gap_at]
                out[gap_at] = (text, justified, heading, True)
                gap_at = None
            if run_in:      # drawn with its article's label, below
                run_in = False
                previous = b
                continue
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            if is_run_in_article(b, following):
                # 第一条　为了……: one justified body paragraph, not a heading
                run_in = True
                out.append((article_label_text(b) + plain_text(following), style.role("body").align == "justify",
                            False, gap("body")))
            elif is_attachment_heading(b):
                # 附件1 on its own line, the attachment's title centred under it (GB/T 9704 7.5)
                out.append((b.label, style.role("attachment_label").align == "justify", True,
                            gap("attachment_label")))
                if plain_text(b.content).strip():
                    out.append((plain_text(b.content), style.role("attachment_title").align == "justify", True,
                                style.role("attachment_label").space_after.value > 0))
                    if style.role("attachment_title").space_after.value > 0:
                        gap_at = len(out)
            elif isinstance(b, Heading):
                role = f"heading{heading_look_level(b, inside)}"
                out.append((heading_display_text(b), style.role(role).align == "justify", True, gap(role)))
            elif isinstance(b, Paragraph):
                role = b.role
                after_signature = isinstance(previous, Paragraph) and previous.role == "signature"
                spaced = gap(role) or (role == "date" and not after_signature and gap("signature"))
                out.append((plain_text(b), style.role(role).align == "justify" and role in ("body", "list"),
                            False, spaced))
            elif isinstance(b, List):
                for item in b.items:
                    walk(item)
            elif isinstance(b, Table):
                for row in b.rows:
                    out.append(("".join(plain_text(c) for c in row), False, False, False))
            elif isinstance(b, Part):
                section(b.meta, b.blocks)
            previous = b

    if doc.blocks and all(type(b).__name__ == "Part" for b in doc.blocks):
        walk(doc.blocks)
    else:
        section(doc.meta, doc.blocks)
    return out
