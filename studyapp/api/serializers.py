from datetime import datetime

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from studyapp.essays import visible_essays
from studyapp.models import Essay, QuizAttempt, Topic
from studyapp.quizzes import MAX_QUESTIONS
from studyapp.validation import MAX_ID, MAX_TOPICS, check_text


class TopicSerializer(serializers.ModelSerializer):
    class Meta:
        model = Topic
        fields = ["slug", "name"]


@extend_schema_field(OpenApiTypes.STR)
class VisibleEssayField(serializers.SlugRelatedField):
    """An essay slug that the requesting person may read; drafts of others do not exist."""

    def __init__(self, **kwargs):
        super().__init__(slug_field="slug", **kwargs)

    def get_queryset(self):
        request = self.context.get("request")
        return visible_essays(request.user) if request else Essay.objects.none()


class EssaySerializer(serializers.ModelSerializer):
    topics = TopicSerializer(many=True, read_only=True)

    class Meta:
        model = Essay
        fields = ["slug", "title", "author", "language", "topics"]


class QuizCreateSerializer(serializers.Serializer):
    essay = VisibleEssayField()
    topics = serializers.ListField(
        child=serializers.SlugField(max_length=80),
        required=False,
        default=list,
        max_length=MAX_TOPICS,
    )
    types = serializers.ListField(
        child=serializers.CharField(max_length=20), required=False, default=list
    )
    count = serializers.IntegerField(min_value=1, max_value=MAX_QUESTIONS, default=10)
    mode = serializers.ChoiceField(choices=QuizAttempt.Mode.choices, default="practice")
    time_limit_minutes = serializers.IntegerField(
        min_value=1, max_value=240, required=False, allow_null=True, default=None
    )


class QuizSerializer(serializers.ModelSerializer):
    essay = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    question_count = serializers.SerializerMethodField()
    answered_count = serializers.SerializerMethodField()
    deadline = serializers.SerializerMethodField()

    class Meta:
        model = QuizAttempt
        fields = [
            "id",
            "essay",
            "mode",
            "settings",
            "started_at",
            "submitted_at",
            "score",
            "question_count",
            "answered_count",
            "deadline",
        ]

    def get_question_count(self, attempt) -> int:
        return len(attempt.layout)

    def get_answered_count(self, attempt) -> int:
        # Counted already where the attempt was built, handed in or listed: no query then.
        counted = getattr(attempt, "answer_count", None)
        return attempt.answers.count() if counted is None else counted

    def get_deadline(self, attempt) -> datetime | None:
        from studyapp.quizzes import deadline

        return deadline(attempt)


def quiz_question_data(number, item, question):
    """A question as a learner sees it during the quiz: no answers, options in attempt order."""
    data = {
        "number": number,
        "question": question.pk,
        "id": question.uid,
        "type": question.qtype,
        "prompt": question.prompt,
        "options": item.get("options", []),
        "source_passage": question.passage.number,
    }
    if question.qtype == "matching":
        data["left"] = item["left"]
    return data


class AnswerSerializer(serializers.Serializer):
    question = serializers.IntegerField(min_value=1, max_value=MAX_ID)
    # Its shape is checked against the question type by quizzes.clean_response.
    response = serializers.JSONField()
    key = serializers.CharField(max_length=80, validators=[check_text])


class ReviewSerializer(serializers.Serializer):
    rating = serializers.IntegerField(min_value=1, max_value=4)
    key = serializers.CharField(
        max_length=80, required=False, allow_blank=True, validators=[check_text]
    )


def feedback_data(question, answer):
    return {
        "correct": answer.correct,
        "score": answer.score,
        "answers": question.answers,
        "explanation": question.explanation,
        "source": {"passage": question.passage.number, "excerpt": question.excerpt},
    }


class ClassroomSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    name = serializers.CharField(max_length=120, validators=[check_text])
    join_code = serializers.SerializerMethodField()
    teacher = serializers.SerializerMethodField()
    is_teacher = serializers.SerializerMethodField()

    def _teaches(self, classroom):
        return classroom.teacher_id == self.context["request"].user.pk

    def get_join_code(self, classroom) -> str | None:
        return classroom.join_code if self._teaches(classroom) else None

    def get_teacher(self, classroom) -> str:
        return classroom.teacher.get_username()

    def get_is_teacher(self, classroom) -> bool:
        return self._teaches(classroom)


class JoinSerializer(serializers.Serializer):
    code = serializers.CharField(max_length=12, validators=[check_text])


class AssignmentSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    title = serializers.CharField(max_length=200, validators=[check_text])
    essay = VisibleEssayField()
    topics = serializers.ListField(
        child=serializers.SlugField(max_length=80),
        required=False,
        default=list,
        max_length=MAX_TOPICS,
    )
    types = serializers.ListField(
        child=serializers.CharField(max_length=20), required=False, default=list
    )
    count = serializers.IntegerField(min_value=1, max_value=100, default=10)
    mode = serializers.ChoiceField(choices=QuizAttempt.Mode.choices, default="exam")
    time_limit_minutes = serializers.IntegerField(
        min_value=1, max_value=240, required=False, allow_null=True, default=None
    )
    due_at = serializers.DateTimeField()
    classroom = serializers.IntegerField(source="classroom_id", read_only=True)
