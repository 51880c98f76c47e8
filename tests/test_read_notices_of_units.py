"""通告 of a city's police and its traffic unit as 北京's pages print them, laid out as an issue's 部门文件 (issue 21 §1): no doc
number, a title naming no issuer (the signature names it), one after another on a page, and a 通告 numbered by its year on its
own line under its title ('2013年 第10号'). Each is its own document with its issuer and date from its signature, in a text
export and in a raw two-column extraction. Sources: tests/data/SOURCES.md, "wild16"."""

import pytest

from issues.parser import parse_issue
from tests.test_read_variations import layout, raw_layout

# 北京市公安局 2015-11-19 (xunlv.cn): titled with its issuer, no number, no addressees
SUMMIT = ["北京市公安局关于第四次中国-中东欧领导人会晤在京活动期间采取交通管制措施的通告",
          "第四次中国-中东欧领导人会晤定于2015年11月23日至11月27日在苏州、上海、北京举行，其中，11月25日至11月27日在北京举行国事活动。"
          "为确保活动顺利进行，保障交通安全畅通，根据《北京市实施〈中华人民共和国道路交通安全法〉办法》的有关规定，11月25日至11月27日，"
          "首都机场高速公路、东二环路、长安街将频繁采取临时交通管控措施。",
          "请社会各单位和广大群众给予理解和支持，自觉遵照执行。", "特此通告。", "北京市公安局", "2015年11月19日"]
# 北京市公安局公安交通管理局 2024-10-25 (laihamady.com, in traditional characters, laid out in simplified): its title names no issuer
ANNINGZHUANG = ["关于海淀区安宁庄中街施工期间临时交通管理措施延期的通告",
                "为保证海淀区安宁庄中街雨水管线工程施工期间的道路交通安全与畅通，根据道路交通安全法律法规有关规定，决定海淀区安宁庄中街"
                "（安宁庄东路至京藏高速公路辅路段）西向东方向禁止机动车、非机动车通行的临时交通管理措施延期至2024年12月31日。",
                "请社会单位和广大市民给予理解支持，自觉遵照执行。", "特此通告。", "北京市公安局公安交通管理局", "2024年10月25日"]
# 北京市公安局公安交通管理局 2013-03-27 (wisor.cc): its serial by year under the title (the title written for the test: the page
# prints the number and the text under a heading of its own)
SHICHAHAI = ["北京市公安局公安交通管理局关于清明节期间什刹海景区周边道路采取交通管理措施的通告", "2013年 第10号",
             "为确保2013年清明节期间什刹海景区前海、后海周边道路的交通安全与畅通，根据《中华人民共和国道路交通安全法》的有关规定，决定自"
             "2013年4月4日起至4月6日止，每天14时至23时，对什刹海景区周边道路禁止机动车驶入。",
             "特此通告。", "北京市公安局公安交通管理局", "2013年3月27日"]
TRAFFIC_UNIT = "北京市公安局公安交通管理局"
EXPECTED = [("", "北京市公安局", "2015-11-19", SUMMIT[0]), ("", TRAFFIC_UNIT, "2024-10-25", ANNINGZHUANG[0]),
            ("2013年第10号", TRAFFIC_UNIT, "2013-03-27", SHICHAHAI[0])]


def documents(text):
    parsed = parse_issue(text)
    found = [(d["doc_number"], d["issuer"], d["signed_date"], d["title"]) for d in parsed.to_export()["documents"]]
    return found, [w.kind for w in parsed.warnings if w.level == "loss"]


@pytest.mark.parametrize("text", [
    pytest.param(layout(2024, 10, [("部门文件", SUMMIT[0]), ("部门文件", ANNINGZHUANG[0]), ("部门文件", SHICHAHAI[0])],
                        SUMMIT + ANNINGZHUANG + SHICHAHAI), id="text_export"),
    pytest.param(raw_layout(2024, 10, [SUMMIT + ANNINGZHUANG, SHICHAHAI]), id="raw_extraction"),
])
def test_each_notice_is_its_own_document_its_serial_by_year_its_number(text):
    assert documents(text) == (EXPECTED, [])


def test_a_serial_by_year_is_no_line_of_the_body():
    body = next(d["body"] for d in parse_issue(layout(2013, 3, [("部门文件", SHICHAHAI[0])], SHICHAHAI)).to_export()["documents"])
    assert body.startswith("为确保2013年清明节期间") and "第10号" not in body
