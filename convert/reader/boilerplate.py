"""Web-page boilerplate: the table of rules that decide which lines are not the document.

Each rule has a name, the reason recorded in ``meta.removed``, a pattern, and where it
applies:

- ``anywhere``: the line is boilerplate wherever it appears (share widgets, ICP lines…);
- ``edge``: only in the page's header or footer zone — before the first or after the
  last line of real prose — where a bare number is a view counter, not content, and
  only at the file's first or last line or next to other boilerplate;
- ``beside``: only in the header, and only next to other boilerplate that is not the
  page's metadata line (a bare site name 新华网 above a menu; a title is not one);
- ``header`` / ``footer``: only in that zone.

Rules only match *short* lines (``max_len``), so a sentence of the report that happens
to mention 分享 or 来源 is never taken for a widget. Page metadata that is real
(publication date, source, author) is captured by ``PAGE_FIELDS`` and goes into
``meta`` instead of being lost.

To add a rule: append a ``Rule`` to ``RULES`` and a labelled fixture under
tests/fixtures/reader/ that shows it.
"""

from __future__ import annotations

from .. import regexcache as re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .headings import is_heading_like
from .lines import is_name_row, simplified, title_key


@dataclass(frozen=True)
class Rule:
    name: str
    reason: str
    pattern: re.Pattern[str]
    where: str = "anywhere"      # "anywhere" | "edge" | "beside" | "header" | "footer"
    max_len: int = 80            # longer lines are never boilerplate under this rule
    wall: bool = True            # the site's chrome: the document's text does not run across it
                                 # (a page number or a separator inside a Word export does)


def _r(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


DATE_BOX = "page header's date box"

#: bjreader的博客 / 小王的个人空间: a blog's name
_CHINESE_BLOG_NAME = r"^\S{1,20}的(?:个人)?(?:博客|部落格|blog|Blog|BLOG|空间|空間|日志|日誌|专栏|專欄)$"
#: BlackBird's Blog / Andrea's Garden: a blog's name in English (the owner's name, then a word for a blog)
_ENGLISH_BLOG_NAME = r"^[A-Za-z0-9][\w .&-]{0,30}['‘’]s\s+(?i:blog|blogs|site|notes|home|space|world|wiki|garden)$"

RULES: tuple[Rule, ...] = (
    Rule("site-banner", "site banner",
         _r(r"记住我|设为首页|收藏本站|欢迎(?:您)?访问|欢迎(?:您)?光临|^微信公众号\s*[:：]?$|文库|范文网|范文大全|网站首页|◆|"
            # (a domain in the header — but not in a sentence: cppreference.com，在对于语言…可以去这里查。 —
            # unless an e-mail address: 如有問題，歡迎電郵至 …@pccw.com 查詢。)
            r"^(?:(?=.*@)|(?!.*[，,].*[。！？]$)).*?[A-Za-z0-9-]+\.(?:com|cn|net|org)(?:\.cn)?\b|(?:门户网站|官方网站|政府网站|网站|官网|政府网|门户网)$|"
            r"^今天是"),
         where="header", max_len=60),
    # CattleHorse's Blog / 小王的博客 over a post: the blog's name, its banner (a page where no other
    # rule fires shows itself a web page by it)
    Rule("blog-banner", "site banner (the blog's name)",
         # (not 欢迎来到我的Blog, a heading that greets)
         _r(_ENGLISH_BLOG_NAME + "|" + r"^(?!.*(?:欢迎|来到|我的))" + _CHINESE_BLOG_NAME[1:]),
         where="header", max_len=40),
    # 新华网 / 某某在线: the site's name — but 织密民生保障网 may be a title, so only beside
    # other boilerplate (a menu or breadcrumb under it)
    Rule("site-name", "site banner",
         _r(r"^[\u4e00-\u9fff]{1,6}(?:网|网站|在线|客户端|新闻网|日报网)$"),
         where="beside", max_len=12),
    Rule("navigation", "site navigation menu",
         _r(r"^(?:首页|网站首页|主页)(?:\s*[|｜/·>＞»›]\s*|\s+)\S+|^(?:\S{1,6}\s*[|｜]\s*){3,}\S{1,6}$|"
            r"^(?=.*(?:政务公开|信息公开|新闻中心|办事服务|互动交流|机构概况|政策法规|通知公告|网站地图))(?:\S{2,6}\s+){3,}\S{2,6}$|"
            # 国务院 总理 新闻 政策 互动 服务 数据 国情: six or more words of a menu bar
            r"^(?:[\u4e00-\u9fffA-Za-z]{2,4}[ \u3000]+){5,}[\u4e00-\u9fffA-Za-z]{2,4}$"),
         where="header", max_len=100),
    Rule("breadcrumb", "breadcrumb",
         _r(r"^(?:您(?:当前|现在)?(?:所在)?的?位置(?:是|在)?|当前(?:所在)?位置|所在位置)\s*[:：]|^首页\s*[>＞»›]|[>＞»›]\s*正文\s*$"),
         max_len=120),
    # 当前位置：首页 > 经济 > 标题 / 正文: the breadcrumb's last item; 本文来源于 / 北京商报: the
    # source line split after its key
    Rule("breadcrumb-tail", "breadcrumb",
         _r(r"^正\s*文$"),
         where="header", max_len=3),
    Rule("source-key", "page metadata (来源)",
         _r(r"^(?:本文|文章|稿件)?来源于?\s*[:：]?$"),
         where="header", max_len=8),
    # 《 人民日报 》（ 2019年04月20日 01 版）: where the paper printed the article
    Rule("print-edition", "page metadata (the paper's edition)",
         _r(r"^《\s*\S{2,12}[报報]\s*》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:第?\s*\d{1,3}\s*版)?\s*[）)]$"),
         max_len=40),
    Rule("font-size", "font-size widget",
         _r(r"字[体号]\s*[:：]?\s*[【\[［(（]?\s*大\s*[】\]］)）]?\s*[【\[［(（]?\s*中\s*[】\]］)）]?\s*[【\[［(（]?\s*小|"
            r"^[【\[［]?\s*[大中小]\s*[】\]］]?\s*[【\[［]?\s*[大中小]\s*[】\]］]?\s*[【\[［]?\s*[大中小]\s*[】\]］]?$|"
            r"字[体号]\s*[:：]\s*(?:默认|T|小|中|大)|^[|｜]?\s*(?:(?:调整|设置)?字[体号型](?:大小)?|(?:目前|当前)字级)\s*[:：]?$|"
            r"^(?:适中|较大|较小|标准|特大|放大|缩小)字[型体号]$"),   # 適中字型 / 較大字型
         max_len=60),
    # 本文最后更新于 2022-08-08，文中内容可能已过时。 / 最后更新于 Jul 31, 2025 15:40 +0800 / 本文最后更新于：2 年前: a
    # blog theme's note of when the post last changed (FixIt's, with its warning that it may be out of date)
    Rule("last-updated", "page metadata (when the post last changed)",
         _r(r"^(?:本文)?最后(?:更新|修改)于\s*[:：]?\s*[\d\s年月日时分:：/.+\-A-Za-z,早上中下晚午前]{0,30}"
            r"(?:[，,]\s*文中(?:的)?内容可能已(?:经)?过时[。.]?)?$"),
         max_len=60),
    # 2024-04-23 12:27:25 alone on a line: when the page was posted (a date without a
    # time may be a document's own date, and stays); caijing 发布于 2019-5-20 12:49:00: and
    # who posted it
    Rule("timestamp", "page metadata (time of posting)",
         _r(r"^(?:(?:[^\s，。；！？]{1,20}\s+)?(?:发布于|发表于|更新于|發佈於|發表於)\s*)?"
            r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s+\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?$|"
            r"^\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}[时時]\d{2}分(?:\d{2}秒)?$|"
            r"^@\s*\d{1,2}-\d{1,2}-\d{4}(?:\s*/\s*\S{1,4})?$|"   # @ 11-22-2014 / 今日: the post's day, the way a news theme sets it
            r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|週|周)[一二三四五六日天]\s*(?:上午|下午|中午|晚上)?\s*\d{1,2}[:：]\d{2}$|"
            r"^(?:发布于|发表于|更新于|發佈於|發表於|分类于|分類於)\s*[:：]?$|"   # the key alone, its time (or category) on the next line
            # 更新于 2025-05-11 / 更新于：2022年5月26日 / 更新于: 25-02-16 / Updated on 2023-10-22: a date the
            # key says is the post's (a text's own date has no 更新于), the year in full or its last two figures
            # (The article was updated on 2019-10-10: LoveIt's, under the post; Posted on Feb 4, 2020: Archie's,
            # the month in English)
            r"^(?:(?:最后)?(?:发布于|发表于|更新于|發佈於|發表於)|(?i:(?:the article was )?updated on|posted on|published on))\s*[:：]?\s*"
            r"(?:(?:\d{4}|\d{2})\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|"
            r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})$"),
         max_len=45),
    # Thu Dec 15, 2016 / Oct 12, 2023 / EvilHat-K  posted by: above the text: an English-speaking
    # theme's dateline under a Chinese post's headline (in the text, a date in English may be its own)
    Rule("english-dateline", "page metadata (time of posting, in English)",
         _r(r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
            r"\s+\d{1,2},?\s+\d{4}$|^\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}$|"
            r"^(?:\S{1,30}\s+)?posted\s+by\s*:?$|"
            # Written by / Aatrox / with ♥ / on / October 22, 2019 / in / 碎碎念 / , 9 words: LeaveIt's
            # byline sentence, a piece a line
            r"^(?:Written by|with\s*[♥❤]️?|on|in|,\s*\d+\s+words)$|"
            # Created / 2022-03-06 / | / Updated / 2023-01-20: Butterfly's post meta, its keys in English
            r"^(?:Created|Updated|Posted|Published)\s*:?$"),
         where="header", max_len=40),
    # HalKlein / included in / 随笔 / 2019-10-10 / about 13 words / 1 min / views: LoveIt's post
    # meta, a field a line (no date: the line over them is its writer, not the headline)
    Rule("english-post-fields", "page metadata (the post's fields, in English)",
         _r(r"^(?i:(?:about\s+)?[\d,]+\s+words?|\d+\s+min(?:ute)?s?|one minute|views)$"),
         where="header", max_len=20),
    # 原创 某某 某某公众号 2023-01-05 12:00 发表于北京: a WeChat article's byline, over its text (in the
    # text, a line ending on a date and time may be an agenda's)
    Rule("wechat-byline", "WeChat footer/widget",
         _r(r"^(?:原创\s+)?.{0,20}\d{4}-\d{2}-\d{2}\s+\d{2}:\d{2}(?:\s+发表于.{0,6})?$"),
         where="header", max_len=40),
    Rule("wechat", "WeChat footer/widget",
         _r(r"^微信扫码|^微信扫一扫|^扫码分享|"
            r"^扫码领取|^领取福利|^功能介绍$|^微信号\s*[:：]?$|^扫码关注|^(?:点击|欢迎)?关注(?:我们的)?公众号(?!后|以后|之后)|^欢迎您?(?:关注|订阅)(?:我们的|本站的?)?(?:微信)?公众号|^点击关注|"
            r"^长按(?:识别)?二维码|^识别二维码|^点击上方|^点击蓝字|^(?:点赞|在看|写留言|赞赏|留言)\s*\d*$|喜欢此内容的人还喜欢|"
            r"^(?:分享|收藏|点赞|在看)(?:\s*[|｜·]?\s*(?:分享|收藏|点赞|在看))+$|^收录于(?:合集|话题|专辑)"),
         max_len=40),
    # 感谢您的支持，创作更有动力 / 打赏 / 微信支付 / 支付宝: a blog's reward box under the post
    # (「真诚赞赏，手留余香」: the box's appeal over its button, as the Hux theme sets it)
    Rule("reward", "reward box (a tip for the writer)",
         _r(r"^(?:打赏|赞赏|打赏支持|赞赏支持|微信打赏|支付宝打赏|(?i:donate|reward))$|"
            r"^[「“『]?(?:真诚赞赏|真誠讚賞)，?手留余香[」”』]?$"),
         where="footer", max_len=12),
    # 訂閱我們的電子報 / 感謝閱讀！如果想要第一時間收到文章…請於下方欄位填寫您的 Email… / 立即訂閱: a blog's
    # newsletter box under the post, its label alone on its line
    Rule("newsletter", "newsletter sign-up box",
         _r(r"^(?:订阅我们的|订阅本站的?)(?:电子报|电子报刊|电子邮件|邮件|通讯|周刊|周报|newsletter|Newsletter)$|^(?:立即订阅|订阅电子报)$|"
            r"^(?i:subscribe to (?:our|the|my) newsletter)$"),
         max_len=30),
    # WRITTEN BY / cqqqwq / A student in Software Engineering.: a theme's card of the writer under the
    # post, its label alone on its line (in English; 文章作者 alone may head a text's own section)
    Rule("author-card", "the writer's card under the post",
         # (本文作者： / BeautyYu言醴 / 本文链接： / …: NexT's copyright box, its first key alone with its colon)
         # (Author: / Aatrox / Link: / https://… / Tag(s): / #吼吼: LeaveIt's copyright box, in English)
         _r(r"^(?i:written by|about the author|about me)\s*:?$|^(?:本文作者|文章作者)\s*[:：]$|^(?:Author|Link|Permalink|Tag\(s\))\s*:$"),
         where="footer", max_len=20),
    # 许可协议 / 本文采用 / 署名-非商业性使用-相同方式共享 4.0 国际 / 许可协议，转载请注明出处。: a theme's
    # licence box under the post, its sentence split at the licence's link (Stellar): its label
    # and the words before the link, alone on their lines, are certain only after the text
    Rule("licence-box", "the post's licence box",
         # (转载标题： / 《故事》 / 作品采用： / 知识共享署名 4.0 国际许可协议: hello-friend's, keyed)
         _r(r"^(?:许可协议|版权协议|版权许可|本文采用|作品采用|转载标题)\s*[:：]?$"),
         where="footer", max_len=8),
    Rule("share", "share/print/close widget",
         _r(r"分享到|扫一扫在手机|^扫一扫(?:[，,、\s]\S{1,10})?$|在手机上?打开(?:当前页|本页|此页)|^手机扫一扫打开(?:当前页|本页|此页)$|手机扫码|^扫码阅读|^手机阅读|在手机上查看|打印本页|【\s*打印\s*】|\[\s*打印\s*\]|关闭窗口|"
            r"【\s*关闭\s*】|返回顶部|收藏本页|【\s*收藏\s*】|我要纠错|^請同意我們的隱私權|^请同意我们的隐私|^用?微信扫(?:码|一扫)(?:二维码)?$|^扫描二维码(?:分享|阅读|关注|下载)?$|^扫码二维码$|分享至好友和朋友圈|^分享到朋友圈$|"
            r"^分享(?:至|到|工具)?\s*[:：]?\s*$|^(?:更多分享|分享更多)$|^用\s*LINE\s*[传分][送享]$|^(?i:facebook|twitter|line|plurk|share)$|^打开微信\W{0,2}扫一扫\W{0,2}$|^点击右上角\W{0,2}分享\W{0,2}$|^(?i:share(?:\s+(?:to|on))?)\s*[:：]\s*$|^(?:打印|关闭|收藏|分享|返回|顶部|TOP)(?:\s*[|｜/]?\s*(?:打印|关闭|收藏|分享|返回|顶部))*$|^(?:打印|列印)(?:本文章|此文|本文|文章|此页)$|^(?:推荐给(?:朋友|好友)|打印文字稿|全文打印|转寄)$|^[【\[]\s*纠错\s*[】\]]$|"
            r"^\s*[【\[]\s*返回\s*[】\]]|[【\[]\s*(?:我要打印|打印文章|返回首页|返回列表)\s*[】\]]|"
            # page widgets: colour themes, accessibility modes, the attachments box label
            r"^(?:视力保护色|背景色|护眼模式|长者模式|关怀模式|无障碍浏览|附件下载|相关附件)\s*[:：]?\s*$|^(?:视力保护色|背景色)\s*[:：]|"
            # 下载pdf版 / 下载word版: the buttons that fetch the document as a file
            r"^下载\s*(?:pdf|PDF|word|Word|WORD|wps|WPS|ofd|OFD)\s*(?:版|格式|文件)?$|"
            r"^(?:pdf|PDF|word|Word|WORD)\s*(?:文件|版)?\s*(?:查看|下载)\s*[:：]?$"),
         max_len=40),
    # 提醒：本文发布于 3506 天前，文中所描述的信息可能已发生改变: a blog theme's notice on an old
    # post, the days counted by its script
    Rule("age-notice", "page notice (the post's age)",
         _r(r"(?:发布|更新|编辑|發佈|發布)于\s*[\d,]+\s*天前\s*[，,]?.{0,12}(?:可能|或许|也许|或已).{0,6}(?:改变|过时|过期|失效|变化|改變|過時)"),
         max_len=80),
    # 发布 / 2019-08-13 / 阅读: a counter's key whose figure the page's script never wrote in — only
    # beside the page's other metadata (阅读 alone may head a section of the text); 2026年4月12日 /
    # | 字数 / 2276: the key after the bar's separator, its figure on the next line
    Rule("counter-key", "page meta line (reading statistics)",
         _r(r"^(?:[|｜·•]\s*)?(?:阅读|閱讀|浏览|瀏覽|访问|訪問|热度|熱度|字数|字數)$"),
         where="beside", max_len=4),
    Rule("reading-stats", "page meta line (reading statistics)",
         _r(r"共计\s*\d+\s*个?字|预计阅读时长|阅读时长|阅读耗时\s*[:：]\s*\d|加入收藏|字数\s*[:：]\s*\d+|"
            # 1 min read / · 2 min · 276 words · Yucapri / Reading Time: — a blog theme's, in English
            r"\b\d+\s*min(?:ute)?s?\s+(?:to\s+)?read\b|^约\s*[\d,]+\s*字$|^(?:预计阅读|阅读时间约?|阅读约)\s*\d+\s*分钟$|"
            # 次浏览 / 次阅读: a counter whose figure the page's script never wrote in
            r"^(?:次|人)(?:浏览|阅读|访问|查看)$|^条(?:评论|留言)$|^\d+\s*分钟(?:阅读|读完)$|"
            # 2016年6月1日 · 1 分钟 · 359 字: PaperMod's post meta, the date and the reading time
            r"^(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)?\s*[·•]\s*\d+\s*分钟(?:\s*[·•].{0,30})?$|^(?:本文字数|评论数|評論數)\s*[:：]?\s*\d*$|^本文总共\s*[\d,]+\s*个?字|^[·•]?\s*\d+\s*min\s*[·•]\s*[\d,]+\s*words\b|"
            r"^(?i:Reading Time|Word Count|Post Views?|Words|Views)\s*[:：]$|"
            # 共 385 字，您可能需要 1 分钟阅读 / 全文约 2000 字，预计阅读 5 分钟: the words and the minutes together
            r"^(?:本文|全文)?(?:共|约|共约)\s*[\d,]+\s*个?字\s*[，,]?\s*(?:您可能需要|大约需要|需要|预计阅读|阅读约|阅读需要?)?\s*[\d.]+\s*分钟(?:阅读)?$|"
            # 本文总阅读量 / 次, 字数统计: / 349: NexT's post meta, each key on a line, its figure on the next
            r"^(?:本文总阅读量|本文阅读量|总阅读量|阅读次数|阅读量|字数统计)\s*[:：]?\s*[\d,]*$|^时长\s*[:：]\s*[\d.]+\s*分钟$|"
            r"^您是本[文页贴帖站]的?第\s*\d+\s*[个位名](?:阅览者|读者|访问者|访客|浏览者)|"
            # 本文总共1325个字 | 您是第 / 位看到它们的小伙伴: the counter's end, its figure never written in
            r"^[位名](?:看到|阅读|浏览|访问)(?:它们|本文|此文|这篇文章)?的\S{1,6}$|"
            r"(?:访问量|浏览量|浏览次数|阅读量|阅读数|阅读次数|点击数|点击量|点击率|浏览)\s*[:：]\s*\d+|^评论\s*[:：]\s*\d+\s*[|｜]?$|"
            r"^\s*[\[【(（]?\d[\d,]*\s*人(?:已)?(?:阅读|浏览|看过)|^人(?:已)?(?:阅读|浏览|看过)(?:\s|$)|^\s*\[?\s*(?:阅读|浏览)\s*[:：]?\s*\d+\s*次?\s*\]?\s*$|"
            # 2004-12-10　阅读10544次: the page's date and its counter
            r"(?:\s|^)(?:阅读|浏览|点击|点阅)\s*[:：]?\s*\d+\s*次\s*$|"
            # 1350 次阅读 / 2 个赞: a forum topic's counters
            r"^\d{1,9}\s*(?:次阅读|次浏览|个赞|個讚|人赞|人點讚|人点赞|赞)$|"   # (3赞: a like button's count; not +1, which a photo gallery sets inside the text too)
            # 阅446.52W: a news app's read count, in ten thousands (W) or thousands (K)
            r"^[阅閱]\s*\d+(?:\.\d+)?\s*[WwKk万萬]?$"),
         max_len=100),
    Rule("editor", "editor/reviewer line",
         _r(r"(?:^|\s|】|\])[【\[(（]?\s*(?:责任编辑|责编|编辑|审核|校对|审校|终审|初审|复审|监制|值班编辑|选稿|统筹|策划)\s*[:：]"
            r"[^，。；！？,;]{0,30}$"),
         max_len=50),
    # （松花江网编辑 孙桂芳）: the web editor's credit in brackets, without a colon
    Rule("editor-credit", "editor/reviewer line",
         _r(r"^[（(]\s*\S{0,12}(?:责任编辑|责编|编辑)\s+[\u4e00-\u9fff·]{2,5}\s*[）)]$|"
            r"^(?:责任编辑|责编)\s+[\u4e00-\u9fff·]{2,5}$"),   # 责编  李语涵
         max_len=30),
    # — 3 — / 第 3 页 共 12 页 / 丁-30 (section 丁's page 30 of a bound volume) / Page 3 of 12: the
    # printed original's page number, left where its page broke (a Word or PDF export, not a web page)
    Rule("folio", "page number of the printed original",
         _r(r"^[-—－–]\s*\d{1,4}\s*[-—－–]$|^第\s*\d+\s*[页頁]\s*[/，,]?\s*共\s*\d+\s*[页頁]$|^共\s*\d+\s*[页頁]$|"
            r"^[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?$|^[甲乙丙丁戊己庚辛壬癸]\s*[-－—–]\s*\d{1,4}$"),
         max_len=20, wall=False),
    Rule("page-counter", "page counter",
         _r(r"^[（(]?\s*第\s*\d+\s*/\s*\d+\s*页\s*[)）]?$|^(?:上一页|下一页|首页|尾页|[\d\s|｜])+$(?<=页)|"
            r"^(?=.*(?:上一页|下一页))(?:上一页|下一页|首页|尾页|[\d\s|｜<>«»＜＞‹›])+$|"   # << 上一页 | 下一页 >>
            r"^【\s*\d{1,3}\s*】$|^\[\s*\d{1,3}\s*\]$"),   # 【1】【2】【3】: the pages of an article split over several
         max_len=60, wall=False),
    Rule("icp", "ICP/copyright line",
         # (网站ICP备案和公安备案流程: a post about the filing, not the site's number)
         _r(r"ICP\s*[备证](?!案(?:和|与|及|的|流程|教程|指南|攻略))|备案号|公网安备|网站标识码|^版权所有|版权所有\s*(?:[:：©]|$|[（(]?[Cc©])|"
            r"^[Cc]opy[Rr]ight\s*(?:©|\([Cc]\)|@|\d{4})|Copyright\s*(?:©|\([Cc]\))|\([Cc]\)\s*\d{4}|©\s*\d{4}|^©|"
            r"All [Rr]ights [Rr]eserved|^(?:Powered|Produced) [Bb]y\b|^(?:Designed|Developed|Built)\s*(?:&|and)\s*(?:Designed|Developed|Built) by\b|"
            r"建议使用.{0,20}浏览器|最佳分辨率|建议.{0,12}分辨率.{0,6}浏览|网站地图|联系我们\s*[|｜]|"
            # 抱歉，我们并不支持你正使用的浏览器。/ 为达至最佳浏览效果，请更新至最新的浏览器版本。
            r"不(?:支持|支援)(?:你|您)(?:正在?)?使用的浏览器|最佳浏览效果|(?:更新|升级)至?最新(?:版本)?的?浏览器|"
            # 本网站支持IPv6访问 / 您访问的链接即将离开“某某市人民政府”门户网站 是否继续？
            r"^(?:本)?网站(?:已)?支持\s*IPv6|即将离开.{1,30}网站.{0,6}是否继续"),
         max_len=120),
    # Skip to main content / 跳转至主内容 / 跳至內容: the link a page offers screen readers over
    # its menu; 此浏览器不再受支持。: the banner an old browser gets
    Rule("skip-link", "link to skip the site's menu",
         _r(r"^(?:Skip to (?:main )?content|Skip navigation|跳(?:转|轉)?[至到](?:主要?|正文)?(?:内容|內容|正文)(?:区|區)?|"
            r"此浏览器不再受支持。?)$"),
         max_len=30),
    Rule("site-footer", "site footer (who runs the site)",
         _r(r"^(?:主办单位|承办单位|主办|承办|技术支持|运行维护|网站维护)\s*[:：]|"
            r"^\S{2,30}\s*主办[ \u3000]+\S{2,30}\s*承办|^\S{2,20}主管\s*[·•、 ]?\s*\S{2,20}主办$|^(?:网站|政府网站)?(?:主办|承办)单位\S{0,4}[:：]"),
         where="footer", max_len=120),
    # 本贴由 / 大卫 / 于2005年8月12日16:12:21在〖…〗发表.: who posted a forum post, and when
    Rule("post-credit", "forum post's poster and time",
         _r(r"^本[贴帖貼]由(?:\s*\S{1,20}\s*于.{0,40}发表.{0,3})?$|^于\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.{0,30}[在〖【]$|"
            r"^[〗】]\s*发表[.。]?$"),
         max_len=80),
    Rule("prev-next", "previous/next article link",
         # (not 下篇文章打算写点读书笔记。: a sentence that names the next post is the text's)
         _r(r"^[【\[«‹<]?\s*(?:上一篇|下一篇|上一条|下一条|上一章|下一章|上篇|下篇)(?!.*[。！？]$)\s*[】\]»›>]?\s*[:：]?|"
            r"^◀?\s*(?:上一[回章卷]|全[书書]始)\s*(?:[|｜]\s*)?(?:.{0,40}?(?:下一[回章卷]|全[书書]終|全[书書]终)\s*▶?)?$|"
            r"^(?:.{0,40}\s)?下一[回章卷]\s*▶$|^(?:返回|回到)(?:[页頁]首|[顶頂]部)$|^(?:▲\s*)?(?:Top|TOP|Back to top)$|"
            r"^(?:上章|下章|返目录|返回目录|返目錄|返回目錄)$|"   # a book site's links between its chapters
            r"^(?:返回上一?|上一)[级級](?:目录|目錄|页面|頁面)?$|"   # 上一级: up to the post's section (a notes site's)
            # 上一页: MATLABQ关于灰度直方图… : a blog theme names its neighbouring posts "pages" (a lone
            # 上一页 is a pager's, the pager rule's)
            r"^(?:上一[页頁]|下一[页頁])\s*[:：]\s*\S|"
            # « Prev Page / Next Page » / ← Previous Post: a blog theme's, in English (capitalised:
            # a lone `next` is a listing's token)
            r"^[«‹<←]?\s*(?:Prev|Previous|Next|Older|Newer)(?:\s+(?:Page|Post|Article|Entry|Posts|Entries))?\s*[»›>→]?$|"
            r"^[«‹<←]\s*(?i:prev|previous|next)\s*$|^(?i:prev|previous|next)\s*[»›>→]$|"
            # ← 没有更早的章节 / 第02章 →: a serial's links to its neighbouring chapters, arrowed
            r"^[←«‹]\s*(?:第\s*[\d一二三四五六七八九十百千零〇两]{1,6}\s*[章回节卷].{0,30}|没有更[早晚新旧多]的(?:章节|文章|一章|一篇))$|"
            r"^第\s*[\d一二三四五六七八九十百千零〇两]{1,6}\s*[章回节卷].{0,30}?\s*[→»›]$"),
         max_len=120),
    Rule("related-header", "related-article list",
         _r(r"^[【\[]?\s*(?:相关文章|相关阅读|相关链接|相关新闻|相关文档|热门文章|"
            r"延伸阅读|相关推荐|热点推荐|最新文章|更多精彩|往期推荐|往期回顾|往期精彩|精彩回顾|相关稿件|关联稿件|關聯稿件|相关报道|相关解读|相关政策|相关信息|相关专题|专题信息|栏目关注|"
            r"相關新聞|相關文章|延伸閱讀|推薦閱讀|熱門新聞|最新|其他文章|其它文章|更多文章|更多同类(?:文章|新闻|报道)|相关(?:数据|技术|机构|人物)|(?:本版|本周|本月|今日|24小时)?最多(?:浏览|阅读|点阅|点击|评论|分享)|"
            r"(?:阅读|評論|评论|点击|點擊|热门点击|熱門點擊|热门|熱門|人气|人氣|本周|本月|24小时|新闻|新聞)排行榜?|"
            r"(?i:see also|related (?:posts|articles|stories)))\s*[】\]]?\s*[:：]?\s*$"),   # (a blog theme's, in English)
         max_len=20),
    # 其他人也在看 / 猜你喜欢: a feed of other articles, each teaser a paragraph of prose —
    # nothing after it belongs to the article (a government page's 相关解读 may sit inside it)
    Rule("feed-header", "related-article list",
         _r(r"^[【\[]?\s*(?:(?:其他人|大家|網友|网友|他们)(?:也|都)在看|猜你喜欢|猜你喜歡|为你推荐|为您推荐|為你推薦|"
            r"热门推荐|熱門推薦|精彩推荐|更多推荐|推荐阅读|推薦閱讀|大家都在看|你可能(?:还|還|也)?(?:想看|喜欢|喜歡|感兴趣|感興趣)|"
            r"往下(?:看|睇)更多(?:文章|新闻)|你\s?或\s?有\s?兴\s?趣\s?的\s?(?:文\s?章|新\s?闻))\s*[】\]]?\s*[:：]?\s*$"),
         max_len=20),
    # 评论 / 全部评论（12）: the readers' comments under an article (ends it, like a feed;
    # but a menu's 评论 link at the top of a page opens no list)
    Rule("comments-header", "readers' comments",
         _r(r"^[【\[]?\s*(?:全部|网友|網友|最新|热门|熱門|精彩)?(?:评论|評論|回应|回應)区?(?:\s*[（(]\d+[）)])?\s*[】\]]?\s*[:：]?\s*$|"
            r"已有\s*\d+\s*[件条個个則则]\s*(?:评论|評論|回复|留言)$|^(?:共有?\s*)?\d+\s*[条則则]\s*(?:评论|評論)$|"
            r"^(?:Comments are closed\.?|Leave a (?:Reply|Comment)|\d+\s+Comments?)$"),   # (a blog's, in English)
         max_len=60),
    Rule("links", "list of links to other sites",
         _r(r"^[【\[]?\s*(?:友情链接|相关链接|网站链接|政府网站链接|链接)\s*[】\]]?\s*[:：]\s*(?:$|\S+(?:\s*[|｜]\s*\S+){2,}$)"),
         max_len=200),
    Rule("wiki-licence", "wiki licence template",
         _r(r"本文(?:采用|依据|遵循|使用).{0,40}(?:许可|协议)|知识共享\s*(?:署名|许可|协议)|CC[ -]BY|取自\s*[“\"]|"
            r"本页面最后(?:修订|编辑)于|此页面最后编辑于|维基百科，自由的百科全书|来自维基|"
            r"GNU自由文档|文字(?:遵循|可在).{0,20}协议|隐私政策\s*[|｜]|免责声明\s*[|｜]|"
            r"[作著]品在全世界都[属屬][于於]公有[领領]域|[属屬][于於]公有[领領]域[，,。]|"
            r"^This (?:work|blog|site|article|post) is licensed under\b|^Creative Commons Attribution[- ]|"
            # 本博客所有文章除特别声明外，均采用 / CC BY-NC-SA 4.0 / 许可协议。转载请注明来自 (Hexo's themes)
            r"^本(?:博客|站|网站)所有文章除特别声明外|^许可协议。?\s*转载请注明来自|"
            # 署名-非商业性使用-相同方式共享 4.0 国际: a Creative Commons licence's Chinese name, alone
            r"^(?:知识共享\s*)?署名(?:\s*-\s*(?:非商业性使用|相同方式共享|禁止演绎)){0,2}\s*\d\.\d(?:\s*国际)?(?:\s*许可协议)?\s*[（(]?(?:CC[ -]BY[A-Z -]*\d\.\d)?[）)]?$"),
         max_len=200),
    # Wikisource's own export (WS-Export): its stamp and its "About this digital edition" page,
    # paragraphs long enough to need a rule of their own (anchored: a long line fails at once)
    Rule("wikisource-export", "wiki licence template",
         _r(r"^(?:Exported from Wikisource\b|About this digital edition$|This e-book comes from the online library Wikisource|"
            r"We distribute our books for free|Wikisource is constantly looking for new members|"
            r"The following users contributed to this book)"),
         max_len=600),
    # 反侵权公告： / 版权声明 alone on a line: the site's legal notice follows, paragraphs of
    # its own (nothing after it is the article's)
    Rule("legal-header", "the site's legal notice",
         _r(r"^[【\[]?\s*(?:反侵权公告|侵权声明|版权声明|免责声明|法律声明|版權聲明|免責聲明|"
            r"郑\s*重\s*声\s*明|鄭\s*重\s*聲\s*明|版权(?:与|及|和)免责声明|版權(?:與|及|和)免責聲明|"
            # 中证网声明 / 人民网声明: the site's own notice, by its name
            r"[\u4e00-\u9fff]{1,6}(?:网|網)(?:站)?(?:声明|聲明)|声明|聲明)\s*[】\]]?\s*[:：]?\s*$"),
         max_len=12),
    # 中证网声明：凡本网注明“来源：中国证券报・中证网”的所有作品，版权均属于…: a news site's
    # standing copyright notice, however long
    Rule("copyright-notice", "the site's legal notice",
         _r(r"^.{0,12}?[:：]?\s*凡本(?:网|站|網)(?:注明|註明)|^.{0,12}?凡(?:注明|註明)为?(?:其他|其它)媒体|^.{0,8}?如果我们使用了您的(?:图片|作品|文章)|^索取稿酬|"
            # 外汇网声明：外汇网转载上述内容，不表明证实其描述…: the site's notice, by its name, with its text
            r"^[\u4e00-\u9fff]{1,8}(?:网|網|站)(?:声明|聲明)\s*[:：]\s*\S|"
            # 凡标注来源为“经济参考报”或“经济参考网”的所有文字…，版权均属…: the paper's reprint terms
            r"^凡(?:标注|標註|注明|註明|标明|標明)(?:来源|來源)[^。]{0,80}(?:版权|版權)"),
         max_len=400),
    # 以上信息是否解决了您的问题 / 问题反馈 / 感谢您的反馈: the page asking whether it helped
    Rule("feedback", "the page's feedback widget",
         _r(r"^(?:以上|本页|此页|本文|该)?(?:信息|内容|回答|文章|页面)?(?:是否|有没有)(?:解决了?您的问题|对您有(?:所)?帮助|有(?:所)?帮助|有用)\s*[？?]?$|"
            r"^(?:问题反馈|意见反馈|我要反馈|感谢您的反馈[!！。]?)$"),
         max_len=30),
    # 感谢您访问京华网(www.jinghua.cn): the site's greeting, set into the page's text
    Rule("greeting", "the site's greeting",
         _r(r"^(?:感谢|感謝|欢迎|歡迎)(?:您|你)?(?:访问|訪問|浏览|瀏覽|光临|光臨)[\u4e00-\u9fffA-Za-z]{1,16}(?:网|網|站)"
            r"\s*[(（]?\s*(?:www\.)?[\w.-]*\s*[)）]?[!！。]?$"),
         max_len=60),
    # 【版权提示】转载第一财经商业数据中心原创稿件，请于文首标明来源、作者，…: the site's terms for
    # reprinting, under the article, however long
    Rule("reprint-terms", "reposting notice or link to the page",
         _r(r"^[【\[]\s*(?:版权提示|版权声明|版权说明|转载须知|转载说明)\s*[】\]].*转载"),
         max_len=500),
    Rule("repost", "reposting notice or link to the page",
         _r(r"^[【\[]?\s*(?:本文标题|本文永久链接(?:是|为)?|永久链接|本文链接|本文地址|本文引用地址|本文引用網址|文章链接|链接地址|原文链接|原文地址|推荐访问|转载请注明|转载请保留|转载需要?保留|转载须保留|"
            r"转载请标明|版权声明|免责声明|声明\s*[:：]\s*本(?:文|站))|本文来源于网络|转载(?:本站|本文|本站文章|文章)?[时時]?[务務]?请?(?:注明|标明|註明|附上原文)(?:作者(?:和|与|及|、))?(?:出处|出處|来源|來源)|未经.{0,16}?(?:许可|授权)[，,]?\s*(?:不得|请勿|禁止|严禁)转载|^如需转载|如有侵权|侵权请?联系|版权归原作者|"
            r"^(?:此篇|本篇|本)?文章?同步刊(?:登|载)(?:于|在)|违规转载|转载或内容合作|^寻求报道|下载本文|下载文档|文档下载|全文下载|免费下载|^VIP|开通会员|付费阅读|^阅读全文|展开全文|点击阅读|^阅读原文"),
         max_len=100),
    # 以上内容…为创作者平台用户上传并发布，本平台仅提供信息存储服务: a platform's note
    # under a user's article (what follows is the platform's, not the article's)
    Rule("platform-disclaimer", "the platform's disclaimer under a user's article",
         _r(r"仅提供信息存储服务|原创标注系作者主动申请|(?:用户|作者)上传并发布|不代表本(?:站|平台|网)(?:的)?(?:观点|立场)"),
         max_len=120),
    # 点击查看政策解读： / 【图文解读】《…》 / 图文解读：《…》: a link to the policy's
    # interpretation, set by the site under the notice's headline
    Rule("interpretation-link", "link to the policy's interpretation",
         _r(r"^(?:点击|点此|點擊)?(?:查看|阅读|閱讀)\S{0,6}解[读讀]\s*[:：]?$|"
            r"^[【\[](?:图文|圖文|图解|圖解|视频|視頻|文字|政策|动漫|動漫|一图读懂)?解[读讀][】\]]\s*[:：]?\s*《|"
            r"^(?:图文|圖文|图解|圖解|视频|視頻|文字|政策|动漫|動漫)?解[读讀]\s*[:：]\s*《"),
         max_len=100),
    # 《河北省公费师范生本研衔接培养实施办法》解读, under the notice: a link to its interpretation
    Rule("interpretation-title-link", "link to the policy's interpretation",
         _r(r"^《[^》]{4,60}》\s*(?:政策)?解[读讀]$"),
         where="footer", max_len=80),
    # 想生活更精明，請讚好TOPick Facebook / 蘋果日報fb，每日分享精選新聞: the site asking to be
    # followed on a social network, under its article
    Rule("social-follow", "the site's call to follow it on a social network",
         _r(r"^.{0,16}(?:赞好|按赞|追踪|关注|(?i:like))\s*.{0,16}(?i:fb|facebook|脸书|ig|instagram)(?:\s*专页)?\s*[!！。]?$|"
            r"^.{0,10}(?i:fb|facebook|脸书)(?:专页)?\s*[，,：:]\s*每[日天].{0,20}$|"
            # FX168 新浪微博 / FX168 腾讯微博: the site's accounts, a line each
            r"^[\w\u4e00-\u9fff]{1,12}\s+(?:新浪|腾讯|网易|搜狐|和讯)(?:微博|博客)$"),
         max_len=40),
    Rule("login", "login/registration widget",
         _r(r"^(?:(?:登录|注册|手机版|电脑版|无障碍|长者模式|关怀版|适老化|老年版|繁体|繁體|简体|English|EN|"
            r"返回列表|进入专题|点击查看|查看更多|更多>+|更多»)\s*[|｜/·]?\s*)+$|"
            # Login / Register / Sign Up / Login: the same, in a Chinese site's English interface
            r"^(?i:(?:log\s?in|sign\s?in|sign\s?up|register)(?:\s*[|｜/·]\s*(?:log\s?in|sign\s?in|sign\s?up|register))*)$|"
            r"^(?:新闻|站内|全站|全文|信息)?(?:搜索|检索|搜寻)\s*[:：]?$|^(?:请)?输入(?:您的)?(?:搜索|检索|查询)(?:字词|关键字|关键词|内容)$"),   # 新闻搜索：: the search box's label
         max_len=30),
    Rule("buttons", "follow/listen/report button",
         _r(r"^[+＋]?\s*(?:关注|已关注|取消关注|订阅|已订阅|举报|不喜欢|点赞|推荐|参与互动|查看原图.{0,8}|扫一扫查看详情|了解详情)$|"
            r"^(?:close|Close|CLOSE)$|"   # an overlay's button (a video, an advert) on a Chinese page
            r"^(?:点击看图辑|点击看图集|更多相片|更多图片)$|"   # a photo gallery's links
            r"^(?:语音)?播报文章|释放双眼$|^(?:听全文|朗读全文|听新闻|收听|点击收听|试听)$|"
            r"^(?:登录并评论|发表评论|写评论|查看评论|查看全部评论|我来说两句|我要评论|我要評論|文章不错，?点个赞吧|减少或屏蔽此类内容推荐)$|^已标记为不喜欢|"
            r"^(?:閱讀整篇文章|阅读整篇文章|閱讀全文|查看全文)$|^点击进入.{1,16}$|"
            # 展开: expand (收起, a contents box's collapse, stays: the outline is read from the box)
            r"^(?:展开|展开全文|展开阅读全文)$|^.{0,12}按[赞讚]加入.{0,24}$|^[赞讚]好此文\s*[:：]?$|^好文章，?需要你的鼓励$|"
            # ↓立即下載星島頭條App↓ / 下载客户端: the site's app, offered
            r"^\W*(?:立即|马上|免费)?下载.{0,10}(?:App|APP|app|客户端)\W*$"),
         max_len=24),
    Rule("ip-location", "page metadata (the poster's location)",
         # (来自大佬的鸡血: a phrase with 的 is a section's title, no place)
         _r(r"^(?:来自|发布于|IP属地\s*[:：]?|IP region\s*[:：]?)\s*(?!\S*的)[\u4e00-\u9fff]{2,8}$"),
         max_len=20),
    # 2006年12月(5) / 2006-12 (5): a blog's archive, a month and its number of posts
    Rule("archive", "blog archive (a month and its number of posts)",
         _r(r"^\d{4}\s*(?:年\s*\d{1,2}\s*月|[-/.]\s*\d{1,2})\s*[（(]\d+[)）]$"),
         max_len=20),
    # \ue614 alone: a web font's icon (share, search, arrow) in the private-use area — no
    # text font draws it, and a text never stands as one alone
    Rule("icon", "icon of the web page (a private-use character)",
         _r(r"^[\ue000-\uf8ff]{1,3}$"),
         max_len=3),
    # 點下放大 / 点击查看大图: a news photo's zoom button, between the paragraphs it sits in
    Rule("photo-zoom", "a picture's zoom button",
         # (點擊圖片可瀏覽相關圖片: the gallery's hint over the photo)
         _r(r"^(?:点下|点击|点图|点)(?:放大|看大图|查看大图|图片放大)$|^点击图片查看大图$|^点击图片(?:可|即可)?(?:浏览|查看)(?:相关|更多)?(?:图片|大图)$"),
         wall=False),
    # 调查问题加载中，请稍候。/ 若长时间无响应，请刷新本页面: what a script shows until it has loaded
    # (written in Simplified only, as the rules added since match_rule reads a Traditional
    # line's Simplified form too: 載入中 / 請重新整理頁面 are matched through it)
    Rule("loading", "page widget's loading message",
         _r(r"^.{0,8}(?:加载中|载入中|正在加载|正在载入)(?:[.。…，,]|$)|^正在(?:读取|加载|载入).{0,6}[.。…]+$|"
            r"^[,，]?\s*请稍候|请刷新(?:本)?页面|请重新整理(?:本)?页面"),
         max_len=24),
    # the messages of a web video player (video.js, the most common one): its own words,
    # in English on a Chinese page, never a document's
    Rule("video-player", "video player's controls",
         _r(r"^To view this video please enable JavaScript|^supports HTML5 video$|^Video Player is loading\.?$|"
            r"^This is a modal window\.?$|^Beginning of dialog window\.|^End of dialog window\.?$|^Close Modal Dialog$|"
            r"^No compatible source was found for this media\.?$|^restore all settings to the default values$|"
            r"^Seek to live, currently behind live$|^captions and subtitles off|^descriptions off|^Play Video$|"
            r"^(?:Current Time|Remaining Time|Stream Type|Playback Rate|Picture-in-Picture|Audio Track)$|"
            # the same player in Chinese (its zh-TW and zh-CN translations, read in Simplified)
            r"^无法找到相容此媒体的来源|^找不到.{0,6}媒体的.{0,4}源|^快转至直播|^这是一个(?:视窗|模态窗口)|"
            # its caption settings dialog (开始对话视窗。离开会取消并关闭视窗 … 结束对话视窗)
            r"^开始对话(?:视窗|窗口)|^结束对话(?:视窗|窗口)|^关闭(?:对话框|模态对话框)$|^恢复全部设定至预设值$|"
            r"^(?:字型尺寸|字型边缘样式|字型系列|字体尺寸|字体边缘样式|字体系列)$|"
            r"^(?:播放影片|播放视频|总共时间|目前时间|当前时间|载入完毕|串流类型|流类型|剩余时间|播放速率|播放速度|关闭描述|"
            r"全萤幕|全屏幕?|取消静音|音轨|子母画面|画中画)$|"
            # a Chinese video site's own player (1905.com): its speed, quality and skip-ad controls
            r"^(?:播放速度|清晰度|倍速)\s*[:：]?$|^会员跳过广告$|^正在为您切换到$|"
            # other players' (an advertisement's playlist before the video)
            r"^(?:Continue to video|Closed captions|Playback speed|Now Playing|Ads by|Skip Ad|Skip Backward|Skip Forward|"
            r"NEXT VIDEO|Next Video|% buffered|Unmute|GliaStudios|"
            r"\d(?:\.\d+)?x Normal)$"),
         max_len=120),
    Rule("advert", "advertisement label",
         _r(r"^(?:广告|廣告|Ad|AD|Advertisements?|ADVERTISEMENT|推广|推廣|赞助|贊助|赞助内容|贊助內容|广告剩余)$|"
            r"^同场加映\s*[:：]?$"),   # 同場加映：: a teaser of another video, set inside the article
         max_len=14),
    # 订东北网彩信手机报，移动发KTDBW到10658333: the site's paper by text message, offered
    Rule("sms-subscription", "the site's subscription by text message",
         _r(r"(?:发送?|编辑)\s*[A-Za-z0-9]{2,12}\s*(?:到|至)\s*1\d{5,}"),
         max_len=80),
    Rule("relative-time", "page metadata (time of posting)",
         _r(r"^\d{1,3}\s*(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月)前$|^(?:刚刚|剛剛)$|"
            r"^(?:昨天|前天|今天)(?:\s*\d{1,2}[:：]\d{2})?$"),
         max_len=12),
    # 历史沿革 / 播报 / 编辑: an encyclopedia section's buttons, inside the article (no wall)
    # 本词条缺少概述图，补充相关内容使词条更完整，还能快速升级，赶紧来编辑吧！: an encyclopedia's call to edit
    Rule("wiki-call", "encyclopedia's call to edit the entry",
         _r(r"^本词条缺少.{1,12}补充相关内容|赶紧来编辑吧！?$"),
         max_len=80),
    Rule("section-buttons", "button of an encyclopedia section (播报/编辑)",
         _r(r"^(?:播报|编辑|纠错)$"),   # (not 讨论: a paper's Discussion)
         max_len=2, wall=False),
    # 】【 / 】【字体： / 页面功能 【: the brackets a page draws around its buttons, split off them
    Rule("widget-brackets", "brackets of the page's buttons",
         _r(r"^(?:[【】［］]\s*)+$|^(?=.*[【】［］])(?:[【】\[\]［］]\s*){2,}$|^页面功能\s*[【\[]?$|^[】\]]\s*[【\[]\s*字[体号]\s*[:：]?$"),
         max_len=12, wall=False),
    # [ / 打印 / ] / ][: ASCII brackets alone are a button's only beside a line the page's (in a
    # program listing split token by token — np / . / array / ( / [ / 1, myLength / [] — they are code)
    Rule("widget-bracket-ascii", "brackets of the page's buttons",
         _r(r"^(?:[\[\]]\s*){1,3}$"),
         where="beside", max_len=5, wall=False),
    Rule("hashtag", "topic tag of the page (#话题#)",
         _r(r"^(?:#[^#\s]{2,40}#\s*)+$"),
         max_len=120),
    # 更多 alone: a box's link to more of the same (between an encyclopedia's or a poem
    # page's sections too, so no wall)
    Rule("more-link", "link to more of a list (更多)",
         _r(r"^(?:更多|MORE|More|more|展开全部|展開全部|查看全部|展开全文|展開全文)$"),   # (更多>> and 更多» are the login rule's, before this one)
         max_len=6, wall=False),
    # 农历：甲辰年 四月 廿一: the date box of a site's header
    # 2024年5月28日 星期二 / 农历：甲辰年 四月 廿一: the date box of a portal's header (a plain
    # document's own date under its title looks the same: undone when no other line shows a web page)
    Rule("date-box", DATE_BOX,
         _r(r"^(?:农历|農曆)\s*[:：]?\s*\S{2,4}年|^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周|週)[一二三四五六日天]$"),
         where="header", max_len=30),
    Rule("image-placeholder", "image placeholder left by the scraper",
         _r(r"^(?:图片|\[图片\]|【图片】|\[image\]|image|Image|IMG)$"),
         max_len=10, wall=False),
    # Menu Open / Menu Close / theme switcher / search icon / to navigate / to select / ESC / to close: a
    # theme's words for its buttons and the search dialog's key hints, for screen readers, each alone
    Rule("button-label", "screen-reader words of the site's buttons",
         _r(r"^(?i:menu open|menu close|open menu|close menu|toggle (?:menu|navigation|theme|dark mode)|theme switcher|"
            r"search icon|to navigate|to select|to close|esc)$"),
         max_len=20),
    # Sep 30, 2018 / 2098字: a post's word count alone under its headline (in the text, a figure and 字
    # may be a table's cell)
    Rule("word-count", "page meta line (the post's word count)",
         _r(r"^[\d,]{2,7}\s*字$"),
         where="header", max_len=10),
    # AI 摘要 / AI 摘要接口暂时失联……: a blog plugin's box for a machine summary of the post, over the
    # text (its label, and the message it shows when the service does not answer)
    Rule("ai-summary", "AI summary widget",
         _r(r"^AI\s*摘要$|^AI\s*摘要接口暂时失联|^(?:AI|GPT)\s*(?:摘要|总结)\s*[:：]?\s*(?:生成中|加载中)"),
         where="header", max_len=30),
    # open in new window: the words a docs theme (VuePress) hides beside an outside link for screen
    # readers, which a scraper writes out — inside a sentence, no wall
    Rule("link-icon", "screen-reader words of an outside link's icon",
         _r(r"^(?i:open in new (?:window|tab)|opens in a new (?:window|tab))$|^在新(?:窗口|标签页)中?打开$"),
         max_len=24, wall=False),
    # 在 GitHub 上编辑此页！ / 上次更新: / 贡献者:: a docs theme's footer under the page
    Rule("edit-page", "the site's edit-this-page link and the page's history",
         _r(r"^(?:在\s*Git(?:Hub|ee|Lab)\s*上编辑(?:此页|本页|此页面)|编辑此页面?|(?i:edit this page(?: on (?:github|gitee|gitlab))?))[！!。.]?$|"
            r"^(?:上次更新|最近更新|贡献者|(?i:last updated|contributors))\s*[:：]|"
            # Last modified on 2014-01-11: the page's history, its date after the words
            r"^(?i:last (?:modified|updated|edited)(?: on| at)?)\s*[:：]?\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"),
         where="footer", max_len=40),
    Rule("markup", "markup left by the page's export (HTML comment)",
         _r(r"^<!--.*-->$|^<\s*/?\s*(?:script|SCRIPT|Script|noscript|NOSCRIPT|iframe|IFRAME|style|STYLE)\b.*>$"),
         max_len=400, wall=False),
    # <li> / </li> / <p></p> / <a href="#p=…" hidefocus="true"><img data-src="…"></a>: a gallery's
    # template the page printed as text — tags and nothing else on the line
    Rule("markup-tags", "markup left by the page's export (HTML tags)",
         _r(r"^(?:<\s*/?\s*(?:li|ul|ol|p|i|a|img|div|span|br|em|strong|b|h[1-6])\b[^<>]*>\s*)+$|"
            # {{hket:ul-video id="12220"}}{{/hket:ul-video}}: a template's tags, printed unfilled
            r"^(?:\{\{[^{}]*\}\}\s*)+$|"
            # <%@ include file="/view/…/foot.jsp" %>: a JSP or ASP page's directive, stored unrun
            r"^<%[@=!]?.*%>$"),
         max_len=400, wall=False),
    Rule("separator", "separator line",
         _r(r"^(?:[-—_=*~#＝－─━·•]\s*){3,}$"),
         max_len=200, wall=False),
    # 2021-11-21 / | / 更新于: the bar between a post's dateline fields, on a line of its own
    Rule("separator-bar", "separator line",
         _r(r"^[|｜]$"),
         where="beside", max_len=1, wall=False),
    # 在线投稿 / 新闻热线：0791-86849275 / 我要爆料: a news site asking its readers for stories
    Rule("news-tips", "the site's call for news tips",
         _r(r"^(?:在线投稿|我要投稿|我要爆料|我要报料|新闻报料|线索征集)$|^\S{0,8}(?:爆料|报料)(?:平台|热线|通道)(?:\s.{0,20})?$|^(?:读者|版权合作及网站合作|合作)(?:热线|电话)\s*[:：]|"
            r"^(?:新闻|报料|爆料|投稿)热线\s*[:：]?\s*[\d\-－\s()（）]{5,24}$"),
         max_len=30),
    Rule("contact-footer", "site footer (address of the site's owner)",
         _r(r"^(?:联系)?地址\s*[:：].{2,60}(?:邮编|邮政编码)\s*[:：]?\s*\d{6}|^(?:联系)?电话\s*[:：].{5,80}传真\s*[:：]"),
         where="edge", max_len=120),
    Rule("counter", "view counter or page number",
         _r(r"^\d{1,9}$|^[（(]\d{1,6}[)）]$"),   # ((0) over 相關新聞: the comments' count, in brackets)
         where="edge", max_len=9),
)

RULE_NAMES = tuple(r.name for r in RULES)


# --------------------------------------------------------------------------- page metadata

#: Keys of ``key：value`` page-metadata lines, and the meta field each fills (or "").
PAGE_FIELDS = {
    "发布时间": "date", "发布日期": "date", "发文日期": "date", "成文日期": "date", "时间": "date",
    "日期": "date", "更新时间": "date", "发表时间": "date", "来源": "source", "信息来源": "source",
    "文章来源": "source", "稿件来源": "source", "发布机构": "source", "发布单位": "source",
    "作者": "author", "撰稿": "author", "原创": "source", "浏览次数": "", "访问量": "", "点击数": "", "阅读": "",
    "阅读次数": "", "阅读量": "", "阅读人次": "", "浏览人次": "", "访问次数": "", "点击量": "", "点击率": "", "浏览量": "",
    "浏览": "", "字号": "", "字体": "", "责任编辑": "", "编辑": "",
    "博主文章分类": "", "文章分类": "", "分类专栏": "", "文章标签": "",
    # the metadata table of a government information page (gov.cn and provincial sites)
    "发文机关": "source", "发文单位": "source", "发文字号": "doc_number", "文号": "doc_number",
    "索引号": "", "主题分类": "", "主题词": "", "体裁分类": "", "组配分类": "", "服务对象": "",
    "公开方式": "", "公开范围": "", "公开时限": "", "有效性": "", "标题": "title", "点击": "",
    "生效日期": "", "废止日期": "", "成文时间": "date", "公开日期": "date",
    "信息名称": "title", "文件编号": "doc_number", "生成日期": "date", "时效": "", "内容概述": "",
    "法定主动公开分类": "",
    # (a normative document's registration number, the office answering for its release,
    # how long the notice is valid: the register's fields, not the document's)
    "统一登记号": "", "公开责任部门": "", "信息时效期": "",
    # 新聞觀看次數：113.1k / 香港時間 / 11月28日(五) 05:01: a Hong Kong news page's counter and clock
    "观看次数": "", "新闻观看次数": "", "香港时间": "date", "北京时间": "date", "台北时间": "date",
    "出版": "date", "更新": "date", "创建": "date",   # (出版：/更新： over a news page's times; 创建: / 更新: a blog's)
    # the header of a law in a legislation database (国家法律法规数据库)
    "制定机关": "source", "公布日期": "date", "颁布日期": "date", "施行日期": "", "实施日期": "",
    "时效性": "", "效力级别": "", "法律性质": "", "法规类别": "",
    # law.moj.gov.tw: 法規名稱／修正日期／法規類別 above a Taiwan law
    "法規名稱": "title", "法规名称": "title", "修正日期": "date", "公發布日": "date", "生效狀態": "",
    "法規類別": "", "廢止日期": "",
    # pkulaw and similar: 【法规标题】…【发布部门】…【发文字号】…
    "法规标题": "title", "发布部门": "source", "实施时间": "", "法宝引证码": "",
    "發布日期": "date", "發布機關": "source",
    # 发布: 2021-1-29 13:18 | 点击: 313 | 来自: 互联网: a news page's dateline, key by key
    "发布": "date", "来自": "source", "出处": "source", "来源于": "source", "发布人": "",
    "最后更新": "date", "更新日期": "date", "發布時間": "date", "更新時間": "date", "文章日期": "date",
    # 稿源：《半月谈内部版》 / 关键字：住宅租赁;自有物业 / 字級設定：: a news page's source, tags and text size
    "稿源": "source", "关键字": "", "字级": "", "字级设定": "", "调整字级": "", "字体大小": "",
}
#: keys whose value is a count (浏览次数：199): left empty — a script fills it in — the key
#: takes no line of words under it for its value
COUNT_FIELDS = frozenset(("浏览次数", "访问量", "点击数", "阅读", "阅读次数", "阅读量", "阅读人次", "浏览人次", "访问次数",
                          "点击量", "点击率", "浏览量", "浏览", "点击", "观看次数", "新闻观看次数"))
#: 199 / 1,024 / 3.6K / 1.2万 / 113.1k 次: a count
_COUNT_VALUE = re.compile(r"^\d[\d,.]*\s*[kKwW万千]?\s*(?:次|人次)?$")


def could_be_value(key: str, value: str) -> bool:
    """Could ``value``, on the line under a key left empty, be that key's value? A count's
    key (浏览次数：) takes only a count: a script fills it in, and when it is left empty the
    line under it is the text's first (根据 / 《…办法》)."""
    return "".join(simplified(key).rstrip(":： ").split()) not in COUNT_FIELDS or _COUNT_VALUE.match(value) is not None


# 索 引 号 / 标　　题: keys are often spaced out to align the table
# (the keys are matched on a line's Simplified form: each Traditional key has its Simplified one)
PAGE_FIELDS.update({simplified(key): field for key, field in list(PAGE_FIELDS.items())})
#: (a key letter-spaced as the table prints it: 索 引 号, with any kind of space)
_FIELD_KEYS = "|".join(r"[ \u3000\u00a0\u2002\u2003\u2009]*".join(k) for k in sorted(PAGE_FIELDS, key=len, reverse=True))
# 发布时间：… / 【发布部门】全国人大常委会 (a bracketed key needs no colon)
_FIELD = re.compile(rf"(?:^|(?<=\s)|(?<=[|｜]))(?:【({_FIELD_KEYS})】\s*[:：]?|[【\[]?({_FIELD_KEYS})\s*[】\]]?\s*[:：])\s*")
#: (2005-04-05 06:40更新 来源：…: the verb after the time is the page's)
_DATE_VALUE = re.compile(r"(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
                         r"(?:\s*(?:更新|发布|發布|发表|發表))?")


@dataclass(frozen=True)
class PageFields:
    """``key：value`` pairs of a page-metadata line, with the meta fields they fill."""

    fields: tuple[tuple[str, str, str], ...]   # (key, value, meta field or "")


#: Keys that, alone on a line in the body of a document, are its content (a meeting's
#: 时间, a table's 来源), not page metadata.
GENERIC_KEYS = frozenset(("时间", "日期", "来源", "作者", "编辑", "阅读", "浏览", "信息来源", "标题", "点击", "文号"))


_SWITCHER_KEYS = frozenset(("字号", "字体"))   # a font-size switcher's keys (字体：大 中 小)


def page_fields(line: str, zone: str = "header") -> PageFields | None:
    """Parse '发布时间：2023-01-10  来源：区政府办  浏览次数：199' into its fields.

    Returns None unless the whole line is such fields (so prose mentioning 来源 is safe)."""
    if len(line) > 160:
        return None
    bracketed = line[:1] in "（(" and line[-1:] in "）)"
    if bracketed:
        line = line[1:-1]   # （来源：某某日报）
    # (the keys are read in Simplified — 新聞觀看次數 is 新闻观看次数 — the values as written:
    # the Simplified form of a line has its characters where the line has them)
    matches = list(_FIELD.finditer(simplified(line)))
    if not matches:
        return None
    fields = []
    lead = line[: matches[0].start()].strip().strip("|｜[]【】").strip()
    if lead:
        # 2023-01-12 09:30 来源：… — a bare timestamp before the first key
        dm = _DATE_VALUE.fullmatch(lead)
        if not dm:
            return None
        fields.append(("时间", dm.group(1).strip(), "date"))
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        key = re.sub(r"[ \u3000\u00a0\u2002\u2003\u2009]", "", m.group(1) or m.group(2))
        target = PAGE_FIELDS[key]
        # "新华社 | 2023-07-21 16:05": the value ends at a bar or a wide gap; a date after it
        # is the page's date
        parts = [p for p in re.split(r"\s*[|｜]\s*|\s{2,}|\u3000", line[m.end():end].strip(" \t\u3000|｜【】[]")) if p]
        value = parts[0] if parts else ""
        if target in ("source", "author"):
            value = re.split(r"\s*[【\[]", value)[0].strip()   # 区财政局 【字体：大 中 小】【打印】
        for extra in parts[1:]:
            dm = _DATE_VALUE.fullmatch(extra)
            if dm:
                fields.append(("时间", dm.group(1).strip(), "date"))
        if target == "date":
            dm = _DATE_VALUE.search(value)
            if not dm:
                # 时间：… that is not a date: this is not a metadata line (nor 更新：修复了0个问题,
                # a sentence that opens with the word)
                if key in ("时间", "日期", "更新", "出版", "发布") and value:
                    return None
            elif key in ("时间", "日期") and _DATE_VALUE.fullmatch(value) is None:
                return None   # 时间：2024年3月6日上午9:00 — a meeting's time, part of the minutes
            else:
                value = dm.group(1).strip()   # the date without the time of day
        if target == "title" and (len(value) > 100 or re.search(r"[。！？]$", value)):
            return None
        if target in ("source", "author", "doc_number") and (len(value) > 30 or re.search(r"[。！？]", value)):
            return None
        if key in _SWITCHER_KEYS and re.search(r"[、，,（(]", value):
            return None   # 字体：清晰、现代 Sans-Serif（如 Inter、…）: a design note's words, no font-size switcher
        fields.append((key, value, target))
    if zone == "body" and all(k in GENERIC_KEYS for k, _, _ in fields) and len(fields) < 2:
        return None
    if bracketed and zone == "footer" and [k for k, _, _ in fields] == ["作者"]:
        return None   # (作者：方敏北京大学经济学院教授) under the text: the writer's credit, the article's
    return PageFields(tuple(fields))


# --------------------------------------------------------------------------- title suffixes

#: why the site's name is cut from a page title (clean reads these removals again: the footer's name)
SITE_IN_TITLE = "site name in the page title"

#: Parts of a page title that are not the document's title: page counters of collection
#: pages ("-17篇(第62/65页)") and site names ("_中国政府网"). Removed, and listed.
TITLE_SUFFIXES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\s*[-－—_|｜]\s*\d+\s*篇\s*[(（]\s*第\s*\d+\s*/\s*\d+\s*页\s*[)）]\s*$"),
     "collection counter in the page title"),
    (re.compile(r"\s*[(（]\s*第\s*\d+\s*/\s*\d+\s*页\s*[)）]\s*$"), "page counter in the page title"),
    (re.compile(r"\s*[-－_|｜]\s*\d+\s*篇\s*$"), "collection counter in the page title"),
    (re.compile(r"\s*[(（【\[]\s*(?:精选|通用|推荐|最新|热门|优秀|共)?\s*\d+\s*篇\s*[)）】\]]\s*$"),
     "collection counter in the page title"),
    (re.compile(r"\s*[-－_|｜]?\s*第\s*\d+\s*页\s*$"), "page counter in the page title"),
    # 标题(页 1) - 学术前沿 - 某某论坛 - powered by Discuz! Archiver: a forum archive's page
    # counter, the board and the site after it
    (re.compile(r"\s*[(（]\s*页\s*\d+\s*[)）]\s*[-－—_|｜].*$"), "page counter and site name in the page title"),
    (re.compile(r"\s*[_|｜│┃︱∣]\s*[\u4e00-\u9fffA-Za-z]{2,14}(?:网|網|文库|门户|网站|網站|政府网|官网|平台)\s*$"),
     SITE_IN_TITLE),
)


#: how a page's <title> joins the headline to the section and the site: _ | ｜ (or a
#: look-alike: │ ┃ ︱ ∣, not 丨, which a headline uses inside: 5則必讀新聞丨標題) and a hyphen
#: or dash with spaces around it (标题——副题, without spaces, is one title); a star or emoji
#: with spaces around it (开篇博客 🌟 Ecrose's Blog); a double colon with spaces around it (我的世界
#: 1.18.1Paper服务端开服 :: Bravoooooooo: Hugo's terminal themes)
#: (an underscore inside a Latin name — A10ng_'s Blog, my_notes — joins nothing)
_TITLE_JOINS = re.compile(r"\s+::\s+|\s*[|｜│┃︱∣]\s*|\s*(?<![A-Za-z0-9])_\s*|\s*_(?![A-Za-z0-9'])\s*|\s+[-－—–]{1,2}\s+|\s+[·•・]\s+|\s+[\u2600-\u27bf\u2b50\U0001f300-\U0001faff]\ufe0f?\s+|\s+/\s+|(?<=[\u4e00-\u9fff）)”》])[-－](?=[\u4e00-\u9fffA-Za-z（(“《])")
#: a part of a <title> that names the site or its section, not the document
_SITE_PART = re.compile(
    r"^(?:.{0,14}(?:网|網|频道|頻道|首页|首頁|新闻|新聞|在线|在線|日报|日報|晚报|晚報|时报|時報|客户端|头条|頭條|资讯|資訊|"
    r"门户|門戶|网站|網站|官网|官網|平台|政府|中心|政务|政務|公开|公開|专栏|專欄|栏目|欄目|博客|论坛|論壇|快讯|快訊|"
    # 主动公开文件_上海市房屋管理局: a section of a government body's site, and the body
    r"公开文件|公開文件|政策文件|局|厅|廳|委员会|委員會|办公室|辦公室)"
    r"(?:\s+[\w.-]+\.(?:com|cn|net|org|gov)(?:\.cn|\.tw|\.hk)?)?(?:[（(][^（）()]{1,12}[）)])?|"   # (信報網站 hkej.com; 正北方网（原北方新闻网）)
    r"[\w.-]+\.(?:com|cn|net|org|gov)(?:\.cn|\.tw|\.hk)?|[A-Za-z][A-Za-z0-9 .&]{1,30}|.{1,4})$")
#: My first post - BlackBird's Blog: a blog's name in English, the <title>'s last part
_BLOG_NAME_AFTER = re.compile(_ENGLISH_BLOG_NAME)


def names_site_or_section(part: str) -> bool:
    """Is this part of a page's <title> the site's or its section's name (新华网, 最新文件)?"""
    return _SITE_PART.match(part.strip()) is not None


def names_a_blog(part: str) -> bool:
    """BlackBird's Blog: a part of a page's <title> that names a blog, in English."""
    return _BLOG_NAME_AFTER.match(part.strip()) is not None


def title_spans(title: str) -> list[tuple[int, int]]:
    """Where the parts of a page's <title> stand between its joins: the headline's
    parts, the section, the site."""
    spans, pos = [], 0
    for m in _TITLE_JOINS.finditer(title):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = max(pos, m.end())
    if pos < len(title):
        spans.append((pos, len(title)))
    return spans


#: -铜雀历史网 / _某某网: a page title whose headline part is empty
#: page.title - WhyAlwaysMe 的树洞 / {{ title }} | 某某博客: a theme's placeholder for the headline, never
#: filled in, before the site's name
HEADLINE_PLACEHOLDER = re.compile(r"^\s*(?:page\.title|\{\{.{1,30}\}\}|\$\{.{1,30}\}|undefined|null)\s*[-_|｜—–·]\s*\S.{1,30}$")
_EMPTY_HEADLINE = re.compile(r"^[-_|｜—–·]\s*\S{2,30}$")
#: 谢谢您访问〖关注中国中心〗 / 欢迎光临…: the site greeting its visitors
_GREETING = re.compile(r"^(?:欢迎|歡迎|谢谢|謝謝)您?(?:访问|訪問|光临|光臨|来到|來到)")
_BLOG_NAME = re.compile(_CHINESE_BLOG_NAME)


#: 政务公开信息内容页 / 新闻详情页 / 文章详情: a page title that names the site's page template
_TEMPLATE_PAGE = re.compile(r"^\S{0,12}(?:内容页|內容頁|详情页|詳情頁|正文页|正文頁|细览页|細覽頁|文章页|文章頁|"
                            r"详细内容|詳細內容|详细信息|詳細資訊|文章详情|文章詳情|新闻详情|新聞詳情|"
                            # 中标公告详细页面: the template's page for one notice
                            r"详细页面|詳細頁面|详情页面|詳情頁面|内容页面|內容頁面)$")


def names_the_template(title: str) -> bool:
    """政务公开信息内容页 / 中标公告详细页面: a page <title> that names the site's template for
    one item, not the item: never the title, even on a page with no prose to find a header by."""
    return _TEMPLATE_PAGE.match(title) is not None


def names_only_the_site(title: str) -> bool:
    """A page <title> without a headline in it: 北医新闻网_(新闻), 科普中国-辟谣文章 (every
    part names the site or a section), -铜雀历史网, 欢迎访问某某网, 某某的博客. The document's own
    title is further down the page. So does one that names the page's template
    (政务公开信息内容页)."""
    if _EMPTY_HEADLINE.match(title) or HEADLINE_PLACEHOLDER.match(title) or _GREETING.match(title) or _BLOG_NAME.match(title) \
            or names_the_template(title):
        return True
    parts = [title[a:b] for a, b in title_spans(title)]
    return len(parts) >= 2 and all(_SITE_PART.match(p) for p in parts) or _NEWS_SITE_ALONE.match(simplified(title)) is not None \
        or _LATIN_MASTHEAD.match(title) is not None


#: :: BERNAMA MANDARIN ::: a site's name in capitals, between its ornaments, as a Chinese page's <title>
_LATIN_MASTHEAD = re.compile(r"^[\W_]*[A-Z][A-Z0-9 .&'-]{2,40}[\W_]*$")


#: 公共電視台 新聞網 / 某某新闻中心: a news site's name alone as the page's <title>; 成報 SING PAO
#: DAILY NEWS: a paper's masthead, its name in hanzi and in capitals
_NEWS_SITE_ALONE = re.compile(r"^[\u4e00-\u9fff·\s]{2,12}(?:新闻网|电视台|电台|新闻中心)$|"
                              r"^[\u4e00-\u9fff]{2,8}\s+(?=[A-Z .&'-]{4,40}$).*\b(?:NEWS|DAILY|TIMES|POST|PRESS|HERALD|JOURNAL|"
                              r"MEDIA|TV|RADIO|WEEKLY|MAGAZINE)\b")


#: 某某市人民政府 / 某某区人民政府门户网站 / 国家能源局网站: a page <title> that is the site's
#: name alone (one part, no headline joined to it)
_SITE_NAME_ALONE = re.compile(r"^[\u4e00-\u9fff（）()]{2,16}(?:人民政府|人民政府网|政府网|门户网站|"
                              r"网站|官方网站|官网|全球资讯网)$"
                              # 佛山市住房和城乡建设局: a government body's name alone, its site's
                              r"|^[\u4e00-\u9fff]{2,6}[市省区县](?:[\u4e00-\u9fff]{2,14})(?:局|厅|委员会|办公室|管理中心)$")


def is_site_name_alone(title: str) -> bool:
    """Is a page's <title> only the site's name (某某市人民政府)? The document's title is then
    further down — on a web page; a plain document's first line may be its issuer."""
    return bool(_SITE_NAME_ALONE.match(simplified(title)))   # (門戶網站, 全球資訊網 too)


_SITE_NAME_END = re.compile(r"(?:网|網|网站|網站|门户|門戶|官网|官網)$")


def split_site_name(title: str) -> tuple[str, list[str]]:
    """关于…的通知_某某市人民政府 / 某某市人民政府 | 关于…的通知 / 标题 - 财经频道 - 新浪网:
    the headline, and the parts of the page title that name the site or its section."""
    parts = [title[a:b] for a, b in title_spans(title)]
    if len(parts) < 2:
        return title, []
    first, last = 0, len(parts)
    while last - first > 1 and (_SITE_PART.match(parts[last - 1]) or names_a_blog(parts[last - 1])):
        last -= 1   # (AIdraw - Yongbo's Blog: a blog's name in English, after the headline)
    longest = max(range(last), key=lambda k: len(parts[k]))
    if longest >= 2 and all(_SITE_PART.match(p) for p in parts[:longest]):
        first = longest   # 今日信報 - 港聞 - 标题: the paper and its section, before the headline
    while last - first > 1 and _SITE_PART.match(parts[first]) and len(parts[first]) > 4:
        first += 1   # (新华视界｜…: a short column name before the headline is the headline's)
    kept = parts[first:last]
    # (a short headline is kept only when what was cut names a site for certain: 静夜思•夜-中国诗歌网)
    shortest = 2 if any(_SITE_NAME_END.search(p) for p in parts[:first] + parts[last:]) else 6
    if first == 0 and last == len(parts) or len("".join(kept)) < shortest:
        return title, []
    # the headline's own parts keep the joins the title had between them
    start = title.index(kept[0])
    end = title.rindex(kept[-1]) + len(kept[-1])
    return title[start:end], parts[:first] + parts[last:]


# --------------------------------------------------------------------------- menus

#: marks of a sentence: a line with them is prose, not a menu item
PROSE_MARKS = re.compile(r"[。，；！？,;]")
#: the same, in the full-width forms alone (a list of words between half-width commas is no sentence)
CJK_SENTENCE_MARKS = re.compile(r"[。，；！？]")

_NAV_WORDS = re.compile(
    r"^(?:首页|网站首页|政务公开|信息公开|政府信息公开|新闻中心|新闻动态|政务服务|办事服务|网上办事|互动交流|公众参与|"
    r"走进.{1,4}|机构概况|机构职能|领导之窗|政策法规|政策文件|政策解读|专题专栏|通知公告|工作动态|网站地图|联系我们|"
    r"English|无障碍|繁體|繁体|简体|登录|注册|投诉建议|在线访谈|数据发布|统计数据|人事信息|规划计划|"
    # a blog's menu: 首页 / 归档 / 标签 / 关于, or its theme's English words (Home / Archives / About)
    r"归档|歸檔|标签|標籤|分类|分類|关于|關於|关于我|關於我|友链|友鏈|搜索|搜尋|留言板|檔案庫|"
    r"Home|About|Archives?|Tags|Categories|Search|Links|Posts|Friends|RSS)$"
)


def is_menu_word(text: str) -> bool:
    """首页 / 关于 / 归档 / Home: a word a site's menu lists, alone on its line."""
    return _NAV_WORDS.match(text.strip()) is not None


def navigation_runs(lines, first_prose: int, last_prose: int) -> list[tuple[int, int]]:
    """Menus pasted one item per line: three or more very short lines in the header
    or footer, at least one of them a known menu word (首页, 政务公开…)."""
    runs = []
    i = 0
    n = len(lines)
    # (科目一刷学时脚本 under the menu: the page's headline, its <title> again, ends the menu)
    parts = [lines[0].text[a:b] for a, b in title_spans(lines[0].text)] if lines else []
    longest = max(parts, key=len) if parts else ""
    headline = {title_key(longest)} if longest and not names_site_or_section(longest) else set()   # (not its section's or site's part)
    while i < n:
        if first_prose <= i <= last_prose:
            i = last_prose + 1
            continue
        j = i
        while j < n and not (first_prose <= j <= last_prose) and len(lines[j].text) <= 8 \
                and not PROSE_MARKS.search(lines[j].text) and not re.search(r"[：:。]", lines[j].text) \
                and not (j > 0 and title_key(lines[j].text) in headline):
            j += 1
        if j - i >= 3 and sum(1 for k in range(i, j) if _NAV_WORDS.match(lines[k].text)) >= 2:
            runs.append((i, j))
        i = max(j, i + 1)
    return runs



_ONE_HANZI = re.compile(r"^[\u4e00-\u9fff]$")
#: what such a label says (a flow chart's 是 / 否 / 停, one a line, is no label)
_BOX_LABEL = re.compile(r"推荐|推薦|排行|新闻|新聞|热点|熱點|阅读|閱讀|导读|專題|专题|图片|圖片|视频|視頻|热门|熱門|精选|精選|"
                        r"链接|鏈接|资讯|資訊|公告|动态|動態|关注|關注|焦点|焦點|快讯|快訊|今日|热图|博文|评论|評論")


def vertical_labels(lines) -> list[tuple[int, int]]:
    """今 / 日 / 推 / 荐: a box's label set vertically, one character a line. Its list of
    links follows it. (大 / 中 / 小 is the font-size switcher, a rule of its own.)"""
    runs = []
    i, n = 0, len(lines)
    while i < n:
        j = i
        while j < n and _ONE_HANZI.match(lines[j].text):
            j += 1
        if 3 <= j - i <= 8 and _BOX_LABEL.search("".join(lines[k].text for k in range(i, j))):
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


_COUNT = re.compile(r"^\d{1,6}$")


def paragraph_counts(lines) -> list[int]:
    """37 / 22 / 12 after paragraph upon paragraph: the comment or like count a reading
    site shows beside each one. Three or more, each right after a line of prose."""
    found = [k for k in range(1, len(lines)) if _COUNT.match(lines[k].text)
             and len(lines[k - 1].text) >= 12 and _PARAGRAPH_END.search(lines[k - 1].text)
             and (k + 1 == len(lines) or not _COUNT.match(lines[k + 1].text) and not _UNIT.match(lines[k + 1].text))]
    return found if len(found) >= 3 else []


#: a paragraph ends before the count; a figure split off a sentence (…生于 / 1956 / 年) does not
_PARAGRAPH_END = re.compile(r"[。！？!?…][”’」』\"]?$")
_UNIT = re.compile(r"^[年月日号時时分秒元万亿%％‰个個人名次件条條项項岁歲位天周倍米吨斤届屆期版页頁多余\.,，、）)]")


#: the reasons of lines a printed original's export carries on every page (a Word or PDF
#: text, not only a web page): removed, but no sign of a web page, and no break in the text
PRINTED_PAGE = ("page number of the printed original", "running head of the printed original")
#: what a removed line may be inside a document's own text — a printed page's furniture,
#: a bare count, a rule line: no chrome the text stops at, nothing it may not run across
PAGE_FURNITURE = frozenset(("view counter or page number", "separator line") + PRINTED_PAGE)

_DIGIT_RUN = re.compile(r"\d+")
_BARE_PAGE_NUMBER = re.compile(r"^(?:[-—–－]\s*)?\d{1,4}(?:\s*[-—–－])?$")
_RUNNING_GAP = 8    # lines between two pages' heads, at the least (the median gap)


def running_heads(lines) -> list[int]:
    """立法會 ─ 2005年3月2日 / 3456 …: a short line a PDF or Word export repeats at the top or
    foot of every page (its figures may change). Three or more copies, pages apart, each
    with a page number beside it, the numbers counting up — not a label or a line of code
    the text repeats. Returns the heads and their page numbers."""
    where: dict[str, list[int]] = {}
    for k, line in enumerate(lines):
        text = line.text
        if 2 <= len(text) <= 40 and not is_heading_like(text) and re.search(r"[^\d\W]", text) \
                and not CJK_SENTENCE_MARKS.search(text):   # (a head names the document or the sitting: no sentence)
            where.setdefault(_DIGIT_RUN.sub("#", "".join(text.split())), []).append(k)
    found: list[int] = []
    for key, ks in where.items():
        gaps = sorted(b - a for a, b in zip(ks, ks[1:]))
        if len(ks) < 3 or gaps[len(gaps) // 2] < _RUNNING_GAP or gaps[0] < 3:
            continue   # (pages apart: the last page may be short)
        beside = [[j for j in (k - 2, k - 1, k + 1, k + 2) if 0 <= j < len(lines) and _BARE_PAGE_NUMBER.match(lines[j].text)]
                  for k in ks]
        numbered = [js for js in beside if js]
        if len(numbered) < 3 or len(numbered) * 3 < len(ks) * 2:
            continue   # (the first page's head may stand apart from its number, at the file's top)
        pages = [int(_DIGIT_RUN.search(lines[js[0]].text).group()) for js in numbered]
        if all(a < b for a, b in zip(pages, pages[1:])):   # the page numbers count up
            found.extend(ks)
            found.extend(j for js in numbered for j in js)   # (and the page numbers themselves)
    return sorted(set(found))


_BULLET = re.compile(r"^[·•・]$")


def bullet_link_lists(lines) -> list[tuple[int, int]]:
    """· / 医疗关注--前列腺新发现 / · / 皮肤顽疾: a list of links whose bullets the scraper
    put on lines of their own, each before a short line that is no sentence."""
    runs = []
    i, n = 0, len(lines)
    while i < n:
        j = i
        while j + 1 < n and _BULLET.match(lines[j].text) and len(lines[j + 1].text) <= 30 \
                and not PROSE_MARKS.search(lines[j + 1].text) and not _BULLET.match(lines[j + 1].text):
            j += 2
        if j - i >= 4:
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


# (cached: the region finder, the header and the footer ask of the same line again, and a page
# repeats its menu's lines — 50,000 numbered lines of nine kinds took 15 s uncached)
@lru_cache(maxsize=16384)
def match_rule(line: str, zone: str) -> Rule | None:
    """The first rule that makes ``line`` boilerplate in ``zone`` ("header", "body",
    "footer"), or None — in the line's own characters, or its Simplified form."""
    alt = simplified(line)
    if alt != line:
        return _match_rule(line, zone) or _match_rule(alt, zone)
    return _match_rule(line, zone)


@lru_cache(maxsize=16384)
def matches_in_some_zone(line: str) -> bool:
    """Would some rule take ``line`` for boilerplate in the header, the body or the footer?
    (Each rule tried once, where asking each zone in turn tries the rules of every zone again.)"""
    alt = simplified(line)
    return _match_rule(line, "any") is not None or alt != line and _match_rule(alt, "any") is not None


def _applies_in(rule: Rule, zone: str) -> bool:
    """Does ``rule`` read lines of ``zone``? A header or footer rule reads only its own zone;
    an edge rule the header and the footer; a rule beside the title only the header. (Zone
    "any": every rule, for ``matches_in_some_zone``.)"""
    if zone == "any":
        return True
    if rule.where in ("header", "footer"):
        return zone == rule.where
    if rule.where == "edge":
        return zone != "body"
    if rule.where == "beside":
        return zone == "header"
    return True


#: each zone's rules in the table's order, with what the loop below reads of each (every line of a
#: page is tried against each zone's rules: the loop is the reader's hottest, issue 12's 0.15 s)
_RULES_IN_ZONE: dict[str, tuple[tuple[int, Callable[[str], re.Match[str] | None], Rule], ...]] = {
    zone: tuple((rule.max_len, rule.pattern.search, rule) for rule in RULES if _applies_in(rule, zone))
    for zone in ("header", "body", "footer", "any")
}


def _match_rule(line: str, zone: str) -> Rule | None:
    n = len(line)
    for max_len, search, rule in _RULES_IN_ZONE[zone]:
        if n <= max_len and search(line):
            if rule.name == "navigation" and is_name_row(line):
                continue   # 李芳儒　徐弘庭　陳炳甫…: the names of who attended, not a menu bar
            return rule
    return None
