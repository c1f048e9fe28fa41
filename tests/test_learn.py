"""Learn mode: recognition then recall per item, misses come back, the session ends mastered."""

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from studyapp import learn
from studyapp.models import Answer, Card, CardState, LearnSession, Question
from studyapp.progress import mastery_by_learner
from studyapp.quizzes import QuizError

pytestmark = pytest.mark.django_db


def right_response(session):
    question = session.pending_question
    return question.answers[0]


def wrong_response(session):
    question = session.pending_question
    item = learn.pending_item(session)
    if question.qtype in learn.RECALL_TYPES:
        return "zeker niet dit antwoord"
    return next(option for option in item["options"] if option not in question.answers)


def answer(session, response, key):
    learn.answer_pending(session, session.pending_question_id, response, key)
    return LearnSession.objects.get(pk=session.pk)


def test_an_item_is_asked_as_recognition_first_then_as_recall(shipped_bank, learner):
    session = learn.start_session(learner, shipped_bank, topics=["kronstadt"], size=10)
    first = session.pending_question
    assert first.qtype in learn.RECOGNITION_TYPES
    origin, key = first.origin, 0
    while session.pending_question and session.pending_question.origin == origin:
        session = answer(session, right_response(session), f"k{key}")
        key += 1
    # Other items come in between; answer them right until the first item returns.
    while session.pending_question and session.pending_question.origin != origin:
        session = answer(session, right_response(session), f"k{key}")
        key += 1
    has_recall = Question.objects.filter(
        essay=shipped_bank, origin=origin, qtype__in=learn.RECALL_TYPES, status="active"
    ).exists()
    if session.pending_question is not None and has_recall:
        assert session.pending_question.qtype in learn.RECALL_TYPES
    assert learn.stage_of(session, origin) == "recall"


def test_a_missed_item_comes_back_until_it_is_right_twice(shipped_bank, learner):
    session = learn.start_session(learner, shipped_bank, topics=["machno"], size=10)
    missed = session.pending_question.origin
    session = answer(session, wrong_response(session), "miss")
    assert missed in session.queue and session.items[missed]["wrong"] == 1
    assert session.pending_question.origin != missed  # not straight away: later
    seen_again, key = 0, 0
    while session.pending_question is not None:
        if session.pending_question.origin == missed:
            seen_again += 1
        session = answer(session, right_response(session), f"r{key}")
        key += 1
    assert seen_again == 2  # recognition again, then recall
    assert session.items[missed]["right"] == 2
    assert session.finished_at is not None


def test_the_session_ends_when_every_chosen_item_is_mastered(shipped_bank, learner):
    session = learn.start_session(learner, shipped_bank, topics=["stalin"], size=10)
    total, key = len(session.items), 0
    while session.pending_question is not None:
        assert learn.progress(session).mastered < total
        session = answer(session, right_response(session), f"k{key}")
        key += 1
    progress = learn.progress(session)
    assert progress.mastered == progress.total == total
    assert progress.percent == 100
    assert key == 2 * total  # right twice each, nothing more
    # Every round is handed in, so the answers count like any other.
    assert not session.learner.attempts.filter(submitted_at__isnull=True).exists()


def test_learn_answers_feed_mastery(shipped_bank, learner):
    topic = shipped_bank.topics.get(slug="kronstadt")
    session = learn.start_session(learner, shipped_bank, topics=["kronstadt"], size=10)
    session = answer(session, right_response(session), "one")
    assert Answer.objects.filter(attempt__learner=learner).count() == 1
    assert mastery_by_learner([learner.pk], shipped_bank)[learner.pk].get(topic.pk) == 1.0


def test_items_due_in_fsrs_come_first(shipped_bank, learner):
    card = Card.objects.filter(
        essay=shipped_bank,
        status="active",
        origin__in=Question.objects.filter(
            essay=shipped_bank, qtype__in=learn.RECOGNITION_TYPES
        ).values("origin"),
    ).order_by("-passage__number")[0]
    now = timezone.now()
    CardState.objects.create(
        learner=learner,
        card=card,
        fsrs={"stability": 1.0},
        due=now,
        first_reviewed_at=now,
        last_reviewed_at=now,
    )
    assert learn.plan_items(learner, shipped_bank, size=10)[0] == card.origin


def test_items_already_known_are_left_out(shipped_bank, learner):
    first = learn.start_session(learner, shipped_bank, topics=["stalin"], size=None)
    origins = set(first.items)
    key = 0
    while first.pending_question is not None:
        first = answer(first, right_response(first), f"k{key}")
        key += 1
    # Everything was answered right twice just now: a new session offers all again rather
    # than nothing, but a topic with unknown items would start with those.
    again = learn.plan_items(learner, shipped_bank, topics=["stalin"], size=None)
    assert set(again) == origins
    mixed = learn.plan_items(learner, shipped_bank, topics=["stalin", "kronstadt"], size=None)
    assert not origins & set(mixed)


def test_a_repeated_answer_counts_once(shipped_bank, learner):
    session = learn.start_session(learner, shipped_bank, topics=["kronstadt"], size=10)
    question_id = session.pending_question_id
    learn.answer_pending(session, question_id, wrong_response(session), "same")
    learn.answer_pending(session, question_id, "whatever", "same")
    session.refresh_from_db()
    assert learn.progress(session).asked == 1


def test_answering_another_question_than_the_one_asked_is_refused(shipped_bank, learner):
    session = learn.start_session(learner, shipped_bank, topics=["kronstadt"], size=10)
    other = Question.objects.filter(essay=shipped_bank).exclude(pk=session.pending_question_id)[0]
    with pytest.raises(QuizError):
        learn.answer_pending(session, other.pk, "x", "k")


def test_a_learn_session_through_the_pages(shipped_bank, learner, client):
    client.force_login(learner)
    page = client.get(f"/essays/{shipped_bank.slug}/learn/")
    assert page.status_code == 200
    started = client.post(
        f"/essays/{shipped_bank.slug}/learn/", {"topics": ["kronstadt"], "size": "10"}
    )
    session = LearnSession.objects.get()
    assert started.url == f"/learn/{session.pk}/"
    shown = client.get(started.url)
    assert "<progress" in shown.content.decode()
    question = session.pending_question
    form = {"key": "web-1", "response": question.answers[0]}
    reply = client.post(started.url, form)
    assert reply.url == f"/learn/{session.pk}/feedback/"
    feedback = client.get(reply.url).content.decode()
    assert question.excerpt[:40] in feedback.replace("&#x27;", "'").replace("&quot;", '"')
    assert f'href="/learn/{session.pk}/"' in feedback


def test_another_learners_session_is_not_found(shipped_bank, learner, other_learner, client):
    session = learn.start_session(learner, shipped_bank, topics=["kronstadt"], size=10)
    client.force_login(other_learner)
    assert client.get(f"/learn/{session.pk}/").status_code == 404
    api = APIClient()
    api.force_authenticate(other_learner)
    assert api.get(f"/api/learn/{session.pk}/").status_code == 404
    reply = api.post(
        f"/api/learn/{session.pk}/answers/",
        {"question": session.pending_question_id, "response": "x", "key": "k"},
        format="json",
    )
    assert reply.status_code == 404


def test_a_learn_session_over_the_api(shipped_bank, learner):
    api = APIClient()
    api.force_authenticate(learner)
    started = api.post(
        "/api/learn/", {"essay": shipped_bank.slug, "topics": ["stalin"], "size": 10}, format="json"
    )
    assert started.status_code == 201
    state, key = started.data, 0
    assert "answers" not in state["question"]
    while state["question"] is not None:
        stored = Question.objects.get(pk=state["question"]["question"])
        state = api.post(
            f"/api/learn/{state['id']}/answers/",
            {"question": stored.pk, "response": stored.answers[0], "key": f"a{key}"},
            format="json",
        ).data
        assert state["feedback"]["correct"] is True
        key += 1
    assert state["finished"] and state["progress"]["percent"] == 100


@pytest.mark.parametrize(
    ("visitor", "page", "api_status"),
    [
        ("anonymous", 302, 401),
        ("owner", 200, 200),
        ("other_learner", 404, 404),
        ("teacher", 404, 404),
    ],
)
def test_who_sees_a_learn_session(
    visitor, page, api_status, shipped_bank, learner, other_learner, teacher, client
):
    session = learn.start_session(learner, shipped_bank, topics=["kronstadt"], size=10)
    user = {"anonymous": None, "owner": learner, "other_learner": other_learner, "teacher": teacher}
    api = APIClient()
    if user[visitor]:
        client.force_login(user[visitor])
        api.force_authenticate(user[visitor])
    assert client.get(f"/learn/{session.pk}/").status_code == page
    assert client.get(f"/learn/{session.pk}/feedback/").status_code in {page, 302}
    assert api.get(f"/api/learn/{session.pk}/").status_code == api_status


def test_learn_never_asks_a_question_of_an_open_exam(shipped_bank, learner):
    from studyapp.quizzes import build_quiz

    exam = build_quiz(learner, shipped_bank, topics=["kronstadt"], count=5, mode="exam")
    sealed = set(exam.question_ids)
    session = learn.start_session(learner, shipped_bank, topics=["kronstadt"], size=None)
    key = 0
    while session.pending_question is not None:
        assert session.pending_question_id not in sealed
        session = answer(session, right_response(session), f"k{key}")
        key += 1
