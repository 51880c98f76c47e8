"""2024年第4期 (raw two-column): a provincial 人大常委会's decisions as the provincial government's site reported them,
naming no meeting in the deciding sentences: one 免去 over two people (`免去余立钢的…职务，梁卫洪的…职务`), one 任命 over
five (`任命陈超为…主任，余立钢为…主任，…，陈晓明、王东江为…副主任`: two of them appointed to posts of those dismissed
before), a prosecutor dismissed from three posts in one clause, `批准免去` over three city prosecutors and `批准任命` over
three, two of them moving between cities; `会议还通过其他人事任免事项。` (no one named); the report as a brief under a
headline with a space, the meeting's day opening it (`3月29日，`); `· N ·`.

Sources: SOURCES.md rows 2024-04-*.
"""

GD_NPC = "广东省人民代表大会常务委员会"
FINANCE = "广东省第十四届人民代表大会财政经济委员会副主任委员"
COMMITTEE = (f"会议经表决，免去余立钢的{FINANCE}职务，梁卫洪的{GD_NPC}预算工作委员会副主任职务；"
             f"任命陈超为{GD_NPC}法制工作委员会主任，余立钢为{GD_NPC}预算工作委员会主任，左孟新为{GD_NPC}代表工作委员会主任，"
             f"梁卫洪为{FINANCE}，陈晓明、王东江为{GD_NPC}代表工作委员会副主任。")
PROSECUTORS = ("会议经表决，免去王雁林的广东省人民检察院副检察长、检察委员会委员、检察员职务；"
               "批准免去蔡永珊的东莞市人民检察院检察长职务，沈丙友的汕尾市人民检察院检察长职务，张和林的湛江市人民检察院检察长职务；"
               "批准任命张和林为珠海市人民检察院检察长，沈丙友为东莞市人民检察院检察长，曾翀为湛江市人民检察院检察长。")
OTHERS = "会议还通过其他人事任免事项。"
NEWS = "省十四届人大常委会第九次会议闭幕 黄楚平出席并讲话"

ISSUE = {
    "name": "2024-04", "shape": "raw", "year": 2024, "issue_no": 4, "total_no": 233,
    "publish_date": None, "page_form": "· {} ·", "header": ["温州市人民政府公报", "2024年第4期"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
         "lines": [COMMITTEE, PROSECUTORS, OTHERS],
         "rows": [
             ("余立钢", "dismiss", FINANCE, None),
             ("梁卫洪", "dismiss", f"{GD_NPC}预算工作委员会副主任", None),
             ("陈超", "appoint", f"{GD_NPC}法制工作委员会主任", None),
             ("余立钢", "appoint", f"{GD_NPC}预算工作委员会主任", None),
             ("左孟新", "appoint", f"{GD_NPC}代表工作委员会主任", None),
             ("梁卫洪", "appoint", FINANCE, None),
             ("陈晓明", "appoint", f"{GD_NPC}代表工作委员会副主任", None),
             ("王东江", "appoint", f"{GD_NPC}代表工作委员会副主任", None),
             ("王雁林", "dismiss", "广东省人民检察院副检察长", None),
             ("王雁林", "dismiss", "广东省人民检察院检察委员会委员", None),
             ("王雁林", "dismiss", "广东省人民检察院检察员", None),
             ("蔡永珊", "dismiss", "东莞市人民检察院检察长", None),
             ("沈丙友", "dismiss", "汕尾市人民检察院检察长", None),
             ("张和林", "dismiss", "湛江市人民检察院检察长", None),
             ("张和林", "appoint", "珠海市人民检察院检察长", None),
             ("沈丙友", "appoint", "东莞市人民检察院检察长", None),
             ("曾翀", "appoint", "湛江市人民检察院检察长", None),
         ],
         "decided_by": None},
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS.replace(" ", ""),
         "items": [
             {"title_lines": [NEWS], "title": NEWS.replace(" ", ""), "date": "2024-03-29",
              "paragraphs": [
                  "3月29日，省十四届人大常委会第九次会议举行第二次全体会议。省人大常委会主任黄楚平出席会议并讲话。",
                  "会议表决通过《广东省法律援助条例》；表决通过关于批准广州、佛山、韶关、惠州、汕尾、东莞、茂名、清远、潮州、云浮等市有关法规、决定的决定；表决通过广东省人民代表大会常务委员会选举联络人事任免工作委员会更名的决定。",
                  COMMITTEE,
                  PROSECUTORS,
                  OTHERS,
              ]},
         ]},
    ],
}
