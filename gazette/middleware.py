"""Response headers the whole site shares that Django's SecurityMiddleware does not send."""

from django.conf import settings


class ContentSecurityPolicyMiddleware:
    """Send settings.GAZETTE_CONTENT_SECURITY_POLICY unless the view set its own policy."""

    header = "Content-Security-Policy"

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = settings.GAZETTE_CONTENT_SECURITY_POLICY

    def __call__(self, request):
        response = self.get_response(request)
        if self.policy and self.header not in response:
            response[self.header] = self.policy
        return response
