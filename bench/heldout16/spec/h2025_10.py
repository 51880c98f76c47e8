"""2025年第10期 (raw two-column): a provincial 人大常委会's decisions as the provincial government's site reported them,
naming no meeting in the deciding sentences: `决定任命孟凡利为广东省人民政府副省长、代理省长职务；决定任命唐屹峰为…副省长。`,
the resignation accepted and the acting post adopted as two decisions named by their titles in 《》 (the acting post
already decided above: no second row), `决定免去…职务；会议还通过其他人事任免事项。` (no one named), the report's opening sentence naming the session
printed above them; a joint notice of five district bureaus (青西新发改〔2025〕54号) under `部门文件`, its title naming no
issuer, its five issuers' names on five signature lines over the date, the enclosed plan's title with its years in
brackets on a line of their own, its preamble and part `一、`'s first item after it; `第N页`.

Sources: SOURCES.md rows 2025-10-*.
"""

GD_NPC = "广东省人民代表大会常务委员会"
XHA = "青岛西海岸新区"
BUREAUS = [f"{XHA}发展和改革局", f"{XHA}工业和信息化局", f"{XHA}民政局", f"{XHA}卫生健康局", f"{XHA}医疗保障局"]
PLAN = f"{XHA}促进银发经济发展增进老年人福祉实施方案（2025-2027年）"

ISSUE = {
    "name": "2025-10", "shape": "raw", "year": 2025, "issue_no": 10, "total_no": 251,
    "publish_date": None, "page_form": "第{}页", "header": ["温州市人民政府公报", "2025年第10期"],
    "sections": [
        {"kind": "documents", "heading": "部门文件", "items": [
            {"title_block": ["关于印发青岛西海岸新区促进银发经济发展增进老年人", "福祉实施方案（2025-2027年）的通知"],
             "title": f"关于印发{PLAN}的通知",
             "doc_number": "青西新发改〔2025〕54号", "registration_code": None,
             "issuer": " ".join(BUREAUS),
             "addressees": "各有关部门、单位",
             "paragraphs": [f"现将《{PLAN}》印发给你们，请结合我区实际认真组织实施。"],
             "signature": [*BUREAUS, "2025年4月28日"], "signed_date": "2025-04-28",
             "after_signature": [
                 f"{XHA}促进银发经济发展增进老年人福祉实施方案",
                 "（2025-2027年）",
                 "为积极应对人口老龄化趋势，精准贯彻落实国家、省、市发展银发经济的指导精神，加快构建高质量养老服务体系和产品供给体系，切实增进老年人福祉，打造可持续的银发经济发展新高地，高水平助力“品质西海岸”建设，制定如下实施方案。",
                 "一、总体要求",
                 "（一）指导思想。以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大关于“实施积极应对人口老龄化国家战略”的决策部署，坚持有效市场与有为政府协同发力，统筹养老事业和银发经济产业融合发展。聚焦老年人多层次、多样化需求，持续深化供给侧结构性改革，推动银发经济向规模化、标准化、集群化、品牌化跃升，构建覆盖城乡的“一刻钟养老服务圈”和全生命周期服务体系，让老年人畅享银发经济发展成果、安享幸福晚年。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [
             "10月11日下午，省十四届人大常委会第二十一次会议闭幕。省人大常委会主任黄楚平出席会议并讲话。",
             "会议经表决，决定任命孟凡利为广东省人民政府副省长、代理省长职务；决定任命唐屹峰为广东省人民政府副省长。",
             f"会议表决通过《{GD_NPC}关于接受王伟中辞去广东省人民政府省长职务请求的决定》；表决通过《{GD_NPC}关于孟凡利代理广东省人民政府省长职务的决定》。",
             "会议经表决，决定免去张勇的广东省住房和城乡建设厅厅长职务；会议还通过其他人事任免事项。",
         ],
         "rows": [
             ("孟凡利", "appoint", "广东省人民政府副省长", None),
             ("孟凡利", "appoint", "广东省人民政府省长", "代理"),
             ("唐屹峰", "appoint", "广东省人民政府副省长", None),
             ("王伟中", "dismiss", "广东省人民政府省长", None),
             ("张勇", "dismiss", "广东省住房和城乡建设厅厅长", None),
         ],
         "decided_by": None},
    ],
}
