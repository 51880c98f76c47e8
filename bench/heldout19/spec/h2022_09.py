"""2022年第9期 (raw two-column): a district people's congress committee's decisions in sentences opening `会议…` after a
sentence naming the meeting: a resignation accepted (`会议决定接受张国强同志辞去麻章区人民政府副区长职务。`), a judge
dismissed and another's post revoked (`撤销梁志光同志麻章区人民法院审判员职务`), `同志` after every name, one person
appointed and another relieved of two posts (`免去何戎蓉同志…检察员、检察委员会委员职务`); a second district's committee
appointing a deputy district head (`任命门克巴依为区人民政府副区长。`); `第N页`.

Sources: SOURCES.md rows 2022-09-*.
"""

MAZHANG = [
    "9月6日上午，麻章区第十届人大常委会第八次会议在区机关办公楼7号会议室召开。受区人大常委会主任蔡芳林委托，会议由区人大常委会副主任容剑东主持。",
    "会议决定接受张国强同志辞去麻章区人民政府副区长职务。",
    "会议根据区法院的提请，免去林彤同志麻章区人民法院审判员职务；撤销梁志光同志麻章区人民法院审判员职务。",
    "会议根据区检察院提请，任命杨春苗同志为麻章区人民检察院检察委员会委员；免去何戎蓉同志麻章区人民检察院检察员、检察委员会委员职务。",
]
DUODAO = [
    "5月30日，区五届人大常委会第九次会议召开。",
    "会议表决通过了人事任免相关事项，任命门克巴依为区人民政府副区长。会议还进行了其他人事任免。",
]

ISSUE = {
    "name": "2022-09", "shape": "raw", "year": 2022, "issue_no": 9, "total_no": 213,
    "publish_date": None, "page_form": "第{}页", "header": ["温州市人民政府公报", "2022年第9期"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": MAZHANG,
         "rows": [
             ("张国强", "dismiss", "麻章区人民政府副区长", None),
             ("林彤", "dismiss", "麻章区人民法院审判员", None),
             ("梁志光", "dismiss", "麻章区人民法院审判员", None),
             ("杨春苗", "appoint", "麻章区人民检察院检察委员会委员", None),
             ("何戎蓉", "dismiss", "麻章区人民检察院检察员", None),
             ("何戎蓉", "dismiss", "麻章区人民检察院检察委员会委员", None),
         ],
         "decided_by": None},
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": DUODAO,
         "rows": [
             ("门克巴依", "appoint", "区人民政府副区长", None),
         ],
         "decided_by": None},
    ],
}
