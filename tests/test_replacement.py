"""What replacing a published issue would drop, kind by kind (issues/replacement.py), on plain data.

A replacement that removes more than a third of any kind's records is too destructive to go through
unasked (finding 4 of issue 20): the command line refuses it, the admin asks for confirmation.
Records are matched by what names them in print (a document by its doc number in any spelling).
"""

import pytest

from issues.parser.records import ParsedAppointment, ParsedDocument, ParsedIssue, ParsedNews


def documents(*numbers):
    return [ParsedDocument(category="市政府文件", title=f"关于{n}的通知", doc_number=n) for n in numbers]


NINE = documents(*[f"温政发〔2020〕{n}号" for n in range(1, 10)])
PEOPLE = [ParsedAppointment(person=f"张{n}", action="appoint", position="局长") for n in range(6)]


def issue(documents=(), appointments=(), news=()):
    return ParsedIssue(year=2020, issue_no=6, documents=list(documents), appointments=list(appointments),
                       news=list(news))


def brief(title):
    return ParsedNews(title=title)


CASES = [
    ("same-records", issue(NINE, PEOPLE), issue(NINE, PEOPLE), []),
    ("a-third-of-the-documents-gone", issue(NINE), issue(NINE[:6]), []),
    ("more-than-a-third-gone", issue(NINE), issue(NINE[:5]), [("文件", 9, 5, 4)]),
    ("appointments-emptied", issue(NINE, PEOPLE), issue(NINE, []), [("人事任免", 6, 0, 6)]),
    ("a-kind-that-was-empty-gains-records", issue(NINE), issue(NINE, PEOPLE), []),
    ("same-count-other-documents", issue(NINE[:3]), issue(documents("温政办〔2021〕1号", "温政办〔2021〕2号",
                                                                     "温政办〔2021〕3号")), [("文件", 3, 3, 3)]),
    ("doc-number-spelled-otherwise", issue(documents("温政办〔2020〕53号")), issue(documents("温政办[2020]53号")), []),
    ("one-of-two-repeated-titles-gone", issue(news=[brief("简讯"), brief("简讯")]), issue(news=[brief("简讯")]),
     [("政务简讯", 2, 1, 1)]),
]


@pytest.mark.parametrize("before, after, too_many", [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_kinds_losing_more_than_a_third(before, after, too_many):
    from issues.replacement import compare

    found = compare(before, after)
    assert [(k.label, k.before, k.after, len(k.removed)) for k in found.kinds if k.too_many] == too_many
    assert found.too_destructive == bool(too_many)


def test_the_summary_lists_counts_and_at_most_ten_removed_document_titles():
    from issues.replacement import compare

    twelve = documents(*[f"温政发〔2020〕{n}号" for n in range(1, 13)])
    summary = compare(issue(twelve, PEOPLE), issue(twelve[:1], PEOPLE[:5])).summary()
    assert "文件 12 → 1（删除 11）" in summary
    assert "人事任免 6 → 5（删除 1）" in summary
    assert sum(f"关于温政发〔2020〕{n}号的通知" in summary for n in range(2, 13)) == 10
    assert "等 11 个文件" in summary
