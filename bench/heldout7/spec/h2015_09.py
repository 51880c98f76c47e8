"""2015年第9期 (text export): a city government office's notice (赣市府办字〔2015〕118号) whose title block runs
over three lines and is cut by a page break, dated without an issuer line, （此件主动公开） after the date, the
enclosed 工作要点 begun with two cited numbers of the provincial office (赣府厅字, 赣府厅发); a provincial 人大's
decisions: a resignation accepted, then `任命A为Y，B为Z，C为P，D为Q` (four people in one sentence, joined by
commas); a brief with a reporter's byline paragraph first, then `…今天（9月24日）在南昌闭会` (the date in
brackets); a brief of the spring session under a two-part title (`… 强卫主持`) opening `3月25日上午，`, naming
人事任免 without a decision (no rows), a reporter's credit in brackets at its end; a brief under a title with a colon and a space between its parts
(`抚州：… …`) whose dateline (`新华网江西频道3月25日电`) is two days after the event it dates (`经3月23日…会议表决，`),
a resignation and an acting mayor told in a brief (no rows); `· N ·` footers and headers left in.

Sources: SOURCES.md rows 2015-09-*.
"""

POINTS = "2015年全市深化医药卫生体制改革下步工作要点"
TITLE = f"赣州市人民政府办公厅关于印发{POINTS}的通知"
DECIDED = "江西省第十二届人大常委会第二十次会议决定"
CONGRESS = "江西省人民代表大会常务委员会"

ISSUE = {
    "name": "2015-09", "shape": "text", "year": 2015, "issue_no": 9, "total_no": 153,
    "publish_date": "2015-09-28", "page_form": "· {} ·", "toc_form": "dots", "page_furniture": True,
    "running_headers": ["温州市人民政府公报", "2015年第9期"],
    "sections": [
        {"kind": "documents", "heading": "市府办文件", "items": [
            {"title_block": ["赣州市人民政府办公厅", "关于印发2015年全市深化医药卫生", "体制改革下步工作要点的通知"],
             "cut_title": True,
             "title": TITLE, "doc_number": "赣市府办字〔2015〕118号", "registration_code": None,
             "issuer": "赣州市人民政府办公厅",
             "addressees": "各县（市、区）人民政府，赣州经济技术开发区管委会，市政府有关部门，市属、驻市有关单位",
             "paragraphs": [f"《{POINTS}》已经市政府同意，现印发给你们，请结合实际，认真组织实施。"],
             "signature": ["2015年9月17日"], "signed_date": "2015-09-17",
             "after_signature": [
                 "（此件主动公开）",
                 POINTS,
                 "认真贯彻落实省政府办公厅《2015年全省深化医药卫生体制改革下步工作要点》（赣府厅字〔2015〕90号）和《关于全面推开县级公立医院综合改革的实施意见》（赣府厅发〔2015〕45号），坚持保基本、强基层、建机制，充分发挥政府职能和市场机制作用，推进医疗、医保、医药三医联动，加快健全基本医疗卫生制度，努力打造健康赣州。",
                 "一、全面推开县级公立医院综合改革",
                 "在全市16个县（市）全面推开县级公立医院综合改革。重点任务是：",
                 "（一）破除以药补医机制，建立科学补偿机制。所有县级公立医院全部取消药品加成（中药饮片除外），降低虚高药价。对公立医院补偿由服务收费、药品加成收入和政府补助三个渠道改为服务收费和政府补助两个渠道，通过合理调整医疗服务价格、加大政府投入、改革医保支付方式、降低医院运行成本等建立科学合理的补偿机制。医院由此减少的合理收入，通过调整医疗技术服务价格补偿80%，剩余20%由财政补助（其中省财政补偿80%，县级财政补偿20%）。",
             ],
             "attachments": [], "effective_from": None, "effective_until": None, "valid_years": None,
             "cited": ["赣府厅字〔2015〕90号", "赣府厅发〔2015〕45号"]},
        ]},
        {"kind": "appointments", "heading": "人事任免", "title": "9月份人事任免",
         "lines": [
             f"{DECIDED}：",
             "接受莫建成辞去江西省人民政府副省长职务的请求；",
             f"任命毛伟明为江西省人民政府副省长，韩军为{CONGRESS}法制工作委员会主任，李元生为{CONGRESS}选举任免联络工作委员会副主任，沙闻麟为江西省司法厅厅长。",
         ],
         "rows": [
             ("莫建成", "dismiss", "江西省人民政府副省长", None),
             ("毛伟明", "appoint", "江西省人民政府副省长", None),
             ("韩军", "appoint", f"{CONGRESS}法制工作委员会主任", None),
             ("李元生", "appoint", f"{CONGRESS}选举任免联络工作委员会副主任", None),
             ("沙闻麟", "appoint", "江西省司法厅厅长", None),
         ],
         "decided_by": DECIDED},
        {"kind": "news", "heading": "政务简讯", "toc_title": "毛伟明任江西省人民政府副省长",
         "items": [
             {"title_lines": ["毛伟明任江西省人民政府副省长"], "title": "毛伟明任江西省人民政府副省长",
              "date": "2015-09-24",
              "paragraphs": [
                  "江西台记者王莹报道：",
                  "江西省第十二届人大常委会第二十次会议今天（9月24日）在南昌闭会。省委书记、省人大常委会主任强卫出席会议。省人大常委会副主任洪礼和主持会议。省人大常委会副主任史文清、魏小琴、谢亦森、马志武、冯桃莲，秘书长魏民出席会议。",
                  "会议表决通过了《江西省公路条例》、新修订的《江西省实施〈中华人民共和国消费者权益保护法〉办法》、《江西省人民代表大会常务委员会关于批准〈南昌市养犬管理条例〉的决定》、《江西省人民代表大会常务委员会关于批准〈南昌市建筑市场管理规定〉的决定》、《江西省人民代表大会常务委员会关于批准2015年省级一般公共预算和政府性基金预算第二次调整方案的决议》、省人大常委会代表资格审查委员会关于代表资格的审查报告、《江西省人民代表大会常务委员会关于接受莫建成辞去江西省人民政府副省长职务的请求的决定》、《江西省人民代表大会常务委员会关于接受沈亚平等辞去有关职务的请求的决定》及人事任免事项。",
                  "会议表决通过，决定任命毛伟明为江西省人民政府副省长，韩军为江西省人民代表大会常务委员会法制工作委员会主任，李元生为江西省人民代表大会常务委员会选举任免联络工作委员会副主任，沙闻麟为江西省司法厅厅长。强卫给沙闻麟、韩军颁发了任命书。",
                  "省人民政府副省长刘昌林，省高级人民法院院长张忠厚，省人民检察院检察长刘铁流列席会议。",
              ]},
             {"title_lines": ["江西省人大常委会第十七次会议举行 强卫主持"], "title": "江西省人大常委会第十七次会议举行强卫主持",
              "date": "2015-03-25",
              "paragraphs": [
                  "3月25日上午，省十二届人大常委会第十七次会议第一次全体会议在南昌举行。省委书记、省人大常委会主任强卫主持会议。省人大常委会副主任洪礼和、魏小琴、谢亦森、马志武、冯桃莲，秘书长魏民和委员共54人出席会议。",
                  "会议听取了省委组织部常务副部长赵力平所作的关于人事任免情况的说明。拟任人选到会与常委会组成人员见面并作任前发言。",
                  "会议还提请审议其他人事任免事项。",
                  "省人民政府副省长谢茹，省高级人民法院院长张忠厚，省人民检察院检察长刘铁流和省人大常委会副秘书长，省人大专门委员会成员，省人大常委会工作部门负责同志，设区市、省直管县人大常委会负责同志，部分省人大代表列席会议。高校师生代表到会旁听。（江西日报记者魏星）",
              ]},
             {"title_lines": ["抚州：张和平辞去市长职务 张鸿星任代理市长"], "title": "抚州：张和平辞去市长职务张鸿星任代理市长",
              "date": "2015-03-23",
              "paragraphs": [
                  "新华网江西频道3月25日电 经3月23日抚州市三届人大常委会第二十四次会议表决，接受了张和平辞去抚州市人民政府市长职务的请求；同时表决通过了张鸿星任市人民政府副市长，并决定代理市长。",
              ]},
         ]},
    ],
}
