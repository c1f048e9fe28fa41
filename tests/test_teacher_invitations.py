"""Roles are granted, not chosen: learners sign up; teachers come from staff or an invitation."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone
from rest_framework.test import APIClient

from studyapp.classrooms import is_teacher
from studyapp.invitations import create_invitation
from studyapp.models import Profile, TeacherInvitation

pytestmark = pytest.mark.django_db
PASSWORD = "een-lang-wachtwoord-42"


def signup_data(username):
    return {"username": username, "password1": PASSWORD, "password2": PASSWORD}


def api_as(user):
    api = APIClient()
    if user:
        api.force_authenticate(user)
    return api


def test_signing_up_with_role_teacher_makes_a_learner(client):
    response = client.post("/signup/", {**signup_data("eva"), "role": "teacher"})
    assert response.status_code == 302
    eva = get_user_model().objects.get(username="eva")
    assert Profile.objects.get(user=eva).role == "learner"
    assert not is_teacher(eva)
    assert 'name="role"' not in client.get("/signup/").content.decode()


def test_a_teacher_invites_and_a_new_person_signs_up_as_a_teacher(teacher, client):
    client.force_login(teacher)
    response = client.post("/invitations/", {"email": "nieuw@school.nl", "days": 7})
    assert response.status_code == 201
    link = re.search(r'value="(http://testserver/invite/[^"]+/)"', response.content.decode())[1]
    client.logout()
    page = client.get(link)
    assert page.status_code == 200 and "meester" in page.content.decode()
    response = client.post(link, signup_data("nieuwe-docent"))
    assert response.status_code == 302 and response.url == "/classes/"
    newcomer = get_user_model().objects.get(username="nieuwe-docent")
    assert is_teacher(newcomer)
    invitation = TeacherInvitation.objects.get()
    assert invitation.used_by == newcomer and invitation.state == "used"
    assert link.rstrip("/").rsplit("/", 1)[1] not in invitation.token_hash  # only the hash
    client.logout()
    again = client.post(link, signup_data("nog-een"))
    assert again.status_code == 410 and "al gebruikt" in again.content.decode()
    assert not get_user_model().objects.filter(username="nog-een").exists()


def test_a_logged_in_learner_accepts_an_invitation(teacher, learner, client):
    _invitation, token = create_invitation(teacher)
    client.force_login(learner)
    assert client.post(f"/invite/{token}/").status_code == 302
    assert is_teacher(learner)


def test_a_learner_accepts_an_invitation_over_the_api_once(teacher, learner, other_learner):
    created = api_as(teacher).post("/api/invitations/", {"days": 3}, format="json")
    assert created.status_code == 201 and created.data["state"] == "open"
    token = created.data["token"]
    assert created.data["link"].endswith(f"/invite/{token}/")
    accepted = api_as(learner).post("/api/invitations/accept/", {"token": token}, format="json")
    assert accepted.status_code == 200 and is_teacher(learner)
    second = api_as(other_learner).post("/api/invitations/accept/", {"token": token})
    assert second.status_code == 410 and not is_teacher(other_learner)
    unknown = api_as(other_learner).post("/api/invitations/accept/", {"token": "geraden"})
    assert unknown.status_code == 404
    listed = api_as(teacher).get("/api/invitations/").data
    assert [(i["state"], i["used_by"]) for i in listed] == [("used", learner.username)]


def test_an_expired_invitation_is_refused(teacher, learner, client):
    invitation, token = create_invitation(teacher, days=1)
    TeacherInvitation.objects.filter(pk=invitation.pk).update(
        created_at=timezone.now() - timedelta(days=3),
        expires_at=timezone.now() - timedelta(days=2),
    )
    client.force_login(learner)
    response = client.post(f"/invite/{token}/")
    assert response.status_code == 410 and "verlopen" in response.content.decode()
    assert not is_teacher(learner)


def test_a_withdrawn_invitation_is_refused(teacher, other_teacher, learner, client):
    invitation, token = create_invitation(teacher)
    client.force_login(other_teacher)
    assert client.post(f"/invitations/{invitation.pk}/revoke/").status_code == 404
    assert api_as(other_teacher).delete(f"/api/invitations/{invitation.pk}/").status_code == 404
    client.force_login(teacher)
    assert client.post(f"/invitations/{invitation.pk}/revoke/").status_code == 302
    assert "ingetrokken" in client.get("/invitations/").content.decode()
    client.force_login(learner)
    assert client.get(f"/invite/{token}/").status_code == 410
    assert client.post(f"/invite/{token}/").status_code == 410
    assert not is_teacher(learner)


def test_learners_cannot_invite_teachers(learner, client):
    client.force_login(learner)
    assert client.get("/invitations/").status_code == 403
    assert client.post("/invitations/", {"days": 7}).status_code == 403
    assert api_as(learner).post("/api/invitations/", {}, format="json").status_code == 403
    assert not TeacherInvitation.objects.exists()


def test_staff_make_teachers_from_the_command_line(learner):
    call_command("make_teacher", learner.username, stdout=None)
    assert is_teacher(learner)
    call_command("make_teacher", learner.username, learner=True)
    assert not is_teacher(learner)
    with pytest.raises(CommandError):
        call_command("make_teacher", "niemand")


def test_the_invitations_page_lists_open_and_used_invitations(teacher, learner, client):
    create_invitation(teacher, email="open@school.nl")
    _used, token = create_invitation(teacher, email="gebruikt@school.nl")
    client.force_login(learner)
    client.post(f"/invite/{token}/")
    client.force_login(teacher)
    page = client.get("/invitations/").content.decode()
    assert "open@school.nl" in page and "gebruikt@school.nl" in page
    assert "Intrekken" in page and learner.username in page


def test_a_teacher_opening_an_invitation_leaves_it_unused(teacher, other_teacher, client):
    invitation, token = create_invitation(teacher)
    client.force_login(other_teacher)
    for response in (client.get(f"/invite/{token}/"), client.post(f"/invite/{token}/")):
        assert response.status_code == 400 and "al docent" in response.content.decode()
    invitation.refresh_from_db()
    assert invitation.state == "open"
