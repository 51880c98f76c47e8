"""The fifteenth held-out set as hand-typed data: every record's fields read from a real public source of a
Sichuan or Hubei government body (四川: 四川省人大常委会 as the press reported it, 四川省人民政府, 四川省统计局's figures
as the press reported them, the 省委党史研究室's and the 地方志 office's chronicles; 湖北: 湖北省人大常委会 as its own site
and the press printed it, its 人事任免工作委员会, 湖北省人民政府新闻办公室's figures, 武汉市人大常委会 as the press reported it).

Same shape as bench/heldout/spec/ (one module per issue, ISSUE a dict that bench/heldout/make_issues.py
prints and turns into gold). Full-width punctuation was restored where a stored copy had folded it to
ASCII, and pages stored in traditional characters were typed in simplified characters (SOURCES.md).
"""
