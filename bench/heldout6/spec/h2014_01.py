"""2014年第1期 (raw two-column): a brief alone whose title calls it a 解读 of the government work report
(no 解读单位: not a 政策解读), opening with a web dateline and a bracketed byline (`东南网1月7日讯（…）`),
the report itself `昨天上午` (no date named); a list line ending with an ellipsis and one with a dash;
`— N —`.

Sources: SOURCES.md rows 2014-01-*.
"""

ISSUE = {
    "name": "2014-01", "shape": "raw", "year": 2014, "issue_no": 1, "total_no": 133,
    "publish_date": None, "page_form": "— {} —", "header": ["2014年第1期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "news", "heading": "政务简讯", "toc_title": "2013年《政府工作报告》解读 描绘泉州发展蓝图",
         "items": [
             {"title_lines": ["2013年《政府工作报告》解读", "描绘泉州发展蓝图"],
              "title": "2013年《政府工作报告》解读描绘泉州发展蓝图", "date": None,
              "paragraphs": [
                  "东南网1月7日讯（海峡都市报闽南版两会报道组）在2013年和2014年交替之际，有一个特别的泉州人很忙。他，就是泉州市区大坪山上的郑成功。",
                  "2013年，泉州也很忙，因为收获太多了：荣获“东亚文化之都”这一世界级城市名片；山水慢行系统初步形成；金改区建设开局良好；石狮试点全域城市化……",
                  "2014年，幸福更近。昨天上午，泉州市市长郑新聪作政府工作报告时，为大家描绘了这座城市今年的发展蓝图：打造泉州经济升级版、改革创新示范区、生态宜居幸福城。",
                  "2014年，是农历的马年。马，是古老的物种。它的忠诚、勤恳、灵性，也是人们寄望的美好品性。",
                  "解读这份政府工作报告，我们提取环湾、文都、产业、民生4个关键词，用4个带有马字的成语，寄予期待——",
                  "文都建设，一马当先；环湾建设，马到成功；产业发展，兵强马壮；民生事业，万马奔腾。",
              ]},
         ]},
    ],
}
