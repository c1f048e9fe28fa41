"""Assessment items and the seal on graded work: which answers a learner may take away, and when.

Every question of the bank is an *assessment item*: exams and assignments draw from the whole
bank, so any question's answer key may be the key of somebody's graded work. Flashcards are not:
they teach one piece of knowledge (front and back, no options, no distractors) and are what
learners study with, so they stay exportable for everyone who may read the essay.

The rules, in this one place:

- An exam or assignment attempt is *sealed* until it is handed in: no practice copy of it, no
  new quiz with its questions (that quiz's feedback would give them away), no practice feedback
  or results review of them in a quiz started earlier, no download of them, and its answers
  count neither in the learner's mastery and history nor as right or wrong in their data
  export (a number that moves with an answer tells whether it was right).
- A learner's downloads (the essay deck, their own deck, an assignment's deck) hold flashcards
  and only the questions whose answers studyapp has already shown that learner: answered in a
  practice quiz, or part of an attempt they have handed in, and not part of a sealed attempt.
- The whole answer key (every question in the essay deck; the bank as JSON, GIFT, Moodle XML or
  CSV) goes to the people who manage the essay: its owner and staff. An assignment's full deck
  also goes to its class's teacher.
"""

import functools

from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.db.models import Q

from .essays import can_manage_essay
from .models import Essay, Question, QuizAttempt
from .prepared import CompiledOnce

# Attempts that are sealed, and answers given in them (progress reads only the others: a
# mastery that moved with an exam answer would tell whether that answer was right).
SEALED = Q(submitted_at__isnull=True) & (
    Q(mode=QuizAttempt.Mode.EXAM) | Q(assignment__isnull=False)
)
SEALED_ANSWER = Q(attempt__submitted_at__isnull=True) & (
    Q(attempt__mode=QuizAttempt.Mode.EXAM) | Q(attempt__assignment__isnull=False)
)


def is_sealed(attempt: QuizAttempt) -> bool:
    """True for an exam or assignment attempt that has not been handed in."""
    return not attempt.is_submitted and (
        attempt.mode == QuizAttempt.Mode.EXAM or attempt.assignment_id is not None
    )


def sealed_question_ids(learner, essay: Essay | None = None) -> set[int]:
    """The questions of this learner's sealed attempts: their answers stay hidden for now."""
    if not learner.is_authenticated:
        return set()
    if essay is not None:
        return sealed_ids(learner.pk, essay.pk)
    attempts = QuizAttempt.objects.filter(SEALED, learner=learner)
    return {
        item["question"] for layout in attempts.values_list("layout", flat=True) for item in layout
    }


def _sealed_key(learner_id: int, essay_id: int) -> str:
    return f"sealed-questions:{learner_id}:{essay_id}"


def _cache_is_shared() -> bool:
    """Do all workers and servers read one cache (Redis), or has each process its own?"""
    return not isinstance(caches["default"], LocMemCache)


def sealed_ids(learner_id: int, essay_id: int) -> set[int]:
    """The sealed questions of one learner in one essay: from the cache when it is shared.

    The cache entry is dropped whenever an attempt is started or handed in (`forget_sealed`),
    so it never misses a question that was just sealed. A cache in one process's memory is
    not used: another gunicorn worker or server would not see it dropped, and would go on
    answering a just-sealed question with feedback.
    """

    def load():
        rows = _sealed_layouts().rows(learner_id, essay_id)
        return {item["question"] for (layout,) in rows for item in layout}

    if not _cache_is_shared():
        return load()
    return cache.get_or_set(_sealed_key(learner_id, essay_id), load, timeout=3600)


@functools.cache
def _sealed_layouts() -> CompiledOnce:
    # Compiled once: every quiz start asks, and building the query took longer than running it.
    return CompiledOnce(
        lambda learner_id, essay_id: QuizAttempt.objects.filter(
            SEALED, learner_id=learner_id, essay_id=essay_id
        ).values_list("layout"),
        arity=2,
    )


def open_sealed_sql(learner_id: int, essay_id: int) -> tuple[str, tuple] | None:
    """SQL for whether the learner has a sealed attempt open in the essay, with its parameters.

    Only when the cache is not shared: then `is_sealed_question` needs no query of its own
    for a learner without an open exam (nearly everyone, nearly always). Written as SQL, the
    same condition as SEALED: built by the ORM, this subquery took longer than the rest of the
    answer's query (1.5 ms more per answer, measured).
    """
    if _cache_is_shared():
        return None
    table, mode = QuizAttempt._meta.db_table, QuizAttempt.Mode.EXAM.value
    return (
        f"EXISTS (SELECT 1 FROM {table} WHERE learner_id = %s AND essay_id = %s"
        f" AND submitted_at IS NULL AND (mode = '{mode}' OR assignment_id IS NOT NULL))",
        (learner_id, essay_id),
    )


def is_sealed_question(question: Question, learner_id: int, essay_id: int) -> bool:
    """Is this question part of one of the learner's sealed attempts in the essay?"""
    if getattr(question, "open_sealed", True) is False:
        return False
    return question.pk in sealed_ids(learner_id, essay_id)


def forget_sealed(attempt: QuizAttempt) -> None:
    """An attempt was started or handed in: the learner's sealed questions may have changed."""
    if not _cache_is_shared():
        return
    key = _sealed_key(attempt.learner_id, attempt.essay_id)
    cache.delete(key)
    # A read between now and the commit could cache the old state again: drop it once more.
    transaction.on_commit(lambda: cache.delete(key))


def shown_question_ids(learner, essay: Essay) -> set[int]:
    """The questions whose answers studyapp has already shown this learner, minus sealed ones."""
    if not learner.is_authenticated:
        return set()
    practised = set(
        Question.objects.filter(
            essay=essay,
            given_answers__attempt__learner=learner,
            given_answers__attempt__mode=QuizAttempt.Mode.PRACTICE,
            given_answers__attempt__assignment__isnull=True,
        ).values_list("pk", flat=True)
    )
    reviewed = {
        item["question"]
        for layout in QuizAttempt.objects.filter(
            learner=learner, essay=essay, submitted_at__isnull=False
        ).values_list("layout", flat=True)
        for item in layout
    }
    return (practised | reviewed) - sealed_question_ids(learner, essay)


def may_see_answer_key(user, essay: Essay) -> bool:
    """The whole answer key of an essay's bank: for the people who manage the essay."""
    return can_manage_essay(user, essay)


def _only(selection, question_ids: set[int]):
    selection.questions = [q for q in selection.questions if q.pk in question_ids]
    return selection


def essay_deck(user, essay: Essay, topics=()):
    """The essay's Anki deck: the whole bank for its managers, flashcards and seen questions else."""
    from .export.selection import essay_selection  # export reads progress, which reads us

    selection = essay_selection(essay, topics)
    if may_see_answer_key(user, essay):
        return selection
    return _only(selection, shown_question_ids(user, essay))


def learner_deck(learner, essay: Essay):
    """A learner's own deck (see export.selection), never with a question still sealed."""
    from .export.selection import learner_selection

    return _only(learner_selection(learner, essay), shown_question_ids(learner, essay))


def assignment_deck(user, assignment):
    """An assignment's deck: in full for the class's teacher and the essay's managers.

    A class member gets its flashcards, and the questions of their own attempt once handed in.
    """
    from .export.selection import EXPORTED_QUESTION_TYPES, assignment_selection, with_topics

    selection = assignment_selection(assignment)
    if assignment.classroom.teacher_id == user.pk or may_see_answer_key(user, assignment.essay):
        return selection
    handed_in = QuizAttempt.objects.filter(
        assignment=assignment, learner=user, submitted_at__isnull=False
    ).first()
    own = set(handed_in.question_ids) if handed_in else set()
    questions = (
        Question.objects.filter(pk__in=own, qtype__in=EXPORTED_QUESTION_TYPES)
        .select_related("passage")
        .order_by("passage__number", "uid")
    )
    selection.questions = with_topics(list(questions), Question, questions)
    return selection
