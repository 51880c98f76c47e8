"""2025年第5期 (text export): a joint notice of a city government and its intermediate court (鹤政发〔2025〕4号), the
title opening with both names (`鹤岗市人民政府 鹤岗市中级人民法院印发关于完善“府院联动”机制的意见的通知`), addressees
of both kinds (`各县（区）人民政府、法院`), both names on one signature line; the enclosed 意见 begun (its two-line
title, `一、`, `（一）`); dots TOC, `- N -`.

Sources: SOURCES.md rows 2025-05-*.
"""

TITLE = "鹤岗市人民政府 鹤岗市中级人民法院印发关于完善“府院联动”机制的意见的通知"

ISSUE = {
    "name": "2025-05", "shape": "text", "year": 2025, "issue_no": 5, "total_no": 269,
    "publish_date": "2025-05-30", "page_form": "- {} -", "toc_form": "dots",
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["鹤岗市人民政府 鹤岗市中级人民法院印发", "关于完善“府院联动”机制的意见的通知"],
             "title": TITLE, "doc_number": "鹤政发〔2025〕4号", "registration_code": None,
             "issuer": "鹤岗市人民政府 鹤岗市中级人民法院",
             "addressees": "各县（区）人民政府、法院，市政府各部门",
             "paragraphs": [
                 "《鹤岗市人民政府 鹤岗市中级人民法院关于完善“府院联动”机制的意见》已经市政府十七届61次常务会议审议通过，并经市委十三届第94次常委会会议审议通过，现印发给你们，请认真贯彻执行。",
             ],
             "signature": ["鹤岗市人民政府　鹤岗市中级人民法院", "2025年4月30日"], "signed_date": "2025-04-30",
             "after_signature": [
                 "鹤岗市人民政府 鹤岗市中级人民法院",
                 "关于完善“府院联动”机制的意见",
                 "为深入推进全面依法治市和法治政府建设，持续深化和发展新时代“枫桥经验”，构建党委领导、人大监督、政府支持、法院主导、部门联动、社会参与的“府院联动”机制，搭建政府法治与人民司法全方位、全链条的对接联动平台，更好推进行政争议源头治理和实质化解，制定本意见。",
                 "一、指导思想",
                 "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大和二十届二中、三中全会精神，深入贯彻习近平法治思想，在市委统一领导下，坚持以人民为中心，加强各方协同联动，在宪法法律赋予的职权范围内，实现行政与司法良性互动、优势互补，有效提升行政效能、司法效率和社会效果，为建设更高水平的法治鹤岗、平安鹤岗提供有力保障。",
                 "二、重点任务",
                 "（一）完善重大事项事前研判机制。各级政府及其工作部门在作出重大行政决策，进行重大利益调整、重大项目实施等过程中，可根据工作需要邀请法院工作人员参与论证。法院要积极参与政府决策过程，通过参与论证、提供法律咨询意见、分析法律风险隐患等方式提供司法服务，提出合理化建议和修改意见，提高地方行政立法、重大行政决策的合法性、合理性、可行性。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
    ],
}
