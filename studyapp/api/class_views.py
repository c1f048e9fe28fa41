"""API for classes, assignments and progress, with the same permission rules as the pages."""

from django.db.models import Q
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import status, viewsets
from rest_framework.decorators import action, api_view, permission_classes
from rest_framework.exceptions import NotFound, PermissionDenied, ValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from studyapp import accounts, classrooms, essays, progress
from studyapp.models import Assignment, Classroom
from studyapp.validation import InputError, database_id

from .schema import (
    CLASS_PROGRESS,
    ERRORS,
    ESSAY_OPTIONAL,
    ITEM,
    MEMBER,
    MY_ASSIGNMENT,
    MY_PROGRESS,
    STARTED,
    DeleteAccount,
    Error,
)
from .serializers import AssignmentSerializer, ClassroomSerializer, JoinSerializer


def _assignment_data(assignment):
    return AssignmentSerializer(assignment).data


class ClassroomViewSet(viewsets.GenericViewSet):
    """Classes the user teaches or is in; any other class does not exist for them (404)."""

    serializer_class = ClassroomSerializer
    permission_classes = [IsAuthenticated]
    lookup_value_regex = "[0-9]{1,19}"
    queryset = Classroom.objects.none()  # for the schema: get_queryset below is what serves

    def get_queryset(self):
        user = self.request.user
        return (
            Classroom.objects.filter(Q(teacher=user) | Q(memberships__learner=user))
            .select_related("teacher")
            .distinct()
            .order_by("name")
        )

    def taught(self):
        classroom = self.get_object()
        if classroom.teacher_id != self.request.user.pk:
            raise PermissionDenied("Only the teacher of this class may do this.")
        return classroom

    @extend_schema(responses={200: ClassroomSerializer(many=True), **ERRORS})
    def list(self, request):
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @extend_schema(responses={200: ClassroomSerializer, **ERRORS})
    def retrieve(self, request, pk=None):
        return Response(self.get_serializer(self.get_object()).data)

    @extend_schema(request=ClassroomSerializer, responses={201: ClassroomSerializer, **ERRORS})
    def create(self, request):
        params = ClassroomSerializer(data=request.data, context={"request": request})
        params.is_valid(raise_exception=True)
        try:
            classroom = classrooms.start_classroom(request.user, params.validated_data["name"])
        except classrooms.ClassroomError as error:
            raise PermissionDenied(str(error)) from None
        return Response(self.get_serializer(classroom).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        request=JoinSerializer, responses={200: ClassroomSerializer, 429: Error, **ERRORS}
    )
    @action(detail=False, methods=["post"])
    def join(self, request):
        params = JoinSerializer(data=request.data)
        params.is_valid(raise_exception=True)
        try:
            classroom = classrooms.join_by_code(
                request.user,
                params.validated_data["code"],
                address=request.META.get("REMOTE_ADDR", ""),
            )
        except classrooms.TooManyJoinAttempts as error:
            return Response({"detail": str(error)}, status=status.HTTP_429_TOO_MANY_REQUESTS)
        except classrooms.ClassroomError as error:
            raise ValidationError({"code": str(error)}) from None
        return Response(self.get_serializer(classroom).data)

    @extend_schema(responses={200: MEMBER(many=True), **ERRORS})
    @action(detail=True, methods=["get"], pagination_class=None)
    def members(self, request, pk=None):
        classroom = self.taught()
        return Response(
            [
                {"id": m.learner_id, "username": m.learner.get_username(), "joined_at": m.joined_at}
                for m in classroom.memberships.select_related("learner").order_by(
                    "learner__username"
                )
            ]
        )

    @extend_schema(responses={204: None, **ERRORS})
    @action(detail=True, methods=["delete"], url_path=r"members/(?P<learner_id>[0-9]{1,19})")
    def remove_member(self, request, pk=None, learner_id=None):
        classroom = self.taught()
        try:
            learner_id = database_id(learner_id)
        except InputError:
            raise NotFound("This learner is not in the class.") from None
        if not classrooms.remove_learner(classroom, learner_id):
            return Response(
                {"detail": "This learner is not in the class."}, status=status.HTTP_404_NOT_FOUND
            )
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(
        request=AssignmentSerializer,
        responses={200: AssignmentSerializer(many=True), 201: AssignmentSerializer, **ERRORS},
    )
    @action(detail=True, methods=["get", "post"], pagination_class=None)
    def assignments(self, request, pk=None):
        if request.method == "POST":
            classroom = self.taught()
            params = AssignmentSerializer(data=request.data, context={"request": request})
            params.is_valid(raise_exception=True)
            try:
                assignment = classrooms.create_assignment(classroom, **params.validated_data)
            except classrooms.ClassroomError as error:
                raise ValidationError({"detail": str(error)}) from None
            return Response(_assignment_data(assignment), status=status.HTTP_201_CREATED)
        classroom = self.get_object()
        return Response(
            [
                _assignment_data(a)
                for a in classroom.assignments.select_related("essay").order_by("due_at")
            ]
        )

    @extend_schema(parameters=[ESSAY_OPTIONAL], responses={200: CLASS_PROGRESS, **ERRORS})
    @action(detail=True, methods=["get"])
    def progress(self, request, pk=None):
        classroom = self.taught()
        essay = progress.class_essay(classroom, request.query_params.get("essay"))
        board = progress.class_dashboard(classroom, essay)
        return Response(
            {
                "essay": essay.slug if essay else None,
                "topics": [
                    {"slug": t.slug, "name": t.name, "mean_mastery": mean}
                    for t, mean in board.topic_means
                ],
                "learners": [
                    {
                        "id": row.learner.pk,
                        "username": row.learner.get_username(),
                        "mastery": {t.slug: row.mastery.get(t.pk) for t in board.topics},
                        "last_activity": row.last_activity,
                        "risks": row.risks,
                    }
                    for row in board.rows
                ],
                "assignments": [
                    {
                        "id": s.assignment.pk,
                        "title": s.assignment.title,
                        "submitted": s.submitted,
                        "late": s.late,
                        "members": s.members,
                        "mean_score": s.mean_score,
                    }
                    for s in board.assignments
                ],
            }
        )

    @extend_schema(parameters=[ESSAY_OPTIONAL], responses={200: ITEM(many=True), **ERRORS})
    @action(detail=True, methods=["get"], pagination_class=None)
    def items(self, request, pk=None):
        classroom = self.taught()
        essay = progress.class_essay(classroom, request.query_params.get("essay"))
        items = progress.class_items(classroom, essay) if essay else []
        return Response(
            [
                {
                    "id": i.question.uid,
                    "type": i.question.qtype,
                    "attempts": i.answers,
                    "learners": i.learners,
                    "facility": i.facility,
                    "discrimination": i.discrimination,
                    "flagged": i.flagged,
                    "choices": [{"option": o, "chosen": n, "right": r} for o, n, r in i.chosen],
                }
                for i in items
            ]
        )


@extend_schema(responses={200: MY_ASSIGNMENT(many=True), **ERRORS})
@api_view(["GET"])
@permission_classes([IsAuthenticated])
def my_assignments(request):
    return Response(
        [
            {
                **_assignment_data(a),
                "class": a.classroom.name,
                "attempt": a.my_attempt.pk if a.my_attempt else None,
                "submitted_at": a.my_attempt.submitted_at if a.my_attempt else None,
                "score": a.my_attempt.score if a.my_attempt else None,
                "late": a.my_attempt.is_late if a.my_attempt else False,
            }
            for a in classrooms.assignments_for(request.user)
        ]
    )


@extend_schema(request=None, responses={201: STARTED, **ERRORS})
@api_view(["POST"])
@permission_classes([IsAuthenticated])
def start_assignment(request, assignment_id):
    assignment = get_object_or_404(
        Assignment.objects.select_related("classroom", "essay"),
        pk=assignment_id,
        classroom__memberships__learner=request.user,
    )
    try:
        attempt = classrooms.start_assignment(request.user, assignment)
    except classrooms.ClassroomError as error:
        raise ValidationError({"detail": str(error)}) from None
    return Response({"quiz": attempt.pk}, status=status.HTTP_201_CREATED)


@extend_schema(parameters=[ESSAY_OPTIONAL], responses={200: MY_PROGRESS, **ERRORS})
@api_view(["GET"])
@permission_classes([IsAuthenticated])
def my_progress(request):
    essay = (
        essays.readable_essay(request.user, request.query_params["essay"])
        if request.query_params.get("essay")
        else essays.visible_essays(request.user).order_by("title").first()
    )
    if essay is None:
        return Response({"detail": "There are no essays."}, status=status.HTTP_404_NOT_FOUND)
    report = progress.learner_progress(request.user, essay)
    return Response(
        {
            "essay": essay.slug,
            "streak": report.streak,
            "answers": report.answers,
            "reviews": report.reviews,
            "topics": [
                {"slug": t.topic.slug, "name": t.topic.name, "mastery": t.mastery}
                for t in report.topics
            ],
            "weak_spots": [t.topic.slug for t in report.weak_spots],
            "history": [
                {"day": day, "share_right": share, "answers": n} for day, share, n in report.history
            ],
        }
    )


@extend_schema(responses={200: OpenApiTypes.OBJECT, **ERRORS})
@api_view(["GET"])
@permission_classes([IsAuthenticated])
def my_data(request):
    """Everything studyapp stores about you."""
    return Response(accounts.personal_data(request.user))


@extend_schema(request=DeleteAccount, responses={204: None, **ERRORS})
@api_view(["DELETE"])
@permission_classes([IsAuthenticated])
def delete_me(request):
    params = DeleteAccount(data=request.data)
    params.is_valid(raise_exception=True)
    try:
        accounts.delete_account(request.user, params.validated_data["password"])
    except accounts.AccountError as error:
        raise ValidationError({"password": [str(error)]}) from None
    return Response(status=status.HTTP_204_NO_CONTENT)
