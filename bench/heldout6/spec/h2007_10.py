"""2007年第10期 (text export): a city government order (厦门市人民政府令第127号) signed `市长刘赐贵` (no space)
and dated in Chinese numerals written with the digit zero (`二00七年九月三十日`), 自发布之日起施行 (no
date); the decision after it repeals, declares void and amends rules cited by order number
(`市政府令第27号公布，第69号修正`), a cited number in square brackets (国办发[2007]12号); a 发文目录 of one
row; `· N ·` page numbers.

Sources: SOURCES.md rows 2007-10-*.
"""

TITLE = "厦门市人民政府关于废止、宣布失效、修改部分市政府规章的决定"

ISSUE = {
    "name": "2007-10", "shape": "text", "year": 2007, "issue_no": 10, "total_no": 58,
    "publish_date": "2007-10-20", "page_form": "· {} ·", "toc_form": "plain",
    "sections": [
        {"kind": "documents", "heading": "市政府令", "items": [
            {"title_block": ["厦门市人民政府关于废止、宣布失效、", "修改部分市政府规章的决定"],
             "title": TITLE, "doc_number": "厦门市人民政府令第127号", "registration_code": None,
             "issuer": "厦门市人民政府", "addressees": None,
             "paragraphs": [f"《{TITLE}》已经2007年9月25日市人民政府第12次常务会议通过，现予公布，自发布之日起施行。"],
             "signature": ["市长刘赐贵", "二00七年九月三十日"], "signed_date": "2007-09-30",
             "after_signature": [
                 TITLE,
                 "根据《国务院办公厅关于开展行政法规规章清理工作的通知》（国办发[2007]12号）要求，厦门市人民政府组织对现行有效的市政府规章进行了清理。经清理，决定对下列市政府规章分别予以废止、宣布失效、修改：",
                 "一、对下列厦门市政府规章予以废止：",
                 "1、《厦门市粮油市场管理规定》（市政府令第27号公布，第69号修正）",
                 "2、《厦门市土地监察及土地违法行为处罚规定》（市政府令第42号公布，第69号修正）",
                 "3、《厦门市农业环境保护办法》（市政府令第84号公布，第111号修正）",
                 "二、对下列厦门市政府规章宣布失效：",
                 "《厦门市禁止无线移动电话并机规定》（市政府令第38号公布）",
                 "三、对下列厦门市政府规章进行修改：",
                 "（一）《厦门市制止价格欺诈和牟取暴利的暂行规定》（市政府令第6号公布，第69号修正）",
                 "1、规章名称修改为：“《厦门市制止价格欺诈和牟取暴利规定》”。",
                 "2、第一条修改为：“为维护市场价格正常秩序，制止价格垄断、价格欺诈和牟取暴利行为，保护经营者和消费者的合法权益，保障社会主义市场经济的健康发展，根据《中华人民共和国价格法》等有关法律、法规，制定本规定。”",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": ["国办发[2007]12号", "市政府令第27号", "市政府令第42号", "市政府令第84号", "市政府令第38号",
                       "市政府令第6号"]},
        ]},
        {"kind": "issued", "heading": "发文目录", "title": "9月份市政府发文目录",
         "rows": [("厦门市人民政府令第127号", TITLE)]},
    ],
}
