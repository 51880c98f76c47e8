"""Search page and API (see the search issue)."""

app_name = "search"
urlpatterns: list = []
