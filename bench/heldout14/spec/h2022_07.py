"""2022年第7期 (raw two-column): a provincial 人大常委会's decision in its paper's report sentence naming no meeting
(`随后，会议表决通过了人事任免议案，决定任命宋争辉为河南省人民政府副省长。`); the report as a brief opening `6月27日，`, the
reporter in brackets at its end; a province's first-half figures as its government's press office gave them: GDP with
three industries as sub-rows, growth-only rows, `3` growth printed without decimals; `- N -`.

Sources: SOURCES.md rows 2022-07-*.
"""

DECISION = "随后，会议表决通过了人事任免议案，决定任命宋争辉为河南省人民政府副省长。"
NEWS = "河南省十三届人大常委会第三十三次会议举行"

ISSUE = {
    "name": "2022-07", "shape": "raw", "year": 2022, "issue_no": 7, "total_no": 212,
    "publish_date": None, "page_form": "- {} -", "header": ["温州市人民政府公报", "2022年第7期"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "6月份人事任免",
         "lines": [DECISION],
         "rows": [("宋争辉", "appoint", "河南省人民政府副省长", None)],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS,
         "items": [
             {"title_lines": [NEWS], "title": NEWS, "date": "2022-06-27",
              "paragraphs": [
                  "6月27日，河南省十三届人大常委会第三十三次会议在郑州举行。河南省委书记、省人大常委会主任楼阳生出席会议并向通过任命人员颁发任命书。",
                  "河南省人大常委会党组书记、副主任孔昌生主持会议，副主任马懿、李亚、穆为民、乔新江、李公乐和秘书长吉炳伟出席。",
                  "会议首先举行第一次全体会议，通过会议议程后，听取了人事任免事项的议案及说明。",
                  "分组审议后，会议举行第二次全体会议，拟任命人员作了任职前发言。" + DECISION + "通过任命人员接受了任命书，新任命人员进行了宪法宣誓。",
                  "会议强调，依照法律程序任免国家机关工作人员，是宪法、法律赋予各级人大常委会的重要职权之一，省人大常委会向国家机关工作人员颁发的任命书，蕴含着党和人民对被任命人员的充分信任和殷切期望。希望被任命人员以对党和人民事业高度负责的态度，认真贯彻中央、省委人大工作会议精神，旗帜鲜明讲政治，始终坚持人民至上，提高依法履职能力，自觉接受人大及其常委会的监督，以扎实的工作、骄人的业绩，为现代化河南建设作出新的更大贡献。",
                  "河南省政府副省长武国定，省高级人民法院院长胡道才、省人民检察院检察长段文龙和省监察委员会负责人列席会议。（河南日报记者 李点）",
              ]},
         ]},
        {"kind": "statistics", "heading": "统计资料", "title": "2022年上半年安徽省主要经济指标",
         "producer": "安徽省人民政府新闻办公室",
         "rows": [
             ("全省生产总值", False, "亿元", None, None, 21764, 3),
             ("第一产业增加值", True, "亿元", None, None, 1278.8, 5),
             ("第二产业增加值", True, "亿元", None, None, 9392.8, 3.8),
             ("第三产业增加值", True, "亿元", None, None, 11092.4, 2.1),
             ("规模以上工业增加值", False, "亿元", None, None, None, 5.6),
             ("高技术制造业增加值", False, "亿元", None, None, None, 11.8),
             ("装备制造业增加值", False, "亿元", None, None, None, 11.4),
         ]},
    ],
}
