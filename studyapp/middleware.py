"""The request's address and form fields checked before any view reads them.

Too many query parameters, or a NUL character in the path, the query or a form field, is a
clear 400. (PostgreSQL cannot even look such text up; JSON bodies are checked by the parser.)
"""

from django.conf import settings
from django.http import HttpResponseBadRequest, JsonResponse
from django.utils.translation import gettext as _

from studyapp.validation import unsafe_text_message

FORM_TYPES = {"application/x-www-form-urlencoded", "multipart/form-data"}


def _has_nul(query_dict) -> bool:
    return any(
        "\x00" in key or any("\x00" in value for value in values)
        for key, values in query_dict.lists()
    )


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
        nul = _("The address contains a NUL character; remove it and try again.")
        if "\x00" in request.path or _has_nul(request.GET):
            return nul
        if request.method == "POST" and request.content_type in FORM_TYPES:
            if _has_nul(request.POST):
                return unsafe_text_message()
        return None
