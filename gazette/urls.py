"""Top-level URL configuration: the public site, search and the staff admin."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("search.urls")),
    path("", include("issues.urls")),
]

handler404 = "issues.views.not_found"
