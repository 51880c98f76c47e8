"""issues.review: what a draft changes in the published version, on literal parsed issues."""

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from issues import review
from issues.models import Appointment, Issue
from issues.parser.records import (
    ParsedAppointment,
    ParsedChronicleEntry,
    ParsedDocument,
    ParsedIssue,
    ParsedStatisticsRow,
    ParsedStatistics,
)
from issues.sources import SourceInfo

pytestmark = pytest.mark.django_db

LAND_USE = ParsedDocument("市府办文件", "温州市人民政府办公室关于进一步加强工业用地高质量利用全周期管理的若干意见",
                          "温政办〔2020〕53号", body="各县（市、区）人民政府：……")
DIVISION = ParsedDocument("市政府文件", "温州市人民政府关于调整市政府领导分工的通知", "温政发〔2020〕10号")
ENGINEER = ParsedAppointment("张建东", "appoint", "温州市经济和信息化局总工程师", "试用期一年", "市人民政府决定")
DEPUTY = ParsedAppointment("丁加力", "appoint", "温州市经济和信息化局副局长", "试用期一年", "市人民政府决定")
FLOODS = ParsedChronicleEntry(date(2020, 6, 2), "市长姚高员检查防汛工作。")
POWER = ParsedStatisticsRow("全社会用电量", unit="亿千瓦时", month=Decimal("58.1"), month_yoy=Decimal("3.2"))


def issue(**changes) -> ParsedIssue:
    base = ParsedIssue(
        year=2020, issue_no=6, total_no=214, publish_date=date(2020, 7, 20),
        documents=[DIVISION, LAND_USE], appointments=[ENGINEER, DEPUTY], chronicle=[FLOODS],
        statistics=ParsedStatistics(rows=[POWER]),
    )
    return dataclasses.replace(base, **changes)


def save(parsed, status):
    source = SourceInfo(name=f"{status}.txt", path=f"{status}.txt", sha256=status * 4, parser_version="test")
    return Issue.objects.save_parsed(parsed, source=source, status=status)


def diff_of(draft_parsed) -> review.IssueDiff:
    published = save(issue(), Issue.Status.PUBLISHED)
    return review.compare(save(draft_parsed, Issue.Status.DRAFT), published)


def changed(diff: review.IssueDiff, label: str) -> list[review.RecordChange]:
    return next(kind.changed for kind in diff.kinds if kind.label == label)


def summary(diff: review.IssueDiff) -> dict:
    """{kind: (added, removed, changed field labels)} for the kinds that changed."""
    return {
        kind.label: (
            [str(r) for r in kind.added],
            [str(r) for r in kind.removed],
            [[f.label for f in change.fields] for change in kind.changed],
        )
        for kind in diff.kinds
        if kind
    }


@pytest.mark.parametrize(
    "draft, expected",
    [
        (
            issue(documents=[DIVISION, dataclasses.replace(LAND_USE, title="温州市人民政府办公室关于工业用地的意见")]),
            {"文件": ([], [], [["标题"]])},
        ),
        (
            issue(appointments=[ENGINEER, DEPUTY, ParsedAppointment("王造", "appoint", "温州市公安局常务副局长")]),
            {"人事任免": (["王造 任 温州市公安局常务副局长"], [], [])},
        ),
        (
            issue(appointments=[DEPUTY]),
            {"人事任免": ([], ["张建东 任 温州市经济和信息化局总工程师"], [])},
        ),
        (
            issue(appointments=[dataclasses.replace(ENGINEER, qualifier=None), DEPUTY]),
            {"人事任免": ([], [], [["说明"]])},
        ),
        (
            issue(chronicle=[dataclasses.replace(FLOODS, text="市长姚高员检查防汛防台工作。")]),
            {"政府记事": (["2020-06-02 市长姚高员检查防汛防台工作。"], ["2020-06-02 市长姚高员检查防汛工作。"], [])},
        ),
        (
            issue(statistics=ParsedStatistics(rows=[dataclasses.replace(POWER, month=Decimal("58.7"))])),
            {"统计资料": ([], [], [["当月"]])},
        ),
        (
            issue(documents=[DIVISION, dataclasses.replace(LAND_USE, amended_doc_numbers=["温政办〔2019〕34号"])]),
            {"文件": ([], [], [["修改文号"]])},
        ),
        (
            issue(documents=[DIVISION, dataclasses.replace(LAND_USE, amended_titles=["温州市市长质量奖评审管理办法"],
                                                           repealed_doc_numbers=["温政发〔2012〕67号"])]),
            {"文件": ([], [], [["废止文号", "修改的规则名称"]])},
        ),
        (
            issue(documents=[LAND_USE, DIVISION]),  # printed order alone is no change
            {},
        ),
    ],
    ids=["document-title-changed", "appointment-added", "appointment-removed", "qualifier-dropped",
         "chronicle-text-changed", "statistics-value-changed", "amended-numbers-changed", "amended-titles-changed",
         "documents-reordered"],
)
def test_diff_names_what_was_added_removed_and_changed(draft, expected):
    assert summary(diff_of(draft)) == expected


def test_the_same_person_appointed_twice_is_matched_in_order():
    second_post = dataclasses.replace(ENGINEER, position="温州市数据局副局长")
    published = save(issue(appointments=[ENGINEER, second_post]), Issue.Status.PUBLISHED)
    draft = save(issue(appointments=[ENGINEER, dataclasses.replace(second_post, qualifier=None)]), Issue.Status.DRAFT)
    changes = changed(review.compare(draft, published), "人事任免")
    assert [(c.after.position, [f.label for f in c.fields]) for c in changes] == [("温州市数据局副局长", ["说明"])]


def test_an_identical_draft_has_an_empty_diff():
    assert not diff_of(issue())


def test_changed_issue_identity_fields_are_listed():
    diff = diff_of(issue(total_no=215))
    assert [(f.label, f.before, f.after) for f in diff.issue_fields] == [("总期号", "214", "215")]


def test_a_long_body_change_is_shown_where_it_starts():
    body = "第一条　" + "甲" * 300 + "乙" + "丙" * 300
    published = save(issue(documents=[dataclasses.replace(LAND_USE, body=body)]), Issue.Status.PUBLISHED)
    draft = save(issue(documents=[dataclasses.replace(LAND_USE, body=body.replace("乙", "丁"))]), Issue.Status.DRAFT)
    [change] = changed(review.compare(draft, published), "文件")
    [body_change] = change.fields
    assert "乙" in body_change.before and "丁" in body_change.after
    assert body_change.before.startswith("…") and body_change.before.endswith("（共605字）")


@pytest.mark.parametrize(
    "draft_qualifier, lost",
    [("试用期一年", True), ("试用期半年", False)],
    ids=["new-parse-differs", "new-parse-agrees"],
)
def test_a_hand_correction_is_at_risk_only_when_the_draft_differs(draft_qualifier, lost):
    published = save(issue(), Issue.Status.PUBLISHED)
    Appointment.objects.filter(issue=published, person="张建东").update(qualifier="试用期半年", corrected=True)
    draft = save(issue(appointments=[dataclasses.replace(ENGINEER, qualifier=draft_qualifier), DEPUTY]),
                 Issue.Status.DRAFT)
    [at_risk] = review.corrections_at_risk(draft, published)
    assert (at_risk.label, at_risk.corrected.person, at_risk.lost) == ("人事任免", "张建东", lost)


def test_a_corrected_record_missing_from_the_draft_is_at_risk():
    published = save(issue(), Issue.Status.PUBLISHED)
    Appointment.objects.filter(issue=published, person="张建东").update(corrected=True)
    [at_risk] = review.corrections_at_risk(save(issue(appointments=[DEPUTY]), Issue.Status.DRAFT), published)
    assert at_risk.replacement is None and at_risk.lost


def test_statistics_values_read_as_printed():
    diff = diff_of(issue(statistics=ParsedStatistics(rows=[dataclasses.replace(POWER, month=Decimal("58.7"))])))
    [change] = changed(diff, "统计资料")
    assert [(f.label, f.before, f.after) for f in change.fields] == [("当月", "58.1", "58.7")]


@pytest.mark.parametrize("field_name, corrected_value", [
    ("cited_doc_numbers", ["温政办〔2019〕3号"]),
    ("repealed_doc_numbers", ["温政办〔2009〕19号"]),
    ("registration_code", "ZJCC01-2020-0008"),
], ids=["cited_numbers", "repealed_numbers", "registration_code"])
def test_a_corrected_field_of_any_kind_is_at_risk(field_name, corrected_value):
    published = save(issue(), Issue.Status.PUBLISHED)
    document = published.document_set.get(doc_number="温政办〔2020〕53号")
    setattr(document, field_name, corrected_value)
    document.corrected = True
    document.save()
    [at_risk] = review.corrections_at_risk(save(issue(), Issue.Status.DRAFT), published)
    assert (at_risk.label, at_risk.lost) == ("文件", True)
