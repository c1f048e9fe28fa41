import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from studyapp.models import Classroom, Membership, Profile

pytestmark = pytest.mark.django_db


def test_seed_demo_creates_a_teacher_a_class_and_learners_once(capsys):
    call_command("seed_demo")
    call_command("seed_demo")
    out = capsys.readouterr().out
    assert "docent" in out and "join code" in out
    assert Profile.objects.filter(role="teacher").count() == 1
    assert Profile.objects.filter(role="learner").count() == 3
    assert Classroom.objects.count() == 1
    assert Membership.objects.count() == 3
    classroom = Classroom.objects.get()
    assert classroom.join_code in out
    assert get_user_model().objects.get(username="anna").check_password("studyapp-demo")
