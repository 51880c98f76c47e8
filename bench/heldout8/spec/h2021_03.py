"""2021年第3期 (raw two-column): a district's January–February industry table laid out from its report: output
values and growth, five key industries and nine industry sectors as `#` rows, a growth printed without decimals
(`同比增长11%` → 11) and the same sector's figure later with one (`11.0`), a growth over 400 (462.4), a trailing
zero (1.60), a product in 万吨; `第N页`.

Sources: SOURCES.md rows 2021-03-*.
"""

ISSUE = {
    "name": "2021-03", "shape": "raw", "year": 2021, "issue_no": 3, "total_no": 219,
    "publish_date": None, "page_form": "第{}页", "header": ["2021年第3期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "statistics", "heading": "统计资料", "title": "红塔区2021年1-2月工业经济主要指标",
         "producer": "红塔区统计局",
         "rows": [
             ("工业总产值", False, "亿元", None, None, 241.94, 25.5),
             ("规模以上工业总产值", True, "亿元", None, None, 234.21, 26.3),
             ("非烟工业产值", True, "亿元", None, None, 84.47, 22.9),
             ("钢铁产业总产值", True, "亿元", None, None, 43.53, 11),
             ("卷烟配套产业总产值", True, "亿元", None, None, 4.23, 31),
             ("战略性新兴产业总产值", True, "亿元", None, None, 12.38, 83.7),
             ("农产品加工业产值", True, "亿元", None, None, 7.44, 34.9),
             ("装备制造业产值", True, "亿元", None, None, 4.82, 3.3),
             ("烟草业产值", True, "亿元", None, None, 150.39, 28.5),
             ("食品制造业产值", True, "亿元", None, None, 1.57, 46.6),
             ("农副食品加工业产值", True, "亿元", None, None, 4.35, 23.7),
             ("非金属矿物制品业产值", True, "亿元", None, None, 2.96, 32.4),
             ("医药制造业产值", True, "亿元", None, None, 7.44, 99.1),
             ("电力热力生产和供应业产值", True, "亿元", None, None, 7.78, 18.2),
             ("通用设备制造业产值", True, "亿元", None, None, 2.31, 462.4),
             ("化学原料及化学制品制造业产值", True, "亿元", None, None, "1.60", 16.1),
             ("黑色金属冶炼及压延加工业产值", True, "亿元", None, None, 43.53, "11.0"),
             ("水泥产量", False, "万吨", None, None, 58.01, 54.3),
         ]},
    ],
}
