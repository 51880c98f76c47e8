"""Small issues of public texts from governments outside Zhejiang and Fujian, laid out as the gazette lays out an
issue, for printing with tests/pdfgen: what a PDF of them gives is compared, record for record, with what their text
gives (tests/test_pdf_own_prints.py, bench/pdf_own_prints.py). Sources: tests/data/SOURCES.md ("Own printed issues").

The briefs carry what papers print around a brief: a kicker over its title, a subtitle under it, a byline on its own
line (■记者 …) or in brackets, a dateline (本报讯) opening its first paragraph, a photograph's caption and credit, credit
lines closing it; the appointments run long enough to cross a column.
"""

from __future__ import annotations

from tests.test_read_variations import LAOSHE, LAOSHE_TOC, TAIXING, WANGXING, WUHAN, WUHAN_TOC, WUYANG, XINMIN, ZHENG

# liaocheng-2025-09-25: a brief under its title and a subtitle opening with a dash
LIAOCHENG = ["市政府常务会议召开", "——研究部署“双节”期间重点工作等",
             "9月25日上午，市委副书记、市长张百顺主持召开市政府常务会议，调度近期重点工作推进落实情况，研究部署“双节”期间重点工作等。",
             "会议专题调度了国庆节、中秋节“双节”期间重点工作筹备情况，强调，要抓好经济运行，加强分析监测，扎实做好稳增长各项工作，"
             "推动经济持续稳健向好、进中提质。"]
# suizhou-10-22: a brief under its title and a long headline, its first paragraph opening with the paper's dateline
SUIZHOU = ["市政府五届六十四次常务会议和市长工作例会召开",
           "随州日报讯（全媒记者包东流）10月22日，市政府五届六十四次常务会议和市长工作例会召开，传达省委常委会（扩大）会议暨市州党委"
           "书记座谈会议精神，研究部署我市贯彻落实工作；听取前三季度全市经济运行、“两改一提”工作进展等相关情况汇报，研究推进冲刺四季度、"
           "“两改一提”、大气污染防治等工作，并审议有关事项。市委副书记、市长胡志莉出席会议并讲话。"]
# jincheng-2019-02-11: the paper's dateline and byline opening the first paragraph (本报讯 记者…报道：)
JINCHENG = ["晋城市政府召开市长碰头会",
            "本报讯 记者牛前进报道：2月11日，节后上班第一天一早，市长刘锋主持召开市长碰头会，安排部署下阶段各项重点工作。",
            "会上，各位副市长就项目建设、产业发展、招商引资、脱贫攻坚、深化改革等分别介绍了各自分管领域重点工作推进情况，并就做好"
            "下阶段各项工作提出意见和建议。",
            "市委常委、常务副市长张利锋，副市长王斌权、梁丽萍、武健鹏、冯志亮、王宏微，市政府党组成员程琳参加会议。"]

# jinan-2018, jiyuan-2023, zhongshan, zhaodong-2018-12, mengzhou-2011-06, xiushui-2011-07: decisions of congresses'
# standing committees and governments, gathered under one decider as the gazette prints a month's list
APPOINTMENTS = ["市人民政府决定：",
                "任命熊福春同志为肇东市文化广电新闻出版局局长；",
                "任命李连杰同志为肇东市商务局局长；",
                "任命周文艺、田发启同志为肇东市监察委员会副主任；",
                "任命金东权、张伟国同志为肇东市监察委员会委员；",
                "任命卫国胜、田丽洁、郝雅伟为孟州市人民政府副市长；",
                "免去汤文胜、王荔、买银朋孟州市人民政府副市长职务；",
                "任命刘松、周杏连为修水县人民政府副县长；",
                "接受庄建球同志辞去济源市人民政府市长职务的请求；",
                "任命卢江、孙斌为济南市人民政府副市长；",
                "任命陈晖东为中山市人民政府副市长；",
                "免去刘云梅的中山市人民政府副市长职务。"]

# zhangye-2024-05 (张掖市政府工作要事记): days and their items
CHRONICLE = ["1日",
             "△ 我市在高台县举行重温习近平总书记视察甘肃视察张掖重要讲话重要指示精神“七一”主题党日活动。",
             "△ 第二届甘肃省分析测试技术与仪器学会学术年会开幕。市委副书记、市长赵立香致辞。市领导柴向前、朱书生出席。",
             "2日",
             "△ 张掖市整改中央生态环保督察典型案例工作领导小组会议召开。卢小亨主持会议，赵立香安排整改工作。"]

# shanghai-retail-2022-09: a statistics table and its producer
STATISTICS = ["指标\t单位\t本月\t比上年同月增长%\t1-本月累计\t比上年同期增长%",
              "社会消费品零售总额\t亿元\t1478.53\t0.3\t11864.63\t-10.7",
              "#批发零售业\t亿元\t1363.93\t0.6\t11055.38\t-9.4",
              "#住宿餐饮业\t亿元\t114.60\t-2.8\t809.25\t-24.8"]

# The briefs as papers print them (see the module docstring); the credits and captions of the 泰兴 brief as
# tests/test_read_variations.py lays it out (written for that test).
KICKED = ["提档升级", TAIXING[0], TAIXING[1], "图为视察现场。姚翔 摄"]
BYLINED = [XINMIN[0], "■记者 肖波", XINMIN[2], "摄影 姚翔"]
BRIEFS = [LIAOCHENG, JINCHENG, WANGXING, ZHENG, KICKED, BYLINED, SUIZHOU, WUYANG]

# Briefs of other governments as their sites print them (tests/data/SOURCES.md, "pdf11f"), for the two-column
# prints of tests/test_pdf_own_prints.py: several paragraphs a brief, datelines, a credit, short paragraphs
# zoucheng-2022-10-10: a standing meeting's brief of three long paragraphs, long enough to cross a column or a page
ZOUCHENG = ["市政府常务会议召开",
            "10月10日，市委副书记、市长王建文主持召开市政府常务会议，传达学习习近平总书记重要讲话精神，研究经"
            "济运行、疫情防控、安全生产、生态环保等工作。市领导曹海成、满人源、布方锋、薛波、蔡庆华、刘君妮、张道"
            "然出席会议，市直有关部门、各镇街和有关企业主要负责同志列席会议。",
            "会议传达学习了习近平总书记在上海合作组织成员国元首理事会第二十二次会议上的重要讲话精神、向产业链供应"
            "链韧性与稳定国际论坛的贺信、在参观“奋进新时代”主题成就展时的重要讲话精神和为《复兴文库》所作序言。"
            "会议强调，习近平总书记的重要讲话和重要文章，高屋建瓴、思想深邃，是我们做好当前和今后一个时期工作的根"
            "本遵循。各级各部门要深刻把握精神实质和核心要义，结合我市实际，深入抓好贯彻落实。要加快外资项目引进和"
            "建设步伐，推动开放型经济不断取得新突破、新发展。要围绕“1+5”主导产业，持续强链延链补链，培育壮大"
            "一批优势特色产业链。要全面总结10年来我市发展成果，讲好邹城故事，传播邹城声音，为党的二十大胜利召开"
            "营造良好氛围。",
            "会议听取了全市1-8月份重要指标及事项完成情况。会议要求，要锚定“济宁争第一、全省进10强、全国挺进"
            "30强”目标，坚决落实“疫情要防住、经济要稳住、发展要安全”重要要求，强化经济运行分析调度，全力攻坚"
            "重点难点工作，坚决守牢守好疫情防控、安全生产、生态保护等“一排底线”，确保圆满完成全年目标任务。"]
# ruzhou-2021-08-20: the paper's dateline and byline opening it, a one-line paragraph, a paragraph of names
RUZHOU = ["韩春晓主持召开市长办公会议",
          "本报讯（融媒体中心记者陈晶）8月20日，市委副书记、代市长韩春晓主持召开市长办公会议，听取了全市疫情"
          "防控、灾后重建、招商引资、乡村振兴、经济运行、项目建设等重点工作汇报，并逐项进行了梳理和安排部署。",
          "韩春晓强调，全市上下要慎终如始抓好常态化疫情防控，加快推进疫苗接种，实现疫苗接种全覆盖，巩固来之不易"
          "的防疫成果，切实保障群众生命健康安全。要谋划项目、精准招商，细化工作方案，为加快项目落地提供优质服务"
          "。",
          "会议还对完善政府工作机制、加强资源管理等工作进行安排部署。",
          "市领导陈淑雅、刘国朝、张剑奇、梁建文、姚军柱、郑华永、陈晓明、李鑫琪、张振伟、赵三壮、吕占洪、史清秀"
          "、汪聚涛、魏俊涛、陈振军、李应席、鲁武国、朱同正、陈万幸、朱新正、武乐蒙、倪建国参加会议；政府办、督"
          "查局有关部门列席会议。"]
# baoji-2023-09-26: a long headline (it all but fills a column), a short last paragraph
BAOJI = ["全市县（区）委书记座谈会暨信访、安全稳定工作会议召开",
         "9月26日下午，全市县（区）委书记座谈会暨信访、安全稳定工作会议召开。市委书记杨广亭主持会议并讲话，"
         "市长王勇安排稳增长工作，市人大常委会主任景耀平、市政协主席刘其智、市委副书记段小龙参加会议。",
         "会议通报了今年1至8月经济运行情况和全市重点项目建设情况，部分市级部门、县区负责同志发言。会前，与会"
         "同志赴部分县区观摩了重点项目建设情况。",
         "市委常委、市政府副市长及各县区、有关部门负责同志参加会议和观摩。"]
# jining-2025-09-24: a news site's dateline (济宁新闻网·更济宁讯（记者 秦伯璞）)
JINING = ["济宁市政府第六次全体（扩大）会议召开",
          "济宁新闻网·更济宁讯（记者 秦伯璞）9月24日上午，济宁市政府第六次全体（扩大）会议召开。市委副书记"
          "、市长张海波出席并讲话。",
          "市委常委、副市长刘东波、张东，副市长张大勇、李丽，市政府秘书长张斌举出席会议。"]
# xinyang-2011-08-30: a meeting with guests, closed by the photographer's credit line
XINYANG = ["郭瑞民会见港中旅集团客人",
           "8月30日上午，市长郭瑞民在市行政中心亲切会见了中国港中旅集团公司副总经理许慕韩一行，双方就进一步推"
           "进鸡公山文化旅游合作项目建设进行了深入交流和沟通。市委常委、宣传部部长、副市长张春香会见时在座。",
           "本报记者 马保群 摄"]
# liyang-2019-03-23: figures with decimals and per cent signs in its text
LIYANG = ["市政府召开第二十四次常务会议",
          "3月23日上午，市长徐华勤主持召开市政府第二十四次常务会议，市领导周卫中、刘新农、曹俊、陆慧琦、何家"
          "奎、孙秀峰、陈波涛、周志俊出席会议。",
          "会议听取了市安委办主任、应急管理局局长王国权关于一季度全市安全生产工作情况汇报。一季度，全市各类生产"
          "安全事故起数与死亡人数同比分别下降了59.2%和8.3%。"]
# zhongwei-2025-04-14: a first paragraph of one short sentence
ZHONGWEI = ["市政府召开第107次常务会议",
            "4月14日，市政府召开第107次常务会议。",
            "会议强调，要认真落实党中央、国务院和自治区党委、政府部署要求，树牢“两个坚持、三个转变”防灾减灾救灾"
            "理念，认清严峻形势、突出工作重点、凝聚强大合力，坚决打赢防汛抗旱这场硬仗，切实保障人民群众生命财产安"
            "全。"]
# wuhu-2019-09-27: quoted questions run together in a paragraph (“…？”“…？”)
WUHU = ["贺懋燮检查督导节前安全生产工作",
        "本报讯（记者 张申尚 余霏）9月27日上午，市委副书记、市长贺懋燮，市委常委、常务副市长曹哨兵采取“"
        "四不两直”方式检查督导节前安全生产工作，听取全市节假日期间文化旅游、安全生产、消防安全、交通保障等工"
        "作汇报，面对面征求企业对政府工作的意见建议，实地督导各级各部门各单位安全生产责任制落实情况。",
        "贺懋燮一行先后深入鸠兹古镇、精艺铜业、欧尚超市、芜宣高速出入口等地检查督导。“日常如何安全防控？”“"
        "消防设施是否齐全？”“值班制度怎么落实？”每到一处，贺懋燮详细询问安全生产职责分工、安全隐患排查、安"
        "全措施落实等情况，认真查验消防器材、疏散通道、安全出口以及应急预案和处置流程，要求严格落实安全生产企"
        "业主体责任和行业监管责任，把防范措施细化到每个环节、每名员工，切实做到责任、措施、配合三到位，坚决防"
        "范事故发生。"]
OTHER_BRIEFS = [ZOUCHENG, RUZHOU, BAOJI, JINING, XINYANG, LIYANG, ZHONGWEI, WUHU]


TITLED = ("人事任免", "政府记事", "统计资料")  # columns whose entry is printed again as the title over them
UNHEADED = ("部门文件",)  # documents follow the contents without their column's heading, as in the gazette


def issue_text(year: int, month: int, sections: list[tuple[str, str, list[str]]], total: int = 300) -> str:
    """An issue of (column, entry, lines) sections: cover, 目录 (pages set by the printer), the body in the fixtures'
    form (a paragraph a line, blank lines between)."""
    lines = ["温州市人民政府公报", f"{year}.{month}", f"总第{total}期（月刊）", "目  录"]
    for column, entry, _ in sections:
        lines += [column, f"{entry}……………（03）"]
    for column, entry, body in sections:
        heading = [] if column in UNHEADED else [" ".join(column)]
        lines += heading + ([entry] if column in TITLED else []) + body
    return "\n\n".join(lines) + "\n"


def chronicle_entries(year: int, month: int, lines: list[str]) -> tuple[list[tuple[str, str]], list[list[str]]]:
    """The (date, text) of each chronicle entry of an issue printing `lines` under its month's 政府记事, and the lines each
    loss warning quotes."""
    from issues.parser import parse_issue

    parsed = parse_issue(issue_text(year, month, [("政府记事", f"{month}月份政府记事", lines)]))
    return [(e["date"], e["text"]) for e in parsed.to_export()["chronicle"]], [w.lines for w in parsed.warnings if w.level == "loss"]


def briefs_issue() -> str:
    """2022-12: two notices, a month's appointments, eight briefs, a chronicle and a statistics table."""
    briefs = [line for brief in BRIEFS for line in brief]
    return issue_text(2022, 12, [
        ("部门文件", WUHAN_TOC[1], WUHAN),
        ("部门文件", LAOSHE_TOC[1], LAOSHE),
        ("人事任免", "12月份市政府人事任免", APPOINTMENTS),
        ("政务简讯", f"{LIAOCHENG[0]}等简讯{len(BRIEFS)}则", briefs),
        ("政府记事", "12月份市政府记事", CHRONICLE),
        ("统计资料", "2022年9月社会消费品零售总额", STATISTICS + ["上海市统计局"]),
    ])


def plain_briefs_issue() -> str:
    """2023-9: the same briefs without kickers, bylines or credits."""
    plain = [LIAOCHENG[:1] + LIAOCHENG[2:], JINCHENG, WANGXING[:3], ZHENG[:3], TAIXING, XINMIN[:1] + XINMIN[2:], SUIZHOU]
    return issue_text(2023, 9, [
        ("人事任免", "9月份市政府人事任免", APPOINTMENTS),
        ("政务简讯", f"{plain[0][0]}等简讯{len(plain)}则", [line for brief in plain for line in brief]),
        ("政府记事", "9月份市政府记事", CHRONICLE),
    ])


def other_briefs_issue() -> str:
    """2024-5: a month's appointments, eight briefs of other governments, a chronicle."""
    return issue_text(2024, 5, [
        ("人事任免", "5月份市政府人事任免", APPOINTMENTS),
        ("政务简讯", f"{ZOUCHENG[0]}等简讯{len(OTHER_BRIEFS)}则",
         [line for brief in OTHER_BRIEFS for line in brief]),
        ("政府记事", "5月份市政府记事", CHRONICLE),
    ])


ISSUES = {"briefs-2022-12": briefs_issue, "plain-briefs-2023-09": plain_briefs_issue,
          "other-briefs-2024-05": other_briefs_issue}
