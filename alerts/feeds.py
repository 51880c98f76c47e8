"""Atom feeds of everything a reader can follow (alerts.subjects), one Feed class for all of them.

Entries carry an author; <published> only from a printed date (signing or publication), never the
ingest time; <updated> is the last change of the record's issue (a correction touches it).
"""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from alerts.subjects import SUBJECTS
from issues.models import Issue

FEED_SIZE = 20


def printed_datetime(day):
    return timezone.make_aware(datetime.combine(day, time())) if day else None


class SubjectFeed(Feed):
    """The feed of one subject kind; the target comes from the URL (`target`) or its query (`query_param`)."""

    feed_type = Atom1Feed

    def __init__(self, kind: str, query_param: str | None = None):
        super().__init__()
        self.subject = SUBJECTS[kind]
        self.query_param = query_param

    def get_object(self, request, target=None):
        if self.query_param == "*":  # the whole query string is the target (a search)
            target = request.GET.urlencode()
        elif self.query_param:
            target = request.GET.get(self.query_param, "")
        try:
            return self.subject.clean(target or "")
        except ValidationError as error:
            raise Http404(error.messages[0]) from None

    def title(self, target):
        return f"温州市人民政府公报档案 · {self.subject.describe(target)}"

    def link(self, target):
        return self.subject.page_url(target)

    def feed_url(self, target):
        return self.subject.feed_url(target)

    def items(self, target):
        return self.subject.items(target, Issue.objects.published(), limit=FEED_SIZE)

    def item_title(self, item):
        return f"［{item.note}］{item.title}" if item.note else item.title

    def item_link(self, item):
        return item.ref

    def item_description(self, item):
        return "，".join(part for part in (item.doc_number, f"刊于温州市人民政府公报{item.issue.label}") if part)

    def item_author_name(self, item):
        return item.author

    def item_pubdate(self, item):
        return printed_datetime(item.printed_date)

    def item_updateddate(self, item):
        return item.issue.updated_at
