"""The site's 500 handler: a full disk is told as such (503 「磁盘空间不足」), anything else is the plain 500.

A full disk breaks whatever writes: a staff login (its session, the login throttle's counters),
a correction in the admin. Django calls handler500 inside its `except`, so the error is at hand.
"""

import sys

from django.shortcuts import render
from django.views import defaults

from gazette import diskspace


def server_error(request):
    error = sys.exc_info()[1]
    if not diskspace.is_disk_full(error):
        return defaults.server_error(request)
    response = render(request, "503_disk_full.html", {"message": diskspace.message(error)}, status=503)
    response["Retry-After"] = "600"
    return response
