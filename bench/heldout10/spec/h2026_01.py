"""2026年第1期 (text export): a brief of a province's 人大常委会 opening `1月23日，`: three plenary sittings each
under its chairman, resignations and appointments of a vice-governor and an acting procurator-general explained
but not decided in the stored text (no rows); plain TOC, `— N —`.

Sources: SOURCES.md rows 2026-01-*.
"""

TITLE = "省十四届人大常委会第二十一次会议在长春举行"

ISSUE = {
    "name": "2026-01", "shape": "text", "year": 2026, "issue_no": 1, "total_no": 277,
    "publish_date": "2026-01-30", "page_form": "— {} —", "toc_form": "plain",
    "sections": [
        {"kind": "news", "heading": "政务简讯", "toc_title": TITLE,
         "items": [
             {"title_lines": [TITLE], "title": TITLE, "date": "2026-01-23",
              "paragraphs": [
                  "1月23日，省十四届人大常委会第二十一次会议在长春举行。",
                  "省人大常委会党组书记、副主任高广滨，党组副书记、副主任范锐平、田锦尘，副主任刘金波、贾晓东、梁仁哲，秘书长金喜双及委员共56人出席会议。",
                  "省委常委、常务副省长蔡东，省政府党组成员金育辉，省监察委员会、省高级人民法院、省人民检察院负责人，省纪委监委驻省人大常委会机关纪检监察组、省人大各专门委员会、常委会各办事机构和工作机构负责人，各市（州）和梅河口市人大常委会负责人列席会议。",
                  "范锐平主持第一次全体会议。会议听取了省委组织部常务副部长武胜国作的关于决定接受省政府副省长辞职事项和任命省政府副省长事项的说明、关于决定接受省人民检察院检察长辞职事项和决定省人民检察院代理检察长事项的说明，金育辉作的关于省长提请人事任免事项的说明，省人大常委会代表资格审查委员会副主任委员陈大成作的关于部分代表的代表资格的报告，省人大人事代表选举委员会主任委员陈大成作的关于省人大常委会主任会议提请决定接受有关辞职人员辞职事项的说明，省人大人事代表选举委员会副主任委员张艳茹作的关于省十四届人大五次会议主席团和秘书长名单草案、列席人员名单草案的说明；听取了拟任命人员的供职发言。",
                  "田锦尘主持第二次全体会议。会议表决通过了省人大常委会代表资格审查委员会关于部分代表的代表资格的报告；听取了省人大人事代表选举委员会主任委员陈大成作的关于省人大常委会主任会议提请人事任免事项的说明。",
              ]},
         ]},
    ],
}
