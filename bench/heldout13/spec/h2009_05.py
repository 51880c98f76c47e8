"""2009年第5期 (raw two-column): an autonomous prefecture's 人大常委会 decisions in a paper's report sentence naming no
meeting (`会议任命康君为…副州长，免去梁承祥的…副州长职务；任命张先智为…立案庭庭长，免去石胜华的…审判委员会委员、立案庭庭长、
审判员职务。`): a dismissal of three posts of one court after 、; the report as a brief opening `本港讯（记者 周亮）4月29日下午，`,
titled from its first sentence; `- N -`.

Sources: SOURCES.md rows 2009-05-*.
"""

DECISIONS = ("会议任命康君为黔东南州人民政府副州长，免去梁承祥的黔东南州人民政府副州长职务；任命张先智为黔东南州中级人民法院立案庭庭长，"
             "免去石胜华的黔东南州中级人民法院审判委员会委员、立案庭庭长、审判员职务。")
COURT = "黔东南州中级人民法院"
NEWS = "黔东南州第十二届人大常委会第十五次会议在凯里闭幕"

ISSUE = {
    "name": "2009-05", "shape": "raw", "year": 2009, "issue_no": 5, "total_no": 54,
    "publish_date": None, "page_form": "- {} -", "header": ["温州市人民政府公报", "2009年第5期"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [DECISIONS],
         "rows": [
             ("康君", "appoint", "黔东南州人民政府副州长", None),
             ("梁承祥", "dismiss", "黔东南州人民政府副州长", None),
             ("张先智", "appoint", f"{COURT}立案庭庭长", None),
             ("石胜华", "dismiss", f"{COURT}审判委员会委员", None),
             ("石胜华", "dismiss", f"{COURT}立案庭庭长", None),
             ("石胜华", "dismiss", f"{COURT}审判员", None),
         ],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS,
         "items": [
             {"title_lines": [NEWS], "title": NEWS, "date": "2009-04-29",
              "paragraphs": [
                  "本港讯（记者 周亮）4月29日下午，黔东南州第十二届人大常委会第十五次会议在凯里闭幕。州人大常委会主任罗亮权，州人大常委会副主任石干昌、欧阳武、杨祖权、杨谷生、莫章海、潘玉凤、唐斌，州人大常委会秘书长吴锡锋出席会议。会议由石干昌主持。",
                  "州委常委、常务副州长冯仕文，州中级人民法院院长张德昌、州人民检察院检察长吴仕伦，各县市主任（副主任）及部分州人大代表等列席了会议。",
                  DECISIONS + "会议通过了《州人民政府关于黔东南州社会主义新农村建设试点工作情况的报告的审议意见草案》和《州人民政府关于2007年以来全州民族宗教工作情况的报告的审议意见草案》。",
              ]},
         ]},
    ],
}
