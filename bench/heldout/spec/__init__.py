"""The held-out issues as hand-typed data: every record's fields read from a real public source.

One module per issue. Each holds ISSUE, a dict the layout script (make_issues.py) prints as a
text export or typesets as a two-column PDF, and from which it writes the gold JSON. Nothing here
comes from the parser. Full-width punctuation is restored where the stored copy of a page had
folded it to ASCII (NFKC); every other character is the source's. SOURCES.md names each page.
"""
