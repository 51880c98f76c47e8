"""bench/score.py on small hand-made gold/export pairs: perfect, a record missing, a field wrong, one extra."""

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench import score

ROOT = Path(__file__).resolve().parent.parent

GOLD = {
    "year": 2009, "issue_no": 4, "total_no": 60, "publish_date": "2009-05-20",
    "toc": [
        {"category": "市政府文件", "title": "温州市人民政府关于表彰2008年度温州市法治政府建设工作示范单位的通报",
         "doc_number": "温政发〔2009〕25号", "page": 2},
        {"category": "政务简讯", "title": "全市工作会议召开等简讯2则", "doc_number": None, "page": 9},
    ],
    "documents": [
        {"category": "市政府文件", "title": "温州市人民政府关于表彰2008年度温州市法治政府建设工作示范单位的通报",
         "doc_number": "温政发〔2009〕25号", "registration_code": None, "issuer": "温州市人民政府",
         "signed_date": "2009-04-09", "addressees": "各县（市、区）人民政府，市政府直属各单位", "attachments": [],
         "effective_from": None, "effective_until": None, "valid_years": None,
         "cited_doc_numbers": ["国发〔2004〕10号", "国发〔2008〕17号"], "page": 2,
         "body": "2008年，全市各级行政执法单位坚持以党的十七大精神为指导。\n为表彰先进、树立典型，市人民政府决定予以通报表彰。" * 4},
        {"category": "部门文件", "title": "温州市公安局关于禁止燃放烟花爆竹的通告", "doc_number": "",
         "registration_code": None, "issuer": "温州市公安局", "signed_date": "2009-04-20", "addressees": None,
         "attachments": [], "effective_from": "2009-05-01", "effective_until": None, "valid_years": None,
         "cited_doc_numbers": [], "page": 5, "body": "特此通告。\n温州市公安局\n二○○九年四月二十日"},
    ],
    "interpretations": [],
    "appointments": [
        {"person": "项伟胜", "action": "appoint", "position": "温州市交通运输局局长", "qualifier": None,
         "decided_by": "会议决定"},
        {"person": "董庆华", "action": "dismiss", "position": "温州市交通运输局局长", "qualifier": None,
         "decided_by": "会议决定"},
    ],
    "news": [
        {"title": "全市工作会议召开", "date": "2009-04-02", "body": "4月2日，全市工作会议召开。"},
        {"title": "我市举行植树活动", "date": None, "body": "日前，我市举行植树活动。"},
    ],
    "chronicle": [
        {"date": "2009-04-01", "text": "市长赵一德参加全市安全生产工作会议。"},
        {"date": "2009-04-01", "text": "副市长陈作荣参加全市统战工作会议。"},
        {"date": "2009-04-03", "text": "市长赵一德参加全市安全生产工作会议。"},
    ],
    "issued_list": [{"doc_number": "温政发〔2009〕25号", "title": "温州市人民政府关于表彰2008年度温州市法治政府建设工作示范单位的通报"}],
    "statistics": {
        "title": "温州市2009年4月份国民经济主要统计指标", "producer": "温州市统计局制",
        "rows": [
            {"indicator": "一、规模以上工业增加值", "sub_row": False, "unit": "亿元", "month": 101.29,
             "month_yoy": 5.0, "cumulative": 466.99, "cumulative_yoy": -3.2},
            {"indicator": "住户存款", "sub_row": True, "unit": "亿元", "month": None, "month_yoy": None,
             "cumulative": 8335.09, "cumulative_yoy": 12.6},
        ],
    },
    "back_matter": [],
}


def _export(change=None):
    export = copy.deepcopy(GOLD)
    if change:
        change(export)
    return export


def _drop_second_news(export):
    del export["news"][1]


def _wrong_signed_date(export):
    export["documents"][0]["signed_date"] = "2009-04-19"


def _extra_chronicle_entry(export):
    export["chronicle"].append({"date": "2009-04-30", "text": "副市长参加座谈会。"})


def _whitespace_only(export):
    export["documents"][0]["title"] = "温州市人民政府 关于表彰2008年度温州市法治政府建设工作示范单位的通报"
    export["documents"][0]["body"] = export["documents"][0]["body"].replace("\n", "\n  ")
    export["appointments"][0]["person"] = "项 伟胜"


def _appointment_action_wrong(export):
    export["appointments"][1]["action"] = "appoint"


def _number_off(export):
    export["statistics"]["rows"][0]["month_yoy"] = 5.1


def _cited_in_another_order(export):
    export["documents"][0]["cited_doc_numbers"].reverse()


def _chronicle_day_wrong(export):
    export["chronicle"][2]["date"] = "2009-04-02"


def _time_of_day_in_the_text(export):
    export["chronicle"][0]["text"] = "上午，" + export["chronicle"][0]["text"]


def _no_number_as_null(export):
    export["documents"][1]["doc_number"] = None


def _chronicle_text_wrong(export):
    export["chronicle"][0]["text"] = export["chronicle"][0]["text"] + "另一条。"


CASES = [
    # name, change to the export, kind, (recall, precision, field accuracy)
    ("perfect", None, "documents", (1.0, 1.0, 1.0)),
    ("a_missing_news_brief", _drop_second_news, "news", (0.5, 1.0, 1.0)),
    ("a_wrong_signed_date", _wrong_signed_date, "documents", (1.0, 1.0, 27 / 28)),
    ("an_extra_chronicle_entry", _extra_chronicle_entry, "chronicle", (1.0, 0.75, 1.0)),
    ("whitespace_only_differences", _whitespace_only, "documents", (1.0, 1.0, 1.0)),
    ("whitespace_only_in_a_key", _whitespace_only, "appointments", (1.0, 1.0, 1.0)),
    # the action is part of the key: a dismissal read as an appointment is a miss and an extra
    ("an_action_read_wrong", _appointment_action_wrong, "appointments", (0.5, 0.5, 1.0)),
    ("a_figure_off", _number_off, "statistics", (1.0, 1.0, 13 / 14)),
    ("cited_numbers_in_another_order", _cited_in_another_order, "documents", (1.0, 1.0, 1.0)),
    # date + text prefix identify an entry: a wrong day is a miss and an extra
    ("a_chronicle_entry_under_the_wrong_day", _chronicle_day_wrong, "chronicle", (2 / 3, 2 / 3, 1.0)),
    # '12月16日上午，…': the time of day is the marker's in one gold, the text's in an export; neither loses it
    ("a_time_of_day_kept_in_the_chronicle_text", _time_of_day_in_the_text, "chronicle", (1.0, 1.0, 1.0)),
    # a number-less document: "" in one gold, null in another; both say nothing is printed
    ("no_doc_number_as_null_or_empty", _no_number_as_null, "documents", (1.0, 1.0, 1.0)),
    ("a_chronicle_text_wrong_after_its_prefix", _chronicle_text_wrong, "chronicle", (1.0, 1.0, 5 / 6)),
]


@pytest.mark.parametrize("name, change, kind, expected", CASES, ids=[c[0] for c in CASES])
def test_kind_scores(name, change, kind, expected):
    result = score.score(GOLD, _export(change))[kind]
    assert (result.recall, result.precision, result.field_accuracy) == pytest.approx(expected)


def test_wrong_field_is_reported_with_both_values():
    result = score.score(GOLD, _export(_wrong_signed_date))["documents"]
    assert result.wrong == [{"key": "温政发〔2009〕25号", "field": "signed_date", "gold": "2009-04-09", "found": "2009-04-19"}]
    assert result.fields["signed_date"] == [1, 2] and result.fields["title"] == [2, 2]


def test_missing_and_extra_keys_are_listed():
    news = score.score(GOLD, _export(_drop_second_news))["news"]
    chronicle = score.score(GOLD, _export(_extra_chronicle_entry))["chronicle"]
    assert news.missing == ["我市举行植树活动"] and not news.extra
    assert chronicle.extra == [str(("2009-04-30", "副市长参加座谈会。"))] and not chronicle.missing


def test_document_without_number_is_matched_by_title():
    export = _export(lambda e: e["documents"][1].update(title="温州市公安局关于禁止燃放烟花爆竹的 通告"))
    assert score.score(GOLD, export)["documents"].matched == 2


def test_empty_export_scores_zero_recall_and_precision():
    result = score.score(GOLD, {"documents": []})
    assert (result["documents"].recall, result["documents"].precision) == (0.0, 0.0)
    assert result["issue"].field_accuracy == 0.0


@pytest.mark.parametrize(
    "gold, found, expected",
    [
        ("一二三四五六七八九十。", "一二三四五六七八九十。", 1.0),
        ("一二三四五。六七八九十。", "一二三四五。", 2 * 6 / 18),
        ("一二三四五。六七八九十。", "一二三四五。六七八九千。", 2 * 11 / 24),
        ("", "", 1.0),
    ],
)
def test_body_similarity(gold, found, expected):
    assert score.similarity(gold, found) == pytest.approx(expected)


def test_overall_pools_every_record_kind():
    result = score.overall(score.score(GOLD, _export(_drop_second_news)))
    gold_records = 2 + 2 + 2 + 2 + 3 + 1 + 2  # toc, documents, appointments, news, chronicle, issued, statistics
    assert (result.gold, result.matched) == (gold_records, gold_records - 1)


def test_command_prints_a_table_and_json(tmp_path):
    gold_path, export_path = tmp_path / "gold.json", tmp_path / "export.json"
    gold_path.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    export_path.write_text(json.dumps(_export(_wrong_signed_date), ensure_ascii=False), encoding="utf-8")
    command = [sys.executable, str(ROOT / "bench" / "score.py"), str(gold_path), str(export_path)]
    table = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    assert "OVERALL" in table and "signed_date 1/2" in table
    machine = json.loads(subprocess.run([*command, "--json"], capture_output=True, text=True, check=True).stdout)
    assert machine["documents"]["wrong"][0]["field"] == "signed_date" and machine["news"]["recall"] == 1.0


def test_scorer_imports_nothing_from_the_parser():
    source = (ROOT / "bench" / "score.py").read_text(encoding="utf-8")
    assert "import issues" not in source and "from issues" not in source


@pytest.mark.parametrize(
    "gold, found, equal",
    [
        ("温州市公安局 温州市农业农村局", "温州市公安局温州市农业农村局", True),  # a space between CJK carries nothing
        ("“双公示”制度", "“双公示” 制度", True),
        ("《行政处罚法》第二十七条", "《行政处罚法》 第二十七条", True),
        ("ZJCC01-2020-0008", "ZJCC01 - 2020 - 0008", False),  # spaces inside Latin text are kept
        ("COART 艺术营", "COART  艺术营", True),
        ("4月2日，全市会议召开。", "4月2日,全市会议召开。", False),  # punctuation is not whitespace
    ],
)
def test_text_fields_compare_after_whitespace_normalisation(gold, found, equal):
    assert score.same("body", gold, found) is equal


def test_derived_toc_is_not_scored_when_none_is_printed():
    gold = {**GOLD, "toc": []}
    result = score.score(gold, _export())["toc"]
    assert (result.gold, result.found, result.precision) == (0, 0, 1.0)


@pytest.mark.parametrize("unprinted, compared", [
    pytest.param(frozenset(), 6, id="a_cover_prints_every_issue_field"),
    pytest.param(frozenset({"total_no", "publish_date"}), 4, id="no_cover_leaves_its_fields_uncompared"),
])
def test_fields_the_source_does_not_print_are_not_compared(unprinted, compared):
    export = _export(lambda e: e.update(total_no=None, publish_date=None))
    result = score.score(GOLD, export, unprinted)["issue"]
    assert result.field_compared == compared
    assert {w["field"] for w in result.wrong} == {"total_no", "publish_date"} - unprinted  # GOLD prints both
