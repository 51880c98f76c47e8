"""A TOC entry's category is the column name the issue prints (issue 21, toc21p): an issue whose 目录 heads its
appointments 人事任免 and its briefs 政务动态 keeps those names in the parse result, its export (`to_export()`,
`manage.py export_issue`), the database and the issue page, while every step that needs the kind they announce (finding
the section, the checks comparing the TOC's counts with the records found, the list page an entry links to) reads it
through kinds.category_named / kinds.of_category.

The lists and briefs are real (遂宁 2018-12, 亳州, 武穴: tests/data/SOURCES.md, toc21p), laid out under the headings by
tests/test_read_variations.py's `layout` (a 目录, then the body) and `raw_layout` (a raw extraction, no 目录).
"""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from issues.models import Issue, Section
from issues.parser import parse_issue
from tests.factories import ParsedAppointment, ParsedNews, TocEntry, make_issue
from tests.test_read_variations import YONGDENG, YONGDENG_TOC, layout, raw_layout

# 遂宁 2018-12 (四川): the city's list, its title and its decider (dated for the test, as tests/test_parse_appointments.py has it)
SUINING_LIST = ["遂宁市人民政府任免工作人员", "2018年12月21日，市人民政府决定：", "邓正权同志任遂宁市人民政府副市长、代市长；",
                "接受杨自力同志辞去遂宁市人民政府市长职务的请求。"]
SUINING_ROWS = [("杨自力", "dismiss", "遂宁市人民政府市长"), ("邓正权", "appoint", "遂宁市人民政府代市长"),
                ("邓正权", "appoint", "遂宁市人民政府副市长")]
# 亳州 (安徽) and 武穴 (湖北): two briefs of December
BOZHOU = ["市政府第二次全体会议召开", "12月24日下午，市政府第二次全体会议召开，传达学习中央、省委经济工作会议精神，安排部署当前重点工作。"]
WUXUE = ["市长主持召开市长碰头会", "12月15日，市委副书记、市长查俊主持召开市长碰头会，听取各副市长前期未完成重点工作情况。"]
BRIEFS_ENTRY = f"{BOZHOU[0]}等简讯2则"

# What the checks say when a TOC category's records are not found: none may be said of these issues.
TOC_LOSSES = {"toc_count", "toc_entry_empty", "toc_entry_not_found"}


def issue_text(appointments_heading, news_heading, body_appointments=None, body_news=None):
    """A 2018-12 issue whose 目录 prints the two headings given; its body heads the sections as given (else as the 目录)."""
    toc = [(appointments_heading, SUINING_LIST[0]), (news_heading, BRIEFS_ENTRY), YONGDENG_TOC]
    body = [body_appointments or appointments_heading, *SUINING_LIST, body_news or news_heading, *BOZHOU, *WUXUE]
    return layout(2018, 12, toc, body + YONGDENG)


# (the 目录's headings, the body's, the TOC categories exported)
PRINTED = [
    pytest.param(("人事任免", "政务动态"), (None, None), ["人事任免", "政务动态", "部门文件"], id="renshi_renmian_zhengwu_dongtai"),
    pytest.param(("人 事 任 免", "政 务 动 态"), (None, None), ["人事任免", "政务动态", "部门文件"],
                 id="letter_spaced_headings_kept_without_their_spaces"),
    pytest.param(("人事任免", "政务动态"), ("机构人事", "政务简讯"), ["人事任免", "政务动态", "部门文件"],
                 id="the_body_heading_the_columns_by_their_other_names"),
    pytest.param(("机构人事", "政务简讯"), ("人 事 任 免", "政 务 动 态"), ["机构人事", "政务简讯", "部门文件"],
                 id="the_gazettes_own_names_in_the_toc"),
]


@pytest.mark.parametrize("toc_headings, body_headings, categories", PRINTED)
def test_the_toc_keeps_the_printed_names_and_its_sections_are_read(toc_headings, body_headings, categories):
    parsed = parse_issue(issue_text(*toc_headings, *body_headings))
    export = parsed.to_export()
    assert [entry["category"] for entry in export["toc"]] == categories
    assert sorted((a["person"], a["action"], a["position"]) for a in export["appointments"]) == SUINING_ROWS
    assert [n["title"] for n in export["news"]] == [BOZHOU[0], WUXUE[0]]
    assert not [w for w in parsed.warnings if w.kind in TOC_LOSSES]


@pytest.mark.parametrize("toc_headings", [("人事任免", "政务动态"), ("机构人事", "政务简讯")], ids=["printed_names", "own_names"])
def test_the_counts_table_names_each_column_by_its_kind(toc_headings):
    """The review page's table of counts (checks.counts): one row per kind, announced beside found, whichever name the
    目录 prints."""
    from issues.parser import checks

    rows = checks.counts(parse_issue(issue_text(*toc_headings)))
    assert [(row.label, row.announced, row.found) for row in rows] == [("机构人事", None, 3), ("政务简讯", 2, 2), ("部门文件", 1, 1)]


# A raw extraction prints no 目录: the one derived names each column by the heading its section prints.
RAW = [
    pytest.param("人 事 任 免", "政 务 动 态", ["人事任免", "政务动态"], id="letter_spaced_printed_names"),
    pytest.param("人事任免", "政务动态", ["人事任免", "政务动态"], id="printed_names"),
    pytest.param("机 构 人 事", "政 务 简 讯", ["机构人事", "政务简讯"], id="the_gazettes_own_names"),
]


@pytest.mark.parametrize("appointments_heading, news_heading, categories", RAW)
def test_a_raw_extractions_derived_toc_names_the_columns_as_their_headings_print_them(appointments_heading, news_heading,
                                                                                     categories):
    parsed = parse_issue(raw_layout(2018, 12, [[appointments_heading, *SUINING_LIST[1:], news_heading, *BOZHOU, *WUXUE]]))
    export = parsed.to_export()
    assert [entry["category"] for entry in export["toc"]] == categories
    assert sorted((a["person"], a["action"], a["position"]) for a in export["appointments"]) == SUINING_ROWS
    assert [n["title"] for n in export["news"]] == [BOZHOU[0], WUXUE[0]]


@pytest.mark.django_db
def test_export_issue_and_the_database_keep_the_printed_names(tmp_path):
    path = tmp_path / "upload.txt"
    path.write_text(issue_text("人事任免", "政务动态"), encoding="utf-8")
    call_command("ingest", str(path), "--publish", stdout=StringIO())
    issue = Issue.objects.get()
    assert list(Section.objects.filter(issue=issue).order_by("order").values_list("category", flat=True)) == [
        "人事任免", "政务动态", "部门文件"]
    out = StringIO()
    call_command("export_issue", "2018", "12", stdout=out)
    assert [entry["category"] for entry in json.loads(out.getvalue())["toc"]] == ["人事任免", "政务动态", "部门文件"]


# The issue page's 目录, saved from literal entries: each category as printed, linked to the list page of its kind.
PAGE_TOC = [
    TocEntry("人事任免", SUINING_LIST[0], None, 3),
    TocEntry("政务动态", BRIEFS_ENTRY, None, 4),
]


@pytest.mark.django_db
@pytest.mark.parametrize("category, expected_url", [
    ("人事任免", "/issues/2018/12/appointments/"),
    ("政务动态", "/issues/2018/12/news/"),
])
def test_the_issue_page_shows_the_printed_names_linked_to_their_kinds_pages(client, category, expected_url):
    issue = make_issue(2018, 12, toc=PAGE_TOC, appointments=[ParsedAppointment("邓正权", "appoint", "遂宁市人民政府副市长")],
                       news=[ParsedNews(BOZHOU[0], None, BOZHOU[1])])
    response = client.get(issue.get_absolute_url())
    groups = {group.category: group for group in response.context["toc"]}
    assert list(groups) == ["人事任免", "政务动态"]
    assert groups[category].lines[0].url == expected_url
    assert f">{category}</h3>" in response.content.decode()
