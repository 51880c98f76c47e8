"""Validity badges: 尚未施行 / 现行有效 / 已修改 / 已失效 / 已废止 / 未注明有效期, with 'today' injected."""

from datetime import date

import pytest

from issues.models import Document
from issues.validity import Change, end_date, validity_on
from tests.factories import document, make_issue

TODAY = date(2021, 6, 1)


@pytest.mark.parametrize("fields, expected", [
    ({"effective_from": date(2021, 7, 1), "valid_years": 5}, "尚未施行"),
    ({"effective_from": date(2020, 7, 1), "valid_years": 5}, "现行有效"),
    ({"effective_from": date(2016, 6, 1), "valid_years": 5}, "已失效"),  # ran to 2021-05-31
    ({"effective_from": date(2016, 6, 2), "valid_years": 5}, "现行有效"),  # its last day is today
    ({"effective_from": date(2019, 1, 1), "effective_until": date(2021, 5, 31)}, "已失效"),
    ({"effective_from": date(2019, 1, 1), "effective_until": date(2021, 6, 1)}, "现行有效"),
    ({"signed_date": date(2019, 3, 1), "valid_years": 3}, "现行有效"),  # 自印发之日起施行，有效期3年
    ({"signed_date": date(2018, 3, 1), "valid_years": 3}, "已失效"),
    ({"effective_from": date(2020, 1, 1)}, "未注明有效期"),
    ({}, "未注明有效期"),
    ({"effective_from": date(2022, 1, 1)}, "尚未施行"),
])
def test_validity_follows_from_the_dates(fields, expected):
    assert validity_on(TODAY, **fields).label == expected


AMENDER, REPEALER = "温政办〔2021〕9号", "温政办〔2021〕12号"
IN_FORCE = {"effective_from": date(2020, 7, 1), "valid_years": 5}  # to 2025-06-30


# (the document's dates, the changes acting on it, today, state): precedence and the day each change counts
@pytest.mark.parametrize("fields, changes, today, expected", [
    (IN_FORCE, [Change("amends", AMENDER, date(2021, 3, 1))], date(2021, 2, 28), "现行有效"),  # not yet in effect
    (IN_FORCE, [Change("amends", AMENDER, date(2021, 3, 1))], date(2021, 3, 1), "已修改"),
    (IN_FORCE, [Change("amends", AMENDER, None)], date(2021, 3, 1), "已修改"),  # no date known: at once
    ({}, [Change("amends", AMENDER, date(2021, 3, 1))], date(2021, 6, 1), "已修改"),  # over 未注明有效期
    (IN_FORCE, [Change("amends", AMENDER, date(2021, 3, 1))], date(2025, 7, 1), "已失效"),  # 已失效 over 已修改
    (IN_FORCE, [Change("amends", AMENDER, date(2021, 3, 1)), Change("repeals", REPEALER, date(2022, 1, 1))],
     date(2022, 1, 1), "已废止"),  # 已废止 over 已修改
    (IN_FORCE, [Change("repeals", REPEALER, date(2022, 1, 1))], date(2021, 12, 31), "现行有效"),
    ({"effective_from": date(2021, 7, 1)}, [Change("amends", AMENDER, date(2021, 3, 1))], date(2021, 6, 1), "尚未施行"),
    ({"printed_on": date(2021, 7, 20)}, [], date(2021, 6, 1), "尚未施行"),  # no date printed: exists when published
    ({"printed_on": date(2021, 7, 20), "signed_date": date(2021, 5, 1)}, [], date(2021, 6, 1), "未注明有效期"),
])
def test_state_with_repeals_and_amendments(fields, changes, today, expected):
    assert validity_on(today, changes=changes, **fields).label == expected


@pytest.mark.parametrize("fields, changes, today, sentence", [
    (IN_FORCE, [], date(2021, 6, 1), "2025年6月30日失效"),
    (IN_FORCE, [], date(2019, 6, 1), "2020年7月1日起施行"),
    (IN_FORCE, [Change("amends", AMENDER, date(2021, 3, 1))], date(2021, 2, 1), "2021年3月1日修改生效"),
    (IN_FORCE, [Change("repeals", REPEALER, date(2022, 1, 1))], date(2021, 6, 1), "2022年1月1日废止"),
    ({}, [], date(2021, 6, 1), None),
    (IN_FORCE, [], date(2025, 7, 1), None),  # expired: nothing comes next
])
def test_next_change_of_state(fields, changes, today, sentence):
    following = validity_on(today, changes=changes, **fields).next_change
    assert (str(following) if following else None) == sentence


def test_repeal_wins_over_any_dates():
    assert validity_on(TODAY, effective_from=date(2020, 1, 1), valid_years=5, repealed_by=object()).label == "已废止"


@pytest.mark.parametrize("start, years, end", [
    (date(2020, 7, 1), 5, date(2025, 6, 30)),
    (date(2020, 2, 29), 1, date(2021, 2, 28)),  # no 29 February in 2021
    (date(2020, 1, 1), 2, date(2021, 12, 31)),
])
def test_end_date_is_start_plus_years_minus_a_day(start, years, end):
    assert end_date(effective_from=start, effective_until=None, valid_years=years) == end


def test_printed_end_date_wins_over_the_period():
    assert end_date(effective_from=date(2020, 1, 1), effective_until=date(2022, 3, 1), valid_years=5) == date(2022, 3, 1)


@pytest.mark.django_db
def test_archived_repealing_document_makes_the_repealed_one_repealed():
    old = make_issue(2019, 4, documents=[document("温政办〔2009〕19号", effective_from=date(2009, 3, 1))]).document_set.get()
    new = make_issue(2020, 6, documents=[document("温政办〔2020〕53号", repealed_doc_numbers=["温政办[2009]19号"])]) \
        .document_set.get()
    validity = old.validity(TODAY)
    assert validity.label == "已废止" and validity.repealed_by == new
    assert new.validity(TODAY).label == "未注明有效期"


@pytest.mark.django_db
@pytest.mark.parametrize("acting", ["repealed_doc_numbers", "amended_doc_numbers"])
def test_repeal_or_amendment_in_a_draft_issue_does_not_count(acting):
    old = make_issue(2019, 4, documents=[document("温政办〔2009〕19号")]).document_set.get()
    make_issue(2020, 6, status="draft", documents=[document("温政办〔2020〕53号", **{acting: ["温政办〔2009〕19号"]})])
    assert old.validity(TODAY).label == "未注明有效期"


@pytest.mark.django_db
def test_repealed_document_page_shows_the_badge_and_links_the_repealing_one(client):
    old = make_issue(2019, 4, documents=[document("温政办〔2009〕19号")]).document_set.get()
    new = make_issue(2020, 6, documents=[document("温政办〔2020〕53号", body="《关于某事的通知》（温政办〔2009〕19号）同时废止。",
                                                  repealed_doc_numbers=["温政办〔2009〕19号"])]).document_set.get()
    old_page = client.get(old.get_absolute_url()).content.decode()
    assert "badge-repealed" in old_page and "已废止" in old_page
    assert new.get_absolute_url() in old_page
    new_page = client.get(new.get_absolute_url()).content.decode()
    assert "本文件废止的文件" in new_page and old.get_absolute_url() in new_page


@pytest.mark.django_db
def test_amending_finds_the_documents_amending_a_number_in_any_spelling():
    make_issue(2019, 4, documents=[document("温市监〔2015〕52号")])
    amender = make_issue(2019, 5, documents=[document("温市监规〔2019〕1号", amended_doc_numbers=["温市监[2015]52号"])]) \
        .document_set.get()
    make_issue(2019, 6, status="draft", documents=[document("温市监规〔2019〕2号", amended_doc_numbers=["温市监〔2015〕52号"])])
    assert list(Document.objects.published().amending("温市监(2015)52号")) == [amender]
    assert not Document.objects.published().amending("不是文号").exists()


@pytest.mark.django_db
def test_a_reprint_never_amends_itself_and_an_amendment_by_name_reaches_back_only():
    first = make_issue(2019, 4, documents=[document("温政办〔2019〕3号", "温州市X办法")]).document_set.get()
    revision = make_issue(2020, 6, documents=[document("温政办〔2020〕5号", "温州市X办法（2020年修订）",
                                                       amended_titles=["温州市X办法"])]).document_set.get()
    reprint = make_issue(2020, 7, documents=[document("温政办〔2020〕5号", "温州市X办法（2020年修订）",
                                                      amended_titles=["温州市X办法"])]).document_set.get()
    changes = Document.objects.published().changes([first, revision, reprint])
    assert [c.by for c in changes[first.pk]] == [revision, reprint]
    assert changes[revision.pk] == [] and changes[reprint.pk] == []


@pytest.mark.django_db
@pytest.mark.parametrize("as_of", ["2021-13-01", "2021-02-30", "20210101", "昨天", "2021-1-1"])
def test_a_malformed_as_of_date_is_a_400_with_the_format(client, as_of):
    response = client.get("/documents/", {"as_of": as_of})
    assert response.status_code == 400
    assert "日期格式应为 YYYY-MM-DD" in response.content.decode()
