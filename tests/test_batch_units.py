"""The batch's parts one at a time: natural order, page stitching, the cross-file
boilerplate threshold, collection.toml, the manifest, the page counter."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from convert import batch
from convert.batch import conversion, executors, planning
from convert.batch.collection import (REASON_PAGE_HEADER, CollectionError, Glance, Report, collection_boilerplate,
                                group_reports, join_pages, load_collection_info, looks_structural, order_reports)
from convert.manifest import Manifest, OutputKey


def test_natural_order_puts_2_before_10():
    names = ["第10页.txt", "第2页.txt", "10.txt", "2.txt", "a_10.txt", "a_9.txt"]
    assert sorted(names, key=batch.natural_key) == ["2.txt", "10.txt", "a_9.txt", "a_10.txt",
                                                    "第2页.txt", "第10页.txt"]


def _glances(files: dict[str, list[str]]) -> tuple[list[tuple[Path, Path]], dict[Path, Glance]]:
    pairs = [(Path("in") / name, Path("out") / Path(name).stem) for name in files]
    return pairs, {Path("in") / name: Glance(Path("in") / name, tuple(head), tuple(head), True)
                   for name, head in files.items()}


def test_pages_are_grouped_by_counter_title_and_by_name_with_gaps_reported():
    pairs, glances = _glances({
        "x.txt": ["报告甲(第3/4页)"], "y.txt": ["报告甲（第1/4页）"], "z.txt": ["报告甲(第2/4页)"],
        "a_1.txt": ["讲话"], "a_3.txt": ["续"], "alone_1.txt": ["别的"], "other.txt": ["其他"],
        "lone.txt": ["报告乙(第2/9页)"],
    })
    reports = group_reports(pairs, glances, stitch=True)
    by_first = {r.pages[0].name: r for r in reports}
    assert [p.name for p in by_first["y.txt"].pages] == ["y.txt", "z.txt", "x.txt"]
    assert by_first["y.txt"].missing == (4,) and "page 4 of 4 missing" in by_first["y.txt"].gap_notice()
    assert [p.name for p in by_first["a_1.txt"].pages] == ["a_1.txt", "a_3.txt"]
    assert by_first["a_1.txt"].stem == Path("out/a") and by_first["a_1.txt"].missing == (2,)
    assert by_first["alone_1.txt"].pages == (Path("in/alone_1.txt"),)    # one page: not a group
    assert by_first["lone.txt"].gap_notice() is None                    # a single page alone is just a report
    assert len(reports) == 5
    assert all(len(r.pages) == 1 for r in group_reports(pairs, glances, stitch=False))


def test_join_pages_drops_repeated_headers_and_rejoins_a_cut_sentence():
    long = "这是一段足够长的正文内容，用于判断页面的正文区域从哪里开始，到哪里结束。"
    page1 = ["某某网 欢迎访问", "标题(第1/2页)", "", long, "", "这一段在页面末尾被切断，后面的内容在下一", "页脚 版权所有"]
    page2 = ["某某网 欢迎访问", "标题(第2/2页)", "", "页继续。", "", long, "页脚 版权所有"]
    lines, removed = join_pages([page1, page2])
    assert len(lines) == len(page1) + len(page2)                       # line numbers are kept
    text = [line for line in lines if line]
    assert text.count("某某网 欢迎访问") == 1 and "标题(第2/2页)" not in text
    assert "这一段在页面末尾被切断，后面的内容在下一页继续。" in text
    assert text.count("页脚 版权所有") == 1
    assert {(r.text, r.reason) for r in removed} >= {("某某网 欢迎访问", REASON_PAGE_HEADER),
                                                     ("标题(第2/2页)", REASON_PAGE_HEADER)}
    assert all(lines[r.line - 1] == "" for r in removed)


def _reports_with(lines_per_report: list[list[str]]):
    glances, reports = {}, []
    for i, lines in enumerate(lines_per_report):
        p = Path(f"r{i}.txt")
        glances[p] = Glance(p, tuple(lines), (), True)
        reports.append(Report((p,), p.with_suffix("")))
    return reports, glances


@pytest.mark.parametrize("having, total, removed", [
    (2, 4, False),    # half, but fewer than 3 reports
    (3, 6, True),     # half and 3
    (3, 7, False),    # 3, but under half
    (7, 7, True),
])
def test_collection_boilerplate_threshold_is_half_and_at_least_three(having, total, removed):
    reports, glances = _reports_with([["站点横幅 欢迎"] if i < having else ["别的"] for i in range(total)])
    assert (("站点横幅 欢迎" in collection_boilerplate(reports, glances))) is removed


@pytest.mark.parametrize("line", ["各位代表：", "一、总体要求", "（二）主要任务", "第三章 附则", "2023年1月10日",
                                  "政府工作报告", "关于开展安全检查的通知", "舟山市定海区人民政府", "国务院办公厅"])
def test_structure_is_never_collection_boilerplate(line):
    assert looks_structural(line)
    reports, glances = _reports_with([[line] for _ in range(5)])
    assert collection_boilerplate(reports, glances) == frozenset()


@pytest.mark.parametrize("line", ["本资料仅供学习交流使用 转载请注明出处", "文似观山不喜平 — — 观山文库◆记住我,来上我~"])
def test_banners_are_not_structure(line):
    assert not looks_structural(line)


def test_collection_toml_gives_metadata_and_order(tmp_path):
    (tmp_path / "collection.toml").write_text('title = "汇编"\nauthor = "办公室"\ncover = "内部资料"\n'
                                              'order = ["b.txt", "c", "missing.txt"]\n', encoding="utf-8")
    info = load_collection_info(tmp_path, default_title="folder")
    assert (info.title, info.author, info.cover) == ("汇编", "办公室", "内部资料")
    reports = [Report((tmp_path / n,), Path(n).with_suffix("")) for n in ("a.txt", "b.txt", "c.txt")]
    ordered, warnings = order_reports(reports, info, tmp_path)
    assert [r.pages[0].name for r in ordered] == ["b.txt", "c.txt", "a.txt"]
    assert len(warnings) == 1 and "missing.txt" in warnings[0]
    assert load_collection_info(tmp_path / "nowhere", default_title="folder").title == "folder"


def test_collection_toml_with_an_unknown_key_is_refused(tmp_path):
    (tmp_path / "collection.toml").write_text('titel = "x"\n', encoding="utf-8")
    with pytest.raises(CollectionError, match="titel"):
        load_collection_info(tmp_path, default_title="x")


def test_manifest_knows_what_is_up_to_date(tmp_path):
    out = tmp_path / "out" / "a.json"
    out.parent.mkdir()
    out.write_text("{}")
    key = OutputKey("in", "opts", "0.1.0")
    with Manifest(tmp_path / "out") as m:
        assert not m.is_current(out, key)
        m.record(out, key, "a.txt")
        assert m.is_current(out, key)
        assert not m.is_current(out, OutputKey("in2", "opts", "0.1.0"))     # input changed
        assert not m.is_current(out, OutputKey("in", "opts2", "0.1.0"))     # options/style changed
        assert not m.is_current(out, OutputKey("in", "opts", "0.2.0"))      # another version
    with Manifest(tmp_path / "out") as m:                                   # persisted
        assert m.is_current(out, key)
        out.write_text('{"x": 1}')                                          # replaced by someone
        assert not m.is_current(out, key)
        out.unlink()
        assert not m.is_current(out, key)


def test_manifest_rehashes_a_file_changed_within_the_clock_resolution(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(b"one")
    with Manifest(tmp_path / "out") as m:
        first = m.input_hash(f)
        st = f.stat()
        f.write_bytes(b"two")                                   # same size …
        os.utime(f, ns=(st.st_atime_ns, st.st_mtime_ns))        # … and the same mtime
        assert m.input_hash(f) != first
        old = time.time_ns() - 3600 * 10**9
        os.utime(f, ns=(old, old))
        h = m.input_hash(f)
        assert m.input_hash(f) == h                             # now cached


def test_pdf_page_count_matches_pikepdf(tmp_path):
    pikepdf = pytest.importorskip("pikepdf")
    from batch_corpus import make_collection

    corpus = make_collection(tmp_path / "in", 7, broken=False, paragraphs=30)
    job = batch.Job((corpus.singles[0],), (("pdf", tmp_path / "a.pdf"),), label="a")
    result = batch.run_job(job, batch.ConvertOptions(formats=("pdf",)))
    assert result.ok, result.error
    with pikepdf.open(tmp_path / "a.pdf") as pdf:
        assert result.pages == len(pdf.pages) > 1


def test_pdf_fonts_are_registered_once_per_process_not_once_per_file(tmp_path, monkeypatch):
    from reportlab.pdfbase import pdfmetrics

    from batch_corpus import make_collection

    corpus = make_collection(tmp_path / "in", 8, broken=False)
    options = batch.ConvertOptions(formats=("pdf",))
    first = batch.run_job(batch.Job((corpus.singles[0],), (("pdf", tmp_path / "a.pdf"),), label="a"), options)
    assert first.ok, first.error
    calls = []
    real = pdfmetrics.registerFont
    monkeypatch.setattr(pdfmetrics, "registerFont", lambda font: (calls.append(font), real(font)))
    for i, f in enumerate(corpus.singles[1:3]):
        result = batch.run_job(batch.Job((f,), (("pdf", tmp_path / f"{i}.pdf"),), label=str(f)), options)
        assert result.ok, result.error
    assert calls == []


def crash_on_label(job, options):
    """Stands in for run_job in forked pool workers: the 'crash' job kills its worker."""
    if job.label == "crash":
        os._exit(3)
    return batch.JobResult(job, written=[], pid=os.getpid())


def test_a_worker_that_dies_fails_only_its_file(monkeypatch):
    import multiprocessing

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the stand-in reaches the workers only when they are forked")
    monkeypatch.setattr(executors, "run_job", crash_on_label)
    jobs = [batch.Job((Path(f"{name}.txt"),), (), label=name) for name in ("a", "crash", "b", "c", "d")]
    results = {r.job.label: r for r in batch.run(jobs, batch.ConvertOptions(formats=("json",)), workers=2)}
    assert set(results) == {"a", "crash", "b", "c", "d"}
    assert "died" in results["crash"].error
    assert all(results[n].ok for n in "abcd")


def test_a_bug_on_one_file_fails_that_file_and_the_batch_goes_on(tmp_path, monkeypatch):
    from batch_corpus import make_collection

    corpus = make_collection(tmp_path / "in", 8, broken=False)
    real = batch.read_report

    def buggy(report, job, options, seen=None):
        if report.pages[0] == corpus.singles[0]:
            raise ValueError("a bug")
        return real(report, job, options, seen)

    monkeypatch.setattr(conversion, "read_report", buggy)
    jobs = [batch.Job((f,), (("json", tmp_path / "out" / f"{i}.json"),), label=str(f))
            for i, f in enumerate(corpus.singles)]
    results = list(batch.run(jobs, batch.ConvertOptions(formats=("json",)), workers=1))
    assert "internal error: ValueError: a bug" in results[0].error and "ValueError" in results[0].traceback
    assert all(r.ok for r in results[1:]) and len(results) == len(corpus.singles)


def test_planning_a_rerun_reads_only_the_files_that_changed(tmp_path, monkeypatch):
    from batch_corpus import make_collection

    corpus = make_collection(tmp_path / "in", 12, broken=False)
    options = batch.ConvertOptions(formats=("json",))
    out = tmp_path / "out"
    first, _ = batch.plan([str(tmp_path / "in")], str(out), options, manifest_dir=out)
    old = time.time_ns() - 3600 * 10**9          # out of the racy window, as a file not touched lately
    for p in corpus.files:
        os.utime(p, ns=(old, old))
    batch.plan([str(tmp_path / "in")], str(out), options, manifest_dir=out)   # caches with the old mtimes
    read = []
    real = planning.glance
    monkeypatch.setattr(planning, "glance", lambda p: (read.append(p), real(p))[1])
    again, _ = batch.plan([str(tmp_path / "in")], str(out), options, manifest_dir=out)
    assert read == []
    assert [(j.inputs, j.reports) for j in again] == [(j.inputs, j.reports) for j in first]
    corpus.singles[0].write_text(corpus.singles[0].read_text("utf-8") + "\n补充。\n", "utf-8")
    batch.plan([str(tmp_path / "in")], str(out), options, manifest_dir=out)
    assert read == [corpus.singles[0]]


def test_files_named_like_pages_of_separate_documents_are_not_stitched():
    pairs, glances = _glances({
        # two years' reports, not pages 2023 and 2024
        "工作报告_2023.txt": ["2023年工作报告"], "工作报告_2024.txt": ["2024年工作报告"],
        # a scraper's running ids, zero-padded
        "doc_001.txt": ["关于加强安全生产工作的通知"], "doc_002.txt": ["关于做好防汛工作的通知"],
        # two pages each opening with a headline of its own
        "news_1.txt": ["中法经贸合作广度深度不断拓展_搜狐"], "news_2.txt": ["悲壮！布伦森遭遇左手骨折_搜狐"],
        # one article's pages: the same page title, its counter aside — stitched
        "article_1.txt": ["某某市召开全市工作会议_某某网"], "article_2.txt": ["某某市召开全市工作会议(2)_某某网"],
    })
    reports = group_reports(pairs, glances, stitch=True)
    assert sorted(len(r.pages) for r in reports) == [1, 1, 1, 1, 1, 1, 2]
    stitched = next(r for r in reports if len(r.pages) == 2)
    assert [p.name for p in stitched.pages] == ["article_1.txt", "article_2.txt"]
