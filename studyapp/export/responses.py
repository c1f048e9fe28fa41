"""HTTP downloads of exports, shared by the pages and the API."""

from django.http import HttpResponse

from studyapp.validation import content_disposition

from .anki import anki_bytes

ANKI_CONTENT_TYPE = "application/apkg"


def download(data: bytes | str, content_type: str, *name_parts: str, extension: str):
    """A file download whose name is built from slugs of `name_parts` only."""
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = content_disposition(*name_parts, extension=extension)
    return response


def anki_response(selection) -> HttpResponse:
    return download(
        anki_bytes(selection),
        ANKI_CONTENT_TYPE,
        selection.essay.slug,
        selection.label,
        extension="apkg",
    )


def can_export_assignment(user, assignment) -> bool:
    """The class's teacher and its learners may download an assignment's deck."""
    return (
        assignment.classroom.teacher_id == user.pk
        or assignment.classroom.memberships.filter(learner=user).exists()
    )
