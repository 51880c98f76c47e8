"""manage.py restore DIR [--replace]: load a backup, copy its files back, rebuild the search index."""

from django.core.management.base import BaseCommand, CommandError

from issues.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = "从备份目录恢复档案库，并重建搜索索引"

    def add_arguments(self, parser):
        parser.add_argument("directory", metavar="DIR")
        parser.add_argument("--replace", action="store_true", help="删除数据库中现有的期刊与用户，换成备份中的")

    def handle(self, *args, directory, replace, **options):
        try:
            summary = restore_backup(directory, replace=replace)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"已从 {directory} 恢复：{summary}")
