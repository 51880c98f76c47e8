"""Layout of a raw two-column extraction (issues/parser/layout.py): one row per hard case of 2020-09.

Snippets are written as the extraction prints them: `column(...)` puts the blank line that follows
every column line; a string starting with a space is a page top. The steps read and give
lines.Line values: a string is a printed line, PAGE a page break whose page the text does not
tell, page(29) a break to printed page 29, placed(...) a line the steps have put in place.
"""

import pytest

from issues.parser import layout, parse_issue
from issues.parser.lines import Line, page_break, placed, split_lines
from tests.conftest import ISSUE_FILES, as_lines, fixture_text

PAGE = page_break()
page = page_break


def column(*lines: str) -> list[str]:
    """Column lines as extracted: each followed by a blank line."""
    out: list[str] = []
    for line in lines:
        out += [line, ""]
    return out


# --- single steps --------------------------------------------------------------------------------

STEP_CASES = [
    pytest.param(
        layout.drop_running_headers,
        column("的向往地、创业地、圆梦地。", "温州市人民政府公报（总第217期） 政务简讯", "凝聚力"),
        ["的向往地、创业地、圆梦地。", "", "", "凝聚力", ""],
        id="running_header_with_column_title_dropped",  # fixture line 4132
    ),
    pytest.param(
        layout.drop_running_headers,
        column("号）文件同时废止。", "2020年第9 期文件发布", "各县（市、区）人民政府，市政府直属各单位："),
        ["号）文件同时废止。", "", "", "各县（市、区）人民政府，市政府直属各单位：", ""],
        id="odd_page_header_with_issue_number_dropped",  # fixture line 2951
    ),
    pytest.param(
        layout.mark_page_footers,
        column("号）文件同时废止。", "·    28    ·"),
        column("号）文件同时废止。", page(29)),
        id="footer_closes_its_page_so_the_next_page_starts_there",  # fixture line 2949
    ),
    pytest.param(
        layout.mark_page_footers,
        ["温州市人民政府公报", "", "— 3 —", "", "各县市区人民政府，岳阳经济技术开发区、", "", "清廉。",
         " 2017年第2期", "", "— 4 —", "", "理工作质量，根据有关法律、法规和规定，"],
        ["温州市人民政府公报", "", page(3), "", "各县市区人民政府，岳阳经济技术开发区、", "", "清廉。",
         " 2017年第2期", "", page(4), "", "理工作质量，根据有关法律、法规和规定，"],
        id="number_after_the_running_header_that_opens_its_page_heads_that_page",  # tests/data/raw (岳阳, 金华)
    ),
    pytest.param(
        layout.mark_page_footers,
        column("清廉。", "2017年第2期", "— 4 —"),
        column("清廉。", "2017年第2期", page(5)),
        id="header_inside_the_page_text_leaves_the_number_a_footer",
    ),
    pytest.param(
        layout.mark_page_breaks,
        ["移人口落户数量挂钩机制，保障农业人口向城", "", "关于打造千万级常住人口城市的若干意见",
         " 镇有序转移。加快建设全国性综合交通枢纽，", ""],
        [PAGE, "移人口落户数量挂钩机制，保障农业人口向城", "", "关于打造千万级常住人口城市的若干意见",
         PAGE, " 镇有序转移。加快建设全国性综合交通枢纽，", ""],
        id="page_top_is_a_spaced_line_right_after_a_text_line",  # fixture lines 99-108
    ),
    pytest.param(
        layout.mark_page_breaks,
        column("级以上政府应急管理办事机构备案。", " 法律法规另有规定的从其规定。   "),
        [PAGE] + column("级以上政府应急管理办事机构备案。", " 法律法规另有规定的从其规定。   "),
        id="spaced_line_after_a_blank_line_is_no_page_break",  # fixture line 2544
    ),
    pytest.param(
        layout.number_page_breaks,
        [PAGE, "a", PAGE, "b", page(29), "c", PAGE, "d"],
        [page(27), "a", page(28), "b", page(29), "c", page(30), "d"],
        id="page_breaks_counted_back_and_on_from_a_footer",  # footers at lines 2949, 3979, 4130
    ),
    pytest.param(
        layout.number_page_breaks,
        [page(29), "a", PAGE, "b", PAGE, "c", page(31), "d"],
        [page(29), "a", PAGE, "b", PAGE, "c", page(31), "d"],
        id="pages_between_footers_that_disagree_with_the_count_stay_unknown",
    ),
    pytest.param(
        layout.mark_standalone_lines,
        ["                                   温州市人民政府", "各区人民政府，市各有关单位：",
         "　　#住户存款 亿元 —— —— 8447.98 12.0 ", "为进一步完善我市市区房屋征收与补偿政"],
        [placed("温州市人民政府"), placed("各区人民政府，市各有关单位："),
         placed("#住户存款 亿元 —— —— 8447.98 12.0"), "为进一步完善我市市区房屋征收与补偿政"],
        id="signature_addressees_and_table_rows_stand_alone",  # lines 597, 663, 4838, 665
    ),
    pytest.param(
        layout.move_title_blocks,
        [PAGE, " 各区人民政府，市各有关单位：", "", "顺利开展。", "", "ZJCC00-2020-0012 ", "", "温州市人民政府", "",
         "关于推进市区房屋征收补偿房票安置的", "", "实施意见", "温政发〔2020〕24号", PAGE],
        [PAGE, placed("ZJCC00-2020-0012"), placed("温州市人民政府"),
         placed("关于推进市区房屋征收补偿房票安置的实施意见"), placed("温政发〔2020〕24号"),
         " 各区人民政府，市各有关单位：", "", "顺利开展。", "", PAGE],
        id="title_block_moved_before_the_addressees_of_its_page",  # lines 663-767
    ),
    pytest.param(
        layout.move_title_blocks,
        [PAGE, "二〇一一年五月十八日", "", "乐昌市教育局", "", "关于下达2021年城乡义务教育公用经费", "", "补助资金的通知", "",
         "各义务教育学校：", "", "根据市财政局文件精神，现下达你校", PAGE],
        [PAGE, "二〇一一年五月十八日", "", placed("乐昌市教育局"),
         placed("关于下达2021年城乡义务教育公用经费补助资金的通知"), "", "各义务教育学校：", "", "根据市财政局文件精神，现下达你校",
         PAGE],
        id="unnumbered_title_block_followed_by_its_addressees_stays_in_place",  # tests/test_read_documents.py LECHANG
    ),
    pytest.param(
        layout.move_title_blocks,
        [PAGE, "各县市区人民政府，岳阳经济技术开发区、", "", "中央、省属驻岳各单位：", "", "现印发给你们。", "",
         "2017年1月20日", "", placed("各县（市、区）人民政府，市政府各部门："), "", "请按照执行。", "",
         "岳阳市人民政府", "", "关于印发《岳阳市人民政府工作规则》的通知", "", "岳政发(2017)2号", "",
         "金华市人民政府办公室", "", "关于印发金华市人民政府办理人大代表建议", "", "和政协提案工作规则的通知", "",
         "金政办发〔2010〕15号", PAGE],
        [PAGE, placed("岳阳市人民政府"), placed("关于印发《岳阳市人民政府工作规则》的通知"),
         placed("岳政发(2017)2号"), "各县市区人民政府，岳阳经济技术开发区、", "", "中央、省属驻岳各单位：", "",
         "现印发给你们。", "", "2017年1月20日", "", placed("金华市人民政府办公室"),
         placed("关于印发金华市人民政府办理人大代表建议和政协提案工作规则的通知"), placed("金政办发〔2010〕15号"),
         placed("各县（市、区）人民政府，市政府各部门："), "", "请按照执行。", "", PAGE],
        id="two_title_blocks_painted_after_one_page_head_its_two_documents_in_order",  # tests/data/raw (岳阳, 金华)
    ),
    pytest.param(
        layout.move_title_blocks,
        [PAGE, "各区人民政府，市政府各委、办、局：", "", "现将《关于本市加强政务诚信建设的实施意见》印发给你们。", "",
         "上海市人民政府", "", "印发《关于本市加强政务诚信建设的实施意见》的通知", "", "沪府发〔2017〕92号", PAGE],
        [PAGE, placed("上海市人民政府"), placed("印发《关于本市加强政务诚信建设的实施意见》的通知"),
         placed("沪府发〔2017〕92号"), "各区人民政府，市政府各委、办、局：", "",
         "现将《关于本市加强政务诚信建设的实施意见》印发给你们。", "", PAGE],
        id="title_without_guanyu_under_its_issuer_line",  # htgfsre.cn 沪府发〔2017〕92号, as GB/T 9704 sets its block
    ),
    pytest.param(
        layout.move_title_blocks,
        [PAGE, "清廉。", "", "第一章　总　则", "", "第一条　为推进市政府常务会议议事决", "", "禄丰市人民政府常务会议议事规则",
         PAGE],
        [PAGE, "清廉。", "", placed("禄丰市人民政府常务会议议事规则"), "第一章　总　则", "", "第一条　为推进市政府常务会议议事决",
         "", PAGE],
        id="a_rules_title_painted_at_the_foot_heads_its_first_chapter",  # ynlf.gov.cn 禄丰 议事规则
    ),
    pytest.param(
        layout.move_title_blocks,
        [PAGE, "原规定同时废止。", "", "（2001年10月17日深圳市第三届人民代", "", "表大会常务委员会第十一次会议通过；", "",
         "2001年12月3日广东省第九届人民代表大", "", "会常务委员会第二十九次会议批准）", "", "第一章　总　则", "",
         "第一条　为了规范深圳市人民代表大会常", "", "深圳市人民代表大会常务委员会听证条例", PAGE],
        [PAGE, "原规定同时废止。", "", placed("深圳市人民代表大会常务委员会听证条例"), "（2001年10月17日深圳市第三届人民代", "",
         "表大会常务委员会第十一次会议通过；", "", "2001年12月3日广东省第九届人民代表大", "", "会常务委员会第二十九次会议批准）", "",
         "第一章　总　则", "", "第一条　为了规范深圳市人民代表大会常", "", PAGE],
        id="a_rules_title_painted_at_the_foot_heads_its_passage_line_of_two_stages_joined_by_a_semicolon",  # 深圳 听证条例
    ),
    pytest.param(
        layout.move_title_blocks,
        [PAGE, "2017年1月20日", "", "岳阳市人民政府工作规则", "", "第一章　总　则", "", "一、根据宪法，制定本规则。", "",
         "人事任免", PAGE],
        [PAGE, "2017年1月20日", "", "岳阳市人民政府工作规则", "", "第一章　总　则", "", "一、根据宪法，制定本规则。", "",
         "人事任免", PAGE],
        id="an_enclosed_rule_under_its_own_title_is_no_rule_painted_apart",  # miluo.gov.cn 岳政发〔2017〕2号
    ),
    pytest.param(
        layout.join_cut_title_blocks,
        [page(3), "市加强政务诚信建设提出如下实施意见：", "", "沪府发〔2017〕92号", "", "金华市人民政府办公室", "",
         "关于印发金华市人民政府办理人大代表建议", page(4), "各县（市、区）人民政府，市政府各部门：", "", "规则。", "",
         "和政协提案工作规则的通知", "", "金政办发〔2010〕15号", "", page(5), "第四条"],
        [page(3), "市加强政务诚信建设提出如下实施意见：", "", "沪府发〔2017〕92号", "", placed("金华市人民政府办公室"),
         placed("关于印发金华市人民政府办理人大代表建议和政协提案工作规则的通知"), placed("金政办发〔2010〕15号"), page(4),
         "各县（市、区）人民政府，市政府各部门：", "", "规则。", "", "", page(5), "第四条"],
        id="a_title_block_cut_by_a_page_break_is_joined_on_the_page_it_begins",  # tests/data/raw (金华)
    ),
    pytest.param(
        layout.join_cut_title_blocks,
        [page(3), "原规定同时废止。", "", "上海市人民政府印发《关于本市加强政务诚", page(4), "各区人民政府，市政府各委、办、局：", "",
         "现将《关于本市加强政务诚信建设的实施意见》", "", "印发给你们。", "", "6月份人事任免", "", "信建设的实施意见》的通知", "",
         "沪府发〔2017〕92号", "", page(5), "市人民政府决定："],
        [page(3), "原规定同时废止。", "", placed("上海市人民政府印发《关于本市加强政务诚信建设的实施意见》的通知"),
         placed("沪府发〔2017〕92号"), page(4), "各区人民政府，市政府各委、办、局：", "", "现将《关于本市加强政务诚信建设的实施意见》", "",
         "印发给你们。", "", "6月份人事任免", "", "", page(5), "市人民政府决定："],
        id="a_section_heading_painted_before_the_rest_of_a_cut_title_is_no_part_of_it",  # htgfsre.cn 沪府发〔2017〕92号
    ),
    pytest.param(
        layout.join_cut_title_blocks,
        [page(3), "市各直属单位：", "", "宿迁市人民政府关于印发宿迁市城乡医疗救", "", "助暂行办法的通知", "", "宿政发〔2008〕65号",
         page(4), "要求。", "", "乐昌市教育局", "", "关于下达2021年城乡义务教育公用经费补助资金的通知", page(5)],
        [page(3), "市各直属单位：", "", "宿迁市人民政府关于印发宿迁市城乡医疗救", "", "助暂行办法的通知", "", "宿政发〔2008〕65号",
         page(4), "要求。", "", "乐昌市教育局", "", "关于下达2021年城乡义务教育公用经费补助资金的通知", page(5)],
        id="a_whole_block_then_the_next_pages_own_block_are_no_cut_block",  # tests/test_read_documents.py FRAMED
    ),
    pytest.param(
        layout.move_headings_to_page_top,
        [PAGE, placed("乐昌市教育局"), placed("关于下达补助资金的通知"), "现下达你校补助资金。", "乐昌市教育局",
         "2021年3月1日", "市人民政府决定：", "人事任免", PAGE],
        [PAGE, placed("乐昌市教育局"), placed("关于下达补助资金的通知"), "现下达你校补助资金。", "乐昌市教育局",
         "2021年3月1日", placed("人事任免"), "市人民政府决定：", PAGE],
        id="heading_goes_after_the_signature_of_a_document_moved_to_the_page_top",
    ),
    pytest.param(
        layout.move_headings_to_page_top,
        [PAGE, "现下达你校补助资金。", "", "乐昌市教育局", "", "2021年3月1日", "", "陕西省第十二届人民代表大会常务委员会第", "",
         "二十六次会议4月1日决定，接受娄勤俭辞去陕", "", "西省人民政府省长职务的请求，任命胡和平为", "", "陕西省人民政府副省长、代省长。",
         "", "人事任免", PAGE],
        [PAGE, "现下达你校补助资金。", "", "乐昌市教育局", "", "2021年3月1日", "", placed("人事任免"), "陕西省第十二届人民代表大会常务委员会第",
         "", "二十六次会议4月1日决定，接受娄勤俭辞去陕", "", "西省人民政府省长职务的请求，任命胡和平为", "", "陕西省人民政府副省长、代省长。",
         "", PAGE],
        id="heading_goes_over_a_meetings_decision_wrapped_before_its_comma",  # 陕西 2016-04 after the 乐昌 document's end
    ),
    pytest.param(
        layout.move_headings_to_page_top,
        [page(3), "原规定同时废止。", "", "政府记事", page(4), "济宁市人民政府2007年5月大事记", "",
         "1日 市委副书记、市长张振川，市委常委、政", "", "法委书记步士金，副市长韩军等走访慰问公安干警。", page(5)],
        [page(3), "原规定同时废止。", "", placed("政府记事"), page(4), placed("济宁市人民政府2007年5月大事记"), "",
         "1日 市委副书记、市长张振川，市委常委、政", "", "法委书记步士金，副市长韩军等走访慰问公安干警。", page(5)],
        id="a_chronicle_heading_painted_at_the_foot_stays_over_the_chronicle_opening_the_next_page",  # 济宁 大事记 2007-05
    ),
    pytest.param(
        layout.move_headings_to_page_top,
        [page(3), "原规定同时废止。", "", placed("济宁市人民政府2007年5月大事记"), "", "1日 市委副书记、市长张振川，市委常委、政", "",
         "法委书记步士金，副市长韩军等走访慰问公安干警。", "", "政府记事", page(4)],
        [page(3), "原规定同时废止。", "", placed("政府记事"), placed("济宁市人民政府2007年5月大事记"), "",
         "1日 市委副书记、市长张振川，市委常委、政", "", "法委书记步士金，副市长韩军等走访慰问公安干警。", "", page(4)],
        id="a_chronicle_heading_painted_at_the_foot_goes_over_its_month_title_the_column_printed",  # 济宁 大事记 2007-05
    ),
    pytest.param(
        layout.move_headings_to_page_top,
        [PAGE, "", "市人民政府决定：", "", "9月份市政府人事任免", "", "职务；", "", "机构人事", PAGE],
        [PAGE, placed("机构人事"), placed("9月份市政府人事任免"), "", "市人民政府决定：", "", "", "职务；",
         "", PAGE],
        id="month_heading_and_column_title_go_to_the_page_top",  # lines 3983-4021
    ),
    pytest.param(
        layout.join_column_lines,
        [PAGE, " 移人口落户数量挂钩机制，保障农业人口向城", "", page(4), " 镇有序转移。", "", "（一）房票。"],
        [PAGE, "移人口落户数量挂钩机制，保障农业人口向城镇有序转移。", page(4), "（一）房票。"],
        id="page_break_inside_a_paragraph_moves_after_it",  # lines 99-108
    ),
    pytest.param(
        layout.drop_running_headers,
        ["扎实做好稳增长", " 2022年第10期", "", page(4), "", "各项工作，推动经济持续稳健向好。", "", "2022年第10期", "",
         "温州市人民政府公报", "", page(5), "2021年第3期工作要点已经印发。"],
        ["扎实做好稳增长", "", page(4), "", "各项工作，推动经济持续稳健向好。", "", "2022年第10期", "", "", page(5),
         "2021年第3期工作要点已经印发。"],
        id="plain_headers_beside_a_page_number_dropped_but_not_an_issue_named_in_the_text",  # tests/data/raw (聊城)
    ),
    pytest.param(
        layout.mark_subtitled_titles,
        column("免去刘云梅的中山市人民政府副市长职务。", "市政府常务会议召开", "——研究部署“双节”期间重点工作等",
               "9月25日上午，市委副书记、市长张百"),
        column("免去刘云梅的中山市人民政府副市长职务。", placed("市政府常务会议召开"),
               placed("——研究部署“双节”期间重点工作等"), "9月25日上午，市委副书记、市长张百"),
        id="brief_title_with_a_dash_subtitle_stands_alone_over_its_date_line",  # lcrb.lcxw.cn 2025-09-26
    ),
    pytest.param(
        layout.move_headings_to_page_top,
        [PAGE, placed("金政办发〔2010〕15号"), "第三条　办理建议、提案工作适用本规则。", "",
         "济源市第十五届人民代表大会常务委员会第", "", "七次会议决定：", "", "任命陈晖东为中山市人民政府副市长；", "",
         placed("市政府常务会议召开"), placed("——研究部署“双节”期间重点工作等"), "9月25日上午，市长主持召开会议。",
         "", "人事任免", "", "政务简讯", PAGE],
        [PAGE, placed("金政办发〔2010〕15号"), "第三条　办理建议、提案工作适用本规则。", "", placed("人事任免"),
         "济源市第十五届人民代表大会常务委员会第", "", "七次会议决定：", "", "任命陈晖东为中山市人民政府副市长；", "",
         placed("政务简讯"), placed("市政府常务会议召开"), placed("——研究部署“双节”期间重点工作等"),
         "9月25日上午，市长主持召开会议。", "", "", PAGE],
        id="headings_painted_after_the_columns_go_where_each_section_opens_on_the_page",  # tests/data/raw
    ),
    pytest.param(
        layout.move_headings_to_page_top,
        [PAGE, placed("金政办发〔2010〕15号"), "规则。", "", "5月份市政府人事任免", "", "会议决定：", "",
         "任命李连杰同志为肇东市商务局局长。", "", "5月份市政府记事", "", "1日", "", "△ 我市举行主题党日活动。", "", "人事任免", "",
         "政府记事", PAGE],
        [PAGE, placed("金政办发〔2010〕15号"), "规则。", "", "", placed("人事任免"), placed("5月份市政府人事任免"),
         "会议决定：", "", "任命李连杰同志为肇东市商务局局长。", "", placed("政府记事"), placed("5月份市政府记事"), "",
         "1日", "", "△ 我市举行主题党日活动。", "", "", PAGE],
        id="a_frame_heading_joins_the_title_its_section_prints_in_the_column",  # tests/data/raw (肇东, 张掖)
    ),
    pytest.param(
        layout.move_headings_to_page_top,
        [PAGE, placed("金政办发〔2010〕15号"), "附件：金华市人民政府办理人大代表建议和政协提", "", "案工作规则", "", "9月份市政府人事任免",
         "", "济源市第十五届人民代表大会常务委员会第", "", "七次会议决定：", "", "任命陈晖东为中山市人民政府副市长。", "", "人事任免", PAGE],
        [PAGE, placed("金政办发〔2010〕15号"), "附件：金华市人民政府办理人大代表建议和政协提", "", "案工作规则", "", "",
         placed("人事任免"), placed("9月份市政府人事任免"), "济源市第十五届人民代表大会常务委员会第", "", "七次会议决定：", "",
         "任命陈晖东为中山市人民政府副市长。", "", PAGE],
        id="a_decider_wrapped_under_the_columns_own_heading_after_an_attachment_line_opens_the_section",  # tests/data/raw
    ),
    pytest.param(
        layout.move_headings_to_page_top,
        [PAGE, "济源市第十五届人民代表大会常务委员会第", "", "七次会议决定：", "", "任命陈晖东为中山市人民政府副市长。", "",
         "县十六届人大常委会召开第三十一次会议", "", "四川观察客户端讯 8月14日，县十六届人", "", "大常委会召开第三十一次会议。", "",
         "人事任免", "", "政务简讯", PAGE],
        [PAGE, placed("人事任免"), "济源市第十五届人民代表大会常务委员会第", "", "七次会议决定：", "",
         "任命陈晖东为中山市人民政府副市长。", "", placed("政务简讯"), "县十六届人大常委会召开第三十一次会议", "",
         "四川观察客户端讯 8月14日，县十六届人", "", "大常委会召开第三十一次会议。", "", "", PAGE],
        id="a_brief_under_a_news_apps_dateline_opens_the_briefs_painted_heading",  # 济源, 涉县 (tests/data/SOURCES.md)
    ),
    pytest.param(
        layout.move_headings_to_page_top,
        [PAGE, "济源市第十五届人民代表大会常务委员会第", "", "七次会议决定：", "", "任命陈晖东为中山市人民政府副市长。", "",
         "十三届全国人大二次会议在京闭幕", "", "大会完成各项议程后，栗战书发表讲话。", "", "人事任免", "", "政务简讯", PAGE],
        [PAGE, placed("政务简讯"), placed("人事任免"), "济源市第十五届人民代表大会常务委员会第", "", "七次会议决定：", "",
         "任命陈晖东为中山市人民政府副市长。", "", "十三届全国人大二次会议在京闭幕", "", "大会完成各项议程后，栗战书发表讲话。", "",
         "", PAGE],
        # the brief's first line names no day nor source: its heading alone goes to the page top, before the decision that
        # keeps its own (all went there, the news heading last, and the decision was read as a brief)
        id="a_heading_that_finds_no_start_leaves_the_other_its_place",  # 济源, 新华社 (tests/data/SOURCES.md)
    ),
    pytest.param(
        layout.join_column_lines,
        column("第三条 市政府各部门、市直各企事业", "单位、省垂直管理部门、省属驻金单位和县", "（市、区）政府办理建议、提案工作适用本",
               "规则。"),
        ["第三条 市政府各部门、市直各企事业单位、省垂直管理部门、省属驻金单位和县（市、区）政府办理建议、提案工作适用本规则。"],
        id="an_articles_first_line_with_its_full_width_space_extracted_as_one_goes_on",  # law528.infoeach.com 金华
    ),
    pytest.param(
        layout.join_column_lines,
        column("请各单位结合部门职能职责，于2019年6月", "20日 上午9:00前将修改意见反馈至市防汛办。"),
        ["请各单位结合部门职能职责，于2019年6月20日 上午9:00前将修改意见反馈至市防汛办。"],
        id="a_date_wrapped_after_its_month_with_a_gap_after_its_day_goes_on",  # 遂宁 2019-06 (its deadline written for the test)
    ),
    pytest.param(
        layout.join_column_lines,
        column("会议专题调度了国庆节、中秋节“双", "节”期间重点工作筹备情况，强调，要抓好", "经济运行。"),
        ["会议专题调度了国庆节、中秋节“双节”期间重点工作筹备情况，强调，要抓好经济运行。"],
        id="a_short_line_with_its_quotation_open_goes_on",  # lcrb.lcxw.cn 2025-09-26
    ),
    pytest.param(
        layout.join_column_lines,
        column("政务服务事项按照“标准统", "一、高效便民”的要求办理，办理结果及时公开。"),
        ["政务服务事项按照“标准统一、高效便民”的要求办理，办理结果及时公开。"],
        id="a_numbers_comma_inside_a_quotation_a_column_cut_opens_no_part",  # written for the test (raw14)
    ),
    pytest.param(
        layout.join_column_lines,
        column("国家统计局：一季度国内生产总值同比增长5.4%", "央广网北京4月17日消息（记者王逸群）据中央广播",
               "电视总台中国之声《新闻和报纸摘要》报道，"),
        ["国家统计局：一季度国内生产总值同比增长5.4%", "央广网北京4月17日消息（记者王逸群）据中央广播电视总台中国之声《新闻和报纸摘要》报道，"],
        id="a_title_as_wide_as_the_column_over_its_briefs_dateline_ends",  # 央广网 2024-04-17 (news12)
    ),
    pytest.param(
        layout.unmark_standalone_lines,
        [placed("温州市人民政府"), "正文"],
        ["温州市人民政府", "正文"],
        id="placed_lines_are_text_again_at_the_end",
    ),
    pytest.param(
        layout.collapse_spacing,
        ["（ 十 六 ） 其 他 安 置 房 （ 政 府 自 建 安 置房）。组建安置房源超市"],
        ["（十六）其他安置房（政府自建安置房）。组建安置房源超市"],
        id="letter_spaced_justified_line_collapsed",  # fixture line 865
    ),
    pytest.param(
        layout.collapse_spacing,
        ["开幕，吸引了大批温州本土优质企业前来现场招才                 （陈翔/摄）", "第一章  总  则"],
        ["开幕，吸引了大批温州本土优质企业前来现场招才 （陈翔/摄）", "第一章  总  则"],
        id="wide_gap_before_photo_credit_becomes_one_space_but_chapter_heading_kept",  # lines 4852, 1988
    ),
]


@pytest.mark.parametrize(("step", "lines", "expected"), STEP_CASES)
def test_layout_step(step, lines, expected):
    assert step(as_lines(lines)) == as_lines(expected)


# --- the whole layout, snippet in, clean lines out ------------------------------------------------

CLEAN_CASES = [
    pytest.param(
        [" 各县（市、区）人民政府，市各有关单位：", ""] + column(
            "为加快实现人口规模适度、结构优化、素", "质提升，进一步促进温州人口与经济、社会、",
            "移人口落户数量挂钩机制，保障农业人口向城", "ZJCC00-2020-0010", "温政发〔2020〕22号",
            "温州市人民政府") + ["关于打造千万级常住人口城市的若干意见", " 镇有序转移。加快建设全国性综合交通枢纽，", ""],
        [PAGE, "ZJCC00-2020-0010", "温州市人民政府", "关于打造千万级常住人口城市的若干意见", "温政发〔2020〕22号",
         "各县（市、区）人民政府，市各有关单位：",
         "为加快实现人口规模适度、结构优化、素质提升，进一步促进温州人口与经济、社会、移人口落户数量挂钩机制，"
         "保障农业人口向城镇有序转移。加快建设全国性综合交通枢纽，", PAGE],
        id="title_block_at_page_end_moved_to_document_start_and_word_cut_by_it_rejoined",  # lines 1-108
    ),
    pytest.param(
        [" 各县（市、区）人民政府，市政府直属各单位：", ""] + column(
            "予以公布。", "附件：1.继续有效的市政府行政规范性文件", "　　　   目录 ",
            "　　　2.修改后继续有效的市政府行政规范", "　　　   性文件目录 ",
            "                                  温州市人民政府", "                             　　2020年9月24日",
            "ZJCC00-2020-0011", "温政发〔2020〕23号", "温州市人民政府", "关于公布市政府及市政府办公室行政规范性",
            "文件清理结果的决定", "（扫以上二维码，阅读附件内容）"),
        [PAGE, "ZJCC00-2020-0011", "温州市人民政府", "关于公布市政府及市政府办公室行政规范性文件清理结果的决定",
         "温政发〔2020〕23号", "各县（市、区）人民政府，市政府直属各单位：", "予以公布。",
         "附件：1.继续有效的市政府行政规范性文件目录", "2.修改后继续有效的市政府行政规范性文件目录",
         "温州市人民政府", "2020年9月24日", "（扫以上二维码，阅读附件内容）"],
        id="title_block_after_the_signature_moved_and_hanging_attachment_lines_joined",  # lines 600-662
    ),
    pytest.param(
        column(" 各区人民政府，市各有关单位：", "顺利开展。", "ZJCC00-2020-0012 ", "温州市人民政府",
               "关于推进市区房屋征收补偿房票安置的") + ["实施意见", "温政发〔2020〕24号"],
        [PAGE, "ZJCC00-2020-0012", "温州市人民政府", "关于推进市区房屋征收补偿房票安置的实施意见", "温政发〔2020〕24号",
         "各区人民政府，市各有关单位：", "顺利开展。"],
        id="title_block_with_doc_number_last_put_in_clean_order",  # lines 663-766
    ),
    pytest.param(
        column(" 各县（市、区）人民政府，市政府直属各单位：",
               "《温州市突发事件应急预案管理办法》已经市政府同意，现印发给你们，请认真遵照执行。",
               "                                   温州市人民政府办公室", "                  2020年9月16日",
               "ZJCC01-2020-0017", "温政办〔2020〕75号", "温州市人民政府办公室", "关于印发温州市突发事件应急预案",
               "管理办法的通知", "第一章  总  则", "促编制应急预案，建立健全“横向到边、纵向") +
        ["温州市突发事件应急预案管理办法", " 到底”的应急预案体系。", ""],
        [PAGE, "ZJCC01-2020-0017", "温州市人民政府办公室", "关于印发温州市突发事件应急预案管理办法的通知",
         "温政办〔2020〕75号", "各县（市、区）人民政府，市政府直属各单位：",
         "《温州市突发事件应急预案管理办法》已经市政府同意，现印发给你们，请认真遵照执行。",
         "温州市人民政府办公室", "2020年9月16日", "温州市突发事件应急预案管理办法", "第一章  总  则",
         "促编制应急预案，建立健全“横向到边、纵向到底”的应急预案体系。", PAGE],
        id="enclosed_title_at_page_end_moved_to_where_the_enclosed_text_starts",  # lines 1970-2039
    ),
    pytest.param(
        ["·    37    ·", "", "温州市人民政府公报（总第217期）", ""] + column(
            "市人民政府决定：", "张祖新的温州市发展和改革委员会副主任", "9月份市政府人事任免", "职务；",
            "章公华的温州市民防局局长职务。", "机构人事"),
        [page(38), "机构人事", "9月份市政府人事任免", "市人民政府决定：",
         "张祖新的温州市发展和改革委员会副主任职务；", "章公华的温州市民防局局长职务。"],
        id="heading_inside_a_post_removed_and_put_at_the_top_of_its_page",  # lines 3979-4021
    ),
    pytest.param(
        column(" 市长姚高员，常务副市长陈建明，副市", "长汪驰、娄绍光、李无文、陈应许参加市委常", "9月份市政府记事") +
        ["政府记事", " 委扩大会议。", ""],
        [PAGE, "政府记事", "9月份市政府记事", "市长姚高员，常务副市长陈建明，副市长汪驰、娄绍光、李无文、陈应许参加市委常委扩大会议。",
         PAGE],
        id="chronicle_item_cut_by_headings_and_a_page_break_is_one_line",  # lines 4602-4609
    ),
    pytest.param(
        column(" 凝聚力", "平台育才引才留才作用，让温州成为各路英才", "政 务 简 讯", "政务简讯", "·    39    ·",
               "温州市人民政府公报（总第217期） 政务简讯", "的向往地、创业地、圆梦地。"),
        [page(39), "政务简讯", "凝聚力", "平台育才引才留才作用，让温州成为各路英才的向往地、创业地、圆梦地。", page(40)],
        id="paragraph_rejoined_across_footer_header_and_letter_spaced_column_title",  # lines 4120-4134
    ),
    pytest.param(
        column(" 婴幼儿家长科学育儿知识普及率达80%以上。", "到2025年，婴幼儿照护服务政策体系、覆"),
        [PAGE, "婴幼儿家长科学育儿知识普及率达80%以上。", "到2025年，婴幼儿照护服务政策体系、覆"],
        id="indented_line_after_a_finished_sentence_starts_a_new_paragraph",  # lines 1051-1053
    ),
    pytest.param(
        column(" 险满2年的人员，即可落户，直系亲属可随迁；", "在市区居住具有合法所有权的房屋，或者由政"),
        [PAGE, "险满2年的人员，即可落户，直系亲属可随迁；在市区居住具有合法所有权的房屋，或者由政"],
        id="sentence_ending_at_column_end_continues_when_next_line_is_full",  # lines 174-176
    ),
    pytest.param(
        column(" 一、工作目标", "紧紧围绕温州经济社会发展战略目标，通", "过强化人口总量、分布、结构、素质的宏观调"),
        [PAGE, "一、工作目标", "紧紧围绕温州经济社会发展战略目标，通过强化人口总量、分布、结构、素质的宏观调"],
        id="short_heading_stays_apart_from_its_paragraph",  # lines 9-13
    ),
    pytest.param(
        column(" 2年内到市区企业就业的，分别给予4.8万元、", "2.4万元、1.2万元、0.72万元就业补贴，分2年"),
        [PAGE, "2年内到市区企业就业的，分别给予4.8万元、2.4万元、1.2万元、0.72万元就业补贴，分2年"],
        id="amount_at_line_start_is_no_numbered_item",  # lines 226-228
    ),
    pytest.param(
        column(" 市级统筹安排在经营性土地出让中建设安置性", "商品房。", "（ 十 六 ） 其 他 安 置 房 （ 政 府 自 建 安 置",
               "房）。组建安置房源超市，各区人民政府和省"),
        [PAGE, "市级统筹安排在经营性土地出让中建设安置性商品房。", "（十六）其他安置房（政府自建安置房）。组建安置房源超市，各区人民政府和省"],
        id="letter_spaced_item_number_starts_its_own_paragraph",  # lines 861-867
    ),
    pytest.param(
        column(" 育试点正式落户温州。鼓励社会力量投资建设", "与运营体育场所是试点的重要任务之一。",
               "社会力量投资建设与运营体育场所在温州已", "有一定的发展基础，但当前还面临要素制约多、"),
        [PAGE, "育试点正式落户温州。鼓励社会力量投资建设与运营体育场所是试点的重要任务之一。",
         "社会力量投资建设与运营体育场所在温州已有一定的发展基础，但当前还面临要素制约多、"],
        id="finished_sentence_on_a_short_last_line_ends_the_paragraph",  # lines 3740-3746
    ),
    pytest.param(
        column(" 师待遇，吸引更多高素质教师从事教育事业。", "（责任单位：市教育局）", "五、健全工作机制"),
        [PAGE, "师待遇，吸引更多高素质教师从事教育事业。（责任单位：市教育局）", "五、健全工作机制"],
        id="responsibility_note_on_its_own_last_line_stays_in_the_paragraph",  # lines 524-527
    ),
    pytest.param(
        column(" 7.减免托育企业相关税费。执行《财政部 ", "税务总局 发展改革委 民政部 商务部 卫生健康"),
        [PAGE, "7.减免托育企业相关税费。执行《财政部 税务总局 发展改革委 民政部 商务部 卫生健康"],
        id="space_between_joint_issuers_kept_at_the_line_break",  # lines 1186-1188
    ),
    pytest.param(
        column(" 意识和防护能力。") + ["市政府部署秋冬季疫情防控工作 ", "抓好常态化精密智控 交出防疫高分报表", ""] +
        column("9月24日，市委副书记、市长姚高员召开会"),
        [PAGE, "意识和防护能力。", "市政府部署秋冬季疫情防控工作 抓好常态化精密智控 交出防疫高分报表",
         "9月24日，市委副书记、市长姚高员召开会"],
        id="headline_printed_on_two_lines_without_a_blank_is_one_line",  # lines 4422-4425
    ),
    pytest.param(
        [" 9月26日，为期两天的第四届楠溪江桨板公", "开赛在永嘉县楠溪江落下帷幕，该赛事共吸引", "",
         "9月19日，我市2020年秋季人才交流大会", "开幕，吸引了大批温州本土优质企业前来现场", "招才    （陈翔/摄）",
         "", "（刘伟/摄）", "", "9月10日，我市召开庆祝第36个教师节大会", " 永嘉点亮楠溪江夜经济 秀出美丽新“夜”态", ""],
        [PAGE, "9月26日，为期两天的第四届楠溪江桨板公开赛在永嘉县楠溪江落下帷幕，该赛事共吸引",
         "9月19日，我市2020年秋季人才交流大会开幕，吸引了大批温州本土优质企业前来现场招才 （陈翔/摄）",
         "（刘伟/摄）", "9月10日，我市召开庆祝第36个教师节大会", PAGE, "永嘉点亮楠溪江夜经济 秀出美丽新“夜”态"],
        id="photo_captions_are_running_text_split_by_blank_lines_and_page_breaks",  # lines 4845-4870
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CLEAN_CASES)
def test_layout_cleans_raw_snippet(lines, expected):
    assert layout.clean_lines(as_lines(lines)) == as_lines(expected)


@pytest.mark.parametrize(("name", "raw"), [(name, name == "2020-09") for name in ISSUE_FILES])
def test_only_the_raw_extraction_is_read_as_raw_layout(name, raw):
    assert layout.is_raw_layout(split_lines(fixture_text(name))) is raw


@pytest.mark.parametrize("physical_page", [None, 1], ids=["text", "reader"])
def test_a_readers_lines_are_never_read_as_a_raw_extraction(monkeypatch, physical_page):
    """A PDF's or a scan's reader has put the columns in reading order already, and it prints '·  3  ·' before a
    page's first paragraph as a raw extraction's margin boxes do: taken for a raw extraction, the held-out PDFs
    of a statistics-only issue lost their tables to the raw steps. Only a text is ever read as one."""
    calls = []
    real = layout.clean_lines
    monkeypatch.setattr(layout, "clean_lines", lambda lines: calls.append(len(lines)) or real(lines))
    parse_issue([Line(text, physical_page=physical_page) for text in split_lines(fixture_text("2020-09"))])
    assert bool(calls) is (physical_page is None)


def test_a_bare_page_number_under_the_running_header_opening_the_text_is_its_pages_number():
    """'温州市人民政府公报' + '3' over a notice's addressees (上海 沪府发〔2017〕92号's, laid out so for the test): the header band's
    bare number is the page's, no line of the notice (it was left as the body's first line, the addressees lost, the page
    unknown: heldout14 2019-04's class); in running text a bare number stays text."""
    from issues.parser.layout import mark_page_footers
    from issues.parser.lines import PAGE_BREAK, Line
    lines = mark_page_footers([Line(text) for text in ["温州市人民政府公报", "3", "各区人民政府，市政府各委、办、局：", "3"]])
    assert [(line.kind == PAGE_BREAK, line.page, line.text) for line in lines] == [
        (False, None, "温州市人民政府公报"), (True, 3, ""), (False, None, "各区人民政府，市政府各委、办、局："), (False, None, "3")]
