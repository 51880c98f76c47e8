from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Owns the full-text index (haystack + Whoosh + jieba) and the search page and API."""

    name = "search"
    verbose_name = "全文检索"
