"""2011年第11期 (raw two-column): a provincial government office's notice (陕政办发〔2011〕12号) citing a State Council
office notice (国办发〔2010〕28号), with one attachment, signed only with a date in Chinese numerals (二○一一年二月二十五日,
no issuer line), the attachment's title after it; a second provincial office's notice (桂政办发〔2011〕186号) printed
without signature (the stored copy ends at its first item), its three-line title block cut by a page break; `第N页`.

Sources: SOURCES.md rows 2011-11-*.
"""

ISSUE = {
    "name": "2011-11", "shape": "raw", "year": 2011, "issue_no": 11, "total_no": 85,
    "publish_date": None, "page_form": "第{}页", "header": ["温州市人民政府公报", "2011年第11期（总第85期）"],
    "sections": [
        {"kind": "documents", "heading": "市府办文件", "items": [
            {"title_block": ["陕西省人民政府办公厅关于修改部分", "省政府规章的通知"],
             "title": "陕西省人民政府办公厅关于修改部分省政府规章的通知",
             "doc_number": "陕政办发〔2011〕12号", "registration_code": None,
             "issuer": "陕西省人民政府办公厅",
             "addressees": "省人民政府各工作部门、各直属机构",
             "paragraphs": [
                 "为推进依法行政，加强法治政府建设，维护法制统一，确保政令畅通，根据《国务院办公厅关于做好规章清理工作有关问题的通知》（国办发〔2010〕28号）要求，省政府对我省现行有效的142件省政府规章进行了全面清理。经过清理，决定对不适应我省经济社会发展要求和部分条款与上位法规定不一致的37件省政府规章进行修改。",
                 "经省政府同意，现将需修改的省政府规章目录印发给你们，请各有关单位按照职责分工尽快修改，并按立法程序将修改后的规章报省政府审议后重新发布。",
                 "附件：需修改的省政府规章目录（37件）",
             ],
             "signature": ["二○一一年二月二十五日"], "signed_date": "2011-02-25",
             "after_signature": ["附件：", "需修改的省政府规章目录", "（37件）"],
             "attachments": ["需修改的省政府规章目录（37件）"], "effective_from": None, "effective_until": None,
             "valid_years": None, "cited": ["国办发〔2010〕28号"]},
            {"title_block": ["广西壮族自治区人民政府办公厅", "关于“两会”期间南宁市市区放假", "有关事项的通知"],
             "title": "广西壮族自治区人民政府办公厅关于“两会”期间南宁市市区放假有关事项的通知",
             "doc_number": "桂政办发〔2011〕186号", "registration_code": None,
             "issuer": "广西壮族自治区人民政府办公厅",
             "addressees": "南宁市人民政府，自治区农垦局，自治区人民政府各组成部门、各直属机构",
             "paragraphs": [
                 "第八届中国-东盟博览会、第八届中国-东盟商务与投资峰会（以下简称“两会”）将于2011年10月21-26日在南宁市举办。承办“两会”是我区政治、经济、社会发展中的一件大事。为确保“两会”各项重大活动顺利开展，经自治区人民政府同意，现就“两会”期间南宁市市区放假有关事项通知如下：",
                 "一、在南宁市市区的机关、企业事业单位和社会团体，2011年10月20日、21日（星期四、五），放假2天。承担“两会”工作的相关单位及人员不放假，可在“两会”结束后予以补假。",
             ],
             "signature": [], "signed_date": None,
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": [],
             "cut_title": True},
        ]},
    ],
}
