"""A teacher edits a flashcard in the bank, in a real browser; the learner studies the new text."""

import pytest
from playwright.sync_api import expect

from studyapp.models import Card
from tests.test_browser import allow_orm_beside_playwright, browser  # noqa: F401 (fixtures)
from tests.test_browser_teacher import open_as, people  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db(transaction=True)


def only_one_card(essay, kind="concept") -> Card:
    """Leave one active card, so the learner's study session is sure to show it (setup only)."""
    card = Card.objects.filter(essay=essay, kind=kind, status="active").first()
    Card.objects.filter(essay=essay).exclude(pk=card.pk).update(status="retired")
    return card


def test_a_teacher_edits_a_flashcard_and_the_learner_studies_the_new_text(
    open_as,  # noqa: F811
    live_server,
    shipped_bank,
    people,  # noqa: F811
):
    card = only_one_card(shipped_bank)
    teacher = open_as("meester")
    teacher.goto(f"{live_server.url}/essays/{shipped_bank.slug}/")
    teacher.get_by_role("link", name="Vragenbank").click()
    teacher.get_by_role("link", name="Flitskaarten").click()
    teacher.get_by_label("Zoeken").fill(card.front)
    teacher.get_by_role("button", name="Filteren").click()
    teacher.get_by_role("link", name=card.front, exact=True).click()
    expect(teacher.locator(".source blockquote")).to_contain_text(card.excerpt[:40])
    # First a change that breaks a card rule: refused, the reason shown, the input kept.
    teacher.get_by_label("Voorkant").fill("Wat  is dit?")
    teacher.get_by_role("button", name="Opslaan").click()
    expect(teacher.locator("#problems")).to_contain_text("een dubbele spatie")
    expect(teacher.get_by_label("Voorkant")).to_have_value("Wat  is dit?")
    new_front = f"{card.front} (begrip uit het essay)"
    teacher.get_by_label("Voorkant").fill(new_front)
    teacher.get_by_role("button", name="Opslaan").click()
    expect(teacher.locator(".messages")).to_contain_text("De flitskaart is opgeslagen")

    learner = open_as("lisa")
    learner.goto(f"{live_server.url}/essays/{shipped_bank.slug}/study/")
    expect(learner.locator("#flashcard .front")).to_have_text(new_front)
    learner.get_by_role("button", name="Toon antwoord").click()
    expect(learner.locator("#flashcard .back")).to_contain_text(card.back.split(" (")[0][:40])
    card.refresh_from_db()
    assert card.edited and card.front == new_front
