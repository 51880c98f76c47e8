"""manage.py ingest PATH [PATH ...] [--year Y --issue-no N] [--force]: parse, save and index issues.

The bulk data dump is rebuilt once, after the last file (opendata.dump.one_rebuild).
"""

from django.core.management.base import BaseCommand, CommandError

from issues.ingest import ingest_path
from issues.sources import IngestError
from opendata.dump import one_rebuild


class Command(BaseCommand):
    help = "导入公报期刊文本或 PDF（每个文件一个事务）"

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--year", type=int, help="覆盖识别出的年份（仅限单个文件）")
        parser.add_argument("--issue-no", type=int, help="覆盖识别出的期数（仅限单个文件）")
        parser.add_argument("--force", action="store_true", help="即使文件与解析器版本未变也重新解析")

    def handle(self, *args, paths, year, issue_no, force, **options):
        if (year or issue_no) and len(paths) > 1:
            raise CommandError("--year/--issue-no 只能用于单个文件")
        with one_rebuild():  # of the data dump, after the last file
            failures = self._ingest_each(paths, year=year, issue_no=issue_no, force=force)
        if failures:
            raise SystemExit(1)

    def _ingest_each(self, paths, **options) -> int:
        failures = 0
        for n, path in enumerate(paths, 1):
            progress = f"[{n}/{len(paths)}] " if len(paths) > 1 else ""
            try:
                result = ingest_path(path, **options)
            except IngestError as exc:
                failures += 1
                self.stderr.write(f"{progress}{path}: 错误 [{exc.reason}] {exc.message}")
                continue
            self.stdout.write(f"{progress}{path}: {result.summary()}")
            if result.index_error:
                failures += 1
                self.stderr.write(f"{progress}{path}: 已保存，但搜索索引更新失败（已标记待更新）：{result.index_error}")
        return failures
