"""Doc number keys: one key per number whatever the printed spelling."""

import pytest

from issues import numbers


@pytest.mark.parametrize(("printed", "key"), [
    ("温政办[2020]第５３号", "温政办〔2020〕53号"),
    ("温政办（2020）53号", "温政办〔2020〕53号"),
    ("省政府令第354号", "省政府令第354号"),
    # 2020-09 line 1192: an announcement numbered by year and serial
    ("财政部公告2019年第76号", "财政部公告2019年第76号"),
    ("财政部公告 2019 年第０７６号", "财政部公告2019年第76号"),
    ("财政部公告2019年", None),
    ("第76号", None),
    # issue 14: the year typed with 年 instead of brackets fell through to full-text search
    ("温政办2020年53号", "温政办〔2020〕53号"),
    ("温政办 2020 年第 053 号", "温政办〔2020〕53号"),
    ("财政部公告2019年76号", "财政部公告2019年第76号"),
    ("温州2020年5", None),
    ("人口2020年", None),
    # an order numbered before its 令 (国务院第613号令, tests/data/SOURCES.md) is the order's number
    ("国务院第613号令", "国务院令第613号"),
    ("第613号令", None),
    # 新闻出版署 1991-09-11 (tests/data/SOURCES.md docs14): a number printed year first, in any brackets
    ("(79)出版字第193号", "〔79〕出版字第193号"),
    ("〔79〕出版字193号", "〔79〕出版字第193号"),
    ("（12）市人民政府令第5号", None),
], ids=["square_brackets_and_full_width_digits", "round_brackets", "order_without_a_year",
        "announcement_by_year", "announcement_spaced_and_zero_padded", "announcement_without_a_serial",
        "serial_without_an_issuer", "year_with_nian", "year_with_nian_spaced_and_zero_padded",
        "announcement_without_di", "year_with_nian_without_hao_is_text", "year_alone_is_text",
        "order_numbered_before_its_ling", "order_serial_alone", "year_first", "year_first_without_di",
        "an_items_number_before_an_order_is_no_year"])
def test_doc_key(printed, key):
    assert numbers.doc_key(printed) == key


@pytest.mark.parametrize(("typed", "key"), [
    ("ZJCC01-2020-0008", "ZJCC01-2020-0008"),
    ("zjcc00 - 2021 - 0002", "ZJCC00-2021-0002"),
    ("ＺＪＣＣ０１－２０２０－０００８", "ZJCC01-2020-0008"),
    # issue 14: spaces only fell through to full-text search
    ("zjcc01 2020 0008", "ZJCC01-2020-0008"),
    ("ZJCC 01 2020 0008", "ZJCC01-2020-0008"),
    ("ZJCC01 2020 008", None),
    ("ZJCC01202000081", None),
], ids=["dashes", "spaced_dashes", "full_width", "spaces_only", "spaces_only_after_zjcc", "short_serial",
        "digit_too_many"])
def test_registration_key(typed, key):
    assert numbers.registration_key(typed) == key
