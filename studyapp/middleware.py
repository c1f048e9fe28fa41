"""Query strings checked before any view reads them: too many fields or a NUL is a clear 400."""

from django.conf import settings
from django.http import HttpResponseBadRequest, JsonResponse
from django.utils.translation import gettext as _


class QueryLimitsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        problem = self.problem(request)
        if problem is None:
            return self.get_response(request)
        if request.path.startswith("/api/"):
            return JsonResponse({"detail": problem}, status=400)
        return HttpResponseBadRequest(problem, content_type="text/plain; charset=utf-8")

    @staticmethod
    def problem(request) -> str | None:
        limit = settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
        fields = [part for part in request.META.get("QUERY_STRING", "").split("&") if part]
        if limit is not None and len(fields) > limit:
            return _("Too many query parameters: at most %(max)s.") % {"max": limit}
        for key, values in request.GET.lists():
            if "\x00" in key or any("\x00" in value for value in values):
                return _("The address contains a NUL character; remove it and try again.")
        return None
