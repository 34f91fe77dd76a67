"""What the PDF and DOCX front matter of a merged collection share: the contents
page's heading and how far down the title page the collection's title starts."""

from __future__ import annotations

#: The heading of the contents page (two characters spaced by a full-width space, as
#: Chinese books print it).
CONTENTS_TITLE = {"zh-Hans": "目　录", "zh-Hant": "目　錄"}
#: Grid lines left blank above the collection's title on the title page.
TITLE_DROP_LINES = 5


def contents_title(language: str) -> str:
    """目　录, or 目　錄 for a Traditional collection (the model tags it zh-Hant…)."""
    return CONTENTS_TITLE["zh-Hant" if language.lower().startswith("zh-hant") else "zh-Hans"]
