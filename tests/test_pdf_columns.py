"""issues/pdf/columns.py: a page's pieces in reading order, on small pages of boxes in the shape of real ones, and on
pages of lines placed by the independent generator (tests/pdfgen placed_pdf)."""

from __future__ import annotations

import pytest

from issues.pdf import Area, Page, Segment, extract_text, read_page
from tests.pdfgen import placed_pdf
from tests.pdfgen.fonts import break_line, register_fonts, text_width

# Fixture 2019-04 as scanned (song-ruled print, page 31): the chronicle's last days in both columns, then the
# issued list's heading letter-spaced across the page at 13.9 pt, which the detector cut at the gutter (308-326),
# the blank there a letter space wider than the gutter, then the list's rows in both columns. Positions in
# points, as the scan's boxes gave them (rounded), a box's edges a point or so off the print's.
TEXT_BLOCK, GUTTER = Area(77.0, 557.0), (308.0, 326.0)
CHRONICLE_LEFT = ["28日", "△ 市长姚高员，常务副市长陈建明，副市长"]
CHRONICLE_RIGHT = ["30日", "△ 副市长殷志军拜访意大利驻沪总领馆、德", "国驻沪总领馆、德国商会。"]
HEADING = ("4月份市政府、市政", "府办公室发文目录")
ISSUED_LEFT = ["- 温政发〔2019〕5号温州市人民政府关于", "做好当前就业创业工作的补充通知"]
ISSUED_RIGHT = ["- 温政办〔2019〕34号 温州市人民政府办公", "室关于命名第六批“基本无违建乡镇（街道）”", "的通知"]


def chronicle_over_issued_list(heading: list[Segment]) -> Page:
    segments = [
        Segment(CHRONICLE_LEFT[0], 78.7, 100.2, 509.3, 9.7),
        Segment(CHRONICLE_LEFT[1], 96.4, 307.4, 525.0, 9.7),
        Segment(CHRONICLE_RIGHT[0], 326.9, 348.2, 493.4, 9.7),
        Segment(CHRONICLE_RIGHT[1], 344.4, 556.1, 509.3, 9.7),
        Segment(CHRONICLE_RIGHT[2], 326.9, 446.0, 525.0, 9.7),
        *heading,
        Segment(ISSUED_LEFT[0], 81.2, 304.7, 598.0, 9.7),
        Segment(ISSUED_LEFT[1], 104.5, 291.2, 613.3, 9.7),
        Segment(ISSUED_RIGHT[0], 348.3, 553.4, 598.0, 9.7),
        Segment(ISSUED_RIGHT[1], 327.1, 553.9, 613.3, 9.7),
        Segment(ISSUED_RIGHT[2], 326.9, 357.3, 629.4, 9.7),
    ]
    return Page(30, 595.0, 842.0, segments, printed_no=29, jitter=1.5)


CUT_AT_THE_GUTTER = [Segment(HEADING[0], 106.9, 307.4, 564.5, 13.9), Segment(HEADING[1], 326.9, 526.7, 564.5, 13.9)]
WHOLE = [Segment("".join(HEADING), 106.9, 526.7, 564.5, 13.9)]


@pytest.mark.parametrize("heading", [CUT_AT_THE_GUTTER, WHOLE], ids=["cut-at-the-gutter", "whole"])
def test_a_heading_letter_spaced_across_the_gutter_parts_the_columns_above_it_from_those_below(heading):
    lines = read_page(chronicle_over_issued_list(heading), TEXT_BLOCK, GUTTER)
    assert [line.text for line in lines] == (CHRONICLE_LEFT + CHRONICLE_RIGHT + ["".join(HEADING)]
                                             + ISSUED_LEFT + ISSUED_RIGHT)


def test_column_headings_side_by_side_stay_each_over_its_column():
    """Two headings on one baseline, each centred over its column, are no heading cut at the gutter."""
    headings = [Segment("政务简讯", 164.0, 220.0, 564.5, 13.9), Segment("政府记事", 413.0, 469.0, 564.5, 13.9)]
    lines = read_page(chronicle_over_issued_list(headings), TEXT_BLOCK, GUTTER)
    texts = [line.text for line in lines]
    assert "政务简讯政府记事" not in texts
    assert texts.index("政务简讯") < texts.index(ISSUED_LEFT[0]) and texts.index("政府记事") > texts.index(ISSUED_LEFT[1])



# 上海 沪府发〔2017〕92号's enclosed plan, its first part's heading the last line of the left column and that part's
# text running on at the top of the right one, over the title block of the next document (浦东新区 浦府〔2022〕1号) set
# across the page: a typesetter balancing two columns above a title block leaves a heading at a column's foot
PLAN = ["政务诚信是社会信用体系的重要组成部分。深入开展政务诚信建设，是深化简政放权、放管结合、优化服务改革和加快转变政府职能、"
        "提高政府效能的必然要求，有利于建立健全以信用为核心的新型市场监管机制，有利于建立一支守法守信、高效廉洁的公务员队伍，"
        "有利于营造风清气正的社会风气，培育良好经济社会发展环境。", "一、总体要求"]
PLAN_RIGHT = ["（一）指导思想", "全面贯彻党的十九大精神，深入贯彻习近平新时代中国特色社会主义思想，按照党中央、国务院决策部署，将坚持依法"
              "行政、阳光行政和加强监督作为推进政务诚信建设的重要手段，将建立政务领域失信记录和实施失信惩戒措施作为推进政务诚信建设"
              "的主要方面。"]
PUDONG_TITLE = ["浦东新区人民政府关于印发", "《浦东新区人民政府工作规则》的通知", "浦府〔2022〕1号"]
PUDONG = ["区政府各委、办、局，各管理局（管委会），各直属企业，各街办事处、镇政府：",
          "《浦东新区人民政府工作规则》已经1月25日召开的区政府第1次常务会议审议通过，现予印发。"]
# then the 浦东 notice, its signature's date closing the left column, the rules it encloses opening the right one,
# over 沪府发〔2017〕92号
PUDONG_SIGNED = ["浦东新区人民政府", "2022年1月28日"]
ENCLOSED = ["浦东新区人民政府工作规则", "一、第七届浦东新区人民代表大会第一次会议产生的新一届浦东新区人民政府，根据《中华人民共和国宪法》"
            "《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》，参照《上海市人民政府工作规则》，结合实际，制定本工作规则。"]
SHANGHAI_TITLE = ["上海市人民政府印发", "《关于本市加强政务诚信建设的实施意见》的通知", "沪府发〔2017〕92号"]
SHANGHAI = ["各区人民政府，市政府各委、办、局：", "现将《关于本市加强政务诚信建设的实施意见》印发给你们，请认真按照执行。"]
LEFT, RIGHT, SIZE, PITCH, TOP = (62.0, 261.5), (281.0, 480.5), 10.5, 17.25, 120.0


def poured(paragraphs: list[str], column: tuple[float, float], top: float = TOP) -> list[tuple]:
    """Paragraphs set justified in a column from baseline `top`, a first line indented two characters, as placed_pdf
    takes them (text, x, baseline, size, stretch: it widens every gap but those inside a Latin word)."""
    register_fonts()
    lines = []
    for paragraph in paragraphs:
        start = 0
        while start < len(paragraph):
            x = column[0] + (2 * SIZE if start == 0 else 0.0)
            end = break_line(paragraph, start, column[1] - x, SIZE, "hei")
            text = paragraph[start:end]
            spare = column[1] - x - text_width(text, SIZE, "hei")
            gaps = sum(1 for pair in zip(text, text[1:]) if not all(c.isascii() and c.isalnum() for c in pair))
            lines.append((text, x, top, SIZE, spare / gaps if end < len(paragraph) else 0.0))
            top, start = top + PITCH, end
    return lines


def signed(lines: list[str], column: tuple[float, float], top: float) -> list[tuple]:
    """A signature set right, two characters in from the column's edge, a blank line under the line at `top`."""
    return [(text, column[1] - 2 * SIZE - text_width(text, SIZE, "hei"), top + PITCH * (n + 2), SIZE, 0.0)
            for n, text in enumerate(lines)]


def title_block(lines: list[str], top: float) -> list[tuple]:
    """A title in two lines and its doc number, centred across the page under the line at `top`."""
    placed = []
    for text, size, step in zip(lines, (15.0, 15.0, 11.0), (18.5, 22.0, 22.0)):
        top += step
        placed.append((text, (LEFT[0] + RIGHT[1] - text_width(text, size, "hei")) / 2, top, size, 0.0))
    return placed


def under(lines: list[tuple], step: float = 26.0) -> float:
    return lines[-1][2] + step


def part_heading_at_the_foot(heading: bool = True) -> list[tuple]:
    left = poured(PLAN if heading else PLAN[:1], LEFT)
    title = title_block(PUDONG_TITLE, left[-1][2])
    return [*left, *poured(PLAN_RIGHT, RIGHT), *title, *poured(PUDONG, LEFT, under(title))]


def signature_date_at_the_foot() -> list[tuple]:
    """The page above without the plan's heading, then the 浦东 notice signed at the foot of the left column, the
    rules it encloses opening at the top of the right one (their title centred in the column, their first article)."""
    plan = part_heading_at_the_foot(heading=False)
    notice = plan[-len(poured(PUDONG, LEFT)):]
    top = notice[0][2]
    signature = signed(PUDONG_SIGNED, LEFT, notice[-1][2])
    heading = (ENCLOSED[0], (RIGHT[0] + RIGHT[1] - text_width(ENCLOSED[0], SIZE, "hei")) / 2, top, SIZE, 0.0)
    title = title_block(SHANGHAI_TITLE, signature[-1][2])
    return [*plan, *signature, heading, *poured(ENCLOSED[1:], RIGHT, top + PITCH), *title,
            *poured(SHANGHAI, LEFT, under(title))]


@pytest.mark.parametrize("page, expected", [
    pytest.param(part_heading_at_the_foot, PLAN + PLAN_RIGHT + PUDONG_TITLE + PUDONG,
                 id="a_part_heading_closing_the_left_column"),
    pytest.param(signature_date_at_the_foot, PLAN[:1] + PLAN_RIGHT + PUDONG_TITLE + PUDONG + PUDONG_SIGNED
                 + ENCLOSED + SHANGHAI_TITLE + SHANGHAI, id="a_signatures_date_closing_the_left_column"),
])
def test_a_line_closing_a_column_at_its_line_pitch_stays_that_columns_line_over_a_title_block(page, expected):
    """Nearer the title block under it than to the line above (a larger title's top stands higher over its
    baseline), the column's last line was read as that block's first line: a plan's part heading went after its
    part's first sub-part; a notice's date went after the first lines of the rules it encloses."""
    assert extract_text(placed_pdf(page())).split("\n")[:-1] == expected


# 北京市人民政府令第293号 (北京市建筑垃圾处置管理规定) in the left column: the order, its signature, then the rule's title
# centred in a larger size all but filling the column, and its first chapter's heading centred under it in that size,
# set a little apart; the rule's second article in the right column
ORDER = ["《北京市建筑垃圾处置管理规定》已经2020年7月21日市人民政府第77次常务会议审议通过，现予公布，自2020年10月1日起施行。"]
ORDER_SIGNED = ["市长　陈吉宁", "2020年7月29日"]
RULE_TITLE = ["北京市建筑垃圾处置管理规定", "第一章　总　则"]
ARTICLES = ["第一条　为了加强建筑垃圾管理，保护和改善生态环境，促进循环经济发展，依据《中华人民共和国固体废物污染环境防治法》"
            "《北京市生活垃圾管理条例》《北京市市容环境卫生条例》等法律、法规，结合本市实际情况，制定本规定。"]
ARTICLES_RIGHT = ["第二条　本规定适用于本市行政区域内建筑垃圾的倾倒、堆放、贮存、运输、消纳、利用等处置活动及其监督管理。",
                  "本规定所称建筑垃圾，是指新建、改建、扩建和拆除各类建筑物、构筑物、管网等，强制拆除违法建设以及装饰装修房屋过程中产生"
                  "的弃土（包括但不限于开槽渣土、级配砂石）、弃料以及其他固体废物。"]


def rule_under_its_order(step: float) -> list[tuple]:
    """The title's lines `step` apart (their baselines), in a size their column all but fits the title in."""
    order = poured(ORDER, LEFT)
    signature = signed(ORDER_SIGNED, LEFT, order[-1][2])
    size, top = 15.0, signature[-1][2] + 30.0
    title = [(text, (LEFT[0] + LEFT[1] - text_width(text, size, "hei")) / 2, top + step * n, size, 0.0)
             for n, text in enumerate(RULE_TITLE)]
    return [*order, *signature, *title, *poured(ARTICLES, LEFT, title[-1][2] + 26.0), *poured(ARTICLES_RIGHT, RIGHT)]


@pytest.mark.parametrize("step, expected", [
    pytest.param(32.5, ORDER + ORDER_SIGNED + RULE_TITLE + ARTICLES + ARTICLES_RIGHT,
                 id="a_chapter_heading_set_apart_under_a_title_all_but_filling_the_column"),
    pytest.param(22.0, ORDER + ORDER_SIGNED + ["".join(RULE_TITLE)] + ARTICLES + ARTICLES_RIGHT,
                 id="the_same_lines_at_a_titles_leading_are_one_wrapped_title"),
])
def test_centred_lines_farther_apart_than_a_titles_leading_are_no_wrapped_title(step, expected):
    """Two centred lines in one face and size whose first all but fills the column read as one title wrapped there:
    the rule's title took its first chapter's heading ('北京市建筑垃圾处置管理规定第一章　总　则'). Print sets a wrapped
    title's lines at its leading; lines set farther apart were broken on purpose, each a line of its own."""
    assert extract_text(placed_pdf(rule_under_its_order(step))).split("\n")[:-1] == expected


# 上海市司法局关于向社会公开征集2020年度政府规章立法建议的公告 (2019年9月24日), set in two columns: the notice fills the
# left column and its last paragraph runs on to the top of the right one, where its last line, '特此公告。' and the
# signature set right are all that column holds
CALL = ["为进一步增强上海市政府规章制定计划的科学性和民主性，提升政府立法工作的公众参与度，根据《上海市人民政府规章制定程序规定》"
        "（沪府令6号）第九条规定，自即日起至2019年11月30日，上海市司法局向社会各界公开征集2020年度政府规章立法建议。"
        "现就有关事项公告如下：", "一、政府立法重点",
        "上海市2020年度政府规章制定计划拟重点考虑保障改革创新、促进政府职能转变、优化营商环境、加强城市管理和社会治理、"
        "改善民生和公共服务、实施长江三角洲区域一体化协同发展、加强环境保护、生态文明建设和先进文化建设等方面的内容。",
        "二、有关事项提示",
        "（一）公民、法人和其他社会组织（下称建议人）提出制定、修订或者废止政府规章等立法建议的，请在建议中说明有关政府规章的"
        "名称、建议的理由、拟通过立法解决的主要问题和相应措施。如已有立法调研报告或者立法文本建议稿的，也请一并递交。",
        "（二）为便于联系沟通，请建议人注明联系方式和联系人。", "三、建议提交方式",
        "建议人的立法建议，有电子版的，可发送至电子邮箱fzdyc@sfj.sh.gov.cn；仅有纸质版的，可邮寄至上海市徐汇区建国西路648号"
        "2218室（市司法局法治调研处，邮编200030）或传真至021—64337522。", "四、采纳情况反馈",
        "对社会公众提出的立法建议，市司法局将会同有关主管部门认真研究，并在年度计划公布后反馈有关采纳情况。", "特此公告。"]
CALL_SIGNED = ["上海市司法局", "2019年9月24日"]


def call_ending_atop_the_right_column(right_lines: int) -> list[tuple]:
    """The notice poured into the left column, its last `right_lines` lines moved to the top of the right one, the
    signature set right under them."""
    lines = poured(CALL, LEFT)
    left, right = lines[:-right_lines], lines[-right_lines:]
    moved = [(text, x + RIGHT[0] - LEFT[0], TOP + PITCH * n, size, stretch)
             for n, (text, x, _, size, stretch) in enumerate(right)]
    return [*left, *moved, *signed(CALL_SIGNED, RIGHT, moved[-1][2])]


@pytest.mark.parametrize("right_lines", [
    pytest.param(4, id="a_paragraphs_last_three_lines_and_its_closing_formula"),
    pytest.param(5, id="a_part_heading_its_paragraph_and_its_closing_formula"),
])
def test_a_right_column_of_a_few_lines_over_a_signature_set_right_is_read_after_the_left_column(right_lines):
    """Two or three lines as few as stray lines crossing a gutter, the strip from the left column's end to the signature
    passed for the gutter: the right column's lines crossed its centre, were read across the page, and were
    interleaved with the left column's lines (held-out class: a call for comments' contact paragraph)."""
    assert extract_text(placed_pdf(call_ending_atop_the_right_column(right_lines))).split("\n")[:-1] == CALL + CALL_SIGNED
