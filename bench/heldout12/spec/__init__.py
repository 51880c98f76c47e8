"""The twelfth held-out set as hand-typed data: every record's fields read from a real public source of a
Guangxi, Liaoning, Chongqing or Shaanxi government body (广西: 广西壮族自治区人民政府办公厅, 南宁市人民政府办公厅,
桂林市人大常委会; 辽宁: 沈阳市人大常委会 and its party history office's 大事记, 大连市人大常委会, 鞍山 as its paper
reported it; 重庆: 渝北区人民政府, 重庆市人大常委会 and its paper, 开州's paper, 重庆市统计局; 陕西: 陕西省人民政府办公厅,
陕西省人大常委会 as the press reported it, 潼关县 and 白水县 government offices, 陕西省统计局).

Same shape as bench/heldout/spec/ (one module per issue, ISSUE a dict that bench/heldout/make_issues.py
prints and turns into gold). Full-width punctuation was restored where a stored copy had folded it to
ASCII, and pages stored in traditional characters were typed in simplified characters (SOURCES.md).
"""
