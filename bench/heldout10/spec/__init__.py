"""The tenth held-out set as hand-typed data: every record's fields read from a real public source of a
Zhejiang or Jilin government body (浙江: 温州市's 人大常委会 and its congress presidium as its paper reported them,
温州市人民政府's work report and plan outline, 宁波市's archives' monthly 记事, 浙江省统计局's releases; 吉林:
the province's 人大常委会).

Same shape as bench/heldout/spec/ (one module per issue, ISSUE a dict that bench/heldout/make_issues.py
prints and turns into gold). Full-width punctuation was restored where a stored copy had folded it to
ASCII, and pages stored in traditional characters were typed in the simplified characters of their
originals (SOURCES.md).
"""
