"""Join codes cannot be guessed: wrong codes per learner and address lock joining for a while."""

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from studyapp.classrooms import JOIN_THROTTLE, start_classroom

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_counts():
    cache.clear()
    yield
    cache.clear()


def test_too_many_wrong_codes_lock_joining_over_the_api(teacher, learner, other_learner):
    room = start_classroom(teacher, "4 havo")
    api = APIClient()
    api.force_authenticate(learner)
    for _guess in range(JOIN_THROTTLE.limit):
        assert api.post("/api/classes/join/", {"code": "ZZZZZZ"}).status_code == 400
    locked = api.post("/api/classes/join/", {"code": room.join_code})
    assert locked.status_code == 429 and "minuten" in locked.data["detail"]
    assert not room.memberships.exists()  # even the right code waits
    other = APIClient()
    other.force_authenticate(other_learner)
    assert other.post("/api/classes/join/", {"code": room.join_code}).status_code == 200


def test_too_many_wrong_codes_lock_the_join_page(teacher, learner, client):
    room = start_classroom(teacher, "4 havo")
    client.force_login(learner)
    for _guess in range(JOIN_THROTTLE.limit):
        assert client.post("/classes/join/", {"code": "ZZZZZZ"}).status_code == 400
    response = client.post("/classes/join/", {"code": room.join_code})
    assert response.status_code == 429
    assert "Te veel verkeerde toegangscodes" in response.content.decode()
    cache.clear()  # the window has passed
    assert client.post("/classes/join/", {"code": room.join_code}).status_code == 302


def test_a_right_code_clears_the_count(teacher, learner, client):
    room = start_classroom(teacher, "4 havo")
    client.force_login(learner)
    for _round in range(2):
        for _guess in range(JOIN_THROTTLE.limit - 1):
            client.post("/classes/join/", {"code": "ZZZZZZ"})
        assert client.post("/classes/join/", {"code": room.join_code}).status_code == 302
