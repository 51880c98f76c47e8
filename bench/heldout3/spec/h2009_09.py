"""2009年第9期 (text export): a city's 办法 under its order number (the order's two printed lines, 邢台市
人民政府令 and 〔2009〕第5号, set as one), its order sentence with a 施行 date, signed by the mayor's title
and name with a space (市长 刘大群) in Chinese numerals, dated after the issue's month; a national office's
notice whose title names no issuer and whose signature is a date alone, enclosing an 实施办法 with items
numbered `1．` and a bracketed pointer to an attachment; a city chronicle whose every entry opens with
its day and a comma (`1日，`), the same day repeated for a second entry, and a range (8日至12日，);
`· N ·` footers, TOC entries with the number on a line of its own.

Sources: SOURCES.md rows 2009-09-*.
"""

NO_FIELDS = {"registration_code": None, "attachments": [], "effective_from": None, "effective_until": None,
             "valid_years": None, "cited": [], "after_signature": []}

CHRONICLE = [  # (day, text) as printed under 九月; the marker is the day and a comma
    ("01", "俞正声、殷一璀先后来到浦东新区南汇中学和三灶学校，看望内地新疆班及农民子弟学校的老师和同学。"),
    ("02", "市委举行深入学习实践科学发展观活动第二批总结暨第三批动员会议。"),
    ("02", "国家质量监督检验检疫总局与上海市人民政府在沪签署进一步加强合作备忘录。"),
    ("03", "本市召开旧区改造工作领导小组第二次会议。韩正指出，要继续把旧区改造作为上海下一步工作的重点，全市形成合力，全力以赴、坚定不移地推进。"),
    ("04", "俞正声主持市委常委会，听取关于全国国有企业党建工作会议情况汇报和本市贯彻意见的请示、关于本市贯彻全国新型农村社会养老保险试点工作会议工作建议的汇报。"),
    ("04", "本市召开迎世博600天行动领导小组第二次扩大会议。韩正指出，实施好下阶段迎世博600天行动计划的总体要求是“六个更加注重”，关键是要突出“五个坚持”。"),
    ("05", "国土资源部与上海市人民政府在沪签署共建保障和促进上海科学发展国土资源管理新机制合作备忘录。"),
    ("06", "本市公布《关于单位租赁房建设和使用管理的试行意见》，帮助既不属于住房保障对象，又一时无力进入市场购买商品住房的“夹心层”解决阶段性居住需求。"),
    ("08", "以全国政协副主席孙家正为团长的全国政协“中国2010年上海世博会筹备情况”视察团在沪视察。俞正声、韩正会见了视察团。"),
    ("09", "本市举行纪念《新民晚报》创刊80周年座谈会。习近平、俞正声等发来贺信、贺词。韩正、殷一璀出席座谈会。"),
    ("10", "上海市与国家开发银行在沪签署《推进上海市文化产业发展合作备忘录》。"),
]


def _marker(day: str) -> str:
    return "8日至12日，" if day == "08" else f"{int(day)}日，"


ISSUE = {
    "name": "2009-09", "shape": "text", "year": 2009, "issue_no": 9, "total_no": 85,
    "publish_date": "2009-10-20", "page_form": "· {} ·", "toc_form": "plain",
    "sections": [
        {"kind": "documents", "heading": "市政府令", "items": [
            {**NO_FIELDS,
             "title_block": ["邢台市规范性文件制定办法"],
             "title": "邢台市规范性文件制定办法",
             "doc_number": "邢台市人民政府令〔2009〕第5号", "issuer": "邢台市人民政府", "addressees": None,
             "paragraphs": ["《邢台市规范性文件制定办法》已经2009年12月9日市政府第二十次常务会议讨论通过，现予以公布，自2010年1月1日起施行。"],
             "signature": ["市长 刘大群", "二○○九年十二月二十一日"], "signed_date": "2009-12-21",
             "effective_from": "2010-01-01",
             "after_signature": [
                 "邢台市规范性文件制定办法",
                 "第一条 为加强对规范性文件制定工作的监督，提高规范性文件质量，维护法制统一，促进依法行政，确保政令畅通，依据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》、《国务院关于加强市县政府依法行政的决定》和《河北省地方政府立法规定》等法律、法规、规章的规定，结合本市实际，制定本办法。",
                 "第二条 本办法所称规范性文件，是指政府及其部门（含政府工作部门和法律、法规授权的具有社会管理职能的组织或机构，以下统称制定机关）依照法定职权和程序制定并公开发布，涉及公民、法人或其他组织权利义务关系，并在一定时期内反复适用，具有普遍约束力的行政性文件。",
                 "第三条 规范性文件的立项、起草、审查、审议、公布和监督，适用本办法。",
                 "政府及其部门内部的管理制度，包括人事、行政、外事、财务管理等对公民、法人或其他组织权利、义务没有直接影响的内部管理规则、向上级行政机关的请示和报告、对具体事项所作出的行政处理决定，以及其他不具有普遍约束力的文件，不适用本办法。",
             ]},
        ]},
        {"kind": "documents", "heading": "部门文件", "items": [
            {**NO_FIELDS,
             "title_block": ["关于印发《〈残疾人辅助器具供应服务“十一五”", "实施方案〉实施办法》的通知"],
             "title": "关于印发《〈残疾人辅助器具供应服务“十一五”实施方案〉实施办法》的通知",
             "doc_number": "全康办〔2007〕9号", "issuer": "全国残疾人康复工作办公室",
             "addressees": "各省、自治区、直辖市及计划单列市残疾人康复工作办公室，新疆生产建设兵团残联，黑龙江农垦总局残联",
             "paragraphs": ["为贯彻落实《残疾人辅助器具供应服务“十一五”实施方案》提出的任务要求，全国残疾人康复工作办公室制定了《〈残疾人辅助器具供应服务“十一五”实施方案〉实施办法》，现印发给你们，请结合本地实际，认真组织实施。"],
             "signature": ["二○○七年一月二十三日"], "signed_date": "2007-01-23",
             "after_signature": [
                 "《残疾人辅助器具供应服务“十一五”实施方案》实施办法",
                 "“十五”期间，为残疾人减免费用装配了7万例普及型下肢假肢，免费发放了30余万件各类辅助器具，全国辅助器具服务体系初具规模，工作模式逐步形成，残疾人辅助器具服务工作进入快速发展阶段。《中国残疾人事业“十一五”发展纲要》对辅助器具服务工作提出了更高的要求，为确保《残疾人辅助器具供应服务“十一五”实施方案》各项任务的顺利完成，特制定本办法。",
                 "一、任务目标",
                 "1．组织供应各类辅助器具300万件，其中为贫困残疾人免费发放30万件。",
                 "2．装配7万例普及型下肢假肢、1万例功能补偿型矫形器。",
                 "3．完善辅助器具服务网络，提高服务水平。",
                 "（具体任务分配见附件1）",
             ]},
        ]},
        {"kind": "chronicle", "heading": "政府记事", "title": "9月份政府记事", "inline_days": True,
         "entries": [(f"2009-09-{day}", text, _marker(day)) for day, text in CHRONICLE]},
    ],
}
