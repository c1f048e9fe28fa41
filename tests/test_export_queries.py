"""Exports read in a fixed number of queries, whatever their size, and CSVs stream."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from studyapp.demo import build_demo_class
from studyapp.export.anki import anki_bytes
from studyapp.export.selection import essay_selection
from studyapp.models import Card, Passage

pytestmark = pytest.mark.django_db


def queries(function):
    with CaptureQueriesContext(connection) as captured:
        function()
    return len(captured)


def test_the_anki_export_makes_no_query_per_note(small_bank):
    passage = Passage.objects.filter(essay=small_bank).first()
    few = queries(lambda: anki_bytes(essay_selection(small_bank)))
    Card.objects.bulk_create(
        [
            Card(
                uid=f"c-extra-{n}",
                essay=small_bank,
                origin=f"extra:{n}",
                passage=passage,
                excerpt="Een zin.",
                kind="fact",
                front=f"Vraag {n}?",
                back=f"Antwoord {n}.",
            )
            for n in range(300)
        ]
    )
    many = queries(lambda: anki_bytes(essay_selection(small_bank)))
    assert many == few <= 8


def test_the_gradebook_and_item_csvs_stream_in_a_fixed_number_of_queries(
    shipped_bank, teacher, client
):
    small = build_demo_class(teacher, shipped_bank, learners=3, answers=150, name="klein")
    large = build_demo_class(
        teacher, shipped_bank, learners=60, answers=3000, name="groot", prefix="big"
    )
    client.force_login(teacher)
    counts = []
    for room in (small, large):
        for name in ("gradebook_csv", "item_analysis_csv"):
            with CaptureQueriesContext(connection) as captured:
                response = client.get(reverse(name, args=[room.pk]))
                assert response.streaming
                body = b"".join(response.streaming_content).decode()
            assert body.count("\n") > 1
            counts.append(len(captured))
    assert counts[:2] == counts[2:]
