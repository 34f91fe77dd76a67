"""Each face a document draws, embedded once as a composite font (Type0, Identity-H).

reportlab embeds a TrueType face as simple fonts of 256 characters each: a Chinese
document needs a dozen of them per face, and a line of text switches between them
character by character, each switch one more Tf, Tm and Tj in the page. Here a face is
one Type0 font with 2-byte codes: characters get CIDs in the order they are first
drawn (CID 0 is .notdef), so a segment of a line is one string, whatever it holds.

- the font program is HarfBuzz's hb-subset (``uharfbuzz``, a dependency) over the
  CIDs' glyphs: a few milliseconds a face, where reportlab's subsetter (the fallback
  without uharfbuzz, ``TTFontFile.makeSubset``) reads the whole 10 MB file and copies
  glyphs in Python. hb-subset keeps the glyphs in the file's order, so the
  /CIDToGIDMap stream says which glyph draws each CID; the program's one cmap
  subtable (1, 0, format 6) maps each CID to that glyph, as reportlab's did;
- /W gives every CID the advance reportlab gives it (``getCharWidth``), the one the
  breaker measured; the ToUnicode CMap gives every CID its character (pdftotext, screen
  readers); the /CIDSet lists the CIDs, as PDF/A-1 asks of a subset.

As with reportlab, a no-break space is drawn (and extracted) as the space, and a
character the face lacks as .notdef.
"""

from __future__ import annotations

import hashlib
import struct
from itertools import groupby

try:
    import uharfbuzz as _hb
except ImportError:          # pragma: no cover - a dependency; reportlab subsets without it
    _hb = None

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString
from reportlab.pdfbase.ttfonts import TTFont

from .deflate import deflater


class FaceUse:
    """One face in one document: the CIDs given so far and the resource name."""

    def __init__(self, font: TTFont, resource: str):
        self.font = font
        self.resource = resource                  # e.g. "/C1": its key in the /Font resources
        self.codes: list[int] = [0]               # CID → code point (CID 0: .notdef)
        self._by_code: dict[int, int] = {0: 0}    # code point → CID
        self._hex: dict[str, str] = {}            # character → its CID as 4 hex digits
        self.frozen = False                       # no new CIDs (KeyError instead)
        self._known_codes: dict[int, None] = {}   # code point → None for each in _hex (translate)

    def hex(self, text: str) -> str:
        """``text`` as a hex string of 2-byte CIDs (giving new characters their CIDs)."""
        known = self._hex
        try:
            return "".join([known[ch] for ch in text])
        except KeyError:
            if self.frozen:
                raise       # a child of prebreak.py: it may not give CIDs (the parent does)
            self.assign(text)
            return "".join([known[ch] for ch in text])

    def assign(self, text: str) -> None:
        """Give the characters of ``text`` their CIDs, as ``hex`` would (in the order
        they first occur), without making the hex string."""
        known = self._hex
        # the characters without a CID, in order: the others deleted by str.translate (C)
        for ch in dict.fromkeys(text.translate(self._known_codes)):
            if ch not in known:
                known[ch] = "%04X" % self._cid(ch)
                self._known_codes[ord(ch)] = None

    def _cid(self, ch: str) -> int:
        code = ord(ch)
        if code == 0xA0:
            code = 0x20            # reportlab's rule: a no-break space is the space glyph
        if code not in self.font.face.charToGlyph:
            return 0
        cid = self._by_code.get(code)
        if cid is None:
            cid = self._by_code[code] = len(self.codes)
            if cid > 0xFFFF:
                raise ValueError(f"{self.font.fontName}: more than 65535 characters")
            self.codes.append(code)
        return cid

    # -- the objects ---------------------------------------------------------------
    def add_objects(self, doc) -> None:
        """Write the font's objects into reportlab's document and name it in /Font."""
        face = self.font.face
        codes = self.codes
        name = face.name.decode("latin-1") if isinstance(face.name, bytes) else str(face.name)
        base = f"{_subset_tag(name, codes)}+{name}"
        key = self.resource[1:]      # the objects' names inside reportlab's document
        deflate = deflater(doc)

        def stream(content: bytes, **entries) -> PDFStream:
            dictionary = PDFDictionary(entries) if entries else None
            if doc.compression:        # compressed by a worker thread meanwhile (deflate.py)
                return deflate.stream(content, dictionary)
            return PDFStream(dictionary=dictionary, content=content, filters=None)

        program, gids = _subset(face, codes)
        program_ref = doc.Reference(stream(program, Length1=len(program)), f"cidFontFile:{key}")
        cidset = bytearray((len(codes) + 7) // 8)
        for cid in range(len(codes)):
            cidset[cid >> 3] |= 0x80 >> (cid & 7)
        descriptor = PDFDictionary({
            "Type": "/FontDescriptor",
            "Ascent": face.ascent,
            "CapHeight": face.capHeight,
            "Descent": face.descent,
            "Flags": (face.flags & ~32) | 4,   # symbolic, not nonsymbolic (as reportlab writes it)
            "FontBBox": PDFArray(face.bbox),
            "FontName": PDFName(base),
            "ItalicAngle": face.italicAngle,
            "StemV": face.stemV,
            "FontFile2": program_ref,
            "CIDSet": doc.Reference(stream(bytes(cidset)), f"cidSet:{key}"),
        })
        if gids == list(range(len(codes))):
            to_gid = "/Identity"
        else:
            to_gid = doc.Reference(stream(struct.pack(f">{len(gids)}H", *gids)), f"cidToGid:{key}")
        widths = [face.getCharWidth(code) for code in codes]
        descendant = PDFDictionary({
            "Type": "/Font",
            "Subtype": "/CIDFontType2",
            "BaseFont": PDFName(base),
            "CIDSystemInfo": PDFDictionary({"Registry": PDFString("Adobe"), "Ordering": PDFString("Identity"),
                                            "Supplement": 0}),
            "FontDescriptor": doc.Reference(descriptor, f"cidFontDescriptor:{key}"),
            "DW": face.defaultWidth,
            "W": PDFArray([0, PDFArray(widths)]),
            "CIDToGIDMap": to_gid,
        })
        font = PDFDictionary({
            "Type": "/Font",
            "Subtype": "/Type0",
            "BaseFont": PDFName(base),
            "Encoding": "/Identity-H",
            "DescendantFonts": PDFArray([doc.Reference(descendant, f"cidFont:{key}")]),
            "ToUnicode": doc.Reference(stream(to_unicode(codes).encode("ascii")), f"cidToUnicode:{key}"),
        })
        doc.idToObject["BasicFonts"].dict[self.resource[1:]] = doc.Reference(font, f"type0:{key}")


def _subset(face, codes: list[int]) -> tuple[bytes, list[int]]:
    """The font program of the subset drawing ``codes`` (CID i: ``codes[i]``) and the
    glyph of each CID in it."""
    if _hb is None:
        return face.makeSubset(codes), _glyph_ids(face.charToGlyph, codes)
    char_to_glyph = face.charToGlyph
    old = [char_to_glyph.get(code, 0) for code in codes]
    plan_input = _hb.SubsetInput()
    plan_input.glyph_set.update(old)
    # what a PDF's text never asks of a font: layout, vertical metrics, and the cmap,
    # which is made below to map CIDs
    for tag in _DROPPED:
        plan_input.drop_table_tag_set.add(tag)
    plan = _hb.SubsetPlan(_hb_face(face.filename, getattr(face, "subfontIndex", 0) or 0), plan_input)
    mapping = plan.old_to_new_glyph_mapping
    gids = [mapping[g] for g in old]
    program = plan.execute().blob.data
    return _with_table(program, b"cmap", _cmap(gids)), gids


#: Tables hb-subset leaves out of a PDF's font program (the cmap is made anew).
_DROPPED = [struct.unpack(">I", tag)[0] for tag in (b"GSUB", b"GPOS", b"GDEF", b"BASE", b"JSTF", b"MATH",
                                                     b"vhea", b"vmtx", b"VORG", b"DSIG", b"cmap")]
_hb_faces: dict[tuple[str, int], object] = {}


def _hb_face(filename: str, index: int = 0):
    """HarfBuzz's face of a file (the file is mapped, not read), once per process."""
    face = _hb_faces.get((filename, index))
    if face is None:
        face = _hb_faces[filename, index] = _hb.Face(_hb.Blob.from_file_path(filename), index)
    return face


def _cmap(gids: list[int]) -> bytes:
    """A cmap of one subtable (1, 0, format 6): code i → glyph ``gids[i]``, i = CID."""
    n = len(gids)
    return struct.pack(f">HHHHIHHHHH{n}H", 0, 1, 1, 0, 12, 6, 10 + 2 * n, 0, 0, n, *gids)


def _checksum(data: bytes) -> int:
    data += b"\0" * (-len(data) % 4)
    return sum(struct.unpack(f">{len(data) // 4}I", data)) & 0xFFFFFFFF


def _with_table(font: bytes, tag: bytes, table: bytes) -> bytes:
    """The TrueType file ``font`` with table ``tag`` added (or replaced): the directory
    sorted by tag, every table on 4 bytes, head.checkSumAdjustment anew. The other
    tables keep the checksums their directory gives (hb-subset's), so the 2 MB of glyphs
    are not summed again."""
    (count,) = struct.unpack_from(">H", font, 4)
    tables: dict[bytes, tuple[bytes, int]] = {}
    for k in range(count):
        t, checksum, offset, length = struct.unpack_from(">4sIII", font, 12 + 16 * k)
        tables[t] = (font[offset:offset + length], checksum)
    tables[tag] = (table, _checksum(table))
    if b"head" in tables:
        head = tables[b"head"][0]
        head = head[:8] + b"\0\0\0\0" + head[12:]       # summed with no adjustment
        tables[b"head"] = (head, _checksum(head))
    tags = sorted(tables)
    n = len(tags)
    entry = 1 << (n.bit_length() - 1)
    header = struct.pack(">IHHHH", struct.unpack_from(">I", font)[0], n, entry * 16, n.bit_length() - 1,
                         n * 16 - entry * 16)
    directory, body = [], []
    offset = 12 + 16 * n
    head_at = -1
    for t in tags:
        data, checksum = tables[t]
        if t == b"head":
            head_at = offset
        directory.append(struct.pack(">4sIII", t, checksum, offset, len(data)))
        padded = data + b"\0" * (-len(data) % 4)
        body.append(padded)
        offset += len(padded)
    start = header + b"".join(directory)
    out = bytearray(start + b"".join(body))
    if head_at >= 0:
        # the whole file's checksum: the header's and directory's words plus each table's
        total = _checksum(start) + sum(tables[t][1] for t in tags)
        struct.pack_into(">I", out, head_at + 8, (0xB1B0AFBA - total) & 0xFFFFFFFF)
    return bytes(out)


def _glyph_ids(char_to_glyph: dict[int, int], codes: list[int]) -> list[int]:
    """The subset's glyph of each CID, as makeSubset numbers them: .notdef first, then
    each new original glyph in the order of ``codes`` (a shared glyph keeps its number)."""
    new: dict[int, int] = {0: 0}
    out = []
    for code in codes:
        original = char_to_glyph.get(code, 0)
        gid = new.get(original)
        if gid is None:
            gid = new[original] = len(new)
        out.append(gid)
    return out


def _subset_tag(name: str, codes: list[int]) -> str:
    """Six capitals naming the subset (PDF 9.6.4), from what it holds: reproducible."""
    digest = hashlib.sha256(name.encode() + struct.pack(f">{len(codes)}I", *codes)).digest()
    return "".join(chr(65 + b % 26) for b in digest[:6])


def to_unicode(codes: list[int]) -> str:
    """A ToUnicode CMap for 2-byte CIDs: CID i is the character ``codes[i]`` (CID 0,
    .notdef, is none)."""
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
             "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    entries = [f"<{cid:04X}> <{chr(code).encode('utf-16-be').hex().upper()}>"
               for cid, code in enumerate(codes) if cid]
    for k in range(0, len(entries), 100):          # at most 100 entries a block
        block = entries[k:k + 100]
        lines += [f"{len(block)} beginbfchar", *block, "endbfchar"]
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


class DocumentFaces:
    """The faces one reportlab document draws (``faces(doc)``); reportlab calls
    ``addObjects`` when it writes the file, as for its own fonts."""

    def __init__(self):
        self.uses: dict[str, FaceUse] = {}

    def use(self, font_name: str) -> FaceUse:
        use = self.uses.get(font_name)
        if use is None:
            font = pdfmetrics.getFont(font_name)
            use = self.uses[font_name] = FaceUse(font, f"/C{len(self.uses) + 1}")
        return use

    def preassign(self, prepared) -> None:
        """Give CIDs to the characters of a paragraph (``measure.Prepared``) before it is
        drawn: the writer gives them to every text block of the body, in order, before
        the pages are set, so a forked child (prebreak.py) can write lines with the CIDs
        this process will use. (The CIDs are the same with or without the child.)"""
        fonts, chars, subs = prepared.font, prepared.measured.chars, prepared.substitutes
        n = len(chars)
        if n and not subs and fonts[0] and fonts.count(fonts[0]) == n:
            self.use(fonts[0]).assign(chars)     # the usual paragraph: one face
            return
        i = 0
        for font, run in groupby(fonts):
            j = i + len(list(run))
            if font:          # "" : a forced line break, not drawn
                use = self.use(font)
                use.assign("".join(subs.get(k, chars[k]) for k in range(i, j)) if subs else chars[i:j])
            i = j

    def freeze(self) -> None:
        for use in self.uses.values():
            use.frozen = True

    def attach(self, doc) -> None:
        """Make these the faces of reportlab document ``doc`` (``faces(doc)``)."""
        doc._convert_faces = self
        doc.delayedFonts.append(self)

    def addObjects(self, doc) -> None:       # reportlab's name: called from GetPDFData
        for use in self.uses.values():
            use.add_objects(doc)
        deflater(doc).flush()         # compressed while the rest of the file is written


def faces(doc) -> DocumentFaces:
    """The faces of reportlab document ``doc`` (made on first use)."""
    found = getattr(doc, "_convert_faces", None)
    if found is None:
        found = doc._convert_faces = DocumentFaces()
        doc.delayedFonts.append(found)
    return found
