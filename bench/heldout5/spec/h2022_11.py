"""2022年第11期 (text export): a joint notice of four provincial departments (浙教基〔2022〕85号) with a
contact line and an 附件 line before four issuer lines over one date; `第N页`.

Sources: SOURCES.md rows 2022-11-*.
"""

RULE = "《浙江省城镇住宅小区配套幼儿园建设管理办法（2022年修订）》"
ISSUERS = ["浙江省教育厅", "浙江省住房和城乡建设厅", "浙江省自然资源厅", "浙江省发展和改革委员会"]

ISSUE = {
    "name": "2022-11", "shape": "text", "year": 2022, "issue_no": 11, "total_no": 243,
    "publish_date": "2022-12-20", "page_form": "第{}页", "toc_form": "plain",
    "sections": [
        {"kind": "documents", "heading": "部门文件", "items": [
            {"title_block": ["浙江省教育厅等四部门关于印发《浙江省城镇", "住宅小区配套幼儿园建设管理办法", "（2022年修订）》的通知"],
             "title": f"浙江省教育厅等四部门关于印发{RULE}的通知",
             "doc_number": "浙教基〔2022〕85号", "registration_code": None, "issuer": " ".join(ISSUERS),
             "addressees": "各市、县（市、区）教育局、建设局、自然资源主管部门、发展改革委（局）",
             "paragraphs": [
                 f"为贯彻落实《中共中央 国务院关于学前教育深化改革规范发展的若干意见》《中共中央 国务院关于优化生育政策促进人口长期均衡发展的决定》精神，结合《中共浙江省委 浙江省人民政府关于学前教育深化改革规范发展的实施意见》《中共浙江省委 浙江省人民政府关于优化生育政策促进人口长期均衡发展的实施意见》《浙江省学前教育发展第四轮行动计划（2021—2025年）》要求，对标“重要窗口”、共同富裕示范区建设，全面开展“浙有善育”建设工作，省教育厅、省建设厅、省自然资源厅、省发展改革委在调查研究的基础上，形成了{RULE}，现印发给你们。请各地根据本办法并结合实际，调整完善当地城镇住宅小区配套幼儿园建设管理的实施办法，于2022年12月底前报送省教育厅备案。",
                 "联系人：省教育厅何春玲，电话：0571-88008839。",
                 f"附件：{RULE}",
             ],
             "signature": [*ISSUERS, "2022年10月28日"], "signed_date": "2022-10-28",
             "after_signature": [],
             "attachments": [RULE], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": []},
        ]},
    ],
}
