"""A learner in a real browser: Debian's Chromium driven by Playwright (never a downloaded one)."""

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from studyapp.classrooms import ensure_user
from studyapp.models import Answer, CardState, Question, QuizAttempt

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module", autouse=True)
def allow_orm_beside_playwright():
    # Playwright's sync API runs an event loop in this thread; the ORM calls here are safe.
    # Only for this module: other tests (check --deploy) must not inherit the setting.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="module")
def browser(allow_orm_beside_playwright):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"No Chromium at {CHROMIUM}: `make test` installs Debian's chromium package.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server, shipped_bank):
    ensure_user("lisa", role="learner", password="een-goed-wachtwoord-7")
    context = browser.new_context(locale="nl-NL", viewport={"width": 1000, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15000)
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Gebruikersnaam").fill("lisa")
    page.get_by_label("Wachtwoord").fill("een-goed-wachtwoord-7")
    page.get_by_role("button", name="Inloggen").click()
    yield page
    context.close()


def answer_on_page(page, question, right=True):
    """Answer the question shown, as a learner would: with the mouse and the keyboard."""
    form = page.locator("#question-form")
    if question.qtype in {"cloze", "short_answer"}:
        page.fill("#response", question.answers[0] if right else "geen idee")
    elif question.qtype == "ordering":
        order = question.answers if right else list(reversed(question.answers))
        for index in range(form.locator("select").count()):
            text = form.locator(f"label[for=position-{index}]").inner_text()
            page.select_option(f"#position-{index}", str(order.index(text) + 1))
    elif question.qtype == "matching":
        lefts = [a.split(" → ", 1)[0] for a in question.answers]
        rights = [a.split(" → ", 1)[1] for a in question.answers]
        if not right:
            rights = rights[1:] + rights[:1]
        pairs = dict(zip(lefts, rights, strict=True))
        for index in range(form.locator("select").count()):
            left = form.locator(f"label[for=match-{index}]").inner_text()
            page.select_option(f"#match-{index}", value=pairs[left])
    else:
        radios = form.locator("input[type=radio]")
        values = [radios.nth(i).get_attribute("value") for i in range(radios.count())]
        choice = (
            question.answers[0] if right else next(v for v in values if v not in question.answers)
        )
        radios.nth(values.index(choice)).check()
    page.get_by_role("button", name="Controleer").click()


def test_a_learner_takes_a_practice_quiz_with_every_question_type(page, live_server, shipped_bank):
    page.goto(f"{live_server.url}/essays/{shipped_bank.slug}/")
    page.get_by_role("link", name="Maak een quiz").click()
    page.get_by_label("Aantal vragen").fill("8")
    page.get_by_label("Oefenen: feedback na elk antwoord").check()
    page.get_by_role("button", name="Begin de quiz").click()

    seen_types = set()
    for number in range(1, 9):
        expect(page.locator("#question-form")).to_be_visible()
        question = Question.objects.get(
            pk=page.locator("#question-form").get_attribute("data-question")
        )
        seen_types.add(question.qtype)
        right = number != 2  # one mistake on purpose
        answer_on_page(page, question, right=right)
        feedback = page.locator("#feedback")
        # A wrong ordering or matching can still be partly right.
        expect(feedback).to_contain_text("Goed!" if right else re.compile("Niet goed|Deels goed"))
        expect(feedback).to_contain_text("Het juiste antwoord:")
        expect(feedback.locator(f"a[href$='#p-{question.passage.number}']")).to_be_visible()
        if number < 8:
            page.get_by_role("link", name="Volgende →").click()
    assert seen_types == {
        "multiple_choice",
        "true_false",
        "cloze",
        "short_answer",
        "quote_attribution",
        "ordering",
        "matching",
        "argument",
    }

    page.get_by_role("button", name="Bekijk de uitslag").click()
    # Partly right is not right: one point for each right answer, part of one for partly right.
    expect(page.locator(".score")).to_contain_text(re.compile(r"van 8 punten \(7 goed"))
    expect(page.get_by_role("heading", name="Per onderwerp")).to_be_visible()
    page.get_by_role("button", name=re.compile("Oefen mijn fout")).click()
    expect(page.locator("#question-form")).to_be_visible()
    attempts = QuizAttempt.objects.order_by("started_at")
    assert attempts.count() == 2 and len(attempts.last().layout) == 1
    assert Answer.objects.filter(attempt=attempts.first()).count() == 8


def test_closing_the_browser_resumes_the_quiz(browser, page, live_server, shipped_bank):
    page.goto(f"{live_server.url}/essays/{shipped_bank.slug}/quiz/")
    page.get_by_label("Aantal vragen").fill("3")
    page.get_by_role("button", name="Begin de quiz").click()
    question = Question.objects.get(
        pk=page.locator("#question-form").get_attribute("data-question")
    )
    answer_on_page(page, question)
    attempt = QuizAttempt.objects.get()
    cookies = page.context.cookies()
    page.context.close()
    again = browser.new_context(locale="nl-NL")
    again.add_cookies(cookies)
    fresh = again.new_page()
    fresh.goto(f"{live_server.url}/quiz/{attempt.pk}/")
    expect(fresh.locator(".progress")).to_contain_text("Vraag 2 van 3")
    again.close()


def test_a_learner_reviews_flashcards_with_the_keyboard(page, live_server, shipped_bank):
    page.goto(f"{live_server.url}/essays/{shipped_bank.slug}/study/")
    front = page.locator(".flashcard .front").inner_text()
    page.keyboard.press(" ")
    expect(page.locator(".flashcard .back")).to_be_visible()
    expect(page.locator(".ratings button.good small")).not_to_be_empty()
    page.keyboard.press("3")
    expect(page.locator(".flashcard .front")).not_to_have_text(front)
    assert CardState.objects.count() == 1
    page.keyboard.press("u")
    expect(page.locator(".flashcard .front")).to_have_text(front)
    assert CardState.objects.count() == 0
