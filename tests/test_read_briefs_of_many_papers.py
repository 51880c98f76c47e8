"""A column of briefs as other provinces' papers and government sites print them (issue 21, news21m): a headline over three
lines, a kicker closing with a dash over its headline, a headline and its deck, a headline naming its day (昨日), a first line
naming its day after its subject, a byline under a diamond, a closing byline a raw column cut over two lines; read from a text
export (`layout`, a headline's lines joined by spaces as a text export joins them) and from a raw two-column extraction
(`raw_layout`), every brief with its title and the date its text names (none for 昨日 or 今天 with no dateline to count from).

Rows are real text of 山西, 湖北, 广西, 甘肃, 湖南, 贵州, 山东, 河南, 安徽, 四川, 重庆 pages (tests/data/SOURCES.md, "news21m"),
shortened.
The raw column runs over pages of six briefs; a notice follows it on a page of its own, which no brief takes in.
"""

import pytest

from issues.parser import news, parse_issue
from tests.test_read_variations import YONGDENG, YONGDENG_TOC, layout, raw_layout

# (name, the headline's lines as printed, the paragraphs, the date its text names in a June 2024 issue: a day named alone
# (黄石 12号, 四川 今天（3日）) is of June)
BRIEFS = [
    ('YUNCHENG', ['运城市经济运行分析视频会召开'],
     ['3月20日，运城市经济运行分析视频会议召开。市委常委、常务副市长陈杰参会。',
      '会上，市统计局通报了运城市1—2月份经济指标情况及一季度预计情况；市发改委通报了1—2月份固定资产投资、项目开复'
      '工情况、三产恢复情况，并安排一季度项目观摩考核。',
      '陈杰指出，各级各部门要高度重视经济运行工作，自加压力，奋力赶超。要狠抓项目建设，一步一个脚印，认真谋划推进重点项'
      '目的落实工作。'],
     '2024-03-20'),
    ('YANHU', ['时刻牢记领袖嘱托 坚决贯彻领袖指示 奋力谱写中国式现代化盐湖新篇章', '区委常委会召开扩大会议传达学习贯彻 习近平总书记在运城考察期间重要指示精神', '市政协副主席、盐湖区委书记孙中全主持并讲话'],
     ['5月16日下午，习近平总书记在前往陕西西安主持中国—中亚峰会途中，莅临山西运城，先后到运城博物馆和运城盐湖考察，'
      '并作出一系列重要指示。5月18日晚，市政协副主席、盐湖区委书记孙中全主持召开十四届区委第67次常委会（扩大）会议'
      '，传达学习习近平总书记在运城考察期间重要指示精神，研究并提出我区贯彻落实的初步意见。'],
     '2024-05-16'),
    ('XIANNING', ['省政府工作报告中的咸宁机遇——', '坚持以同城化理念超常规打造广域武汉大都市圈'],
     ['1月27日上午，省十四届人大四次会议在武汉开幕。省长李殿勋向大会作政府工作报告，其中多次提到咸宁成绩、咸宁贡献，'
      '特别是在部署今年重点工作时，报告提出，坚持以同城化理念超常规打造广域武汉大都市圈。',
      '报告在总结回顾“十四五”时期和2025年工作时，多次直接点到咸宁相关工作成效，充分肯定了咸宁为全省经济社会高质量'
      '发展作出的积极贡献。'],
     '2024-01-27'),
    ('SANXIA', ['宜荆荆都市圈发展联合办公室第2次工作会议召开', '深化发展共识 完善体制机制'],
     ['三峡日报讯（记者何冠英、通讯员高海燕）9月1日，宜荆荆都市圈发展联合办公室第2次工作会议暨建设宜荆荆全国性综合交'
      '通枢纽第2次联席会议在荆州市召开。市委常委、常务副市长叶杨出席会议。',
      '会议传达了省委、省政府近期关于推进宜荆荆都市圈发展的会议精神，宜荆荆都市圈发展联合办公室通报工作情况，宜昌、荆州'
      '、荆门、恩施四市州发改部门分别汇报工作进展。',
      '会上，四市州交通部门现场签订《宜荆荆全国性综合交通枢纽建设三年行动方案》《深化宜荆荆都市圈交通互联互通工程建设备'
      '忘录》。'],
     '2024-09-01'),
    ('NANNING', ['南宁市长周红波参加宾阳县代表团审议'],
     ['南宁日报讯（记者磨锋）5月9日，南宁市长周红波到市十四届人大五次会议宾阳县代表团，与代表们一起审议政府工作报告，'
      '听取代表们的意见建议。',
      '代表们围绕政府工作报告积极发言，谈感受、提建议。'],
     '2024-05-09'),
    ('YICHANG_TAIWAN', ['第十三届湖北·武汉台湾周昨日在汉开幕 黄楚平马旭明会见国民党前主席吴伯雄'],
     ['第十三届湖北·武汉台湾周活动昨日在武汉开幕，千余名海峡两岸各界知名人士、企业界高层以及专家学者共襄盛会。我市代表'
      '团出席开幕式及签约仪式，并与3家台资企业签订项目合作协议，协议总投资20亿元。（记者郑广华、雷鹏程、王莹）'],
     None),
    ('XILING', ['西陵区首批PPP项目正式开工建设'],
     ['今天上午，西陵区首批PPP项目正式开工建设，首批开工的项目包括区社会福利院项目和区档案馆项目，计划总投资约1.6'
      '亿元。这些项目是西陵区推广PPP模式的“破题之作”。（记者田东明）'],
     None),
    ('YICHANG_HAZE', ['我市多部门联动'],
     ['我市环保、住建、公安等部门积极响应应急联动着力改善环境空气质量11月15日记者获悉，14日16时，宜昌市大气污染'
      '防治领导小组办公室启动全市大气污染防治应急联动后，各相关部门积极响应应急联动，采取有力措施，环境空气质量得到显著'
      '改善。',
      '市环境监察支队城区各大队出动15名环境监察执法人员。'],
     '2024-11-15'),
    ('TIANSHUI_LANZHOU', ['拓展天水更广阔的发展空间', '天水市领导与省直部门负责人座谈'],
     ['【本报兰州电】（记者李海峰）4月21日，市委、市政府主要领导、分管领导带领市直有关部门负责人，与省上有关部门负责'
      '人座谈交流，共同探索天水经济社会加快发展的新思路、新途径、新办法。',
      '当天，张景辉、李文卿、张国华等先后来到省发改委、财政厅、建设厅等省直部门，就我市城市发展、交通能源等进行座谈交流'
      '。'],
     '2024-04-21'),
    ('TIANSHUI_XIAN', ['天水与西安共商合作发展'],
     ['6月2日，天水市党政代表团与西安市党政领导在西安市政府大楼举行两市合作发展座谈会，双方就加快区域内资源共享、打造'
      '经济文化合作大平台，实现优势互补、合作双赢达成共识。',
      '西安市委常委、副市长李秋实，市政协副主席向德及西安市有关部门领导出席座谈会。'],
     '2024-06-02'),
    ('HENGYANG_NW', ['衡阳市领导参加衡阳市第十六届人大四次会议分团审议'],
     ['衡阳新闻网讯 记者邵俊杰 程聪 王倩雯报道 12月26日，衡阳市领导周玉梅、刘章宇、丁芬等分别参加了衡阳市第十六'
      '届人民代表大会第四次会议南岳区、石鼓区、衡山县等代表团分团审议，听取意见和建议。',
      '代表们一致认为，“政府工作报告”对衡阳过去一年工作的总结实事求是。'],
     '2023-12-26'),  # six months from June: the December before (news12)
    ('HENGYANG_XXCB', ['衡阳正蓄势成为中南重要城市'],
     ['本报衡阳讯2月20日，新年上班第一天，衡阳市委书记张文雄率市委机关全体干部参加庄严的升旗仪式，并在衡阳市委、市委'
      '办团拜会上向全市发出“动员令”。',
      '当天下午，张文雄率相关职能部门负责人到正在建设中的衡阳体育中心、湘桂铁路扩能改造工程一标项目现场、衡钢集团炼铁分'
      '厂等处调研。',
      '通讯员李英姿 记者龙源'],
     '2024-02-20'),
    ('ANSHUN', ['东西部扶贫协作“6+1”省级媒体主题采访团聚焦经开区'],
     ['8月28日，由大众日报、齐鲁晚报、山东广播电视台、贵州日报、贵州广播电视台等多家媒体30余名记者组成的“东西部扶'
      '贫协作‘6+1’省级媒体主题采访活动”山东赴安分团走进安顺经开区就东西部协作、产业扶贫等情况进行采访。',
      '采访团一行先后走进百灵企业和幺铺镇磊跨村，详细采访企业产业扶贫及磊跨村利用青岛帮扶资金大力发展农业产业情况。（章'
      '爽爽）'],
     '2024-08-28'),
    ('WANGAN', ['18家中央省级媒体聚焦望安高速公路建设'],
     ['11月24日至26日，人民日报、中国新闻社、新华社、贵州日报、贵州广播电视台等18家中央、省级媒体的30多名记者'
      '深入册亨县和望谟县，聚焦望（谟）安（龙）高速公路建设。',
      '此次采访活动由省委宣传部、省交通运输厅和贵州高速公路集团有限公司承办。'],
     '2024-11-24'),
    ('XINGXIAN', ['县政府召开常务会议'],
     ['4月18日，县委副书记、县长梁文壮主持召开县政府常务会议，县政府班子成员参加会议，县直相关部门、乡镇负责人列席会'
      '议。',
      '会议原则通过了《兴县发展特色庭院经济实施方案》。会议强调，要细化完善奖补标准，进一步拓宽农民增收渠道。',
      '会议还研究了其他事宜。'],
     '2024-04-18'),
    ('DEZHOU_BOX', ['县政府召开第三次常务会议'],
     ['□记者 赵霞 报道',
      '德州新闻网讯 5月6日，县政府第三次常务会议召开，县委副书记、县长齐永军出席。县直有关单位负责人参加会议。',
      '会议听取了第一次书记办公会议落实情况的汇报，研究讨论了城市建设、文物保护、项目建设等五大类二十二个具体问题。'],
     '2024-05-06'),
    ('TAIYUAN', ['市政府召开第81次常务会议'],
     ['本报讯（记者任逢春）5月15日，市长朱晓东主持召开市政府第81次常务会议，传达学习习近平总书记视察山西重要讲话重'
      '要指示和省委常委会扩大会议精神，研究我市贯彻落实工作。',
      '会议强调，要把深入学习贯彻落实习近平总书记视察山西重要讲话重要指示作为当前和今后一个时期的首要政治任务。'],
     '2024-05-15'),
    ('SHENQIU', ['县政府召开县长周例会'],
     ['5月14日，县政府召开县长周例会，听取近期工作情况汇报，安排部署下一阶段县政府重点工作。',
      '会上，县政府各位副县长分别汇报了近期分管工作开展情况。（马宇 胡鹏）'],
     '2024-05-14'),
    ('CHANGFENG', ['庐江县委宣传部来我县考察交流'],
     ['9月14日上午，县委常委、宣传部长徐生彬接待了前来我县考察交流宣传工作的庐江县委宣传部一行，并就有关工作与他们进'
      '行了深入的座谈交流。',
      '（邹璇）'],
     '2024-09-14'),
    ('TIANSHUI_YS', ['天水代表建议将天水确定为甘肃副中心城市'],
     ['◇记者 李鹏 吴少华',
      '鑫报讯 在天水市代表团审议政府工作报告中，代表们指出政府工作报告中打造的经济、文化、生态三大战略平台都与天水有着'
      '直接关联。',
      '省人大代表柴金祥提出，将天水确定为甘肃副中心城市。'],
     None),
    ('JINGZHOU', ['荆州两会丨政协荆州市第六届委员会第五次会议开幕'],
     ['荆楚网（湖北日报网）讯（记者 汤立毅 见习记者 董晨旭 摄影 杨光 通讯员 杨婕）1月12日上午，中国人民政治协'
      '商会议荆州市第六届委员会第五次会议在荆州凯乐会议中心开幕。',
      '大会由荆州市政协副主席伍昌军主持。应出席委员485人，实到466人，符合政协章程规定。',
      '【责任编辑：左砚文】'],
     '2024-01-12'),
    ('HUANGSHI', ['省运会第一次联络员会议召开'],
     ['12号下午，湖北省第十五届运动会第一次联络员会议在我市召开。'],
     '2024-06-12'),
    ('SANXIA_CLOSING', ['宜荆荆都市圈发展联合办公室第2次工作会议召开'],
     ['9月1日，宜荆荆都市圈发展联合办公室第2次工作会议暨建设宜荆荆全国性综合交通枢纽第2次联席会议在荆州市召开。市委'
      '常委、常务副市长叶杨出席会议。（三峡日报全媒体记者 何冠英/文 高海燕/图）'],
     '2024-09-01'),
    ('GANSU', ['1月15日，甘肃省第十四届人民代表大会第一次会议开幕', '省长任振鹤代表省政府向大会作《政府工作报告》'],
     ['中国甘肃网1月15日讯（本网记者 程健 张兰琴 高正武）1月15日上午，甘肃省第十四届人民代表大会第一次会议在甘'
      '肃大剧院隆重开幕，省长任振鹤代表省政府向大会作《政府工作报告》。下午，出席大会的人大代表开始分组审议《政府工作报'
      '告》。'],
     '2024-01-15'),
    ('HUNAN_NPC', ['省十届人大常委会第二十七次会议闭幕'],
     ['湖南省第十届人民代表大会常务委员会第二十七次会议于6月1日下午在长沙闭幕。省人民代表大会常务委员会主任张春贤主持'
      '全体会议。',
      '会议还通过了有关人事任免的事项。'],
     '2024-06-01'),
    ('XINHUA_NPC', ['十三届全国人大二次会议在京闭幕'],
     ['第十三届全国人民代表大会第二次会议在圆满完成各项议程后，15日上午在人民大会堂闭幕。习近平、李克强、汪洋、王沪宁、赵乐际、'
      '韩正、王岐山和大会主席团成员出席闭幕会并在主席台就座。'],
     '2024-06-15'),
    ('QINXIAN', ['县领导慰问参会政协委员'],
     ['8月28日下午，县领导卢展明、张宏伟、郭爱斌等专程来到各分组讨论地点，慰问参会的政协委员，希望大家积极参政议政，'
      '为沁县建设多提发展良策。',
      '井娇摄影报道'],
     '2024-08-28'),
    ('XIAJIN', ['我县代表团出席市十七届人大五次会议'],
     ['2月5日，市十七届人大五次会议在市会展中心隆重开幕。县委书记、县人大常委会主任王春利，县委副书记、县长才玉璞等我'
      '县代表团各位代表出席会议。',
      '2月7日上午，大会在圆满完成了各项议程后胜利闭幕。',
      '（作者：柴晶晶）'],
     '2024-02-05'),
    ('SICHUAN_TV1', ['四川新闻联播丨全省39个欠发达县域托底性帮扶工作会议召开'],
     ['4月23日，全省39个欠发达县域托底性帮扶工作会议在成都召开，省委常委、组织部部长靳磊出席会议并讲话。会议指出，'
      '要以超常力度补齐短板弱项。'],
     '2024-04-23'),
    ('SICHUAN_TV2', ['四川新闻联播丨今年都江堰灌区将保栽水稻605.2万亩'],
     ['今天（3日），都江堰灌区春灌供水工作全面启动，今年灌区灌溉面积将达到1164.7万亩，稳居全国大型灌区首位，水稻'
      '保栽面积增加至605.2万亩。'],
     '2024-06-03'),
    ('YONGZHOU', ['零陵区万亩早稻开镰收割'],
     ['7月8日，在永州市零陵区邮亭圩镇福田大洞万亩早稻高产示范片，数台收割机在收早稻，种植户面对收割的早稻高兴不已。今'
      '年，该区共完成29万亩早稻种植，比去年增加0.75万亩。',
      '初审：向莉莉',
      '复审：傅仁斌',
      '终审：袁万茂'],
     '2024-07-08'),
    ('DIANJIANG', ['我县农民抢抓农时春耕生产'],
     ['左图：沙坪镇毕桥村村民在油菜地里给油菜套袋备种子。',
      '右图：桂溪街道集体社区农民在地里整地。 记者 龚长浩 摄',
      '近日，正值春耕生产时节，我县各地农民趁着有利天气到地里整地、除草、施肥等，一派人勤春早的忙碌景象。'],
     None),
    ('CHENGDU_EXHIBITION', ['图片展记录成都百年光阴'],
     ['本报讯（记者 李林晅）7月15日，“天府相册——百年成都图片展”亮相成都博物馆。169张记录成都百年光阴的照片，展示出了成都'
      '独特的城市气质，是成都人珍贵的城市记忆。'],
     '2024-07-15'),
]
BY_NAME = {row[0]: row for row in BRIEFS}
# what no brief read right gives: lines in no brief, a title over no first paragraph, fewer briefs than the TOC says
LOST = ("news_unread", "news_merged", "unread_line", "toc_count", "toc_entry_not_found", "news_untitled")


def spaceless(text):
    return "".join((text or "").split())


def text_export(briefs):
    body = ["政 务 简 讯"]
    for _, headline, paragraphs, _ in briefs:
        body += [" ".join(headline), *paragraphs]
    toc = [("政务简讯", f"{briefs[0][1][0]}等简讯{len(briefs)}则"), YONGDENG_TOC]
    return layout(2024, 6, toc, body + YONGDENG)


def raw_extraction(briefs, per_page=6):
    """The column over pages of `per_page` briefs, the heading over the first, the 永登 notice on the page after the last."""
    pages = [[line for _, headline, paragraphs, _ in briefs[k:k + per_page] for line in headline + paragraphs]
             for k in range(0, len(briefs), per_page)]
    return raw_layout(2024, 6, [["政务简讯"] + pages[0], *pages[1:], YONGDENG])


def read(text):
    parsed = parse_issue(text)
    return ([(spaceless(brief["title"]), brief["date"]) for brief in parsed.to_export()["news"]],
            [w.lines for w in parsed.warnings if w.kind in LOST])


def expected(briefs):
    return [(spaceless("".join(headline)), day) for _, headline, _, day in briefs]


@pytest.mark.parametrize("shape", [text_export, raw_extraction], ids=["text_export", "raw_extraction"])
def test_a_column_of_briefs_of_many_papers_is_read_whole_with_the_dates_their_texts_name(shape):
    assert read(shape(BRIEFS)) == (expected(BRIEFS), [])


@pytest.mark.parametrize("shape", [text_export, raw_extraction], ids=["text_export", "raw_extraction"])
@pytest.mark.parametrize("name", ["YANHU", "YICHANG_TAIWAN", "TIANSHUI_YS", "XIANNING", "SANXIA", "JINGZHOU", "HUANGSHI",
                                  "SANXIA_CLOSING", "GANSU", "HUNAN_NPC", "QINXIAN", "XIAJIN",
                                  "SICHUAN_TV2", "YONGZHOU", "DIANJIANG", "CHENGDU_EXHIBITION"])
def test_each_hard_headline_is_read_between_two_briefs(name, shape):
    """盐湖's three-line headline (over 60 characters once a text export joins it), 宜昌's headline naming 昨日 over a first line
    naming it after its subject, 天水's byline under ◇, 咸宁's kicker closing with a dash, 三峡日报's deck, 荆楚网's source naming
    its paper in brackets and its editor in square brackets under the text, 黄石's day spoken with 号, a byline naming its paper's
    media desk closing a brief, a headline opening with its date and a comma over its deck, a first sentence naming its date after
    a subject as wide as the column ('湖南省第十届人民代表大会常务委员会第二' + '十七次会议于6月1日…'), a photographer's credit
    worded as a column's heading ('井娇摄影报道'), a writer's byline after 作者 ('（作者：柴晶晶）'), a day in brackets after 今天
    ('今天（3日），…', the issue's month), a site's three reviews under the text ('初审：向莉莉'), photographs' captions between a
    title and its text ('左图：…'), and a headline opening with the word 图片 ('图片展…', no caption's 图片：): each between two
    plain briefs, neither of which takes it in."""
    plain = BY_NAME["YUNCHENG"]
    column = [plain, BY_NAME[name], plain]
    assert read(shape(column)) == (expected(column), [])


def test_a_title_over_a_paragraph_that_opens_no_brief_is_a_loss_quoting_it():
    """The 南宁 headline over its second paragraph, its first lost: the lines are quoted, never read silently into the brief
    before."""
    nanning = BY_NAME["NANNING"]
    plain = BY_NAME["YUNCHENG"]
    found, lost = read(text_export([plain, (nanning[0], nanning[1], nanning[2][1:], None)]))
    assert found == [expected([plain])[0]]
    assert [nanning[1][0], nanning[2][1]] in lost


@pytest.mark.parametrize("shape", [text_export, raw_extraction], ids=["text_export", "raw_extraction"])
def test_a_papers_dateline_in_square_brackets_opens_the_columns_first_brief(shape):
    """天水日报's '【本报兰州电】（记者李海峰）4月21日，…' under a headline and its deck, first under the heading: the raw
    column's section began at no brief (its two headline lines told unread, the brief lost)."""
    column = [BY_NAME[name] for name in ("TIANSHUI_LANZHOU", "YUNCHENG")]
    assert read(shape(column)) == (expected(column), [])


def test_a_notice_on_the_page_after_a_brief_closing_with_its_byline_is_no_part_of_the_brief():
    """'…出席会议。（三峡日报全媒体记者 何冠英/文 高海燕/图）' filling the page's last column line: the next page's title opened no
    document (the byline ends no sentence), and the 永登 notice was read into the brief with a warning on its lines only."""
    column = [BY_NAME[name] for name in ("YUNCHENG", "HUANGSHI", "SANXIA_CLOSING")]
    parsed = parse_issue(raw_extraction(column))
    assert [document["title"] for document in parsed.to_export()["documents"]] == ["永登县公安局关于对县城部分道路实施临时交通管制的通告"]
    assert read(raw_extraction(column)) == (expected(column), [])


def test_a_first_line_cut_inside_its_date_is_the_paragraphs_never_the_titles():
    """The 湖南 first sentence as a raw column cuts it inside its date, its first line too narrow (a half-width figure) to be
    joined to the next: '…第二十七次会议于6' is the paragraph's, the title one line."""
    _, (title,), (first, second), day = BY_NAME["HUNAN_NPC"]
    cut = first.index("月1日")
    warnings = []
    found = news.parse([title, first[:cut], first[cut:], second], year=2024, issue_month=6, warnings=warnings)
    assert [(brief.title, str(brief.date), brief.body.split("\n")[0]) for brief in found] == [(title, day, first)]
    assert warnings == []


@pytest.mark.parametrize("name", ["YICHANG_TAIWAN", "HUNAN_NPC", "JINGZHOU", "SANXIA", "TIANSHUI_LANZHOU", "XIANNING", "ANSHUN",
                                  "GANSU", "XINHUA_NPC",
                                  "HENGYANG_NW"])
def test_a_hard_headline_first_under_the_raw_columns_heading_opens_the_section(name):
    """The column's first brief, under '政务简讯': the heading, painted after the page's columns, goes where a brief's title
    stands over its first line; a first line naming its day after its subject ('湖南省第十届…第二' over '十七次会议于6月1日…') was
    none, and the heading went under the first brief, which was read into nothing or into the paragraph before. A title under the
    heading was never set apart from a first line it was glued to by width, and a column line inside a bracketed byline ('见习记者
    董晨旭 摄影 杨光 通讯员') ended the first paragraph before its date; a headline opening with its date
    ('1月15日，甘肃省第十四届人民代表大会' over '第一次会议开幕') left an empty untitled brief before it."""
    column = [BY_NAME[name], BY_NAME["YUNCHENG"]]
    assert read(raw_extraction(column)) == (expected(column), [])


def test_a_raw_issue_opening_with_briefs_and_no_heading_reads_them():
    """A raw extraction whose column of briefs lost its heading, first in the issue: a title over its dated first line opens
    the section (its lines were all told unread, no brief read)."""
    column = [BY_NAME[name] for name in ("YUNCHENG", "TIANSHUI_XIAN", "XINGXIAN")]
    pages = [[line for _, headline, paragraphs, _ in column for line in headline + paragraphs], YONGDENG]
    assert read(raw_layout(2024, 6, pages)) == (expected(column), [])


@pytest.mark.parametrize("name", ["NANNING", "HENGYANG_XXCB", "TAIYUAN"])
def test_a_title_on_its_first_paragraphs_line_before_its_source_is_the_title(name):
    """A text export that put a headline and its first paragraph on one line, a space between, the paragraph opening with its
    source ('衡阳正蓄势成为中南重要城市 本报衡阳讯2月20日，…'): the brief was read into the one before, no word said."""
    _, headline, paragraphs, day = BY_NAME[name]
    plain = BY_NAME["YUNCHENG"]
    glued = (name, [" ".join([*headline, paragraphs[0]])], paragraphs[1:], day)
    assert read(text_export([plain, glued, plain])) == (expected([plain, (name, headline, paragraphs, day), plain]), [])


def test_a_title_glued_to_its_source_with_no_space_is_a_loss_quoting_the_line():
    """'南宁市长周红波参加宾阳县代表团审议南宁日报讯（记者磨锋）5月9日，…': where the title ends ('…审议' or '…审议南宁') no pattern
    tells; the line is quoted in a loss warning, never read silently into the brief before."""
    _, (headline,), paragraphs, day = BY_NAME["NANNING"]
    plain = BY_NAME["YUNCHENG"]
    glued = headline + paragraphs[0]
    found, lost = read(text_export([plain, ("NANNING", [glued], paragraphs[1:], day)]))
    assert [glued] in lost
