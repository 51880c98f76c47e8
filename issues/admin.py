"""Staff admin for issues and their records (the upload workflow is its own issue)."""

from django.contrib import admin

from issues import models


@admin.register(models.Issue)
class IssueAdmin(admin.ModelAdmin):
    list_display = ["__str__", "year", "issue_no", "total_no", "publish_date", "status", "index_stale", "ingested_at"]
    list_filter = ["status", "year", "index_stale"]
    search_fields = ["source_name", "source_sha256"]


@admin.register(models.Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ["title", "doc_number", "registration_code", "category", "issue", "corrected"]
    list_filter = ["category", "issue__year", "corrected"]
    search_fields = ["title", "doc_number", "registration_code", "issuer"]
