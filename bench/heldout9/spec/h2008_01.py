"""2008年第1期 (text export): a brief under a two-part title (`强卫当选青海省十一届人大常委会主任 宋秀岩当选省长`)
opening with a news site's dateline and its reporters in brackets (`青海新闻网讯（本网记者 冶生云 王海莲 报道）1月16日上午，`),
elections (no appointment rows), names with their nationality in brackets (`马福海（回族）`, `昂毛（女、蒙古族）`);
plain TOC, `- N -`.

Sources: SOURCES.md rows 2008-01-*.
"""

TITLE = "强卫当选青海省十一届人大常委会主任 宋秀岩当选省长"

ISSUE = {
    "name": "2008-01", "shape": "text", "year": 2008, "issue_no": 1, "total_no": 61,
    "publish_date": "2008-01-30", "page_form": "- {} -", "toc_form": "plain",
    "sections": [
        {"kind": "news", "heading": "政务简讯", "toc_title": TITLE,
         "items": [
             {"title_lines": [TITLE], "title": TITLE, "date": "2008-01-16",
              "paragraphs": [
                  "青海新闻网讯（本网记者 冶生云 王海莲 报道）1月16日上午，青海省第十一届人大一次会议举行第三次大会。会议由大会执行主席骆惠宁主持。",
                  "省十一届人大一次会议应到代表394人，出席今天大会的代表380人，符合法定人数。",
                  "会议以无记名投票方式，选举强卫为青海省十一届人大常委会主任，宋秀岩为青海省人民政府省长；以无记名投票和差额选举方式，选举马福海（回族）、刘晓、桑杰（藏族）、王小青、郭汝琢、刘春耀、昂毛（女、蒙古族）为青海省人大常委会副主任，蔡德贵为青海省第十一届人大常委会秘书长。选举徐福顺、马建堂、邓本太（藏族）、骆玉林、吉狄马加（彝族）、王令浚、高云龙、张光荣、马顺清（回族）为青海省人民政府副省长。以无记名投票方式，选举刘晓阳为青海省高级人民法院院长。选举王晓勇为青海省人民检察院检察长，须报全国人大常委会批准。",
              ]},
         ]},
    ],
}
