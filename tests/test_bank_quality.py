"""Quality rules over the whole shipped bank."""

import pytest

from studyapp.models import (
    Argument,
    Card,
    Concept,
    Event,
    Fact,
    Person,
    Question,
    Quote,
    Work,
)

from .bank_checks import bank_problems, correct_position_shares

pytestmark = pytest.mark.django_db


@pytest.fixture
def active(shipped_bank):
    return list(
        Question.objects.filter(essay=shipped_bank, status="active").select_related("passage")
    )


def test_every_question_passes_the_quality_rules(shipped_bank, active):
    assert len(active) > 400
    assert bank_problems(shipped_bank, active) == []


def test_correct_positions_are_balanced(active):
    shares, total = correct_position_shares(active)
    assert total > 150
    assert all(0.15 <= share <= 0.35 for share in shares.values()), shares


def test_every_question_type_is_in_the_bank(active):
    types = {q.qtype for q in active}
    assert types == {
        "multiple_choice",
        "true_false",
        "cloze",
        "short_answer",
        "quote_attribution",
        "ordering",
        "matching",
        "argument",
    }


def test_true_false_questions_are_not_all_true(active):
    answers = [q.answers[0] for q in active if q.qtype == "true_false"]
    assert 0.3 <= answers.count("Onjuist") / len(answers) <= 0.7


def test_every_knowledge_item_has_questions_of_several_types(shipped_bank, active):
    types_by_origin = {}
    for q in active:
        types_by_origin.setdefault(q.origin, set()).add(q.qtype)
    for model, prefix in [
        (Person, "person"),
        (Event, "event"),
        (Quote, "quote"),
        (Fact, "fact"),
        (Concept, "concept"),
        (Argument, "argument"),
    ]:
        for item in model.objects.filter(essay=shipped_bank):
            assert len(types_by_origin.get(f"{prefix}:{item.key}", ())) >= 2, item.key
    for work in Work.objects.filter(essay=shipped_bank):
        assert len(types_by_origin.get(f"work:{work.key}", ())) >= 2, work.key


def test_every_event_is_in_a_timeline_and_every_person_in_a_matching(shipped_bank, active):
    ordered = " ".join(" ".join(q.answers) for q in active if q.qtype == "ordering")
    for event in Event.objects.filter(essay=shipped_bank):
        assert event.title in ordered
    matched = " ".join(" ".join(q.answers) for q in active if q.qtype == "matching")
    for person in Person.objects.filter(essay=shipped_bank):
        assert f"{person.name} → {person.role}" in matched


def test_timelines_are_in_chronological_order(shipped_bank, active):
    year_of = {e.title: e.year for e in Event.objects.filter(essay=shipped_bank)}
    for q in active:
        if q.qtype == "ordering":
            years = [year_of[title] for title in q.answers]
            assert years == sorted(years) and len(set(years)) == len(years)
            assert q.options != q.answers


def test_every_argument_is_asked_about_from_several_sides(shipped_bank, active):
    for argument in Argument.objects.filter(essay=shipped_bank):
        variants = {q.variant for q in active if q.origin == f"argument:{argument.key}"}
        assert any(v.startswith("support-") for v in variants), argument.key
        if argument.stance == "rejects":
            assert "rejected-position" in variants, argument.key


def test_questions_have_topics_and_a_dutch_explanation(active):
    for q in active:
        assert q.topics.exists(), q.uid
        assert q.language == "nl"
        assert q.explanation and "§" in q.explanation


def test_cards_cover_people_both_ways_concepts_quotes_arguments_and_cloze(shipped_bank):
    kinds = set(Card.objects.filter(essay=shipped_bank).values_list("kind", flat=True))
    assert {
        "fact",
        "person",
        "person_reverse",
        "concept",
        "concept_reverse",
        "quote",
        "argument",
        "cloze",
        "event",
    } <= kinds
    for card in Card.objects.filter(essay=shipped_bank).select_related("passage"):
        assert card.excerpt in card.passage.text
        if card.kind == "cloze":
            assert "{{c1::" in card.cloze
    argument_card = Card.objects.filter(essay=shipped_bank, kind="argument").first()
    assert "Onderbouwing" in argument_card.back and "•" in argument_card.back
