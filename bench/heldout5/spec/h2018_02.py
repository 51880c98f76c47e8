"""2018年第2期 (text export): another Zhejiang city's notice without doc number enclosing a table of
targets, its 附件 line before the signature, （此件公开发布） after it; `- N -` footers and running headers
left in the export; a city 人大 decision of 接受…辞去…的请求 and 任命X同志为…副市长、代理市长; a brief with a
two-part title, opening `昨天上午，` (no date named), that reports a party committee's decisions (任…，免去…)
before the 人大's.

Sources: SOURCES.md rows 2018-02-*.
"""

ENCLOSED = "《政府工作报告》2018年目标任务责任分解"
DECIDED = "绍兴市八届人大常委会第十次会议决定"

ISSUE = {
    "name": "2018-02", "shape": "text", "year": 2018, "issue_no": 2, "total_no": 182,
    "publish_date": "2018-03-15", "page_form": "- {} -", "toc_form": "dots", "page_furniture": True,
    "running_headers": ["温州市人民政府公报", "2018年第2期"],
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["台州市人民政府关于印发《政府工作报告》", "2018年目标任务责任分解的通知"],
             "title": f"台州市人民政府关于印发{ENCLOSED}的通知", "doc_number": "", "registration_code": None,
             "issuer": "台州市人民政府", "addressees": "各县（市、区）人民政府，市政府直属各单位",
             "paragraphs": [
                 f"{ENCLOSED}已经市政府第21次常务会议研究同意，现印发给你们，请认真贯彻执行。",
                 "市五届人大三次会议通过的《政府工作报告》明确了今年政府工作任务清单，是市政府对全市人民的庄严承诺。各级各部门要聚焦聚力高质量发展，拉高标杆，争先进位，对照职能分工，抓紧责任细化，明确时间节点，把各项目标任务具体化，不折不扣地抓好落实，努力在全省领跑快跑、走在前列，为“两个高水平”建设奠定坚实基础。市政府督查室要加强对预期指标、重点项目等督促检查，确保目标任务落实到位、取得实效。",
                 f"附件：{ENCLOSED}",
             ],
             "signature": ["台州市人民政府", "2018年2月5日"], "signed_date": "2018-02-05",
             "after_signature": ["（此件公开发布）", "附件", ENCLOSED],
             "attachments": [ENCLOSED], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": []},
        ]},
        {"kind": "appointments", "heading": "人事任免", "title": "2月份人事任免",
         "lines": [
             f"{DECIDED}：",
             "接受马卫光同志辞去绍兴市人民政府市长职务的请求；",
             "任命盛阅春同志为绍兴市人民政府副市长、代理市长。",
         ],
         "rows": [
             ("马卫光", "dismiss", "绍兴市人民政府市长", None),
             ("盛阅春", "appoint", "绍兴市人民政府副市长", None),
             ("盛阅春", "appoint", "绍兴市人民政府代理市长", None),
         ],
         "decided_by": DECIDED},
        {"kind": "news", "heading": "政务简讯", "toc_title": "马卫光任绍兴市委书记 盛阅春任市委副书记，提名为市长候选人",
         "items": [
             {"title_lines": ["马卫光任绍兴市委书记", "盛阅春任市委副书记，提名为市长候选人"],
              "title": "马卫光任绍兴市委书记盛阅春任市委副书记，提名为市长候选人", "date": None,
              "paragraphs": [
                  "昨天上午，绍兴市委召开全市领导干部会议，宣布浙江省委关于绍兴市委、市政府主要领导调整的决定。",
                  "省委决定：马卫光同志任中共绍兴市委书记；盛阅春同志任中共绍兴市委委员、常委、副书记，免去其中共杭州市委常委、委员，中共杭州市萧山区委书记、常委、委员职务；免去彭佳学同志的中共绍兴市委书记、常委、委员职务；提名盛阅春同志为绍兴市市长候选人；提议马卫光同志不再担任绍兴市市长职务。此前，在省十三届人大一次会议上，彭佳学同志已当选为副省长。",
                  "省委常委、组织部长任振鹤出席并讲话。彭佳学主持并讲话。省委组织部副部长温暖宣读省委决定。马卫光、盛阅春分别作表态发言。",
                  "昨天下午，绍兴市八届人大常委会召开第十次会议。会议经过审议和表决，决定接受马卫光同志辞去绍兴市人民政府市长职务的请求；决定任命盛阅春同志为绍兴市人民政府副市长、代理市长。",
              ]},
         ]},
    ],
}
