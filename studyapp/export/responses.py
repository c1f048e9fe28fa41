"""HTTP downloads of exports, shared by the pages and the API."""

from django.http import HttpResponse

from .anki import anki_bytes, anki_filename

ANKI_CONTENT_TYPE = "application/apkg"


def download(data: bytes | str, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def anki_response(selection) -> HttpResponse:
    return download(anki_bytes(selection), anki_filename(selection), ANKI_CONTENT_TYPE)


def can_export_assignment(user, assignment) -> bool:
    """The class's teacher and its learners may download an assignment's deck."""
    return (
        assignment.classroom.teacher_id == user.pk
        or assignment.classroom.memberships.filter(learner=user).exists()
    )
