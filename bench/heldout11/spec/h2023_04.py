"""2023年第4期 (raw two-column): a city government's notice without a doc number enclosing its 工作规则 (the
adoption named in its one paragraph), signed with issuer and date, the rules begun (`第一章 总则`, `第一条`); the
city's first-quarter figures from its statistics bureau's release: the total with two decimals, three industries
as `#` rows (`2456.2`, growth `6`), growth-only rows, employment without growth, income in 元 with urban and rural
sub-rows; `· N ·`.

Sources: SOURCES.md rows 2023-04-*.
"""

RULES = "天津市人民政府关于印发天津市人民政府工作规则的通知"

ISSUE = {
    "name": "2023-04", "shape": "raw", "year": 2023, "issue_no": 4, "total_no": 244,
    "publish_date": None, "page_form": "· {} ·", "header": ["温州市人民政府公报", "2023年第4期"],
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["天津市人民政府关于印发", "天津市人民政府工作规则的通知"],
             "title": RULES, "doc_number": "", "registration_code": None,
             "issuer": "天津市人民政府",
             "addressees": "各区人民政府，市政府各委、办、局",
             "paragraphs": ["《天津市人民政府工作规则》已于2023年1月17日经市人民政府第1次常务会议通过，现予印发。"],
             "signature": ["天津市人民政府", "2023年2月1日"], "signed_date": "2023-02-01",
             "after_signature": [
                 "天津市人民政府工作规则",
                 "第一章 总则",
                 "第一条 天津市第十八届人民代表大会第一次会议产生新一届天津市人民政府（以下简称市政府），为全面正确履行政府职能，进一步加强和改进政府工作，提升政府治理能力和管理水平，根据《中华人民共和国宪法》、《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》，结合实际，制定本规则。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
        {"kind": "statistics", "heading": "统计资料", "title": "2023年一季度天津市主要经济指标",
         "producer": "天津市统计局",
         "rows": [
             ("地区生产总值", False, "亿元", None, None, "3715.38", 5.5),
             ("第一产业增加值", True, "亿元", None, None, 26.62, 4.4),
             ("第二产业增加值", True, "亿元", None, None, 1232.56, 4.3),
             ("第三产业增加值", True, "亿元", None, None, 2456.2, 6),
             ("规模以上工业增加值", False, "亿元", None, None, None, 3.1),
             ("社会消费品零售总额", False, "亿元", None, None, None, 6.5),
             ("城镇新增就业", False, "万人", None, None, 9.01, None),
             ("全市居民人均可支配收入", False, "元", None, None, 14524, 3.1),
             ("城镇居民人均可支配收入", True, "元", None, None, 15737, 2.9),
             ("农村居民人均可支配收入", True, "元", None, None, 8638, 4.3),
         ]},
    ],
}
