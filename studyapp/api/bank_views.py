"""API for an essay's bank (owner or staff) and learners' reports: the same services as the pages."""

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers as s
from rest_framework import status
from rest_framework.decorators import api_view, permission_classes
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from studyapp import bank_editing, card_editing, essays, question_reports
from studyapp.models import Card, Question, QuestionReport, QuizAttempt
from studyapp.validation import check_text

from .schema import ERRORS


class BankQuestion(s.Serializer):
    id = s.CharField(source="uid")
    type = s.CharField(source="qtype")
    status = s.CharField()
    edited = s.BooleanField()
    prompt = s.CharField()
    options = s.ListField(child=s.JSONField())
    answers = s.ListField(child=s.JSONField())
    explanation = s.CharField()
    topics = s.SerializerMethodField()
    passage = s.IntegerField(source="passage.number", allow_null=True)
    open_reports = s.IntegerField(required=False)

    def get_topics(self, question) -> list[str]:
        return [t.slug for t in question.topics.all()]


class BankPage(s.Serializer):
    count = s.IntegerField()
    page = s.IntegerField()
    pages = s.IntegerField()
    results = BankQuestion(many=True)


class Stats(s.Serializer):
    answers = s.IntegerField()
    facility = s.FloatField()
    discrimination = s.FloatField(allow_null=True)
    flagged = s.BooleanField()
    choices = s.ListField(child=s.DictField())


class QuestionDetail(BankQuestion):
    stats = Stats(allow_null=True)
    history = s.ListField(child=s.DictField())


class QuestionEdit(s.Serializer):
    prompt = s.CharField(allow_blank=True)
    options = s.ListField(child=s.CharField(allow_blank=True), required=False)
    answers = s.ListField(child=s.CharField(allow_blank=True))
    explanation = s.CharField(allow_blank=True)
    topics = s.ListField(child=s.CharField(), required=False)


class QueueRow(s.Serializer):
    id = s.CharField(source="question.uid")
    prompt = s.CharField(source="question.prompt")
    open_reports = s.IntegerField()
    reasons = s.DictField(child=s.IntegerField())
    held = s.BooleanField()


class ReportIn(s.Serializer):
    reason = s.ChoiceField(choices=QuestionReport.Reason.values)
    comment = s.CharField(required=False, allow_blank=True, max_length=2000)


class ReportOut(s.Serializer):
    id = s.IntegerField(source="pk")
    question = s.IntegerField(source="question_id")
    reason = s.CharField()
    comment = s.CharField()
    resolution = s.CharField()


class BankCard(s.Serializer):
    id = s.CharField(source="uid")
    kind = s.CharField()
    status = s.CharField()
    edited = s.BooleanField()
    front = s.CharField()
    back = s.CharField()
    cloze = s.CharField(allow_blank=True)
    topics = s.SerializerMethodField()
    passage = s.IntegerField(source="passage.number", allow_null=True)
    excerpt = s.CharField()

    def get_topics(self, card) -> list[str]:
        return [t.slug for t in card.topics.all()]


class BankCardPage(s.Serializer):
    count = s.IntegerField()
    page = s.IntegerField()
    pages = s.IntegerField()
    results = BankCard(many=True)


class CardStats(s.Serializer):
    learners = s.IntegerField()
    reviews = s.IntegerField()
    again = s.IntegerField()
    average_lapses = s.FloatField(allow_null=True)


class CardDetail(BankCard):
    stats = CardStats()
    history = s.ListField(child=s.DictField())


class CardEdit(s.Serializer):
    front = s.CharField(allow_blank=True, required=False, max_length=5000, validators=[check_text])
    back = s.CharField(allow_blank=True, required=False, max_length=5000, validators=[check_text])
    cloze = s.CharField(
        allow_blank=True,
        required=False,
        max_length=5000,
        validators=[check_text],
        help_text="Cloze cards only: the text with {{c1::…}}; front and back follow from it.",
    )
    topics = s.ListField(child=s.CharField(max_length=80), required=False)


FILTERS = [
    OpenApiParameter(name, str, required=False) for name in ("topic", "type", "status", "q", "page")
]
CARD_FILTERS = [
    OpenApiParameter(name, str, required=False) for name in ("topic", "status", "q", "page")
]


def _question(request, slug, uid) -> Question:
    essay = essays.managed_essay(request.user, slug)
    return get_object_or_404(
        Question.objects.select_related("essay", "passage"), essay=essay, uid=uid
    )


def _detail(question) -> dict:
    overview = bank_editing.question_overview(question)
    data = BankQuestion(question).data
    stats = overview.stats
    data["stats"] = stats and {
        "answers": stats.attempts,
        "facility": stats.facility,
        "discrimination": stats.discrimination,
        "flagged": stats.flagged,
        "choices": [{"option": o, "chosen": n, "right": r} for o, n, r in stats.choices],
    }
    data["history"] = [
        {"action": c.action, "at": c.at.isoformat(), "fields": sorted(c.details)}
        for c in overview.history
    ]
    return data


@extend_schema(parameters=FILTERS, responses={200: BankPage, **ERRORS})
@api_view(["GET"])
@permission_classes([IsAuthenticated])
def bank_questions(request, slug):
    essay = essays.managed_essay(request.user, slug)
    params = request.query_params
    questions = bank_editing.bank_questions(
        essay,
        topic=params.get("topic", ""),
        qtype=params.get("type", ""),
        status=params.get("status", ""),
        search=params.get("q", "")[:200],
    )
    page = bank_editing.page_of(questions, params.get("page"))
    return Response(
        {
            "count": page.paginator.count,
            "page": page.number,
            "pages": page.paginator.num_pages,
            "results": BankQuestion(page.object_list, many=True).data,
        }
    )


@extend_schema(
    methods=["GET"], responses={200: QuestionDetail, **ERRORS}, operation_id="bank_question_read"
)
@extend_schema(
    methods=["PATCH"],
    request=QuestionEdit,
    responses={200: QuestionDetail, **ERRORS},
    operation_id="bank_question_edit",
)
@api_view(["GET", "PATCH"])
@permission_classes([IsAuthenticated])
def bank_question(request, slug, uid):
    question = _question(request, slug, uid)
    if request.method == "PATCH":
        incoming = QuestionEdit(data=request.data, partial=True)
        incoming.is_valid(raise_exception=True)
        current = {
            "prompt": question.prompt,
            "options": list(question.options),
            "answers": list(question.answers),
            "explanation": question.explanation,
            "topics": [t.slug for t in question.topics.all()],
        }
        try:
            bank_editing.edit_question(
                question, request.user, **{**current, **incoming.validated_data}
            )
        except bank_editing.BankEditError as error:
            raise ValidationError({"problems": error.messages, "rules": error.problems}) from None
        question.refresh_from_db()
    return Response(_detail(question))


def _action(service):
    @extend_schema(request=None, responses={200: QuestionDetail, **ERRORS})
    @api_view(["POST"])
    @permission_classes([IsAuthenticated])
    def view(request, slug, uid):
        question = _question(request, slug, uid)
        service(question, request.user)
        question.refresh_from_db()
        return Response(_detail(question))

    view.__name__ = view.cls.__name__ = service.__name__
    return view


retire = _action(bank_editing.retire_question)
restore = _action(bank_editing.restore_question)
dismiss = _action(bank_editing.dismiss_reports)


def _card(request, slug, uid) -> Card:
    essay = essays.managed_essay(request.user, slug)
    return get_object_or_404(Card.objects.select_related("essay", "passage"), essay=essay, uid=uid)


def _card_detail(card) -> dict:
    return {
        **BankCard(card).data,
        "stats": CardStats(card_editing.card_stats(card)).data,
        "history": [
            {"action": c.action, "at": c.at.isoformat(), "fields": sorted(c.details)}
            for c in card.changes.all()
        ],
    }


@extend_schema(parameters=CARD_FILTERS, responses={200: BankCardPage, **ERRORS})
@api_view(["GET"])
@permission_classes([IsAuthenticated])
def bank_cards(request, slug):
    essay = essays.managed_essay(request.user, slug)
    params = request.query_params
    cards = bank_editing.bank_cards(
        essay,
        topic=params.get("topic", ""),
        status=params.get("status", ""),
        search=params.get("q", "")[:200],
    )
    page = bank_editing.page_of(cards, params.get("page"))
    return Response(
        {
            "count": page.paginator.count,
            "page": page.number,
            "pages": page.paginator.num_pages,
            "results": BankCard(page.object_list, many=True).data,
        }
    )


@extend_schema(
    methods=["GET"], responses={200: CardDetail, **ERRORS}, operation_id="bank_card_read"
)
@extend_schema(
    methods=["PATCH"],
    request=CardEdit,
    responses={200: CardDetail, **ERRORS},
    operation_id="bank_card_edit",
)
@api_view(["GET", "PATCH"])
@permission_classes([IsAuthenticated])
def bank_card(request, slug, uid):
    """A flashcard with its learners' statistics; PATCH edits it under the card rules."""
    card = _card(request, slug, uid)
    if request.method == "PATCH":
        incoming = CardEdit(data=request.data, partial=True)
        incoming.is_valid(raise_exception=True)
        current = {
            "front": card.front,
            "back": card.back,
            "cloze": card.cloze,
            "topics": [t.slug for t in card.topics.all()],
        }
        try:
            card_editing.edit_card(card, request.user, **{**current, **incoming.validated_data})
        except card_editing.CardEditError as error:
            raise ValidationError({"problems": error.messages, "rules": error.problems}) from None
        card.refresh_from_db()
    return Response(_card_detail(card))


def _card_action(status_after, name):
    @extend_schema(request=None, responses={200: CardDetail, **ERRORS})
    @api_view(["POST"])
    @permission_classes([IsAuthenticated])
    def view(request, slug, uid):
        card = _card(request, slug, uid)
        card_editing.set_card_status(card, request.user, status_after)
        return Response(_card_detail(card))

    view.__name__ = view.cls.__name__ = name
    return view


retire_card = _card_action(Card.Status.RETIRED, "retire_card")
restore_card = _card_action(Card.Status.ACTIVE, "restore_card")


@extend_schema(responses={200: QueueRow(many=True), **ERRORS})
@api_view(["GET"])
@permission_classes([IsAuthenticated])
def report_queue(request, slug):
    essay = essays.managed_essay(request.user, slug)
    return Response(QueueRow(question_reports.report_queue(essay), many=True).data)


@extend_schema(request=ReportIn, responses={201: ReportOut, **ERRORS})
@api_view(["POST"])
@permission_classes([IsAuthenticated])
def report(request, attempt_id, question_id):
    attempt = get_object_or_404(QuizAttempt, pk=attempt_id, learner=request.user)
    if question_id not in attempt.question_ids:
        raise NotFound("This question is not part of this quiz.")
    incoming = ReportIn(data=request.data)
    incoming.is_valid(raise_exception=True)
    question = get_object_or_404(Question, pk=question_id)
    try:
        stored = question_reports.report_question(
            request.user,
            question,
            incoming.validated_data["reason"],
            incoming.validated_data.get("comment", ""),
        )
    except question_reports.ReportError as error:
        raise ValidationError({"reason": [str(error)]}) from None
    return Response(ReportOut(stored).data, status=status.HTTP_201_CREATED)
