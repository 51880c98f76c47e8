"""The ninth held-out set as hand-typed data: every record's fields read from a real public source of a
Xinjiang, Tibet, Qinghai or Ningxia government body (新疆: the autonomous region's government and 人大; 西藏: the
autonomous region's 人大, its 人大's meetings as reported, the 阿里 prefecture's 行政公署; 青海: the province's
人大; 宁夏: the autonomous region's 统计局 and 人大, 银川).

Same shape as bench/heldout/spec/ (one module per issue, ISSUE a dict that bench/heldout/make_issues.py
prints and turns into gold). Full-width punctuation was restored where a stored copy had folded it to
ASCII, and pages stored in traditional characters were typed in the simplified characters of their
originals (SOURCES.md).
"""
