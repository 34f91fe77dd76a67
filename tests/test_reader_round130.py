"""Rules of the corpus's round 130 (issue 12, session 21): batch 98's first half (Hugo blogs filed
under 随想, gathered this session).
- A blog's contents box between the title and the text (2021一览 / … / 目录 / 坏习惯 / 好念头 / 坏习惯 /
  这是上半年某天的记录，…), or over the title under its own label (文章目录 / 大势所趋), names the text's
  first section: where its copy stands, the text begins. Not a copy of the whole box (目录 /
  利用C++发声功能奏响东方红 / 十二平均律 / …, a sidebar's contents again), nor a box that opens with the
  post's title (Table of Contents / 我看LK-99 / 我看LK-99).
- That box goes as the article's contents box — its label and its entries, each a section's title
  again below — and tells the sections for the headings; an opening between the box and its
  first section stays (最近chatGPT和openai的GPT-4大火，…).
- A headline longer than the title finder takes (80 characters) is the title when it sets the
  page's <title> again whole (Mac OS Node.js gpy 报错：No receipt for '…' found at '/').
- Round 129's listings past the text's end: the lines between two listings count as a wall only
  when they do not read as code themselves (@ / echo / off / setlocal / C:), and the text ends on
  a listing's last line of code, not on the Latin words of a footer's menu its run took in
  (About / Blog / News).
Groups nobody looked at gained (heading F1: fresh-58 0.696 → 0.966, fresh-79 0.645 → 0.727,
fresh-84 0.526 → 0.667; boilerplate: fresh-58 0.654 → 0.736, fresh-91 0.836 → 0.871, round 129's
cost in fresh-60 and fresh-84 back; content: fresh-85 0.792 → 0.986 on one page) and lost on one:
mybigdaxin.github.io (fresh-91) now removes its contents box, whose lines it kept before, and the
text then ends at its seeming end — an accident of the old reading that ran it on to the sections
the box names below (content 1.000 → 0.808). eimy.ink keeps a tag (算法) under the title.
Left: whzzz467.github.io's one-line post under its header; zhi.moe's unlabelled contents box.
Each test but the guards fails on the reader before the round."""

from __future__ import annotations

from reader_pages import corpus_page, headings, reason_at


def test_a_blog_box_between_title_and_text_tells_the_first_section():
    # n13eho.github.io/001: 2021一览 / … / 次阅读 / 目录 / 坏习惯 / 好念头 / 坏习惯 / 这是上半年某天的记录，…
    doc = corpus_page("n13eho.github.io")
    assert headings(doc) == [(1, "", "坏习惯"), (1, "", "好念头")]
    assert reason_at(doc, 22) == reason_at(doc, 23) == "the article's contents box (its entries are the sections below)"


def test_a_labelled_box_over_the_title_tells_the_first_section():
    # comisusien.github.io/001: 文章目录 / 大势所趋 / 第一篇文章 / 2021年5月4日 / | / 随想 / 文章目录 / 大势所趋 / 国内…
    doc = corpus_page("comisusien.github.io")
    assert not reason_at(doc, 11)


def test_a_headline_too_long_for_the_finder_set_again_from_the_title():
    doc = corpus_page("blog.gkzhb.top")
    assert doc.meta.title == "Mac OS Node.js gpy 报错：No receipt for 'com.apple.pkg.CLTools_Executables' found at '/'"


def test_code_between_listings_is_no_wall():
    # zhi.moe/001: … / 设置开机自动执行网卡映射命令，将上面的 sshd.bat 文件改成如下： / rem sshd.bat / @ / echo /
    # off / setlocal / C: / \Windows\System32\bash.exe / …
    doc = corpus_page("zhi.moe")
    assert not any(reason_at(doc, line) for line in range(119, 146))


def test_guard_a_sidebars_copy_of_the_whole_box_is_no_section():
    # lav2.top/001: the navigation's contents (目录 / 利用C++发声功能奏响东方红 / …), then the page's box again
    # (its first lines, 目录 … 给道题目喵~, stay, as before the round: a title-like run the header keeps)
    doc = corpus_page("lav2.top")
    assert all(reason_at(doc, line) for line in range(126, 135))


def test_guard_a_box_that_opens_with_the_title_names_no_section():
    # ds63.eu.org/001: Table of Contents / 我看LK-99 / 我看LK-99 / ¶ / 自 / …
    doc = corpus_page("ds63.eu.org")
    assert reason_at(doc, 12)


def test_the_box_goes_and_the_opening_under_it_stays():
    # nuoyang.tech/001: 目录 / 第一个话题BaaS / 第二个话题 FaaS / 最近chatGPT和openai的GPT-4大火，… / … / 第一个话题BaaS
    doc = corpus_page("nuoyang.tech")
    assert reason_at(doc, 29) and reason_at(doc, 30)
    assert not any(reason_at(doc, line) for line in (31, 32, 36, 37))


def test_guard_a_footers_menu_closing_a_listings_run_goes():
    # steven2007yhq.github.io/001: … / the last listing / About / Blog / News / Prose / Contact
    doc = corpus_page("steven2007yhq.github.io")
    assert all(reason_at(doc, line) for line in range(231, 236))
