"""Classes of failure found on held-out pages 209-220 (session 22, BH18: the spam side of crawls
of education and government news: hacked and SEO-injected pages, content-farm reprints,
document-sharing sites), each on our own page text: a tag line labelled 本文标签 / 相关标签, a line
of loan-spam keywords, a content farm's 以上就是小编… closing line, a document-sharing site's
download price (2 积分 下载) and its "本文档由用户上传" note."""

from __future__ import annotations

from govtext import spam
from govtext.spam import classify_lines
from linear_common import assert_linear

MENU = ["某某教育网", "首页 | 资讯 | 考试 | 招生 | 留学 | 教师"]
FOOT = ["关于我们 | 联系我们 | 网站地图", "Copyright © 2026 某某教育网 版权所有", "某ICP备10000003号-1"]
BODY = [
    "市教育局部署2026年秋季学期中小学开学工作",
    "2026-08-20 10:12 来源：市教育局",
    "8月19日，市教育局召开秋季学期开学工作会议，对校舍安全排查、教材发放和开学第一课作了部署。",
    "会议要求，各校要在开学前完成校舍、食堂、消防设施的全面检查，发现问题立即整改。",
    "开学第一周，各校要组织一次应急疏散演练。",
]


def verdicts(lines: list[str]) -> dict[str, spam.Verdict]:
    return dict(zip(lines, classify_lines("\n".join(lines))))


def page(*after: str) -> list[str]:
    return [*MENU, *BODY, *after, *FOOT]


def test_tag_lines_named_for_the_article_are_keywords() -> None:
    """本文标签：… and 相关标签：… (文章关键词, 热门标签) are the tag line (before, only a label at the
    start of the line was read: 标签：…); a thing's label (食品标签：…) is a document's field."""
    for line in ("本文标签：开学 校舍安全 应急演练", "相关标签：开学工作 中小学", "文章关键词：开学 安全"):
        v = verdicts(page(line))[line]
        assert not v.keep and v.rule == "keywords", (line, v)
    for line in ("食品标签：应标明生产日期和保质期", "价格标签：明码标价"):
        assert spam.Keywords()(spam.Context.of(line), 0) is None, line


def test_loan_spam_keywords_are_seo_spam() -> None:
    """A line of grey-lending keywords (网贷口子, 无视黑白户, 当天放款 ...) is keyword spam like a line
    of gambling words; one of them in a warning is not."""
    line = "小额贷款 身份证贷款 网贷口子 当天放款 无视黑白户"
    v = verdicts(page(line))[line]
    assert not v.keep and v.rule == "seo_spam", v
    warning = "警方提醒：“无视黑白户”“当天放款”多为诈骗话术，切勿轻信"
    assert verdicts(page(warning))[warning].keep


def test_a_content_farm_closing_line_is_a_site_notice() -> None:
    """以上就是小编为大家整理的…，更多…请关注某某网。 closes a content farm's copy in its editor's
    voice; a document's 以上就是本次会议的主要内容 names no such editor and stays."""
    line = "以上就是小编为大家整理的开学工作相关内容，更多开学资讯请关注某某教育网。"
    v = verdicts(page(line))[line]
    assert not v.keep and v.rule == "site_notice", v
    for keep in ("以上就是本次会议的主要内容，请各校认真抓好落实。", "以上便是今年招生工作的三项变化。"):
        assert verdicts(page(keep))[keep].keep, keep


def test_document_site_download_price_and_upload_note() -> None:
    """A document-sharing site's download price (2 积分 下载, 5金币 立即下载) and its note that the
    document was uploaded by a user (本文档由用户上传，如有侵权请联系删除。…) are its chrome."""
    for line in ("2 积分 下载", "5金币 立即下载", "本文档由用户上传，如有侵权请联系删除。下载的文档不可修改，请预览后再下载。",
                 "该文档由用户上传，版权归作者所有。"):
        v = verdicts(page("还剩3页未读，继续阅读", line))[line]
        assert not v.keep and v.rule == "doc_site", (line, v)
    for keep in ("下载所需材料后，按要求填写并加盖公章。", "平台对由用户上传的内容承担审核责任。",
                 "第三条 本资料由用户上传的，上传者应保证其享有著作权。", "本资料由用户上传的，上传者应保证其享有著作权。",
                 "本资料由用户上传后，经学科教研员审核方可发布。", "本资料由用户上传，经审核后发布。"):
        assert verdicts(page(keep))[keep].keep, keep


def test_an_advert_among_the_keyword_lines_opening_a_page_is_spam() -> None:
    """A hacked page's injected header: a title and a line of gambling words, the site's advert as a
    sentence, another keyword line. The advert goes with them (before, a sentence was never keyword
    spam); a report on a gambling case under the page's own headline stays, a keyword line under it
    or not."""
    ad = "某某娱乐城是亚洲最大的线上娱乐平台，提供真人百家乐、六合彩、时时彩等游戏，注册即送彩金。"
    report = "近日，县公安局破获一起组织百家乐、六合彩、时时彩等网络赌博的案件，抓获嫌疑人5名。"
    lines = ["百家乐_六合彩_时时彩_真人娱乐_注册送彩金", "百家乐,六合彩,时时彩,真人娱乐,体育投注", ad,
             "六合彩 百家乐 时时彩 真人娱乐 体育投注", *MENU, "县公安局破获一起网络赌博案", report,
             "六合彩 百家乐 时时彩 真人娱乐 体育投注", *FOOT]
    vs = verdicts(lines)
    assert not vs[ad].keep and vs[ad].rule == "seo_spam", vs[ad]
    assert vs[report].keep
    # not the page's first line, whatever follows it
    assert classify_lines("\n".join([report, lines[3], *FOOT]))[0].keep


def test_new_patterns_cost_linear_work() -> None:
    """The new patterns on adversarial text: four times the text costs about four times the time."""
    cases = (
        (spam.SiteNotice._outro.match, "以上就是" + "某" * 30_000),
        (spam.SiteNotice._outro.match, "以上就是小编为" * 10_000),
        (spam.DocSite._price.fullmatch, "2 " * 20_000),
        (spam.DocSite._price.fullmatch, "1" * 40_000 + "积分"),
        (spam.DocSite._uploaded.match, "本文档由" * 10_000),
        (spam.DocSite._uploaded.match, "本文档由用户上传" + " " * 40_000),
        (spam.DocSite._uploaded.match, "本文档由用户上传" + " " * 40_000 + "x"),
        (spam.Keywords._label.match, "本文" * 20_000),
    )
    for f, s in cases:
        assert_linear(f, s, s * 4, label=s[:8])
