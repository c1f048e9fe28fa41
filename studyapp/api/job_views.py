"""Where an essay's background processing stands, for its owner and staff."""

from django.urls import reverse
from drf_spectacular.utils import extend_schema
from rest_framework.decorators import api_view, permission_classes
from rest_framework.exceptions import NotFound
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from studyapp import essays, processing

from .schema import ERRORS, EssayJobState


def job_state(request, job) -> dict:
    return {
        "essay": job.essay.slug,
        "stage": job.stage,
        "stage_label": job.get_stage_display(),
        "done": job.done,
        "total": job.total,
        "summary": job.summary,
        "error": job.error,
        "created_at": job.created_at,
        "started_at": job.started_at,
        "updated_at": job.updated_at,
        "finished_at": job.finished_at,
        "url": request.build_absolute_uri(reverse("api_essay_job", args=[job.essay.slug])),
    }


@extend_schema(responses={200: EssayJobState, **ERRORS})
@api_view(["GET"])
@permission_classes([IsAuthenticated])
def essay_job(request, slug):
    """The essay's latest processing job: stage, progress, and the outcome or the error."""
    essay = essays.managed_essay(request.user, slug)
    job = processing.latest_job(essay)
    if job is None:
        raise NotFound("This essay has no processing job.")
    return Response(job_state(request, job))
