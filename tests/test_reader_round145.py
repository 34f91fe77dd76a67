"""Rules of round 145 (issue 12, session 23), from a looked-at page (kkzhilu.github.io, whose CSS
listing over its first paragraph goes as widgets): no new sample was flipped.
- Between the headline and the text, a run of lines without hanzi that is a program listing split
  one token a line (.gray / { / -webkit- / filter / : / grayscale / ( / …: words of code, and the
  brackets and operators between them — twenty lines or more once its pieces are rejoined) is the
  post's first listing, not widget debris.
Groups nobody looked at: fresh-80 heading F1 0.633 → 0.816, false headings 5.0 → 0.6 a document,
content 0.911 → 0.992; fresh-99 content 0.888 → 0.984; fresh-52 content 0.881 → 0.932. Looked at:
ericrzhu.com content 0.841 → 0.980. kkzhilu.github.io itself is not fixed: rejoined, its listing
is shorter than the run this rule asks for.
Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, read_page, reason_at

_TOKENS = ["filter", ":", "grayscale", "(", "100%", ")", ";", "}"] * 6


def _page(listing: list[str]):
    return read_page("灰色主题 | 某某的博客", "某某的博客", "首页", "归档", "灰色主题", "2023-02-06", "247 字", "CSS",
                     "这一天，所有网站都变成了灰色，做法如下：", ".gray", "{", *listing, "对body元素增加样式即可。",
                     PROSE, PROSE, PROSE)


def test_a_listing_one_token_a_line_over_the_text_is_no_widget():
    doc = _page(_TOKENS)
    assert not any(reason_at(doc, line) for line in range(10, 12 + len(_TOKENS)))


def test_guard_a_players_controls_over_the_text_still_go():
    # a video player's controls, a word or a time a line, three times over: no listing — too few words
    # of code and brackets among them
    controls = ["Play Video", "0:00", "/", "3:21", "Mute", "Fullscreen", "CC", "1x", "HD", "Share"] * 3
    doc = read_page("灰色主题 | 某某的博客", "灰色主题", "2023-02-06", *controls, PROSE, PROSE, PROSE)
    assert all(reason_at(doc, line) for line in range(4, 4 + len(controls)))
