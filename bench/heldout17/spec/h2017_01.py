"""2017年第1期 (text export): two reports of county-level people's congress committees, one sentence a line, naming no
meeting in their deciding sentences: a district's (`会议接受了谢国正辞去A、B职务的请求，任命张强为A、B，接受蒋国强辞去…
检察长职务的请求，任命朱文俊为…副检察长、代理检察长。`: two posts a person, a resignation and an appointment in one sentence,
an acting post after 、) after a sentence naming the session and the people present; a county's appointment told after
its session's other business (`会议还进行了人事任免，任命蒋锐为县人民政府副县长。`); dots TOC, `- N -`.

Sources: SOURCES.md rows 2017-01-*.
"""

ISSUE = {
    "name": "2017-01", "shape": "text", "year": 2017, "issue_no": 1, "total_no": 146,
    "publish_date": "2017-01-31", "page_form": "- {} -", "toc_form": "dots",
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [
             "今天上午，区十五届人大常委会举行第四十三次会议，区人大常委会主任臧建中主持会议，区人大常委会副主任陆惠根、张美、郭志贤、朱建康及委员共43人出席会议。",
             "会议接受了谢国正辞去武进区人民政府副区长、常州市公安局武进分局局长职务的请求，任命张强为武进区人民政府副区长、常州市公安局武进分局局长，接受蒋国强辞去武进人民检察院检察长职务的请求，任命朱文俊为武进人民检察院副检察长、代理检察长。",
             "昨日上午，县十六届人大常委会第二次会议召开。县人大常委会主任张晋涛，副主任梁宝贵、李树明、李年贵、武威飚出席。",
             "会议还进行了人事任免，任命蒋锐为县人民政府副县长。",
         ],
         "rows": [
             ("谢国正", "dismiss", "武进区人民政府副区长", None),
             ("谢国正", "dismiss", "常州市公安局武进分局局长", None),
             ("张强", "appoint", "武进区人民政府副区长", None),
             ("张强", "appoint", "常州市公安局武进分局局长", None),
             ("蒋国强", "dismiss", "武进人民检察院检察长", None),
             ("朱文俊", "appoint", "武进人民检察院副检察长", None),
             ("朱文俊", "appoint", "武进人民检察院代理检察长", None),
             ("蒋锐", "appoint", "县人民政府副县长", None),
         ],
         "decided_by": None},
    ],
}
