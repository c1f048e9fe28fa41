"""One JSON shape for every API error: {"detail": "...", "errors": {field: [...]}}."""

from django.http import JsonResponse
from django.views import defaults
from rest_framework import status
from rest_framework.exceptions import APIException
from rest_framework.views import exception_handler


class Conflict(APIException):
    """409: the request clashes with what is stored (such as a key used for something else)."""

    status_code = status.HTTP_409_CONFLICT
    default_detail = "This conflicts with what is stored."
    default_code = "conflict"


def json_exception_handler(exc, context):
    response = exception_handler(exc, context)
    if response is None:
        return None
    data = response.data
    if isinstance(data, dict) and set(data) == {"detail"}:
        body = {"detail": str(data["detail"])}
    elif isinstance(data, dict):
        fields = {k: v for k, v in data.items() if k != "detail"}
        detail = data.get("detail") or " ".join(
            f"{field}: {' '.join(map(str, messages if isinstance(messages, list) else [messages]))}"
            for field, messages in fields.items()
        )
        body = {"detail": str(detail), "errors": fields}
    else:
        body = {"detail": " ".join(map(str, data)) if isinstance(data, list) else str(data)}
    response.data = body
    return response


def not_found(request, exception=None):
    """404: JSON under /api/, the site's page elsewhere."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Not found."}, status=404)
    return defaults.page_not_found(request, exception)


def forbidden(request, exception=None):
    """403: JSON under /api/, the site's own page elsewhere (not Django's bare one)."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "You do not have permission to do this."}, status=403)
    return defaults.permission_denied(request, exception)


def server_error(request):
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Server error; it has been logged."}, status=500)
    return defaults.server_error(request)
