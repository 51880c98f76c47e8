"""manage.py rebuild_index: haystack's, and then no issue is index-stale any more (every one was just indexed).

On PostgreSQL the refilled table is analysed at once: until autovacuum gets to it the planner has no
statistics (it estimated 122 rows for a word on 3,640 rows at 240 issues).
"""

from django.db import connection
from haystack.management.commands.rebuild_index import Command as HaystackRebuildIndex

from issues.models import Issue
from search.indexing import transactional


class Command(HaystackRebuildIndex):
    def handle(self, **options):
        super().handle(**options)
        if transactional():
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE search_entry")
        caught_up = Issue.objects.filter(index_stale=True).update(index_stale=False)
        if caught_up and options.get("verbosity", 1):
            self.stdout.write(f"{caught_up} 期不再标记为索引待更新")
