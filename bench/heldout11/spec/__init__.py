"""The eleventh held-out set as hand-typed data: every record's fields read from a real public source of a
Fujian, Jiangxi, Jilin, Hainan, Yunnan, Heilongjiang, Tianjin or Hebei government body (黑龙江: 鹤岗市人民政府 and
its intermediate court, 齐齐哈尔市人民政府办公室, the provincial party history office's 大事记; 天津: 天津市人民政府,
its 人大常委会 as 中新社 reported it, its 统计局's quarterly release; 河北: the province's 人大常委会 and congress as
its papers reported them; 吉林: the province's government office; 江西: the province's 人大常委会 as 中新社 reported
it; 海南: 海口市发展和改革委员会; 云南: the province's 人大常委会 and 政协 as 云南日报 printed them).

Same shape as bench/heldout/spec/ (one module per issue, ISSUE a dict that bench/heldout/make_issues.py
prints and turns into gold). Full-width punctuation was restored where a stored copy had folded it to
ASCII, and pages stored in traditional characters were typed in simplified characters (SOURCES.md).
"""
