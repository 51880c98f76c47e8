"""The eighth held-out set as hand-typed data: every record's fields read from a real public source of a
Hainan or Yunnan government body (Hainan province, its 人大, Haikou, Qionghai; Yunnan province, its 人大 and
统计局, Kunming, Qujing, Yuxi's 红塔区, the 楚雄 and 大理 prefectures).

Same shape as bench/heldout/spec/ (one module per issue, ISSUE a dict that bench/heldout/make_issues.py
prints and turns into gold). Full-width punctuation was restored where a stored copy had folded it to
ASCII, and pages stored in traditional characters were typed in the simplified characters of their
originals (SOURCES.md).
"""
