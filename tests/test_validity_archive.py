"""States, amendment links, versions and the as-of list on a two-issue archive of real texts (tests/data/SOURCES.md).

2012-08 prints 温政发〔2012〕67号 (a revision of the 市长质量奖 rules, signed 2012-07-26) and the
甘肃省气象条例; 2020-12 (published 2021-01-20) prints 温政办〔2020〕79号, the 2020 revision in force
2020-12-01 to 2030-12-01 that repeals 67号, and the 甘肃 decision amending the 气象条例 (no date printed:
it acts from its issue's date).
"""

from datetime import date
from pathlib import Path

import pytest

from issues.models import Document, Issue
from issues.parser import parse_issue
from issues.sources import SourceInfo

ARCHIVE = Path(__file__).resolve().parent / "data" / "validity"
QUALITY_2012, QUALITY_2020 = "温政发〔2012〕67号", "温政办〔2020〕79号"
WEATHER, DECISION = "甘肃省气象条例", "甘肃省人民代表大会常务委员会关于修改部分地方性法规的决定"


@pytest.fixture
def archive(db):
    for path in sorted(ARCHIVE.glob("*.txt")):
        source = SourceInfo(name=path.name, path=f"validity/{path.name}", sha256="0" * 64, parser_version="test")
        Issue.objects.save_parsed(parse_issue(path.read_text()), source=source)


def doc(name: str) -> Document:
    published = Document.objects.published().select_related("issue")
    return published.get(doc_number=name) if "〔" in name else published.get(title=name)


# (document, today, state): the table over `today`
STATES = [
    (QUALITY_2012, date(2012, 7, 25), "尚未施行"),  # not signed yet
    (QUALITY_2012, date(2015, 1, 1), "未注明有效期"),
    (QUALITY_2012, date(2020, 11, 30), "未注明有效期"),  # 79号 is signed but not in force
    (QUALITY_2012, date(2020, 12, 1), "已废止"),  # repealed and revised the same day: 已废止 wins
    (QUALITY_2020, date(2020, 11, 30), "尚未施行"),
    (QUALITY_2020, date(2020, 12, 1), "现行有效"),
    (QUALITY_2020, date(2030, 12, 1), "现行有效"),
    (QUALITY_2020, date(2030, 12, 2), "已失效"),
    (WEATHER, date(2021, 1, 19), "未注明有效期"),
    (WEATHER, date(2021, 1, 20), "已修改"),  # the decision's issue is out
    (DECISION, date(2021, 1, 19), "尚未施行"),  # printing no date, it exists from its issue's date
    (DECISION, date(2021, 1, 20), "未注明有效期"),
]


@pytest.mark.parametrize("name, today, state", STATES)
def test_state_on_a_day(archive, name, today, state):
    assert doc(name).validity(today).label == state


def test_revision_links_both_ways_and_lists_versions_in_date_order(archive):
    old, new = doc(QUALITY_2012), doc(QUALITY_2020)
    assert new.amended_documents() == [old]
    assert old.amended_documents() == []  # the 2012 text revised an earlier rule the archive lacks
    changes = Document.objects.published().changes([old])[old.pk]
    assert {(c.kind, c.by, c.on) for c in changes} == {("repeals", new, date(2020, 12, 1)),
                                                       ("amends", new, date(2020, 12, 1))}
    assert list(Document.objects.published().versions_of(new)) == [old, new]
    assert set(Document.objects.published().amending_rule("温州市市长质量奖评审管理办法（2025年修订）")) == {old, new}


def test_decision_amends_the_regulation_by_its_name(archive):
    weather, decision = doc(WEATHER), doc(DECISION)
    assert decision.amended_documents() == [weather]
    validity = weather.validity(date(2021, 6, 1))
    assert [(c.by, c.on) for c in validity.amended_by] == [(decision, date(2021, 1, 20))]


def test_amended_page_names_the_amending_document_and_date(archive, client):
    page = client.get(doc(WEATHER).get_absolute_url()).content.decode()
    assert "badge-amended" in page and "已修改" in page
    assert f"本文件已由 <a href=\"{doc(DECISION).get_absolute_url()}\">{DECISION}</a> 修改，自2021年1月20日起施行。" in page
    assert "被修改" in page


def test_amending_page_lists_what_it_amends(archive, client):
    page = client.get(doc(DECISION).get_absolute_url()).content.decode()
    assert "修改了" in page and doc(WEATHER).get_absolute_url() in page
    assert "甘肃省农村能源建设管理条例<span class=\"muted\">（档案未收录）</span>" in page


def test_each_version_page_lists_both_versions(archive, client):
    old, new = doc(QUALITY_2012), doc(QUALITY_2020)
    for version in (old, new):
        page = client.get(version.get_absolute_url()).content.decode()
        section = page[page.index("历次版本"):]
        assert section.index(old.issue.label) < section.index(new.issue.label)
        assert "（本页）" in section


def test_page_says_when_the_state_next_changes(archive, client, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda: date(2021, 1, 1))
    page = client.get(doc(QUALITY_2020).get_absolute_url()).content.decode()
    assert "效力变化：2030年12月1日失效" in page


@pytest.mark.parametrize("as_of, listed, not_listed", [
    ("2021-01-01", [QUALITY_2020, WEATHER], [QUALITY_2012, DECISION]),  # the decision came out on 2021-01-20
    ("2021-02-01", [QUALITY_2020, WEATHER, DECISION], [QUALITY_2012]),
    ("2012-10-01", [QUALITY_2012, WEATHER], [QUALITY_2020]),
    ("2031-01-01", [WEATHER, DECISION], [QUALITY_2012, QUALITY_2020]),
])
def test_documents_in_force_on_a_day(archive, client, as_of, listed, not_listed):
    page = client.get("/documents/", {"as_of": as_of}).content.decode()
    for name in listed:
        assert doc(name).get_absolute_url() in page, name
    for name in not_listed:
        assert doc(name).get_absolute_url() not in page, name
