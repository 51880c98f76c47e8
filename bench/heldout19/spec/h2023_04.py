"""2023年第4期 (text export): a county-level city government office's notice enclosing its plan for disabled people's
employment, printed without doc number (its site gives none), its title block cut by a page break, addressees in three
groups, signed with issuer and date, `（此件公开发布）`, the plan's title and opening paragraph citing a provincial and a city
notice by title and number (`〈〉` titles inside `《》`) and its part `一、总体目标`; a city's first-quarter figures from its
statistics bureau (cumulative value and growth, two rows with growth only, one month's car sales under the retail sales
with the month's value and growth); dots TOC, `· N ·`.

Sources: SOURCES.md rows 2023-04-*.
"""

TITLE = "东阳市人民政府办公室关于印发《东阳市促进残疾人就业行动实施方案（2023—2025年）》的通知"

ISSUE = {
    "name": "2023-04", "shape": "text", "year": 2023, "issue_no": 4, "total_no": 220,
    "publish_date": "2023-04-28", "page_form": "· {} ·", "toc_form": "dots",
    "sections": [
        {"kind": "documents", "heading": "县（市、区）文件", "items": [
            {"title_block": ["东阳市人民政府办公室", "关于印发《东阳市促进残疾人就业行动实施方案", "（2023—2025年）》的通知"],
             "cut_title": True,
             "title": TITLE, "doc_number": None, "registration_code": None,
             "issuer": "东阳市人民政府办公室", "addressees": "各镇、乡人民政府，各街道办事处，市政府各部门",
             "paragraphs": [
                 "《东阳市促进残疾人就业行动实施方案（2023—2025年）》已经市政府同意，现印发你们，请结合实际认真贯彻落实。",
             ],
             "signature": ["东阳市人民政府办公室", "2023年3月13日"], "signed_date": "2023-03-13",
             "after_signature": [
                 "（此件公开发布）",
                 "东阳市促进残疾人就业行动实施方案（2023—2025年）",
                 "为贯彻落实《浙江省人民政府办公厅关于印发〈浙江省促进残疾人就业行动方案（2022—2025年）〉的通知》（浙政办发〔2022〕59号）、《金华市人民政府办公室关于印发〈金华市促进残疾人就业行动方案（2022—2025年）〉的通知》（金政办发〔2022〕50号）精神，根据《东阳市残疾人事业发展“十四五”规划》相关要求，制定本实施方案。",
                 "一、总体目标",
                 "围绕“扩中”“提低”，以全市就业年龄段的7600多名持证残疾人为主要对象，以共同富裕示范区建设和数字化改革为牵引，更好地发挥政府部门作用，进一步健全就业促进机制，完善落实残疾人就业创业扶持政策，加强残疾人职业技能培训、就业服务以及困难残疾人就业兜底保障，着力破解残疾人就业范围不广、层次不高等问题，促进我市残疾人更加充分更高质量就业。到2025年，全市新增残疾人就业800人以上，组织开展残疾人职业技能培训1300人次以上，新增残疾人公益性岗位70个以上，劳动年龄段持证残疾人就业率达60%以上，其中有就业意愿应届残疾人大学生就业率达100%，残疾人就业权益得到更好保障，推动形成理解、尊重、关心、支持残疾人就业创业的良好社会环境。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": ["浙政办发〔2022〕59号", "金政办发〔2022〕50号"]},
        ]},
        {"kind": "statistics", "heading": "统计资料", "title": "2023年一季度黄石市主要经济指标",
         "producer": "黄石市统计局",
         "rows": [
             ("生产总值", False, "亿元", None, None, 464.69, 6.4),
             ("规上工业总产值", False, "亿元", None, None, 673.82, 2.5),
             ("规上工业增加值", False, "亿元", None, None, None, 8.5),
             ("规下工业增加值", False, "亿元", None, None, None, 4.3),
             ("社会消费品零售总额", False, "亿元", None, None, 267.12, 8.3),
             ("汽车销售", True, "亿元", 5, 20.5, None, None),
         ]},
    ],
}
