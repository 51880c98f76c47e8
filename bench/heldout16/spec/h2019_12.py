"""2019年第12期 (text export): a city government's notice (青政发〔2019〕1号) as the city's own gazette prints it: the
issuer's name on a line of its own over a title in two lines, the date in brackets under the title (`（2019年1月29日）`),
then the number, addressees, and no signature; its parts `一、` … and items `（一）` … each ending with the units in charge
in brackets; a province's industrial figures of January to October from its statistics bureau's
bulletin (cumulative value and growth; heavy and light industry, three ownership groups and one industry as sub-rows, a fall (the
bulletin's `下降0.2%`) as `-0.2`, one industry named with 、 inside it, `8783.80` as printed); a city paper's brief opening
`本报讯 （见习记者丘佳溢）昨日，` (no day named) about a meeting of thirteen cities; plain TOC, `· N ·`.

Sources: SOURCES.md rows 2019-12-*.
"""

NEWS = "十三市联席会议预备会召开"
IN_CHARGE = "各区、市政府，青岛高新区管委"

ISSUE = {
    "name": "2019-12", "shape": "text", "year": 2019, "issue_no": 12, "total_no": 181,
    "publish_date": "2019-12-31", "page_form": "· {} ·", "toc_form": "plain",
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["青岛市人民政府", "关于2019年重点办好城乡建设和", "改善人民生活方面10件实事的通知", "（2019年1月29日）"],
             "title": "青岛市人民政府关于2019年重点办好城乡建设和改善人民生活方面10件实事的通知",
             "doc_number": "青政发〔2019〕1号", "registration_code": None,
             "issuer": "青岛市人民政府",
             "addressees": "各区、市人民政府，青岛西海岸新区管委，市政府各部门，市直各单位",
             "paragraphs": [
                 "市政府决定，2019年在城乡建设和改善人民生活方面重点办好10件实事。现就有关事项通知如下：",
                 "一、促进城乡就业创业，城镇新增就业30万人，政策性扶持创业1.5万人，技能提升3万人",
                 f"（一）实现城镇新增就业30万人。（责任单位：市人力资源社会保障局、市财政局，{IN_CHARGE}）",
                 f"（二）完成政策性扶持创业1.5万人、技能提升3万人。（责任单位：市人力资源社会保障局、市财政局，{IN_CHARGE}）",
                 "二、提升教育服务水平，开工建设幼儿园60所，新建中小学标准化食堂100所，开展小学生课后校内托管基本服务，实施幸福家庭教育辅导服务工程",
                 f"（三）按照省定基本办园条件标准，开工建设（新建、改扩建）幼儿园60所，新增学位约1.2万个。（责任单位：市教育局、市发展改革委、市住房城乡建设局、市自然资源和规划局、市财政局，{IN_CHARGE}）",
                 f"（四）以农村中小学为重点，新建标准化食堂100所。（责任单位：市教育局、市财政局、市市场监管局，{IN_CHARGE}）",
                 f"（五）自2019年春季起，在全市小学按需开展课后校内托管基本服务。（责任单位：市教育局、市财政局、市人力资源社会保障局，{IN_CHARGE}）",
             ],
             "signature": [], "signed_date": "2019-01-29",
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
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
