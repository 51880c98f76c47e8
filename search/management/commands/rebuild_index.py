"""manage.py rebuild_index: haystack's, and then no issue is index-stale any more (every one was just indexed)."""

from haystack.management.commands.rebuild_index import Command as HaystackRebuildIndex

from issues.models import Issue


class Command(HaystackRebuildIndex):
    def handle(self, **options):
        super().handle(**options)
        caught_up = Issue.objects.filter(index_stale=True).update(index_stale=False)
        if caught_up and options.get("verbosity", 1):
            self.stdout.write(f"{caught_up} 期不再标记为索引待更新")
