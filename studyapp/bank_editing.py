"""An essay's owner reviews and edits its bank: list, inspect, edit under the quality rules, retire.

An edit keeps the question's uid (learners' history and Anki notes stay attached) and sets
`edited`, so regeneration keeps the text as the owner left it (see generation/bank.py).
"""

import re
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy

from . import progress
from .generation.distractors import stands_in
from .generation.draft import QuestionDraft, Source
from .generation.quality import paraphrase_overlap, question_problems
from .models import (
    Answer,
    Card,
    Essay,
    Passage,
    Question,
    QuestionChange,
    QuestionReport,
    Topic,
)
from .models.bank import PAIR_SEPARATOR, pair_of

PAGE_SIZE = 25
STATUSES = ["active", "retired", "reported", "flagged"]
OPTION_TYPES = {"multiple_choice", "true_false", "quote_attribution", "argument", "ordering"}
# Types whose one right answer must come from the excerpt (true/false and argument paraphrase).
SINGLE_ANSWER_TYPES = {"multiple_choice", "quote_attribution", "cloze", "short_answer"}
TIE_PROBLEMS = {
    "answer not supported by the excerpt",
    "answer shares too few words with the excerpt",
    "nothing ties the answer to the excerpt",
}


class BankEditError(ValueError):
    """The edit breaks the quality rules: `problems` names them, `messages` says them to people."""

    def __init__(self, problems):
        super().__init__("; ".join(problems))
        self.problems = problems

    @property
    def messages(self):
        return [describe_problem(p) for p in self.problems]


# --- selectors ------------------------------------------------------------------------------


def flagged_question_ids(essay: Essay) -> set[int]:
    """Questions the item analysis over everyone who answered them marks as poor."""
    learner_ids = Answer.objects.filter(attempt__essay=essay).values("attempt__learner_id")
    return {s.question.pk for s in progress.item_analysis(learner_ids, essay) if s.flagged}


def bank_questions(essay: Essay, *, topic="", qtype="", status="", search=""):
    """The essay's questions, filtered, each with its count of open reports."""
    questions = (
        Question.objects.filter(essay=essay)
        .select_related("passage")
        .prefetch_related("topics")
        .annotate(open_reports=Count("reports", filter=Q(reports__resolved_at__isnull=True)))
        .order_by("passage__number", "uid")
    )
    if topic:
        questions = questions.filter(topics__slug=topic)
    if qtype:
        questions = questions.filter(qtype=qtype)
    if status in {"active", "retired"}:
        questions = questions.filter(status=status)
    elif status == "reported":
        questions = questions.filter(open_reports__gt=0)
    elif status == "flagged":
        questions = questions.filter(pk__in=flagged_question_ids(essay))
    if search:
        questions = questions.filter(
            Q(prompt__icontains=search)
            | Q(explanation__icontains=search)
            | Q(answers__icontains=search)
            | Q(uid__iexact=search)
        )
    return questions


def bank_cards(essay: Essay, *, topic="", status="", search=""):
    """The essay's flashcards, filtered."""
    cards = (
        Card.objects.filter(essay=essay)
        .select_related("passage")
        .prefetch_related("topics")
        .order_by("passage__number", "uid")
    )
    if topic:
        cards = cards.filter(topics__slug=topic)
    if status in {"active", "retired"}:
        cards = cards.filter(status=status)
    if search:
        cards = cards.filter(
            Q(front__icontains=search) | Q(back__icontains=search) | Q(uid__iexact=search)
        )
    return cards


def page_of(queryset, number, size=PAGE_SIZE):
    return Paginator(queryset, size).get_page(number)


@dataclass
class QuestionOverview:
    question: Question
    stats: object  # progress.ItemStats or None when nobody answered it
    history: list
    reports: list
    passages: list = field(default_factory=list)  # (passage, excerpt) for every source


def question_overview(question: Question) -> QuestionOverview:
    """Everything the question page shows: sources, statistics, reports and history."""
    learner_ids = Answer.objects.filter(question=question).values("attempt__learner_id")
    stats = next(
        (s for s in progress.item_analysis(learner_ids, question.essay) if s.question == question),
        None,
    )
    numbers = [s.get("passage") for s in question.sources]
    by_number = {
        p.number: p for p in Passage.objects.filter(essay=question.essay, number__in=numbers)
    }
    passages = [
        (by_number[s["passage"]], s.get("excerpt", ""))
        for s in question.sources
        if s.get("passage") in by_number
    ] or [(question.passage, question.excerpt)]
    return QuestionOverview(
        question=question,
        stats=stats,
        history=list(question.changes.select_related("user")),
        reports=list(question.reports.all()),
        passages=passages,
    )


# --- the quality rules on an edit -----------------------------------------------------------


def _sources(question: Question) -> list[Source]:
    numbers = [s.get("passage") for s in question.sources]
    by_number = {
        p.number: p for p in Passage.objects.filter(essay_id=question.essay_id, number__in=numbers)
    }
    sources = [
        Source(by_number[s["passage"]], s.get("excerpt", ""))
        for s in question.sources
        if s.get("passage") in by_number
    ]
    return sources or [Source(question.passage, question.excerpt)]


def edit_problems(question: Question, values: dict) -> list[str]:
    """The generator's quality rules, run on the question as it would be after this edit."""
    problems = []
    if not values["prompt"].strip():
        problems.append("empty prompt")
    if not values["answers"]:
        problems.append("no right answer")
    if not values["explanation"].strip():
        problems.append("empty explanation")
    if problems:
        return problems
    if question.qtype == "matching" and not all(
        all(pair_of(a)) and PAIR_SEPARATOR in a for a in values["answers"]
    ):
        return ["matching answers need left → right"]
    sources = _sources(question)
    answers, options, qtype = values["answers"], values["options"], question.qtype
    excerpt_text = " ".join(s.excerpt for s in sources)
    draft = QuestionDraft(
        essay_slug=question.essay.slug,
        origin=question.origin,
        qtype=qtype,
        variant=question.variant,
        prompt=values["prompt"],
        answers=answers,
        explanation=values["explanation"],
        sources=sources,
        options=options,
        language=question.language,
    )
    answers_changed = answers != list(question.answers)
    if qtype not in {"ordering", "matching"}:
        excerpts = [s.excerpt for s in sources]
        if answers_changed and qtype in SINGLE_ANSWER_TYPES:
            # A new answer must itself stand in the excerpt or share its words: a question
            # that still reads well cannot make a wrong answer right.
            if stands_in(answers[0], excerpt_text):
                draft.support = [answers[0]]
            else:
                draft.paraphrase = answers[0]
        else:
            # A reworded question (or claim, or position): it, or its explanation, must keep
            # the excerpt's words.
            texts = [values["prompt"], values["explanation"]]
            if qtype == "argument":
                texts.append(answers[0])
            draft.paraphrase = max(
                texts, key=lambda t: paraphrase_overlap(t, excerpts, question.language)
            )
    if qtype in OPTION_TYPES - {"true_false", "ordering", "argument"}:
        draft.distractors = [o for o in options if o not in answers]
    problems = question_problems(draft)
    if values["prompt"] == question.prompt and not answers_changed:
        # The generator tied this prompt and answer to the excerpt with its own evidence,
        # which is not stored; an edit that leaves both alone does not need to redo that.
        problems = [p for p in problems if p not in TIE_PROBLEMS]
    return problems


# The generator's rules speak English (they are logged and counted); a teacher reads them here.
RULE_TEXTS = {
    "answer not supported by the excerpt": gettext_lazy("the answer is not in the cited excerpt"),
    "answer shares too few words with the excerpt": gettext_lazy(
        "the question, answer and explanation share too few words with the excerpt"
    ),
    "nothing ties the answer to the excerpt": gettext_lazy(
        "nothing ties the answer to the excerpt"
    ),
    "every event needs its own source": gettext_lazy("every event needs its own source"),
    "empty prompt": gettext_lazy("the question needs a prompt"),
    "matching answers need left → right": gettext_lazy(
        "every right answer of a matching question reads “left → right”"
    ),
    "no right answer": gettext_lazy("the question needs a right answer"),
    "empty explanation": gettext_lazy("the question needs an explanation"),
    "options not distinct after normalising": gettext_lazy("two options are the same"),
    "correct answer missing from the options": gettext_lazy(
        "the right answer is not among the options"
    ),
    "multiple choice needs four options": gettext_lazy(
        "a multiple-choice question needs four options"
    ),
    "the answer stands in the prompt": gettext_lazy("the answer stands in the question itself"),
    "catch-all option": gettext_lazy("an option such as “all of the above”"),
    "template debris": gettext_lazy("template debris (None, braces)"),
    "doubled space": gettext_lazy("a doubled space"),
    "space before punctuation": gettext_lazy("a space before punctuation"),
    "broken Dutch article": gettext_lazy("a doubled article (de de, het een …)"),
    "doubled word": gettext_lazy("a doubled word"),
}
RULE_PATTERNS = [
    (
        re.compile(r"^excerpt not in passage (?P<n>\S+)$"),
        gettext_lazy("the excerpt is not in passage %(n)s"),
    ),
    (
        re.compile(r"^distractor (?P<option>.+) stands in the passage: may be true$"),
        gettext_lazy("the wrong option %(option)s stands in the passage: it may be true"),
    ),
    (
        re.compile(r"^(?P<name>.+) not in its excerpt$"),
        gettext_lazy("%(name)s is not in its excerpt"),
    ),
]


def describe_problem(problem: str) -> str:
    """A rule the edit breaks, in the user's language."""
    if problem in RULE_TEXTS:
        return str(RULE_TEXTS[problem])
    for pattern, text in RULE_PATTERNS:
        match = pattern.match(problem)
        if match:
            return text % match.groupdict()
    label, sep, rest = problem.partition(": ")
    if label in RULE_TEXTS:
        return f"{RULE_TEXTS[label]}: {rest}"
    return problem


def _question_values(question: Question) -> dict:
    return {
        "prompt": question.prompt,
        "options": list(question.options),
        "answers": list(question.answers),
        "explanation": question.explanation,
        "topics": sorted(t.slug for t in question.topics.all()),
    }


# --- services -------------------------------------------------------------------------------


def edit_question(question: Question, user, *, prompt, options, answers, explanation, topics):
    """Change a question in place; raises BankEditError listing every broken rule, saving nothing."""
    values = {
        "prompt": prompt.strip(),
        "options": [o.strip() for o in options if o.strip()],
        "answers": [a.strip() for a in answers if a.strip()],
        "explanation": explanation.strip(),
    }
    if question.qtype == "true_false":
        values["options"] = list(question.options)  # always Juist / Onjuist
    if question.qtype == "matching":
        # The right-hand sides are the options; keep their old order where they stay.
        rights = [pair_of(answer)[1] for answer in values["answers"]]
        kept = [o for o in question.options if o in rights]
        values["options"] = kept + [r for r in rights if r not in kept]
    problems = edit_problems(question, values)
    if problems:
        raise BankEditError(problems)
    topic_objects = list(Topic.objects.filter(essay_id=question.essay_id, slug__in=topics))
    before = _question_values(question)
    after = {**values, "topics": sorted(t.slug for t in topic_objects)}
    changed = {name: [before[name], after[name]] for name in after if before[name] != after[name]}
    if not changed:
        return question, False
    with transaction.atomic():
        for name, value in values.items():
            setattr(question, name, value)
        question.edited = True
        question.save()
        question.topics.set(topic_objects)
        QuestionChange.objects.create(
            question=question, user=user, action=QuestionChange.Action.EDITED, details=changed
        )
        _resolve_reports(question, user, QuestionReport.Resolution.EDITED)
    return question, True


def retire_question(question: Question, user):
    """Take a question out of new quizzes; answers already given stay."""
    with transaction.atomic():
        question.status = Question.Status.RETIRED
        # Retired by hand: regeneration must not bring it back.
        question.edited = True
        question.save(update_fields=["status", "edited", "updated_at"])
        QuestionChange.objects.create(
            question=question, user=user, action=QuestionChange.Action.RETIRED
        )
        _resolve_reports(question, user, QuestionReport.Resolution.RETIRED)


def restore_question(question: Question, user):
    with transaction.atomic():
        question.status = Question.Status.ACTIVE
        question.save(update_fields=["status", "updated_at"])
        QuestionChange.objects.create(
            question=question, user=user, action=QuestionChange.Action.RESTORED
        )


def dismiss_reports(question: Question, user) -> int:
    """The owner looked and keeps the question as it is; the reporters are told."""
    with transaction.atomic():
        count = _resolve_reports(question, user, QuestionReport.Resolution.DISMISSED)
        if count:
            QuestionChange.objects.create(
                question=question, user=user, action=QuestionChange.Action.DISMISSED
            )
    return count


def _resolve_reports(question, user, resolution) -> int:
    return QuestionReport.objects.filter(question=question, resolved_at__isnull=True).update(
        resolution=resolution, resolved_at=timezone.now(), resolved_by=user
    )
