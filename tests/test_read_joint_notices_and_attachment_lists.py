"""Notices of 上海's bureaus and districts as their pages print them, laid out as an issue (issue 21 §1): joint issuers a title
joins with 「、」 (each its own issuer, as the gazette stores joint issuers: one space apart; a raw extraction lost the whole
notice), and an attachment list whose label stands alone on its line, its titles under it (read as no attachment, silently).
Sources: tests/data/SOURCES.md, "wild18"."""

import pytest

from issues.parser import parse_issue
from tests.test_read_variations import layout, raw_layout

# 上海市交通委员会、上海市公安局 沪交道运〔2023〕328号: a joint 通告 without addressees, signed by both bodies' short names
LANE_TITLE = "上海市交通委员会、上海市公安局关于71路中运量西延伸公交线路实行专用车道管理的通告"
LANE = [LANE_TITLE, "沪交道运〔2023〕328号",
        "目前，71路中运量西延伸工程已具备试运营条件。为确保行车安全，维护行车秩序，提高通行效率和承运能力，根据《上海市道路交通管理条例》"
        "《上海市公共汽车和电车客运管理条例》有关规定，结合本市实际情况，对71路中运量西延伸公交线路实行专用车道管理，现就有关事项通告如下：",
        "三、违反本通告规定，车辆擅自驶入71路西延伸沿线专用车道的，由公安机关依据《中华人民共和国道路交通安全法》《上海市道路交通管理条例》"
        "的有关规定予以处罚。",
        "特此通告。", "市交通委", "市公安局", "2023年5月10日"]
# 上海市生态环境局 上海市规划和自然资源局 沪环土〔2026〕88号: a joint 函, its two attachments numbered under '附件：' alone
SOIL_TITLE = "上海市生态环境局 上海市规划和自然资源局关于更新《上海市建设用地土壤污染风险管控和修复名录》的函"
SOIL_ATTACHMENTS = ["上海市建设用地土壤污染风险管控和修复名录（截至2026年6月30日）",
                    "上海市建设用地土壤污染风险管控和修复名录移出清单（截至2026年6月30日）"]
SOIL = [SOIL_TITLE, "沪环土〔2026〕88号", "各区人民政府，各有关单位：",
        "根据《中华人民共和国土壤污染防治法》有关要求，市生态环境局会同市规划资源局，对《上海市建设用地土壤污染风险管控和修复名录》"
        "及移出清单（以下简称《名录》）进行更新。更新后，《名录》共有58个地块（附件１），移出清单共有5个地块（附件2），现印发给你们。",
        "附件：", f"1.{SOIL_ATTACHMENTS[0]}", f"2.{SOIL_ATTACHMENTS[1]}", "上海市生态环境局", "上海市规划和自然资源局", "2026年7月21日"]
# 上海市市场监督管理局 沪市监标技〔2023〕261号: a 公告 listing one attachment, unnumbered, under '附件：' alone
STANDARDS_TITLE = "上海市市场监督管理局关于发布《农用地现状分类》等5项地方标准的公告"
STANDARDS = [STANDARDS_TITLE, "沪市监标技〔2023〕261号",
             "上海市市场监督管理局批准《农用地现状分类》等5项上海市地方标准，现予以公布。批准发布的地方标准目录详见附件。",
             "附件：", "批准发布的上海市地方标准目录", "上海市市场监督管理局", "2023年6月5日"]

EXPECTED = [
    ("沪交道运〔2023〕328号", "上海市交通委员会 上海市公安局", "2023-05-10", []),
    ("沪环土〔2026〕88号", "上海市生态环境局 上海市规划和自然资源局", "2026-07-21", SOIL_ATTACHMENTS),
    ("沪市监标技〔2023〕261号", "上海市市场监督管理局", "2023-06-05", ["批准发布的上海市地方标准目录"]),
]


def documents(text):
    parsed = parse_issue(text)
    found = [(d["doc_number"], d["issuer"], d["signed_date"], d["attachments"]) for d in parsed.to_export()["documents"]]
    return found, [(w.kind, w.lines) for w in parsed.warnings if w.level == "loss"]


@pytest.mark.parametrize("text", [
    pytest.param(layout(2026, 7, [("部门文件", LANE_TITLE), ("部门文件", SOIL_TITLE), ("部门文件", STANDARDS_TITLE)],
                        LANE + SOIL + STANDARDS), id="text_export"),
    pytest.param(raw_layout(2026, 7, [LANE, SOIL, STANDARDS]), id="raw_extraction"),
])
def test_joint_issuers_joined_by_a_pause_mark_and_attachments_under_a_label_alone(text):
    assert documents(text) == (EXPECTED, [])


def test_an_attachment_label_under_which_no_title_is_read_is_a_loss():
    # the 公告 above, the line under its label worded for the test as a sentence (no title to read)
    unread = STANDARDS[:4] + ["详见上海市质量和标准化研究院网站公布的标准文本。"] + STANDARDS[5:]
    found, losses = documents(layout(2023, 6, [("部门文件", STANDARDS_TITLE)], unread))
    assert found[0][3] == []
    assert ("document_attachments_unread", [f"{STANDARDS_TITLE}（沪市监标技〔2023〕261号）", "附件："]) in losses
