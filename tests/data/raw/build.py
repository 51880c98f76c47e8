"""Print the raw two-column rows of tests/test_raw_extraction.py: small issues laid out from real public
documents (tests/data/SOURCES.md, "raw extraction rows"), typeset and extracted by bench/heldout/make_raw.py
exactly as the held-out raw issues are (Chromium through Playwright, then `pdftotext -raw`).

    .venv/bin/python tests/data/raw/build.py        # rewrites tests/data/raw/<row>.txt; commit them

The tests read the committed .txt files (no browser at test time). Nothing here imports the parser.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent.parent / "bench" / "heldout"))

from make_raw import issue_html, pdftotext, print_pdf, reshape  # noqa: E402


def document(title_block, doc_number="", paragraphs=(), signature=(), *, addressees="", code=None, after=()):
    return {"registration_code": code, "title_block": list(title_block), "doc_number": doc_number,
            "addressees": addressees, "paragraphs": list(paragraphs), "signature": list(signature),
            "after_signature": list(after)}


# yueyang-2017-2: 岳阳市人民政府 notice with its registration code, enclosing its 工作规则 (miluo.gov.cn)
YUEYANG_RULES = document(
    ["岳阳市人民政府", "关于印发《岳阳市人民政府工作规则》的通知"], "岳政发〔2017〕2号",
    ["《岳阳市人民政府工作规则》已经市人民政府同意，现印发给你们，请认真遵照执行。"],
    ["岳阳市人民政府", "2017年1月20日"], code="YYCR—2017—00002",
    addressees="各县市区人民政府，岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区，市直各单位，中央、省属驻岳各单位",
    after=["岳阳市人民政府工作规则", "第一章　总　则",
           "一、根据《中华人民共和国宪法》和《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》，参照《国务院工作规则》"
           "和《湖南省人民政府工作规则》，按照中央、省委和市委有关规定，制定本规则。",
           "二、市人民政府及其工作部门履行政府职能，办理行政事务适用本规则。",
           "三、市人民政府工作的指导思想是，高举中国特色社会主义伟大旗帜，认真执行党的路线、方针、政策，严格遵守宪法和法律，按照"
           "“五位一体”总体布局和“四个全面”战略布局，积极践行“五大发展”理念，大力实施“创新引领、开发崛起”战略，全面正确履行政府职能，"
           "加快“一极三宜”江湖名城建设。",
           "四、市人民政府工作的准则是，执政为民，依法行政，实事求是，民主公开，务实清廉。"])
# the same notice with its number printed in ASCII parentheses, as some typesetters print it
YUEYANG_ASCII = {**YUEYANG_RULES, "doc_number": "岳政发(2017)2号"}

# jinhua-2010-15: an office's notice over a three-line title block, enclosing a rule of numbered articles (law528.infoeach.com)
JINHUA = document(
    ["金华市人民政府办公室", "关于印发金华市人民政府办理人大代表建议", "和政协提案工作规则的通知"], "金政办发〔2010〕15号",
    ["《金华市人民政府办理人大代表建议和政协提案工作规则》已经市政府第103次常务会议研究同意，现印发给你们，请按照执行。"],
    ["金华市人民政府办公室", "二○一○年四月七日"], addressees="各县（市、区）人民政府，市政府各部门",
    after=["金华市人民政府办理人大代表建议和政协提案工作规则", "第一章　总　则",
           "第一条　为加强和规范政府系统办理人大代表建议、批评、意见（以下简称建议）和政协提案（以下简称提案）工作，提高办理工作质量，"
           "根据有关法律、法规和规定，结合我市实际，制定本规则。",
           "第二条　人大代表提出建议，是宪法和法律赋予代表的一项重要权利。政协提案是政协履行政治协商、民主监督、参政议政职能的重要方式。",
           "第三条　市政府各部门、市直各企事业单位、省垂直管理部门、省属驻金单位和县（市、区）政府办理建议、提案工作适用本规则。"])

# lufeng-2024-rules: a city government's 议事规则 printed as its own document, no number, no signature (ynlf.gov.cn)
LUFENG = document(
    ["禄丰市人民政府常务会议议事规则"], "",
    ["第一章　总　则",
     "第一条　为推进市政府常务会议议事决策科学化、民主化、制度化，进一步提高会议质量和议事决策质效，根据《中华人民共和国地方各级"
     "人民代表大会和地方各级人民政府组织法》《云南省重大行政决策程序规定》和《禄丰市人民政府工作规则》等，结合市政府工作实际，制定本规则。",
     "第二条　市政府常务会议是讨论决定市政府工作中重大事项的决策性会议，市政府工作中的重大问题、重要事项应通过市政府常务会议研究决定。",
     "第三条　市政府常务会议坚持科学决策、民主决策和依法决策，研究决定事项应当符合国家法律法规及方针政策，符合禄丰市实际。",
     "第四条　市政府常务会议由市长、副市长、市政府办公室主任组成，由市长或者市长委托负责日常工作的副市长召集和主持。"])

# lechang-2021-notice: a county bureau's notice without number under its issuer's line (tests/test_read_documents.py)
LECHANG = document(
    ["乐昌市教育局", "关于下达2021年城乡义务教育公用经费补助资金的通知"], "",
    ["根据市财政局《关于下达2021年城乡义务教育公用经费补助资金的通知》（乐财教〔2021〕2号）文件精神，现下达你校2021年"
     "春季学期城乡义务教育公用经费补助资金。",
     "一、本次下达2021春季学期城乡义务教育公用经费补助资金，待上级清算资金下达后再下达2021年秋季学期城乡义务教育公用经费补助资金。"],
    ["乐昌市教育局", "2021年3月1日"], addressees="各义务教育学校")

# the same notice, its title set as one naming its issuer over two lines (GB/T 9704's 发文机关+关于+事由+文种, no issuer line)
LECHANG_NAMED = {**LECHANG, "title_block": ["乐昌市教育局关于下达2021年城乡义务", "教育公用经费补助资金的通知"]}

# suqian-2008-65: a city government's notice whose title names its issuer (no issuer line), signed by its seal with the
# date alone, its 办法 enclosed after the date (tests/test_read_documents.py SUQIAN, SUQIAN_ARTICLES)
SUQIAN = document(
    ["宿迁市人民政府关于印发宿迁市城乡医疗救助暂行办法的通知"], "宿政发〔2008〕65号",
    ["《宿迁市城乡医疗救助暂行办法》已经市政府三届三次常务会议审议通过，现印发给你们，请认真贯彻执行。"], ["二OO八年六月四日"],
    addressees="各县、区人民政府，宿迁经济开发区、市湖滨新城开发区、苏州宿迁工业园区，市各委、办、局，市各直属单位",
    after=["宿迁市城乡医疗救助暂行办法", "第一章　总　则",
           "第一条　为加快新型社会救助体系建设，缓解城乡特困居民医疗困难，结合本市实际，制定本办法。",
           "第二条　城乡医疗救助是指患病的城乡困难群众，在获得城镇职工和居民基本医疗保险、新型农村合作医疗补偿以后，个人医药费支出"
           "负担仍然较重的，由政府提供补充性医疗救助。医疗救助由民政部门主管，实行政府主导与社会参与相结合，坚持因地制宜、突出重点，"
           "统筹兼顾、分类施救，公正合理、公开公平，努力实现救助水平与本地经济社会发展水平和财政支付能力相适应，确保城乡医疗救助规范运行。",
           "第二章　医疗救助对象",
           "第三条　具有本市常住户口，参加城镇职工和居民基本医疗保险或新型农村合作医疗，且符合下列条件之一的人员，可以申请城乡医疗救助："])

# shanghai-2017-92: a city government's 印发 notice, its title block set as GB/T 9704 sets one, the issuer's line over
# '印发《…》的通知' (no 关于), the enclosed opinion citing 国发〔2016〕76号 (htgfsre.cn, as in tests/test_read_variations.py)
SHANGHAI = document(
    ["上海市人民政府", "印发《关于本市加强政务诚信建设的实施意见》的通知"], "沪府发〔2017〕92号",
    ["现将《关于本市加强政务诚信建设的实施意见》印发给你们，请认真按照执行。"], ["上海市人民政府", "2017年12月20日"],
    addressees="各区人民政府，市政府各委、办、局",
    after=["关于本市加强政务诚信建设的实施意见",
           "政务诚信是社会信用体系的重要组成部分。为推进政府治理体系和治理能力现代化，贯彻落实《国务院关于加强政务诚信建设的"
           "指导意见》（国发〔2016〕76号）要求，依据《上海市社会信用条例》，现就本市加强政务诚信建设提出如下实施意见："])

# baotou-2001-regulation: a city people's congress 条例 printed as its own document, no number, its passage line
# (通过 / 批准) between its title and its first chapter (law242.infoeach.com)
BAOTOU = document(
    ["包头市人民代表大会及其常务委员会制定地方性法规条例"], "",
    ["（2001年4月29日包头市第十一届人民代表大会第四次会议通过　2001年6月3日内蒙古自治区第九届人民代表大会常务委员会"
     "第二十三次会议批准）",
     "第一章　总则",
     "第一条　为了规范包头市人民代表大会及其常务委员会的立法活动，完善立法程序，提高立法质量，根据《中华人民共和国地方各级人民"
     "代表大会和地方各级人民政府组织法》和《中华人民共和国立法法》等有关法律的规定，结合本市实际，制定本条例。",
     "第二条　市人民代表大会及其常务委员会制定、修改和废止地方性法规，适用本条例。",
     "第三条　市人民代表大会及其常务委员会可以就下列事项制定地方性法规：",
     "（一）为执行法律、法规的规定，根据本市的实际情况需要作出具体规定的事项；",
     "（二）属于本市地方性事务需要制定地方性法规的事项。"])

# yongdeng-2022-notice: a county police bureau's 通告 without number or addressees, its title naming its issuer
# (tests/test_read_variations.py YONGDENG)
YONGDENG = document(
    ["永登县公安局关于对县城部分道路实施临时交通管制的通告"], "",
    ["为全力做好我县新冠疫情防控工作，从严从细落实防控措施，有效阻断疫情传播途径，切实保障人民群众生命安全，根据永登县新冠"
     "肺炎疫情联防联控办工作要求，现决定对以下路段实施临时交通管制。",
     "一、管制时间", "自2022年3月21日20时起实施每天24小时交通管制，解除时间另行通知。", "此通告自发布之日起执行。"],
    ["永登县公安局", "2022年3月21日"])

# jinan-2018 / jiyuan-2023 / zhongshan: decisions of city people's congress standing committees (SOURCES.md)
APPOINTMENTS = {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
                "lines": ["济源市第十五届人民代表大会常务委员会第七次会议决定：",
                          "接受庄建球同志辞去济源市人民政府市长职务的请求；",
                          "任命卢江、孙斌为济南市人民政府副市长；",
                          "任命陈晖东为中山市人民政府副市长；",
                          "免去刘云梅的中山市人民政府副市长职务。"]}

# zhaodong-2018-12, mengzhou-2011-06, xiushui-2011-07: several people named on one line, wrapped over column lines
# (the rows of tests/test_read_variations.py)
SEVERAL_A_LINE = {"kind": "appointments", "heading": "人事任免", "title": "人事任免",
                  "lines": ["会议决定：",
                            "任命熊福春同志为肇东市文化广电新闻出版局局长，任命李连杰同志为肇东市商务局局长。",
                            "任命周文艺、田发启同志为肇东市监察委员会副主任，任命金东权、张伟国同志为肇东市监察委员会委员。",
                            "任命卫国胜、田丽洁、郝雅伟为孟州市人民政府副市长，免去汤文胜、王荔、买银朋孟州市人民政府副市长职务。",
                            "决定任命刘松、周杏连为修水县人民政府副县长。"]}

# the appointments under a month title of their own, then zhangye-2024-05's chronicle (tests/test_read_variations.py):
# two sections whose headings and titles may be painted on one page and printed on the next
MONTH_APPOINTMENTS = {**SEVERAL_A_LINE, "title": "5月份市政府人事任免", "lines": SEVERAL_A_LINE["lines"][:3]}
CHRONICLE = {"kind": "chronicle", "heading": "政府记事", "title": "5月份市政府记事", "inline_days": False, "entries": [
    ("2024-05-01", "我市在高台县举行重温习近平总书记视察甘肃视察张掖重要讲话重要指示精神“七一”主题党日活动。"),
    ("2024-05-01", "第二届甘肃省分析测试技术与仪器学会学术年会开幕。市委副书记、市长赵立香致辞。市领导柴向前、朱书生出席。"),
    ("2024-05-02", "张掖市整改中央生态环保督察典型案例工作领导小组会议召开。卢小亨主持会议，赵立香安排整改工作。")]}

# liaocheng-2025-09-25: a brief under a two-line title, its second line a subtitle opening with a dash (lcrb.lcxw.cn)
NEWS = {"kind": "news", "heading": "政务简讯", "items": [{
    "title_lines": ["市政府常务会议召开", "——研究部署“双节”期间重点工作等"],
    "paragraphs": ["9月25日上午，市委副书记、市长张百顺主持召开市政府常务会议，调度近期重点工作推进落实情况，研究部署“双节”期间"
                   "重点工作等。",
                   "会议专题调度了国庆节、中秋节“双节”期间重点工作筹备情况，强调，要抓好经济运行，加强分析监测，扎实做好稳增长各项工作，"
                   "推动经济持续稳健向好、进中提质。"]}]}

# shanghai-retail-2022-09: a statistics table whose title is printed across both columns (the bureau's page, SOURCES.md)
STATISTICS = {"kind": "statistics", "heading": "统计资料", "title": "2022年9月社会消费品零售总额", "producer": "上海市统计局",
              "rows": [("社会消费品零售总额", False, "亿元", "1478.53", "0.3", "11864.63", "-10.7"),
                       ("批发零售业", True, "亿元", "1363.93", "0.6", "11055.38", "-9.4"),
                       ("住宿餐饮业", True, "亿元", "114.60", "-2.8", "809.25", "-24.8")]}

# caijian-2006-689: a ministry's notice (部门文件) naming its enclosure (附件：…) over its signature, the enclosed 办法 after
# the date under '附件' (law81.infoeach.com)
CAIJIAN = document(
    ["财政部关于印发《中央预算内基建投资项目前期", "工作经费管理暂行办法》的通知"], "财建〔2006〕689号",
    ["为进一步加强和规范中央预算内基建投资项目前期工作经费管理，强化预算约束，提高资金使用效益，根据《中华人民共和国预算法》、"
     "《中华人民共和国预算法实施条例》、《基本建设财务管理规定》（财建〔2002〕394号），我部制定了《中央预算内基建投资项目前期工作"
     "经费管理暂行办法》，现印发你们，请遵照执行。",
     "附件：中央预算内基建投资项目前期工作经费管理暂行办法"],
    ["财政部", "2006年10月26日"],
    addressees="党中央有关部门，国务院各部委、各直属机构，各省、自治区、直辖市、计划单列市财政厅（局）",
    after=["附件", "中央预算内基建投资项目前期工作经费管理暂行办法",
           "第一条　为加强和规范中央预算内基建投资项目前期工作经费管理，强化预算约束，提高资金使用效益，根据《中华人民共和国"
           "预算法》、《中华人民共和国预算法实施条例》、《基本建设财务管理规定》（财建〔2002〕394号），制定本办法。"])

# jincheng-2019-02-11 (0356sh.com) and wuxue-12-15 (m.hbwuxue.com): two briefs of city governments' meetings under the
# column heading split over two lines ('政务' + '简讯'), each line a frame of its own
JINCHENG = {"title_lines": ["晋城市政府召开市长碰头会"],
            "paragraphs": ["2月11日，节后上班第一天一早，市长刘锋主持召开市长碰头会，安排部署下阶段各项重点工作。",
                           "会上，各位副市长就项目建设、产业发展、招商引资、脱贫攻坚、深化改革等分别介绍了各自分管领域重点工作推进"
                           "情况，并就做好下阶段各项工作提出意见和建议。"]}
WUXUE = {"title_lines": ["查俊主持召开市长碰头会"],
         "paragraphs": ["12月15日，市委副书记、市长查俊主持召开市长碰头会，听取各副市长前期未完成重点工作和近期拟开展重点工作情况，"
                        "需提请市长碰头会协调解决的问题。进一步明晰工作思路，确定工作任务，推动工作落实。"]}
BRIEFS = {"kind": "news", "heading": "政务简讯", "heading_lines": ["政务", "简讯"], "items": [JINCHENG, WUXUE]}
ONE_BRIEF = {**BRIEFS, "items": [JINCHENG]}
# the 晋城 brief as the paper printed it, its source before its date (本报讯 记者…报道：), and bozhou-2021-12-24 (bozhou.cn),
# its website's dateline before its date: briefs opening so, under the heading in one line
JINCHENG_REPORTED = {**JINCHENG, "paragraphs": [
    "本报讯 记者牛前进报道：2月11日，节后上班第一天一早，市长刘锋主持召开市长碰头会，安排部署下阶段各项重点工作。",
    "市委常委、常务副市长张利锋，副市长王斌权、梁丽萍、武健鹏、冯志亮、王宏微，市政府党组成员程琳参加会议。"]}
BOZHOU = {"title_lines": ["市政府第二次全体会议召开"], "paragraphs": [
    "亳州新闻网讯 12月24日下午，市政府第二次全体会议召开，传达学习中央、省委经济工作会议精神，组织讨论即将提请市五届人大"
    "二次会议审议的《政府工作报告（讨论稿）》，安排部署当前重点工作。",
    "市委常委、副市长钟治峰主持会议并讲话，副市长曹振萍、戴力、薛冰、刘婉贞，市政府秘书长张传宾出席会议。"]}
# suizhou-10-22 (随州日报, a forum's copy in traditional characters, set in simplified): a brief under its title and a headline,
# five column lines over its first, which opens with the paper's source and byline
SUIZHOU = {"title_lines": ["市政府五届六十四次常务会议和市长工作例会召开",
                           "切实履职尽责 学习先进理念 不断开阔视野 奋力冲刺四季度坚决完成全年目标任务"],
           "paragraphs": ["随州日报讯（全媒记者包东流）10月22日，市政府五届六十四次常务会议和市长工作例会召开，传达省委常委会（扩大）"
                          "会议暨市州党委书记座谈会议精神，研究部署我市贯彻落实工作；听取前三季度全市经济运行、“两改一提”工作进展等"
                          "相关情况汇报，研究推进冲刺四季度、“两改一提”、大气污染防治等工作，并审议有关事项。市委副书记、市长胡志莉"
                          "出席会议并讲话。"]}
# the 亳州 brief re-opened with a quotation of its own text before the sentence that dates it (as tests/test_read_variations.py
# `quotation_first` re-opens it)
BOZHOU_QUOTED = {**BOZHOU, "paragraphs": ["“要全力做好年度收官工作。”12月24日下午，市政府第二次全体会议召开，传达学习中央、省委经济"
                                          "工作会议精神，安排部署当前重点工作。"]}
REPORTS = {"kind": "news", "heading": "政务简讯", "items": [JINCHENG_REPORTED, BOZHOU]}
# qingyuan-2014-rules: a city government's notice printed without number, enclosing its 工作规则 after its date (gdqy.gov.cn)
QINGYUAN_RULES = document(
    ["清远市人民政府关于印发《清远市人民政府工作规则》的通知"], "",
    ["《清远市人民政府工作规则》已经六届第55次市政府常务会议审议通过，现印发给你们，请认真贯彻执行。"],
    ["清远市人民政府", "2014年5月26日"], addressees="各县（市、区）人民政府，市政府各部门、各直属机构",
    after=["清远市人民政府工作规则", "第一章　总　则",
           "一、根据《中华人民共和国宪法》和《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》，参照《国务院工作规则》和"
           "《广东省人民政府工作规则》，结合本市实际，制定本规则。",
           "二、市政府及其工作部门履行政府职能，办理行政事务适用本规则。"])

# anlu-2020-plan: a city government's notice (no number printed; its title set as GB/T 9704 sets one, naming its issuer in full,
# where the site prints 市人民政府关于…) enclosing its revised 总体应急预案,
# repealing the notice it cites (安政发〔2012〕35号), signed with the day left blank as the site prints it ('2020年4月 日'); the
# plan's own contents after the date (目　　录, then 51 numbered headings from '1 总则' to '5.7 物资保障'), most of the page
ANLU_PLAN = document(
    ["安陆市人民政府关于印发安陆市突发事件总体应急预案的通知"], "",
    ["修订后的《安陆市突发事件总体应急预案》已经市政府常务会议审议通过，现印发给你们，请认真组织实施。《市人民政府关于印发安陆市突发"
     "事件总体应急预案的通知》（安政发〔2012〕35号）同时废止。"],
    ["安陆市人民政府", "2020年4月 日"], addressees="各乡镇人民政府、办事处，市开发区管委会，府河国家湿地公园管理处，市政府各部门",
    after=["安陆市突发事件总体应急预案", "目　　录", "1 总则", "1.1 编制目的", "1.2 编制依据", "1.3 适用范围",
           "1.4 工作原则", "1.5 分类分级", "1.6 应急预案体系", "2 机构与职责", "2.1 领导机构与职责",
           "2.2 日常工作机构与职责", "2.3 专项应急指挥机构及职责", "2.4 乡镇应急组织机构及职责", "2.5 专家组",
           "2.6 应急联动", "3 应急预警", "3.1 监测预测", "3.1.1 预防", "3.1.2 监测", "3.1.3 预测", "3.2 预警",
           "3.2.1 预警级别", "3.2.2 预警发布", "3.2.3 预警响应", "3.2.4 预警变更及解除", "3.3 信息报告", "4 应急处置",
           "4.1 先期处置", "4.1.1 分级响应", "4.1.2 指挥与协调", "4.1.3 应急处置措施", "4.1.4 现场指挥部",
           "4.1.5 扩大响应", "4.1.6 应急联动", "4.1.7 社会动员", "4.1.8 区域合作", "4.1.9 应急结束",
           "4.1.10 信息发布与舆情应对", "4.2 后期处置", "4.2.1 善后处置", "4.2.2 社会救助", "4.2.3 保险",
           "4.2.4 调查评估与总结", "4.2.5 恢复重建", "5 保障措施", "5.1 通信保障", "5.2 现场救援和工程抢险装备保障",
           "5.3 应急队伍保障", "5.4 交通运输保障", "5.5 医疗卫生保障", "5.6 治安保障", "5.7 物资保障"])

APPOINTMENTS_SPLIT = {**APPOINTMENTS, "heading_lines": ["人事", "任免"]}

# a city government's 任免 notice printed whole under 人事任免, its title in the column (written for the test with invented names
# and number after the shape such notices print, tests/data/SOURCES.md block appt14): its own addressees under its number, posts
# written under the city's level alone ('市财政局…'), dismissals naming the person straight before such a post, its signature
SUINING_NOTICE = {"kind": "appointments", "heading": "人事任免", "title": "遂宁市人民政府关于林海等职务任免的通知",
                  "lines": ["遂府任〔2018〕12号", "各县（区）人民政府，市政府各部门，市直各单位：", "根据工作需要，决定：",
                            "王川任市财政局副局长；", "李红任市民政局副局长（试用期一年）；",
                            "免去林海市人民政府副秘书长职务；", "免去欧阳明华市科学技术局副局长职务；",
                            "免去赵立新市商务局副局长职务。", "遂宁市人民政府", "2018年12月21日"]}
STATISTICS_SPLIT = {**STATISTICS, "heading_lines": ["统计", "资料"]}

# xicheng-2011-10: a district's figures of January to October as its government's page gives them (bjxch.gov.cn), its
# producer line the district's statistics bureau; then beijing-2010-12-23's decision under its title (SOURCES.md, raw20):
# the decision's title block printed in the column right under the table's producer line, the table's heading and title
# painted after the decision
XICHENG = {"kind": "statistics", "heading": "统计资料", "title": "2011年10月份西城区主要经济指标完成情况",
           "producer": "西城区统计局",
           "rows": [("现价工业总产值", False, "亿元", "48.8", "4.2", "584.8", "8.5"),
                    ("社会消费品零售额", False, "亿元", "——", "——", "563.8", "17.1"),
                    ("固定资产投资", False, "亿元", "——", "——", "132.7", "1.8"),
                    ("房地产开发投资", True, "亿元", "——", "——", "79.5", "-7.4"),
                    ("财政收入", False, "亿元", "37.9", "-1.5", "252.7", "27.1"),
                    ("区级各项税收", True, "亿元", "——", "——", "244.5", "26.6"),
                    ("财政支出", False, "亿元", "20.5", "73.8", "134.1", "21.7")]}
# beijing-2025-11: the city's January to November figures as 劳动午报 reported the bureaus' release (ldwb.workerbj.cn,
# SOURCES.md, raw20), growth only for most rows, areas in 万平方米: a unit column so narrow that its cells and the long
# indicators wrap a piece a line in the raw extraction
BEIJING_FIGURES = {"kind": "statistics", "heading": "统计资料", "title": "2025年1-11月北京市主要经济指标",
                   "producer": "北京市统计局 国家统计局北京调查总队",
                   "rows": [("规模以上工业增加值", False, "亿元", "——", "——", "——", "6.6"),
                            ("规模以上工业战略性新兴产业增加值", True, "亿元", "——", "——", "——", "16.5"),
                            ("高技术制造业增加值", True, "亿元", "——", "——", "——", "8.4"),
                            ("规模以上工业销售产值", False, "亿元", "——", "——", "24819.3", "6.7"),
                            ("房屋施工面积", False, "万平方米", "——", "——", "10248.9", "-8.5"),
                            ("住宅施工面积", True, "万平方米", "——", "——", "5107.0", "-9.5"),
                            ("商品房销售面积", False, "万平方米", "——", "——", "894.8", "-4.6"),
                            ("住宅销售面积", True, "万平方米", "——", "——", "618.0", "-6.9"),
                            ("纯商品住宅销售面积", True, "万平方米", "——", "——", "——", "6.4"),
                            ("市场总消费额", False, "亿元", "——", "——", "——", "1.4")]}
# changning-2023-07-31: a district congress committee's session as 上海长宁 reported it (SOURCES.md, raw20), its decision the
# report's last paragraph; then the same decision under the appointments' own title naming the committee (worded for the
# test as the gazette titles a section by its body), as a raw page prints the two one after the other in the column
CHANGNING_DECISION = ("会议审议和通过有关人事任免事项，决定接受张伟同志辞去长宁区人民政府区长职务的请求，报区人民代表大会备案；"
                      "决定任命侯继军同志为长宁区人民政府副区长、代理区长。")
CHANGNING_BRIEF = {"kind": "news", "heading": "政务简讯", "items": [{
    "title_lines": ["区十七届人大常委会举行第十三次会议"],
    "paragraphs": ["7月31日下午，区十七届人大常委会举行第十三次会议。区人大常委会主任戴骅，副主任宋嘉禾、夏利民、潘敏、金可可及委员"
                   "共24人出席。会议由戴骅主持。", CHANGNING_DECISION]}]}
CHANGNING_APPOINTMENTS = {"kind": "appointments", "heading": "人事任免", "title": "长宁区人大常委会人事任免",
                          "lines": [CHANGNING_DECISION]}
HUANGWEI = {"kind": "appointments", "heading": "人事任免",
            "title": "北京市人民代表大会常务委员会关于接受黄卫同志辞去北京市副市长职务请求的决定",
            "lines": ["北京市第十三届人民代表大会常务委员会第二十二次会议决定：接受黄卫同志辞去北京市副市长职务的请求。"]}


def issue(name, year, month, sections, page_form="— {} —", header=None, one_page=False):
    if one_page:  # an issue of one page prints its identity in its only header
        header = [f"温州市人民政府公报　{year}年第{month}期"] * 2
    return {"name": name, "shape": "raw", "year": year, "issue_no": month, "page_form": page_form,
            "header": header or ["温州市人民政府公报", f"{year}年第{month}期"], "first_page": 3, "sections": sections}


ROWS = {
    "documents_at_the_head": issue("documents_at_the_head", 2017, 2, [
        {"kind": "documents", "items": [YUEYANG_ASCII, JINHUA, LUFENG, SHANGHAI]}]),
    "unnumbered_notice_first": issue("unnumbered_notice_first", 2021, 3, [
        {"kind": "documents", "items": [LECHANG, YUEYANG_ASCII, JINHUA, LUFENG]}]),
    "title_naming_its_issuer_first": issue("title_naming_its_issuer_first", 2008, 6, [
        {"kind": "documents", "items": [SUQIAN, SHANGHAI, JINHUA]}], page_form="第{}页",
        header=["温州市人民政府公报", "二○○八年第六期"]),
    "appointments_after_a_regulation": issue("appointments_after_a_regulation", 2015, 1, [
        {"kind": "documents", "items": [JINHUA, BAOTOU]}, APPOINTMENTS]),
    "unnumbered_tongao_after_a_notice": issue("unnumbered_tongao_after_a_notice", 2022, 3, [
        {"kind": "documents", "items": [JINHUA, YONGDENG, SHANGHAI]}]),
    "appointments_after_a_rule": issue("appointments_after_a_rule", 2023, 6, [
        {"kind": "documents", "items": [YUEYANG_RULES, LUFENG]}, APPOINTMENTS]),
    "several_people_a_line_after_a_rule": issue("several_people_a_line_after_a_rule", 2018, 12, [
        {"kind": "documents", "items": [JINHUA, LUFENG]}, SEVERAL_A_LINE]),
    "appointments_and_chronicle_after_a_notice": issue("appointments_and_chronicle_after_a_notice", 2024, 5, [
        {"kind": "documents", "items": [JINHUA]}, MONTH_APPOINTMENTS, CHRONICLE]),
    "briefs_and_a_table_after_appointments": issue("briefs_and_a_table_after_appointments", 2022, 10, [
        {"kind": "documents", "items": [JINHUA]}, APPOINTMENTS, NEWS, STATISTICS]),
    "reports_after_appointments": issue("reports_after_appointments", 2020, 1, [SEVERAL_A_LINE, REPORTS], one_page=True),
    "a_headlined_brief_after_appointments": issue("a_headlined_brief_after_appointments", 2020, 11, [
        APPOINTMENTS, {"kind": "news", "heading": "政务简讯", "items": [SUIZHOU]}], one_page=True),
    "a_quoting_brief_after_appointments": issue("a_quoting_brief_after_appointments", 2020, 1, [
        APPOINTMENTS, {"kind": "news", "heading": "政务简讯", "items": [BOZHOU_QUOTED]}], one_page=True),
    "reports_after_a_notice_and_appointments": issue("reports_after_a_notice_and_appointments", 2020, 1, [
        {"kind": "documents", "items": [JINHUA]}, APPOINTMENTS, REPORTS], one_page=True),
    "appointments_after_an_enclosure": issue("appointments_after_an_enclosure", 2019, 1, [
        {"kind": "documents", "items": [CAIJIAN]}, APPOINTMENTS_SPLIT], one_page=True),
    "briefs_after_an_enclosure": issue("briefs_after_an_enclosure", 2019, 1, [
        {"kind": "documents", "items": [CAIJIAN]}, BRIEFS], one_page=True),
    "a_table_alone": issue("a_table_alone", 2022, 10, [STATISTICS_SPLIT], one_page=True),
    "a_brief_after_an_unnumbered_notice": issue("a_brief_after_an_unnumbered_notice", 2021, 4, [
        {"kind": "documents", "items": [LECHANG]}, ONE_BRIEF], one_page=True),
    "a_brief_alone": issue("a_brief_alone", 2019, 4, [ONE_BRIEF], one_page=True),
    "a_notice_naming_its_issuer_then_a_brief": issue("a_notice_naming_its_issuer_then_a_brief", 2021, 4, [
        {"kind": "documents", "items": [LECHANG_NAMED]}, ONE_BRIEF], one_page=True),
    "a_notice_naming_its_issuer_after_a_notice": issue("a_notice_naming_its_issuer_after_a_notice", 2021, 4, [
        {"kind": "documents", "items": [SHANGHAI, LECHANG_NAMED]}, ONE_BRIEF], one_page=True),
    "an_unnumbered_rules_notice_beside_a_table": issue("an_unnumbered_rules_notice_beside_a_table", 2014, 6, [
        {"kind": "documents", "items": [QINGYUAN_RULES]}, STATISTICS], one_page=True),
    "a_notice_printed_whole_after_a_notice": issue("a_notice_printed_whole_after_a_notice", 2018, 12, [
        {"kind": "documents", "items": [SHANGHAI]}, SUINING_NOTICE], one_page=True),
    "a_decision_after_a_tables_producer": issue("a_decision_after_a_tables_producer", 2011, 11, [XICHENG, HUANGWEI],
                                                one_page=True),
    "a_decision_after_a_wrapped_table": issue("a_decision_after_a_wrapped_table", 2025, 12, [BEIJING_FIGURES, HUANGWEI],
                                              page_form="{}", one_page=True),
    "appointments_titled_by_their_committee_after_a_brief": issue(
        "appointments_titled_by_their_committee_after_a_brief", 2023, 8, [CHANGNING_BRIEF, CHANGNING_APPOINTMENTS],
        page_form="第{}页", one_page=True),
    "a_plans_contents_after_its_notice": issue("a_plans_contents_after_its_notice", 2020, 5, [
        {"kind": "documents", "items": [ANLU_PLAN]}]),
}


def main() -> int:
    chosen = sys.argv[1:] or list(ROWS)
    for name, spec in ((name, ROWS[name]) for name in chosen):
        with tempfile.TemporaryDirectory() as folder:
            pdf = Path(folder) / f"{name}.pdf"
            print_pdf(issue_html(spec), pdf)
            text = reshape(pdftotext(pdf))
        (HERE / f"{name}.txt").write_text(text, encoding="utf-8")
        print(f"{name}: {len(text.splitlines())} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
