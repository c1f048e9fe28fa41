"""API for the owner of an essay (or staff): change its title and details, delete it.

The same service as the pages (essay_editing). Deleting takes two steps, as on the page: GET
…/footprint/ counts what goes with the essay, DELETE with ?confirm=<slug> does it.
"""

from dataclasses import asdict

from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers as s
from rest_framework import status
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response

from studyapp import essay_editing, essays
from studyapp.validation import check_text

from .schema import ERRORS


class EssayEdit(s.Serializer):
    title = s.CharField(max_length=300, required=False, validators=[check_text])
    author = s.CharField(max_length=200, required=False, allow_blank=True, validators=[check_text])
    byline = s.CharField(max_length=300, required=False, allow_blank=True, validators=[check_text])
    language = s.ChoiceField(choices=["nl", "en"], required=False)


class ManagedEssay(s.Serializer):
    slug = s.CharField()
    title = s.CharField()
    author = s.CharField()
    byline = s.CharField()
    language = s.CharField()
    status = s.CharField()


class Footprint(s.Serializer):
    questions = s.IntegerField()
    cards = s.IntegerField()
    attempts = s.IntegerField()
    learners = s.IntegerField()
    card_states = s.IntegerField()
    reviews = s.IntegerField()
    assignments = s.IntegerField()


CONFIRM = OpenApiParameter(
    "confirm",
    str,
    required=True,
    description="The essay's slug, once more: deleting cannot be undone.",
)


class EssayManagement:
    """PATCH, DELETE and …/footprint/ for the essay viewset; reading stays open to all who see it."""

    def get_permissions(self):
        if self.request.method in ("GET", "HEAD", "OPTIONS") and self.action != "footprint":
            return [AllowAny()]
        return [IsAuthenticated()]

    @extend_schema(request=EssayEdit, responses={200: ManagedEssay, **ERRORS})
    def partial_update(self, request, slug=None):
        """Change the title, author, byline or language; the text and the bank stay."""
        essay = essays.managed_essay(request.user, slug)
        incoming = EssayEdit(data=request.data, partial=True)
        incoming.is_valid(raise_exception=True)
        try:
            essay_editing.update_essay(essay, **incoming.validated_data)
        except essay_editing.EssayEditError as error:
            raise ValidationError({"title": [str(error)]}) from None
        return Response(ManagedEssay(essay).data)

    @extend_schema(responses={200: Footprint, **ERRORS})
    @action(detail=True, methods=["get"])
    def footprint(self, request, slug=None):
        """What would go with the essay: questions, cards, quiz attempts, reviews, assignments."""
        essay = essays.managed_essay(request.user, slug)
        return Response(asdict(essay_editing.essay_footprint(essay)))

    @extend_schema(parameters=[CONFIRM], responses={200: Footprint, **ERRORS})
    def destroy(self, request, slug=None):
        """Delete the essay and all that hangs on it; answers with what was deleted."""
        essay = essays.managed_essay(request.user, slug)
        if request.query_params.get("confirm") != essay.slug:
            footprint = asdict(essay_editing.essay_footprint(essay))
            message = (
                _(
                    "Deleting removes %(questions)s questions, %(cards)s flashcards and "
                    "%(attempts)s quiz attempts; repeat with ?confirm=<slug> to go ahead."
                )
                % footprint
            )
            # The error in its usual shape, with the counts as numbers for a client to show.
            return Response(
                {"detail": message, "errors": {"confirm": [message], "footprint": footprint}},
                status=status.HTTP_400_BAD_REQUEST,
            )
        return Response(asdict(essay_editing.delete_essay(essay)))
