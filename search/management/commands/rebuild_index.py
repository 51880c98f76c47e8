"""manage.py rebuild_index: the whole search index anew from the database (search.indexing.rebuild).

Built beside the live index and put in its place at the end: searches keep answering from the old
one meanwhile, and a rebuild killed half-way leaves it as it was. Afterwards no issue is index-stale.
"""

from django.core.management.base import BaseCommand

from search.indexing import rebuild


class Command(BaseCommand):
    help = "Rebuild the search index from the database, without emptying the live index meanwhile."

    def add_arguments(self, parser):
        # haystack's rebuild_index asked before clearing the live index; nothing is cleared here
        parser.add_argument("--noinput", "--no-input", action="store_false", dest="interactive",
                            help="accepted for compatibility: nothing is asked")

    def handle(self, **options):
        count = rebuild()
        if options["verbosity"]:
            self.stdout.write(f"索引已重建：{count} 条记录")
