"""Every page, as learner, teacher and visitor, in a real browser: at phone size nothing scrolls
sideways, and axe-core finds no serious or critical accessibility violation."""

from datetime import timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.test import Client
from django.utils import timezone

from studyapp import learn
from studyapp.classrooms import create_assignment, join_classroom, start_classroom
from studyapp.models import Question
from studyapp.quizzes import answer_question, attempt_questions, build_quiz, submit_attempt

from .conftest import person
from .test_api_learning import right
from .test_browser import allow_orm_beside_playwright, browser  # noqa: F401 - fixtures

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
BLOCKING = {"serious", "critical"}


def one_of_each_type(essay):
    picked = []
    for qtype in Question.Type.values:
        question = Question.objects.filter(essay=essay, qtype=qtype, status="active").first()
        if question:
            picked.append(question)
    return picked


@pytest.fixture
def site(live_server, shipped_bank):
    """A class with a teacher, a learner with finished and open work, and the page list."""
    teacher = person("meester", "teacher", 3)
    learner = person("leerling", "learner", 1)
    classroom = start_classroom(teacher, "5 vwo A")
    join_classroom(learner, classroom)
    create_assignment(
        classroom,
        title="Kronstadt",
        essay=shipped_bank,
        topics=["kronstadt"],
        types=[],
        count=4,  # twelve questions on Kronstadt ask four things (quizzes.quiz_capacity)
        mode="exam",
        time_limit_minutes=20,
        due_at=timezone.now() + timedelta(days=3),
    )
    every_type = build_quiz(
        learner, shipped_bank, questions=one_of_each_type(shipped_bank), count=8
    )
    finished = build_quiz(learner, shipped_bank, count=4, mode="exam")
    for number, (_item, question) in enumerate(attempt_questions(finished)):
        if number % 2 == 0:
            answer_question(finished, question.pk, right(None, question), f"k{number}")
    submit_attempt(finished)
    session = learn.start_session(learner, shipped_bank, topics=["kronstadt"], size=10)
    options = learn.pending_item(session)["options"]
    wrong = next(o for o in options if o not in session.pending_question.answers)
    learn.answer_pending(session, session.pending_question_id, wrong, "learn-1")
    slug = shipped_bank.slug
    shipped_bank.owner = teacher
    shipped_bank.save(update_fields=["owner"])
    learner_pages = [
        "/",
        f"/essays/{slug}/",
        f"/essays/{slug}/quiz/",
        f"/essays/{slug}/learn/",
        f"/learn/{session.pk}/",
        f"/learn/{session.pk}/feedback/",
        f"/essays/{slug}/study/",
        f"/essays/{slug}/study/?reveal=1",
        *[f"/quiz/{every_type.pk}/q/{n}/" for n in range(1, len(every_type.layout) + 1)],
        f"/quiz/{every_type.pk}/submit/",
        f"/quiz/{finished.pk}/results/",
        "/me/progress/",
        "/me/attempts/",
        "/classes/",
        "/me/delete/",
        "/accounts/password_change/",
    ]
    teacher_pages = [
        "/",
        "/classes/",
        f"/classes/{classroom.pk}/",
        f"/classes/{classroom.pk}/learners/",
        f"/classes/{classroom.pk}/assignments/new/",
        "/essays/new/",
        # The teacher owns the essay: its bank, a question and a flashcard's editor.
        f"/essays/{slug}/bank/",
        f"/essays/{slug}/bank/?kind=cards",
        f"/essays/{slug}/bank/{shipped_bank.questions.first().uid}/",
        f"/essays/{slug}/bank/cards/{shipped_bank.cards.filter(kind='argument').first().uid}/",
    ]
    visitor_pages = ["/", "/accounts/login/", "/signup/", f"/essays/{slug}/"]
    return {
        "learner": (learner, learner_pages),
        "teacher": (teacher, teacher_pages),
        "visitor": (None, visitor_pages),
    }


def open_as(browser, live_server, user, viewport):  # noqa: F811 - the fixture, passed in
    context = browser.new_context(locale="nl-NL", viewport=viewport)
    if user is not None:
        client = Client()
        client.force_login(user)
        host = live_server.url.split("//", 1)[1].split(":")[0]
        context.add_cookies(
            [
                {
                    "name": "sessionid",
                    "value": client.cookies["sessionid"].value,
                    "domain": host,
                    "path": "/",
                }
            ]
        )
    page = context.new_page()
    page.set_default_timeout(15000)
    return context, page


@pytest.mark.parametrize("role", ["learner", "teacher", "visitor"])
def test_no_page_scrolls_sideways_on_a_phone(browser, live_server, site, role):  # noqa: F811
    user, pages = site[role]
    context, page = open_as(browser, live_server, user, PHONE)
    too_wide = {}
    for path in pages:
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200, path
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            too_wide[path] = width
    context.close()
    assert too_wide == {}


@pytest.mark.parametrize("role", ["learner", "teacher", "visitor"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_every_page_passes_axe_core(browser, live_server, site, role, viewport):  # noqa: F811
    user, pages = site[role]
    context, page = open_as(browser, live_server, user, viewport)
    axe = Axe()
    found = {}
    for path in pages:
        page.goto(f"{live_server.url}{path}")
        results = axe.run(page)
        blocking = [
            f"{v['id']} ({v['impact']}): {v['nodes'][0]['target']}"
            for v in results.response["violations"]
            if v["impact"] in BLOCKING
        ]
        if blocking:
            found[path] = blocking
    context.close()
    assert found == {}
