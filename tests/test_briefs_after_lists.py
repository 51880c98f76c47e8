"""A brief whose headline is worded as a decision ('盛阅春任武汉市代理市长'), printed right after an appointments list in a raw
two-column extraction (issue 21 §1, misc21k): the list's last item, printed without its closing mark, stays the list's row and
the headline stays the brief's title (the item was read as the brief's title, the headline as a subtitle, the row lost); a brief
opening with its paper's day and the day in brackets ('今（26）日，') is a brief, never read into the list.

Briefs are real reports (tests/data/SOURCES.md, "misc21k"); the list is the 济源/济南/中山 decision of tests/test_raw_extraction.py,
its last item unpunctuated as a raw page prints an item at a column's foot. Never rows from bench/heldout*: that is the yardstick.
"""

import pytest

from issues.parser import parse_issue
from tests.test_read_variations import raw_layout

LIST = ["人 事 任 免", "会议决定：", "任命卢江、孙斌为济南市人民政府副市长；", "免去刘云梅的中山市人民政府副市长职务"]
LIST_ROWS = [("卢江", "appoint", "济南市人民政府副市长"), ("孙斌", "appoint", "济南市人民政府副市长"),
             ("刘云梅", "dismiss", "中山市人民政府副市长")]

# 武汉 2024-05-28 (jlspr.com, after 武汉人大): the headline and the report's sentences
WUHAN = ["盛阅春任武汉市代理市长", "5月28日，市十五届人大常委会第十八次会议召开。市人大常委会主任胡立山主持会议。",
         "经市人大常委会主任会议提名，会议表决、全票通过，任命盛阅春为武汉市人民政府副市长，并决定盛阅春为武汉市人民政府代理市长。"]
# 扬州 2023-05-13 (北京日报, wuliu.yktchina.com): the headline and its first sentence
YANGZHOU = ["潘国强任扬州市代市长", "据交汇点新闻消息，扬州市第九届人大常委会第九次会议5月13日决定，接受王进健辞去扬州市人民政府市长职务"
            "的请求，任命潘国强为扬州市人民政府副市长、代理市长。"]
# 遂宁 2018-12-26 (遂宁新闻网, pengxi.gov.cn): its paper's day with the day in brackets
SUINING = ["市人大常委会决定邓正权为代理市长", "今（26）日，市七届人大常委会第二十三次会议接受杨自力辞去市人民政府市长职务，决定任命邓正权为"
           "市人民政府副市长，并决定为代理市长。市人大常委会党组书记、主任刘云主持会议。"]

BRIEFS = [
    pytest.param(WUHAN, "2023-05-28", id="headline_naming_the_post_over_a_dated_paragraph"),
    pytest.param(YANGZHOU, "2023-05-13", id="headline_naming_the_post_over_what_the_report_is_taken_from"),
    pytest.param(SUINING, "2023-05-26", id="headline_worded_as_a_decision_over_the_papers_day_in_brackets"),
]


def read(pages):
    exported = parse_issue(raw_layout(2023, 5, pages)).to_export()
    return ([(a["person"], a["action"], a["position"]) for a in exported["appointments"]],
            [(n["title"], n["date"]) for n in exported["news"]])


@pytest.mark.parametrize("brief, day", BRIEFS)
def test_the_unpunctuated_last_item_stays_a_row_and_the_headline_the_briefs_title(brief, day):
    assert read([LIST + brief]) == (LIST_ROWS, [(brief[0], day)])


@pytest.mark.parametrize("brief, day", BRIEFS)
def test_a_brief_after_a_closed_list_without_its_heading_is_a_brief(brief, day):
    closed = LIST[:-1] + [LIST[-1] + "。"]
    assert read([closed + brief]) == (LIST_ROWS, [(brief[0], day)])


# loss16: 上海 2020-03 (力报 2020-03-24, 香港; 上海法治报 2020-03-24): the meeting's decisions as a list, and a brief reporting them,
# its headline in the shape of 力报's ('龚正任副市长兼代理市长') and its first sentence naming the day after its subject, worded for
# the test (tests/data/SOURCES.md, "loss16"); the page's headings painted after its columns, at its foot
SHANGHAI_LIST = ["上海市第十五届人民代表大会常务委员会第十九次会议决定：", "接受应勇辞去上海市市长职务的请求；", "龚正任上海市副市长、代理市长。"]
SHANGHAI_ROWS = [("应勇", "dismiss", "上海市市长"), ("龚正", "appoint", "上海市副市长"), ("龚正", "appoint", "上海市代理市长")]
SHANGHAI_BRIEF = ["龚正任上海市代市长", "上海市第十五届人大常委会3月23日举行第十九次会议，接受应勇辞去上海市市长职务的请求，决定龚正任上海市"
                  "副市长、代理市长。"]


@pytest.mark.parametrize("page", [
    pytest.param(["人事任免", *SHANGHAI_LIST, "政务简讯", *SHANGHAI_BRIEF], id="headings_in_the_column"),
    pytest.param([*SHANGHAI_LIST, *SHANGHAI_BRIEF, "人事任免", "政务简讯"], id="headings_painted_at_the_pages_foot"),
])
def test_a_brief_whose_first_line_names_its_day_after_its_subject_is_a_brief_after_the_list(page):
    assert read([page]) == (SHANGHAI_ROWS, [(SHANGHAI_BRIEF[0], "2023-03-23")])


def test_a_page_of_few_lines_ending_with_its_painted_headings_is_a_raw_extraction():
    """One page, its column lines as a typesetter cut them (some short: a decider's end, a list's item, a headline), its headings
    painted after them: read as a text export, the headings found no section and the brief was lost."""
    page = ["2020年第3期 温州市人民政府公报", "— 3 —", "上海市第十五届人民代表大会常务委员会第", "十九次会议决定：",
            "接受应勇辞去上海市市长职务的请求；", "龚正任上海市副市长、代理市长。", "龚正任上海市代市长", "上海市第十五届人大常委会3月23日举行",
            "第十九次会议，接受应勇辞去上海市市长职", "务的请求，决定龚正任上海市副市长、代理", "市长。", "人事任免", "政务简讯"]
    exported = parse_issue("\n\n".join(page), year=2020, issue_no=3).to_export()
    assert [(a["person"], a["action"], a["position"]) for a in exported["appointments"]] == SHANGHAI_ROWS
    assert [(n["title"], n["date"]) for n in exported["news"]] == [(SHANGHAI_BRIEF[0], "2020-03-23")]
