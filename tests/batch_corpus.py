"""A generated collection of scraped reports, for the batch tests and bench/bench_batch.py.

``make_collection(folder, n)`` writes ``n`` files shaped like the seed (a page scraped
from a site): a site banner and a footer that the reader's own rules do not know
(only the cross-file rule can remove them), a title, the salutation 各位委员： that every
report shares (structure: it must survive the cross-file rule), numbered headings and
paragraphs. Among them:

- ``2023/常委会工作报告_p1.txt`` … ``_p3.txt``: one article as three pages titled
  "区政协常务委员会工作报告(第N/3页)", with a paragraph cut by each page break;
- ``speech_1.txt``, ``speech_3.txt``: one speech in pages named ``name_N`` (page 2 missing);
- ``broken.txt``: binary bytes, when ``broken=True``.

Every report body carries a unique marker "标记〔K〕" so tests can find text exactly.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

BANNER = "定海两会资料汇编 内部学习参考"
FOOTER = "本资料仅供学习交流使用 转载请注明出处"
SALUTATION = "各位委员："

_PHRASES = (
    "坚持以习近平新时代中国特色社会主义思想为指导", "全面贯彻党的二十大精神", "紧紧围绕全区中心工作",
    "认真履行政治协商、民主监督、参政议政职能", "聚焦群众急难愁盼问题", "推动各项政策措施落地见效",
    "广泛凝聚共识", "加强委员队伍建设", "深化民主监督", "扎实推进委员工作室建设", "助推高质量发展",
    "精心选择协商议题", "增强协商的针对性和实效性", "发挥专门委员会的基础作用", "健全完善各项规章制度",
)
_NUMERALS = "一二三四五六七八九十"


@dataclass
class Collection:
    folder: Path
    singles: list[Path] = field(default_factory=list)        # one-file reports
    paged: list[Path] = field(default_factory=list)          # the three (第N/3页) pages, in order
    speech: list[Path] = field(default_factory=list)         # speech_1, speech_3
    broken: Path | None = None

    @property
    def files(self) -> list[Path]:
        return self.singles + self.paged + self.speech + ([self.broken] if self.broken else [])


def _paragraph(rng: random.Random, marker: str, sentences: int = 3) -> str:
    parts = []
    for _ in range(sentences):
        parts.append("，".join(rng.sample(_PHRASES, 3)) + "。")
    return marker + "".join(parts)


def report_text(k: int, paragraphs: int = 6, rng: random.Random | None = None) -> str:
    """One single-page report: banner, title, date, salutation, headings, body, footer."""
    rng = rng or random.Random(k)
    lines = [BANNER, "", f"关于第{k}项重点工作的报告", "", f"（2023年1月{(k % 28) + 1}日）", "", SALUTATION, ""]
    headings = min(len(_NUMERALS), max(1, paragraphs // 3))
    for h in range(headings):
        lines += [f"{_NUMERALS[h]}、第{k}号报告的第{h + 1}部分", ""]
        for p in range(max(1, paragraphs // headings)):
            lines += [_paragraph(rng, f"标记〔{k}-{h}-{p}〕"), ""]
    lines += [FOOTER, "", "微信扫码分享"]
    return "\n".join(lines) + "\n"


def paged_texts() -> list[str]:
    """Three pages of one article; each page break cuts a sentence in two."""
    title = "区政协常务委员会工作报告"
    head = lambda n: [BANNER, "", f"{title}(第{n}/3页)", "", "admin 分享 时间: 加入收藏 共计9000个字,预计阅读时长30分钟", ""]
    foot = ["", FOOTER, "", "微信扫码分享"]
    rng = random.Random(99)
    p1 = head(1) + [SALUTATION, "", "一、页面一的标题", "", _paragraph(rng, "标记〔页1〕"), "",
                    "标记〔跨页1〕推动解决实际"] + foot
    p2 = head(2) + ["问题156个，办结率达百分之百。", "", "二、页面二的标题", "", _paragraph(rng, "标记〔页2〕"), "",
                    "标记〔跨页2〕持续加强机关自身"] + foot
    p3 = head(3) + ["建设，严格落实主体责任。", "", "三、页面三的标题", "", _paragraph(rng, "标记〔页3〕"), ""] + foot
    return ["\n".join(p) + "\n" for p in (p1, p2, p3)]


def speech_texts() -> list[str]:
    rng = random.Random(7)
    first = [BANNER, "", "在全区工作会议上的讲话", "", SALUTATION, "", "一、讲话第一部分", "",
             _paragraph(rng, "标记〔讲1〕"), "", FOOTER]
    third = ["三、讲话第三部分", "", _paragraph(rng, "标记〔讲3〕"), "", FOOTER]
    return ["\n".join(first) + "\n", "\n".join(third) + "\n"]


def make_collection(folder: Path, n: int = 30, *, broken: bool = True, paragraphs: int = 6) -> Collection:
    """Write ``n`` files (singles + 3 pages + 2 speech pages + the broken file)."""
    folder.mkdir(parents=True, exist_ok=True)
    c = Collection(folder)
    extra = 3 + 2 + (1 if broken else 0)
    for k in range(1, n - extra + 1):
        sub = folder / ("2022" if k % 3 == 0 else "2023" if k % 3 == 1 else "")
        sub.mkdir(parents=True, exist_ok=True)
        p = sub / f"第{k}篇.txt"
        p.write_text(report_text(k, paragraphs), encoding="utf-8")
        c.singles.append(p)
    (folder / "2023").mkdir(exist_ok=True)
    for i, text in enumerate(paged_texts(), 1):
        p = folder / "2023" / f"常委会工作报告_p{i}.txt"
        p.write_text(text, encoding="utf-8")
        c.paged.append(p)
    for n_page, text in zip((1, 3), speech_texts()):
        p = folder / f"speech_{n_page}.txt"
        p.write_text(text, encoding="utf-8")
        c.speech.append(p)
    if broken:
        c.broken = folder / "broken.txt"
        c.broken.write_bytes(bytes(range(256)) * 8)
    return c
