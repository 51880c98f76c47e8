"""2017年第6期 (raw two-column): an autonomous prefecture's 人大 decision printed as issued: its bracketed
passing line, the law's article, then `…会议决定：X为Y代理州长。` (an acting post with neither 任命 nor 职务); a
provincial brief under a two-part title (`… 鹿心社主持`) opening `3月20日，`, listing eight people as 拟任人选
(candidates, no rows); `第N页`.

Sources: SOURCES.md rows 2017-06-*.
"""

SESSION = "延边朝鲜族自治州第十五届人民代表大会常务委员会第三次会议"

ISSUE = {
    "name": "2017-06", "shape": "raw", "year": 2017, "issue_no": 6, "total_no": 174,
    "publish_date": None, "page_form": "第{}页", "header": ["2017年第6期　温州市人民政府公报", "温州市人民政府公报"],
    "sections": [
        {"kind": "appointments", "heading": "人事任免", "title": "6月份人事任免",
         "lines": [
             f"（2017年6月12日{SESSION}通过）",
             f"根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》第四十四条规定，{SESSION}决定：金寿浩为延边朝鲜族自治州人民政府代理州长。",
         ],
         "rows": [
             ("金寿浩", "appoint", "延边朝鲜族自治州人民政府代理州长", None),
         ],
         "decided_by": SESSION},
        {"kind": "news", "heading": "政务简讯", "toc_title": "江西省十二届人大常委会第三十二次会议举行 鹿心社主持",
         "items": [
             {"title_lines": ["江西省十二届人大常委会第三十二次会议举行 鹿心社主持"],
              "title": "江西省十二届人大常委会第三十二次会议举行鹿心社主持", "date": "2017-03-20",
              "paragraphs": [
                  "3月20日，省十二届人大常委会第三十二次会议在南昌举行。省委书记、省人大常委会主任鹿心社主持会议。省人大常委会副主任史文清、周萌、朱虹、谢亦森、马志武、龚建华、冯桃莲，秘书长魏民和委员共61人出席会议。",
                  "会议通过了议程和日程后，省委常委、省委组织部部长赵爱明作关于人事任免情况的说明。省人民政府副省长拟任人选吴晓军，省工业和信息化委员会主任拟任人选杨贵平、省国土资源厅厅长拟任人选邓兴明、省交通运输厅厅长拟任人选王爱和、省卫生和计划生育委员会主任拟任人选丁晓群、省旅游发展委员会主任拟任人选欧阳泉华、省环境保护厅厅长拟任人选陈小平、省人大常委会选任联工委副主任拟任人选谭筱刚到会与常委会组成人员见面。吴晓军及杨贵平、邓兴明、王爱和、丁晓群、欧阳泉华、陈小平作选前表态发言。",
              ]},
         ]},
    ],
}
