"""2023年第11期 (raw two-column): the statistics table from the November 2023 release (cumulative
growth only; cells the release does not give are printed —) after a 通告 without doc number.

Sources: SOURCES.md rows 2023-11-*.
"""

ISSUE = {
    "name": "2023-11", "shape": "raw", "year": 2023, "issue_no": 11, "total_no": 255,
    "publish_date": None, "page_form": "{}", "header": ["温州市人民政府公报", "2023年第11期"],
    "sections": [
        {"kind": "documents", "heading": "部门文件", "items": [
            {
                "title_block": ["永嘉县公安局交通警察大队", "关于乌牛街道电力路实施临时限制交通措施的通告"],
                "title": "永嘉县公安局交通警察大队关于乌牛街道电力路实施临时限制交通措施的通告",
                "doc_number": "", "registration_code": None, "issuer": "永嘉县公安局交通警察大队",
                "addressees": None,
                "paragraphs": [
                    "因温州绕城高速公路北线乌牛互通及连接线工程施工需要，根据《中华人民共和国道路交通安全法》第三十九条之规定，经温州市交通发展集团有限公司申请，永嘉县公安局交通警察大队决定，从2025年5月6日至2025年9月30日止，对乌牛街道电力路（浙江江心调味食品有限公司南门至浙江华邦物联技术股份有限公司北门段）实施全封闭的临时限制交通措施，全封闭期间禁止一切车辆和行人通行。原途经车辆可通过工业路、支一路、经三路等周边道路绕行。",
                    "在临时限制交通措施期间，请广大驾驶人和群众予以支持配合，注意交通引导指示标志，做好提前绕行，服从现场管理人员指挥，由此给您带来不便之处，敬请谅解。",
                    "特此通告",
                ],
                "signature": ["永嘉县公安局交通警察大队", "2025年4月30日"], "signed_date": "2025-04-30",
                "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": [],
                "cut_title": True,
            },
        ]},
        {"kind": "statistics", "heading": "统 计 资 料", "title": "温州市2023年11月份国民经济主要统计指标",
         "producer": "温州市统计局制",
         "rows": [
             ("一、规模以上工业增加值", False, "亿元", None, None, None, 9.2),
             ("五大传统支柱产业增加值", True, "亿元", None, None, None, 9.9),
             ("二、规模以上服务业营业收入", False, "亿元", None, None, None, 2.2),
             ("三、固定资产投资", False, "亿元", None, None, None, 6.2),
             ("项目投资", True, "亿元", None, None, None, 11.2),
             ("制造业投资", True, "亿元", None, None, None, 14.0),
             ("高新技术产业投资", True, "亿元", None, None, None, 28.7),
             ("工业技改投资", True, "亿元", None, None, None, 13.9),
         ]},
    ],
}
