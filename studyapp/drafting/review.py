"""The author reviews the drafted pack: accept, edit, reject, merge, move, add; generate; publish.

Services for the review page and the API alike (what they show is in review_display). Every change keeps an item's span standing word
for word in its passage; an accepted quote or work also accepts the person and work it names, so
that the generators never meet a speaker the author has not seen.
"""

import re

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from studyapp.dutch_text import as_statement, clean
from studyapp.generation import generate_bank
from studyapp.models import (
    Argument,
    Centrality,
    Essay,
    Fact,
    Person,
    Question,
    Quote,
    ReviewStatus,
    Topic,
    Work,
)

from .claims import claim_subject
from .events import DATE, YEAR
from .pipeline import MODELS

EDITABLE = {
    "people": ["name", "role", "variants"],
    "events": ["title", "when", "year", "place"],
    "works": ["title", "kind", "year"],
    "quotes": ["text"],
    "concepts": ["term", "definition"],
    "facts": ["statement", "answer", "kind", "centrality"],
    "arguments": ["subject", "claim", "position", "stance"],
}
# The field that names an item on the review page.
LABEL = {
    "people": "name",
    "events": "title",
    "works": "title",
    "quotes": "text",
    "concepts": "term",
    "facts": "statement",
    "arguments": "claim",
}


class ReviewError(ValueError):
    """A review action cannot be done; the message says why, in the user's language."""


def kind_model(kind: str):
    if kind not in MODELS:
        raise ReviewError(_("Unknown kind of item: %(kind)s.") % {"kind": kind})
    return MODELS[kind]


def get_item(essay: Essay, kind: str, pk: int):
    item = kind_model(kind).objects.filter(essay=essay, pk=pk).select_related("passage").first()
    if item is None:
        raise ReviewError(_("There is no such item in this essay."))
    return item


@transaction.atomic
def set_status(essay: Essay, kind: str, pk: int, status: str):
    """Accept or reject one item (an accepted quote or work accepts who and what it names)."""
    if status not in (ReviewStatus.ACCEPTED, ReviewStatus.REJECTED, ReviewStatus.DRAFTED):
        raise ReviewError(_("Unknown review status: %(status)s.") % {"status": status})
    item = get_item(essay, kind, pk)
    item.review_status = status
    item.save(update_fields=["review_status"])
    if status == ReviewStatus.ACCEPTED:
        for related in _named_by(item):
            if related.review_status != ReviewStatus.ACCEPTED:
                related.review_status = ReviewStatus.ACCEPTED
                related.save(update_fields=["review_status"])
    return item


def _named_by(item):
    if isinstance(item, Quote):
        return [r for r in (item.speaker, item.work) if r is not None]
    if isinstance(item, Work) and item.author is not None:
        return [item.author]
    return []


def _check(item):
    try:
        item.clean()
    except ValidationError as error:
        messages = [m for ms in error.message_dict.values() for m in ms]
        raise ReviewError(" ".join(messages)) from None


@transaction.atomic
def edit_item(essay: Essay, kind: str, pk: int, data: dict, *, accept: bool = True):
    """Change an item's fields and span; the span must still stand in the passage."""
    item = get_item(essay, kind, pk)
    for name in EDITABLE[kind]:
        if name not in data:
            continue
        value = data[name]
        if name == "variants":
            value = (
                [v.strip() for v in value.split(",") if v.strip()]
                if isinstance(value, str)
                else list(value)
            )
        elif name == "year":
            value = _year(value, required=kind == "events")
        elif isinstance(value, str):
            value = value.strip()
            if not value and name not in ("place",):
                raise ReviewError(_("%(field)s may not be empty.") % {"field": name})
        _check_choice(kind, name, value)
        setattr(item, name, value)
    if "span" in data:
        item.span = str(data["span"]).strip()
    _check(item)
    if accept:
        item.review_status = ReviewStatus.ACCEPTED
    item.save()
    if accept:
        for related in _named_by(item):
            related.review_status = ReviewStatus.ACCEPTED
            related.save(update_fields=["review_status"])
    return item


# Fields with a closed set of values, by kind of item ("*": every kind). A work's "kind"
# ("brochure", "boek") is free text; a fact's is one of its kinds.
CHOICES = {
    ("arguments", "stance"): (
        Argument.Stance.values,
        gettext_lazy("The stance is endorses or rejects."),
    ),
    ("facts", "kind"): (
        Fact.Kind.values,
        gettext_lazy("The kind of a fact is date, number, person, place, group, work or concept."),
    ),
    ("*", "centrality"): (
        Centrality.values,
        gettext_lazy("How central an item is: core, supporting or detail."),
    ),
}


def _check_choice(kind: str, name: str, value) -> None:
    allowed = CHOICES.get((kind, name)) or CHOICES.get(("*", name))
    if allowed and value not in allowed[0]:
        raise ReviewError(str(allowed[1]))


def _year(value, *, required: bool):
    if value in (None, ""):
        if required:
            raise ReviewError(_("An event needs a year."))
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ReviewError(_("The year must be a number, such as 1917.")) from None


@transaction.atomic
def merge_people(essay: Essay, keep_pk: int, other_pk: int) -> Person:
    """Two drafted people are one: names become variants, quotes, works and events follow."""
    if keep_pk == other_pk:
        raise ReviewError(_("Choose two different people to merge."))
    keep, other = get_item(essay, "people", keep_pk), get_item(essay, "people", other_pk)
    keep.variants = sorted({*keep.variants, *other.all_names()} - {keep.name})
    keep.save(update_fields=["variants"])
    Quote.objects.filter(speaker=other).update(speaker=keep)
    Work.objects.filter(author=other).update(author=keep)
    for event in other.events.all():
        event.people.add(keep)
    other.delete()
    return keep


@transaction.atomic
def move_to_topic(essay: Essay, kind: str, pk: int, topic_slug: str):
    """File an item under one topic; a new name makes a new topic."""
    item = get_item(essay, kind, pk)
    topic = essay.topics.filter(slug=topic_slug).first()
    if topic is None:
        name = topic_slug.strip()
        if not name:
            raise ReviewError(_("Choose a topic."))
        slug = slugify(name)[:80] or "onderwerp"
        position = (
            essay.topics.order_by("-position").values_list("position", flat=True).first() or 0
        ) + 1
        topic, _created = Topic.objects.get_or_create(
            essay=essay, slug=slug, defaults={"name": name[:120], "position": position}
        )
    item.topics.set([topic])
    return item


@transaction.atomic
def add_item(essay: Essay, kind: str, passage_number, span: str, data: dict | None = None):
    """A new accepted item from words the author selected in a passage."""
    data = dict(data or {})
    model = kind_model(kind)
    if data.get("label") and not data.get(LABEL[kind]):
        data[LABEL[kind]] = data["label"]
    try:
        passage = essay.current_passages().get(number=int(passage_number))
    except (ValueError, TypeError, essay.passages.model.DoesNotExist):
        raise ReviewError(_("There is no passage %(n)s.") % {"n": passage_number}) from None
    span = (span or "").strip()
    if not span or span not in passage.text:
        raise ReviewError(
            _("The selected text does not occur word for word in passage %(n)s.")
            % {"n": passage.number}
        )
    words = clean(span)
    values = {name: data.get(name) for name in EDITABLE[kind] if data.get(name) not in (None, "")}
    if kind == "people":
        values.setdefault("name", words)
        values.setdefault("role", words)
        values["variants"] = [
            v.strip() for v in str(values.get("variants", "")).split(",") if v.strip()
        ]
    elif kind == "events":
        date = DATE.search(span)
        if not date and not values.get("year"):
            raise ReviewError(_("There is no year in the selected text; select the date too."))
        values.setdefault("when", date.group("when") if date else str(values["year"]))
        values["year"] = _year(
            values.get("year") or re.search(YEAR, date.group("when")).group(0), required=True
        )
        values.setdefault("title", words)
    elif kind == "works":
        values.setdefault("title", words.strip('“”"«»'))
        values.setdefault("kind", "werk")
        values["year"] = _year(values.get("year"), required=False)
    elif kind == "quotes":
        values.setdefault("text", words.strip('“”"«»‘’'))
        speaker_name = str(data.get("speaker") or "").strip()
        speaker = None
        if speaker_name:
            speaker = next(
                (p for p in Person.objects.filter(essay=essay) if speaker_name in p.all_names()),
                None,
            )
            if speaker is None:
                raise ReviewError(
                    _("There is no person called %(name)s yet; add them first.")
                    % {"name": speaker_name}
                )
        if speaker is None:
            raise ReviewError(_("A quote needs its speaker."))
        values["speaker"] = speaker
    elif kind == "concepts":
        if not values.get("term"):
            raise ReviewError(_("Give the term this text defines."))
        values.setdefault("definition", words)
    elif kind == "facts":
        if not values.get("answer"):
            raise ReviewError(_("Give the key term of the fact (a date, number or name)."))
        values.setdefault("statement", as_statement(words))
        values.setdefault("kind", Fact.Kind.CONCEPT)
        for name in ("kind", "centrality"):
            if name in values:
                _check_choice(kind, name, values[name])
    elif kind == "arguments":
        values.setdefault("claim", as_statement(words))
        values.setdefault("subject", claim_subject(values["claim"], {}))
        values.setdefault("position", values["claim"])
        values.setdefault("stance", Argument.Stance.ENDORSES)
    item = model(
        essay=essay,
        key=_free_key(model, essay, values.get(LABEL[kind]) or words),
        passage=passage,
        span=span,
        review_status=ReviewStatus.ACCEPTED,
        confidence=1.0,
        **values,
    )
    _check(item)
    item.save()
    if data.get("topic"):
        move_to_topic(essay, kind, item.pk, data["topic"])
    else:
        item.topics.set(
            Topic.objects.filter(
                **{f"{model._meta.model_name}_items__passage": passage}
            ).distinct()[:1]
        )
    return item


def _free_key(model, essay, label) -> str:
    base = slugify(str(label))[:70].strip("-") or "item"
    used = set(
        model.objects.filter(essay=essay, key__startswith=base).values_list("key", flat=True)
    )
    key, n = base, 2
    while key in used:
        key, n = f"{base}-{n}", n + 1
    return key


@transaction.atomic
def accept_all_drafted(essay: Essay, *, min_confidence: float = 0.0) -> int:
    """Accept every drafted item at or above a confidence ("accepted as drafted")."""
    total = 0
    for kind, model in MODELS.items():
        for item in model.objects.filter(
            essay=essay, review_status=ReviewStatus.DRAFTED, confidence__gte=min_confidence
        ):
            set_status(essay, kind, item.pk, ReviewStatus.ACCEPTED)
            total += 1
    return total


def generate(essay: Essay):
    """Build the bank from the accepted items (or the raw text while none is accepted)."""
    return generate_bank(essay)


# Under this many questions a bank is thin for a quiz of ten (short posts give 0 to 6, the
# unseen readings): the author is told how to add what the drafter missed.
FEW_QUESTIONS = 10


def thin_bank_advice(report) -> str:
    """What to do when the accepted items gave few questions; "" when the bank is not thin."""
    count = sum(report.by_type.values())
    if count >= FEW_QUESTIONS:
        return ""
    return _(
        "Only %(n)s questions: the drafter found little to ask in this text. Add what a learner "
        "should know by selecting it in a passage, above all the author's claims with their "
        "reasons, and generate again."
    ) % {"n": count}


def publish(essay: Essay) -> Essay:
    """Learners see the essay from now on; it needs a bank to study first."""
    if not Question.objects.filter(essay=essay, status=Question.Status.ACTIVE).exists():
        raise ReviewError(_("Generate the questions before you publish the essay."))
    essay.status = Essay.Status.PUBLISHED
    essay.save(update_fields=["status"])
    return essay
