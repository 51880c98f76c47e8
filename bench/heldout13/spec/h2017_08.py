"""2017年第8期 (raw two-column): a provincial 人大常委会's decisions in a news service's report sentences naming no
meeting (`会议决定任命王江为省人民政府副省长。`, `会议决定接受张敬华辞去省政府副省长职务的请求。`, `会议还决定接受许前飞辞去
省高级人民法院院长职务、辞去第十二届全国人大代表职务。`: two resignations of one person, the second a deputy's seat); the
report as a brief titled from its first sentence, the day after the meeting's name (`…第三十一次会议在完成各项议程后，7月21日
下午在南京闭幕。`); a city's monthly 大事记 as its history office printed it: `N日` markers on the entry's line, `△` for a
further entry of the same day; `· N ·`.

Sources: SOURCES.md rows 2017-08-*.
"""

DECISIONS = ("经过表决，会议决定任命王江为省人民政府副省长。因工作调整，会议决定接受张敬华辞去省政府副省长职务的请求。"
             "会议还决定接受许前飞辞去省高级人民法院院长职务、辞去第十二届全国人大代表职务。")
NEWS = "江苏省十二届人大常委会第三十一次会议在南京闭幕"

ISSUE = {
    "name": "2017-08", "shape": "raw", "year": 2017, "issue_no": 8, "total_no": 153,
    "publish_date": None, "page_form": "· {} ·", "header": ["温州市人民政府公报", "2017年第8期"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "7月份人事任免",
         "lines": [DECISIONS],
         "rows": [
             ("王江", "appoint", "省人民政府副省长", None),
             ("张敬华", "dismiss", "省政府副省长", None),
             ("许前飞", "dismiss", "省高级人民法院院长", None),
             ("许前飞", "dismiss", "第十二届全国人大代表", None),
         ],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS,
         "items": [
             {"title_lines": [NEWS], "title": NEWS, "date": "2017-07-21",
              "paragraphs": [
                  "江苏省十二届人大常委会第三十一次会议在完成各项议程后，7月21日下午在南京闭幕。江苏省委书记、省人大常委会主任李强主持会议并讲话。",
                  DECISIONS + "会议还通过了其他人事任免事项，李强向被任命人员颁发了任命书。依照有关规定，新任命人员进行了宪法宣誓。",
              ]},
         ]},
        {"kind": "chronicle", "heading": "政府记事", "title": "2017年2月岳阳大事记", "inline_days": True,
         "entries": [
             ("2017-02-06", "市委书记胡忠雄主持召开“1+4+2”大岳阳城市圈建设调度会。"),
             ("2017-02-08", "岳阳籍烈士张超当选“感动中国2016年度人物”。"),
             ("2017-02-09", "市县乡负责干部大会召开，会议贯彻落实党的十八届六中全会、中央经济工作会和省市党代会、经济工作会及“两会”精神，通报2016年工作情况，部署2017年工作任务。市委书记胡忠雄讲话，市长刘和生主持，市委副书记李爱武宣读2016年度“一极三宜”江湖名城建设综合绩效考评等8项工作考核结果情况通报。"),
             ("2017-02-10", "市委书记胡忠雄主持召开专题会议，听取《岳阳市城市总体规划（2008—2030）》修改项目汇报，集中为岳阳未来发展会诊把脉。"),
             ("2017-02-10", "湖南抬阁故事联盟在汨罗市长乐镇成立。“抬阁湖南·演绎湖湘”湖南省首届抬阁故事文化节开幕式在汨罗市长乐镇举行。"),
             ("2017-02-13", "国家一级重点保护动物中华秋沙鸭7只首现汨罗兰家洞水库。"),
             ("2017-02-15", "省委常委、省委统战部部长黄兰香在岳阳市召开统战工作座谈会，与统一战线成员座谈，听取2016年工作情况及2017年工作举措汇报。"),
             ("2017-02-15", "国家发改委副主任胡祖才率队到岳阳市调研全市经济社会发展及相关项目建设情况。"),
             ("2017-02-16", "全市组织工作会议召开。市委书记胡忠雄出席并讲话，市委常委、组织部部长王瑰曙主持并作工作部署。"),
         ]},
    ],
}
