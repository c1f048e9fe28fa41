"""An essay's owner edits a flashcard in place, under the card rules; or retires and restores it.

Like a question edit, a card edit keeps the card's uid (learners' FSRS state, their reviews and
the Anki note's GUID stay attached) and sets `edited`, so regeneration keeps the text as the
owner left it (see generation/bank.py).
"""

import re
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Avg, Count, Q
from django.utils.translation import gettext_lazy

from .bank_editing import describe_problem as describe_question_problem
from .generation.facts import BLANK
from .generation.quality import DEBRIS, FOOTNOTE, PARAPHRASE_OVERLAP, QUOTED, paraphrase_overlap
from .models import Card, CardChange, CardState, ReviewLog, Topic

# Anki's cloze gap: {{c1::answer}} or {{c1::answer::hint}}.
CLOZE_GAP = re.compile(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}")


class CardEditError(ValueError):
    """The edit breaks the card rules: `problems` names them, `messages` says them to people."""

    def __init__(self, problems):
        super().__init__("; ".join(problems))
        self.problems = problems

    @property
    def messages(self):
        return [describe_problem(p) for p in self.problems]


def cloze_sides(cloze: str) -> tuple[str, str]:
    """The front (gaps blanked) and back (gaps filled) a learner sees of a cloze text."""
    return CLOZE_GAP.sub(BLANK, cloze), CLOZE_GAP.sub(r"\1", cloze)


def _rule(problem: str) -> str:
    return problem.partition(": ")[0]


def _text_problems(card: Card, front: str, back: str) -> list[str]:
    problems = []
    if card.excerpt not in card.passage.text:
        problems.append(f"excerpt not in passage {card.passage.number}")
    if front.casefold() == back.casefold():
        problems.append("front and back are the same")
    for text in (front, back):
        # What stands between «» is the essay's own text, quoted as it is.
        unquoted = QUOTED.sub("«»", text)
        for pattern, label in DEBRIS:
            if pattern.search(unquoted):
                problems.append(f"{label}: {text[:60]!r}")
        if FOOTNOTE.search(text):
            problems.append("footnote marker in the text")
    overlap = paraphrase_overlap(f"{front} {back}", [card.excerpt], card.essay.language)
    if overlap < PARAPHRASE_OVERLAP:
        problems.append("card shares too few words with the excerpt")
    return problems


def card_problems(card: Card, values: dict) -> list[str]:
    """The card rules the edit would break; what the stored card already breaks is not counted.

    The generator does not run these rules on cards: a cloze card is a sentence of the essay
    as written, footnote marks and all. An edit may keep what was there, not add a breach.
    """
    if card.kind == Card.Kind.CLOZE and not CLOZE_GAP.search(values["cloze"]):
        return ["cloze without a gap"]
    problems = []
    if not values["front"].strip():
        problems.append("empty front")
    if not values["back"].strip():
        problems.append("empty back")
    if problems:
        return problems
    already = {_rule(p) for p in _text_problems(card, card.front, card.back)}
    return [
        p for p in _text_problems(card, values["front"], values["back"]) if _rule(p) not in already
    ]


RULE_TEXTS = {
    "cloze without a gap": gettext_lazy("a cloze card needs a gap: {{c1::…}} around the answer"),
    "empty front": gettext_lazy("the card needs a front"),
    "empty back": gettext_lazy("the card needs a back"),
    "front and back are the same": gettext_lazy("the front and the back are the same"),
    "card shares too few words with the excerpt": gettext_lazy(
        "the card shares too few words with the excerpt it cites"
    ),
    "footnote marker in the text": gettext_lazy("a footnote marker ([1]) in the text"),
}


def describe_problem(problem: str) -> str:
    """A rule the edit breaks, in the user's language."""
    if problem in RULE_TEXTS:
        return str(RULE_TEXTS[problem])
    # The shared rules (template debris, doubled space, excerpt …) speak as for questions.
    return describe_question_problem(problem)


def _card_values(card: Card) -> dict:
    return {
        "front": card.front,
        "back": card.back,
        "cloze": card.cloze,
        "topics": sorted(t.slug for t in card.topics.all()),
    }


def edit_card(card: Card, user, *, front="", back="", cloze="", topics=()):
    """Change a card in place; raises CardEditError listing every broken rule, saving nothing.

    A cloze card is edited through its cloze text; its front and back follow from it.
    Returns (card, changed).
    """
    if card.kind == Card.Kind.CLOZE:
        cloze = (cloze or "").strip()
        front, back = cloze_sides(cloze)
        values = {"front": front, "back": back, "cloze": cloze}
    else:
        values = {"front": (front or "").strip(), "back": (back or "").strip(), "cloze": ""}
    problems = card_problems(card, values)
    if problems:
        raise CardEditError(problems)
    topic_objects = list(Topic.objects.filter(essay_id=card.essay_id, slug__in=topics))
    before = _card_values(card)
    after = {**values, "topics": sorted(t.slug for t in topic_objects)}
    changed = {name: [before[name], after[name]] for name in after if before[name] != after[name]}
    if not changed:
        return card, False
    with transaction.atomic():
        for name, value in values.items():
            setattr(card, name, value)
        card.edited = True
        card.save()
        card.topics.set(topic_objects)
        CardChange.objects.create(
            card=card, user=user, action=CardChange.Action.EDITED, details=changed
        )
    return card, True


def set_card_status(card: Card, user, status: str):
    """Retire a flashcard (out of new study sessions; reviews stay) or restore it."""
    if card.status == status:
        return
    retired = status == Card.Status.RETIRED
    with transaction.atomic():
        card.status = status
        # Retired by hand: regeneration must not bring it back.
        card.edited = card.edited or retired
        card.save(update_fields=["status", "edited", "updated_at"])
        CardChange.objects.create(
            card=card,
            user=user,
            action=CardChange.Action.RETIRED if retired else CardChange.Action.RESTORED,
        )


@dataclass
class CardStats:
    learners: int  # learners who have this card in their deck (studied it at least once)
    reviews: int
    again: int  # reviews rated "again": the learner had forgotten
    average_lapses: float | None


def card_stats(card: Card) -> CardStats:
    """How the learners fare with this card, in two queries."""
    states = CardState.objects.filter(card=card).aggregate(
        learners=Count("pk"), lapses=Avg("lapses")
    )
    reviews = ReviewLog.objects.filter(card=card).aggregate(
        reviews=Count("pk"), again=Count("pk", filter=Q(rating=1))
    )
    return CardStats(
        learners=states["learners"],
        reviews=reviews["reviews"],
        again=reviews["again"],
        average_lapses=states["lapses"],
    )
