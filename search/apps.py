from django.apps import AppConfig
from django.core.signals import setting_changed


class SearchConfig(AppConfig):
    """Owns the full-text index (haystack + jieba, on Whoosh or PostgreSQL) and the search page and API."""

    name = "search"
    verbose_name = "全文检索"

    def ready(self):
        import logging

        import jieba

        jieba.setLogLevel(logging.WARNING)
        # Load the dictionary now, not on the first query (about a second).
        jieba.initialize()
        setting_changed.connect(_haystack_connections_changed)
        from django.db.models.signals import pre_delete

        from issues.models import Issue
        from search.indexing import forget_deleted_issue

        pre_delete.connect(forget_deleted_issue, sender=Issue, dispatch_uid="search.forget_deleted_issue")


def _haystack_connections_changed(setting, value, **kwargs):
    """Point haystack at new HAYSTACK_CONNECTIONS (tests give each test its own index dir).

    haystack reads the setting once at import; without this every test would share one index.
    """
    if setting != "HAYSTACK_CONNECTIONS":
        return
    import haystack

    for engine in getattr(haystack.connections.thread_local, "connections", {}).values():
        if hasattr(engine._backend, "forget_searchers"):
            engine._backend.forget_searchers()
    haystack.connections.connections_info = value
    haystack.connections.thread_local.connections = {}
