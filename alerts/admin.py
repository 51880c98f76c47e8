"""Staff see the subscriptions (e.g. to end one on a reader's request); readers manage their own by mail."""

from django.contrib import admin

from alerts.models import Subscription


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ["email", "label", "created_at", "confirmed_at", "ended_at"]
    list_filter = ["kind"]
    search_fields = ["email", "target"]
    readonly_fields = ["email", "kind", "target", "created_at", "confirmed_at"]

    def has_add_permission(self, request):
        return False

    @admin.display(description="订阅对象")
    def label(self, subscription):
        return subscription.label
