"""2011年第9期 (text export): a city government notice (海府〔2011〕33号) whose title names no issuer
(`关于印发《海口市人民政府工作规则》的通知`), dated in Chinese numerals (`二○一一年四月八日`) without issuer line,
the enclosed rules begun under a letter-spaced chapter heading (`第一章  总  则`) with items `一、`; a provincial
人大's decisions as the report gives them, each opening `同意…辞去…职务` or `决定…`: `决定X为海南省人民政府代理省长`
(an acting post without 任命), `决定任命A为Y，免去B的Y职务` (two people in one line); a brief under a reporter's
byline with `□` (`□海南日报记者 黄晓华 黄晶`) whose first paragraph repeats the decisions (no rows), `今天实到`;
page furniture left in (`· N ·`), a Chinese-numeral 出版日期.

Sources: SOURCES.md rows 2011-09-*.
"""

RULES = "海口市人民政府工作规则"
DECIDED = "海南省第四届人民代表大会常务委员会第二十四次会议决定"
STANDING = "海南省第四届人民代表大会常务委员会"

ISSUE = {
    "name": "2011-09", "shape": "text", "year": 2011, "issue_no": 9, "total_no": 105,
    "publish_date": "2011-09-28", "page_form": "· {} ·", "toc_form": "dots", "page_furniture": True,
    "running_headers": ["温州市人民政府公报", "2011年第9期"],
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": [f"关于印发《{RULES}》的通知"], "title": f"关于印发《{RULES}》的通知",
             "doc_number": "海府〔2011〕33号", "registration_code": None, "issuer": "海口市人民政府",
             "addressees": "各区人民政府，市政府直属各单位",
             "paragraphs": [f"《{RULES}》已于2011年3月24日经市政府第74次常务会议修订通过，现予印发。"],
             "signature": ["二○一一年四月八日"], "signed_date": "2011-04-08",
             "after_signature": [
                 RULES,
                 "第一章  总  则",
                 "一、根据《中华人民共和国宪法》和《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》的规定，参照《国务院工作规则》和《海南省人民政府工作规则》，结合本市实际，制定本规则。",
                 "二、市政府工作的指导思想：高举中国特色社会主义伟大旗帜，以邓小平理论和“三个代表”重要思想为指导，深入贯彻落实科学发展观，坚决执行党的路线、方针和政策，全面履行政府职能，全心全意为人民服务，形成权责一致、分工合理、决策科学、执行通畅、监督有力的行政管理体制，努力建设服务政府、责任政府、法治政府和廉洁政府。",
                 "三、市政府工作的准则：在市委的领导下，自觉接受市人大及其常务委员会的监督，充分听取市政协及社会各界的意见，实行科学民主决策，坚持依法行政，推进政务公开，健全监督制度，加强廉政建设。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": []},
        ]},
        {"kind": "appointments", "heading": "人事任免", "title": "9月份人事任免",
         "lines": [
             f"{DECIDED}：",
             f"同意卫留成辞去{STANDING}主任职务；",
             "同意罗保铭辞去海南省人民政府省长职务；",
             "决定蒋定之为海南省人民政府代理省长；",
             f"同意韩剑准辞去{STANDING}委员职务；",
             "决定任命王志宏为海南省住房和城乡建设厅厅长，免去李建飞的海南省住房和城乡建设厅厅长职务。",
         ],
         "rows": [
             ("卫留成", "dismiss", f"{STANDING}主任", None),
             ("罗保铭", "dismiss", "海南省人民政府省长", None),
             ("蒋定之", "appoint", "海南省人民政府代理省长", None),
             ("韩剑准", "dismiss", f"{STANDING}委员", None),
             ("王志宏", "appoint", "海南省住房和城乡建设厅厅长", None),
             ("李建飞", "dismiss", "海南省住房和城乡建设厅厅长", None),
         ],
         "decided_by": DECIDED},
        {"kind": "news", "heading": "政务简讯", "toc_title": "省四届人大常委会第二十四次会议举行",
         "items": [
             {"title_lines": ["省四届人大常委会第二十四次会议举行"], "title": "省四届人大常委会第二十四次会议举行",
              "date": "2011-08-30",
              "paragraphs": [
                  "□海南日报记者 黄晓华 黄晶",
                  "8月30日举行的省四届人大常委会第二十四次会议决定，同意卫留成辞去省人大常委会主任职务，同意罗保铭辞去省人民政府省长职务。会议决定蒋定之任省人民政府代理省长。",
                  "应出席本次会议的常委会组成人员53人，今天实到47人，符合法定人数。",
                  "省人大常委会副主任符桂花、符兴分别主持开幕、闭幕会。省人大常委会副主任毕志强、张力夫、康耀红、陈海波，秘书长陈国舜出席会议。",
                  "上午10时，全体会议表决事项进行完毕后，在一片热烈的掌声中，省委书记、省人大常委会党组书记罗保铭，和刚被决定为代理省长的蒋定之一起走进会场。",
              ]},
         ]},
    ],
}
