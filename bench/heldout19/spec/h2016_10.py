"""2016年第10期 (raw two-column): a city people's congress committee's decisions adopted by their titles
(`审议并表决通过了《吉安市人民代表大会常务委员会关于接受谢健同志辞去吉安市人民检察院检察长职务的请求的决定（草案）》`,
`…关于朱德才同志代理吉安市人民检察院检察长职务的决定（草案）》`), after a sentence naming the meeting; a county-level
city's committee accepting a mayor's resignation (`会议接受了潘汉胜辞去市政府市长职务的辞呈。`) and appointing a deputy
and acting mayor in one sentence (`任命陈锦秀为市人民政府副市长、代理市长。`); bare page numbers.

Sources: SOURCES.md rows 2016-10-*.
"""

JIAN_OPENING = "9月29日，市三届人大常委会第三十六次会议召开。市人大常委会主任吴敏、副主任韩晓方分别主持第一次、第二次全体会议，副主任游奕贵、邓近有、王俊雄、刘带焕、贺祥麟，秘书长赖光烂出席会议。"
JIAN_DECISIONS = "会议听取、审议并表决通过了《吉安市人民代表大会常务委员会关于提请吉安市第四届人民代表大会第一次会议审议〈吉安市立法条例（草案）〉的决定（草案）》，同意报请市委审查，待市委审查同意后，提请市四届人大一次会议审议。会议听取、审议并表决通过了《吉安市人民代表大会常务委员会关于吉安市第四届人民代表大会代表名额分配和选举问题的决定（草案）》、《吉安市人民代表大会常务委员会关于召开吉安市第四届人民代表大会第一次会议的决定（草案）》。审议并表决通过了《吉安市人民代表大会常务委员会关于接受谢健同志辞去吉安市人民检察院检察长职务的请求的决定（草案）》，须报经江西省人民检察院检察长提请江西省人民代表大会常务委员会批准。审议并表决通过了《吉安市人民代表大会常务委员会关于朱德才同志代理吉安市人民检察院检察长职务的决定（草案）》，须报江西省人民检察院和江西省人民代表大会常务委员会备案。会议还审议并表决通过了市人民检察院提请的其他有关人事任免议案。"
GUIPING_OPENING = "6月23日，市人大常委会召开第十五届人大常委会第三十七次会议，市人大常委会主任张津辉主持会议，副主任杨永新、古雄莲、梁天龙、周杰明及常委会其他组成成员出席会议，市领导唐玉榕、蒙家坤列席会议。"
GUIPING_DECISIONS = "会议听取、审议并通过有关人事任免议案。会议接受了潘汉胜辞去市政府市长职务的辞呈。任命陈锦秀为市人民政府副市长、代理市长。"

ISSUE = {
    "name": "2016-10", "shape": "raw", "year": 2016, "issue_no": 10, "total_no": 142,
    "publish_date": None, "page_form": "{}", "header": ["温州市人民政府公报", "2016年第10期（总第142期）"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [JIAN_OPENING, JIAN_DECISIONS],
         "rows": [
             ("谢健", "dismiss", "吉安市人民检察院检察长", None),
             ("朱德才", "appoint", "吉安市人民检察院检察长", "代理"),
         ],
         "decided_by": None},
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [GUIPING_OPENING, GUIPING_DECISIONS],
         "rows": [
             ("潘汉胜", "dismiss", "市政府市长", None),
             ("陈锦秀", "appoint", "市人民政府副市长", None),
             ("陈锦秀", "appoint", "市人民政府代理市长", None),
         ],
         "decided_by": None},
    ],
}
