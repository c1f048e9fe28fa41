"""The class's learners on a page of their own: sorted, filtered to those at risk, paged; and the
learner rows the dashboard shares through the cache are computed afresh after an answer or review."""

import re

import pytest
from django.urls import reverse

from studyapp import learner_table, progress, scheduling
from studyapp.demo import build_demo_class
from studyapp.models import Card, Question
from studyapp.quizzes import answer_question, attempt_questions, build_quiz
from studyapp.web.class_views import LEARNERS_PER_PAGE

pytestmark = pytest.mark.django_db

HEAT_ROW = re.compile(r'<tr><th scope="row">([^<]+)</th>')


@pytest.fixture
def room(shipped_bank, teacher):
    return build_demo_class(teacher, shipped_bank, learners=30, answers=1500, name="5 havo")


def learners_page(client, room, **params):
    response = client.get(reverse("class_learners", args=[room.pk]), params)
    assert response.status_code == 200
    return response.content.decode()


def test_the_learner_table_pages_the_whole_class_by_name(client, teacher, room):
    client.force_login(teacher)
    first = HEAT_ROW.findall(learners_page(client, room))
    second = HEAT_ROW.findall(learners_page(client, room, page=2))
    assert len(first) == 25 and len(second) == 5
    names = first + second
    assert names == sorted(names) and len(set(names)) == 30


def test_sorting_by_mean_mastery_puts_the_weakest_first(shipped_bank, room):
    table = learner_table.learner_table(room, shipped_bank, sort="mastery")
    means = [row.mean_mastery for row in table.rows if row.mean_mastery is not None]
    assert len(means) > 20 and means == sorted(means)
    highest = learner_table.learner_table(room, shipped_bank, sort="-mastery")
    assert highest.rows[0].mean_mastery == max(means)


def test_sorting_by_a_topic_puts_the_weakest_on_that_topic_first(shipped_bank, room):
    topic = shipped_bank.topics.first()
    table = learner_table.learner_table(room, shipped_bank, sort=f"topic-{topic.pk}")
    values = [row.mastery[topic.pk] for row in table.rows if topic.pk in row.mastery]
    assert values and values == sorted(values)
    # Learners without evidence on the topic come last, not first.
    assert all(topic.pk in row.mastery for row in table.rows[: len(values)])


def test_an_unknown_sort_or_another_essays_topic_falls_back_to_names(shipped_bank, room):
    for sort in ["name; drop table", "topic-999999", "topic-", None]:
        assert learner_table.learner_table(room, shipped_bank, sort=sort).sort == "name"


def test_only_those_at_risk_most_in_need_first(client, teacher, room, shipped_bank):
    table = learner_table.learner_table(room, shipped_bank, sort="attention", at_risk_only=True)
    assert 0 < table.at_risk_count < table.class_size == 30
    assert len(table.rows) == table.at_risk_count and all(row.risks for row in table.rows)
    risks = [len(row.risks) for row in table.rows]
    assert risks == sorted(risks, reverse=True)
    client.force_login(teacher)
    page = learners_page(client, room, show="at-risk", sort="attention")
    assert HEAT_ROW.findall(page) == [
        row.learner.get_username() for row in table.rows[:LEARNERS_PER_PAGE]
    ]


def test_the_dashboard_shows_those_most_in_need_and_links_to_everyone(client, teacher, room):
    client.force_login(teacher)
    page = client.get(reverse("class_dashboard", args=[room.pk])).content.decode()
    board = progress.class_dashboard(room, progress.class_essay(room))
    expected = sorted(board.rows, key=progress.LearnerRow.attention_order)
    shown = HEAT_ROW.findall(page)
    assert shown == [row.learner.get_username() for row in expected[: progress.ATTENTION_ROWS]]
    assert "show=at-risk" in page
    # Removing a learner stays one click from either page, after a confirmation.
    assert reverse("remove_member", args=[room.pk, expected[0].learner.pk]) in page


def test_a_new_answer_or_review_shows_at_the_next_read(shipped_bank, classroom, learner):
    before = progress.class_learner_rows(classroom, shipped_bank)
    assert before[0].mastery == {} and "inactive" in before[0].risks
    assert progress.class_learner_rows(classroom, shipped_bank) == before  # from the cache

    questions = Question.objects.filter(essay=shipped_bank, qtype="true_false")[:2]
    attempt = build_quiz(learner, shipped_bank, questions=questions, count=2)
    for n, (_item, question) in enumerate(attempt_questions(attempt)):
        answer_question(attempt, question.pk, question.answers[0], key=f"k{n}")
    answered = progress.class_learner_rows(classroom, shipped_bank)[0]
    assert answered.mastery and set(answered.mastery.values()) == {1.0}
    assert "inactive" not in answered.risks and answered.last_activity is not None

    card = Card.objects.filter(essay=shipped_bank, status="active").first()
    scheduling.review_card(learner, card, 3)
    reviewed = progress.class_learner_rows(classroom, shipped_bank)[0]
    assert reviewed.last_activity > answered.last_activity


def test_a_learner_who_leaves_leaves_the_cached_rows(shipped_bank, classroom, learner):
    from studyapp.classrooms import remove_learner

    assert len(progress.class_learner_rows(classroom, shipped_bank)) == 1
    remove_learner(classroom, learner.pk)
    assert progress.class_learner_rows(classroom, shipped_bank) == []
