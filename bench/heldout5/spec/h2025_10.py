"""2025年第10期 (text export): a district office's 通告 with no number and no addressee line, its text in
headed parts and numbered items (a web address and an e-mail address inside), signed with the office
and an Arabic date; a district 人大 decision list dismissing a person whose name has a middle dot and
accepting three deputies' resignations; a brief with a two-line title, a `■记者 …` line, then
`本报讯 昨天下午，` (no date named); `- N -` footers and running headers left in the export.

Sources: SOURCES.md rows 2025-10-*.
"""

DECIDED = "嘉兴市南湖区十届人大常委会第二十四次会议决定"
DEPUTY = "嘉兴市南湖区第十届人大代表"

ISSUE = {
    "name": "2025-10", "shape": "text", "year": 2025, "issue_no": 10, "total_no": 278,
    "publish_date": "2025-11-20", "page_form": "- {} -", "toc_form": "dots", "page_furniture": True,
    "running_headers": ["温州市人民政府公报", "2025年第10期"],
    "sections": [
        {"kind": "documents", "heading": "市府办文件", "items": [
            {"title_block": ["关于向社会公开征集2026年区政府", "民生实事项目的通告"],
             "title": "关于向社会公开征集2026年区政府民生实事项目的通告", "doc_number": "",
             "registration_code": None, "issuer": "绍兴市越城区人民政府办公室", "addressees": None,
             "paragraphs": [
                 "2026年是“十五五”规划开局之年。为谋划好新一年民生实事工作，切实解决好群众最关心最直接最现实的急难愁盼问题，努力让每位市民感受到“我在越城很幸福”，现向社会公开征集2026年区政府民生实事项目，请广大市民积极提出意见建议。现将有关事项通告如下：",
                 "一、征集时间",
                 "自通告之日起至2025年10月31日止。",
                 "二、征集范围",
                 "与人民群众生产生活密切相关的事项，包括幼有所育、学有所教、劳有所得、病有所医、老有所养、住有所居、弱有所扶、行有所畅等方面民生实事工作内容。",
                 "三、征集方式",
                 "1.登录“绍兴市越城区人民政府网站”（www.sxyc.gov.cn）的“2026年民生实事征集”栏目进行网络留言；",
                 "2.通过电子邮件发送至ycqmssszj@163.com；",
                 "3.信函至绍兴市越城区人民政府办公室综合一科（信息科）（地址：绍兴市涂山东路88号越城区行政中心939室，邮编：312000），信函日期以邮戳为准；",
                 "4.今日越城移动客户端2026年民生实事征集入口留言征集。",
                 "四、征集要求",
                 "1.提出的民生实事建议应是区人民政府及相关部门职责范围内的工作，且群众普遍关心、迫切需要解决、受益面较为广泛。",
                 "2.提出的民生实事建议应具备可行性和可操作性，当年能完成或取得明显阶段性成效。",
                 "3.提出的意见建议请写明民生实事工作的名称和具体内容，内容简明扼要，尽可能一题一事。",
             ],
             "signature": ["绍兴市越城区人民政府办公室", "2025年10月9日"], "signed_date": "2025-10-09",
             "after_signature": [],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": []},
        ]},
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [
             f"{DECIDED}：",
             "免去阿卜杜吉力力·阿卜来提的嘉兴市南湖区人民政府副区长职务；",
             f"接受金静、夏峰、徐静辞去{DEPUTY}职务。",
         ],
         "rows": [
             ("阿卜杜吉力力·阿卜来提", "dismiss", "嘉兴市南湖区人民政府副区长", None),
             ("金静", "dismiss", DEPUTY, None),
             ("夏峰", "dismiss", DEPUTY, None),
             ("徐静", "dismiss", DEPUTY, None),
         ],
         "decided_by": DECIDED},
        {"kind": "news", "heading": "政务简讯", "toc_title": "区十届人大四次会议将于3月25日召开",
         "items": [
             {"title_lines": ["区十届人大四次会议", "将于3月25日召开"], "title": "区十届人大四次会议将于3月25日召开",
              "date": None,
              "paragraphs": [
                  "■记者 钟鑫媛",
                  "本报讯 昨天下午，嘉兴市南湖区十届人大常委会召开第二十四次会议。区人大常委会主任吴健，副主任黄敏、张建华、沈金华及委员参加会议。区人大常委会领导曹建弟、张晖、杨玲珠，区政府副区长傅政霖，区监委、区法院、区检察院有关负责人及区人大常委会全体机关干部列席会议。",
                  "会议表决通过了《嘉兴市南湖区人民代表大会常务委员会关于召开嘉兴市南湖区第十届人民代表大会第四次会议的决定》《嘉兴市南湖区人民代表大会常务委员会关于补选南湖区第十届人大代表的决定》。会议决定嘉兴市南湖区第十届人民代表大会第四次会议于2025年3月25日召开。",
                  f"会议表决通过了有关人事事项，决定免去阿卜杜吉力力·阿卜来提的嘉兴市南湖区人民政府副区长职务。接受金静、夏峰、徐静辞去{DEPUTY}职务，并由嘉兴市南湖区人民代表大会常务委员会予以公告。同时，徐静的嘉兴市南湖区第十届人民代表大会社会建设与民宗外侨委员会副主任委员职务相应终止，由嘉兴市南湖区人民代表大会常务委员会予以公告并报嘉兴市南湖区人民代表大会下次会议备案。",
              ]},
         ]},
    ],
}
