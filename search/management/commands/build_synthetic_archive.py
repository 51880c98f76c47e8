"""manage.py build_synthetic_archive [--issues 240] [--first-year 2001] [--yes]: benchmark data only.

Fills the database with copies of the fixture issues under shifted identities (search.synthetic).
Refuses to touch a database that already holds issues unless --yes; point GAZETTE_DATA_DIR (and
DATABASE_URL) at a scratch directory instead. The index is not built: run `rebuild_index`.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from issues.models import Issue
from issues.parser import PARSER_VERSION, parse_issue
from issues.sources import SourceInfo, sha256_of
from search.synthetic import shifted_issue, synthetic_identities


class Command(BaseCommand):
    help = "为性能测试生成合成期刊库（仅限测试数据库）"

    def add_arguments(self, parser):
        parser.add_argument("--issues", type=int, default=240)
        parser.add_argument("--first-year", type=int, default=2001)
        parser.add_argument("--fixtures", default=str(Path(settings.BASE_DIR) / "fixtures" / "issues"))
        parser.add_argument("--yes", action="store_true", help="数据库中已有期刊时也继续（会替换同期号的期刊）")

    def handle(self, *args, issues, first_year, fixtures, yes, **options):
        if Issue.objects.exists() and not yes:
            raise CommandError(
                f"数据库中已有 {Issue.objects.count()} 期期刊，拒绝写入合成数据。"
                "请把 GAZETTE_DATA_DIR / DATABASE_URL 指向一个空的临时目录，或加 --yes 确认。"
            )
        paths = sorted(Path(fixtures).glob("*.txt"))
        if not paths:
            raise CommandError(f"{fixtures} 中没有 .txt 期刊")
        templates = [(path, parse_issue(path.read_text(encoding="utf-8"))) for path in paths]
        for n, (year, issue_no) in enumerate(synthetic_identities(issues, first_year)):
            path, template = templates[n % len(templates)]
            source = SourceInfo(name=f"synthetic-{year}-{issue_no:02d}-{path.name}", path=path.name,
                                sha256=sha256_of(f"{path.name}:{year}:{issue_no}".encode()),
                                parser_version=PARSER_VERSION)
            with transaction.atomic():
                Issue.objects.save_parsed(shifted_issue(template, year, issue_no), source=source)
        self.stdout.write(f"已生成 {issues} 期合成期刊（{first_year}–{first_year + (issues - 1) // 12} 年）。"
                          "请运行 manage.py rebuild_index 建立索引。")
