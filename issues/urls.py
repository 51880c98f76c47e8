"""Public URLs of the archive. Every record is addressed by its issue and a stable key."""

from django.urls import path

from issues import views

app_name = "issues"

urlpatterns = [
    path("", views.home, name="home"),
    path("issues/", views.issue_list, name="issue_list"),
    path("issues/<int:year>/<int:issue_no>/", views.issue_detail, name="issue"),
    path("issues/<int:year>/<int:issue_no>/doc/<str:key>/", views.document_detail, name="document"),
    path("issues/<int:year>/<int:issue_no>/interpretations/<str:key>/", views.interpretation_detail, name="interpretation"),
    path("issues/<int:year>/<int:issue_no>/news/", views.news_list, name="news"),
    path("issues/<int:year>/<int:issue_no>/chronicle/", views.chronicle_list, name="chronicle"),
    path("issues/<int:year>/<int:issue_no>/appointments/", views.appointment_list, name="appointments"),
    path("issues/<int:year>/<int:issue_no>/issued/", views.issued_list, name="issued"),
    path("issues/<int:year>/<int:issue_no>/statistics/", views.issue_statistics, name="statistics_issue"),
    path("people/<str:name>/", views.person_detail, name="person"),
]
