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


def test_the_query_count_does_not_grow_with_the_class(
    shipped_bank, teacher, client, django_assert_max_num_queries
):
    small = build_demo_class(teacher, shipped_bank, learners=4, answers=200, name="klein")
    large = build_demo_class(
        teacher, shipped_bank, learners=40, answers=4000, name="groot", prefix="big"
    )
    client.force_login(teacher)
    small_count, _ = dashboard_queries(client, small)
    large_count, _ = dashboard_queries(client, large)
    assert small_count == large_count
    with django_assert_max_num_queries(30):
        client.get(reverse("class_dashboard", args=[large.pk]))


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
    assert "punt-biseriële correlatie" in page
    # Every item links to the in-app editor, never to the admin.
    assert f"/essays/{shipped_bank.slug}/bank/q-" in page and "/admin/" not in page
    assert "gemarkeerd om na te kijken" in page
    assert room.join_code in page


def test_the_item_analysis_csv(shipped_bank, teacher, client):
    room = build_demo_class(teacher, shipped_bank, learners=10, answers=1000)
    client.force_login(teacher)
    response = client.get(reverse("item_analysis_csv", args=[room.pk]))
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert rows and {"question_id", "facility", "discrimination", "flagged"} <= set(rows[0])
    assert sum(int(r["attempts"]) for r in rows) == 1000
    assert all(0 <= float(r["facility"]) <= 1 for r in rows)


def test_an_empty_class_says_what_to_do(teacher, shipped_bank, client):
    from studyapp.classrooms import start_classroom

    room = start_classroom(teacher, "Leeg")
    client.force_login(teacher)
    page = client.get(reverse("class_dashboard", args=[room.pk])).content.decode()
    assert "Nog geen leerlingen" in page and room.join_code in page
