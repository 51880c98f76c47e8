"""2021年第12期 (text export): a county-level city's decisions as its paper reports them: 任命X同志为…,
a resignation printed without 接受 (`X同志辞去…职务`), `X副市长为…代理市长`; a brief with a two-line
title, a `■记者 …` byline line, then `本报讯 昨天下午，` (no date named); `第N页`.

Sources: SOURCES.md rows 2021-12-*.
"""

DECIDED = "平湖市十五届人大常委会第四十七次会议决定"

ISSUE = {
    "name": "2021-12", "shape": "text", "year": 2021, "issue_no": 12, "total_no": 232,
    "publish_date": "2022-01-20", "page_form": "第{}页", "toc_form": "dots",
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "11月份人事任免",
         "lines": [
             f"{DECIDED}：",
             "任命周军波同志为平湖市人民政府副市长；",
             "仲旭东同志辞去平湖市人民政府市长职务；",
             "周军波副市长为平湖市人民政府代理市长。",
         ],
         "rows": [
             ("周军波", "appoint", "平湖市人民政府副市长", None),
             ("仲旭东", "dismiss", "平湖市人民政府市长", None),
             ("周军波", "appoint", "平湖市人民政府代理市长", None),
         ],
         "decided_by": DECIDED},
        {"kind": "news", "heading": "政务简讯", "toc_title": "市十五届人大常委会第四十七次会议召开",
         "items": [
             {"title_lines": ["市十五届人大常委会", "第四十七次会议召开"], "title": "市十五届人大常委会第四十七次会议召开",
              "date": None,
              "paragraphs": [
                  "■记者 华婷婷",
                  "本报讯 昨天下午，市十五届人大常委会第四十七次会议召开。市人大常委会主任胡水良主持会议，副主任姚田宝、柯卫明、金玉珍、徐锦连、刘皆安、富国权参加会议，市委常委、常务副市长钱勇彪，市政协副主席宋怡玲列席会议。",
                  "会议听取和审议了关于拟建重大投资项目的报告和平湖市南河头历史文化街区、新埭镇历史文化名镇保护规划（2021-2035）编制情况的报告；听取和审议了有关人事事项，任命周军波同志为平湖市人民政府副市长。",
                  "会议表决通过了关于同意《平湖市南河头历史文化街区保护规划（2021-2035）》《平湖市新埭镇历史文化名镇保护规划（2021-2035）》的决议；会议表决通过了仲旭东同志辞去平湖市人民政府市长职务，表决通过了周军波副市长为平湖市人民政府代理市长。",
              ]},
         ]},
    ],
}
