"""What replacing a published issue by another version would remove, kind by kind.

A version that reads as a much smaller issue (a PDF holding part of it, a truncated export) must not
silently replace a complete one. Records are matched as the review page matches them (review.RECORD_KINDS:
a document by its doc number in any spelling, an appointment by person and action, ...), here on plain
parsed data, so that `manage.py ingest` can check before it saves anything. Losing more than a third
of any kind's records is too destructive: the command refuses without --force, the admin asks staff
to confirm before publishing.
"""

from __future__ import annotations

from dataclasses import dataclass

from issues.parser.records import ParsedIssue
from issues.review import RECORD_KINDS, keyed

TITLES_LISTED = 10


@dataclass
class KindLoss:
    label: str
    before: int
    after: int
    removed: list  # the records of the published version that the new one lacks

    @property
    def too_many(self) -> bool:
        return len(self.removed) * 3 > self.before

    def __str__(self):
        return f"{self.label} {self.before} → {self.after}（删除 {len(self.removed)}）"


@dataclass
class Replacement:
    kinds: list[KindLoss]

    @property
    def too_destructive(self) -> bool:
        return any(kind.too_many for kind in self.kinds)

    @property
    def losing(self) -> list[KindLoss]:
        return [kind for kind in self.kinds if kind.removed]

    def removed_documents(self) -> list[str]:
        return [document.title for kind in self.kinds if kind.label == "文件" for document in kind.removed]

    def summary(self) -> str:
        """文件 9 → 4（删除 5）；人事任免 32 → 0（删除 32）；将删除的文件：《…》、…"""
        text = "；".join(map(str, self.losing))
        titles = self.removed_documents()
        if titles:
            listed = "、".join(f"《{title}》" for title in titles[:TITLES_LISTED])
            more = f"等 {len(titles)} 个文件" if len(titles) > TITLES_LISTED else ""
            text += f"；将删除的文件：{listed}{more}"
        return text


def compare(before: ParsedIssue, after: ParsedIssue) -> Replacement:
    """What replacing `before` (the published version) by `after` would remove, kind by kind."""
    kinds = []
    for kind in RECORD_KINDS:
        old = keyed(kind, kind.parsed_records(before))
        new = keyed(kind, kind.parsed_records(after))
        kinds.append(KindLoss(kind.label, len(old), len(new), [record for key, record in old.items() if key not in new]))
    return Replacement(kinds)
