"""The thirteenth held-out set as hand-typed data: every record's fields read from a real public source of a
Gansu, Jiangsu, Hunan or Guizhou government body (甘肃: 甘肃省人大常委会 as 甘肃日报 and a mirror reported it; 江苏:
江苏省人大常委会 as 国际在线 reported it, 常州市人民政府, 南京市人民政府 and its office, 江苏省统计局 as 新华日报 reported
it; 湖南: 湖南省人民政府, 长沙市人大常委会 as 长沙晚报 reported it, 岳阳's 市委史志办 and 怀化市人民政府's 大事记; 贵州:
黔东南州人大常委会 as the press reported it, 贵阳市人民政府办公厅, 贵州省人民政府's report and its 新闻办's figures).

Same shape as bench/heldout/spec/ (one module per issue, ISSUE a dict that bench/heldout/make_issues.py
prints and turns into gold). Full-width punctuation was restored where a stored copy had folded it to
ASCII, and pages stored in traditional characters were typed in simplified characters (SOURCES.md).
"""
