"""A meeting's brief printed without its dated lead (issue 21, news19): its first paragraph tells what the meeting its title
names did, the meeting its subject ('会议决定接受…', '会议审议通过了任命…'), often the decision itself. It is the brief's first
paragraph, the brief undated, never lines unread nor a paragraph of the brief before (issues/parser/news.py,
issues/parser/news_lines.py `meeting_told`). The appointment rows come from the 人事任免 section only.

Rows are real reports of 北京 and 上海 districts (tests/data/SOURCES.md, "news19"), their dated lead left out as a gazette's
政务简讯 may print them, in a text export. Not yet read in a raw two-column extraction: there a title as wide as the column is
glued to the paragraph below it ('…第四十九次会议会议审议通过了…'), or the section's first brief is read into the document
before it.
"""

from datetime import date

import pytest

from tests.test_news_brief_openings import HANCHUAN, HANCHUAN_TITLE, text_export

# 通州 (北京) 2023-03-10, 运河 paper: the title, the paragraph telling the decision, the one after it
TONGZHOU = ("区七届人大常委会召开第十一次会议",
            "会议决定接受孟景伟辞去通州区人民政府区长职务的请求，报通州区人民代表大会备案。",
            "会议以按表决器表决方式，决定郑皓副区长代理通州区人民政府区长职务。郑皓进行了宪法宣誓。")
# 上海长宁 2023-07-31: the title, the decision, the attendance paragraph
CHANGNING = ("区十七届人大常委会举行第十三次会议",
             "会议审议和通过有关人事任免事项，决定接受张伟同志辞去长宁区人民政府区长职务的请求，报区人民代表大会备案；决定任命侯继军同志为"
             "长宁区人民政府副区长、代理区长。",
             "常务副区长岑福康，区监察委员会、区人民法院、区人民检察院负责人，区人大专门委员会和区人大常委会工作委员会相关负责同志，"
             "区人大常委会各街道工作委员会负责人，区政府办公室负责人以及新泾镇人大主席列席会议。")
# 徐汇 (上海) 2011-09-16: the title, the decision, the attendance paragraph
XUHUI = ("区十四届人大常委会举行第四十九次会议",
         "会议审议通过了任命陈必顺为徐汇区人大常委会城市建设环境保护工作委员会主任等人事任免事项。",
         "副区长赵惠琴、区人民法院院长郭伟清、区人民检察院检察长储国樑、各代表组组长和部分市、区人大代表、工委委员列席了会议。")
MEETINGS = [pytest.param(TONGZHOU, id="tongzhou_a_resignation_accepted"),
            pytest.param(CHANGNING, id="changning_a_deputy_district_head_appointed"),
            pytest.param(XUHUI, id="xuhui_appointments_passed")]


def _briefs(parsed):
    return {n.title: (n.date, n.body) for n in parsed.news}


@pytest.mark.parametrize("meeting", MEETINGS)
@pytest.mark.parametrize("first", [True, False], ids=["first_brief", "after_a_brief"])
def test_a_meeting_brief_whose_first_paragraph_is_its_decision_is_a_brief_without_a_date(meeting, first):
    """The brief is found, undated, its body both paragraphs; before the fix its lines were unread (the section's first) or
    merged into the brief before."""
    title, decision, after = meeting
    hanchuan = [HANCHUAN_TITLE, HANCHUAN]
    parsed, losses = text_export(2023, 6, [title, decision, after, *hanchuan] if first else [*hanchuan, title, decision, after])
    found = _briefs(parsed)
    assert set(found) == {title, HANCHUAN_TITLE}
    assert found[title] == (None, decision + "\n" + after)
    assert found[HANCHUAN_TITLE][0] == date(2023, 6, 15)
    assert not {"news_unread", "news_merged", "news_no_first_paragraph"} & {kind for kind, _ in losses}


@pytest.mark.parametrize("words", ["会议指出", "会议要求："])
def test_a_meetings_words_alone_under_a_meeting_title_open_no_brief(words):
    """'会议指出' under a brief's last paragraph stays a sub-heading of that brief, however a meeting's title reads above."""
    parsed, _ = text_export(2023, 6, [HANCHUAN_TITLE, HANCHUAN, words, "要坚持依法履职。"])
    assert [n.title for n in parsed.news] == [HANCHUAN_TITLE]
