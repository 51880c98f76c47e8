"""2019年第4期 (raw two-column): a regional government's notice (内政发〔2019〕2号) titled `内蒙古自治区人民政府印发
《…》的通知` (no 关于), signed with the date alone, `（此件公开发布）` and the enclosed 政策措施's title, preamble (three
titles in 《》 without numbers) and first part heading after it; a city government's 常务会议 as its paper reported it,
a headline and a subtitle line (the subtitle a body line, as bench/heldout5's 2022-03), opening `4月1日上午，`; bare page numbers.

Sources: SOURCES.md rows 2019-04-*.
"""

ENCLOSED = "关于加快推进呼包鄂协同发展的若干政策措施"
NEWS = ["市政府召开常务会议 李晓波主持", "研究部署政府工作报告重点工作任务责任分解、大气和水污染防治、轨道交通建设、回迁安置等工作"]

ISSUE = {
    "name": "2019-04", "shape": "raw", "year": 2019, "issue_no": 4, "total_no": 173,
    "publish_date": None, "page_form": "{}", "header": ["温州市人民政府公报", "2019年第4期"],
    "sections": [
        {"kind": "documents", "heading": "市政府文件", "items": [
            {"title_block": ["内蒙古自治区人民政府印发《关于加快推进", "呼包鄂协同发展的若干政策措施》的通知"],
             "title": f"内蒙古自治区人民政府印发《{ENCLOSED}》的通知",
             "doc_number": "内政发〔2019〕2号", "registration_code": None,
             "issuer": "内蒙古自治区人民政府",
             "addressees": "各盟行政公署、市人民政府，自治区各委、办、厅、局，各大企业、事业单位",
             "paragraphs": [f"现将《{ENCLOSED}》印发给你们，请结合实际，认真贯彻落实。"],
             "signature": ["2019年1月7日"], "signed_date": "2019-01-07",
             "after_signature": [
                 "（此件公开发布）",
                 ENCLOSED,
                 "为全面贯彻落实《呼包鄂协同发展规划纲要（2016—2020年）》《内蒙古自治区党委关于贯彻落实习近平总书记参加十三届全国人大一次会议内蒙古代表团审议时的重要讲话精神的意见》《呼包鄂榆城市群发展规划》精神，进一步提升呼包鄂地区（含和林格尔新区，下同）协同发展的质量和水平，结合自治区实际，制定如下政策措施：",
                 "一、产业协作发展",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None, "cited": []},
        ]},
        {"kind": "news", "heading": "政务简讯", "toc_title": NEWS[0].replace(" ", ""),
         "items": [
             {"title_lines": NEWS[:1], "title": NEWS[0].replace(" ", ""), "date": "2019-04-01",
              "paragraphs": [
                  NEWS[1],
                  "4月1日上午，省政协副主席、市委副书记、市长李晓波主持召开2019年市政府第6次常务会议，研究部署政府工作报告重点工作任务责任分解、大气和水污染防治、轨道交通建设、回迁安置等工作。",
                  "会议指出，落实好政府工作报告确定的重点工作，对于兑现政府对人民的庄严承诺，顺利实现经济社会发展目标任务具有重要意义。会议审议通过《关于落实2019年国务院、省、市〈政府工作报告〉重点工作任务责任分解》，要求全市各级各部门抓紧对各项工作任务进行细化分解，列出任务清单，明确进度安排、时限要求和保障措施；要狠抓责任落实，将重点任务作为检查督办的依据，持续跟踪问效，确保政令畅通、决策落实、任务完成。",
              ]},
         ]},
    ],
}
