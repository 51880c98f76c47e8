"""Validity badges: 尚未施行 / 现行有效 / 已失效 / 已废止 / 未注明有效期, with 'today' injected."""

from datetime import date

import pytest

from issues.validity import end_date, validity_on
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
def test_repeal_in_a_draft_issue_does_not_count():
    old = make_issue(2019, 4, documents=[document("温政办〔2009〕19号")]).document_set.get()
    make_issue(2020, 6, status="draft", documents=[document("温政办〔2020〕53号", repealed_doc_numbers=["温政办〔2009〕19号"])])
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
