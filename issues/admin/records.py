"""The records in the admin: found by their issue and fields, corrected by hand, never added here.

A saved correction is marked corrected (a re-upload of its issue warns before overwriting it) and
brings the search index and the bulk data dump in step once it commits.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.db import models as db_models
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme

from issues import models, numbers
from issues.forms import LinesField
from opendata.dump import rebuild_after_commit
from search import indexing
from search.indexing import update_index


class RecordAdmin(admin.ModelAdmin):
    """A record parsed from an issue: found by its issue and fields, corrected by hand, never added here."""

    list_select_related = ["issue"]
    formfield_overrides = {db_models.JSONField: {"form_class": LinesField}}
    common_filters = ["issue__status", "issue__year", "corrected"]
    readonly_fields = ["issue", "order", "corrected"]
    # A normalised doc number field: a search for "温政办[2020]53号" also finds 温政办〔2020〕53号.
    doc_key_field: str | None = None

    def get_list_filter(self, request):
        return [*self.list_filter, *self.common_filters]

    @admin.display(description="期刊", ordering="issue")
    def issue_label(self, record):
        draft = "【草稿】" if record.issue.status == models.Issue.Status.DRAFT else ""
        return f"{record.issue.label}{draft}"

    def has_add_permission(self, request):
        return False

    def get_search_results(self, request, queryset, search_term):
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        key = numbers.doc_key(search_term) if self.doc_key_field else None
        if key:
            results |= queryset.filter(**{self.doc_key_field: key})
        return results, may_have_duplicates

    def save_model(self, request, obj, form, change):
        obj.corrected = True
        obj.derive()  # normalised doc numbers follow the corrected fields
        super().save_model(request, obj, form, change)
        follow_correction(request, obj.issue, obj)

    def response_change(self, request, obj):
        """Back to where the correction started (the review page links here with ?next=)."""
        next_url = request.GET.get("next", "")
        safe = url_has_allowed_host_and_scheme(next_url, {request.get_host()}, require_https=request.is_secure())
        if "_save" in request.POST and safe:
            messages.success(request, f"已保存并标记为人工校正：{obj}")
            return redirect(next_url)
        return super().response_change(request, obj)

    def delete_model(self, request, obj):
        issue = obj.issue
        super().delete_model(request, obj)
        follow_correction(request, issue)

    def delete_queryset(self, request, queryset):
        issues = {record.issue for record in queryset.select_related("issue")}
        super().delete_queryset(request, queryset)  # a bulk delete bypasses IssueRecord.delete
        models.Issue.objects.filter(pk__in=[issue.pk for issue in issues]).update(updated_at=timezone.now())
        for issue in issues:
            follow_correction(request, issue)


def follow_correction(request, issue, record=None) -> None:
    """Bring the search index and the bulk data dump in step with a correction of a published issue.

    The index takes the corrected `record`, or the whole issue (record None: a record deleted, the
    issue itself saved) with the records (search.indexing.with_records); a failure is told to staff.
    The dump is rebuilt once the correction commits (asked several times in one request, the builds
    after the first find it current). Drafts are in neither.
    """
    if issue.status != models.Issue.Status.PUBLISHED:
        return

    def update() -> None:
        error = update_index(issue) if record is None else indexing.update_record(record)
        if error:
            messages.warning(request, f"已保存，但搜索索引更新失败（已标记待更新）：{error}")

    indexing.with_records(update)
    rebuild_after_commit()


@admin.register(models.Section)
class SectionAdmin(RecordAdmin):
    list_display = ["title", "category", "doc_number", "page", "issue_label", "corrected"]
    list_filter = ["category"]
    search_fields = ["title", "doc_number"]


@admin.register(models.Document)
class DocumentAdmin(RecordAdmin):
    list_display = ["title", "doc_number", "category", "issuer", "signed_date", "page", "issue_label", "corrected"]
    list_filter = ["category"]
    search_fields = ["title", "doc_number", "registration_code", "issuer"]
    readonly_fields = [*RecordAdmin.readonly_fields, "key", "doc_key", "rule_key"]
    doc_key_field = "doc_key"

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        obj.rebuild_references()


@admin.register(models.Interpretation)
class InterpretationAdmin(RecordAdmin):
    list_display = ["title", "interprets", "unit", "issue_label", "corrected"]
    search_fields = ["title", "interprets", "unit"]
    readonly_fields = [*RecordAdmin.readonly_fields, "key", "interprets_key"]
    doc_key_field = "interprets_key"


@admin.register(models.Appointment)
class AppointmentAdmin(RecordAdmin):
    list_display = ["person", "action", "position", "qualifier", "decided_by", "issue_label", "corrected"]
    list_filter = ["action"]
    search_fields = ["person", "position", "decided_by"]


@admin.register(models.NewsBrief)
class NewsBriefAdmin(RecordAdmin):
    list_display = ["title", "date", "issue_label", "corrected"]
    search_fields = ["title", "body"]
    readonly_fields = [*RecordAdmin.readonly_fields, "key"]


@admin.register(models.ChronicleEntry)
class ChronicleEntryAdmin(RecordAdmin):
    list_display = ["date", "text_start", "issue_label", "corrected"]
    search_fields = ["text"]
    date_hierarchy = "date"

    @admin.display(description="内容")
    def text_start(self, entry):
        return entry.text if len(entry.text) <= 60 else f"{entry.text[:60]}…"


@admin.register(models.IssuedListEntry)
class IssuedListEntryAdmin(RecordAdmin):
    list_display = ["doc_number", "title", "issue_label", "corrected"]
    search_fields = ["doc_number", "title"]
    readonly_fields = [*RecordAdmin.readonly_fields, "doc_key"]
    doc_key_field = "doc_key"


@admin.register(models.StatisticsRow)
class StatisticsRowAdmin(RecordAdmin):
    list_display = ["indicator", "unit", "month", "month_yoy", "cumulative", "cumulative_yoy", "issue_label", "corrected"]
    list_filter = ["sub_row"]
    search_fields = ["indicator"]
