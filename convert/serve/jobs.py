"""What the server runs in its worker processes: read, render, preview.

Each function takes and returns plain data (bytes, str, dict), so that it pickles to
a process of the pool, and never raises for a bad input: it returns ``{"error": line}``
with the same one-line reason the command line prints. The conversion itself is the
CLI's: the reader, ``batch.apply_transforms``, the writer registry.
"""

from __future__ import annotations

import signal
from typing import Any

from ..batch import ConvertOptions, apply_transforms
from ..batch.executors import warm_up
from ..model import Document, ModelError


def init_worker() -> None:
    """A pool worker: Ctrl-C is the server's to handle; load the reader, the default
    style, the fonts and the writers once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        warm_up(("pdf", "docx", "epub"))
    except Exception:       # reported by the first job that needs it
        pass


def read_input(data: bytes, name: str, syntax: str = "auto", keep_boilerplate: bool = False,
               normalize: bool = True) -> dict[str, Any]:
    """An uploaded file → {"model": the model's JSON form, "source": its decoded lines,
    "encoding"}, or {"error": "NAME: reason"}. ``name`` is the client's file name: it
    names the document (meta.source, the title when the text has none), never a file."""
    from ..reader import ReadError, ReadOptions, read_detailed
    from ..reader.decode import decode

    try:
        if syntax == "json" or (syntax == "auto" and name.lower().endswith(".json")):
            try:
                doc = Document.from_json(data.decode("utf-8"))
            except UnicodeDecodeError:
                return {"error": f"{name}: JSON input is not UTF-8"}
            except ModelError as exc:
                return {"error": f"{name}: not a convert document: {exc}"}
            return {"model": doc.to_dict(), "source": [], "encoding": "utf-8"}
        if syntax == "auto":
            syntax = "markdown" if name.lower().endswith((".md", ".markdown")) else "text"
        options = ReadOptions(keep_boilerplate=keep_boilerplate, normalize=normalize, filename=name, syntax=syntax)
        try:
            decoded = decode(data, options)
            reading = read_detailed(data, options)
        except ReadError as exc:
            return {"error": f"{name}: {exc}"}
        return {"model": reading.document.to_dict(), "source": list(decoded.lines), "encoding": reading.encoding}
    except Exception as exc:   # a bug: this file fails with one line, the server goes on
        return {"error": f"{name}: internal error: {type(exc).__name__}: {exc}"}


def render(model: dict[str, Any], fmt: str, style: str = "gbt9704", opencc: str | None = None) -> dict[str, Any]:
    """The model's JSON form → {"data": bytes of ``fmt``, "pages", "notices"} or {"error"}.
    ``style`` is a shipped style's name or the path of a TOML file the server wrote."""
    from ..diagnostics import Reporter
    from ..fonts import load_fonts
    from ..style import StyleError, load_style
    from ..writers import get_writer

    name = model.get("meta", {}).get("source", "") if isinstance(model, dict) else ""
    name = name if isinstance(name, str) and name else "document"
    try:
        try:
            doc = Document.from_dict(model)
        except ModelError as exc:
            return {"error": f"{name}: not a convert document: {exc}"}
        try:
            sty = load_style(style)
        except StyleError as exc:
            return {"error": str(exc)}
        options = ConvertOptions(formats=(fmt,), style=style, opencc=opencc, resolved=sty)
        doc = apply_transforms(doc, options)
        reporter = Reporter(name)
        written = get_writer(fmt).render(doc, sty, load_fonts(), options.write_options(), reporter)
        return {"data": written.data, "pages": written.pages, "notices": reporter.lines()}
    except Exception as exc:
        return {"error": f"{name}: internal error: {type(exc).__name__}: {exc}"}


def rasterize(pdf: bytes, page: int, width: int = 900) -> bytes:
    """Page ``page`` (1-based) of a PDF as a PNG ``width`` pixels wide: pypdfium2, or
    poppler's pdftoppm when pypdfium2 is not installed. Only that page is drawn."""
    try:
        import pypdfium2 as pdfium
    except ImportError:
        return _pdftoppm(pdf, page, width)
    import io

    doc = pdfium.PdfDocument(pdf)
    try:
        p = doc[page - 1]
        scale = width / p.get_width()
        image = p.render(scale=scale).to_pil()
        out = io.BytesIO()
        image.save(out, "PNG", optimize=False)
        return out.getvalue()
    finally:
        doc.close()


def _pdftoppm(pdf: bytes, page: int, width: int) -> bytes:
    import subprocess

    result = subprocess.run(["pdftoppm", "-png", "-f", str(page), "-l", str(page), "-scale-to-x", str(width),
                             "-scale-to-y", "-1", "-", "-"], input=pdf, capture_output=True, timeout=60, check=True)
    return result.stdout
