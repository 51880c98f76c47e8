"""2026年第2期 (raw two-column): a provincial people's congress resolution printed without doc number or
signature, its adoption line in brackets under the title (`（2026年1月31日…会议通过）`), a name in a rare character
(`苻彩香`); a brief under a two-line title that opens with its date and carries stray spaces as the page prints it
(`1月28日 ，…第四次会议 在昆明开幕` / `省长王予波代表省人民政府 向大会作政府工作报告`), its first line without a
full stop, sub-heading lines (one a question), items marked `•`; `第N页`.

Sources: SOURCES.md rows 2026-02-*.
"""

TITLE = "海南省第七届人民代表大会第五次会议关于海南省人民代表大会常务委员会工作报告的决议"

ISSUE = {
    "name": "2026-02", "shape": "raw", "year": 2026, "issue_no": 2, "total_no": 278,
    "publish_date": None, "page_form": "第{}页", "header": ["2026年第2期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "documents", "heading": "部门文件", "items": [
            {"title_block": ["海南省第七届人民代表大会第五次会议关于海南省", "人民代表大会常务委员会工作报告的决议"],
             "title": TITLE, "doc_number": "", "registration_code": None, "issuer": "海南省人民代表大会",
             "addressees": None,
             "paragraphs": [
                 "（2026年1月31日海南省第七届人民代表大会第五次会议通过）",
                 "海南省第七届人民代表大会第五次会议听取和审议了省人大常委会副主任苻彩香受省人大常委会委托所作的工作报告。会议高度评价过去一年全省人大工作取得的显著成效，充分肯定省人大常委会的工作，同意报告提出的2026年工作安排，决定批准这个报告。",
             ],
             "signature": [], "signed_date": None,
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": []},
        ]},
        {"kind": "news", "heading": "政务简讯", "toc_title": "1月28日，云南省第十四届人民代表大会第四次会议在昆明开幕",
         "items": [
             {"title_lines": ["1月28日 ，云南省第十四届人民代表大会第四次会议 在昆明开幕", "省长王予波代表省人民政府 向大会作政府工作报告"],
              "title": "1月28日，云南省第十四届人民代表大会第四次会议在昆明开幕省长王予波代表省人民政府向大会作政府工作报告",
              "date": "2026-01-28",
              "paragraphs": [
                  "1月28日上午，云南省第十四届人民代表大会第四次会议在昆明云南海埂会堂隆重开幕",
                  "今年政府工作报告 都有哪些干货？",
                  "“十四五”时期工作回顾",
                  "经济实力迈上新台阶",
                  "地区生产总值突破3万亿元、年均增长4.7%，人均地区生产总值超1万美元",
                  "• 16次调度推进重大产业项目，开工项目超1万个、完成投资近1万亿元",
                  "• 高速公路、农村公路通车里程均居全国第2位",
                  "• 新增铁路里程989公里",
                  "• 昆明长水国际机场年度旅客吞吐量近5000万人次",
                  "• “西电东送”累计送电量超2万亿千瓦时",
                  "• 工业增加值突破7600亿元，园区规模以上工业总产值占全省比重超83%",
              ]},
         ]},
    ],
}
