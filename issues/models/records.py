"""The records parsed out of an issue: what they all share (IssueRecord), and every kind but documents.

A record saved again (a correction by hand) or deleted touches its issue, whose version the page
cache, sitemap and feed key on. Documents, with their references, are in issues.models.documents.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from django.db import models
from django.urls import reverse
from django.utils import timezone

from issues import numbers
from issues.models.issue import Issue
from issues.parser import records


# Oldest first: by issue, then by place in the issue.
CHRONOLOGICAL = ("issue__year", "issue__issue_no", "order")


class IssueRecordQuerySet(models.QuerySet):
    """What is asked of every kind of record: the ones the public may see, and in which order."""

    def published(self):
        return self.filter(issue__status=Issue.Status.PUBLISHED)

    def in_issue_order(self):
        return self.order_by(*CHRONOLOGICAL)

    def newest_first(self):
        """The newest issue's records first, each issue's in printed order."""
        return self.order_by("-issue__year", "-issue__issue_no", "order")


class IssueRecord(models.Model):
    """What every record parsed from an issue has: its issue, its printed order, a correction flag."""

    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, verbose_name="期刊")
    order = models.PositiveIntegerField("顺序", default=0)
    corrected = models.BooleanField("人工校正", default=False, help_text="工作人员手工修改过此记录")

    objects = IssueRecordQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["issue", "order"]

    def save(self, *args, **kwargs):
        correcting = not self._state.adding
        super().save(*args, **kwargs)
        if correcting:
            self._touch_issue()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        self._touch_issue()
        return result

    def _touch_issue(self) -> None:
        """A corrected or deleted record changes its issue's pages: their caches, sitemap and feed key on this."""
        Issue.objects.filter(pk=self.issue_id).update(updated_at=timezone.now())

    # The kind of record stored (issues.parser.kinds) and its dataclass; fields of the same name are copied.
    kind: str | None = None
    parsed_class: type

    @classmethod
    def from_parsed(cls, parsed, *, issue: Issue, order: int) -> "IssueRecord":
        """An unsaved row for a parsed record: its fields by name (None as "" in text fields), then derive()."""
        values = {}
        for name in (f.name for f in dataclasses.fields(parsed)):
            field = cls._meta.get_field(name)
            value = getattr(parsed, name)
            values[name] = "" if value is None and not field.null else list(value) if isinstance(value, list) else value
        record = cls(issue=issue, order=order, **values)
        record.derive()
        return record

    def derive(self) -> None:
        """Fill the fields computed from the others (normalised doc numbers, a missing link key): on saving
        a parsed record and a correction by hand."""

    def to_parsed(self):
        """The saved record as its parser dataclass again ("" back to None where the dataclass has None)."""
        values = {}
        for f in dataclasses.fields(self.parsed_class):
            value = getattr(self, f.name)
            values[f.name] = None if value == "" and f.default is None else list(value) if isinstance(value, list) else value
        return self.parsed_class(**values)

    @classmethod
    def save_all(cls, rows: list) -> None:
        """Save an issue's rows of this model (one query)."""
        cls.objects.bulk_create(rows)


class Section(IssueRecord):
    """One entry of the issue's table of contents (目录)."""

    category = models.CharField("栏目", max_length=20)
    title = models.CharField("标题", max_length=500)
    doc_number = models.CharField("文号", max_length=100, blank=True)
    page = models.PositiveSmallIntegerField("页码", null=True, blank=True)

    parsed_class = records.TocEntry

    class Meta(IssueRecord.Meta):
        verbose_name = verbose_name_plural = "目录条目"

    def __str__(self):
        return f"{self.title}（{self.doc_number}）" if self.doc_number else self.title

    def get_absolute_url(self):
        return self.issue.get_absolute_url()  # the issue page lists its contents


class Interpretation(IssueRecord):
    """A policy interpretation (政策解读) of a document."""

    key = models.CharField("链接键", max_length=20)
    title = models.CharField("标题", max_length=500)
    interprets = models.CharField("解读对象", max_length=500, help_text="文号，找不到时为文件名称")
    interprets_key = models.CharField("解读对象规范化文号", max_length=100, blank=True, db_index=True)
    unit = models.CharField("解读单位", max_length=200, blank=True)
    body = models.TextField("正文", blank=True)

    kind = "interpretations"
    parsed_class = records.ParsedInterpretation

    class Meta(IssueRecord.Meta):
        verbose_name = verbose_name_plural = "政策解读"

    def derive(self) -> None:
        self.key = self.key or str(self.order + 1)
        self.interprets_key = numbers.doc_key(self.interprets) or ""

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("issues:interpretation", args=[self.issue.year, self.issue.issue_no, self.key])


class Appointment(IssueRecord):
    """One person, one action, one post (人事任免)."""

    class Action(models.TextChoices):
        APPOINT = "appoint", "任"
        DISMISS = "dismiss", "免"
        CONCURRENT = "concurrent", "兼任"

    person = models.CharField("姓名", max_length=50, db_index=True)
    action = models.CharField("类别", max_length=12, choices=Action.choices)
    position = models.CharField("职务", max_length=300)
    qualifier = models.CharField("说明", max_length=100, blank=True, help_text="如：试用期一年、保留正县长级")
    decided_by = models.CharField("决定机关", max_length=100, blank=True)

    kind = "appointments"
    parsed_class = records.ParsedAppointment

    class Meta(IssueRecord.Meta):
        verbose_name = verbose_name_plural = "人事任免"

    def __str__(self):
        return f"{self.person} {self.get_action_display()} {self.position}"

    def get_absolute_url(self):
        return reverse("issues:appointments", args=[self.issue.year, self.issue.issue_no]) + self.anchor

    @property
    def anchor(self) -> str:
        """Its row on the issue's appointments page."""
        return f"#a-{self.order + 1}"


class NewsBrief(IssueRecord):
    """A news brief (政务简讯)."""

    key = models.CharField("链接键", max_length=20)
    title = models.CharField("标题", max_length=500)
    date = models.DateField("日期", null=True, blank=True)
    body = models.TextField("正文", blank=True)

    kind = "news"
    parsed_class = records.ParsedNews

    class Meta(IssueRecord.Meta):
        verbose_name = verbose_name_plural = "政务简讯"

    def derive(self) -> None:
        self.key = self.key or str(self.order + 1)

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("issues:news", args=[self.issue.year, self.issue.issue_no]) + f"#n-{self.key}"


class ChronicleEntry(IssueRecord):
    """One △ item of the chronicle (政府记事); one under its month alone ('是月 …') has no date."""

    date = models.DateField("日期", null=True, blank=True)
    text = models.TextField("内容")

    kind = "chronicle"
    parsed_class = records.ParsedChronicleEntry

    class Meta(IssueRecord.Meta):
        verbose_name = verbose_name_plural = "政府记事"

    def __str__(self):
        return f"{self.date or '本月'} {self.text[:30]}"  # '本月' for an entry under its month alone, never 'None'

    def get_absolute_url(self):
        day = self.date.day if self.date else "month"  # an entry under its month alone: the month's own list
        return reverse("issues:chronicle", args=[self.issue.year, self.issue.issue_no]) + f"#d-{day}"


class IssuedListEntry(IssueRecord):
    """One row of the month's list of issued documents (发文目录)."""

    doc_number = models.CharField("文号", max_length=100)
    doc_key = models.CharField("规范化文号", max_length=100, blank=True, db_index=True)
    title = models.CharField("标题", max_length=500)

    kind = "issued_list"
    parsed_class = records.ParsedIssuedRow

    class Meta(IssueRecord.Meta):
        verbose_name = verbose_name_plural = "发文目录"

    def derive(self) -> None:
        self.doc_key = numbers.doc_key(self.doc_number) or ""

    def __str__(self):
        return f"{self.doc_number} {self.title}"

    def get_absolute_url(self):
        return reverse("issues:issued", args=[self.issue.year, self.issue.issue_no]) + f"#r-{self.order + 1}"


class StatisticsRow(IssueRecord):
    """One indicator of the month's economic statistics (统计资料).

    Each figure is kept twice: the number (for sums and charts) and the text the gazette printed
    ('10.0', '14969.40'), which the pages, the CSV and the API show; the number alone would lose
    the trailing zeros.
    """

    FIGURES = records.ParsedStatisticsRow.FIGURES

    indicator = models.CharField("指标", max_length=200)
    sub_row = models.BooleanField("其中项", default=False)
    unit = models.CharField("单位", max_length=20, blank=True)
    month = models.DecimalField("当月", max_digits=16, decimal_places=4, null=True, blank=True)
    month_yoy = models.DecimalField("当月同比%", max_digits=10, decimal_places=4, null=True, blank=True)
    cumulative = models.DecimalField("累计", max_digits=16, decimal_places=4, null=True, blank=True)
    cumulative_yoy = models.DecimalField("累计同比%", max_digits=10, decimal_places=4, null=True, blank=True)
    month_printed = models.CharField("当月（原文）", max_length=24, blank=True, editable=False)
    month_yoy_printed = models.CharField("当月同比%（原文）", max_length=24, blank=True, editable=False)
    cumulative_printed = models.CharField("累计（原文）", max_length=24, blank=True, editable=False)
    cumulative_yoy_printed = models.CharField("累计同比%（原文）", max_length=24, blank=True, editable=False)

    kind = "statistics"
    parsed_class = records.ParsedStatisticsRow

    class Meta(IssueRecord.Meta):
        verbose_name = verbose_name_plural = "统计资料"

    def __str__(self):
        return self.indicator

    def save(self, *args, **kwargs):
        self.match_printed_to_figures()
        super().save(*args, **kwargs)

    def match_printed_to_figures(self) -> None:
        """Keep each printed form that still reads as its figure; a figure corrected by hand is printed anew."""
        for name in self.FIGURES:
            value, printed = getattr(self, name), getattr(self, f"{name}_printed")
            if value is None:
                setattr(self, f"{name}_printed", "")
            elif not printed or Decimal(printed) != Decimal(str(value)):
                setattr(self, f"{name}_printed", records.printed_figure(value))

    def get_absolute_url(self):
        return reverse("issues:statistics_issue", args=[self.issue.year, self.issue.issue_no])
