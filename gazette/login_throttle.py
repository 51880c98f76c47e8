"""Login throttling on top of django-axes: two limits, and a Chinese lockout page that says when to retry.

settings.LOGIN_LOCKOUTS pairs each of axes' lockout parameter groups with its own limit: failures of
one account from one client, and failures of one client whatever the account. Axes compares every
group with one AXES_FAILURE_LIMIT, so LoginThrottle reports failures on that scale: the limit less
the attempts the tightest group has left. The counters stay axes' database rows (AccessAttempt),
which every gunicorn worker and host shares; a superuser deletes them in the admin (访问尝试) or with
`manage.py axes_reset_username NAME` to unlock at once.
"""

from __future__ import annotations

import math

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_cool_off
from django.conf import settings
from django.contrib import admin
from django.db.models import Sum
from django.shortcuts import render
from django.utils import timezone


class LoginThrottle(AxesDatabaseHandler):
    def get_failures(self, request, credentials=None) -> int:
        left = min(limit - failures for limit, failures in self._groups(request, credentials))
        return settings.AXES_FAILURE_LIMIT - left

    def unlocked_at(self, request, credentials=None):
        """When every group over its limit has dropped back below it (attempts age out one row at a time)."""
        cool_off = get_cool_off(request)
        times = []
        for limit, attempts in zip(_limits(), self.get_user_attempts(request, credentials)):
            remaining = sum(attempt.failures_since_start for attempt in attempts)
            for attempt in attempts.order_by("attempt_time"):
                if remaining < limit:
                    break
                remaining -= attempt.failures_since_start
                times.append(attempt.attempt_time + cool_off)
        return max(times, default=timezone.now())

    def _groups(self, request, credentials):
        """(limit, failures) for each lockout group, in AXES_LOCKOUT_PARAMETERS' order."""
        attempts = self.get_user_attempts(request, credentials)
        return [(limit, queryset.aggregate(n=Sum("failures_since_start"))["n"] or 0)
                for limit, queryset in zip(_limits(), attempts)]


def _limits() -> list[int]:
    return [limit for _, limit in settings.LOGIN_LOCKOUTS]


# How the lockout page names each group of settings.LOGIN_LOCKOUTS.
GROUP_NAMES = {("username", "ip_address"): "同一账号从同一地址", ("ip_address",): "同一地址（不论账号）"}


def _rules() -> str:
    """同一账号从同一地址失败 5 次、同一地址（不论账号）失败 20 次"""
    return "、".join(f"{GROUP_NAMES[tuple(group)]}失败 {limit} 次" for group, limit in settings.LOGIN_LOCKOUTS)


def locked_out(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: 429 with the time the lock lifts, in words and in Retry-After."""
    from axes.handlers.proxy import AxesProxyHandler

    unlocked_at = AxesProxyHandler.get_implementation().unlocked_at(request, credentials)
    seconds = max(0, math.ceil((unlocked_at - timezone.now()).total_seconds()))
    response = render(request, "admin/login_locked.html", {
        **admin.site.each_context(request),
        "title": "登录已暂时锁定",
        "unlocked_at": timezone.localtime(unlocked_at),
        "minutes": max(1, math.ceil(seconds / 60)),
        "rules": _rules(),
        "cool_off_minutes": round(get_cool_off(request).total_seconds() / 60),
    }, status=429)
    response["Retry-After"] = str(seconds)
    return response
