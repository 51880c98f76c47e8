"""2019年第3期 (raw two-column): a city 人大常委会's work report as the city's site printed it: its title with the
site's year (`2017年沈阳市…工作报告`), no number, issuer or signature, the occasion line with its dash
(`——2017年1月10日在…会议上`), the speaker line and `各位代表：` as its first body lines, an unnumbered part heading
(`2016年的主要工作`) and `一、`; a county government office's 转发 notice (白政办发〔2019〕9号) whose title names the
provincial notice with its 《》 set unevenly (as printed), four title lines; its one paragraph quoting the provincial
notice with 〈〉 inside 《》 and its number after the closing 》 without brackets (陕政办发〔2018〕73号), signed with
issuer and date; the forwarded notice printed after the signature: its title in three lines, its own number line,
addressees and paragraph; `— N —`.

Sources: SOURCES.md rows 2019-03-*.
"""

ISSUE = {
    "name": "2019-03", "shape": "raw", "year": 2019, "issue_no": 3, "total_no": 171,
    "publish_date": None, "page_form": "— {} —", "header": ["温州市人民政府公报", "2019年第3期"],
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["2017年沈阳市人民代表大会常务委员会工作报告"],
             "title": "2017年沈阳市人民代表大会常务委员会工作报告",
             "doc_number": "", "registration_code": None, "issuer": None, "addressees": None,
             "paragraphs": [
                 "——2017年1月10日在沈阳市第十五届人民代表大会第六次会议上",
                 "沈阳市人民代表大会常务委员会主任 赵长义",
                 "各位代表：",
                 "我受市人大常委会委托，向大会报告工作，请予审议。",
                 "2016年的主要工作",
                 "过去一年，常委会在中共沈阳市委的领导下，全面贯彻党的十八大、十八届三中、四中、五中、六中全会和习近平总书记系列重要讲话精神，认真落实市委决策部署和市十五届人大四次会议决议，紧扣全市振兴发展主题，认真履行法定职权，扎实开展各项工作，与全体人大代表一起，为推动老工业基地新一轮振兴发展作出了积极贡献。",
                 "一、不断提高立法质量，充分发挥地方立法的引领、推动作用",
                 "一年来，常委会自觉接受市委对立法工作的领导，坚持针对问题立法、突出地方特色、注重管用有效的工作思路，扎实推进地方立法工作，制定和修正了3件地方性法规，对2项法规草案进行了审议，努力实现法律效果、社会效果和政治效果的统一。",
                 "制定《沈阳市农田水利设施条例》，推动解决制约农业和农村经济发展的关键问题。农田水利设施的建设管理，事关农业和农村经济的可持续发展。",
             ],
             "signature": [], "signed_date": None,
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
        {"kind": "documents", "heading": "县（市、区）文件", "items": [
            {"title_block": ["白水县人民政府办公室转发《陕西省人民政府办公厅关于印发",
                             "陕西省实体政务大厅管理暂行办法》《陕西政务服务网运行",
                             "管理暂行办法》和《陕西政务服务网电子文件管理暂行办法》", "的通知"],
             "title": "白水县人民政府办公室转发《陕西省人民政府办公厅关于印发陕西省实体政务大厅管理暂行办法》《陕西政务服务网运行管理暂行办法》和《陕西政务服务网电子文件管理暂行办法》的通知",
             "doc_number": "白政办发〔2019〕9号", "registration_code": None,
             "issuer": "白水县人民政府办公室",
             "addressees": "各镇人民政府、城关街道办事处，县政府有关工作部门、直属机构",
             "paragraphs": [
                 "现将《陕西省人民政府办公厅关于印发〈陕西省实体政务大厅管理暂行办法〉〈陕西政务服务网运行管理暂行办法〉和〈陕西政务服务网电子文件管理暂行办法〉的通知》陕政办发〔2018〕73号转发你们，请结合各自职责，认真贯彻执行。",
             ],
             "signature": ["白水县人民政府办公室", "2019年2月22日"], "signed_date": "2019-02-22",
             "after_signature": [
                 "陕西省人民政府办公厅",
                 "印发《陕西省实体政务大厅管理暂行办法》",
                 "《陕西政务服务网运行管理暂行办法》和《陕西政务服务网电子文件管理暂行办法》的通知",
                 "陕政办发〔2018〕73号",
                 "各市、县、区人民政府，省人民政府各工作部门、各直属机构：",
                 "《陕西省实体政务大厅管理暂行办法》《陕西政务服务网运行管理暂行办法》和《陕西政务服务网电子文件管理暂行办法》已经省政府同意，现印发给你们，请结合实际，认真贯彻落实。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": ["陕政办发〔2018〕73号"]},
        ]},
    ],
}
