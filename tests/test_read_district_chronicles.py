"""Chronicles (大事记) of 北京's and 上海's districts as their 地方志 pages print them, laid out as an issue's 政府记事 (issue 21 §1):
ranges of days with a dash (1—2日, 16—19日) dated by their first, 同日 for the day above, 是月 undated, two spaces after the
marker, a year's chronicle with its heading inside the column (letter-spaced too) over its month lines. Sources:
tests/data/SOURCES.md, "wild16"."""

import pytest

from issues.parser import parse_issue
from tests.printed_issues import issue_text

# 普陀区地方志办公室, 2021年12月 (shpt.gov.cn, shortened)
PUTUO_2021 = ["1—2日 长江流域（长三角）智能制造与机器人产业对接活动在普陀区举行。",
              "3日 区委党史学习教育领导小组全体会议召开，总结全区党史学习教育第二阶段工作推进情况，部署下阶段重点任务。",
              "同日 上海市普陀区第十七届人民代表大会代表名单（共352名）公布。",
              "7日 上海海纳工程院在普陀区揭牌成立。"]
# 普陀区 2016年5月: 是月 after the month's days
PUTUO_2016 = ["21日 由上海国际电影节组委会和市网络视听行业协会主办，区文化局协办，启创中国承办的首个“互联网+电影投资开放日”举行。",
              "22—26日 区参加第19届中国东西部合作与投资贸易洽谈会暨丝绸之路国际博览会。",
              "是月 中环商贸区创建成为市第一批诚信计量示范区。"]
# 普陀区 2019年9月: two spaces after each marker
PUTUO_2019 = ["10日  区召开“不忘初心、牢记使命”主题教育动员会。",
              "16—19日  区长周敏浩率领区党政代表团到西藏自治区日喀则市亚东县学习考察。"]
# 通州区 2006 大事记 (bjtzh.gov.cn, its markers' dashes and 日 restored), a year's record under its heading
TONGZHOU = ["1月", "5—7日  政协北京市通州区第三届委员会第三次会议在通州宾馆举行。", "9日  招商局物流集团北京物流中心落户物流基地。", "2月",
            "8日  市委副书记、市长王岐山到宋庄镇小堡村调研农村党员先进性教育情况。"]
TONGZHOU_READ = [("2006-01-05", "政协北京市通州区第三届委员会第三次会议在通州宾馆举行。"), ("2006-01-09", "招商局物流集团北京物流中心落户物流基地。"),
                 ("2006-02-08", "市委副书记、市长王岐山到宋庄镇小堡村调研农村党员先进性教育情况。")]


def entries(year, month, lines):
    parsed = parse_issue(issue_text(year, month, [("政府记事", f"{month}月份政府记事", lines)]))
    return [(e["date"], e["text"]) for e in parsed.to_export()["chronicle"]], [w.lines for w in parsed.warnings if w.level == "loss"]


@pytest.mark.parametrize("year, month, lines, expected", [
    pytest.param(2021, 12, PUTUO_2021, [("2021-12-01", PUTUO_2021[0][5:]), ("2021-12-03", PUTUO_2021[1][3:]),
                                        ("2021-12-03", PUTUO_2021[2][3:]), ("2021-12-07", PUTUO_2021[3][3:])],
                 id="a_range_with_a_dash_and_the_same_day"),
    pytest.param(2016, 5, PUTUO_2016, [("2016-05-21", PUTUO_2016[0][4:]), ("2016-05-22", PUTUO_2016[1][7:]),
                                       (None, PUTUO_2016[2][3:])], id="the_month_alone_undated"),
    pytest.param(2019, 9, PUTUO_2019, [("2019-09-10", PUTUO_2019[0][5:]), ("2019-09-16", PUTUO_2019[1][8:])],
                 id="two_spaces_after_the_marker"),
    pytest.param(2006, 1, TONGZHOU, TONGZHOU_READ, id="a_years_month_lines"),
    pytest.param(2006, 1, ["2006年通州区大事记", *TONGZHOU], TONGZHOU_READ, id="a_years_heading_inside_the_column"),
    pytest.param(2006, 1, ["2006 年 通 州 区 大 事 记", *TONGZHOU], TONGZHOU_READ, id="a_years_heading_letter_spaced"),
])
def test_each_district_chronicle_gives_its_entries_without_a_loss(year, month, lines, expected):
    assert entries(year, month, lines) == (expected, [])
