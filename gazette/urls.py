"""Top-level URL configuration: the public site, search, the archive as data and the staff admin."""

from django.contrib import admin
from django.urls import include, path

from gazette import api, health

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", health.healthz, name="healthz"),
    path("", include("alerts.urls")),  # before issues: /people/<name>/feed/ would read as a name
    path("", include("search.urls")),
    path("", include("opendata.urls")),
    path("", include("issues.urls")),
    path("api/<path:rest>", api.not_found),  # after every real endpoint: programs get JSON, not a page
]

handler404 = "issues.views.site.not_found"
handler500 = "gazette.errors.server_error"
