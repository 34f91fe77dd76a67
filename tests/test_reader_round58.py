"""Rules of the corpus's round 58 (issue 12, session 11: batch 25's last unseen page —
xelz's blog, xelz.info, a long technical post whose code blocks carry line-number
gutters). Each test fails on the reader before the round."""

from __future__ import annotations

from reader_pages import PROSE, corpus_page, kept_texts, read_page, removed_lines


def test_the_text_runs_on_under_its_section_headings():
    # xelz.info/001: the first paragraph, the author's 导航 box, then 0x01 签名的作用 over the
    # next paragraph: the heading ends no wall of short lines — the post goes on
    removed = removed_lines(corpus_page("xelz.info"))
    assert not {25, 26, 28, 30} & removed


def test_a_code_block_with_its_gutter_is_inside_the_text():
    # xelz.info/001: 1 / 2 / … / 30, then the shell session ($ / openssl pkcs12 … / 导出p12文件中的密钥),
    # and the post's prose after it
    removed = removed_lines(corpus_page("xelz.info"))
    assert not {324, 325, 1023, 1037} & removed


def test_guard_a_gutter_and_its_listing_between_paragraphs():
    session = ["$", "openssl pkcs12 -in JustForTesting.p12 -out key.pem -nocerts", "导出p12文件中的密钥",
               "Enter Import Password:", "输入p12文件的密码", "MAC verified OK", "Enter PEM pass phrase:",
               "设定导出的密钥文件的密码", "Verifying - Enter PEM pass phrase:", "再次输入密码", "$", "cat key.pem",
               "-----BEGIN ENCRYPTED PRIVATE KEY-----", "MIIFDjBABgkqhkiG9w0BBQ0wMzAbBgkqhkiG9w0BBQwwDgQI",
               "-----END ENCRYPTED PRIVATE KEY-----"]
    listing = [str(n) for n in range(1, 13)] + session
    doc = read_page("长文：细说代码签名 - 某人的博客", "首页", "归档", "长文：细说代码签名", PROSE,
                    *listing, "这样就得到了加密的私钥文件，之后可以用它签名任意数据，再用证书里的公钥验证签名的合法性。",
                    "版权所有 © 2019 某人的博客")
    kept = kept_texts(doc)
    assert "输入p12文件的密码" in kept
    assert any(text.startswith("这样就得到了加密的私钥文件") for text in kept)
