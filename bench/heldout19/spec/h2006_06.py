"""2006年第6期 (text export): a city government's notice (宁政〔2006〕86号) enclosing its interim rules on the burdens put on
enterprises, addressees in two groups, signed with a date alone in Chinese numerals (二○○六年五月十八日, no issuer line), the
rules' title, `第一章 总 则` and `第一条` to `第三条` after it (第二条 in three paragraphs); a 发文目录 of one row; plain TOC,
`· N ·`.

Sources: SOURCES.md rows 2006-06-*.
"""

TITLE = "西宁市人民政府关于印发《西宁市企业治乱减负工作暂行规定》的通知"
NUMBER = "宁政〔2006〕86号"

ISSUE = {
    "name": "2006-06", "shape": "text", "year": 2006, "issue_no": 6, "total_no": 18,
    "publish_date": "2006-06-30", "page_form": "· {} ·", "toc_form": "plain",
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["西宁市人民政府关于印发《西宁市企业治乱减负", "工作暂行规定》的通知"],
             "title": TITLE, "doc_number": NUMBER, "registration_code": None,
             "issuer": "西宁市人民政府", "addressees": "各区、县人民政府，市政府各局、委、办",
             "paragraphs": [
                 "《西宁市企业治乱减负工作暂行规定》已经市政府同意，现印发给你们，请认真贯彻执行。",
             ],
             "signature": ["二○○六年五月十八日"], "signed_date": "2006-05-18",
             "after_signature": [
                 "西宁市企业治乱减负工作暂行规定",
                 "第一章 总 则",
                 "第一条 为进一步整治和优化企业生产经营环境，加大从源头上预防和治理“三乱”力度，维护企业的合法权益，营造和谐健康的企业发展环境，促进经济社会和谐发展，结合本市实际，制定本规定。",
                 "第二条 本规定适用于本市行政区域内所有企业的治乱减负活动。",
                 "本规定所称“三乱”是指单位、个人违反法律、法规和国家政策规定，擅自向企业乱收费、乱罚款、乱摊派，以及其他变相征集一定的物质权益或与物质权益相关权益的行为。",
                 "本规定所称企业，是指依法在工商行政管理机关登记注册的各类企业。",
                 "第三条 市、区县人民政府应当加强对企业治乱减负工作的领导，设立企业治乱减负工作机构，配备专（兼）职工作人员，组织、协调和督促有关部门依法做好企业治乱减负的监督管理工作。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": []},
        ]},
        {"kind": "issued", "heading": "发文目录", "title": "2006年5月发文目录",
         "rows": [(NUMBER, TITLE)]},
    ],
}
