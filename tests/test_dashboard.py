"""The teacher's class dashboard: heat map, risks, assignments, item analysis; flat query count."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from studyapp.demo import build_demo_class

pytestmark = pytest.mark.django_db


def dashboard_queries(client, classroom):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("class_dashboard", args=[classroom.pk]))
    assert response.status_code == 200
    return len(queries), response.content.decode()


# Session, user, class, learners, assignments, topics, pending answers, topic aggregates, card
# states, last answer, last review, recent scores, assignment results, item counts, worst items,
# visible essays: whatever the class size.
DASHBOARD_QUERIES = 17


def test_the_query_count_does_not_grow_with_the_class(
    shipped_bank, teacher, client, django_assert_num_queries
):
    small = build_demo_class(teacher, shipped_bank, learners=4, answers=200, name="klein")
    large = build_demo_class(
        teacher, shipped_bank, learners=1000, answers=6000, name="groot", prefix="big"
    )
    client.force_login(teacher)
    dashboard_queries(client, small)  # the first read fills the shared cache
    with django_assert_num_queries(DASHBOARD_QUERIES):
        small_page = client.get(reverse("class_dashboard", args=[small.pk]))
    with django_assert_num_queries(DASHBOARD_QUERIES):
        large_page = client.get(reverse("class_dashboard", args=[large.pk]))
    assert small_page.content.decode().count('<tr><th scope="row">') == 4
    assert large_page.content.decode().count('<tr><th scope="row">') == 1000


def test_the_dashboard_shows_heat_map_risks_assignments_and_item_analysis(
    shipped_bank, teacher, client
):
    shipped_bank.owner = teacher  # the essay's owner may edit its questions
    shipped_bank.save(update_fields=["owner"])
    room = build_demo_class(teacher, shipped_bank, learners=30, answers=6000)
    client.force_login(teacher)
    _count, page = dashboard_queries(client, room)
    assert 'class="heatmap"' in page and page.count('<tr><th scope="row">') >= 30
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
