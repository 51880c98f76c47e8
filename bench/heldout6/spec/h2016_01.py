"""2016年第1期 (raw two-column): a brief alone opening with a web byline in brackets followed by a space
(`宁德网消息（记者 …） 1月9日，`); bare page numbers.

Sources: SOURCES.md rows 2016-01-*.
"""

ISSUE = {
    "name": "2016-01", "shape": "raw", "year": 2016, "issue_no": 1, "total_no": 157,
    "publish_date": None, "page_form": "{}", "header": ["2016年第1期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "news", "heading": "政务简讯", "toc_title": "宁德市召开政情通报会",
         "items": [
             {"title_lines": ["宁德市召开政情通报会"], "title": "宁德市召开政情通报会", "date": "2016-01-09",
              "paragraphs": [
                  "宁德网消息（记者 陈小妹） 1月9日，宁德市召开政情通报会。市人大常委会副主任雷维善，副市长黄建龙出席会议。黄建龙向宁德市的省人大代表通报了2015年全市经济社会发展情况和2016年初步工作打算。",
                  "雷维善指出，2015年宁德市经济社会呈现稳中向好的发展势头，产业集群初具规模，项目带动成效显著，城乡建设加快推进，重点改革活力激发，社会事业不断进步，作风建设得到加强。他希望，宁德市的省人大代表们能够不忘人民群众的重托，不辱人大代表的使命，在省十二届人大四次会议上积极履职，完成好大会的各项任务。同时，要强化大局意识，站位全局，着眼发展，为推动“六新大宁德”建设献计出力。",
              ]},
         ]},
    ],
}
