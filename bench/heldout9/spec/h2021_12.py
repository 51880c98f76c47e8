"""2021年第12期 (text export): a prefecture-level city's five-year plan outline as its congress adopted it, no
doc number, no addressee, no signature: a two-line title block cut by a page break
(`日喀则市国民经济和社会发展第十四个五年规划和二〇三五年远景` / `目标纲要`, a Chinese-numeral year inside), the
adoption line under a dash (`——2021年12月11日日喀则市第二届人民代表大会第二次会议通过`), two paragraphs of the
congress's approval (`会议…决定批准这个规划纲要。`, `会议认为，…`); TOC in the dots form, `· N ·` footers and alternating headers left in.

Sources: SOURCES.md rows 2021-12-*.
"""

TITLE = "日喀则市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"

ISSUE = {
    "name": "2021-12", "shape": "text", "year": 2021, "issue_no": 12, "total_no": 228,
    "publish_date": "2021-12-28", "page_form": "· {} ·", "toc_form": "dots", "page_furniture": True,
    "running_headers": ["温州市人民政府公报", "2021年第12期"],
    "sections": [
        {"kind": "documents", "heading": "部门文件", "items": [
            {"title_block": ["日喀则市国民经济和社会发展第十四个五年规划和二〇三五年远景", "目标纲要"],
             "title": TITLE, "doc_number": "", "registration_code": None, "issuer": None,
             "addressees": None,
             "paragraphs": [
                 "——2021年12月11日日喀则市第二届人民代表大会第二次会议通过",
                 "日喀则市第二届人民代表大会第二次会议审查了市人民政府提出的《日喀则市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要（草案）》，会议同意日喀则市第二届人民代表大会财政经济农牧环资委员会的审查结果报告，决定批准这个规划纲要。",
                 "会议认为，全市上下在党中央的特殊关怀和区党委、市委的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻新发展理念，砥砺奋进，全面完成了“十三五”规划目标任务，各项事业取得了新成就。“十四五”规划和二〇三五年远景目标纲要，符合日喀则实际，体现了新阶段、新任务、新要求，反映了全市各族人民的共同意愿。",
             ],
             "signature": [], "signed_date": None,
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": [], "cut_title": True},
        ]},
    ],
}
