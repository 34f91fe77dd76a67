"""Rules of the corpus's round 141 (issue 12, session 23): batch 103's first half (Hugo blogs in
categories/游记, gathered this session).
- 上一级 / 返回上一级 alone on a line: the link up to the post's section, the site's.
- A line over a lone → at the text's seeming end is the next post's title, no line of the text
  (城市：地图，旅行和城市的本质 / →).
Groups nobody looked at: unchanged. Left: zhuoxilife.github.io's photo captions between its
paragraphs (一幸舍拉面店外排队的人 / 自动售面机), taken for subheads: seven of them, set as headings.
Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import corpus_page, kept_texts, reason_at


def test_up_one_level_is_the_sites_link():
    from convert.reader.boilerplate import match_rule
    assert match_rule("上一级", "footer") is not None and match_rule("返回上一级", "footer") is not None
    assert match_rule("上一级领导批准后执行", "body") is None
    doc = corpus_page("imroots.github.io")   # … / 古月映水桃瓣渡，心幽情愫芳草旁。 / 上一级 / © / 王上下
    assert reason_at(doc, 10) and kept_texts(doc)[-1].endswith("心幽情愫芳草旁。")


def test_the_title_over_a_lone_arrow_is_the_next_posts():
    # longyintheworld.github.io/001: … / 从那年意气用事到如今，… / 城市：地图，旅行和城市的本质 / → / © / 龙吟
    doc = corpus_page("longyintheworld.github.io")
    assert reason_at(doc, 30) and reason_at(doc, 31)
    assert reason_at(doc, 29) == ""


def test_guard_an_arrow_inside_the_text_stays():
    # thezeroman.github.io/001: … / “域名管理” / → / “HPPTS 配置” / …: a path through a console's menus, in the text
    doc = corpus_page("thezeroman.github.io")
    assert all(reason_at(doc, line) == "" for line in (54, 55, 56))
