"""One answer over the API costs a fixed, small number of SQL queries."""

import pytest
from django.db import connection
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from studyapp.models import Answer, Question

# A first practice answer: token, attempt, question (with whether an exam is open), insert. A
# replay adds the look-up of what was stored; an exam answer looks it up first. The tests run
# without a wrapping transaction, as a server request does: a savepoint would add two queries.
FIRST_ANSWER_QUERIES = 4
ANSWER_QUERIES = 5
# Token, attempt, the answers' sum and count, the conditional update that hands in.
SUBMIT_QUERIES = 4


@pytest.fixture
def token_client(learner):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=learner).key}")
    return client


def first_question(client, essay, mode="practice"):
    quiz = client.post(
        "/api/quizzes/", {"essay": essay.slug, "count": 3, "mode": mode}, format="json"
    ).data["id"]
    data = client.get(f"/api/quizzes/{quiz}/questions/").data[0]
    return quiz, data, Question.objects.get(pk=data["question"])


def a_response(data, question):
    if question.qtype == "ordering":
        return list(question.answers)
    if question.qtype == "matching":
        return dict(a.split(" → ", 1) for a in question.answers)
    return data["options"][0] if data["options"] else "een antwoord"


@pytest.mark.django_db(transaction=True)
def test_one_answer_over_the_api_takes_four_queries_and_a_replay_five(
    small_bank, token_client, django_assert_max_num_queries
):
    quiz, data, question = first_question(token_client, small_bank)
    body = {"question": question.pk, "response": a_response(data, question), "key": "k1"}
    with django_assert_max_num_queries(FIRST_ANSWER_QUERIES):
        response = token_client.post(f"/api/quizzes/{quiz}/answers/", body, format="json")
    assert response.status_code == 201
    assert "feedback" in response.data
    with django_assert_max_num_queries(ANSWER_QUERIES):
        again = token_client.post(f"/api/quizzes/{quiz}/answers/", body, format="json")
    assert again.status_code == 200 and again.data["created"] is False
    assert Answer.objects.filter(attempt_id=quiz).count() == 1


@pytest.mark.django_db(transaction=True)
def test_changing_an_exam_answer_takes_at_most_five_queries(
    small_bank, token_client, django_assert_max_num_queries
):
    quiz, data, question = first_question(token_client, small_bank, mode="exam")
    url = f"/api/quizzes/{quiz}/answers/"
    token_client.post(
        url,
        {"question": question.pk, "response": a_response(data, question), "key": "a"},
        format="json",
    )
    with django_assert_max_num_queries(ANSWER_QUERIES):
        changed = token_client.post(
            url,
            {"question": question.pk, "response": a_response(data, question), "key": "b"},
            format="json",
        )
    assert changed.status_code == 200
    assert Answer.objects.get(attempt_id=quiz).idempotency_key == "b"


@pytest.mark.django_db(transaction=True)
def test_handing_in_over_the_api_takes_four_queries_and_counts_once(
    small_bank, token_client, django_assert_max_num_queries
):
    quiz, data, question = first_question(token_client, small_bank)
    body = {"question": question.pk, "response": a_response(data, question), "key": "k1"}
    token_client.post(f"/api/quizzes/{quiz}/answers/", body, format="json")
    with django_assert_max_num_queries(SUBMIT_QUERIES):
        handed_in = token_client.post(f"/api/quizzes/{quiz}/submit/")
    assert handed_in.status_code == 200 and handed_in.data["answered_count"] == 1
    again = token_client.post(f"/api/quizzes/{quiz}/submit/")
    assert again.data["submitted_at"] == handed_in.data["submitted_at"]
    assert again.data["score"] == handed_in.data["score"]


@pytest.mark.django_db(transaction=True)
def test_the_stored_answer_is_the_one_the_orm_reads_back(small_bank, token_client):
    quiz, data, question = first_question(token_client, small_bank)
    response = a_response(data, question)
    body = {"question": question.pk, "response": response, "key": "k1"}
    result = token_client.post(f"/api/quizzes/{quiz}/answers/", body, format="json")
    stored = Answer.objects.get(attempt_id=quiz)
    assert result.data["feedback"]["source"]["passage"] == question.passage.number
    assert result.data["feedback"]["answers"] == question.answers
    assert stored.response == result.data["response"]
    assert stored.answered_at == result.data["answered_at"]
    assert stored.answered_at.tzinfo is not None and stored.counted is False
    assert stored.correct == result.data["feedback"]["correct"]


@pytest.mark.django_db(transaction=True)
def test_a_deleted_token_or_a_deactivated_learner_is_refused_on_the_next_request(
    small_bank, learner, token_client
):
    quiz, data, question = first_question(token_client, small_bank)
    url = f"/api/quizzes/{quiz}/questions/"
    assert token_client.get(url).status_code == 200
    learner.is_active = False
    learner.save(update_fields=["is_active"])
    inactive = token_client.get(url)
    learner.is_active = True
    learner.save(update_fields=["is_active"])
    Token.objects.filter(user=learner).delete()
    unknown = token_client.get(url)
    assert inactive.status_code == unknown.status_code == 401
    assert inactive.data["detail"] != unknown.data["detail"]  # each says what is wrong


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("attempt_id", ["0", "9223372036854775808", "9999999999999999999"])
def test_an_attempt_id_no_row_can_have_is_not_found(small_bank, token_client, attempt_id):
    first_question(token_client, small_bank)
    body = {"question": 1, "response": "x", "key": "k1"}
    assert (
        token_client.post(f"/api/quizzes/{attempt_id}/answers/", body, format="json").status_code
        == 404
    )
    assert token_client.get(f"/api/quizzes/{attempt_id}/questions/").status_code == 404


@pytest.mark.django_db(transaction=True)
def test_another_learners_attempt_is_not_found_for_answers(
    small_bank, token_client, django_user_model
):
    quiz, data, question = first_question(token_client, small_bank)
    other = django_user_model.objects.create_user("ander", password="wachtwoord-lang-1")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=other).key}")
    body = {"question": question.pk, "response": a_response(data, question), "key": "k1"}
    assert client.post(f"/api/quizzes/{quiz}/answers/", body, format="json").status_code == 404
    assert client.get(f"/api/quizzes/{quiz}/questions/").status_code == 404
    assert not Answer.objects.filter(attempt_id=quiz).exists()


@pytest.mark.django_db(transaction=True)
def test_after_the_warm_up_a_practice_quiz_weighs_no_new_pair(small_bank, learner, monkeypatch):
    from studyapp import quizzes

    assert small_bank.status == "published"
    quizzes._clash.cache_clear()
    quizzes._clashes.cache_clear()
    assert quizzes.warm_up_picks() > 0
    weighed = []
    gives_away = quizzes.Candidate.gives_away
    monkeypatch.setattr(
        quizzes.Candidate,
        "gives_away",
        lambda self, other, practice: weighed.append(1) or gives_away(self, other, practice),
    )
    for _ in range(5):
        quizzes.build_quiz(learner, small_bank, count=5, mode="practice")
    assert weighed == []


@pytest.mark.django_db(transaction=True)
def test_the_quiz_page_questions_are_the_orms_own(small_bank, token_client):
    from studyapp.models import QuizAttempt
    from studyapp.quizzes import attempt_questions

    quiz, data, question = first_question(token_client, small_bank)
    attempt = QuizAttempt.objects.get(pk=quiz)
    loaded = attempt_questions(attempt)
    assert [q.pk for _item, q in loaded] == attempt.question_ids
    for _item, q in loaded:
        orm = Question.objects.select_related("passage").get(pk=q.pk)
        assert (q.prompt, q.options, q.answers, q.sources, q.edited, q.generated_at) == (
            orm.prompt,
            orm.options,
            orm.answers,
            orm.sources,
            orm.edited,
            orm.generated_at,
        )
        assert (q.passage.number, q.passage.essay_id) == (orm.passage.number, orm.passage.essay_id)


@pytest.mark.django_db(transaction=True)
def test_a_whole_bank_quiz_reads_the_candidates_the_orm_reads(small_bank):
    from studyapp.classrooms import ensure_user
    from studyapp.generation import generate_bank
    from studyapp.ingest import load_essay_file
    from studyapp.question_reports import HOLD_AFTER, report_question
    from studyapp.quizzes import available_questions, bank_candidates, essay_candidates
    from tests.conftest import ROOT

    other = load_essay_file(ROOT / "tests" / "data" / "watersnood.txt", slug="ander").essay
    generate_bank(other)
    held = Question.objects.filter(essay=small_bank).first()
    for n in range(HOLD_AFTER):
        reporter = ensure_user(f"melder{n}", role="learner", password="x-geheim-123")[0]
        report_question(reporter, held, "wrong_answer")
    for essay in (small_bank, other):
        compiled = sorted(essay_candidates(essay), key=lambda c: c.pk)
        built = sorted(bank_candidates(available_questions(essay)), key=lambda c: c.pk)
        assert compiled == built and compiled
    assert held.pk not in {c.pk for c in essay_candidates(small_bank)}


def test_a_statement_compiled_once_refuses_an_argument_its_sql_never_reads():
    from studyapp.models import QuizAttempt
    from studyapp.prepared import CompiledOnce

    with pytest.raises(ValueError):
        CompiledOnce(lambda learner_id, essay_id: QuizAttempt.objects.filter(pk=learner_id), 2)


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="prepared statements are PostgreSQL's"
)
def test_on_postgresql_the_answer_paths_statements_are_prepared_and_the_orms_are_not(
    small_bank, token_client
):
    quiz, data, question = first_question(token_client, small_bank)
    for n in range(7):  # psycopg prepares a statement after five uses on a connection
        token_client.post(
            f"/api/quizzes/{quiz}/answers/",
            {"question": data["question"], "response": a_response(data, question), "key": f"{n}"},
            format="json",
        )
        Question.objects.filter(pk=question.pk).exists()
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        prepared = [row[0] for row in cursor.fetchall()]
    assert any("authtoken_token" in sql for sql in prepared), prepared
    assert any(sql.startswith('INSERT INTO "studyapp_answer"') for sql in prepared), prepared
    assert not any("EXISTS" in sql and "LIMIT 1" in sql for sql in prepared), prepared
    assert Answer.objects.filter(attempt_id=quiz, question=question).count() == 1
