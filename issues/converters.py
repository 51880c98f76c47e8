"""URL converters for text taken from the records (keys, names, posts, doc numbers).

They match what `str` and `path` match except the NUL character, which no record holds and
which PostgreSQL refuses in a query: such URLs are plain 404s instead of server errors.
"""


class Key:
    """One path segment: a document key, an interpretation key."""

    regex = "[^/\x00]+"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


class Text(Key):
    """Any text, slashes included: a person's name, a post, a doc number as typed."""

    regex = "[^\x00]+"
