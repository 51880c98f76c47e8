"""A document's signature (issues/parser/signatures.py): a notice its seal signs prints its date alone, under its last
sentence or under the attachment list that follows it (附件说明, GB/T 9704 §7.3.4), in digits or Chinese numerals, and
the attachment itself after it. The date is the signed date, a line of its own: never glued onto the attachment's title.

Rows are real public documents of other places (tests/data/SOURCES.md `docs12`). Never rows from bench/heldout*.
"""

import pytest

from issues.parser import parse_issue
from issues.parser.signatures import find_signature
from tests.test_read_documents import LECHANG, LECHANG_TOC
from tests.test_read_variations import layout, raw_layout

# lechang-2021-notice signed by its seal (its issuer's signature line left out for the test, as a notice its seal signs prints
# it), its attachment printed after the date: the heading '附件', the attachment's title
ATTACHMENT_TITLE = "2021年春季学期义务教育公用经费补助资金"
SEALED = [LECHANG[:-2] + [date, "附件", ATTACHMENT_TITLE] for date in ("2021年3月1日", "二○二一年三月一日")]
SEALED_READ = {"issuer": "乐昌市教育局", "signed_date": "2021-03-01", "attachments": [ATTACHMENT_TITLE]}


@pytest.mark.parametrize("raw", [False, True], ids=["text_export", "raw"])
@pytest.mark.parametrize("document", SEALED, ids=["date_in_digits", "date_in_chinese_numerals"])
def test_a_date_alone_under_the_attachment_list_signs_the_notice_and_stays_off_the_attachments_title(document, raw):
    text = raw_layout(2021, 3, [document]) if raw else layout(2021, 3, [LECHANG_TOC], document)
    found = parse_issue(text).to_export()["documents"]
    # a raw column wraps the attachment's line, a tiny issue too short to tell its columns' width: its title is read cut there
    fields = ("issuer", "signed_date") if raw else SEALED_READ
    assert [{name: d[name] for name in fields} for d in found] == [{name: SEALED_READ[name] for name in fields}]
    assert not any(document[-3] in attachment for attachment in found[0]["attachments"])


LAST_SENTENCE = LECHANG[4]
ATTACHMENT_LISTS = [
    pytest.param([LAST_SENTENCE, LECHANG[5], "二○二一年三月一日"], id="one_attachment"),
    # the list wrapped by a narrow column: a piece of its title on the next line
    pytest.param([LAST_SENTENCE, LECHANG[5][:19], LECHANG[5][19:], "2021年3月1日"], id="wrapped_by_a_column"),
    # numbered items under the list's line (the same attachment's title split in two for the test)
    pytest.param([LAST_SENTENCE, "附件：1.2021年春季学期义务教育", "2.公用经费补助资金", "2021年3月1日"], id="numbered_items"),
]


@pytest.mark.parametrize("paragraphs", ATTACHMENT_LISTS)
def test_a_date_under_an_attachment_list_after_the_last_sentence_is_the_signature(paragraphs):
    signature = find_signature(paragraphs)
    assert signature is not None and (signature.signers, str(signature.signed_date)) == ([], "2021-03-01")


def test_a_date_under_an_attachment_line_with_no_sentence_over_it_signs_nothing():
    # a list of attachments in the middle of a table or a heading, no notice's last sentence over it
    assert find_signature(["附件：2021年春季学期义务教育公用经费补助资金", "2021年3月1日"]) is None
