"""Statistics tables of bureaus outside Zhejiang and Fujian, as printed cells and as the rows they give.

Each table is printed by tests/pdfgen/statistics_tables.py in its bureau's manner and scanned by
tests/scans.py; the expected rows are the source's figures (tests/data/SOURCES.md), never output.
A row: (indicator, sub-row, unit, 当月, 同比, 累计, 同比) with None where nothing is printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from tests.pdfgen.statistics_tables import TableStyle


@dataclass(frozen=True)
class Bulletin:
    name: str
    title: str
    header: list[str]
    printed: list[list[str]]
    style: TableStyle
    producer: str = ""
    heading: bool = True  # 统计资料 printed over the table; False: a page holding the table alone
    running_on: str = ""  # the running header over the table's last rows, run on to a page of their own
    seed: int = 12  # the scan's (tests/scans.py)

    def expected(self) -> list[tuple]:
        def figure(cell: str) -> Decimal | None:
            return Decimal(cell) if cell and cell[-1].isdigit() else None

        return [(indicator.lstrip("# "), indicator.startswith(("#", " ")), unit, *map(figure, figures))
                for indicator, unit, *figures in self.printed]


BULLETINS = [
    # 国家统计局, 2016年前三季度: growth alone for industry, values and growth for GDP and meat; a page holding the table
    # alone (no 统计资料 over it), its heading row saying 项目
    Bulletin("national-three-line", "2016年1-9月主要经济指标", ["项目", "单位", "9月", "同比|±%", "1-9月", "同比|±%"], [
        ["规模以上工业增加值", "%", "", "", "", "6.0"],
        ["国内生产总值", "亿元", "", "", "529971", "6.7"],
        ["#第一产业增加值", "亿元", "", "", "40666", "3.5"],
        [" 第二产业增加值", "亿元", "", "", "209415", "6.1"],
        [" 第三产业增加值", "亿元", "", "", "279890", "7.6"],
        ["猪牛羊禽肉产量", "万吨", "", "", "5833", "-1.1"],
        ["#猪肉产量", "万吨", "", "", "3690", "-3.6"],
    ], TableStyle("three-line", header_lines=2), "国家统计局", heading=False),
    # 盖州市 (辽宁), 2024年1-12月: a year's totals, the month's columns dashed
    Bulletin("gaizhou-unruled-right", "盖州市2024年1-12月主要经济指标", ["指标", "单位", "本月", "同比±%", "1-本月", "同比±%"], [
        ["规模以上工业增加值", "%", "—", "—", "—", "-14.4"],
        ["固定资产投资", "%", "—", "—", "—", "5.9"],
        ["#房地产开发投资", "%", "—", "—", "—", "35.8"],
        ["财政总收入", "亿元", "—", "—", "22.9", "-30.1"],
        ["一般预算收入", "亿元", "—", "—", "13.2", "-38.9"],
        ["一般公共预算支出", "亿元", "—", "—", "49.4", "-3.6"],
        ["全社会用电量", "万千瓦时", "—", "—", "215284", "1.1"],
        ["#工业用电量", "万千瓦时", "—", "—", "127650", "-3.6"],
        [" 生活用电量", "万千瓦时", "—", "—", "44727", "9.1"],
    ], TableStyle("unruled-right", rules="none", figures="right", jitter=2.5), "盖州市统计局"),
    # a district's 1-2月 bulletin: nothing printed in the month's columns, a rule under every row
    Bulletin("district-row-rules", "2023年1-2月主要经济指标", ["指标", "单位", "本月", "同比|±%", "1-本月|累计", "同比|±%"], [
        ["规模以上工业增加值", "%", "", "", "", "-7.0"],
        ["社会消费品零售总额", "亿元", "", "", "218.20", "2.4"],
        ["固定资产投资", "%", "", "", "", "11.3"],
        ["#房地产开发项目投资", "%", "", "", "", "35.5"],
        ["一般公共预算收入", "亿元", "", "", "55.25", "20.7"],
        ["一般公共预算支出", "亿元", "", "", "62.45", "-10.4"],
    ], TableStyle("row-rules", rules="rows", figures="right", size=8.0, leading=15.0, jitter=1.5, header_lines=2), "区统计局"),
    # 北京市统计局, 2024年1-9月: the table's last three rows run on to a page holding them and the producer's line alone,
    # scanned 0.58° askew where their few text lines show no slope (seed 36)
    Bulletin("beijing-running-on", "", ["指标", "单位", "当月", "同比±%", "累计", "同比±%"], [
        ["固定资产投资（不含农户）", "%", "——", "——", "——", "9.0"],
        ["社会消费品零售总额", "亿元", "——", "——", "9803.1", "-5.1"],
        ["全市居民人均可支配收入", "元", "——", "——", "67206", "4.5"],
    ], TableStyle("grid", rules="grid"), "北京市统计局", running_on="2024年第11期", seed=36),
]
