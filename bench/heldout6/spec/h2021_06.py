"""2021年第6期 (raw two-column): a provincial government's reply (闽政文〔2021〕114号) to a city, citing the
city's request by title and number, a 12-month deadline, （此件主动公开） after the date; a city 人大's
decisions: a resignation accepted with its reason in front (`因工作岗位变动，接受…的请求`), `任命X为Y、代理Z职务`
(an acting post after 、), `免去X的Y职务`; `第N页`.

Sources: SOURCES.md rows 2021-06-*.
"""

DECIDED = "漳州市十六届人大常委会第四十二次会议决定"

TITLE = "福建省人民政府关于福州市长乐区文武砂镇行政区划调整的批复"

ISSUE = {
    "name": "2021-06", "shape": "raw", "year": 2021, "issue_no": 6, "total_no": 222,
    "publish_date": None, "page_form": "第{}页", "header": ["2021年第6期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["福建省人民政府关于福州市长乐区文武砂镇", "行政区划调整的批复"],
             "title": TITLE, "doc_number": "闽政文〔2021〕114号", "registration_code": None,
             "issuer": "福建省人民政府", "addressees": "福州市人民政府",
             "paragraphs": [
                 "你市《关于长乐区文武砂镇撤镇设街道的请示》（榕政综〔2020〕264号）收悉。经研究，同意撤销福州市长乐区文武砂镇，设立长乐区文武砂街道，上述区划调整后行政区域不变。",
                 "你市有关各级政府要在党委领导下，按照国务院“约法三章”的要求，严格执行中央关于厉行节约的规定，认真组织实施上述行政区划调整，依法开展相关方面的工作衔接，妥善处理机构设置、人员调配等问题，确保安定稳定，促进经济社会发展，所需经费由你市自行解决。上述行政区划调整应在批准之日起12个月内完成，变更完成情况及时报告省政府。",
             ],
             "signature": ["福建省人民政府", "2021年4月9日"], "signed_date": "2021-04-09",
             "after_signature": ["（此件主动公开）"],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": ["榕政综〔2020〕264号"]},
        ]},
        {"kind": "appointments", "heading": "人事任免", "title": "6月份人事任免",
         "lines": [
             f"{DECIDED}：",
             "因工作岗位变动，接受刘远辞去漳州市人民政府市长职务的请求；",
             "任命王进足为漳州市人民政府副市长、代理漳州市人民政府市长职务；",
             "因工作岗位变动，免去蓝良木的漳州市应急管理局局长职务。",
         ],
         "rows": [
             ("刘远", "dismiss", "漳州市人民政府市长", None),
             ("王进足", "appoint", "漳州市人民政府副市长", None),
             ("王进足", "appoint", "漳州市人民政府市长", "代理"),
             ("蓝良木", "dismiss", "漳州市应急管理局局长", None),
         ],
         "decided_by": DECIDED},
    ],
}
