"""Learn mode in a real browser: two topics from start to mastered, with a miss that comes back."""

import re

from playwright.sync_api import expect

from studyapp.learn import RECALL_TYPES, RECOGNITION_TYPES
from studyapp.models import LearnSession, Question, QuizAttempt

from .test_browser import (  # noqa: F401 - fixtures
    allow_orm_beside_playwright,
    answer_on_page,
    browser,
    page,
)


def test_a_learn_session_runs_until_every_item_is_mastered(page, live_server, shipped_bank):  # noqa: F811
    page.goto(f"{live_server.url}/essays/{shipped_bank.slug}/")
    page.get_by_role("link", name="Leren").click()
    page.get_by_label("Kronstadt").check()
    page.get_by_label("Machno").check()
    page.get_by_label("10 onderdelen").check()
    page.get_by_role("button", name="Begin met leren").click()

    missed_origin, seen_after_miss, answers = None, 0, 0
    while page.locator("#question-form").count():
        question = Question.objects.get(
            pk=page.locator("#question-form").get_attribute("data-question")
        )
        expect(page.locator("progress")).to_be_visible()
        wrong = missed_origin is None
        if wrong:
            missed_origin = question.origin
        elif question.origin == missed_origin:
            seen_after_miss += 1
        answer_on_page(page, question, right=not wrong)
        answers += 1
        feedback = page.locator("#feedback")
        if wrong:
            expect(feedback).to_contain_text("Deze komt later in de sessie terug")
        else:
            expect(feedback).to_contain_text("Goed!")
        expect(feedback.locator(f"a[href$='#p-{question.passage.number}']")).to_be_visible()
        page.get_by_role("link", name=re.compile("Verder")).click()
        # The click does not wait for the next page: without this, the loop's test could read
        # the page in between and stop a session that goes on (a clean-clone run, 26 November).
        expect(
            page.locator("#question-form").or_(page.get_by_role("heading", name="Alles beheerst"))
        ).to_be_visible()
        assert answers < 60, "the session should end"

    expect(page.get_by_role("heading", name="Alles beheerst")).to_be_visible()
    session = LearnSession.objects.get()
    assert seen_after_miss == 2  # recognised, then recalled
    # Ten items, or every item of the two topics when they hold fewer (the bank is generated).
    learnable = (
        Question.objects.filter(
            essay=shipped_bank,
            status=Question.Status.ACTIVE,
            qtype__in=RECOGNITION_TYPES + RECALL_TYPES,
            topics__name__in=["Kronstadt", "Machno"],
        )
        .values("origin")
        .distinct()
        .count()
    )
    size = min(10, learnable)
    assert size >= 8 and len(session.items) == size and answers == 2 * size + 1


def test_handing_in_asks_first_and_the_exam_timer_warns_at_one_minute(
    page,  # noqa: F811 - the fixture
    live_server,
    shipped_bank,
):
    page.goto(f"{live_server.url}/essays/{shipped_bank.slug}/quiz/")
    page.get_by_label("Aantal vragen").fill("3")
    page.get_by_label("Toets: feedback aan het eind").check()
    page.get_by_label("Tijdslimiet in minuten (alleen bij een toets)").fill("1")
    page.get_by_role("button", name="Begin de quiz").click()
    # One minute in all: the warning shows at once, and a screen reader hears it (role=alert).
    expect(page.get_by_role("alert")).to_contain_text("Nog één minuut")
    page.get_by_role("link", name=re.compile("Inleveren")).click()
    expect(page.get_by_role("heading", name="Inleveren?")).to_be_visible()
    expect(page.get_by_role("alert")).to_contain_text("3 van 3 vragen zijn nog niet beantwoord")
    attempt = QuizAttempt.objects.get()
    assert attempt.submitted_at is None  # nothing handed in by the first click
    page.get_by_role("link", name="vraag 2").click()
    expect(page.locator("#question-form")).to_be_visible()
    page.get_by_role("link", name=re.compile("Inleveren")).click()
    page.get_by_role("button", name="Ja, inleveren").click()
    expect(page.get_by_role("heading", name="Uitslag")).to_be_visible()
    attempt.refresh_from_db()
    assert attempt.submitted_at is not None
