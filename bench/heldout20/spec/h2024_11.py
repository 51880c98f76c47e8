"""2024年第11期 (raw two-column): a city district's figures of January to October (cumulative growth; most rows growth
only, a fall `-3.3`, a count of units in 家), one sub-row per breakdown; a city people's congress committee's decision that
an official act as mayor, printed under its title over several lines, its sentence naming the meeting
(`…第五届人民代表大会常务委员会第十八次会议决定：张鸿福同志代理…市长职务。`); bare page numbers.

Sources: SOURCES.md rows 2024-11-*.
"""

DECISION_TITLE = "巴彦淖尔市人民代表大会常务委员会关于张鸿福同志代理巴彦淖尔市人民政府市长职务的决定"
MEETING = "巴彦淖尔市第五届人民代表大会常务委员会第十八次会议"

ISSUE = {
    "name": "2024-11", "shape": "raw", "year": 2024, "issue_no": 11, "total_no": 239,
    "publish_date": None, "page_form": "{}", "header": ["温州市人民政府公报", "2024年第11期"],
    "sections": [
        {"kind": "statistics", "heading": "统计资料", "title": "2024年1—10月中原区主要经济指标",
         "producer": "中原区统计局",
         "rows": [
             ("规上工业增加值", False, "亿元", None, None, None, 4.4),
             ("电力供应业", True, "亿元", None, None, None, 6.5),
             ("固定资产投资", False, "亿元", None, None, None, 8.1),
             ("房地产开发投资", True, "亿元", None, None, None, 11.8),
             ("城镇项目投资", True, "亿元", None, None, None, -3.3),
             ("社会消费品零售总额", False, "亿元", None, None, 256.8, 5.6),
             ("限额以上单位通过公共网络实现的商品零售额", True, "亿元", None, None, None, 18.8),
             ("新能源汽车零售额", True, "亿元", None, None, None, 92),
             ("“四上”单位入库", False, "家", None, None, 147, None),
         ]},
        {"kind": "appointments", "heading": "人事任免", "title": DECISION_TITLE,
         "lines": [
             "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》的有关规定，" + MEETING + "决定：张鸿福同志代理巴彦淖尔市人民政府市长职务。",
         ],
         "rows": [
             ("张鸿福", "appoint", "巴彦淖尔市人民政府市长", "代理"),
         ],
         "decided_by": MEETING},
    ],
}
