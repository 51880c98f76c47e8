"""Back matter (赠阅范围, masthead, back cover, captions, feature articles): kept as printed lines."""

import pytest

from issues.parser import backmatter

CASES = [
    pytest.param(
        ["《温州市人民政府公报》赠阅范围：", "全市各村委会、居委会（社区）；有关行业协会、商会和企业等。"],
        ["《温州市人民政府公报》赠阅范围：", "全市各村委会、居委会（社区）；有关行业协会、商会和企业等。"],
        id="distribution_list_kept",  # 2021-05 lines 1071-1073
    ),
    pytest.param(
        ["## 温州市人民政府公报", "---", "主办：温州市人民政府", "---", "# 苍南县做好“四个加法” 打造医共体“苍南样板”"],
        ["温州市人民政府公报", "主办：温州市人民政府", "苍南县做好“四个加法” 打造医共体“苍南样板”"],
        id="markdown_marks_and_rules_dropped",  # 2021-05 lines 1087-1091, 1148
    ),
    pytest.param(
        ["- ◎ 2020年4月22日,率全国之先开辟市场采购贸易空运包机直航模式。", "\f40", "  "],
        ["◎ 2020年4月22日,率全国之先开辟市场采购贸易空运包机直航模式。"],
        id="bullets_page_marks_and_blank_lines",  # 2020-06 line 1229
    ),
    pytest.param(
        ["4月4日，温州市市场监管局举行护航“两区”建设暨“亮剑2019”综合执法行动启动仪式。"],
        ["4月4日，温州市市场监管局举行护航“两区”建设暨“亮剑2019”综合执法行动启动仪式。"],
        id="dated_photo_caption_stays_back_matter",  # 2019-04 line 1425
    ),
]


@pytest.mark.parametrize("lines, expected", CASES)
def test_back_matter(lines, expected):
    assert backmatter.parse(lines) == expected
