"""Top-level URL configuration: the public site, search and the staff admin."""

from django.contrib import admin
from django.urls import include, path

from gazette import health

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", health.healthz, name="healthz"),
    path("", include("search.urls")),
    path("", include("issues.urls")),
]

handler404 = "issues.views.not_found"
handler500 = "gazette.errors.server_error"
