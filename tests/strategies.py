"""Hypothesis strategies: hostile text, plausible-but-nasty reports, and the model itself.

- ``nasty_chars`` — single characters (or short sequences) that break naive writers:
  C0/C1 controls, lone surrogates (as ``surrogateescape`` makes them), U+FFFE/U+FFFF,
  bidi controls, emoji and ZWJ sequences, CJK Extension B–G, combining marks, XML and
  reportlab markup (``<``, ``&``, ``]]>``, ``<b>``), full-width space, NBSP.
- ``report_texts`` — text shaped like the reports convert reads (a title, numbered
  headings, paragraphs, lead-ins), with nasty characters and very long words mixed in.
- ``report_bytes`` — the same, as the bytes of a file: UTF-8, GB18030, UTF-16 with BOM,
  or UTF-8 with stray invalid bytes.
- ``documents`` — any ``Document`` that ``Document.from_json`` accepts: unknown roles,
  deep heading levels, ragged tables, header_rows beyond the table, nested parts,
  empty everything.
"""

from __future__ import annotations

from hypothesis import strategies as st

from convert.model import (PARAGRAPH_ROLES, Document, Emphasis, Heading, LineBreak, List, Meta, Notice,
                           Paragraph, Part, Removed, Strong, Table, Text)

# --------------------------------------------------------------------------- characters

C0_CONTROLS = [chr(c) for c in range(0x20) if c not in (0x09, 0x0A)]
C1_CONTROLS = ["\x7f", "\x80", "\x85", "\x9f"]
LONE_SURROGATES = ["\ud800", "\udbff", "\udc80", "\udcff", "\udfff"]   # \udc80–\udcff: surrogateescape
NONCHARACTERS = ["\ufffe", "\uffff", "\ufdd0", "\U0001fffe", "\U0010ffff"]
BIDI_CONTROLS = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
                 "\u200e", "\u200f", "\u061c"]
EMOJI = ["😀", "👍🏽", "👨‍👩‍👧", "🇨🇳", "❤️", "🧧", "1️⃣"]
CJK_EXTENSIONS = ["\U00020000", "\U0002a6d6",   # B
                  "\U0002a700",                 # C
                  "\U0002b740",                 # D
                  "\U0002b820",                 # E
                  "\U0002ceb0",                 # F
                  "\U00030000", "\U0003134a"]   # G
COMBINING = ["e\u0301", "\u0301", "a\u0308\u0323", "\u20dd", "\u3099", "字\ufe00"]
MARKUP = ["<", ">", "&", "&amp;", "]]>", "<b>", "</para>", "<font name='x'>", '"', "'", "<![CDATA[",
          "<?xml", "<!--", "&#0;", "\\", "%", "$(", "{", "}"]
SPACES = ["\u3000", "\u00a0", "\t", " ", "\u200b", "\u2028", "\u2029", "\r", "\ufeff"]
PUNCTUATION = list("，。、；：？！“”‘’「」『』（）《》〈〉【】—…·") + ["——", "……"]
NASTY = (C0_CONTROLS + C1_CONTROLS + LONE_SURROGATES + NONCHARACTERS + BIDI_CONTROLS + EMOJI
         + CJK_EXTENSIONS + COMBINING + MARKUP + SPACES)

COMMON_HANZI = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵障迷"

HEADING_LABELS = ["一、", "二、", "十二、", "（一）", "(二)", "1.", "12．", "（1）", "①", "第一章", "第二节", "第三条",
                  "第一部分", "附件：", "附件1", "一是", "首先，"]


def nasty_chars() -> st.SearchStrategy[str]:
    return st.sampled_from(NASTY)


def hanzi(min_size: int = 0, max_size: int = 30) -> st.SearchStrategy[str]:
    return st.text(st.sampled_from(COMMON_HANZI), min_size=min_size, max_size=max_size)


def long_words(longest: int = 4000) -> st.SearchStrategy[str]:
    """A 'word' with no break opportunity: a URL, a hash, a run of one character (up to
    ``longest`` characters)."""
    return st.one_of(
        st.builds(lambda n: "https://www.gov.cn/" + "a" * n + ".htm", st.integers(100, min(3000, longest))),
        st.builds(lambda c, n: c * n, st.sampled_from(["a", "0", "字", "—", "😀", "\U00020000", "<&"]),
                  st.integers(100, longest)),
        st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7e), min_size=80, max_size=600),
    )


def fragments() -> st.SearchStrategy[str]:
    """Pieces a line is built from: mostly Chinese, with everything nasty mixed in."""
    return st.one_of(
        hanzi(1, 40),
        hanzi(1, 40),
        st.sampled_from(PUNCTUATION),
        nasty_chars(),
        st.text(st.characters(codec="utf-8"), max_size=8),          # any valid character
        st.text(st.characters(min_codepoint=0, max_codepoint=0x10ffff), max_size=4),  # surrogates too
        st.integers(0, 10**12).map(str),
    )


def lines() -> st.SearchStrategy[str]:
    plain = st.lists(fragments(), min_size=1, max_size=12).map("".join)
    heading = st.builds(lambda label, body: label + body, st.sampled_from(HEADING_LABELS), plain)
    lead_in = st.builds(lambda a, b: a + "。" + b, hanzi(2, 20), plain)
    return st.one_of(plain, plain, heading, lead_in, long_words(), st.just(""), st.sampled_from(SPACES))


def report_texts(max_lines: int = 25) -> st.SearchStrategy[str]:
    """A whole input text: a title, an optional 各单位： salutation, then lines."""
    return st.builds(
        lambda title, body, sep: title + sep + sep.join(body),
        st.one_of(hanzi(2, 30), lines()),
        st.lists(lines(), min_size=0, max_size=max_lines),
        st.sampled_from(["\n", "\n\n", "\r\n", "\r"]),
    )


def _encode(text: str, how: str) -> bytes:
    if how == "utf-8":
        return text.encode("utf-8", "surrogateescape" if _has_escapes(text) else "surrogatepass")
    if how == "gb18030":
        return text.encode("gb18030", "replace")
    if how == "utf-16":
        return text.encode("utf-16", "surrogatepass")
    # utf-8 with stray invalid bytes, as a broken scraper writes
    data = text.encode("utf-8", "surrogatepass")
    middle = len(data) // 2
    return data[:middle] + b"\xff\xfe\xc3" + data[middle:]


def _has_escapes(text: str) -> bool:
    try:
        text.encode("utf-8", "surrogateescape")
        return any("\udc80" <= c <= "\udcff" for c in text)
    except UnicodeEncodeError:
        return False


def report_bytes(max_lines: int = 25) -> st.SearchStrategy[bytes]:
    return st.builds(_encode, report_texts(max_lines), st.sampled_from(["utf-8", "utf-8", "gb18030", "utf-16",
                                                                         "broken"]))


# --------------------------------------------------------------------------- the model


def model_strings(max_size: int = 20) -> st.SearchStrategy[str]:
    """Strings as JSON may carry them: any code point, lone surrogates included."""
    return st.one_of(
        st.lists(st.one_of(st.sampled_from(COMMON_HANZI), nasty_chars(), st.characters()),
                 max_size=max_size).map("".join),
        st.text(st.characters(min_codepoint=0, max_codepoint=0x10ffff), max_size=max_size),
        hanzi(0, max_size),
    )


def inlines(max_leaves: int = 6, longest_word: int = 4000) -> st.SearchStrategy[tuple]:
    leaf = st.one_of(st.builds(Text, model_strings(40)), st.builds(Text, long_words(longest_word)), st.just(LineBreak()))
    tree = st.recursive(
        leaf,
        lambda children: st.one_of(
            st.builds(Strong, st.lists(children, max_size=3).map(tuple)),
            st.builds(Emphasis, st.lists(children, max_size=3).map(tuple)),
        ),
        max_leaves=max_leaves,
    )
    return st.lists(tree, max_size=4).map(tuple)


def roles() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(PARAGRAPH_ROLES), model_strings(10))


def metas() -> st.SearchStrategy[Meta]:
    return st.builds(
        Meta,
        title=model_strings(), subtitle=model_strings(), author=model_strings(), date=model_strings(),
        doc_number=model_strings(),
        language=st.one_of(st.sampled_from(["zh-Hans", "zh-Hant", "zh-Hant-TW", "zh-Hant-HK", "zh", "en", ""]),
                           model_strings(8)),
        source=model_strings(),
        removed=st.lists(st.builds(Removed, st.integers(0, 10**6), model_strings(), model_strings()),
                         max_size=2).map(tuple),
        notices=st.lists(st.builds(Notice, st.sampled_from(["encoding", "structure", "invalid-char"]),
                                   model_strings(), st.integers(0, 10**6)), max_size=2).map(tuple),
    )


#: the longest unbreakable run in a table's cell. LibreOffice, the DOCX check's renderer, lays a
#: narrow cell out again for every character no font of the machine draws (𠀀 U+20000): 25 cells
#: of 4,000 took it past ten minutes, 5 cells of 500 four seconds (session 18, measured)
_CELL_WORD = 400


def _tables() -> st.SearchStrategy[Table]:
    cell = inlines(3, longest_word=_CELL_WORD)
    rows = st.lists(st.lists(cell, max_size=5).map(tuple), max_size=5).map(tuple)   # ragged, maybe empty
    return st.builds(Table, rows, st.integers(0, 7))


def blocks(max_leaves: int = 8) -> st.SearchStrategy:
    leaf = st.one_of(
        st.builds(Heading, st.one_of(st.integers(1, 4), st.integers(5, 10**9)),
                  st.one_of(st.sampled_from(HEADING_LABELS + [""]), model_strings(8)), inlines()),
        st.builds(Paragraph, inlines(), roles()),
        st.builds(Paragraph, inlines(), roles()),
        _tables(),
    )

    def extend(children: st.SearchStrategy) -> st.SearchStrategy:
        item = st.lists(children, max_size=3).map(tuple)
        return st.one_of(
            st.builds(List, st.booleans(), st.lists(item, max_size=3).map(tuple)),
            st.builds(Part, metas(), st.lists(children, max_size=4).map(tuple)),
        )

    return st.recursive(leaf, extend, max_leaves=max_leaves)


def documents(max_blocks: int = 8) -> st.SearchStrategy[Document]:
    """Any Document that from_json accepts (to_json → from_json gives it back)."""
    return st.builds(Document, metas(), st.lists(blocks(), max_size=max_blocks).map(tuple))


def examples(fraction: float, minimum: int = 5) -> int:
    """max_examples for a test whose examples are expensive: ``fraction`` of the active
    profile's (tests/conftest.py: dev 20, ci 200), at least ``minimum``."""
    from hypothesis import settings

    return max(minimum, int(settings.default.max_examples * fraction))
