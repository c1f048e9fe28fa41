"""Classes, accounts and essays for a teacher: confirmations, join links, the app's own style."""

import re

import pytest
from django.core import mail
from django.template.loader import get_template

from studyapp.classrooms import create_assignment
from studyapp.models import Card, Essay, Membership, Question, QuizAttempt

pytestmark = pytest.mark.django_db


def test_removing_a_learner_asks_first(classroom, learner, teacher, client):
    client.force_login(teacher)
    page = client.get(f"/classes/{classroom.pk}/members/{learner.pk}/remove/")
    assert page.status_code == 200
    assert Membership.objects.filter(classroom=classroom, learner=learner).exists()
    assert client.post(f"/classes/{classroom.pk}/members/{learner.pk}/remove/").status_code == 302
    assert not Membership.objects.filter(classroom=classroom, learner=learner).exists()


def test_the_dashboard_links_to_the_confirmation_not_a_one_click_form(classroom, teacher, client):
    client.force_login(teacher)
    page = client.get(f"/classes/{classroom.pk}/").content.decode()
    assert not re.search(r'<form[^>]*action="[^"]*/remove/"', page)


def test_a_teacher_sees_the_classes_they_teach_not_the_learners_hint(classroom, teacher, client):
    client.force_login(teacher)
    page = client.get("/classes/").content.decode()
    assert classroom.name in page
    assert "Vraag je docent" not in page


def test_a_learner_without_a_class_gets_the_hint(other_learner, client):
    client.force_login(other_learner)
    assert "Vraag je docent" in client.get("/classes/").content.decode()


def test_signing_up_from_a_join_link_ends_in_the_class(classroom, client):
    join = f"/join/{classroom.join_code}/"
    login_page = client.get(join, follow=True)
    assert login_page.request["PATH_INFO"] == "/accounts/login/"
    body = login_page.content.decode()
    assert f'href="/signup/?next={join}"' in body
    response = client.post(
        f"/signup/?next={join}",
        {
            "username": "nieuw",
            "email": "nieuw@example.org",
            "role": "learner",
            "password1": "een-lang-wachtwoord-42",
            "password2": "een-lang-wachtwoord-42",
            "next": join,
        },
    )
    assert response.status_code == 302 and response["Location"] == join
    assert classroom.name in client.get(join).content.decode()
    client.post("/classes/join/", {"code": classroom.join_code})
    assert Membership.objects.filter(classroom=classroom, learner__username="nieuw").exists()


def test_signup_ignores_a_next_address_on_another_site(client):
    response = client.post(
        "/signup/",
        {
            "username": "nieuw",
            "email": "nieuw@example.org",
            "role": "learner",
            "password1": "een-lang-wachtwoord-42",
            "password2": "een-lang-wachtwoord-42",
            "next": "https://evil.example/",
        },
    )
    assert response["Location"] == "/"


@pytest.mark.parametrize(
    "name",
    [
        "registration/password_change_form.html",
        "registration/password_change_done.html",
        "registration/password_reset_form.html",
        "registration/password_reset_done.html",
        "registration/password_reset_confirm.html",
        "registration/password_reset_complete.html",
        "registration/logged_out.html",
        "registration/password_reset_email.html",
    ],
)
def test_account_pages_are_the_apps_own_templates(name):
    origin = get_template(name).origin.name
    assert "/studyapp/templates/" in origin and "contrib/admin" not in origin


def test_no_template_extends_the_admins():
    from pathlib import Path

    import studyapp

    root = Path(studyapp.__file__).parent / "templates"
    offenders = [
        str(path)
        for path in root.rglob("*.html")
        if re.search(r'{%\s*extends\s+"admin/', path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_password_reset_sends_a_mail_with_the_apps_link(learner, client):
    learner.email = "leerling@example.org"
    learner.save()
    client.post("/accounts/password_reset/", {"email": "leerling@example.org"})
    assert len(mail.outbox) == 1
    assert "/accounts/reset/" in mail.outbox[0].body


def test_the_profile_page_saves_details(learner, client):
    client.force_login(learner)
    assert client.get("/me/").status_code == 200
    client.post("/me/", {"first_name": "Anna", "last_name": "B", "email": "a@example.org"})
    learner.refresh_from_db()
    assert (learner.first_name, learner.email) == ("Anna", "a@example.org")


def test_the_owner_edits_the_essays_details(small_bank, teacher, client):
    small_bank.owner = teacher
    small_bank.save()
    client.force_login(teacher)
    client.post(
        f"/essays/{small_bank.slug}/edit/",
        {"title": "De watersnood", "author": "X", "byline": "1953", "language": "nl"},
    )
    small_bank.refresh_from_db()
    assert (small_bank.title, small_bank.byline) == ("De watersnood", "1953")
    refused = client.post(f"/essays/{small_bank.slug}/edit/", {"title": " ", "language": "nl"})
    assert refused.status_code == 400
    small_bank.refresh_from_db()
    assert small_bank.title == "De watersnood"


def test_deleting_an_essay_says_what_goes_with_it(small_bank, teacher, learner, client):
    from studyapp.quizzes import build_quiz

    small_bank.owner = teacher
    small_bank.save()
    build_quiz(learner, small_bank, count=2)
    client.force_login(teacher)
    page = client.get(f"/essays/{small_bank.slug}/delete/").content.decode()
    questions = Question.objects.filter(essay=small_bank).count()
    cards = Card.objects.filter(essay=small_bank).count()
    assert f"{questions} vragen" in page and f"{cards} flitskaarten" in page
    assert "1 toetspoging" in page
    assert Essay.objects.filter(pk=small_bank.pk).exists()
    client.post(f"/essays/{small_bank.slug}/delete/")
    assert not Essay.objects.filter(pk=small_bank.pk).exists()
    assert not QuizAttempt.objects.exists()


def test_every_page_a_teacher_reaches_has_no_admin_links(
    classroom, small_bank, teacher, learner, client
):
    """Walk every same-site link from the home page as a (non-staff) teacher."""
    small_bank.owner = teacher
    small_bank.save()
    from datetime import timedelta

    from django.utils import timezone

    assignment = create_assignment(
        classroom, title="T", essay=small_bank, due_at=timezone.now() + timedelta(days=1), count=2
    )
    from studyapp.classrooms import start_assignment
    from studyapp.quizzes import answer_question, attempt_questions, submit_attempt

    attempt = start_assignment(learner, assignment)
    for number, (item, question) in enumerate(attempt_questions(attempt)):
        if question.qtype == "matching":
            response = dict(zip(item["left"], item["options"], strict=True))
        elif question.qtype == "ordering":
            response = item["options"]
        else:
            response = item["options"][0] if "options" in item else question.answers[0]
        answer_question(attempt, question.pk, response, f"k{number}")
    submit_attempt(attempt)  # exam answers reach the item analysis once handed in
    client.force_login(teacher)
    seen, queue, admin_links = set(), ["/"], []
    skip = re.compile(r"\.(csv|apkg|json|txt|xml)$|/export/|/anki/|/logout/|/i18n/")
    while queue and len(seen) < 400:
        path = queue.pop()
        if path in seen:
            continue
        seen.add(path)
        response = client.get(path)
        if response.status_code != 200 or "text/html" not in response["Content-Type"]:
            continue
        body = response.content.decode()
        for href in re.findall(r'href="([^"#]*)', body):
            if href.startswith("/admin"):
                admin_links.append((path, href))
            elif href.startswith("/") and not href.startswith("/static/") and not skip.search(href):
                queue.append(href.replace("&amp;", "&"))
    assert admin_links == []
    # The class's item analysis was walked, with its links to the in-app editor.
    items = client.get(f"/classes/{classroom.pk}/items/?essay={small_bank.slug}").content.decode()
    assert f"/essays/{small_bank.slug}/bank/q-" in items
    assert {
        f"/essays/{small_bank.slug}/bank/",
        f"/essays/{small_bank.slug}/delete/",
        f"/assignments/{assignment.pk}/",
        f"/assignments/{assignment.pk}/delete/",
        "/me/",
    } <= seen
    # The in-app card editor was walked too.
    assert any(path.startswith(f"/essays/{small_bank.slug}/bank/cards/") for path in seen)


def test_password_reset_says_what_to_do_and_where_to_look(client, learner):
    form = client.get("/accounts/password_reset/").content.decode()
    assert "Wachtwoord vergeten?" in form and "Stuur de link" in form
    assert "hersteld" not in form
    learner.email = "leerling@example.org"
    learner.save()
    done = client.post(
        "/accounts/password_reset/", {"email": "leerling@example.org"}, follow=True
    ).content.decode()
    assert "Kijk in je e-mail" in done and "spammap" in done and "/accounts/login/" in done
    assert len(mail.outbox) == 1


def test_logging_out_by_address_shows_a_button_not_an_empty_405(client, learner):
    client.force_login(learner)
    page = client.get("/accounts/logout/")
    assert page.status_code == 200 and "Uitloggen" in page.content.decode()
    client.post("/accounts/logout/")
    assert "_auth_user_id" not in client.session


def test_a_class_whose_questions_have_too_few_answers_shows_no_empty_worst_five(
    classroom, teacher, learner, small_bank, client
):
    from studyapp.quizzes import answer_question, attempt_questions, build_quiz

    attempt = build_quiz(learner, small_bank, count=1, mode="practice")
    item, question = attempt_questions(attempt)[0]
    if question.qtype in {"multiple_choice", "true_false", "argument", "quote_attribution"}:
        answer_question(attempt, question.pk, question.answers[0], "k1")
    client.force_login(teacher)
    page = client.get(f"/classes/{classroom.pk}/?essay={small_bank.slug}").content.decode()
    assert "De 0 vragen" not in page


def _open_assignment(classroom, essay):
    """A two-question assignment due tomorrow."""
    from datetime import timedelta

    from django.utils import timezone

    return create_assignment(
        classroom, title="Toets", essay=essay, due_at=timezone.now() + timedelta(days=1), count=2
    )


def test_a_learner_of_a_closed_assignment_is_told_the_teacher_closed_it(
    classroom, teacher, learner, small_bank, client
):
    from studyapp.assignments import close_assignment
    from studyapp.classrooms import start_assignment

    assignment = _open_assignment(classroom, small_bank)
    attempt = start_assignment(learner, assignment)
    close_assignment(assignment)
    client.force_login(learner)
    page = client.get(f"/quiz/{attempt.pk}/q/1/", follow=True).content.decode()
    assert page.count("Je docent heeft deze opdracht gesloten") == 1
    assert "De tijd is om" not in page


def test_the_results_page_says_the_teacher_closed_the_assignment_however_it_is_reached(
    classroom, learner, other_learner, small_bank, client
):
    """From "Klassen" or "Mijn quizzen" a learner goes straight to the results, not a question."""
    from studyapp.assignments import close_assignment
    from studyapp.classrooms import join_classroom, start_assignment
    from studyapp.quizzes import submit_attempt

    assignment = _open_assignment(classroom, small_bank)
    join_classroom(other_learner, classroom)
    closed = start_assignment(learner, assignment)
    on_time = submit_attempt(start_assignment(other_learner, assignment))
    close_assignment(assignment)
    client.force_login(learner)
    results = f"/quiz/{closed.pk}/results/"
    assert results in client.get("/classes/").content.decode()
    assert results in client.get("/me/attempts/").content.decode()
    assert "Je docent heeft deze opdracht gesloten" in client.get(results).content.decode()
    # A learner who handed in before the teacher closed it is not told otherwise.
    client.force_login(other_learner)
    page = client.get(f"/quiz/{on_time.pk}/results/").content.decode()
    assert "Je docent heeft deze opdracht gesloten" not in page


def test_the_essay_page_counts_open_reports_for_its_owner(teacher, learner, small_bank, client):
    from studyapp.question_reports import report_question

    small_bank.owner = teacher
    small_bank.save(update_fields=["owner"])
    question = Question.objects.filter(essay=small_bank).first()
    report_question(learner, question, "unclear", "")
    client.force_login(teacher)
    page = client.get(f"/essays/{small_bank.slug}/").content.decode()
    assert "1 open" in page
