"""2024年第7期 (text export): a provincial 人大常委会's decisions in a report naming no meeting in the sentence that
decides (`会议表决通过了《…关于接受黄强辞去四川省人民政府省长职务的决定》和《…关于提请任命施小琳、李文清职务的议案》，决定
任命施小琳、李文清为四川省人民政府副省长，决定施小琳为四川省人民政府代理省长。`): a resignation accepted by a decision named
by its title, two people appointed to one post, `决定X为Y代理省长`; the report as a brief opening `7月4日上午，`; a
province's first-half figures as a news service gave them from the bureau's account: GDP and the three industries,
harvests in `万吨`, pigs in `万头`, a falling row (`下降5.8%`), growth-only rows; plain TOC, `— N —`.

Sources: SOURCES.md rows 2024-07-*.
"""

ADOPTED = ("会议表决通过了《四川省人民代表大会常务委员会关于接受黄强辞去四川省人民政府省长职务的决定》和《四川省人民代表大会"
           "常务委员会主任会议关于提请任命施小琳、李文清职务的议案》，决定任命施小琳、李文清为四川省人民政府副省长，决定施小琳为"
           "四川省人民政府代理省长。")
NEWS = "省十四届人大常委会举行第十三次会议"

ISSUE = {
    "name": "2024-07", "shape": "text", "year": 2024, "issue_no": 7, "total_no": 236,
    "publish_date": "2024-07-31", "page_form": "— {} —", "toc_form": "plain",
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "7月份人事任免",
         "lines": [ADOPTED],
         "rows": [
             ("黄强", "dismiss", "四川省人民政府省长", None),
             ("施小琳", "appoint", "四川省人民政府副省长", None),
             ("李文清", "appoint", "四川省人民政府副省长", None),
             ("施小琳", "appoint", "四川省人民政府代理省长", None),
         ],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS,
         "items": [
             {"title_lines": [NEWS], "title": NEWS, "date": "2024-07-04",
              "paragraphs": [
                  "7月4日上午，省十四届人大常委会举行第十三次会议。省人大常委会副主任王雁飞主持会议。",
                  "常委会组成人员82人出席会议，出席人数符合法定人数。",
                  "会议表决通过了本次常委会会议议程，听取了关于四川省人大常委会主任会议提请审议黄强辞去四川省人民政府省长职务申请的议案和提请任命施小琳、李文清职务的议案的说明。",
                  ADOPTED,
                  "会议还举行了颁发任命书和宪法宣誓仪式。",
              ]},
         ]},
        {"kind": "statistics", "heading": "统计资料", "title": "2024年上半年四川省主要经济指标",
         "producer": "四川省统计局",
         "rows": [
             ("地区生产总值", False, "亿元", None, None, 29463.3, 5.4),
             ("第一产业增加值", True, "亿元", None, None, 2142.8, 2.8),
             ("第二产业增加值", True, "亿元", None, None, 10546.7, 5.4),
             ("第三产业增加值", True, "亿元", None, None, 16773.8, 5.8),
             ("夏粮产量", False, "万吨", None, None, 465.1, 2.7),
             ("中草药材产量", False, "万吨", None, None, 26.1, 10.6),
             ("水果产量", False, "万吨", None, None, 391.0, 6.9),
             ("蔬菜及食用菌产量", False, "万吨", None, None, 2447.4, 4.4),
             ("生猪出栏", False, "万头", None, None, 3049.9, -5.8),
             ("水产品产量", False, "万吨", None, None, 89.9, 4.7),
             ("规模以上工业增加值", False, "亿元", None, None, None, 6.2),
             ("规模以上高技术产业增加值", False, "亿元", None, None, None, 6.9),
         ]},
    ],
}
