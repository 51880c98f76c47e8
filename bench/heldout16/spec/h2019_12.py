"""2019年第12期 (text export): a province's industrial figures of January to October from its statistics bureau's
bulletin (cumulative value and growth; heavy and light industry, three ownership groups and one industry as sub-rows, a fall (the
bulletin's `下降0.2%`) as `-0.2`, one industry named with 、 inside it, `8783.80` as printed); a city paper's brief opening
`本报讯 （见习记者丘佳溢）昨日，` (no day named) about a meeting of thirteen cities; plain TOC, `· N ·`.

Sources: SOURCES.md rows 2019-12-*.
"""

NEWS = "十三市联席会议预备会召开"

ISSUE = {
    "name": "2019-12", "shape": "text", "year": 2019, "issue_no": 12, "total_no": 181,
    "publish_date": "2019-12-31", "page_form": "· {} ·", "toc_form": "plain",
    "sections": [
        {"kind": "statistics", "heading": "统计资料", "title": "2019年1-10月广东省规模以上工业增加值",
         "producer": "广东省统计局",
         "rows": [
             ("规模以上工业增加值", False, "亿元", None, None, 26892.15, 4.3),
             ("重工业", True, "亿元", None, None, 18108.35, 5.4),
             ("轻工业", True, "亿元", None, None, "8783.80", 2.1),
             ("民营工业", True, "亿元", None, None, 14172.48, 7.1),
             ("国有控股企业", True, "亿元", None, None, 4512.34, 4.8),
             ("外商及港澳台商投资企业", True, "亿元", None, None, 9479.93, -0.2),
             ("计算机、通信和其他电子设备制造业", True, "亿元", None, None, 7277.24, 7.3),
         ]},
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS,
         "items": [
             {"title_lines": [NEWS], "title": NEWS, "date": None,
              "paragraphs": [
                  "本报讯 （见习记者丘佳溢）昨日，闽粤赣十三市党政领导第二十三次联席会议预备会在梅召开，来自福建厦门、漳州、泉州、龙岩、三明，广东汕头、潮州、梅州、揭阳、汕尾，江西赣州、抚州、鹰潭等十三市的政府分管副秘书长（副主任），区域办副主任、联络员等近30位领导嘉宾参加会议。",
                  "预备会听取了梅州市关于联席会议筹备情况的介绍，研究讨论了《闽粤赣十三市区域合作工作报告》《促进闽粤赣十三市文旅产业合作协同发展若干意见》等文件和联席会议议程。",
                  "据了解，梅州市委、市政府高度重视此次联席会议筹备工作，市主要领导多次听取有关情况汇报并作出指示。梅州市还专门成立了以市领导为组长的会议筹备工作领导小组及其办公室，提早谋划部署，统筹推进，16个筹备工作领导小组成员单位认领了各自的工作任务，全力以赴做好会议各项组织筹备工作，为会议的顺利召开打下了扎实基础。",
              ]},
         ]},
    ],
}
