"""Rules of the corpus's round 60 (issue 12, session 11: batch 27's last unseen page —
數位時代 www.bnext.com.tw, a news page that loads its next article under the one asked
for). Each test fails on the reader before the round."""

from __future__ import annotations

from reader_pages import corpus_page, removed_lines


def test_the_article_above_its_editors_line_is_the_text():
    # www.bnext.com.tw/001: the article 75-109, 延伸閱讀 / 責任編輯：林美欣 / 關鍵字, then the next
    # (sponsored) article 150-189, longer: the text is the first
    removed = removed_lines(corpus_page("www.bnext.com.tw"))
    assert not set(range(75, 78)) & removed and not set(range(106, 110)) & removed
    assert set(range(150, 190)) <= removed


def test_the_next_article_under_an_editors_line():
    first = ["超微於今年6月的台北國際電腦展發表新一代處理器，算力較上一代提升近一倍，並獲多家筆電品牌採用，首批機種將於明年第一季上市。",
             "在商務場景中，最常使用的軟體莫過於生產力工具，超微表示已和主要軟體供應商深入合作優化，讓常用的辦公軟體都能用上新的加速功能。",
             "儘管今年被視為元年，不過業界普遍認為，最快明後年換機潮才會發酵，企業採購仍在觀望之中，多數仍在等待新版作業系統。",
             "資安防護也是企業使用情境的重要一環，新平台提供基於硬體的安全機制與遠端管理功能。",
             "研究機構指出，由於經濟復甦和作業系統更新週期到來，商用電腦需求在明年將保持強勁。",
             "華碩則預估，相關機種在兩年內出貨占比將顯著上升，預計成為筆電市場成長的主要動力來源。"]
    second = [f"第{n}段：另一篇文章的內容在這裡展開，說明新款顯示器的規格、價格與上市時間，以及廠商對市場的看法和預期。"
              for n in range(1, 9)]
    texts = ["換機潮要來了嗎？業者怎麼看|某某科技網", "首頁", "新聞", "新晶片發表，換機潮何時來？", *first,
             "責任編輯：林美欣", "關鍵字：", "＃筆電", "＃處理器", "2024.09.30", "|", "數位轉型", "顯示器新品上市", *second,
             "© 某某科技網 版權所有"]
    from convert.reader.region import main_region
    region = main_region(texts)
    assert (region.start, region.stop) == (4, 4 + len(first))
