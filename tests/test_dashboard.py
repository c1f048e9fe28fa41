"""The teacher's class dashboard: heat map, risks, assignments, item analysis; flat query count."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from studyapp import progress
from studyapp.demo import build_demo_class

pytestmark = pytest.mark.django_db


def dashboard_queries(client, classroom):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("class_dashboard", args=[classroom.pk]))
    assert response.status_code == 200
    return len(queries), response.content.decode()


# Session, user, class, assignments, pending answers, the class's fingerprint (members, folded
# answers, card states), topics, assignment results, item counts, worst items, visible essays:
# whatever the class size, when the learner rows come from the shared cache. Computing them
# afresh (the first read, or after an answer or a review) adds learners, topic aggregates, card
# states, last answer, last review and recent scores.
DASHBOARD_QUERIES = 14
DASHBOARD_QUERIES_COMPUTED = 20
# Session, user, class, topics, pending answers, fingerprint (3), from the cache.
LEARNER_PAGE_QUERIES = 9
HEAT_ROW = '<tr><th scope="row">'


def test_the_query_count_does_not_grow_with_the_class(
    shipped_bank, teacher, client, django_assert_num_queries
):
    small = build_demo_class(teacher, shipped_bank, learners=4, answers=200, name="klein")
    large = build_demo_class(
        teacher, shipped_bank, learners=1000, answers=6000, name="groot", prefix="big"
    )
    client.force_login(teacher)
    progress.card_topics(shipped_bank)  # shared by every class reading the essay: read it once
    pages = {}
    for room in (small, large):
        dashboard = reverse("class_dashboard", args=[room.pk])
        learners = reverse("class_learners", args=[room.pk])
        with django_assert_num_queries(DASHBOARD_QUERIES_COMPUTED):
            client.get(dashboard)  # the first read computes the rows and fills the cache
        with django_assert_num_queries(DASHBOARD_QUERIES):
            pages[room, "dashboard"] = client.get(dashboard).content.decode()
        with django_assert_num_queries(LEARNER_PAGE_QUERIES):
            pages[room, "learners"] = client.get(learners + "?sort=mastery&page=2").content.decode()
    # The dashboard shows the few who need attention most; the learner table pages the rest.
    assert pages[small, "dashboard"].count(HEAT_ROW) == 4
    assert pages[large, "dashboard"].count(HEAT_ROW) == progress.ATTENTION_ROWS
    assert pages[small, "learners"].count(HEAT_ROW) == 4  # one page: page 2 is page 1
    assert pages[large, "learners"].count(HEAT_ROW) == 25
    assert "pagina 2 van 40" in pages[large, "learners"]


def test_the_dashboard_shows_heat_map_risks_assignments_and_item_analysis(
    shipped_bank, teacher, client
):
    shipped_bank.owner = teacher  # the essay's owner may edit its questions
    shipped_bank.save(update_fields=["owner"])
    room = build_demo_class(teacher, shipped_bank, learners=30, answers=6000)
    client.force_login(teacher)
    _count, page = dashboard_queries(client, room)
    # The heat map holds the learners who need attention most, the whole class is a click away.
    assert 'class="heatmap"' in page and page.count(HEAT_ROW) == progress.ATTENTION_ROWS
    assert reverse("class_learners", args=[room.pk]) + f"?essay={shipped_bank.slug}" in page
    assert "Alle 30 leerlingen per onderwerp" in page
    assert "<svg" in page and "Beheersing van de klas per onderwerp" in page
    assert "Leerlingen die aandacht nodig hebben" in page
    assert "Toets Rode Leger en Kronstadt" in page
    assert reverse("class_items", args=[room.pk]) in page  # the whole list is a page of its own
    assert page.count('<tr class="') <= 5  # the dashboard shows only the worst few items
    assert "/admin/" not in page
    # Items link to the in-app editor, never to the admin.
    assert f"/essays/{shipped_bank.slug}/bank/q-" in page
    assert room.join_code in page


def test_the_item_analysis_csv(shipped_bank, teacher, client):
    room = build_demo_class(teacher, shipped_bank, learners=10, answers=1000)
    client.force_login(teacher)
    response = client.get(reverse("item_analysis_csv", args=[room.pk]))
    assert response.streaming
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows and {"vraag-id", "p-waarde", "discriminatie", "gemarkeerd"} <= set(rows[0])
    assert sum(int(r["antwoorden"]) for r in rows) == 1000
    assert all(0 <= float(r["p-waarde"]) <= 1 for r in rows)


def test_an_empty_class_says_what_to_do(teacher, shipped_bank, client):
    from studyapp.classrooms import start_classroom

    room = start_classroom(teacher, "Leeg")
    client.force_login(teacher)
    page = client.get(reverse("class_dashboard", args=[room.pk])).content.decode()
    assert "Nog geen leerlingen" in page and room.join_code in page


def test_the_assignments_table_names_the_anki_deck_column_in_dutch(
    classroom, small_bank, teacher, client
):
    from datetime import timedelta

    from django.utils import timezone

    from studyapp.classrooms import create_assignment

    due = timezone.now() + timedelta(days=2)
    create_assignment(classroom, title="Toets", essay=small_bank, due_at=due, count=2)
    client.force_login(teacher)
    page = client.get(reverse("class_dashboard", args=[classroom.pk])).content.decode()
    assert '<th scope="col">Anki-deck</th>' in page
    assert '<th scope="col">Deck</th>' not in page
