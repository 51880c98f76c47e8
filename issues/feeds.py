"""Atom feed of newly published issues."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from issues.models import Issue

FEED_SIZE = 20


class LatestIssuesFeed(Feed):
    feed_type = Atom1Feed
    title = "温州市人民政府公报 · 最新各期"
    subtitle = "温州市人民政府公报档案新收录的各期公报"

    def link(self):
        return reverse("issues:issue_list")

    def items(self):
        return Issue.objects.published().newest_first()[:FEED_SIZE]

    def item_title(self, issue):
        return f"温州市人民政府公报{issue.label}"

    def item_description(self, issue):
        titles = [s.title for s in issue.section_set.all()]
        return "本期目录：" + "；".join(titles) if titles else issue.label

    def item_author_name(self, issue):
        return "温州市人民政府"

    def item_pubdate(self, issue):
        """The printed publication date only: an issue without one has no <published>, never its ingest time."""
        if issue.publish_date:
            return timezone.make_aware(datetime.combine(issue.publish_date, time()))
        return None

    def item_updateddate(self, issue):
        return issue.updated_at
