"""2026年第1期 (text export): a city government's 党组（扩大）会议 as the city paper reported it on the government's site:
a headline with a full-width colon and quotation marks (`市政府召开党组（扩大）会议：凝聚起实现“迎头赶上”强大合力`), the
brief opening `1月5日上午，` (the first week of the issue's month); dots TOC, bare page numbers.

Sources: SOURCES.md rows 2026-01-*.
"""

NEWS = "市政府召开党组（扩大）会议：凝聚起实现“迎头赶上”强大合力"

ISSUE = {
    "name": "2026-01", "shape": "text", "year": 2026, "issue_no": 1, "total_no": 254,
    "publish_date": "2026-01-31", "page_form": "{}", "toc_form": "dots",
    "sections": [
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS,
         "items": [
             {"title_lines": [NEWS], "title": NEWS, "date": "2026-01-05",
              "paragraphs": [
                  "1月5日上午，市政府党组书记、市长陈涛主持召开市政府党组（扩大）会议，深入学习贯彻习近平经济思想，传达学习中央经济工作会议及省委十三届八次全会暨省委经济工作会议精神，部署政府系统贯彻落实工作。",
                  "会议指出，习近平总书记在中央经济工作会议上的重要讲话，深入分析当前经济形势，系统部署2026年经济工作，为确保“十五五”开好局、起好步提供了科学指引。全市各级各部门要全面贯彻落实习近平总书记、党中央对经济工作的决策部署，紧紧围绕省委全会的部署要求和市委的工作安排，真抓实干，攻坚克难，全力以赴实现“十五五”良好开局。",
              ]},
         ]},
    ],
}
