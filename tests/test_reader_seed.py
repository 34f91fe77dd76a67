"""The seed report: exact title, headings, lead-ins and removed lines."""

from __future__ import annotations

from convert.model import Heading, Paragraph, Strong, plain_text
from convert.reader import ReadOptions, read

from conftest import SEED


def _doc():
    return read(SEED.read_bytes(), ReadOptions(filename=SEED.name))


def test_seed_title_is_the_report_not_the_page_title():
    assert _doc().meta.title == "区2023年人大、政协常务委员会工作报告"


def test_seed_headings():
    heads = [(b.level, b.label, plain_text(b)) for b in _doc().blocks if isinstance(b, Heading)]
    assert heads == [
        (1, "一、", "坚持党的领导，全面巩固共同思想政治基础"),
        (1, "二、", "强化责任担当，自觉服务全区改革发展大局"),
    ]


def test_seed_lead_ins_are_strong():
    leads = [plain_text(b.content[0]) for b in _doc().blocks
             if isinstance(b, Paragraph) and b.content and isinstance(b.content[0], Strong)]
    assert leads == [
        "深入学习中共二十大精神。",
        "坚持党的全面领导。",
        "广泛凝聚共识。",
        "在助推产业发展上积极献计。",
        "在提升城乡品质上久久为功。",
        "在改善社会治理上务实作为。",
    ]


def test_seed_boilerplate_removed_and_listed():
    doc = _doc()
    removed = {r.text: r.reason for r in doc.meta.removed}
    for line in ("文似观山不喜平 — — 观山文库◆记住我,来上我~",
                 "admin 分享 时间: 加入收藏 共计176312个字,预计阅读时长588分钟",
                 "221381", "领取福利", "微信扫码领取福利", "微信扫码分享", "-17篇(第62/65页)"):
        assert line in removed, line
    text = plain_text(doc)
    for gone in ("观山文库", "加入收藏", "221381", "领取福利", "微信扫码", "第62/65页"):
        assert gone not in text


def test_seed_punctuation_full_width_in_chinese_context():
    text = plain_text(_doc())
    assert "," not in text and '"' not in text and "(" not in text
    assert "“喜迎二十大·同心跟党走”" in text
    assert "党组（扩大）会议" in text


def test_seed_keeps_every_other_character_in_order():
    doc = _doc()
    body = doc.meta.title + "".join(
        (b.label if isinstance(b, Heading) else "") + plain_text(b) for b in doc.blocks)
    first = "2022年是七届区政协的开局之年。七届一次会议以来，新一届政协整装集结"
    assert first in body
    # every paragraph of the source (normalised) is in the model, in order
    pos = 0
    from convert.reader.punctuation import normalize
    for raw in SEED.read_text("utf-8").split("\n"):
        raw = raw.strip()
        if len(raw) < 20 or raw.startswith(("文似", "admin", "区2023")):
            continue
        found = body.find(normalize(raw), pos)
        assert found >= 0, raw[:30]
        pos = found


def test_seed_reading_reports_encoding_and_punctuation_changes():
    from convert.reader import read_detailed

    r = read_detailed(SEED.read_bytes(), ReadOptions(filename=SEED.name))
    counts = dict(r.punctuation)
    assert r.encoding == "utf-8" and r.replaced_bytes == 0
    assert counts[","] > 50 and counts['""'] >= 10 and counts["()"] >= 3
    raw = read(SEED.read_bytes(), ReadOptions(filename=SEED.name, normalize=False))
    assert "," in plain_text(raw) and '"' in plain_text(raw)


def test_seed_keep_boilerplate_keeps_everything():
    doc = read(SEED.read_bytes(), ReadOptions(filename=SEED.name, keep_boilerplate=True))
    assert doc.meta.removed == ()
    text = doc.meta.title + plain_text(doc)
    for line in ("观山文库", "加入收藏", "221381", "微信扫码分享", "第62/65页"):
        assert line in text
