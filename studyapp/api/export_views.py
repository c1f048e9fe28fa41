"""API downloads: the same files as the pages, with token or session authentication."""

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework.decorators import api_view, parser_classes, permission_classes
from rest_framework.exceptions import NotFound, PermissionDenied, ValidationError
from rest_framework.parsers import MultiPartParser
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response

from studyapp import assessment, authoring, classrooms, essays, tasks
from studyapp.export.formats import FORMATS, TEACHER_FORMATS, export_text
from studyapp.export.responses import anki_response, can_export_assignment, download
from studyapp.ingest import IngestError
from studyapp.models import Assignment
from studyapp.validation import InputError, known_topics

from .job_views import job_state
from .schema import APKG, ERRORS, ESSAY_PARAM, TOPICS_PARAM, EssayAccepted, EssayUpload


def _topics(request, essay) -> list[str]:
    try:
        return known_topics(essay, request.query_params.getlist("topics"))
    except InputError as error:
        raise ValidationError({"topics": [str(error)]}) from None


@extend_schema(parameters=[TOPICS_PARAM], responses={(200, "application/apkg"): APKG, **ERRORS})
@api_view(["GET"])
@permission_classes([AllowAny])
def essay_anki(request, slug):
    essay = essays.readable_essay(request.user, slug)
    return anki_response(assessment.essay_deck(request.user, essay, _topics(request, essay)))


@extend_schema(parameters=[ESSAY_PARAM], responses={(200, "application/apkg"): APKG, **ERRORS})
@api_view(["GET"])
@permission_classes([IsAuthenticated])
def my_anki(request):
    essay = essays.readable_essay(request.user, request.query_params.get("essay", ""))
    return anki_response(assessment.learner_deck(request.user, essay))


@extend_schema(responses={(200, "application/apkg"): APKG, **ERRORS})
@api_view(["GET"])
@permission_classes([IsAuthenticated])
def assignment_anki(request, assignment_id):
    assignment = get_object_or_404(
        Assignment.objects.select_related("classroom", "essay"), pk=assignment_id
    )
    if not can_export_assignment(request.user, assignment):
        raise NotFound
    return anki_response(assessment.assignment_deck(request.user, assignment))


@extend_schema(parameters=[TOPICS_PARAM], responses={(200, "*/*"): OpenApiTypes.BINARY, **ERRORS})
@api_view(["GET"])
@permission_classes([AllowAny])
def essay_export(request, slug, fmt):
    essay = essays.readable_essay(request.user, slug)
    if fmt not in FORMATS:
        raise NotFound(f"Unknown format {fmt!r}; use one of {', '.join(sorted(FORMATS))}.")
    if fmt in TEACHER_FORMATS:
        if not request.user.is_authenticated:
            raise PermissionDenied(_("Log in as a teacher to export the question bank."))
        if not assessment.may_see_answer_key(request.user, essay):
            raise PermissionDenied(
                _(
                    "The question bank holds the answers: only the essay's owner and staff "
                    "export it."
                )
            )
    text, spec = export_text(essay, fmt, _topics(request, essay))
    return download(text, spec.content_type, essay.slug, extension=spec.extension)


@extend_schema(
    request={"multipart/form-data": EssayUpload},
    responses={202: EssayAccepted, **ERRORS},
)
@api_view(["POST"])
@permission_classes([IsAuthenticated])
@parser_classes([MultiPartParser])
def add_essay(request):
    """Authors (teachers) upload an essay: checked at once, then loaded and generated in a worker.

    The answer is 202 with the job; follow it at GET /api/essays/SLUG/job/ (also in Location).
    A new upload never takes another essay's slug; `replace` loads the file into your own essay.
    """
    if not classrooms.can_author(request.user):
        raise PermissionDenied("Only teachers and authors may add essays.")
    params = EssayUpload(data=request.data)
    params.is_valid(raise_exception=True)
    data = params.validated_data
    try:
        job = authoring.add_essay(
            data["file"],
            owner=request.user,
            title=data.get("title"),
            slug=data.get("slug"),
            language=data.get("language"),
            replace=data.get("replace", False),
        )
    except IngestError as error:
        raise ValidationError({"file": [str(error)]}) from None
    job = tasks.enqueue_processing(job)
    state = job_state(request, job)
    return Response(
        {"slug": job.essay.slug, "title": job.title, "job": state},
        status=202,
        headers={"Location": state["url"]},
    )
