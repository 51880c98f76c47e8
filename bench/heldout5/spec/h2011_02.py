"""2011年第2期 (raw two-column): a provincial 人大 decision list of two resignations accepted with their
reason (接受X因工作变动辞去…职务) and a filing clause (报…备案), then 任命X为Y; another city's decision printed
as its own paragraph (…会议，审议了…的请求。根据…规定，决定接受X同志辞去…职务，报…备案。); `— N —`.

Sources: SOURCES.md rows 2011-02-*.
"""

DECIDED = "浙江省第十一届人民代表大会常务委员会第二十三次会议决定"
FILED = "报浙江省第十一届人民代表大会第四次会议备案"
SHAOXING = "绍兴市第七届人民代表大会常务委员会第三十四次会议"

ISSUE = {
    "name": "2011-02", "shape": "raw", "year": 2011, "issue_no": 2, "total_no": 137,
    "publish_date": None, "page_form": "— {} —", "header": ["2011年第2期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "1月份人事任免",
         "lines": [
             f"{DECIDED}：",
             f"接受刘奇因工作变动辞去省人大常委会副主任职务，{FILED}；",
             f"接受金德水因工作变动辞去省人民政府副省长职务，{FILED}；",
             "任命毛光烈为浙江省人民政府副省长。",
             f"{SHAOXING}，审议了俞志宏同志提出的要求辞去绍兴市人民政府市长职务的请求。根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第二十七条规定，决定接受俞志宏同志辞去绍兴市人民政府市长职务，报市第八届人民代表大会第一次会议备案。",
         ],
         "rows": [
             ("刘奇", "dismiss", "省人大常委会副主任", None),
             ("金德水", "dismiss", "省人民政府副省长", None),
             ("毛光烈", "appoint", "浙江省人民政府副省长", None),
             ("俞志宏", "dismiss", "绍兴市人民政府市长", None, SHAOXING),
         ],
         "decided_by": DECIDED},
    ],
}
