"""2018年第1期 (text export): a city government office's notice (穗府办函〔2017〕313号) enclosing its rules on
interpreting policy documents, signed with issuer and date, the rules' title and articles `第一条` and `第二条` (the
second over two paragraphs) after it, the first citing a provincial office's notice by title and number in brackets;
a 发文目录 of one row; plain TOC, `· N ·`.

Sources: SOURCES.md rows 2018-01-*.
"""

TITLE = "广州市人民政府办公厅关于印发广州市政策文件解读工作实施办法的通知"
NUMBER = "穗府办函〔2017〕313号"

ISSUE = {
    "name": "2018-01", "shape": "text", "year": 2018, "issue_no": 1, "total_no": 157,
    "publish_date": "2018-01-31", "page_form": "· {} ·", "toc_form": "plain",
    "sections": [
        {"kind": "documents", "heading": "市府办文件", "items": [
            {"title_block": ["广州市人民政府办公厅关于印发广州市政策文件", "解读工作实施办法的通知"],
             "title": TITLE, "doc_number": NUMBER, "registration_code": None,
             "issuer": "广州市人民政府办公厅",
             "addressees": "各区人民政府，市政府各部门、各直属机构",
             "paragraphs": [
                 "《广州市政策文件解读工作实施办法》已经市人民政府同意，现印发给你们，请认真执行。执行中遇到问题，请向市政务公开工作办公室（设在市府办公厅）反映。",
             ],
             "signature": ["广州市人民政府办公厅", "2017年12月13日"], "signed_date": "2017-12-13",
             "after_signature": [
                 "广州市政策文件解读工作实施办法",
                 "第一条 为进一步加强和规范广州市行政机关政策文件解读工作，推进政务公开，建设良好营商环境，根据《广东省人民政府办公厅转发国务院办公厅关于全面推进政务公开工作的意见实施细则的通知》（粤府办〔2016〕130号）等规定，结合本市实际，制定本办法。",
                 "第二条 政策文件解读工作要坚持“谁起草、谁解读”的原则。文件起草单位是政策解读的责任主体。以市政府或市府办公厅名义印发的政策文件，由文件起草单位组织做好解读工作。以市府直属单位名义印发的政策文件，由制发单位负责做好解读工作。多个单位联合起草、联合发文的，由牵头单位组织做好解读工作，其他单位配合。",
                 "政策文件的解读材料、解读方案，应与政策文件同步组织、同步审签、同步部署。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": ["粤府办〔2016〕130号"]},
        ]},
        {"kind": "issued", "heading": "发文目录", "title": "2017年12月发文目录",
         "rows": [(NUMBER, TITLE)]},
    ],
}
