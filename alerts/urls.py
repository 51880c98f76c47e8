"""Alerts (/alerts/…) and the feeds of what readers follow. Included before issues.urls: its
person, post, issuer and doc number URLs take any text, `/feed/` included."""

from django.urls import path

from alerts import views
from alerts.feeds import SubjectFeed
from issues import urls as issue_urls  # noqa: F401 - registers the <text:…> converter used below

app_name = "alerts"

urlpatterns = [
    path("alerts/subscribe/", views.subscribe, name="subscribe"),
    path("alerts/confirm/<str:token>/", views.confirm, name="confirm"),
    path("alerts/confirm/<str:token>/resend/", views.resend, name="resend"),
    path("alerts/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("alerts/manage/<str:token>/", views.manage, name="manage"),
    path("alerts/link/", views.ask_link, name="ask_link"),
    path("search/feed/", SubjectFeed("search", query_param="*"), name="search_feed"),
    path("documents/feed/", SubjectFeed("category", query_param="category"), name="category_feed"),
    path("people/<text:target>/feed/", SubjectFeed("person"), name="person_feed"),
    path("posts/<text:target>/feed/", SubjectFeed("post"), name="post_feed"),
    path("issuers/<text:target>/feed/", SubjectFeed("issuer"), name="issuer_feed"),
    path("doc/<text:target>/feed/", SubjectFeed("doc"), name="doc_feed"),
]
