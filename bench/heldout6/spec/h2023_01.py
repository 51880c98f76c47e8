"""2023年第1期 (text export): a provincial 人大 decision list under a letter-spaced heading: `免去X的Y职务，
接受Z辞去W职务` in one line, then `任命A、B为Y；任命C为P、Q、R，代理S职务` (two people to one post, one person
to three posts and an acting post after a comma); a brief whose title names two appointees, opening `7日，`
(the day alone); `第N页`.

Sources: SOURCES.md rows 2023-01-*.
"""

DECIDED = "福建省十三届人大常委会第三十七次会议决定"
PROCURATORATE = "福建省人民检察院"

ISSUE = {
    "name": "2023-01", "shape": "text", "year": 2023, "issue_no": 1, "total_no": 241,
    "publish_date": "2023-01-20", "page_form": "第{}页", "toc_form": "plain",
    "sections": [
        {"kind": "appointments", "heading": "人 事 任 免", "title": "1月份人事任免",
         "lines": [
             f"{DECIDED}：",
             "免去黄海昆的福建省人民政府副省长职务，接受霍敏辞去福建省人民检察院检察长职务。",
             "任命常斌、林瑞良为福建省人民政府副省长；任命侯建军为福建省人民检察院副检察长、检察委员会委员、检察员，代理福建省人民检察院检察长职务。",
         ],
         "rows": [
             ("黄海昆", "dismiss", "福建省人民政府副省长", None),
             ("霍敏", "dismiss", f"{PROCURATORATE}检察长", None),
             ("常斌", "appoint", "福建省人民政府副省长", None),
             ("林瑞良", "appoint", "福建省人民政府副省长", None),
             ("侯建军", "appoint", f"{PROCURATORATE}副检察长", None),
             ("侯建军", "appoint", f"{PROCURATORATE}检察委员会委员", None),
             ("侯建军", "appoint", f"{PROCURATORATE}检察员", None),
             ("侯建军", "appoint", f"{PROCURATORATE}检察长", "代理"),
         ],
         "decided_by": DECIDED},
        {"kind": "news", "heading": "政务简讯", "toc_title": "常斌、林瑞良任福建省副省长",
         "items": [
             {"title_lines": ["常斌、林瑞良任福建省副省长"], "title": "常斌、林瑞良任福建省副省长", "date": "2023-01-07",
              "paragraphs": [
                  "7日，福建省十三届人大常委会第三十七次会议在福州举行。",
                  "因工作需要，会议决定免去黄海昆的福建省人民政府副省长职务，接受霍敏辞去福建省人民检察院检察长职务。",
                  "会议决定任命常斌、林瑞良为福建省人民政府副省长；任命侯建军为福建省人民检察院副检察长、检察委员会委员、检察员，代理福建省人民检察院检察长职务。",
              ]},
         ]},
    ],
}
