"""manage.py export_issue YEAR ISSUE_NO: print a published issue as JSON (the public API's document)."""

import json

from django.core.management.base import BaseCommand, CommandError

from issues.models import Issue


class Command(BaseCommand):
    help = "以 JSON 输出一期公报的全部记录"

    def add_arguments(self, parser):
        parser.add_argument("year", type=int)
        parser.add_argument("issue_no", type=int)

    def handle(self, *args, year, issue_no, **options):
        issue = Issue.objects.published().filter(year=year, issue_no=issue_no).first()
        if issue is None:
            raise CommandError(f"没有 {year} 年第 {issue_no} 期")
        self.stdout.write(json.dumps(issue.to_parsed().to_export(), ensure_ascii=False, indent=2))
