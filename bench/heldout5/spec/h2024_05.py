"""2024年第5期 (raw two-column): a provincial department's notice without number that repeals an office
notice by title and number, （此件公开发布）, its enclosed 预案 opening with a 36-line table of contents
(no 目录 heading); a brief whose first sentence begins with a year (`2024年是…`) and whose news opens
`近日，` (no date named), followed by a list heading, an item and a 责任单位 line; `- N -`.

Sources: SOURCES.md rows 2024-05-*.
"""

CONTENTS = [
    "1.总则", "1.1 编制目的", "1.2 编制依据", "1.3 适用范围", "1.4 预案体系", "1.5 工作原则",
    "2.应急组织体系及职责", "2.1 省重污染天气应急指挥部", "2.2 市、县（市、区）重污染天气应急组织机构",
    "2.3 重污染天气应对专家组",
    "3.监测与预警", "3.1 监测与预测", "3.2 预警分级", "3.3 预警会商", "3.4 预警发布", "3.5 预警调整", "3.6 预警解除",
    "4.应急响应", "4.1 响应分级及启动", "4.2 省级响应措施", "4.3 市、县（市、区）响应措施", "4.4 响应级别调整",
    "4.5 响应终止",
    "5.区域应急联动", "6.信息报送和总结评估",
    "7.应急保障", "7.1 组织保障", "7.2 应急准备保障", "7.3 监测预警评估保障", "7.4 资金保障",
    "8.预案管理", "8.1 宣传与培训", "8.2 责任落实", "8.3 预案管理与修订", "8.4 预案实施",
]

ISSUE = {
    "name": "2024-05", "shape": "raw", "year": 2024, "issue_no": 5, "total_no": 261,
    "publish_date": None, "page_form": "- {} -", "header": ["2024年第5期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "documents", "heading": "部门文件", "items": [
            {"title_block": ["浙江省生态环境厅关于印发《浙江省", "重污染天气应急预案》的通知"],
             "title": "浙江省生态环境厅关于印发《浙江省重污染天气应急预案》的通知",
             "doc_number": "", "registration_code": None, "issuer": "浙江省生态环境厅",
             "addressees": "各市、县（市、区）人民政府，省级有关单位",
             "paragraphs": ["经省政府同意，现将《浙江省重污染天气应急预案》印发给你们，请认真组织实施。《浙江省人民政府办公厅关于印发浙江省重污染天气应急预案的通知》（浙政办发〔2019〕19号）同时废止。"],
             "signature": ["浙江省生态环境厅", "2024年4月24日"], "signed_date": "2024-04-24",
             "after_signature": [
                 "（此件公开发布）", "附件", "浙江省重污染天气应急预案", *CONTENTS, "1.总则", "1.1 编制目的",
                 "进一步完善重污染天气应对机制，聚焦重点污染物、重点时段，提高重污染天气预测预警、应急响应能力和精细化环境管理水平，加强区域应急联动，减缓空气污染程度，保障人民群众身体健康。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": ["浙政办发〔2019〕19号"]},
        ]},
        {"kind": "news", "heading": "政务简讯", "toc_title": "浙江省省长、副省长2024年牵头重点工作公布",
         "items": [
             {"title_lines": ["浙江省省长、副省长2024年", "牵头重点工作公布"],
              "title": "浙江省省长、副省长2024年牵头重点工作公布", "date": None,
              "paragraphs": [
                  "2024年是中华人民共和国成立75周年，是实施“十四五”规划的关键一年，也是浙江“勇当先行者、谱写新篇章”的再出发之年。",
                  "近日，浙江省人民政府办公厅印发2024年政府工作报告重点工作责任分解的通知，公布省长、副省长牵头的重点工作和十方面民生实事的责任分解等。",
                  "2024年政府工作报告重点工作责任分解",
                  "一、王浩省长牵头重点工作",
                  "1.一般公共预算收入与经济增长同步。",
                  "责任单位：省财政厅",
              ]},
         ]},
    ],
}
