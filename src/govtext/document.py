"""The elements of an official document (公文, GB/T 9704-2012) read from its text.

:func:`parse_document` reads the elements a 公文 carries, as far as its text shows them, and
returns an :class:`OfficialDocument`. Every element is an :class:`Element` (or a subclass) that
keeps the text it came from: ``start``/``end`` offsets into the input and the 1-based ``lines``,
so a caller can cut it out. An element the text does not show is ``None`` (lists are empty):
nothing is guessed.

| element | how it is read |
| --- | --- |
| ``issuer_mark`` 发文机关标志 | a first line ending in 令 or 文件 (``中华人民共和国国务院令``), or in 公告/通告 with the number under it; a joint mark stacked one organ a line (``国务院`` / ``中央军委`` / ``令``, up to six organs over ``文件``); a 令's mark with its number on one line (``某某市人民政府令　第31号``); a telegram's ``…明传电报``; an organ's name alone above the number (信函格式: ``某某部办公厅``, a university's ``某某大学``); a 纪要's mark over its own title (``某某市人民政府`` / ``市长办公会议纪要``) |
| ``copy_number``, ``secrecy``, ``urgency`` 份号, 密级, 紧急程度 | lines of copy marks only right above the head (``000086`` or ``No.000086``, ``机密★1年``, ``特急``), or before the issuer mark on its line; a telegram form's ``等级　特急·明电`` cell, also before the number on its line (``等级：特急·明电　　某明电〔2026〕7号``) |
| ``doc_number`` 发文字号 | a head line holding only ``国发〔2019〕5号`` (〔〕 [] ［］ （） 【】; a 纪要's ``〔2025〕4号``; a scanned page's one blank between two digits of the year or the serial, ``某农〔2026〕1 6号``, read as printed, its year and serial without it: two blanks together or two gaps in one year or serial no number), ``国令第707号``, ``某某总局公告2025年第5号`` (with no title under it, its mark the title and the rest the number: ``某某市人民政府公告2027年第4号``), or ``第707号`` / ``2025年第3号`` / ``第四十二号`` right under a 令 or 公告 mark, ``第12期`` under a 纪要's mark (one or two short notes after it, in brackets or after a blank, or one in brackets before it, no part of it: ``第5期（总第128期）``, ``第5期（增刊）``, ``第5期　总第128期　内部资料``, ``（总第128期）第5期``; a 签发人 or copy marks after it are read as the head's fields, a year in brackets before it is its year: ``（2026年）第5期``), ``（第3号）`` under a 公告's title or ending it on its line (``某某市人民政府公告（2026年第3号）``, ``…通告　第2号``, ``…通告第2号``: the title without it; a 公告's mark over its number with no title under them and no text promulgated after the date, the mark's line the title), a form's field ``督办编号：某府督〔2026〕第23号``, a court's case number ``（2026）某0105民初2318号`` (a code may hold a word in brackets: ``某公（刑）悬字〔2026〕3号``), or ending the title line (``…的复函（X函〔2025〕1号）``), or alone in brackets under the title (``（某政发〔2026〕14号）``, as a gazette prints it), or before a bracketed title of 关于 on its line (``某某总署公告2026年第42号（关于…的公告）``); a law site's record lines above it (``2023年1月3日 …通过``) are passed over, and the order in its record line of promulgation (``2005年1月10日 中华人民共和国国务院令第431号公布``; in brackets under the title, maybe with when it takes effect: ``（2026年4月2日某某省人民政府令第12号公布　自2026年6月1日起施行）``) is the number |
| ``signer`` 签发人 | ``签发人：张三`` in the head (a form's cell ``签发人　　张三``; on a line of its own under the number too), and names stacked under it |
| ``title`` 标题 | the short lines just above the doc number (a page's tool row ``【字体：大 中 小】　【打印】`` passed over) (or after it, GB/T order) that end with a kind of document (通知, 意见, 批复 ...; an organ's ``…工作总结`` and ``…工作思路``, ``…严正声明``, ``…征集启事``, ``在…会议上的讲话``, ``…工作指引``, ``…村规民约``, ``…情况的汇报``, ``…工作大事记``, ``某某市人民政府任免工作人员``, ``…战略合作框架协议``, ``关于…的会商备忘录``, ``…条例释义``, ``…督办通知单``, ``…政策问答``, ``…招生简章``, ``…目标责任书``, ``…承诺书``, ``授权委托书``, ``介绍信``, ``…会议议程``, ``证明`` (alone, ``…证明书``, ``关于…的证明``, ``在职证明``: not a verb's ``实践证明``), ``…催告书``, ``…告知书``; a channel's tag before it, ``【通知】``, left out), joined, letter spacing removed (an English title under it passed over); a headline printed twice is read once (the copy next to the body); for a 令, the regulation's name under the date (under a 公告 promulgating it too, its own number above it: ``法释〔2026〕5号``); a report printing a document whole (``《关于…的意见》全文如下。``), the document's title under that line |
| (a white paper's head) | a short title naming no kind over the organ publishing it alone on a line over the month alone (``2026年6月``): the ``title`` and the ``issuers`` (a month is no ``date``) |
| (a standard's cover) | its name under its number (``DB59/T 0318—2026``, no 发文字号) is the ``title``, the day of ``2026-03-20发布`` the ``date``, the organs over ``发布`` the ``issuers`` |
| ``addressees`` 主送机关 | the line right after title / number that ends with ： (not a salutation to people at large: ``广大市民朋友：``, ``亲爱的同学们：``); under its label there (``主送：…``, an office system's export); without it, a ``主送：…`` line of the 版记 right above its 抄送 (GB/T 9704 moves a long 主送 there) |
| ``attachments`` 附件说明 | ``附件：1.…`` and ``2.…`` (an attachment's own under it, ``1-1.…``; or on one line, ``附件：1.…　2.…``; ``附表：`` over tables too) between the body and the signature (names one a line without numbers under ``附件：`` alone apart where a name ends like a document's or a form's; a Markdown item's bullet left out), or ``附件1：…`` ``附件2：…`` (``附件一：…``) one a line right above it; or the list under the date (a page listing the annexes after the 落款; not a download link's file name) |
| ``signature`` 发文机关署名 | the line (or up to six stacked organ names, or office-holders one a line: ``甲部部长　某某`` + ``乙部部长　某某``; organs set as a table's cells, tabs between: ``甲局\\t\\t乙局``; a person's line under the role's label, ``述职人：某某``, no issuer's) right above the first date line after the head; an organ and date on the first line after the head (a 纪要's compiling office) is not it; a seal's mark (``（盖章）``, ``（公章）``, ``（某某局代章）``) after it or on a line of its own is left out, so is a line of the places where representatives sign (``（代表签字：某某）``), a seal's star alone (``★``) and its ring's text read by OCR as the organ's name over the printed one |
| ``date`` 成文日期 | that date line (``2019年1月27日``, ``二〇〇四年八月十二日``, its zero typed ``O`` or ``0``: ``二O二五年``, letter-spaced ``二 〇 二 五 年 …``; ``2025-07-01``, ``2025.7.1`` under a signature; the same day twice on one line, two parties' blocks side by side: ``2026年4月8日　　2026年4月8日``); a date of the body on its own line (under ``会议时间`` or a sentence, the body going on under it) is passed over for the signature block below; without one, ``（2025年2月18日）`` right under the title (as the press prints a 党委/政府 document; an agenda's ``（2026年4月23日上午）``; under a speech's speaker line too: ``某某市市长　某某``), or the day of a record of promulgation in brackets there (``（2026年4月2日某某省人民政府令第12号公布…）``); with no date in the text at all (a portal printing the 落款 as an image), the portal table's ``成文日期`` (``parse_document`` only) |
| ``notes`` 附注 | bracketed lines right under the date (``（此件公开发布）``; a publicity note run onto the date's line, ``2026年9月8日（此件公开发布）``), or a contact line there without brackets (``联系人：某某　　联系电话：0571-88008123``; a reply's class line between, ``办理结果类别：A类``, ``公开属性：主动公开``, is passed over); without those, a publicity note right above the 版记 (after a printed annex), or, with no date line in the text and a table's ``成文日期``, the last publicity note among the text's last lines |
| ``cc`` 抄送机关 | ``抄送：…`` (a 纪要's ``分送：…``; GB/T 9704-1999's ``抄报：…``, joined with a ``抄送：…`` under it) after the date (over the next lines while a line ends with a separator or is cut inside a name at a PDF line's width) |
| ``printed_by``, ``print_date`` | ``国务院办公厅　2019年1月28日印发``, or as two cells one a line (``国务院办公厅`` / ``2019年1月28日印发``) |
| ``portal`` 网站表格 | ``索引号`` ``主题分类`` ``发文机关`` ``成文日期`` ``发布日期`` ... (the catalogue's ``信息索引号``, ``信息名称``, ``发布机构``, ``文号``; ``发布时间``) as ``key：value`` or ``【key】value`` (two a line too), one table cell per line or a Markdown pipe table's cells (``| 索引号 | … |``); a page's byline (``发布时间：2025-11-12　来源：…``) counts as a table, and ``label：value`` rows it does not know among its rows (``生成日期``, ``有效性``) are its rows; dates in digits read as dates |

The signature, date and the rest of the tail are read only when the head was recognised (a
title, a doc number or an issuer mark; or a 主送 naming organs on the text's first line, ``各学校：``, a
document whose title the crawl lost, kept when organs sign it: not a citizen's letter), so a dated line of a news
page is never a signature.

``issuers`` (发文机关) is a list of names: the signature split at its spaces (joint documents
sign ``国务院办公厅　中央军委办公厅``; not a signature of office-holders, ``国务院总理　某某``), else the organ named by a 令 or 文件 mark, else the names
before 关于 in the title (the organ of a session over it: ``某市第十七届人民代表大会第五次会议`` + ``关于…的决议``; the parties one a line over an agreement's name: ``某市人民政府`` + ``某某科技有限公司`` + ``…框架协议``; or those a report printing the document whole names in its lead: ``甲厅、乙厅印发了《关于…》``), else the organ an order's number names in full (``某某省人民政府令第12号``), else the parties of an agreement's or a pledge's signing block over the date (``甲方：某县人民政府（盖章）　　乙方：某镇人民政府（盖章）``, the persons answering for them under it: ``责任人：县长　某某``; a power of attorney's principal alone: ``委托人：某某局（盖章）``; the date is the document's, no signature). else the organ alone on the line under an unsigned title, the text under it (a report's author: ``关于…的调研报告`` + ``某县政协某委员会调研组``). ``body`` is :func:`~govtext.outline.split_outline` of the text.

Documents that contain other documents (a notice that prints or forwards another) are read as
the issuing document: the first signature and date block after the head is its own. A page that
prints the head twice (a policy portal's 标题 and 发文字号 cells above the document's own head, or
a page title above the 令 mark) is read from the last copy, the one the body follows.

>>> doc = parse_document(
...     "国务院关于在市场监管领域全面推行\\n部门联合监管的意见\\n国发〔2019〕5号\\n"
...     "各省、自治区、直辖市人民政府：\\n一、总体要求\\n坚持全面覆盖。\\n"
...     "国务院\\n2019年1月27日\\n（此件公开发布）\\n")
>>> doc.title.text
'国务院关于在市场监管领域全面推行部门联合监管的意见'
>>> doc.title.lines
(1, 2)
>>> doc.doc_number.issuer_code, doc.doc_number.year, doc.doc_number.serial
('国发', 2019, 5)
>>> doc.addressees.text, doc.signature.text, doc.date.iso, [n.text for n in doc.notes]
('各省、自治区、直辖市人民政府', '国务院', '2019-01-27', ['（此件公开发布）'])
>>> doc.issuers
['国务院']
>>> doc.cc is None and doc.attachments == []
True
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import regex

from . import _re as re
from ._util import OCR_SERIAL, OCR_YEAR, check_text, interface_words, lazy, ungap
from .outline import (
    _AR_BARE_STOP,
    _CN_DIGIT,
    _DATE,
    _LAW_KIND,
    _LAW_NUM,
    _ZERO_TYPED,
    Outline,
    _book_title_open,
    _cn_int,
    _qualifier_re,
    split_outline,
)

__all__ = ["DocDate", "DocNumber", "Element", "OfficialDocument", "Secrecy", "element_lines", "parse_document"]


@dataclass(frozen=True)
class Element:
    """One element: its value and where it came from.

    ``text`` is the value (outer blanks and the label stripped; a title joined across lines).
    ``start``/``end`` are offsets of the span it was read from and ``lines`` its 1-based line
    numbers; all three are ``None``/``()`` for a value read from ``metadata_lines``.
    """

    text: str
    start: int | None
    end: int | None
    lines: tuple[int, ...]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict of the fields."""
        return {k: (list(v) if isinstance(v, tuple) else v) for k, v in vars(self).items()}


@dataclass(frozen=True)
class DocNumber(Element):
    """发文字号: ``国发〔2019〕5号`` -> issuer_code ``国发``, year 2019, serial 5.

    A 令 printed as ``第707号`` has ``issuer_code`` and ``year`` ``None``.
    """

    issuer_code: str | None = None
    year: int | None = None
    serial: int | None = None


@dataclass(frozen=True)
class DocDate(Element):
    """A date as printed (``二〇〇四年八月十二日``) and as ISO ``2004-08-12`` (``iso`` is
    ``None`` when the printed date is not a real day)."""

    iso: str | None = None


@dataclass(frozen=True)
class Secrecy(Element):
    """密级和保密期限: ``机密★1年`` -> level ``机密``, term ``1年`` (``term`` is ``None`` when no
    period is printed: ``绝密``)."""

    level: str = ""
    term: str | None = None


@dataclass
class OfficialDocument:
    """The elements of one official document; see the module docstring for each."""

    title: Element | None = None
    doc_number: DocNumber | None = None
    issuer_mark: Element | None = None
    #: 份号 (``000086``), 密级和保密期限 (``机密★1年``), 紧急程度 (``特急``): read only from the
    #: lines above the issuer mark or title (the 版头's first lines), never from the body.
    copy_number: Element | None = None
    secrecy: Secrecy | None = None
    urgency: Element | None = None
    signer: Element | None = None
    addressees: Element | None = None
    issuers: list[str] | None = None
    body: Outline | None = None
    attachments: list[Element] = field(default_factory=list)
    signature: Element | None = None
    date: DocDate | None = None
    notes: list[Element] = field(default_factory=list)
    cc: Element | None = None
    printed_by: Element | None = None
    print_date: DocDate | None = None
    #: The policy portal's table: ``index_number`` (索引号), ``subject`` (主题分类), ``issuer``
    #: (发文机关), ``written_date`` (成文日期), ``publish_date`` (发布日期), ``doc_number``
    #: (发文字号), ``title`` (标题), ``keywords`` (主题词); only the keys the page carries.
    portal: dict[str, Element] = field(default_factory=dict)

    def to_dict(self, *, body: bool = True) -> dict[str, Any]:
        """A JSON-serialisable dict; the body is given as its headings (no text), or left
        out with ``body=False``.

        >>> parse_document("关于放假的通知\\n各单位：\\n放假一天。\\n办公室\\n2024年1月2日\\n").to_dict()["date"]["iso"]
        '2024-01-02'
        """
        out: dict[str, Any] = {}
        for name in ("title", "doc_number", "issuer_mark", "copy_number", "secrecy", "urgency", "signer",
                     "addressees"):
            v = getattr(self, name)
            out[name] = v.to_dict() if v is not None else None
        out["issuers"] = self.issuers
        out["attachments"] = [a.to_dict() for a in self.attachments]
        for name in ("signature", "date"):
            v = getattr(self, name)
            out[name] = v.to_dict() if v is not None else None
        out["notes"] = [n.to_dict() for n in self.notes]
        for name in ("cc", "printed_by", "print_date"):
            v = getattr(self, name)
            out[name] = v.to_dict() if v is not None else None
        out["portal"] = {k: v.to_dict() for k, v in self.portal.items()}
        if not body:
            return out
        out["body"] = (
            [{"level": s.level, "marker": s.marker, "number": s.number, "title": s.title.strip(),
              "start": s.start, "end": s.end} for s in self.body.walk()]
            if self.body is not None else []
        )
        return out


# --------------------------------------------------------------------------- patterns

_BLANK = " \t\r\u3000\xa0\ufeff\u200b#"
_KINDS = (
    "通知|意见|决定|批复|复函|函|答复|报告|请示|通报|公告|通告|布告|命令|令|议案|纪要|办法|规定|条例|"
    "方案|规划|细则|规则|指南|预案|决议|纲要|章程|制度|计划|要点|公报|措施|建议|说明|标准|目录|清单|"
    "解释|安排|公示|修正案|法典|规范|准则|守则|导则|规程|法|解读|预算|决算|"
    # (an open letter and a call, 致某某的一封信, 倡议书; a list adopted or published alone, 任免名单;
    # an official's answers to the press, 就《…》答记者问; not 问答, a Q&A site's name: 某某问答)
    # (an organ's letter or telegram of greeting, thanks or praise: 贺信, 感谢信, 表扬信, 贺电, 慰问电)
    "一封信|公开信|慰问信|贺信|感谢信|表扬信|贺电|慰问电|倡议|名单|答记者问|"
    # (an organ's account of its year and its plans: 某局2025年工作总结和2026年工作思路, …工作打算)
    "总结|思路|打算|"
    # (an organ's statement and its call for entries: 严正声明, 征集启事; a speech printed alone, 在…会议上的讲话;
    # a guide to practice, 工作指引; rules a village or trade sets itself, 村规民约, 自律公约)
    "声明|启事|讲话|指引|民约|公约|"
    # (a report made to a superior or an inspection team, 关于…工作情况的汇报; an organ's record of its year's
    # events, 某局2025年工作大事记; a government's appointments as a portal and the press print them,
    # 某某市人民政府任免工作人员, 国务院任免国家工作人员; not a bare 汇报, a news headline's: 听取防汛工作汇报)
    "的汇报|大事记|任免(?:国家)?工作人员|"
    # (an agreement an organ signs with another party, 战略合作框架协议, 关于…的协议; the record two organs keep
    # of what they agreed, 会商备忘录, 关于…的备忘录: not a news headline's 签署合作协议, 签署合作备忘录; a
    # commentary on a law article by article, 某某条例释义; a supervision office's form, 督办通知单, 交办单; a
    # department's answers on a policy it issues, 某某政策问答: not a bare 问答)
    # (each led by its last word's first character, the words before it looked behind for from there: a
    # title's end is searched for at every character of a line that may start a kind, and 的, 会, 政, 办
    # start words everywhere)
    "协(?:(?<=框架协)|(?<=的协))议|备(?:(?<=会商备)|(?<=会谈备)|(?<=的备))忘录|释义|单(?:(?<=通知单)|(?<=督办单)|(?<=交办单))|"
    "问(?<=政策问)答|"
    # (a school's or an employer's call for applicants, 招生简章, 招聘简章; a pledge one party signs to another,
    # 目标责任书, 安全生产承诺书: not a news headline's 签订目标责任书, :data:`_PARTY_KINDS`)
    "章(?<=简章)|责任书|承诺书|"
    # (a power one party gives another, 授权委托书, 授权书; an organ's letter introducing its staff to another,
    # 介绍信; a meeting's order of business, 某某会议议程, 党代会议程, the meeting named before it: not a news
    # headline's 提上议程, nor 列入市人大常委会议程 or 提上会议议程, a verb before it: :func:`_meeting_agenda`)
    "委托书|授权书|介绍信|议(?:(?<=会议议)|(?<=会议))程|"
    # (an organ's certificate of a person's or a unit's facts, 证明, 证明书: :func:`_certificate`; an enforcing
    # organ's demand to perform a decision and its notice of the party's rights before one, 催告书, 告知书: 书 kept, 催告 and 告知
    # alone being verbs; led by 书, the words before it looked behind for: 告 starts 告知 in every sentence)
    "证明|书(?<=催告书|告知书)"
)
_ORGAN_END = "院厅部委会局办署府室行司团组军社台馆所处中心校"
#: What else ends the organ's name of a 函式版头 (信函格式): a school's or university's (``南湖大学``, ``某某中学``).
_LETTER_HEAD_ENDS = ("大学", "中学", "小学")
_PORTAL_KEYS = {
    "索引号": "index_number",
    "信息索引号": "index_number",
    "主题分类": "subject",
    "主题词": "keywords",
    "发文机关": "issuer",
    "发布机构": "issuer",
    "成文日期": "written_date",
    "发布日期": "publish_date",
    "发布时间": "publish_date",
    "发文字号": "doc_number",
    "文号": "doc_number",
    "标题": "title",
    "名称": "title",
    "信息名称": "title",
}


@lazy
def _date_re() -> re.Pattern[str]:
    return re.compile(_DATE)


@lazy
def _date_line_re() -> re.Pattern[str]:
    return re.compile(_DATE + r"[ \u3000]*")


@lazy
def _digit_date_line_re() -> re.Pattern[str]:
    # a date in digits only, as some pages sign (2025-07-01, 2025.7.1, 2025/07/01): one separator
    return re.compile(
        r"(?P<y>(?:19|20)\d\d)(?P<sep>[-./])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<d>0?[1-9]|[12]\d|3[01])[ \u3000]*"
    )


@lazy
def _digit_date_alone_re() -> re.Pattern[str]:
    # a line that is such a date alone, blanks around it (19xx or 20xx, a separator, one or two
    # digits, a separator, one or two digits: what :func:`_digit_date_line_re` reads as a
    # signature's date; a list's entry ending in its date, 某某新闻 2025-07-01, is none), from the
    # line break before it (a literal the engine finds fast, where the date's first digits
    # would be tried at every digit)
    blank = re.escape(_BLANK)
    return re.compile(rf"\n[{blank}]*(?:19|20)\d\d[-./]\d{{1,2}}[-./]\d{{1,2}}[{blank}]*(?:\n|\Z)")


@lazy
def _digit_date_alone_at() -> re.Pattern[str]:
    # :func:`_digit_date_alone_re` without its line break: matched where the text starts
    return re.compile(_digit_date_alone_re().pattern.removeprefix(r"\n"))


def _has_date_end(text: str) -> bool:
    """A line of *text* is a date, or a signature and a date (what a signature block's date
    line is: :func:`_date_line_re`, :func:`_sig_date_line_re`, :func:`_digit_date_line_re`).
    The lines ending in 日 are found first (one scan), each then read whole; a line where the
    date follows a label (发布日期：2019年1月28日) or other text with no blank between is none.

    >>> _has_date_end("国务院\\n2019-01-27　\\n附件"), _has_date_end("2019-01-27 发布"), _has_date_end("正文\\n2019.1.2")
    (True, False, True)
    >>> _has_date_end("某某新闻 2019-01-27\\n附件"), _has_date_end("国务院　2019年1月27日 #"), _has_date_end("发布日期：2019年1月28日")
    (False, True, False)
    """
    for m in _date_end_re().finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.end()].strip(_BLANK)
        if line[-1] in "）)":  # (a publicity note run onto the line: 2019年1月27日（此件公开发布）)
            line = line[: _note_on_date(line)[0]]
        if line and (_date_line_re().fullmatch(line) or _sig_date_line_re().fullmatch(line)):
            return True
    # (the text's start is a line's: the pattern without its line break is matched there, where
    # a search of "\n" + text would copy the text)
    return _digit_date_alone_at().match(text) is not None or _digit_date_alone_re().search(text) is not None


@lazy
def _sig_date_line_re() -> re.Pattern[str]:
    """A signature and a date on one line (国务院办公厅　2019年1月27日)."""
    return re.compile(r"(?P<sig>\S.{1,39}?)[ \u3000]+" + _DATE + r"[ \u3000]*")


@lazy
def _date_end_re() -> re.Pattern[str]:
    # a line ending in 日: where a date line or a one-line signature can stand (the literal
    # first character scans fast; a full date pattern tried at every offset would not), maybe a note in
    # brackets after it (:func:`_note_on_date` reads it; no bracket inside, so a line of 日（日（… fails at once)
    b = re.escape(_BLANK)
    return re.compile(f"日[{b}]*(?:[（(][^（）()\n]{{1,{_PUBLICITY_NOTE_MAX}}}[）)][{b}]*)?$", re.M)


def _note_on_date(s: str) -> tuple[int, int]:
    """Where the date ends and the note starts on the line *s* when a publicity note is run onto it
    (``2019年1月27日（此件公开发布）``, a signature before the date too: ``某某局　2019年1月27日（此件主动公开）``, as a
    page that lost the line break prints them; the date and the note are two lines of :func:`_lines`), else
    ``(0, 0)`` (``2019年1月27日（星期日）``).

    >>> _note_on_date("2019年1月27日　（此件公开发布）"), _note_on_date("2019年1月27日（星期日）")
    ((10, 11), (0, 0))
    """
    at = _last_open(s)
    date = s[:at].rstrip(_BLANK)
    # (what a publicity note holds looked for first: a weekday's bracket, a body's date line, is common)
    note = s[at:]
    if at <= 0 or not date or date[-1] != "日" or not ("此件" in note or "公开" in note or "本件" in note):
        return 0, 0
    if _publicity_note_re().fullmatch(s, at) is None:
        return 0, 0
    return (len(date), at) if _date_line_re().fullmatch(date) or _sig_date_line_re().fullmatch(date) else (0, 0)


def _portal_keys() -> str:
    """The portal keys as an alternation, longest first, each may be letter-spaced (索 引 号)."""
    return "|".join("[ \u3000]*".join(k) for k in sorted(_PORTAL_KEYS, key=len, reverse=True))


@lazy
def _portal_line_re() -> re.Pattern[str]:
    # a line break and a line that starts with a portal key, or a byline that names another label
    # first (_byline_re): where _portal can find a field (the literal first character scans at
    # memchr speed, where ^ with re.M is tried at every character)
    keys = _portal_keys()
    blank = re.escape(_BLANK)
    # (a Markdown pipe table's cell too: ``| 索引号 | …``; its bars scanned with the blanks, at no cost)
    # (one run of blanks after the key is read by one quantifier: ``[ ]*[{blank}]*$`` tried the run's
    # every split, quadratic in a line of blanks)
    # (a key in lenticular brackets too, its value after them: ``【索引号】000014349/…``)
    return re.compile(f"\n[{blank}|]*(?:【(?:{keys})】|(?:{keys})(?:[ \u3000]*[：:|]|[{blank}]*$|[ \u3000\t]+[^{blank}：:|])|{_BYLINE})",
                      re.M)


#: How a date field's value starts: a year, then 年 or a separator (2025-09-03, 二〇二五年).
_DATE_START = rf"(?:\d{{4}}|[{_CN_DIGIT}]{{4}})[ \u3000]*[年/.．-]"
#: A page's byline that names another label before its date (``来源：某某局　　发布时间：2025-09-03``):
#: a short label and its short value, blanks, then a date key of the portal and a date.
_BYLINE = (r"[\u4e00-\u9fff]{2,6}[ \u3000]*[：:][^：:\n]{1,40}?[ \u3000\t]"
           + "(?:" + "|".join(k for k, v in _PORTAL_KEYS.items() if v.endswith("date")) + ")"
           + r"[ \u3000]*[：:][ \u3000]*" + _DATE_START)


@lazy
def _byline_re() -> re.Pattern[str]:
    return re.compile(_BYLINE)


def _key_line(s: str) -> bool:
    """A line of the portal table: it starts with a portal key, or it is a byline naming another
    label before its date (:data:`_BYLINE`)."""
    return _portal_re().match(s) is not None or _byline_re().match(s) is not None


def _portal_line(text: str) -> bool:
    """Does a line of *text* start (after blanks) with a portal key, as a label? (The first
    line is looked at after a line break of its own.)

    >>> _portal_line("正文\\n　索引号：000014349/2019-00021"), _portal_line("见索引号：1\\n正文")
    (True, False)
    """
    pat = _portal_line_re()
    nl = text.find("\n")  # (the first line, without a copy of the rest as partition makes)
    return pat.match("\n" + (text if nl < 0 else text[:nl])) is not None or pat.search(text) is not None


#: A court's case number (案号): the year in brackets, the court's code (a short name, maybe its
#: digits) and the case's kind (民初, 行终, 执), then the serial.
_CASE_NUMBER = (r"[(（][ \u3000]*(?P<cyear>\d{4})[ \u3000]*[)）][ \u3000]*"
                r"(?P<ccode>[\u4e00-\u9fff]{1,4}\d{0,6}[\u4e00-\u9fff]{1,6}?)(?P<cserial>\d{1,6})[ \u3000]*号")


#: The most characters of a word in brackets inside a doc number's code (``某公（刑）悬字``, ``某人社（职）``).
_CODE_BRACKET_MAX = 3


@lazy
def _docnum_re() -> re.Pattern[str]:
    bracket = r"[〔\[［(（【]"
    close = r"[〕\]］)）】]"
    return re.compile(
        # (a scanned page's OCR may read the year's 0 as 〇: 〔2〇26〕)
        # (a code may hold a short word in brackets, the office's line of work: 某公（刑）悬字〔2026〕3号)
        rf"(?P<code>[\u4e00-\u9fffA-Za-z]{{1,14}}?(?:[（(][\u4e00-\u9fff]{{1,{_CODE_BRACKET_MAX}}}[）)][\u4e00-\u9fffA-Za-z]{{0,6}})?)?"
        # (and may read one blank between two digits of the year or the serial: 〔20 26〕, 〔2026〕1 6号)
        rf"[ \u3000]*{bracket}[ \u3000]*(?P<year>{OCR_YEAR})"
        rf"[ \u3000]*{close}[ \u3000]*(?:第[ \u3000]*)?(?P<serial>{OCR_SERIAL})[ \u3000]*号"
        r"|(?P<lcode>[\u4e00-\u9fff]{1,8}令)第[ \u3000]*(?P<lserial>\d{1,5})[ \u3000]*号"
        # numbered by year: 国家税务总局公告2025年第5号, 交通运输部令2025年第3号
        r"|(?P<ycode>[\u4e00-\u9fff]{1,20}?(?:公告|通告|令))[ \u3000]*(?P<yyear>\d{4})[ \u3000]*年[ \u3000]*第"
        r"[ \u3000]*(?P<yserial>\d{1,5})[ \u3000]*号"
        # a court's case number, its year in brackets first: （2026）某0105民初2318号, （2022）最高法民终12号
        rf"|{_CASE_NUMBER}"
    )


#: The serial number that ends every doc number _doc_number reads (国发〔2019〕5号, 国令第707号,
#: 第707号; a 令's 第三十一号 in numerals: :data:`_ORDER_NUMBER`; a court's case number after the bracket
#: closing its year, :data:`_CASE_NUMBER`): found from its 号 (a literal
#: the engine scans for fast) looking back (``regex`` looks behind by any length).
_SERIAL = (rf"号(?<=(?:(?:[〕\]］)）】][ \u3000]*第?|第)[ \u3000]*\d{{1,5}}|第[ \u3000]*[{_LAW_NUM}]{{1,8}}"
           rf"|[)）][ \u3000]*[\u4e00-\u9fff]{{1,4}}\d{{0,6}}[\u4e00-\u9fff]{{1,6}}\d{{1,6}})[ \u3000]*号)")


@lazy
def _serial_re() -> regex.Pattern[str]:
    return regex.compile(_SERIAL)


@lazy
def _serial_end_re() -> regex.Pattern[str]:
    # a serial where a doc number the head reads can end (:func:`_doc_number_line`), blanks
    # after it: the line's end, the 签发人 after the number, the bracket closing a title's line
    # (…的复函（自然资办函〔2025〕118号）), 公布 or 发布 of a law's record line, a title of 关于 in
    # brackets after the number (:func:`_number_and_title`)
    b = re.escape(_BLANK)
    return regex.compile(_SERIAL + rf"(?=[{b}]*(?:\n|\Z|签|公布|发布|[）)][{b}]*(?:\n|\Z)|[（(][{b}]*关于))")


#: What ends an issuer mark after its organ: 令, 文件 (letter-spaced too), a telegram form's 明传电报;
#: and a 公告's or 通告's (:func:`_notice_mark_re`).
_MARK_KINDS = r"令|文[ \u3000]*件|明传电报"
_NOTICE_KINDS = r"公[ \u3000]*告|通[ \u3000]*告"


@lazy
def _mark_re() -> re.Pattern[str]:
    return re.compile(rf"(?P<organ>[\u4e00-\u9fffA-Za-z、　 ]{{2,40}}?)[ \u3000]*(?:{_MARK_KINDS})")


@lazy
def _copy_marks_re() -> re.Pattern[str]:
    # 份号 (000123), 密级和保密期限 (机密★1年), 紧急程度 (特急): the 版头's first lines
    return re.compile(
        r"(?:No[.．]?[ \u3000]*)?\d{6}|(?:绝密|机密|秘密)(?:[ \u3000]*★[ \u3000]*\S{1,6})?|特[ \u3000]*急|加[ \u3000]*急"
        r"|特提|平急|(?:\d{6}[ \u3000]+)?(?:绝密|机密|秘密)\S{0,8}(?:[ \u3000]+(?:特急|加急))?"
    )


#: one copy mark: 份号 (six digits), 密级 with its 保密期限 after ★ (``1年``, ``6个月``, ``长期``),
#: 紧急程度 (特急, 加急; 特提, 平急 on telegrams), letter-spaced too; a 份号 may be printed No.000086
_COPY_PART = (
    r"(?:(?<![A-Za-z])No[.．]?[ \u3000]*)?(?P<copy>(?<!\d)\d{6}(?!\d))|(?P<level>[绝机秘][ \u3000]*密)"
    r"(?:[ \u3000]*★[ \u3000]*(?P<term>\d{1,2}[ \u3000]*(?:年|个月)|长期))?"
    r"|(?P<urgency>[特加平][ \u3000]*急|特[ \u3000]*提)"
)


@lazy
def _copy_mark_part_re() -> re.Pattern[str]:
    return re.compile(_COPY_PART)


@lazy
def _copy_marks_line_re() -> re.Pattern[str]:
    # a line of copy marks only (up to three, blanks between): 000086, 机密★1年　特急
    part = re.sub(r"\?P<\w+>", "?:", _COPY_PART)
    return re.compile(rf"(?:{part})(?:[ \u3000]*(?:{part})){{0,2}}")


@lazy
def _title_end_re() -> re.Pattern[str]:
    # 办法（试行）, 条例（草案）, 规定（2021年修订）; a 文书's kind (决定书, 答复书, 意见书)
    return re.compile(rf"(?:{_KINDS})书?[）)》]?(?:[（(][^（）()]{{1,12}}[）)])?$")


#: The fewest characters before 布告 ending a title, unless an organ's name ends there (``县政府布告``) or the kind stands
#: alone (``布　告``): two before it are a verb's or a headline's (``张贴布告``, ``发布布告``), no proclamation's subject.
_PROCLAMATION_LEAD_MIN = 4

_SIGNING_PARTY_MAX = 20  # how long the party named between 与 and 签 may be (市政府与某某公司签)


@lazy
def _signing_re() -> re.Pattern[str]:
    # 签署, 签订, 签约, 与某某公司签: a news headline telling of the signing (…签署战略合作框架协议)
    return re.compile(rf"签[署订约]|与[^，。；,;]{{1,{_SIGNING_PARTY_MAX}}}?签")


#: The kinds a subject issues or hands in (招生简章, 承诺书, 责任书; 章: 简章's match starts at its 章), and the
#: fewest characters of the subject a news headline names before its verb (我市, 某某大学: :func:`_handing_re`).
_HANDED_KINDS = ("章", "承诺书", "责任书")
_HEADLINE_SUBJECT_MIN = 2


@lazy
def _handing_re() -> re.Pattern[str]:
    # 发布, 公布, 印发, 递交, 提交, 上交, 公开: a news headline telling of its subject issuing or handing in the
    # kind (某某大学发布…招生简章, 500家企业递交…承诺书); not 公开 before the verb it qualifies (公开招聘, 公开选调,
    # 公开遴选, 公开考录, 公开竞聘) or in the kind's name (公开承诺书)
    return re.compile(r"发布|公布|印发|递交|提交|上交|公开(?![招选遴考竞]|承诺书)")


def _title_end(s: str) -> re.Match[str] | None:
    """The kind that ends the title *s* (:func:`_title_end_re`), or None; an agreement's kind (协议,
    备忘录) after a word of signing is a news headline's (``两地签署会商备忘录``), no title's (but for a
    subject after 关于: ``关于签订…的框架协议``); so is a kind a subject issues or hands in after its verb
    (``某某大学发布2027年招生简章``, :func:`_handing_re`).

    >>> [_title_end(t) is None for t in ("某某大学发布2027年招生简章", "某县2027年公开招聘教师简章")]
    [True, False]
    """
    m = _title_end_re().search(s)
    if m is None:
        return m
    if s.startswith(_PARTY_KINDS, m.start()) and (g := _signing_re().search(s, 0, m.start())):
        return m if "关于" in s[: g.start()] else None
    # (the whole line searched: 公开's lookahead reads the kind after it)
    if (s.startswith(_HANDED_KINDS, m.start()) and (g := _handing_re().search(s, _HEADLINE_SUBJECT_MIN))
            and g.end() <= m.start()):
        return m if "关于" in s[: g.start()] else None
    if s.startswith("议程", m.start()) and not _meeting_agenda(s, m.start()):
        return None
    if s.startswith("布告", m.start()) and 0 < m.start() < _PROCLAMATION_LEAD_MIN and s[m.start() - 1] not in _ORGAN_END:
        return None  # (张贴布告, 发布布告: a verb and the kind, a headline's; 县政府布告, 布　告 alone are titles)
    if s.startswith("证明", m.start()) and not m.group().startswith("证明书") and not _certificate(s, m.start()):
        return None
    return m


#: What a certificate certifies, the noun just before its ``证明`` (``无犯罪记录证明``, ``在职证明``,
#: ``收入证明``, ``婚姻状况证明``, ``亲属关系证明``): a word of fact or status, no verb or adverb (``实践证明``,
#: ``充分证明``, ``开具证明``) and no sentence's ``…的证明`` (``时间是最好的证明``).
_CERTIFIED_NOUNS = (
    "记录", "在职", "离职", "任职", "收入", "情况", "状况", "关系", "身份", "资格", "经历", "学历", "学籍",
    "学位", "居住", "出生", "健康", "婚姻", "困难", "实习", "纳税", "完税", "户籍", "住所",
)


def _certificate(s: str, start: int) -> bool:
    """Whether the ``证明`` at *start* of the line *s* ends a certificate's title: alone (``证　明``), after a
    noun of what it certifies (:data:`_CERTIFIED_NOUNS`), or as ``关于…的证明``; not a sentence's verb or
    noun (``实践证明``, ``大量研究证明``, ``时间是最好的证明``, ``不再需要开具证明``). (``…证明书`` is read
    before this: a kind always.)

    >>> [_certificate(t, len(t) - 2) for t in ("证明", "在职证明", "关于某某同志的证明", "实践证明", "最好的证明")]
    [True, True, True, False, False]
    """
    head = _strip_spacing(s[:start]).strip(_BLANK)
    return not head or head.endswith(_CERTIFIED_NOUNS) or (head.endswith("的") and "关于" in head)


#: The fewest characters naming a meeting before its 会议议程 or 会议程 (``某市…工作会议议程``, ``党代会议程``):
#: a bare ``会议议程``, ``大会议程`` names none.
_MEETING_NAME_MIN = 2


@lazy
def _agenda_verb_re() -> re.Pattern[str]:
    # 列入, 纳入, 写入, 进入, 提上, 列上, 摆上, 排上, 提交: a news headline putting a matter on an agenda
    return re.compile(r"[列纳写进]入|[提列摆排]上|提交")


def _meeting_agenda(s: str, start: int) -> bool:
    """Whether the ``议程`` at *start* of the line *s* ends a meeting's agenda: a meeting named before its
    ``会议`` or ``会`` (``…第二十次会议议程``, ``…常务会议议程``, ``…党代会议程``: :data:`_MEETING_NAME_MIN`), no verb
    putting a matter on the agenda before it (a news headline's ``某某事项列入市人大常委会议程``,
    ``乡村振兴提上会议议程``: :func:`_agenda_verb_re`; but for a subject after 关于).

    >>> [_meeting_agenda(t, len(t) - 2) for t in ("某县第二次党代会议程", "某事列入市人大常委会议程", "会议议程")]
    [True, False, False]
    """
    head = s[:start]
    name = head[:-2] if head.endswith("会议") else head[:-1]
    if len(name.strip(_BLANK)) < _MEETING_NAME_MIN:
        return False
    g = _agenda_verb_re().search(s, 0, start)
    return g is None or "关于" in s[: g.start()]


@lazy
def _portal_re() -> re.Pattern[str]:
    keys = _portal_keys()
    # (a cell of a Markdown pipe table too: ``| 索引号 | 000014349/2019-00007 | 主题分类 | 教育 |``)
    # (a row without colons too, its key and value apart by blanks: ``发文机关  国务院  成文日期  …``, the
    # ``bare`` group; :func:`_bare_fields`)
    # (a key in lenticular brackets, its value after the closing one: ``【索引号】000014349/…　【主题分类】…``)
    return re.compile(rf"(?:^\|?[ \u3000]*|(?<=[ \u3000\t|]))(?P<open>【)?(?P<key>{keys})"
                      rf"(?(open)】[ \u3000]*|(?:[ \u3000]*(?:[：:|][ \u3000]*|$)|(?P<bare>[ \u3000\t]+)(?=[^ \u3000\t：:|])))")


@lazy
def _attach_re() -> re.Pattern[str]:
    # the 附件说明's label: 附件：, or 附表： where what is attached is tables (附表：1．…情况表 + 2．…)
    return re.compile(r"附[ \u3000]*[件表][ \u3000]*[：:][ \u3000]*")


@lazy
def _item_num_re() -> re.Pattern[str]:
    # an item's number: 1. 1、 (1) 1 (a blank or the name right after it), not the figure a name
    # starts with (2025届…, 12345热线…, 10个…, 1-3月…: more digits, a range, or a unit or counter, run on); an
    # attachment's own attachment numbered under it, 1-1．
    return re.compile(rf"[（(]?\d{{1,2}}(?:[-－]\d{{1,2}}(?=[.．、]))?(?:[)）.．、]|(?![\d０-９\-－]|{_AR_BARE_STOP}))[ \u3000]*")


# --------------------------------------------------------------------------- lines


class _Line(NamedTuple):
    """A non-blank line (a named tuple: a page has thousands, built on every drop_spam call)."""

    no: int  # 1-based
    start: int  # offset of the stripped content
    end: int
    s: str  # content without outer blanks


#: Where a seal is set, printed at a line's end or alone on the line (``某某局（盖章）``, ``（公章）``; an
#: organ's seal standing for one without its own, ``（某某县委宣传部代章）`` under a 领导小组办公室): a mark for
#: the stamp, no part of the signature's name nor a line of the document.
_SEAL_MARK = re.compile(r"[（(][ \u3000]*(?:(?:单位)?(?:盖章|公章|印章|签章|盖公章)|(?:[\u4e00-\u9fff]{1,30}"
                        rf"[{_ORGAN_END}])?代章)[ \u3000]*[）)]$")


#: A line of the places where the parties' representatives sign by hand under their names, one or
#: more (``（代表签字：某某）　　（代表签字：某某）``, ``（签字）``): no line of the document.
_SIGN_MARKS = re.compile(r"(?:[（(][^（）()\n]{0,12}?签[字名][^（）()\n]{0,12}[）)][ \u3000]*)+")


def _lines(text: str, limit: int = 0, split: list[str] | None = None) -> tuple[list[_Line], bool]:
    """The non-blank lines of *text*, and whether that is all of them: with *limit*, the
    first *limit* lines (a page's head; fewer when the text has no more), else every line.
    *split*: ``text.split("\\n")`` when the caller has it (else the text is split here, its
    first pieces only with a *limit*).

    >>> text = "标题\\n\\n　正文 "
    >>> _lines(text, 1) == _lines(text, 1, text.split("\\n")), _lines(text)[0][-1]
    (True, _Line(no=3, start=5, end=7, s='正文'))

    A seal's mark (:data:`_SEAL_MARK`) is no text of its line, and a line of it alone no line:

    >>> [ln.s for ln in _lines("某某局（盖章）\\n（公章）\\n2026年1月10日")[0]]
    ['某某局', '2026年1月10日']
    """
    if split is None:
        raws = text.split("\n", 4 * limit) if limit else text.split("\n")
        cut = bool(limit) and len(raws) > 4 * limit
        if cut:
            raws.pop()  # the text's unsplit rest
    else:
        cut = bool(limit) and len(split) > 4 * limit
        raws = split[: 4 * limit] if cut else split
    out: list[_Line] = []
    pos = 0
    stop = limit or -1
    new = tuple.__new__  # (a _Line without the call of its Python-level __new__)
    for no, raw in enumerate(raws, 1):
        s = raw.strip(_BLANK)
        if s and s[-1] in "）)★":
            if s == "★":
                s = ""  # (a seal's star read alone by a scan's OCR: no line)
            elif "章" in s and (seal := _SEAL_MARK.search(s)):
                s = s[: seal.start()].rstrip(_BLANK)  # (a seal's place, 平江县教育局（盖章）: no text of the line)
            elif "签" in s and _SIGN_MARKS.fullmatch(s):
                s = ""  # (where the signers sign by hand, （代表签字：某某）: no line)
            elif "日" in s and (on_date := _note_on_date(s))[0]:  # (2026年9月8日（此件公开发布）: the date's line, the note's)
                start = pos + len(raw) - len(raw.lstrip(_BLANK))
                dated, note = on_date
                for part in ((start, s[:dated]), (start + note, s[note:])):
                    if len(out) == stop:
                        return out, False
                    out.append(new(_Line, (no, part[0], part[0] + len(part[1]), part[1])))
                s = ""
        if s:
            if len(out) == stop:
                return out, False
            # (s starts with a character that is not blank: it is where raw starts, or raw
            # has leading blanks)
            start = pos if raw[0] == s[0] else pos + len(raw) - len(raw.lstrip(_BLANK))
            out.append(new(_Line, (no, start, start + len(s), s)))
        pos += len(raw) + 1
    if cut:  # fewer than *limit* lines among the first pieces: split it all
        return _lines(text, 0, split)
    return out, True


def _element(text: str, lines: list[_Line]) -> Element:
    return Element(text, lines[0].start, lines[-1].end, tuple(ln.no for ln in lines))


#: A date's Chinese numerals and their values (二O二五: a zero typed as O or 0 too).
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0} | dict.fromkeys(_ZERO_TYPED, 0)


def _cn_value(s: str) -> int:
    if s.isdecimal():  # (any decimal digits: ASCII, full-width ２０２５ …)
        return int(s)
    if all(c in _CN_DIGITS for c in s):
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    tens, _, ones = s.partition("十")  # 十, 十二, 二十, 二十三
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def _date_of(m: re.Match[str], start: int | None, lines: tuple[int, ...]) -> DocDate:
    y, mo, d = (_cn_value(m.group(k).replace(" ", "").replace("\u3000", "")) for k in ("y", "m", "d"))
    iso = None
    if 1 <= mo <= 12 and 1 <= d <= 31:
        iso = f"{y:04d}-{mo:02d}-{d:02d}"
    text = m.group(0).strip(_BLANK)
    end = None if start is None else start + len(text)
    return DocDate(text, start, end, lines, iso=iso)


def _is_heading_like(s: str) -> bool:
    """A line that can be part of a title: short, no sentence punctuation at its end."""
    return len(s) <= 60 and s[-1] not in "。；;，,：:！？!?" and "。" not in s


#: Blanks after a character outside ASCII, or a run of them before one (:func:`_strip_spacing`); the second
#: branch tried at a run's start only, so that a long run of ASCII spaces between ASCII characters is read once
#: (trying it at each of its blanks read the run again from each: quadratic).
_SPACING = re.compile(r"(?<=[^\x00-\x7f])[ \u3000]+|(?<![ \u3000])[ \u3000]+(?=[^\x00-\x7f])")


def _strip_spacing(s: str) -> str:
    """Letter-spaced title text joined: 几 个 问 题 -> 几个问题 (spaces between Latin kept)."""
    return _SPACING.sub("", s)


def _last_open(s: str) -> int:
    """Where the last opening bracket (full-width or ASCII) of *s* stands, else -1.

    >>> _last_open("甲表（样表）"), _last_open("甲(乙)（丙）"), _last_open("甲表")
    (2, 4, -1)
    """
    return max(s.rfind("（"), s.rfind("("))


# --------------------------------------------------------------------------- parsing


def parse_document(
    text: str, *, metadata_lines: Iterable[str] = (), outline: Outline | None = None
) -> OfficialDocument:
    """Read the elements of an official document (see the module docstring).

    *metadata_lines* are lines removed from *text* before (the lines ``drop_spam`` dropped,
    for instance): portal fields found there are reported with ``start``/``end`` ``None``.
    *outline*, when given, is used as ``body`` (it must be ``split_outline(text)``).

    >>> d = parse_document("中华人民共和国国务院令\\n第707号\\n现公布修订后的条例。\\n"
    ...                    "总理　　李克强\\n2018年12月18日\\n个人所得税法实施条例\\n第一条　为了。\\n")
    >>> d.issuer_mark.text, d.doc_number.serial, d.signature.text, d.title.text, d.issuers
    ('中华人民共和国国务院令', 707, '总理　　李克强', '个人所得税法实施条例', ['国务院'])
    >>> parse_document("今天天气很好。").title is None
    True
    """
    text = check_text(text, "parse_document")
    doc = _elements(text, metadata_lines)
    if doc.doc_number is None and "doc_number" in doc.portal:
        doc.doc_number = _portal_number(doc.portal["doc_number"])
    written = doc.portal.get("written_date")
    if doc.date is None and doc.title is not None and isinstance(written, DocDate) and written.iso:
        doc.date = written  # (the text prints no 成文日期, its portal table does: the seal block an image)
    doc.body = outline if outline is not None else split_outline(text)
    return doc


def _portal_number(cell: Element) -> DocNumber | None:
    """The doc number of a page whose text prints none but its portal table's 文号 cell: that cell
    read as a number, where it stands in the table (``start`` ``None`` for a row ``drop_spam`` dropped).
    Not an element of the head: :func:`element_lines` keeps no table row for it.

    >>> _portal_number(Element("杭民〔2026〕19号", None, None, ())).serial, _portal_number(Element("无", 0, 1, (1,)))
    (19, None)
    """
    n = _doc_number(_Line(0, 0, len(cell.text), cell.text), after_mark=False)
    if n is None:
        return None
    return DocNumber(n.text, cell.start, cell.end, cell.lines, issuer_code=n.issuer_code, year=n.year, serial=n.serial)


def element_lines(text: str, blank: Iterable[int] = ()) -> set[int]:
    """0-based numbers of the lines that hold the elements of the document's head and signature
    block (copy marks, issuer mark, doc number, 签发人, title, addressees, signature, date, notes), when the
    text is clearly an official document (a doc number, or a title and a signature). The
    pipeline keeps them when ``drop_spam`` would take them for page chrome.

    *blank*: numbers of lines read as blank lines (the pipeline blanks a page's related-article
    blocks: a block's link over its date is no signature and date); iterated only when the text
    may hold elements at all (a lazy iterable costs nothing on the other texts).

    >>> text = "国务院关于加强监管的意见\\n国发〔2019〕5号\\n各省：\\n正文。\\n国务院\\n2019年1月27日\\n"
    >>> sorted(element_lines(text)), sorted(element_lines(text, blank=[1]))
    ([0, 1, 2, 4, 5], [0, 2, 4, 5])
    """
    return _element_lines(check_text(text, "element_lines"), blank)


def _element_lines(text: str, blank: Iterable[int], lines: list[str] | None = None) -> set[int]:
    """:func:`element_lines`; *lines*: ``text.split("\\n")`` when the caller has them (the
    pipeline's classifier split the page): the *blank* lines are blanked in a copy, and the
    document read from it, without a split of the text (~8 instructions a character; the join
    of the blanked lines costs a quarter of that).

    >>> text = "国务院关于加强监管的意见\\n国发〔2019〕5号\\n各省：\\n正文。\\n国务院\\n2019年1月27日"
    >>> sorted(_element_lines(text, [1], text.split("\\n"))) == sorted(element_lines(text, [1]))
    True
    """
    out: set[int] = set()
    if not _may_hold_elements(text):
        return out
    rows = list(blank)
    if rows:  # (blank lines make no doc number nor line end: the test above is one for this text too)
        lines = text.split("\n") if lines is None else lines.copy()  # (the caller's list stays as it is)
        for i in rows:
            lines[i] = ""
        text = "\n".join(lines)
        if not _may_hold_elements(text):
            return out
    doc = _elements(text, (), lines)
    if doc.doc_number is None and (doc.title is None or doc.signature is None):
        return out  # not clearly an official document
    for e in (doc.copy_number, doc.secrecy, doc.urgency, doc.issuer_mark, doc.doc_number, doc.signer, doc.title,
              doc.addressees, doc.signature, doc.date, *doc.notes):
        if e is not None:
            out.update(n - 1 for n in e.lines)
    return out


def _may_hold_elements(text: str) -> bool:
    """Whether a doc number can be read in *text* (:func:`_doc_number_line`), or a signature
    stand in it (over a date line, :func:`_has_date_end`): else it holds no element
    :func:`element_lines` returns (its elements need a doc number, or a title and a signature:
    the tail is read only where a date line is, and so is a 纪要's number by issue, over the
    line of its office and date)."""
    return _has_date_end(text) or _doc_number_line(text)


def _doc_number_line(text: str) -> bool:
    """Whether a line of *text* reads as a doc number where the head reads one.

    Every doc number the head reads (:func:`_doc_number`, :func:`_record_number`; not a
    纪要's issue number, see :func:`_may_hold_elements`) is read from one line of
    :func:`_head_lines`: a line of :func:`_lines` (a line of the text, its blanks stripped) or a
    part :func:`_marks_and_mark`, :func:`_order_mark_and_number`, :func:`_title_and_number` or
    :func:`_number_and_title` cut from one (``_title_and_number`` maybe from a part of the first
    two), or what a line holds between its brackets (an announcement's ``（第3号）``, a gazette's
    ``（某政发〔2026〕14号）``: :func:`_bracketed`). It ends with the
    serial number :func:`_serial_re` finds (a line of numbers apart by blanks with its last one:
    :func:`_first_of_numbers`), and the part ends there, or before a 签发人
    (:func:`_split_signer`), or, a title's bracketed number, before the blanks and the bracket
    that end the line, or before a bracketed title of 关于 after it, or a record line's 公布/发布
    follows (a part ends where its line ends,
    save those bracketed numbers and a 版头's copy marks, which hold no 号): the serial is one
    :func:`_serial_end_re` finds. So the lines holding one are read here with those same
    functions, as the first line after an issuer mark (``after_mark``: what a 令's number alone,
    第707号, needs; without it ``_doc_number`` reads fewer lines): no other line can give a doc
    number. A page's serial in a sentence, a link or a menu (``第92号红通``,
    ``国务院公报 > 2007年第23号``, ``…的通知（第一号）``) reads as none, and the page is read no
    further when no date line is in it either.

    >>> _doc_number_line("正文\\n国发〔2019〕5号　签发人：张三\\n"), _doc_number_line("某某公报 > 2007年第23号")
    (True, False)
    >>> _doc_number_line("某某决定\\n2005年1月10日　某某部令第5号公布"), _doc_number_line("关于会议的通知（第一号）")
    (True, False)
    """
    pat = _serial_end_re()
    m = pat.search(text)
    while m is not None:
        a, b = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        b = len(text) if b < 0 else b
        s = text[a:b].strip(_BLANK)
        parts = [_Line(0, 0, len(s), s)]
        for cut in (_marks_and_mark, _order_mark_and_number, _title_and_number, _number_and_title):
            parts.extend(cut(parts[0]) or ())
        inner = _bracketed(parts[0])  # (an announcement's （第3号） under its title)
        if inner is not None:
            parts.append(inner)
        parts.extend(p for q in parts[1:] for p in _title_and_number(q) or ())
        if any(_doc_number(p, after_mark=True) is not None or _record_number(p) is not None for p in parts):
            return True
        m = pat.search(text, b)  # (the next line's: a serial's pattern holds no line break)
    return False


#: Non-blank lines read for the head (the portal table looks at 81, the head at about 20):
#: the rest of the text is split only when its tail can hold a signature or a date.
_HEAD_LINES, _PORTAL_LINES = 40, 120
#: The first lines of the text the portal table is looked for in (:func:`_table_span`).
_TABLE_LINES = 80


def _elements(text: str, metadata_lines: Iterable[str], split: list[str] | None = None) -> OfficialDocument:
    """Every element but the body; *split*: ``text.split("\\n")`` when the caller has it."""
    doc = OfficialDocument()
    table = _portal_line(text)  # a line starts with a portal key
    lines, complete = _lines(text, _PORTAL_LINES if table else _HEAD_LINES, split)
    extra = list(itertools.islice(  # the portal looks at 81 lines at most
        (_Line(0, 0, 0, s.strip(_BLANK)) for s in metadata_lines if isinstance(s, str) and s.strip(_BLANK)), 81))
    # (a table without colons may be split between the lines dropped and kept: its fields counted on both)
    bare_kept = _bare_fields(lines[slice(*_table_span(lines[:_TABLE_LINES]))]) if table and extra else 0
    dropped = _portal(extra, min_fields=1, bare_more=bare_kept)[0]
    # a table is two fields or more, counting those dropped from it
    bare_dropped = _bare_fields(extra[slice(*_table_span(extra))]) if extra else 0
    portal, used = (_portal(lines, min_fields=2 if not dropped else 1, bare_more=bare_dropped,
                            near=_KEPT_ROWS_IN if dropped else 0) if table else ({}, set()))
    if dropped and not table:  # the table's keys all dropped, some of its cells kept: read them
        portal, used = _kept_cells(_bare_keys(extra, dropped), lines)
    for key, value in dropped.items():
        if key not in portal:
            portal[key] = (DocDate(value.text, None, None, (), iso=value.iso)
                           if isinstance(value, DocDate) else Element(value.text, None, None, ()))
    doc.portal = portal
    head = _head_lines(lines, used)
    pos = _read_head(doc, head)
    if not complete and len(head) < pos + 16:  # the head read near the end of the lines read
        doc = OfficialDocument(portal=portal)
        head = _head_lines(_lines(text, 0, split)[0], used)
        pos, complete = _read_head(doc, head), True
    head_read = doc.title is not None or doc.doc_number is not None or doc.issuer_mark is not None
    bare = not head_read and doc.addressees is not None
    # the tail (signature, date, 版记) hangs on a date line (:func:`_has_date_end`): one scan tells if any
    if (head_read or bare) and _has_date_end(text):
        _read_tail(doc, head if complete else _head_lines(_lines(text, 0, split)[0], used), pos)
    elif doc.title is not None and "written_date" in portal:  # no 落款 in the text, the table dates it
        _unsigned_note(doc, head if complete else _head_lines(_lines(text, 0, split)[0], used), pos)
    if doc.title is None and doc.issuer_mark is not None and doc.doc_number is not None and (
            _is_notice_mark(doc.issuer_mark.text)):
        # (a 公告's mark and its number over the text, no title of 关于 under them nor a text it promulgates
        # after the date: the mark's line is the title, as on one line: 某某市人民政府公告（2026年第3号）)
        doc.title, doc.issuer_mark = doc.issuer_mark, None
    if doc.title is None and doc.issuer_mark is None and doc.doc_number is not None and (
            split := _notice_number(doc.doc_number)) is not None:
        doc.title, doc.doc_number = split  # (the mark and its number on one line, no title under them: as on two)
    if doc.title is not None and doc.signature is not None and len(doc.title.lines) > 1:
        _unjoin_session(doc, head)  # (the session line over a title another organ signs: chrome)
    if bare and doc.signature is not None and doc.date is not None:
        doc.issuers = _issuers(doc, text)
    if bare and (doc.signature is None or doc.date is None or _citizens_signed(doc.issuers or [])):
        # (a bare 主送 with no signature and date under it, a news page's or a reply's: no document, no 落款 read;
        # nor a citizen's letter to an organ, signed by a person or residents: 某某小区居民, 市民　王某)
        doc = OfficialDocument(portal=portal)
    if doc.issuers is None:  # (a standard's cover names its organs: :func:`_standard_cover`)
        doc.issuers = _issuers(doc, text)
    return doc


def _notice_number(n: DocNumber) -> tuple[Element, DocNumber] | None:
    """A 公告's or 通告's mark and its number read as one number from one line (``某某市人民政府公告2027年第4号``, a
    blank between too: :func:`_is_notice_mark` its code): the mark as the title and the rest as the number, as the
    mark over its number on two lines gives them; else ``None``.

    >>> t, n = _notice_number(DocNumber("某市人民政府公告2027年第4号", 0, 17, (1,), issuer_code="某市人民政府公告", year=2027, serial=4))
    >>> t.text, n.text, n.start, n.issuer_code
    ('某市人民政府公告', '2027年第4号', 8, None)
    """
    code = n.issuer_code or ""
    if n.start is None or not n.text.startswith(code) or not _is_notice_mark(code):
        return None
    at = len(n.text) - len(n.text[len(code) :].lstrip(_BLANK))
    title = Element(code, n.start, n.start + len(code), n.lines)
    return title, DocNumber(n.text[at:], n.start + at, n.end, n.lines, issuer_code=None, year=n.year, serial=n.serial)


#: How many of a text's last lines a publicity note is looked for in when no 落款 is printed.
_UNSIGNED_NOTE_IN = 6


def _unsigned_note(doc: OfficialDocument, lines: list[_Line], pos: int) -> None:
    """The 附注 of a document a portal prints without its 落款 (no signature and no date line: the seal
    block is an image; the table's 成文日期 dates it): the last publicity note (``（此件公开发布）``) on a line
    of its own among the last :data:`_UNSIGNED_NOTE_IN` lines after the head (page links may follow).

    >>> d = OfficialDocument()
    >>> _unsigned_note(d, [_Line(k, 0, 0, s) for k, s in enumerate(("某批复", "正文。", "此复。", "（此件公开发布）", "【关闭】"), 1)], 1)
    >>> [n.text for n in d.notes]
    ['（此件公开发布）']
    """
    for k in range(len(lines) - 1, max(pos, len(lines) - _UNSIGNED_NOTE_IN) - 1, -1):
        if lines[k].s[0] in "（(" and _publicity_note_re().fullmatch(lines[k].s):
            doc.notes.append(_element(lines[k].s, lines[k : k + 1]))
            return


def _head_lines(lines: list[_Line], used: set[int]) -> list[_Line]:
    """The lines of the document (the portal table's *used* lines left out), a title line that
    ends with the doc number (``…的复函（自然资办函〔2025〕118号）``, ``…的通知　国发〔2019〕5号``)
    among the first ones (above the 附件说明) read as two: the title, then the number; so is a 令's mark with its
    number on one line (``某某市人民政府令　第31号``). A row of page tools among the first
    :data:`_TOOL_ROWS_IN` lines (``【字体：大 中 小】　【打印】　【关闭】``: bracketed links only) is no
    line of the head, nor is the channel's tag a site sets before a headline there
    (``【通知】关于…的通知``, ``【重要通知】…``: :func:`_channel_tag_re`)."""
    out = [ln for i, ln in enumerate(lines) if i not in used]
    bracketed = [k for k, ln in enumerate(out[:_TOOL_ROWS_IN]) if ln.s[0] == "【"]
    tools = [k for k in bracketed if _tool_row_re().fullmatch(out[k].s)]
    for k in bracketed:
        tag = _channel_tag_re().match(out[k].s) if k not in tools else None
        if tag is not None and tag.end() < len(out[k].s):  # (the headline after the tag: the line from there)
            ln = out[k]
            out[k] = _Line(ln.no, ln.start + tag.end(), ln.end, ln.s[tag.end() :])
    for k in reversed(tools):
        del out[k]
    for k in range(min(len(out), 4)):
        parts = _marks_and_mark(out[k]) or _order_mark_and_number(out[k])
        if parts is not None:
            out[k : k + 1] = parts
            break
    for k in range(min(len(out), 10)):
        if out[k].s[0] == "附" and (label := _attach_re().match(out[k].s)):
            if k == 0 and (parts := _attached_title(out[0], label.end())) is not None:
                out[0:1] = parts
            break  # (the 附件说明 and the signature under it: no title line from here on)
        parts = _title_and_number(out[k]) or (_number_and_title(out[k]) if out[k].s[-1] in "）)" else None)
        if parts is not None:
            out[k : k + 1] = parts
            break
    return out


#: The first lines of a page where a row of page tools (:func:`_tool_row_re`) is looked for.
_TOOL_ROWS_IN = 12


@lazy
def _channel_tag_re() -> re.Pattern[str]:
    """A channel's tag in lenticular brackets before a headline: one or two kinds of document, maybe after
    a short word (``【通知】``, ``【重要通知】``, ``【通知公告】``, ``【公示】``), and the blanks after it.

    >>> [bool(_channel_tag_re().match(s)) for s in ("【通知】关于放假的通知", "【重要通知】关于…", "【字体：大】", "【打印】")]
    [True, True, False, False]
    """
    return re.compile(rf"【[ \u3000]*[\u4e00-\u9fff]{{0,4}}?(?:{_KINDS})(?:[ \u3000]*(?:{_KINDS}))?[ \u3000]*】[ \u3000]*")


@lazy
def _tool_row_re() -> re.Pattern[str]:
    # a row of a page's tools: bracketed short links only (【打印】, 【字体：大 中 小】), blanks between
    return re.compile(r"(?:【[^【】\n]{1,12}】[ \u3000]*)+")


#: A 令's number: 第707号, or 2025年第3号 (an order numbered by year); a 主席令 numbers in Chinese
#: numerals (第四十二号).
_ORDER_NUMBER = rf"(?:(?P<oyear>\d{{4}})[ \u3000]*年[ \u3000]*)?第[ \u3000]*(?P<oserial>\d{{1,5}}|[{_LAW_NUM}]{{1,8}})[ \u3000]*号"


@lazy
def _order_serial_re() -> re.Pattern[str]:
    return re.compile(_ORDER_NUMBER)


@lazy
def _order_number_re() -> re.Pattern[str]:
    # a 令's number after its mark on one line: blanks, then 第31号; tried from a run's first blank
    # only (from each of its blanks, a long run took quadratic time)
    return re.compile(rf"(?<![ \u3000])[ \u3000]+(?P<num>{_ORDER_NUMBER})")


def _order_mark_and_number(ln: _Line) -> tuple[_Line, _Line] | None:
    """A 令's mark and its number on one line (``某某市人民政府令　第31号``), as two lines."""
    if ln.s[-1] != "号" or "令" not in ln.s:
        return None
    m = _order_number_re().search(ln.s)
    if m is None or m.end() != len(ln.s) or not ln.s[: m.start()].endswith("令") or not _is_mark(ln.s[: m.start()]):
        return None
    return _two_lines(ln, m.start(), m.start("num"))


def _two_lines(ln: _Line, cut: int, at: int, stop: int | None = None) -> tuple[_Line, _Line]:
    """*ln* read as two lines: its text up to *cut*, then from *at* (to *stop*, else to its end),
    offsets in ``ln.s``."""
    new = tuple.__new__  # (a _Line without the call of its Python-level __new__)
    return (new(_Line, (ln.no, ln.start, ln.start + cut, ln.s[:cut])),
            new(_Line, (ln.no, ln.start + at, ln.end if stop is None else ln.start + stop, ln.s[at:stop])))


def _marks_and_mark(ln: _Line) -> tuple[_Line, _Line] | None:
    """Copy marks printed on the issuer mark's line (``000086　机密★1年　某某省人民政府文件``,
    ``No.000086　国务院文件``), as two lines: the marks, then the mark."""
    if ln.s[0] not in "0123456789N绝机秘特加平":
        return None
    m = _copy_marks_line_re().match(ln.s)
    if m is None or m.end() == len(ln.s) or ln.s[m.end()] not in " \u3000":
        return None
    rest = ln.s[m.end() :].lstrip(_BLANK)
    if not (_is_mark(rest) or _is_notice_mark(rest)):
        return None
    return _two_lines(ln, m.end(), len(ln.s) - len(rest))


def _title_and_number(ln: _Line) -> tuple[_Line, _Line] | None:
    """A title line ending with its doc number, in brackets or after a blank, as two lines (a 公告's or
    通告's own number too, ``某某市人民政府公告（2026年第3号）``, ``…通告　第2号``: :func:`_announcement_number`); not the
    附件说明 of a short text (``附件：某局关于…的通知（某教发〔2026〕9号）``: the attachment's name and number), nor
    a line led by an item's number (:func:`_item_num_re`)."""
    s = ln.s
    if len(s) > 120 or s[-1] not in "号）)" or _attach_re().match(s):
        return None
    if s[0] in "0123456789（(" and _item_num_re().match(s):
        return None  # (an item of a list: ``2．某局关于乙的通知（某发〔2027〕3号）``)
    if s[-1] == "号":
        cut = max(s.rfind(" "), s.rfind("\u3000"))
        num_at = cut + 1
        if cut < 0 and (glued := _glued_number_re().search(s)) is not None:
            cut = num_at = glued.start("num")  # (…通告第2号: an announcement's number run on after its kind)
        num = s[num_at:]
    else:
        cut = _last_open(s)
        num = s[cut + 1 : -1].strip(_BLANK)
        num_at = s.find(num, cut + 1) if num else -1
    title = s[:cut].rstrip(_BLANK) if cut > 0 else ""
    if not title or not num or (_docnum_re().fullmatch(num) is None and not _announcement_number(title, num, s)):
        return None
    if not _is_heading_like(title) or _title_end(_strip_spacing(title)) is None or title[-1] == "》":
        return None  # (a kind inside 《》 ends a headline that reports the document, not its title)
    return _two_lines(ln, len(title), num_at, num_at + len(num))


@lazy
def _glued_number_re() -> re.Pattern[str]:
    # an announcement's own serial run on after its kind, no blank between: 某某市公安局通告第2号
    return re.compile(rf"(?:公告|通告)(?P<num>第(?:\d{{1,5}}|[{_LAW_NUM}]{{1,8}})号)$")


def _announcement_number(title: str, num: str, line: str) -> bool:
    """Whether *num* (``2026年第3号``, ``第2号``) is the own number of the 公告 or 通告 *title* names, printed on its
    *line* (as :func:`_order_number_under` reads it under the title); a notice's ``（第一号）`` is none, and so is a
    line that is one number whole (``某某总局公告　2025年第5号``, over its title of 关于).

    >>> _announcement_number("某某市人民政府公告", "2026年第3号", "某某市人民政府公告（2026年第3号）")
    True
    >>> _announcement_number("关于开会的通知", "第3号", "关于开会的通知（第3号）")
    False
    """
    return (_order_serial_re().fullmatch(num) is not None and _strip_spacing(title).endswith(("公告", "通告"))
            and _docnum_re().fullmatch(line) is None)


def _attached_title(ln: _Line, at: int) -> tuple[_Line, _Line] | None:
    """A text's first line, the label of an attachment (``附件：``) then the title of the document it prints
    whole ending with that document's number (``附件：某局关于甲的通知（某发〔2027〕12号）``: an attachment's
    page): the title and the number, the label left out; None for any other name after the label."""
    if at >= len(ln.s):
        return None
    return _title_and_number(_Line(ln.no, ln.start + at, ln.end, ln.s[at:]))


def _number_and_title(ln: _Line) -> tuple[_Line, _Line] | None:
    """A doc number first, the title in brackets after it on one line (``某某总署公告2026年第42号（关于…的公告）``:
    a customs announcement is printed so), as two lines: the number, then the title (its brackets left out).

    >>> [p.s for p in _number_and_title(_Line(1, 0, 30, "某某总署公告2026年第42号（关于公布某某清单的公告）"))]
    ['某某总署公告2026年第42号', '关于公布某某清单的公告']
    >>> _number_and_title(_Line(1, 0, 20, "某某总署公告2026年第42号（以下简称本公告）")) is None
    True
    """
    s = ln.s
    if s[-1] not in "）)" or len(s) > 160:
        return None
    m = _number_then_about_re().search(s)
    if m is None or _docnum_re().fullmatch(s, 0, m.start() + 1) is None:
        return None
    title = s[m.start("about") : -1].rstrip(_BLANK)
    if not _is_heading_like(title) or _title_end(_strip_spacing(title)) is None:
        return None
    return _two_lines(ln, m.start() + 1, m.start("about"), m.start("about") + len(title))


@lazy
def _number_then_about_re() -> re.Pattern[str]:
    # the end of a doc number, then the bracket opening a title of 关于 (what the lookahead of
    # :func:`_serial_end_re` admits after a serial)
    return re.compile(r"号[ \u3000]*[（(][ \u3000]*(?P<about>关于)")


@lazy
def _other_label_re() -> re.Pattern[str]:
    # a label the table does not know, after a blank: where a field's value ends (tried once a
    # run of blanks, from its first: linear)
    # (or in lenticular brackets: ``【有效性】``, a tool row's ``【字体：大 中 小】``)
    return re.compile(r"(?<![ \u3000\t])[ \u3000\t]+(?:【?[\u4e00-\u9fff]{2,6}[ \u3000]*[：:]|【[\u4e00-\u9fff]{2,6}】)")


def _cell_fits(key: str, value: str) -> bool:
    """Can the cell *value* be the value of *key*? A date field's value starts with a date, a
    doc number's holds a serial number (the cell under a key may belong to something else: the
    lines dropped around a table are not always next to each other)."""
    if key.endswith("date"):
        return re.match(_DATE_START, value) is not None
    if key == "doc_number":
        return re.search(r"\d[ \u3000]*号", value) is not None
    if key == "index_number":  # 000014349/2019-00012, 11361024MB1703852X/2026-00042, 0001
        return re.fullmatch(r"[\u4e00-\u9fff]{0,6}[-－_/ \u3000]?[0-9A-Za-z][0-9A-Za-z/\-－_.．:： \u3000]{0,59}",
                            value) is not None and re.search(r"\d", value) is not None
    # a title's, an issuer's … cell is no doc number and no date (those are other cells)
    if _docnum_re().fullmatch(value) is not None or _date_re().fullmatch(value) is not None:
        return False
    if key in ("subject", "keywords"):  # 综合政务, 城乡建设、环境保护; 安全生产　通知: short words,
        # never a sentence nor a line a title would be (关于…, …的通知: an empty field's title below)
        bare = _strip_spacing(value)
        return (len(bare) <= 30 and re.search(r"[。，,；;！？!?]|关于", bare) is None
                and _title_end(bare) is None)
    return True


def _portal(lines: list[_Line], min_fields: int = 2, bare_more: int = 0,
            near: int = 0) -> tuple[dict[str, Element], set[int]]:
    """The portal table: ``key：value`` fields, or a key cell alone with its value below; fields without
    colons when :data:`_BARE_FIELDS_MIN` show, counting *bare_more* more (those of the table's rows
    that ``drop_spam`` dropped, or kept). With *near*, *min_fields* holds for a table that starts in
    the first *near* lines only (the rest of a table whose other rows were dropped from the page's
    head), two fields below (a lone row there is the document's: ``名　　称：某某医院`` in a
    procurement notice's contact block)."""
    found: dict[str, Element] = {}
    used: set[int] = set()
    bare: set[int] = set()  # a key alone, its cell not under it: a table's line all the same
    cells = False  # a key's cell on the line under it: a table printed one cell a line
    byline = False  # a date field and another label on one line (发布时间：… 来源：…): a page's info line
    pat = _portal_re()
    lo, hi = _table_span(lines[:_TABLE_LINES])
    if near and lo >= near:
        min_fields = max(min_fields, 2)
    bare_rows = _bare_fields(lines[lo:hi]) + bare_more >= _BARE_FIELDS_MIN
    for i in range(lo, hi):
        ln = lines[i]
        if i in used or not _key_line(ln.s):  # a table line starts with a key (or is a byline)
            continue
        ms = [m for m in pat.finditer(ln.s) if bare_rows or m.group("bare") is None]
        byline = byline or pat.match(ln.s) is None  # (a label before the date key: a page's byline)
        for a, b in zip(ms, [*ms[1:], None]):
            key = _PORTAL_KEYS[re.sub("[ \u3000]", "", a.group("key"))]
            vend = b.start() if b is not None else len(ln.s)
            other = _other_label_re().search(ln.s, a.end(), vend)  # 浏览次数：, 责任编辑： ...
            vend = other.start() if other is not None else vend
            byline = byline or (other is not None and key.endswith("date")
                                and _portal_date(ln.s[a.end() : vend].strip(_BLANK)) is not None)
            value = ln.s[a.end() : vend].strip(_BLANK)
            if a.group("bare") is not None and not _bare_fits(key, value):
                continue
            if value[-1:] in ("|", "｜"):  # (发布时间: 2018-05-17 | 浏览次数: …: the byline's separator)
                value = value.rstrip("|｜" + _BLANK)
            src = [ln]
            if (not value and b is None and i + 1 < len(lines) and not pat.match(lines[i + 1].s)
                    and _cell_fits(key, lines[i + 1].s)):
                src = [lines[i + 1]]
                value = lines[i + 1].s
                used.add(i + 1)
                cells = True
            if not value and len(ms) == 1:
                bare.add(i)
            if not value or key in found:
                continue
            start = src[0].start + (a.end() if src[0] is ln else 0)
            if src[0] is ln:
                start += len(ln.s[a.end() : vend]) - len(ln.s[a.end() : vend].lstrip(_BLANK))
            dm = _portal_date(value) if key.endswith("date") else None
            if dm:  # (the value as printed, its time of day too)
                found[key] = _portal_doc_date(dm, value, start, src[0].no)
            else:
                found[key] = Element(value, start, start + len(value), (src[0].no,))
            used.add(i)
    if len(found) < min_fields and not byline:  # one label is not a table (a body line may start with 标题：)
        # (keys left alone on their lines when the table's other lines were dropped before)
        return {}, bare if min_fields == 1 else set()
    return found, used | bare | _unknown_rows(lines, used, cells)


#: The fewest fields a table printed without colons (``索 引 号  000014349/…  主题分类  …``) shows: one
#: or two lines of the body that start with a key's word and a blank (``名称 …``) are no table.
_BARE_FIELDS_MIN = 3
#: Longest value of a subject or keywords field printed without a colon (short words, no title).
_BARE_SUBJECT_MAX = 30


def _bare_fits(key: str, value: str) -> bool:
    """Can *value*, after a key without a colon, be its value? It fits the key (:func:`_cell_fits`),
    and a date field's is a date; a subject's is short words (on the key's own line it is no title
    under an empty cell: ``城乡建设、环境保护\\城市规划`` ends like a kind of document)."""
    if key in ("subject", "keywords"):
        return len(value) <= _BARE_SUBJECT_MAX and re.search(r"[。，,；;！？!?]", value) is None
    return _cell_fits(key, value) and (not key.endswith("date") or _portal_date(value) is not None)


def _bare_fields(lines: list[_Line]) -> int:
    """How many fields of the table in *lines* are printed without colons (key and value apart by
    blanks), each with a value that fits its key? (:data:`_BARE_FIELDS_MIN` of them make the table
    one printed so.)"""
    n = 0
    for ln in lines:
        ms = list(_portal_re().finditer(ln.s))
        for a, b in zip(ms, [*ms[1:], None]):
            if a.group("bare") is not None:
                key = _PORTAL_KEYS[re.sub("[ \u3000]", "", a.group("key"))]
                n += _bare_fits(key, ln.s[a.end() : b.start() if b is not None else len(ln.s)].strip(_BLANK))
    return n


#: The most lines from one row of a portal table to the next (its key line to the next key line:
#: room for the cell under a key and a stray cell between): rows farther apart are no one table.
_ROW_GAP = 3
#: The most lines from a row of a portal table down to a label it does not know alone on its line
#: (``公开方式：``, its cell under it): such a label this near is a row too (:func:`_table_span`).
_LABEL_ROW_GAP = 2


def _table_span(lines: list[_Line]) -> tuple[int, int]:
    """Where the portal table stands in *lines*: the run of key lines, each at most
    :data:`_ROW_GAP` lines below the one before, that holds the most keys (the first of those).
    A key line far from the others is the document's (a byline at the top, a supplier's
    ``名称：…`` in the body of a procurement notice), not a row of the table. A label the table does
    not know alone on its line (``公开方式：``, its cell under it) near a row is a row too: the next
    key may stand that far from it."""
    pat = _portal_re()
    best, best_n = (0, 0), 0
    lo = last = -1
    n = 0
    for i, ln in enumerate(lines):
        if not _key_line(ln.s):
            if 0 <= last and i - last <= _LABEL_ROW_GAP and _label_alone_re().fullmatch(ln.s):
                last = i
            continue
        if last < 0 or i - last > _ROW_GAP:
            lo, n = i, 0
        last = i
        n += sum(1 for _ in pat.finditer(ln.s))
        if n > best_n:
            best, best_n = (lo, i + 1), n
    return best


def _unknown_rows(lines: list[_Line], used: set[int], cells: bool = False) -> set[int]:
    """Rows of the table under labels it does not know (``生成日期：2025-03-20``, ``有效性：有效``,
    ``有 效 性：有效``): ``label：value`` lines among its rows or right under the last one, not the
    document's. In a table printed one cell a line (*cells*), also such a label alone on its line,
    with its cell under it (``公开方式：`` + ``主动公开``: :func:`_unknown_cell`) or none (an empty cell)."""
    if not used:
        return set()
    out: set[int] = set()
    last = max(used)
    k = min(used)
    while k < min(len(lines), last + 4):
        if k in used:
            k += 1
            continue
        if _label_row_re().fullmatch(lines[k].s) is not None:
            out.add(k)
        elif cells and _label_alone_re().fullmatch(lines[k].s):
            out.add(k)
            if k + 1 < len(lines) and _unknown_cell(lines, k + 1):
                out.add(k + 1)
                k += 1
        elif k > last:
            break
        k += 1
    return out


#: A label the table does not know, its characters maybe letter-spaced (有 效 性, 时　　效).
_LABEL = r"[\u4e00-\u9fff](?:[ \u3000]{0,2}[\u4e00-\u9fff]){1,5}[ \u3000]*[：:]"


@lazy
def _label_row_re() -> re.Pattern[str]:
    # a short label and its value on one line (no sentence)
    return re.compile(_LABEL + r"[ \u3000]*[^ \u3000：:。；，][^：:。；]{0,40}")


@lazy
def _label_alone_re() -> re.Pattern[str]:
    return re.compile(_LABEL)


#: The longest cell (without blanks) read under a label the table does not know (有效, 主动公开).
_UNKNOWN_CELL_MAX = 12


def _unknown_cell(lines: list[_Line], k: int) -> bool:
    """Is line *k* the cell of the unknown label above it? A short value, no sentence, no label, no
    title's line (关于, a kind of document at its end, an organ's name over a line of 关于: the label's
    own cell was empty), no mark and no doc number."""
    s = _strip_spacing(lines[k].s)
    if (len(s) > _UNKNOWN_CELL_MAX or "关于" in s or any(c in s for c in "：:。；，") or _key_line(s)
            or _title_end(s) or _is_mark(s) or _serial_re().search(s)):
        return False
    return not (s[-1] in _ORGAN_END and k + 1 < len(lines) and "关于" in lines[k + 1].s)


def _portal_date(value: str) -> re.Match[str] | None:
    """A date field's value as a date: ``2025年03月20日``, or in digits (``2025-03-20``), maybe
    with the time of day after it (``2025-03-20 10:30``)."""
    clock = _clock_re().search(value)
    end = clock.start() if clock is not None else len(value)
    return _date_re().fullmatch(value, 0, end) or _digit_date_line_re().fullmatch(value, 0, end)


def _portal_doc_date(dm: re.Match[str], value: str, start: int, line_no: int) -> DocDate:
    """A portal table's date field: the value as printed (its time of day too), dated by *dm*
    (:func:`_portal_date`)."""
    return DocDate(value, start, start + len(value), (line_no,), iso=_date_of(dm, None, ()).iso)


@lazy
def _clock_re() -> re.Pattern[str]:
    # the time of day ending a value (tried once a run of blanks: linear)
    return re.compile(r"(?<![ \u3000T])[ \u3000T]+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$")


def _bare_keys(extra: list[_Line], found: dict[str, Element]) -> list[str]:
    """The keys of a dropped table left without a value (``标题：`` alone, its cell not dropped
    with it), in order."""
    out = []
    pat = _portal_re()
    for ln in extra:
        m = pat.match(ln.s)
        if m is None or m.end() < len(ln.s):
            continue
        key = _PORTAL_KEYS[re.sub("[ \u3000]", "", m.group("key"))]
        if key not in found and key not in out:
            out.append(key)
    return out


def _kept_cells(keys: list[str], lines: list[_Line]) -> tuple[dict[str, Element], set[int]]:
    """Cells of a portal table that ``drop_spam`` kept while it dropped their keys (*keys*, in
    order): the first lines of the text, each fitting the next key. A title, doc number or
    issuer cell counts only when the document prints it again below (its own head, the title maybe
    over two or three lines: :func:`_printed_below`), so the document's own title is never taken
    for a cell."""
    found: dict[str, Element] = {}
    used: set[int] = set()
    k = 0
    for key in keys:
        if k >= min(len(lines), _KEPT_ROWS_IN):
            break
        ln = lines[k]
        if not _cell_fits(key, ln.s):
            continue
        if key in ("title", "doc_number", "issuer") and not _printed_below(ln.s, lines[k + 1 : k + 8]):
            continue
        dm = _portal_date(ln.s) if key.endswith("date") else None
        found[key] = _portal_doc_date(dm, ln.s, ln.start, ln.no) if dm else _element(ln.s, [ln])
        used.add(k)
        k += 1
    return found, used


#: The first lines of the text kept where the rest of a portal table stands when ``drop_spam`` dropped
#: some of its rows (:func:`_kept_cells`, :func:`_portal`'s *near*).
_KEPT_ROWS_IN = 8


def _printed_below(cell: str, below: list[_Line]) -> bool:
    """Is *cell* printed again at the start of one of the lines *below*, or over it and the two
    after it (a title wrapped: ``某省人民政府关于加强`` + ``某事的通知``)?"""
    want = _strip_spacing(cell)
    for j, o in enumerate(below):
        got = _strip_spacing(o.s)
        if got.startswith(want):
            return True
        if got and want.startswith(got) and (
                got + "".join(_strip_spacing(x.s) for x in below[j + 1 : j + 3])).startswith(want):
            return True
    return False


def _split_signer(s: str) -> tuple[str, str | None]:
    """The line without its 签发人 and the signer's name: ``签发人：张明``, or as a form's cell (a
    telegram's ``签发人　　张明``: the name after blanks, no colon, the label at the line's start or
    after a blank).

    >>> _split_signer("赣府发〔2023〕12号　签发人：张明"), _split_signer("签发人　　陈立群")
    (('赣府发〔2023〕12号', '张明'), ('', '陈立群'))
    """
    if "签" not in s:
        return s, None
    m = re.search(r"签[ \u3000]*发[ \u3000]*人[ \u3000]*[：:][ \u3000]*(?P<who>[^ \u3000].*)?$", s) or re.search(
        r"(?:^|(?<=[ \u3000]))签发人[ \u3000]+(?P<who>[\u4e00-\u9fff·]{2,8}(?:[ \u3000]+[\u4e00-\u9fff·]{2,8}){0,3})$", s)
    if not m:
        return s, None
    return s[: m.start()].strip(_BLANK), (m.group("who") or "").strip(_BLANK) or None


def _doc_number(ln: _Line, after_mark: bool) -> DocNumber | None:
    """The doc number a line holds (with a 签发人 after it maybe), or ``None``: a number alone, or the
    first of the numbers a joint document prints on one line (:func:`_first_of_numbers`).

    >>> _doc_number(_Line(1, 0, 0, "甲财教〔2026〕15号　　甲教发〔2026〕22号"), after_mark=False).text
    '甲财教〔2026〕15号'
    """
    rest, _ = _split_signer(ln.s)
    if rest[:1] == "等":  # (a telegram's 等级 cell before the number: 等级：特急·明电　　某明电〔2026〕7号)
        lead = _grade_lead_re().match(rest)
        if lead is not None:
            ln, rest = _Line(ln.no, ln.start + lead.end(), ln.end, ln.s[lead.end() :]), rest[lead.end() :]
    elif "编号" in rest[:_NUMBER_LABEL_MAX]:  # (a form's field: 督办编号：某府督〔2026〕第23号)
        lead = _number_label_re().match(rest)
        if lead is not None:
            ln, rest = _Line(ln.no, ln.start + lead.end(), ln.end, ln.s[lead.end() :]), rest[lead.end() :]
    m = _docnum_re().fullmatch(rest)
    if m is None and rest.count("号") > 1:
        m = _first_of_numbers(rest)
        rest = rest[: m.end()] if m is not None else rest
    if m is None:
        lm = _order_serial_re().fullmatch(rest) if after_mark else None  # (under a 令 mark: 第707号)
        if lm is None:
            return None
        n = lm.group("oserial")
        return DocNumber(rest, ln.start, ln.start + len(rest), (ln.no,),
                         year=int(lm.group("oyear")) if lm.group("oyear") else None, serial=int(n) if n.isdigit() else _cn_int(n))
    if m.group("year"):  # 国发〔2019〕5号, or 〔2025〕4号 (a 纪要's number, no code)
        code, serial = m.group("code") or None, int(ungap(m.group("serial")))
        year = int(ungap(m.group("year")).replace("〇", "0"))
    elif m.group("yyear"):
        code, year, serial = m.group("ycode"), int(m.group("yyear")), int(m.group("yserial"))
    elif m.group("cyear"):
        code, year, serial = m.group("ccode"), int(m.group("cyear")), int(m.group("cserial"))
    else:
        code, year, serial = m.group("lcode"), None, int(m.group("lserial"))
    return DocNumber(rest, ln.start, ln.start + len(rest), (ln.no,), issuer_code=code, year=year,
                     serial=serial)


#: The most characters in the brackets a title's last line starts with before its kind (``（2026—2028年）的通知``).
_LEADING_BRACKET_MAX = 16


@lazy
def _bracket_then_kind_re() -> re.Pattern[str]:
    """A title's last line that starts with the bracketed years or qualifier of the name before it, then
    ``的`` and the kind (``…三年行动方案`` + ``（2026—2028年）的通知``, ``…办法`` + ``（试行）》的通知``): the
    title goes on there (a bracket opening a line ends a title otherwise: a date, a note).

    >>> [bool(_bracket_then_kind_re().fullmatch(s)) for s in ("（2026—2028年）的通知", "（此件公开发布）", "（一）加强领导")]
    [True, False, False]
    """
    return re.compile(rf"[（(][^（）()\n]{{1,{_LEADING_BRACKET_MAX}}}[）)]》?的[\u4e00-\u9fff]{{0,4}}?(?:{_KINDS})")


#: The most characters before a form's label of its number ends (``督办编号``, ``文件编号``).
_NUMBER_LABEL_MAX = 6


@lazy
def _number_label_re() -> re.Pattern[str]:
    """A form's label of the document's own number at the start of its line (``督办编号：``, ``编号：``;
    not a number of something the text lists, ``许可证书编号：``).

    >>> _number_label_re().match("督办编号：某府督〔2026〕第23号").group(0)
    '督办编号：'
    """
    return re.compile(r"(?:督办|交办|催办|文件|发文)?编[ \u3000]*号[ \u3000]*[：:][ \u3000]*")


@lazy
def _grade_lead_re() -> re.Pattern[str]:
    """A telegram's 等级 cell at the start of its number's line (``等级：特急·明电`` and blanks before
    ``某政办明电〔2026〕7号``, a 签发人 maybe after it): the form's fields set on one line.

    >>> _grade_lead_re().match("等级：特急·明电　　某政办明电〔2026〕7号").group(0)
    '等级：特急·明电　　'
    """
    return re.compile(r"等[ \u3000]*级[ \u3000]*[：:]?[ \u3000]*[^ \u3000]{1,8}[ \u3000]+")


def _first_of_numbers(s: str) -> re.Match[str] | None:
    """The first doc number of a line holding two or more apart by blanks (a joint document numbered by
    each organ, ``甲财教〔2026〕15号　　甲教发〔2026〕22号``: the lead organ's, named first, is its number),
    or ``None``. Each must be a whole number (a sentence citing two is none).

    >>> _first_of_numbers("甲财〔2026〕15号　乙教〔2026〕2号").group(0), _first_of_numbers("见甲财〔2026〕15号和乙教〔2026〕2号")
    ('甲财〔2026〕15号', None)
    """
    pat = _docnum_re()
    first = pat.match(s)
    if first is None:
        return None
    at = first.end()
    while at < len(s):
        rest = s[at:].lstrip(" \u3000\t")
        if len(rest) == len(s) - at:
            return None  # (no blank after a number: not a line of numbers)
        m = pat.match(rest)
        if m is None:
            return None
        at = len(s) - len(rest) + m.end()
    return first


def _title_block(lines: list[_Line], i: int) -> int:
    """End of the title that starts at line *i*, or *i* when there is none.

    The title is the most title-like lines (at most four) whose joined text ends with a kind
    of document (通知, 意见, 条例 ...; a word may be cut at a line end: 报 + 告), not followed by
    a line that continues a sentence. A line after the first that starts with a bracket or a
    digit (a date line, a note) ends it, unless a 《 is open (``…征求《某某条例`` + ``（草案）》意见的公告``)
    or it is a qualifier alone (``某某条例`` + ``（草案征求意见稿）``); so do a table of contents' heading
    (``目　　录``) and lines that repeat the title read so far (a page prints its headline twice: the
    whole again, or its last words).
    """
    best = i
    joined = ""
    for j in range(i, min(len(lines), i + 4)):
        s = lines[j].s
        if not _is_heading_like(s) or _attach_re().match(s) or _split_signer(s)[1] is not None:
            break
        if any(c in s for c in ">＞›»|｜_：:") or _date_re().match(s):  # breadcrumb, label, date
            break
        if _structure_heading_re().match(s):  # 第一编　总则, 第一章　一般规定: the text's headings
            break
        if not s[0].isalnum() and _wordless_re().fullmatch(s):  # marks only (a scanned page's specks, ``, 、 ’``): no title's line
            break
        if _site_menu_line(s):  # (a link home, a channel: the site's menu, no title's line)
            break
        if j > i and s[0] in "（(【[<" and not (_book_title_open(joined) or (
                _qualifier_re().fullmatch(s) and _title_end(joined)) or _bracket_then_kind_re().fullmatch(s)):
            break
        if j > i and _strip_spacing(s) == "目录":  # a table of contents under the title
            break
        if j > i and s[0] in "一二三四五六七八九十" and _point_re().match(s):  # the body's first heading (一、招生计划)
            break
        if best > i and _repeats(lines[best : j + 1], lines[i:best]):
            break
        joined += _strip_spacing(s) if len(s) > 1 and s[-2] in " \u3000" else s  # (a kind letter-spaced: 公　　告)
        if _title_end(joined) and not _book_title_open(joined) and (j + 1 == len(lines) or lines[j + 1].s[0] not in "。，；：、,;:."):
            best = j + 1
    return best


#: The fewest items of a menu's row led by its link home (``首页 政务公开 公示公告``): a title never
#: starts with 首页 and a blank.
_MENU_ROW_MIN_ITEMS = 3

#: A link to the site's home page (首页, 网站首页, 主页, Home; case ignored): a breadcrumb's first
#: segment, a home link alone on a line (``spam.Navigation``), never a line of a document's title.
HOME_LINK = r"(?:网站)?首页|主页|home"


@lazy
def _home_link_re() -> re.Pattern[str]:
    return re.compile(HOME_LINK, re.IGNORECASE)


def _site_menu_line(s: str) -> bool:
    """Is line *s* an entry of the site's menu that no document's head holds: a link home
    (:data:`HOME_LINK`), a channel named by kinds of document (:func:`_channel_re`), or
    interface words of two characters or more only (返回首页, English, 繁体, 无障碍: the page's
    switches; :func:`~govtext._util.interface_words`)?

    >>> _site_menu_line("网站首页"), _site_menu_line("公示名单"), _site_menu_line("English 繁体")
    (True, True, True)
    >>> _site_menu_line("首页 政务公开 便民服务 公示公告"), _site_menu_line("首页发布的通知")
    (True, False)
    >>> _site_menu_line("关于开展检查的通知"), _site_menu_line("中")
    (False, False)
    """
    if _home_link_re().fullmatch(_strip_spacing(s)) or _channel_re().fullmatch(s) is not None:
        return True
    words = s.lower().replace("|", " ").split()
    if len(words) >= _MENU_ROW_MIN_ITEMS and _home_link_re().fullmatch(words[0]):
        return True  # (a row of the menu led by its link home: 首页 政务公开 公示公告)
    return bool(words) and all(len(w) > 1 and w in interface_words() for w in words)


@lazy
def _channel_re() -> re.Pattern[str]:
    """A line of two kinds of document or more and nothing else (通知公告, 公告公示, 预算决算, 意见建议):
    a site's channel over its list, never a title's line (a title ends with one kind, after what it
    is about).

    >>> bool(_channel_re().fullmatch("通知公告")), bool(_channel_re().fullmatch("通知")), bool(_channel_re().fullmatch("工作要点"))
    (True, False, False)
    """
    return re.compile(rf"(?:{_KINDS})(?:[ \u3000]*(?:{_KINDS}))+")


@lazy
def _wordless_re() -> re.Pattern[str]:
    return re.compile(r"[\W_]+")


@lazy
def _structure_heading_re() -> re.Pattern[str]:
    # a heading of a law's or a plan's structure (第一篇/编/分编/章/节/部分 and its title), never a
    # line of a document's title, though it may end like a kind of document (第一章　一般规定)
    kinds = "|".join(k for k in sorted(_LAW_KIND, key=len, reverse=True) if _LAW_KIND[k] != "tiao")
    return re.compile(rf"第(?:[{_LAW_NUM}]{{1,8}}|\d{{1,4}})(?:{kinds}|部分)(?:[ \u3000]|$)")


def _repeats(lines: list[_Line], title: list[_Line]) -> bool:
    """Do *lines* begin or end a copy of *title* (four characters or more, spacing aside)?"""
    piece = _strip_spacing("".join(ln.s for ln in lines))
    whole = _strip_spacing("".join(ln.s for ln in title))
    return len(piece) >= 4 and (whole.startswith(piece) or whole.endswith(piece))


def _copy_at(lines: list[_Line], k: int, title: str) -> int:
    """End of a copy of *title* (spacing aside) printed from line *k* on, else *k*."""
    whole = _strip_spacing(title)
    piece = ""
    for j in range(k, min(len(lines), k + 4)):
        piece += _strip_spacing(lines[j].s)
        if piece == whole:
            return j + 1
        if not whole.startswith(piece):
            break
    return k


def _title(lines: list[_Line]) -> Element | None:
    joined = _strip_spacing("".join(ln.s for ln in lines))
    if not joined or not _title_end(joined):
        return None
    return _element(joined, lines)


def _title_from(lines: list[_Line], i: int) -> tuple[Element | None, int]:
    """The title whose block starts at line *i* (:func:`_title_block`; None when none does) and the
    line after its block."""
    end = _title_block(lines, i)
    return _title(lines[i:end]), end


def _read_head(doc: OfficialDocument, lines: list[_Line]) -> int:
    """Issuer mark, doc number, signer, title and addressees; returns where the body starts.

    A page may print the head twice (a policy portal's table cells, or the page's own headline
    and doc number, above the document's): the head read is the last copy, the one the body
    follows.
    """
    i = first = _head_start(lines)
    cover = _standard_cover(doc, lines, i)
    if cover >= 0:  # (a standard's cover: its name, the day it was issued and its organs)
        return cover
    while True:
        pos = _read_head_at(doc, lines, i)
        if pos >= 0:
            break
        i = -pos  # the same doc number again below: read the head from there
        doc.issuer_mark = doc.doc_number = doc.signer = doc.title = None
    if doc.title is not None or doc.doc_number is not None or doc.issuer_mark is not None:
        _read_copy_marks(doc, lines, first)
    elif _monthly_head(doc, lines, first):  # (a white paper's: its title, its organ, its month)
        return first + 3
    if doc.title is None and doc.doc_number is None:
        return _bare_addressees(doc, lines, pos) if pos == first and doc.issuer_mark is None else pos
    if doc.title is not None and pos < len(lines):
        pos = _printed_whole(doc, lines, pos)
    # (a speech's speaker between its title and its day: 某某市市长　某某 + （2026年3月2日）)
    at = pos + 1 if doc.title is not None and pos + 1 < len(lines) and _speaker_re().fullmatch(lines[pos].s) else pos
    if doc.title is not None and at < len(lines) and lines[at].s[0] in "（(" and lines[at].s[-1] in "）)":
        dm = _title_date(lines[at].s[1:-1].strip(_BLANK), doc.title.text)
        if dm is not None:  # （2025年2月18日） under the title: the 成文日期 as the press prints it
            ln = lines[at]
            doc.date = _date_of(dm, ln.start + ln.s.index(dm.group(0)), (ln.no,))
            pos = at + 1
        elif at == pos and doc.doc_number is None and _promulgated(doc, lines[pos]):
            pos += 1
    elif doc.title is not None and pos < len(lines) and lines[pos].s[0] in _PAGE_DASHES:
        ln = lines[pos]
        dm = _delivered_re().fullmatch(ln.s)
        if dm is not None:  # ——2026年1月20日在某某会议上: the day a report or speech was given
            dm = _date_re().match(ln.s, dm.start("date"))
            assert dm is not None
            doc.date = _date_of(dm, ln.start + dm.start(), (ln.no,))
            pos += 1
    if doc.issuer_mark is None or not doc.issuer_mark.text.endswith("令") or _titled_command(doc):
        pos += _labelled_addressees(doc, lines, pos) or _read_addressees(doc, lines, pos, _addressee_lines(lines, pos))
    return pos


#: The separators of an organ list (主送 and 抄送 values): a line ending with one goes on below.
_LIST_SEPS = "，、,；;"
#: What a labelled 主送's value may end with that is not its own: a colon, a full stop, a separator, blanks.
_SENT_VALUE_END = "：:。" + _LIST_SEPS + _BLANK


def _labelled_addressees(doc: OfficialDocument, lines: list[_Line], pos: int) -> int:
    """A 主送 under its label on line *pos* (``主送：各区县教育局，市直各学校``, as an office system's export prints
    the field; maybe wrapped after a separator onto a line of organs, maybe with the colon or a full stop at its
    end): the addressees without the label, when they name organs (:func:`_organs_addressed`; a sentence after the
    label addresses nobody, nor does the body's first sentence under ``主送：各区县教育局，``). Returns how many lines
    it takes (0: none)."""
    m = _record_sent_re().match(lines[pos].s) if pos < len(lines) and lines[pos].s[0] == "主" else None
    if m is None:
        return 0
    end = pos + 1
    while (end < len(lines) and end - pos < _RECORD_SENT_LINES and lines[end - 1].s[-1] in _LIST_SEPS
           and _organs_addressed(lines[end].s.rstrip(_SENT_VALUE_END))):
        end += 1
    value = "".join(ln.s for ln in lines[pos:end])[m.end() :].rstrip(_SENT_VALUE_END)
    if not value or "。" in value or not _organs_addressed(value):
        return 0
    last = lines[end - 1]
    doc.addressees = Element(value, lines[pos].start + m.end(), last.start + len(last.s.rstrip(_SENT_VALUE_END)),
                             tuple(ln.no for ln in lines[pos:end]))
    return end - pos


def _read_addressees(doc: OfficialDocument, lines: list[_Line], pos: int, n: int) -> int:
    """The 主送 on the *n* lines from *pos* (none when *n* is 0, :func:`_addressee_lines`); returns *n*."""
    if n:
        last = lines[pos + n - 1]
        end = last.start + len(last.s[:-1].rstrip(_BLANK))
        doc.addressees = Element(_addressee_value(lines, pos, n), lines[pos].start, end,
                                 tuple(ln.no for ln in lines[pos : pos + n]))
    return n


def _addressee_value(lines: list[_Line], pos: int, n: int) -> str:
    """The 主送 on the *n* lines from *pos* joined, its colon and blanks left out."""
    return "".join(ln.s for ln in lines[pos : pos + n])[:-1].rstrip(_BLANK)


def _bare_addressees(doc: OfficialDocument, lines: list[_Line], pos: int) -> int:
    """A text with no title, number or mark opening with its 主送 (a 公文 whose title the crawl lost: ``各学校：``,
    ``某某县各乡镇人民政府，县直各单位：``): the addressees, when they name organs (led by 各, or their last name ending
    like an organ's, no colon inside: not ``记者从某局获悉：``, ``问：某局：``); the tail is then read as a document's
    (and kept only when it gives a signature and a date: :func:`_elements`). Returns where the body starts."""
    n = _addressee_lines(lines, pos)
    if n and _organs_addressed(_addressee_value(lines, pos, n)):
        return pos + _read_addressees(doc, lines, pos, n)
    return pos


#: What ends a unit's name among bare addressees besides an organ's last character (``各乡镇``, ``县直各单位``).
_UNIT_ENDS = ("中心", "单位", "部门", "学校", "乡镇", "街道", "村", "社区", "机关", "机构", "企业")
#: What ends the name of schools by their level among bare addressees, led by 各 (``各中小学``, ``各幼儿园、中小学``;
#: not a lead-in's ``全市共有中小学``, ``入选的大学``).
_SCHOOL_ENDS = ("小学", "中学", "大学", "幼儿园")
#: What ends the name of a place that 各 leads (``各县（市、区）``, ``各区``).
_PLACE_ENDS = "县市区乡镇"


def _organs_addressed(value: str) -> bool:
    """Whether the 主送 *value* opening a text names organs: each of its names (split at ``，`` or ``；``; a closing
    bracket's remark, ``（市、区）``, left out) ends like an organ's (:data:`_ORGAN_END`, but 中, 心 and 社 alone:
    ``在推进过程中``, ``据新华社``) or a unit's (:data:`_UNIT_ENDS`), a place led by 各 (``各县``); not people
    (``各位领导、同志们``, ``各位老师、同学们``), nor a sentence (``各地要``, ``会上，县委书记张三指出，…座谈会``); schools by
    their level led by 各 (:data:`_SCHOOL_ENDS`); a name describing its units by a clause (``本次获奖的学校``, ``入选的单位``:
    a lead-in to a list) addresses nobody unless 各 follows the clause (``参加培训的各单位``).

    >>> [_organs_addressed(v) for v in ("各学校", "某某县各乡镇人民政府，县直各单位", "各县（市、区）人民政府，市直各部门")]
    [True, True, True]
    >>> [_organs_addressed(v) for v in ("各位领导、同志们", "各地要", "据新华社", "在推进过程中", "会上，某某指出，座谈会")]
    [False, False, False, False, False]
    """
    if value.startswith("各位") or any(c in value for c in "：:") or any(
            w in value for w in ("同志", "们", "来宾", "家长", "同学")):
        return False
    for name in _addressee_split_re().split(value):
        name = name.strip(_BLANK)
        if name.endswith(("）", ")")):  # (各县（市、区）: the place before its remark)
            open_at = _last_open(name)
            name = name[:open_at].rstrip(_BLANK) if open_at > 0 else name
        if not name or not ((name[-1] in _ORGAN_END and name[-1] not in "中心社") or name.endswith(_UNIT_ENDS)
                            or (name[0] == "各" and (name[-1] in _PLACE_ENDS or name.endswith(_SCHOOL_ENDS)))):
            return False
        if "的" in name and "各" not in name[name.rfind("的") :]:
            return False
    return True


@lazy
def _addressee_split_re() -> re.Pattern[str]:
    # what separates the names of a 主送 (not 、, which a remark in brackets holds: 各县（市、区）)
    return re.compile(r"[，,；;]")


#: How many of the head's first lines a standard's number is looked for in (ICS, CCS, its code, its kind),
#: how many lines its name may take under it (an English name too), and how many its organs over ``发布``.
_COVER_LINES, _COVER_NAME_LINES, _COVER_ORGAN_LINES = 6, 4, 3


@lazy
def _standard_number_re() -> re.Pattern[str]:
    # a standard's number alone on its line: GB/T 46021—2026, DB59/T 0318—2026, GB 2760-2024, JY/T 0001—2026
    return re.compile(r"(?:GB|DB\d{2}|[A-Z]{2,3})(?:/[TZ])?[ \u3000]*\d{1,6}(?:\.\d{1,3})*[ \u3000]*[—－-][ \u3000]*(?:19|20)\d\d")


@lazy
def _issued_re() -> re.Pattern[str]:
    # a standard's cover line of its days: 2026-03-20发布　2026-04-20实施
    return re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)[ \u3000]*发布")


def _standard_cover(doc: OfficialDocument, lines: list[_Line], i: int) -> int:
    """A standard's cover (GB/T 1.1: ``ICS``, ``CCS``, its kind ``某省地方标准``, its number alone on a line,
    its name, ``2026-03-20发布　2026-04-20实施``, the organs over ``发布``): the name is the title (an
    English name under it passed over), the day issued the date, the organs the issuers; the line after
    the cover, or -1 when the head is no standard's cover. The number is no 发文字号."""
    for j in range(i, min(len(lines) - 2, i + _COVER_LINES)):
        s = lines[j].s
        if "A" <= s[0] <= "Z" and s[-1].isdigit() and _standard_number_re().fullmatch(s):
            break
    else:
        return -1
    k = next((k for k in range(j + 1, min(len(lines), j + 2 + _COVER_NAME_LINES)) if _issued_re().match(lines[k].s)), -1)
    name = [ln for ln in lines[j + 1 : k] if not _translated(ln.s)]
    if k < 0 or not name:
        return -1
    for e in range(k + 1, min(len(lines), k + 1 + _COVER_ORGAN_LINES)):
        if lines[e].s.endswith("发布"):
            break
    else:
        return -1
    names = _printed_names("\n".join(ln.s for ln in lines[k + 1 : e + 1])[: -len("发布")])
    if not names or not _organs_named(names, longest=_COVER_ORGAN_MAX, signing=False):
        return -1
    doc.title = _element(_strip_spacing("".join(ln.s for ln in name)), name)
    dm = _issued_re().match(lines[k].s)
    assert dm is not None
    day = dm.group(0)[:10]
    doc.date = DocDate(day, lines[k].start, lines[k].start + len(day), (lines[k].no,), iso=day)
    doc.issuers = names
    return e + 1


@lazy
def _month_re() -> re.Pattern[str]:
    # a month alone on its line: 2026年6月, 二〇二六年六月
    return re.compile(rf"(?:\d{{4}}|[{_CN_DIGIT}]{{4}})[ \u3000]*年[ \u3000]*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,2}})[ \u3000]*月")


def _monthly_head(doc: OfficialDocument, lines: list[_Line], i: int) -> bool:
    """A head of three lines that names no kind of document: a short title, the organ that publishes it
    alone under it, the month alone under that (a white paper: ``某省的生态文明建设`` + ``某省人民政府新闻办公室``
    + ``2026年6月``), the organ a government's office (:data:`_MONTHLY_ORGAN_ENDS`) or the line after the
    head a 前言 or a 目录. The title and the issuer are read (a month is no date); whether one was."""
    if i + 3 >= len(lines) or lines[i + 2].s[-1] != "月" or not _month_re().fullmatch(lines[i + 2].s):
        return False
    title, organ = lines[i].s, lines[i + 1].s
    if (not _is_heading_like(title) or len(title) > _MONTHLY_TITLE_MAX or any(c in title for c in "，。；：,;:！？")
            or organ[-1] not in _ORGAN_END or not _signature_like(organ) or " " in organ or "\u3000" in organ):
        return False
    if not organ.endswith(_MONTHLY_ORGAN_ENDS) and _strip_spacing(lines[i + 3].s) not in _MONTHLY_NEXT:
        return False  # a news headline over its bureau and month (市统计局): neither a government's office nor a 前言
    doc.title = _element(title, lines[i : i + 1])
    doc.issuers = [organ]
    return True


#: The most characters of the title a monthly head prints over its organ (:func:`_monthly_head`).
_MONTHLY_TITLE_MAX = 30
#: The ends of a government's organs that publish under a monthly head alone (``某省人民政府新闻办公室``);
#: another organ's head needs its preface or contents next (:data:`_MONTHLY_NEXT`).
_MONTHLY_ORGAN_ENDS = ("人民政府", "新闻办公室", "政府办公厅", "政府办公室", "常务委员会")
_MONTHLY_NEXT = frozenset(("前言", "目录", "序言"))


#: How many lines under a report's headline its line announcing the document printed whole is looked for in.
_PRINTED_WHOLE_IN = 4
#: How a report announces the document it prints whole under its lead (``《关于…的意见》全文如下。``).
_PRINTED_WHOLE_ENDS = ("全文如下。", "全文如下：", "全文如下:")


def _printed_whole(doc: OfficialDocument, lines: list[_Line], pos: int) -> int:
    """A report printing a document whole (a newspaper's headline ``某某印发《关于…的意见》``, its lead, then
    ``《关于…的意见》全文如下。`` over the document's own title): the title is the document's, under that line;
    returns where the body starts (*pos* when the head is no such report's).

    >>> d = OfficialDocument(title=Element("某厅印发《关于甲的意见》", 0, 11, (1,)))
    >>> ls = [_Line(k, 0, 0, t) for k, t in enumerate(("本报讯　近日，某厅印发了《关于甲的意见》。", "《关于甲的意见》全文如下。", "关于甲的意见", "一、总体要求"), 2)]
    >>> _printed_whole(d, ls, 0), d.title.text, d.title.lines
    (3, '关于甲的意见', (4,))
    """
    for k in range(pos, min(len(lines) - 1, pos + _PRINTED_WHOLE_IN)):
        if lines[k].s.endswith(_PRINTED_WHOLE_ENDS):
            title, end = _title_from(lines, k + 1)
            if title is not None and f"《{title.text}》" in lines[k].s:
                doc.title = title
                return end
            break
    return pos


def _titled_command(doc: OfficialDocument) -> bool:
    """Whether a 令 gives its own title under its mark (``某某指挥部令`` / ``第2号`` / ``关于…的命令``): a
    command that promulgates nothing, addressed to organs as a notice is (a 令 promulgating a regulation
    names no 主送机关; its title is the regulation's, read after its date)."""
    return (doc.title is not None and doc.issuer_mark is not None
            and doc.title.lines[0] > doc.issuer_mark.lines[-1])


def _promulgated(doc: OfficialDocument, ln: _Line) -> bool:
    """The record of promulgation in brackets under a regulation's title (``（2026年4月2日某某省人民政府令
    第12号公布　自2026年6月1日起施行）``, as a gazette prints a 规章 without its 令): the order's number is
    the doc number and the day it was promulgated the date, as a 令 printed above the text gives them
    (not the day it takes effect). Whether one was read.

    >>> d = OfficialDocument()
    >>> _promulgated(d, _Line(2, 10, 50, "（2026年4月2日某省人民政府令第12号公布　自2026年6月1日起施行）"))
    True
    >>> d.doc_number.text, d.doc_number.serial, d.date.iso
    ('某省人民政府令第12号', 12, '2026-04-02')
    """
    inner = _bracketed(ln)
    n = _record_number(inner) if inner is not None else None
    dm = _date_re().match(inner.s) if n is not None and inner is not None else None
    if n is None or dm is None or inner is None:
        return False
    doc.doc_number, doc.date = n, _date_of(dm, inner.start, (ln.no,))
    return True


def _title_date(inner: str, title: str) -> re.Match[str] | None:
    """The date in brackets under the *title* (*inner*: the text between them): a date alone
    (``2025年2月18日``), or a record of adoption by a meeting with that one date
    (``2025年12月20日中国共产党某某市第九届委员会第十次全体会议通过``, ``…常务会议审议通过``: a
    document adopted by a meeting is dated by it), or of its approval by the organ above (a school's
    charter, ``2026年3月10日某某省教育厅核准``; ``…批准``); not a record of several dates (adopted, then
    amended) nor of publication; a meeting's agenda names the part of the day after it (``2026年4月23日上午``,
    :data:`_DAY_PARTS`; under an agenda's title only, :func:`_agenda_title_re`: a notice's is no date).

    >>> _title_date("2025年3月1日市人民政府第10次常务会议审议通过", "关于甲的决定").group(0)
    '2025年3月1日'
    >>> _title_date("2026年3月10日某某省教育厅核准", "某某学院章程").group(0), _title_date("2025年3月1日发布", "某规定") is None
    ('2026年3月10日', True)
    >>> _title_date("2026年4月23日下午", "某会议议程").group(0), _title_date("2026年4月23日下午", "关于甲的通知") is None
    ('2026年4月23日', True)
    """
    dm = _date_re().match(inner)
    if dm is not None and inner[dm.end() :].strip(_BLANK) in _DAY_PARTS:
        return dm if _agenda_title_re().search(title) else None
    if dm is None or (dm.end() < len(inner) and (
            _ADOPTED.search(inner, dm.end()) is None or _date_re().search(inner, dm.end()) is not None)):
        return None
    return dm


@lazy
def _delivered_re() -> re.Pattern[str]:
    """The line under a report's or a speech's title naming the day and the meeting it was given
    at (``——2026年1月20日在某市第十七届人民代表大会第五次会议上``): a dash, the date, 在…上.

    >>> _delivered_re().fullmatch("——2026年1月20日在某市人民代表大会第五次会议上").group("date")
    '2026年1月20日'
    >>> _delivered_re().fullmatch("——2026年1月20日至22日") is None
    True
    """
    return re.compile(rf"{_PAGE_DASH}{{1,2}}[ \u3000]*(?P<date>{_DATE})[ \u3000]*在[^。！？\n]{{2,60}}上")


@lazy
def _speaker_re() -> re.Pattern[str]:
    """The speaker's line under a speech's title, above the day it was given: a post (maybe after the
    organ and other posts, 、 between) and the name (``某某市人民政府市长　许某某``, ``市教育局党组书记、局长 林某某``).

    >>> bool(_speaker_re().fullmatch("某某市人民政府市长　许嘉言")), bool(_speaker_re().fullmatch("市教育局党组书记、局长 林建华"))
    (True, True)
    >>> bool(_speaker_re().fullmatch("某某市人民政府办公室"))
    False
    """
    return re.compile(rf"[\u4e00-\u9fff、]{{0,24}}(?:{_POSTS}|{_SPEAKER_POSTS})[ \u3000]+[\u4e00-\u9fff·](?:[ \u3000]?[\u4e00-\u9fff·]){{1,5}}")


#: Posts that give speeches besides those that sign (:data:`_POSTS`).
_SPEAKER_POSTS = "厅长|校长|处长|镇长|乡长|会长|理事长|组长"


#: The parts of a day a meeting's agenda names after its date under the title (``（2026年4月23日上午）``).
_DAY_PARTS = frozenset(("上午", "下午", "晚上", "全天"))


#: A qualifier in brackets at a title's end (（草案）, （样本）, （2027年度）).
_TITLE_QUALIFIER = r"[（(][^（）()]{1,12}[）)]"


@lazy
def _agenda_title_re() -> re.Pattern[str]:
    # an agenda's title: …会议议程, …会议日程, a qualifier in brackets after it (（草案）)
    return re.compile(rf"[议日]程(?:{_TITLE_QUALIFIER})?$")


#: The end of a record of adoption by a meeting (会议通过, 全会通过, 常务会议审议通过, 大会表决通过) or of
#: approval by the organ above (某某厅核准, 某某会议批准).
_ADOPTED = re.compile(r"(?:会议?(?:审议|讨论|表决)?通过|核准|批准)[。.]?$")


def _read_copy_marks(doc: OfficialDocument, lines: list[_Line], head: int) -> None:
    """份号, 密级和保密期限 and 紧急程度 from the lines of copy marks right above the head (at
    most three lines, each holding copy marks only); the first of each kind is read."""
    k = head
    while k > 0 and head - k < 3 and _copy_marks_line_re().fullmatch(lines[k - 1].s):
        k -= 1
    for ln in lines[k:head]:
        _take_copy_marks(doc, ln, 0, ln.s)


def _take_copy_marks(doc: OfficialDocument, ln: _Line, at: int, s: str) -> None:
    """The copy marks *s* holds (from *at* in line *ln*: a line of them, or those after a 纪要's issue
    number), each kind not read yet."""
    for m in _copy_mark_part_re().finditer(s):
        start, end, no = ln.start + at + m.start(), ln.start + at + m.end(), (ln.no,)
        value = _strip_spacing(m.group(0))
        if m.group("copy") and doc.copy_number is None:  # (the number without a No. before it)
            doc.copy_number = Element(m.group("copy"), ln.start + at + m.start("copy"), end, no)
        elif m.group("level") and doc.secrecy is None:
            term = m.group("term")
            doc.secrecy = Secrecy(value, start, end, no, level=_strip_spacing(m.group("level")),
                                  term=_strip_spacing(term) if term else None)
        elif m.group("urgency") and doc.urgency is None:
            doc.urgency = Element(value, start, end, no)


#: The most lines a 主送机关 is wrapped over (a 党委's list of 党委, 党组 and 团体, a province's of its units).
_ADDRESSEE_LINES_MAX = 5


def _addressee_lines(lines: list[_Line], pos: int) -> int:
    """How many lines from *pos* hold the 主送机关: one ending in ：, or a long list wrapped after
    a separator (``…人民政府，`` + ``…各直属机构：``), over at most :data:`_ADDRESSEE_LINES_MAX` lines
    each but the last ending with one; 0 when there is none.

    >>> ls = [_Line(k, 0, 0, s) for k, s in enumerate(("各县委，市委各部委，", "各人民团体党组，", "各高等院校党委：", "正文。"), 1)]
    >>> _addressee_lines(ls, 0), _addressee_lines(ls, 2), _addressee_lines(ls, 3)
    (3, 1, 0)
    """
    if pos >= len(lines):
        return 0
    if _addressee_like(lines[pos].s):
        return 1
    joined = lines[pos].s
    for k in range(pos + 1, min(len(lines), pos + _ADDRESSEE_LINES_MAX)):
        above = lines[k - 1].s
        if len(above) > 100 or not (above[-1] in "，、," or (k == pos + 1 and _cut_list(above, lines[k].s))):
            return 0
        joined += lines[k].s
        if _addressee_like(joined):
            return k - pos + 1
    return 0


def _cut_list(first: str, second: str) -> bool:
    """A list of organs cut inside a name at a line's full width (PDF text: ``…，市各直属单`` +
    ``位：``): a long first line with a separator, a short rest, no quotation (a sentence)."""
    return (len(first) >= 15 and len(second) <= 15 and ("，" in first or "、" in first)
            and not any(c in first + second for c in "《“「"))


def _head_start(lines: list[_Line]) -> int:
    """Where the document's head starts: after page chrome (a breadcrumb, the page's title, a
    photo's caption, a scanned page's specks: marks only, a link home or a channel's name:
    :func:`_site_menu_line`, a fax machine's header: :func:`_fax_header_re`), the copy marks (份号, 密级, 紧急程度) and a reply's class mark and line of
    publicity (``A类``, ``公开属性：主动公开``: :func:`_class_mark_re`); at an issuer mark with its doc
    number under it when a few lines (the page's headline, a date) stand above that."""
    i = 0
    while i < min(len(lines), 5) and (any(c in lines[i].s for c in ">＞›»|｜_") or _credit_re().search(lines[i].s)
                                      or (not lines[i].s[0].isalnum() and _wordless_re().fullmatch(lines[i].s))
                                      or _site_menu_line(lines[i].s)
                                      or (lines[i].s[0] in "12" and _fax_header_re().fullmatch(lines[i].s))):
        i += 1
    for k in range(i, min(len(lines) - 2, i + 4)):
        if _stacked_mark(lines, k):
            return k
    for k in range(i + 1, min(len(lines) - 1, i + 4)):
        if (_is_mark(lines[k].s) or _is_notice_mark(lines[k].s)) and _doc_number(lines[k + 1], after_mark=True) is not None:
            return k
    while i < min(len(lines), 3) and (_copy_marks_re().fullmatch(lines[i].s) or _copy_marks_line_re().fullmatch(lines[i].s)
                                      or _class_mark_re().fullmatch(lines[i].s)):
        i += 1
    return i


@lazy
def _fax_header_re() -> re.Pattern[str]:
    """The header a fax machine prints on top of each page it sends: the day and time first, the page
    last (``2026-06-15 14:22　发自：0571-…　某某办公室　第1页/共2页``, ``2026/06/15 14:22 FROM:… P.1/2``);
    page chrome, no line of the head.

    >>> bool(_fax_header_re().fullmatch("2026-06-15 14:22　　发自：0571-86120356　　某办公室　　第1页/共2页"))
    True
    >>> bool(_fax_header_re().fullmatch("2026/06/15 09:05 FROM:0571-8612 P.2/3")), bool(_fax_header_re().fullmatch("2026年6月15日"))
    (True, False)
    """
    page = r"第[ \u3000]*\d{1,3}[ \u3000]*页(?:[ \u3000]*[/／，,]?[ \u3000]*共[ \u3000]*\d{1,3}[ \u3000]*页)?"
    return re.compile(rf"(?:19|20)\d\d[-/.]\d{{1,2}}[-/.]\d{{1,2}}[ \u3000]+\d{{1,2}}:\d{{2}}.{{0,80}}?[ \u3000]"
                      rf"(?:{page}|[Pp](?:age|AGE)?[.． ]*\d{{1,3}}(?:[/／]\d{{1,3}})?)")


#: The most characters of the bracketed explanation after a reply's class (``A类（已解决或采纳）``).
_CLASS_NOTE_MAX = 16


@lazy
def _class_mark_re() -> re.Pattern[str]:
    """The class mark alone on a line above a reply to a deputy's suggestion or a CPPCC member's
    proposal (``A类``, ``（B）``, ``类别：A``, ``办理结果：A``, ``办理结果类别：A类``: how far it was solved), or its line
    of publicity there (``公开属性：主动公开``, ``公开方式：依申请公开``); no field, and no title (nor a note under
    the date, where some pages print them: :func:`_read_after_date`).

    >>> [bool(_class_mark_re().fullmatch(s)) for s in ("A类", "（Ｂ）", "类别：A", "办理结果：A", "A级景区")]
    [True, True, True, True, False]
    >>> bool(_class_mark_re().fullmatch("办理结果类别：A类")), bool(_class_mark_re().fullmatch("结果：A"))
    (True, True)
    >>> bool(_class_mark_re().fullmatch("办理结果类别：A类（已解决或采纳）")), bool(_class_mark_re().fullmatch("A类（见附件。）"))
    (True, False)
    >>> [bool(_class_mark_re().fullmatch(s)) for s in ("公开属性：主动公开", "公开方式：不予公开", "公开属性：见附件")]
    [True, True, False]
    """
    return re.compile(r"[（(]?(?:(?:答复|办理)?(?:结果)?(?:类别|类型|结果)[：:][ \u3000]*)?[A-DＡ-Ｄ][ \u3000]*类?"
                      rf"(?:[（(][^（）()。！？!?\r\n]{{1,{_CLASS_NOTE_MAX}}}[）)])?[）)]?"
                      r"|公开(?:属性|方式|类型|类别)[：:][ \u3000]*(?:主动|依申请|不予|免予|部分|不)公开")


@lazy
def _credit_re() -> re.Pattern[str]:
    # a photo's caption ending in its credit (…记者 王某 摄, 供图): page furniture above a head
    return re.compile(r"(?:摄|摄影|供图)[ \u3000]*[)）]?$")


def _is_notice_mark(s: str) -> bool:
    """The mark of a 公告 or 通告 numbered under it (``某某总局公告`` + ``2025年第5号``); taken as
    a mark only with that number, and only when an organ's name stands before 公告/通告 (a
    kind of notice, 招标公告, 停电通告, 通知公告, is a title, its first word no issuer)."""
    if len(s) > 30 or "关于" in s:
        return False
    m = _notice_mark_re().fullmatch(s)
    return m is not None and _signature_like(m.group("organ")) and m.group("organ")[-1] in _ORGAN_END


@lazy
def _notice_mark_re() -> re.Pattern[str]:
    return re.compile(rf"(?P<organ>[\u4e00-\u9fff]{{2,26}}?)(?:联合)?(?:{_NOTICE_KINDS})")


#: The most organs of a joint issuer mark stacked one a line above its 令 or 文件 line.
_MAX_MARK_ORGANS = 6


def _stacked_mark(lines: list[_Line], i: int) -> int:
    """How many lines from *i* hold a joint mark stacked one organ a line (``国务院`` +
    ``中央军委`` + ``令``, or ``国务院`` + ``中央军委令``; up to :data:`_MAX_MARK_ORGANS` organs, three
    bureaus over ``文件``; a Word table's ``文件`` cell spanning the organs' rows comes out between
    them: ``甲局`` + ``文件`` + ``乙局``) with a doc number under it; 0 if none."""
    # (the first 令 or 文件 line alone after line i, looked for once; no more than 4 characters: 文　　件)
    bare = next((k for k in range(1, min(_MAX_MARK_ORGANS, len(lines) - i)) if len(lines[i + k].s) <= 4
                 and _bare_mark_re().fullmatch(lines[i + k].s)), 0)
    for n in range(_MAX_MARK_ORGANS + 1, 1, -1):
        if i + n >= len(lines):
            continue
        block = [ln.s for ln in lines[i : i + n]]
        last, organs = block[-1], block[:-1]
        if not (_bare_mark_re().fullmatch(last) or _is_mark(last)):
            if not 0 < bare < n - 1:
                continue
            last, organs = block[bare], block[:bare] + block[bare + 1 :]
        if (all(len(o) <= 20 and o[-1] in _ORGAN_END and _signature_like(o) and o not in last for o in organs)
                and _doc_number(lines[i + n], after_mark=True) is not None):
            return n
    return 0


@lazy
def _bare_mark_re() -> re.Pattern[str]:
    return re.compile(r"令|文[ \u3000]*件")


def _is_mark(s: str) -> bool:
    """A 发文机关标志 line: an organ's name and 令, 文件 or a telegram's 明传电报 (``国务院文件``;
    :data:`_MARK_KINDS`). What stands before the kind names an organ: :data:`_MARK_ORGAN_MIN`
    characters or more, or a shorter one ending like an organ (``省委文件``); a command's kind is no
    organ (``嘉　奖　令`` under the organ's name is a title: 某某人民政府 + 嘉奖令).

    >>> _is_mark("国务院令"), _is_mark("省委文件"), _is_mark("嘉　奖　令")
    (True, True, False)
    """
    if len(s) > 40 or "关于" in s:
        return False
    m = _mark_re().fullmatch(s)
    if m is None:
        return False
    organ = m.group("organ").rstrip(" \u3000")
    return organ[-1] in _ORGAN_END or len(_strip_spacing(organ)) >= _MARK_ORGAN_MIN  # (most end like an organ)


#: The fewest characters of an organ's name before a mark's kind not ending like an organ (国务院令).
_MARK_ORGAN_MIN = 3


def _read_head_at(doc: OfficialDocument, lines: list[_Line], i: int) -> int:
    """The head from line *i*; returns where the body starts, or minus the line to read the
    head again from (the doc number read is printed again a few lines below)."""
    stacked = _stacked_mark(lines, i)
    if stacked:
        parts = [ln.s for ln in lines[i : i + stacked]]
        parts.sort(key=lambda p: _bare_mark_re().fullmatch(p) is not None)  # (文件 read last; a stable sort)
        doc.issuer_mark = _element("\n".join(parts), lines[i : i + stacked])
        i += stacked
    elif i < len(lines) and (_is_mark(lines[i].s) or (
            # (a 公告's mark over its number; not its title with the number on that line: 某市人民政府公告（2026年第3号）)
            _is_notice_mark(lines[i].s) and i + 1 < len(lines) and lines[i + 1].no != lines[i].no
            and _doc_number(lines[i + 1], after_mark=True))):
        doc.issuer_mark = _element(lines[i].s, lines[i : i + 1])
        i += 1
    if doc.issuer_mark is None:
        minutes = _minutes_head(doc, lines, i)
        if minutes >= 0:
            return minutes
    num_at = _find_doc_number(doc, lines, i)
    if num_at >= 0 and doc.doc_number is not None:
        if lines[num_at].s[:1] == "等":  # (the number after a telegram's 等级 cell: its 紧急程度)
            _form_cells(doc, lines[num_at : num_at + 1])
        again = _doc_number_text(doc.doc_number.text)
        for k in range(num_at + 1, min(len(lines), num_at + 10)):
            dn = _doc_number(lines[k], after_mark=False)
            if dn is not None and _doc_number_text(dn.text) == again:
                return -(num_at + 1)
    above: list[_Line] = []
    if num_at > i:  # (the lines between the mark and the number: a telegram form's cells are no title)
        signers = (*(doc.signer.lines[1:] if doc.signer is not None else ()), *_form_cells(doc, lines[i:num_at]))
        above = [ln for ln in lines[i:num_at] if _split_signer(ln.s)[0] and ln.no not in signers and not _translated(ln.s)]
    if above and not _letter_mark(doc, above, lines, _past_signers(doc, lines, num_at + 1)):  # title above the number (as gov.cn prints it)
        doc.title = _title_above_records(above)
        pos = _past_signers(doc, lines, num_at + 1)
        end = _copy_at(lines, pos, doc.title.text) if doc.title is not None else pos
        if end > pos:  # the title printed again under the number: that copy is the document's
            doc.title, pos = _title(lines[pos:end]), end
        if doc.title is not None:
            return pos  # (else the lines above name no title, 某某气象站 alone: the title is under the number)
    pos = _past_signers(doc, lines, num_at + 1 if num_at >= 0 else i)
    while pos < len(lines) and not _split_signer(lines[pos].s)[0]:
        if doc.signer is None:  # (its cell crawled onto a line of its own under the number)
            _take_signer(doc, lines, pos)
        pos += 1  # a 签发人 line of its own
        pos = _past_signers(doc, lines, pos)
    end = _title_block(lines, pos)
    if end > pos:
        after = lines[end].s if end < len(lines) else ""
        doc.title = _title(lines[pos + (_past_chrome(lines[pos:end], 0, after) if end - pos > 1 else 0) : end])
        copy_end = _copy_at(lines, end, doc.title.text) if doc.title is not None else end
        if copy_end > end:  # the headline printed twice: the second copy is the document's
            doc.title = _title(lines[end:copy_end])
        pos = copy_end
        if doc.doc_number is None and doc.title is not None and pos < len(lines) and (
                _strip_spacing(doc.title.text).endswith(("公告", "通告"))):
            doc.doc_number = _order_number_under(lines[pos])  # (an announcement's 第5号 under its title)
            pos += doc.doc_number is not None
    return pos


def _order_number_under(ln: _Line) -> DocNumber | None:
    """An announcement's own number alone on the line under its title (``第5号``, ``2026年第5号``), or
    that number in brackets (``（第3号）``: a congress presidium's or standing committee's 公告 numbers so).

    >>> _order_number_under(_Line(2, 30, 35, "（第3号）")).text, _order_number_under(_Line(2, 30, 35, "（第3次）"))
    ('第3号', None)
    """
    inner = _bracketed(ln)
    if inner is not None:
        ln = inner
    return _doc_number(ln, after_mark=True) if ln.s[-1] == "号" and _docnum_re().fullmatch(ln.s) is None else None


def _bracketed(ln: _Line) -> _Line | None:
    """What line *ln* holds between the brackets that open and close it (``（第3号）`` → ``第3号``), else None."""
    s = ln.s
    if len(s) < 3 or s[0] not in "（(" or s[-1] not in "）)":
        return None
    inner = s[1:-1].strip(_BLANK)
    at = s.index(inner[0], 1) if inner else 0
    return _Line(ln.no, ln.start + at, ln.start + at + len(inner), inner) if inner else None


@lazy
def _form_cell_re() -> re.Pattern[str]:
    # a cell of a telegram's form above its number (发电单位　某某办公室, 等级　特急·明电, 签批盘号):
    # its label, maybe a colon, its value
    return re.compile(r"(?:发电单位|签批盘号|等[ \u3000]*级)[ \u3000]*[：:]?(?:[ \u3000]*(?P<v>\S.*))?")


def _form_cells(doc: OfficialDocument, block: list[_Line]) -> tuple[int, ...]:
    """The line numbers of the telegram form's cells in *block* (between the mark and the number:
    no title above the number); the 紧急程度 from its 等级 cell (``特急·明电``) when no copy mark
    gave one."""
    out = []
    for ln in block:
        m = _form_cell_re().fullmatch(ln.s)
        if m is None:
            continue
        out.append(ln.no)
        u = _copy_mark_part_re().match(m.group("v") or "")
        if u is not None and u.group("urgency") and doc.urgency is None:
            at = ln.start + m.start("v")
            doc.urgency = Element(_strip_spacing(u.group(0)), at, at + u.end(), (ln.no,))
    return tuple(out)


#: A 纪要's issue number may stand with at most this many short notes after it, each in brackets or after a
#: blank (``第5期（总第128期）``, ``第5期（增刊）``, ``第5期　总第128期　内部资料``), and one in brackets before it
#: (``（总第128期）第5期``): no part of the number. A field the head reads elsewhere is no note: a 签发人 after
#: it (split off first, :func:`_split_signer`; a 签批人 no note either), copy marks after a blank (``第5期　　秘密★1年　特急``, read as
#: :data:`_COPY_PART` reads them above a head), a year in brackets before it (``（2026年）第5期``: its year).
_ISSUE_NOTES_MAX = 2
#: A note beside an issue number holds at most this many characters (``总第一百零三期``, ``内部资料``).
_ISSUE_NOTE_CHARS = 10
#: A signer's label (签发人; a form's 签批人, which the head does not read as the signer): never a note.
_SIGNER_LABEL = r"签[ \u3000]*[发批][ \u3000]*人"
#: The bracket pairs a note beside an issue number is printed in.
_ISSUE_NOTE_BRACKETS = ("（）", "()", "【】", "〔〕", "[]", "［］")


@lazy
def _issue_number_re() -> re.Pattern[str]:
    # a 纪要's issue number (the group ``num``): 第12期, 2025年第12期, 〔2025〕第12期, （2026年）第5期; maybe short
    # notes beside it (_ISSUE_NOTES_MAX), no sentence (no blank, bracket or sentence mark inside one): a running
    # total, a supplement's mark, a circulation mark; then maybe copy marks (the group ``marks``). A note is no
    # copy mark, and a note before it no year in brackets (blanks inside too: 〔 2025 〕第12期's is the year).
    char = r"[^\s()（）\[\]［］【】〔〕，。；：、！？,;:!?]"
    inner = rf"[ \u3000]*{char}{{1,{_ISSUE_NOTE_CHARS}}}[ \u3000]*"
    bracketed = "(?:" + "|".join(re.escape(o) + inner + re.escape(c) for o, c in _ISSUE_NOTE_BRACKETS) + ")"
    part = re.sub(r"\?P<\w+>", "?:", _COPY_PART)
    note = rf"(?:[ \u3000]*{bracketed}|[ \u3000]+(?!(?:{part})(?:[ \u3000]|$)|{_SIGNER_LABEL}){char}{{1,{_ISSUE_NOTE_CHARS}}})"
    # (no two blank runs side by side: the blanks before 年 and after it are one run when 年 is left out)
    opening, closing = r"[〔\[［(（【][ \u3000]*", r"[ \u3000]*(?:年[ \u3000]*)?[〕\]］)）】]"
    year = rf"(?P<y>\d{{4}})[ \u3000]*年[ \u3000]*|{opening}(?P<by>\d{{4}}){closing}[ \u3000]*"
    return re.compile(rf"(?:(?!{opening}\d{{4}}{closing}){bracketed}[ \u3000]*)?"
                      rf"(?P<num>(?:{year})?第[ \u3000]*(?P<n>\d{{1,4}}|[一二三四五六七八九十百零〇]{{1,6}})[ \u3000]*期)"
                      rf"{note}{{0,{_ISSUE_NOTES_MAX}}}"
                      rf"(?:[ \u3000]+(?P<marks>{_copy_marks_line_re().pattern}))?")


def _minutes_head(doc: OfficialDocument, lines: list[_Line], i: int) -> int:
    """The head of a 纪要 or another publication numbered by issue: its mark
    (``某某市人民政府专题会议纪要``, a bulletin's ``督　查　通　报``; a 纪要's over two lines, the organ over the
    meeting's kind: ``某某市人民政府`` + ``市长办公会议纪要``), the issue number under it (``第12期``), the
    compiling office and date, then the issue's own title (``关于…的会议纪要``, ``关于…的通报``) when one is
    printed (the mark is the issuer mark then, else a 纪要's mark is the title; a bulletin's mark without a
    title of a kind of document under it is no head read here). A 纪要 numbered as a document is
    (``〔2026〕9号``) is read here when it prints its own title. Returns the line of the office and date
    (the tail reads the date there), or -1.

    >>> d = OfficialDocument()
    >>> ls = [_Line(k, 0, 0, s) for k, s in enumerate(("督　查　通　报", "第4期", "某省政府督查室　　2026年6月12日",
    ...                                                "关于重点工作督查情况的通报", "正文。"), 1)]
    >>> _minutes_head(d, ls, 0), d.issuer_mark.text, d.title.text, d.doc_number.serial
    (2, '督　查　通　报', '关于重点工作督查情况的通报', 4)
    >>> d = OfficialDocument()
    >>> ls = [_Line(k, 0, 0, s) for k, s in enumerate(("某市人民政府", "市长办公会议纪要", "〔2026〕9号",
    ...                                                "某市人民政府办公室　　2026年3月2日", "关于某事的会议纪要", "正文。"), 1)]
    >>> _minutes_head(d, ls, 0), d.issuer_mark.lines, d.title.text, d.doc_number.year
    (3, (1, 2), '关于某事的会议纪要', 2026)
    """
    span = _minutes_mark_lines(lines, i)
    if i + span + 1 >= len(lines):
        return -1
    marks, num = lines[i : i + span], lines[i + span]
    mark = "".join(ln.s for ln in marks)
    rest, who = _split_signer(num.s)  # (a 签发人 after the number is the signer's, no note)
    m = _issue_number_re().fullmatch(rest)
    dn = _doc_number(num, after_mark=False) if m is None and num.s[-1] == "号" else None
    if ((m is None and dn is None) or len(mark) > 40 or "关于" in mark or not _is_heading_like(mark)
            or _sig_date_line_re().fullmatch(lines[i + span + 1].s) is None):
        return -1
    minutes = _strip_spacing(mark).endswith("纪要")
    title, _ = _title_from(lines, i + span + 2)
    if (not minutes and title is None) or (dn is not None and (title is None or not title.text.endswith("纪要"))):
        return -1  # (a 纪要 numbered as a document, its mark its title: read as a document's head)
    if m is not None:
        year, n = m.group("y") or m.group("by"), m.group("n")
        at, end = m.span("num")  # (the notes beside it left out)
        dn = DocNumber(m.group("num"), num.start + at, num.start + end, (num.no,), year=int(year) if year else None,
                       serial=int(n) if n.isdigit() else _cn_int(n))
        if m.group("marks"):
            _take_copy_marks(doc, num, m.start("marks"), m.group("marks"))
        if who and doc.signer is None:
            _take_signer(doc, lines, i + span)
    doc.doc_number = dn
    if title is not None and (title.text.endswith("纪要") or not minutes):
        doc.issuer_mark, doc.title = _element("\n".join(ln.s for ln in marks), marks), title
    else:
        doc.title = _title(marks)
    return i + span + 1


def _minutes_mark_lines(lines: list[_Line], i: int) -> int:
    """How many lines from *i* a 纪要's mark takes: two when an organ's name stands alone over the
    meeting's kind (``某某市人民政府`` + ``市长办公会议纪要``), else one."""
    if i + 1 >= len(lines) or not _strip_spacing(lines[i + 1].s).endswith("纪要") or "关于" in lines[i + 1].s:
        return 1
    organ = lines[i].s
    return 2 if organ[-1] in _ORGAN_END and _signature_like(organ) and not organ.endswith("纪要") else 1


@lazy
def _name_line_re() -> re.Pattern[str]:
    # a person's name alone on its line (2-4 characters, or a longer one with ·), maybe spaced
    return re.compile(r"[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,12}")


def _more_signers(doc: OfficialDocument, lines: list[_Line], j: int) -> None:
    """签发人 of a joint 上行文 stacked under the first one (``签发人：张三`` + ``李四``): names
    alone on the lines right under it (not a title's last line: no kind of document)."""
    assert doc.signer is not None
    k = j + 1
    while k < len(lines) and k <= j + 3 and _name_line_re().fullmatch(lines[k].s) and (
            _title_end(lines[k].s) is None):
        s = doc.signer
        doc.signer = Element(s.text + "\n" + lines[k].s, s.start, lines[k].end, (*s.lines, lines[k].no))
        k += 1


def _take_signer(doc: OfficialDocument, lines: list[_Line], j: int) -> None:
    """The 签发人 line *j* names (``…号　签发人：张三``, or ``签发人：张三`` alone), with the names stacked under it."""
    ln = lines[j]
    who = _split_signer(ln.s)[1]
    if not who:
        return
    at = ln.start + ln.s.rindex(who)
    doc.signer = Element(who, at, at + len(who), (ln.no,))
    _more_signers(doc, lines, j)


def _past_signers(doc: OfficialDocument, lines: list[_Line], pos: int) -> int:
    """*pos* moved past the lines of stacked 签发人 names."""
    if doc.signer is None or len(doc.signer.lines) < 2:
        return pos
    while pos < len(lines) and lines[pos].no in doc.signer.lines[1:]:
        pos += 1
    return pos


def _letter_mark(doc: OfficialDocument, above: list[_Line], lines: list[_Line], under: int) -> bool:
    """信函格式 (GB/T 9704 §10.1): the organ's name alone above the doc number (ending like an organ,
    or a school's: :data:`_LETTER_HEAD_ENDS`), the title under it (from line *under*). Read as the
    issuer mark when no mark was read, no title stands above the number and a document's title
    stands under it (not a page's heading: 新闻发布会实录)."""
    ln = above[-1]
    if (doc.issuer_mark is not None or len(above) != 1 or not _signature_like(ln.s)
            or (ln.s[-1] not in _ORGAN_END and not ln.s.endswith(_LETTER_HEAD_ENDS))
            or _title_above_records(above) is not None or _title_block(lines, under) == under):
        return False
    doc.issuer_mark = _element(ln.s, above)
    return True


def _doc_number_text(s: str) -> str:
    return re.sub(r"[ \u3000]", "", s)


def _find_doc_number(doc: OfficialDocument, lines: list[_Line], i: int) -> int:
    """The doc number among the short lines from *i* (and a 签发人 on the way); its index or -1."""
    for j in range(i, min(len(lines), i + 8)):
        rest, who = _split_signer(lines[j].s)
        if who and doc.signer is None:
            _take_signer(doc, lines, j)
        dn = _doc_number(lines[j], after_mark=doc.issuer_mark is not None and j == i)
        if dn is None and rest.endswith(("公布", "发布")):
            dn = _record_number(lines[j])
        if dn is None and j > i and rest.endswith(("）", ")")):
            dn = _bracketed_number(lines[j])  # (a gazette prints the number in brackets under the title)
        if dn is not None:
            doc.doc_number = dn
            return j
        if rest and not _is_heading_like(rest) and not _record_line(rest) and not _translated(rest):
            break
    return -1


def _translated(s: str) -> bool:
    """A line in Latin letters only between the head's lines (a bilingual notice's English title under
    its own): no line of the title, and it does not end the search for the number under it.

    >>> _translated("Notice on Water Use in Summer"), _translated("No.000086"), _translated("GB/T 1-2020")
    (True, False, False)
    """
    return _TRANSLATED.fullmatch(s) is not None and sum(w.isalpha() for w in s.split()) >= 2


#: A title's translation: words apart by spaces, the first of Latin letters, the others of letters,
#: digits and the marks between words (…during the 2026 Marathon); two of them words of letters alone
#: (No.000086, a copy number, and GB/T 1-2020, a standard's, are no translation).
_TRANSLATED = re.compile(r"[A-Za-z][A-Za-z,.'’&()\-]*(?: [A-Za-z0-9,.'’&()\-]+)+")


def _bracketed_number(ln: _Line) -> DocNumber | None:
    """A doc number alone in the brackets of its line (``（某政发〔2026〕14号）``: a gazette prints a
    document's number so under its title), without them; not an announcement's ``（第3号）`` (read under
    a 公告's title only: :func:`_order_number_under`).

    >>> _bracketed_number(_Line(3, 40, 53, "（东政发〔2026〕14号）")).text, _bracketed_number(_Line(3, 0, 5, "（第3号）"))
    ('东政发〔2026〕14号', None)
    """
    inner = _bracketed(ln)
    return _doc_number(inner, after_mark=False) if inner is not None and inner.s[-1] == "号" else None


#: How a law's record of adoption ends (``2023年1月3日 某会议通过``, ``… 施行``, ``… 修正``).
_RECORD_ENDS = ("通过", "公布", "施行", "修正", "修订", "批准", "发布", "颁布")


@lazy
def _record_date_re() -> re.Pattern[str]:
    return re.compile(r"\d{4}[ \u3000]*年[ \u3000]*\d{1,2}[ \u3000]*月[ \u3000]*\d{1,2}[ \u3000]*日[ \u3000]")


@lazy
def _record_number_re() -> re.Pattern[str]:
    # a record line of promulgation: date, the order's number, 公布/发布
    return re.compile(
        r"\d{4}[ \u3000]*年[ \u3000]*\d{1,2}[ \u3000]*月[ \u3000]*\d{1,2}[ \u3000]*日[ \u3000]*"
        r"(?P<num>(?P<code>[\u4e00-\u9fff]{1,20}令)第[ \u3000]*(?P<serial>\d{1,5})[ \u3000]*号)[ \u3000]*(?:公布|发布)"
        # (and when it takes effect, as a gazette's record in brackets under the title goes on)
        r"(?:[ \u3000]+自[ \u3000]*\d{4}[ \u3000]*年[ \u3000]*\d{1,2}[ \u3000]*月[ \u3000]*\d{1,2}[ \u3000]*日[ \u3000]*起施行)?")


def _record_number(ln: _Line) -> DocNumber | None:
    """The order's number in a law's record line of promulgation (``2005年1月10日
    中华人民共和国国务院令第431号公布``, maybe ``…公布　自2006年1月1日起施行``): the regulation's 发文字号."""
    m = _record_number_re().fullmatch(ln.s)
    if m is None:
        return None
    return DocNumber(m.group("num"), ln.start + m.start("num"), ln.start + m.end("num"), (ln.no,),
                     issuer_code=m.group("code"), serial=int(m.group("serial")))


def _record_line(s: str) -> bool:
    """A line of a law's record above its text (a date, then who adopted, promulgated or
    amended it, or when it takes effect): it does not end the search for the doc number printed
    under it (``法释〔2023〕3号`` below two such lines)."""
    return s.endswith(_RECORD_ENDS) and _record_date_re().match(s) is not None


def _title_above_records(block: list[_Line]) -> Element | None:
    """The title above the doc number when a law site's record lines (``…通过``, ``…公布``) may
    stand between: the one printed after the record, else the one above it."""
    recs = [k for k, ln in enumerate(block) if _record_line(ln.s)]
    if not recs:
        return _title_above(block)
    return _title_above(block[recs[-1] + 1 :]) or _title_above(block[: recs[0]])


def _title_above(block: list[_Line]) -> Element | None:
    """The title that ends right above the doc number: the longest run of the last lines (up to
    four) that reads as a title; lines above it (a portal's cells, a date) are not part of it."""
    for s in range(max(0, len(block) - 4), len(block)):
        if _title_block(block, s) == len(block):
            return _title(block[_past_chrome(block, s) :])
    return None


#: What else a title's line above its line of 关于 ends with: a place's or a school's name, a short
#: name (妇联, 科协), a brigade's, a customs office's, a farm's or a park's (交通警察大队, 某某海关,
#: 国有林场, 产业园), a factory's, a mine's or a prison's (某某机械厂, 某某煤矿, 某某监狱), a section's (某某学校
#: 保卫科), several departments (某某局等五部门).
#: 站 only after a word other than 网: a station is an organ (某某县气象站, 农技推广站), a site's name
#: (某某门户网站) is the page's chrome.
_LEAD_END = _ORGAN_END + "区县市省镇乡村道学联协队关门场园厂矿狱科"


def _organ_lead(t: str) -> bool:
    """Does the line *t* end as an organ's name that may head a title over its line of 关于?

    >>> _organ_lead("某某县气象站"), _organ_lead("某某市人民政府门户网站"), _organ_lead("某某发布")
    (True, False, False)
    """
    return t[-1] in _LEAD_END or (t[-1] == "站" and not t.endswith("网站"))


#: A numbered session of an organ (…第五次会议, …第七次全体会议): the organ's meeting (:func:`_session_re`,
#: :func:`_session_kind_re`).
_SESSION = r"第[一二三四五六七八九十百\d]{1,4}次(?:全体)?会议"

#: The kinds a session adopts under its name (``…第五次会议`` + ``关于…的决议``): not a report given at it
#: (``关于…预算执行情况的报告``) nor a deputy's proposal to it (``关于…的建议``), which are their authors'.
_SESSION_KINDS = ("决议", "决定", "公告", "办法", "名单")


@lazy
def _session_re() -> re.Pattern[str]:
    # a numbered session of an organ ending a line: the organ's meeting
    return re.compile(f"{_SESSION}$")


@lazy
def _given_at_re() -> re.Pattern[str]:
    # the line under a report's or a speech's title naming the session it was given at
    # (（2026年1月18日在…第五次会议上）, ——…在…会议上): the title is its speaker's, not the session's
    return re.compile(r"在[^。；;]*会议上")


def _session_adopted(block: list[_Line], about: int, after: str) -> bool:
    """Whether the title read in *block* from its line of 关于 at *about* is what the session on a line above it adopted:
    the line opens with 关于 (``主席团关于…``: the organ on the line issues it), the title ends in a kind a session adopts
    (:data:`_SESSION_KINDS`), and the line *after* the title names no session it was given at (:func:`_given_at_re`)."""
    return (block[about].s.startswith("关于") and _strip_spacing(block[-1].s).endswith(_SESSION_KINDS)
            and _given_at_re().search(after) is None)


def _session_organ(t: str) -> str | None:
    """The organ whose numbered session the line *t* names (a session heads the title of what it adopted:
    ``某某市第十七届人民代表大会第五次会议`` + ``关于…的决议``), else ``None`` (``市政府常务会议`` numbers none).

    >>> _session_organ("某某市第十七届人民代表大会第五次会议"), _session_organ("市政府常务会议")
    ('某某市第十七届人民代表大会', None)
    """
    m = _session_re().search(t)
    return t[: m.start()] if m is not None and _placed_organ(t[: m.start()]) else None


#: The number of a congress's or a committee's term in its name (某某市第十七届人民代表大会): its signature names
#: the organ without it (某某市人民代表大会常务委员会).
_TERM = re.compile(r"第[一二三四五六七八九十百\d]{1,4}届")


def _unjoin_session(doc: OfficialDocument, lines: list[_Line]) -> None:
    """Drop the session line joined over the title (:func:`_past_chrome`) when the signature signs for
    another organ than the session's or its 主席团 (``某某市第十七届人民代表大会第五次会议`` over ``关于表彰…的决定``,
    signed ``某某市人民政府``: the session's line was a page's chrome, the title is the government's).

    >>> ls = [_Line(1, 0, 18, "某某市第十七届人民代表大会第五次会议"), _Line(2, 19, 30, "关于表彰先进集体的决定")]
    >>> doc = OfficialDocument(title=_title(ls), signature=Element("某某市人民政府", 40, 47, (5,)))
    >>> _unjoin_session(doc, ls); doc.title.text
    '关于表彰先进集体的决定'
    """
    assert doc.title is not None and doc.signature is not None
    first = next((ln for ln in lines if ln.no == doc.title.lines[0]), None)
    organ = _session_organ(_strip_spacing(first.s)) if first is not None and first.s[-1] == "议" else None
    sig = _strip_spacing(doc.signature.text)
    if organ is None or "主席团" in sig or _TERM.sub("", sig).startswith(_TERM.sub("", organ)):
        return
    title = _title([ln for ln in lines if ln.no in doc.title.lines[1:]])
    if title is not None:
        doc.title = title


def _past_chrome(block: list[_Line], s: int, after: str = "") -> int:
    """Where a title read from line *s* starts past page chrome above its line of 关于 (a WeChat
    account's name and its 关注 button, a gazette's running head ``某省人民政府公报　2026年第4期``):
    the lines above that line are the title's only when each names organs (``甲局　乙局`` over
    ``关于…``), forwards or prints (``…转发…``), or is the session that adopted it (:func:`_session_adopted`; *after*
    the line under the title); else the title starts after the last that does not."""
    about = next((k for k in range(s + 1, len(block)) if "关于" in block[k].s), -1)
    if about < 0 or "关于" in block[s].s:
        return s
    start = s
    for k in range(s, about):
        t = block[k].s
        if not (_signature_like(t) and (_organ_lead(t) or any(w in t for w in ("转发", "批转", "印发")) or (
                t[-1] == "议" and _session_organ(t) is not None and _session_adopted(block, about, after)))):
            start = k + 1
    return start if _title_block(block, start) == len(block) else s


#: Most Han characters of what a sentence announces after its 如下 (作如下规定, 作如下解释和说明).
_ANNOUNCED_MAX = 6


def _addressee_like(s: str) -> bool:
    return (
        s[-1] in "：:" and len(s) <= 200 and "。" not in s and not _attach_re().match(s)
        # (…解释如下：, …作如下规定：, …作如下补充通知： announce the text, they address nobody)
        # (…研究，决定： announces a decision's text too, and …予以公示：, …名单公布： a list)
        # (…公告如下（按姓氏笔画为序）： too: a remark in brackets after what it announces)
        and not re.search(rf"如下[\u4e00-\u9fff]{{0,{_ANNOUNCED_MAX}}}(?:[（(][^（）()]*[）)])?$|决定$|公示$|公布$", s[:-1])
        and not re.match(r"[（(]?[一二三四五六七八九十\d]", s) and len(s) > 2
        # (a sentence dating an event, …于2026年1月14日选举：, leads a list: no addressee holds a date)
        and _date_re().search(s) is None
        and not re.fullmatch(r"(?:各位|尊敬的)\w{1,6}[：:]|同志们[：:]|\S{0,4}(?:位置|导航|分享\S{0,3})[：:]", s)
        and not _salutation_re().fullmatch(s)
    )


@lazy
def _salutation_re() -> re.Pattern[str]:
    # a call's or a letter's salutation to people at large: 广大市民朋友、各餐饮企业：, 全市广大离退休老同志：,
    # 尊敬的广大市民朋友们：, 亲爱的同学们：, 市民朋友们：; organs are addressed by their names
    return re.compile(rf"(?:尊敬的)?(?:全[市县区省国]|[市县区])?广大[^：:]{{1,{_SALUTATION_MAX}}}[：:]"
                      rf"|亲爱的[^：:]{{1,{_SALUTATION_MAX}}}[：:]|[^：:]{{0,{_SALUTATION_MAX}}}朋友们?[：:]")


#: The most characters after ``广大`` or ``亲爱的`` of a salutation to people at large (:func:`_addressee_like`).
_SALUTATION_MAX = 30


def _signature_like(s: str) -> bool:
    """A line that can sign: organ names (or office-holders) only, short, apart by blanks; tabs too, a
    joint signature set as a table's cells (``甲局\\t\\t乙局`` over ``丙局\\t\\t丁局``).

    >>> _signature_like("某某市教育局\\t\\t某某市财政局"), _signature_like("1\\t某某局"), _signature_like("某某局：")
    (True, False, False)
    """
    return (
        len(s) <= 40 and _is_heading_like(s) and re.fullmatch(r"[\u3400-\u9fffA-Za-z \t\u3000（）()·、]+", s) is not None
        and _item_start_re().match(s) is None and _docnum_re().search(s) is None
    )


@lazy
def _item_start_re() -> re.Pattern[str]:
    # what starts a numbered item or a note, not an organ's name: a bracket, a digit, a Chinese
    # numeral with its list mark (一、 but not 四川省…, 三明市…, 十堰市…), 第一, 一是 … 十是, 附件
    return re.compile(r"[（(\d]|[一二三四五六七八九十]{1,3}[、.．是]|第[一二三四五六七八九十百]|附件")


def _read_tail(doc: OfficialDocument, lines: list[_Line], pos: int) -> None:
    """Signature, date, attachments list, notes, cc, printed by / date, a 令's title.

    An organ and a date on the first line after the head, before any text (a 纪要's compiling
    office, a page's byline) is no signature: the signature block is looked for after it, and
    without one that line's date is the document's."""
    if doc.title is None and doc.doc_number is None and doc.issuer_mark is None and doc.addressees is None:
        return  # not read as an official document: a dated line is not its signature
    m = (_sig_date_line_re().fullmatch(lines[pos].s) if pos + 1 < len(lines) and lines[pos].s[-1] == "日"
         else None)
    if m is None or not _signature_like(m.group("sig")) or all(_no_body(ln.s) for ln in lines[pos + 1 :]):
        _read_tail_from(doc, lines, pos)  # (no body after it, only 附件/抄送/notes: the signature)
        return
    _read_tail_from(doc, lines, pos + 1)
    if doc.date is None:
        dm = _date_re().search(lines[pos].s, m.end("sig"))
        assert dm is not None
        doc.date = _date_of(dm, lines[pos].start + dm.start(), (lines[pos].no,))
        _read_after_date(doc, lines, pos)


#: The dashes around a printed page's number (— 3 —, - 3 -, －3－; :func:`_page_number_re`), and
#: their class.
_PAGE_DASHES = "—－-–―─"
_PAGE_DASH = f"[{re.escape(_PAGE_DASHES)}]"


@lazy
def _no_body_re() -> re.Pattern[str]:
    # what follows a signature and is no body text: 附件 and its numbered items, 抄送, 印发, a
    # note in brackets, a page number
    return re.compile(r"附[ \u3000]*件|" + _COPY_LABEL + r"|\d{1,2}[.．、]|[（(][^（）()]{2,40}[）)]$|.{0,40}印发$|" + _PAGE_DASH + r"{1,2}[ \u3000]*\d")


def _no_body(s: str) -> bool:
    return _no_body_re().match(s) is not None


def _read_tail_from(doc: OfficialDocument, lines: list[_Line], pos: int) -> None:
    """:func:`_read_tail` from *pos*."""
    heads = tuple(_strip_spacing(e.text) for e in (doc.title, doc.issuer_mark) if e is not None)
    # (the parties' signing block of an agreement or a pledge only: 甲方：… 乙方：… over a date in a notice's body
    # is what the notice quotes, its own signature further down)
    parties = _party_titled(doc)
    dated = (k for k in range(max(pos, 1), len(lines))
             if ((_date_line_re().fullmatch(lines[k].s) and (_signature_like(lines[k - 1].s) or lines[k - 1].s[-1] in "。！"
                                                              or _signed_below(lines, k, heads)
                                                              or _person_signed(lines[k - 1].s)
                                                              or (parties and _parties_over(lines, pos, k))))
                 or (_digit_date_line_re().fullmatch(lines[k].s) and _signature_like(lines[k - 1].s)))
             and k - 1 >= pos - (1 if doc.issuer_mark is not None else 0))
    k = next(dated, -1)
    while k >= 0 and _dated_in_body(lines, k, heads):  # (会议时间 + its date, the body going on under it)
        later = next(dated, -1)
        if later < 0:
            break
        k = later
    # the document's own signature block is the first one, on one line or on several
    if _read_tail_one_line(doc, lines, pos, k if k >= 0 else len(lines)) or k < 0:
        return
    sig: list[_Line] = []
    below = _signed_below(lines, k, heads)
    if below:  # the date printed above the signature (a page's right-aligned block out of order)
        doc.signature = _element(lines[k + 1].s, lines[k + 1 : k + 2])
    elif _signature_like(lines[k - 1].s):  # else a date under the last sentence: no 署名 printed
        sig = _stacked_signature(lines, pos, k)
        # (a seal's ring read by a scan's OCR over the printed name: the same organ's name on the line
        # above it, no second signer)
        named = [ln for n, ln in enumerate(sig) if n + 1 == len(sig) or ln.s != sig[n + 1].s]
        doc.signature = _element("\n".join(ln.s for ln in named), named)
    elif _person_signed(lines[k - 1].s):  # (述职人：某某: a person's report, signed under its role)
        sig = lines[k - 1 : k]
        doc.signature = _element(sig[0].s, sig)
    dm = _date_line_re().fullmatch(lines[k].s) or _digit_date_line_re().fullmatch(lines[k].s)
    assert dm is not None
    doc.date = _date_of(dm, lines[k].start, (lines[k].no,))
    doc.attachments = _attachments(lines, pos, k - len(sig))
    _read_after_date(doc, lines, k + below)


#: The most lines of the parties' signing block above its date (parties side by side or one a line, the
#: persons answering for each under them).
_PARTY_BLOCK_LINES = 4
#: A party's seal mark after its name or its label (``甲方（盖章）：``, ``某某人民政府（盖章）``).
_PARTY_SEAL = r"(?:[ \u3000]*[（(](?:盖章|公章|签章)[）)])?"


@lazy
def _party_re() -> re.Pattern[str]:
    # one party's cell of a signing block: its label, its name, its seal mark (甲方：某县人民政府（盖章）; a
    # power of attorney's principal: 委托人：某区市场监督管理局（盖章）)
    return re.compile(rf"(?P<label>[甲乙丙丁]方|{_PRINCIPALS}){_PARTY_SEAL}[ \u3000]*[：:][ \u3000]*"
                      rf"(?P<name>[^\s：:（()）]{{2,30}}){_PARTY_SEAL}")


#: The labels of the party that gives a power of attorney and signs it alone (``委托人：某某局（盖章）``).
_PRINCIPALS = "委托人|委托单位|委托方|授权人|授权单位|授权方"


@lazy
def _party_signer_re() -> re.Pattern[str]:
    # the line of the persons answering for the parties under them (责任人：县长　某某, 代表（签字）：)
    return re.compile(r"(?:责任人|负责人|法定代表人|代表|委托代理人)(?:[（(]签[字名章]?[）)])?[ \u3000]*[：:]")


def _parties_over(lines: list[_Line], pos: int, k: int) -> bool:
    """Whether the date line *k* closes the document under its parties' signing block (:func:`_block_parties`
    over it, nothing but attachments, cc and notes below it: :func:`_no_body`)."""
    return (_block_parties([ln.s for ln in lines[max(pos, k - _PARTY_BLOCK_LINES) : k]]) is not None
            and all(_no_body(ln.s) for ln in lines[k + 1 :]))


@lazy
def _party_split_re() -> re.Pattern[str]:
    # the blanks between two parties' cells on one line (甲方：某县人民政府　　乙方：某镇人民政府; 委托人：某局
    # 　　受托人：某某)
    return re.compile(rf"[ \u3000]+(?=[甲乙丙丁]方|{_PRINCIPALS}|{_AGENTS})")


#: The labels of the agent a power of attorney names, a person signing beside the principal (``受托人：某某``).
_AGENTS = "受托人|受托单位|受托方|被委托人|被授权人"


@lazy
def _agent_re() -> re.Pattern[str]:
    # an agent's cell of a power of attorney's signing block: its label, a mark for the hand's signature maybe
    return re.compile(rf"(?:{_AGENTS})(?:[（(]签[字名章]?[）)])?[ \u3000]*[：:]")


def _block_parties(block: list[str]) -> list[str] | None:
    """The parties of a signing block (*block*: the lines above its date, last the nearest), side by side
    or one a line (``甲方：某县人民政府（盖章）　　乙方：某镇人民政府（盖章）``), the persons answering for them
    under them (``责任人：县长　某某``): their names, when two or more are organs' (else ``None``); a power of
    attorney's principal signs alone (``委托人：某某局（盖章）`` over ``法定代表人（签字）：``), its agent
    beside it or under it no party (``受托人：某某``).

    >>> _block_parties(["正文。", "甲方：某县人民政府（盖章）　　乙方：某镇人民政府（盖章）", "责任人：县长　某某"])
    ['某县人民政府', '某镇人民政府']
    >>> _block_parties(["甲方：某县人民政府（盖章）", "责任人：县长　某某"]) is None
    True
    >>> _block_parties(["委托人：某区市场监督管理局（盖章）", "法定代表人（签字）："])
    ['某区市场监督管理局']
    >>> _block_parties(["委托人：某区税务局（盖章）　　受托人：王　明（签字）"]), _block_parties(["受托人：王明"])
    (['某区税务局'], None)
    """
    names: list[str] = []
    principal = False
    for s in reversed(block):
        if _party_signer_re().match(s):
            continue
        cells = [c for c in _party_split_re().split(s) if c and not _agent_re().match(c)]
        found = [_party_re().fullmatch(c) for c in cells]
        if not all(found):
            break
        names[:0] = [m.group("name") for m in found if m is not None]
        principal = any(m is not None and m.group("label")[0] not in "甲乙丙丁" for m in found) or principal
    alone = len(names) == 1 and principal
    return names if (len(names) >= 2 or alone) and _organs_named(names) else None


#: The roles a person signs a report or a pledge of their own under (``述职人：某某``, ``承诺人：某某``).
_PERSON_ROLES = "述职|报告|汇报|承诺|申请"
#: The most characters naming the group whose leader signs its findings for it (``评审组组长：某某``,
#: ``验收专家组组长：某某``, ``评审组长：某某``), and the work that group does, the word its name ends with: a
#: group that reviews, accepts, inspects or investigates, whose findings its leader signs (not a 领导小组's
#: leader, nor a 副组长, in a notice listing the group's members).
_GROUP_NAME_MAX = 6
_REVIEW_GROUPS = "评审|验收|专家|考核|检查|督导|督查|巡查|调查|评估|鉴定|论证|审查|核查|考察"


@lazy
def _person_signed_re() -> re.Pattern[str]:
    # the role's label (or a reviewing group's leader's: 评审组组长, an expert group's opinion signed for it;
    # :data:`_REVIEW_GROUPS`), then a name
    # (two to four characters, letter-spaced too: 韩　峻), a mark for the hand's signature after it maybe (（签字）)
    group = rf"[\u4e00-\u9fff]{{0,{_GROUP_NAME_MAX - 2}}}?(?:{_REVIEW_GROUPS})小?组组?长"
    return re.compile(rf"(?:(?:{_PERSON_ROLES})人|{group})[ \u3000]*[：:][ \u3000]*[\u4e00-\u9fff·](?:[ \u3000]{{0,2}}[\u4e00-\u9fff·]){{1,3}}"
                      r"(?:[ \u3000]*[（(]签[字名][）)])?")


def _person_signed(s: str) -> bool:
    """A line a person signs under the role's label (``述职人：韩　峻``, ``报告人：某某（签字）``; a group's leader
    for the group, ``评审组组长：某某``): a personal report's or pledge's 落款, or an expert group's, no organ's
    (no issuer).

    >>> _person_signed("述职人：韩　峻"), _person_signed("联系人：韩　峻"), _person_signed("述职人：韩峻同志已经调离")
    (True, False, False)
    >>> _person_signed("专家组组长：谢明远"), _person_signed("组长：谢明远"), _person_signed("评审组组长：谢明远等5人")
    (True, False, False)
    >>> _person_signed("副组长：李四"), _person_signed("领导小组组长：张三"), _person_signed("督导组组长：王五")
    (False, False, True)
    """
    return _person_signed_re().fullmatch(s) is not None


@lazy
def _twin_date_re() -> re.Pattern[str]:
    """A line of one day printed twice, blanks between: two parties' block side by side, each
    dated (``2026年4月8日　　　　2026年4月8日``, under ``甲方（盖章）：…　　乙方（盖章）：…``)."""
    return re.compile(rf"(?P<twin>{_DATE})[ \u3000]+(?P=twin)[ \u3000]*")


def _signed_below(lines: list[_Line], k: int, heads: tuple[str, ...]) -> bool:
    """The organ the title (or the mark) starts with stands right under the date line *k* and not
    above it: the date printed above the signature."""
    if k + 1 >= len(lines) or lines[k + 1].s[-1] not in _ORGAN_END or not _signature_like(lines[k + 1].s):
        return False
    below, above = _strip_spacing(lines[k + 1].s), _strip_spacing(lines[k - 1].s)
    return (len(below) >= 2 and any(h.startswith(below) for h in heads)
            and not (above and any(h.startswith(above) for h in heads)))


def _dated_in_body(lines: list[_Line], k: int, heads: tuple[str, ...] = ()) -> bool:
    """The date line *k* is a date of the body (a meeting's, under ``会议时间`` or a sentence),
    not the 成文日期: no organ's name above it (an organ's name ends like one: 局, 院, 委 …, or
    it is the organ the title or the issuer mark of *heads* starts with: 某某大学关于…), and the
    body goes on under it (a sentence, or a numbered point), not a note, a title or the 版记."""
    above, below = lines[k - 1].s, lines[k + 1].s if k + 1 < len(lines) else ""
    if not below or above[-1] in _ORGAN_END or _note_line_re().fullmatch(below):
        return False
    named = _strip_spacing(above)
    if len(named) >= 2 and any(h.startswith(named) for h in heads):
        return False
    return below[-1] in "。！？；：!?;:" or _point_re().match(below) is not None


#: The most lines a bracketed note under the date is read over (:func:`_wrapped_note`), and the
#: most characters it holds (a contact's name, phone, e-mail and address, no paragraph).
_NOTE_LINES_MAX, _NOTE_CHARS_MAX = 3, 120


def _wrapped_note(lines: list[_Line], n: int) -> int:
    """How many lines from *n* hold one bracketed note wrapped over them (``（联系人及电话：某处　某某
    0571-86829013；`` + ``电子邮箱：…）``): the first opens a bracket it does not close, the last closes it,
    no line between opens or closes one; 0 when *n* starts none.

    >>> ls = [_Line(0, 0, 0, s) for s in ("（联系人：某某　0571-86829013；", "电子邮箱：a@b.cn）", "抄送：某局。")]
    >>> _wrapped_note(ls, 0), _wrapped_note(ls, 1)
    (2, 0)
    """
    first = lines[n].s
    if first[0] not in "（(" or any(c in first for c in "）)") or first.count("（") + first.count("(") != 1:
        return 0
    size = len(first)
    for j in range(n + 1, min(len(lines), n + _NOTE_LINES_MAX)):
        s = lines[j].s
        size += len(s)
        if size > _NOTE_CHARS_MAX or any(c in s for c in "（("):
            return 0
        if any(c in s for c in "）)"):
            return j + 1 - n if s[-1] in "）)" and s.count("）") + s.count(")") == 1 else 0
    return 0


@lazy
def _note_line_re() -> re.Pattern[str]:
    # a bracketed line (a 附注 under the date: （此件公开发布）)
    return re.compile(r"[（(][^（）()]{2,40}[）)]")


@lazy
def _point_re() -> re.Pattern[str]:
    # a numbered point of the body: 二、, （二）, 2.
    return re.compile(r"[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、]")


#: The most joint issuers read stacked one a line above the date.
_MAX_STACKED = 12


def _stacked_signature(lines: list[_Line], pos: int, k: int) -> list[_Line]:
    """The signature's lines above the date line *k*: joint issuers stacked one a line (organ
    names all, the last one too; or office-holders, a post and a name each: ``甲部部长　某某`` +
    ``乙部部长　某某`` under a joint 令), all of them or only the last. A run of organs right under a
    line ending with a colon (``请以下单位派员参加：``) is a list in the body, and a run longer
    than :data:`_MAX_STACKED` is no signature block either: then only the line above the date."""
    top = k - 1
    # (an armed force's or a police unit's name ends in 队 too: 某市公安局交通警察支队, 某某消防救援支队)
    if _organ_ends(lines[top].s):
        while (top - 1 >= pos and k - top <= _MAX_STACKED and _signature_like(lines[top - 1].s)
               and _organ_ends(lines[top - 1].s)):
            top -= 1
    elif _office_holders(lines[top].s):  # office-holders of a joint 令 (a court's judges), one a line
        while top - 1 >= pos and k - top <= _MAX_STACKED and _office_holders(lines[top - 1].s):
            top -= 1
    if k - top > _MAX_STACKED or (top - 1 >= 0 and lines[top - 1].s[-1] in "：:"):
        top = k - 1
    return lines[top:k]


def _read_tail_one_line(doc: OfficialDocument, lines: list[_Line], pos: int, stop: int) -> bool:
    """Signature and date on one line (``国务院办公厅　2019年1月27日``), as some pages print
    them, between *pos* and *stop*; whether one was read. A line of one day twice (two parties'
    blocks side by side, :func:`_twin_date_re`) dates the text with no signature."""
    pat = _sig_date_line_re()
    for k in range(pos, stop):
        m = pat.fullmatch(lines[k].s) if lines[k].s[-1] == "日" else None
        if m is None:
            continue
        if not _signature_like(m.group("sig")):
            if _twin_date_re().fullmatch(lines[k].s):  # (the parties' day twice side by side: no 署名)
                dm = _date_re().match(lines[k].s)
                assert dm is not None
                doc.date = _date_of(dm, lines[k].start, (lines[k].no,))
                doc.attachments = _attachments(lines, pos, k)
                _read_after_date(doc, lines, k)
                return True
            continue
        ln = lines[k]
        doc.signature = Element(m.group("sig"), ln.start, ln.start + m.end("sig"), (ln.no,))
        dm = _date_re().search(ln.s, m.end("sig"))
        assert dm is not None
        doc.date = _date_of(dm, ln.start + dm.start(), (ln.no,))
        doc.attachments = _attachments(lines, pos, k)
        _read_after_date(doc, lines, k)
        return True
    return False


def _read_after_date(doc: OfficialDocument, lines: list[_Line], k: int) -> None:
    """Notes under the date line *k* (bracketed, or a contact line), a 令's title, then the 版记."""
    n = k + 1
    while n < len(lines) and len(doc.notes) < 2:
        if _page_number_re().fullmatch(lines[n].s) or _class_mark_re().fullmatch(lines[n].s):
            n += 1  # a PDF's page number (— 3 —) between, or a reply's class (办理结果类别：A类): no note
            continue
        listed = _listed_under_date(lines, n) if not doc.attachments else n
        if listed > n:  # (the 附件说明 under the date, as a page lists the annexes after the 落款)
            doc.attachments, n = _attachments(lines, n, listed), listed
            continue
        wrapped = _wrapped_note(lines, n)
        if wrapped:  # a bracketed note over two lines or more: one note
            doc.notes.append(_element("".join(ln.s for ln in lines[n : n + wrapped]), lines[n : n + wrapped]))
            n += wrapped
            continue
        if _note_line_re().fullmatch(lines[n].s) is None and _contact_line_re().fullmatch(lines[n].s) is None and not (
                n + 1 < len(lines) and _contact_name_re().fullmatch(lines[n].s)
                and _contact_line_re().fullmatch(lines[n + 1].s)):  # (联系人：某某 over 联系电话：…)
            break
        doc.notes.append(_element(lines[n].s, lines[n : n + 1]))
        n += 1
    if (doc.issuer_mark is None and doc.doc_number is None and doc.title is not None and doc.title.lines[0] == lines[0].no
            and len(doc.title.lines) == 1 and _is_notice_mark(doc.title.text)):
        n = _announced_text(doc, lines, n)
    mark = _strip_spacing(doc.issuer_mark.text) if doc.issuer_mark is not None else ""
    if doc.title is None and mark.endswith(("令", "公告")):
        # a 令, or a 常委会公告 promulgating a regulation: the regulation's title, after the date (an
        # announcement's, only the regulation it names: 《某某条例》已经…通过，现予公布)
        title, end = _title_from(lines, n)
        if title is not None and (mark.endswith("令") or any(f"《{title.text}》" in ln.s for ln in lines[:n])):
            doc.title = title
            doc.attachments = doc.attachments or _promulgated_attachments(lines, end)
    _read_record(doc, lines, n)


def _listed_under_date(lines: list[_Line], n: int) -> int:
    """Where a 附件说明 printed on line *n* under the date ends: its label with a name (``附件：1．甲表``, or one
    attachment's ``附件：甲表``) and the lines numbered on under it (``2．乙表``); *n* when line *n* is none (the label
    alone is an annex's marker over its title, the annex printed whole under it; a file's name is a download link).

    >>> ls = [_Line(k, 0, 0, s) for k, s in enumerate(("附件：1．甲统计表", "2．乙提纲", "（此件公开发布）", "附件：", "甲表",
    ...                                                "附件：甲表.xlsx"))]
    >>> _listed_under_date(ls, 0), _listed_under_date(ls, 2), _listed_under_date(ls, 3), _listed_under_date(ls, 5)
    (2, 2, 3, 5)
    """
    s = lines[n].s
    m = _attach_re().match(s)
    if (m is None or m.end() == len(s) or not _attach_line(s) or _file_name_re().search(s)
            or _sentence_item(s, m.end())):
        return n  # (附件：某某表.xlsx: a page's download link under the text, no 附件说明; nor a sentence)
    num = _item_num_re().match(s, m.end())
    end, want = n + 1, 2
    while (num is not None and num.end() > m.end() and end < len(lines) and end - n < _ATTACH_LIST_MAX
           and (item := _numbered_re().match(lines[end].s)) and int(item.group(1)) == want
           and not _sentence_item(lines[end].s, item.end())):
        end, want = end + 1, want + 1
    return end


@lazy
def _numbered_re() -> re.Pattern[str]:
    # a numbered line of a 附件说明 under its first (:func:`_listed_under_date`): 2．, 2、, (2), the number captured
    return re.compile(r"[（(]?(\d{1,2})[.．、)）]")


@lazy
def _instruction_re() -> re.Pattern[str]:
    # an instruction's cue, no attachment's name (:func:`_sentence_item`): 请 opening it (past an item's number) and
    # what to do, how or when (请于…, 请各单位…, 请按…, 请将…, 请填写…; not 请假, 请示, 请柬: a name's words), or a
    # day it is due by before 前报送 / 前上报 / 前提交 (5月10日前报县局, 月底前报送; not 前报送情况)
    return re.compile(rf"^(?:[（(]?\d{{1,2}}[.．、)）])?[ \u3000]*请(?:{_INSTRUCTION_VERBS})"
                      r"|[\d一二三四五六七八九十日号底]前(?:报送|上报|提交|报)")


#: What follows 请 opening an instruction (:func:`_instruction_re`): when, where, who or how to, or its verb.
_INSTRUCTION_VERBS = "于|在|按|将|各|填|报|以|从|及时|务必|认真|如实|据实|自行|登录|下载|打印|参照|根据|通过|发送|提交|上传"


def _sentence_item(s: str, at: int) -> bool:
    """Whether the line *s* from offset *at* (past a label or an item's number) is a sentence, no attachment's
    name: it holds a comma or a full stop (:func:`_sentence_mark_re`; a final 。 too) or an instruction's cue
    (:func:`_instruction_re`: ``1．请各单位于3月10日前报送``) and ends like no document or form (a title may hold a
    comma: ``关于加快甲，促进乙的意见``).

    >>> _sentence_item("附件：请各单位于3月10日前报送。", 3), _sentence_item("2．请报送，联系电话：12345678。", 2)
    (True, True)
    >>> _sentence_item("附件：关于加快甲，促进乙的意见", 3), _sentence_item("附件：某某统计表。", 3), _sentence_item("甲表", 0)
    (False, False, False)
    >>> _sentence_item("附件：1．请各单位于3月10日前报送", 3), _sentence_item("附件：1．请示事项汇总表", 3)
    (True, False)
    """
    body = s[at:].rstrip(_BLANK)
    name = body.rstrip("。")
    if name == body and _sentence_mark_re().search(name) is None and _instruction_re().search(name) is None:
        return False
    return _title_end(name) is None and _form_end_re().search(name) is None


@lazy
def _file_name_re() -> re.Pattern[str]:
    # a file's name ending a line (a download link's: 某某岗位表.xlsx, 勘测定界图.jpg)
    return re.compile(r"\.(?:pdf|docx?|wps|xlsx?|et|pptx?|ofd|txt|csv|jpe?g|png|zip|rar)[）)]?$", re.IGNORECASE)


def _announced_text(doc: OfficialDocument, lines: list[_Line], n: int) -> int:
    """An organ's 公告 with no number under it that promulgates a text printed after its date (``某某法院公告``,
    ``《…的解释》已于…通过，现予公布``; then the text's own number, ``法释〔2026〕5号``, over its title): the 公告's
    line is the issuer mark, the text's number and title the document's (as under a numbered 公告's mark).
    Returns the line from which the 版记 is looked for: *n*, or past the text's title.

    >>> d = OfficialDocument(title=Element("某某法院公告", 0, 6, (1,)))
    >>> ls = [_Line(k, 0, 0, t) for k, t in enumerate(("某某法院公告", "《某某法院关于甲的解释》已于…通过，现予公布。",
    ...       "某某法院", "2026年4月8日", "法释〔2026〕5号", "某某法院关于甲的解释", "第一条　正文。"), 1)]
    >>> _announced_text(d, ls, 4), d.issuer_mark.text, d.doc_number.text, d.title.text
    (6, '某某法院公告', '法释〔2026〕5号', '某某法院关于甲的解释')
    """
    number = _doc_number(lines[n], after_mark=False) if n < len(lines) else None
    at = n + (number is not None)
    title, end = _title_from(lines, at)
    if title is None or not any(f"《{title.text}》" in ln.s for ln in lines[1:n]):
        return n
    doc.issuer_mark, doc.title, doc.doc_number = doc.title, title, number
    return end


#: The most lines from the 附件说明 of a promulgated text down to its first attachment's marker.
_ATTACH_LIST_MAX = 12


@lazy
def _annex_marker_re() -> re.Pattern[str]:
    # an attachment's marker alone on its line, over its title: 附件, 附件1, 附件 2, 附件二; a table's, 附表1, as
    # :func:`_attach_re` reads a 附表： list
    return re.compile(r"附[ \u3000]*[件表][ \u3000]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})?")


def _promulgated_attachments(lines: list[_Line], top: int) -> list[Element]:
    """The 附件说明 of the text a 令 promulgates (a 决定 printed whole under the 令, its attachments
    after it): the first ``附件：…`` list from line *top* on, the attachment markers (``附件1``) right
    under it. A text whose attachments are not printed after their list has none read here."""
    at = next((j for j in range(top, len(lines)) if _attach_re().match(lines[j].s)
               or _annex_marker_re().fullmatch(lines[j].s)), -1)
    if at < 0 or _annex_marker_re().fullmatch(lines[at].s):
        return []
    end = next((j for j in range(at + 1, min(len(lines), at + _ATTACH_LIST_MAX))
                if _annex_marker_re().fullmatch(lines[j].s)), -1)
    return _attachments(lines, at, end) if end > 0 else []


@lazy
def _contact_line_re() -> re.Pattern[str]:
    # a contact printed without brackets where the 附注 stands, under the date (a letter's
    # ``联系人：某某　　联系电话：0571-88008123``, ``联系人及电话：…``): a label, and a phone number on the
    # line, no sentence
    return re.compile(r"(?:联[ \u3000]*系[ \u3000]*人(?:[及和与、]?(?:联系)?(?:电话|方式))?|联系电话|联系方式)"
                      r"[ \u3000]*[：:][^。！？]{0,60}?(?:\d{3,4}[-－]?\d{7,8}|1\d{10})[^。！？]{0,30}。?")


@lazy
def _contact_name_re() -> re.Pattern[str]:
    # a contact's name alone under the date, its phone on the next line: 联系人：陈　晓
    return re.compile(r"联[ \u3000]*系[ \u3000]*人[ \u3000]*[：:][ \u3000]*[\u4e00-\u9fff·][\u4e00-\u9fff· \u3000]{1,15}")


@lazy
def _page_number_re() -> re.Pattern[str]:
    # a page number line of PDF text: — 3 —, - 3 -, －3－
    return re.compile(rf"{_PAGE_DASH}{{1,2}}[ \u3000]*\d{{1,3}}[ \u3000]*{_PAGE_DASH}{{1,2}}")


def _attachments(lines: list[_Line], lo: int, sig: int) -> list[Element]:
    """The 附件说明 list above the signature (:func:`_listed_attachments`, or one a line: :func:`_attachment_lines`),
    each name without an instruction in brackets at its end (:func:`_without_instruction`)."""
    return [_without_instruction(a) for a in _listed_attachments(lines, lo, sig)]


def _listed_attachments(lines: list[_Line], lo: int, sig: int) -> list[Element]:
    """The 附件说明 list: ``附件：1.…`` and the numbered lines under it, above the signature (a contact line
    under it, ``联系人：某某　　联系电话：…``, ends it). Names one a line without numbers under the label alone
    (``附件：`` over ``甲指南`` + ``乙表``: a page's list numbered by its markup) are apart where a name ends like one
    (:func:`_name_ends`), else one name wrapped."""
    at = next((j for j in range(sig - 1, max(lo, sig - 12) - 1, -1) if _attach_line(lines[j].s)), -1)
    if at < 0:
        return _attachment_lines(lines, lo, sig)
    out: list[Element] = []
    listed = True  # (the names under the label alone, the first without a number: a list of lines)
    for j in range(at, sig):
        ln = lines[j]
        off = _attach_re().match(ln.s).end() if j == at else 0
        bullet = _bullet_re().match(ln.s, off)  # (a Markdown list's item: - 1.甲表)
        off = bullet.end() if bullet is not None else off
        m = _item_num_re().match(ln.s, off)
        numbered = m is not None and m.end() > off and re.match(r"[（(]?\d", ln.s[off:]) is not None
        body_at = m.end() if numbered and m is not None else off
        name = ln.s[body_at:].strip(_BLANK)
        if not name:
            continue
        listed = listed and (bool(out) or not numbered)  # (附件：甲表 over 乙表 as 附件： over both)
        if out and not numbered and j > at:
            if _contact_line_re().match(name) or _contact_name_re().match(name) or _no_name_part(name):
                break  # (a contact line under the list, above the signature: 联系人：某某　　联系电话：…)
            if not (listed and _name_ends(out[-1].text, name)):
                # a long name wrapped onto a second line
                prev = out[-1]
                out[-1] = Element(prev.text + name, prev.start, ln.end, (*prev.lines, ln.no))
                continue
        if numbered and ("\u3000" in name or " " in name):  # (maybe more names on the line: 1．甲表　2．乙表)
            out.extend(_names_on_line(ln, body_at, len(out) + 1))
            continue
        out.append(Element(name, ln.start + body_at, ln.end, (ln.no,)))
    return out


def _without_instruction(a: Element) -> Element:
    """An attachment's name *a* without an instruction in brackets at its end (``某某报名表（请于5月10日前报送）``,
    ``…汇总表（5月10日前报县局）``: :func:`_instruction_re`), which tells what to do with it; a remark on the form
    (``（样表）``) or a request's name (``（请示）``) stays.

    >>> _without_instruction(Element("甲表（请于5月10日前报送）", 0, 14, (1,))).text, _without_instruction(Element("甲表（样表）", 0, 6, (1,))).text
    ('甲表', '甲表（样表）')
    """
    s = a.text
    if s[-1] not in "）)":
        return a
    at = _last_open(s)
    inner = s[at + 1 : -1]
    if at <= 0 or _instruction_re().search(inner) is None:
        return a
    name = s[:at].rstrip(_BLANK)
    return Element(name, a.start, None if a.end is None else a.end - (len(s) - len(name)), a.lines)


@lazy
def _bullet_re() -> re.Pattern[str]:
    # a list item's bullet and the blank after it (Markdown's -, * or +; a page's •)
    return re.compile(r"[-*+•][ \u3000]+")


def _name_ends(name: str, below: str) -> bool:
    """Whether an attachment's *name* ends where the line *below* it starts the next one: the name ends like a
    document's (a kind, ``…申报指南``) or a form's (``…汇总表``, ``…申报书（模板）``), and the line below opens no
    bracket (``（某发〔2027〕3号）`` is the name's number) and goes on no phrase (``的通知`` under ``…关于印发某某方案``).

    >>> _name_ends("2027年项目申报指南", "项目申报书（模板）"), _name_ends("关于加强某某工作的", "实施意见")
    (True, False)
    >>> _name_ends("某某局关于印发某某办法的通知", "（某发〔2027〕3号）"), _name_ends("关于印发某某实施方案", "的通知")
    (False, False)

    Nor where the name holds 关于 or 印发 but ends in no kind (a title's middle: ``…关于印发某某统计表``), or the line
    below cannot stand alone as a name (:func:`_name_tail`).

    >>> _name_ends("某局关于印发某某统计表", "使用说明"), _name_ends("某某工作责任书", "签订情况统计表")
    (False, False)
    """
    if below[0] in "（(【[》”）)、，的和及与暨":
        return False
    if _title_end(name) is None and (_form_end_re().search(name) is None or "关于" in name or "印发" in name):
        return False
    return not _name_tail(below)


@lazy
def _continuing_re() -> re.Pattern[str]:
    # what is done with a form or a document, opening a line that goes on its name: 签订情况, 填报说明, 执行情况
    return re.compile(r"(?:签订|签署|填报|填写|审核|审批|汇总|报送|发放|执行|落实|完成|办理)")


def _name_tail(s: str) -> bool:
    """Whether the line *s* under an attachment's name cannot stand alone as a name: it opens with what is done
    with the name above (:func:`_continuing_re`: ``签订情况统计表``) or is a title's tail, a kind after 的 with no
    关于 or 印发 before it (``填报说明的通知``).

    >>> _name_tail("签订情况统计表"), _name_tail("填报说明的通知"), _name_tail("某局关于甲的通知"), _name_tail("乙汇总表")
    (True, True, False, False)
    """
    if _continuing_re().match(s):
        return True
    m = _title_end(s)
    return m is not None and s[m.start() - 1 : m.start()] == "的" and "关于" not in s and "印发" not in s


@lazy
def _form_end_re() -> re.Pattern[str]:
    # how a form's or a booklet's name ends: 汇总表, 登记单, 申报书, 花名册, maybe a remark in brackets after it
    return re.compile(r"[表单书册](?:[（(][^（）()]{1,12}[）)])?$")


def _attach_line(s: str) -> bool:
    """The 附件说明's first line (:func:`_attach_re`); after ``附表：``, its first name no sentence: a body's
    sentence led by the label (``附表：某某统计表，请各校如实填写，于5月10日前报送。``) lists no table. (An
    attachment's name after ``附件：`` may hold a comma: ``关于加快…，促进…的意见``.)

    >>> _attach_line("附表：1．甲统计表　2．乙统计表"), _attach_line("附表：甲统计表，请如实填写。")
    (True, False)
    """
    m = _attach_re().match(s)
    return m is not None and ("表" not in s[: m.end()] or _sentence_mark_re().search(s, m.end()) is None)


def _no_name_part(s: str) -> bool:
    """A line under an attachment's name that is no wrapped part of it: a sentence (a comma and a full stop)
    or an outline's heading (``二、工作要求``, ``（二）…``: the body going on under a body's ``附表：`` line).

    >>> _no_name_part("二、工作要求"), _no_name_part("各校要高度重视，落实责任。"), _no_name_part("（某发〔2027〕3号）")
    (True, True, False)
    """
    return ("，" in s and "。" in s) or _outline_head_re().match(s) is not None


@lazy
def _sentence_mark_re() -> re.Pattern[str]:
    # a sentence's comma or full stop (no table's name holds one)
    return re.compile(r"[，。]")


@lazy
def _outline_head_re() -> re.Pattern[str]:
    # an outline's heading: 二、, 十一、, （二）, 第二章 / 第二条
    return re.compile(rf"[{_CN_DIGIT}十]{{1,3}}、|[（(][{_CN_DIGIT}十]{{1,3}}[）)]|第[{_LAW_NUM}\d]{{1,4}}[章节条]")


@lazy
def _next_item_re() -> re.Pattern[str]:
    # blanks, then an item's number in digits (2．, 3. or 4、) and the blanks after it; not a
    # decimal's point before one to three digits (预算 2.5 亿元; a name may start with a year: 2．2026年…)
    return re.compile(r"[ \u3000]+(\d{1,2})[.．、](?![\d０-９]{1,3}(?![\d０-９]))[ \u3000]*")


def _names_on_line(ln: _Line, at: int, first: int) -> list[Element]:
    """The attachments' names numbered on one line from offset *at*, the first numbered *first*: after
    blanks, the next number (``1．甲表　2．乙表``, as a page that ran the list together prints it) starts the
    next name; other numbers are the name's.

    >>> [a.text for a in _names_on_line(_Line(1, 0, 18, "附件：1．甲表　2．乙表　3. 丙表"), 5, 1)]
    ['甲表', '乙表', '丙表']
    >>> [a.text for a in _names_on_line(_Line(1, 0, 14, "附件：1．甲表　5．乙表"), 5, 1)]
    ['甲表　5．乙表']
    """
    out: list[Element] = []
    start, want = at, first + 1
    for m in _next_item_re().finditer(ln.s, at):
        if int(m.group(1)) == want and m.start() > start:
            out.append(Element(ln.s[start : m.start()], ln.start + start, ln.start + m.start(), (ln.no,)))
            start, want = m.end(), want + 1
    out.append(Element(ln.s[start:], ln.start + start, ln.end, (ln.no,)))
    return out


@lazy
def _numbered_attach_re() -> re.Pattern[str]:
    # (numbered in digits or in Chinese: 附件1：…, 附件一：…)
    return re.compile(r"附[ \u3000]*件[ \u3000]*(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})[ \u3000]*[：:][ \u3000]*(?P<name>\S.*)")


def _attachment_lines(lines: list[_Line], lo: int, sig: int) -> list[Element]:
    """The 附件说明 printed one attachment a line (``附件1：甲`` + ``附件2：乙``, or ``附件一：甲`` +
    ``附件二：乙``) right above the signature: the lines numbered on from 1 (two at least: one
    attachment is ``附件：甲``).

    >>> ls = [_Line(n, 0, 0, s) for n, s in enumerate(("附件一：甲指引", "附件二：乙指标", "某某局"))]
    >>> [a.text for a in _attachment_lines(ls, 0, 2)]
    ['甲指引', '乙指标']
    """
    top = sig
    while top > lo and sig - top < 12 and _numbered_attach_re().fullmatch(lines[top - 1].s):
        top -= 1
    ms = [_numbered_attach_re().fullmatch(ln.s) for ln in lines[top:sig]]
    if len(ms) < 2 or [_cn_value(m.group("n")) for m in ms if m] != list(range(1, len(ms) + 1)):
        return []
    return [Element(m.group("name"), ln.start + m.start("name"), ln.end, (ln.no,))
            for m, ln in zip(ms, lines[top:sig]) if m]


@lazy
def _publicity_note_re() -> re.Pattern[str]:
    # a 附注 on how the document is published (（此件公开发布）, （此件不予公开）, （信息公开形式：主动公开）); one opening
    # with 此件 or 本件 whatever it adds up to the most (（此件公开发布，联系人：某某，联系电话：…）)
    return re.compile(rf"[（(](?:此件|本件)[^（）()]{{1,{_PUBLICITY_NOTE_MAX - 2}}}[）)]"
                      r"|[（(][^（）()]{0,12}公开[^（）()]{0,12}[）)]")


#: The most characters inside a publicity note's brackets (:func:`_publicity_note_re`; one run onto the date's line
#: too, :func:`_date_end_re`).
_PUBLICITY_NOTE_MAX = 40


def _note_above_record(doc: OfficialDocument, lines: list[_Line], i: int, n: int) -> None:
    """A publicity note right above the 版记's first line *i* (after the annexes, as a page prints a
    notice with the text it issues), when none stood under the date: the document's 附注."""
    if not doc.notes and i - 1 >= n and _publicity_note_re().fullmatch(lines[i - 1].s):
        doc.notes.append(_element(lines[i - 1].s, lines[i - 1 : i]))


def _read_record(doc: OfficialDocument, lines: list[_Line], n: int) -> None:
    """版记: 抄送 (a 纪要's 分送) and 印发机关/印发日期 after the date; a publicity note right above it
    (:func:`_note_above_record`)."""
    top = -1  # the 版记's first line
    sent = -1  # the last ``主送：`` line before the 版记 (:func:`_record_addressees`)
    lists = 1  # the copy lists read into the cc (at most :data:`_COPY_LISTS_MAX`: no text rebuilt per line)
    for i, ln in enumerate(lines[n:], n):
        if top < 0 and ln.s[0] == "主" and doc.addressees is None and _record_sent_re().match(ln.s):
            sent = i
            continue
        if lists < _COPY_LISTS_MAX and doc.cc is not None and lines[i - 1].no == doc.cc.lines[-1] and ln.s[0] == "抄":
            lists += _second_copy_list(doc, lines, i)  # (抄报：… over 抄送：…, as GB/T 9704-1999 printed both)
        if doc.cc is None:
            at, value = _copy_value(ln.s)
            if value:  # (抄送：。 names nobody: as the label alone)
                doc.cc = Element(value, ln.start + at, ln.start + at + len(value), (ln.no,))
                top = i if top < 0 else top
                _cc_wrapped(doc, lines, i)
                continue
            if at >= 0 and _organs_under_label(lines, i):
                nxt = lines[i + 1]
                value = nxt.s.rstrip(_COPY_END)
                doc.cc = Element(value, nxt.start, nxt.start + len(value), (nxt.no,))
                top = i if top < 0 else top
                _cc_wrapped(doc, lines, i + 1)
                continue
        if doc.printed_by is None:
            m = re.fullmatch(r"(?P<by>[^ \u3000\d].{1,38}?)[ \u3000]+" + _DATE + r"[ \u3000]*印发", ln.s)
            if m:
                doc.printed_by = Element(m.group("by"), ln.start, ln.start + m.end("by"), (ln.no,))
                dm = _date_re().search(ln.s, m.end("by"))
                assert dm is not None
                doc.print_date = _date_of(dm, ln.start + dm.start(), (ln.no,))
                top = i if top < 0 else top
            elif i > n and ln.s.endswith("印发"):
                _printed_over_two_lines(doc, lines[i - 1], ln)
                top = i - 1 if top < 0 and doc.printed_by is not None else top
    if top >= 0:
        top = _record_addressees(doc, lines, sent, top, n)
        _note_above_record(doc, lines, top, n)


#: What a copy list's value ends with that is not its own: a full stop, blanks.
_COPY_END = "。. \u3000"
#: The most copy lists one under the other read into the cc (``抄报：`` over ``抄送：`` over a second ``抄送：``).
_COPY_LISTS_MAX = 3
#: The label of the 版记's copy list, its colon left out: 抄送, a 纪要's 分送, and 抄报 (GB/T 9704-1999's copy to
#: superior organs).
_COPY_LABEL = r"(?:[抄分][ \u3000]*送|抄[ \u3000]*报)"


@lazy
def _copy_label_re() -> re.Pattern[str]:
    # the copy list's label with its colon: 抄送：, 分送：, 抄报：
    return re.compile(_COPY_LABEL + r"[ \u3000]*[：:][ \u3000]*")


def _copy_value(s: str) -> tuple[int, str]:
    """The copy list labelled on the line *s* (:func:`_copy_label_re`): where its organs start and the organs (a
    final stop and blanks left out; empty for the label alone), or ``(-1, "")`` for a line with no label.

    >>> _copy_value("抄送：县委办公室。"), _copy_value("抄　报：")[1], _copy_value("各单位")
    ((3, '县委办公室'), '', (-1, ''))
    """
    m = _copy_label_re().match(s)
    return (m.end(), s[m.end() :].rstrip(_COPY_END)) if m else (-1, "")


def _organs_under_label(lines: list[_Line], i: int) -> bool:
    """Whether the copy list's label alone on line *i* (``抄送：``) has its organs on the next line: not the
    印发机关 over its date line under an empty label."""
    return i + 1 < len(lines) and _organ_list(lines[i + 1].s) and not (
        i + 2 < len(lines) and lines[i + 2].s.endswith("印发") and _date_re().match(lines[i + 2].s))


def _second_copy_list(doc: OfficialDocument, lines: list[_Line], i: int) -> bool:
    """A second copy list on line *i* right under the cc (``抄报：上级`` over ``抄送：同级``): its organs join
    the cc, read as the first list's are (under a label alone, wrapped over lines, a final separator left out:
    :func:`_cc_wrapped`). Returns whether a list joined."""
    cc = doc.cc
    assert cc is not None
    at, value = _copy_value(lines[i].s)
    if not value and (at < 0 or not _organs_under_label(lines, i)):
        return False
    k, at = (i, at) if value else (i + 1, 0)
    value = value or lines[k].s.rstrip(_COPY_END)
    doc.cc = Element(f"{cc.text}，{value}", cc.start, lines[k].start + at + len(value), (*cc.lines, lines[k].no))
    _cc_wrapped(doc, lines, k)
    return True


#: The most lines a 主送 printed in the 版记 may take (its organs wrapped).
_RECORD_SENT_LINES = 3


@lazy
def _record_sent_re() -> re.Pattern[str]:
    # the label of a 主送 printed in the 版记 or as an export's field: 主送：, 主　送：, 主送机关：, 主送单位：
    return re.compile(r"主[ \u3000]*送(?:机关|单位)?[ \u3000]*[：:][ \u3000]*(?=\S)")


def _record_addressees(doc: OfficialDocument, lines: list[_Line], sent: int, top: int, n: int) -> int:
    """A 主送 the 版记 prints above its 抄送 (GB/T 9704 moves a long list of addressees there), from the ``主送：``
    line *sent* right over the 版记's first line *top* (its organs maybe over a few lines, each but the last ending
    with a separator) and right under the notes ending at *n* (page numbers only between: not an annexed form's
    field, ``附件`` / ``公文处理单`` / ``主送：…``): the addressees, when the head read none. Returns the 版记's first
    line (*sent* when read)."""
    if sent < 0 or not 0 < top - sent <= _RECORD_SENT_LINES or any(
            lines[j].s[-1] not in _LIST_SEPS for j in range(sent, top - 1)) or any(
            _page_number_re().fullmatch(lines[j].s) is None for j in range(n, sent)):
        return top
    m = _record_sent_re().match(lines[sent].s)
    assert m is not None
    first, last = lines[sent], lines[top - 1]
    value = "".join(ln.s for ln in lines[sent:top])[m.end() :].rstrip(_COPY_END)
    end = last.start + len(last.s.rstrip(_COPY_END))
    doc.addressees = Element(value, first.start + m.end(), end, tuple(ln.no for ln in lines[sent:top]))
    return sent


def _printed_over_two_lines(doc: OfficialDocument, above: _Line, ln: _Line) -> None:
    """印发机关 and 印发日期 printed as two cells, one a line (a crawled table: ``某某局办公室`` +
    ``2026年3月3日印发``): the date line alone, an organ's name on the line above it."""
    dm = _date_re().match(ln.s)
    if (dm is None or ln.s[dm.end() :].strip(_BLANK) != "印发" or not _signature_like(above.s)
            or above.s[-1] not in _ORGAN_END or (doc.cc is not None and above.no in doc.cc.lines)):
        return
    doc.printed_by = Element(above.s, above.start, above.end, (above.no,))
    doc.print_date = _date_of(dm, ln.start, (ln.no,))


def _cc_wrapped(doc: OfficialDocument, lines: list[_Line], i: int) -> None:
    """The 抄送 list goes on over the next lines while a line ends with a separator
    (``…省法院，`` + ``省检察院。``), or is cut inside a name at the full width of a PDF's line
    (``…，市检察`` + ``院。``: not when its last name is whole, ending like an organ: the next
    line is then an owner's or a second document's), and the next line is a list of organs (not a sentence:
    ``请各单位认真落实。``; its names end like organs, or 各部门/有关部门); a final separator with no organ under it
    is left out."""
    assert doc.cc is not None
    value, first = doc.cc.text, doc.cc
    j = i + 1
    while j < len(lines) and j <= i + 3 and (value[-1] in _LIST_SEPS or (
            lines[j - 1].s[-1] not in "。." + _ORGAN_END and _cut_list(lines[j - 1].s, lines[j].s))):
        s = lines[j].s
        if _cc_stop_re().search(s) or _date_re().search(s) or "：" in s:
            break
        if not _organ_list(s):
            break  # a sentence of the body after the 版记
        value += s.rstrip(_COPY_END)
        doc.cc = Element(value, first.start, lines[j].start + len(s.rstrip(_COPY_END)),
                         (*doc.cc.lines, lines[j].no))
        j += 1
    text = value.rstrip(_LIST_SEPS)  # (a final separator with no organ under it: a line cut in the list)
    if text and len(text) < len(value):
        doc.cc = Element(text, doc.cc.start, doc.cc.end - (len(value) - len(text)), doc.cc.lines)


@lazy
def _cc_stop_re() -> re.Pattern[str]:
    # a line that ends the 抄送 list wrapped (:func:`_cc_wrapped`): the 印发 line, or a copy list's label
    return re.compile(rf"印发$|^印[ \u3000]*发|^{_COPY_LABEL}")


#: How a place's name ends (宁波市, 各省, 自治区, 某某县): in a list of organs, places before 、 share the
#: organ named after the last of them (``宁波市、舟山市人民政府``, ``各省、自治区、直辖市人民政府``).
_PLACE_END = "省市县区州盟旗镇乡"


def _organ_list(s: str) -> bool:
    """A line listing organs (not a sentence: ``请各单位认真落实。``, nor stops alone: ``。``): its
    names end like organs, or 各部门/有关部门; names of places before a 、 may share the organ named
    after the last of them (``浙江省宁波市、舟山市人民政府``)."""
    names = [p for p in re.split(r"[，,；;。.\s]+", s) if p]
    return bool(names) and all(_organ_names(p) for p in names)


#: How the names of armed forces' and police units end (``省军区``, ``武警某省总队``, ``某某支队``, ``国家统计局某某调查队``):
#: a unit's kind before its 队, not a team of the body's (``某某村治安巡逻队``, ``志愿服务队``).
_FORCES_END = ("军区", "警区", "支队", "大队", "中队", "总队", "调查队")


def _organ_ends(s: str) -> bool:
    """Whether the line *s* ends as an organ's name (:data:`_ORGAN_END`) or a unit's (:data:`_FORCES_END`).

    >>> _organ_ends("某市公安局交通警察支队"), _organ_ends("国家统计局某某调查队"), _organ_ends("某某村治安巡逻队")
    (True, True, False)
    """
    return s[-1] in _ORGAN_END or s.endswith(_FORCES_END)


#: The most characters of a person's name signing alone (``王某某``): an organ's name is longer or ends like one.
_PERSON_NAME_MAX = 3


@lazy
def _people_signed_re() -> re.Pattern[str]:
    # a name of people, not of an organ: residents, citizens, owners, villagers, the public (their
    # representatives too): 某某小区居民, 全体业主, 某某村村民代表; not 某某社区居民委员会
    return re.compile(r"(?:居民|市民|业主|村民|群众)(?:代表)?$")


def _citizens_signed(names: list[str]) -> bool:
    """Whether the signature's *names* (:func:`_issuers`, spacing removed) are people's: one of them names
    residents, citizens, owners, villagers or the public (``某某小区居民``, ``市民`` over ``王某``), or the one
    name is a person's (at most :data:`_PERSON_NAME_MAX` characters, a surname first, not ending like an organ
    or a short organ's name, :func:`_organ_lead`: ``王某某``; not 县人大, 市政协, 张庄村).

    >>> _citizens_signed(["某某小区居民"]), _citizens_signed(["市民", "王某"]), _citizens_signed(["王某某"])
    (True, True, True)
    >>> _citizens_signed(["某某县气象站"]), _citizens_signed(["某某社区居民委员会"]), _citizens_signed(["某某局"])
    (False, False, False)
    >>> _citizens_signed(["县人大"]), _citizens_signed(["张庄村"]), _citizens_signed(["市妇联"])
    (False, False, False)
    """
    from .boilerplate import _surnames  # (boilerplate imports this module)

    bare = [_strip_spacing(n) for n in names]
    if (len(bare) == 1 and 2 <= len(bare[0]) <= _PERSON_NAME_MAX and bare[0][0] in _surnames()
            and not _organ_lead(bare[0])):
        return True
    return any(_people_signed_re().search(n) for n in bare)


def _organ_names(s: str) -> bool:
    """Names joined by 、 (no other stop in *s*): each ends like an organ (an armed forces' unit too:
    :data:`_FORCES_END`), or like a place when an organ's name follows it.

    >>> _organ_names("省军区"), _organ_names("武警某省总队"), _organ_names("宁波市、舟山市人民政府"), _organ_names("学区")
    (True, True, True, False)
    """
    parts = [p for p in s.split("、") if p]
    if not parts or (parts[-1][-1] not in _ORGAN_END + "体派门" and not parts[-1].endswith(_FORCES_END)):
        return False
    return all(len(p) <= 30 and (p[-1] in _ORGAN_END + "体派门" + _PLACE_END or p.endswith(_FORCES_END)) for p in parts)


def _issuers(doc: OfficialDocument, text: str) -> list[str] | None:
    """发文机关: the signature's names, else a mark's organ, else the names before 关于, else the
    organ before the year an unsigned title starts with (``某某局2026年部门预算``), else the organ
    an order's number names (a regulation printed with its record of promulgation: ``某某省人民政府令第12号``)."""
    names = _issuers_read(doc, text)
    if names is None and doc.doc_number is not None:
        return _order_organ(doc.doc_number)
    if (names is None and doc.signature is None and doc.date is not None and doc.date.start is not None
            and _party_titled(doc)):
        # (an agreement's or a pledge's parties in the signing block over the date: 甲方：某县人民政府（盖章）　　乙方：…)
        above = text[: doc.date.start].rstrip(_BLANK + "\n").split("\n")[-_PARTY_BLOCK_LINES:]
        return _block_parties([ln.strip(_BLANK) for ln in above if ln.strip(_BLANK)])
    if names is None and doc.signature is None and doc.title is not None and doc.title.end is not None:
        return _author_under(text, doc.title.end)
    return names


def _author_under(text: str, end: int) -> list[str] | None:
    """The organ alone on the line under an unsigned title that names none (*end*: where the title ends),
    its author as a report prints it (``关于…的调研报告`` + ``某县政协某委员会调研组``), the text going on
    under it: ``[organ]``, else ``None`` (a person's line, ``某市市长　某某``, names none; nor do addressees
    printed without their colon, ``各乡镇人民政府``, ``市政府各部门``: :func:`_addressed_re`).

    >>> _author_under("关于甲的调研报告\\n某县政协调研组\\n　　今年4月，调研组走访了8个乡镇。\\n", 8)
    ['某县政协调研组']
    >>> _author_under("关于甲的讲话\\n某市市长　某某\\n　　同志们。\\n", 6), _author_under("关于甲的报告\\n某县政协调研组\\n", 6)
    (None, None)
    """
    nl = text.find("\n", end)
    stop = text.find("\n", nl + 1) if nl >= 0 else -1
    if stop < 0 or not text[stop:].strip(_BLANK + "\n"):
        return None  # (the text goes on under it)
    organ = text[nl + 1 : stop].strip(_BLANK)
    if (not organ or " " in organ or "\u3000" in organ or not _organs_named([organ])
            or _addressed_re().search(organ)):
        return None
    return [organ]


@lazy
def _addressed_re() -> re.Pattern[str]:
    # the organs a document is sent to, each of a class (各乡镇人民政府, 全市各级行政机关, 市政府各部门, 县直各单位):
    # no author names itself so (全国人大常委会…, a national organ, is one)
    return re.compile(r"^(?:各|全[省市县区])|[直属府委]各")


def _order_organ(n: DocNumber) -> list[str] | None:
    """The organ whose order *n* is when its code names it in full (``某某省人民政府令`` → ``某某省人民政府``;
    ``中华人民共和国国务院令`` → ``国务院``; not ``国令``, a short code).

    >>> _order_organ(DocNumber("某某省人民政府令第12号", None, None, (), issuer_code="某某省人民政府令", serial=12))
    ['某某省人民政府']
    >>> _order_organ(DocNumber("国令第707号", None, None, (), issuer_code="国令", serial=707)) is None
    True
    """
    code = n.issuer_code or ""
    organ = code[:-1]
    if not code.endswith("令") or len(organ) < _MARK_ORGAN_MIN or organ[-1] not in _ORGAN_END or not _signature_like(organ):
        return None
    return [_national_short(organ)]


#: The fewest and most characters of an organ's name read from a title, a lead or a cover (``某某市人民政府``);
#: a standard's cover prints longer ones (:func:`_standard_cover`).
_ORGAN_NAME_MIN, _ORGAN_NAME_MAX, _COVER_ORGAN_MAX = 2, 20, 30


def _organs_named(names: list[str], longest: int = _ORGAN_NAME_MAX, signing: bool = True) -> bool:
    """Whether each of *names* reads as an organ's: its length in bounds, its last character an organ's
    (:data:`_ORGAN_END`) and, with *signing*, a line that can sign (:func:`_signature_like`).

    >>> _organs_named(["某市人民政府", "某某科技有限公司"]), _organs_named(["某市人民政府", "双方"])
    (True, False)
    """
    return all(_ORGAN_NAME_MIN <= len(p) <= longest and p[-1] in _ORGAN_END and (not signing or _signature_like(p))
               for p in names)  # fmt: skip


def _issuers_read(doc: OfficialDocument, text: str) -> list[str] | None:
    """:func:`_issuers` but the order's organ."""
    mark = doc.issuer_mark.text if doc.issuer_mark is not None else ""
    # (a 纪要's mark names its meeting, a bulletin's numbered by issue the bulletin: no issuer)
    issue = doc.doc_number is not None and _strip_spacing(doc.doc_number.text).endswith("期")
    mark = "" if mark.endswith("纪要") or issue else mark
    # signed by office-holders (国务院总理　某某): the organ comes from the mark or the title
    sig = doc.signature.text if doc.signature is not None and not _office_holders(doc.signature.text) else None
    sig = None if sig is not None and _person_signed(sig) else sig  # (述职人：某某: a person signs, no organ)
    if mark.endswith("令") or (sig is None and mark):
        organ = re.sub(rf"[ \u3000]*(?:{_MARK_KINDS}|{_NOTICE_KINDS})$", "", mark)
        # (each organ of a joint mark too: 国务院, 交通运输部; not 主席: 中华人民共和国主席)
        return [_national_short(name) for name in _names(organ)]
    if sig is not None:
        return _names(sig)
    if doc.title is not None and "关于" in doc.title.text:
        # the names as printed (a blank or a line break between two organs: 最高人民法院
        # 最高人民检察院), else as the title joined them (国 务 院 spaced out is one name)
        raw = text[doc.title.start : doc.title.end] if doc.title.start is not None else ""
        for names in (_printed_names(raw.split("关于", 1)[0]),
                      [p for p in re.split(r"[、，,]", doc.title.text.split("关于", 1)[0]) if p]):
            if names and _organs_named(names, signing=False):
                return names
        session = _session_organ(doc.title.text.split("关于", 1)[0])  # (a session adopted it: its organ)
        return [session] if session is not None else _printing_organs(text, doc.title)
    elif doc.title is not None and (m := _session_kind_re().search(doc.title.text)) is not None:
        organ = doc.title.text[: m.start()]  # (the organ whose session it is)
        return [organ] if _placed_organ(organ) else None
    elif doc.title is not None and (m := _organ_year_re().match(doc.title.text)) is not None:
        organ = m.group("organ")  # (one organ: a name ending like one; 某某市2026年… names a place)
        return [organ] if organ[-1] in _ORGAN_END and _signature_like(organ) else None
    elif doc.title is not None and doc.title.start is not None and len(doc.title.lines) > 1:
        # no 关于: the organs alone on the title's first line over its kind alone (某某人民政府 + 嘉奖令)
        first, _, rest = text[doc.title.start : doc.title.end].partition("\n")
        names = _printed_names(first)
        rest = _strip_spacing(rest.strip(_BLANK))
        if (len(rest) <= _KIND_LINE_MAX and _title_end(rest) and names
                and _organs_named(names)):
            return names
        return _parties(text[doc.title.start : doc.title.end])
    elif doc.title is not None and len(doc.title.lines) == 1:
        return _organ_and_kind(doc.title.text)
    return None


def _party_titled(doc: OfficialDocument) -> bool:
    """Whether the title names an agreement's, a pledge's or a power of attorney's kind at its end
    (:data:`_PARTY_KINDS`), maybe with a qualifier in brackets after it (``法人授权委托书（样本）``, ``…目标责任书（2027年度）``).

    >>> _party_titled(OfficialDocument(title=Element("法人授权委托书（样本）", 0, 11, (1,))))
    True
    """
    if doc.title is None:
        return False
    title = _strip_spacing(doc.title.text)
    if title[-1:] in "）)":
        title = re.sub(f"{_TITLE_QUALIFIER}$", "", title)
    return title.endswith(_PARTY_KINDS)


#: What an agreement between parties is called at its title's end (``…战略合作框架协议``, ``…的会商备忘录``,
#: ``…目标责任书``).
_PARTY_KINDS = ("协议", "备忘录", "责任书", "承诺书", "委托书", "授权书")


def _parties(raw: str) -> list[str] | None:
    """The parties of an agreement whose title (*raw*, as printed) names them one a line (or apart by
    blanks) over its name (``某市人民政府`` + ``某某科技有限公司`` + ``…战略合作框架协议``): organs and
    companies (their names end like one: 府, 局, 司 …), else ``None``."""
    *above, last = raw.split("\n")
    if not above or not _strip_spacing(last.strip(_BLANK)).endswith(_PARTY_KINDS):
        return None
    names = _printed_names("\n".join(above))
    if names and _organs_named(names):
        return names
    return None


def _printing_organs(text: str, title: Element) -> list[str] | None:
    """The organs a report names as printing the document it prints whole, in its lead above the
    document's title (``近日，甲省委办公厅、甲省人民政府办公厅印发了《关于…的意见》``: a title of 关于 names none).

    >>> t = "近日，某省委办公厅、某省人民政府办公厅印发了《关于甲的意见》，并发出通知。\\n关于甲的意见\\n"
    >>> _printing_organs(t, Element("关于甲的意见", 38, 44, (2,)))
    ['某省委办公厅', '某省人民政府办公厅']
    >>> _printing_organs(t.replace("印发了", "印发"), Element("关于甲的意见", 37, 43, (2,)))
    ['某省委办公厅', '某省人民政府办公厅']
    """
    if title.start is None:
        return None
    cited = f"《{title.text}》"  # (印发了《…》 or 印发《…》: the lead names the organs before it)
    at = max(text.rfind(f"印发了{cited}", 0, title.start), text.rfind(f"印发{cited}", 0, title.start))
    if at < 0:
        return None
    lead = text[max(text.rfind(c, 0, at) for c in "，。　 \n") + 1 : at]
    names = [p for p in lead.split("、") if p]
    if names and _organs_named(names):
        return names
    return None


def _organ_and_kind(title: str) -> list[str] | None:
    """The organ an unsigned one-line title without 关于 names before what it issues in its own name
    (:data:`_OWN_KINDS`, maybe after a two-character word: ``某某市人民代表大会常务委员会`` + ``任免名单``,
    ``某某县教育局`` + ``公告``): the organ's name starts with a place's or the state's and ends like an
    organ's (``政府工作报告`` names none). A law or a rule is named by its subject, not its maker
    (``某某人民法院组织法``, ``某某市学校安全条例``: no organ).

    >>> _organ_and_kind("某某市人民代表大会常务委员会任免名单"), _organ_and_kind("政府工作报告")
    (['某某市人民代表大会常务委员会'], None)
    >>> _organ_and_kind("某某县应急处置通报"), _organ_and_kind("中华人民共和国人民法院组织法")
    (None, None)
    """
    m = _own_kind_re().search(title)
    if m is None:
        return None
    for k in (m.start(), m.start() - 2):  # (the kind alone, or a word before it)
        organ = title[:k]
        if _placed_organ(organ):
            return [organ]
    return None


#: What an organ issues under its own name, the name before it in the title (某某局公告, 某某委员会任免名单,
#: 某某市人民政府任免工作人员, 某某局大事记).
_OWN_KINDS = "公告|通告|通报|公示|名单|公报|报告|要点|计划|决议|任免(?:国家)?工作人员|大事记"


@lazy
def _own_kind_re() -> re.Pattern[str]:
    return re.compile(f"(?:{_OWN_KINDS})$")


@lazy
def _session_kind_re() -> re.Pattern[str]:
    """A numbered session of an organ and what it issues, ending a title (``…委员会第七次全体会议公报``,
    ``…常务委员会第二十次会议决议``): the session is the organ's meeting, the organ before it the issuer.

    >>> _session_kind_re().search("中国共产党某市第十届委员会第七次全体会议公报").group("kind")
    '公报'
    """
    return re.compile(rf"{_SESSION}(?P<kind>{_OWN_KINDS})$")


def _placed_organ(organ: str) -> bool:
    """Whether *organ* reads as an organ's name a title starts with: a place's name first
    (:func:`_placed_organ_re`), an organ's last character, a line that can sign."""
    return organ[-1:] in _ORGAN_END and _placed_organ_re().match(organ) is not None and _signature_like(organ)


@lazy
def _placed_organ_re() -> re.Pattern[str]:
    # an organ's name as a title starts with it: a place's name first (某某市…, 某某县…) or the state's
    # or the party's (中国共产党第二十届中央委员会)
    return re.compile(rf"[\u4e00-\u9fff]{{1,12}}?[{_PLACE_END}]|中华人民共和国|国务院|国家|中共|中国共产党|全国")


@lazy
def _organ_year_re() -> re.Pattern[str]:
    # a title naming its organ, then the year, then what it is (某某局2026年部门预算, 某某市人民政府
    # 2025年政府信息公开工作年度报告): the organ up to the year
    return re.compile(rf"(?P<organ>[\u4e00-\u9fff]{{2,20}}?)(?:\d{{4}}|[{_CN_DIGIT}]{{4}})年")


def _national_short(organ: str) -> str:
    """*organ* without the state's name before it (``中华人民共和国交通运输部`` → ``交通运输部``),
    when what is left ends like an organ (an office, ``中华人民共和国主席``, keeps it).

    >>> _national_short("中华人民共和国农业农村部"), _national_short("中华人民共和国主席")
    ('农业农村部', '中华人民共和国主席')
    """
    short = organ.removeprefix("中华人民共和国")
    return short if short and short[-1] in _ORGAN_END else organ


#: The longest kind of document alone on a title's last line under the organs (嘉奖令, 通令, 公告).
_KIND_LINE_MAX = 4


#: The posts that sign 令, 议案 and 命令 (a set of titles, not an organ's name).
_POSTS = "总理|主席|委员长|部长|主任|署长|行长|局长|省长|市长|县长|区长|州长|院长|检察长|书记|司令员|政治委员"


@lazy
def _post_signed_re() -> re.Pattern[str]:
    # a signature of office-holders, each a post and a name (国务院总理　某某, 部长　某某): the
    # posts that sign 令, 议案 and 命令 (a set of titles, not an organ's name). A name ends at a
    # blank or the end, so the blanks fix where each signer starts (linear: a name running into
    # the next post without a blank let a stack of lines split many ways, exponential in lines)
    return re.compile(rf"(?:[\u4e00-\u9fff]{{0,16}}(?:{_POSTS})[ \u3000]+[\u4e00-\u9fff·]{{2,8}}(?:[ \u3000\n]+|\Z))+")


@lazy
def _court_signer_re() -> re.Pattern[str]:
    # a judge signing a court's judgment or ruling, one a line, the post often letter-spaced
    # (审判长　某某, 审　判　员　　某　某, 人民陪审员　某某, 代理审判员　某某)
    return re.compile(r"(?:审[ \u3000]*判[ \u3000]*[长员]|(?:人[ \u3000]*民[ \u3000]*陪|代[ \u3000]*理[ \u3000]*审)"
                      r"[ \u3000]*[审判][ \u3000]*员)[ \u3000]+[\u4e00-\u9fff·](?:[ \u3000]{0,2}[\u4e00-\u9fff·]){1,7}")


def _office_holders(s: str) -> bool:
    """Is *s* a signature of office-holders (:func:`_post_signed_re`), or of a court's judges one a line
    (:func:`_court_signer_re`)? Their organ is the mark's or the title's, not their names.

    >>> _office_holders("国务院总理　某某"), _office_holders("审　判　长　　周　明\\n审判员　　方丽君"), _office_holders("某某局")
    (True, True, False)
    """
    if _post_signed_re().fullmatch(s) is not None:
        return True
    return "审" in s and all(_court_signer_re().fullmatch(ln.strip(_BLANK)) for ln in s.split("\n"))


def _names(s: str) -> list[str]:
    """Organ names split at blanks, line breaks and 、，; a name printed letter-spaced (``南 京 市
    人 民 政 府``: no part is one character long in a name) splits only at wider gaps.

    >>> _names("国务院办公厅　中央军委办公厅"), _names("国　务　院"), _names("财 政 部　　教 育 部")
    (['国务院办公厅', '中央军委办公厅'], ['国务院'], ['财政部', '教育部'])
    """
    parts = [p for p in re.split(r"[ \u3000\n、，,]+", s) if p]
    if any(len(p) == 1 for p in parts):
        return [q for q in (_strip_spacing(p) for p in re.split(r"[ \u3000]{2,}|[\n、，,]", s)) if q]
    return _printed_names(s)  # (an office or a department printed apart joins its organ)


@lazy
def _sub_office_re() -> re.Pattern[str]:
    # an office of the organ named before it, not an organ of its own (办公室, 办公厅, 局, 党组 …)
    return re.compile(r"(?:办公[室厅]|秘书[处局厅]|党[委组]|常务委员会|常委会|委员会|[办局处厅室科])+")


@lazy
def _department_re() -> re.Pattern[str]:
    # a department's name without a place of its own (教育局, 卫生健康委员会, 市场监督管理局):
    # a department's ending, and no place's name (two or more characters before 省/市/县/区 …:
    # 某某县, 北京市; 城市, 市场 are words) nor a national or party organ's prefix before it
    return re.compile(r"(?!国家|中国|中华|全国|中共|中央|共青团|.{2,12}?[省市县区州盟旗]).{1,16}?"
                      r"(?:局|委员会|委|办公室|办|厅|中心)")


def _department_of(organ: str, name: str) -> bool:
    """*name* is a department of the government *organ* printed without its place (沛县人民政府
    教育局), not an organ of its own (沛县教育局 starts with the government's place)."""
    if not organ.endswith("政府") or _department_re().fullmatch(name) is None:
        return False
    place = organ.removesuffix("政府").removesuffix("人民")
    return not (place and name.startswith(place))


def _printed_names(head: str) -> list[str]:
    """The organs of a title's head before 关于, a signature or a mark, as printed: split at
    、， and at a blank or line break between two organs (最高人民法院 最高人民检察院,
    教育部 财政部). A part that is no organ of its own joins the organ before it: an office's
    name alone (XX县人民政府 办公室), and a department without a place of its own after a
    government (XX县人民政府 教育局: the county's bureau; XX县人民政府 XX县教育局 are two)."""
    out: list[str] = []
    for part in re.split(r"[、，,]+", head):
        words = part.split()
        if not words:
            continue
        out.append(words[0])
        for w in words[1:]:
            if _sub_office_re().fullmatch(w) or _department_of(out[-1], w):
                out[-1] += w
            else:
                out.append(w)
    return out
