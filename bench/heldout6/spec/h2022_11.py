"""2022年第11期 (raw two-column): a city's daily record of one day printed as the chronicle: the day on its
own line, three bullet items under it; `- N -`.

Sources: SOURCES.md rows 2022-11-*.
"""

ISSUE = {
    "name": "2022-11", "shape": "raw", "year": 2022, "issue_no": 11, "total_no": 239,
    "publish_date": None, "page_form": "- {} -", "header": ["2022年第11期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "chronicle", "heading": "政府记事", "title": "10月份每日记事", "inline_days": False,
         "day_labels": {"2022-10-23": "10月23日"},
         "entries": [
             ("2022-10-23", "市工信局启动泉州市“工业医生”征集工作。"),
             ("2022-10-23", "市市场监管局公示拟审核通过的2022年专利资助项目，泉州市52个专利项目入选。"),
             ("2022-10-23", "石狮市启动“狮城定制”评选活动。"),
         ]},
    ],
}
