"""manage.py build_data_dump [--force]: build the bulk data dump served at /data/ (opendata.dump)."""

from django.core.management.base import BaseCommand

from opendata.dump import build_dump


class Command(BaseCommand):
    help = "生成 /data/ 提供下载的数据包（档案未变时不重新生成，除非加 --force）"

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="即使档案自上次生成后未变也重新生成")

    def handle(self, *args, force, **options):
        manifest, built = build_dump(force=force)
        counts = "，".join(f"{name} {n}" for name, n in manifest.counts.items())
        state = "已生成" if built else "档案未变，沿用"
        self.stdout.write(f"{state} {manifest.download_name}（{manifest.size} 字节）：{counts}")
