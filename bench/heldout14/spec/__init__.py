"""The fourteenth held-out set as hand-typed data: every record's fields read from a real public source of a
Henan, Inner Mongolia, Anhui or Shanxi government body (河南: 郑州市人大常委会 and 河南省人大常委会 as the press
reported them, 河南省人民政府; 内蒙古: 内蒙古自治区人民政府, 中共乌兰察布市委 and 乌兰察布市人民政府, the region's
地方志 office's 大事记; 安徽: 芜湖市人民政府, 淮南市人民政府, 安庆's 大事记, 安徽省统计局 and the provincial press office's
figures; 山西: 山西省人大常委会 as 山西日报 reported it, 太原市人民政府 as 太原日报 reported it, 山西省统计局's figures).

Same shape as bench/heldout/spec/ (one module per issue, ISSUE a dict that bench/heldout/make_issues.py
prints and turns into gold). Full-width punctuation was restored where a stored copy had folded it to
ASCII, and pages stored in traditional characters were typed in simplified characters (SOURCES.md).
"""
