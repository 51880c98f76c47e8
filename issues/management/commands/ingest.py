"""manage.py ingest PATH [PATH ...] [--year Y --issue-no N] [--force] [--publish]: parse, save and index issues.

Each loss warning (a record may be missing or wrong) is printed with its section, page and the line
it quotes. An issue with loss warnings is saved as a draft for review (the summary names its review
page) unless --publish; an issue without them is published.

One bad file never stops the others: each failure is told with its file and reason (a full disk, a
bug: no traceback unless --traceback), the other files go on, and the command exits 1 at the end.
The bulk data dump is rebuilt once, after the last file (opendata.dump.one_rebuild).
"""

import logging

from django.core.management.base import BaseCommand, CommandError

from issues.ingest import as_ingest_error, ingest_path
from opendata.dump import one_rebuild

log = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "导入公报期刊文本或 PDF（每个文件一个事务）"

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--year", type=int, help="覆盖识别出的年份（仅限单个文件）")
        parser.add_argument("--issue-no", type=int, help="覆盖识别出的期数（仅限单个文件）")
        parser.add_argument("--force", action="store_true",
                            help="即使文件与解析器版本未变也重新解析；也替换由另一类文件（PDF/文本）发布的期刊，"
                                 "或会删除超过三分之一记录的版本")
        parser.add_argument("--publish", action="store_true",
                            help="有损失警告（记录可能缺失或有误）的期刊也直接发布，不存为草稿")

    def handle(self, *args, paths, year, issue_no, force, publish, **options):
        if (year or issue_no) and len(paths) > 1:
            raise CommandError("--year/--issue-no 只能用于单个文件")
        with one_rebuild():  # of the data dump, after the last file
            failures = self._ingest_each(paths, options["traceback"], year=year, issue_no=issue_no, force=force,
                                         hold_losses=not publish)
        if failures:
            raise SystemExit(1)

    def _ingest_each(self, paths, traceback: bool, **options) -> int:
        failures = 0
        for n, path in enumerate(paths, 1):
            progress = f"[{n}/{len(paths)}] " if len(paths) > 1 else ""
            try:
                result = ingest_path(path, **options)
            except Exception as exc:  # noqa: BLE001 - one bad file never stops the others
                failures += 1
                error = as_ingest_error(exc)
                self.stderr.write(f"{progress}{path}: 错误 [{error.reason}] {error.message}")
                if error.reason == "unexpected":
                    log.error("ingest of %s failed", path, exc_info=traceback)
                continue
            for _, warning in result.issue.loss_warnings if result.status != "skipped" else []:
                self.stdout.write(f"{progress}{path}: 损失警告 {warning}")
            self.stdout.write(f"{progress}{path}: {result.summary()}")
            if result.index_error:
                failures += 1
                self.stderr.write(f"{progress}{path}: 已保存，但搜索索引更新失败（已标记待更新）：{result.index_error}")
        return failures
