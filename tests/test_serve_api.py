"""The HTTP API of convert serve (convert/serve/app.py), through Starlette's TestClient:
what it returns, its errors (JSON, 4xx, the command line's words, never a 500), its
limits (413), and four simultaneous uploads of the 180k benchmark on the process pool."""

from __future__ import annotations

import io
import json
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from convert.model import Document, plain_text
from convert.serve.app import create_app

from conftest import BENCH_INPUT  # noqa: E402  (the repository's own copy)

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_2eef0502365f63f1.txt"
TITLE = "区2023年人大、政协常务委员会工作报告"


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(max_file=1024 * 1024, max_request=4 * 1024 * 1024, workers=2)) as c:
        yield c


def _seed_model(client) -> dict:
    r = client.post("/api/structure", files={"file": ("报告.txt", SEED.read_bytes(), "text/plain")})
    assert r.status_code == 200, r.text
    return r.json()


def test_page_and_options(client):
    r = client.get("/")
    assert r.status_code == 200 and "把文件或文件夹拖到这里" in r.text
    for asset in ("/static/app.js", "/static/app.css"):
        assert client.get(asset).status_code == 200
    assert "http://" not in r.text and "https://" not in r.text      # nothing from a CDN
    o = client.get("/api/options").json()
    assert {"pdf", "docx", "epub", "json"} <= {f["name"] for f in o["formats"]}
    assert "gbt9704" in {s["name"] for s in o["styles"]}
    assert [c["value"] for c in o["opencc"]] == ["", "s2twp", "s2hk", "simplified"]


def test_structure_returns_the_model_with_source_lines(client):
    model = _seed_model(client)
    doc = Document.from_dict(model)
    assert doc.meta.title == TITLE and doc.meta.source == "报告.txt"
    heads = [b for b in doc.blocks if b.__class__.__name__ == "Heading"]
    assert [h.label for h in heads] == ["一、", "二、"]
    assert heads[0].lines == (9, 9)
    src = SEED.read_text("utf-8").splitlines()
    for b in doc.blocks:            # every block knows its lines, and they hold its text's start
        assert b.lines is not None
        assert "".join(plain_text(b).split())[:6] in "".join(src[b.lines[0] - 1].split()).replace(",", "，")
    r = client.post("/api/structure", data={"source": "1"}, files={"file": ("a.txt", SEED.read_bytes())})
    j = r.json()
    assert j["source"][8].startswith("一、") and j["model"]["blocks"][1]["lines"] == [9, 9]


def test_render_a_corrected_model(client):
    model = _seed_model(client)
    last = [b for b in model["blocks"] if b["type"] == "paragraph"][-1]
    model["blocks"].remove(last)
    r = client.post("/api/render", data={"to": "docx"},
                    files={"model": ("m.json", json.dumps(model).encode(), "application/json")})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert "filename*=UTF-8''%E6%8A%A5%E5%91%8A.docx" in r.headers["content-disposition"]
    from docx import Document as Docx

    text = "\n".join(p.text for p in Docx(io.BytesIO(r.content)).paragraphs)
    assert TITLE in text and plain_text(Document.from_dict({**model, "blocks": [last]}))[:20] not in text


def test_render_several_formats_is_a_zip_and_opencc_applies(client):
    model = json.dumps(_seed_model(client)).encode()
    r = client.post("/api/render", data={"to": "pdf,json", "opencc": "s2twp", "style": "report"},
                    files=[("model", ("a.json", model)), ("model", ("b.json", model))])
    assert r.status_code == 200 and r.headers["content-type"] == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(r.content)).namelist()
    assert names == ["报告.pdf", "报告.json", "报告-2.pdf", "报告-2.json"]
    doc = Document.from_json(zipfile.ZipFile(io.BytesIO(r.content)).read("报告.json").decode())
    assert doc.meta.language == "zh-Hant-TW" and "報告" in doc.meta.title


def test_convert_one_file_and_many_with_a_failure(client):
    r = client.post("/api/convert", data={"to": "pdf"}, files={"file": ("seed.txt", SEED.read_bytes())})
    assert r.status_code == 200 and r.content.startswith(b"%PDF") and int(r.headers["x-convert-pages"]) >= 1
    r = client.post("/api/convert", data={"to": "docx"},
                    files=[("file", ("seed.txt", SEED.read_bytes())), ("file", ("prog.bin", b"\x7fELF\x02\x01" + bytes(300)))])
    assert r.status_code == 200 and r.headers["x-convert-errors"] == "1"
    z = zipfile.ZipFile(io.BytesIO(r.content))
    assert z.namelist() == ["seed.docx", "errors.txt"]
    assert z.read("errors.txt").decode().startswith("prog.bin: binary data, not a text file")


def test_preview_pages_as_images(client):
    r = client.post("/api/preview", files={"model": ("m.json", json.dumps(_seed_model(client)).encode())})
    assert r.status_code == 200, r.text
    j = r.json()
    assert j["pages"] >= 2
    png = client.get(f"/api/preview/{j['id']}/1?width=300")
    assert png.status_code == 200 and png.content.startswith(b"\x89PNG")
    assert client.get(f"/api/preview/{j['id']}/{j['pages'] + 1}").status_code == 404
    assert client.get("/api/preview/nosuch/1").json()["error"].startswith("no such preview")


def test_uploaded_style(client):
    style = b'extends = "gbt9704"\nname = "mine"\n[page]\nmargin_top = "30mm"\n'
    r = client.post("/api/convert", data={"to": "pdf"},
                    files={"file": ("seed.txt", SEED.read_bytes()), "style_file": ("../../etc/mine.toml", style)})
    assert r.status_code == 200, r.text
    r = client.post("/api/convert", data={"to": "pdf"},
                    files={"file": ("seed.txt", SEED.read_bytes()), "style_file": ("x.toml", b'extends = "/etc/x.toml"\n')})
    assert r.status_code == 400 and "may extend only a shipped style" in r.json()["error"]
    r = client.post("/api/convert", data={"to": "pdf"},
                    files={"file": ("seed.txt", SEED.read_bytes()), "style_file": ("x.toml", b"[page\n")})
    assert r.status_code == 400 and r.json()["error"].startswith("x.toml: not a TOML style")
    # nothing is left in the server's temporary folder after the responses
    assert list(client.app.state.tmp.iterdir()) == []


@pytest.mark.parametrize("case, files, data, status, words", [
    ("binary", {"file": ("a.png", b"\x89PNG\r\n\x1a\n" + bytes(500))}, {}, 422, "a.png: binary data"),
    ("empty", {"file": ("e.txt", b"")}, {}, 422, "e.txt: the file is empty"),
    ("no file", None, {"x": "1"}, 400, "no 'file' given"),
    ("bad from", {"file": ("a.txt", "你好".encode())}, {"from": "pdf"}, 400, "'from' must be"),
    ("bad json", {"file": ("m.json", b"{bad")}, {}, 422, "m.json: not a convert document: $: not JSON"),
])
def test_structure_bad_input(client, case, files, data, status, words):
    r = client.post("/api/structure", files=files, data=data) if files else client.post("/api/structure", data=data)
    assert r.status_code == status, r.text
    assert words in r.json()["error"]


@pytest.mark.parametrize("files, data, status, words", [
    ({"model": ("m.json", b"{bad")}, {"to": "pdf"}, 400, "m.json: not a convert document: $: not JSON"),
    ({"model": ("m.json", b"")}, {"to": "pdf"}, 400, "m.json: empty model"),
    ({"model": ("m.json", b'{"format": "convert-document", "version": 9}')}, {}, 400, "incompatible versions"),
    ({"model": ("m.json", b'{"format": "convert-document", "version": 1, "blocks": [{"type": "x"}]}')}, {}, 400,
     "$.blocks[0].type"),
    ({"model": ("m.json", b'{"format": "convert-document", "version": 1}')}, {"to": "odt"}, 400, "unknown format 'odt'"),
    ({"model": ("m.json", b'{"format": "convert-document", "version": 1}')}, {"opencc": "x2y"}, 400, "unknown OpenCC"),
    ({"model": ("m.json", b'{"format": "convert-document", "version": 1}')}, {"style": "fancy"}, 400, "unknown style"),
    ({"model": ("m.json", b"\xff\xfe\x00")}, {}, 400, "not UTF-8"),
])
def test_render_bad_input(client, files, data, status, words):
    r = client.post("/api/render", files=files, data=data)
    assert r.status_code == status, r.text
    assert words in r.json()["error"]


def test_not_multipart_and_unknown_routes(client):
    r = client.post("/api/structure", content=b"hello", headers={"content-type": "text/plain"})
    assert r.status_code == 400 and "multipart" in r.json()["error"]
    assert client.get("/api/nothing").status_code == 404
    assert client.get("/api/structure").status_code == 405


def test_upload_limits_are_413(client):
    big = "这是一行很长的正文。\n".encode() * 40000      # ≈ 1.2 MB, over the 1 MB per file of this client
    r = client.post("/api/structure", files={"file": ("big.txt", big)})
    assert r.status_code == 413 and r.json()["error"] == "big.txt: larger than the upload limit of 1 MB per file"
    r = client.post("/api/convert", files=[("file", (f"{k}.txt", big[:900_000])) for k in range(5)])
    assert r.status_code == 413 and "per request" in r.json()["error"]


@pytest.mark.slow   # the 180k-character benchmark read five times (four uploads and the expected model): ~2.5 s
def test_four_simultaneous_uploads_of_the_180k_benchmark():
    data = BENCH_INPUT.read_bytes()
    expected = None
    with TestClient(create_app(max_file=2 * 1024 * 1024, workers=2)) as c:
        def one(k: int):
            return c.post("/api/convert", data={"to": "json"}, files={"file": (f"r{k}.txt", data)})

        with ThreadPoolExecutor(4) as pool:
            results = list(pool.map(one, range(4)))
        for r in results:
            assert r.status_code == 200, r.text
            doc = Document.from_json(r.content.decode())
            if expected is None:
                from convert.reader import ReadOptions, read

                expected = read(data, ReadOptions(filename="r0.txt"))
            assert doc.blocks == expected.blocks and doc.meta.title == expected.meta.title


def test_serve_command_warns_off_loopback_and_stops_on_ctrl_c():
    import re
    import signal
    import socket
    import subprocess
    import sys
    import urllib.request

    proc = subprocess.Popen([sys.executable, "-m", "convert", "serve", "--host", "0.0.0.0", "--port", "0", "-j", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        line = proc.stdout.readline()
        url = re.search(r"http://\S+/", line).group(0)
        with urllib.request.urlopen(url + "api/options", timeout=30) as r:
            assert json.load(r)["max_file"] == 20 * 1024 * 1024
        port = int(url.rsplit(":", 1)[1].strip("/"))
        again = subprocess.run([sys.executable, "-m", "convert", "serve", "--port", str(port), "--host", "0.0.0.0"],
                               capture_output=True, text=True, timeout=60)
        assert again.returncode == 2 and again.stderr.startswith(f"convert: cannot serve on 0.0.0.0:{port}: ")
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "anyone who can reach this address may use it" in err and "Traceback" not in err
    assert "stopped" in out
    with socket.socket() as s:       # the port is free again (nobody listens: SO_REUSEADDR passes TIME_WAIT)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("0.0.0.0", port))
