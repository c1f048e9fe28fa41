"""What the review page and the API show of a drafted pack: items by kind, each beside its passage.

Reading only; the author's actions are in studyapp.drafting.review.
"""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy

from studyapp.models import ArgumentPoint, Essay, Fact, Question, ReviewStatus

from .pipeline import MODELS
from .review import EDITABLE, LABEL

# The names of the fields an author edits, in the interface's language (they showed as "role").
FIELD_LABELS = {
    "name": gettext_lazy("name"),
    "role": gettext_lazy("role"),
    "variants": gettext_lazy("other spellings"),
    "title": gettext_lazy("title"),
    "when": gettext_lazy("when"),
    "year": gettext_lazy("year"),
    "place": gettext_lazy("place"),
    "kind": gettext_lazy("kind"),
    "text": gettext_lazy("text"),
    "term": gettext_lazy("term"),
    "definition": gettext_lazy("definition"),
    "statement": gettext_lazy("statement"),
    "answer": gettext_lazy("answer"),
    "centrality": gettext_lazy("centrality"),
    "subject": gettext_lazy("subject"),
    "claim": gettext_lazy("claim"),
    "position": gettext_lazy("position"),
    "stance": gettext_lazy("stance"),
}

KIND_NAMES = {
    "people": gettext_lazy("People"),
    "events": gettext_lazy("Events and dates"),
    "works": gettext_lazy("Works"),
    "quotes": gettext_lazy("Quotes"),
    "concepts": gettext_lazy("Concepts"),
    "facts": gettext_lazy("Facts"),
    "arguments": gettext_lazy("Claims and arguments"),
}


def review_items(essay: Essay) -> dict[str, list]:
    """Every knowledge item of the essay by kind, drafted first, most confident first."""
    order = {ReviewStatus.DRAFTED: 0, ReviewStatus.ACCEPTED: 1, ReviewStatus.REJECTED: 2}
    grouped = {}
    for kind, model in MODELS.items():
        queryset = model.objects.filter(essay=essay).select_related("passage")
        queryset = queryset.prefetch_related("topics")
        if kind == "quotes":
            queryset = queryset.select_related("speaker", "work")
        if kind == "works":
            queryset = queryset.select_related("author")
        if kind == "arguments":
            points = ArgumentPoint.objects.select_related("passage").order_by("position")
            queryset = queryset.prefetch_related(Prefetch("points", queryset=points))
        grouped[kind] = sorted(
            queryset,
            key=lambda i: (order.get(i.review_status, 3), -i.confidence, i.passage.number, i.pk),
        )
    return grouped


def review_counts(essay: Essay) -> dict[str, int]:
    counts = dict.fromkeys(ReviewStatus.values, 0)
    for model in MODELS.values():
        for status in ReviewStatus.values:
            counts[status] += model.objects.filter(essay=essay, review_status=status).count()
    return counts


WINDOW = 240


def excerpt(item) -> dict:
    """The passage around the span, split so that a page can highlight the span."""
    text = item.passage.text
    at = text.find(item.span)
    if at < 0:
        return {"before": "", "span": item.span, "after": "", "anchored": False}
    start = max(0, at - WINDOW)
    end = min(len(text), at + len(item.span) + WINDOW)
    return {
        "before": ("…" if start else "") + text[start:at],
        "span": item.span,
        "after": text[at + len(item.span) : end] + ("…" if end < len(text) else ""),
        "anchored": True,
    }


def item_fields(kind: str, item) -> dict:
    fields = {name: getattr(item, name) for name in EDITABLE[kind]}
    if kind == "quotes":
        fields["speaker"] = item.speaker.name if item.speaker_id else ""
        fields["work"] = item.work.title if item.work_id else ""
    if kind == "works":
        fields["author"] = item.author.name if item.author_id else ""
    return fields


def item_json(kind: str, item) -> dict:
    """One item as the API shows it."""
    data = {
        "id": item.pk,
        "kind": kind,
        "key": item.key,
        "label": getattr(item, LABEL[kind]),
        "review_status": item.review_status,
        "confidence": item.confidence,
        "passage": item.passage.number,
        "span": item.span,
        "topics": [t.slug for t in item.topics.all()],
        "fields": item_fields(kind, item),
    }
    if kind == "arguments":
        data["points"] = [
            {"kind": p.kind, "text": p.text, "passage": p.passage.number, "span": p.span}
            for p in item.points.all()
        ]
    return data


def review_page(essay: Essay) -> dict:
    """Everything the review page shows, fetched once."""
    grouped = review_items(essay)
    kinds = []
    for kind, items in grouped.items():
        rows = [
            {
                "kind": kind,
                "item": item,
                "label": getattr(item, LABEL[kind]),
                "fields": item_fields(kind, item),
                "editable": EDITABLE[kind],
                "labels": [(name, FIELD_LABELS.get(name, name)) for name in EDITABLE[kind]],
                "excerpt": excerpt(item),
                "topic": next(iter(item.topics.all()), None),
                "points": list(item.points.all()) if kind == "arguments" else [],
            }
            for item in items
        ]
        kinds.append(
            {
                "kind": kind,
                "name": KIND_NAMES[kind],
                "rows": rows,
                "drafted": sum(1 for i in items if i.review_status == ReviewStatus.DRAFTED),
            }
        )
    return {
        "essay": essay,
        "kinds": kinds,
        "fact_kinds": Fact.Kind.choices,
        "counts": review_counts(essay),
        "topics": list(essay.topics.order_by("position")),
        "people": grouped["people"],
        "passages": list(essay.current_passages()),
        "questions": Question.objects.filter(essay=essay, status=Question.Status.ACTIVE).count(),
    }
