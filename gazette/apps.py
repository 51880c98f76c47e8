"""The gazette app: settings, URLs and the helpers the other apps share."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate


class GazetteConfig(AppConfig):
    name = "gazette"

    def ready(self):
        post_migrate.connect(create_cache_table, sender=self)


def create_cache_table(sender, using="default", verbosity=1, **kwargs):
    """The database cache's table (settings.CACHES) with every `migrate`: `make run`, `make serve`, deploys and
    the test databases need no separate `createcachetable` (it does nothing for other cache backends)."""
    from django.core.management import call_command

    call_command("createcachetable", database=using, verbosity=max(verbosity - 1, 0))
