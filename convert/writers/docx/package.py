"""The DOCX package (OPC): its parts, relationships, content types and the zip.

The writer used to open python-docx's template with python-docx on every document and
save through it, then rewrite the zip: 60 ms to import python-docx, a 438 KB styles part
parsed to keep three of its styles, every part parsed and serialised twice. This module
does the same work once per process and the rest in one pass:

- the template's parts are read as bytes from python-docx's ``default.docx`` (found
  without importing python-docx: it stays the source of the template, not a runtime
  cost) and prepared once (``_template``): the styles part already without the styles
  the writer drops, the customXml, thumbnail and stylesWithEffects parts left out;
- each write parses only the small parts it changes (document, styles, settings,
  fontTable, core properties, footers) and copies the others (theme, webSettings,
  numbering) as prepared bytes;
- the zip is written once, members in a fixed order with fixed times.

The parts, their XML, relationship ids and content types are those python-docx wrote
(the outputs are byte-identical to the python-docx route), so Word, LibreOffice and the
schema validators see the same package.
"""

from __future__ import annotations

import importlib.util
import io
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path

from lxml import etree

from . import xml as X

# python-docx's part parser: blank text between elements is dropped, entities never resolved
_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)

_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RT_FOOTER = f"{_DOC_RT}/footer"
RT_FONT = f"{_DOC_RT}/font"
_DROPPED_RELS = (f"{_DOC_RT}/customXml", "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
                 "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail")

_CT = "application/vnd.openxmlformats-officedocument"
CONTENT_TYPES = {
    "/docProps/app.xml": f"{_CT}.extended-properties+xml",
    "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
    "/word/document.xml": f"{_CT}.wordprocessingml.document.main+xml",
    "/word/fontTable.xml": f"{_CT}.wordprocessingml.fontTable+xml",
    "/word/numbering.xml": f"{_CT}.wordprocessingml.numbering+xml",
    "/word/settings.xml": f"{_CT}.wordprocessingml.settings+xml",
    "/word/styles.xml": f"{_CT}.wordprocessingml.styles+xml",
    "/word/theme/theme1.xml": f"{_CT}.theme+xml",
    "/word/webSettings.xml": f"{_CT}.wordprocessingml.webSettings+xml",
}
FOOTER_CT = f"{_CT}.wordprocessingml.footer+xml"
OBFUSCATED_FONT_CT = f"{_CT}.obfuscatedFont"

APP_XML = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           b'<Application>convert</Application></Properties>')

#: python-docx refuses a core property longer than this (Word's limit too)
CORE_TEXT_LIMIT = 255


def quoteattr(value: str) -> str:
    """An XML attribute value in double quotes (xml.sax.saxutils' quoteattr without its
    25 ms of imports: it pulls in urllib.request)."""
    return '"' + (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                  .replace('"', "&quot;")) + '"'


def serialize(root: etree._Element) -> bytes:
    """An XML part as python-docx serialised it: UTF-8, standalone, no added whitespace."""
    return etree.tostring(root, encoding="UTF-8", standalone=True)


@dataclass(frozen=True)
class Relationship:
    rid: str
    reltype: str
    target: str


@dataclass
class Rels:
    """A part's relationships, in order; new ones take the first free ``rIdN`` (as
    python-docx numbered them, so the ids are those of the python-docx route)."""

    items: list[Relationship] = field(default_factory=list)

    def add(self, reltype: str, target: str) -> str:
        used = {r.rid for r in self.items}
        rid = next(f"rId{n}" for n in range(1, len(self.items) + 2) if f"rId{n}" not in used)
        self.items.append(Relationship(rid, reltype, target))
        return rid

    def xml(self) -> bytes:
        body = "".join(f"<Relationship Id={quoteattr(r.rid)} Type={quoteattr(r.reltype)} "
                       f"Target={quoteattr(r.target)}/>" for r in self.items)
        return (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
                f'<Relationships xmlns="{_RELS_NS}">{body}</Relationships>').encode("utf-8")

    @classmethod
    def parse(cls, data: bytes) -> "Rels":
        root = etree.fromstring(data, _PARSER)
        return cls([Relationship(e.get("Id"), e.get("Type"), e.get("Target")) for e in root
                    if e.get("Type") not in _DROPPED_RELS])


@dataclass(frozen=True)
class _Template:
    """python-docx's default.docx, prepared once per process."""

    document: bytes
    styles: bytes          # without the template's styles but the schema defaults
    settings: bytes
    numbering: bytes
    font_table: bytes
    theme: bytes
    web_settings: bytes
    core: bytes
    footer: bytes          # python-docx's default-footer.xml
    package_rels: tuple[Relationship, ...]
    document_rels: tuple[Relationship, ...]


def _python_docx_templates() -> Path:
    """python-docx's templates folder, found without importing python-docx."""
    spec = importlib.util.find_spec("docx")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("python-docx is not installed: its template is the DOCX writer's starting point")
    return Path(list(spec.submodule_search_locations)[0]) / "templates"


@lru_cache(maxsize=1)
def _template() -> _Template:
    folder = _python_docx_templates()
    with zipfile.ZipFile(folder / "default.docx") as z:
        def reparsed(name: str) -> bytes:
            return serialize(etree.fromstring(z.read(name), _PARSER))

        styles = etree.fromstring(z.read("word/styles.xml"), _PARSER)
        # the same rule as xml.reset_styles, applied to the 438 KB part once, not per write
        style_tag, style_id = X.qn("w:style"), X.qn("w:styleId")
        styles[:] = [c for c in styles if c.tag != style_tag or c.get(style_id) in X.KEEP_TEMPLATE_STYLES]
        return _Template(
            document=z.read("word/document.xml"), styles=serialize(styles), settings=z.read("word/settings.xml"),
            numbering=reparsed("word/numbering.xml"), font_table=z.read("word/fontTable.xml"),
            theme=z.read("word/theme/theme1.xml"), web_settings=z.read("word/webSettings.xml"),
            core=z.read("docProps/core.xml"), footer=(folder / "default-footer.xml").read_bytes(),
            package_rels=tuple(Rels.parse(z.read("_rels/.rels")).items),
            document_rels=tuple(Rels.parse(z.read("word/_rels/document.xml.rels")).items))


class Package:
    """One DOCX being written: the parsed parts the writer changes, and the zip."""

    def __init__(self) -> None:
        t = _template()
        self._template = t
        self.document = etree.fromstring(t.document, _PARSER)
        self.body = self.document.find(X.qn("w:body"))
        self.styles = etree.fromstring(t.styles, _PARSER)
        self.settings = etree.fromstring(t.settings, _PARSER)
        self.core = etree.fromstring(t.core, _PARSER)
        self.font_table: bytes = t.font_table
        self.package_rels = Rels(list(t.package_rels))
        self.document_rels = Rels(list(t.document_rels))
        self.font_table_rels = Rels()
        self.footers: list[tuple[str, etree._Element]] = []     # (part name, w:ftr)
        self.fonts: list[tuple[str, bytes]] = []                # (part name, obfuscated font)

    @property
    def sect_pr(self) -> etree._Element:
        """The body's (last) section properties."""
        return self.body.find(X.qn("w:sectPr"))

    def add_footer(self, kind: str) -> etree._Element:
        """A new footer part (python-docx's empty footer, its children removed) referenced
        from the body's section as ``kind`` (default, even, first); returns its w:ftr."""
        ftr = etree.fromstring(self._template.footer, _PARSER)
        for child in list(ftr):
            ftr.remove(child)
        name = f"footer{len(self.footers) + 1}.xml"
        rid = self.document_rels.add(RT_FOOTER, name)
        self.footers.append((f"/word/{name}", ftr))
        sect_pr = self.sect_pr
        # after the references already there: header/footerReference come first (CT_SectPr)
        refs = {X.qn("w:headerReference"), X.qn("w:footerReference")}
        at = next((i for i, c in enumerate(sect_pr) if c.tag not in refs), len(sect_pr))
        ref = X.el("w:footerReference", {"w:type": kind})
        ref.set(f"{{{X.R_NS}}}id", rid)
        sect_pr.insert(at, ref)
        return ftr

    def add_font(self, data: bytes) -> str:
        """An obfuscated font part related from the font table; returns its rId."""
        name = f"fonts/font{len(self.fonts) + 1}.odttf"
        self.fonts.append((f"/word/{name}", data))
        return self.font_table_rels.add(RT_FONT, name)

    def set_core_properties(self, values: dict[str, str], timestamp: datetime) -> None:
        """docProps/core.xml: ``values`` maps "dc:title", "cp:keywords" … to text (at most
        255 characters each, as Word allows); created and modified are ``timestamp``."""
        for tag, text in values.items():
            self._core_element(tag).text = text[:CORE_TEXT_LIMIT]
        w3cdtf = timestamp.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        for tag in ("dcterms:created", "dcterms:modified"):
            e = self._core_element(tag)
            e.text = w3cdtf
            e.set(f"{{{X.NS['xsi']}}}type", "dcterms:W3CDTF")

    def _core_element(self, tag: str) -> etree._Element:
        e = self.core.find(X.qn(tag))
        if e is None:       # python-docx appends a missing property at the end
            e = etree.SubElement(self.core, X.qn(tag))
        return e

    def parts(self) -> dict[str, bytes]:
        """Every member of the zip, by name."""
        t = self._template
        out = {
            "_rels/.rels": self.package_rels.xml(),
            "docProps/app.xml": APP_XML,
            "docProps/core.xml": serialize(self.core),
            "word/_rels/document.xml.rels": self.document_rels.xml(),
            "word/document.xml": serialize(self.document),
            "word/fontTable.xml": self.font_table,
            "word/numbering.xml": t.numbering,
            "word/settings.xml": serialize(self.settings),
            "word/styles.xml": serialize(self.styles),
            "word/theme/theme1.xml": t.theme,
            "word/webSettings.xml": t.web_settings,
        }
        for name, ftr in self.footers:
            out[name[1:]] = serialize(ftr)
        for name, data in self.fonts:
            out[name[1:]] = data
        if self.font_table_rels.items:
            out["word/_rels/fontTable.xml.rels"] = self.font_table_rels.xml()
        out["[Content_Types].xml"] = self._content_types()
        return out

    def _content_types(self) -> bytes:
        overrides = dict(CONTENT_TYPES)
        overrides.update((name, FOOTER_CT) for name, _ in self.footers)
        overrides.update((name, OBFUSCATED_FONT_CT) for name, _ in self.fonts)
        body = ('<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>')
        body += "".join(f"<Override PartName={quoteattr(name)} ContentType={quoteattr(ct)}/>"
                        for name, ct in sorted(overrides.items()))
        return ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
                f'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">{body}</Types>'
                ).encode("utf-8")

    def zip(self, timestamp: datetime) -> bytes:
        return zip_members(self.parts(), timestamp)


def zip_members(members: dict[str, bytes], timestamp: datetime) -> bytes:
    """The zip: [Content_Types].xml first (some readers require it), then _rels/.rels,
    then the rest sorted; fixed times and attributes, so the same parts give the same bytes."""
    ts = timestamp.astimezone(timezone.utc)
    date_time = (max(ts.year, 1980), ts.month, ts.day, ts.hour, ts.minute, ts.second)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in sorted(members, key=lambda n: (n != "[Content_Types].xml", n != "_rels/.rels", n)):
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            dst.writestr(info, members[name], compresslevel=6)
    return out.getvalue()
