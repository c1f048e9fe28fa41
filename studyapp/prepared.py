"""Queries on the hot path of quiz traffic, written once per process instead of built per request.

Django compiles a queryset's SQL anew each time it runs. For the statements every answer of a
learner makes (whose token is this, which of their attempts is this, what grading needs of the
question, store the answer) building the SQL costs several times running it: about 0.4 ms
against well under 0.1 ms on SQLite. These few are written here over the models' own table and
column names; each column goes through the converters the ORM would apply (dates on SQLite,
JSON, booleans) and each value to store through its field, so the rows and instances are the
ORM's own.
"""

from functools import cache, lru_cache

from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models.sql import Query
from rest_framework.authtoken.models import Token

from .models import Answer, Essay, Passage, Question, QuizAttempt

# Integer keys beyond a 64-bit column find nothing (the ORM says so too; SQLite would raise).
MAX_KEY = 2**63 - 1


def _cursor():
    """A cursor for these fixed statements. On PostgreSQL it binds values on the server, so
    psycopg prepares each statement once per connection (settings: `prepare_threshold`) and
    PostgreSQL parses and plans it once; Django's own cursors bind in the client and cannot.
    Wrapped as `connection.cursor()` wraps one: its errors are Django's, its queries counted."""
    if connection.vendor != "postgresql":
        return connection.cursor()
    from django.db.backends.postgresql.base import ServerBindingCursor

    connection.ensure_connection()
    return connection._prepare_cursor(ServerBindingCursor(connection.connection))


def _quoted(model, field: str | None = None) -> str:
    meta = model._meta
    name = meta.db_table if field is None else meta.get_field(field).column
    return connection.ops.quote_name(name)


class _Select:
    """One model's columns, by field name, read into instances the way the ORM reads them."""

    def __init__(self, model, names: tuple[str, ...]):
        self.model = model
        # In the model's own order: from_db reads the values in that order.
        fields = [field for field in model._meta.concrete_fields if field.name in names]
        names = [field.name for field in fields]
        self.attnames = [field.attname for field in fields]
        table = _quoted(model)
        self.columns = ", ".join(f"{table}.{_quoted(model, name)}" for name in names)
        compiler = connection.ops.compiler("SQLCompiler")(
            Query(model), connection, connection.alias
        )
        self.converters = compiler.get_converters(
            [field.get_col(model._meta.db_table) for field in fields]
        )

    def first(self, sql: str, params: list) -> tuple | None:
        """(instance, the row's further columns) for the first row, or None."""
        with _cursor() as cursor:
            cursor.execute(sql, params)
            row = cursor.fetchone()
        return None if row is None else self.load(row)

    def load(self, row) -> tuple:
        """(instance, the row's further columns) from a row that starts with these columns."""
        values = list(row[: len(self.attnames)])
        for position, (functions, expression) in self.converters.items():
            for function in functions:
                values[position] = function(values[position], expression, connection)
        instance = self.model.from_db(connection.alias, self.attnames, values)
        return instance, row[len(self.attnames) :]


class CompiledOnce:
    """A queryset's SQL as the ORM writes it, compiled once per process and run with new values.

    `build` makes the queryset from stand-ins, one per argument (negative numbers no key or
    count can be); each stand-in among the compiled parameters is later replaced by the
    argument in its place. Rows go through the ORM's converters, as `values_list` gives them.
    For statements whose building costs more than their running (a subquery, a cast).
    """

    STAND_IN = -(10**15)

    def __init__(self, build, arity: int):
        stand_ins = [self.STAND_IN - n for n in range(arity)]
        self.compiler = build(*stand_ins).query.get_compiler(connection.alias)
        self.sql, params = self.compiler.as_sql()
        self.params = list(params)
        self.slots = {
            place: stand_ins.index(value)
            for place, value in enumerate(params)
            if isinstance(value, int) and value in stand_ins
        }
        if set(self.slots.values()) != set(range(arity)):
            raise ValueError("Every argument must reach the compiled SQL as a parameter.")

    def rows(self, *args) -> list[tuple]:
        params = list(self.params)
        for place, argument in self.slots.items():
            params[place] = args[argument]
        with _cursor() as cursor:
            cursor.execute(self.sql, params)
            rows = cursor.fetchall()
        return list(self.compiler.results_iter(results=[rows], tuple_expected=True))


def _all_fields(model) -> tuple[str, ...]:
    return tuple(field.name for field in model._meta.concrete_fields)


@cache
def _user_by_token() -> tuple[_Select, str]:
    user_model = get_user_model()
    select = _Select(user_model, _all_fields(user_model))
    users, tokens = _quoted(user_model), _quoted(Token)
    user_id = _quoted(user_model, user_model._meta.pk.name)
    return select, (
        f"SELECT {select.columns} FROM {users} INNER JOIN {tokens} "
        f"ON {tokens}.{_quoted(Token, 'user')} = {users}.{user_id} "
        f"WHERE {tokens}.{_quoted(Token, 'key')} = %s"
    )


def user_by_token(key: str):
    """The user an API token belongs to, or None."""
    select, sql = _user_by_token()
    found = select.first(sql, [key])
    return found and found[0]


@cache
def _own_attempt(with_essay: bool) -> tuple[_Select, str]:
    select = _Select(QuizAttempt, _all_fields(QuizAttempt))
    attempts, essays = _quoted(QuizAttempt), _quoted(Essay)
    essay = (
        f", {essays}.{_quoted(Essay, 'slug')} FROM {attempts} INNER JOIN {essays} "
        f"ON {essays}.{_quoted(Essay, 'id')} = {attempts}.{_quoted(QuizAttempt, 'essay')}"
        if with_essay
        else f" FROM {attempts}"
    )
    return select, (
        f"SELECT {select.columns}{essay} "
        f"WHERE {attempts}.{_quoted(QuizAttempt, 'id')} = %s "
        f"AND {attempts}.{_quoted(QuizAttempt, 'learner')} = %s"
    )


def own_attempt(learner_id: int, attempt_id: int, *, with_essay=False) -> QuizAttempt | None:
    """The learner's own attempt with this id; another learner's, or none, is None.

    `with_essay` loads the essay's slug with it (the attempt's other essay fields load when read).
    """
    if not 0 < attempt_id <= MAX_KEY:
        return None
    select, sql = _own_attempt(with_essay)
    found = select.first(sql, [attempt_id, learner_id])
    if not found:
        return None
    attempt, extra = found
    if with_essay:
        attempt.essay = Essay.from_db(
            connection.alias, ["id", "slug"], [attempt.essay_id, extra[0]]
        )
    return attempt


# A quiz page's questions: everything but the passage's text.
PASSAGE_FIELDS = ("id", "essay", "number", "retired")


@lru_cache(maxsize=128)
def _questions_by_id(count: int) -> tuple[_Select, _Select, str]:
    questions, passages = _quoted(Question), _quoted(Passage)
    select, passage = _Select(Question, _all_fields(Question)), _Select(Passage, PASSAGE_FIELDS)
    return (
        select,
        passage,
        (
            f"SELECT {select.columns}, {passage.columns} FROM {questions} INNER JOIN {passages} "
            f"ON {passages}.{_quoted(Passage, 'id')} = {questions}.{_quoted(Question, 'passage')} "
            f"WHERE {questions}.{_quoted(Question, 'id')} IN ({', '.join(['%s'] * count)})"
        ),
    )


def questions_by_id(ids: list[int]) -> dict[int, Question]:
    """The questions with these ids, each with its passage (but not the passage's text)."""
    if not ids:
        return {}
    select, passage, sql = _questions_by_id(len(ids))
    with _cursor() as cursor:
        cursor.execute(sql, list(ids))
        rows = cursor.fetchall()
    found = {}
    for row in rows:
        question, rest = select.load(row)
        question.passage = passage.load(rest)[0]
        found[question.pk] = question
    return found


# What grading and feedback read of a question; the other fields load when first read.
GRADED_FIELDS = ("id", "qtype", "origin", "answers", "options", "explanation", "excerpt", "passage")


@cache
def _graded_question(condition: str | None) -> tuple[_Select, str]:
    select = _Select(Question, GRADED_FIELDS)
    questions, passages = _quoted(Question), _quoted(Passage)
    extra = f", {condition}" if condition else ""
    return select, (
        f"SELECT {select.columns}, {passages}.{_quoted(Passage, 'number')}{extra} "
        f"FROM {questions} LEFT OUTER JOIN {passages} "
        f"ON {passages}.{_quoted(Passage, 'id')} = {questions}.{_quoted(Question, 'passage')} "
        f"WHERE {questions}.{_quoted(Question, 'id')} = %s"
    )


def graded_question(question_id: int, condition: tuple[str, tuple] | None = None) -> Question:
    """The question with what grading and feedback read, and its passage's number.

    `condition`, SQL with its parameters, is read into the question's boolean `open_sealed`.
    """
    sql, params = condition or (None, ())
    select, query = _graded_question(sql)
    found = select.first(query, [*params, question_id])
    if found is None:
        raise Question.DoesNotExist(f"No question {question_id}.")
    question, (passage_number, *flag) = found
    if flag:
        question.open_sealed = bool(flag[0])  # SQLite says 0 or 1
    if question.passage_id is not None:
        question.passage = Passage.from_db(
            connection.alias, ["id", "number"], [question.passage_id, passage_number]
        )
    return question


@cache
def _insert_answer() -> tuple[list, str]:
    fields = [field for field in Answer._meta.concrete_fields if not field.primary_key]
    columns = ", ".join(_quoted(Answer, field.name) for field in fields)
    returning = ""
    if connection.features.can_return_columns_from_insert:
        returning = f" RETURNING {_quoted(Answer, 'id')}"
    placeholders = ", ".join(["%s"] * len(fields))
    return fields, f"INSERT INTO {_quoted(Answer)} ({columns}) VALUES ({placeholders}){returning}"


def insert_answer(answer: Answer) -> Answer:
    """INSERT a new answer as `save()` would (defaults, each value through its field).

    A unique constraint that refuses it raises django.db.IntegrityError, as `save()` does.
    """
    fields, sql = _insert_answer()
    values = [
        field.get_db_prep_save(field.pre_save(answer, add=True), connection) for field in fields
    ]
    with _cursor() as cursor:
        cursor.execute(sql, values)
        answer.pk = cursor.fetchone()[0] if "RETURNING" in sql else cursor.lastrowid
    answer._state.adding, answer._state.db = False, connection.alias
    return answer
