"""Which issue a text is (issues/parser/identity.py): one row per kind of evidence real issues print."""

from datetime import date

import pytest

from issues.parser.errors import IngestError
from issues.parser.identity import find_identity

MASTHEAD = "温州市人民政府公报"
BODY = ["市政府办公室关于做好当前工作的通知"] * 80  # more lines than a cover has


@pytest.mark.parametrize(
    "lines, expected",
    [
        ([MASTHEAD, "2019.4", "总第200期（月刊）", "出版日期：2019年5月15日"], (2019, 4, 200, date(2019, 5, 15))),
        ([MASTHEAD, "**2020.6**", "## 总第214期（月刊）"], (2020, 6, 214, None)),
        ([MASTHEAD, "温州市人民政府公报（总第217期）", "2020年第9 期文件发布", "2020年第9 期文件发布"], (2020, 9, 217, None)),
        ([MASTHEAD, "9月份市政府记事", "温州市2020年9月份国民经济主要统计指标"], (2020, 9, None, None)),
        ([MASTHEAD, "6月份市政府记事", "第 6 期 (总第214期)", "温州市2020年6月份国民经济主要统计指标"], (2020, 6, 214, None)),
        ([MASTHEAD, "2021.5", "出版日期：2021年2月30日"], (2021, 5, None, None)),
        # a PDF's running headers come after its body (issues.pdf hands them on, kind RUNNING): past the
        # cover's lines, in the cover's numerals ("二〇一一年第一期") or full-width digits
        ([MASTHEAD, *BODY, "温州市人民政府公报（总第123期）", "二〇一一年第一期"], (2011, 1, 123, None)),
        ([MASTHEAD, *BODY, "二OO六年第二期", "二OO六年第二期"], (2006, 2, None, None)),
        ([MASTHEAD, *BODY, "２０２０年第９期文件发布"], (2020, 9, None, None)),
    ],
    ids=["cover", "cover-in-markdown", "running-headers-only", "month-heading-and-statistics-title",
         "back-cover-and-statistics-title", "impossible-publish-date", "pdf-running-headers-in-chinese-numerals",
         "pdf-running-headers-with-letter-o-for-zero", "pdf-running-header-in-full-width-digits"],
)
def test_identity_is_read_from_what_the_issue_prints(lines, expected):
    found = find_identity(lines)
    assert (found.year, found.issue_no, found.total_no, found.publish_date) == expected


@pytest.mark.parametrize(
    "lines, reason",
    [
        (["今天天气很好。"], "not_gazette"),
        ([MASTHEAD], "no_identity"),
        ([MASTHEAD, "9月份市政府记事"], "no_identity"),
    ],
    ids=["not-a-gazette", "masthead-only", "month-without-year"],
)
def test_text_without_an_identity_is_refused_for_its_reason(lines, reason):
    with pytest.raises(IngestError) as refused:
        find_identity(lines)
    assert refused.value.reason == reason


def test_given_year_and_number_fill_what_the_text_lacks():
    found = find_identity([MASTHEAD, "9月份市政府记事"], year=2020)
    assert (found.year, found.issue_no) == (2020, 9)


# Covers of real issues in other layouts (issue 21 §1): the year and number on the masthead's line, in Chinese
# numerals (some re-typeset back issues), typed with a letter O, and a publish date in Chinese numerals.
@pytest.mark.parametrize(
    "lines, expected",
    [
        ([f"{MASTHEAD} 2011年第1期（总第123期）"], (2011, 1, 123, None)),
        ([MASTHEAD, "二〇一一年第一期", "总第123期"], (2011, 1, 123, None)),
        ([MASTHEAD, "二OO六年第二期", "出版日期：二〇〇六年二月十五日"], (2006, 2, None, date(2006, 2, 15))),
        ([MASTHEAD, "２０１１年 第 １２ 期"], (2011, 12, None, None)),
        ([MASTHEAD, "二〇〇八年第一期（总第一百二十期）"], (2008, 1, 120, None)),
        ([MASTHEAD, "二〇〇八年第一期", "总第三百零五期"], (2008, 1, 305, None)),
    ],
    ids=["year-and-number-on-the-masthead-line", "chinese-numerals", "letter-o-and-chinese-publish-date",
         "full-width-digits", "total-number-in-chinese-numerals", "total-number-with-a-zero-inside"],
)
def test_a_cover_in_another_layout_gives_the_issue(lines, expected):
    found = find_identity(lines)
    assert (found.year, found.issue_no, found.total_no, found.publish_date) == expected


@pytest.mark.parametrize("cover", ["安庆市人民政府公报", "《杭州政报》", "浙江省人民政府公报 2022年第7期"])
def test_another_gazettes_cover_is_refused_with_its_name(cover):
    """A document of ours quoted inside (温州市人民政府…) does not make another city's issue ours."""
    with pytest.raises(IngestError) as refused:
        find_identity([cover, "2022年第7期", "温州市人民政府关于印发…的通知"])
    assert refused.value.reason == "not_gazette" and cover.strip("《》").split()[0] in refused.value.message
