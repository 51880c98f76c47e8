"""2018年第2期 (text export): a city's 大事记 of January as its yearbook printed it (the city's 党史史志 site): the day
before each entry after a space (`3日 市委召开…`), sessions of the people's congress told in the entries (reports heard,
no appointment rows); plain TOC, `— N —`.

Sources: SOURCES.md rows 2018-02-*.
"""

ISSUE = {
    "name": "2018-02", "shape": "text", "year": 2018, "issue_no": 2, "total_no": 158,
    "publish_date": "2018-02-28", "page_form": "— {} —", "toc_form": "plain",
    "sections": [
        {"kind": "chronicle", "heading": "政府记事", "title": "2018年1月聊城市大事记", "inline_days": True,
         "entries": [
             ("2018-01-03", "市委召开县（市、区）委书记“两委”换届选举工作交流座谈会。市委书记徐景颜出席会议并作重要讲话。市委副书记陈平主持会议。"),
             ("2018-01-05", "全市经济工作暨金融工作会议召开。会议全面贯彻落实中央经济工作会议、全国金融工作会议、全省经济工作暨金融工作会议精神，总结上年工作，对做好2018年经济和金融工作进行全面安排部署。市委书记、市人大常委会主任徐景颜出席会议并讲话。市委副书记、市长宋军继主持会议并重点就做好金融工作作安排部署。市政协主席张旋宇、市委副书记陈平出席。"),
             ("2018-01-08", "市十七届人大二次会议举行第二次全体会议。会议听取市人大常委会副主任朱加云所作的市人大常委会工作报告，听取市中级人民法院院长黄伟东所作的市中级人民法院工作报告，听取市人民检察院检察长王钦杰所作的市人民检察院工作报告，表决通过市十七届人大二次会议选举办法。市人大常委会副主任孙菁主持会议。"),
         ]},
    ],
}
