"""2009年第8期 (text export): a provincial 人大常委会's decisions a month back in a news site's report: the first
sentence naming the meeting and that it ended (`黑龙江省十一届人大常委会第十一次会议7日上午结束。`), the deciding
sentence opening `会议决定任命张述元为省高级人民法院副院长、代理院长。`; a resignation accepted by a decision named by its
title in 《》 and the acting post adopted by another, after a sentence repeating the appointment; the report as a brief
opening `东北网7月7日讯 （记者 顾硕） `; Chinese-numeral 出版日期; plain TOC, `· N ·`.

Sources: SOURCES.md rows 2009-08-*.
"""

TITLE = "黑龙江省人大任命张述元为省法院副院长、代理院长"
OPENING = "东北网7月7日讯 （记者 顾硕） 黑龙江省十一届人大常委会第十一次会议7日上午结束。会议决定任命张述元为省高级人民法院副院长、代理院长。"
VOTES = "会议表决通过了《黑龙江省人民代表大会常务委员会关于接受南英请求辞去黑龙江省高级人民法院院长职务的决定》，表决通过了张述元为省高级人民法院副院长的任命名单，表决通过了《黑龙江省人民代表大会常务委员会关于张述元为黑龙江省高级人民法院代理院长的决定》。"

ISSUE = {
    "name": "2009-08", "shape": "text", "year": 2009, "issue_no": 8, "total_no": 56,
    "publish_date": "2009-08-31", "page_form": "· {} ·", "toc_form": "plain",
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [OPENING, VOTES],
         "rows": [
             ("张述元", "appoint", "省高级人民法院副院长", None),
             ("张述元", "appoint", "省高级人民法院代理院长", None),
             ("南英", "dismiss", "黑龙江省高级人民法院院长", None),
         ],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": TITLE,
         "items": [
             {"title_lines": [TITLE], "title": TITLE, "date": "2009-07-07",
              "paragraphs": [
                  OPENING,
                  "省人大常委会副主任刘东辉、王东华、申立国、刘海生、符凤春，秘书长傅亚文出席会议。",
                  "省政府副省长孙永波，省法院院长南英、省检察院检察长姜伟列席会议。",
                  "会议听取了王东华作的关于省人大常委会主任会议提请关于接受南英辞去省高级人民法院院长职务和提名张述元为省高级人民法院副院长、决定代理院长议案的说明，拟任职人员张述元作了供职发言。",
                  VOTES,
                  "会议为张述元颁发了任命证书。",
              ]},
         ]},
    ],
}
