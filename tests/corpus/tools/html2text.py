"""The corpus's one HTML → text extraction: what a naive scraper does.

    python tests/corpus/tools/html2text.py page.html [--encoding gb18030] > doc.txt

Every text node of the page — the <title> first, then <body> in document order — is
stripped and written on its own line; empty ones are dropped; <script>, <style>,
<noscript> and <template> are skipped, and comments are not text. This is what
``BeautifulSoup(html).get_text("\\n", strip=True)`` gives, the extraction most scraped
corpora were made with, so a font-size switcher comes out as 【 大 中 小 】 on five lines
and a menu as one item per line. It is deliberately not clever: the corpus measures
the reader on what scrapers really produce.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import lxml.html

SKIPPED = {"script", "style", "noscript", "template"}


def page_text(html: bytes, encoding: str | None = None) -> str:
    """The page as str: the given encoding, else its <meta charset>, else UTF-8, else GB18030."""
    if encoding is None:
        declared = re.search(rb"charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", html[:4096])
        encoding = declared.group(1).decode("ascii") if declared else None
    if encoding is None:
        try:
            return html.decode("utf-8")
        except UnicodeDecodeError:
            encoding = "gb18030"
    if encoding.lower().replace("-", "") in ("gb2312", "gbk"):
        encoding = "gb18030"   # pages that say gb2312 use GBK/GB18030 characters
    return html.decode(encoding, errors="replace")


def text_lines(html: bytes | str, encoding: str | None = None) -> list[str]:
    if isinstance(html, bytes):
        html = page_text(html, encoding)
    html = re.sub(r"^\s*<\?xml[^>]*>", "", html)   # lxml refuses str with an encoding declaration
    parser = lxml.html.HTMLParser(remove_comments=True)
    root = lxml.html.document_fromstring(html, parser=parser)
    lines: list[str] = []

    def add(text: str | None) -> None:
        if text and text.strip():
            lines.append(text.strip())

    for title in root.iter("title"):
        add(title.text_content())
    body = root.find("body")
    if body is None:
        body = root

    def walk(element) -> None:
        if not isinstance(element.tag, str) or element.tag.lower() in SKIPPED:
            return
        add(element.text)
        for child in element:
            walk(child)
            add(child.tail)

    walk(body)
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("html", type=Path)
    parser.add_argument("--encoding", help="the page's encoding, when its <meta> does not say")
    args = parser.parse_args()
    sys.setrecursionlimit(10000)
    sys.stdout.write("\n".join(text_lines(args.html.read_bytes(), args.encoding)) + "\n")


if __name__ == "__main__":
    main()
