"""2026年第1期 (text export): a city paper's brief under a two-line headline (the break after `咨询委员`, joined with a
space in the export) naming the mayor, quotation marks around `十五五`, opening `本报讯（记者王荧瑶）12月29日晚，` (a
day of the year before); plain TOC, `- N -`.

Sources: SOURCES.md rows 2026-01-*.
"""

LINES = ["王健主持召开座谈会征求党外人士和咨询委员", "对政府工作报告和“十五五”规划纲要的意见建议"]

ISSUE = {
    "name": "2026-01", "shape": "text", "year": 2026, "issue_no": 1, "total_no": 254,
    "publish_date": "2026-01-30", "page_form": "- {} -", "toc_form": "plain",
    "sections": [
        {"kind": "news", "heading": "政务简讯", "toc_title": "".join(LINES),
         "items": [
             {"title_lines": LINES, "title": "".join(LINES), "date": "2025-12-29",
              "paragraphs": [
                  "本报讯（记者王荧瑶）12月29日晚，市委副书记、市长王健主持召开座谈会，向各民主党派市委会、市工商联主要负责人，无党派人士和市咨询委员代表征求对《政府工作报告（征求意见稿）》《“十五五”规划纲要（征求意见稿）》的意见建议。市委常委、统战部部长苗文斌参加。",
                  "座谈会上，大家各抒己见、畅所欲言，认为报告和规划纲要全面客观总结“十四五”时期及2025年台州经济社会发展取得的成就，科学谋划“十五五”时期发展思路与2026年重点工作，站位高远、思路清晰、重点突出，具有很强的指导性和可操作性。同时，大家结合各自领域和工作实际，从优化营商环境、深化文旅融合、持续改善民生、提升政府治理效能等方面提出了真知灼见。",
                  "王健不时与大家互动，坦诚交换意见。他说，报告起草和规划纲要编制，是一个集思广益的过程。对于大家提出的意见建议，起草组同志要认真研究、逐项梳理，能吸收的要尽可能吸收好，把报告和规划纲要进一步修改好、完善好。对不能吸收到报告和规划纲要里的建议，在今后的工作中研究落实。",
              ]},
         ]},
    ],
}
