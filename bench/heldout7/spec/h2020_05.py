"""2020年第5期 (raw two-column): a table of a city's first-quarter industry made of growth figures only (no
values), the month's growth for the first row alone, `#` sub-rows by firm size, ownership and sector, one
positive figure among negatives (`5.0`); a brief opening `记者昨日从市统计局获悉，` (no date named) with
ratios printed with ASCII colons (`2.4:44.3:53.3`); `- N -`.

Sources: SOURCES.md rows 2020-05-*.
"""

ISSUE = {
    "name": "2020-05", "shape": "raw", "year": 2020, "issue_no": 5, "total_no": 209,
    "publish_date": None, "page_form": "- {} -", "header": ["2020年第5期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "statistics", "heading": "统计资料", "title": "九江市2020年一季度规模以上工业主要指标",
         "producer": "九江市统计局",
         "rows": [
             ("规模以上工业增加值", False, "亿元", None, 1.2, None, -8.5),
             ("小型企业增加值", True, "亿元", None, None, None, -6.1),
             ("非公有企业增加值", True, "亿元", None, None, None, -7.2),
             ("采矿业增加值", True, "亿元", None, None, None, -10.3),
             ("制造业增加值", True, "亿元", None, None, None, -8.8),
             ("电力、热力、燃气及水生产供应业增加值", True, "亿元", None, None, None, 5.0),
         ]},
        {"kind": "news", "heading": "政务简讯", "toc_title": "南昌一季度实现GDP1204.62亿元",
         "items": [
             {"title_lines": ["南昌一季度实现GDP1204.62亿元"], "title": "南昌一季度实现GDP1204.62亿元",
              "date": None,
              "paragraphs": [
                  "记者昨日从市统计局获悉，一季度，全市主要经济指标企稳回升，经济社会发展经受住了疫情的冲击，经济稳定运行态势不变，高质量发展趋势不变。",
                  "根据地区生产总值统一核算结果，一季度，全市地区生产总值为1204.62亿元，按可比价格计算，同比下降3.8%，与全省持平。其中，第一产业增加值为35.72亿元；第二产业增加值为517.35亿元；第三产业增加值为651.55亿元。三次产业结构由去年同期2.4:44.3:53.3调整为3.0:42.9:54.1。",
                  "农林牧渔业总产值55.53亿元",
                  "统计数据显示，我市农业经济基本稳定，农林生产稳定增长。一季度，全市农林牧渔业总产值55.53亿元，同比增长0.3%，增速高于全省0.1个百分点。其中，农业产值7.85亿元，增长5.7%；林业产值0.81亿元，增长5.2%；农、林、牧、渔专业及辅助性活动产值4.4亿元，增长10.3%。食品供应有保障，蔬菜类农产品产量实现增产，全市蔬菜及食用菌播种面积10.55千公顷，增长1.3%，产量34.34万吨，增长1.5%。农林牧渔业增加值37.44亿元，增长0.2%。农业的稳定生产为全市经济保持平稳奠定了扎实的基础。",
              ]},
         ]},
    ],
}
