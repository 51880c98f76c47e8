"""manage.py backup DIR: write the database contents and kept files to a new directory."""

from django.core.management.base import BaseCommand, CommandError

from issues.backup import BackupError, write_backup


class Command(BaseCommand):
    help = "备份档案库（数据库内容与源文件）到一个新目录"

    def add_arguments(self, parser):
        parser.add_argument("directory", metavar="DIR")

    def handle(self, *args, directory, **options):
        try:
            summary = write_backup(directory)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"已备份到 {directory}：{summary}")
