"""Public URLs of the archive. Every record is addressed by its issue and a stable key."""

from django.contrib.sitemaps.views import sitemap
from django.urls import path, re_path, register_converter

from issues import converters
from issues.feeds import LatestIssuesFeed
from issues.sitemaps import SITEMAPS
from issues.views import api, documents, issue_pages, people, site, statistics

register_converter(converters.Key, "key")
register_converter(converters.Text, "text")

app_name = "issues"

urlpatterns = [
    # /issues/02020/6/ is /issues/2020/6/: `<int:…>` would serve a second URL for every issue page.
    re_path(r"^(?P<prefix>(?:api/)?issues/)(?P<numbers>(?=(?:[0-9]+/)?0[0-9])[0-9]+/(?:[0-9]+/)?)(?P<rest>.*)$",
            issue_pages.canonical_issue_url),
    path("", issue_pages.home, name="home"),
    path("issues/", issue_pages.issue_list, name="issue_list"),
    path("issues/<int:year>/", issue_pages.issue_year, name="issue_year"),
    path("issues/<int:year>/<int:issue_no>/", issue_pages.issue_detail, name="issue"),
    path("issues/<int:year>/<int:issue_no>/source/", issue_pages.issue_source, name="issue_source"),
    path("issues/<int:year>/<int:issue_no>/source.pdf", issue_pages.issue_pdf, name="issue_pdf"),
    path("issues/<int:year>/<int:issue_no>/doc/<key:key>/", documents.document_detail, name="document"),
    path("issues/<int:year>/<int:issue_no>/interpretations/<key:key>/", documents.interpretation_detail, name="interpretation"),
    path("issues/<int:year>/<int:issue_no>/news/", issue_pages.news_list, name="news"),
    path("issues/<int:year>/<int:issue_no>/chronicle/", issue_pages.chronicle_list, name="chronicle"),
    path("issues/<int:year>/<int:issue_no>/appointments/", issue_pages.appointment_list, name="appointments"),
    path("issues/<int:year>/<int:issue_no>/issued/", issue_pages.issued_list, name="issued"),
    path("issues/<int:year>/<int:issue_no>/statistics/", statistics.issue_statistics, name="statistics_issue"),
    path("documents/", documents.document_list, name="documents"),
    path("doc/<text:number>", documents.doc_permalink, name="doc_permalink"),
    path("issuers/<text:name>/", documents.issuer_detail, name="issuer"),
    path("people/", people.people, name="people"),
    path("people/<text:name>/", people.person_detail, name="person"),
    path("posts/", people.posts, name="posts"),
    path("posts/<text:position>/", people.post_detail, name="post"),
    path("statistics/", statistics.statistics, name="statistics"),
    path("statistics.csv", statistics.statistics_csv, name="statistics_csv"),
    path("api/issues/", api.api_issue_list, name="api_issues"),
    path("api/issues/<int:year>/<int:issue_no>/", api.api_issue_detail, name="api_issue"),
    path("feed/", LatestIssuesFeed(), name="feed"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", site.robots_txt, name="robots"),
    path("favicon.ico", site.favicon, name="favicon"),
]
