"""2008年第4期 (raw two-column): a province's first-quarter figures as its statistics bureau gave them (values and
growth in the cumulative columns, exports and imports in `亿美元`, the industrial firms' revenue, profit and taxes); a
district's 大事记 of March as the province's 地方志 database prints it: the day alone on its line (`4日`), each entry
opening with `△`, a second `△` entry under a day, an appointment told inside an entry (no appointment rows); `第N页`.

Sources: SOURCES.md rows 2008-04-*.
"""

ISSUE = {
    "name": "2008-04", "shape": "raw", "year": 2008, "issue_no": 4, "total_no": 41,
    "publish_date": None, "page_form": "第{}页", "header": ["温州市人民政府公报", "2008年第4期"],
    "sections": [
        {"kind": "statistics", "heading": "统计资料", "title": "2008年一季度山东省主要经济指标",
         "producer": "山东省统计局",
         "rows": [
             ("生产总值", False, "亿元", None, None, 6185.6, 14.1),
             ("制造业增加值", False, "亿元", None, None, 2983.7, 20.4),
             ("出口", False, "亿美元", None, None, 194.6, 25.3),
             ("进口", False, "亿美元", None, None, 145.6, 50.8),
             ("工业企业主营业务收入", False, "亿元", None, None, 13112.9, 35.6),
             ("工业企业利润", False, "亿元", None, None, 869.8, 29.9),
             ("工业企业利税", False, "亿元", None, None, 1415.9, 33.6),
             ("地方财政收入", False, "亿元", None, None, 505.6, 24.4),
         ]},
        {"kind": "chronicle", "heading": "政府记事", "title": "2008年3月东营区大事记", "inline_days": False,
         "entries": [
             ("2008-03-04", "东营区被国家农业部列为2008年测土配方施肥项目续建县。"),
             ("2008-03-07", "东营区粮食直补小麦面积核定工作完成，全区核实小麦面积4506.67公顷。"),
             ("2008-03-08", "“京剧、吕剧进校园”活动启动仪式在东营区三中举行。"),
             ("2008-03-11", "中共山东省委常委、青岛市委书记阎启俊到东营区视察广利河综合治理工程。"),
             ("2008-03-11", "山东省副省长郭兆信到东营区调研社区就业和社会保障工作。"),
             ("2008-03-18", "东营市西郊铁路物流中心建设工程开工庆典举行。"),
             ("2008-03-19", "东营区十二届人大常委会第2次会议召开。根据赵国芳区长的提请，任命张宝山为东营区人民政府副区长。"),
         ]},
    ],
}
