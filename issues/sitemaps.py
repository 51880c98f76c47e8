"""sitemap.xml: every public page of the archive, addressed by stable keys."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from issues.contents import list_pages
from issues.models import Appointment, Document, Interpretation, Issue


class StaticPages(Sitemap):
    def items(self):
        return ["issues:home", "issues:issue_list", "issues:documents", "issues:people", "issues:posts", "issues:statistics"]

    def location(self, name):
        return reverse(name)


class IssuePages(Sitemap):
    """Each issue and its per-issue list pages (人事任免, 政务简讯, …)."""

    def items(self):
        urls = []
        for year in Issue.objects.published().order_by("-year").values_list("year", flat=True).distinct():
            urls.append((reverse("issues:issue_year", args=[year]), None))
        for issue in Issue.objects.published().newest_first():
            urls.append((issue.get_absolute_url(), issue.updated_at))
            urls.extend((url, issue.updated_at) for _, url, _ in list_pages(issue))
        return urls

    def location(self, item):
        return item[0]

    def lastmod(self, item):
        return item[1]


class DocumentPages(Sitemap):
    def items(self):
        return Document.objects.published().select_related("issue").in_issue_order()

    def lastmod(self, document):
        return document.issue.updated_at


class InterpretationPages(Sitemap):
    def items(self):
        return Interpretation.objects.published().select_related("issue").in_issue_order()


class PersonPages(Sitemap):
    def items(self):
        return list(Appointment.objects.published().exclude(person="").order_by("person")
                    .values_list("person", flat=True).distinct())

    def location(self, name):
        return reverse("issues:person", args=[name])


class PostPages(Sitemap):
    def items(self):
        return list(Appointment.objects.published().exclude(position="").order_by("position")
                    .values_list("position", flat=True).distinct())

    def location(self, position):
        return reverse("issues:post", args=[position])


SITEMAPS = {
    "pages": StaticPages,
    "issues": IssuePages,
    "documents": DocumentPages,
    "interpretations": InterpretationPages,
    "people": PersonPages,
    "posts": PostPages,
}
