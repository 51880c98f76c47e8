"""The archive as data: the bulk download with its dictionary, and the API's description."""

from django.urls import path

from opendata import views

app_name = "opendata"
urlpatterns = [
    path("data/", views.data_page, name="data"),
    path("data/dictionary.json", views.dictionary_json, name="dictionary"),
    path("data/latest.zip", views.latest, name="latest"),
    path("data/<str:name>", views.download, name="download"),
    path("api/", views.developers, name="developers"),
    path("api/schema/", views.api_schema, name="api_schema"),
]
