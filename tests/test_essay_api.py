"""The essay's owner changes its details and deletes it over the API, as on the pages."""

import pytest
from rest_framework.test import APIClient

from studyapp.models import Card, Essay, Question, QuizAttempt
from studyapp.quizzes import build_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def owner_api(small_bank, teacher):
    small_bank.owner = teacher
    small_bank.save(update_fields=["owner"])
    api = APIClient()
    api.force_authenticate(teacher)
    return api


def test_the_owner_changes_the_title_and_details(owner_api, small_bank):
    url = f"/api/essays/{small_bank.slug}/"
    response = owner_api.patch(url, {"title": "  De ramp  ", "byline": "Een korte tekst"})
    assert response.status_code == 200
    assert response.json()["title"] == "De ramp" and response.json()["byline"] == "Een korte tekst"
    small_bank.refresh_from_db()
    assert (small_bank.title, small_bank.byline) == ("De ramp", "Een korte tekst")
    assert owner_api.get(url).json()["title"] == "De ramp"


def test_an_empty_title_or_unknown_language_is_refused(owner_api, small_bank):
    url = f"/api/essays/{small_bank.slug}/"
    assert owner_api.patch(url, {"title": ""}, format="json").status_code == 400
    assert owner_api.patch(url, {"language": "xx"}, format="json").status_code == 400
    small_bank.refresh_from_db()
    assert small_bank.title == "De ramp die Nederland veranderde" and small_bank.language == "nl"


def test_deleting_needs_the_slug_as_confirmation_and_says_what_went(owner_api, small_bank, learner):
    build_quiz(learner, small_bank, count=2)
    url = f"/api/essays/{small_bank.slug}/"
    footprint = owner_api.get(f"{url}footprint/").json()
    assert footprint["questions"] == Question.objects.filter(essay=small_bank).count() > 0
    assert footprint["cards"] == Card.objects.filter(essay=small_bank).count() > 0
    assert footprint["attempts"] == 1 and footprint["learners"] == 1
    unconfirmed = owner_api.delete(url)
    assert unconfirmed.status_code == 400
    assert unconfirmed.json()["errors"]["footprint"] == footprint
    assert owner_api.delete(f"{url}?confirm=iets-anders").status_code == 400
    assert Essay.objects.filter(pk=small_bank.pk).exists()
    deleted = owner_api.delete(f"{url}?confirm={small_bank.slug}")
    assert deleted.status_code == 200 and deleted.json() == footprint
    assert not Essay.objects.filter(pk=small_bank.pk).exists()
    assert not QuizAttempt.objects.exists()
    assert owner_api.get(url).status_code == 404
