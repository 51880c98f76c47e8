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
], ids=["square_brackets_and_full_width_digits", "round_brackets", "order_without_a_year",
        "announcement_by_year", "announcement_spaced_and_zero_padded", "announcement_without_a_serial",
        "serial_without_an_issuer"])
def test_doc_key(printed, key):
    assert numbers.doc_key(printed) == key
