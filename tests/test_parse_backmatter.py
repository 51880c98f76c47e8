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
        ["- ◎ 2020年4月22日,率全国之先开辟市场采购贸易空运包机直航模式。", "  "],
        ["◎ 2020年4月22日,率全国之先开辟市场采购贸易空运包机直航模式。"],
        id="bullets_and_blank_lines",  # 2020-06 line 1229
    ),
    pytest.param(
        ["4月4日，温州市市场监管局举行护航“两区”建设暨“亮剑2019”综合执法行动启动仪式。"],
        ["4月4日，温州市市场监管局举行护航“两区”建设暨“亮剑2019”综合执法行动启动仪式。"],
        id="dated_photo_caption_stays_back_matter",  # 2019-04 line 1425
    ),
    pytest.param(
        ["三、突出普惠共享,全面优化城乡公交。开展“公交进乡村、票价惠农民”行动,建立城乡公交服务质",
         "量考核机制,强化城乡公交经营亏损财政兜底保障,确保城乡公交“长久通”“满意通”。",
         "四、围绕降本增效,全面升级物流服务。"],
        ["三、突出普惠共享,全面优化城乡公交。开展“公交进乡村、票价惠农民”行动,建立城乡公交服务质"
         "量考核机制,强化城乡公交经营亏损财政兜底保障,确保城乡公交“长久通”“满意通”。",
         "四、围绕降本增效,全面升级物流服务。"],
        id="feature_paragraph_cut_by_a_page_is_rejoined",  # 2020-11 lines 1309-1311
    ),
    pytest.param(
        ["11月2日，我市与浙江省机场集团举行温州龙湾国际机场三期扩建项目建设合作协议签约仪式",
         "11月6日上午，2020第八届国际时尚消费暨第十六届浙江(温州)轻工产品博览会在温州会展中心开幕 (杨冰杰/摄)"],
        ["11月2日，我市与浙江省机场集团举行温州龙湾国际机场三期扩建项目建设合作协议签约仪式",
         "11月6日上午，2020第八届国际时尚消费暨第十六届浙江(温州)轻工产品博览会在温州会展中心开幕 (杨冰杰/摄)"],
        id="captions_without_a_full_stop_stay_apart",  # 2020-11 lines 1277-1281
    ),
    pytest.param(
        ["5月18日，第45个国际博物馆日到来之际，“命运与共——高公博百国之木雕刻艺术展”在我市博物馆拉开帷幕  ", "(杨冰杰/摄)",
         "5月19日，我市召开全市制造业高质量发展大会"],
        ["5月18日，第45个国际博物馆日到来之际，“命运与共——高公博百国之木雕刻艺术展”在我市博物馆拉开帷幕 (杨冰杰/摄)",
         "5月19日，我市召开全市制造业高质量发展大会"],
        id="photo_credit_after_a_markdown_line_break_goes_back_on_its_caption",  # 2021-05 lines 1133-1138
    ),
]


@pytest.mark.parametrize("lines, expected", CASES)
def test_back_matter(lines, expected):
    assert backmatter.parse(lines) == expected
