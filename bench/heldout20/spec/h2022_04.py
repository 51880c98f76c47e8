"""2022年第4期 (raw two-column): a county's figures of the year before from its statistics communiqué (value in 万元 and
growth; `6.0` and `7.50` as printed), the per-capita product, population and employment counts in 人 without growth, the
urban population under the resident population; a county paper's brief of the county head's office meeting under its own
headline, opening `本报讯 2月18日，` (two items of the meeting; the third, cut, left out); `· N ·`.

Sources: SOURCES.md rows 2022-04-*.
"""

TITLE = "我县召开2022年第2次县长办公会"

ISSUE = {
    "name": "2022-04", "shape": "raw", "year": 2022, "issue_no": 4, "total_no": 208,
    "publish_date": None, "page_form": "· {} ·", "header": ["温州市人民政府公报", "2022年第4期"],
    "sections": [
        {"kind": "statistics", "heading": "统计资料", "title": "2021年汾西县国民经济和社会发展主要指标",
         "producer": "汾西县统计局",
         "rows": [
             ("地区生产总值", False, "万元", None, None, 280806, 6.6),
             ("第一产业增加值", True, "万元", None, None, 45902, "6.0"),
             ("第二产业增加值", True, "万元", None, None, 74427, "7.50"),
             ("第三产业增加值", True, "万元", None, None, 160477, 6.5),
             ("人均地区生产总值", False, "元", None, None, 27711, None),
             ("年末常住人口", False, "人", None, None, 98509, None),
             ("城镇常住人口", True, "人", None, None, 48443, None),
             ("出生人口", False, "人", None, None, 542, None),
             ("死亡人口", False, "人", None, None, 994, None),
             ("城镇新增就业", False, "人", None, None, 1714, None),
             ("失业再就业", False, "人", None, None, 505, None),
         ]},
        {"kind": "news", "heading": "政务简讯", "toc_title": TITLE,
         "items": [
             {"title_lines": [TITLE], "title": TITLE, "date": "2022-02-18",
              "paragraphs": [
                  "本报讯 2月18日，县委副书记、县长洪然主持召开2022年第2次县长办公会。县领导李金平、马荣、姜井旭、吴勇、吉海出席会议。",
                  "会议听取了省河湖长制工作专项督查反馈意见整改工作情况汇报。会议指出，要按照省河湖长制工作要求，加强对上汇报请示，统一思想认识，明确工作职责，分析研判问题，完善相关手续，确保项目早建设、早竣工、早达效。要严格落实河长制工作职责，加强河道日常巡查监管工作，加大宣传力度，不断增强沿线老百姓对河道的保护意识，确保河道沿岸干净整洁、水质不断提升。",
                  "会议听取了2022年省级特色田园乡村创建工作情况汇报。会议指出，省级特色田园乡村创建工作是今年农业农村工作的重要组成部分，要进一步抢抓机遇，按照相关标准，加快方案设计，完善创建方案，深入挖掘当地历史文化，坚持因地制宜、就地取材，充分利用古物古件、老树等现有资源，展现乡村风貌，打造特色品牌。要进一步做好农房改善后半篇文章，围绕“产业培育、富民增收”目标，积极向上争取政策、项目和资金支持，加强特色产业培育，拓宽富民强村渠道，创建更多涟水经验，打造更多农业品牌。",
              ]},
         ]},
    ],
}
