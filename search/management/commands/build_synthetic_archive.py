"""manage.py build_synthetic_archive [--issues 240] [--first-year 2001] [--yes]: benchmark data only.

Fills the database with copies of the fixture issues under shifted identities, their bodies varied
(search.synthetic), spread over 20 years (up to 24,000 issues). Refuses to touch a database that
already holds issues unless --yes; point GAZETTE_DATA_DIR (and DATABASE_URL) at a scratch directory
instead. Refuses when the disk looks too small for the archive. Prints the time per 1,000 issues.
The index is not built: run `rebuild_index`.
"""

import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from gazette import diskspace
from issues.models import Issue
from issues.parser import PARSER_VERSION, parse_issue
from issues.sources import SourceInfo, sha256_of
from search.synthetic import Variation, shifted_issue, synthetic_identities

# Records and PostgreSQL search index of one copy: 2,400 issues took 1.05 GB (0.44 MB an issue;
# search_entry 805 MB of it); four times that is asked for, for WAL, Whoosh or a rebuild beside it.
BYTES_PER_ISSUE = 4 * 440_000
REPORT_EVERY = 1000  # a multiple of BATCH
BATCH = 20  # issues saved in one transaction


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
        check_free_space(issues)
        paths = sorted(Path(fixtures).glob("*.txt"))
        if not paths:
            raise CommandError(f"{fixtures} 中没有 .txt 期刊")
        templates = [(path, parse_issue(path.read_text(encoding="utf-8"))) for path in paths]
        variation = Variation([template for _, template in templates])
        try:
            identities = list(synthetic_identities(issues, first_year))
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        start = block_start = time.perf_counter()
        for first in range(0, len(identities), BATCH):
            with transaction.atomic():
                for n in range(first, min(first + BATCH, len(identities))):
                    path, template = templates[n % len(templates)]
                    year, issue_no = identities[n]
                    source = SourceInfo(name=f"synthetic-{year}-{issue_no:04d}-{path.name}", path=path.name,
                                        sha256=sha256_of(f"{path.name}:{year}:{issue_no}".encode()),
                                        parser_version=PARSER_VERSION)
                    Issue.objects.save_parsed(shifted_issue(template, year, issue_no, variation), source=source)
            if (first + BATCH) % REPORT_EVERY == 0:
                self.stdout.write(f"{first + BATCH} 期：这 1000 期用时 {time.perf_counter() - block_start:.1f} 秒")
                block_start = time.perf_counter()
        seconds = time.perf_counter() - start
        self.stdout.write(f"已生成 {issues} 期合成期刊（{identities[0][0]}–{identities[-1][0]} 年），"
                          f"用时 {seconds:.1f} 秒，每 1000 期 {seconds * 1000 / max(issues, 1):.0f} 秒。"
                          "请运行 manage.py rebuild_index 建立索引。")


def check_free_space(issues: int) -> None:
    """Refuse before writing when the database's disk has less than BYTES_PER_ISSUE per issue free."""
    free = diskspace.free_bytes(database_directory())
    needed = issues * BYTES_PER_ISSUE
    if free is not None and free < needed:
        raise CommandError(f"磁盘空间不足：{issues} 期约需 {diskspace.file_size(needed)}，"
                           f"{diskspace.what_to_free('数据库', database_directory())}")


def database_directory() -> Path:
    """Where the database's files are: SQLite's file, a local PostgreSQL server's data directory
    (when it can be read), else the data dir."""
    if connection.vendor == "sqlite":
        return Path(str(connection.settings_dict["NAME"])).parent
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SHOW data_directory")
            directory = Path(cursor.fetchone()[0])
    except Exception:  # noqa: BLE001 - not a superuser, or a remote server: the data dir is a guess
        return Path(settings.DATA_DIR)
    return directory if directory.exists() else Path(settings.DATA_DIR)
