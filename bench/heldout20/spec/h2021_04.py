"""2021年第4期 (text export): a city justice bureau's notice calling for comments on a draft regulation, titled
`…关于《…（草案送审稿）》公开征求意见的通告`, no number, no addressees, the deadline, two numbered ways to send comments
and a contact line, signed with issuer and date; the drafting explanation printed after it as a 政策解读 under a title over
two lines whose draft name differs from the notice's (`…民营经济发展条例`, without 促进), its opening paragraph naming the
drafting unit, part `一、立法必要性` and its first sentences, closed by `起草单位：鄂尔多斯市发展和改革委员会`; plain TOC,
`第N页`.

Sources: SOURCES.md rows 2021-04-*.
"""

DRAFT = "《鄂尔多斯市促进民营经济发展条例（草案送审稿）》"
EXPLAINED = "《鄂尔多斯市民营经济发展条例（草案送审稿）》"

ISSUE = {
    "name": "2021-04", "shape": "text", "year": 2021, "issue_no": 4, "total_no": 196,
    "publish_date": "2021-04-30", "page_form": "第{}页", "toc_form": "plain",
    "sections": [
        {"kind": "documents", "heading": "部门文件", "items": [
            {"title_block": ["鄂尔多斯市司法局关于" + DRAFT, "公开征求意见的通告"],
             "title": "鄂尔多斯市司法局关于" + DRAFT + "公开征求意见的通告",
             "doc_number": None, "registration_code": None,
             "issuer": "鄂尔多斯市司法局", "addressees": None,
             "paragraphs": [
                 "为进一步增强立法的公开性和透明度，提高立法质量，现将" + DRAFT + "全文公布，向社会征求意见。有关单位和各界人士可以在2021年4月16日前，通过以下方式将修改意见和建议反馈至鄂尔多斯市司法局。",
                 "一、通过信函方式将意见寄至：鄂尔多斯市康巴什区国泰商务广场T5 717室，邮编：017000",
                 "二、通过电子邮件方式将意见发送至：eedszflf@163.com",
                 "联系人：高燕，电话：0477-8321769",
             ],
             "signature": ["鄂尔多斯市司法局", "2021年3月17日"], "signed_date": "2021-03-17",
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": []},
        ]},
        {"kind": "interpretations", "heading": "政策解读", "items": [
            {"title_lines": ["关于《鄂尔多斯市民营经济发展条例", "（草案送审稿）》起草说明"],
             "title": "关于" + EXPLAINED + "起草说明",
             "interprets": "鄂尔多斯市民营经济发展条例（草案送审稿）",
             "unit": "鄂尔多斯市发展和改革委员会", "unit_label": "起草单位",
             "paragraphs": [
                 "为了优化民营经济组织发展环境，保障民营经济组织公平参与市场竞争，保护民营经济组织合法权益，激发民营经济组织活力和创造力，促进民营经济高质量发展，市发展和改革委员会会同市工信局、市工商联、市人大法工委共同起草了" + EXPLAINED + "（以下简称《条例》）。现将《条例》有关情况说明如下：",
                 "一、立法必要性",
                 "民营经济是市场经济发展的重要成果，是经济发展中不可或缺的重要力量，更是反映地区经济活跃度的重要标志。党中央、国务院高度重视为民营经济发展创造良好营商环境。",
             ]},
        ]},
    ],
}
