"""政府记事: one entry per △ item, dated by year, the heading's month and the 'N日' line above it."""

from datetime import date

import pytest

from issues.parser import chronicle
from issues.parser.records import ParsedChronicleEntry as Entry

CASES = [
    pytest.param(
        ["4月份市政府记事", "1日", "△ 市长姚高员参加中央专项督导浙江省工作动员会。", "△ 常务副市长陈建明赴市委党校讲课。"],
        [
            Entry(date(2019, 4, 1), "市长姚高员参加中央专项督导浙江省工作动员会。"),
            Entry(date(2019, 4, 1), "常务副市长陈建明赴市委党校讲课。"),
        ],
        id="two_items_of_one_day",  # 2019-04 lines 1073-1079
    ),
    pytest.param(
        [
            "4月份市政府记事",
            "18日",
            "△ 副市长苗伟伦参加全省法院知识产权宣传周启动仪式暨2019年温州市知识产权保护联",
            "席会议、“加快推进浙江省康养体系建设”专题工作会。",
            "△ 副市长汪驰参加市人大常委会第十九次会议。",
        ],
        [
            Entry(
                date(2019, 4, 18),
                "副市长苗伟伦参加全省法院知识产权宣传周启动仪式暨2019年温州市知识产权保护联席会议、“加快推进浙江省康养体系建设”专题工作会。",
            ),
            Entry(date(2019, 4, 18), "副市长汪驰参加市人大常委会第十九次会议。"),
        ],
        id="item_continued_across_a_page_break",  # 2019-04 lines 1229-1239
    ),
    pytest.param(
        ["## 5月份市政府记事", "6日", "△ 市长姚高员、常务副市长陈建明、副市长娄绍光参加“办实事、解难题、减负担”专题调研。"],
        [Entry(date(2021, 5, 6), "市长姚高员、常务副市长陈建明、副市长娄绍光参加“办实事、解难题、减负担”专题调研。")],
        id="markdown_heading",  # 2021-05 lines 936-940
    ),
    pytest.param(
        ["4月份市政府记事", "4日", "△ 副市长苗伟伦参加市场监管系统护航“两区”建设发展暨“亮剑 2019”综合执法行动启动仪式。"],
        [Entry(date(2019, 4, 4), "副市长苗伟伦参加市场监管系统护航“两区”建设发展暨“亮剑 2019”综合执法行动启动仪式。")],
        id="printed_space_kept",  # 2019-04 line 1121
    ),
    # 2020-09 (raw two-column extraction): no heading first, the heading turns up mid-item
    pytest.param(
        [
            " 1日",
            "△  市长姚高员参加全省领导干部会议。",
            "11日",
            "△ 市长姚高员，常务副市长陈建明，副市长汪驰、娄绍光、李无文、陈应许参加市委常",
            "9月份市政府记事",
            "政府记事",
            " 委扩大会议。",
            "△ 常务副市长陈建明参加全省危险化学品运输安全“铁拳整治”专项行动视频推进会议。 ",
        ],
        [
            Entry(date(2020, 9, 1), "市长姚高员参加全省领导干部会议。"),
            Entry(date(2020, 9, 11), "市长姚高员，常务副市长陈建明，副市长汪驰、娄绍光、李无文、陈应许参加市委常委扩大会议。"),
            Entry(date(2020, 9, 11), "常务副市长陈建明参加全省危险化学品运输安全“铁拳整治”专项行动视频推进会议。"),
        ],
        id="raw_heading_interleaved_into_an_item",  # 2020-09 lines 4506-4508, 4600-4623
    ),
    pytest.param(
        ["6月份市政府记事", "31日", "△ 市长姚高员检查防汛工作。", "30日", "△ 副市长陈应许参加全省民族团结进步表彰大会。"],
        [Entry(date(2020, 6, 30), "副市长陈应许参加全省民族团结进步表彰大会。")],
        id="impossible_day_is_not_dated",
    ),
    pytest.param(
        ["30日", "△ 副市长汤筱疏陪同国家体育总局一行调", "研。", " 温政发〔2020〕23号\u3000\u3000温州市人民政府关于公布…的"],
        [Entry(date(2020, 9, 30), "副市长汤筱疏陪同国家体育总局一行调研。")],
        id="raw_cut_running_into_the_issued_list_stops_there",  # 2020-09 lines 4786-4797
    ),
    pytest.param(
        ["6月份市政府记事", "1日 △ 市长姚高员赴瑞安、平阳外贸企业调研。"],
        [Entry(date(2020, 6, 1), "市长姚高员赴瑞安、平阳外贸企业调研。")],
        id="day_and_item_on_one_line",  # 2020-06 lines 976-978 as one line
    ),
    # 上海市人民政府 2014-05-07 (tests/data/SOURCES.md, docs15): an entry whose text, wrapped by a column, goes on with a full
    # date of another year after a sentence's end; 同日 after it is the entry's day, not that year's
    pytest.param(
        [
            "2014年5月上海大事记",
            "7日 市政府公布《上海市人民政府关于废止〈上海市一次性塑料饭盒管理暂行办法〉的决定》，自公布之日起生效。",
            "2000年6月14日上海市人民政府令第84号公布的《上海市一次性塑料饭盒管理暂行办法》同时废止。",
            "同日 市长杨雄签署公布该决定的市政府令。",
        ],
        [
            Entry(
                date(2014, 5, 7),
                "市政府公布《上海市人民政府关于废止〈上海市一次性塑料饭盒管理暂行办法〉的决定》，自公布之日起生效。"
                "2000年6月14日上海市人民政府令第84号公布的《上海市一次性塑料饭盒管理暂行办法》同时废止。",
            ),
            Entry(date(2014, 5, 7), "市长杨雄签署公布该决定的市政府令。"),
        ],
        id="a_line_opening_with_another_years_date_goes_on_the_entry",
    ),
    # 中广网 2009-12-22 (tests/data/SOURCES.md, docs15): a clock time printed in the marker, its gap after it, is the marker's;
    # one a comma follows opens the entry's sentence and stays in it, as '下午，…' does
    pytest.param(
        ["12月份大事记", "22日22点30分左右  上海地铁10号线国权路站发生火警，到场约10分钟后，火势被扑灭。"],
        [Entry(date(2009, 12, 22), "上海地铁10号线国权路站发生火警，到场约10分钟后，火势被扑灭。")],
        id="a_clock_time_in_the_marker_column",
    ),
    pytest.param(
        ["12月份大事记", "22日22点30分左右，上海地铁10号线国权路站发生火警，到场约10分钟后，火势被扑灭。"],
        [Entry(date(2009, 12, 22), "22点30分左右，上海地铁10号线国权路站发生火警，到场约10分钟后，火势被扑灭。")],
        id="a_clock_time_opening_the_entrys_sentence",
    ),
]


@pytest.mark.parametrize("lines, expected", CASES)
def test_chronicle(lines, expected):
    year = expected[0].date.year
    assert chronicle.parse(lines, year=year, default_month=expected[0].date.month) == expected


def test_chronicle_month_comes_from_the_heading_before_the_default():
    entries = chronicle.parse(["6月份市政府记事", "2日", "△ 市长姚高员检查防汛工作。"], year=2020, default_month=7)
    assert entries == [Entry(date(2020, 6, 2), "市长姚高员检查防汛工作。")]


# A heading printing its year dates the days in that year (never a later one than the issue's):
# 武汉地方志 "2019年1月大事记(杂志版)", published 2020-01-31 (tests/data/SOURCES.md, lead 2026-12-07)
HEADING_YEARS = [
    pytest.param("2019年1月大事记", 2020, date(2019, 1, 2), id="last_years_chronicle_printed_a_year_later"),
    pytest.param("2019年1月武汉大事记", 2020, date(2019, 1, 2), id="a_place_named_bare_before_大事记"),
    pytest.param("1月份市政府记事", 2020, date(2020, 1, 2), id="no_year_printed_the_issues"),
    pytest.param("2021年1月大事记", 2020, date(2020, 1, 2), id="a_year_after_the_issues_is_no_date"),
]


@pytest.mark.parametrize("heading, issue_year, expected", HEADING_YEARS)
def test_a_headings_year_dates_its_entries(heading, issue_year, expected):
    lines = [heading, "2日", "△ 市委十三届六次全体（扩大）会议暨全市经济工作会议召开。"]
    entries = chronicle.parse(lines, year=issue_year, default_month=3)
    assert [entry.date for entry in entries] == [expected]
