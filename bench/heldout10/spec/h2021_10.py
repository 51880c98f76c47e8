"""2021年第10期 (text export): a joint notice of two city departments without a doc number, its title opening with
both names (`台州市发展和改革委员会 台州市住房和城乡建设局关于印发《…“十四五”规划》的通知`), signed with both
names on one line and the date, the enclosed 规划 begun (a range of years `2021-2025年`, `（一）` heading); dots TOC,
`第N页`.

Sources: SOURCES.md rows 2021-10-*.
"""

TITLE = "台州市发展和改革委员会 台州市住房和城乡建设局关于印发《台州市新型城镇化发展“十四五”规划》的通知"

ISSUE = {
    "name": "2021-10", "shape": "text", "year": 2021, "issue_no": 10, "total_no": 226,
    "publish_date": "2021-10-28", "page_form": "第{}页", "toc_form": "dots",
    "sections": [
        {"kind": "documents", "heading": "部门文件", "items": [
            {"title_block": ["台州市发展和改革委员会 台州市住房和城乡建设局", "关于印发《台州市新型城镇化发展“十四五”规划》的通知"],
             "title": TITLE, "doc_number": "", "registration_code": None,
             "issuer": "台州市发展和改革委员会 台州市住房和城乡建设局",
             "addressees": "各县（市、区）人民政府、市级有关单位",
             "paragraphs": ["经市政府同意，现将《台州市新型城镇化发展“十四五”规划》印发给你们，请结合实际，认真组织实施。"],
             "signature": ["台州市发展和改革委员会　台州市住房和城乡建设局", "2021年9月29日"],
             "signed_date": "2021-09-29",
             "after_signature": [
                 "台州市新型城镇化发展“十四五”规划",
                 "推进新型城镇化，是国家、浙江省近年来坚持贯彻的重大决策部署，也是台州争创社会主义现代化先行市、建设新时代民营经济高质量发展强市的必由之路。根据《浙江省新型城镇化发展“十四五”规划》和《台州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》等重要文件，编制台州市新型城镇化发展“十四五”规划，明确今后一个时期我市新型城镇化发展的总体要求、主要目标和重点任务。规划期限为2021-2025年，展望至2035年。",
                 "一、迈入城镇化高质量发展的新阶段",
                 "（一）“十三五”期间城镇化工作取得的成效",
                 "“十三五”以来，台州市深入实施新型城镇化战略，各项工作取得明显成效。截至2020年底，台州市域面积10406平方公里，下辖85个乡镇、45个街道（见图1）、3028个村委会，常住人口662.2万人。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
    ],
}
