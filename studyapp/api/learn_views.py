"""Learn mode over the API: start a session, read what is asked now, answer it."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.decorators import api_view, permission_classes
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from studyapp import learn
from studyapp.models import LearnSession
from studyapp.quizzes import QuizError

from .schema import ERRORS, Feedback, QuizQuestion
from .serializers import AnswerSerializer, VisibleEssayField, feedback_data, quiz_question_data


class LearnStart(serializers.Serializer):
    essay = VisibleEssayField()
    topics = serializers.ListField(child=serializers.SlugField(), required=False, default=list)
    size = serializers.ChoiceField(
        choices=learn.SIZES, required=False, allow_null=True, default=learn.DEFAULT_SIZE
    )


class LearnProgress(serializers.Serializer):
    mastered = serializers.IntegerField()
    total = serializers.IntegerField()
    asked = serializers.IntegerField()
    percent = serializers.IntegerField()


class LearnQuestion(QuizQuestion):
    stage = serializers.ChoiceField(choices=["recognition", "recall"])


class LearnState(serializers.Serializer):
    id = serializers.IntegerField()
    essay = serializers.CharField()
    finished = serializers.BooleanField()
    progress = LearnProgress()
    question = LearnQuestion(allow_null=True)


class LearnAnswered(LearnState):
    feedback = Feedback()
    comes_back = serializers.BooleanField()


def _state(session: LearnSession) -> dict:
    item = learn.pending_item(session)
    question = session.pending_question if item else None
    progress = learn.progress(session)
    data = None
    if question is not None:
        data = {
            **quiz_question_data(progress.asked + 1, item, question),
            "stage": learn.stage_of(session, question.origin),
        }
    return {
        "id": session.pk,
        "essay": session.essay.slug,
        "finished": session.finished_at is not None,
        "progress": {
            "mastered": progress.mastered,
            "total": progress.total,
            "asked": progress.asked,
            "percent": progress.percent,
        },
        "question": data,
    }


def _own(request, session_id) -> LearnSession:
    try:
        return learn.own_session(request.user, session_id)
    except LearnSession.DoesNotExist:
        raise NotFound from None


@extend_schema(request=LearnStart, responses={201: LearnState, **ERRORS})
@api_view(["POST"])
@permission_classes([IsAuthenticated])
def start(request):
    """Start a Learn session over the learner's most urgent items of an essay's topics."""
    params = LearnStart(data=request.data, context={"request": request})
    params.is_valid(raise_exception=True)
    data = params.validated_data
    try:
        session = learn.start_session(
            request.user, data["essay"], topics=data["topics"], size=data["size"]
        )
    except QuizError as error:
        raise ValidationError({"detail": str(error)}) from None
    return Response(_state(session), status=status.HTTP_201_CREATED)


@extend_schema(responses={200: LearnState, **ERRORS})
@api_view(["GET"])
@permission_classes([IsAuthenticated])
def state(request, session_id):
    """The session's progress and the question it asks now (null once every item is mastered)."""
    return Response(_state(_own(request, session_id)))


@extend_schema(request=AnswerSerializer, responses={200: LearnAnswered, **ERRORS})
@api_view(["POST"])
@permission_classes([IsAuthenticated])
def answer(request, session_id):
    """Answer the question asked now; the feedback comes back with the next question."""
    session = _own(request, session_id)
    params = AnswerSerializer(data=request.data)
    params.is_valid(raise_exception=True)
    data = params.validated_data
    try:
        given = learn.answer_pending(session, data["question"], data["response"], data["key"])
    except QuizError as error:
        raise ValidationError({"detail": str(error)}) from None
    session = learn.own_session(request.user, session.pk)
    return Response(
        {
            **_state(session),
            "feedback": feedback_data(given.question, given),
            "comes_back": given.question.origin in session.queue,
        }
    )
