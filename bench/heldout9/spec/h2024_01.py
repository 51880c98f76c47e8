"""2024年第1期 (text export): decisions of two bodies, each under its own line, in the reports' words: an
autonomous region's `接受X辞去自治区副主席职务` (the post under the short `自治区`), a province's
`决定任命X为Y副省长、代理省长` (two posts under one organ) and `决定接受X辞去Y省长职务的请求，报…备案`; a brief
opening with its date (`12月22日，`) and a name with a middle dot (`祖木热提·吾布力`); a brief under a title
naming two posts, opening with a news agency dateline and the account it quotes (`中新网1月4日电 据“青海人大”
微信公众号消息，1月4日，`), repeating the decisions (no rows); plain TOC, `— N —`.

Sources: SOURCES.md rows 2024-01-*.
"""

XJ = "新疆维吾尔自治区第十四届人民代表大会常务委员会第七次会议决定"
QH = "青海省第十四届人民代表大会常务委员会第十二次会议决定"
XJ_TITLE = "自治区十四届人大常委会第七次会议举行"
QH_TITLE = "罗东川任青海省人民政府副省长、代理省长"

ISSUE = {
    "name": "2024-01", "shape": "text", "year": 2024, "issue_no": 1, "total_no": 253,
    "publish_date": "2024-01-26", "page_form": "— {} —", "toc_form": "plain",
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "1月份人事任免",
         "lines": [
             f"{XJ}：",
             "接受刘苏社辞去自治区副主席职务。",
             f"{QH}：",
             "决定任命罗东川为青海省人民政府副省长、代理省长；",
             "决定接受吴晓军辞去青海省人民政府省长职务的请求，报青海省人民代表大会备案。",
         ],
         "rows": [
             ("刘苏社", "dismiss", "自治区副主席", None),
             ("罗东川", "appoint", "青海省人民政府副省长", None, QH),
             ("罗东川", "appoint", "青海省人民政府代理省长", None, QH),
             ("吴晓军", "dismiss", "青海省人民政府省长", None, QH),
         ],
         "decided_by": XJ},
        {"kind": "news", "heading": "政务简讯", "toc_title": XJ_TITLE,
         "items": [
             {"title_lines": [XJ_TITLE], "title": XJ_TITLE, "date": "2023-12-22",
              "paragraphs": [
                  "12月22日，自治区十四届人大常委会第七次会议举行。会议决定自治区十四届人大二次会议于2024年1月30日在乌鲁木齐召开。",
                  "自治区人大常委会主任祖木热提·吾布力主持会议。",
                  "常委会组成人员54人出席会议，符合法定人数。",
                  "会议表决通过了《新疆维吾尔自治区人民代表大会常务委员会关于加强铸牢中华民族共同体意识宣传教育的决定》《新疆维吾尔自治区宗教事务条例》；表决通过了自治区人大常委会关于批准《乌鲁木齐市城市绿化条例》《乌鲁木齐市人民代表大会常务委员会关于废止〈乌鲁木齐市国民经济和社会发展计划、预算的审批监督规定〉的决定》的决定；表决通过了自治区人大常委会关于召开自治区十四届人大二次会议时间的决定；表决通过了自治区十四届人大二次会议议程草案，决定提请自治区十四届人大二次会议预备会议审议；表决通过了自治区人大常委会关于批准自治区国民经济和社会发展第十四个五年规划和2035年远景目标纲要调整方案的决议，关于接受刘苏社辞去自治区副主席职务的决定；表决通过了人事任免事项。",
                  "会议指出，自治区十四届人大二次会议即将召开，肩负着把党中央决策部署、自治区党委工作安排通过法定程序，转变为全区各族人民共同意志行动的重大政治任务。要坚持好、完善好、运行好人民代表大会制度，保证这一制度在新疆得到全面贯彻、有效运行，切实把制度优势更好转化为治理效能，为推进中国式现代化新疆实践提供制度保障。",
              ]},
             {"title_lines": [QH_TITLE], "title": QH_TITLE, "date": "2024-01-04",
              "paragraphs": [
                  "中新网1月4日电 据“青海人大”微信公众号消息，1月4日，青海省第十四届人民代表大会常务委员会第十二次会议在西宁举行。省人大常委会副主任王黎明、杨逢春、尼玛卓玛、张黄元、吕刚、王敬斋及常委会委员共56人出席会议，符合法定人数。",
                  "会议决定任命罗东川为青海省人民政府副省长、代理省长。",
                  "会议决定接受吴晓军辞去青海省人民政府省长职务的请求，报青海省人民代表大会备案。",
              ]},
         ]},
    ],
}
