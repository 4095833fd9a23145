"""Page chrome read in the context of the whole page: the article region and what lies around it.

:mod:`govtext.spam`'s line rules judge each line with a little look-back; a short line alone
cannot be judged that way ("科技" is a menu item, "一、总体要求" a heading). This module reads the
page as a whole, after the line rules, and drops what the page's layout shows to be chrome:

1. **Kinds.** Each non-blank line is *prose* (10+ Han characters with sentence punctuation, at
   least one mark per :attr:`PageParams.han_per_mark` characters), *near* prose (a fragment
   with sentence punctuation, as WeChat articles break them: "下周一，"), *short* (no sentence
   punctuation: menu items, headlines, counters, keyword lines of any length) or *chrome*
   (already dropped by a line rule). Items of a *list* (3+ punctuated lines of headline length
   in a row, none a sentence with 。 or ；) weigh nothing: a related-article list is not article.
2. **Article region.** As in the line-block method (CX-Extractor) and Finn's body-text
   extraction, the article is the run of lines with the highest score: prose adds its Han
   characters, short and chrome lines subtract. When the page's first line (a ``<title>``)
   names a headline found further down, the region is the best run starting just after it.
   The region then grows over adjacent punctuated fragments, and over single short lines
   between them (jusText's re-labelling of short blocks between good ones).
3. **Headline.** Lines whose text (alone or joined with the next few) is part of the title
   line are the headline; the title line itself is dropped when it is the headline plus a site
   suffix. Lines between the headline and the region with enough Han characters (a subtitle,
   the session that adopted a law) are kept.
4. **Outside the region**, with the headline, document-structure headings (第一章, 一、, （三）; not
   three or more bare （一）（二）（三） lines in a row, a sidebar's sections) and long prose kept:

   - ``page_chrome``: a line of a run of 3+ short, list or chrome lines, two or more of them
     not chrome (menus, channel lists, headline lists, counters, widgets; one short line among
     dropped metadata rows is a date or a heading);
   - ``page_stray``: a short line cut off from the article by page chrome;
   - ``page_island``: a paragraph whose neighbours on both sides are dropped (a sidebar
     summary, a comment, a disclaimer among the footer).

Nothing inside the region is dropped here, and a page too small to have a layout (fewer than
:attr:`PageParams.min_lines` non-blank lines, or no line of prose) is left to the line rules.
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from itertools import chain, compress, pairwise, repeat
from operator import itemgetter
from typing import Literal

import numpy as np

from . import _re as re
from ._codepoints import codepoints, lookup, unique
from ._util import OCR_SERIAL, OCR_YEAR, interface_words, lazy, read_lexicon
from .document import _PORTAL_KEYS, _docnum_re
from .outline import _cn_int

__all__ = ["PAGE_RULES", "PageParams", "PageReading", "read_page"]

Kind = Literal["blank", "chrome", "short", "near", "prose"]

#: The rules this module drops lines with, and what each means.
PAGE_RULES: dict[str, str] = {
    "page_chrome": "a run of short, list or chrome lines outside the article region",
    "page_stray": "a short line cut off from the article by page chrome",
    "page_island": "a paragraph among dropped lines outside the article region",
    "page_title": "the page title: the headline plus a site suffix",
    "template": "a line standing on many pages of the site (learned from the crawl)",
}


@dataclass(frozen=True)
class PageParams:
    """The thresholds of the page reading; each a named, documented parameter.

    >>> PageParams().chrome_min_run
    3
    >>> PageParams(chrome_min_run=0)
    Traceback (most recent call last):
    ...
    ValueError: PageParams.chrome_min_run must be a positive int, got 0
    """

    #: Pages with fewer non-blank lines are left to the line rules.
    min_lines: int = 5
    #: Short lines in a row that show page chrome on a page the line rules found nothing on.
    evidence_min_run: int = 5
    #: Short lines right after the region kept as a closing block when one is a date.
    closing_max_lines: int = 4
    #: Signatories' lines kept under the closing block's date when one stands over it.
    closing_max_signers: int = 3
    #: Han characters a line needs to count as prose.
    prose_min_han: int = 10
    #: At most this many Han characters per sentence mark in prose (keyword lines have none).
    han_per_mark: int = 60
    #: Han characters a punctuated fragment needs to count as near prose.
    near_min_han: int = 2
    #: Score of a prose line: its Han characters, capped here.
    prose_weight_cap: int = 400
    #: Score of a near-prose line.
    near_weight: int = 2
    #: A prose line with no text line next to it scores its Han characters divided by this.
    isolated_divisor: int = 3
    #: Score of a short line (negative).
    short_weight: int = -6
    #: Score of a line a line rule dropped (negative).
    chrome_weight: int = -12
    #: Longest line (characters) that can be an item of a headline list.
    list_item_max: int = 40
    #: Items in a row that make a list.
    list_min_run: int = 3
    #: Short, list or chrome lines in a row that make a chrome run.
    chrome_min_run: int = 3
    #: Lines of a chrome run that the line rules kept (short or list lines): one short line
    #: among dropped metadata (a speech's date, a section heading under the byline) is no menu.
    chrome_min_own: int = 2
    #: Shortest headline (characters, punctuation and spaces left out) matched in the title.
    headline_min_chars: int = 8
    #: Shortest first line (characters, counted so) of a headline broken onto lines that is shorter than
    #: ``headline_min_chars``: joined with the lines under it, a copy of the title's first segment
    #: (a 图解's 一图读懂 over 《某某措施》, the headline 一图读懂《某某措施》).
    headline_min_first: int = 4
    #: Share of the title's first segment that such a headline (a short first line and the lines under it) copies,
    #: from the segment's start or to its end; above the article's first prose line only (two short subheadings in
    #: the body, 促进消费 / 若干措施, copy a part of the segment too).
    headline_short_min_share: float = 0.8
    #: Shortest headline (characters) equal to the title's part before a separator
    #: ("静夜思-中国诗歌网"; a person's name over a bio page: "王某_领导之窗_某市政府").
    headline_min_lead: int = 2
    #: More lines than this equal to the title's lead make it a channel's name (招生简章 in the
    #: menu, the breadcrumb and the list header), not the article's headline.
    headline_lead_max_copies: int = 2
    #: An article that is a table right after its headline (no prose there): at least this
    #: many rows, this share of them holding a digit, this many characters a row on average.
    table_min_rows: int = 5
    table_digit_share: float = 0.6
    table_min_chars: int = 12
    #: A headline covers at least this share of the title line.
    headline_min_share: float = 0.4
    #: Consecutive lines a headline may be broken into.
    headline_max_lines: int = 4
    #: Lines after the headline the line rules kept within which the article region must
    #: start, and non-blank lines (with the share bars and metadata rows the rules dropped).
    anchor_reach: int = 12
    anchor_max_lines: int = 24
    #: Han characters a line between headline and region needs to be kept (a subtitle); with
    #: no title line, the headline is the nearest line before the region with as many.
    head_min_han: int = 6
    #: Han characters the line right under the headline (or its subtitle) needs to be kept (a
    #: speaker's office and name under a speech's title: 省长 某某某).
    under_head_min_han: int = 4
    #: Non-blank lines under a bracketed date under the headline searched for the salutation that opens
    #: a speech's text (同志们：), the page's metadata rows between them (:func:`_speech_date`).
    speech_date_reach: int = 4
    #: Longest headline found without a title line (characters).
    headline_max_len: int = 80
    #: Shorter lines (dates, counters, a portal's table) the search for a headline without a
    #: title passes.
    head_reach: int = 12
    #: Han characters of a short line the region grows over (a fragment of a broken sentence).
    fragment_min_han: int = 5
    #: Han characters that make a line outside the region long prose (kept unless an island).
    long_prose_min_han: int = 40
    #: The article right after the headline is taken unless the best run before it scores this
    #: many times as much (then the headline's copy only opens a repeated excerpt).
    anchor_min_ratio: int = 5
    #: Teasers (a headline and its summary among dropped lines outside the region) a page needs
    #: for them to be dropped as a list of summaries.
    teaser_min: int = 2
    #: Most paragraphs over a link to an article's whole text read as another article's excerpt
    #: after the article (a 上一篇's preview: its lead paragraph or two).
    excerpt_max_lines: int = 3
    #: Short lines (or picture placeholders) between two fragments of the article that the
    #: region grows over; one more when they are pieces of a reference mark ([ / 1 / ]).
    gap_max_lines: int = 2
    #: Lines right above a 公文's date taken with it as its signature.
    signature_max_lines: int = 2
    #: Non-blank lines after a 公文's date within which its publication note (（此件公开发布）)
    #: ends its text: the lines between (a name list, a table it appends) are the document's.
    note_reach: int = 30
    #: Han characters of a single short line between the article and a dropped line below it
    #: kept with the article (a caption under its last picture).
    edge_min_han: int = 4
    #: Longest such line (characters; a caption is as long as a headline may be).
    edge_max_len: int = 80
    #: Most rows of an article's own sign-off fields (解读机关：… / 解读人：… 联系电话：…) right under
    #: its text, no heading over them, kept with it (:func:`_sign_off_rows`; a longer run is a block's).
    sign_off_max_rows: int = 3
    #: Spaces that make a line a row of menu words, not the first part of a broken headline.
    menu_min_spaces: int = 2
    #: Words apart (spaces), none longer than ``menu_word_max`` characters, that make a line a
    #: row of menu words, never the headline found without a title (栏目甲 栏目乙 栏目丙 栏目丁; a
    #: headline of phrases apart has fewer or longer ones: 凝心聚力 攻坚克难 推动高质量发展).
    menu_row_min_words: int = 4
    menu_word_max: int = 8
    #: A data table right after the article (a statistics release's table of indicators before
    #: its notes): kept lines up to the next line a rule dropped, at least this many of them
    #: values (8.2, -0.4, 1,286.50, 97.6%: not a small whole number, as a calendar's days and
    #: a pager's pages are) and at least this share.
    tail_table_min_values: int = 6
    tail_table_value_share: float = 0.3
    #: Values at least of such a table with the article's text going on right under it (a paragraph
    #: ending a sentence): a table of two rows between two paragraphs (:func:`_text_under`).
    between_table_min_values: int = 4
    #: Short lines at most from the region's end back to a table's caption (表3 …: its header
    #: cells between), which makes the short lines after it its table's rows when
    #: ``caption_table_min_values`` of them or more are values (a table of two rows).
    caption_reach: int = 12
    #: Lines with no Han character at most between the article's end and a paper's English
    #: abstract (its title, authors, their affiliations), and the abstract's fewest words.
    abstract_reach: int = 6
    abstract_min_words: int = 10
    caption_table_min_values: int = 2
    #: Numbers in a column (序号 1, 2, 3 …, counts, amounts: one a row of cells) that make lines
    #: next to the article a table, and the fewest and most cells a row (a ranked list of links,
    #: a number and a headline, has two).
    table_min_column: int = 3
    table_min_columns: int = 3
    table_max_columns: int = 12
    #: Pairs at least of a two-column table of items and their quantities crawled one cell a line
    #: (冬瓜 / 500克, 生抽 / 2汤匙: a recipe's 用料, a list of materials, :func:`_quantity_rows`), and
    #: the longest item (a hot list's titles beside their counts are longer).
    quantity_table_min_pairs: int = 3
    quantity_item_max_len: int = 10
    #: Rows at least of a table whose header opens with 序号 over its rows numbered 1, 2 …, one
    #: cell a line (:func:`_numbered_rows`): the header tells a table of two rows.
    numbered_table_min_rows: int = 2
    #: Rows at least of a table crawled one cell a line whose rows open with their numbers counting
    #: up under a header of words (周次 日期 授课内容 …, :func:`_counted_rows`): with no 序号 over them,
    #: one more than a 序号's.
    counted_table_min_rows: int = 3
    #: Lines at most such a table is read over from the region (a table of 100 rows of six cells:
    #: each reading of an edge costs as much at most, however long the page).
    counted_table_max_cells: int = 600
    #: Lines at most from the region's last line back to the paragraph that introduces the table it
    #: ends on (现将…公布如下：), over the table's cells crawled one a line (:func:`_introduced`).
    intro_table_reach: int = 40
    #: Longest cell (characters) of such a table (健康档案、健康咨询、预约转诊; a paragraph is longer).
    intro_cell_max_len: int = 80
    #: Longest cell (characters) of a table's header crawled one cell a line above the region,
    #: over rows each opening with a key cell (第1周, 第2周 …: :func:`_header_cells`).
    header_cell_max: int = 12
    #: Non-blank lines between the article and the first heading (一、) of an outline that
    #: goes on after it (a 图解's points under its introduction).
    outline_reach: int = 6
    #: Section headings (lines of Han characters only, alone between the text's lines) the
    #: region must hold for the like line right above it to be the first of them (基本信息 over
    #: a guide's fields, its 受理条件 and 申请材料 below).
    section_min_headings: int = 2
    #: Second-level headings ((一) 领导信息) in a row, bare (short lines, no line the rules kept
    #: between them, none introducing them above) that are a menu (a sidebar of a site's
    #: sections), not the document's: the region does not grow over them, nor are they kept as
    #: headings.
    heading_menu_min_run: int = 3
    #: Labels of a service guide's fields (事项类型, 实施主体 …), each alone on its line over its value,
    #: label and value in turn, that make a table of the guide's crawled cell by cell: the region
    #: grows over them (:func:`_field_cells`).
    field_cells_min_labels: int = 3
    #: Labels of a guide (each once) the region grown over such runs must hold alone on its lines
    #: for them to be the guide's table of fields: a guide names many of its template's fields, a
    #: box of the site's contacts (咨询电话, 投诉电话, 办理时间) a few (:func:`_article_region`).
    field_cells_page_min_labels: int = 6
    #: Short lines (names one a line) the region grows over between a line that introduces them
    #: (…的有：, 名单如下) and the article's text after them.
    intro_list_max_lines: int = 12
    #: Longest item (characters) of a list of words under a heading of the article, one a line,
    #: with its text going on under them (可回收物 over 废纸 / 塑料瓶 / 玻璃瓶, then 投放要求：…):
    #: the region grows over them (:func:`_headed_items`).
    item_word_max: int = 6
    #: A list of people's names right after the article (a 学院's teachers under 教授 / 副教授 / 讲师,
    #: a 名单 under its groups' headings): at least this many names one a line (:data:`_PERSON`),
    #: and at least this share of the lines up to the next dropped line or paragraph, the rest
    #: the groups' short headings. A menu's items are words, few of them a surname's and a name's
    #: length.
    name_list_min_names: int = 8
    name_list_share: float = 0.75
    #: Groups' headings such a list needs, the first opening it: names bare after a sentence that
    #: introduces nothing are a run of short lines like a menu (a box of people's links).
    name_list_min_groups: int = 2
    #: Numbered entries (1 历史沿革, 2 办学条件 …) a table of contents after the article needs for
    #: the sections they name further down to be the article's (:func:`_contents_sections`).
    contents_min_entries: int = 3
    #: Rows opening with a span of years (1923—1931年 周伯年, 2016.08—2021.06 某县副县长) in a row right
    #: after the article, the years going forward, that are its timeline (a school's 历任校长, a
    #: résumé), not a list of the page's links.
    timeline_min_rows: int = 3
    #: Rows after the article's text, before page chrome, that repeat the labels of its field
    #: rows (许可机关：…, 许可决定日期：…: the next records of a publicity list) and are then its.
    record_min_rows: int = 3
    #: A list of records (a library's new books: 《书名》 / 作者：… / 出版社：… / 索书号：… / 简介：…; a
    #: directory of hospitals: name / 地址：… / 电话：…): at least this many records in a row, each
    #: of the same lines, of at most ``record_list_max_period`` lines, with at least
    #: ``record_list_min_fields`` field rows (a label and its value), the labels in the same
    #: places (:func:`record_list`).
    record_list_min_records: int = 3
    record_list_max_period: int = 8
    record_list_min_fields: int = 2
    #: Dropped lines at most between a paragraph outside the region and the article's text above
    #: it for the paragraph to go on from it (a sidebar's block crawled between: 图片新闻 and its
    #: caption), once the text went on past one such block (:func:`_resumed`).
    interleave_max_lines: int = 6
    #: Non-blank lines at most between the region and a signature over its date further down, all
    #: of them lines the rules kept (a notice's table cell by cell, a paragraph, contact rows): the
    #: notice goes on to its signature over them; and between the region and the line that ends an
    #: article (责任编辑：…, 上一篇：…), all of them phrases of letters (a 小贴士 box) (:func:`_signed_end`).
    signed_tail_max_lines: int = 40
    #: Lines at most between a notice's closing date and the region under it (the next notice's heading,
    #: 文号 and metadata row) for the notice to be the region's too (:func:`_notices_above`: a 公告 board).
    notice_gap_max_lines: int = 3
    #: Rows of label fields (发震时刻：… / 震级：… / 深度：…) in a row between two paragraphs that the
    #: region grows over as the article's own block of fields (:func:`_field_rows`): fewer are a
    #: gap (``gap_max_lines``), more are no block a paragraph frames.
    inner_fields_min_rows: int = 3
    inner_fields_max_rows: int = 12
    #: Book entries (《title》 and who wrote it, :data:`_BOOK_ENTRY`) in a run of short lines right
    #: after the article that make it the article's reading list (:func:`_book_list`).
    book_list_min_entries: int = 3
    #: Rows at least under a header row of words apart (索书号 条码号 馆藏地 状态) right after the
    #: article, each of as many cells apart and one of them a digit's, that make a table read a row
    #: a line (a library record's holdings: :func:`_spaced_rows`).
    spaced_table_min_rows: int = 2
    #: Rows at least, each opening with a time of day, the times rising, that make a schedule (a
    #: channel's programmes, a day's agenda) the region opens with or stands right under: those
    #: above the region are the schedule's too (:func:`_schedule_head`).
    schedule_min_rows: int = 4
    #: Pairs at least of a line of Han over a line with none (its translation: a paragraph over its
    #: English) the region holds for the line with no Han right under its last line of Han to be that
    #: line's translation, the region's (:func:`_last_translation`).
    translation_min_pairs: int = 2
    #: Letters of the English line at least (tenths of a letter) and at most per Han character of the
    #: line over it for the one to be the other's translation (:func:`_answers`: Enquiries: … under 咨询电话：…).
    translation_min_tenths: int = 6
    translation_max_letters: int = 10
    #: Entries at least of a directory right under the article's text (an office's name alone on its
    #: line over one to ``directory_max_rows`` field rows holding its phone number: 教务处 / 办公地点：…
    #: 电话：…) that make it the article's, a 通讯录, when page chrome stands under it (:func:`_directory`).
    directory_min_entries: int = 3
    directory_max_rows: int = 3
    #: Labels at least of the text's numbered run (关键词1, 关键词2: one name and its number alone on the
    #: line, the numbers in order) the region holds, and lines at most under each label, for the labels
    #: going on under the region's last line (关键词3 …) and their lines to be the text's (:func:`_labels_on`).
    label_run_min: int = 2
    label_max_rows: int = 3

    def __post_init__(self) -> None:
        for name, value in vars(self).items():
            if name.endswith("_share"):
                if not isinstance(value, (int, float)) or not 0 < value <= 1:
                    raise ValueError(f"PageParams.{name} must be in (0, 1], got {value!r}")
            elif name.endswith("_weight"):
                if not isinstance(value, int) or isinstance(value, bool):
                    raise ValueError(f"PageParams.{name} must be an int, got {value!r}")
            elif not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                raise ValueError(f"PageParams.{name} must be a positive int, got {value!r}")


DEFAULT_PARAMS = PageParams()


@dataclass(slots=True)
class Drop:
    """A line the page reading drops: its index, rule (a key of :data:`PAGE_RULES`), reason.
    (Not frozen: a page drops hundreds of lines, and a frozen record costs 3-5 times as much to
    make.)"""

    line: int
    rule: str
    reason: str


#: Why the page reading drops a line: its rule (a key of :data:`PAGE_RULES`) and reason. The passes
#: map each line they drop to one (a run's lines share one pair: no record is made a line).
Why = tuple[str, str]


@dataclass(frozen=True)
class PageReading:
    """What the page reading found: the article region (first and last line index, or None),
    the headline lines, each line's kind, and the lines it drops (in line order), each with its
    rule and reason (*dropped*: line, (rule, reason)); :attr:`drops` has them as :class:`Drop`
    records.

    >>> lines = ["首页", "新闻", "教育", "体育", "财经", "本市推进教育均衡发展，新建学校十所。", "关于我们"]
    >>> r = read_page(lines, [True] * 7)
    >>> r.region, [(d.line, d.rule) for d in r.drops]
    ((5, 5), [(0, 'page_chrome'), (1, 'page_chrome'), (2, 'page_chrome'), (3, 'page_chrome'), (4, 'page_chrome')])
    >>> r.dropped[0]
    (0, ('page_chrome', 'short line in a run of 5 before the article'))
    """

    region: tuple[int, int] | None
    headlines: tuple[int, ...]
    kinds: tuple[str, ...]
    dropped: tuple[tuple[int, Why], ...]

    @functools.cached_property
    def drops(self) -> tuple[Drop, ...]:
        """The lines it drops as :class:`Drop` records, in line order (made when first read:
        ``drop_spam`` reads :attr:`dropped`, a page drops hundreds of lines)."""
        return tuple(Drop(i, rule, reason) for i, (rule, reason) in self.dropped)


#: Han characters (CJK unified ideographs, extension A to G, compatibility ideographs).
_HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3134F))
#: The Han ranges as the body of a regex character class.
_HAN_CLASS = "".join(f"{chr(a)}-{chr(b)}" for a, b in _HAN_RANGES)
#: Sentence punctuation, as lines look after :func:`govtext.spam.fold` and before it.
_MARKS = ",，、;；。!！?？"
_SENTENCE = re.compile(r"[。;；]")
_CUT = ("...", "…")
#: The weight of a line the region never crosses.
_STOP = -(10**9)
#: What may follow a headline on its line, punctuation removed: a date (…的通知 (2024-05-11)).
_DATE_TAIL = re.compile(r"\d{4}\d{0,2}\d{0,2}|\d{4}年\d{1,2}月(?:\d{1,2}日)?")
#: What may follow a headline's short name on its line, punctuation removed: the span of days it covers
#: (第八周食谱 (10月26日—10月30日), 值班安排 (2026年2月7日至2月13日)), which its page title may leave off.
_SPAN_TAIL = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:至|到)?(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日")
_FRAGMENT_END = (",", "，", "、", ":", "：")
#: A line whose last clause points at what follows (请按以下方式联系。, 名单如下。, 详见下表。): the short
#: lines after it are the article's, as after a line ending in a colon.
_FORWARD = re.compile(r"(?:以下|如下|下列|下表)[^。；;，,:：]{0,10}[。:：]?$")
#: A sentence's end closing the line (a full stop, ! or ?, maybe a closing quote or bracket after it).
_SENTENCE_LAST = re.compile(r"[。！？!?][”\"’）)]?$")
_LONG_END = re.compile(rf"{_SENTENCE_LAST.pattern}|[。；;]")
_NORM = re.compile(r"[\W_]+")
#: Document structure outside the region (a law's table of contents, a heading): never chrome.
_STRUCTURE = re.compile(
    r"#+\s|第[一二三四五六七八九十百零〇两]+[编章节条分]|[一二三四五六七八九十]+、"
    r"|\([一二三四五六七八九十]{1,3}\)\s*[\u4e00-\u9fff]"  # a second-level heading: (三)强化保障
    # a decimal outline: 1 总则, 1.1 目的 (it names a section, it asks nothing: 1 某某怎么申领? opens a
    # ranked list's question)
    r"|\d{1,2}(?:\.\d{1,2}){0,3}\s+[\u4e00-\u9fff]\D*(?<!\?)$"
)
#: A second-level heading's marker ((三), folded).
_BARE_HEADING = re.compile(r"\s*\([一二三四五六七八九十]{1,3}\)")
_STRUCTURE_FIRST = frozenset("#(第一二三四五六七八九十0123456789")
#: A top-level heading of a 公文 or a notice: 一、 … 十二、 (its numeral, read by
#: :func:`govtext.outline._cn_int`).
_HEADING = re.compile(r"\s*([一二三四五六七八九十]{1,3})、")
_NUMERALS = frozenset("一二三四五六七八九十")
#: A line that starts with a full date (a law's adoption history, a 成文日期).
_DATE_LEAD = re.compile(r"(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月")
#: A 发文字号 alone on its line (国办函〔2005〕57号, folded 国办函[2005]57号; a 令's 第707号; a scanned page's
#: blank between two digits of its year or serial, 某农〔2026〕1 6号, as :data:`govtext._util.OCR_YEAR` and
#: :data:`govtext._util.OCR_SERIAL` read them, the one notion of those digits).
_DOC_NUMBER = re.compile(rf"[\u4e00-\u9fff]{{1,10}}\s*[\[(〔（]\s*{OCR_YEAR}\s*[\])〕）]\s*{OCR_SERIAL}\s*号|第\d{{1,4}}号")
#: An announcement's number by year in brackets under its title, the code left to the title
#: (（2026年第3号） under 某局关于…审计结果的公告): read as a 发文字号 in brackets is.
_YEAR_SERIAL = re.compile(r"\d{4}\s*年\s*第\s*\d{1,5}\s*号")
#: The line that opens a 公文's attachments (附件, 附件：, 附件2：名单, 附：名单, 附表1 …): what follows is the
#: document's, up to the page's chrome.
_ATTACHMENT = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}、\s*)?附(?:\s*件|表|录)?\s*[\d一二三四五六七八九十]{0,3}\s*(?:[:：].{0,60})?|附(?:\s*件|表|录)\s*[\d一二三四五六七八九十]{0,3}\s*\S.{0,60}"
)


def _is_attachment(s: str, below: str = "") -> bool:
    """Does the line open a 公文's attachments (附件2：名单, 十、附件)? (附 near its start: the
    cheap test first.) A label with no value that is more than the attachment's word and number
    (附件下载：, 附件列表：) over a file's name (*below*: the next line with text) is the page's
    download box, not the document's; over the attachments' names (附件清单： over 1.检查表) it
    heads the document's list.

    >>> _is_attachment("附件：1.岗位表"), _is_attachment("附件2：", "岗位表.xls")
    (True, True)
    >>> _is_attachment("附件下载：", "附件1：岗位表.xls"), _is_attachment("附件清单：", "1.岗位表")
    (False, True)
    """
    if "附" not in s[:_ATTACHMENT_REACH] or _ATTACHMENT.fullmatch(s) is None:
        # (a download box's header that opens with no 附, 下载附件, over a file's name: as 附件下载)
        return bool(below) and s == _DOWNLOAD_ATTACHMENTS and _FILE_NAME.search(below) is not None
    return not (_EMPTY_LABEL.fullmatch(s) and _FILE_NAME.search(below)) or _BARE_ATTACHMENT.fullmatch(s) is not None


#: A download box's header that the attachment line's pattern misses (附 past its start): :func:`_is_attachment`.
_DOWNLOAD_ATTACHMENTS = "下载附件"
#: An attachment's heading with no value: the word and its number only (附件：, 附件2：, 附表1：).
_BARE_ATTACHMENT = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}、\s*)?附(?:\s*件|表|录)?\s*[\d一二三四五六七八九十]{0,3}\s*[:：]"
)


#: A field label with no value on its line (附件：, 关联稿件：).
_EMPTY_LABEL = re.compile(r"[^\s:：]{1,8}\s*[:：]")
#: The same, its characters spaced out as a metadata table aligns its labels (文 号：, 索 引 号：; U+3000 runs
#: folded to blanks): a label of a record table, its value on the next line. (Each blank run has a character
#: on both sides: linear.)
_SPACED_LABEL = re.compile(r"[^\s:：](?:\s{1,3}[^\s:：]){1,7}\s*[:：]")
#: The header of a page's download box alone on its line, no colon (附件下载, 相关附件): with no file
#: under it before page chrome it is an empty label too (:func:`_empty_head`). Over a file's name 附件下载,
#: 附件列表 and 下载附件 open the document's attachments (:func:`_is_attachment`); 相关附件 heads a box of
#: related links (spam_related.txt) and 文件下载 holds no 附 for the attachment reader to find: their
#: files go.
_DOWNLOAD_HEAD = re.compile(r"附件(?:下载|列表)|下载附件|相关附件|文件下载")
#: A label waiting for its value: :data:`_EMPTY_LABEL` or :data:`_DOWNLOAD_HEAD` (one pattern: the hot
#: loops match it once a line).
_EMPTY_HEAD = re.compile(rf"{_EMPTY_LABEL.pattern}|{_DOWNLOAD_HEAD.pattern}")


def _empty_head(s: str) -> bool:
    """Whether *s* is a label waiting for its value: a field's label (:data:`_EMPTY_LABEL`: 附件：,
    关联稿件：) or a download box's header (:data:`_DOWNLOAD_HEAD`), which holds nothing when page
    chrome or nothing follows it.

    >>> _empty_head("附件："), _empty_head("附件下载"), _empty_head("附件1 岗位表"), _empty_head("下载中心简介")
    (True, True, False, False)
    """
    return _EMPTY_HEAD.fullmatch(s) is not None
#: A button under a notice's closing date, no note of it (as （此件公开发布） is): a word of two to
#: four Han characters alone (确认参加, 我要报名), or words in square brackets ([我要旁听] [庭审直播预约]).
_BUTTON_NOTE = re.compile(r"(?!附件|附表|附录)[\u4e00-\u9fff]{2,4}|\[[\u4e00-\u9fff]{2,8}\](?:\s{0,3}\[[\u4e00-\u9fff]{2,8}\])*")


def _no_note(s: str) -> bool:
    """Whether the line *s* right under a notice's closing date is no note of it: a label with no
    value (附件下载：, or 附件下载 bare, heads the page's box: :func:`_empty_head`) or a button
    (:data:`_BUTTON_NOTE`).

    >>> _no_note("附件下载："), _no_note("附件下载"), _no_note("确认参加"), _no_note("[我要旁听] [庭审直播预约]")
    (True, True, True, True)
    >>> _no_note("(此件公开发布)")
    False
    """
    return _empty_head(s) or _BUTTON_NOTE.fullmatch(s) is not None


#: A separator between a headline and a site name in a page title (a hyphen only before a
#: character that is neither a hyphen nor a digit, which stays in the next segment).
_TITLE_SEP = re.compile(r"_|\||｜|--|——|\s[-–—]\s|-(?=[^-\d])")
#: What separates a page title's headline from the site's name, as one character of a folded
#: title (:func:`is_title`; :data:`_TITLE_SEP` splits a raw title).
_TITLE_SEPS = frozenset("_-|—–·:")


def is_title(s: str, title: str) -> bool:
    """Is the line *s* the page title *title* (both folded), or its headline part before or
    after a separator (某县召开会议_某县人民政府网)?

    >>> is_title("某县召开教育工作会议", "某县召开教育工作会议_某县人民政府网")
    True
    >>> is_title("某县召开教育", "某县召开教育工作会议_某县人民政府网")
    False
    """
    if s == title:
        return True
    n = len(s)
    if n < TITLE_MIN_CHARS or n >= len(title):
        return False
    if title.startswith(s):
        return title[n:].lstrip()[:1] in _TITLE_SEPS
    return title.endswith(s) and title[:-n].rstrip()[-1:] in _TITLE_SEPS


#: The extensions of a document's file (an attached file may also be an archive or a table:
#: :data:`_FILE_NAME`).
_DOC_EXTS = "pdf|docx?|wps|xlsx?|pptx?|ofd|txt"
#: A document file's extension ending a page title: a PDF viewer's or a download page's title is
#: the file's name (某某通知.pdf), the headline the file's stem.
_FILE_EXT = re.compile(rf"\.(?:{_DOC_EXTS})", re.IGNORECASE)
#: Longest file extension :data:`_FILE_EXT` reads, its dot with it.
_FILE_EXT_MAX = 5


def _file_stem(title: str) -> str:
    """The page title *title* without a document file's extension ending it.

    >>> _file_stem("关于做好寒假安全工作的通知.pdf"), _file_stem("某县召开会议_某县人民政府网")
    ('关于做好寒假安全工作的通知', '某县召开会议_某县人民政府网')
    """
    dot = title.rfind(".", len(title) - _FILE_EXT_MAX - 1)
    return title[:dot] if dot > 0 and _FILE_EXT.fullmatch(title, dot) else title


#: Shortest headline :func:`is_title` reads as a part of the page title.
TITLE_MIN_CHARS = 6


#: A date's day of the week in brackets (（星期五）, (周五)), after a date alone (:data:`_DATE_LINE`).
_WEEKDAY_MARK = r"[（(]\s*(?:星期|周)[一二三四五六日天]\s*[）)]"
#: A date alone on a line (a 公文's 成文日期 under its signature), its day of the week after it
#: or not (2026年11月20日（星期五）, as a press release dates itself), or its hour (2026年8月21日10时,
#: 2026年8月21日10时30分: a weather warning's signature dates it to the hour of issue). Blanks after
#: the date: before its closing bracket (then the weekday after more blanks or none), or before the
#: weekday, or trailing. (No two runs of blanks stand side by side, each optional mark carrying its
#: own blanks before it, so a long run of blanks is read in linear time: blanks and a mark that is
#: not the weekday's, 2026年1月1日 + thousands of tabs + （周五）x, took time in the square of the run.)
_DATE_LINE = re.compile(
    r"[（(]?\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
    r"\s*[\d一二三四五六七八九十]{1,3}\s*日(?:\s*\d{1,2}\s*时(?:\s*\d{1,2}\s*分)?)?"
    rf"(?:\s*[）)](?:\s*{_WEEKDAY_MARK})?|\s*(?:{_WEEKDAY_MARK})?)"
)


@lazy
def _site_date() -> re.Pattern[str]:
    """A date alone on a line with its day of the week after a blank, no brackets (2028年4月12日 星期三): the
    date a site's header shows, never a headline (a document dates itself 2026年11月20日（星期五）)."""
    return re.compile(_DATE_LINE.pattern + r"\s+(?:星期|周)[一二三四五六日天]")


#: Longest line read as a date alone, by :func:`_date_alone` (a date, its hour and its weekday in brackets:
#: 2026年12月4日 10时30分（星期五） is 20 characters) and as the date a site's header shows, by :func:`_is_site_date`
#: (the date, its hour and its weekday with blanks between them). :data:`_DATE_LINE` is linear; the pattern of
#: :func:`_site_date` puts a blank run after the date's own trailing blanks, which backtracks in n² on a run of n
#: blanks: the bound keeps a long line from being read by it at all (and a long line is no date alone).
DATE_LINE_MAX_LEN = 40


def _is_site_date(line: str) -> bool:
    """Whether *line* (stripped) is the date a site's header shows (:func:`_site_date`), read only when it is
    short enough (:data:`DATE_LINE_MAX_LEN`) and names a weekday (星期, 周).

    >>> _is_site_date("2028年4月12日 星期三"), _is_site_date("2026年11月20日（星期五）"), _is_site_date("2026年1月1日" + " " * 50 + "周一")
    (True, False, False)
    """
    return len(line) <= DATE_LINE_MAX_LEN and ("星" in line or "周" in line) and _site_date().fullmatch(line) is not None


@lazy
def _char_classes() -> np.ndarray:
    """Code point -> 1 for a Han character (``_HAN_RANGES``), ``1 << 32`` for a sentence mark
    (``_MARKS``), 0 otherwise: one table look-up classes a whole page, and one sum per line
    counts both (the Han characters in the low 32 bits, the marks above). The sign bit marks
    the characters :func:`_block_rows` looks for (:data:`_BLOCK_CHARS`): the classes' signs
    find them all with one scan, and a sum of the sign bits changes no bit below them."""
    table = np.zeros(0x110000, np.int64)
    for lo, hi in _HAN_RANGES:
        table[lo : hi + 1] = 1
    table[[ord(c) for c in _MARKS]] = 1 << 32
    table[[ord(c) for c in _BLOCK_CHARS]] |= _SIGN
    return table


#: The sign bit of an int64 (:func:`_char_classes`).
_SIGN = np.int64(-(1 << 63))
#: What a line of a 公文's blocks holds (:func:`_block_rows`): 号 (a 发文字号), 日 (a date), 附 (its
#: attachments).
_BLOCK_CHARS = "号日附"


def _const(value: int, dtype: type) -> np.ndarray:
    """A read-only 0-d array: NumPy compares an array with one in about two thirds of the
    instructions it takes with a Python int, whose type it works out first (a pass over a short
    page is mostly that fixed cost)."""
    a = np.array(value, dtype)
    a.flags.writeable = False
    return a


#: Kind codes (:data:`_KIND_NAMES` reads them): the passes over a whole page compare arrays
#: (with 0-d arrays: :func:`_const`).
BLANK, CHROME, SHORT, NEAR, PROSE = (_const(k, np.int8) for k in range(5))
#: A line break (a code point) and a zero count, to compare arrays with (:func:`_const`).
_LF, _NONE = _const(10, np.uint32), _const(0, np.int64)
_KIND_NAMES = np.array(["blank", "chrome", "short", "near", "prose"], dtype=object)


class Joined:
    """A page's lines joined with line breaks, read once for every pass over its code points
    (the line rules' marks, :meth:`govtext.spam._Gate.marked`; the page reading's facts,
    :func:`_facts`): its *text*; *padded*, its code points (``uint32``) between two line breaks,
    so that each line is a segment that starts at the line break before it; and, found when
    first asked, each line's start (that line break's place in *padded*, the line's first
    code point's in :attr:`cps`) and length.

    >>> j = Joined.of("标题\\n\\n正文。")
    >>> j.cps.tolist() == [ord(c) for c in j.text], [x.tolist() for x in j.bounds()]
    (True, [[0, 3, 4], [2, 0, 3]])
    """

    __slots__ = ("_bounds", "padded", "text")

    def __init__(self, text: str, padded: np.ndarray) -> None:
        self.text, self.padded = text, padded
        self._bounds: tuple[np.ndarray, np.ndarray] | None = None

    @classmethod
    def of(cls, text: str) -> Joined:
        """The lines of *text* (joined with line breaks) read as one array."""
        return cls(text, codepoints(f"\n{text}\n"))

    @property
    def cps(self) -> np.ndarray:
        """The text's code points."""
        return self.padded[1:-1]

    def bounds(self) -> tuple[np.ndarray, np.ndarray]:
        """Per line: where it starts (its segment of *padded*, its code points in :attr:`cps`)
        and its length (``int64``)."""
        if self._bounds is None:
            breaks = (self.padded == _LF).nonzero()[0]
            starts = breaks[:-1]
            lens = breaks[1:] - starts
            lens -= 1
            self._bounds = starts, lens
        return self._bounds


@dataclass(slots=True)
class _Facts:
    """What every pass needs of each line, found once with array operations over the page's
    code points (the lines joined with line breaks): where each line starts, its length, its Han
    characters and sentence marks. A pass that looks for a few characters finds them with one
    scan of the page (:func:`_block_rows`), not a test per line. (Not frozen: a frozen record
    costs more to make.)"""

    cps: np.ndarray
    starts: np.ndarray
    lens: np.ndarray
    han: np.ndarray
    marks: np.ndarray
    text: str  # (the lines joined with line breaks: ``in`` finds one character at memchr speed)
    classes: np.ndarray  # (each code point's class, :func:`_char_classes`)
    firsts: np.ndarray  # (each line's first code point; an empty line's a line break, or 0 on an empty page)

    def starting_with(self, chars: np.ndarray, reach: int = 1) -> np.ndarray:
        """Per line: is one of its first *reach* characters among the code points *chars*?

        Each of those characters is looked up in *chars* sorted (a binary search, ``searchsorted``):
        a table over the code points up to the highest of *chars* is zeroed first, 40 K entries
        for a Han title, half the cost of a short page's test.

        >>> f = _facts(["标题", "", "正文标", "a题"])
        >>> f.starting_with(np.array([ord("题"), ord("标")], np.uint32), 2).tolist()
        [True, False, False, True]
        """
        if not len(self.cps) or not len(chars):
            return np.zeros(len(self.lens), bool)
        chars = np.sort(chars)
        k = _offsets(reach)
        firsts = self.cps.take(k + self.starts, mode="clip")  # (the lines' k-th characters, row k)
        found = chars.take(chars.searchsorted(firsts), mode="clip") == firsts  # (the first not below each: itself?)
        found &= k < self.lens
        return np.logical_or.reduce(found, axis=0)  # type: ignore[no-any-return]


@functools.lru_cache(maxsize=4)
def _offsets(reach: int) -> np.ndarray:
    """The column of a line's first *reach* offsets (0 to *reach* - 1), read only: made once, where
    an ``arange`` and its reshaping cost a short page's test an eighth of its instructions.

    >>> _offsets(3).tolist()
    [[0], [1], [2]]
    """
    column = np.arange(reach)[:, None]
    column.flags.writeable = False
    return column


#: A comma between two digits (a thousands separator: 10,632,458), led by the comma: ``re``
#: skips to each comma at C speed (most follow a Han character: the digit after is not read).
_THOUSANDS = re.compile(r",(?<=[0-9],)(?=[0-9])")


def _facts(lines: list[str], joined: Joined | None = None) -> _Facts:
    """The lines' facts, counted at C speed over the page (a sum per line with ``reduceat``;
    an empty line sums nothing). *joined*: the lines joined, if at hand."""
    if joined is None:
        joined = Joined.of("\n".join(lines))
    text, padded = joined.text, joined.padded
    starts, lens = joined.bounds()
    if len(starts) != len(lines):
        raise ValueError("read_page(): a line holds a line break")
    cps = padded[1:-1]
    if not len(cps):
        return _Facts(cps, starts, lens, lens, lens, text, lens, lens)
    # (the classes of the padded code points: a line break's is 0, so each line's segment, from
    # the line break before it, sums the line's own; an empty line sums nothing)
    padded_cls = lookup(_char_classes(), padded)
    cls = padded_cls[1:-1]
    if (m := _THOUSANDS.search(text)) is not None:  # (a thousands separator is no mark: 10,632,458)
        cls[np.fromiter((x.start() for x in _THOUSANDS.finditer(text, m.start())), np.intp)] = 0
    # per line, the sum of the classes: its Han characters in the low bits, its marks above
    sums = np.add.reduceat(padded_cls, starts)
    firsts = cps.take(starts, mode="clip")  # (an empty line's: the line break after it; the last's, the one before)
    return _Facts(cps, starts, lens, sums & _LOW_BITS, (sums >> _MARK_SHIFT) & _MARK_BITS, text, cls, firsts)  # (no sign bits)


#: A class sum's Han characters (its low 32 bits), the shift to its marks and their bits below
#: the sign bit (:func:`_char_classes`), as 0-d arrays (:func:`_const`).
_LOW_BITS, _MARK_SHIFT, _MARK_BITS = (_const(v, np.int64) for v in (0xFFFFFFFF, 32, 0x7FFFFFFF))


def _kinds(lines: list[str], kept: list[bool], f: _Facts, p: PageParams) -> np.ndarray:
    """Each line's kind, as a code (:data:`BLANK` ... :data:`PROSE`)."""
    han, marks = f.han, f.marks
    near_min, prose_min, per_mark = _thresholds(p.near_min_han, p.prose_min_han, p.han_per_mark)
    codes = np.add((marks > _NONE) & (han >= near_min), SHORT, dtype=np.int8)  # (NEAR is SHORT + 1)
    codes[(han >= prose_min) & (han <= per_mark * marks)] = PROSE  # (so punctuated: prose_min_han > 0)
    # (a search of the text first: most pages have neither; a search for one character runs at
    # memchr speed, one for three at ~4 instructions a character: no "..." without a ".")
    if "…" in f.text or ("." in f.text and "..." in f.text):
        # (an empty line's last code point is the line break before it)
        ends = f.cps.take(f.starts + f.lens - 1, mode="clip")
        for i in ((ends == ord(".")) | (ends == ord("…"))).nonzero()[0].tolist():
            if lines[i].endswith(_CUT) and not lines[i].endswith("……"):
                codes[i] = SHORT  # a link title cut short for a list is not prose
    codes[np.frombuffer(_truth_bytes(kept), np.uint8) == _FALSE] = CHROME
    codes[f.lens == _NONE] = BLANK
    return codes


@functools.lru_cache(maxsize=32)
def _thresholds(*values: int) -> tuple[np.ndarray, ...]:
    """Thresholds of the :class:`PageParams` as 0-d arrays (:func:`_const`), for the passes over a
    whole page to compare arrays with: a short page's pass is mostly the fixed cost of each
    operation, a third more with a Python int.

    >>> [int(a) for a in _thresholds(2, 10)]
    [2, 10]
    """
    return tuple(_const(v, np.int64) for v in values)


#: A false truth value of :func:`_truth_bytes` (:func:`_const`).
_FALSE = _const(0, np.uint8)


def _truth_bytes(values: list[bool]) -> bytes:
    """One byte a value, 0 for a false one: ``bytes`` reads a list of bools (or small ints) at C
    speed; truth values of another type (NumPy's bools, an array of them) are read one by one."""
    try:
        out = bytes(values)
    except (TypeError, ValueError):
        out = b""
    return out if len(out) == len(values) else bytes(map(bool, values))


def _names(codes: np.ndarray) -> list[Kind]:
    return _KIND_NAMES.take(codes).tolist()  # type: ignore[no-any-return]


def _template_lines(
    lines: list[str], kinds: list[Kind], han: list[int], repeated: Mapping[int, int], p: PageParams
) -> dict[int, int]:
    """The repeated lines the line rules kept that may be template: not a sentence, not a
    document heading."""
    return {
        i: n for i, n in repeated.items()
        if 0 <= i < len(kinds) and kinds[i] not in ("blank", "chrome")
        and not (han[i] >= p.prose_min_han and _LONG_END.search(lines[i]))
        and not _structure(lines[i])
    }


def _structure(s: str) -> bool:
    """A heading of the document's outline (第一章, 一、, 1 总则, a Markdown heading)."""
    return s[:1] in _STRUCTURE_FIRST and _STRUCTURE.match(s) is not None


@lazy
def _structure_first() -> np.ndarray:
    """Code point -> does a heading (:data:`_STRUCTURE`) start with it?"""
    table = np.zeros(0x110000, bool)
    table[[ord(c) for c in _STRUCTURE_FIRST]] = True
    return table


def _structure_rows(codes: np.ndarray, f: _Facts) -> list[int]:
    """The lines that may be headings (:func:`_structure`: their first character is one a
    heading starts with), not chrome: one look-up per line."""
    if not len(f.cps):
        return []
    first = _structure_first().take(f.firsts)
    # (an empty line's first code point is a line break, which no heading starts with)
    return (first & (codes != CHROME)).nonzero()[0].tolist()  # type: ignore[no-any-return]


def _has_chrome(kinds: list[Kind], lines: list[str], codes: np.ndarray, nb: np.ndarray, p: PageParams) -> bool:
    """A page with prose and either a line the line rules dropped or a run of
    ``evidence_min_run`` short lines; a plain document (headings between paragraphs) has
    neither and is left alone. (*codes*: the *kinds* as codes; *nb*: the non-blank lines, an
    array: the short lines among them are read, a run broken where a line that is none stands
    between two.)"""
    if "prose" not in kinds:
        return False
    if "chrome" in kinds:
        return True
    at = (codes[nb] == SHORT).nonzero()[0]  # (the short lines' places among the non-blank ones)
    run, after = 0, -1
    for x, i in zip(at.tolist(), nb[at].tolist()):
        if x != after:
            run = 0  # (a line of another kind before it)
        after = x + 1
        if _structure(lines[i]) or _DATE_LEAD.match(lines[i]):
            run = 0  # (a table of contents, a law's adoption history: the document's own)
        else:
            run += 1
            if run >= p.evidence_min_run:
                return True
    return False


def _runs(flags: np.ndarray) -> Iterable[tuple[int, int]]:
    """(start, stop) of each run of True in *flags*."""
    edges = _edges(flags)
    return zip(edges[::2], edges[1::2])


def _edges(flags: np.ndarray) -> list[int]:
    """Where each run of True in *flags* starts and stops, in turn (start, stop, start …)."""
    padded = np.zeros(len(flags) + 2, bool)
    padded[1:-1] = flags
    return (padded[1:] != padded[:-1]).nonzero()[0].tolist()  # type: ignore[no-any-return]


def _mask(n: int, rows: Iterable[int]) -> np.ndarray:
    """*n* truth values, those at *rows* True (their indices read by ``fromiter``: a list of
    Python ints as an index is converted item by item, at twice the cost)."""
    out = np.zeros(n, bool)
    out[np.fromiter(rows, np.intp)] = True
    return out


def _list_items(lines: list[str], codes: np.ndarray, f: _Facts, p: PageParams) -> set[int]:
    """Punctuated lines of headline length, none a sentence, in runs of ``list_min_run``
    (dates and counters under each item, chrome lines, do not end a list)."""
    (item_max,) = _thresholds(p.list_item_max)
    maybe = ((codes >= NEAR) & (f.lens <= item_max)).nonzero()[0].tolist()
    if len(maybe) < p.list_min_run:
        return set()  # (too few candidates for a run: no line read)
    found = [i for i in maybe if not lines[i].endswith(_FRAGMENT_END) and not _SENTENCE.search(lines[i])]
    if len(found) < p.list_min_run:
        return set()  # (too few items for a run of them)
    rows = (codes >= SHORT).nonzero()[0]
    item = _mask(len(lines), found)
    out: set[int] = set()
    for a, b in _runs(item[rows]):
        if b - a >= p.list_min_run:
            out.update(rows[a:b].tolist())
    return out


def _weights(
    codes: np.ndarray, f: _Facts, items: set[int], nb: np.ndarray, p: PageParams, whole: list[int] | None = None,
) -> np.ndarray:
    """Each line's score: prose its Han characters (capped), a share of them when no
    neighbour is text (a teaser between its title and date, not a paragraph of an article),
    list items nothing, short and chrome lines their penalties. *whole*: prose lines weighed
    as lines beside text (text stands beside them once the lines the rules dropped are gone:
    :func:`_text_over_drops`)."""
    table = _weight_table(p.chrome_weight, p.short_weight, p.near_weight)
    out = table.take(codes)  # (take: an int8 index is cast by take, not by indexing)
    rows = codes[nb]
    textual = np.zeros(len(nb) + 2, bool)  # (padded: the first and last rows have one neighbour)
    textual[1:-1] = rows >= NEAR
    cap, divisor = _thresholds(p.prose_weight_cap, p.isolated_divisor)
    w = np.minimum(f.han[nb], cap)
    w = np.where(textual[:-2] | textual[2:], w, w // divisor)
    prose = rows == PROSE
    out[nb[prose]] = w[prose]
    if whole:
        out[whole] = np.minimum(f.han[whole], cap)
    if items:
        out[list(items)] = 0
    return out


@functools.lru_cache(maxsize=8)
def _weight_table(chrome: int, short: int, near: int) -> np.ndarray:
    """Kind code -> a line's score before its Han characters count (:func:`_weights`), read only."""
    table = np.array([0, chrome, short, near, 0], np.int64)
    table.flags.writeable = False
    return table


#: The total before the first line (:func:`_best_run`).
_ZERO = _const(0, np.int64).reshape(1)


def _best_run(totals: np.ndarray) -> tuple[int, int, int]:
    """(score, first, last) of the contiguous run with the highest score (earliest on ties):
    the highest rise of the running total (*totals*: the lines' weights summed up to each) over
    its lowest value before (array passes)."""
    if not len(totals):
        return 0, 0, -1
    lows = np.minimum.accumulate(np.concatenate((_ZERO, totals[:-1])))  # (lowest total before)
    gains = totals - lows
    last = int(gains.argmax())
    best, low = int(gains[last]), int(lows[last])
    if best <= 0:
        return 0, 0, -1
    return best, (0 if low == 0 else int((totals == low).argmax()) + 1), last


def _anchored_run(
    lines: list[str], weights: list[int], kinds: list[Kind], head: int, heads: set[int], items: set[int],
    p: PageParams, runs: _RunsFrom | None = None,
) -> tuple[int, int, int] | None:
    """The run that starts at the first line of text (prose or near prose, not a copy of the
    headline) within ``anchor_reach`` lines after line *head* that the line rules kept (and
    ``anchor_max_lines`` non-blank ones: share bars and metadata rows between count only
    there; never past what ends an article; a table's values and the headings of a table of
    contents count for neither), and ends
    where its score is highest: the article right after its headline. *runs*: the page's
    :class:`_RunsFrom` (one for all the headlines of a page)."""
    n = len(weights)
    runs = _RunsFrom(weights) if runs is None else runs
    seen = own = 0
    for s in range(head + 1, n):
        if kinds[s] == "blank":
            continue
        if _VALUE_CELL.fullmatch(lines[s]) or (kinds[s] == "short" and _structure(lines[s])):
            continue  # (a table's values, a law's table of contents: 第一章 总则 … before its text)
        seen += 1
        own += kinds[s] != "chrome"
        if own > p.anchor_reach or seen > p.anchor_max_lines or weights[s] == _STOP:
            return None  # (nor past what ends an article: a related-links header)
        if kinds[s] in ("prose", "near") and s not in heads:
            best, last = runs.best_from(s)
            return (best, s, last) if best > 0 else None
    return None


class _RunsFrom:
    """The best run of lines starting at any line: the highest running total of the *weights*
    from there (earliest on ties), read from the page's running totals, made on first use. A
    page with a copy of its headline every few lines asks at each: past
    :attr:`TABLE_AFTER` questions the answers for every line are made at once (linear, where
    an argmax per question is lines × questions)."""

    #: Questions answered one argmax each before the table of every line's answer is made.
    TABLE_AFTER = 8

    def __init__(self, weights: list[int] | np.ndarray, totals: np.ndarray | None = None) -> None:
        self.weights = weights
        self.totals: np.ndarray | None = totals  # (the running totals, when the caller has them)
        self.asked = 0
        self.best: list[int] | None = None  # (the first line from each on where the total is highest)

    def best_from(self, s: int) -> tuple[int, int]:
        """(score, last line) of the best run that starts at line *s*: the first line from *s*
        on where the running total is highest."""
        if self.totals is None:
            self.totals = np.asarray(self.weights, np.int64).cumsum()
        totals = self.totals
        self.asked += 1
        if self.best is None and self.asked > self.TABLE_AFTER:
            # the first line from s on holding the highest total from s on is the first line
            # from s on whose total is the highest from itself on
            top = np.maximum.accumulate(totals[::-1])[::-1]
            at = np.where(totals == top, np.arange(len(totals)), len(totals))
            self.best = np.minimum.accumulate(at[::-1])[::-1].tolist()
        last = self.best[s] if self.best is not None else s + int(totals[s:].argmax())
        return int(totals[last]) - (int(totals[s - 1]) if s else 0), last


class _TablesAfter:
    """An article that is a table (price lists, a schedule): right after the headline (and the
    metadata the rules dropped), ``table_min_rows`` or more kept lines up to what ends an
    article or the next dropped line, most of them holding a digit, of a table row's length.
    Counted with running sums over the page made once, so that each headline costs the same
    however many there are."""

    def __init__(self, lines: list[str], kinds: list[Kind], han: list[int], weights: list[int]) -> None:
        n = len(lines)
        at = np.arange(n)
        blank = np.array([k == "blank" for k in kinds], bool)
        stop = np.array(weights, np.int64) == _STOP
        chrome = np.array([k == "chrome" for k in kinds], bool)

        def next_at(mask: np.ndarray) -> list[int]:  # the first line from each on in *mask* (n: none)
            return np.append(np.minimum.accumulate(np.where(mask, at, n)[::-1])[::-1], n).tolist()  # type: ignore[no-any-return]

        def sums(values: np.ndarray) -> list[int]:  # running sums, 0 before line 0
            return np.concatenate(([0], np.cumsum(values, dtype=np.int64))).tolist()  # type: ignore[no-any-return]

        rows = ~blank
        self.start = next_at(rows & (stop | ~chrome))  # (where a walk past the dropped lines stops)
        self.end = next_at(rows & (stop | chrome))
        self.stop = stop.tolist()
        self.last = np.maximum.accumulate(np.where(rows, at, -1)).tolist()  # (last row up to each)
        self.rows = sums(rows)
        self.digits = sums(np.array([_DIGIT.search(s) is not None for s in lines], bool) & rows)
        self.chars = sums(np.fromiter(map(len, lines), np.int64, n) * rows)
        self.han = sums(np.array(han, np.int64) * rows)

    def after(self, head: int, p: PageParams) -> tuple[int, int, int] | None:
        """(score, first, last) of the table right after line *head*, or None."""
        first = self.start[head + 1]
        if first == len(self.stop) or self.stop[first]:
            return None
        end = self.end[first + 1]  # (the rows: the non-blank lines from first up to end)
        count = self.rows[end] - self.rows[first]
        if count < p.table_min_rows:
            return None
        digits = self.digits[end] - self.digits[first]
        size = (self.chars[end] - self.chars[first]) / count
        if digits < p.table_digit_share * count or size < p.table_min_chars:
            return None
        return self.han[end] - self.han[first], first, self.last[end - 1]


def _grow(
    lines: list[str], kinds: list[Kind], han: list[int], items: set[int], inline: set[int],
    nb: list[int], first: int, last: int, p: PageParams, menus: frozenset[int] = frozenset(),
    fields: list[int] | None = None,
) -> tuple[int, int]:
    """Grow the region over adjacent fragments: punctuated lines (a list that goes on from the
    article too: its members), short lines of ``fragment_min_han`` Han characters or more (an
    article broken into short lines); and over a gap of a shorter line ("因为") or a picture
    placeholder (*inline*), or both, before another fragment that is not a list item (a short
    header over related links ends it). Other chrome lines stop it; backwards, a line ending
    in a colon ("各位代表：") joins it. A menu of bare headings (*menus*, :func:`_menu_heads`)
    is no fragment; a formula is one (:data:`_FORMULA`: a paper's lines of mathematics). With
    *fields*, a guide's table of fields crawled cell by cell (:func:`_field_cells`) is grown over
    too, and *fields* notes where each such run took it (its last position forward, -1 backward)."""
    a, b, listed = bisect_left(nb, first), bisect_right(nb, last) - 1, items | menus  # (ends not blank; listed: made once)
    step = _growth_step(lines, kinds, han, items, inline, listed, nb, p, menus, fields)
    while n := step(a, -1):
        a -= n
    end, labelled = b, -1  # (labelled: where the text's numbered labels under it end, page chrome or not)
    while n := step(b, 1):
        b += n
    while n := _dated_item(lines, kinds, han, nb, a, b, p):  # (the next item of a page of dated items)
        b += n
        while n := step(b, 1):
            b += n
    if b + 1 < len(nb) and (n := _labels_on(lines, kinds, nb, a, b, p)):
        b = labelled = b + n  # (the text's numbered labels going on under its last line, each over its lines)
        while n := step(b, 1):
            b += n
    found = None  # (the directory under the text's last line: where that line is and its length, read once)
    if b + 1 < len(nb) and kinds[nb[b + 1]] == "short":  # (a directory under the text's last line: its
        # entries' short rows are no fragments; the region stops at one of them)
        text = _last_text(kinds, nb, end, b)
        found = text, (n := _directory(lines, kinds, listed, nb, text, p))
        if n and text + n > b:
            b = text + n
            while n := step(b, 1):
                b += n
    if b + 1 < len(nb) and kinds[nb[b + 1]] == "chrome" and not _fields_over_widget(lines, kinds, nb, b, inline):
        b = _before_chrome(lines, kinds, nb, b, max(labelled, _tail_rows(lines, kinds, items, nb, (a, end, b), p, fields, found)))
    # a 公文 ends at its signature and date: past them only its attachments (short lines of
    # the site's links and addresses under it are the page's)
    dates = [
        y for y in range(end + 1, b + 1)
        if _DATE_LINE.fullmatch(lines[nb[y]]) and kinds[nb[y - 1]] == "short" and han[nb[y - 1]] >= 2
    ]
    if dates:
        cut = dates[0] + len(_attachments(lines, kinds, nb[dates[0] + 1: b + 1], dated=True))
        if all(kinds[nb[y]] == "short" for y in range(cut + 1, b + 1)):
            b = cut
    return nb[a], nb[b]


#: A numeric date alone on a line (2026-11-16, 2026.11.16, 2026/11/16): an item's date under its title.
_NUMERIC_DATE = re.compile(r"\d{4}([-./])\d{1,2}\1\d{1,2}")


def _date_shape(s: str) -> str | None:
    """A date alone on *s*, its numbers blanked (2026-11-16 and 2026-11-05 alike), or None."""
    if _NUMERIC_DATE.fullmatch(s) is None and _DATE_LINE.fullmatch(s) is None:
        return None
    return _DIGITS.sub("0", s)


def _dated_item(lines: list[str], kinds: list[Kind], han: list[int], nb: list[int], a: int, b: int, p: PageParams) -> int:
    """How far the region ending at position *b* goes on over the next item of a page of dated items
    (a 专题's or a briefs page's: each item its title, a date alone on a line under it and its paragraph),
    when the region opens as such an item does (its text under a date alone under a title) and its last
    line is the next one's title, its date of the same shape: 2 (over the date, to the paragraph), else 0
    (a notice dated in figures under its headline and in words under its signature runs on to nothing).
    A headline's date in a metadata row (来源：… 发布时间：…) is no bare date: an article and a list of
    teasers under it do not run on, nor an article of several paragraphs under a bare date (its first
    item is no item of one paragraph: a sidebar of dated teasers under it stays out)."""
    if a < 2 or b + 2 >= len(nb) or kinds[nb[b]] != "short" or kinds[nb[a - 2]] != "short":
        return 0
    if kinds[nb[a + 1]] != "short":
        return 0  # (the region's own first item has one paragraph, the next item's title under it)
    if han[nb[b]] < p.fragment_min_han or han[nb[a - 2]] < p.fragment_min_han:
        return 0
    if kinds[nb[b + 2]] != "prose" or (shape := _date_shape(lines[nb[b + 1]])) is None:
        return 0
    return 2 if _date_shape(lines[nb[a - 1]]) == shape else 0


def _growth_step(
    lines: list[str], kinds: list[Kind], han: list[int], items: set[int], inline: set[int], listed: set[int],
    nb: list[int], p: PageParams, menus: frozenset[int], fields: list[int] | None,
) -> Callable[[int, int], int]:
    """The step of :func:`_grow`, by the rules it describes (*listed*: *items* and *menus*, made once
    by the caller; *fields* appended to as there)."""
    textual = ("prose", "near")

    def fragment(j: int) -> bool:
        return j not in menus and (
            kinds[j] in textual
            or (kinds[j] == "short" and (han[j] >= p.fragment_min_han or _formula(lines[j]))
                and not _menu_row(lines[j], p))
        )

    def gap(j: int, d: int) -> bool:
        # (a row of menu words is a gap after the text only: a table's header row over its
        # rows; before the text it is the page's, tabs under the headline)
        return (kinds[j] == "short" and (d > 0 or not _menu_row(lines[j], p))) or j in inline

    def mark(j: int) -> bool:  # a piece of a reference mark broken onto lines: [ / 1 / ]
        return kinds[j] == "short" and han[j] == 0 and len(lines[j]) <= 3

    def step(x: int, d: int) -> int:
        """How far the region grows from position x in direction d (0: not at all)."""
        y = x + d
        if not 0 <= y < len(nb):
            return 0
        if fragment(nb[y]) or (d < 0 and han[nb[y]] >= 2 and lines[nb[y]].endswith((":", "："))) or (
                d < 0 and _list_heading(lines, kinds, han, nb, x, y)):  # (考生须知 over 1. …: the list's heading)
            return 1
        # over 1 to gap_max_lines gaps (a line that is none ends them: no wider gap holds it),
        # or the pieces of a mark on one line more, to a fragment past them
        for width in range(1, p.gap_max_lines + 1):
            z = x + d * (width + 1)
            if not (0 <= z < len(nb) and gap(nb[z - d], d)):
                break
            if fragment(nb[z]) and nb[z] not in items:
                return width + 1
        z = x + d * (p.gap_max_lines + 2)
        if (0 <= z < len(nb) and all(mark(nb[x + d * k]) for k in range(1, p.gap_max_lines + 2)) and fragment(nb[z])
                and nb[z] not in items):
            return p.gap_max_lines + 2
        if n := (_listed(lines, kinds, han, listed, nb, x, d, p)
                 or (d > 0 and (_keyed_list(lines, kinds, han, listed, nb, x, p)
                                or (kinds[nb[x]] == "short" and _headed_items(lines, kinds, han, listed, nb, x, p))))
                 or _field_rows(lines, kinds, items, nb, x, d, p)):
            return n
        if fields is None or not (n := _field_cells(lines, kinds, nb, x, d, p)):
            return 0
        fields.append(x + n if d > 0 else -1)
        return n

    return step


#: A label of a numbered run alone on its line: a name of Han characters and its number (关键词3, 镜头 12).
_NUMBERED_LABEL = re.compile(r"([\u4e00-\u9fff]{1,6})\s?(\d{1,2})")


def _label_number(s: str, name: str) -> int:
    """The number of the label *s* of the run named *name* (关键词3: 3), or -1."""
    m = _NUMBERED_LABEL.fullmatch(s) if s.startswith(name) else None
    return int(m.group(2)) if m and m.group(1) == name else -1


def _labels_on(lines: list[str], kinds: list[Kind], nb: list[int], a: int, b: int, p: PageParams) -> int:
    """How far the text's numbered labels go on under the region from *a* to *b* (positions of *nb*):
    the line under it is the next label (关键词5, :data:`_NUMBERED_LABEL`) of a run the region holds
    ``label_run_min`` labels of, in order, right before it (关键词3, 关键词4); then label after label,
    each over ``label_max_rows`` lines at most, none dropped by a rule, the last over as many lines as
    the label before it, each short where the line at its place under that label is (a word of the
    sidebar under the last label's word is no sentence of it) (0: no such run). A page's sidebar
    numbers no run the text began.

    >>> lines = ["关键词1", "课后服务", "全市学校全覆盖。", "关键词2", "科学教育", "新建实验室140间。", "关键词3",
    ...          "家校共育", "关键词4", "心理健康", "热门标签", "双减"]
    >>> kinds = ["short", "short", "prose"] * 2 + ["short"] * 6
    >>> _labels_on(lines, kinds, list(range(12)), 0, 5, DEFAULT_PARAMS)
    4
    >>> _labels_on(lines[3:], kinds[3:], list(range(9)), 0, 2, DEFAULT_PARAMS)
    0
    >>> _labels_on(lines[:8] + ["热门标签"], kinds[:9], list(range(9)), 0, 5, DEFAULT_PARAMS)
    2
    """
    m = _NUMBERED_LABEL.fullmatch(lines[nb[b + 1]])
    if m is None or kinds[nb[b + 1]] == "chrome":
        return 0
    name, k = m.group(1), int(m.group(2))
    x, want, rows, prev = b, k - 1, -1, b  # (rows: the lines under the region's last label, at prev)
    while x >= a and want >= k - p.label_run_min:
        if _label_number(lines[nb[x]], name) == want:
            rows, prev = (b - x, x) if want == k - 1 else (rows, prev)
            want -= 1
        x -= 1
    if want >= k - p.label_run_min:
        return 0
    y, last, label, same = b + 1, b, b + 1, True  # (label: the position of the run's current label; same:
    # its lines so far short where those under the label before it are, and only there)
    while y + 1 < len(nb) and kinds[nb[y + 1]] != "chrome":
        if _label_number(lines[nb[y + 1]], name) == k + 1:
            rows, k, prev, label, same = y - label, k + 1, label, y + 1, True
        elif y + 1 - label > min(rows, p.label_max_rows):
            break
        else:
            same = same and (kinds[nb[y + 1]] == "short") == (kinds[nb[prev + y + 1 - label]] == "short")
        y += 1
        last = y if same else last
    return last - b


#: The first item of a numbered list opening a line (1. , 1、, 一、, (一)), no number going on (1.5亿元).
_FIRST_ITEM = re.compile(r"(?:1\s?[.、．](?!\d)|一、|[（(]一[）)])")


def _list_heading(lines: list[str], kinds: list[Kind], han: list[int], nb: list[int], x: int, y: int) -> bool:
    """Whether the line at position *y* of *nb*, right above the region's first line (at *x*), is
    the heading of the numbered list the region opens with: a short line of Han characters, no
    space or colon in it (考生须知, 注意事项), over a paragraph that is the list's first item (1. …,
    一、…). A menu's item over an article opens no list there.

    >>> lines = ["考生登录", "考生须知", "1. 报名时间为1月10日至1月13日，逾期不再补报。"]
    >>> _list_heading(lines, ["short", "short", "prose"], [4, 4, 18], [0, 1, 2], 2, 1)
    True
    """
    i, s = nb[y], lines[nb[x]]
    if kinds[i] != "short" or kinds[nb[x]] != "prose" or not 2 <= han[i] == len(lines[i]) <= _LIST_HEADING_MAX:
        return False
    return _FIRST_ITEM.match(s) is not None


#: Longest heading (characters, all Han) of a numbered list that opens the region (:func:`_list_heading`).
_LIST_HEADING_MAX = 12


#: A formula's relation between two terms (f(x)=x²+1, x≥−3, t∈[0, 3]): a line of mathematics. A
#: term is a number, a bracket's, or one letter (a name of letters, z=hexun, is a parameter's).
_FORMULA = re.compile(
    r"(?:(?<![A-Za-z])[A-Za-z]|[0-9)\]}²³⁰])\s?[=≠≥≤∈]\s?[-−+]?(?:[A-Za-z](?![A-Za-z])|[0-9(√{|])"
)


def _formula(s: str) -> bool:
    """Whether the line *s* is one of mathematics (:data:`_FORMULA`), not markup or an address
    with a query's parameters (<iframe src="…?c=1696&op=1">).

    >>> _formula("(1) f(x)=1/(4x+7);"), _formula("{x | x≥−3,且 x≠−2}."), _formula('<iframe src="/s?z=hexun&c=1696">')
    (True, True, False)
    """
    return "<" not in s and "&" not in s and "://" not in s and _FORMULA.search(s) is not None


def _last_text(kinds: list[Kind], nb: list[int], end: int, b: int) -> int:
    """The last position from *b* back to *end* of *nb* holding a line of text (prose, near), or *end*."""
    return next((y for y in range(b, end - 1, -1) if kinds[nb[y]] in ("prose", "near")), end)


def _tail_rows(
    lines: list[str], kinds: list[Kind], items: set[int], nb: list[int], grown: tuple[int, int, int], p: PageParams,
    fields: list[int] | None, found: tuple[int, int] | None = None,
) -> int:
    """The last position of *nb* the region grown from *a* to *b* (*grown*: a, the end of its run,
    b) keeps whatever chrome stands under it: the rows of records that repeat the text's fields
    (:func:`_record_rows`), a guide's table of fields (*fields*), the text's reading list or its
    directory of phone numbers under its last line of text (:func:`_book_list`, :func:`_directory`;
    *found*: the directory :func:`_grow` read under a line of text, and its length, not read again).
    A guide's table of fields right under its last line of text is one too when the region grew over
    its cells as fragments (a label over a value of five Han characters or more: 办理地点 over the
    hall's address), not as a table's, and *fields* notes it."""
    a, end, b = grown
    text = _last_text(kinds, nb, end, b)
    if fields is not None and text < b and (n := _field_cells(lines, kinds, nb, text, 1, p)):
        fields.append(text + n)
    books = _book_list(lines, kinds, items, nb, text, p) or (
        found[1] if found is not None and found[0] == text else _directory(lines, kinds, items, nb, text, p))
    return max(_record_rows(lines, kinds, nb, a, end, b, p), *(fields or ()), text + books if books else -1)


def _fields_over_widget(lines: list[str], kinds: list[Kind], nb: list[int], b: int, inline: set[int]) -> bool:
    """Whether the region grown to position *b* of *nb* ends in the text's own field rows (征集时间：…,
    意见反馈邮箱：…: a label and its value, :data:`_ROW_LABEL`) right under its prose, over a widget that ends no
    article (*inline*: a header counter, a vote bar, an item's stage row): those rows stay the text's. Short
    lines of another shape there (a related list's titles with no header over a vote bar) are the page's, as
    they are over other page chrome (:func:`_before_chrome`)."""
    if nb[b + 1] not in inline:
        return False
    t = b
    while t >= 0 and kinds[nb[t]] not in ("prose", "near") and _ROW_LABEL.match(lines[nb[t]]):
        t -= 1
    return t < b and t >= 0 and kinds[nb[t]] in ("prose", "near")


def _before_chrome(lines: list[str], kinds: list[Kind], nb: list[int], b: int, rows: int) -> int:
    """Where the region grown to position *b* of *nb* ends when page chrome stands right after it:
    short lines before page
    chrome are the chrome's, not the article's end, unless a line ending in a colon introduces
    them (a list: 名单如下：) or the last one is an attribution (——某某, (记者 某某)), nor when the
    document's attachments start there (附件：名称 after a contact row), nor at or before position
    *rows* (the rows of records after the text that repeat the fields of its own: a list of them;
    a guide's table of fields, :func:`_field_cells`)."""
    t = b
    while t > rows and kinds[nb[t]] not in ("prose", "near") and not lines[nb[t]].endswith((":", "：")):
        if (t == b and attribution(lines[nb[t]])) or _is_attachment(lines[nb[t]]):
            break
        t -= 1
    if t > rows and (_download_box(lines, nb, t) or _dated_files(lines, kinds, nb, t)):
        return t - 1  # (a download box, 附件下载： over a file: it and what is under it the page's)
    if not lines[nb[t]].endswith((":", "：")) and not _FORWARD.search(lines[nb[t]]):
        return t
    return b


#: An article's attribution in brackets, its last line ((普招处 某某), (记者 某某 通讯员 某某)):
#: a few words of Han characters apart, nothing else.
_CREDIT = re.compile(r"\(\s*[\u4e00-\u9fff·]{2,12}(?:\s+[\u4e00-\u9fff·]{2,12}){0,3}\s*\)")
#: An article's credits by role, its last line: 文字：某某 图片：某某, (文/某某 图/某某), 文/图：某科 某某,
#: 记者 某某 通讯员 某某 摄: one to four roles, each with one to three names (a unit and a name).
_ROLE_CREDIT = re.compile(
    r"\(?\s*(?:(?:文字|图片|文图|图文|文|图|摄影|摄像|视频|剪辑|撰稿|供稿|记者|通讯员)(?:\s*/\s*[文图])?"
    r"(?:\s*[:：/]\s*|\s+)[\u4e00-\u9fff·]{2,10}(?:[ 、][\u4e00-\u9fff·]{2,10}){0,2}(?:\s*摄)?\s*){1,4}\)?"
)


def attribution(s: str) -> bool:
    """Whether the line *s* is an article's attribution, its last line: ——某某, (记者 某某 通讯员
    某某), (普招处 某某), or credits by role (文字：某某 图片：某某).

    >>> attribution("(学会秘书处)"), attribution("文字：杨某 图片：陈某某"), attribution("——某某党支部 王某")
    (True, True, True)
    >>> attribution("学会动态"), attribution("联系电话：0771-1234567")
    (False, False)
    """
    return s.startswith(("——", "--")) or _CREDIT.fullmatch(s) is not None or _ROLE_CREDIT.fullmatch(s) is not None


#: A field's label opening a row (a few Han characters and a colon: 许可机关：…).
_ROW_LABEL = re.compile(r"([\u4e00-\u9fff]{2,10})\s*[:：]\s*\S")


def _record_rows(
    lines: list[str], kinds: list[Kind], nb: list[int], a: int, end: int, b: int, p: PageParams
) -> int:
    """The last of the rows at positions *end* + 1 to *b* of *nb* (short lines after the
    article's text, before page chrome) that open with the label of a field row of the article
    (positions *a* to *end*), when ``record_min_rows`` or more do: the records of a list go on
    there, each with the same fields (许可机关：… 许可决定日期：…), up to its pager. Likewise the rows
    after the text's last line the region grew to, with the labels of the rows it grew over (a
    list of records each under a numbered heading, 四、（2026）某民初41号: the last one's rows
    follow its heading). Else *end*."""
    tail = [(y, m.group(1)) for y in range(end + 1, b + 1) if (m := _ROW_LABEL.match(lines[nb[y]]))]
    if len(tail) < p.record_min_rows:
        return end
    text = next((y for y in range(b, end, -1) if kinds[nb[y]] in ("prose", "near")), end)
    last = end
    for upto in dict.fromkeys((end, text)):
        own = {m.group(1) for y in range(a, upto + 1) if (m := _ROW_LABEL.match(lines[nb[y]]))}
        rows = [y for y, label in tail if y > upto and label in own]
        if len(rows) >= p.record_min_rows:
            last = max(last, rows[-1])
    return last


def record_list(
    lines: list[str], nb: list[int], x: int, p: PageParams = DEFAULT_PARAMS, *,
    labels: dict[int, str | None] | None = None,
) -> tuple[int, int] | None:
    """The first and last position (of *nb*, the non-blank lines) of a list of records holding
    position *x*: ``record_list_min_records`` or more records in a row, each of the same number
    of lines (at most ``record_list_max_period``), ``record_list_min_fields`` or more of them
    field rows (a label and its value, :data:`_ROW_LABEL`) with distinct labels, the same labels
    in the same places in every record, the other lines no field row. A page's author field
    (作者：…) under its headline stands once; in a list of books it is a field of each record.
    None if there is no such list. *labels*: each position's field label as read so far (filled
    as positions are read): a caller asking about several positions of one page passes one dict,
    and no row is matched twice.

    >>> rows = ["《书甲》", "作者：某甲", "出版社：某某出版社", "《书乙》", "作者：某乙", "出版社：某某出版社",
    ...         "《书丙》", "作者：某丙", "出版社：另一出版社", "上一篇：某某"]
    >>> record_list(rows, list(range(len(rows))), 1)
    (0, 8)
    >>> record_list(rows[:6], list(range(6)), 1) is None
    True
    """
    if labels is None:
        labels = {}

    def label(y: int) -> str | None:
        if y not in labels:
            m = _ROW_LABEL.match(lines[nb[y]])
            labels[y] = m.group(1) if m else None
        return labels[y]

    def matches(at: int, tpl: list[str | None]) -> bool:
        return all(label(at + k) == t for k, t in enumerate(tpl))

    n = len(nb)
    at, alone = label(x), p.record_list_min_records < 2
    for d in range(2, p.record_list_max_period + 1):
        # (a list of two records or more of *d* lines holds x's record and one right before or
        # after it, whose line in x's place has x's label: no list of this period without one)
        if not (alone or (x >= d and label(x - d) == at) or (x + d < n and label(x + d) == at)):
            continue
        for s in range(max(x - d + 1, 0), min(x, n - d) + 1):  # (the record holding x starts at s)
            tpl = [label(s + k) for k in range(d)]
            named = [t for t in tpl if t is not None]
            if len(named) < p.record_list_min_fields or len(set(named)) < len(named):
                continue
            a, b = s, s + d
            while a >= d and matches(a - d, tpl):
                a -= d
            while b + d <= n and matches(b, tpl):
                b += d
            if (b - a) // d >= p.record_list_min_records:
                return a, b - 1
    return None


def _listed(
    lines: list[str], kinds: list[Kind], han: list[int], items: set[int], nb: list[int], x: int, d: int,
    p: PageParams,
) -> int:
    """How far the region grows from position x of *nb* in direction d over a list the article
    introduces: up to ``intro_list_max_lines`` short lines (names one a line, in any script)
    between a line that ends in a colon (a clause, not a field's label) or points at what
    follows (参加本次活动的院校有：, 名单如下) and the article's text after them (0: no such list)."""
    def intro(i: int) -> bool:
        return kinds[i] != "chrome" and _introduces(lines[i], han[i])

    def entry(i: int) -> bool:
        return _short_entry(lines, kinds, items, i, p) and not intro(i)

    if d > 0 and not intro(nb[x]):
        return 0
    y = x + d
    while 0 <= y < len(nb) and abs(y - x) <= p.intro_list_max_lines and entry(nb[y]):
        y += d
    if abs(y - x) < 2 or not 0 <= y < len(nb):
        return 0
    if d < 0:
        return x - y if intro(nb[y]) else 0
    text = kinds[nb[y]] in ("prose", "near") and nb[y] not in items
    return y - x if text else 0


def _short_entry(lines: list[str], kinds: list[Kind], items: set[int], i: int, p: PageParams) -> bool:
    """Whether line *i* can be an entry of a list the article holds (:func:`_listed`,
    :func:`_keyed_list`, :func:`_book_list`): a short line, not a menu's item (*items*), no longer
    than ``list_item_max``."""
    return kinds[i] == "short" and i not in items and len(lines[i]) <= p.list_item_max


def _keyed_list(
    lines: list[str], kinds: list[Kind], han: list[int], items: set[int], nb: list[int], x: int, p: PageParams,
) -> int:
    """How far the region ending at position x of *nb* grows over a key the article lists under a
    label of its own: a short label right after the region (谜底：, 答案：; a colon at its end, two Han
    characters or more), then ``list_min_run`` to ``intro_list_max_lines`` short lines numbered in
    turn from 1 (1.汕 / 2.会 / …: the answers to the article's numbered riddles or questions), then the
    article's text (0: no such key). A menu's or a box's lines are not numbered from 1 under a label,
    and a related list's header has no colon.

    >>> lines = ["一、猜字谜，共三条，每条打一字。", "1.半山半水", "谜底：", "1.汕", "2.会", "3.胖", "凭谜条领取纪念品，领完即止。"]
    >>> kinds = ["prose", "short", "short", "short", "short", "short", "prose"]
    >>> _keyed_list(lines, kinds, [15, 4, 2, 1, 1, 1, 11], set(), list(range(7)), 1, DEFAULT_PARAMS)
    5
    """
    y = x + 1
    if y >= len(nb) or not lines[nb[y]].endswith((":", "：")) or kinds[nb[y]] != "short" or han[nb[y]] < 2:
        return 0  # (most edges: no label with a colon right after the region)
    z = y + 1
    while z < len(nb) and z - y <= p.intro_list_max_lines:
        i = nb[z]
        m = _ITEM_NUMBER.match(lines[i])
        if not _short_entry(lines, kinds, items, i, p) or m is None or int(m[1]) != z - y:
            break
        z += 1
    if z - y - 1 < p.list_min_run or z >= len(nb) or kinds[nb[z]] not in ("prose", "near") or nb[z] in items:
        return 0
    return z - x


def _headed_items(
    lines: list[str], kinds: list[Kind], han: list[int], items: set[int], nb: list[int], x: int, p: PageParams,
) -> int:
    """How far the region ending at position x of *nb* grows over a list of words under the heading
    that ends it: the heading a short line of ``fragment_min_han`` Han characters or more, no colon
    at its end (可回收物（蓝色桶）), then ``list_min_run`` to ``intro_list_max_lines`` short lines, each
    one word of Han characters, ``item_word_max`` characters at most (废纸 / 塑料瓶 / 玻璃瓶), then a
    line of prose with more of the text under it (:func:`_text_goes_on`): the article's text going
    on under its list (投放要求：…, then the next heading; 0: no such list), with another such group
    right under it or right over it (a guide's sections). A menu or a box of links after the article
    ends at the page's chrome, not at a paragraph of the text, nor at one paragraph over the page's
    chrome (a box's note on the site); a sidebar's box of words over the site's description stands
    alone under the article's last paragraph.

    >>> lines = ["有害垃圾（红色桶）", "废电池", "废灯管", "过期药品", "投放要求：轻放，易破损的请包裹后投放。", "厨余垃圾（绿色桶）",
    ...          "果皮", "菜叶", "剩饭", "投放要求：沥干水分后投放。"]
    >>> kinds = ["short"] * 4 + ["prose"] + ["short"] * 4 + ["prose"]
    >>> han = [7, 3, 3, 4, 16, 7, 2, 2, 2, 11]
    >>> _headed_items(lines, kinds, han, set(), list(range(10)), 0, DEFAULT_PARAMS)
    4
    >>> _headed_items(lines, kinds, han, set(), list(range(10)), 5, DEFAULT_PARAMS)
    0
    >>> _headed_items(lines + ["其他垃圾（灰色桶）"], kinds + ["short"], han + [7], set(), list(range(11)), 5, DEFAULT_PARAMS)
    4
    >>> _headed_items(lines[:5] + ["版权所有"], kinds[:5] + ["chrome"], [7, 3, 3, 4, 16, 4], set(), list(range(6)), 0, DEFAULT_PARAMS)
    0
    """
    y = _item_group(lines, kinds, han, items, nb, x, p)
    if not y or not _text_goes_on(lines, kinds, han, items, nb, y, p):
        return 0
    # a guide's sections: another heading over its words under the paragraph, or one right over
    # the heading; or a list of the text going on (a short line of it right over the heading: a
    # course list's long names). A sidebar's box of menu words over the site's description stands
    # alone right under the article's last paragraph.
    if (_item_group(lines, kinds, han, items, nb, y + 1, p) or _group_before(lines, kinds, han, items, nb, x, p)
            or (x > 0 and kinds[nb[x - 1]] == "short" and nb[x - 1] not in items)):
        return y - x
    return 0


def _item_group(
    lines: list[str], kinds: list[Kind], han: list[int], items: set[int], nb: list[int], x: int, p: PageParams,
) -> int:
    """Position in *nb* of the paragraph under a heading at position x and the words one a line under
    it (:func:`_headed_items`; 0: no such group)."""
    if x >= len(nb):
        return 0
    s = lines[nb[x]]
    if kinds[nb[x]] != "short" or han[nb[x]] < p.fragment_min_han or s.endswith((":", "：")) or nb[x] in items:
        return 0
    y = x + 1
    while y < len(nb) and y - x <= p.intro_list_max_lines and _item_word(lines[nb[y]], kinds[nb[y]], han[nb[y]], p) \
            and nb[y] not in items:
        y += 1
    if y - x - 1 < p.list_min_run or y >= len(nb) or kinds[nb[y]] != "prose" or nb[y] in items:
        return 0
    return y


def _group_before(
    lines: list[str], kinds: list[Kind], han: list[int], items: set[int], nb: list[int], x: int, p: PageParams,
) -> bool:
    """Whether a group of :func:`_item_group` (a heading, its words, a paragraph) ends right over
    position x of *nb*."""
    y = x - 1
    if y < 1 or kinds[nb[y]] != "prose":
        return False
    w = y - 1
    while w >= 0 and y - w <= p.intro_list_max_lines + 1 and _item_word(lines[nb[w]], kinds[nb[w]], han[nb[w]], p):
        w -= 1
    return w >= 0 and _item_group(lines, kinds, han, items, nb, w, p) == y


def _text_goes_on(lines: list[str], kinds: list[Kind], han: list[int], items: set[int], nb: list[int], y: int, p: PageParams) -> bool:
    """Whether the article's text goes on under the paragraph at position *y* of *nb*: another
    paragraph, a fragment (a heading of ``fragment_min_han`` Han characters), or a shorter heading
    over a paragraph (就业方向 over its text); no menu's item."""
    z = y + 1
    if z >= len(nb) or nb[z] in items or _menu_row(lines[nb[z]], p):
        return False
    if kinds[nb[z]] in ("prose", "near") or (kinds[nb[z]] == "short" and han[nb[z]] >= p.fragment_min_han):
        return True
    return kinds[nb[z]] == "short" and han[nb[z]] >= 2 and z + 1 < len(nb) and kinds[nb[z + 1]] == "prose"


def _item_word(s: str, kind: Kind, han: int, p: PageParams) -> bool:
    """Whether a line is one word of a list under a heading (:func:`_headed_items`): a short line of
    Han characters only, ``item_word_max`` at most (过期药品; not 第1版, 更多, a date or a name with a
    number)."""
    return kind == "short" and han == len(s) <= p.item_word_max


#: A book's entry in a reading list: its title in 《》, then who wrote it and their part (林某 著,
#: 某甲、某乙 编著, （英）某某 著, 某某 主编, 某某 译), maybe the publisher after it. A related box or a
#: menu lists titles alone.
_BOOK_ENTRY = re.compile(
    r"《[^《》]{1,40}》\s*(?:[（(〔\[][\u4e00-\u9fff]{1,3}[）)〕\]]\s*)?[\u4e00-\u9fff·]{2,10}"
    r"(?:[\s、，,]+[\u4e00-\u9fff·]{2,10}){0,3}?\s*等?\s*(?:编著|主编|编|著|译|绘)(?:[\s，,；;].{0,40})?"
)


#: A directory entry's name alone on its line: Han characters (an office, a unit), maybe a bracketed
#: part, no colon, no digit.
_ENTRY_NAME = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff()（）·]{1,15}")
#: A directory's field row holding a phone number: a label and its colon before seven or eight digits
#: (an area code and a dash before them maybe: 电话：4827301, 办公地点：行政楼205 电话：0771-4827325), a
#: mobile's eleven (13812345678) or a 400 number (400-123-4567).
_DIRECTORY_ROW = re.compile(
    r"[^:：]{1,24}[:：].{0,30}?(?<![\d-])(?:(?:\d{3,4}-)?\d{7,8}|1[3-9]\d{9}|400-?\d{3}-?\d{4})(?!\d)"
)


def _directory(lines: list[str], kinds: list[Kind], items: set[int], nb: list[int], x: int, p: PageParams) -> int:
    """How far a directory goes under the text's last line, position x of *nb*: short lines right
    after it, entry after entry, each a name alone on its line (:data:`_ENTRY_NAME`) over one to
    ``directory_max_rows`` field rows holding a phone number (:data:`_DIRECTORY_ROW`), at least
    ``directory_min_entries`` entries; it ends at its last entry's last row (0: no such directory).
    The region grown over it keeps it when page chrome stands right under it (:func:`_before_chrome`):
    a page's contact block gives one name's address and phone, a related box no phone rows.

    >>> lines = ["各部门电话如下。", "办公室", "电话:4827301", "教务处", "地点:行政楼205 电话:4827325",
    ...          "图书馆", "服务台:4827388", "开放时间:8:00-22:00", "上一篇:某某"]
    >>> kinds = ["prose"] + ["short"] * 7 + ["chrome"]
    >>> _directory(lines, kinds, set(), list(range(9)), 0, DEFAULT_PARAMS)
    6
    >>> _directory(lines[:5] + lines[8:], kinds[:5] + kinds[8:], set(), list(range(6)), 0, DEFAULT_PARAMS)
    0
    """
    if x + 1 >= len(nb) or kinds[nb[x + 1]] != "short":
        return 0  # (most pages: the text's last line over page chrome or more text)
    # (rows: the current entry's field rows, -1: no entry open; phoned: one of them holds its phone)
    entries, last, rows, phoned, y = 0, 0, -1, False, x + 1
    while y < len(nb) and _short_entry(lines, kinds, items, nb[y], p):
        s = lines[nb[y]]
        if 0 <= rows < p.directory_max_rows and ("：" in s or ":" in s):
            rows += 1  # (a field row of the entry: its phone's, or another before it, 办公地点：…)
            if _DIRECTORY_ROW.match(s):
                entries, phoned, last = entries + (not phoned), True, y
        elif (rows < 0 or phoned) and _ENTRY_NAME.fullmatch(s) and not _related_head(s):
            rows, phoned = 0, False  # (a name opens an entry: after its phone rows or first of all)
        elif phoned:
            rows, phoned = -1, False  # (a line of the entry past its rows: the next line must open an entry)
        else:
            break
        y += 1
    return last - x if entries >= p.directory_min_entries else 0


def _book_list(lines: list[str], kinds: list[Kind], items: set[int], nb: list[int], x: int, p: PageParams) -> int:
    """How far the article's reading list goes under the text's last line, position x of *nb*: short
    lines right after it, up to ``intro_list_max_lines``, ``book_list_min_entries`` or more of them a
    book's entry (:data:`_BOOK_ENTRY`, a title and its author) and no more other lines (the groups'
    headings, 小学低年级) than entries; the list ends at its last entry (0: no such list). The region
    grown over it keeps it when page chrome stands right under it (:func:`_before_chrome`: a related
    box of books lists their titles alone, under a header of its own; a related block's header,
    相关图书 or a word of ``spam_related.txt`` (:func:`_related_head`), ends the list: the entries
    under it are the box's).

    >>> lines = ["以下推荐书目均可在本馆借阅。", "小学", "《甲书》 林某某 著", "《乙书》 周某 编著", "初中",
    ...          "《丙书》 宋某某 著", "猜你喜欢", "《丁书》"]
    >>> kinds = ["prose", "short", "short", "short", "short", "short", "chrome", "short"]
    >>> _book_list(lines, kinds, set(), list(range(8)), 0, DEFAULT_PARAMS)
    5
    >>> _book_list(lines[:1] + ["《甲书》", "《乙书》", "《丙书》"], kinds[:4], set(), list(range(4)), 0, DEFAULT_PARAMS)
    0
    >>> _book_list(lines[:1] + ["相关图书"] + lines[2:4] + lines[5:6], kinds[:5], set(), list(range(5)), 0, DEFAULT_PARAMS)
    0
    """
    entries, last, y = 0, 0, x + 1
    while y < len(nb) and y - x <= p.intro_list_max_lines:
        i = nb[y]
        if not _short_entry(lines, kinds, items, i, p) or _related_head(lines[i]):
            break
        if _BOOK_ENTRY.fullmatch(lines[i].strip()):
            entries, last = entries + 1, y
        y += 1
    if entries < p.book_list_min_entries or (last - x) - entries > entries:
        return 0
    return last - x


#: A row of one or more label fields, each value one word (a date may have its time of day):
#: 发震时刻：2026-12-05 08:13:27, 纬度：24.36°N 经度：101.82°E. (No space in a label, a blank before
#: each further label: every split of the row is read once, so a row is read in linear time.)
_INNER_FIELD = re.compile(
    r"[\u4e00-\u9fff]{2,10}\s?[:：]\s?[^\s:：]{1,40}(?:\s\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:\s+[\u4e00-\u9fff]{2,10}\s?[:：]\s?[^\s:：]{1,40}(?:\s\d{1,2}:\d{2}(?::\d{2})?)?){0,3}"
)


def _field_rows(
    lines: list[str], kinds: list[Kind], items: set[int], nb: list[int], x: int, d: int, p: PageParams
) -> int:
    """How far the region grows from position x of *nb* in direction d over the article's own block
    of field rows framed by its paragraphs: ``inner_fields_min_rows`` to ``inner_fields_max_rows``
    short lines, each of label fields (:data:`_INNER_FIELD`), then a line of prose (0: no such
    block). An earthquake report's 发震时刻：… / 震级：… / 深度：… rows stand between its first sentence
    and the next, as a notice's 时间：… / 地点：… / 对象：… rows between two of its paragraphs; a
    sidebar's box of fields stands among the page's chrome, not between paragraphs.

    >>> rows = ["中国地震台网正式测定：某县发生3.2级地震，震源深度10千米。", "发震时刻：2026-12-05 08:13:27",
    ...         "震级：M3.2", "纬度：24.36°N 经度：101.82°E", "据分析，县城有轻微震感，未收到人员伤亡报告。"]
    >>> kinds = ["prose", "short", "short", "short", "prose"]
    >>> _field_rows(rows, kinds, set(), list(range(5)), 0, 1, DEFAULT_PARAMS), _field_rows(rows, kinds, set(), list(range(5)), 4, -1, DEFAULT_PARAMS)
    (4, 4)
    >>> _field_rows(rows[:4] + ["最新地震"], kinds[:4] + ["short"], set(), list(range(5)), 0, 1, DEFAULT_PARAMS)
    0
    """
    y = x + d
    while 0 <= y < len(nb) and abs(y - x) <= p.inner_fields_max_rows:
        i = nb[y]
        if kinds[i] != "short" or i in items or _INNER_FIELD.fullmatch(lines[i]) is None:
            break
        y += d
    if abs(y - x) <= p.inner_fields_min_rows or not 0 <= y < len(nb):
        return 0
    return abs(y - x) if kinds[nb[y]] == "prose" and nb[y] not in items else 0


def _field_cells(lines: list[str], kinds: list[Kind], nb: list[int], x: int, d: int, p: PageParams) -> int:
    """How far the region grows from position x of *nb* in direction d over a service guide's
    table of fields crawled cell by cell: a label of the guide's (``spam_guide_labels.txt``:
    事项类型, 实施主体, 办理时间 …, alone on its line, a colon after it or not) and its value on
    the next line, label and value in turn, the run ending on a value (0: no such run). The
    labels counted are the run's on both sides of the region's edge (the line at *x*, which
    takes its turn too: a label there has its value on the next line), ``field_cells_min_labels``
    or more. A line a rule dropped ends the run.

    >>> page = ["办理流程", "1.申请：向窗口提交材料。", "办理地点", "市民之家二楼", "办理时间", "工作日9:00-17:00",
    ...         "咨询电话", "12345", "办件评价"]
    >>> kinds = ["short", "prose"] + ["short"] * 7
    >>> _field_cells(page, kinds, list(range(9)), 1, 1, DEFAULT_PARAMS), _field_cells(page, kinds, list(range(9)), 6, 1, DEFAULT_PARAMS)
    (6, 1)
    """
    labels = _guide_labels()
    edge = lines[nb[x]].rstrip(":") in labels
    if not (edge or (0 <= x + d < len(nb) and lines[nb[x + d]].rstrip(":") in labels)):
        return 0  # (most edges: neither the line there nor the next is a label)
    ahead, found, last = _label_turns(lines, kinds, nb, x, d, edge, labels)
    if ahead and last == (d > 0):  # (the run ends on a value: in page order, a label opens each pair)
        ahead -= 1
        found -= d > 0
    if not ahead:
        return 0
    found += edge + _label_turns(lines, kinds, nb, x, -d, edge, labels)[1]
    return ahead if found >= p.field_cells_min_labels else 0


def _label_turns(
    lines: list[str], kinds: list[Kind], nb: list[int], x: int, d: int, label: bool, labels: frozenset[str]
) -> tuple[int, int, bool]:
    """The lines from position x of *nb* on in direction d that are a label of *labels* and not
    one in turn (*label*: whether the line at *x* is), no line a rule dropped among them: how
    many, how many of them labels, and whether the last is one."""
    walked = found = 0
    y = x + d
    # (a bare date under a label is its value, whichever rule dropped it as the page's date)
    while 0 <= y < len(nb) and (kinds[nb[y]] != "chrome" or (
            y > 0 and _VALUE_DATE.fullmatch(lines[nb[y]]) is not None and lines[nb[y - 1]].rstrip(":") in labels)):
        here = lines[nb[y]].rstrip(":") in labels
        if here == label:
            break
        label = here
        found += here
        walked += 1
        y += d
    return walked, found, label


#: A date alone on its line (2026-10-14, 2026年10月14日, maybe with its time): under a record's
#: label it is the label's value (许可决定日期 / 2026-10-14), which a rule drops as the page's date.
_VALUE_DATE = re.compile(
    r"\d{4}\s?(?:-\s?\d{1,2}\s?-\s?\d{1,2}|/\s?\d{1,2}\s?/\s?\d{1,2}|年\s?\d{1,2}\s?月\s?\d{1,2}\s?日)(?:\s{1,3}\d{1,2}:\d{2}(?::\d{2})?)?"
)


def _guide_labels_in(lines: list[str], kinds: list[Kind], region: tuple[int, int]) -> int:
    """How many of a service guide's labels (``spam_guide_labels.txt``) stand alone on the lines of
    the *region* the rules kept, each counted once: a guide's table of fields names many of its
    template's fields, a box of the site's contacts (咨询电话, 投诉电话, 办理时间) a few."""
    labels = _guide_labels()
    first, last = region
    return len({s.rstrip(":") for i in range(first, last + 1) if kinds[i] != "chrome" and (s := lines[i]).rstrip(":") in labels})


@lazy
def _guide_labels() -> frozenset[str]:
    return frozenset(read_lexicon("spam_guide_labels.txt"))


def _introduces(s: str, han: int) -> bool:
    """Does the line introduce what follows: it ends in a colon, a clause and not a field's label
    with no value (满意度评价： over a widget's choices), or points at it (名单如下, 以下高校)?"""
    if han < 2:
        return False
    return _FORWARD.search(s) is not None or (s.endswith((":", "：")) and not _EMPTY_LABEL.fullmatch(s))


#: A top-level numbered heading (三、实施步骤): the (一) lines under it are its own outline.
_TOP_HEADING = re.compile(r"\s*[一二三四五六七八九十]{1,3}、")


def _heads_outline(s: str, han: int) -> bool:
    """Does the line above a run of bare (一) headings make them a document's: it introduces them
    (:func:`_introduces`) or is the top-level heading they come under (三、实施步骤)?"""
    return _introduces(s, han) or (han >= 2 and _TOP_HEADING.match(s) is not None)


def _menu_heads(
    lines: list[str], codes: np.ndarray, f: _Facts, nb: list[int], structure: list[int], p: PageParams
) -> frozenset[int]:
    """Lines of a menu written as an outline: ``heading_menu_min_run`` or more bare second-level
    headings in a row ((一) and a few words: short lines, no sentence), no line the rules kept
    between them and none introducing them above (…如下：): a sidebar of the site's sections
    (（一）领导信息 / （二）机构职能 / （三）内设机构). A document's heading has its text under it.
    *structure*: the lines that may be headings (:func:`_structure_rows`). (一、 headings one a
    line are left alone: they read as list items once a line between them is dropped, and a
    second reading then dropped them.)"""
    # (a heading's row opens with its first character, "(" for these: the cheap test first)
    rows = [i for i in structure if lines[i][0] == "(" and codes[i] == SHORT and _BARE_HEADING.match(lines[i])]
    if len(rows) < p.heading_menu_min_run:
        return frozenset()
    # in a row among the lines the rules kept (a line they dropped between two is gone from
    # drop_spam's output, which must read the same)
    own: list[int] = (codes >= SHORT).nonzero()[0].tolist()  # (the non-blank lines *nb* but chrome)
    out: set[int] = set()
    for a, b in _runs(_mask(len(own), map(bisect_left, repeat(own), rows))):
        above = own[a - 1] if a else -1
        if b - a >= p.heading_menu_min_run and not (above >= 0 and _heads_outline(lines[above], int(f.han[above]))):
            out.update(own[a:b])
    return frozenset(out)


#: A table cell that is a value: a number with a decimal part, thousands separators, a percent
#: sign or three digits or more, signed or not (a small whole number may be a day or a page).
_VALUE_CELL = re.compile(r"[-+−]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d{3,})\s*%?|[-+−]?\d{1,2}\s*%")


def _values(cells: Iterable[str]) -> int:
    """How many of *cells* are values (:data:`_VALUE_CELL`), a cell's first character tested
    first (a value opens with a digit or a sign: :data:`_NUMBER_FIRST`).

    >>> _values(["地区生产总值", "286.47", "5.6", "12%", "2026年", "7"])
    3
    """
    return sum(c[:1] in _NUMBER_FIRST and _VALUE_CELL.fullmatch(c) is not None for c in cells)


def _column(num: list[bool], p: PageParams) -> int:
    """The number of cells a row (0: none) when rows of which *num* says which lines are numbers
    (序号 1, 2, 3; counts; amounts) hold a table with a column of them: from the first number to
    the last, the pattern repeats every *k* lines, *k* (the fewest that does) from
    ``table_min_columns`` to ``table_max_columns``, over ``table_min_column`` rows or more. A
    calendar's days and a pager's pages repeat every line, a ranked list's numbers every two
    lines."""
    if sum(num) < p.table_min_column:
        return 0
    seg = num[num.index(True): len(num) - num[::-1].index(True)]
    for k in range(1, p.table_max_columns + 1):
        if seg[k:] == seg[:-k]:  # (the pattern repeats every k lines)
            return k if k >= p.table_min_columns and len(seg) > (p.table_min_column - 1) * k else 0
    return 0


@lazy
def _surnames() -> frozenset[str]:
    """Common Chinese surnames (one character; the compound ones open with one of them or are
    rare): the first character of a person's name in a list of names (``names_surnames.txt``).

    >>> "王" in _surnames(), "的" in _surnames()
    (True, False)
    """
    return frozenset("".join(read_lexicon("names_surnames.txt")))


#: A person's name alone on its line: two to four Han characters (or a name with a middle dot),
#: maybe a title in brackets after it (叶某某（高级实验师）).
_PERSON = re.compile(r"[\u4e00-\u9fff]{2,4}(?:[（(][\u4e00-\u9fff]{2,8}[）)])?")
#: A group's heading in a list of names (教授, 副教授, 实验系列, 第一组): a few Han characters.
_GROUP_HEAD = re.compile(r"[\u4e00-\u9fff]{1,8}[:：]?")


def _name_list(lines: list[str], rows: list[int], p: PageParams) -> int:
    """How many of the short lines *rows* from the first on make a list of people's names (0:
    none): a group's heading (:data:`_GROUP_HEAD`), then names (:data:`_PERSON`, opening with a
    common surname, :func:`_surnames`) and more groups' headings up to the first line that is
    neither, ending on a name: ``name_list_min_names`` names or more, ``name_list_share`` of the
    lines at least, ``name_list_min_groups`` headings or more.

    >>> _name_list(["教授", "王某华", "李某明", "张某", "副教授", "刘某芳", "陈某", "杨某宇", "讲师", "黄某", "赵某敏",
    ...             "周某", "地址：某市某路1号"], list(range(13)), DEFAULT_PARAMS)
    12
    >>> _name_list(["首页", "学院概况", "师资队伍", "人才培养", "科学研究", "党建工作", "学生工作", "招生就业", "校友之家"],
    ...            list(range(9)), DEFAULT_PARAMS)
    0
    >>> _name_list(["林某", "何某", "郭某", "马某", "罗某", "梁某", "宋某", "郑某", "谢某"], list(range(9)), DEFAULT_PARAMS)
    0
    """
    names = last = heads = 0
    surnames = _surnames()
    for k, i in enumerate(rows):
        s = lines[i]
        if k and s[:1] in surnames and _PERSON.fullmatch(s):  # (a group's heading opens the list)
            names += 1
            last = k + 1
        elif _GROUP_HEAD.fullmatch(s) is None:
            break
        else:
            heads += 1
    if names < p.name_list_min_names or names < p.name_list_share * last or heads < p.name_list_min_groups:
        return 0
    return last


def _text_under(lines: list[str], kinds: list[Kind], nb: list[int], y: int) -> bool:
    """Is the line at position *y* of *nb* a paragraph the rules kept that ends a sentence: the
    article's text going on under the lines above it?

    >>> _text_under(["8.42", "预计未来三天水位继续回落。"], ["short", "prose"], [0, 1], 1)
    True
    >>> _text_under(["8.42", "更多>>"], ["short", "chrome"], [0, 1], 1)
    False
    """
    return y < len(nb) and kinds[nb[y]] == "prose" and _CLOSED.search(lines[nb[y]]) is not None


def _introduced(lines: list[str], kinds: list[Kind], nb: list[int], x: int, p: PageParams) -> bool:
    """Whether the line at position *x* of *nb* is a cell of a table crawled a cell a line under a
    paragraph that introduces it (ends in a colon, or points at it: 现将服务包公布如下：), the region grown
    over its cells up to there: short lines, or longer ones ending no sentence (健康档案、健康咨询、预约转诊),
    none a field (联系人：…, under 请按以下方式联系： a list of fields, no table), none longer than
    ``intro_cell_max_len``, ``intro_table_reach`` at most from it back to that paragraph.

    >>> rows = ["现将收费标准公布如下：", "服务包名称", "服务内容", "基础包", "健康档案、健康咨询、预约转诊服务"]
    >>> _introduced(rows, ["prose"] + ["short"] * 3 + ["prose"], list(range(5)), 4, DEFAULT_PARAMS)
    True
    >>> _introduced(["会议强调，要抓好落实。"] + rows[1:], ["prose"] + ["short"] * 3 + ["prose"], list(range(5)), 4, DEFAULT_PARAMS)
    False
    >>> _introduced(rows[:2] + ["会上，代表们审议了报告。"] + rows[3:], ["prose", "short", "prose", "short", "prose"], list(range(5)), 4, DEFAULT_PARAMS)
    False
    >>> _introduced(["如有疑问，请按以下方式联系：", "联系人：王某", "电话：12345"], ["prose", "short", "short"], [0, 1, 2], 2, DEFAULT_PARAMS)
    False
    """
    at = nb[x]
    if not _cell(lines[at], p):  # (most regions end on a paragraph: no cell)
        return False
    lo = nb[max(x - p.intro_table_reach, 0)]
    seg = kinds[lo: at + 1]  # (the kinds from the reach's first line to *at*, read at C speed)
    if "chrome" in seg:  # (a line a rule dropped ends the table above)
        cut = len(seg) - seg[::-1].index("chrome")
        seg, lo = seg[cut:], lo + cut
    end = len(seg)
    while "prose" in seg[:end]:  # (the paragraphs from the nearest up: the introducing one, or cells)
        end -= seg[end - 1::-1].index("prose") + 1
        i = lo + end
        s = lines[i]
        # (_FORWARD's match ends the line within its last 13 characters: only they are searched)
        if i < at and (s.endswith((":", "：")) or _FORWARD.search(s, max(len(s) - 13, 0)) is not None):
            return all(_cell(lines[j], p) for j in range(i + 1, at + 1) if kinds[j] != "blank")
        if not _cell(s, p):
            return False
    return False


#: A clause's comma (folded: not a number's thousands separator, 1,203): a table's cell holds none, nor
#: does a byline (:data:`govtext.spam._BYLINE_PUNCT` is built on it).
_CLAUSE_COMMA_RE = r"(?<!\d),|,(?!\d{3}(?!\d))"
_CLAUSE_COMMA = re.compile(_CLAUSE_COMMA_RE)


def _cell(s: str, p: PageParams) -> bool:
    """Can the line *s* be a table's cell crawled one a line under the paragraph introducing it: no
    longer than ``intro_cell_max_len``, no field (电话：…), no sentence nor clause (tested as characters
    in it, at memchr speed, and its last one; a comma, where there is one, read as a clause's or a
    number's)?"""
    return len(s) <= p.intro_cell_max_len and ":" not in s and "：" not in s and "。" not in s and ";" not in s \
        and "；" not in s and s.rstrip("”\"’）)")[-1:] not in ("！", "？", "!", "?") \
        and ("," not in s or _CLAUSE_COMMA.search(s) is None)


def _table_edge(
    lines: list[str], kinds: list[Kind], nb: list[int], at: int, d: int, heads: set[int], p: PageParams
) -> int:
    """The far end of a data table right after (*d* 1) or right before (*d* -1) the region's
    line *at*, or *at*: the short and near-prose lines up to the next line a rule dropped, the
    next paragraph or the headline, either with a column of numbers, weekdays or people's names
    (:func:`_column`, :func:`_name_cell`; after the region, of keys alike, :func:`_keyed`) or
    ``tail_table_min_values`` values or more (:data:`_VALUE_CELL`), and at least
    ``tail_table_value_share`` of them; after the region, any such lines when its last line
    introduces them (ends in a colon or points at what follows: 名单如下：, 请按以下方式联系。)."""
    x = bisect_left(nb, at)
    rows: list[int] = []
    for y in range(x + 1, len(nb)) if d > 0 else range(x - 1, -1, -1):
        i = nb[y]
        if kinds[i] not in ("short", "near") or i in heads:
            break
        rows.append(i)
    if not rows:
        return at
    if d > 0 and (lines[at].endswith((":", "：")) or _FORWARD.search(lines[at])
                  or _introduced(lines, kinds, nb, x, p)):
        return rows[-1]  # (a list the article's last line introduces: 名单如下：; or its header's cells under it)
    if d > 0 and (n := _name_list(lines, rows, p)):
        return rows[n - 1]  # (a list of people's names under their groups' headings)
    if d > 0 and (n := _spaced_rows(lines, rows, p)):
        return rows[n - 1]  # (a table read a row a line under its header row of words apart)
    # (a number starts with a digit or a sign, a weekday or a row's key with one of a few
    # characters: the rows' first characters, read once, tell which tests below can find one)
    firsts = [lines[i][:1] for i in rows]
    maybe = [y for y, c in enumerate(firsts) if c in _NUMBER_FIRST]
    values = _values(lines[rows[y]] for y in maybe)
    if d > 0 and values >= p.caption_table_min_values and _captioned(lines, kinds, nb, x, p):
        return rows[-1]  # (the rows of a table whose caption and header the region holds: 表3 …)
    cells = len(rows)
    split = [lines[i] for i in rows if " " in lines[i] or "|" in lines[i]]
    if split:  # (a table an extractor gave a row a line: 甲县 | 18.4 | +7.2%, 甲县 18.4 +7.2%)
        values, cells = _row_values(split, values, cells)
    if values >= p.tail_table_value_share * cells and (values >= p.tail_table_min_values or (
            values >= p.between_table_min_values and d > 0 and _text_under(lines, kinds, nb, x + 1 + len(rows)))):
        return rows[-1]
    num = [False] * len(rows)
    for y in maybe:
        num[y] = _NUMBER.fullmatch(lines[rows[y]]) is not None
    k = _column(num, p)
    if not k and not _WEEKDAY_FIRST.isdisjoint(firsts):
        # (or a column of weekdays, each opening its row: a schedule by day, 星期一 … 星期五)
        num = [c in _WEEKDAY_FIRST and _WEEKDAY.fullmatch(lines[i]) is not None for c, i in zip(firsts, rows)]
        k = _column(num, p)
    if not k and len(led := list(compress(range(len(rows)), map(_surnames().__contains__, firsts)))) >= p.table_min_column:
        # (or a column of people's names, each opening its row: a roster, a clinic's schedule; the
        # rows opening with a surname found first, at C speed, and only they read: _name_cell)
        num = [False] * len(rows)
        for y in led:
            num[y] = _name_cell(lines[rows[y]])
        k = _column(num, p)
    if not k and d > 0 and not _KEY_FIRST.isdisjoint(firsts[: p.table_max_columns]):
        num = _keyed(lines, rows)  # (or a column of keys alike but for their number opening the rows: 第3周 …)
        k = _column(num, p)
    if (not k and len(rows) >= 2 * p.quantity_table_min_pairs and firsts[0 if d < 0 else 1] in _QUANTITY_FIRST
            and (n := _quantity_rows(lines, rows, d, p))):  # (the first pair's quantity, nearest the region, read first)
        return rows[-1] if d < 0 else rows[n - 1]  # (a table of two columns, items and their quantities:
        # 冬瓜 / 500克; before the region with the short lines over it, as a column's table: its heading, fields)
    if not k:
        cells = _numbered_rows(lines, rows if d > 0 else rows[::-1], p)
        if d < 0 and not cells and (cells := _header_cells(lines, kinds, nb, x, rows, p)):
            return rows[cells - 1]  # (a header's cells over rows keyed 第1周, 第2周 …)
        # (a row's number among the lines after the region, the first row's; or before it, any
        # row's: a number's line, among *maybe*)
        numbered = any(lines[rows[y]] == "1" for y in maybe) if d > 0 else any(
            _ROW_NUMBER.fullmatch(lines[rows[y]]) for y in maybe)
        if not cells and numbered:
            return at if (far := _counted_rows(lines, kinds, nb, x, d, heads, p)) is None else far
        return rows[-1] if d < 0 and cells else rows[cells - 1] if cells else at
    if d < 0:
        return rows[-1]
    # after the region, up to the row of the column's last number, its rows counted from the
    # first line (a forecast's index words under its table are the page's)
    last = len(num) - 1 - num[::-1].index(True)
    return rows[min(len(rows) - 1, (last // k + 1) * k - 1)]


#: A quantity alone in a table's cell: a number (digits, or a few numerals, 半) and a measure word of one
#: or two Han characters, not a magnitude (万, 亿: a count beside a hot list's title) nor a time ago
#: (3天前); or an amount in words (少许, 适量, 若干). What it starts with, read first.
_QUANTITY = re.compile(r"(?:\d+(?:\.\d+)?|[半一二两三四五六七八九十]{1,3})\s?(?![万亿千百])[\u4e00-\u9fff]{1,2}(?<!前)|少许|适量|若干")
_QUANTITY_FIRST = frozenset("0123456789半一二两三四五六七八九十少适若")


def _quantity_rows(lines: list[str], rows: list[int], d: int, p: PageParams) -> int:
    """How many of *rows* (the short lines from the region's edge on, after it with *d* 1, before it,
    nearest first, with *d* -1) make a table of two columns crawled one cell a line, an item and its
    quantity (:data:`_QUANTITY`) a row: ``quantity_table_min_pairs`` rows or more, each item of
    ``quantity_item_max_len`` characters at most and no quantity, no colon (a recipe's 用料: 冬瓜 /
    500克 / 大蒜 / 3瓣 …); 0 when they make none. The rows are counted up to the first that breaks
    the pairs (the heading 用料 over the table, a field row 口味：咸鲜).

    >>> cells = ["用料", "冬瓜", "500克", "大蒜", "3瓣", "生抽", "2汤匙", "白糖", "少许", "1. 冬瓜切块。"]
    >>> _quantity_rows(cells, [8, 7, 6, 5, 4, 3, 2, 1, 0], -1, DEFAULT_PARAMS)
    8
    >>> _quantity_rows(["热门文章", "某县召开全县教育工作会议部署新学期工作", "1.2万"] * 3, [1, 2, 4, 5, 7, 8], 1, DEFAULT_PARAMS)
    0
    """
    pairs = 0
    for y in range(0, len(rows) - 1, 2):
        item, amount = (rows[y], rows[y + 1]) if d > 0 else (rows[y + 1], rows[y])
        s = lines[item]
        if (len(s) > p.quantity_item_max_len or ":" in s or "：" in s or _QUANTITY.fullmatch(s)
                or lines[amount][:1] not in _QUANTITY_FIRST or _QUANTITY.fullmatch(lines[amount]) is None):
            break
        pairs += 1
    return 2 * pairs if pairs >= p.quantity_table_min_pairs else 0


#: A row's number alone on its line (a table's cells right before the region end in a row: 4 / 讲授).
_ROW_NUMBER = re.compile(r"[0-9]{1,3}")
#: A word of a table's header row: Han characters, maybe joined by a dash or a slash (校区—馆藏地).
_HEADER_WORD = re.compile(r"[\u4e00-\u9fff]+(?:[—/-][\u4e00-\u9fff]+)*")
#: The words of a list of articles' header (文章标题 发布日期 点击量): its rows are links to other
#: pages, a related or ranked list, not a table of the page's records.
_LISTING_HEADER = re.compile(r"标题|题目|文章|新闻|点击|浏览|阅读|发布")


def _spaced_rows(lines: list[str], rows: list[int], p: PageParams) -> int:
    """How many of the lines *rows* right after the article are a table read a row a line (0:
    none): a header row of ``table_min_columns`` to ``table_max_columns`` words apart, each of Han
    characters (:data:`_HEADER_WORD`; no digit, no markup), maybe under up to ``gap_max_lines``
    lines of no space (a caption, 馆藏信息; the record's last field over it), then
    ``spaced_table_min_rows`` rows or more of as many cells apart, each with a digit (call numbers,
    codes, dates). A menu's rows of words hold no digit; a list of links has no header of as many
    words over it, or one naming its rows as articles (:data:`_LISTING_HEADER`: 文章标题 发布日期 点击量).

    >>> lines = ["馆藏信息", "索书号 条码号 馆藏地 书刊状态", "K928.5/128 C2387541 社科书库 可借",
    ...          "K928.5/128 C2387542 流通书库 借出-应还日期:2026-12-20", "预约 委托 收藏 荐购"]
    >>> _spaced_rows(lines, list(range(5)), DEFAULT_PARAMS), _spaced_rows(lines, list(range(3)), DEFAULT_PARAMS)
    (4, 0)
    >>> hot = ["文章标题 发布日期 点击量", "全县经济工作会议召开 2026-02-20 1203", "城南农贸市场改造完成 2026-02-18 986"]
    >>> _spaced_rows(hot, list(range(3)), DEFAULT_PARAMS)
    0
    """
    head = next((y for y, i in enumerate(rows[: p.gap_max_lines + 1]) if " " in lines[i]), 0)
    if len(rows) < head + 1 + p.spaced_table_min_rows:
        return 0
    header = lines[rows[head]].split()
    cells = len(header)
    if not p.table_min_columns <= cells <= p.table_max_columns or not all(map(_HEADER_WORD.fullmatch, header)) \
            or _LISTING_HEADER.search(lines[rows[head]]):
        return 0
    n = head + 1
    while n < len(rows) and len(lines[rows[n]].split()) == cells and _DIGIT.search(lines[rows[n]]):
        n += 1
    return n if n - head - 1 >= p.spaced_table_min_rows else 0


def _header_cells(lines: list[str], kinds: list[Kind], nb: list[int], x: int, above: list[int], p: PageParams) -> int:
    """How many of the short lines *above* the region's first line (at position *x* of *nb*;
    nearest first) are the cells of a table's header crawled one a line (0: none): the region
    opens on (the rest of the header and) the table's rows, one cell a line, each opening with a
    key cell alike (:func:`_row_key`: 第1周, 第2周 … differing in their numbers only, as the
    header's cells have none; a weekday; a person's name), every *k* lines (*k* from
    ``table_min_columns`` to ``table_max_columns``, the fewest that does) over
    ``table_min_column`` rows or more; the *k* lines over the first key are the header, each short
    (``header_cell_max``) with no digit. The first key may stand right above the region (its
    first row's other cells the first lines the region holds): it is counted with the header.

    >>> lines = ["校历", "周次", "日期", "主要工作安排", "第1周", "8月31日—9月6日", "老生报到注册，9月1日正式上课",
    ...          "第2周", "9月7日—9月13日", "新生报到", "第3周", "9月14日—9月20日", "新生军训"]
    >>> kinds = ["short"] * 6 + ["prose"] + ["short"] * 6
    >>> _header_cells(lines, kinds, list(range(13)), 3, [2, 1, 0], DEFAULT_PARAMS)
    2
    >>> _header_cells(lines[:4] + ["第1周", "开学", "第2周", "上课"], kinds, list(range(8)), 3, [2, 1, 0], DEFAULT_PARAMS)
    0
    >>> menu = ["星期", "早餐", "午餐", "星期一", "粥、蛋", "面条、青菜", "星期二", "豆浆", "米饭、鱼", "星期三", "牛奶", "米饭、鸡"]
    >>> _header_cells(menu, ["short"] * 12, list(range(12)), 3, [2, 1, 0], DEFAULT_PARAMS)
    3
    >>> _header_cells(menu, ["short"] * 12, list(range(12)), 4, [3, 2, 1, 0], DEFAULT_PARAMS)
    4
    """
    reach = min(len(nb), x + p.table_max_columns + 1)
    start = x - 1 if above and above[0] == nb[x - 1] else x  # (the first row's key may stand right above)
    firsts = _row_key_firsts()  # (a key's first character tested before the key is read)
    r = next((y for y in range(start, reach) if lines[nb[y]][:1] in firsts and _row_key(lines[nb[y]]) is not None), None)
    key = _row_key(lines[nb[r]]) if r is not None else None
    if key is None:
        return 0
    for k in range(p.table_min_columns, min(p.table_max_columns, r - x + len(above)) + 1):
        keys = [r + j * k for j in range(p.table_min_column)]
        if keys[-1] >= len(nb) or any(_row_key(lines[nb[y]]) == key for y in range(r + 1, r + k)):
            continue
        if all(kinds[nb[y]] == "short" and _row_key(lines[nb[y]]) == key for y in keys):
            head = [nb[y] for y in range(r - k, min(r, x))]
            if head and all(len(lines[i]) <= p.header_cell_max and not _DIGIT.search(lines[i]) for i in head):
                return x - (r - k)  # (the header's cells above the region, and the first key if it is)
            return 0
    return 0


def _name_cell(s: str) -> bool:
    """Is the line *s* a person's name alone (:data:`_PERSON`, opening with a common surname,
    :func:`_surnames`), not a weekday's cell (周二全天: 周 is a surname too)?

    >>> _name_cell("黄某明"), _name_cell("周二全天"), _name_cell("主任医师"), _name_cell("门诊楼三楼A区")
    (True, False, False, False)
    """
    return s[:1] in _surnames() and _PERSON.fullmatch(s) is not None and _WEEKDAY.match(s) is None


@lazy
def _row_key_firsts() -> frozenset[str]:
    """What a key cell (:func:`_row_key`) may start with: a digit or 第, a weekday's first character, a
    surname."""
    return _KEY_FIRST | _WEEKDAY_FIRST | _surnames()


def _row_key(s: str) -> str | None:
    """The shape of *s* as the key cell opening a table's row (None: no key): a number and a few
    Han characters, its number read 0 (:func:`_key_shape`: 第12周 reads 第0周), a day and its time
    of day (日期: :data:`_DAY_TIME_KEY`, 9月15日 19:30, a programme's rows), a weekday (星期), or a
    person's name (姓名: :func:`_name_cell`).

    >>> _row_key("第12周"), _row_key("9月15日 19:30"), _row_key("星期三"), _row_key("黄某明"), _row_key("主任医师")
    ('第0周', '日期', '星期', '姓名', None)
    """
    if s[:1] in _KEY_FIRST:
        return _key_shape(s) or ("日期" if _DAY_TIME_KEY.fullmatch(s) else None)
    if s[:1] in _WEEKDAY_FIRST and _WEEKDAY.fullmatch(s):
        return "星期"
    return "姓名" if _name_cell(s) else None


def _keyed(lines: list[str], rows: list[int]) -> list[bool]:
    """Which of the lines *rows* are key cells of a table's rows alike (:data:`_ROW_KEY`), as the
    first of them is but for their number (第3周, 第4周; not 2025级 under 第3周).

    >>> _keyed(["第3周", "9月14日—9月20日", "新生军训", "第4周", "2025级", "第12周"], list(range(6)))
    [True, False, False, True, False, True]
    """
    key, out = None, []
    for i in rows:
        shape = _key_shape(lines[i])
        if shape is not None and key is None:
            key = shape
        out.append(shape is not None and shape == key)
    return out


#: A row's key cell: one number and a few Han characters about it (第1周, 2024级, 3月, 5号楼), no
#: second number (a date: 9月14日, 2026-11-20), and what it starts with.
_ROW_KEY = re.compile(r"第?\d{1,4}[\u4e00-\u9fff]{1,3}")
_KEY_FIRST = frozenset("第0123456789")
#: A row's key cell naming a day and its time of day (9月15日 19:30, 9月15日（周三）14:00): a programme's
#: or a schedule's rows, each opening with when it is.
_DAY_TIME_KEY = re.compile(r"\d{1,2}月\d{1,2}日\s*(?:[(（](?:星期|周)[一二三四五六日天][)）])?\s*\d{1,2}:\d{2}")
#: A run of digits (a row key's number: 第12周 reads 第0周).
_DIGITS = re.compile(r"\d+")


def _key_shape(s: str) -> str | None:
    """The shape of *s* as a row's key cell (:data:`_ROW_KEY`), its number read 0; None when *s*
    is no key.

    >>> _key_shape("第12周"), _key_shape("9月14日"), _key_shape("新生军训")
    ('第0周', None, None)
    """
    return _DIGITS.sub("0", s) if s[:1] in _KEY_FIRST and _ROW_KEY.fullmatch(s) is not None else None


#: A table's header cell over its rows' numbers (序号 1, 2 …).
_ROW_NUMBER_HEADS = frozenset({"序号", "编号", "序 号"})


def _numbered_rows(lines: list[str], rows: list[int], p: PageParams) -> int:
    """The lines a table takes from the first of *rows* (short lines, in the order read; 0: no
    such table) whose header opens with 序号 (:data:`_ROW_NUMBER_HEADS`, up to ``caption_reach``
    lines down: a caption, a heading above it) over its rows, one cell a line, each opening with
    its number: 1 as many lines under 序号 as the header has cells (``table_min_columns`` to
    ``table_max_columns``), 2 as many under that, ``numbered_table_min_rows`` rows or more, each
    whole. (The header is looked for first: the rows' cells are listed for a table that has one.)

    >>> cells = ["第一条 合同标的", "序号", "名称", "数量", "1", "护眼灯", "6480盏", "2", "黑板灯", "1080盏", "合计"]
    >>> _numbered_rows(cells, list(range(len(cells))), DEFAULT_PARAMS)
    10
    >>> _numbered_rows(cells, list(range(1, 7)), DEFAULT_PARAMS)
    0
    """
    h = next((x for x, i in enumerate(rows[: p.caption_reach]) if lines[i] in _ROW_NUMBER_HEADS), None)
    if h is None:
        return 0
    cells = [lines[i] for i in rows]
    if "1" not in cells[h + 1:]:
        return 0
    k = cells.index("1", h + 1) - h
    if not p.table_min_columns <= k <= p.table_max_columns:
        return 0
    n = 1
    while h + (n + 1) * k < len(cells) and cells[h + n * k + k] == str(n + 1):
        n += 1
    end = h + (n + 1) * k  # (the last row's cells up to it)
    return end if n >= p.numbered_table_min_rows and end <= len(cells) else 0


def _counted_rows(
    lines: list[str], kinds: list[Kind], nb: list[int], x: int, d: int, heads: set[int], p: PageParams
) -> int | None:
    """The far end of a table right after (*d* 1) or right before (*d* -1) position *x* of *nb* (None:
    none; a table may open the page's first line) crawled one cell a line, whose rows open with their numbers counting up (1, 2, 3 … : a
    周次, a 序号 under another name) under a header of words (:func:`_counted_span`), its cells
    of any length (a row's long 授课内容 too), up to the next line a rule dropped or a headline
    (``counted_table_max_cells`` lines at most): after the region, its last row's last cell;
    before it, its header's first cell, its rows reaching the region (and maybe going on in it:
    a table right under the headline's metadata, no paragraph over it, whose first long cell
    opens the region; its rows there are counted too).

    >>> cells = ["周次", "日期", "内容", "学时", "1", "9.7", "电路的基本概念与基本定律，电路模型", "4",
    ...          "2", "9.14", "欧姆定律", "4", "3", "9.21", "基尔霍夫定律", "2"]
    >>> page = ["学期"] + cells + ["注：本表一式三份。"]
    >>> kinds = ["prose"] + ["short"] * len(cells) + ["prose"]
    >>> _counted_rows(page, kinds, list(range(len(page))), 0, 1, set(), DEFAULT_PARAMS)
    16
    >>> _counted_rows(page, kinds, list(range(len(page))), 17, -1, set(), DEFAULT_PARAMS)
    1
    >>> menu = ["正文", "首页", "新闻", "通知", "1", "甲文章标题", "2", "乙文章标题", "3", "丙文章标题"]
    >>> _counted_rows(menu, ["prose"] + ["short"] * 9, list(range(10)), 0, 1, set(), DEFAULT_PARAMS) is None
    True
    >>> page = ["发布时间：2026-12-01", "序号", "姓名", "单位", "1", "王某", "某某街道社区服务站", "2", "李某",
    ...         "某某区图书馆", "3", "赵某", "某某区人民医院", "公示期五天。"]
    >>> kinds = ["chrome"] + ["short"] * 12 + ["prose"]
    >>> _counted_rows(page, kinds, list(range(len(page))), 6, -1, set(), DEFAULT_PARAMS)
    1
    """
    cells: list[int] = []
    reach = nb[x + 1: x + 1 + p.counted_table_max_cells] if d > 0 else nb[max(x - p.counted_table_max_cells, 0): x][::-1]
    for i in reach:
        if kinds[i] == "chrome" or i in heads:
            break
        cells.append(i)
    above = len(cells)  # (the first row's number is among them)
    if d < 0:
        cells.reverse()
        if any(lines[i] == "1" for i in cells):  # (its rows may go on in the region: read as many as
            # count its fewest rows, however wide)
            for i in nb[x: x + p.counted_table_min_rows * p.table_max_columns]:
                if kinds[i] == "chrome" or i in heads:
                    break
                cells.append(i)
    texts, own = [lines[i] for i in cells], [kinds[i] for i in cells]
    ones = [y for y, s in enumerate(texts[:above]) if s == "1"]
    for first in ones[:1] if d > 0 else ones[::-1]:  # (before the region: the nearest table first)
        if d > 0 and first >= p.caption_reach + p.table_max_columns:
            break
        span = _counted_span(texts, own, first, p)
        if span is not None:  # (the nearest table only: each number read once, linear)
            if any(_HITS_CELL.fullmatch(c) for c in texts[span[0]: first]):
                return None  # (a header naming each row's hits: the site's ranked list of its articles)
            return cells[span[1]] if d > 0 else cells[span[0]] if span[1] >= above - 1 else None
    return None


#: A table's header cell naming its rows' hits (点击, 浏览量, 阅读数): a ranked list of the site's
#: articles (热门排行), no table of the text's.
_HITS_CELL = re.compile(r"(?:点击|浏览|阅读|访问)(?:量|数|次数)?|热度")


def _counted_span(cells: list[str], kinds: list[Kind], first: int, p: PageParams) -> tuple[int, int] | None:
    """The first and last of *cells* (a table's, one a line, in line order) that a table takes
    whose first row's number 1 is cell *first* (None: no such table): a header of
    ``table_min_columns`` to ``table_max_columns`` short cells with no digit right above it (周次
    日期 授课内容 学时), then rows opening with 2, 3 … , ``table_min_columns`` cells or more from one
    number to the next (a ranked list's numbers stand every two lines) and no more than the
    header's (a row's empty cells leave no line): ``counted_table_min_rows`` rows or more. The last
    row ends as the longest row does."""
    k = 0  # (the header: the cells with no digit right above the first number)
    while k < min(first, p.table_max_columns) and kinds[first - k - 1] == "short" and not _DIGIT.search(
        cells[first - k - 1]
    ):
        k += 1
    if k < p.table_min_columns:
        return None
    at, n, widest = first, 1, 0
    while True:
        window = range(min(at + k, len(cells) - 1), at + p.table_min_columns - 1, -1)
        nxt = next((y for y in window if cells[y] == str(n + 1)), None)  # (the farthest)
        if nxt is None:
            break
        widest, at, n = max(widest, nxt - at), nxt, n + 1
    if n < p.counted_table_min_rows:
        return None
    return first - k, min(at + widest - 1, len(cells) - 1)


def _captioned(lines: list[str], kinds: list[Kind], nb: list[int], x: int, p: PageParams) -> bool:
    """Whether a table's caption (表3 …, 表 2-1 …: :data:`_TABLE_CAPTION`) stands at position *x*
    of *nb* or up to ``caption_reach`` short lines above it (its header's cells between).

    >>> lines = ["表3 毕业率", "类别", "毕业率（%）"]
    >>> _captioned(lines, ["short"] * 3, [0, 1, 2], 2, DEFAULT_PARAMS)
    True
    """
    for y in range(x, max(x - p.caption_reach - 1, -1), -1):
        i = nb[y]
        if kinds[i] not in ("short", "near"):
            return False
        if lines[i][:1] in "表续" and _TABLE_CAPTION.match(lines[i]):
            return True
    return False


#: A table's caption: 表 and its number (表3, 表 2-1, 表4.2) before its title, or 续表.
_TABLE_CAPTION = re.compile(r"表\s?\d{1,2}(?:[-—–.．]\d{1,2})?(?:\s|$)|续表")


def _row_values(rows: list[str], values: int, cells: int) -> tuple[int, int]:
    """*values* and *cells* counted again with the lines *rows* read as a table's rows, a row a
    line, its cells between bars or apart by blanks (an extractor's text of a table: trafilatura's
    ``甲县 | 18.4 | +7.2% |``, Markdown without its delimiter row, Readability's ``甲县 18.4 +7.2%``):
    a row of two cells or more with a value among them (:data:`_VALUE_CELL`) counts its cells
    and its value cells, not itself.

    >>> _row_values(["| 甲县 | 18.4 | +7.2% |", "乙市 22.9 +5.1%", "首页 | 新闻", "记者 某某 摄"], 0, 4)
    (4, 8)
    """
    for row in rows:
        parts = row.strip().strip("|").split("|") if "|" in row else row.split()
        found = _values(map(str.strip, parts))
        if found and len(parts) > 1:
            values += found
            cells += len(parts) - 1
    return values, cells


#: What a number in a cell starts with.
_NUMBER_FIRST = frozenset("0123456789-+−")
#: A weekday alone in a table's cell (星期一, 周三, 礼拜天): a schedule's rows open with them, one a
#: row, as a numbered table's with its 序号; and what it starts with.
_WEEKDAY = re.compile(r"(?:星期|周|礼拜)[一二三四五六日天]")
_WEEKDAY_FIRST = frozenset("星周礼")
#: A number alone in a table's cell (12, 1,208, 6.5, 30%), or a range of two small ones (a
#: forecast's temperatures, 5~11, -1~6, 2-8: a hyphen between numbers of three digits at most,
#: not a date's or a telephone number's).
_NUMBER = re.compile(
    r"[-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*%?"
    r"|[-+−]?\d{1,3}(?:\.\d+)?\s*(?:[~～]\s*[-+−]?|-)\d{1,3}(?:\.\d+)?"
)


def _outline(
    lines: list[str], kinds: list[Kind], weights: list[int], nb: list[int], region: tuple[int, int],
    rows: list[int], p: PageParams,
) -> tuple[int, int]:
    """The region widened to the document's outline: when the region holds heading 五、 and
    四、 三、 二、 一、 stand before it in that order (tables of short cells between them, which
    the region did not reach), the document starts at 一、; after it likewise (up to the next
    line a line rule dropped). Never across a line that ends an article. *rows*: the lines that may be headings
    (:func:`_structure_rows`). With no heading of the outline outside the region, the outline
    that goes on after it (:func:`_outline_after`: the last section's short points under a
    heading that ends the region, 三、时间安排 over 2026年12月底前)."""
    first, last = region
    # (a row opens with the character a heading starts with: 一、 with its numeral)
    heads = [(i, _cn_int(m.group(1))) for i in rows if lines[i][:1] in _NUMERALS and (m := _HEADING.match(lines[i]))]
    inside = [n for i, n in heads if first <= i <= last]
    heads = [(i, n) for i, n in heads if not first <= i <= last]
    if not inside or not heads:  # (most pages: nothing of an outline outside the region)
        return _outline_after(lines, kinds, weights, nb, region, p)
    stops = (np.array(weights, np.int64) == _STOP).nonzero()[0].tolist()

    def crossed(a: int, b: int) -> bool:  # a line that ends an article among lines a to b-1
        return bisect_left(stops, a) < bisect_left(stops, b)

    want = inside[0] - 1
    for i, n in reversed([h for h in heads if h[0] < first]):
        if n != want or crossed(i, first):
            break
        first, want = i, want - 1
    want, end = inside[-1] + 1, last
    for i, n in [h for h in heads if h[0] > last]:
        if n != want or crossed(last, i):
            break
        end, want = i, want + 1
    if end > last:
        last = next((j - 1 for j in range(end + 1, len(kinds)) if kinds[j] == "chrome"), len(kinds) - 1)
        while last > end and kinds[last] == "blank":
            last -= 1
    return first, last


#: An enumerated heading's marker and numeral: 一、 （一） 1. 1、 （1）, a number alone on its line
#: (a 图解's 01), or the step of a procedure (第一步, 第2步: a 办事流程's steps, each over its short
#: lines); the group that matches tells the style.
_ENUM = re.compile(
    r"\s*(?:([一二三四五六七八九十]{1,3})、|[（(]([一二三四五六七八九十]{1,3})[）)]|(\d{1,2})[.．、](?!\d)"
    r"|[（(](\d{1,2})[）)]|0?(\d)\s*$|第([一二三四五六七八九十]{1,3})步|第(\d{1,2})步)"
)


#: The style of a number alone on its line (its heading's words on the next).
_BARE = 5
#: The styles whose numerals are Han: 一、 （一） 第一步.
_CN_STYLES = (1, 2, 6)
#: The styles of a procedure's steps (第一步, 第1步): their outline goes on from two steps or more the
#: region holds only (steps first met after the article, or one the region grew over, are as often a
#: sign-up widget's: 第一步 填写手机号).
_STEP_STYLES = (6, 7)


def _enum(s: str) -> tuple[int, int] | None:
    """(style, numeral) of an enumerated heading (:data:`_ENUM`), or None."""
    m = _ENUM.match(s)
    if m is None or m.lastindex is None:
        return None
    g = m.group(m.lastindex)
    return m.lastindex, (_cn_int(g) if m.lastindex in _CN_STYLES else int(g))


def _outline_after(
    lines: list[str], kinds: list[Kind], weights: list[int], nb: list[int], region: tuple[int, int],
    p: PageParams,
) -> tuple[int, int]:
    """The region widened to an outline that goes on after it (a 图解's points under its
    introduction, short lines under each heading): the last heading (一、 （一） 1. 01 or 第一步) among
    the region's last ``outline_reach`` lines with those of its sequence before it, or else a first
    one (not a step: steps go on from two the region holds) within as many non-blank lines after the
    region, none of them dropped by a rule; then
    the next ones of the same style, each heading over a line or more (two for a number alone).
    The region goes on to the sequence's last heading and the text after it up to the next
    dropped line (short lines right before that line are the page's, save as many as the
    longest section before held). Steps that widen nothing are read past: the outline is then
    read without them (a paragraph of the introduction that opens 第一步，… is no step heading of
    the 图解's 一、 二、 under it)."""
    widened, style = _outline_widened(lines, kinds, weights, nb, region, p, True)
    if widened == region and style in _STEP_STYLES:
        widened = _outline_widened(lines, kinds, weights, nb, region, p, False)[0]
    return widened


def _outline_widened(
    lines: list[str], kinds: list[Kind], weights: list[int], nb: list[int], region: tuple[int, int],
    p: PageParams, steps: bool,
) -> tuple[tuple[int, int], int]:
    """:func:`_outline_after`'s reading, with the style of the outline it went along (0: none);
    the region's steps (第一步) are headings only with *steps*."""
    x0 = bisect_right(nb, region[1])
    start, style, want = -1, 0, 0
    for x in range(x0 - 1, max(bisect_left(nb, region[0]), x0 - 1 - p.outline_reach), -1):
        if (e := _enum(lines[nb[x]])) is not None and (steps or e[0] not in _STEP_STYLES):
            start, (style, want) = x, e  # (the region grew over the first ones)
            break
    for x in range(x0, min(x0 + p.outline_reach + 1, len(nb)) if start < 0 else x0):
        if kinds[nb[x]] == "chrome":
            return region, 0
        if (e := _enum(lines[nb[x]])) is not None and e[1] == 1 and e[0] not in _STEP_STYLES:
            start, (style, want) = x, e
            break
    if start < 0:
        return region, 0
    heads, back = [start], want - 1
    for x in range(start - 1, bisect_left(nb, region[0]) - 1, -1):  # (the sections the region holds)
        if back < 1:
            break
        if (e := _enum(lines[nb[x]])) is not None and e[0] == style:
            if e[1] != back:
                break
            heads.append(x)
            back -= 1
    heads.reverse()
    if style in _STEP_STYLES and len(heads) < 2:
        return region, style  # (a procedure's outline: two steps or more in the article's run)
    want += 1
    for x in range(start + 1, len(nb)):
        i = nb[x]
        if weights[i] == _STOP:
            break
        if kinds[i] != "chrome" and (e := _enum(lines[i])) is not None and e[0] == style:
            if e[1] != want:
                break
            heads.append(x)
            want += 1
    sizes = [b - a for a, b in pairwise(heads)]
    if not sizes or min(sizes) < (3 if style == _BARE else 2):
        return region, style  # (a pager's numbers stand one a line; a ranked list's a number and a link)
    end = heads[-1]
    # (up to the page's chrome, or its download box: 附件下载： over a file's name)
    stop = next((y for y in range(end + 1, len(nb)) if kinds[nb[y]] == "chrome" or _download_box(lines, nb, y)), len(nb))
    y = stop - 1
    while y > end and kinds[nb[y]] not in ("prose", "near"):
        y -= 1
    if y == end:
        y = min(stop - 1, end + max(sizes) - 1)
    return (region[0], max(nb[y], region[1])), style


#: Longest title lead (characters) a menu item may equal (新闻_某县人民政府 over a menu with 新闻 in
#: it): such a lead is the headline only with prose under it (:func:`_prose_under`) or right under
#: a breadcrumb that ends with it (:func:`_under_crumb`).
_MENU_WORD_LEAD = 2
#: A breadcrumb's last segment, after its separator (当前位置：首页 > 校园文化 > 校歌).
_CRUMB_LAST = re.compile(r"(?:>|»|›|→|/)\s*([^\s>»›→/]+)\s*$")


def _under_crumb(lines: list[str], kinds: list[Kind], i: int, lead: str | None = None) -> bool:
    """Whether the non-blank line right above line *i* is chrome, a breadcrumb whose last segment is
    *lead* (normalised; any, when None): the page's own name under the path to it (校歌 under 首页 >
    校园文化 > 校歌, its lines in short lines under it: the lyrics), where the side menu's copy of it
    has none.

    >>> _under_crumb(["校歌", "首页 > 校园文化 > 校歌", "校歌", "歌词"], ["short", "chrome", "short", "short"], 2, "校歌")
    True
    >>> _under_crumb(["首页 > 校园文化", "校歌", "校训"], ["chrome", "short", "short"], 1, "校歌")
    False
    >>> _under_crumb(["首页 > 找工作 > 职位详情", "仓储管理员"], ["chrome", "short"], 1)
    True
    """
    j = i - 1
    while j >= 0 and kinds[j] == "blank":
        j -= 1
    if j < 0 or kinds[j] != "chrome":
        return False
    m = _CRUMB_LAST.search(lines[j])
    return m is not None and (lead is None or _NORM.sub("", m.group(1)) == lead)


def _prose_under(kinds: list[Kind], i: int) -> bool:
    """Whether one of the two non-blank lines under line *i* is prose (a bio's name over the office
    and the résumé; a menu item has more menu items under it)."""
    seen = 0
    for k in kinds[i + 1:]:
        if k == "blank":
            continue
        if k == "prose":
            return True
        seen += 1
        if seen == 2:
            return False
    return False


def _headlines(
    lines: list[str], kinds: list[Kind], own: np.ndarray, f: _Facts, t: int, p: PageParams
) -> set[int]:
    """Lines whose text, alone or joined with the next few, is part of the title line *t* (the
    page title) and covers ``headline_min_share`` of it, or of its first segment when it opens
    that and is no other segment (the headline without the channel's word the title adds:
    某某专题访谈_在线访谈_某市人民政府门户网站 over 某某专题, a long site name after it; not a
    name inside it: 关于印发某某方案的通知 over the attached 某某方案's own title in the text). *own*: a
    mask of the lines the rules kept, not blank."""
    # (the title's segments, normalised: a separator is punctuation or spaces, which the
    # normalising removes, so that they join to the title normalised)
    segments = [_NORM.sub("", x) for x in _TITLE_SEP.split(_file_stem(lines[t]))] if lines else [""]
    title = "".join(segments)
    if len(title) < p.headline_min_chars:
        return set()
    rows, norms = _headline_rows(lines, own, f, t, title)
    out: set[int] = set()
    short = _ShortFirst(lines, kinds, norms, t, segments, p)
    for i in rows:
        out |= _headline_from(lines, kinds, norms, i, segments, short, p)
    site = _site_name(segments, norms, out)
    first, *rest = segments
    if not out or site:  # the title's first segment alone (a poem's short title) or before a date
        leads = _lead_copies(lines, kinds, rows, norms, segments, p) if len(first) >= p.headline_min_lead and first != title else set()
        if not site or (leads and (min(leads) > min(site) or (
                max(leads) < min(site) and all(_under_crumb(lines, kinds, i) for i in leads)))):
            out = leads  # (the site's name on top, its headline under the menu: the lead's copy, the
            # name's copies under it the text's signature, the body that issues it;
            # or the lead's copy right under the breadcrumb, the other segment's copy far under it:
            # no site's name on top, but a name the page shows further down, a job posting's
            # company card under the posting's title; a channel's name in the menu, over the
            # breadcrumb, is no headline there)
    if len(out) > 1 and (names := {i for i in out if norms[i] in rest}) and any(first in norms[h] for h in out - names):
        out -= names  # (a copy of another segment, the site's name on top, beside the headline's copy of the first)
    out = _partial_copies(out, norms, first, t if title == first else None) if out else out
    if out and (any(norms[h] == title for h in out) or "".join(norms[h] for h in sorted(out)) == title):
        out.add(t)  # (the title is the headline, on one line or on its lines joined)
    return out


def _headline_rows(lines: list[str], own: np.ndarray, f: _Facts, t: int, title: str) -> tuple[list[int], _Norms]:
    """The lines a headline in the title line *t* (normalised: *title*) may start at, in order: lines the rules
    kept (*own*) that start with two characters of the title; and the lines' normalising (:class:`_Norms`)."""
    longest = 2 * len(lines[t]) + 8
    # a line can be part of the title only if one of its first characters is in it (one test
    # of the whole page before normalising the lines that pass it)
    near = f.starting_with(codepoints(title), 3)
    passing = (near & own & (f.lens <= longest)).nonzero()[0].tolist()
    norms = _Norms(lines, passing)
    # a headline's first line starts with two characters of the title (so does a line equal to
    # the title's lead, a prefix of it); a line that starts with two letters or digits starts
    # so normalised too, and only other lines need normalising to tell
    rows = []
    within = title.__contains__ if len(title) <= _TITLE_SEARCH_MAX else _Within(title)
    for i in passing[1:] if passing[:1] == [t] else passing:
        head = lines[i][:2]
        if within(head) if head.isalnum() else norms[i] != "" and within(norms[i][:2]):
            rows.append(i)
    return rows, norms


def _headline_from(
    lines: list[str], kinds: list[Kind], norms: _Norms, i: int, segments: list[str], short: _ShortFirst,
    p: PageParams,
) -> set[int]:
    """The lines of a headline starting at line *i* (:func:`_headlines`; *segments*: the title's, normalised), on
    one line or broken onto up to ``headline_max_lines``: a copy of the title covering ``headline_min_share`` of
    it, or of its first segment opening it and no other segment; after a first line shorter than a headline, a
    copy of most of that segment (*short*: :class:`_ShortFirst`). None when no such copy starts there."""
    title, (first, *rest) = "".join(segments), segments
    is_short = len(norms[i]) < p.headline_min_chars
    if norms[i] not in (first if is_short else title) or (is_short and not short.opens(i)):
        return set()  # (its first part is none of the title's: no headline starts at line i)
    need, need_first = p.headline_min_share * len(title), p.headline_min_share * len(first)
    parts, size = [], 0  # the lines a headline from line i may be broken into, their characters
    for j in range(i, min(i + p.headline_max_lines, len(lines))):
        if kinds[j] == "blank":
            continue
        if kinds[j] == "chrome" or not norms[j]:
            break
        parts.append(j)
        size += len(norms[j])
    if size < min(need, need_first):
        return set()  # (too short to cover the title or its first segment: no search of them)
    # (too short to cover the title: a headline in the first segment only, searched there,
    # as a line not in it cannot go on to be one; the title, however long, is not searched)
    searched = title if size >= need and not is_short else first
    out: set[int] = set()
    joined = ""
    for j in parts:
        joined += norms[j]
        if joined not in searched or (len(joined) < p.headline_min_chars and j != i):
            break
        if len(joined) < p.headline_min_chars:
            continue  # (the short first line: the lines under it go on with the copy)
        if is_short and not short.covers(joined):
            continue  # (a short line and the lines under it: most of the first segment, from one end)
        if len(joined) >= need or (
            len(joined) >= need_first and first.startswith(joined) and joined not in rest
        ):  # (a copy of another segment, the site's name that opens the headline, is none)
            out.update(x for x in range(i, j + 1) if kinds[x] != "blank")
    return out


#: Lone words right above a short first line (each a menu's item, :data:`_MENU_WORD`, a word a line) that make it
#: the last item of a menu crawled a word a line (首页 / 政务公开 / 政策文件 / 政策解读 over the headline): chrome.
_KICKER_MENU_RUN = 2
#: A channel's tag opening a page title, in brackets (【政策解读】某某措施, folded [政策解读]某某措施): its word over
#: the headline is the channel's. (A word set apart by a blank, 政策解读 某某措施, may be the headline's own first
#: line, 一图读懂 某某措施: a channel's only as a menu's item, :meth:`_ShortFirst.menu_item`.)
_TITLE_TAG = re.compile(r"\s*(?:\[([^\[\]]{1,12})\]|【([^【】]{1,12})】)")


@dataclass
class _ShortFirst:
    """Where a headline broken onto lines may open with a first line shorter than a headline (a 政策图解's 一图读懂
    over 《某某措施》; :func:`_headline_from`): the page's *lines*, their *kinds* and *norms*, the title line *t* and
    its normalised *segments*."""

    lines: list[str]
    kinds: list[Kind]
    norms: _Norms
    t: int
    segments: list[str]
    p: PageParams

    def opens(self, i: int) -> bool:
        """May the short line *i* open a headline: ``headline_min_first`` characters or more, above the article's
        first prose line (:attr:`prose`: two short subheadings inside the body are none), and neither the title's
        channel tag (:data:`_TITLE_TAG`) nor a menu's item (:meth:`menu_item`)?"""
        s = self.norms[i]
        return len(s) >= self.p.headline_min_first and i < self.prose and s != self.tag and not self.menu_item(i)

    def covers(self, joined: str) -> bool:
        """Do the short first line and the lines under it (*joined*) copy the title's first segment whole, or
        ``headline_short_min_share`` of it from its start or to its end (a channel's 【图解】 before it)?"""
        first = self.segments[0]
        return len(joined) >= self.p.headline_short_min_share * len(first) and (
            first.startswith(joined) or first.endswith(joined))

    @functools.cached_property
    def prose(self) -> int:
        """The article's first prose line under the title (a prose line copying the title's text is its
        headline's, not the article's), or the number of lines."""
        title, k = "".join(self.segments), self.t
        while (k := _index(self.kinds, "prose", k + 1)) >= 0:
            if _NORM.sub("", self.lines[k]) not in title:
                return k
        return len(self.lines)

    @functools.cached_property
    def tag(self) -> str:
        """The title's channel tag (:data:`_TITLE_TAG`), normalised, or ""."""
        m = _TITLE_TAG.match(self.lines[self.t])
        return _NORM.sub("", next(filter(None, m.groups()))) if m else ""

    def menu_item(self, i: int) -> bool:
        """Is line *i* a menu's item: the last of ``_KICKER_MENU_RUN`` or more lone words a line right above it,
        or an item of a line of chrome above it (:data:`_MENU_SEP` apart: the nav bar, the breadcrumb)?"""
        run, lines, kinds = 0, self.lines, self.kinds
        for j in range(i - 1, self.t, -1):
            if kinds[j] == "blank":
                continue
            s = lines[j].strip()
            if len(s) > self.p.menu_word_max or not _MENU_WORD.fullmatch(s):
                break
            run += 1
            if run >= _KICKER_MENU_RUN:
                return True
        return self.items.get(self.norms[i], i) < i

    @functools.cached_property
    def items(self) -> dict[str, int]:
        """The items of the lines of chrome between the title and the article's first prose line, normalised as the
        short lines are (:data:`_NORM`), each at the first line showing it (read once for all the short lines): the
        pieces between blanks or marks (:data:`_MENU_SEP`: 首页 政务公开 政策解读) and between marks alone
        (:data:`_MENU_MARKS`: an item spaced out, 首页 > 政策 解读, or alone on its line)."""
        out: dict[str, int] = {}
        for j in range(self.t + 1, min(self.prose, len(self.lines))):
            if self.kinds[j] == "chrome":
                line = self.lines[j]
                for word in chain(_MENU_SEP.split(line), _MENU_MARKS.split(line)):
                    out.setdefault(_NORM.sub("", word), j)
        out.pop("", None)
        return out


def _index(seq: list[Kind], value: Kind, start: int) -> int:
    """Where *value* first stands in *seq* from *start* on, or -1."""
    try:
        return seq.index(value, start)
    except ValueError:
        return -1


def _lead_copies(
    lines: list[str], kinds: list[Kind], rows: list[int], norms: Mapping[int, str], segments: list[str], p: PageParams
) -> set[int]:
    """The lines of *rows* (normalised: *norms*) that are the title's first segment alone (a poem's
    short title; with a date after it, or the span of days the page covers: :data:`_SPAN_TAIL`),
    or, when some name the body before it (:func:`_named_lead`) and no copy of a short lead stands
    under a breadcrumb ending with it, those; none when more than
    ``headline_lead_max_copies`` are (a channel's name), and a lead of ``_MENU_WORD_LEAD``
    characters or fewer only with prose under it or right under a breadcrumb ending with it
    (:func:`_under_crumb`). *segments*: the title's, normalised.

    >>> norms = {5: "第八周食谱10月26日10月30日", 7: "第八周食谱11月20日", 9: "第八周食谱"}
    >>> sorted(_lead_copies([""] * 10, ["short"] * 10, [5, 7], norms, ["第八周食谱", "膳食营养"], DEFAULT_PARAMS))
    [5]
    """
    lead, *rest = segments
    leads = {
        i for i in rows
        if norms[i] == lead or (
            norms[i].startswith(lead) and (
                (len(lead) >= p.headline_min_chars and _DATE_TAIL.fullmatch(norms[i], len(lead)) is not None)
                or _SPAN_TAIL.fullmatch(norms[i], len(lead)) is not None
            )
        )
    }
    short = len(lead) <= _MENU_WORD_LEAD
    if short and any(_under_crumb(lines, kinds, i, lead) for i in leads):
        named: set[int] = set()  # (the page's name under the path to it is its headline)
    else:
        named = {i for i in rows if norms[i].endswith(lead) and _named_lead(norms[i], lead, rest)}
    if named and len(named) <= p.headline_lead_max_copies:
        leads = named  # (the headline names the body before the page's name, the title after it)
    if len(leads) > p.headline_lead_max_copies:
        return set()
    if short:
        leads = {i for i in leads if _prose_under(kinds, i) or _under_crumb(lines, kinds, i, lead)}
    if not any(_under_crumb(lines, kinds, i, lead) for i in leads):  # (else the copy over the path is the menu's: _menu_copies)
        leads = {i for i in leads if not _crumb_below(lines, kinds, i, lead, p)}
    if not leads and len(lead) >= _CUT_LEAD_MIN:
        # (the page's name right under the path to it, the title cutting its end: 预约须知 under
        # 首页 > 心理咨询 > 预约须知, titled 心理咨询预约 over the site's name)
        leads = {i for i in rows if norms[i].startswith(lead) and _under_crumb(lines, kinds, i)}
    return leads


#: Shortest title lead (characters) whose longer copy right under a breadcrumb is the headline
#: (:func:`_lead_copies`; a channel's word of two or three characters, 新闻, 公告, opens many lines).
_CUT_LEAD_MIN = 4


def _crumb_below(lines: list[str], kinds: list[Kind], i: int, lead: str, p: PageParams) -> bool:
    """Whether a breadcrumb whose last segment is *lead* (normalised) stands under line *i*, within
    ``anchor_max_lines`` lines: the page's path ends with the title's lead, so a copy of it over the
    path is the channel's item in the menu (献血点查询 among the menu's items over 当前位置：首页 >
    献血点查询), not the page's headline, which stands under it.

    >>> _crumb_below(["献血点查询", "新闻动态", "首页 > 献血点查询", "某市献血点一览"], ["short", "short", "chrome", "short"], 0, "献血点查询", DEFAULT_PARAMS)
    True
    >>> _crumb_below(["献血点查询", "新闻动态", "首页 > 新闻动态"], ["short", "short", "chrome"], 0, "献血点查询", DEFAULT_PARAMS)
    False
    """
    for j in range(i + 1, min(i + 1 + p.anchor_max_lines, len(lines))):
        if kinds[j] == "chrome" and (m := _CRUMB_LAST.search(lines[j])) is not None and _NORM.sub("", m.group(1)) == lead:
            return True
    return False


def _named_lead(s: str, lead: str, rest: list[str]) -> bool:
    """Is the line *s* (normalised) the title's first segment *lead* with the body's name before it,
    the start of one of the title's other segments *rest* (the page 领导分工-青石街道办事处-某区政府 headed
    青石街道领导分工 over its text, the lead alone an item of the sub-site's menu above)?

    >>> _named_lead("青石街道领导分工", "领导分工", ["青石街道办事处", "某区人民政府"]), _named_lead("领导分工", "领导分工", ["青石街道办事处"])
    (True, False)
    """
    body = s[: len(s) - len(lead)]
    return len(body) >= 2 and s.endswith(lead) and any(seg.startswith(body) for seg in rest)


def _partial_copies(out: set[int], norms: Mapping[int, str], first: str, bare: int | None = None) -> set[int]:
    """The headline lines *out* without a one-line copy of the start of the title's first segment
    *first* under a line that holds the whole of it (or under the title line *bare*, when it is
    the headline alone: drop_spam's output read again): the headline stands above, whole; the
    shorter line under it is a name it opens with (an institution's name under its annual report's
    headline: the report's 名称 field), not another copy. (A copy broken onto lines goes on to
    the next line, which is then a headline line too.)

    >>> sorted(_partial_copies({3, 9}, {3: "某中心2025年度报告书", 9: "某中心"}, "某中心2025年度报告书"))
    [3]
    >>> sorted(_partial_copies({3, 9, 10}, {3: "某中心2025年度报告书", 9: "某中心", 10: "2025年度报告书"}, "某中心2025年度报告书"))
    [3, 9, 10]
    """
    whole = min((h for h in out if first in norms[h]), default=bare)
    if whole is None:
        return out
    return {
        h for h in out
        if h <= whole or h + 1 in out or h + 2 in out or not (len(norms[h]) < len(first) and first.startswith(norms[h]))
    }


class _Within:
    """Is a string of one or two characters in *title*: a search of the title, or for a long
    one (a page whose first line is a whole text) a look-up among its characters and pairs of
    characters, made once (a search per line of the page would read the title as many times).

    >>> within = _Within("某市教育局" * 200)
    >>> within("教育"), within("育教"), within("局"), within("省")
    (True, False, True, False)
    """

    def __init__(self, title: str) -> None:
        self.title = title
        self.pairs: set[int] | None = None
        self.chars: set[str] = set()

    def __call__(self, s: str) -> bool:
        if len(self.title) <= _TITLE_SEARCH_MAX or not 0 < len(s) <= 2:
            return s in self.title
        if self.pairs is None:
            cps = codepoints(self.title).astype(np.int64)
            self.pairs = set(unique((cps[:-1] << 21) | cps[1:]).tolist())
            self.chars = set(self.title)
        if len(s) == 1:
            return s in self.chars
        return (ord(s[0]) << 21 | ord(s[1])) in self.pairs


#: Longest title (characters) searched for a pair of characters: past it, :class:`_Within` looks
#: its pairs up.
_TITLE_SEARCH_MAX = 512


def _site_name(segments: list[str], norms: _Norms, out: set[int]) -> set[int]:
    """The lines of *out* (headline lines matched in the page title, whose *segments* are given
    normalised) when the title has two segments or more and each line is one after its first:
    the site's name after the headline and the channel (投诉举报指南_互动交流_某市某局), standing on top
    of the page, or the channel's or the book's (第二节 河流水系 - 《某县志》 - 某方志馆: the book's
    name over its reader's contents); else nothing."""
    if len(segments) < 2 or not out:
        return set()
    after = segments[1:]
    return set(out) if all(norms[i] in after for i in out) else set()


class _Norms(dict[int, str]):
    """Line index -> the line without punctuation and spaces (:data:`_NORM` keeps what
    ``str.isalnum`` accepts, but ``_``), normalised on first use; "" for a line not in *rows*."""

    def __init__(self, lines: list[str], rows: list[int]) -> None:
        super().__init__()
        self.lines, self.rows = lines, set(rows)

    def __missing__(self, i: int) -> str:
        if i not in self.rows:
            norm = self[i] = ""
            return norm
        s = self.lines[i]
        norm = self[i] = s if s.isalnum() else _NORM.sub("", s)  # (a line of letters only: as it is)
        return norm


def _head_line(
    lines: list[str], kinds: list[Kind], han: list[int], items: set[int], nb: list[int], first: int,
    template: Mapping[int, int], t: int, p: PageParams,
) -> set[int]:
    """Without a title to match: the nearest line before the region with ``head_min_han`` Han
    characters and headline length, past chrome and at most ``head_reach`` shorter lines, with
    the lines of the same kind right before it (a headline broken into lines). Lines of the
    site's template are neither (a page's headline listed on the site's other pages is found
    through the title line), nor is a row of menu words (:func:`_menu_row`: 栏目甲 栏目乙 栏目丙 栏目丁
    over the breadcrumb), nor a line printed twice (:func:`_twice`), nor a row of the page's
    record (:func:`_record_fields`), nor is the title line *t*
    when it holds the headline and a site's name after a separator (the page title right above
    its headline: once drop_spam dropped the lines between them, the headline is matched in it
    and the title dropped). Nor is the date a site's header shows (:func:`_is_site_date`)."""
    passed = 0
    for i in range(first - 1, -1, -1):
        if kinds[i] in ("blank", "chrome"):
            continue
        if i in template:
            continue  # a line of the site's template is not this page's headline
        if _menu_row(lines[i], p) or _twice(lines, nb, i) or _record_fields(lines[i]) or _is_site_date(lines[i]):
            passed += 1  # (a name printed twice, over an avatar and beside a button, is no headline;
            # nor is the page's record under it: 征集单位：某局 反馈时间：2026-04-08; nor the site's date)
            continue
        if han[i] >= p.head_min_han and len(lines[i]) <= p.headline_max_len and i not in items:
            if not passed and first - i > 1:  # (chrome between it and the region: not its first line)
                i = _over_date(lines, kinds, han, items, nb, i, p)
            return _head_block(lines, kinds, han, items, template, i, t, p)
        passed += 1
        if passed >= p.head_reach:
            break
    return set()


#: A date in a line (2025年1月20日, 2025-01-20, 2025/1/20, 2025.01.20), anywhere in it.
_DATED = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")


def _over_date(
    lines: list[str], kinds: list[Kind], han: list[int], items: set[int], nb: list[int], i: int, p: PageParams
) -> int:
    """The headline line for a candidate *i* right under a line the rules dropped that holds a
    date (2025年1月20日 18:05, 发布时间：2025-01-20): a headline stands over its date, so a line
    of headline shape one or two lines over the date, with no dropped line between (under a
    byline: an account's name), is the headline, and *i* a subtitle under it; else *i*.

    >>> page = ["春节安全提示请查收", "某区发布", "2025年1月20日", "某区发布官方账号", "关注我们"]
    >>> kinds, han = ["short", "short", "chrome", "short", "chrome"], [9, 4, 0, 8, 0]
    >>> _over_date(page, kinds, han, set(), [0, 1, 2, 3, 4], 3, DEFAULT_PARAMS)
    0
    """
    x = bisect_left(nb, i)
    if x == 0 or kinds[nb[x - 1]] != "chrome" or not _DATED.search(lines[nb[x - 1]]):
        return i
    for j in nb[max(x - 3, 0): x - 1][::-1]:
        if kinds[j] == "chrome" or j in items:
            break
        if kinds[j] == "short" and han[j] >= p.head_min_han and len(lines[j]) <= p.headline_max_len:
            return j
    return i


def _head_block(
    lines: list[str], kinds: list[Kind], han: list[int], items: set[int], template: Mapping[int, int],
    i: int, t: int, p: PageParams,
) -> set[int]:
    """The headline found at line *i* (:func:`_head_line`), with the lines of the same kind
    right before it (a headline broken into lines)."""
    block = [i]
    for j in range(i - 1, -1, -1):
        if len(block) >= p.headline_max_lines or kinds[j] in ("chrome", "prose"):
            break
        if kinds[j] != "blank":
            if han[j] < p.head_min_han or j in items or j in template or lines[j].count(" ") >= p.menu_min_spaces:
                break  # (three words apart: a menu row, not a headline's first part)
            if j == t and _titles(lines[t], [lines[x] for x in reversed(block)]):
                break
            block.append(j)
    return set(block)


def _menu_row(s: str, p: PageParams) -> bool:
    """A row of menu words: ``menu_row_min_words`` or more words apart, of 2 to
    ``menu_word_max`` characters, half of them or more of 4 or more (a channel's name: 部门动态;
    a row of people's names has words of 2 or 3, a spaced label 召 集 人 words of 1), each of
    Han characters, letters and digits (:data:`_MENU_WORD`).

    >>> row = ("要闻 部门动态 乡镇动态 通知公告", "凝心聚力 攻坚克难 推动高质量发展", "王明 李华 张伟 赵敏")
    >>> [_menu_row(s, DEFAULT_PARAMS) for s in row]
    [True, False, False]
    """
    if s.count(" ") < p.menu_row_min_words - 1:
        return False
    words = s.split()
    sizes = [len(w) for w in words]
    return (
        len(sizes) >= p.menu_row_min_words and min(sizes) >= 2 and max(sizes) <= p.menu_word_max
        and 2 * sum(n >= 4 for n in sizes) >= len(sizes) and all(map(_MENU_WORD.fullmatch, words))
    )


def _table_head(lines: list[str], i: int, p: PageParams) -> bool:
    """Is the row of words *i* (:func:`_menu_row`) a table's header: the next line that is not
    blank has as many cells apart and is no row of menu words itself (its values: 城关中学 200人
    2月20日 0739-5123451)?

    >>> head = "学校名称 招生计划 报名时间 咨询电话"
    >>> _table_head([head, "", "城关中学 200人 2月20日 0739-5123451"], 0, DEFAULT_PARAMS)
    True
    >>> _table_head([head, "要闻动态 通知公告 政策文件 办事服务"], 0, DEFAULT_PARAMS)
    False
    """
    nxt = next((lines[k] for k in range(i + 1, len(lines)) if lines[k].strip()), "")  # (no copy)
    return len(nxt.split()) == len(lines[i].split()) and not _menu_row(nxt, p)


#: A menu's word: Han characters, letters and digits, a Han character among them (no mark:
#: <!-- INFO END --> is markup, 诉求类别：全部 a field).
_MENU_WORD = re.compile(r"[0-9A-Za-z]*[\u4e00-\u9fff][\u4e00-\u9fff0-9A-Za-z]*")


def _titles(title: str, head: list[str]) -> bool:
    """Is *title* a page title of the headline *head* (its lines): the headline and a site's
    name, a separator between (某县教育局关于做好开学工作的通知|某县教育信息网)?

    >>> _titles("某县教育局关于做好开学工作的通知|某县教育信息网", ["某县教育局关于", "做好开学工作的通知"])
    True
    >>> _titles("某县教育局关于做好开学工作的通知", ["做好开学工作的通知"])
    False
    """
    norm = _NORM.sub("", "".join(head))
    return bool(norm) and _TITLE_SEP.search(title) is not None and norm in _NORM.sub("", title)


def _chrome_runs(
    codes: np.ndarray, short: np.ndarray, chrome: np.ndarray, kept: np.ndarray, items: set[int],
    region: tuple[int, int], head: int, p: PageParams,
) -> list[tuple[int, list[int]]]:
    """The runs of short, list or chrome lines (``chrome_min_run`` or more; prose, the region and
    the article's head from line *head* on end a run; so do other protected lines, except short
    ones: a headline's copy in a metadata table), each as its length and its lines that are
    not chrome (what it drops). *short*, *chrome* and *kept*: masks of the short, the chrome
    and the protected lines."""
    first, last = region
    # passed over: blank lines, and kept short lines before the head or after the region
    passed = kept & short
    passed[head: last + 1] = False
    rows = ((codes != BLANK) > passed).nonzero()[0]  # (for truth values a > b is a and not b)
    member = short | chrome
    if items:
        member[list(items)] = True
    np.greater(member, kept, out=member)  # (not the protected lines)
    member[first: last + 1] = False
    edges = _edges(member[rows])
    if not edges:
        return []
    # (the rows that are not chrome, in order, and where each run's edges fall among them: a
    # run's own lines are a slice of that list)
    at = (codes.take(rows) != CHROME).nonzero()[0]
    own, cuts = rows.take(at).tolist(), at.searchsorted(edges).tolist()
    out = []
    for a, b, x, y in zip(edges[::2], edges[1::2], cuts[::2], cuts[1::2]):
        if b - a >= p.chrome_min_run and y - x >= p.chrome_min_own:
            out.append((b - a, own[x:y]))  # (what it drops)
    return out


def _protected(
    lines: list[str], kinds: list[Kind], han: list[int], nb: list[int], heads: set[int],
    region: tuple[int, int], end: int, structure: list[int], blocks: list[int], forms: list[int],
    t: int, p: PageParams, contents: bool = False,
) -> set[int]:
    """Headline, the lines between it and the region with enough Han characters, and
    document-structure headings before *end* (what ends the article: a site's reprint terms
    numbered 一、二、 are not the document's). *structure*: the lines that may be headings
    (:func:`_structure_rows`); *blocks* those that may be of a 公文's blocks (:func:`_block_rows`); *forms*
    the lines with blanks to fill in (:func:`_form_rows`); *t* the title line; *contents*: whether
    a line of the page opens as a first entry of a table of contents does (``1 ``)."""
    first, last = region
    keep = {h for h in heads if h <= last}  # a copy of the headline after the article is chrome
    before = [h for h in heads if t < h < first]  # (the page title heads no subtitle)
    if before:
        under = True  # the line right under the headline (a speaker's office and name)
        speaker = False  # (under a speaker's line right under the headline)
        row = False  # (under a contact field kept: a contact page's block, 邮编 and 传真 under 地址)
        contact = None  # (whether the title or the headline names contact: read at the first field kept)
        for i in range(max(before) + 1, first):
            if kinds[i] in ("short", "near") and (han[i] >= (p.under_head_min_han if under else p.head_min_han)
                                                  or ((under or speaker) and _speech_date(lines, nb, before, i, first, p))
                                                  or (row and _CONTACT_FIELD.fullmatch(lines[i]) is not None)) \
                    and not _menu_row(lines[i], p) and not _twice(lines, nb, i) and not _table_field(lines, kinds, nb, i) \
                    and not _COUNTER_ROW.fullmatch(lines[i]) and not _CODE_FIELDS.fullmatch(lines[i]) \
                    and not _record_fields(lines[i]) and not (under and _button_row(lines, nb, i)):
                keep.add(i)  # (the day a speech was given, in brackets right under its title, too;
                # not a row of tabs under it: 图片直播 文字实录 视频回放 …; not a name twice;
                # not a field of the page's metadata table; not a poster's counters: 主题 12 帖子 86 积分 341;
                # not a row of the page's record: 事项编码：330100012000 版本号：3, 征集单位：某局 反馈时间：2026-04-08;
                # not the first of a row of buttons one a line: 在线办理 / 预约办理)
            if kinds[i] != "blank":
                speaker = under and i in keep and _SPEAKER.fullmatch(lines[i]) is not None
                row = i in keep and _CONTACT_FIELD.fullmatch(lines[i]) is not None
                if row and contact is None:
                    contact = _CONTACT_PAGE.search(lines[t]) is not None or _CONTACT_PAGE.search(lines[max(before)]) is not None
                row = row and bool(contact)
            under = under and kinds[i] == "blank"
    # (outside the region only: nothing inside it is dropped, and no template line is a heading;
    # nor is a line of a contents menu over the headline: :func:`_contents_menu`)
    lo = _contents_menu(lines, before, structure)
    outside = structure[lo: bisect_left(structure, first)] + structure[bisect_right(structure, last): bisect_left(structure, end)]
    keep.update(i for i in outside if _structure(lines[i]))
    keep.update(_closing(lines, kinds, last, p))
    keep.update(_document_blocks(lines, kinds, han, nb, blocks, p, lines[t], max(before) if lo else -1))
    keep.update(_edge_lines(lines, kinds, han, nb, region, p))
    keep.update(_caption_after(lines, kinds, nb, last, p))
    keep.update(_field_tail(lines, kinds, nb, region, p))
    keep.update(_sign_off_rows(lines, kinds, nb, region[1], p))
    keep.update(_holder_tail(lines, kinds, nb, last))
    keep.update(_timeline_tail(lines, kinds, nb, region[1], p))
    keep.update(_form_lines(lines, nb, forms, end))
    keep.update(_first_section(lines, kinds, han, nb, region, p))
    keep.update(_schedule_head(lines, kinds, nb, region, p))
    keep.update(_last_section(lines, kinds, han, nb, region, end, p))
    if contents:
        keep.update(_contents_sections(lines, kinds, han, nb, region, end, p))
    keep.update(_exchange_tail(lines, kinds, han, nb, region, end, p))
    return keep


#: A date alone in brackets ((2026年6月20日), (2026年6月)): right under a speech's or a report's title (or
#: its speaker's line), the day it was given, printed with its title (a page's own date stands bare or
#: after its label: 2026-06-21).
_BRACKET_DATE = re.compile(r"[(（]\s*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*[)）]")
#: A title that names a speech or a report (在全市某某会议上的讲话, 政府工作报告, 开幕致辞).
_SPEECH_TITLE = re.compile(r"讲话|致辞|发言|报告|在[^\s，。]{1,40}?上的")
#: The salutation that opens a speech's text, its own line (同志们：, 老师们、同学们：, 尊敬的各位来宾：).
_SALUTATION = re.compile(r"[\u4e00-\u9fff、，, ]{0,30}?(?:们|各位[\u4e00-\u9fff]{1,6})\s?[:：]")
#: A speaker's line under a speech's title: an office (a few Han characters, 、 between two), a space and
#: a name (市长 张某某, 市委书记、市长 王某某).
_SPEAKER = re.compile(r"[\u4e00-\u9fff、]{2,20}[ \u3000]+[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}")


def _speech_date(lines: list[str], nb: list[int], before: list[int], i: int, first: int, p: PageParams) -> bool:
    """Whether line *i* (right under the headline, or under its speaker's line) is the bracketed date a
    speech or a report is printed with (:data:`_BRACKET_DATE`): its headline (a line of *before*) names a
    speech or a report (:data:`_SPEECH_TITLE`), or a salutation (:data:`_SALUTATION`) opens the text under
    it, within ``speech_date_reach`` non-blank lines up to the region's *first* line. A news report's
    date under its headline is the page's (全市召开某某会议 / （2026年6月21日） / its report).

    >>> _speech_date(["在某会上的讲话", "（2026年6月）", "正文。"], [0, 1, 2], [0], 1, 2, DEFAULT_PARAMS)
    True
    >>> _speech_date(["全市召开某某会议", "（2026年6月21日）", "正文。"], [0, 1, 2], [0], 1, 2, DEFAULT_PARAMS)
    False
    """
    if _BRACKET_DATE.fullmatch(lines[i]) is None:
        return False
    if any(_SPEECH_TITLE.search(lines[h]) for h in before):
        return True
    x = bisect_right(nb, i)
    return any(_SALUTATION.fullmatch(lines[j]) for j in nb[x:x + p.speech_date_reach] if j <= first)


def _contents_menu(lines: list[str], before: list[int], structure: list[int]) -> int:
    """Where the headings that may be kept outside the region start among *structure* (the lines
    that may be headings, in order): past those before the article's headline (the last of
    *before*, the headline lines above the region) when another copy of it above is itself such a
    heading. A reader's contents tree (卷/章/节) that lists the page's own section (第二节 河流水系)
    over its breadcrumb and the section is the site's menu; a law's contents under its title holds
    no copy of the title.

    >>> _contents_menu(["第一章 总则", "第二节 水系", "首页", "第二节 水系", "正文。"], [1, 3], [0, 1, 3])
    2
    >>> _contents_menu(["某某条例", "第一章 总则", "第一条 为了……"], [0], [1, 2])
    0
    """
    if len(before) < 2:
        return 0
    head = max(before)
    if not any(h < head and _structure(lines[h]) for h in before):
        return 0
    return bisect_left(structure, head)


def _button_row(lines: list[str], nb: list[int], i: int) -> bool:
    """Whether line *i* and the next non-blank line are each a button's word (:data:`_BUTTON_NOTE`:
    two to four Han characters alone, 在线办理 over 预约办理): a row of buttons crawled one a
    line, under a headline no subtitle (a speaker's office and name has a space, 市长 王某某).

    >>> _button_row(["在线办理", "预约办理", "收藏"], [0, 1, 2], 0), _button_row(["在线办理", "申请条件：无"], [0, 1], 0)
    (True, False)
    """
    x = bisect_left(nb, i) + 1
    return _BUTTON_NOTE.fullmatch(lines[i]) is not None and x < len(nb) and _BUTTON_NOTE.fullmatch(lines[nb[x]]) is not None


def _table_field(lines: list[str], kinds: list[Kind], nb: list[int], i: int) -> bool:
    """Whether line *i* is one field (:data:`_FIELD_ROW`: 信件类型：咨询, 公文种类：通知) next to a
    field a line rule dropped (:data:`_LABEL_LEAD`: 来信时间：…, 成文日期：…; blank lines apart):
    a row of the page's metadata table whose label the rules do not know, not a subtitle or a
    kicker (a kicker is a phrase, 聚焦两会：代表委员热议教育, beside the breadcrumb or the date)."""
    if not _FIELD_ROW.fullmatch(lines[i]):
        return False
    x = bisect_left(nb, i)
    return any(
        0 <= y < len(nb) and kinds[nb[y]] == "chrome" and _LABEL_LEAD.match(lines[nb[y]]) is not None
        for y in (x - 1, x + 1)
    )


#: A field's label opening a line (a label of Han characters and its colon: 来信时间：, 发布机构:).
_LABEL_LEAD = re.compile(r"[\u4e00-\u9fff]{2,8}\s*[:：]")


#: A row of two fields or more whose values are codes, numbers or dates, no Han character in them
#: (事项编码：330100012000 版本号：3: a service guide's record under its headline, no subtitle).
_CODE_FIELDS = re.compile(r"(?:[\u4e00-\u9fff]{2,8}\s*[:：]\s*[^\s\u4e00-\u9fff:：]+\s*){2,}")


#: A row of two fields or more, each value one word (a date may have its time of day): the
#: first label, each value with the label after it, the last value. Each value-and-label is
#: taken once (``(?=(…))\1``, an atomic group in Python 3.10's ``re``): the Han characters
#: before a colon split between value and label in up to seven ways, all ending at that colon,
#: and trying every split on a row that fails at its end took time exponential in its fields.
_FIELD_VALUE = r"[^\s:：]+(?:\s\d{1,2}:\d{2}(?::\d{2})?)?"
_FIELDS = re.compile(
    rf"[\u4e00-\u9fff]{{2,8}}\s*[:：](?:(?=(\s*{_FIELD_VALUE}\s*[\u4e00-\u9fff]{{2,8}}\s*[:：]))\1)+\s*{_FIELD_VALUE}\s*"
)
_ISO_DAY = re.compile(r"(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?!\d)")
#: Fields of one word each on a row under a headline that make it the page's record, no date
#: among them (案由：… 案号：… 审理法院：…; two fields may be a subtitle's: 主讲人：某某 地点：某楼).
RECORD_MIN_FIELDS = 3


def _record_fields(s: str) -> bool:
    """A row of ``RECORD_MIN_FIELDS`` fields or more, each value one word, or of two or more
    one of which is a date written with hyphens, under a headline: the page's record
    (征集单位：某市司法局 反馈时间：2026-04-08), whatever its labels, no subtitle (a document's own
    dates are written 2026年4月8日).

    >>> _record_fields("征集单位：某市司法局 反馈时间：2026-04-08"), _record_fields("案由：合同纠纷 案号：（2026）某01民初1号 审理法院：某区法院")
    (True, True)
    >>> _record_fields("主讲人：某某教授 地点：图书馆报告厅")
    False
    """
    if _FIELDS.fullmatch(s) is None:
        return False
    return _ISO_DAY.search(s) is not None or len(_LABEL_LEAD.findall(s)) >= RECORD_MIN_FIELDS


#: A row of counters: three or more words, each with its number (主题 12 帖子 86 积分 341, a
#: forum poster's record beside the post), nothing else.
_COUNTER_ROW = re.compile(r"(?:[\u4e00-\u9fff]{1,4}\s*(?:[:：]\s*)?\d[\d,]*\s*){3,}")  # (one run of blanks: linear)


def _exchange_tail(
    lines: list[str], kinds: list[Kind], han: list[int], nb: list[int], region: tuple[int, int], end: int,
    p: PageParams,
) -> list[int]:
    """An exchange that goes on after the region: a section label (a few characters and a
    colon on a line of their own: 追问：, 追问答复：) right over a paragraph, below the region and
    before *end* (what ends the article), past only the dated fields the rules dropped (回复时间：…,
    one under each part) and up to ``signature_max_lines`` short lines (the reply's signature),
    when the region holds ``section_min_headings`` or more parts of that shape (来信内容： over the
    letter, 回复内容： over the reply: a letter page's follow-up question and its answer, each
    under its date). A label over a widget's choices (满意度评价：) has no paragraph under it."""
    x = bisect_right(nb, region[1])
    if x >= len(nb) or nb[x] >= end or kinds[nb[x]] not in ("chrome", "short"):
        return []  # (most pages: what ends the article, or its text, right after the region)
    out: list[int] = []
    passed: list[int] = []
    while x < len(nb) and nb[x] < end:
        i = nb[x]
        if kinds[i] == "chrome":
            if not _DATED.search(lines[i]):
                break
            x += 1
        elif _part(lines, kinds, han, nb, x, end):
            out += [*passed, i, nb[x + 1]]
            passed = []
            x += 2
        elif kinds[i] == "short" and not _label(lines[i], kinds[i], han[i]) and len(passed) < p.signature_max_lines:
            passed.append(i)
            x += 1
        else:
            break
    if not out:
        return out
    inside = range(bisect_left(nb, region[0]), bisect_right(nb, region[1]))
    found = sum(_part(lines, kinds, han, nb, y, end) for y in inside)
    return out if found >= p.section_min_headings else []


def _label(s: str, kind: Kind, han: int) -> bool:
    """A section label on a line of its own: a few characters and a colon (追问：)."""
    return kind == "short" and han >= 2 and _EMPTY_LABEL.fullmatch(s) is not None


def _part(lines: list[str], kinds: list[Kind], han: list[int], nb: list[int], x: int, end: int) -> bool:
    """A section label (:func:`_label`) at position *x* of *nb* with a paragraph right under it
    (before *end*)."""
    i = nb[x]
    return (
        _label(lines[i], kinds[i], han[i]) and x + 1 < len(nb) and nb[x + 1] < end and kinds[nb[x + 1]] == "prose"
    )


def _twice(lines: list[str], nb: list[int], i: int) -> bool:
    """Whether line *i* is printed again on the non-blank line right before or after it (an
    account's name over its avatar and beside its follow button: no subtitle is printed twice)."""
    x = bisect_left(nb, i)
    return any(0 <= y < len(nb) and lines[nb[y]] == lines[i] for y in (x - 1, x + 1))


#: A row of one field: a label of a few Han characters (spaces between them: 名 称), a colon and
#: a value with no space (学校网址：www.example.cn, 邮政编码：410000).
_FIELD_ROW = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff ]{1,9}[:：]\s*[^\s:：]{1,80}")
#: A telephone row of a contact block, its number in groups apart (电话：0571-8812 3400, 传真：010 6655 4433),
#: or two numbers (a landline and a mobile: 联系电话：0571-8812340 13905710000, 0571-8812340、13905710000).
_PHONE_LABELS = "电话|传真|手机|热线"
_PHONE_ROW = re.compile(
    rf"[\u4e00-\u9fff]{{0,6}}(?:{_PHONE_LABELS})\s*[:：]\s*\+?\d[\d\- ]{{5,20}}\d(?:\s?[、/，,]?\s?\d[\d-]{{5,16}}\d)?"
)
#: A field of a contact block, one a line: a label naming an address, a postcode, a phone, a fax, a
#: mailbox or a web address, a colon and its value with no space (办公地址：…, 邮政编码：…, 值班电话：…,
#: 电子邮箱：…). Under the headline, a run of them kept is a contact page's text (:func:`_protected`, on
#: a page whose title or headline names contact: :data:`_CONTACT_PAGE`); a record's table there
#: (制定机关：…, 公布日期：…) names none of these.
_CONTACT_FIELD = re.compile(
    rf"[\u4e00-\u9fff]{{0,6}}(?:{_PHONE_LABELS}|邮箱|信箱|邮编|邮政编码|地址|网址)\s*[:：]\s*[^\s:：]{{1,80}}"
)
#: A page title or headline naming contact (联系我们, 联系方式, 通讯录, 办公地址): its headline heads a
#: contact block; another page's (a 招聘公告's) has a sidebar's 联系方式 box under it at most.
_CONTACT_PAGE = re.compile(r"联系|通讯|地址")
#: An article's enquiry row: a label asking for enquiries (查询, 咨询, 查询电话, 咨询热线), for supervision or
#: complaints (监督电话, 投诉电话, 举报电话) or naming the hotline of the text's subject in two characters
#: (资助热线, 招生热线), and a telephone number (in groups or not: 查询：2921 6034, 咨询电话：0745-6620317),
#: the last line of a notice or a release under its text (a site's footer names its own phone
#: 电话/联系电话, not an enquiry).
_ENQUIRY_ROW = re.compile(r"(?:(?:查询|咨询|监督|投诉|举报)(?:电话|热线)?|[\u4e00-\u9fff]{2}热线)\s*[:：]\s*\+?\d[\d\- ]{5,20}\d")
#: The row of an article's contact person, the name and a title or a second name spaced apart
#: (联系人：王某 科长, 新闻联络人：林某某 专员).
_CONTACT_PERSON = re.compile(r"[\u4e00-\u9fff]{0,6}(?:联系人|联络人)\s*[:：]\s*[^\s:：|]{1,12}(?: [^\s:：|]{1,12}){0,2}")
#: A sentence closing a line that asks the reader to get in touch (请与某某联系, 欢迎来电咨询, 可致电
#: 某某): the contact rows under it are the article's.
_ASKS_CONTACT = re.compile(
    r"(?:请|可|欢迎)[^。；;！!？?]{0,24}(?:联系|咨询|致电|来电|垂询)[^。；;，,]{0,6}[。！!]?[”\"’）)]?$"
)
#: A row of the web site's own contacts, not an article's: a label that names the site (网站邮箱：,
#: 本站电话：, 站长信箱：) or the mail of the site's maintainer (the role mailboxes webmaster@ and
#: postmaster@, RFC 2142).
_SITE_ROW = re.compile(
    r"\s*(?:本站|站长|网管)[\u4e00-\u9fff]{0,4}\s*[:：]|.*?(?<![\w.-])(?:webmaster|postmaster)@", re.IGNORECASE
)
#: A form's empty date, to be filled in by hand under a signature (年 月 日), its label and year
#: printed or not, its blanks spaces or underscores (日期：2026年__月__日, ____年__月__日).
_EMPTY_DATE = re.compile(
    r"(?:[\u4e00-\u9fff]{1,6}\s*[:：])?\s*(?:(?:\d{4}|[_＿]+)\s*)?年[\s_＿]+月[\s_＿]+日\s*"
)


def _contact_row(s: str) -> bool:
    """One field (:data:`_FIELD_ROW`), or a telephone row whose number is spaced in groups
    (电话：0571-8812 3400, :data:`_PHONE_ROW`)."""
    return _FIELD_ROW.fullmatch(s) is not None or _PHONE_ROW.fullmatch(s) is not None


def _field_tail(
    lines: list[str], kinds: list[Kind], nb: list[int], region: tuple[int, int], p: PageParams
) -> list[int]:
    """Rows of one field each (:data:`_FIELD_ROW`) right after the region when its last line
    is such a row: the rest of the article's contact block (邮政编码：… under 通讯地址：…), up to
    a row of the site's own contacts (:data:`_SITE_ROW`: the rows from there on are the
    site's, 传真 and 邮编 under a webmaster's mail) or a row a line rule dropped. Also the fields
    under a top-level heading of the article's outline that ends it (五、联系方式 over 联系人：…,
    the region holding the headings before it: :func:`_section_fields`). The region's last row
    may be its contact person with a space in the value (新闻联络人：林某某 专员, :data:`_CONTACT_PERSON`),
    or a sentence that ends it asking the reader to get in touch (:data:`_ASKS_CONTACT`: 如有疏漏，
    请与基金会联系更正。 over 联系电话：…)."""
    last, field = region[1], _contact_row
    out = []
    if (not field(lines[last]) and _CONTACT_PERSON.fullmatch(lines[last]) is None
            and _ASKS_CONTACT.search(lines[last]) is None):
        x = bisect_right(nb, last)
        if x < len(nb) and kinds[nb[x]] == "short" and _ENQUIRY_ROW.fullmatch(lines[nb[x]]):
            last = nb[x]  # (an enquiry row right under the text: the article's, the rows under it too)
            out.append(last)
        else:
            last = _section_fields(lines, kinds, nb, region, p)
            if last < 0:
                return []
            field = _section_field
    rows = nb[bisect_right(nb, last):]
    for y, i in enumerate(rows):
        if kinds[i] != "short" or not field(lines[i]) or _SITE_ROW.match(lines[i]):
            if y and kinds[i] == "short" and _BODY_NAME.fullmatch(lines[i]) and not (
                    y + 1 < len(rows) and (_EMPTY_LABEL.match(lines[rows[y + 1]]) or (
                        kinds[rows[y + 1]] != "chrome" and _ORGAN_NAME.fullmatch(lines[rows[y + 1]])))):
                out.append(i)  # (the body that signs the block, undated: 某某编辑部 under its 电话：…; over
                # a field of its own it is a footer's name: 某局办公室 over 地址：…; over another body's name,
                # a menu's first link: 市委办公室 over 市政府办公室)
            break
        out.append(i)
    return out


#: A body's name alone on a line, the signature of an article's contact block with no date under it
#: (某某学报编辑部, 某某工作领导小组办公室): a name ending in a body's word, no digit, no space.
_BODY_NAME = re.compile(r"[《》（）()\u4e00-\u9fff]{2,28}(?:编辑部|办公室|委员会|领导小组|工作组|服务中心|管理中心)")
#: A body's or an organ's name alone on a line (县审计局, 市纪委监委, 市政府办公室): under a body's name
#: after a contact block, the next link of a menu of bodies (:func:`_field_tail`).
_ORGAN_NAME = re.compile(r"[《》（）()\u4e00-\u9fff]{1,28}(?:局|委|厅|办|院|部|处|所|室|会|组|中心|政府)")


#: A row naming who holds a post of the body the text presents: the post (主任, 实验室主任, 学术委员会主任,
#: 负责人 …), a colon, a person's name and maybe a title after a space (教授, 研究员, 高级工程师).
_HOLDER_ROW = re.compile(
    r"(?P<post>[\u4e00-\u9fff]{0,8}(?:主任|负责人|院长|所长|馆长|校长|书记|主席|理事长|会长|秘书长|组长|队长|董事长))"
    r"\s*[:：]\s*(?P<name>[\u4e00-\u9fff]{2,4})(?:\s+[\u4e00-\u9fff]{2,6})?"
)


def _holder_tail(lines: list[str], kinds: list[Kind], nb: list[int], last: int) -> list[int]:
    """The rows right after the region (its last line *last*) that name who holds the posts of the
    body the text presents (:data:`_HOLDER_ROW`: 实验室主任：某某 教授 under a lab's 简介), each a
    person's name (opening with a common surname) under a post that is not the web site's
    (网站负责人：…, :data:`_SITE_ROW`), up to the first line that is no such row. One test of
    the line after the region first: most pages have none.

    >>> lines = ["实验室现有研究人员46人。", "实验室主任：罗某川 教授", "学术委员会主任：谢某林 研究员", "新闻动态"]
    >>> _holder_tail(lines, ["prose", "short", "short", "short"], [0, 1, 2, 3], 0)
    [1, 2]
    >>> _holder_tail(["正文。", "网站负责人：王某", "新闻动态"], ["prose", "short", "short"], [0, 1, 2], 0)
    []
    """
    out: list[int] = []
    x = bisect_right(nb, last)
    if x == len(nb) or not (":" in lines[nb[x]] or "：" in lines[nb[x]]):
        return out  # (most pages: no field under the text)
    for i in nb[x:]:
        s = lines[i]
        m = _HOLDER_ROW.fullmatch(s) if kinds[i] == "short" and (":" in s or "：" in s) else None
        if m is None or m["name"][:1] not in _surnames() or "网站" in m["post"] or _SITE_ROW.match(s):
            break
        out.append(i)
    return out


def _section_fields(
    lines: list[str], kinds: list[Kind], nb: list[int], region: tuple[int, int], p: PageParams
) -> int:
    """The top-level heading (:data:`_TOP_HEADING`, 五、解读机关及联系方式) with a field row right under
    it that ends the article's text: the region's last line, or a line after it with only the
    text's paragraphs and blocks of at most ``interleave_max_lines`` dropped lines between (a
    related box crawled inside the article), when an earlier heading of the same level stands
    in the region (the article's outline goes on there); -1 when there is none."""
    first, last = region
    chrome = 0
    for x in range(bisect_left(nb, last), len(nb)):
        i = nb[x]
        if _TOP_HEADING.match(lines[i]) and x + 1 < len(nb) and kinds[nb[x + 1]] == "short" \
                and _section_field(lines[nb[x + 1]]):
            # (each line of the region read until a heading: only where the text ends in one)
            return i if any(_TOP_HEADING.match(lines[j]) for j in range(first, min(i, last + 1))) else -1
        if kinds[i] == "chrome":
            chrome += 1
            if chrome > p.interleave_max_lines:
                return -1
        elif kinds[i] in ("prose", "near") or i == last:
            chrome = 0
        else:
            return -1
    return -1


def _section_field(s: str) -> bool:
    """A field row under a section heading: one field whose value may hold a space (解读人：某科
    某某; :data:`_FIELD_ROW`, :func:`_edge_field`)."""
    return _FIELD_ROW.fullmatch(s) is not None or _edge_field(s)


#: A row of a timeline: a span of years (a year, or a year and a month: 1923, 1991.09, 1985年6月;
#: the span open at its end or not: 2022.01—, 1950—1957年), a space, then the row's words.
#: (Each run of blanks belongs to one quantifier, so a line of blanks is read in linear time.)
_TIMELINE_ROW = re.compile(
    r"(\d{4})(?:\s*[.．/年]\s*\d{1,2}(?:\s*月)?|\s*年)?\s*(?:—{1,2}|–|~|～|-|至|到)"
    r"(?:\s*(?:\d{4}(?:\s*[.．/年]\s*\d{1,2}(?:\s*月)?|\s*年)?|至今|今))?\s+[^\s\d].{0,60}"
)


def _timeline_tail(lines: list[str], kinds: list[Kind], nb: list[int], last: int, p: PageParams) -> list[int]:
    """The rows of a timeline right after the region (its last line *last*): ``timeline_min_rows``
    or more lines in a row that open with a span of years (:data:`_TIMELINE_ROW`), no line a rule
    dropped between, their first years going forward (a news list's dates go back)."""
    rows, years = [], []
    for i in nb[bisect_right(nb, last):]:
        m = _TIMELINE_ROW.fullmatch(lines[i]) if kinds[i] != "chrome" and lines[i][:1].isdigit() else None
        if m is None:
            break
        rows.append(i)
        years.append(int(m.group(1)))
    if len(rows) < p.timeline_min_rows or years != sorted(years):
        return []
    return rows


def _form_rows(f: _Facts, codes: np.ndarray) -> list[int]:
    """The lines with a blank to fill in (three underscores or more: 家长签字：______), not
    chrome, found with one scan of the page (none without a _ in it: one ``in`` first)."""
    if "_" not in f.text or "___" not in f.text:  # (folded: ＿ reads _; a title's separator is one _;
        return []  # the one character first, at memchr speed: most long documents hold none)
    at = (f.cps == ord("_")).nonzero()[0]
    if len(at) < 3:
        return []
    at = at[:-2][at[2:] == at[:-2] + 2]  # (three in a row)
    rows = unique(np.searchsorted(f.starts, at, "right") - 1)
    return rows[codes[rows] >= SHORT].tolist()  # type: ignore[no-any-return]


def _form_lines(lines: list[str], nb: list[int], forms: list[int], end: int) -> list[int]:
    """A form of the document (a 回执 to fill in and return) before *end*: its lines with blanks
    (*forms*, :func:`_form_rows`) and an empty date right under one of them."""
    out = [i for i in forms if i < end]
    for i in out[:]:
        x = bisect_right(nb, i)
        if x < len(nb) and nb[x] < end and _EMPTY_DATE.fullmatch(lines[nb[x]]):
            out.append(nb[x])
    return out


def _edge_lines(
    lines: list[str], kinds: list[Kind], han: list[int], nb: list[int], region: tuple[int, int], p: PageParams
) -> list[int]:
    """A single short line between the region and a line a rule dropped right below it (a
    caption under the last picture, above the editor's line): one phrase of letters only (no
    space, no mark: 》》点击进入专题《《 is a link) with ``edge_min_han`` Han characters or more and
    ``edge_max_len`` characters at most; or one field of the article, a label of Han characters
    and its value (:data:`_EDGE_FIELD`: 开放时间：周二至周日 9:00-17:30 under a notice's text, above
    its source and editor lines, which the rules drop as the page's fields). (Above the region
    such a line is as often a channel's name under the menu: not taken.)"""
    y = bisect_right(nb, region[1])
    if y + 1 >= len(nb):
        return []
    i, s = nb[y], lines[nb[y]]
    if (
        kinds[i] == "short" and kinds[nb[y + 1]] == "chrome" and han[i] >= p.edge_min_han
        and len(s) <= p.edge_max_len and (not _NORM.search(s) or _edge_field(s)) and not _DOWNLOAD_HEAD.fullmatch(s)
    ):  # (a download box's header over page chrome holds nothing: no caption)
        return [i]
    return []


#: A field of the article: a label of Han characters, a colon, its value (no | of a bar, no web
#: or mail address: 本文链接：https://…, 投稿邮箱：…@… are the page's; no second label: 主办：…
#: 承办：… is the site's footer).
_EDGE_FIELD = re.compile(
    r"[\u4e00-\u9fff]{2,6}\s*[:：]\s*(?![^|]*(?:://|www\.|@|[\u4e00-\u9fff]\s*[:：]))[^\s|:：][^|]*"
)


def _edge_field(s: str) -> bool:
    """Is *s* one field of the article (:data:`_EDGE_FIELD`), its label not the header of a
    related-reading block with its one link (相关阅读：标题, a word of ``spam_related.txt``, or one
    of the same form: 相关 and two characters, 相关解读：标题)?"""
    return _EDGE_FIELD.fullmatch(s) is not None and _related_label().match(s) is None


#: An article's sign-off row: a field naming who read, drafted or answers for the text (group 1:
#: 解读机关, 解读人, 起草单位, 联系人, 责任单位) or how to reach them (联系电话, 传真, 邮箱), a colon, its
#: value (a second word after a space: 某科 某某), up to two more such fields on the line. No site
#: metadata (来源, 发布时间, 责任编辑) and no footer's 地址, 主办 or 承办 label is one.
_SIGN_OFF_LABEL = r"(?:解读|起草|责任|牵头|联系|联络)(?:机关|单位|部门|处室|科室|人)"
_SIGN_OFF_CONTACT = r"(?:联系|咨询|办公)?(?:电话|传真)|(?:电子)?邮箱"
_SIGN_OFF_VALUE = r"\s*[:：]\s*[^\s:：|]{1,40}(?: [^\s:：|]{1,12})?"
_SIGN_OFF_ROW = re.compile(
    rf"(?:({_SIGN_OFF_LABEL})|{_SIGN_OFF_CONTACT}){_SIGN_OFF_VALUE}"
    rf"(?:\s+(?:{_SIGN_OFF_LABEL}|{_SIGN_OFF_CONTACT}){_SIGN_OFF_VALUE}){{0,2}}"
)


def _sign_off_rows(lines: list[str], kinds: list[Kind], nb: list[int], last: int, p: PageParams) -> list[int]:
    """The article's own sign-off right under its text's last line *last*, no heading over it:
    ``sign_off_max_rows`` rows at most of :data:`_SIGN_OFF_ROW`, the first naming a body or a
    person (解读机关：某局 / 解读人：某某 联系电话：…), no line a rule dropped among them (a row of a
    mail address, its marks, is one too: 电子邮箱：…@…). A longer run is a block's (a directory's
    rows); a row of a phone alone first is a footer's, unless *last* is itself a sign-off row (the
    region took the first: 联系人：某某 over 电子邮箱：…)."""
    rows = [last] if _SIGN_OFF_ROW.fullmatch(lines[last]) else []
    for i in nb[bisect_right(nb, last):]:
        s = lines[i]
        m = _SIGN_OFF_ROW.fullmatch(s) if kinds[i] in ("short", "near") and ("：" in s or ":" in s) else None
        if m is None or (not rows and m.group(1) is None):
            break
        rows.append(i)
        if len(rows) > p.sign_off_max_rows:
            return []
    return rows[1:] if rows and rows[0] == last else rows


def _related_head(s: str) -> bool:
    """Is *s*, whole, the header of a related block: 相关 and two characters (相关图书), or a header
    of ``spam_related.txt`` alone (推荐阅读), a colon or brackets around it or not? A heading of the
    text's own that opens with such a word (推荐阅读书目) is none.

    >>> _related_head("相关图书"), _related_head("推荐阅读："), _related_head("【猜你喜欢】")
    (True, True, True)
    >>> _related_head("推荐阅读书目"), _related_head("相关工作正在推进")
    (False, False)
    """
    m = _RELATED_HEAD.fullmatch(s.strip())
    return m is not None and (m.group(1) is not None or m.group(2) in _related_words())


#: A related block's header alone on its line: 相关 and two characters (group 1), or a word
#: (group 2) to look up in ``spam_related.txt``; brackets and a colon around it allowed.
_RELATED_HEAD = re.compile(r"[【\[]?(?:(相关[\u4e00-\u9fff]{2})|([^\s【】\[\]:：]{2,8}))[】\]]?\s*[:：]?")


@lazy
def _related_words() -> frozenset[str]:
    return frozenset(read_lexicon("spam_related.txt"))


@lazy
def _related_label() -> re.Pattern[str]:
    words = sorted(read_lexicon("spam_related.txt"), key=len, reverse=True)
    return re.compile("|".join([r"相关[\u4e00-\u9fff]{2}\s*[:：]", *map(re.escape, words)]), re.IGNORECASE)


def _first_section(
    lines: list[str], kinds: list[Kind], han: list[int], nb: list[int], region: tuple[int, int], p: PageParams
) -> list[int]:
    """The line right above the region when it is the first of the article's section headings:
    Han characters only (or in lenticular brackets alone: a transcript's 【导语】 over its 【正文】
    and 【同期声】), no more of them than the longest of the ``section_min_headings`` or more such
    headings inside the region (short lines, 2 or more Han characters)."""
    x = bisect_left(nb, region[0])
    if x == 0:
        return []
    i = nb[x - 1]
    if kinds[i] != "short" or not _section_heading(lines[i], han[i]):
        return []
    heads = [
        han[j] for j in nb[x: bisect_right(nb, region[1])]
        if kinds[j] == "short" and _section_heading(lines[j], han[j])
    ]
    if len(heads) >= p.section_min_headings and han[i] <= max(heads):
        return [i]
    return []


#: A row of a schedule: a time of day (06:05, 9:40; folded) opening the line, maybe the end of its
#: span (08:30-09:10), then its item after a space.
_CLOCK_ROW = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)(?:\s?[-~—至]\s?\d{1,2}:\d{2})?\s+\S")
#: A day named by its date (12月7日), as a schedule's heading names the day it covers.
_DAY = re.compile(r"\d{1,2}月\d{1,2}日")


def _clock(s: str) -> int | None:
    """Minutes past midnight of the time of day opening a schedule's row *s*, or None.

    >>> _clock("06:05 新闻(重播)"), _clock("19:35 问政"), _clock("2026-12-05"), _clock("12:00")
    (365, 1175, None, None)
    """
    if not s[:1].isdigit():
        return None
    m = _CLOCK_ROW.match(s)
    return int(m[1]) * 60 + int(m[2]) if m else None


def _schedule_head(lines: list[str], kinds: list[Kind], nb: list[int], region: tuple[int, int], p: PageParams) -> list[int]:
    """The rows of a schedule outside the region that it opens or closes with, or stands right
    under or over: lines each opening with a time of day (:data:`_CLOCK_ROW`), the times rising
    in page order through the region's edge, ``schedule_min_rows`` or more with those of the
    region's edge; and the line right over the first row above when it names a day (新闻综合频道
    12月7日 节目单). A channel's list of programmes or a day's agenda reads one row a line, short
    lines the page reading takes for a menu; a site's list of latest items with their times runs
    the other way, newest first.

    >>> page = ["首页 新闻 直播", "12月7日 节目单", "06:00 开始曲", "06:30 早新闻", "07:00 早安",
    ...         "08:00 电视剧:山里的学校(15、16)", "09:40 法治时空", "节目如有变动,以当日播出为准。"]
    >>> kinds = ["short"] * 5 + ["near", "short", "prose"]
    >>> _schedule_head(page, kinds, list(range(8)), (5, 7), DEFAULT_PARAMS)
    [1, 2, 3, 4]
    >>> _schedule_head(page[:-1], kinds[:-1], list(range(7)), (1, 3), DEFAULT_PARAMS)
    [4, 5, 6]
    >>> after = ["某县新闻,某县召开会议。", "15:02 某县召开会议", "15:40 某镇开展活动", "16:30 某校举行典礼", "17:45 某村修路"]
    >>> _schedule_head(after, ["prose"] + ["short"] * 4, list(range(5)), (0, 0), DEFAULT_PARAMS)
    []
    >>> news = ["首页", "10:32 某县召开会议", "09:15 某镇开展活动", "08:40 某校举行典礼", "某县新闻,某县召开会议。"]
    >>> _schedule_head(news, ["short"] * 4 + ["prose"], list(range(5)), (4, 4), DEFAULT_PARAMS)
    []
    """
    x, y = bisect_left(nb, region[0]), bisect_right(nb, region[1])
    edges = (region[0], region[1], nb[x - 1] if x else region[0], nb[y] if y < len(nb) else region[1])
    if not any(lines[i][:1].isdigit() for i in edges):
        return []  # (most pages: no line at the region's edges opens with a digit)
    above = _clock_rows(lines, kinds, nb[:x][::-1], nb[x:y], -1, p)
    # (under the region only rows that go on from its own last row: a list of headlines with
    # rising times right under a news item's last paragraph is no schedule of the text's)
    below = _clock_rows(lines, kinds, nb[y:], nb[x:y][::-1], 1, p) if y > x and _clock(lines[nb[y - 1]]) is not None else []
    if above:
        z = bisect_left(nb, above[-1])
        if z and kinds[nb[z - 1]] == "short" and _DAY.search(lines[nb[z - 1]]):
            above.append(nb[z - 1])
    return sorted(above + below)


def _in_order(times: Iterable[int | None], step: int) -> int:
    """How many of *times* (read one way: *step* 1 down the page, -1 up it), from the first, are
    times of day in page order (rising down the page)."""
    n, last = 0, None
    for t in times:
        if t is None or (last is not None and t * step < last * step):
            break
        n, last = n + 1, t
    return n


def _clock_rows(
    lines: list[str], kinds: list[Kind], out: list[int], edge: list[int], d: int, p: PageParams
) -> list[int]:
    """The rows of a schedule among *out* (the lines outside the region, going away from it: *d*
    -1 up, 1 down) that go on from those of the region's edge (*edge*: its lines from that edge
    inward), the times in page order, with them ``schedule_min_rows`` or more (:func:`_schedule_head`)."""
    if not edge or (_clock(lines[edge[0]]) is None and not (out and _clock(lines[out[0]]) is not None)):
        return []  # (most pages: no time of day at the region's edge, nor right outside it)
    inner = _in_order((_clock(lines[j]) for j in edge), -d)
    start = [edge[0]] if inner else []  # (the rows outside go on from the edge's row)
    times = (None if kinds[j] == "chrome" else _clock(lines[j]) for j in [*start, *out])
    n = _in_order(times, d) - len(start)
    return out[:n] if n > 0 and n + inner >= p.schedule_min_rows else []


def _last_section(
    lines: list[str], kinds: list[Kind], han: list[int], nb: list[int], region: tuple[int, int], end: int,
    p: PageParams,
) -> list[int]:
    """A section of the article right after the region, which its short lines ended (a course
    page's 授课老师 over each teacher's name, title and bio; a lesson plan's 【板书设计】 of short lines):
    the first line after the region a section heading of the region's own form (bare, or in
    lenticular brackets when those are), with ``section_min_headings`` or more such headings
    inside the region and no more Han characters than the longest of them (as
    :func:`_first_section`), the region ending a sentence. Under it, before *end* (what ends the
    article), paragraphs ending a sentence, each with at most ``gap_max_lines`` short lines over
    it (a name and a title), as the region grows
    over short lines between its text; under a heading in brackets, short lines only up to the
    next line a rule dropped or the page's end. (Not a block of short lines under a bare heading: 常见问题 over a
    list of links, 课程评价 over a score and the reviewers' names.)

    >>> page = ["【目标】", "理解课文的主要内容。", "【过程】", "朗读课文，圈出生字。", "【板书】", "背影", "买橘", "第1页"]
    >>> kinds = ["short", "prose", "short", "prose", "short", "short", "short", "chrome"]
    >>> _last_section(page, kinds, [2, 9, 2, 9, 2, 2, 2, 1], list(range(8)), (0, 3), 8, DEFAULT_PARAMS)
    [4, 5, 6]
    """
    x = bisect_right(nb, region[1])
    if x >= len(nb) or nb[x] >= end or kinds[nb[x]] != "short" or not _section_heading(lines[nb[x]], han[nb[x]]):
        return []  # (most pages: page chrome, or what ends the article, right after the region)
    i = nb[x]
    if _CLOSED.search(lines[region[1]]) is None or _related_label().match(lines[i].strip("【】[]")):
        return []  # (a sentence broken over lines goes on there: a licence's 法律 、 法规 …; 【相关链接】
        # heads the page's links)
    bare = han[i] == len(lines[i])
    heads = [
        han[j] for j in nb[bisect_left(nb, region[0]): x]
        if kinds[j] == "short" and _section_heading(lines[j], han[j]) and (han[j] == len(lines[j])) == bare
    ]
    if len(heads) < p.section_min_headings or han[i] > max(heads):
        return []
    out = [i, *_paragraphs_under(lines, kinds, nb, x, end, p)]
    if len(out) > 1 or bare:
        return out if len(out) > 1 else []
    below: list[int] = []  # (a heading in brackets over short lines only, then a line a rule dropped
    # or the page's end: once the rule's line is dropped, the section ends the page)
    for j in nb[x + 1:]:
        if j >= end or kinds[j] not in ("short", "chrome"):
            return []
        if kinds[j] == "chrome":
            break
        below.append(j)
    return [i, *below] if below else []


def _paragraphs_under(
    lines: list[str], kinds: list[Kind], nb: list[int], x: int, end: int, p: PageParams, skip: bool = False
) -> list[int]:
    """The paragraphs under the heading at position *x* of *nb*, before *end*: each ending a
    sentence, with at most ``gap_max_lines`` short lines over it (a name and a title), as the
    region grows over short lines between its text; a line a rule dropped ends them, or with
    *skip* is passed over (a section's edit buttons under its heading)."""
    out: list[int] = []
    gap: list[int] = []
    for j in nb[x + 1:]:
        if j >= end or (kinds[j] == "chrome" and not skip):
            break
        if kinds[j] == "chrome":
            continue
        if kinds[j] == "prose" and _CLOSED.search(lines[j]) is not None:
            out += [*gap, j]
            gap = []
        elif kinds[j] in ("short", "near") and len(gap) < p.gap_max_lines:
            gap.append(j)
        else:
            break
    return out


#: An entry of an article's table of contents: its number and a section's heading (1 历史沿革).
_CONTENTS_ENTRY = re.compile(r"(\d{1,2})\s+([\u4e00-\u9fff]{2,12})")


def _contents_sections(
    lines: list[str], kinds: list[Kind], han: list[int], nb: list[int], region: tuple[int, int], end: int,
    p: PageParams,
) -> list[int]:
    """The sections a table of contents after the region names (an encyclopedia entry's 目录: 1
    历史沿革, 2 办学条件 … over its infobox and sections, the region its lede): entries numbered 1, 2,
    3 … (``contents_min_entries`` or more, short lines only between them and the region), each
    entry's heading found alone on a line further down in their order, before *end* (what ends
    the article), and under ``section_min_headings`` or more of them paragraphs (see
    :func:`_paragraphs_under`; its edit buttons, lines a rule dropped, passed over). Kept: each
    heading and the lines up to the next one, the rules' drops apart (a table of the section's
    cells too); under the last heading its paragraphs.

    >>> page = ["某校是一所中学。", "目录", "1 历史", "2 师资", "3 荣誉", "历史", "编辑", "学校创办于1952年。",
    ...         "师资", "学校有教师286人。", "荣誉", "2016年", "省级文明校园", "参考资料"]
    >>> kinds = ["prose", "short", "short", "short", "short", "short", "chrome", "prose", "short", "prose",
    ...          "short", "short", "short", "short"]
    >>> _contents_sections(page, kinds, [7, 2, 2, 2, 2, 2, 0, 7, 2, 7, 2, 1, 6, 4], list(range(14)), (0, 0), 14,
    ...                    DEFAULT_PARAMS)
    [5, 7, 8, 9, 10]
    """
    x = after = first = bisect_right(nb, region[1])
    titles: list[str] = []
    while x < len(nb) and nb[x] < end and kinds[nb[x]] in ("short", "chrome"):
        m = _CONTENTS_ENTRY.fullmatch(lines[nb[x]]) if kinds[nb[x]] == "short" else None
        if m is not None and int(m[1]) == len(titles) + 1:
            first = first if titles else x
            titles.append(m[2])
            after = x + 1
        x += 1
    if len(titles) < p.contents_min_entries:
        return []
    heads: list[int] = []  # (their positions in nb)
    for y in range(after, len(nb)):
        if nb[y] >= end or len(heads) == len(titles):
            break
        if lines[nb[y]] == titles[len(heads)]:
            heads.append(y)
    if len(heads) < len(titles):
        return []
    texts = [_paragraphs_under(lines, kinds, nb, y, end, p, skip=True) for y in heads]
    if sum(1 for t in texts if t) < p.section_min_headings:
        return []
    out = [nb[y] for a, b in pairwise(heads) for y in range(a, b) if kinds[nb[y]] != "chrome"]
    return [*_infobox(lines, kinds, nb, region, first, p), *out, nb[heads[-1]], *texts[-1]]


#: An infobox's label: two to five Han characters, spaces between them (简    称, 创办时间).
_INFOBOX_LABEL = re.compile(r"[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,4}")


def _infobox(
    lines: list[str], kinds: list[Kind], nb: list[int], region: tuple[int, int], first: int, p: PageParams
) -> list[int]:
    """The short lines right after the region that pair a label (:data:`_INFOBOX_LABEL`) with a
    value, an entry's infobox over its table of contents (外文名 / Jiangcheng … / 创办时间 / 1952年),
    ``section_min_headings`` or more pairs, before the line right over the contents' first entry
    (at position *first* of *nb*: their heading, 目录, with a toggle over it, 展开) and any line a
    rule dropped."""
    x = bisect_right(nb, region[1])
    pairs = []
    while x + 2 < first and kinds[nb[x]] == "short" and kinds[nb[x + 1]] == "short" \
            and _INFOBOX_LABEL.fullmatch(lines[nb[x]]):
        pairs += nb[x: x + 2]
        x += 2
    return pairs if len(pairs) >= 2 * p.section_min_headings else []


def _section_heading(s: str, han: int) -> bool:
    """A section heading of Han characters only (2 or more), bare or in lenticular brackets
    (【正文】, folded [正文]; *han*: its Han characters)."""
    return han >= 2 and (han == len(s) or (han == len(s) - 2 and s[0] + s[-1] in ("【】", "[]")))


def _block_rows(codes: np.ndarray, f: _Facts) -> list[int]:
    """The lines :func:`_document_blocks` may take for a block, not chrome: 附 among the
    first characters (an attachment's line), or 号 or 日 in a line of at most
    ``_BLOCK_LINE_MAX`` characters (a 发文字号, a date); found with one scan of the page."""
    cps = f.cps
    if "号" not in f.text and "日" not in f.text and "附" not in f.text:
        return []  # (a search of the text for each: most pages have one of them, a third none)
    at = (f.classes < 0).nonzero()[0]  # (their classes' sign bit: _char_classes)
    line = f.starts.searchsorted(at, "right") - 1
    ok = np.where(cps[at] == ord("附"), at - f.starts[line] < _ATTACHMENT_REACH, f.lens[line] <= _BLOCK_LINE_MAX)
    return list(dict.fromkeys(line[ok & (codes[line] >= SHORT)].tolist()))  # (in order: *at* is)


#: Longest line read as a 发文字号 or a date line of a 公文's blocks.
_BLOCK_LINE_MAX = 40
#: Where 附 may stand in a line that opens attachments (十、附件).
_ATTACHMENT_REACH = 5


#: What the issuing organ's mark over a 公文's 发文字号 ends with (某某局文件): its head's first line.
_ISSUER_MARK = "文件"


def _download_box(lines: list[str], nb: list[int], x: int) -> bool:
    """Is the line at position *x* of *nb* the label of the page's download box: a label with no
    value that is more than an attachment's word and number (附件下载：, 相关附件：) over a file's
    name (:func:`_is_attachment` says it opens no attachment)?

    >>> _download_box(["附件下载：", "表.xls"], [0, 1], 0), _download_box(["附件：", "表.xls"], [0, 1], 0)
    (True, False)
    """
    s = lines[nb[x]]
    return x + 1 < len(nb) and _EMPTY_LABEL.fullmatch(s) is not None and _FILE_NAME.search(lines[nb[x + 1]]) is not None \
        and _BARE_ATTACHMENT.fullmatch(s) is None


def _document_blocks(
    lines: list[str], kinds: list[Kind], han: list[int], nb: list[int], rows: list[int], p: PageParams,
    title: str = "",
    head: int = -1,
) -> set[int]:
    """A 公文's head, closing and attachments outside the region: a 发文字号 line with the
    title lines right above it (those the page *title* holds when it holds the line right
    above: a side menu's words over the headline are none of them); the 附件 line and what follows it up to page chrome
    (:func:`_attachments`), under the headline *head* (-1: anywhere; the headline under a contents
    menu, :func:`_contents_menu`, whose 附录 is an entry of it); a date
    line with the signature right above it when text precedes them (and a note such as
    （此件公开发布） after it). *rows*: the lines that may be so (:func:`_block_rows`)."""
    keep: set[int] = set()
    empty_after = _EmptyAfter(lines, kinds, nb)
    for i in rows:
        x, s = bisect_left(nb, i), lines[i]
        if i in keep:
            continue  # (an attachment's name in the list of a 附件 line above)
        if i > head and kinds[i] != "chrome" and _is_attachment(s, lines[nb[x + 1]] if x + 1 < len(nb) else ""):
            if _EMPTY_HEAD.fullmatch(s) and empty_after(x):
                continue  # an empty field of the page (附件： and nothing attached; 附件下载 over nothing)
            # (a file's name, 附件1：表.xls, opens a list of files only, as past a date)
            rows_on = map(nb.__getitem__, range(x, len(nb)))
            # (past the closing date, as after a file's name, only attachments go on)
            if _dated_files(lines, kinds, nb, x):
                continue  # (right under the date, 附件： over files' names only: the page's download box)
            dated = _FILE_NAME.search(s) is not None or (x > 0 and _DATE_LINE.fullmatch(lines[nb[x - 1]]) is not None)
            keep.update(_attachments(lines, kinds, rows_on, dated))
            continue
        if kinds[i] == "chrome" or ("号" not in s and "日" not in s) or len(s) > _BLOCK_LINE_MAX:
            continue  # (a 发文字号 ends in 号, a date in 日: the cheap test first)
        # a 发文字号 in brackets under a decision's or a rule's title (（某金罚决字〔2024〕52号）)
        paren = s[:1] in "（(" and s[-1:] in "）)" and (
            _docnum_re().fullmatch(inner := s[1:-1].strip()) is not None or _YEAR_SERIAL.fullmatch(inner) is not None)
        if (paren or _DOC_NUMBER.fullmatch(s)) and not (x and _table_label(lines[nb[x - 1]])):
            keep.add(i)  # (under an empty label, 发文字号： or a cell's 文号, it is a metadata table's value)
            if paren:  # (浙金罚决字〔2024〕52号) under its title: the document follows, tables too
                for j in map(nb.__getitem__, range(x + 1, len(nb))):
                    if kinds[j] == "chrome":
                        break
                    keep.add(j)
            named = False  # (the page title holds the line right above the number)
            title = _NORM.sub("", title)  # (normalised once a number is found: few pages have one)
            for y in range(x - 1, max(x - 1 - p.headline_max_lines, -1), -1):
                j = nb[y]
                if kinds[j] in ("chrome", "prose") or han[j] < 2 or lines[j].endswith((":", "：")):
                    break  # (a label of a metadata table, 发文字号：, is not the title)
                if _DOC_NUMBER.fullmatch(lines[j]):
                    break  # (nor is a 发文字号: the metadata table's value of it, above the title)
                norm = _NORM.sub("", lines[j]) if title else ""
                if y == x - 1:
                    named = norm != "" and norm in title
                elif named and norm not in title:
                    break  # (a side menu's word over the headline the page title names)
                keep.add(j)
                if lines[j].endswith(_ISSUER_MARK):
                    break  # (the issuing organ's mark, 某某局文件: the 版头's top line, nothing above it)
        elif _DATE_LINE.fullmatch(s):
            block = [i]
            for y in range(x - 1, max(x - 1 - p.signature_max_lines, -1), -1):
                j = nb[y]
                if kinds[j] in ("prose", "near") or (j in keep and _DATE_LINE.fullmatch(lines[j])):
                    # text, a signature, then the date: a closing block (or a date kept so
                    # above it: a schedule after the text, 笔试 / date / 面试 / date)
                    keep.update(block)
                    keep.update(_to_note(lines, kinds, nb, x, p))
                    if x + 1 < len(nb) and kinds[nb[x + 1]] == "short" and not _no_note(lines[nb[x + 1]]):
                        keep.add(nb[x + 1])  # (a label with no value there heads a widget: 满意度评价：; a button)
                    break
                if kinds[j] != "short":
                    break
                block.append(j)
    return keep


#: The keys of a 信息公开 page's record table that name its 发文字号 (文号, 发文字号: those of
#: :data:`govtext.document._PORTAL_KEYS` read as the doc number).
_NUMBER_KEYS = frozenset(k for k, v in _PORTAL_KEYS.items() if v == "doc_number")


def _table_label(s: str) -> bool:
    """Is line *s* a label of the page's metadata table waiting for its value on the next line: one with its
    colon and no value (:data:`_EMPTY_LABEL`: 发文字号：; :data:`_SPACED_LABEL`: spaced out as a metadata table
    aligns it, 文 号：, 索 引 号：), or the record table's number key alone, the table crawled a cell a line with
    no colon (文号, 发文字号, letter-spaced 文　号: :data:`_NUMBER_KEYS`)? A 公文's title over its 发文字号 is none,
    nor a sentence ending in a colon with a value after it, nor another key alone (名称, 标题 or 索引号 heading a
    table's column of numbers).

    >>> _table_label("文号"), _table_label("文 号"), _table_label("发文字号："), _table_label("索 引 号：")
    (True, True, True, True)
    >>> _table_label("关于某某的通知"), _table_label("现将有关事项通知如下："), _table_label("文号：某教〔2026〕3号")
    (False, False, False)
    >>> _table_label("名称"), _table_label("标题"), _table_label("索引号"), _table_label("主题分类")
    (False, False, False, False)
    """
    return (_EMPTY_LABEL.fullmatch(s) is not None or _SPACED_LABEL.fullmatch(s) is not None
            or "".join(s.split()) in _NUMBER_KEYS)


def _attachments(lines: list[str], kinds: list[Kind], rows: Iterable[int], dated: bool = False) -> list[int]:
    """From a 附件 line on, up to page chrome: the attachment list, the closing block and the
    attachments after the date. Past the closing date only attachments go on: a line that
    heads one (附件2) and all after it, a file's name (附件1-申报表.docx) or a note in brackets
    (（此件公开发布）); another line
    there is the page's (a row of links, the site's addresses). *dated*: the rows start
    after the date. There, 附件： with the files' names under it (or numbered items) heads a list
    of them only: what follows the list is the page's (an online form, related links); with no
    file under it, the attachment's own text follows it.

    >>> lines = ["2026年11月20日", "附件：", "1.规定（征求意见稿）.docx", "我要留言", "姓名："]
    >>> _attachments(lines, ["short"] * 5, range(1, 5), dated=True)
    [1, 2]
    >>> _attachments(lines[:2] + ["养犬登记申请表", "申请人姓名："], ["short"] * 4, range(1, 4), dated=True)
    [1, 2, 3]
    """
    out: list[int] = []
    rows = iter(rows)
    nxt = next(rows, None)
    label = -1  # (a bare 附件： past the date, whose files' names, numbered or not, are listed under it)
    while (j := nxt) is not None:
        nxt = next(rows, None)  # (the line under it: a label over a file's name is a download box)
        s = lines[j]
        if kinds[j] == "chrome":
            break
        if dated and not _FILE_NAME.search(s) and not _NOTE.fullmatch(s) and not (label >= 0 and _ITEM_NUMBER.match(s)):
            if label >= 0:
                if out[-1] != label:
                    break  # (past the list of files)
                label, dated = -1, False  # (no file under it: the attachment's own text follows)
            elif not _is_attachment(s, "" if nxt is None else lines[nxt]):
                break
            elif _FILES_LABEL.fullmatch(s):
                label = j
            else:
                dated = False  # an attachment's own text follows its heading (附件2)
        out.append(j)
        if _DATE_LINE.fullmatch(s):
            dated = True
    return out


def _dated_files(lines: list[str], kinds: list[Kind], nb: list[int], x: int) -> bool:
    """Is the line at position *x* of *nb* a bare 附件： right under a notice's closing date
    (:data:`_DATE_LINE`) over files' names and nothing else up to page chrome: the page's download box,
    as 附件下载： is (:func:`_download_box`), not the notice's own list of attachments (附件：1.… over its
    signature, or its attachment's own text under it)?

    >>> _dated_files(["2026年11月20日", "附件：", "表.xls", "打印"], ["short"] * 3 + ["chrome"], [0, 1, 2, 3], 1)
    True
    >>> _dated_files(["2026年11月20日", "附件：", "表.xls", "某局"], ["short"] * 4, [0, 1, 2, 3], 1)
    False

    Nor is it when the names are numbered (1.表.xls, 2.表.docx): the notice's own list, under its date.

    >>> _dated_files(["2026年11月20日", "附件：", "1.表.xls", "2.单.doc"], ["short"] * 4, [0, 1, 2, 3], 1)
    False
    """
    return x > 0 and _FILES_LABEL.fullmatch(lines[nb[x]]) is not None and _DATE_LINE.fullmatch(lines[nb[x - 1]]) is not None \
        and _files_only(lines, kinds, nb, x + 1) and not (x + 1 < len(nb) and _ITEM_NUMBER.match(lines[nb[x + 1]]))


def _files_only(lines: list[str], kinds: list[Kind], nb: list[int], x: int) -> bool:
    """Are the lines from position *x* of *nb* up to page chrome (or the page's end) one or more files'
    names (:data:`_FILE_NAME`) and nothing else?

    >>> _files_only(["附件：", "表.xls", "打印"], ["short", "short", "chrome"], [0, 1, 2], 1)
    True
    >>> _files_only(["附件：", "表.xls", "一、总则"], ["short"] * 3, [0, 1, 2], 1)
    False
    """
    y = x
    while y < len(nb) and kinds[nb[y]] != "chrome":
        if _FILE_NAME.search(lines[nb[y]]) is None:
            return False
        y += 1
    return y > x


def _to_note(lines: list[str], kinds: list[Kind], nb: list[int], x: int, p: PageParams) -> list[int]:
    """The lines after a 公文's date (at position *x* of *nb*) up to its publication note
    (（此件公开发布）) within ``note_reach`` non-blank lines, no line a rule dropped between: what
    the document appends to its closing (a name list under 任命：, a table) before the note."""
    out: list[int] = []
    for i in nb[x + 1: x + 1 + p.note_reach]:
        if kinds[i] == "chrome":
            return []
        out.append(i)
        if _PUBLIC_NOTE.fullmatch(lines[i]):
            return out
    return []


#: A 公文's publication note, the last line of its text (（此件公开发布）, （此件主动公开）).
_PUBLIC_NOTE = re.compile(r"[（(]\s*此件[^（()）]{2,8}[）)]")
_DIGIT = re.compile(r"\d")
#: A note in brackets under a 公文's date (（此件公开发布）, （联系人：张某，电话：1234567）).
_NOTE = re.compile(r"[（(][^（()）]{2,60}[）)]")
#: The label of a list of attached files, no number nor value after it (附件：).
_FILES_LABEL = re.compile(r"附\s*件\s*[:：]")
#: An item's number opening a line (1. 2、), the number its group.
_ITEM_NUMBER = re.compile(r"(\d{1,2})\s*[.．、]")
#: A file's downloads as a download box prints them after its name (下载次数：412, 已下载36次, 下载量 7).
_DOWNLOADS = r"已?下载(?:次数|量|数)?\s*[:：]?\s*\d{1,7}\s*次?"
#: An attached file's name.
_FILE_NAME = re.compile(
    rf"\.(?:{_DOC_EXTS}|et|zip|rar|7z|csv)"
    rf"(?:\s*[(（](?:\d{{1,6}}(?:\.\d{{1,3}})?\s?[KMG]?B|{_DOWNLOADS})[)）])?\s*$",
    re.IGNORECASE,
)  # (a file's size after its name, 表.xls (118 KB), or its downloads a download box counts: 表.xls（下载次数：412）)


class _EmptyAfter:
    """Whether the line at position x of *nb* is followed by page chrome, another empty field
    label or nothing (so that a label on it has no value). The labels a look passes over share
    its answer: a run of them is read once."""

    def __init__(self, lines: list[str], kinds: list[Kind], nb: list[int]) -> None:
        self.lines, self.kinds, self.nb = lines, kinds, nb
        self.known: dict[int, bool] = {}

    def __call__(self, x: int) -> bool:
        if x in self.known:
            return self.known[x]
        passed, answer = [x], True
        for y in range(x + 1, len(self.nb)):
            j = self.nb[y]
            if self.kinds[j] == "chrome":
                break
            if not _EMPTY_LABEL.fullmatch(self.lines[j]):
                answer = False
                break
            if y in self.known:
                answer = self.known[y]
                break
            passed.append(y)
        self.known.update(dict.fromkeys(passed, answer))
        return answer


def _empty_labels(
    lines: list[str], kinds: list[Kind], nb: list[int], region: tuple[int, int], free: list[int],
    drops: dict[int, Why],
) -> None:
    """Field labels with no value after the article (附件：, 关联稿件：, a download box's 附件下载 before page
    chrome). *free*:
    the lines that may be (:func:`_outside`; not those dropped since)."""
    empty_after = _EmptyAfter(lines, kinds, nb)
    for i in free[bisect_right(free, region[1]):]:
        if (
            i not in drops and kinds[i] == "short"
            and _EMPTY_HEAD.fullmatch(lines[i]) and empty_after(bisect_left(nb, i))
        ):
            drops[i] = ("page_stray", "empty field label after the article")


#: A signature with a letter's sign-off after it (教务处 敬启, 校长室谨启, 全体教师 敬上): the notice's last
#: line, dated or not.
_SIGN_OFF = re.compile(r"[\u4e00-\u9fff]{2,20}\s?(?:敬启|谨启|敬上|谨上)")


def _signed_date(s: str) -> bool:
    """Whether *s* is a signature and its date on one line (an organ's name, :data:`_ORGAN_NAME`, a
    blank, a :data:`_DATE_LINE`: ``某某县教育局 2024年6月20日``), a notice's last line as the two lines are.

    >>> _signed_date("某某县教育局 2024年6月20日"), _signed_date("某某县实验小学　2024年6月20日")
    (True, True)
    >>> _signed_date("关于做好防汛工作的通知 2024年6月18日")
    False
    """
    head, blank, date = s.rpartition(" ") if " " in s else s.rpartition("\u3000")
    head = head.rstrip(" \u3000")
    return bool(blank) and (_ORGAN_NAME.fullmatch(head) or _SCHOOL_NAME.fullmatch(head)) is not None \
        and _DATE_LINE.fullmatch(date) is not None


#: A school's name signing a notice (某某县实验小学, 某某市第一中学, 某某职业技术学院, 某某幼儿园).
_SCHOOL_NAME = re.compile(r"[（）()\u4e00-\u9fff]{1,28}(?:学校|小学|中学|大学|学院|幼儿园)")


def _closing(lines: list[str], kinds: list[Kind], last: int, p: PageParams) -> list[int]:
    """The short lines right after the region (no chrome between) when one of them is a date
    (alone, or after its signature on one line, :func:`_signed_date`):
    a signature, its date, a note such as （此件公开发布）; undated, a signature with its sign-off
    (:data:`_SIGN_OFF`) right after the region; and when a signatory's line (an office
    and a name: 审判员 孙 立) stands over the date, the signatories' lines under it too, up to
    ``closing_max_signers`` (a judgment's clerk signs under its date: 书记员 周 敏)."""
    block: list[int] = []
    for i in range(last + 1, len(kinds)):
        if kinds[i] == "blank":
            continue
        if kinds[i] == "chrome" or len(block) >= p.closing_max_lines:
            break
        block.append(i)
    dated = [x for x, i in enumerate(block) if _DATE_LINE.fullmatch(lines[i]) or _signed_date(lines[i])]
    if not dated:  # (undated, a signature with a letter's sign-off right under the text: 教务处 敬启)
        return block[:1] if block and _SIGN_OFF.fullmatch(lines[block[0]]) else []
    out = block[: dated[-1] + 2]
    if len(out) > dated[-1] + 1 and _no_note(lines[out[-1]]):
        out.pop()  # (a label with no value under the date is no note: 附件下载： heads the page's box;
        # nor is a button, 确认参加, [我要旁听] [庭审直播预约])
    if not any(_SIGNATORY.fullmatch(lines[i]) for i in block[: dated[-1]]):
        return out
    signed = 0
    for i in range(block[dated[-1]] + 1, len(kinds)):
        if kinds[i] == "blank":
            continue
        if kinds[i] == "chrome" or signed >= p.closing_max_signers:
            break
        if _SIGNATORY.fullmatch(lines[i]):
            out.extend(x for x in range(out[-1] + 1, i + 1) if kinds[x] != "blank")
            signed += 1
        elif i not in out:
            break
    return out


def _signed_end(
    lines: list[str], kinds: list[Kind], han: list[int], nb: list[int], last: int, p: PageParams,
    items: set[int] | frozenset[int] = frozenset(),
) -> int:
    """The region's last line moved down to the notice's signature date (:data:`_DATE_LINE`, under a
    short line of two Han characters or more: the signature) when every line between is one the
    rules kept, ``closing_max_lines`` to ``signed_tail_max_lines`` of them: the rest of its table
    crawled cell by cell, a paragraph, its contact rows (short lines the region did not grow over,
    which :func:`_closing` does not reach). Likewise down to the line over one that ends an article
    (:data:`_ENDS_TEXT`: the editor's line, 责任编辑：…, or 上一篇：…, which the rules drop) over phrases of
    letters only (:func:`_aside`; no item of a headline list, *items*), up to
    ``signed_tail_max_lines`` of them: an article's last box of short tips (小贴士 / 勤洗手 / 常通风)
    ends above it (at the signature's date when the region ends at a signature or its date,
    :func:`_signature_date`: the phrases under a notice's date are a channel's menu, not its tips); and so
    down to the page's last line over ``list_min_run`` or more such lines and
    nothing else (drop_spam's output, the line that ended it gone, read again). A bare date between
    two kept lines is a table's cell (a 受理日期 column), not a line that ends the text. *last*:
    the region's last line.

    >>> rows = ["现将收费项目公示如下：", "项目", "标准", "住宿费", "600元", "伙食费", "按天结算",
    ...         "欢迎监督。", "监督电话：12345", "某某中学", "2026年8月26日", "版权所有"]
    >>> _signed_end(rows, ["prose"] + ["short"] * 6 + ["prose"] + ["short"] * 4, [9] * 12, list(range(12)), 0, DEFAULT_PARAMS)
    10
    >>> kinds = ["prose"] + ["short"] * 3 + ["chrome"] + ["short"] * 2 + ["prose"] + ["short"] * 4
    >>> _signed_end(rows, kinds, [9] * 12, list(range(12)), 0, DEFAULT_PARAMS)
    0
    """
    x = bisect_right(nb, last)
    reach = min(len(nb), x + p.signed_tail_max_lines + 1)
    for y in range(x, reach):
        i = nb[y]
        if kinds[i] == "chrome":
            if y > x and _opens_past_buttons(_ENDS_TEXT, lines[i]) and not any(j in items or _aside(lines[j]) for j in nb[x:y]):
                dated = _signature_date(lines, kinds, han, nb, x, y)
                if dated >= 0 and _menu_under(lines, kinds, nb, bisect_right(nb, dated), y):
                    return dated  # (a channel's menu under the signature's date: the notice ends there)
                return nb[y - 1]  # (phrases of letters only: a credit, 图文：某某, or a link, 查看版面>>,
                # is the page's)
            if not (x < y < reach - 1 and _VALUE_DATE.fullmatch(lines[i]) and kinds[nb[y - 1]] == "short"
                    and kinds[nb[y + 1]] != "chrome"):
                return last  # (a line a rule dropped ends it, a table's date cell aside)
        elif (y - x >= p.closing_max_lines and kinds[nb[y - 1]] == "short" and han[nb[y - 1]] >= 2
              and _DATE_LINE.fullmatch(lines[i])):
            return i
    if len(nb) - x >= p.list_min_run and reach == len(nb) and not any(
            kinds[i] == "chrome" or i in items or _aside(lines[i]) for i in nb[x:]):
        return nb[-1]  # (the editor's line gone, as in drop_spam's output: the page ends there)
    return last


def _notices_above(lines: list[str], kinds: list[Kind], han: list[int], nb: list[int], first: int, p: PageParams) -> int:
    """The region's first line *first* moved up over the notices standing right above it on one page (a
    court's 公告 board: a 开庭公告 over an 执行公告), each ended by its closing block, a closing sentence over
    its signature over its date, with ``notice_gap_max_lines`` short or dropped lines at most between that
    date and the region (the next notice's heading, 文号 and metadata row): its lines up to the first line a
    rule dropped above them (its metadata row, the page's path) or the page's first line,
    ``signed_tail_max_lines`` at most, all of them lines the rules kept and one of them text
    (:func:`_notice_body`). A related list of headlines over their dates ends with no sentence; a sidebar's
    box is no signed notice.

    >>> rows = ["首页 > 公告", "下列案件公开开庭：", "案号：（2026）民初1号", "开庭地点：第一法庭", "特此公告。",
    ...         "某区人民法院", "2026年12月4日", "执行公告", "本院责令被执行人十日内履行义务。"]
    >>> kinds = ["chrome", "short", "short", "short", "near", "short", "short", "short", "prose"]
    >>> _notices_above(rows, kinds, [0, 7, 4, 5, 4, 6, 0, 4, 14], list(range(9)), 8, DEFAULT_PARAMS)
    1
    >>> _notices_above(rows, kinds[:4] + ["short"] + kinds[5:], [0, 7, 4, 5, 4, 6, 0, 4, 14], list(range(9)), 8, DEFAULT_PARAMS)
    8
    """
    while (start := _notice_body(lines, kinds, han, nb, bisect_left(nb, first), p)) < first:
        first = start  # (a board of three notices: the one above that too)
    return first


#: A row of buttons' labels in brackets alone (【打印】 【关闭】, [字号：大 中 小][打印]): a notice's tool row between its
#: heading and its text (:func:`_dated_head`). Blanks only between the brackets, so a run of them is read once.
_BUTTONS_ROW = re.compile(r"[【\[][^【】\[\]]{1,12}[】\]](?:[ \u3000\t]*[【\[][^【】\[\]]{1,12}[】\]])*")
#: A metadata row's label opening it (来源：本院, 作者：…, 浏览次数：88, 字号：大 中 小): a notice's row between its heading
#: and its text with no date in it (:func:`_dated_head`).
_META_LEAD = re.compile(r"\s*(?:(?:信息|文章)?来源|作者|发布(?:时间|日期|机构|单位|者)?|(?:浏览|点击|阅读|访问)(?:次数|量|数)?|字号"
                        r"|(?:责任)?编辑)\s*[:：]")


def _dated_head(lines: list[str], kinds: list[Kind], han: list[int], nb: list[int], first: int, p: PageParams) -> set[int]:
    """The headline of the notice whose text starts at line *first*, when the lines right over that are rows the
    rules dropped, ``notice_gap_max_lines`` at most, each one holding a date (发布时间：2026-12-04 浏览次数：312),
    buttons alone (【打印】 【关闭】, :data:`_BUTTONS_ROW`) or a metadata label (来源：本院, :data:`_META_LEAD`): the
    short line over those rows, of two Han characters or more and a headline's length, no row of menu words (a
    heading the side menu repeats, 开庭公告, is its own page's headline there); else none (:func:`_notices_above`:
    a heading right over the text, no row between, is the reading's headline over its region).

    >>> rows = ["其他公告", "开庭公告", "发布时间：2026-12-04", "下列案件公开开庭："]
    >>> _dated_head(rows, ["short", "short", "chrome", "short"], [4, 4, 0, 7], [0, 1, 2, 3], 3, DEFAULT_PARAMS)
    {1}
    >>> _dated_head(rows, ["short", "short", "chrome", "short"], [4, 4, 0, 7], [0, 1, 2, 3], 2, DEFAULT_PARAMS)
    set()
    >>> rows = ["其他公告", "开庭公告", "【打印】 【关闭】", "下列案件公开开庭："]
    >>> _dated_head(rows, ["short", "short", "chrome", "short"], [4, 4, 0, 7], [0, 1, 2, 3], 3, DEFAULT_PARAMS)
    {1}
    >>> _dated_head(["其他公告", "开庭公告", "版权所有 某县法院", "下列案件公开开庭："], ["short", "short", "chrome", "short"],
    ...             [4, 4, 0, 7], [0, 1, 2, 3], 3, DEFAULT_PARAMS)
    set()
    """
    x = y = bisect_left(nb, first)
    while y > 0 and x - y < p.notice_gap_max_lines and kinds[nb[y - 1]] == "chrome" and (
            _DATED.search(s := lines[nb[y - 1]]) or _BUTTONS_ROW.fullmatch(s.strip()) or _META_LEAD.match(_past_buttons(s))):
        y -= 1
    if y == x or y < 1:
        return set()
    i = nb[y - 1]
    if kinds[i] != "short" or han[i] < 2 or len(lines[i]) > p.headline_max_len or _menu_row(lines[i], p):
        return set()
    return {i}


def _notice_body(lines: list[str], kinds: list[Kind], han: list[int], nb: list[int], x: int, p: PageParams) -> int:
    """The first line of a signed notice right above position *x* of *nb* (:func:`_notices_above`), or
    ``nb[x]`` (len(lines) past the last) when none stands there. Words alone on their lines (:func:`_item_word`)
    or rows of menu words opening its lines, ``chrome_min_run`` or more, are a side menu over it, not its own."""
    none = nb[x] if x < len(nb) else len(lines)
    dated = next((y for y in range(x - 1, max(x - 2 - p.notice_gap_max_lines, 1), -1)
                  if kinds[nb[y]] not in ("short", "chrome") or _date_alone(lines[nb[y]])), None)
    if dated is None or kinds[nb[dated]] != "short" or not _date_alone(lines[nb[dated]]):
        return none  # (between the date and the notice under it: its heading, 文号 and metadata row at most)
    signer, closing = nb[dated - 1], nb[dated - 2]
    if not (kinds[signer] == "short" and han[signer] >= 2 and not _date_alone(lines[signer])
            and kinds[closing] in ("near", "prose") and _CLOSED.search(lines[closing])):
        return none
    y = dated - 3
    while y >= 0 and kinds[nb[y]] != "chrome":
        if dated - 2 - y > p.signed_tail_max_lines:
            return none
        y -= 1
    body = nb[y + 1: dated - 2]
    top = next((z for z, i in enumerate(body) if not (_item_word(lines[i], kinds[i], han[i], p) or _menu_row(lines[i], p))),
               len(body))
    if top >= p.chrome_min_run:  # (a side menu a word a line over the notice, no dropped row between: not its lines)
        body = body[top:]
    if not any(kinds[i] in ("near", "prose") or _introduces(lines[i], han[i]) for i in body):
        return none
    return body[0]


def _date_alone(s: str) -> bool:
    """Whether *s* is a date alone (:data:`_DATE_LINE`), read only when it is no longer than ``DATE_LINE_MAX_LEN``.

    >>> _date_alone("2026年12月4日"), _date_alone("2026年1月1日" + "\\t" * 60 + "（周五）"), _date_alone("特此公告。")
    (True, False, False)
    """
    return len(s) <= DATE_LINE_MAX_LEN and _DATE_LINE.fullmatch(s) is not None


def _signature_date(lines: list[str], kinds: list[Kind], han: list[int], nb: list[int], x: int, reach: int) -> int:
    """The last date of the signatures and dates under a notice's text, whose region ends at line
    ``nb[x - 1]``: a signature (a short line of two Han characters or more) over its date
    (:data:`_DATE_LINE`), the region's last line the first signature or its date, more pairs under
    them (two signing bodies); -1 when no date stands there (*reach*: where the search stops in
    *nb*). The notice may end at that date: :func:`_signed_end` ends it there when the phrases under
    it read as a channel's menu (:func:`_menu_under`); they may as well be the notice's own (its
    抄送 block, a list of names).

    >>> rows = ["正文。", "某村合作社", "2026年5月9日", "某村监督委员会", "2026年5月9日", "惠民资金", "上一篇：某某"]
    >>> _signature_date(rows, ["prose"] + ["short"] * 5 + ["chrome"], [3, 5, 3, 7, 3, 4, 4], list(range(7)), 2, 7)
    4
    """
    dated, y = -1, x
    if x and _DATE_LINE.fullmatch(lines[nb[x - 1]]):
        dated, y = nb[x - 1], x + 1  # (the region ends at the first date: the next pair under it)
    while y < reach:
        signer = nb[y - 1]
        if not (kinds[signer] == "short" and han[signer] >= 2 and _DATE_LINE.fullmatch(lines[nb[y]])) \
                or _DATE_LINE.fullmatch(lines[signer]):
            break
        dated, y = nb[y], y + 2
    return dated


def _menu_under(lines: list[str], kinds: list[Kind], nb: list[int], x: int, y: int) -> bool:
    """Do the phrases ``nb[x:y]`` under a notice's signature date read as a channel's menu crawled
    there rather than as the notice's own lines? One of them at least stands as an item of a line of
    the page's chrome (:data:`_MENU_SEP` apart: the channel named in the nav bar or the breadcrumb,
    位置：首页 > 惠民资金 > 农业补贴), none is a document's closing label (:data:`_CLOSING_LABEL`: its
    抄送 block), and they are not all people's names (two or three Han characters, a common surname
    first: a list the notice publishes).

    >>> rows = ["首页 > 惠民资金 > 农业补贴", "正文。", "某乡人民政府", "2026年5月9日", "惠民资金", "社会保障", "上一篇：某某"]
    >>> kinds = ["chrome", "prose", "short", "short", "short", "short", "chrome"]
    >>> _menu_under(rows, kinds, list(range(7)), 4, 6), _menu_under(["首页 > 张三"] + rows[1:4] + ["张三", "李四"], kinds, list(range(6)), 4, 6)
    (True, False)
    """
    phrases = [lines[i].strip() for i in nb[x:y]]
    surnames = _surnames()
    if not phrases or any(_CLOSING_LABEL.match(s) for s in phrases) or all(
            s[:1] in surnames and _NAME_ALONE.fullmatch(s) for s in phrases):
        return False
    items = {w for i in nb if kinds[i] == "chrome" for w in _MENU_SEP.split(lines[i])}
    return any(s in items for s in phrases)


#: What parts a menu's items on a line of page chrome (首页 > 惠民资金 > 农业补贴, 首页 | 新闻 | 公开):
#: blanks, arrows, bars, slashes and dots (not a colon: 责任编辑：李四 names no item 李四).
_MENU_SEP = re.compile(r"[\s>＞|｜/／»›·•]+")
#: The marks alone of :data:`_MENU_SEP` (no blank): what parts the items of a menu whose items may be spaced out.
_MENU_MARKS = re.compile(r"[>＞|｜/／»›·•]+")
#: A document's closing label opening a line (抄送, 报送, 附件2): the block under it is the document's.
_CLOSING_LABEL = re.compile(r"(?:抄送|抄报|报送|分送|附件|主题词)")
#: A person's name alone: two or three Han characters (with a common surname first, :func:`_menu_under`).
_NAME_ALONE = re.compile(r"[\u4e00-\u9fff]{2,3}")


def _aside(s: str) -> bool:
    """Is the line none of an article's own between its text and what ends it: not one phrase of
    letters (a heading, a tip, a course's name), but a credit (图文：某某), a link (查看数字报版面>>),
    a closing mark (— END —) or a sentence (a comment's text)?"""
    return _NORM.search(s) is not None


#: A line that ends an article: its editor's line (责任编辑：某某, 【编辑：某某】, （审核：某某）) or a link to
#: the previous or next one (上一篇：…, 【下一条】…).
_EDITOR_SIGN = r"(?:(?:责任编辑|责编|编辑|审核|校对)\s*[:：])"
#: What may open such a line before its words: spaces and an opening bracket.
_SIGN_OPEN = r"\s*[(（\[【]?\s*"
_ENDS_TEXT = re.compile(_SIGN_OPEN + r"(?:" + _EDITOR_SIGN + r"|(?:上一篇|下一篇|上一条|下一条)\s*[:：>\]】])")


#: An article's editor line, the part of :data:`_ENDS_TEXT` that signs the text itself (责任编辑：某某,
#: （编辑：某某 审核：某某）): what stands right over it is the text's (:func:`_over_editor_line`).
_EDITOR_LINE = re.compile(_SIGN_OPEN + _EDITOR_SIGN)
#: One or two buttons' labels in brackets opening a line, the blanks after them (【纠错】 , [打印][关闭] ),
#: each to be a word of :func:`~govtext._util.interface_words` (:func:`_past_buttons`).
_BUTTON_LEAD = re.compile(r"\s*[【\[]([^\s【】\[\]]{1,8})[】\]]\s*(?:[【\[]([^\s【】\[\]]{1,8})[】\]]\s*)?")


def _past_buttons(s: str) -> str:
    """*s* past the one or two buttons' labels in brackets opening it (:data:`_BUTTON_LEAD`, each an
    interface word: 【纠错】 责任编辑：某某 reads 责任编辑：某某), or *s* itself where none opens it
    (【通知】 …, 【编辑：某某】, a label alone).

    >>> _past_buttons("【纠错】 责任编辑：某某"), _past_buttons("[打印][关闭] 来源:某报"), _past_buttons("【通知】 来源：某报")
    ('责任编辑：某某', '来源:某报', '【通知】 来源：某报')
    """
    m = _BUTTON_LEAD.match(s)
    if m is None or m.end() == len(s) or not all(w is None or w.lower() in interface_words() for w in m.groups()):
        return s
    return s[m.end():]


def _opens_past_buttons(pattern: re.Pattern[str], s: str) -> bool:
    """Does *pattern* match at the start of *s*, as it is or past buttons' labels opening it
    (【纠错】 责任编辑：某某, :func:`_past_buttons`)? (With :data:`_ENDS_TEXT`: a line ending an
    article; with :data:`_EDITOR_LINE`: an article's editor line.)

    >>> _opens_past_buttons(_EDITOR_LINE, "【纠错】 责任编辑：某某"), _opens_past_buttons(_EDITOR_LINE, "【通知】 编辑：某某")
    (True, False)
    """
    return pattern.match(s) is not None or (s[:1] in ("【", "[") and pattern.match(_past_buttons(s)) is not None)


def _caption_after(lines: list[str], kinds: list[Kind], nb: list[int], last: int, p: PageParams) -> list[int]:
    """The line right after the region when it is a photo's caption (:data:`_CAPTION`: 图为…, or
    ending in its credit, …摄, （某馆 供图）) of ``edge_max_len`` characters at most: the caption under
    the article's last picture, however the page's links under it run on (上一个：…, 相关项目); or a
    transcript's note of applause (:data:`_STAGE_NOTE`: （全场热烈掌声）) under a speech's last line.

    >>> _caption_after(["正文。", "图为传承人在传习所演示技法（某县文化馆 供图）", "上一个：某某"], ["prose", "short", "short"],
    ...                [0, 1, 2], 0, DEFAULT_PARAMS)
    [1]
    """
    x = bisect_right(nb, last)
    if x == len(nb):
        return []
    i = nb[x]
    if kinds[i] in ("short", "near") and len(lines[i]) <= p.edge_max_len and (
            _CAPTION.fullmatch(lines[i]) or _STAGE_NOTE.fullmatch(lines[i])):
        return [i]
    return []


#: A photo's caption: it says what the picture shows (图为…, 上图：…) or ends in its credit (记者 某某 摄,
#: （某馆 供图）).
_CAPTION = re.compile(r"(?:图为|[上下]图[为：:]|图[一二三四五1-9]?[：:]).{2,}|.{4,}(?:摄|摄影|供图)\s*[)）]?")
#: Han characters before the response a transcript's note names ((全场响起长时间热烈掌声): 9).
_STAGE_NOTE_LEAD_MAX = 12
#: A transcript's note of the hall's response in brackets ((掌声), (全场热烈掌声), (笑声)): under a speech's
#: last line, its own, as the notes inside it are.
_STAGE_NOTE = re.compile(rf"[(（][\u4e00-\u9fff]{{0,{_STAGE_NOTE_LEAD_MAX}}}?(?:掌声|笑声|鼓掌)[\u4e00-\u9fff]{{0,4}}[)）]")


#: A signatory's line: an office of two to six Han characters, a space, a name of two to four
#: (its characters spaced out too: 审判员 孙 立, 书记员 周敏, 人民陪审员 王某某).
_SIGNATORY = re.compile(r"[\u4e00-\u9fff]{2,6}[ \u3000]+[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}")


def _kicker(
    lines: list[str], kinds: list[Kind], han: list[int], nb: list[int], heads: set[int],
    items: set[int], head: int, t: int, p: PageParams,
) -> list[int]:
    """The line right above the headline (引题, a kicker: 3万余名治保员遍布城乡) when a line rule
    dropped the line above it (a breadcrumb): short, of a headline's length, one phrase (no
    space), with ``head_min_han`` Han characters or more, not an item of a list (*t*: the title
    line)."""
    if head not in heads:
        return []
    x = bisect_left(nb, head)
    while x > 0 and nb[x - 1] in heads and nb[x - 1] != t:
        x -= 1  # the headline's first line
    if x < 2:
        return []
    k, above = nb[x - 1], nb[x - 2]
    if (
        kinds[k] == "short" and han[k] >= p.head_min_han and len(lines[k]) <= p.headline_max_len
        and " " not in lines[k] and k not in items and k not in heads and kinds[above] == "chrome"
        and not _table_field(lines, kinds, nb, k)
    ):  # (words apart are a menu or a breadcrumb: 网站地图 设置首页; a metadata table's field)
        return [k]
    return []


def _long_prose(s: str, han: int, p: PageParams) -> bool:
    return han >= p.long_prose_min_han and _LONG_END.search(s) is not None


def _closed_by(lines: list[str], end: int, protected: list[int], chrome: list[int]) -> bool:
    """Whether a run of short lines after the article, its last line at *end*, stands above the
    document's closing the reading protects (*protected*: the lines to keep, in order; a signature
    over its date, or the date) with no page chrome between (*chrome*: its lines, in order): the
    run is the document's, between its text and its closing (a notice's table of two records
    crawled cell by cell, 事项名称 / 排水许可 / 办理时限 / …, over 特此公告。 and the signature).

    >>> _closed_by(["a", "b", "特此公告。", "某局", "2026年12月1日"], 1, [3, 4], [])
    True
    >>> _closed_by(["a", "b", "首页", "某局", "2026年12月1日"], 1, [3, 4], [2])
    False
    """
    x = bisect_right(protected, end)
    if x == len(protected):
        return False
    y = bisect_right(chrome, end)  # (the first chrome line under the run: none before the closing)
    if y < len(chrome) and chrome[y] < protected[x]:
        return False
    return any(_DATE_LINE.fullmatch(lines[k]) for k in protected[x: x + 2])


def _outside(
    lines: list[str], f: _Facts, codes: np.ndarray, han: list[int], region: tuple[int, int],
    keep: set[int], items: set[int], head: int, p: PageParams, bare: bool = False,
) -> tuple[dict[int, Why], list[int], list[int]]:
    """Drops among the kept lines outside the region: chrome runs, then stray short lines
    (*head*: the article's first line, its headline's if it has one; *f*: the lines' facts).
    With them the lines the passes after it read (:func:`_islands`, :func:`_empty_labels`): the
    non-blank lines outside the region the rules kept, none protected (*keep*), none dropped
    here but a stray line (found with the masks at hand, where those passes tested each line
    outside the region); and the lines dropped in its runs (for :func:`_tables_between`)."""
    first, last = region
    drops: dict[int, Why] = {}
    runs: list[int] = []  # (the lines dropped in a run, the only ones :func:`_tables_between` reads)
    short, chrome, kept = codes == SHORT, codes == CHROME, _mask(len(codes), keep)
    closing: tuple[list[int], list[int]] | None = None
    for n, rows in _chrome_runs(codes, short, chrome, kept, items, region, head, p):
        # (a run stands before the region or after it: the region's first line ends it)
        side = "before" if rows[0] < first else "after"
        if bare and side == "before":
            continue
        if side == "after" and keep:
            if closing is None:  # (once a page: the protected lines and the chrome, in order)
                closing = (sorted(keep), chrome.nonzero()[0].tolist())
            if _closed_by(lines, rows[-1], *closing):
                continue
        reason, listed = f"short line in a run of {n} {side} the article", ""
        if not items or items.isdisjoint(rows):  # (most runs: no list item among them, one drop a line)
            drops.update(zip(rows, repeat(("page_chrome", reason))))
            runs.extend(rows)
            continue
        for i in rows:
            if i not in items:
                drops[i] = ("page_chrome", reason)
                runs.append(i)
            elif not _long_prose(lines[i], han[i], p):  # (a short line is never long prose)
                listed = listed or f"list line in a run of {n} {side} the article"
                drops[i] = ("page_chrome", listed)
                runs.append(i)
    dropped = _mask(len(codes), drops)  # (the lines dropped so far)
    rest = ~(dropped | kept)  # (outside the region, neither dropped nor protected)
    rest[first: last + 1] = False
    stray = short & rest
    # a row of menu words outside the region is the page's menu, in a run or alone (tabs under
    # the headline: 图片直播 文字实录 视频回放 网友提问)
    # (not a table's header row over a row of as many cells: 学校名称 招生计划 报名时间 咨询电话;
    # nor the line right under the article's last, nothing between: a row of phrases closing it)
    close = next((k for k in range(last + 1, len(lines)) if lines[k].strip()), None)
    for i in stray.nonzero()[0].tolist():
        if i != close and _menu_row(lines[i], p) and not _table_head(lines, i, p):
            drops[i] = ("page_chrome", "row of menu words outside the article")
            dropped[i], rest[i], stray[i] = True, False, False
    # a short line with page chrome (a chrome line, a dropped one) between it and the region
    # is cut off from the article: not one between the last such line before the region and
    # the first after it
    cut = (chrome | dropped).nonzero()[0]
    x, y = cut.searchsorted((first, last + 1)).tolist()  # (bisect_left at first, bisect_right at last)
    stray[int(cut[x - 1]) if x else 0: int(cut[y]) + 1 if y < len(cut) else len(codes)] = False
    for i in stray.nonzero()[0].tolist():
        drops[i] = ("page_stray", _STRAY_BEFORE if i < first else _STRAY_AFTER)
    return drops, ((codes >= SHORT) & rest).nonzero()[0].tolist(), runs


#: The reasons of :func:`_outside`'s stray lines.
_STRAY_BEFORE = "short line before the article, cut off by page chrome"
_STRAY_AFTER = "short line after the article, cut off by page chrome"


def _islands(
    lines: list[str], kinds: list[Kind], han: list[int], nb: list[int], region: tuple[int, int],
    free: list[int], drops: dict[int, Why], p: PageParams, head: int = -1,
) -> None:
    """Kept lines outside the region whose non-blank neighbours on both sides are dropped (not
    a paragraph longer than the region: the article's body under a one-line lede; nor long
    prose above the region: a page's introduction above its lists, unless a sidebar box's summary
    above the headline *head* (-1: none), :func:`_box_summary`); and
    teasers, a headline-length line and the paragraph under it so enclosed, when the page has
    ``teaser_min`` or more of them (a list of article summaries), or one such pair after the
    article that is two fields of a box (:func:`_box_field`: a sidebar's 领导信息, 职务：… over
    分工：…). *free*: the lines it reads,
    in order (:func:`_outside`: kept lines outside the region, not protected, not dropped
    before, save the lines dropped since, which are passed over)."""
    first, last = region
    body = sum(han[first: last + 1])
    loose = set(free)

    def gone(x: int) -> bool:  # (the text's edge is not: a last paragraph after a picture)
        return 0 <= x < len(nb) and (kinds[nb[x]] == "chrome" or nb[x] in drops)

    def title(i: int) -> bool:  # a headline's length, no sentence
        return len(lines[i]) <= p.headline_max_len and not _SENTENCE.search(lines[i])

    pairs = []
    for i in free:
        if i in drops:
            continue  # (dropped since: a stray line, a headline of two)
        x = bisect_left(nb, i)
        if gone(x - 1) and gone(x + 1):
            # (not long prose above the article: a special-topic page's introduction under its
            # banner, before the lists of its channels; sidebars and comments come after it)
            if han[i] <= body and not (i < first and _long_prose(lines[i], han[i], p) and not _box_summary(lines, nb, x, head)
                                       and not _over_crumb(lines, kinds, nb, x, head)) \
                    and not (i > last and han[i] >= p.long_prose_min_han and _resumed(lines, kinds, han, nb, x, last, drops, p)) \
                    and not (i > last and _over_editor_line(lines, kinds, han, nb, x, last, drops, p)):
                drops[i] = ("page_island", "paragraph among dropped lines outside the article")
        elif gone(x - 1) and x + 2 < len(nb) and nb[x + 1] in loose and nb[x + 1] not in drops and gone(x + 2) \
                and title(i):
            if kinds[nb[x + 1]] == "prose" and not title(nb[x + 1]):
                if i > last and _box_field(lines[i]) and _box_field(lines[nb[x + 1]]):
                    for j in nb[x: x + 2]:  # (a sidebar's box of a person: 职务：… over 分工：…)
                        drops[j] = ("page_island", "two field rows among dropped lines after the article")
                else:
                    pairs.append(x)
            elif title(nb[x + 1]):  # two headlines of a list the rules cut in pieces
                for j in nb[x: x + 2]:
                    drops[j] = ("page_island", "two headlines among dropped lines outside the article")
        elif i > last and kinds[i] == "prose" and gone(x - 1) and (n := _excerpt(lines, kinds, nb, x, loose, drops, p)):
            for j in nb[x: x + n]:  # (another article's preview under 上一篇, cut short with a link to it)
                drops[j] = ("page_island", "excerpt over a read-more link after the article")
    if len(pairs) >= p.teaser_min:
        for x in pairs:
            for i in nb[x: x + 2]:
                drops[i] = ("page_island", f"teaser (headline and summary), one of {len(pairs)}")


#: A link to an article's whole text alone on its line (查看全文>>, 阅读全文 >, [查看全文]).
_FULL_TEXT = re.compile(r"\[?\s*(?:阅读|查看)全文\s*(?:>{1,3}|»|\])?")


def _excerpt(lines: list[str], kinds: list[Kind], nb: list[int], x: int, loose: set[int], drops: dict[int, Why],
             p: PageParams) -> int:
    """How many paragraphs from position *x* on (kept, outside the region: *loose*, not in *drops*;
    ``excerpt_max_lines`` at most) stand right over a link to an article's whole text (:data:`_FULL_TEXT`):
    another article's excerpt cut short there (a 上一篇's preview under its headline and date); 0 if
    none do. A paragraph alone between dropped lines is an island already."""
    k = x
    while k < len(nb) and k - x < p.excerpt_max_lines and kinds[nb[k]] == "prose" and nb[k] in loose \
            and nb[k] not in drops:
        k += 1
    return k - x if k > x and k < len(nb) and _FULL_TEXT.fullmatch(lines[nb[k]]) is not None else 0


def _box_field(s: str) -> bool:
    """Whether *s* is one field of a sidebar's box (:data:`_FIELD_ROW`: 职务：县委副书记、县长, 分工：主持…工作。),
    not a contact's (no digit, no label of :data:`_CONTACT_LABELS`: the article's 联系人：某老师 and
    电子邮箱：… rows may stand cut off from it by a share bar).

    >>> _box_field("职务：县委副书记、县长"), _box_field("联系电话：0571-86210035"), _box_field("联系人：邵老师")
    (True, False, False)
    """
    if _FIELD_ROW.fullmatch(s) is None or _DIGIT.search(s) is not None:
        return False
    return not any(w in s[: s.find("：") if "：" in s else s.find(":")] for w in _CONTACT_LABELS)


#: Words of a contact field's label (:func:`_box_field`).
_CONTACT_LABELS = ("联系", "电话", "手机", "传真", "邮箱", "邮件", "地址", "邮编", "咨询", "热线")


#: A box's read-more link alone on its line (了解更多>>, 更多>>, [详细]): the paragraph over it is the box's
#: summary (a sidebar's 学院简介), not a page's introduction. (One run of blanks before and after the
#: arrows is read by one quantifier: ``\s*(?:>>)?\s*`` tried the run's every split, quadratic.)
_READ_MORE = re.compile(r"\[?\s*(?:了解|查看|阅读)?(?:更多|详细|详情)\s*(?:(?:>{1,3}|»|\])\s*)?")


def _box_summary(lines: list[str], nb: list[int], x: int, head: int) -> bool:
    """Is the paragraph at position *x* of *nb* a sidebar box's summary: over its read-more link
    alone on a line (:data:`_READ_MORE`), above the article's headline *head* with its date right
    under it (a 学院简介 box before a notice's headline; a special topic's introduction over 了解更多>>
    stands over its channels' link titles, no date under them)?

    >>> page = ["某学院始建于1985年，现有教职工146人。", "了解更多>>", "通知公告", "关于某某的通知", "时间：2026-12-02"]
    >>> _box_summary(page, [0, 1, 2, 3, 4], 0, 3), _box_summary(page[:4] + ["浏览：213"], [0, 1, 2, 3, 4], 0, 3)
    (True, False)
    """
    if not (0 <= nb[x] < head and x + 1 < len(nb) and _READ_MORE.fullmatch(lines[nb[x + 1]])):
        return False
    y = bisect_right(nb, head)
    return y < len(nb) and _DATED.search(lines[nb[y]]) is not None


def _over_crumb(lines: list[str], kinds: list[Kind], nb: list[int], x: int, head: int) -> bool:
    """Is the paragraph at position *x* of *nb* above the page's breadcrumb (a line the rules
    dropped, :meth:`govtext.spam.Navigation.crumb`), itself above the article's headline *head*: a box of the site's
    header (a 滚动公告's sentence, a 今日关注 box's headline and summary), not the page's introduction,
    which stands under the path to the page (-1: no headline, never)? (*lines* folded, as the rules read them.)

    >>> page = ["今日关注", "某县召开会议,研究部署冬季安全工作。", "当前位置:首页 > 要闻", "某镇开展义诊活动"]
    >>> kinds = ["short", "prose", "chrome", "short"]
    >>> _over_crumb(page, kinds, [0, 1, 2, 3], 1, 3), _over_crumb(page, kinds, [0, 1, 2, 3], 1, -1)
    (True, False)
    >>> _over_crumb(page[:2] + ["首页 政务公开 政务服务"] + page[3:], kinds, [0, 1, 2, 3], 1, 3)
    False
    """
    if not 0 <= nb[x] < head:
        return False
    from .spam import Navigation  # (spam imports this module: its rule's own test, at call time)

    y = bisect_left(nb, head)
    return any(kinds[k] == "chrome" and Navigation.crumb(lines[k]) for k in nb[x + 1: y])


#: The end of a paragraph: a sentence's end, a closing quote or bracket after it.
_CLOSED = re.compile(r"[。！？!?][”\"’」』）)]*$")


def _resumed(
    lines: list[str], kinds: list[Kind], han: list[int], nb: list[int], x: int, last: int,
    drops: Mapping[int, Why], p: PageParams,
) -> bool:
    """Whether the paragraph at position *x* of *nb* (long prose, after the region's last line
    *last*) goes on from the article's text past a block of the page interleaved with it: the
    nearest line above it that is kept, across at most ``interleave_max_lines`` dropped ones, is
    long prose after the region that is kept too, with long prose right above it (the article
    went on past one block already: a sidebar's blocks crawled between its paragraphs), and it
    ends a sentence. A sidebar's summary under its link sits under the links, not under the
    article's text."""
    i = nb[x]
    if not _long_prose(lines[i], han[i], p) or _CLOSED.search(lines[i]) is None:
        return False  # (a paragraph ends a sentence: no notice with its buttons after it)

    def kept(j: int) -> bool:
        return kinds[j] != "chrome" and j not in drops

    def kept_prose_after(j: int) -> bool:  # (kept long prose after the region)
        return j > last and kept(j) and _long_prose(lines[j], han[j], p)

    for y in range(x - 1, max(x - 2 - p.interleave_max_lines, -1), -1):
        if kept(nb[y]):
            return kept_prose_after(nb[y]) and y > 0 and kept_prose_after(nb[y - 1])
    return False


def _over_editor_line(
    lines: list[str], kinds: list[Kind], han: list[int], nb: list[int], x: int, last: int,
    drops: Mapping[int, Why], p: PageParams,
) -> bool:
    """Whether the paragraph at position *x* of *nb* (prose ending a sentence, after the region's last
    line *last*) is the article's last, past a box crawled inside it: right over the article's editor
    line (:data:`_EDITOR_LINE`: 责任编辑：…, （编辑：… 审核：…）), with only dropped lines between it and
    the region's last line, ``interleave_max_lines`` at most, and that line long prose (延伸阅读 and
    its links between the text's last two paragraphs). A box's teaser stands under the editor line."""
    # (the line under it first, anchored: most islands stand over no editor line; a paragraph's end
    # is searched for last, over the whole line)
    if x + 1 >= len(nb) or not _opens_past_buttons(_EDITOR_LINE, lines[nb[x + 1]]) or kinds[nb[x]] != "prose":
        return False
    y = bisect_left(nb, last)
    return 0 < x - y - 1 <= p.interleave_max_lines and _long_prose(lines[last], han[last], p) \
        and all(kinds[j] == "chrome" or j in drops for j in nb[y + 1: x]) and _CLOSED.search(lines[nb[x]]) is not None


def _article_run(
    lines: list[str], kinds: list[Kind], han: list[int], weights: list[int], heads: set[int],
    items: set[int], best: tuple[int, int, int], t: int, p: PageParams, totals: np.ndarray,
) -> tuple[tuple[int, int, int], set[int]]:
    """The article's run (score, first, last) and the headline lines that stand: the best run
    right after a copy of the headline (or a table there), else the page's best run *best*
    (:func:`_best_run`) and no headline. *t*: the title line; *totals*: the *weights* summed up to
    each line (an array)."""
    run: tuple[int, int, int] | None = None
    runs = _RunsFrom(weights, totals)
    anchors = sorted(heads - {t})  # the title line is not where the article starts, unless it
    if not anchors and _bare_headline(lines[t], kinds[t], han[t], p, _prose_under(kinds, t)):
        anchors = [t]  # is the bare headline opening the text, no copy below (drop_spam's output:
        # lines the rules dropped above it, a stray mark, are gone there, so they do not count)
    for h in anchors:
        other = _anchored_run(lines, weights, kinds, h, heads, items, p, runs)
        if other is not None and (run is None or other[0] > run[0]):
            run = other  # (the headline's copy in a metadata table comes before the article's)

    if run is not None and best[2] < run[1] and run[0] * p.anchor_min_ratio < best[0]:
        run = None  # a few lines after a copy of the headline, the article before it (a page
        # that repeats its headline and first paragraph after the footer)
    if run is None:  # an article made of a table right after the headline
        after = _TablesAfter(lines, kinds, han, weights) if anchors else None
        run = next(filter(None, (after.after(h, p) for h in anchors if after)), None)
    if run is None:  # no article right after a headline: they were lines of the page's chrome
        heads = set()
        run = best
    return run, heads


def _bare_headline(s: str, kind: Kind, han: int, p: PageParams, prose_under: bool) -> bool:
    """Is the title line *s* a headline alone: of a headline's length and Han characters, no
    sentence, no separator before a site's name? Or as short as a headline the title line
    names by its lead (:func:`_headlines`: more than ``_MENU_WORD_LEAD`` Han characters, or
    fewer with prose under it, *prose_under*): the first reading found such a headline through
    the title line and dropped that and the lines above it, so that it opens drop_spam's
    output, and reading that again must find it too (教育心理学 over a course's page)."""
    if kind not in ("short", "near") or len(s) > p.headline_max_len or s.endswith((":", "：")):
        return False  # (a field's label waiting for its value, 索引号：, is no headline)
    if han < p.head_min_han and not (han > _MENU_WORD_LEAD or (han and prose_under)):
        return False
    return _TITLE_SEP.search(s) is None and not _SENTENCE.search(s)


def _article_region(
    lines: list[str], kinds: list[Kind], codes: np.ndarray, han: list[int], items: set[int], inline: set[int],
    nb: list[int], heads: set[int], run: tuple[int, int], p: PageParams, menus: frozenset[int] = frozenset(),
    cells: bool = True,
) -> tuple[int, int]:
    """The article's run (first and last line) grown over fragments (:func:`_grow`) and over a
    data table right before or after it (:func:`_table_edge`), never back over its headline
    onto short lines only (*menus*: :func:`_menu_heads`). Grown over a guide's table of fields
    (with *cells*) only when the region it makes holds ``field_cells_page_min_labels`` of the
    guide's labels or more: a box of the site's contacts names a few (counted in the region, which
    drop_spam's output holds whole, so that reading it again decides alike)."""
    fields: list[int] | None = [] if cells else None
    region = _grow(lines, kinds, han, items, inline, nb, *run, p, menus, fields)
    edges: dict[tuple[int, int], int] = {}  # (an edge that did not move is not read again)

    def edge(at: int, d: int) -> int:
        if (at, d) not in edges:
            edges[at, d] = _table_edge(lines, kinds, nb, at, d, heads, p)
        return edges[at, d]

    while (ends := (edge(region[0], -1), edge(region[1], 1))) != region:
        region = _grow(lines, kinds, han, items, inline, nb, *ends, p, menus, fields)  # (then text, then a table …)
    floor = max((h for h in heads if h < run[0]), default=-1)
    if region[0] <= floor and not (codes[region[0]: floor] == PROSE).any():
        region = (floor + 1, region[1])  # not back over its headline onto short lines only
        # (channel names above it; over prose it found the article's start before a copy)
    if fields and _guide_labels_in(lines, kinds, region) < p.field_cells_page_min_labels:
        return _article_region(lines, kinds, codes, han, items, inline, nb, heads, run, p, menus, False)
    last = _english_abstract(lines, kinds, han, nb, region[1], p)
    return region[0], _last_translation(lines, kinds, han, nb, region, p) if last == region[1] else last


def _english_abstract(lines: list[str], kinds: list[Kind], han: list[int], nb: list[int], last: int, p: PageParams) -> int:
    """The region's last line *last*, or the last line of a paper's English title block right after
    it: lines with no Han character (the title, the authors, their affiliations), up to
    ``abstract_reach`` of them, then the abstract (``Abstract:`` and ``abstract_min_words`` words or
    more) and the key words under it (a Chinese journal's paper ends with them, after its
    references: with no Han they read as a run of short lines after the article).

    >>> lines = ["结论正文。", "A Study of Rural Schools", "LI Ming", "Abstract: " + "word " * 12, "Key words: school; teacher", "编辑：某某"]
    >>> _english_abstract(lines, ["prose", "short", "short", "near", "near", "short"], [4, 0, 0, 0, 0, 4], list(range(6)), 0, DEFAULT_PARAMS)
    4
    """
    x = bisect_left(nb, last) + 1
    if x >= len(nb) or han[nb[x]]:
        return last  # (most pages: a line of Han right after the region)
    for y in range(x, min(x + p.abstract_reach + 1, len(nb))):
        i = nb[y]
        if han[i] or kinds[i] == "chrome":
            return last
        m = _ABSTRACT.match(lines[i])
        if m is None:
            continue
        if len(lines[i][m.end():].split()) < p.abstract_min_words:
            return last
        k = y + 1
        if k < len(nb) and not han[nb[k]] and kinds[nb[k]] != "chrome" and _KEY_WORDS.match(lines[nb[k]]):
            return nb[k]
        return i
    return last


#: Letters of a word in a Latin script (a line of a translation holds some).
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _last_translation(lines: list[str], kinds: list[Kind], han: list[int], nb: list[int], region: tuple[int, int], p: PageParams) -> int:
    """The region's last line, or the line right under it when that is its translation: a line with no
    Han character but words of letters, not chrome, under the region's last line, itself a line of Han,
    in a region that holds ``translation_min_pairs`` or more such pairs (a bilingual text, each paragraph
    over its English: its last English line, a contact row's, reads as a short line after the article).

    >>> lines = ["第一段。", "First paragraph.", "第二段。", "Second paragraph.", "咨询电话：1234567", "Enquiries: 1234567"]
    >>> kinds = ["prose", "short", "prose", "short", "short", "short"]
    >>> _last_translation(lines, kinds, [3, 0, 3, 0, 4, 0], list(range(6)), (0, 4), DEFAULT_PARAMS)
    5
    >>> _last_translation(lines[2:], kinds[2:], [3, 0, 4, 0], list(range(4)), (0, 2), DEFAULT_PARAMS)
    2
    """
    first, last = region
    x = bisect_left(nb, last) + 1
    if x >= len(nb) or han[nb[x]] or not han[last] or kinds[nb[x]] == "chrome" or not _LATIN_WORD.search(lines[nb[x]]):
        return last  # (most pages: a line of Han right after the region)
    pairs = 0
    for y in range(bisect_left(nb, first) + 1, x - 1):
        i = nb[y]
        if not han[i] and han[nb[y - 1]] and kinds[i] != "chrome" and _LATIN_WORD.search(lines[i]):
            pairs += 1
    return nb[x] if pairs >= p.translation_min_pairs and _answers(lines[last], han[last], lines[nb[x]], p) else last


def _answers(zh: str, han: int, en: str, p: PageParams) -> bool:
    """Whether the English line *en* answers the line of Han *zh* (*han* its Han characters) over
    it as its translation: the same numbers (020-12345678, 9 and 5 of 9时至5时), letters
    ``translation_min_tenths`` tenths to ``translation_max_letters`` a Han character, and no site's button
    or link (English Version, Back to Top: :data:`_ENGLISH_CHROME`).

    >>> _answers("咨询电话：020-12345678", 4, "Enquiries: 020-12345678", DEFAULT_PARAMS)
    True
    >>> _answers("咨询电话：020-12345678", 4, "English Version", DEFAULT_PARAMS)
    False
    >>> _answers("欢迎各位读者届时参加活动。", 12, "Back to Top", DEFAULT_PARAMS)
    False
    """
    if _DIGITS.findall(zh) != _DIGITS.findall(en) or _ENGLISH_CHROME.fullmatch(en):
        return False
    letters = sum(map(len, _LETTER_RUN.findall(en)))
    return p.translation_min_tenths * han <= 10 * letters <= 10 * p.translation_max_letters * han


#: Runs of Latin letters (a translation's length; its numbers are :data:`_DIGITS`' runs).
_LETTER_RUN = re.compile(r"[A-Za-z]+")
#: An English line of a site's chrome: a button or link (English Version, Back to Top, Print this
#: page, Share to Facebook, Close Window), no paragraph's translation.
_ENGLISH_CHROME = re.compile(
    r"\s*(?:(?:english|chinese)(?:\s+(?:version|site))?|(?:back\s+)?to\s+top|top|print(?:\s+this\s+page)?"
    r"|close(?:\s+(?:this\s+)?(?:window|page))?|share(?:\s+(?:to|on)\s+[a-z]+)?|home(?:\s?page)?|site\s?map"
    r"|contact\s+us|more|next|previous|back|return|log\s?in|sign\s+in)[\s>»]*",
    re.IGNORECASE,
)


#: A paper's English abstract and key words, as their labels open the line.
_ABSTRACT = re.compile(r"\s*(?:Abstract|ABSTRACT)\s*[:：]")
_KEY_WORDS = re.compile(r"\s*(?:Key ?words|KEY ?WORDS|Keywords)\s*[:：]")


def read_page(
    lines: list[str],
    kept: list[bool],
    params: PageParams = DEFAULT_PARAMS,
    repeated: Mapping[int, int] | None = None,
    stops: Iterable[int] = (),
    inline: Iterable[int] = (),
    *,
    joined: Joined | None = None,
) -> PageReading:
    """Read a page's lines (folded as :func:`govtext.spam.fold` folds them) in context.

    *kept* says which lines the line rules kept. *repeated* maps lines to the number of pages of
    the site they stand on (:mod:`govtext.template`): such a line counts as page chrome, and is
    dropped with rule ``template`` unless it is a sentence, a heading, the headline or a line
    of a 公文's closing block. *stops* are lines the article region never crosses (what ends
    an article: related-article links, comment widgets, a footer); *inline* the chrome lines
    that stand inside articles too (picture placeholders), which the region may grow over.
    *joined*: the *lines* joined (:class:`Joined`), when the caller has them
    (:class:`govtext.spam.Context`): they are not made again. Returns the article region,
    the headline and the further lines to drop, each with its rule and reason.

    >>> page = ["某市教育局召开会议_某市政府网", "首页", "要闻", "通知", "某市教育局召开会议",
    ...         "2024-03-08", "会议强调，要推进教育均衡发展，办好人民满意的教育。", "关于我们"]
    >>> r = read_page(page, [True] * 5 + [False] + [True] * 2)
    >>> r.region, r.headlines
    ((6, 6), (4,))
    >>> [(d.line, d.rule) for d in r.drops]
    [(0, 'page_title'), (1, 'page_chrome'), (2, 'page_chrome'), (3, 'page_chrome')]
    """
    if len(lines) != len(kept):
        raise ValueError("read_page(): lines and kept differ in length")
    stops, inline = sorted(stops), list(inline)  # (*stops* in order: the first after a region is searched for)
    f = _facts(lines, joined)  # (the same for every reading: only what the rules kept changes)
    reading = _read(lines, kept, f, params, repeated, stops, inline)
    earlier: list[tuple[int, Why]] = []  # (lines before the title the readings before the last dropped)
    for _ in range(_TITLE_READS):
        t = next((i for i, k in enumerate(kept) if k and lines[i]), None)
        # (the drops are in line order: the first at or after the title line is its own, if any)
        x = bisect_left(reading.dropped, t, key=_LINE) if t is not None else len(reading.dropped)
        if x == len(reading.dropped) or reading.dropped[x][0] != t or reading.dropped[x][1][0] == "page_title":
            break
        dropped = dict(reading.dropped)
        # the title line is page chrome: the first line left after it is the title of the
        # text drop_spam returns, and so of this reading (read as that text will be)
        after = next((i for i in range(t + 1, len(lines)) if kept[i] and lines[i] and i not in dropped), None)
        if after is None:
            break
        kept = list(kept)
        for i in sorted(dropped):
            if i < after:
                kept[i] = False
                earlier.append((i, dropped[i]))
        reading = _read(lines, kept, f, params, repeated, stops, inline)
    if _menu_left(lines, kept, reading, f, params):  # read again as drop_spam's output will be
        dropped = dict(reading.dropped)
        kept = [k and i not in dropped for i, k in enumerate(kept)]
        earlier.extend(reading.dropped)
        reading = _read(lines, kept, f, params, repeated, stops, inline)
    whole = _text_over_drops(kept, reading, f)
    if whole:  # (read again as drop_spam's output will be: those lines beside text)
        reading = _read(lines, kept, f, params, repeated, stops, inline, whole)
    if not earlier:
        return reading
    drops = sorted([*earlier, *reading.dropped], key=_LINE)
    return PageReading(reading.region, reading.headlines, reading.kinds, tuple(drops))


#: A drop's line (of :attr:`PageReading.dropped`'s pairs).
_LINE = itemgetter(0)
#: Readings of a page at most, each with the title the one before found to be page chrome
#: (:func:`read_page`).
_TITLE_READS = 4


def _menu_left(lines: list[str], kept: list[bool], reading: PageReading, f: _Facts, p: PageParams) -> bool:
    """Whether the lines a reading leaves hold a menu of bare headings (:func:`_menu_heads`) it
    did not read as one, outside its region: lines it dropped stood between them. drop_spam's
    output, read again, has them in a row; so must this reading (then made again with its drops
    as the rules' own). (*f*: the lines' facts; the lines after the first that open with a
    bracket are counted first: an empty line's first code point there is a line break.)"""
    if reading.region is None or not len(f.cps):
        return False
    opening = int(np.count_nonzero(f.firsts[1:] == ord("("))) if "(" in f.text else 0
    if opening < p.heading_menu_min_run - 1:
        return False
    own_rows = (np.frombuffer(_truth_bytes(kept), np.uint8) != 0) & (f.lens > _NONE)  # (kept, not blank)
    if reading.dropped:
        own_rows[np.fromiter(map(_LINE, reading.dropped), np.intp)] = False
    own: list[int] = own_rows.nonzero()[0].tolist()
    bare = [x for x, i in enumerate(own) if reading.kinds[i] == "short" and "(" in lines[i] and _BARE_HEADING.match(lines[i])]
    first, last = reading.region
    for a, b in _runs(_mask(len(own), bare)):
        above = lines[own[a - 1]] if a else ""
        if (b - a >= p.heading_menu_min_run and not _heads_outline(above, len(_HAN_CHAR.findall(above)))
                and any(not first <= i <= last for i in own[a:b])):
            return True
    return False


_HAN_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _text_over_drops(kept: list[bool], reading: PageReading, f: _Facts) -> list[int]:
    """The prose lines a reading keeps and weighed as lone lines (no text beside them:
    :func:`_weights`) that have only lines the rules dropped (首页, a share button) between them
    and another line of text (prose or near prose) it keeps. drop_spam's output has the two in a
    row, and read again weighs the line whole: another article run, region and headline (the
    chrome runs around them dropped only then). The reading is made again with those lines
    whole. A line the reading drops is no such line (the output does not hold it), nor is its
    headline (over a dropped date row, it is read as the headline again, not as text).

    >>> f = _facts(["一", "。", "二", "三"], None)
    >>> r = PageReading((0, 2), (), ("prose", "chrome", "prose", "short"), ())
    >>> _text_over_drops([True, False, True, True], r, f), _text_over_drops([True] * 4, r, f)
    ([0, 2], [])
    """
    rows = (f.lens > _NONE).nonzero()[0]  # (the non-blank lines)
    stay = np.frombuffer(_truth_bytes(kept), np.uint8)[rows] != _FALSE
    if stay.all() or not reading.kinds:
        return []
    kinds = reading.kinds  # (read in C: map over the kinds, then the non-blank rows taken)
    text = np.fromiter(map(_TEXT_KINDS.__contains__, kinds), bool, len(kinds))[rows]
    prose = np.fromiter(map("prose".__eq__, kinds), bool, len(kinds))[rows]
    if reading.dropped or reading.headlines:  # (a line the reading drops is not in the output)
        out = np.zeros(len(kinds), bool)
        out[np.fromiter(map(_LINE, reading.dropped), np.intp, len(reading.dropped))] = True
        out[list(reading.headlines)] = True  # (nor is its headline a line of its text)
        text &= ~out[rows]
    alone_before = np.concatenate(([True], ~text[:-1]))  # (no text right above it, dropped or not)
    alone_after = np.concatenate((~text[1:], [True]))
    pos = stay.nonzero()[0]  # (the rows left, as positions among the non-blank lines)
    a, b = pos[:-1], pos[1:]
    split = (b - a > 1) & text[a] & text[b]  # (only dropped lines between two lines of text)
    ends = np.concatenate((a[split & prose[a] & alone_before[a]], b[split & prose[b] & alone_after[b]]))
    return sorted(set(rows[ends].tolist()))


#: The kinds of a line of text (:func:`_text_over_drops`).
_TEXT_KINDS = frozenset(("prose", "near"))


def _read(
    lines: list[str], kept: list[bool], f: _Facts, p: PageParams, repeated: Mapping[int, int] | None,
    stops: list[int], inline: list[int], whole: list[int] | None = None,
) -> PageReading:
    """One reading of the page (:func:`read_page`), its title the first line the rules kept
    (*f*: the lines' facts; *stops*: in order; *whole*: prose lines weighed as lines beside
    text, whatever stands beside them: :func:`_text_over_drops`)."""
    own_codes = codes = _kinds(lines, kept, f, p)
    own = kinds = _names(codes)
    han: list[int] = f.han.tolist()
    template = _template_lines(lines, kinds, han, repeated, p) if repeated else {}
    if template:
        codes = codes.copy()
        codes[list(template)] = CHROME
        kinds = _names(codes)
    nb_rows = codes.nonzero()[0]  # the non-blank lines, in order
    if len(nb_rows) < p.min_lines or not _has_chrome(kinds, lines, codes, nb_rows, p):
        if len(nb_rows) >= p.min_lines and "prose" not in kinds and "chrome" in kinds:
            return _menu_over_headline(lines, kinds, own, own_codes, codes, f, p)
        return PageReading(None, (), tuple(kinds), ())
    nb: list[int] = nb_rows.tolist()
    items = _list_items(lines, codes, f, p)
    scores = _weights(codes, f, items, nb_rows, p, whole)
    if stops:  # (fromiter: a list's ints read without NumPy's discovery of their type, one by one)
        scores[np.fromiter(stops, np.intp, len(stops))] = _STOP
    weights: list[int] = scores.tolist()
    # the title is the first line the line rules kept (were it line 0 whatever the rules said,
    # dropping a line before it would make another line the title of the text drop_spam
    # returns, and reading that again drop other lines); a line of the site's template is not
    # this page's title
    own_rows = own_codes >= SHORT  # (the non-blank lines the rules kept)
    t = int(own_rows.argmax())  # (there is one: the page has prose)
    heads = _headlines(lines, own, own_rows, f, t, p) if t not in template else set()
    totals = scores.cumsum()  # (the running totals: the best run, and the best run from a line)
    named = heads
    run, heads = _article_run(lines, kinds, han, weights, heads, items, _best_run(totals), t, p, totals)
    _score, first, last = run
    if last < 0:
        return PageReading(None, (), tuple(kinds), ())
    structure = _structure_rows(codes, f)
    menus = _menu_heads(lines, codes, f, nb, structure, p)  # (an outline's shape, a menu's words)
    if menus:
        structure = [i for i in structure if i not in menus]
    region = _article_region(lines, kinds, codes, han, items, set(inline), nb, heads, (first, last), p, menus)
    region = _outline(lines, kinds, weights, nb, region, structure, p)
    start = _notices_above(lines, kinds, han, nb, region[0], p)
    if start < region[0]:  # (the headline over the notice under them heads none of them: theirs is over the first)
        heads = {h for h in heads if h >= start} | _dated_head(lines, kinds, han, nb, start, p)
    region = start, _signed_end(lines, kinds, han, nb, region[1], p, items)
    bare = _bare_text(lines, codes, han, heads, region, t, p)
    if not heads and named:
        heads = _named_over(nb, kinds, named, region[0], p)
    if not heads:
        heads = _caption_head(lines, kinds, han, nb, region[0], first, p) or _head_line(
            lines, own, han, items, nb, region[0], template, t, p)
    if not template and _nothing_outside(own_rows, region, heads):
        return PageReading(region, tuple(sorted(heads)), tuple(kinds), ())
    x = bisect_right(stops, region[1])  # (the first stop after the region: *stops* are in order)
    end = stops[x] if x < len(stops) else len(lines)
    keep = _protected(
        lines, kinds, han, nb, heads, region, end, structure, _block_rows(codes, f), _form_rows(f, codes), t, p,
        _opens(lines, f, "1 "),  # (a first entry of a table of contents opening a line)
    )
    drops = _page_drops(lines, kinds, f, codes, han, nb, heads, region, items, keep, template, t, p, bare)
    return PageReading(region, tuple(sorted(heads)), tuple(kinds), tuple(sorted(drops.items())))


def _named_over(nb: list[int], kinds: list[Kind], named: set[int], first: int, p: PageParams) -> set[int]:
    """The headline lines the title names (*named*) right above the region's first line *first*
    (*nb*: the non-blank lines), no other line between but ``gap_max_lines`` at most that are
    chrome or short (*kinds*: the poem's author and date row under its name, a first line too short
    for the region to grow over): no run of the article followed them (a song's lyrics or a poem in
    short lines under its name), but the region grew back over those lines up to them, so they
    stand as its headline.

    >>> kinds = ["short", "prose", "short", "chrome", "short", "short"]
    >>> sorted(_named_over([1, 2, 3, 4, 5], kinds, {2}, 5, DEFAULT_PARAMS)), _named_over([1, 2, 3, 4, 5], kinds, {1}, 5, DEFAULT_PARAMS)
    ([2], set())
    """
    out = set()
    x = bisect_left(nb, first) - 1
    for _ in range(p.gap_max_lines):
        if x < 0 or nb[x] in named or kinds[nb[x]] not in ("chrome", "short"):
            break
        x -= 1
    while x >= 0 and nb[x] in named:
        out.add(nb[x])
        x -= 1
    return out


def _caption_head(lines: list[str], kinds: list[Kind], han: list[int], nb: list[int], i: int, first: int, p: PageParams) -> set[int]:
    """The headline when no title line names one and the region opens at line *i*, above the
    article's run (from line *first*), with a line of a headline's shape over short lines holding
    ``tail_table_min_values`` values or more (:data:`_VALUE_CELL`): the region grew back over a
    table crawled one cell a line up to its caption (2026年1-9月某区主要经济指标
    over 指标名称 / 单位 …), which is the page's headline (a data page's selectors above it, 2026年 /
    2025年, are a form's, and a side menu's entries above them no headline); else none.

    >>> rows = ["地区生产总值", "286.47", "5.6", "工业增加值", "118.32", "6.8", "固定资产投资", "43.05", "-2.1"]
    >>> lines = ["栏目一", "选择年份：", "2026年", "2026年1-9月某区主要经济指标", "指标名称", "总量", "增长（%）", *rows,
    ...          "注：按不变价格计算增长速度。"]
    >>> kinds, han = ["short"] * 16 + ["prose"], [len(s) for s in lines]
    >>> _caption_head(lines, kinds, han, list(range(17)), 3, 16, DEFAULT_PARAMS)
    {3}
    >>> _caption_head(lines, kinds, han, list(range(17)), 16, 16, DEFAULT_PARAMS), _caption_head(lines, kinds, han, list(range(17)), 3, 7, DEFAULT_PARAMS)
    (set(), set())
    """
    s = lines[i]
    if i >= first or kinds[i] != "short" or han[i] < p.head_min_han or len(s) > p.headline_max_len:
        return set()
    if _SENTENCE.search(s) or s.endswith((":", "：")) or _menu_row(s, p):
        return set()
    x = bisect_left(nb, i) + 1
    if x >= len(nb) or nb[x] >= first or kinds[nb[x]] != "short":
        return set()
    cells = nb[x: bisect_left(nb, first)]  # (the table's values: the region grew over a table, not text)
    values = _values(lines[j] for j in cells)
    return {i} if values >= p.tail_table_min_values else set()


def _opens(lines: list[str], f: _Facts, lead: str) -> bool:
    """Whether a line after the first starts with *lead*: the lines whose first character is
    its first (from the facts) are read, where a search of the page's text for a line break and
    *lead* reads every character (a long page's hundreds of microseconds).

    >>> lines = ["目录", "1 总则", "正文"]
    >>> _opens(lines, _facts(lines), "1 "), _opens(lines, _facts(lines), "目录")
    (True, False)
    """
    rows = (f.firsts[1:] == ord(lead[0])).nonzero()[0].tolist()
    return any(lines[i + 1].startswith(lead) for i in rows)


def _bare_text(
    lines: list[str], codes: np.ndarray, han: list[int], heads: set[int], region: tuple[int, int], t: int,
    p: PageParams,
) -> bool:
    """Whether the page opens with its text, no chrome above it: its first line *t* a headline's
    shape (``head_min_han`` Han characters or more, a headline's length, no sentence), no copy of
    it further down (*heads*: the headlines the title line names), no line above the *region* that
    a rule dropped, and the text thin (the prose the rules kept from the region's first line on,
    under ``long_prose_min_han`` Han characters in all: an agenda's one long item, a note under a
    cover). An extractor's text of an agenda or a cover reads so; a menu over an article has a
    rule's line above it (首页, a breadcrumb, a date line) or opens with short menu words. The
    short lines above such a region are the text's, not a run of page chrome (:func:`_outside`;
    not where the reading drops the first line as a page title, :func:`_page_drops`). (The prose
    after the region counts too: with the chrome between them gone, a second reading of the
    output decides as the first did.)"""
    first = region[0]
    if heads or not 0 <= t < first or (codes[:first] == CHROME).any():
        return False
    if not (codes[t] == SHORT and han[t] >= p.head_min_han and len(lines[t]) <= p.headline_max_len):
        return False
    return sum(han[i] for i in np.flatnonzero(codes[first:] == PROSE) + first) < p.long_prose_min_han


def _nothing_outside(own: np.ndarray, region: tuple[int, int], heads: set[int]) -> bool:
    """Whether every line the rules kept outside the *region* is a headline before it (*own*: a
    mask of the lines the rules kept, not blank). Every drop of :func:`_page_drops` but the
    site's template lines is such a line that is not a headline kept (the page title dropped
    stands before the region, not among the headlines): on a page with none, the passes that
    protect lines and look for chrome can drop nothing, and are not made (a short page whose
    chrome the rules dropped: the headline over its article)."""
    first, last = region
    if np.count_nonzero(own[last + 1:]):
        return False  # (a headline after the region is not kept: most pages have lines there)
    return np.count_nonzero(own[:first]) == sum(h < first for h in heads)


def _menu_over_headline(
    lines: list[str], kinds: list[Kind], own: list[Kind], own_codes: np.ndarray, codes: np.ndarray, f: _Facts,
    p: PageParams,
) -> PageReading:
    """A page with no prose (an agenda, a list of short rows under its headline) and lines the
    line rules dropped: no article region is read (there is no text to anchor one), but a run
    of page chrome right above the headline's first copy below the title line (the menu over
    the breadcrumb the rules dropped: only their lines between) goes, and so does the title
    line when it adds a site's name. What follows the headline is left to the line rules.
    (*own*, *own_codes*: the lines' kinds as the rules left them; *codes*: with the site's
    template lines as chrome.)"""
    none = PageReading(None, (), tuple(kinds), ())
    own_rows = own_codes >= SHORT  # (the non-blank lines the rules kept)
    t = int(own_rows.argmax())
    if codes[t] == CHROME:
        return none  # a line of the site's template is not the page's title (:func:`_read`): no copy of it heads
    head = min((h for h in _headlines(lines, own, own_rows, f, t, p) if h > t), default=-1)
    if head < 0:
        head = _named_under_crumb(lines, codes, t, p)
    above = next((i for i in range(head - 1, -1, -1) if codes[i] != BLANK), -1)  # (the breadcrumb)
    if above < 0 or codes[above] != CHROME or ((codes[t + 1 : above] == CHROME).any() and not _first_crumb(lines, codes, t, above)):
        # (the breadcrumb is the first line the rules dropped below the title, or the first
        # breadcrumb below it, a menu's bars dropped above it: a copy of the title further down, in a
        # related block after the page's table, has the table above it, the breadcrumb over that)
        return none
    region = (head, len(lines) - 1)
    items = _list_items(lines, codes, f, p)
    short, chrome, kept = codes == SHORT, codes == CHROME, _mask(len(codes), {head})
    drops: dict[int, Why] = {}
    for n, rows in _chrome_runs(codes, short, chrome, kept, items, region, head, p):
        if rows[-1] < above:
            for i in rows:
                drops[i] = ("page_chrome", f"short line in a run of {n} over the headline")
    if drops and t not in drops and _site_title(lines[t]):
        drops[t] = _TITLE_DROP
    return PageReading(None, (), tuple(kinds), tuple(sorted(drops.items())))


#: A breadcrumb's separator between two segments (首页 > 校园文化 > 文体活动); a slash is a date's too.
_CRUMB_SEP = re.compile(r"\S\s*[>»›→]\s*\S")


def _first_crumb(lines: list[str], codes: np.ndarray, t: int, above: int) -> bool:
    """Whether the dropped line *above* (over a no-prose page's headline) is a breadcrumb (a separator
    between two segments, :data:`_CRUMB_SEP`), the first one under the title line *t*: the lines the
    rules dropped between are the page's bars over it (a link row, a home link), not a related block's
    header over the headline's copy, under the page's table and its breadcrumb.

    >>> lines = ["节目单-某学院", "首页 | 图书馆", "概况", "新闻", "当前位置：首页 > 文体活动", "节目单"]
    >>> _first_crumb(lines, np.array([SHORT, CHROME, SHORT, SHORT, CHROME, SHORT]), 0, 4)
    True
    """
    if _CRUMB_SEP.search(lines[above]) is None:
        return False
    return not any(_CRUMB_SEP.search(lines[j]) for j in range(t + 1, above) if codes[j] == CHROME)


#: Most Han characters of the body's name a headline puts before the page's name (the title's lead).
_NAMED_BODY_MAX = 10
#: A body's name before the page's name in a headline: Han characters only.
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")


def _named_under_crumb(lines: list[str], codes: np.ndarray, t: int, p: PageParams) -> int:
    """The first line under the title line *t* that a line the rules dropped (the breadcrumb)
    stands right over and that ends with the title's lead (its first segment, ``headline_min_chars``
    characters or more, punctuation and spaces left out) after a body's name of 2 to
    ``_NAMED_BODY_MAX`` Han characters: the headline of a page whose title gives the page's name
    alone (机关科室联系方式-某县人民政府 over 县政府办公室机关科室联系方式, a directory with no sentence in
    it); -1 if none.

    >>> lines = ["机关科室联系方式-某县人民政府", "某县人民政府", "首页 政务公开 政务服务", "当前位置：首页 > 机构职能",
    ...          "县政府办公室机关科室联系方式", "秘书科 0000-5521001"]
    >>> codes = np.array([SHORT, SHORT, SHORT, CHROME, SHORT, SHORT])
    >>> _named_under_crumb(lines, codes, 0, DEFAULT_PARAMS), _named_under_crumb(lines[:3] + lines[4:], codes[[0, 1, 2, 4, 5]], 0, DEFAULT_PARAMS)
    (4, -1)
    """
    segments = _TITLE_SEP.split(_file_stem(lines[t]))
    lead = _NORM.sub("", segments[0])
    if len(segments) < 2 or len(lead) < p.headline_min_chars:
        return -1
    above = -1
    for i in range(t + 1, len(lines)):
        if codes[i] == BLANK:
            continue
        if codes[i] != CHROME and above >= 0 and codes[above] == CHROME and lines[i].endswith(lead[-1]):
            norm = _NORM.sub("", lines[i])
            body = norm[: -len(lead)]
            if norm.endswith(lead) and 2 <= len(body) <= _NAMED_BODY_MAX and _HAN_ONLY.fullmatch(body):
                return i
        above = i
    return -1


def _site_title(s: str) -> bool:
    """Whether the title line *s* may add a site's name to the headline: a separator
    (:data:`_TITLE_SEP`) in it, no Markdown heading's #."""
    return _TITLE_SEP.search(s) is not None and not s.startswith("#")


#: The drop of the title line that adds a site's name to the headline.
_TITLE_DROP: Why = ("page_title", "page title: the headline plus a site suffix")


def _page_drops(
    lines: list[str], kinds: list[Kind], f: _Facts, codes: np.ndarray, han: list[int],
    nb: list[int], heads: set[int], region: tuple[int, int], items: set[int], keep: set[int],
    template: Mapping[int, int], t: int, p: PageParams, bare: bool = False,
) -> dict[int, Why]:
    """The lines :func:`read_page` drops, by line, once it found the headlines *heads*, the
    article *region*, the list *items* and the lines to *keep*: the chrome outside the region,
    islands among dropped lines, empty labels, the page's title line (*t*) and the site's
    *template* lines (*f*: the lines' facts)."""
    head = max((h for h in heads if h <= region[0]), default=region[0])
    keep.update(_kicker(lines, kinds, han, nb, heads, items, head, t, p))
    title = heads and t not in heads and region[0] > t and _site_title(lines[t])
    # (a page whose first line goes as a page title does not open with its text: read again
    # without that line, it would not be read as such)
    drops, free, runs = _outside(lines, f, codes, han, region, keep, items, head, p, bare and not title)
    if runs and _text_outside(lines, kinds, drops, free, keep, region):
        _tables_between(lines, kinds, codes, nb, heads, drops, runs, p)
    _menu_copies(kinds, nb, heads, head, t, drops)
    _islands(lines, kinds, han, nb, region, free, drops, p, head if head in heads else -1)
    _empty_labels(lines, kinds, nb, region, free, drops)
    if title:
        drops[t] = _TITLE_DROP
    for i, n in template.items():  # inside the region too: the site says it is its chrome
        if i not in keep and i not in drops:
            drops[i] = ("template", f"on {n} pages of this site")
    return drops


def _text_outside(
    lines: list[str], kinds: list[Kind], drops: dict[int, Why], free: list[int], keep: set[int],
    region: tuple[int, int],
) -> bool:
    """Whether a kept paragraph or heading of the document (:func:`_text_line`) stands outside the
    *region*: among *free* (the lines :func:`_outside` left there) or the protected lines *keep*.
    A run :func:`_outside` dropped stands outside the region, and so does the line beyond it on its
    far side: without such a line no run is a table between the document's text
    (:func:`_tables_between`), which most pages then need not read.

    >>> _text_outside(["甲。", "首页", "乙。"], ["prose", "short", "prose"], {}, [1], set(), (0, 0))
    False
    >>> _text_outside(["甲。", "首页", "乙。"], ["prose", "short", "prose"], {}, [1, 2], set(), (0, 0))
    True
    """
    first, last = region
    return any(_text_line(lines, kinds, drops, i) for i in free) or any(
        not first <= i <= last and _text_line(lines, kinds, drops, i) for i in keep)


def _tables_between(
    lines: list[str], kinds: list[Kind], codes: np.ndarray, nb: list[int], heads: set[int], drops: dict[int, Why],
    runs: list[int], p: PageParams,
) -> None:
    """Take back (from *drops*, in place) each run of short lines outside the region dropped as
    page chrome (*runs*: the lines :func:`_outside` dropped in its runs) that is a data table
    between the document's text: the line right above it and the
    line right below it kept, each a paragraph or a heading of the outline, and the run a table
    read down from the line above (:func:`_table_edge`). A long document's tables (a thesis's, a
    report's) stand between its paragraphs, of which the region holds one section. (*codes*: the
    lines' kind codes, *nb*: the non-blank lines.)

    >>> body = "某县教育局开展教师流动意愿调查，共回收有效问卷五百一十八份，覆盖全县四十六所乡村学校。"
    >>> text = ["首页", body, body, body, "部门概况", "政务公开", "办事服务", "互动交流", "调查显示，近六成教师具有较强的流动意愿。",
    ...         "类别", "人数", "比例", "男", "142", "27.4", "女", "169", "32.6", "合计", "311", "60.0", "分析表明，差异显著。"]
    >>> r = read_page(text, [False] + [True] * (len(text) - 1))
    >>> r.region, sorted(d.line for d in r.drops)
    ((1, 3), [4, 5, 6, 7])
    """
    if not runs:
        return
    for a, b in _spans(codes != BLANK, runs):
        if 0 < a and b + 1 < len(nb) and _text_line(lines, kinds, drops, nb[a - 1]) \
                and _text_line(lines, kinds, drops, nb[b + 1]) and _table_edge(lines, kinds, nb, nb[a - 1], 1, heads, p) >= nb[b]:
            for z in range(a, b + 1):
                del drops[nb[z]]


def _spans(nonblank: np.ndarray, rows: list[int]) -> list[tuple[int, int]]:
    """The spans of consecutive non-blank lines that *rows* (each a non-blank line, *nonblank*
    the mask of those; in any order) make up, in order, each as its first and last position among
    the non-blank lines: the rows marked, the marks of the non-blank lines kept, and the runs
    they make. (A walk of the rows in order, each after the first of a span the next non-blank
    line, cost ~400 instructions a row: a page's runs drop hundreds of lines; and the mask, not
    the list of non-blank lines, is read: an array of that list cost ~300 instructions a line.)

    >>> nonblank = np.array([True, False, True, True, False, True, True, False, True, True, False, True])
    >>> _spans(nonblank, [2, 3, 5, 8, 11])
    [(1, 3), (5, 5), (7, 7)]
    """
    held = np.zeros(len(nonblank), bool)
    held[np.fromiter(rows, np.intp, len(rows))] = True
    return [(a, b - 1) for a, b in _runs(held[nonblank])]


def _text_line(lines: list[str], kinds: list[Kind], drops: dict[int, Why], i: int) -> bool:
    """Whether line *i* is a kept paragraph or heading of the document (not dropped)."""
    return i not in drops and (kinds[i] in ("prose", "near") or (kinds[i] == "short" and _structure(lines[i])))


def _menu_copies(
    kinds: list[Kind], nb: list[int], heads: set[int], head: int, t: int, drops: dict[int, Why]
) -> None:
    """A one-line copy of the headline before the article's own (*head*) with page-chrome lines
    right before and after it is an item of the menu (the channel 警情通报 among 警方提示 and
    基层动态 over a 警情通报 page), not the headline; so is one under a line a rule dropped (a side
    menu's heading the rules took for a channel label: 走进某县 over 县情概况, 历史沿革 …; a line a rule
    dropped under it is the headline's metadata)."""
    for h in heads:
        if h >= head or h == t or kinds[h] != "short":
            continue
        x = bisect_left(nb, h)
        around = [nb[y] for y in (x - 1, x + 1) if 0 <= y < len(nb)]
        menu = [i in drops and drops[i][0] == "page_chrome" for i in around]
        if len(around) == 2 and menu[1] and (menu[0] or kinds[around[0]] == "chrome"):
            drops[h] = ("page_chrome", "copy of the headline among menu items before the article")
