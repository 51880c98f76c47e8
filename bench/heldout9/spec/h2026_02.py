"""2026年第2期 (text export): one decision of an autonomous region's 人大 standing committee as its report gives
it (`决定任命X为西藏自治区人民政府副主席`); a brief under a title with a kicker and a vertical bar
(`快讯丨银川市第十六届人民代表大会第六次会议开幕`) that opens `1月22日上午，`, the authors' line at its end
(`作者：…`); TOC in the dots form, `- N -` footers and alternating headers left in.

Sources: SOURCES.md rows 2026-02-*.
"""

DECIDED = "西藏自治区第十二届人民代表大会常务委员会第二十一次会议决定"
TITLE = "快讯丨银川市第十六届人民代表大会第六次会议开幕"

ISSUE = {
    "name": "2026-02", "shape": "text", "year": 2026, "issue_no": 2, "total_no": 278,
    "publish_date": "2026-02-26", "page_form": "- {} -", "toc_form": "dots", "page_furniture": True,
    "running_headers": ["温州市人民政府公报", "2026年第2期"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "2月份人事任免",
         "lines": [
             f"{DECIDED}：",
             "决定任命平措旦增为西藏自治区人民政府副主席。",
         ],
         "rows": [
             ("平措旦增", "appoint", "西藏自治区人民政府副主席", None),
         ],
         "decided_by": DECIDED},
        {"kind": "news", "heading": "政务简讯", "toc_title": TITLE,
         "items": [
             {"title_lines": [TITLE], "title": TITLE, "date": "2026-01-22",
              "paragraphs": [
                  "1月22日上午，银川市第十六届人民代表大会第六次会议隆重开幕。来自全市各行各业、各条战线的市人大代表肩负重托、齐聚一堂，认真履行宪法和法律赋予的神圣职责，共商发展大计，共绘美好未来，为接续实施“五八”首府引领战略，加快建设“双示范市”，实现“十五五”良好开局凝聚磅礴力量。",
                  "9时许，自治区党委常委、银川市委书记、市人大常委会党组书记赵旭辉宣布：银川市第十六届人民代表大会第六次会议开幕。全体起立，奏唱中华人民共和国国歌。",
                  "市长陶少华代表市人民政府向大会作政府工作报告。",
                  "作者：王一平 雷梦 李靖 苏勇",
              ]},
         ]},
    ],
}
