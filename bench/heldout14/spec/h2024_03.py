"""2024年第3期 (raw two-column): a city government office's notice (鄂府办发〔2024〕18号) enclosing a five-year plan
whose title the office's site breaks over two lines, signed with issuer and date, the plan's preamble and first part
heading after it; a city government's 任免 notice (鄂府任字〔2024〕4号) printed whole as the month's appointments:
`根据工作需要，决定：` then one `X任Y；` a line, probation and secondment in brackets after the post, a secondment
(`挂职任`), and four `免去XY职务；` lines where the person runs into a post opening with `市` (`免去金山市人民政府
副秘书长职务；`, `免去苏云高娃市科学技术局副局长职务；`), signed with issuer and date; `— N —`.

Sources: SOURCES.md rows 2024-03-*.
"""

PLAN = "鄂尔多斯市促进产业基金高质量发展五年行动方案（2024—2028年）"
DECIDED = "鄂尔多斯市人民政府"
APPOINTED = [
    ("乔建江", "市乡村振兴局局长", None), ("王高炜", "市港澳事务办公室主任", None),
    ("宋晓磊", "市财政局副局长", None), ("孟军", "市财政局副局长", None),
    ("孙军", "市住房和城乡建设局副局长", None), ("李军", "市住房和城乡建设局副局长", None),
    ("刘海军", "市农牧局副局长", None), ("班慧丽", "市农牧局副局长", None),
    ("乔锦丽", "市行政审批政务服务与数据管理局副局长", None), ("黄塔娜", "市行政审批政务服务与数据管理局副局长", None),
    ("彭军", "市行政审批政务服务与数据管理局副局长", None),
    ("王蕾", "市科学技术局副局长", "试用期一年"), ("屈光荣", "市教育事业发展中心主任", "试用期一年"),
    ("马晓瑜", "市可持续发展促进中心副主任", "试用期一年"), ("张智勇", "市可持续发展促进中心副主任", "试用期一年"),
]
SECONDED = ("钟财富", "市发展和改革委员会副主任", "挂职时间为一年，2024年1月至2025年1月")
DISMISSED = [("金山", "市人民政府副秘书长"), ("王水云", "市口岸管理办公室主任"),
             ("苏云高娃", "市科学技术局副局长"), ("王国良", "市民政局副局长")]


def _line(person, post, qualifier):
    return f"{person}任{post}" + (f"（{qualifier}）" if qualifier else "") + "；"


ISSUE = {
    "name": "2024-03", "shape": "raw", "year": 2024, "issue_no": 3, "total_no": 232,
    "publish_date": None, "page_form": "— {} —", "header": ["温州市人民政府公报", "2024年第3期"],
    "sections": [
        {"kind": "documents", "heading": "市府办文件", "items": [
            {"title_block": ["鄂尔多斯市人民政府办公室关于印发促进产业基金高质量发展", "五年行动方案（2024—2028年）的通知"],
             "title": "鄂尔多斯市人民政府办公室关于印发促进产业基金高质量发展五年行动方案（2024—2028年）的通知",
             "doc_number": "鄂府办发〔2024〕18号", "registration_code": None,
             "issuer": "鄂尔多斯市人民政府办公室",
             "addressees": "各旗区人民政府，市人民政府各部门，各直属单位，各大企事业单位",
             "paragraphs": [f"经市人民政府同意，现将《{PLAN}》印发给你们，请结合实际，认真组织实施。"],
             "signature": ["鄂尔多斯市人民政府办公室", "2024年3月10日"], "signed_date": "2024-03-10",
             "after_signature": [
                 "鄂尔多斯市促进产业基金高质量发展",
                 "五年行动方案（2024—2028年）",
                 "为全面贯彻落实党的二十大精神，围绕自治区“五大任务”和我市“三个四”工作任务，充分发挥财政资金引导放大效应，引导社会资本加大对重点产业和新兴产业的投资力度，深化金融与科技、产业、人才有机融合，助力全市经济高质量发展，奋力谱写中国式现代化鄂尔多斯新篇章，结合我市实际，制定本方案。",
                 "一、总体目标",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
        {"kind": "appointments", "heading": "人事任免", "title": "鄂尔多斯市人民政府关于乔建江等职务任免的通知",
         "lines": [
             "鄂府任字〔2024〕4号",
             "各旗区人民政府，市人民政府各部门，各直属单位，各大企事业单位：",
             "根据工作需要，决定：",
             *(_line(*row) for row in APPOINTED),
             f"{SECONDED[0]}挂职任{SECONDED[1]}（{SECONDED[2]}）；",
             *(f"免去{person}{post}职务；" for person, post in DISMISSED[:-1]),
             f"免去{DISMISSED[-1][0]}{DISMISSED[-1][1]}职务。",
             DECIDED,
             "2024年2月21日",
         ],
         "rows": [
             *((person, "appoint", post, qualifier, DECIDED) for person, post, qualifier in APPOINTED),
             (*SECONDED[:1], "appoint", SECONDED[1], SECONDED[2], DECIDED),
             *((person, "dismiss", post, None, DECIDED) for person, post in DISMISSED),
         ],
         "decided_by": DECIDED},
    ],
}
