"""2022年第6期 (text export): a provincial government office's notice (赣府厅字〔2022〕48号) dated without an
issuer line, （此件主动公开） after the date, the enclosed 行动方案 begun under a two-line title; a city's
first-quarter table of values and growth: `#` sub-rows for the three industries, units other than 亿元 (万只,
万吨, 万头, 万亩), a trailing zero (33.10), growth-only rows for industry; a brief under a heading split over
two lines (`政务` / `简讯`) titled with a month range (`1-5月`), opening `今年以来，` (no date named), a
numbered sub-heading inside it; a 发文目录 of one row; `— N —`.

Sources: SOURCES.md rows 2022-06-*.
"""

PLAN = "江西省推动湘赣边区域合作示范区建设行动方案"
TITLE = f"江西省人民政府办公厅关于印发{PLAN}的通知"

ISSUE = {
    "name": "2022-06", "shape": "text", "year": 2022, "issue_no": 6, "total_no": 234,
    "publish_date": "2022-06-28", "page_form": "— {} —", "toc_form": "dots",
    "sections": [
        {"kind": "documents", "heading": "市府办文件", "items": [
            {"title_block": ["江西省人民政府办公厅关于印发江西省推动湘赣边区域", "合作示范区建设行动方案的通知"],
             "title": TITLE, "doc_number": "赣府厅字〔2022〕48号", "registration_code": None,
             "issuer": "江西省人民政府办公厅", "addressees": "各市、县（区）人民政府，省政府各部门",
             "paragraphs": [f"《{PLAN}》已经省政府同意，现印发给你们，请认真贯彻执行。"],
             "signature": ["2022年5月24日"], "signed_date": "2022-05-24",
             "after_signature": [
                 "（此件主动公开）",
                 "江西省推动湘赣边区域合作示范区",
                 "建设行动方案",
                 "为深入贯彻落实国家关于湘赣边区域合作示范区建设工作要求，推动湘赣边区域深化改革深度合作，为全国革命老区振兴发展探索新路径，为中部地区高质量发展探索新模式，为省际交界地区协同发展探索新经验，现提出如下行动方案。",
                 "一、总体要求",
                 "（一）指导思想。以习近平新时代中国特色社会主义思想为指导，深入贯彻党的十九大和十九届历次全会精神，全面落实习近平总书记视察江西重要讲话精神，立足新发展阶段，完整、准确、全面贯彻新发展理念，构建新发展格局，坚持高质量跨越式发展首要战略，坚持联动赣南等原中央苏区振兴发展，深入促进红色文化传承、产业协作创新、城乡融合发展、生态共保联治、设施互联互通、公共服务共建共享，努力打造全国革命老区振兴发展先行区、省际交界地区协同发展样板区、绿色发展和生态文明建设引领区，为携手书写全面建设社会主义现代化江西的精彩华章作出积极贡献。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": []},
        ]},
        {"kind": "statistics", "heading": "统计资料", "title": "赣州市2022年一季度主要经济指标",
         "producer": "宁都县统计局",
         "rows": [
             ("地区生产总值", False, "亿元", None, None, 1028.29, 7.4),
             ("第一产业增加值", True, "亿元", None, None, 63.33, 7.4),
             ("第二产业增加值", True, "亿元", None, None, 418.52, 8.5),
             ("第三产业增加值", True, "亿元", None, None, 546.44, 6.7),
             ("农林牧渔业总产值", False, "亿元", None, None, 94.41, 7.9),
             ("蔬菜类及食用菌播面", False, "万亩", None, None, 43.02, 1.5),
             ("蔬菜类及食用菌产量", False, "万吨", None, None, 69.21, 6.0),
             ("家禽出笼", False, "万只", None, None, 4171.74, 5.1),
             ("禽肉产量", False, "万吨", None, None, 6.25, 3.3),
             ("生猪出栏", False, "万头", None, None, 177.79, 22.4),
             ("生猪存栏", False, "万头", None, None, 362.73, 2.5),
             ("能繁母猪存栏", True, "万头", None, None, "33.10", 2.4),
             ("水产品产量", False, "万吨", None, None, 8.41, 4.9),
             ("规模以上工业增加值", False, "亿元", None, None, None, 9.9),
             ("采矿业增加值", True, "亿元", None, None, None, -12.4),
             ("制造业增加值", True, "亿元", None, None, None, 10.6),
             ("电力、热力、燃气及水生产和供应业增加值", True, "亿元", None, None, None, 38.7),
         ]},
        {"kind": "news", "heading": "政务简讯", "heading_lines": ["政务", "简讯"], "toc_title": "2022年1-5月南昌市经济运行简析",
         "items": [
             {"title_lines": ["2022年1-5月南昌市经济运行简析"], "title": "2022年1-5月南昌市经济运行简析",
              "date": None,
              "paragraphs": [
                  "今年以来，面对疫情冲击和复杂严峻的经济形势，全市上下认真贯彻落实党中央、国务院和省委、省政府决策部署，坚决落实“疫情要防住，经济要稳住，发展要安全”的重要要求，坚持以高质量发展统揽全局，高效统筹疫情防控和经济社会发展。5月份，随着全市疫情防控形势逐步好转，生产生活秩序逐步恢复常态，产业链供应链趋于畅通稳定，惠企纾困政策持续发力，全市经济运行呈现良好恢复势头。",
                  "一、工业生产平稳增长，重点产业增势较好",
                  "1-5月，全市规模以上工业增加值同比增长7.0%。从经济类型看，股份合作企业、国有企业、外商及港澳台商投资企业、股份制企业分别增长27.8%、11.1%、9.7%、6.3%。从行业看，35个行业大类中22个实现增长，13个行业实现两位数以上增长，增加值总量排名前十的行业中有8个行业实现增长，电力、热力生产和供应业，计算机、通信和其他电子设备制造业分别增长15.0%、8.0%。",
              ]},
         ]},
        {"kind": "issued", "heading": "发文目录", "title": "5月份省政府办公厅发文目录",
         "rows": [("赣府厅字〔2022〕48号", TITLE)]},
    ],
}
