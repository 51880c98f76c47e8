"""opendata/fields.py: every field the archive publishes is described, and described truly.

The descriptions feed the data dictionary and the API schema, so these tests hold them to the real
exports of the five fixture issues: the same names in the same order, and every value of the
type and nullability described.
"""

import jsonschema
import pytest

from opendata import fields as described
from tests.conftest import ISSUE_FILES


def _rows(export: dict, kind: described.Kind) -> list[dict]:
    rows = export
    for step in kind.export_path:
        rows = rows[step]
    return rows


@pytest.mark.parametrize("name", ISSUE_FILES)
@pytest.mark.parametrize("kind", described.KINDS, ids=lambda kind: kind.name)
def test_every_exported_field_is_described_in_order(parsed_issues, name, kind):
    for row in _rows(parsed_issues[name].to_export(), kind):
        assert list(row) == [f.name for f in kind.fields]


@pytest.mark.parametrize("kind", described.KINDS, ids=lambda kind: kind.name)
def test_the_fixtures_hold_rows_of_every_kind(parsed_issues, kind):
    """So that the tests above check every kind against real rows (some issues print none of a kind)."""
    assert any(_rows(issue.to_export(), kind) for issue in parsed_issues.values())


@pytest.mark.parametrize("name", ISSUE_FILES)
def test_the_issue_document_holds_the_described_fields_and_kinds(parsed_issues, name):
    export = parsed_issues[name].to_export()
    top_level = {f.name for f in (*described.ISSUE_FIELDS, described.BACK_MATTER)}
    top_level |= {kind.export_path[0] for kind in described.KINDS}
    assert set(export) == top_level
    assert set(export["statistics"]) == {f.name for f in described.STATISTICS_TABLE_FIELDS} | {"rows"}


@pytest.mark.parametrize("name", ISSUE_FILES)
@pytest.mark.parametrize("kind", described.KINDS, ids=lambda kind: kind.name)
def test_every_value_has_the_described_type(parsed_issues, name, kind):
    validator = jsonschema.Draft202012Validator(described.object_schema(kind.fields),
                                                format_checker=jsonschema.FormatChecker())
    for row in _rows(parsed_issues[name].to_export(), kind):
        errors = [f"{'.'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(row)]
        assert errors == [], row


def test_a_nullable_text_is_null_when_empty_never_an_empty_string(parsed_issues):
    """The CSV writes both as an empty cell; the dictionary's nullability is what reads it back."""
    for issue in parsed_issues.values():
        for kind in described.KINDS:
            nullable_texts = [f.name for f in kind.fields if f.type == "string" and f.nullable]
            for row in _rows(issue.to_export(), kind):
                assert [name for name in nullable_texts if row[name] == ""] == [], row


@pytest.mark.parametrize("kind", described.KINDS, ids=lambda kind: kind.name)
def test_a_dump_row_adds_its_issue_key_and_url_without_clashing_with_the_record_fields(kind):
    names = [f.name for f in described.dump_row_fields(kind)]
    assert names[:4] == ["year", "issue_no", "key", "url"]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("field, schema", [
    (described.Field("title", "string", "标题"), {"type": "string", "description": "标题"}),
    (described.Field("signed_date", "date", "成文日期", nullable=True),
     {"type": ["string", "null"], "format": "date", "description": "成文日期"}),
    (described.Field("attachments", "strings", "附件名称"),
     {"type": "array", "items": {"type": "string"}, "description": "附件名称"}),
    (described.Field("action", "string", "类别", enum=("appoint", "dismiss")),
     {"type": "string", "enum": ["appoint", "dismiss"], "description": "类别"}),
    (described.Field("person", "object", "人物", nullable=True, fields=(described.Field("name", "string", "姓名"),)),
     {"type": ["object", "null"], "properties": {"name": {"type": "string", "description": "姓名"}},
      "required": ["name"], "additionalProperties": False, "description": "人物"}),
])
def test_a_field_becomes_json_schema(field, schema):
    assert field.json_schema() == schema


@pytest.mark.parametrize("field, label", [
    (described.Field("page", "integer", "页码", nullable=True), "整数，可为空"),
    (described.Field("sub_row", "boolean", "其中项"), "是/否"),
    (described.Field("date", "date", "日期"), "日期（YYYY-MM-DD）"),
])
def test_a_field_type_reads_in_chinese(field, label):
    assert field.type_label == label
