"""2018年第11期 (text export): a regional government office's notice (桂政办发〔2018〕40号) signed with a date only
(no issuer line), its attachment's list of ten villages after it (`一、…（3个）` headings); a county government office's notice (潼政办发〔2018〕135号) addressed `各相关单位`, one
paragraph, an attachment named in 《》 (the site's `（点击下载）` link left out), signed with issuer and date; dots
TOC, bare page numbers.

Sources: SOURCES.md rows 2018-11-*.
"""

ISSUE = {
    "name": "2018-11", "shape": "text", "year": 2018, "issue_no": 11, "total_no": 167,
    "publish_date": "2018-11-30", "page_form": "{}", "toc_form": "dots",
    "sections": [
        {"kind": "documents", "heading": "市府办文件", "items": [
            {"title_block": ["广西壮族自治区人民政府办公厅关于", "公布2017年度广西特色名村的通知"],
             "title": "广西壮族自治区人民政府办公厅关于公布2017年度广西特色名村的通知",
             "doc_number": "桂政办发〔2018〕40号", "registration_code": None,
             "issuer": "广西壮族自治区人民政府办公厅",
             "addressees": "各市、县人民政府，自治区人民政府各组成部门、各直属机构",
             "paragraphs": [
                 "2017年以来，全区各地各有关部门按照自治区人民政府的工作部署，扎实推进广西特色名村建设，村容村貌明显改观，基础设施和公共服务设施进一步完善，特色产业发展迅速，达到预期成效。经第三方评估机构评估验收，自治区住房城乡建设厅、发展改革委、农业厅等部门组织复核，桂林市兴安县高尚镇山湾村等10个村达到广西特色名村评定标准。经自治区人民政府同意，现予以公布。",
                 "全区各地各有关部门要进一步完善特色名村基础设施和公共服务设施，大力发展特色产业，促进群众增产增收。要认真学习特色名村建设的做法和经验，加快推动我区村镇结构调整和经济发展，促进乡村建设整体水平提升。",
                 "附件：2017年度广西特色名村名单",
             ],
             "signature": ["2018年4月28日"], "signed_date": "2018-04-28",
             "after_signature": [
                 "附件", "2017年度广西特色名村名单", "（共10个）",
                 "一、广西特色生态（农业）名村（3个）",
                 "桂林市兴安县高尚镇山湾村", "河池市南丹县吾隘镇同贡村", "来宾市武宣县三里镇上李村",
                 "二、广西特色旅游名村（4个）",
                 "桂林市阳朔县高田镇朗梓村", "桂林市平乐县平乐镇黄牛头村", "河池市凤山县三门海镇坡心村",
                 "来宾市金秀瑶族自治县金秀镇孟村屯",
                 "三、广西特色文化名村（3个）",
                 "玉林市玉州区城北街道高山村", "玉林市北流市民乐镇萝村", "贺州市平桂区鹅塘镇芦岗村",
             ],
             "attachments": ["2017年度广西特色名村名单"], "effective_from": None, "effective_until": None,
             "valid_years": None, "cited": []},
        ]},
        {"kind": "documents", "heading": "县（市、区）文件", "items": [
            {"title_block": ["潼关县人民政府办公室关于对陕西省重点示范镇", "考核评价指标体系进行分解细化的通知"],
             "title": "潼关县人民政府办公室关于对陕西省重点示范镇考核评价指标体系进行分解细化的通知",
             "doc_number": "潼政办发〔2018〕135号", "registration_code": None,
             "issuer": "潼关县人民政府办公室",
             "addressees": "各相关单位",
             "paragraphs": [
                 "秦东镇2013年被省委、省政府确定为省级重点示范镇，每年省重点示范镇和文化旅游名镇（街区）建设工作领导小组办公室对各镇从县域城镇、经济、服务、文化四个副中心和组织机构建设五个方面进行考核，对排名后三位的调整出省级重点示范镇序列。因为考核内容涉及方方面面，各行各业，为争先进位、追赶超越，进一步加快秦东重点示范镇建设步伐，按照省市要求以及陕西省重点示范镇建设考核办法（试行），现将陕西省重点示范镇考核评价指标体系细化分解，请各相关单位对照各自承担的考核任务，抓好贯彻落实。",
                 "附件：《陕西省重点示范镇考核评价指标体系表》",
             ],
             "signature": ["潼关县人民政府办公室", "2018年11月6日"], "signed_date": "2018-11-06",
             "attachments": ["《陕西省重点示范镇考核评价指标体系表》"], "effective_from": None, "effective_until": None,
             "valid_years": None, "cited": []},
        ]},
    ],
}
