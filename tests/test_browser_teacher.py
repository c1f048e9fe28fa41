"""A teacher does the whole job in a real browser (Debian's Chromium through Playwright):
edit a question, resolve a learner's report, change/close/delete an assignment, remove a
learner after a confirmation; and a join link survives signing up."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from studyapp.classrooms import create_assignment, ensure_user, join_classroom, start_classroom
from studyapp.models import Assignment, Membership, Question, QuestionReport
from tests.test_browser import allow_orm_beside_playwright, browser  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db(transaction=True)
PASSWORD = "een-goed-wachtwoord-7"


@pytest.fixture
def people(shipped_bank):
    teacher = ensure_user("meester", role="teacher", password=PASSWORD)[0]
    learner = ensure_user("lisa", role="learner", password=PASSWORD)[0]
    shipped_bank.owner = teacher
    shipped_bank.save(update_fields=["owner"])
    classroom = start_classroom(teacher, "5 vwo A")
    join_classroom(learner, classroom)
    return {"teacher": teacher, "learner": learner, "classroom": classroom}


@pytest.fixture
def open_as(browser, live_server):  # noqa: F811
    contexts = []

    def open_as(username):
        context = browser.new_context(locale="nl-NL", viewport={"width": 1100, "height": 900})
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(15000)
        page.goto(f"{live_server.url}/accounts/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", PASSWORD)
        page.get_by_role("button", name="Inloggen").click()
        expect(page.get_by_role("link", name=username)).to_be_visible()
        return page

    yield open_as
    for context in contexts:
        context.close()


def only_one_question(essay, qtype="true_false") -> Question:
    """Leave one active question, so the learner's new quiz is sure to hold it (setup only)."""
    question = Question.objects.filter(essay=essay, qtype=qtype, status="active").first()
    Question.objects.filter(essay=essay).exclude(pk=question.pk).update(status="retired")
    return question


def one_question_practice_quiz(page, live_server, essay):
    page.goto(f"{live_server.url}/essays/{essay.slug}/quiz/")
    page.get_by_label("Aantal vragen").fill("1")
    page.get_by_label("Oefenen: feedback na elk antwoord").check()
    page.get_by_role("button", name="Begin de quiz").click()
    expect(page.locator("#question-form")).to_be_visible()


def test_a_teacher_edits_a_question_and_the_learner_sees_it_in_a_new_quiz(
    open_as, live_server, shipped_bank, people
):
    question = only_one_question(shipped_bank)
    teacher = open_as("meester")
    teacher.goto(f"{live_server.url}/essays/{shipped_bank.slug}/")
    teacher.get_by_role("link", name="Vragenbank").click()
    teacher.get_by_label("Zoeken").fill(question.prompt[:25])
    teacher.get_by_role("button", name="Filteren").click()
    teacher.get_by_role("link", name=question.prompt[:20]).first.click()
    teacher.get_by_role("link", name="Bewerken").click()
    # First a change that breaks a quality rule: refused, and the reason is shown.
    teacher.get_by_label("Vraag", exact=True).fill("Klopt  dit?")
    teacher.get_by_role("button", name="Opslaan").click()
    expect(teacher.locator("#problems")).to_contain_text("een dubbele spatie")
    new_prompt = question.prompt.rstrip(". ") + " (volgens het essay)."
    teacher.get_by_label("Vraag", exact=True).fill(new_prompt)
    teacher.get_by_role("button", name="Opslaan").click()
    expect(teacher.locator(".messages")).to_contain_text("De vraag is opgeslagen")

    learner = open_as("lisa")
    one_question_practice_quiz(learner, live_server, shipped_bank)
    expect(learner.locator("#question-form")).to_contain_text("(volgens het essay)")
    question.refresh_from_db()
    assert question.edited and question.prompt == new_prompt


def test_a_learner_reports_a_question_and_the_teacher_resolves_it(
    open_as, live_server, shipped_bank, people
):
    question = only_one_question(shipped_bank)
    learner = open_as("lisa")
    one_question_practice_quiz(learner, live_server, shipped_bank)
    learner.locator("#question-form input[type=radio]").first.check()
    learner.get_by_role("button", name="Controleer").click()
    learner.get_by_role("link", name="Meld een probleem met deze vraag").click()
    learner.get_by_label("de vraag is onduidelijk").check()
    learner.get_by_label("Toelichting (mag leeg blijven)").fill("Welk jaar wordt bedoeld?")
    learner.get_by_role("button", name="Melding versturen").click()
    expect(learner.locator(".messages")).to_contain_text("Dank je")
    assert QuestionReport.objects.filter(question=question, resolved_at__isnull=True).count() == 1

    teacher = open_as("meester")
    teacher.goto(f"{live_server.url}/essays/{shipped_bank.slug}/")
    teacher.get_by_role("link", name="Gemelde vragen").click()
    row = teacher.locator("tr", has_text=question.prompt[:30])
    expect(row).to_contain_text("de vraag is onduidelijk: 1")
    row.get_by_role("button", name="Afwijzen").click()
    expect(teacher.get_by_text("Geen open meldingen.")).to_be_visible()

    learner.get_by_role("button", name="Bekijk de uitslag").click()
    expect(learner.locator(".report-status")).to_contain_text(
        "Je hebt deze vraag gemeld: de vraag is nagekeken en blijft zoals ze is."
    )


def test_an_assignment_is_edited_closed_and_deleted(open_as, live_server, shipped_bank, people):
    assignment = create_assignment(
        people["classroom"],
        title="Toets hoofdstuk 2",
        essay=shipped_bank,
        due_at=timezone.now() + timedelta(days=3),
        count=10,
        mode="exam",
        time_limit_minutes=30,
    )
    learner = open_as("lisa")
    learner.goto(f"{live_server.url}/classes/")
    expect(learner.locator("tr", has_text="Toets hoofdstuk 2")).to_contain_text(
        re.compile(r"toets · 10 vragen · 30 minuten")
    )

    teacher = open_as("meester")
    teacher.goto(f"{live_server.url}/classes/{people['classroom'].pk}/")
    teacher.get_by_role("link", name="Toets hoofdstuk 2").click()
    teacher.get_by_role("link", name="Bewerken").click()
    teacher.get_by_label("Aantal vragen").fill("5")
    teacher.get_by_role("button", name="Opslaan").click()
    expect(teacher.locator(".messages")).to_contain_text("De opdracht is gewijzigd.")
    expect(teacher.locator("main")).to_contain_text("5 vragen")

    teacher.get_by_role("link", name="Nu sluiten").click()
    expect(teacher.locator(".confirm")).to_contain_text("niet meer starten")
    teacher.get_by_role("button", name="Sluit de opdracht").click()
    expect(teacher.locator("main")).to_contain_text("gesloten op")
    learner.reload()
    expect(learner.locator("tr", has_text="Toets hoofdstuk 2")).to_contain_text(
        "gesloten door je docent"
    )

    teacher.get_by_role("link", name="Verwijderen").click()
    expect(teacher.locator(".confirm")).to_contain_text("houden hun werk")
    teacher.get_by_role("button", name="Verwijder de opdracht").click()
    expect(teacher.locator(".messages")).to_contain_text("De opdracht is verwijderd.")
    assert not Assignment.objects.filter(pk=assignment.pk).exists()


def test_removing_a_learner_asks_first(open_as, live_server, shipped_bank, people):
    classroom, learner = people["classroom"], people["learner"]
    teacher = open_as("meester")
    teacher.goto(f"{live_server.url}/classes/{classroom.pk}/?essay={shipped_bank.slug}")
    teacher.get_by_role("link", name="lisa uit de klas verwijderen").click()
    expect(teacher.get_by_role("heading")).to_contain_text("lisa uit 5 vwo A verwijderen?")
    assert Membership.objects.filter(classroom=classroom, learner=learner).exists()
    teacher.get_by_role("link", name="Annuleren").click()
    assert Membership.objects.filter(classroom=classroom, learner=learner).exists()
    teacher.get_by_role("link", name="lisa uit de klas verwijderen").click()
    teacher.get_by_role("button", name="Verwijder uit de klas").click()
    expect(teacher.locator(".messages")).to_be_visible()
    assert not Membership.objects.filter(classroom=classroom, learner=learner).exists()


def test_a_join_link_survives_signing_up(browser, live_server, shipped_bank, people):  # noqa: F811
    code = people["classroom"].join_code
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    page.set_default_timeout(15000)
    page.goto(f"{live_server.url}/join/{code}/")
    expect(page.get_by_text("om lid te worden van de klas")).to_be_visible()
    page.get_by_role("main").get_by_role("link", name="Account maken").click()
    page.fill("#id_username", "nieuweling")
    page.fill("#id_email", "nieuweling@example.org")
    page.fill("#id_password1", "een-lang-wachtwoord-42")
    page.fill("#id_password2", "een-lang-wachtwoord-42")
    page.locator("form.stack button[type=submit]").click()
    expect(page.get_by_text("Je wordt lid van 5 vwo A")).to_be_visible()
    page.get_by_role("button", name="Meedoen").click()
    expect(page.locator("main")).to_contain_text("5 vwo A")
    assert Membership.objects.filter(
        classroom=people["classroom"], learner__username="nieuweling"
    ).exists()
    context.close()
