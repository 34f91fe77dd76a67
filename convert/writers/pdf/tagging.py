"""Tagged PDF (PDF/UA-1): the structure tree, the marked content, the catalogue entries.

reportlab has no tagging API, so tagging is done in two halves, both inside the one
reportlab pass (no second parse of the file):

- **the tree** is built by document.py while it turns the layout plan into flowables:
  one ``Elem`` per structure element (Document → Part → H1–H6 with its Lbl, P, Note,
  L/LI/Lbl/LBody, Table/TR/TH/TD, TOC/TOCI), in plan order, which is reading order.
  A flowable holds the element it draws (``TextBlock.tag``).
- **the marked content** is written by the flowables as they draw: each block opens
  ``/P <</MCID n>> BDC`` … ``EMC`` around its lines on the page (``Tagger.begin``), and
  the element notes (page, MCID). Folios, table rules and repeated table header rows
  are ``/Artifact``.

When the canvas is saved (``pages.FrontFirstCanvas.save``), ``Tagger.finish`` writes
the StructTreeRoot, one indirect object per element, the ParentTree (a number tree
keyed by each page's /StructParents), /MarkInfo and the XMP metadata (dc:title,
dc:language, pdfuaid:part 1) straight into reportlab's document as preformatted
objects: object numbers are reportlab's own, pages are referenced by reportlab's page
names, so a collection's front matter moved to the front keeps its references.

Why not pikepdf afterwards: reopening and rewriting the file would cost about as much
as the whole tagging budget (10 % of the writer's time) on the 180k benchmark; and
the tree is known here anyway. pikepdf is still used for ``--pdfa`` (pdfa.py).
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from reportlab.pdfbase.pdfdoc import PDFName, PDFObject, PDFPage


def escape(text: str) -> str:
    """``xml.sax.saxutils.escape`` (& < >), without importing it: it imports
    urllib.request, http.client and ssl, 18 ms of every run."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


#: BCP 47 language of the model → the PDF /Lang the readers (and screen readers) expect.
PDF_LANG = {"zh-hans": "zh-CN", "zh-hant": "zh-TW", "zh-hant-tw": "zh-TW", "zh-hant-hk": "zh-HK",
            "zh-hant-mo": "zh-MO", "zh-hans-sg": "zh-SG", "zh-cn": "zh-CN", "zh-tw": "zh-TW",
            "zh-hk": "zh-HK", "zh": "zh-CN"}


def pdf_lang(language: str) -> str:
    key = language.strip().lower()
    while key:
        if key in PDF_LANG:
            return PDF_LANG[key]
        key = key.rpartition("-")[0]
    return language or "zh-CN"


#: The PDF/A levels ``--pdfa`` takes (pdfa.py): PDF version, pdfaid:part, pdfaid:conformance.
PDFA_LEVELS = {"2a": ((1, 7), 2, "A"), "1b": ((1, 4), 1, "B")}


def pdfa_level(value: object) -> str | None:
    """The PDF/A level of a ``WriteOptions.pdfa`` value: ``True`` (the flag) and ``"2a"``
    are 2a, ``"1b"`` is 1b, a false value none."""
    if not value:
        return None
    level = value.lower() if isinstance(value, str) else "2a"
    if level not in PDFA_LEVELS:
        raise ValueError(f"unknown PDF/A level {value!r}; expected one of {', '.join(PDFA_LEVELS)}")
    return level


#: A well-formed language tag (only such a tag is written into a structure element).
LANG_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")

#: Elements that group others: kept (and never reported empty) when they hold no content
#: of their own.
CELLS = ("TH", "TD")

#: The marker that opens a list item's text: 1. 1、 （1） (1) ① 一、 · • - …
LIST_MARKER = re.compile(r"^\s*(?:[（(]\s*[0-9０-９一二三四五六七八九十]+\s*[)）]|[0-9０-９]+[.．、)）]|"
                         r"[一二三四五六七八九十]+、|[①-⑳]|[·•・\-–—*])\s*")


def list_marker_length(text: str) -> int:
    m = LIST_MARKER.match(text)
    return m.end() if m and m.end() < len(text) else 0


class Elem:
    """One structure element: its type, attributes and kids in reading order. A kid is
    an ``Elem`` or a marked-content reference ``(page number, MCID)``."""

    __slots__ = ("type", "kids", "attrs", "parent")

    def __init__(self, type_: str, parent: "Elem | None" = None, attrs: str = ""):
        self.type = type_
        self.kids: list = []
        self.attrs = attrs           # preformatted extra entries: "/Lang (en)", "/A <<…>>"
        self.parent = parent

    def add(self, type_: str, attrs: str = "") -> "Elem":
        child = Elem(type_, self, attrs)
        self.kids.append(child)
        return child

    def __repr__(self) -> str:
        return f"Elem({self.type}, {len(self.kids)} kids)"


def tag_whole(flowable, elem: "Elem | None"):
    """Have ``flowable`` — one that does not tag itself (issue.py's 版头 and 版记) —
    drawn inside one marked-content sequence of ``elem``. Returns the flowable."""
    if elem is None:
        return flowable
    draw_on = flowable.drawOn

    def tagged_draw_on(canvas, x, y, _sW=0):
        tagger = getattr(canvas, "tagger", None)
        if tagger is None or tagger.artifact:
            return draw_on(canvas, x, y, _sW)
        tagger.begin(canvas, elem)
        draw_on(canvas, x, y, _sW)
        tagger.end(canvas)

    flowable.drawOn = tagged_draw_on
    return flowable


class _Raw(PDFObject):
    """A preformatted indirect object (its bytes are made when the file is written,
    once every object number is known)."""

    __RefOnly__ = 1

    def __init__(self, make):
        self.make = make

    def format(self, document) -> bytes:
        return self.make(document)


#: Page entries reportlab does not know: /StructParents, and /Tabs /S (annotations in
#: structure order, as PDF/UA asks of every page).
_PAGE_KEYS = PDFPage.__NoDefault__ + ["StructParents", "Tabs"]

ARTIFACT_FOOTER = "/Artifact <</Type /Pagination /Subtype /Footer>> BDC"
ARTIFACT_HEADER = "/Artifact <</Type /Pagination /Subtype /Header>> BDC"
ARTIFACT = "/Artifact BMC"


class Tagger:
    """The structure tree being built and the marked content being drawn."""

    def __init__(self, lang: str, pdfa: str | None = None):
        self.lang = lang
        self.pdfa = pdfa                  # the PDF/A level its XMP declares (pdfa.py), if any
        self.root = Elem("Document")
        self.current = self.root          # where an element without a place goes
        self.owners: dict[int, list[Elem]] = {}   # page number → the element of each MCID
        self.artifact = 0                 # > 0: drawing inside an artifact (no MCIDs)

    # -- the tree ---------------------------------------------------------------
    def add(self, type_: str, attrs: str = "", parent: Elem | None = None) -> Elem:
        return (parent or self.current).add(type_, attrs)


    # -- marked content ---------------------------------------------------------
    def begin(self, canvas, elem: Elem) -> None:
        """Open a marked-content sequence of ``elem`` on the canvas's current page."""
        page = canvas._pageNumber
        owners = self.owners.get(page)
        if owners is None:
            owners = self.owners[page] = []
        mcid = len(owners)
        owners.append(elem)
        elem.kids.append((page, mcid))
        canvas._code.append(f"/{elem.type} <</MCID {mcid}>> BDC")

    @staticmethod
    def end(canvas) -> None:
        canvas._code.append("EMC")

    def begin_artifact(self, canvas, op: str = ARTIFACT) -> None:
        self.artifact += 1
        canvas._code.append(op)

    def end_artifact(self, canvas) -> None:
        self.artifact -= 1
        canvas._code.append("EMC")

    # -- the file ---------------------------------------------------------------
    def page_shown(self, page: PDFPage, number: int) -> None:
        """The page of drawing number ``number`` was just closed: give it its
        /StructParents key (its number − 1) when it holds tagged content."""
        page.__NoDefault__ = _PAGE_KEYS
        page.Tabs = PDFName("S")
        if number in self.owners:
            page.StructParents = number - 1

    def finish(self, doc, info: dict) -> None:
        """Write the tree, the ParentTree, /MarkInfo and the XMP into reportlab's
        document ``doc`` (before it is saved)."""
        _prune(self.root)
        elems: list[Elem] = []
        stack = [self.root]
        while stack:
            e = stack.pop()
            elems.append(e)
            stack.extend(k for k in reversed(e.kids) if type(k) is Elem)
        objects = {id(e): _Raw(None) for e in elems}
        refs: dict[int, str] = {}
        root_obj = _Raw(None)
        parent_tree = _Raw(None)
        doc.Reference(root_obj)
        doc.Reference(parent_tree)
        numbers = doc.idToObjectNumberAndVersion

        def ref(obj) -> str:
            return f"{numbers[obj.__InternalName__][0]} 0 R"

        for e in elems:
            doc.Reference(objects[id(e)])
        page_refs: dict[int, str] = {}

        def page_ref(n: int) -> str:
            r = page_refs.get(n)
            if r is None:
                r = page_refs[n] = f"{numbers['Page%d' % n][0]} 0 R"
            return r

        for e in elems:
            refs[id(e)] = ref(objects[id(e)])
        root_ref = ref(root_obj)
        for e in elems:
            objects[id(e)].make = _elem_maker(e, refs, root_ref if e is self.root else refs[id(e.parent)], page_ref)
        nums = []
        for page in sorted(self.owners):
            nums.append(f"{page - 1} [{' '.join(refs[id(e)] for e in self.owners[page])}]")
        tree = f"<< /Nums [{' '.join(nums)}] >>".encode()
        parent_tree.make = lambda d: tree
        key = max(self.owners, default=0)
        top = (f"<< /Type /StructTreeRoot /K {refs[id(self.root)]} /ParentTree {ref(parent_tree)} "
               f"/ParentTreeNextKey {key} >>").encode()
        root_obj.make = lambda d: top
        catalog = doc.Catalog
        catalog.StructTreeRoot = root_obj
        catalog.MarkInfo = _Raw(lambda d: b"<< /Marked true >>")
        xmp = xmp_packet(info, self.lang, self.pdfa).encode("utf-8")
        catalog.Metadata = _Raw(lambda d: b"<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n%s\nendstream"
                                % (len(xmp), xmp))


def _prune(elem: Elem) -> bool:
    """Drop the elements that hold no content (a block that was never drawn); a row's
    empty cells stay while the row has content. Returns whether ``elem`` has any."""
    has = False
    kept = []
    for k in elem.kids:
        if type(k) is Elem:
            if _prune(k):
                kept.append(k)
                has = True
            elif k.type in CELLS:
                kept.append(k)
        else:
            kept.append(k)
            has = True
    if elem.type == "TR" and not has:
        kept = []
    elem.kids = kept
    return has


def _first_page(e: Elem) -> int | None:
    for k in e.kids:
        page = k[0] if type(k) is tuple else _first_page(k)
        if page is not None:
            return page
    return None


def _elem_maker(e: Elem, refs: dict[int, str], parent_ref: str, page_ref):
    def make(doc) -> bytes:
        # /Pg: the page of its first content (its own, or its first kid's for a group)
        page = _first_page(e)
        kids = []
        for k in e.kids:
            if type(k) is Elem:
                kids.append(refs[id(k)])
            elif k[0] == page:
                kids.append(str(k[1]))
            else:
                kids.append(f"<< /Type /MCR /Pg {page_ref(k[0])} /MCID {k[1]} >>")
        pg = f" /Pg {page_ref(page)}" if page is not None else ""
        attrs = f" {e.attrs}" if e.attrs else ""
        return f"<< /Type /StructElem /S /{e.type} /P {parent_ref}{pg}{attrs} /K [{' '.join(kids)}] >>".encode()
    return make


#: The PDF/UA identification schema described as a PDF/A extension schema: PDF/A
#: accepts no property of a schema outside XMP's own without one (ISO 19005-1 6.7.8).
PDFUA_EXTENSION = """<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaProperty:name>part</pdfaProperty:name>
<pdfaProperty:valueType>Integer</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
</rdf:li></rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
"""


def xmp_packet(info: dict, lang: str, pdfa: str | None = None) -> str:
    """XMP metadata mirroring the document information: dc:title, dc:creator,
    dc:description, dc:language, the dates, the producer and pdfuaid:part 1; with
    ``pdfa`` (a PDFA_LEVELS key) also pdfaid:part and conformance, and the PDF/UA
    schema's description."""
    when: datetime = info["when"]
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    stamp = when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

    def alt(value: str) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li></rdf:Alt>'

    dc = [f"<dc:format>application/pdf</dc:format>", f"<dc:title>{alt(info.get('title') or '')}</dc:title>",
          f"<dc:language><rdf:Bag><rdf:li>{escape(lang)}</rdf:li></rdf:Bag></dc:language>"]
    if info.get("author"):
        dc.append(f"<dc:creator><rdf:Seq><rdf:li>{escape(info['author'])}</rdf:li></rdf:Seq></dc:creator>")
    if info.get("subject"):
        dc.append(f"<dc:description>{alt(info['subject'])}</dc:description>")
    pdf = [f"<pdf:Producer>{escape(info.get('producer', ''))}</pdf:Producer>"]
    if info.get("keywords"):
        pdf.append(f"<pdf:Keywords>{escape(info['keywords'])}</pdf:Keywords>")
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" '
        'xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">\n'
        + "\n".join(dc + pdf) + "\n"
        f"<xmp:CreatorTool>{escape(info.get('creator', ''))}</xmp:CreatorTool>\n"
        f"<xmp:CreateDate>{stamp}</xmp:CreateDate>\n<xmp:ModifyDate>{stamp}</xmp:ModifyDate>\n"
        f"<xmp:MetadataDate>{stamp}</xmp:MetadataDate>\n"
        "<pdfuaid:part>1</pdfuaid:part>\n"
        + "</rdf:Description>\n"
        + ("" if pdfa is None else
           '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">\n'
           f"<pdfaid:part>{PDFA_LEVELS[pdfa][1]}</pdfaid:part>\n"
           f"<pdfaid:conformance>{PDFA_LEVELS[pdfa][2]}</pdfaid:conformance>\n"
           "</rdf:Description>\n" + PDFUA_EXTENSION)
        + "</rdf:RDF>\n</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )
