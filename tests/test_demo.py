import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from studyapp.models import Answer, Classroom, Membership, Profile, QuizAttempt

pytestmark = pytest.mark.django_db


def test_seed_demo_creates_a_teacher_a_class_and_learners_once(capsys):
    call_command("seed_demo", learners=0)
    call_command("seed_demo", learners=0)
    out = capsys.readouterr().out
    assert "docent" in out and "join code" in out
    assert Profile.objects.filter(role="teacher").count() == 1
    assert Profile.objects.filter(role="learner").count() == 3
    assert Classroom.objects.count() == 1
    assert Membership.objects.count() == 3
    classroom = Classroom.objects.get()
    assert classroom.join_code in out
    assert get_user_model().objects.get(username="anna").check_password("studyapp-demo")


def test_seed_demo_builds_a_realistic_class_once(shipped_bank, capsys):
    call_command("seed_demo", learners=12, answers=1200)
    call_command("seed_demo", learners=12, answers=1200)
    demo = Classroom.objects.get(name__startswith="Demoklas")
    assert demo.memberships.count() == 12
    answers = Answer.objects.filter(attempt__learner__memberships__classroom=demo)
    assert answers.count() == 1200
    scores = list(
        QuizAttempt.objects.filter(learner__memberships__classroom=demo).values_list(
            "score", flat=True
        )
    )
    assert 0.2 < sum(scores) / len(scores) < 0.9 and max(scores) > min(scores)
    days = {a.date() for a in answers.values_list("answered_at", flat=True)}
    assert len(days) > 10  # spread over weeks, not all today
    assert "already there" in capsys.readouterr().out
    # The demo teacher owns the demo essay, so the bank editor and exports are his to try.
    shipped_bank.refresh_from_db()
    assert shipped_bank.owner.username == "docent"


def test_seed_demo_needs_the_essay_for_a_realistic_class(db):
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="no essay"):
        call_command("seed_demo", learners=5)
