"""2020年第5期 (raw two-column): two provincial departments' joint notice (云财规〔2020〕3号) whose title block
names both in short forms (`云南省财政厅 云南省科技厅`) and three measures in 《》 run together over four lines, while
the signature gives the second in full (`云南省科学技术厅`); three numbered attachments, （此件公开发布） after the
date, the first attachment begun under a spaced chapter heading (`第一章 总 则`), the cited number given twice (in
the notice and in 第一条 with `，以下简称《意见》`); `· N ·`.

Sources: SOURCES.md rows 2020-05-*.
"""

MEASURES = ["云南省科技成果转化奖补资金管理办法", "云南省科技创新券实施管理办法", "云南省科技揭榜制实施管理办法"]
OPINION = "《云南省人民政府办公厅关于财政支持和促进科技成果转化的实施意见》"

ISSUE = {
    "name": "2020-05", "shape": "raw", "year": 2020, "issue_no": 5, "total_no": 209,
    "publish_date": None, "page_form": "· {} ·", "header": ["2020年第5期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "documents", "heading": "部门文件", "items": [
            {"title_block": ["云南省财政厅 云南省科技厅", f"关于印发《{MEASURES[0]}》", f"《{MEASURES[1]}》",
                             f"《{MEASURES[2]}》的通知"],
             "title": "云南省财政厅 云南省科技厅关于印发" + "".join(f"《{m}》" for m in MEASURES) + "的通知",
             "doc_number": "云财规〔2020〕3号", "registration_code": None,
             "issuer": "云南省财政厅 云南省科学技术厅",
             "addressees": "各州市财政局、科技局，各高校、科研院所、企业",
             "paragraphs": [
                 f"为进一步优化科技创新资源配置方式，降低科技创新成本，突破制约产业发展的关键核心技术，加快推动科技成果转化，根据{OPINION}（云政办发〔2019〕86号）精神，省财政厅、省科技厅制定了"
                 + "".join(f"《{m}》" for m in MEASURES) + "。现印发你们，请遵照执行。",
                 f"附件：1.{MEASURES[0]}",
                 f"2.{MEASURES[1]}",
                 f"3.{MEASURES[2]}",
             ],
             "signature": ["云南省财政厅", "云南省科学技术厅", "2020年5月19日"], "signed_date": "2020-05-19",
             "after_signature": [
                 "（此件公开发布）",
                 "附件1",
                 MEASURES[0],
                 "第一章 总 则",
                 f"第一条 为贯彻落实{OPINION}（云政办发〔2019〕86号，以下简称《意见》），规范科技成果转化奖补资金（以下称奖补资金）管理，提高财政资金使用效益，鼓励和促进高校、科研院所等出让科技成果，企业受让科技成果转化应用，服务机构提供技术转移服务，促进科技成果在云南落地转化，制定本办法。",
             ],
             "attachments": MEASURES, "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": ["云政办发〔2019〕86号"]},
        ]},
    ],
}
