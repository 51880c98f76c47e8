"""2021年第9期 (text export): another Fujian city's monthly table (August 2021): numbered indicator rows
(`一、规模以上工业增加值`) with growth only, value-and-growth rows with trailing zeros (480.40, 8658.00),
`#` sub-rows, a row with a bracketed qualifier in its name, rows with values but no growth and balances
with no cumulative figures, `-` cells; a chronicle of one day printed on its own line with bullet items,
one of them a range of days (`15—16日`); `— N —`.

Sources: SOURCES.md rows 2021-09-*.
"""

ISSUE = {
    "name": "2021-09", "shape": "text", "year": 2021, "issue_no": 9, "total_no": 225,
    "publish_date": "2021-09-28", "page_form": "— {} —", "toc_form": "dots",
    "sections": [
        {"kind": "statistics", "heading": "统计资料", "title": "泉州市2021年8月国民经济主要指标",
         "producer": "泉州市统计局",
         "rows": [
             ("一、规模以上工业增加值", False, "亿元", None, 1.5, None, 11.4),
             ("二、社会消费品零售总额", False, "亿元", "480.40", 4.6, "3748.20", 15.2),
             ("限额以上社会消费品零售额", True, "亿元", "142.40", 7.2, 1129.45, 19.7),
             ("三、固定资产投资（不含省反馈铁路数据）", False, "亿元", None, -10.8, None, 3.2),
             ("四、一般公共预算总收入", False, "亿元", 67.56, None, "671.70", 29.0),
             ("地方一般公共预算收入", True, "亿元", 34.98, None, 365.46, 30.0),
             ("一般公共预算支出", False, "亿元", 55.58, None, 501.18, 12.8),
             ("五、期末金融机构本外币存款余额", False, "亿元", 9410.61, 10.8, None, None),
             ("人民币存款余额", True, "亿元", "9290.40", 10.4, None, None),
             ("期末金融机构本外币贷款余额", False, "亿元", "8658.00", 11.2, None, None),
             ("人民币贷款余额", True, "亿元", 8596.92, 11.3, None, None),
         ]},
        {"kind": "chronicle", "heading": "政府记事", "title": "7月份大事记", "inline_days": False,
         "day_labels": {"2021-07-15": "7月15日"},
         "entries": [
             ("2021-07-15", "22个国家驻华使节团到泉州访问。"),
             ("2021-07-15", "泉州市巩固拓展脱贫攻坚成果同乡村振兴有效衔接（乡村建设）暨全市城乡建设品质提升现场会在石狮召开。"),
             ("2021-07-15", "市残联邀请省残疾人体育运动管理中心专业人员到泉州选拔残疾人体育苗子。", "15—16日"),
         ]},
    ],
}
