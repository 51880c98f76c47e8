"""2022年第12期 (text export): a city government decision (长府规〔2022〕2号) whose title block is cut by a page
break, citing a document by title and number and another by title and year alone (`（长春市人民政府1950年）`),
three numbered attachments over three lines, （此件公开发布） after the date, the first attachment begun with a
second cited number; a provincial 人大's decisions: `决定任命X为Y`, `决定任命A为P、决定其为代理Q` (an acting
post by `决定其为`); a city's annual table: `#` sub-rows, rows with a value and no growth, price rows with
growth only, a negative growth; a 发文目录 of one row; `第N页` footers and headers left in.

Sources: SOURCES.md rows 2022-12-*.
"""

TITLE = "长春市人民政府关于修改和废止部分行政规范性文件的决定"
DECIDED = "吉林省十三届人大常委会第十五次会议决定"
ATTACHMENTS = ["长春市人民政府决定修改的行政规范性文件", "长春市人民政府决定废止的行政规范性文件目录",
               "长春市人民政府现行有效的行政规范性文件目录"]

ISSUE = {
    "name": "2022-12", "shape": "text", "year": 2022, "issue_no": 12, "total_no": 240,
    "publish_date": "2022-12-26", "page_form": "第{}页", "toc_form": "plain", "page_furniture": True,
    "running_headers": ["温州市人民政府公报", "2022年第12期"],
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["长春市人民政府关于修改和废止部分", "行政规范性文件的决定"], "cut_title": True,
             "title": TITLE, "doc_number": "长府规〔2022〕2号", "registration_code": None,
             "issuer": "长春市人民政府",
             "addressees": "各县（市）、区人民政府，开发区管委会，市政府各委办局、各直属机构",
             "paragraphs": [
                 "为贯彻落实上级文件要求，市政府对2022年10月1日前发布的行政规范性文件进行了全面清理。决定对《长春市人民政府关于印发长春市残疾人、65周岁及以上老年人优惠乘车实施办法的通知》（长府发〔2018〕3号）等5件行政规范性文件予以修改，对《长春市解放前战争时期之私有房产买卖纠纷处理办法》（长春市人民政府1950年）等114件行政规范性文件予以废止。现将修改、废止和现行有效的行政规范性文件予以公布。",
                 f"附件：1. {ATTACHMENTS[0]}",
                 f"2. {ATTACHMENTS[1]}",
                 f"3. {ATTACHMENTS[2]}",
             ],
             "signature": ["长春市人民政府", "2022年11月21日"], "signed_date": "2022-11-21",
             "after_signature": [
                 "（此件公开发布）",
                 "附件1",
                 ATTACHMENTS[0],
                 "一、对《长春市人民政府关于印发长春市残疾人、65周岁及以上老年人优惠乘车实施办法的通知》（长府发〔2018〕3号）作如下修改：",
                 "删去第五条第二款中“九台区、双阳区来长的残疾人、老年人需携带由居住地社区开具的居住证明”的内容。",
                 "二、对《长春市人民政府关于印发长春市市长质量奖管理办法的通知》（长府发〔2018〕8号）作如下修改：",
                 "删去第八条中“近5年内无重大质量、安全、环保等事故，无违法、违规、违纪行为”的内容。",
             ],
             "attachments": ATTACHMENTS, "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": ["长府发〔2018〕3号", "长府发〔2018〕8号"]},
        ]},
        {"kind": "appointments", "heading": "人事任免", "title": "12月份人事任免",
         "lines": [
             f"{DECIDED}：",
             "决定任命蔡东为吉林省副省长；",
             "决定任命尹伊君为吉林省人民检察院副检察长、决定其为代理检察长。",
         ],
         "rows": [
             ("蔡东", "appoint", "吉林省副省长", None),
             ("尹伊君", "appoint", "吉林省人民检察院副检察长", None),
             ("尹伊君", "appoint", "吉林省人民检察院代理检察长", None),
         ],
         "decided_by": DECIDED},
        {"kind": "statistics", "heading": "统计资料", "title": "上饶市2021年国民经济主要指标",
         "producer": "上饶市统计局",
         "rows": [
             ("地区生产总值", False, "亿元", None, None, 3043.5, 9.0),
             ("第一产业增加值", True, "亿元", None, None, 316.9, 7.1),
             ("第二产业增加值", True, "亿元", None, None, 1200.9, 8.4),
             ("第三产业增加值", True, "亿元", None, None, 1525.7, 10.0),
             ("人均地区生产总值", False, "元", None, None, 47081, 9.6),
             ("年末常住人口", False, "万人", None, None, 643.7, None),
             ("城镇新增就业", False, "万人", None, None, 4.68, None),
             ("新增转移农村劳动力", False, "万人", None, None, 8.49, None),
             ("城镇登记失业率", False, "%", None, None, 2.52, None),
             ("居民消费价格", False, "%", None, None, None, 0.8),
             ("教育文化娱乐价格", True, "%", None, None, None, 5.7),
             ("交通通信价格", True, "%", None, None, None, 3.7),
             ("居住价格", True, "%", None, None, None, 0.3),
             ("医疗保健价格", True, "%", None, None, None, 0.2),
             ("生活用品及服务价格", True, "%", None, None, None, -0.2),
             ("食品烟酒价格", True, "%", None, None, None, -0.8),
             ("商品零售价格", False, "%", None, None, None, 2.0),
         ]},
        {"kind": "issued", "heading": "发文目录", "title": "11月份市政府发文目录",
         "rows": [("长府规〔2022〕2号", TITLE)]},
    ],
}
