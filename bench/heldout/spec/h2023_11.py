"""2023年第11期 (raw two-column): the statistics table from the November 2023 release (cumulative
growth only; cells the release does not give are printed ——), alone in the issue.

Sources: SOURCES.md rows 2023-11-*.
"""

ISSUE = {
    "name": "2023-11", "shape": "raw", "year": 2023, "issue_no": 11, "total_no": 255,
    "publish_date": None, "page_form": "{}", "header": ["温州市人民政府公报", "2023年第11期"],
    "sections": [
        {"kind": "statistics", "heading": "统 计 资 料", "title": "温州市2023年11月份国民经济主要统计指标",
         "producer": "温州市统计局制",
         "rows": [
             ("一、规模以上工业增加值", False, "亿元", None, None, None, 9.2),
             ("五大传统支柱产业增加值", True, "亿元", None, None, None, 9.9),
             ("二、规模以上服务业营业收入", False, "亿元", None, None, None, 2.2),
             ("三、固定资产投资", False, "亿元", None, None, None, 6.2),
             ("项目投资", True, "亿元", None, None, None, 11.2),
             ("制造业投资", True, "亿元", None, None, None, 14.0),
             ("高新技术产业投资", True, "亿元", None, None, None, 28.7),
             ("工业技改投资", True, "亿元", None, None, None, 13.9),
         ]},
    ],
}
