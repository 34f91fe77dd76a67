"""The PDF writer's forked line breaker (convert/writers/pdf/prebreak.py) and its
background compression (deflate.py): the file is the same bytes with the child or
without it, when the child dies at any point, and when it cannot be forked."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import threading
from dataclasses import replace

import pytest

from convert.diagnostics import Reporter
from convert.fonts import load_fonts
from convert.model import Document, Emphasis, Meta, Paragraph, Strong, Text
from convert.style import load_style
from convert.writers import WriteOptions
from convert.writers.pdf import prebreak, write

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="os.fork is not available here")

SENTENCE = ("一年来，在区委的坚强领导下，区政协常委会坚持以习近平新时代中国特色社会主义思想为指导，"
            "全面贯彻党的二十大精神，推动开展“请你来协商”活动8期，参训委员420余人次，"
            "see https://example.org/a/b/c 与 GB/T 9704—2012。")


def _document() -> Document:
    """Enough paragraphs for several pages, with what the child leaves to the parent:
    bold runs (synthetic bold), emphasis dots, a character no bundled font has."""
    blocks = []
    for k in range(60):
        content = (Text(SENTENCE * (1 + k % 3)),)
        if k % 7 == 3:
            content = (Strong((Text("一是加强学习。"),)), *content)
        if k % 11 == 5:
            content = (*content, Emphasis((Text("着重号在这里"),)))
        if k == 20:
            content = (*content, Text("缺字\U0001F9FF之后"))
        blocks.append(Paragraph(content))
    return Document(meta=Meta(title="关于印发测试文件的通知"), blocks=tuple(blocks))


@pytest.fixture(scope="module")
def setup():
    return _document(), load_style("gbt9704"), load_fonts()


def _ran_alone(request) -> bool:
    """The writer forks only from a process with one thread, and tests run before this one
    in the same pytest process may have left threads behind (a Dask client, a server).
    Then this test runs in a fresh interpreter of its own, and True says it passed there."""
    if threading.active_count() == 1 or os.environ.get("CONVERT_TEST_ALONE"):
        return False
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", request.node.nodeid],
                          cwd=request.config.rootpath, env={**os.environ, "CONVERT_TEST_ALONE": "1"},
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    return True


def _write(setup, monkeypatch, mode: str) -> bytes:
    doc, style, fonts = setup
    monkeypatch.setenv("CONVERT_PDF_PREBREAK", mode)
    return write(doc, style, fonts, WriteOptions(), Reporter())


def test_the_child_changes_no_byte(setup, monkeypatch, request) -> None:
    if _ran_alone(request):
        return
    started = []
    real = prebreak.Prebroken

    def spy(*args, **kwargs):
        started.append(real(*args, **kwargs))
        return started[-1]

    monkeypatch.setattr(prebreak, "Prebroken", spy)
    monkeypatch.setattr(prebreak, "PATIENCE", 30.0)       # every line from the child
    alone = _write(setup, monkeypatch, "0")
    assert not started
    beside = _write(setup, monkeypatch, "1")
    assert len(started) == 1 and started[0].received == len(started[0].blocks)
    # the child wrote the code of most lines; the parent drew the others
    coded = sum(bool(b._codes) for b in started[0].blocks)
    assert coded > len(started[0].blocks) // 2
    assert beside == alone
    assert _write(setup, monkeypatch, "1") == alone       # reproducible
    monkeypatch.setattr(prebreak, "PATIENCE", 0.0)        # sharing the blocks as it comes
    assert _write(setup, monkeypatch, "1") == alone


def test_a_child_that_dies_at_once_costs_nothing_but_time(setup, monkeypatch, request) -> None:
    if _ran_alone(request):
        return
    alone = _write(setup, monkeypatch, "0")
    monkeypatch.setattr(prebreak, "_send", lambda *args: os._exit(3))
    assert _write(setup, monkeypatch, "1") == alone


def test_a_child_that_dies_half_way_or_sends_garbage(setup, monkeypatch, request) -> None:
    if _ran_alone(request):
        return
    monkeypatch.setattr(prebreak, "PATIENCE", 30.0)       # (it never waits past EOF)
    alone = _write(setup, monkeypatch, "0")
    real = prebreak._send

    def half(blocks, width, faces, pipe, shared=None):
        real(blocks[: len(blocks) // 2], width, faces, pipe, shared)
        pipe.flush()
        os._exit(1)

    monkeypatch.setattr(prebreak, "_send", half)
    assert _write(setup, monkeypatch, "1") == alone

    def garbage(blocks, width, faces, pipe, shared=None):
        pipe.write(pickle.dumps([("not", "lines")])[:-3])
        pipe.flush()
        os._exit(0)

    monkeypatch.setattr(prebreak, "_send", garbage)
    assert _write(setup, monkeypatch, "1") == alone


def test_no_fork_beside_other_threads_in_pool_workers_or_for_short_documents(setup, monkeypatch, request) -> None:
    if _ran_alone(request):
        return
    doc, style, fonts = setup
    big = replace(doc, blocks=doc.blocks * 3)            # past prebreak.MIN_CHARACTERS
    monkeypatch.delenv("CONVERT_PDF_PREBREAK", raising=False)
    calls = []
    monkeypatch.setattr(prebreak, "Prebroken", lambda *a, **k: calls.append(1))
    write(big, style, fonts, WriteOptions(), Reporter())
    assert len(calls) == 1                               # (the usual case forks)
    write(replace(doc, blocks=doc.blocks[:3]), style, fonts, WriteOptions(), Reporter())
    assert len(calls) == 1                               # too short to be worth a process
    import multiprocessing
    with monkeypatch.context() as m:
        m.setattr(multiprocessing, "parent_process", lambda: object())
        write(big, style, fonts, WriteOptions(), Reporter())
    assert len(calls) == 1                               # a batch's worker: the cores are busy
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        write(big, style, fonts, WriteOptions(), Reporter())
        assert len(calls) == 1                           # a fork would copy a process with threads
    finally:
        stop.set()
        other.join()


def test_the_compression_thread_ends_with_the_file(setup, monkeypatch) -> None:
    _write(setup, monkeypatch, "0")
    assert not [t for t in threading.enumerate() if t.name.startswith("convert-deflate")]


def test_codes_written_for_one_width_are_dropped_at_another(setup) -> None:
    from convert.writers.pdf.document import Builder
    from convert.writers.pdf.measure import Measurer, MissingGlyphs

    doc, style, fonts = setup
    flowables = Builder(style, Measurer(style, fonts, "zh-Hans", MissingGlyphs()), Reporter()).document(doc)
    block = prebreak.body_blocks(flowables)[5]
    width = style.page.text_width
    lines = block.lines_for(width)
    block._codes = {line.start: "(written for these lines)" for line in lines}
    assert block.lines_for(width) is lines and block._codes        # the same width: kept
    narrower = block.lines_for(width - 100)
    assert narrower != lines and block._codes is None
