"""API for reviewing a drafted pack: the same services as the review page."""

from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework.decorators import api_view, parser_classes, permission_classes
from rest_framework.exceptions import ValidationError
from rest_framework.parsers import JSONParser, MultiPartParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from studyapp import essays, studypack
from studyapp.drafting import review, review_display

from .schema import ERRORS


def _fail(error):
    raise ValidationError({"detail": str(error)}) from None


@extend_schema(
    methods=["GET"],
    operation_id="essay_drafts_list",
    responses={200: OpenApiTypes.OBJECT, **ERRORS},
)
@extend_schema(
    methods=["POST"],
    operation_id="essay_drafts_add",
    request=OpenApiTypes.OBJECT,
    responses={201: OpenApiTypes.OBJECT, **ERRORS},
)
@api_view(["GET", "POST"])
@permission_classes([IsAuthenticated])
@parser_classes([JSONParser])
def drafts(request, slug):
    """GET: every item by kind with its review status. POST: add an accepted item from a span."""
    essay = essays.managed_essay(request.user, slug)
    if request.method == "POST":
        data = request.data if isinstance(request.data, dict) else {}
        try:
            item = review.add_item(
                essay,
                str(data.get("kind", "")),
                data.get("passage"),
                str(data.get("span", "")),
                data.get("fields") or {},
            )
        except review.ReviewError as error:
            _fail(error)
        return Response(review_display.item_json(data["kind"], item), status=201)
    grouped = review_display.review_items(essay)
    return Response(
        {
            "essay": essay.slug,
            "status": essay.status,
            "counts": review_display.review_counts(essay),
            "items": {
                kind: [review_display.item_json(kind, i) for i in items]
                for kind, items in grouped.items()
            },
        }
    )


@extend_schema(
    methods=["GET"], operation_id="essay_draft_get", responses={200: OpenApiTypes.OBJECT, **ERRORS}
)
@extend_schema(
    methods=["PATCH"],
    operation_id="essay_draft_edit",
    request=OpenApiTypes.OBJECT,
    responses={200: OpenApiTypes.OBJECT, **ERRORS},
)
@api_view(["GET", "PATCH"])
@permission_classes([IsAuthenticated])
@parser_classes([JSONParser])
def draft_item(request, slug, kind, pk):
    """GET one item; PATCH its fields and span (the span must stand in the passage): it is accepted."""
    essay = essays.managed_essay(request.user, slug)
    try:
        if request.method == "PATCH":
            data = request.data if isinstance(request.data, dict) else {}
            item = review.edit_item(essay, kind, pk, data)
        else:
            item = review.get_item(essay, kind, pk)
    except review.ReviewError as error:
        _fail(error)
    return Response(review_display.item_json(kind, item))


def _status_view(status):
    @extend_schema(
        operation_id=f"essay_draft_{status}",
        request=None,
        responses={200: OpenApiTypes.OBJECT, **ERRORS},
    )
    @api_view(["POST"])
    @permission_classes([IsAuthenticated])
    def view(request, slug, kind, pk):
        essay = essays.managed_essay(request.user, slug)
        try:
            item = review.set_status(essay, kind, pk, status)
        except review.ReviewError as error:
            _fail(error)
        return Response(review_display.item_json(kind, item))

    return view


accept = _status_view(review.ReviewStatus.ACCEPTED)
reject = _status_view(review.ReviewStatus.REJECTED)


@extend_schema(
    operation_id="essay_drafts_accept_all",
    request=None,
    responses={200: OpenApiTypes.OBJECT, **ERRORS},
)
@api_view(["POST"])
@permission_classes([IsAuthenticated])
def accept_all(request, slug):
    """Accept every item still drafted, as drafted; rejected items stay rejected."""
    essay = essays.managed_essay(request.user, slug)
    accepted = review.accept_all_drafted(essay)
    return Response({"accepted": accepted, "counts": review_display.review_counts(essay)})


@extend_schema(
    operation_id="essay_generate", request=None, responses={200: OpenApiTypes.OBJECT, **ERRORS}
)
@api_view(["POST"])
@permission_classes([IsAuthenticated])
def generate(request, slug):
    """Build the bank from the accepted items."""
    essay = essays.managed_essay(request.user, slug)
    report = review.generate(essay)
    return Response(
        {
            "source": report.source,
            "questions": sum(report.by_type.values()),
            "cards": report.cards,
            "advice": review.thin_bank_advice(report) or None,
        }
    )


@extend_schema(
    operation_id="essay_publish", request=None, responses={200: OpenApiTypes.OBJECT, **ERRORS}
)
@api_view(["POST"])
@permission_classes([IsAuthenticated])
def publish(request, slug):
    """Learners see the essay from now on."""
    essay = essays.managed_essay(request.user, slug)
    try:
        review.publish(essay)
    except review.ReviewError as error:
        _fail(error)
    return Response({"slug": essay.slug, "status": essay.status})


@extend_schema(
    methods=["GET"],
    operation_id="essay_pack_export",
    responses={(200, "application/yaml"): OpenApiTypes.STR, **ERRORS},
)
@extend_schema(
    methods=["POST"],
    operation_id="essay_pack_import",
    request={"multipart/form-data": OpenApiTypes.OBJECT},
    responses={200: OpenApiTypes.OBJECT, **ERRORS},
)
@api_view(["GET", "POST"])
@permission_classes([IsAuthenticated])
@parser_classes([MultiPartParser])
def pack(request, slug):
    """GET: the reviewed pack as YAML. POST (file): import a pack into this essay."""
    essay = essays.managed_essay(request.user, slug)
    if request.method == "GET":
        return HttpResponse(
            studypack.export_study_pack(essay), content_type="application/yaml; charset=utf-8"
        )
    upload = request.FILES.get("file")
    if upload is None:
        raise ValidationError({"file": ["Choose a YAML file to import."]})
    if upload.size > studypack.PACK_MAX_BYTES:
        raise ValidationError(
            {"file": [f"The pack is larger than {studypack.PACK_MAX_BYTES} bytes."]}
        )
    try:
        report = studypack.import_study_pack(essay, upload.read().decode("utf-8"))
    except UnicodeDecodeError:
        raise ValidationError({"file": ["The file is not UTF-8 text."]}) from None
    except studypack.StudyPackError as error:
        raise ValidationError({"file": error.problems[:20]}) from None
    return Response({"counts": report.counts})
