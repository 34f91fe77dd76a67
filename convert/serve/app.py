"""The HTTP API and the page (Starlette). Conversions run in a process pool.

    GET  /                          the page (static/index.html, app.js, app.css)
    GET  /api/options               formats, shipped styles, OpenCC choices, limits
    POST /api/structure             file (+ from, keep_boilerplate, normalize, source) → the model's JSON
    POST /api/render                model (one or more), to, style | style_file, opencc → the file, or a zip
    POST /api/convert               file (one or more), to, style | style_file, opencc → the file, or a zip
    POST /api/preview               model, style | style_file, opencc → {"id", "pages"}
    GET  /api/preview/{id}/{page}   one page of that preview as PNG

Errors are ``{"error": "…"}`` with a 4xx status, in the command line's words. No name
or path from the client is ever used on disk: an uploaded style is written as
``style.toml`` into a fresh folder of the server's own temporary folder and removed
after the response; the folder goes on shutdown.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import os
import re
import secrets
import shutil
import tempfile
import tomllib
import zipfile
from collections import OrderedDict
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from . import jobs

STATIC = Path(__file__).parent / "static"
MB = 1024 * 1024
DEFAULT_MAX_FILE = 20 * MB
#: The choices of the page's conversion menu: (OpenCC config, label).
OPENCC_CHOICES = (("", "不转换"), ("s2twp", "繁体（台湾）"), ("s2hk", "繁体（香港）"), ("simplified", "简体"))
#: Formats the server writes (the writer registry's names).
SUFFIX_TYPES = {"zip": "application/zip", "pdf": "application/pdf", "json": "application/json", "html": "text/html; charset=utf-8",
                "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "epub": "application/epub+zip"}
PREVIEWS_KEPT = 16


class ApiError(Exception):
    """A request that cannot be carried out: its status and one line for the user."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class Settings:
    max_file: int = DEFAULT_MAX_FILE          # bytes per uploaded file
    max_request: int = 0                      # bytes per request (0: 5 × max_file, at least 100 MB)
    workers: int = 0                          # worker processes (0: the CPU count, at most 4; -1: threads)
    previews: "OrderedDict[str, tuple[bytes, int]]" = field(default_factory=OrderedDict)

    def request_limit(self) -> int:
        return self.max_request or max(5 * self.max_file, 100 * MB)


def _size(n: int) -> str:
    return f"{n / MB:g} MB" if n >= MB else f"{n:,} bytes"


# --------------------------------------------------------------------------- the request limit


class _LimitBody:
    """ASGI middleware: a request body over the limit is refused with 413, by its
    Content-Length before anything is read, or as soon as a streamed body passes it."""

    def __init__(self, app, settings: Settings):
        self.app = app
        self.settings = settings

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = self.settings.request_limit()
        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > limit:
            response = _error(413, f"the request is {_size(int(length))}, larger than the limit of "
                                   f"{_size(limit)} per request; send fewer files at a time")
            return await response(scope, receive, send)
        seen = 0

        async def counted():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise ApiError(413, f"the request is larger than the limit of {_size(limit)} per request; "
                                        f"send fewer files at a time")
            return message

        return await self.app(scope, counted, send)


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
    return _error(exc.status, exc.message)


# --------------------------------------------------------------------------- helpers


def _executor(request: Request) -> Executor:
    return request.app.state.executor


async def _run(request: Request, fn, *args):
    return await asyncio.get_running_loop().run_in_executor(_executor(request), partial(fn, *args))


async def _form(request: Request):
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind not in ("multipart/form-data", "application/x-www-form-urlencoded"):
        raise ApiError(400, f"expected a multipart/form-data upload, not {kind or 'a body without a type'}")
    try:
        return await request.form(max_files=1000, max_fields=1000)
    except ApiError:
        raise
    except Exception as exc:    # not multipart, a broken body…
        raise ApiError(400, f"expected a multipart/form-data upload: {exc}") from None


def _display_name(upload: UploadFile, default: str = "document.txt") -> str:
    """The client's file name, for messages and metadata only: its last path part."""
    name = (upload.filename or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    name = re.sub(r"[\x00-\x1f\x7f]", "", name)
    return name[:200] or default


async def _read_upload(upload: Any, settings: Settings, field_name: str) -> tuple[bytes, str]:
    if not isinstance(upload, UploadFile):
        raise ApiError(400, f"'{field_name}' must be a file upload")
    name = _display_name(upload)
    data = await upload.read(settings.max_file + 1)
    if len(data) > settings.max_file:
        raise ApiError(413, f"{name}: larger than the upload limit of {_size(settings.max_file)} per file")
    return data, name


def _files(form, field_name: str) -> list:
    files = form.getlist(field_name)
    if not files:
        raise ApiError(400, f"no '{field_name}' given: upload at least one file as '{field_name}'")
    return files


def _formats(form, default: str = "pdf", single: bool = False) -> tuple[str, ...]:
    from ..writers import WRITERS

    names: list[str] = []
    for part in str(form.get("to") or default).split(","):
        name = part.strip().lower()
        if not name:
            continue
        if name not in WRITERS:
            raise ApiError(400, f"unknown format {name!r}; known formats: {', '.join(WRITERS)}")
        if name not in names:
            names.append(name)
    if not names:
        raise ApiError(400, "'to' names no format")
    if single and len(names) > 1:
        raise ApiError(400, "give one format in 'to'")
    return tuple(names)


def _opencc(form) -> str | None:
    value = str(form.get("opencc") or "").strip()
    if not value or value == "none":
        return None
    from ..transform.opencc import available_configs, known_configs

    if value not in known_configs():
        raise ApiError(400, f"unknown OpenCC config {value!r}; available: {', '.join(available_configs())}")
    return value


async def _style(request: Request, form, cleanup: list[Path]) -> str:
    """The style to use: a shipped name, or an uploaded TOML written where the server
    chooses (and removed after the response)."""
    from ..style import StyleError, list_styles, load_style

    shipped = [name for name, _ in list_styles()]
    upload = form.get("style_file")
    if isinstance(upload, UploadFile) and (upload.filename or upload.size):
        data, name = await _read_upload(upload, request.app.state.settings, "style_file")
        try:
            parsed = tomllib.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ApiError(400, f"{name}: not a TOML style: {exc}") from None
        base = parsed.get("extends")
        if base is not None and base not in shipped:
            raise ApiError(400, f"{name}: an uploaded style may extend only a shipped style "
                                f"({', '.join(shipped)}), not {base!r}")
        folder = Path(tempfile.mkdtemp(prefix="style-", dir=request.app.state.tmp))
        cleanup.append(folder)
        path = folder / "style.toml"
        path.write_bytes(data)
        try:
            load_style(str(path))      # checked here, so a bad style is one 400, not an error per job
        except StyleError as exc:
            raise ApiError(400, str(exc).replace(str(path), name)) from None
        return str(path)
    style = str(form.get("style") or "gbt9704").strip()
    if style not in shipped:
        raise ApiError(400, f"unknown style {style!r}; shipped styles: {', '.join(shipped)}")
    return style


def _remove(paths: list[Path]) -> None:
    for p in paths:
        shutil.rmtree(p, ignore_errors=True)


def _flag(form, name: str, default: bool) -> bool:
    value = form.get(name)
    if value is None or value == "":
        return default
    return str(value).strip().lower() in ("1", "true", "yes", "on")


def _stem(name: str) -> str:
    stem = name.rsplit(".", 1)[0] if "." in name[1:] else name
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", stem).strip(" .")
    return stem or "document"


def _attachment(data: bytes, filename: str, fmt: str, extra: dict[str, str] | None = None) -> Response:
    ascii_name = re.sub(r"[^A-Za-z0-9._-]", "_", filename)
    headers = {"Content-Disposition": f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"}
    headers.update(extra or {})
    return Response(data, media_type=SUFFIX_TYPES.get(fmt, "application/octet-stream"), headers=headers)


def _zip(entries: list[tuple[str, bytes]], errors: list[str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        used: set[str] = set()
        for name, data in entries:
            stem, dot, suffix = name.rpartition(".")
            unique, n = name, 2
            while unique in used:
                unique, n = f"{stem}-{n}.{suffix}", n + 1
            used.add(unique)
            info = zipfile.ZipInfo(unique, date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
        if errors:
            zf.writestr(zipfile.ZipInfo("errors.txt", date_time=(2000, 1, 1, 0, 0, 0)),
                        "".join(f"{line}\n" for line in errors))
    return buf.getvalue()


async def _render_all(request: Request, models: list[tuple[str, dict]], formats: tuple[str, ...], style: str,
                      opencc: str | None, failed: list[str] | None = None) -> Response:
    """Render every (name, model) into every format, in parallel. One input (counting
    ``failed``, the inputs that could not be read) and one format: that file; otherwise a
    zip of the outputs, with errors.txt listing what failed, one line each."""
    tasks = [(name, fmt) for name, model in models for fmt in formats]
    results = await asyncio.gather(*(_run(request, jobs.render, model, fmt, style, opencc)
                                     for name, model in models for fmt in formats))
    errors = list(failed or [])
    entries = []
    for (name, fmt), result in zip(tasks, results):
        if "error" in result:
            if result["error"] not in errors:
                errors.append(result["error"])
        else:
            entries.append((f"{_stem(name)}.{fmt}", result["data"]))
    if not entries:
        raise ApiError(422, "; ".join(errors))
    if len(tasks) == 1 and not failed:
        (name, fmt), result = tasks[0], results[0]
        return _attachment(result["data"], f"{_stem(name)}.{fmt}", fmt, {"X-Convert-Pages": str(result["pages"])})
    return _attachment(_zip(entries, errors), "convert.zip", "zip", {"X-Convert-Errors": str(len(errors))})


async def _models(request: Request, form) -> list[tuple[str, dict]]:
    out = []
    for upload in _files(form, "model"):
        data, name = await _read_upload(upload, request.app.state.settings, "model")
        if not data.strip():
            raise ApiError(400, f"{name}: empty model")
        try:
            model = json.loads(data.decode("utf-8"))
        except UnicodeDecodeError:
            raise ApiError(400, f"{name}: JSON input is not UTF-8") from None
        except json.JSONDecodeError as exc:
            raise ApiError(400, f"{name}: not a convert document: $: not JSON: {exc.msg} at line {exc.lineno} "
                                f"column {exc.colno}") from None
        from ..model import Document, ModelError

        try:
            Document.from_dict(model)
        except ModelError as exc:
            raise ApiError(400, f"{name}: not a convert document: {exc}") from None
        source = model.get("meta", {}).get("source") or name
        out.append((source if isinstance(source, str) else name, model))
    return out


# --------------------------------------------------------------------------- routes


async def index(request: Request) -> Response:
    return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})


async def options(request: Request) -> Response:
    from ..style import list_styles
    from ..writers import WRITERS

    settings: Settings = request.app.state.settings
    return JSONResponse({
        "formats": [{"name": e.name, "suffix": e.suffix, "description": e.description} for e in WRITERS.values()],
        "styles": [{"name": n, "description": d} for n, d in list_styles()],
        "opencc": [{"value": v, "label": label} for v, label in OPENCC_CHOICES],
        "max_file": settings.max_file, "max_request": settings.request_limit(),
    })


async def structure(request: Request) -> Response:
    form = await _form(request)
    upload = form.get("file")
    if upload is None:
        raise ApiError(400, "no 'file' given: upload the text as 'file'")
    data, name = await _read_upload(upload, request.app.state.settings, "file")
    syntax = str(form.get("from") or "auto")
    if syntax not in ("auto", "text", "markdown", "json"):
        raise ApiError(400, f"'from' must be auto, text, markdown or json, not {syntax!r}")
    result = await _run(request, jobs.read_input, data, name, syntax, _flag(form, "keep_boilerplate", False),
                        _flag(form, "normalize", True))
    if "error" in result:
        raise ApiError(422, result["error"])
    if _flag(form, "source", False):
        return JSONResponse({"name": name, "model": result["model"], "source": result["source"],
                             "encoding": result["encoding"]})
    return JSONResponse(result["model"])


async def render(request: Request) -> Response:
    form = await _form(request)
    cleanup: list[Path] = []
    try:
        models = await _models(request, form)
        formats = _formats(form)
        style = await _style(request, form, cleanup)
        return await _render_all(request, models, formats, style, _opencc(form))
    finally:
        _remove(cleanup)


async def convert(request: Request) -> Response:
    form = await _form(request)
    cleanup: list[Path] = []
    try:
        settings: Settings = request.app.state.settings
        uploads = [await _read_upload(u, settings, "file") for u in _files(form, "file")]
        formats = _formats(form)
        style = await _style(request, form, cleanup)
        opencc = _opencc(form)
        syntax = str(form.get("from") or "auto")
        read = await asyncio.gather(*(_run(request, jobs.read_input, data, name, syntax,
                                           _flag(form, "keep_boilerplate", False), _flag(form, "normalize", True))
                                      for data, name in uploads))
        failed = [r["error"] for r in read if "error" in r]
        models = [(name, r["model"]) for (_, name), r in zip(uploads, read) if "error" not in r]
        if not models:
            raise ApiError(422, "; ".join(failed))
        return await _render_all(request, models, formats, style, opencc, failed)
    finally:
        _remove(cleanup)


async def preview(request: Request) -> Response:
    form = await _form(request)
    cleanup: list[Path] = []
    try:
        models = await _models(request, form)
        if len(models) != 1:
            raise ApiError(400, "preview one model at a time")
        style = await _style(request, form, cleanup)
        result = await _run(request, jobs.render, models[0][1], "pdf", style, _opencc(form))
    finally:
        _remove(cleanup)
    if "error" in result:
        raise ApiError(422, result["error"])
    previews = request.app.state.settings.previews
    key = secrets.token_urlsafe(12)
    previews[key] = (result["data"], result["pages"])
    while len(previews) > PREVIEWS_KEPT:
        previews.popitem(last=False)
    return JSONResponse({"id": key, "pages": result["pages"], "notices": result["notices"]})


async def preview_page(request: Request) -> Response:
    key = request.path_params["key"]
    page = request.path_params["page"]
    previews = request.app.state.settings.previews
    if key not in previews:
        raise ApiError(404, "no such preview (the server keeps the last few); preview again")
    pdf, pages = previews[key]
    previews.move_to_end(key)
    if not 1 <= page <= max(pages, 1):
        raise ApiError(404, f"no page {page}; the preview has {pages} page(s)")
    width = min(max(int(request.query_params.get("width", "900") or 900), 200), 2000) \
        if request.query_params.get("width", "900").isdigit() else 900
    png = await _run(request, jobs.rasterize, pdf, page, width)
    return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})


async def not_found(request: Request, exc: Exception) -> Response:
    status = getattr(exc, "status_code", 404)
    return _error(status, "no such page" if status == 404 else str(getattr(exc, "detail", "")) or "bad request")


async def internal(request: Request, exc: Exception) -> Response:
    return _error(500, f"internal error: {type(exc).__name__}: {exc}")


# --------------------------------------------------------------------------- the app


def create_app(max_file: int = DEFAULT_MAX_FILE, max_request: int = 0, workers: int = 0) -> Starlette:
    """The ASGI app. ``workers``: conversion processes (0: the CPU count, at most 4;
    -1: threads of this process, for tests that need no pool)."""
    settings = Settings(max_file=max_file, max_request=max_request, workers=workers)

    @asynccontextmanager
    async def lifespan(app: Starlette):
        app.state.tmp = Path(tempfile.mkdtemp(prefix="convert-serve-"))
        if workers < 0:
            app.state.executor = ThreadPoolExecutor(max_workers=4)
        else:
            import multiprocessing

            n = workers or min(os.cpu_count() or 1, 4)
            app.state.executor = ProcessPoolExecutor(max_workers=n, mp_context=multiprocessing.get_context("spawn"),
                                                     initializer=jobs.init_worker)
        try:
            yield
        finally:
            app.state.executor.shutdown(wait=False, cancel_futures=True)
            shutil.rmtree(app.state.tmp, ignore_errors=True)
            settings.previews.clear()

    app = Starlette(
        routes=[
            Route("/", index),
            Route("/api/options", options),
            Route("/api/structure", structure, methods=["POST"]),
            Route("/api/render", render, methods=["POST"]),
            Route("/api/convert", convert, methods=["POST"]),
            Route("/api/preview", preview, methods=["POST"]),
            Route("/api/preview/{key:str}/{page:int}", preview_page),
            Mount("/static", StaticFiles(directory=STATIC), name="static"),
        ],
        exception_handlers={ApiError: _api_error, 404: not_found, 405: not_found, 500: internal},
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.add_middleware(_LimitBody, settings=settings)
    return app
