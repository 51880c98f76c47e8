"""2023年第1期 (text export): a city's 大事记 of December as its archives printed it: month and day then a space at the
head of an entry (`12月1日 `), `同日 ` opening a second entry of the 2nd; one long entry listing a committee session's
business; the column heading split over two lines (`政府` / `记事`); running headers and `- N -` footers left in; dots TOC.

Sources: SOURCES.md rows 2023-01-*.
"""

ISSUE = {
    "name": "2023-01", "shape": "text", "year": 2023, "issue_no": 1, "total_no": 217,
    "publish_date": "2023-01-31", "page_form": "- {} -", "toc_form": "dots", "page_furniture": True,
    "running_headers": ["温州市人民政府公报", "2023年第1期"],
    "sections": [
        {"kind": "chronicle", "heading": "政府记事", "heading_lines": ["政府", "记事"], "title": "2022年12月沈阳大事记",
         "inline_days": True,
         "entries": [
             ("2022-12-01", "市十七届人大常委会举行第六次会议。会议审议通过《沈阳市市政基础设施工程质量管理条例》，审议《沈阳市社会信用条例（草案）》《沈阳市人民代表大会议事规则（修订草案）》，审议通过《沈阳市人民代表大会常务委员会关于召开沈阳市第十七届人民代表大会第二次会议的决定》，审议市人大常委会向市十七届人大二次会议所作的工作报告（草），审议市政府关于沈阳市2021年度国有资产管理情况的综合报告，审议通过市政府关于沈阳市2021年度金融企业国有资产管理情况的专项报告，表决通过《沈阳市人民代表大会常务委员会关于批准沈阳市本级2022年预算调整方案的决议》，听取审议市政府《关于2021年度沈阳市本级预算执行和其他财政收支的审计工作报告》提出问题整改情况的报告，听取审议市政府关于《沈阳市国土空间总体规划（2021—2035年）》编制情况的报告，听取审议“一府两院”关于市十七届人大一次会议以来代表建议、批评和意见办理情况的报告，听取审议沈阳市人民代表大会常务委员会代表资格审查委员会关于个别代表的代表资格的报告。", "12月1日"),
             ("2022-12-02", "省委常委、市委书记王新伟主持召开市委常委会会议，传达省委有关要求，研究部署近期市委重点工作。", "12月2日"),
             ("2022-12-02", "省委常委、市委书记王新伟主持召开市规划管理委员会主任会议，审议《沈阳市国土空间总体规划（2021—2035年）》及部分城市核心发展板块城市设计方案。市委副书记、市长吕志成出席。", "同日"),
         ]},
    ],
}
