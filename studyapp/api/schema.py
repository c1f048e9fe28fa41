"""Response shapes for the OpenAPI schema (drf-spectacular), where views return plain dicts."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse
from rest_framework import serializers as s

from studyapp.validation import check_text


class Error(s.Serializer):
    detail = s.CharField()
    errors = s.DictField(child=s.JSONField(), required=False)


class Source(s.Serializer):
    passage = s.IntegerField()
    excerpt = s.CharField()


class Feedback(s.Serializer):
    correct = s.BooleanField()
    score = s.FloatField()
    answers = s.ListField(child=s.JSONField())
    explanation = s.CharField()
    source = Source()


class QuizQuestion(s.Serializer):
    number = s.IntegerField()
    question = s.IntegerField()
    id = s.CharField()
    type = s.CharField()
    prompt = s.CharField()
    options = s.ListField(child=s.CharField())
    left = s.ListField(child=s.CharField(), required=False)
    source_passage = s.IntegerField()


class NextQuestion(s.Serializer):
    done = s.BooleanField()
    question = QuizQuestion(allow_null=True)


class AnswerResult(s.Serializer):
    question = s.IntegerField()
    response = s.JSONField()
    answered_at = s.DateTimeField()
    created = s.BooleanField()
    feedback = Feedback(required=False)


class Tally(s.Serializer):
    correct = s.FloatField()
    total = s.IntegerField()


class ReviewItem(s.Serializer):
    number = s.IntegerField()
    prompt = s.CharField()
    response = s.JSONField(allow_null=True)
    correct = s.BooleanField()
    score = s.FloatField()
    answers = s.ListField(child=s.JSONField())
    explanation = s.CharField()
    source = Source()
    sealed = s.BooleanField(
        required=False,
        help_text="Also in an exam you have not handed in: answers, explanation and excerpt "
        "are left out until then.",
    )


class QuizResults(s.Serializer):
    score = s.FloatField()
    correct = s.IntegerField()
    total = s.IntegerField()
    by_topic = s.DictField(child=Tally())
    by_type = s.DictField(child=Tally())
    review = ReviewItem(many=True)


class Flashcard(s.Serializer):
    id = s.CharField()
    kind = s.CharField()
    front = s.CharField()
    back = s.CharField()
    source = Source()
    due = s.DateTimeField(allow_null=True)
    intervals = s.DictField(child=s.IntegerField())


class DueCards(s.Serializer):
    due = s.IntegerField()
    new = s.IntegerField()
    next_due = s.DateTimeField(allow_null=True)
    card = Flashcard(allow_null=True)


class Reviewed(s.Serializer):
    id = s.CharField()
    due = s.DateTimeField()
    reps = s.IntegerField()


class Undo(s.Serializer):
    essay = s.CharField(required=False)


class Undone(s.Serializer):
    id = s.CharField()
    undone_rating = s.IntegerField()


class Member(s.Serializer):
    id = s.IntegerField()
    username = s.CharField()
    joined_at = s.DateTimeField()


class TopicMastery(s.Serializer):
    slug = s.CharField()
    name = s.CharField()
    mean_mastery = s.FloatField(allow_null=True)


class LearnerMastery(s.Serializer):
    id = s.IntegerField()
    username = s.CharField()
    mastery = s.DictField(child=s.FloatField(allow_null=True))
    last_activity = s.DateTimeField(allow_null=True)
    risks = s.ListField(child=s.CharField())


class AssignmentProgress(s.Serializer):
    id = s.IntegerField()
    title = s.CharField()
    submitted = s.IntegerField()
    late = s.IntegerField()
    members = s.IntegerField()
    mean_score = s.FloatField(allow_null=True)


class ClassProgress(s.Serializer):
    essay = s.CharField(allow_null=True)
    topics = TopicMastery(many=True)
    learners = LearnerMastery(many=True)
    assignments = AssignmentProgress(many=True)


class ChoiceCount(s.Serializer):
    option = s.CharField()
    chosen = s.IntegerField()
    right = s.BooleanField()


class ItemAnalysis(s.Serializer):
    id = s.CharField()
    type = s.CharField()
    attempts = s.IntegerField()
    learners = s.IntegerField()
    facility = s.FloatField()
    discrimination = s.FloatField(allow_null=True)
    flagged = s.BooleanField()
    choices = ChoiceCount(many=True)


class MyAssignment(s.Serializer):
    id = s.IntegerField()
    title = s.CharField()
    essay = s.CharField()
    topics = s.ListField(child=s.CharField())
    types = s.ListField(child=s.CharField())
    count = s.IntegerField()
    mode = s.CharField()
    time_limit_minutes = s.IntegerField(allow_null=True)
    due_at = s.DateTimeField()
    classroom = s.IntegerField()
    attempt = s.IntegerField(allow_null=True)
    submitted_at = s.DateTimeField(allow_null=True)
    score = s.FloatField(allow_null=True)
    late = s.BooleanField()

    def get_fields(self):
        fields = super().get_fields()
        fields["class"] = s.CharField()  # a Python keyword, so added here
        return fields


class DeleteAccount(s.Serializer):
    password = s.CharField()


class EssayUpload(s.Serializer):
    file = s.FileField()
    title = s.CharField(max_length=300, required=False, allow_blank=True, validators=[check_text])
    slug = s.SlugField(max_length=80, required=False, allow_blank=True)
    language = s.ChoiceField(choices=["nl", "en", "de", "fr"], required=False, allow_blank=True)
    replace = s.BooleanField(
        required=False,
        default=False,
        help_text="Load the file as the new text of your essay `slug` instead of a new essay.",
    )


class EssayJobState(s.Serializer):
    essay = s.CharField(help_text="The essay's slug.")
    stage = s.ChoiceField(
        choices=["queued", "splitting", "drafting", "generating", "done", "failed"]
    )
    stage_label = s.CharField(help_text="The stage in the user's language.")
    done = s.IntegerField(help_text="Units of the current stage done (passages, questions).")
    total = s.IntegerField()
    summary = s.CharField(help_text="What was stored, once done.")
    error = s.CharField(help_text="Why it failed, in the user's language.")
    created_at = s.DateTimeField()
    started_at = s.DateTimeField(allow_null=True)
    updated_at = s.DateTimeField()
    finished_at = s.DateTimeField(allow_null=True)
    url = s.CharField(help_text="Where to follow the job.")


class EssayAccepted(s.Serializer):
    slug = s.CharField()
    title = s.CharField()
    job = EssayJobState()


class Started(s.Serializer):
    quiz = s.IntegerField()


class MyTopic(s.Serializer):
    slug = s.CharField()
    name = s.CharField()
    mastery = s.FloatField(allow_null=True)


class Day(s.Serializer):
    day = s.DateField()
    share_right = s.FloatField()
    answers = s.IntegerField()


class MyProgress(s.Serializer):
    essay = s.CharField()
    streak = s.IntegerField()
    answers = s.IntegerField()
    reviews = s.IntegerField()
    topics = MyTopic(many=True)
    weak_spots = s.ListField(child=s.CharField())
    history = Day(many=True)


ERROR = Error
ERRORS = {400: Error, 401: Error, 403: Error, 404: Error}
QUIZ_QUESTION, NEXT_QUESTION, ANSWER_RESULT, RESULTS = (
    QuizQuestion,
    NextQuestion,
    AnswerResult,
    QuizResults,
)
DUE, REVIEWED, UNDONE, MEMBER = DueCards, Reviewed, Undone, Member
CLASS_PROGRESS, ITEM, MY_ASSIGNMENT, STARTED, MY_PROGRESS = (
    ClassProgress,
    ItemAnalysis,
    MyAssignment,
    Started,
    MyProgress,
)
APKG = OpenApiResponse(OpenApiTypes.BINARY, description="An Anki package (.apkg)")
ESSAY_PARAM = OpenApiParameter("essay", str, required=True, description="Slug of the essay.")
ESSAY_OPTIONAL = OpenApiParameter("essay", str, description="Slug of the essay.")
TOPICS_PARAM = OpenApiParameter("topics", str, many=True, description="Topic slugs.")
