"""2020年第11期 (text export): a district bureau's table of industrial output by industry for January to October (the
month's and the cumulative output with their growth, no total row, falls in six rows, `-34.0`, `-10.0`, `43.50` as printed,
two industries named with 、); a provincial 人大常委会's decisions two months back in a one-paragraph report naming the
meeting in its first deciding sentence (`9月4日下午，浙江省十三届人大常委会第二十三次会议经审议表决，决定接受袁家军辞去…职务。`)
and none in the second (`决定郑栅洁任…副省长、代理…省长职务。`: X任Y, the acting post after 、 with 职务); plain TOC, `— N —`.

Sources: SOURCES.md rows 2020-11-*.
"""

MEETING = "浙江省十三届人大常委会第二十三次会议"

ISSUE = {
    "name": "2020-11", "shape": "text", "year": 2020, "issue_no": 11, "total_no": 192,
    "publish_date": "2020-11-30", "page_form": "— {} —", "toc_form": "plain",
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [
             f"9月4日下午，{MEETING}经审议表决，决定接受袁家军辞去浙江省人民政府省长职务。决定郑栅洁任浙江省人民政府副省长、代理浙江省人民政府省长职务。",
         ],
         "rows": [
             ("袁家军", "dismiss", "浙江省人民政府省长", None, MEETING),
             ("郑栅洁", "appoint", "浙江省人民政府副省长", None),
             ("郑栅洁", "appoint", "浙江省人民政府省长", "代理"),
         ],
         "decided_by": None},
        {"kind": "statistics", "heading": "统计资料", "title": "2020年1-10月鄞州区规上工业主要行业产值",
         "producer": "鄞州区经信局",
         "rows": [
             ("电气机械和器材制造业", False, "亿元", 18.84, "-34.0", 231.19, -24.4),
             ("汽车制造业", False, "亿元", 18.83, 28.8, 139.85, 1.7),
             ("通用设备制造业", False, "亿元", 12.96, 8.7, 108.27, -6.2),
             ("金属制品业", False, "亿元", 12.11, 13.8, 101.84, -0.2),
             ("计算机、通信和其他电子设备制造业", False, "亿元", 12.15, 18.3, 95.84, 1.6),
             ("电力、热力生产和供应业", False, "亿元", 4.48, -5.2, 48.64, -5.3),
             ("非金属矿物制品业", False, "亿元", 5.33, 13.8, 45.47, 9.8),
             ("有色金属冶炼和压延加工业", False, "亿元", 4.75, "-10.0", "43.50", 3.3),
             ("纺织服装、服饰业", False, "亿元", 4.46, 5.7, 41.09, -14.5),
         ]},
    ],
}
