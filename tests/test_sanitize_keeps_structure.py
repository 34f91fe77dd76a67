"""The sanitizer rewrites only text: a run-in heading stays run-in, and every block keeps
the source lines it came from (they drive --debug and the web page's line links)."""

from __future__ import annotations

from convert.model import Document, Heading, List, Meta, Paragraph, Table, Text
from convert.transform.sanitize import sanitize_document


def test_a_forbidden_character_changes_only_the_text():
    bad = "\ufffe"   # a noncharacter: no XML may carry it
    doc = Document(Meta(title="标题"), (
        Heading(2, "（三）", (Text("强化宣传" + bad + "引导"),), lines=(4, 4), run_in=True),
        Paragraph((Text("各地要" + bad + "加强。"),), "body", lines=(4, 5)),
        List(True, ((Paragraph((Text("一项"),), "body", lines=(6, 6)),),), lines=(6, 6)),
        Table((((Text("甲"),), (Text("乙" + bad),)),), header_rows=1, lines=(7, 8)),
    ))
    clean, counts = sanitize_document(doc)
    heading, paragraph, items, table = clean.blocks
    assert heading.run_in is True and heading.lines == (4, 4) and heading.content == (Text("强化宣传引导"),)
    assert paragraph.lines == (4, 5) and paragraph.content == (Text("各地要加强。"),)
    assert items.lines == (6, 6) and items.items[0][0].lines == (6, 6)
    assert table.lines == (7, 8) and table.header_rows == 1 and table.rows[0][1] == (Text("乙"),)
    assert sum(counts.values()) == 3
