"""False drops that session 24's new rules made of a document's own lines, found with invented
pages (RV16): a notice's sentence where 点 (a point, a place) stands before 在看台, 在看守所 or
在看得见 reads as no call to tap the 在看 button. Each page is our own text; the rules' own cases
stay dropped."""

from __future__ import annotations

from govtext.spam import classify_lines

HEAD = ["某县人民政府网", "首页 > 政务公开 > 工作动态"]
FOOT = ["【打印本页】 【关闭窗口】", "主办：某县人民政府办公室"]


def lost(rows: list[str]) -> list[str]:
    """The document's lines (all but HEAD and FOOT) the rules and the page reading drop."""
    verdicts = classify_lines("\n".join([*HEAD, *rows, *FOOT]))[len(HEAD):len(HEAD) + len(rows)]
    return [line for line, v in zip(rows, verdicts) if not v.keep]


def test_a_bare_zaikan_run_on_into_a_word_is_no_button() -> None:
    """8c1fc63: 点 then 在看 was a call to tap the button even where 在看 runs on into a word
    (看台, 看守所, 看得见): a sentence of a notice went. The button bare ends the call (a comma, the
    line's end, 吧); quoted or in brackets it may be followed by anything."""
    rows = ["县体育中心发布冬季运动会观赛须知", "观赛须知如下。",
            "观众们，点在看台东侧的入口检票入场。", "本次安全检查，重点在看守所周边道路。",
            "同学们，点在看得见指示牌的地方集合。", "请观众提前半小时入场，服从现场工作人员指挥。"]
    assert lost(rows) == []
    calls = ["点个在看，你最好看", "如果觉得有用，欢迎点个在看", "觉得有用，点个在看吧",
             "看完了，点【在看】试试", "觉得不错，请点个“在看”吧", "分享、点赞、在看，一键三连"]
    assert [v.rule for v in classify_lines("\n".join(calls))] == ["prompt"] * len(calls)
