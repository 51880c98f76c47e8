"""The seventh held-out set as hand-typed data: every record's fields read from a real public source of a
Jiangxi or Jilin government body (Jiangxi province, Nanchang, Ganzhou, Jiujiang, Shangrao, Yichun, Jingdezhen;
Jilin province, Changchun, Jilin city).

Same shape as bench/heldout/spec/ (one module per issue, ISSUE a dict that bench/heldout/make_issues.py
prints and turns into gold). Full-width punctuation was restored where a stored copy had folded it to
ASCII, and pages stored in traditional characters were typed in the simplified characters of their
originals (SOURCES.md).
"""
