"""2025年第1期 (text export): a city 人大's decisions: 任命X为Y, then two deputies' resignations accepted
in one clause (`接受A、B辞去…副主任职务的请求`); the brief under a column heading split over two lines
(`政务` / `简讯`), its title of two parts joined by a colon, opening `7日上午，`; `- N -` footers and headers
left in.

Sources: SOURCES.md rows 2025-01-*.
"""

DECIDED = "厦门市十六届人大常委会第二十七次会议决定"

ISSUE = {
    "name": "2025-01", "shape": "text", "year": 2025, "issue_no": 1, "total_no": 265,
    "publish_date": "2025-01-24", "page_form": "- {} -", "toc_form": "dots", "page_furniture": True,
    "running_headers": ["2025年第1期", "温州市人民政府公报"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "1月份人事任免",
         "lines": [
             f"{DECIDED}：",
             "任命林志成为厦门市人民政府副市长；",
             "接受张灿民、王成全辞去厦门市第十六届人大常委会副主任职务的请求。",
         ],
         "rows": [
             ("林志成", "appoint", "厦门市人民政府副市长", None),
             ("张灿民", "dismiss", "厦门市第十六届人大常委会副主任", None),
             ("王成全", "dismiss", "厦门市第十六届人大常委会副主任", None),
         ],
         "decided_by": DECIDED},
        {"kind": "news", "heading": "政务简讯", "heading_lines": ["政务", "简讯"],
         "toc_title": "厦门市十六届人大常委会举行第二十七次会议：市十六届人大五次会议本月20日召开",
         "items": [
             {"title_lines": ["厦门市十六届人大常委会举行第二十七次会议：", "市十六届人大五次会议本月20日召开"],
              "title": "厦门市十六届人大常委会举行第二十七次会议：市十六届人大五次会议本月20日召开", "date": "2025-01-07",
              "paragraphs": [
                  "7日上午，市十六届人大常委会第二十七次会议决定，市十六届人大五次会议将于本月20日召开。",
                  "市人大常委会主任杨国豪主持会议。",
                  "会议表决通过关于召开市第十六届人民代表大会第五次会议的有关事项，决定：厦门市第十六届人民代表大会第五次会议将于本月20日召开，会期两天半。",
                  "会议经表决，决定任命林志成为厦门市人民政府副市长。会议决定接受张灿民、王成全辞去厦门市第十六届人大常委会副主任职务的请求。会议还表决通过市十六届人大常委会代表资格审查委员会关于部分代表的代表资格的报告以及有关人事事项，新任命人员进行了庄严的宪法宣誓。",
                  "会议强调，要坚决把思想和行动统一到党中央决策部署和省委、市委工作要求上来，严守政治纪律和政治规矩，带头讲政治、顾大局、守纪律，严格落实责任，加强统筹协调，抓实抓细工作，确保市第十六届人民代表大会第五次会议顺利举行。",
              ]},
         ]},
    ],
}
