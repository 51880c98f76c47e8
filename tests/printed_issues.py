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


ISSUES = {"briefs-2022-12": briefs_issue, "plain-briefs-2023-09": plain_briefs_issue}
