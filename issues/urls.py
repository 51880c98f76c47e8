"""Public URLs of the archive. Every record is addressed by its issue and a stable key."""

from django.contrib.sitemaps.views import sitemap
from django.urls import path, re_path, register_converter

from issues import converters, views
from issues.feeds import LatestIssuesFeed
from issues.sitemaps import SITEMAPS

register_converter(converters.Key, "key")
register_converter(converters.Text, "text")

app_name = "issues"

urlpatterns = [
    # /issues/02020/6/ is /issues/2020/6/: `<int:…>` would serve a second URL for every issue page.
    re_path(r"^(?P<prefix>(?:api/)?issues/)(?P<numbers>(?=(?:[0-9]+/)?0[0-9])[0-9]+/(?:[0-9]+/)?)(?P<rest>.*)$",
            views.canonical_issue_url),
    path("", views.home, name="home"),
    path("issues/", views.issue_list, name="issue_list"),
    path("issues/<int:year>/", views.issue_year, name="issue_year"),
    path("issues/<int:year>/<int:issue_no>/", views.issue_detail, name="issue"),
    path("issues/<int:year>/<int:issue_no>/source/", views.issue_source, name="issue_source"),
    path("issues/<int:year>/<int:issue_no>/source.pdf", views.issue_pdf, name="issue_pdf"),
    path("issues/<int:year>/<int:issue_no>/doc/<key:key>/", views.document_detail, name="document"),
    path("issues/<int:year>/<int:issue_no>/interpretations/<key:key>/", views.interpretation_detail, name="interpretation"),
    path("issues/<int:year>/<int:issue_no>/news/", views.news_list, name="news"),
    path("issues/<int:year>/<int:issue_no>/chronicle/", views.chronicle_list, name="chronicle"),
    path("issues/<int:year>/<int:issue_no>/appointments/", views.appointment_list, name="appointments"),
    path("issues/<int:year>/<int:issue_no>/issued/", views.issued_list, name="issued"),
    path("issues/<int:year>/<int:issue_no>/statistics/", views.issue_statistics, name="statistics_issue"),
    path("documents/", views.document_list, name="documents"),
    path("doc/<text:number>", views.doc_permalink, name="doc_permalink"),
    path("issuers/<text:name>/", views.issuer_detail, name="issuer"),
    path("people/", views.people, name="people"),
    path("people/<text:name>/", views.person_detail, name="person"),
    path("posts/", views.posts, name="posts"),
    path("posts/<text:position>/", views.post_detail, name="post"),
    path("statistics/", views.statistics, name="statistics"),
    path("statistics.csv", views.statistics_csv, name="statistics_csv"),
    path("api/issues/", views.api_issue_list, name="api_issues"),
    path("api/issues/<int:year>/<int:issue_no>/", views.api_issue_detail, name="api_issue"),
    path("feed/", LatestIssuesFeed(), name="feed"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("favicon.ico", views.favicon, name="favicon"),
]
