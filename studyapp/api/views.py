"""The REST API: the same services and selectors as the HTML views, for other clients."""

from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action, api_view, permission_classes
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response

from studyapp import essays, prepared, scheduling
from studyapp.models import Card, Essay, QuizAttempt
from studyapp.quizzes import (
    QuizError,
    answer_question,
    attempt_questions,
    attempt_results,
    build_quiz,
    close_if_expired,
    next_unanswered,
    submit_attempt,
)
from studyapp.validation import InputError, displayable, known_topics

from .errors import Conflict
from .essay_views import EssayManagement
from .schema import (
    ANSWER_RESULT,
    DUE,
    ERROR,
    ERRORS,
    ESSAY_PARAM,
    NEXT_QUESTION,
    QUIZ_QUESTION,
    RESULTS,
    REVIEWED,
    TOPICS_PARAM,
    UNDONE,
    Undo,
)
from .serializers import (
    AnswerSerializer,
    EssaySerializer,
    QuizCreateSerializer,
    QuizSerializer,
    ReviewSerializer,
    feedback_data,
    quiz_question_data,
)


class EssayViewSet(EssayManagement, viewsets.ReadOnlyModelViewSet):
    queryset = Essay.objects.none()  # for the schema: get_queryset below is what serves
    serializer_class = EssaySerializer
    lookup_field = "slug"
    permission_classes = [AllowAny]

    def get_queryset(self):
        return essays.visible_essays(self.request.user).prefetch_related("topics").order_by("title")


class QuizViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """A learner's own quiz attempts; another learner's attempt is a 404."""

    serializer_class = QuizSerializer
    permission_classes = [IsAuthenticated]
    lookup_value_regex = "[0-9]{1,19}"
    queryset = QuizAttempt.objects.none()  # for the schema: get_queryset below is what serves

    def get_queryset(self):
        attempts = QuizAttempt.objects.filter(learner=self.request.user).order_by("-started_at")
        if self.action == "list":
            return attempts.select_related("essay").annotate(answer_count=Count("answers"))
        if self.action in ("retrieve", "results"):
            return attempts.select_related("essay")  # the response names or reads the essay
        return attempts

    def get_object(self):
        if self.action not in ("answers", "questions", "next", "submit"):
            return super().get_object()
        # Answering, reading questions and handing in need the attempt row (and the essay's
        # slug to name it): one prepared query.
        attempt = prepared.own_attempt(
            self.request.user.pk, int(self.kwargs["pk"]), with_essay=self.action == "submit"
        )
        if attempt is None:
            raise Http404
        self.check_object_permissions(self.request, attempt)
        return attempt

    @extend_schema(request=QuizCreateSerializer, responses={201: QuizSerializer, **ERRORS})
    def create(self, request):
        params = QuizCreateSerializer(data=request.data, context={"request": request})
        params.is_valid(raise_exception=True)
        data = params.validated_data
        try:
            attempt = build_quiz(
                request.user,
                data["essay"],
                topics=data["topics"],
                types=data["types"],
                count=data["count"],
                mode=data["mode"],
                time_limit_minutes=data["time_limit_minutes"],
            )
        except QuizError as error:
            raise ValidationError({"detail": str(error)}) from None
        attempt.answer_count = 0  # a new attempt: nothing to count
        return Response(QuizSerializer(attempt).data, status=status.HTTP_201_CREATED)

    @extend_schema(responses={200: QUIZ_QUESTION(many=True), **ERRORS})
    @action(detail=True, methods=["get"], pagination_class=None)
    def questions(self, request, pk=None):
        attempt = self.get_object()
        return Response(
            [
                quiz_question_data(n, item, q)
                for n, (item, q) in enumerate(attempt_questions(attempt), start=1)
            ]
        )

    @extend_schema(responses={200: NEXT_QUESTION, **ERRORS})
    @action(detail=True, methods=["get"])
    def next(self, request, pk=None):
        attempt = self.get_object()
        close_if_expired(attempt)
        index = None if attempt.is_submitted else next_unanswered(attempt)
        if index is None:
            return Response({"done": True, "question": None})
        item, question = attempt_questions(attempt)[index]
        return Response({"done": False, "question": quiz_question_data(index + 1, item, question)})

    @extend_schema(
        request=AnswerSerializer, responses={200: ANSWER_RESULT, 201: ANSWER_RESULT, **ERRORS}
    )
    @action(detail=True, methods=["post"])
    def answers(self, request, pk=None):
        attempt = self.get_object()
        params = AnswerSerializer(data=request.data)
        params.is_valid(raise_exception=True)
        data = params.validated_data
        try:
            answer, created = answer_question(
                attempt, data["question"], data["response"], data["key"]
            )
        except QuizError as error:
            raise ValidationError({"detail": str(error)}) from None
        body = {
            "question": answer.question_id,
            "response": displayable(answer.response),
            "answered_at": answer.answered_at,
            "created": created,
        }
        if attempt.mode == QuizAttempt.Mode.PRACTICE:
            body["feedback"] = feedback_data(answer.question, answer)
        return Response(body, status=status.HTTP_201_CREATED if created else status.HTTP_200_OK)

    @extend_schema(request=None, responses={200: QuizSerializer, **ERRORS})
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        attempt = submit_attempt(self.get_object())
        return Response(QuizSerializer(attempt).data)

    @extend_schema(responses={200: RESULTS, **ERRORS})
    @action(detail=True, methods=["get"])
    def results(self, request, pk=None):
        attempt = self.get_object()
        close_if_expired(attempt)
        if not attempt.is_submitted:
            raise ValidationError({"detail": "Hand the quiz in first: POST …/submit/."})
        results = attempt_results(attempt)
        return Response(
            {
                "score": results.score,
                "correct": results.correct_count,
                "total": len(results.items),
                "by_topic": {
                    k: {"correct": v.correct, "total": v.total} for k, v in results.by_topic.items()
                },
                "by_type": {
                    k: {"correct": v.correct, "total": v.total} for k, v in results.by_type.items()
                },
                "review": [_review_data(item) for item in results.items],
            }
        )


def _review_data(item):
    """One question of the results; a question still sealed by an open exam keeps its answer."""
    question = item.question
    data = {
        "number": item.number,
        "prompt": question.prompt,
        "response": item.answer.response if item.answer else None,
    }
    if item.answer:
        data.update(feedback_data(question, item.answer))
    else:
        data.update(
            correct=False,
            score=0,
            answers=question.answers,
            explanation=question.explanation,
            source={"passage": question.passage.number, "excerpt": question.excerpt},
        )
    if item.sealed:
        data.update(
            answers=[],
            explanation="",
            source={"passage": question.passage.number, "excerpt": ""},
            sealed=True,
        )
    return data


def _card_data(card, state):
    intervals = scheduling.next_intervals(state)
    return {
        "id": card.uid,
        "kind": card.kind,
        "front": card.front,
        "back": card.back,
        "source": {"passage": card.passage.number, "excerpt": card.excerpt},
        "due": state.due if state else None,
        "intervals": {name: int(delta.total_seconds()) for name, delta in intervals.items()},
    }


@extend_schema(parameters=[ESSAY_PARAM, TOPICS_PARAM], responses={200: DUE, **ERRORS})
@api_view(["GET"])
@permission_classes([IsAuthenticated])
def due_cards(request):
    """The next card to study for an essay (optionally some topics), with the queue's counts."""
    essay = essays.readable_essay(request.user, request.query_params.get("essay", ""))
    try:
        topics = known_topics(essay, request.query_params.getlist("topics"))
    except InputError as error:
        raise ValidationError({"topics": [str(error)]}) from None
    queue = scheduling.study_queue(request.user, essay, topics)
    return Response(
        {
            "due": queue.due_count,
            "new": queue.new_count,
            "next_due": queue.next_due,
            "card": _card_data(queue.card, queue.state) if queue.card else None,
        }
    )


@extend_schema(request=ReviewSerializer, responses={200: REVIEWED, 409: ERROR, **ERRORS})
@api_view(["POST"])
@permission_classes([IsAuthenticated])
def review_card(request, uid):
    card = get_object_or_404(Card.objects.select_related("passage"), uid=uid, status="active")
    params = ReviewSerializer(data=request.data)
    params.is_valid(raise_exception=True)
    try:
        state = scheduling.review_card(
            request.user,
            card,
            params.validated_data["rating"],
            key=params.validated_data.get("key") or None,
        )
    except scheduling.ReviewKeyConflict as error:
        raise Conflict(str(error)) from None
    except scheduling.StudyError as error:
        raise ValidationError({"detail": str(error)}) from None
    return Response({"id": card.uid, "due": state.due, "reps": state.reps})


@extend_schema(
    request=Undo,
    responses={200: UNDONE, **ERRORS},
)
@api_view(["POST"])
@permission_classes([IsAuthenticated])
def undo_review(request):
    params = Undo(data=request.data)
    params.is_valid(raise_exception=True)
    essay = None
    if params.validated_data.get("essay"):
        essay = essays.readable_essay(request.user, params.validated_data["essay"])
    undone = scheduling.undo_last_review(request.user, essay)
    if undone is None:
        return Response({"detail": "There is no rating to undo."}, status=status.HTTP_404_NOT_FOUND)
    return Response({"id": undone.card.uid, "undone_rating": undone.rating})
