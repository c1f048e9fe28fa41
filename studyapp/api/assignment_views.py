"""API for the teacher of one assignment: follow it, change it, close it, delete it."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import serializers as s
from rest_framework import status
from rest_framework.decorators import api_view, permission_classes
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from studyapp import assignments, classrooms
from studyapp.models import Assignment, QuizAttempt

from .schema import ERRORS


class AssignmentEdit(s.Serializer):
    title = s.CharField(max_length=200, required=False)
    due_at = s.DateTimeField(required=False)
    topics = s.ListField(child=s.SlugField(), required=False)
    types = s.ListField(child=s.CharField(max_length=20), required=False)
    count = s.IntegerField(min_value=1, max_value=100, required=False)
    mode = s.ChoiceField(choices=QuizAttempt.Mode.choices, required=False)
    time_limit_minutes = s.IntegerField(min_value=1, max_value=240, required=False, allow_null=True)


class LearnerRow(s.Serializer):
    learner = s.CharField()
    state = s.ChoiceField(choices=["not_started", "started", "handed_in"])
    score = s.FloatField(allow_null=True)
    submitted_at = s.DateTimeField(allow_null=True)
    late = s.BooleanField()


class AssignmentReport(s.Serializer):
    id = s.IntegerField()
    title = s.CharField()
    essay = s.CharField()
    due_at = s.DateTimeField()
    closed_at = s.DateTimeField(allow_null=True)
    count = s.IntegerField()
    mode = s.CharField()
    time_limit_minutes = s.IntegerField(allow_null=True)
    started = s.IntegerField()
    handed_in = s.IntegerField()
    late = s.IntegerField()
    learners = LearnerRow(many=True)


class Deleted(s.Serializer):
    handed_in = s.IntegerField()
    open = s.IntegerField()


def _taught(request, assignment_id) -> Assignment:
    assignment = get_object_or_404(
        Assignment.objects.select_related("classroom", "essay"), pk=assignment_id
    )
    if assignment.classroom.teacher_id != request.user.pk:
        raise Http404
    return assignment


def _report(assignment) -> dict:
    report = assignments.assignment_report(assignment)
    return {
        "id": assignment.pk,
        "title": assignment.title,
        "essay": assignment.essay.slug,
        "due_at": assignment.due_at,
        "closed_at": assignment.closed_at,
        "count": assignment.count,
        "mode": assignment.mode,
        "time_limit_minutes": assignment.time_limit_minutes,
        "started": report.started,
        "handed_in": report.handed_in,
        "late": report.late,
        "learners": [
            {
                "learner": row.learner.get_username(),
                "state": row.state,
                "score": row.attempt.score if row.attempt else None,
                "submitted_at": row.attempt.submitted_at if row.attempt else None,
                "late": bool(row.attempt and row.attempt.is_late),
            }
            for row in report.rows
        ],
    }


@extend_schema(methods=["GET"], responses={200: AssignmentReport, **ERRORS})
@extend_schema(
    methods=["PATCH"], request=AssignmentEdit, responses={200: AssignmentReport, **ERRORS}
)
@extend_schema(methods=["DELETE"], responses={200: Deleted, **ERRORS})
@api_view(["GET", "PATCH", "DELETE"])
@permission_classes([IsAuthenticated])
def assignment(request, assignment_id):
    """The teacher's view of an assignment; PATCH changes it, DELETE removes it."""
    assignment = _taught(request, assignment_id)
    if request.method == "DELETE":
        summary = assignments.delete_assignment(assignment)
        return Response({"handed_in": summary.handed_in, "open": summary.open})
    if request.method == "PATCH":
        incoming = AssignmentEdit(data=request.data)
        incoming.is_valid(raise_exception=True)
        current = {
            name: getattr(assignment, name) for name in ("title", "due_at", *assignments.SETTINGS)
        }
        try:
            assignments.update_assignment(assignment, **{**current, **incoming.validated_data})
        except classrooms.ClassroomError as error:
            raise ValidationError(str(error)) from None
    return Response(_report(assignment))


@extend_schema(request=None, responses={200: AssignmentReport, **ERRORS})
@api_view(["POST"])
@permission_classes([IsAuthenticated])
def close(request, assignment_id):
    """Close early: open attempts are handed in, nobody new can start."""
    assignment = _taught(request, assignment_id)
    assignments.close_assignment(assignment)
    return Response(_report(assignment), status=status.HTTP_200_OK)
