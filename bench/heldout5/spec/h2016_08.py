"""2016年第8期 (raw two-column): a provincial government order printed under `浙江省人民政府令第347号`,
its order sentence without a 施行 date, signed by an acting governor (`代省长 车俊`), the decision after
it; a provincial 人大 decision list where one line appoints and dismisses (`任命A为X，免去B的X职务；`) and
one line accepts three resignations with their reason, the same person (楼小东) dismissed twice; `· N ·`.

Sources: SOURCES.md rows 2016-08-*.
"""

DECIDED = "省十二届人大常委会第二十七次会议决定"
TITLE = "浙江省人民政府关于实施重大活动临时性管理措施的决定"

ISSUE = {
    "name": "2016-08", "shape": "raw", "year": 2016, "issue_no": 8, "total_no": 200,
    "publish_date": None, "page_form": "· {} ·", "header": ["2016年第8期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "documents", "heading": "市政府令", "items": [
            {"title_block": ["浙江省人民政府关于实施重大活动", "临时性管理措施的决定"],
             "title": TITLE, "doc_number": "浙江省人民政府令第347号", "registration_code": None,
             "issuer": "浙江省人民政府", "addressees": None,
             "paragraphs": [f"《{TITLE}》已经省人民政府第71次常务会议审议通过，现予公布。"],
             "signature": ["代省长 车俊", "2016年8月9日"], "signed_date": "2016-08-09",
             "after_signature": [
                 TITLE,
                 "根据浙江省人民代表大会常务委员会有关决定，省人民政府决定，在杭州市及相关地区采取有关临时性交通（含高速公路）管理措施；必要时，可以要求有关单位和个人暂停或者减少污染物排放量较大的有关活动。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": []},
        ]},
        {"kind": "appointments", "heading": "人事任免", "title": "1月份人事任免",
         "lines": [
             f"{DECIDED}：",
             "任命徐加爱为省公安厅厅长，免去刘力伟的省公安厅厅长职务；",
             "任命谢力群为省人大常委会预算工作委员会主任，免去楼小东的省人大常委会预算工作委员会主任职务；",
             "接受宋光宝因任职年龄到限辞去省人大内务司法委员会主任委员职务，楼小东因任职年龄到限辞去省人大财政经济委员会主任委员职务，俞仲达因任职年龄到限辞去省人大农业与农村委员会主任委员职务。",
         ],
         "rows": [
             ("徐加爱", "appoint", "省公安厅厅长", None),
             ("刘力伟", "dismiss", "省公安厅厅长", None),
             ("谢力群", "appoint", "省人大常委会预算工作委员会主任", None),
             ("楼小东", "dismiss", "省人大常委会预算工作委员会主任", None),
             ("宋光宝", "dismiss", "省人大内务司法委员会主任委员", None),
             ("楼小东", "dismiss", "省人大财政经济委员会主任委员", None),
             ("俞仲达", "dismiss", "省人大农业与农村委员会主任委员", None),
         ],
         "decided_by": DECIDED},
    ],
}
