"""2008年第1期 (raw two-column): a provincial 人大常委会's decisions a month back in a provincial paper's report, naming
no meeting in the deciding sentences: two resignations accepted by decisions named by their titles in 《》, an acting
governor by a decision named by its title and the words after it (`…《…关于栗战书同志为黑龙江省人民政府代理省长的决定》，决定栗战书
为代理省长。`: one row), `决定任命杜家毫、孙尧、黄建盛为省政府副省长，郭晓华为省政府秘书长；免去张松岭省政府秘书长职务。` (three
people to one post, a second post after a comma, a dismissal without 的); the report as a brief under a three-line
headline (the second and third lines with spaces between names), opening `东北网12月25日讯（黑龙江日报记者刘伟 东北网记者印蕾）`;
`第N页`.

Sources: SOURCES.md rows 2008-01-*.
"""

LINES = [
    "会议表决通过了《黑龙江省人大常委会关于接受张左己同志请求辞去黑龙江省人民政府省长职务的决定》、《黑龙江省人大常委会关于接受刘学良同志请求辞去黑龙江省人民政府副省长职务的决定》。",
    "会议表决通过了《黑龙江省人大常委会关于栗战书同志为黑龙江省人民政府代理省长的决定》，决定栗战书为代理省长。",
    "会议表决通过了人事任免职名单，决定任命杜家毫、孙尧、黄建盛为省政府副省长，郭晓华为省政府秘书长；免去张松岭省政府秘书长职务。",
]
HEADLINE = ["省人大常委会第三十一次会议结束", "钱运录出席 栗战书任代理省长", "杜家毫 孙尧 黄建盛任副省长"]

ISSUE = {
    "name": "2008-01", "shape": "raw", "year": 2008, "issue_no": 1, "total_no": 38,
    "publish_date": None, "page_form": "第{}页", "header": ["温州市人民政府公报", "2008年第1期"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": ["省十届人大常委会第三十一次会议25日结束。", *LINES],
         "rows": [
             ("张左己", "dismiss", "黑龙江省人民政府省长", None),
             ("刘学良", "dismiss", "黑龙江省人民政府副省长", None),
             ("栗战书", "appoint", "黑龙江省人民政府代理省长", None),
             ("杜家毫", "appoint", "省政府副省长", None),
             ("孙尧", "appoint", "省政府副省长", None),
             ("黄建盛", "appoint", "省政府副省长", None),
             ("郭晓华", "appoint", "省政府秘书长", None),
             ("张松岭", "dismiss", "省政府秘书长", None),
         ],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": "".join(HEADLINE).replace(" ", ""),
         "items": [
             {"title_lines": HEADLINE, "title": "".join(HEADLINE).replace(" ", ""), "date": "2007-12-25",
              "paragraphs": [
                  "东北网12月25日讯（黑龙江日报记者刘伟 东北网记者印蕾） 省十届人大常委会第三十一次会议25日结束。",
                  "省委书记、省人大常委会主任钱运录，省人大常委会副主任马淑洁、李希明、沈根荣、滕昭祥、董浩及秘书长傅亚文出席会议；副主任刘东辉、王宗璋分别主持了第一、二、三次全体会议。省政府副省长王东华列席会议。",
                  "会议听取了有关人事任免职案的说明。拟任职人员作了供职发言。",
                  *LINES,
                  "会议向新任职人员颁发了任命证书。",
              ]},
         ]},
    ],
}
