"""The page of a one-word search without visiting every match (search.postgres_query uses it when the
total and facets come from search_word, search.postgres_counts).

The first order of a search is title hits first, then newest (then id). For one word that order is
two ordered lists: the records whose title holds the word, newest first (a GIN index on the
title's words, `ts_filter(words, '{a}')`: title positions carry weight A), and all of them, newest
first (the btree on date, id, read until enough rows hold the word). The first k of the order are
among the first k of each (if the title list has fewer than k, it holds every title hit, so a
title hit of the second list is one of them), so a page of a common word reads about k rows of each list instead of
all its 35,000-75,000 matches at 2,400 issues. The planner still takes the bitmap index scan and a
sort for a rare word. Indexes: migration search 0006.

Title hits here are the title's words (as search.segment cut it, sub-words included); the other
paths, which visit every match anyway, test the title text for the word (strpos on the title
column, no tsvector read). The two differ only for a word inside a title but not one of its words.
"""

from __future__ import annotations

# A row whose title holds the words of the tsquery %s (whole words, as search.segment cut the title):
# its positions of weight A (search_title_words, migration search 0006), read from their GIN index.
TITLE_HIT = "(search_title_words(words) @@ %s::tsquery)"
# A record's first row matching the tsquery %s stands for it (a record of several rows counts once).
FIRST_ROW = ("(part = 0 OR NOT EXISTS (SELECT 1 FROM search_entry earlier WHERE earlier.identifier = "
             "search_entry.identifier AND earlier.part < search_entry.part AND earlier.words @@ %s::tsquery))")


def word_page(query: str, k: int, by_date: bool, filters: tuple[str, list] = ("TRUE", [])) -> tuple[str, list, str]:
    """The FROM clause of (at least) the first k matches of the one-word tsquery `query` meeting
    `filters` (SQL on a row's record columns, the same on all its rows) in the first order
    (identifier, id, date, boost, hits), its parameters and that order."""
    newest = f"ORDER BY date DESC, id LIMIT {int(k)}"
    columns = "SELECT identifier, id, date"
    where, params = f"({filters[0]}) AND {FIRST_ROW}", [*filters[1], query]
    lists = [(f"{columns}, 0 AS hits FROM search_entry WHERE words @@ %s::tsquery AND {where} {newest}",
              [query, *params])]
    if not by_date:  # a title hit among the newest is also in the first list: counted once, as a hit
        lists.insert(0, (f"{columns}, 1 AS hits FROM search_entry WHERE {TITLE_HIT} AND {where} {newest}",
                         [query, *params]))
    union = " UNION ALL ".join(f"({sql})" for sql, _ in lists)
    order = "date DESC, id" if by_date else "hits DESC, date DESC, id"
    return (f"FROM (SELECT identifier, id, date, 0 AS boost, max(hits) AS hits FROM ({union}) AS listed "
            f"GROUP BY identifier, id, date) AS matches", [p for _, params in lists for p in params], order)
