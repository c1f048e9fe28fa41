"""Quizzes: build an attempt, answer idempotently, submit, and read the results."""

import functools
import json
import random
import secrets
from collections import Counter, defaultdict
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from datetime import timedelta
from functools import lru_cache

import simplemma
from django.core.cache import cache
from django.db import IntegrityError, connection, transaction
from django.db.models import Count, Q, Sum, TextField
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext as _

from . import assessment, overlap, prepared
from .grading import grade, normalize
from .models import (
    Answer,
    Argument,
    ArgumentPoint,
    Concept,
    Essay,
    Question,
    QuizAttempt,
    Quote,
    ReviewStatus,
)
from .question_reports import held_question_ids
from .validation import displayable, text_problem

MAX_QUESTIONS = 100
MAX_TYPED_ANSWER = 300
CHOICE_TYPES = {"multiple_choice", "true_false", "quote_attribution", "argument"}
TYPED_TYPES = {"cloze", "short_answer"}


class QuizError(ValueError):
    """The request cannot be carried out; the message says why, in the user's language."""


def available_questions(essay: Essay, topics=(), types=()):
    questions = Question.objects.filter(essay=essay, status=Question.Status.ACTIVE).exclude(
        pk__in=held_question_ids(essay)
    )
    if topics:
        questions = questions.filter(topics__slug__in=topics).distinct()
    if types:
        questions = questions.filter(qtype__in=types)
    return questions


def quiz_capacity(essay: Essay, topics=(), types=()) -> int:
    """How many questions a quiz on these topics and types can hold: several questions ask one
    knowledge item or fact, and a quiz asks each once (a teacher asked for six questions on
    Kronstadt, whose twelve ask four things, and learners got four)."""
    candidates = essay_candidates(essay, topics, types)
    return len(_pick(candidates, len(candidates), random.Random(0))) if candidates else 0


def knowledge_items(origin: str) -> set[str]:
    """The knowledge items a question asks about: 'events:a+b' -> {'event:a', 'event:b'}."""
    prefix, _sep, keys = origin.partition(":")
    if prefix in {"events", "people", "arguments"} and keys:
        single = {"events": "event", "people": "person", "arguments": "argument"}[prefix]
        return {f"{single}:{key}" for key in keys.split("+")}
    return {origin} if origin else set()


@dataclass(frozen=True)
class Candidate:
    pk: int
    qtype: str
    origin: str = ""
    passage: int | None = None
    true: bool | None = None  # for true/false: is the statement true?
    # What the learner must find, normalised, when it is one term; `telling` when showing it
    # elsewhere would give it away. Normalised once here: the pick compares every pair.
    answer_key: str = ""
    telling: bool = False
    feedback_key: str = ""  # what practice feedback shows: explanation and excerpt
    shown_key: str = ""  # what the question shows: prompt and options
    items: frozenset = frozenset()  # the knowledge items it asks about
    answer: str = ""  # the answer as written, when it is one term
    feedback: str = ""
    shown: str = ""
    segments: tuple[str, ...] = ()  # the prompt and each option, apart
    excerpts: tuple[str, ...] = ()  # the essay's words it rests on
    names: tuple[tuple[str, str], ...] = ()  # (name, its description) for names it asks
    variants: tuple[str, ...] = ()  # a typed answer's other accepted forms
    statements: frozenset = frozenset()  # its whole-sentence options, normalised
    themes: frozenset = frozenset()  # the author's arguments it rests on, a quote's speaker
    offered: frozenset = frozenset()  # the knowledge items whose words it offers as wrong options

    @classmethod
    def of(
        cls,
        pk,
        qtype,
        origin="",
        passage=None,
        answers=None,
        options=None,
        excerpt="",
        expl="",
        prompt="",
        sources=None,
    ):
        true, answer = None, ""
        if qtype == "true_false" and answers and options:
            true = answers[0] == options[0]
        elif qtype not in {"ordering", "matching"} and answers:
            answer = str(answers[0])
        segments = tuple(str(s) for s in [prompt or "", *(options or [])] if s)
        shown = " ".join(segments)
        if qtype == "matching":
            # Its names stand beside their descriptions, and practice feedback pairs them.
            segments += tuple(str(a) for a in answers or ())
        excerpts = tuple(
            e
            for e in dict.fromkeys(
                [excerpt or "", *(str(s.get("excerpt", "")) for s in sources or [])]
            )
            if e
        )
        key = normalize(answer)
        feedback = f"{expl} {excerpt}"
        return cls(
            pk,
            qtype,
            origin or "",
            passage,
            true,
            key,
            bool(key) and _telling(answer),
            normalize(feedback),
            normalize(shown),
            frozenset(knowledge_items(origin or "")),
            answer,
            feedback,
            shown,
            segments,
            excerpts,
            overlap.asked_names(qtype, answers, prompt or "", excerpts),
            tuple(str(a) for a in answers[1:]) if qtype in TYPED_TYPES and answers else (),
            frozenset(
                normalize(str(o)) for o in options or () if len(str(o).split()) >= STATEMENT_WORDS
            ),
        )

    def shows_word(self, text: str) -> bool:
        return f" {normalize(text)} " in f" {self.shown_key} "

    def asks_same_fact(self, other: "Candidate") -> bool:
        """The same answer, or the same words of the essay, asked twice."""
        if self.answer_key and self.answer_key == other.answer_key:
            return True
        if (
            self.answer
            and other.answer
            and self.asks_with(other.answer_key)
            and other.asks_with(self.answer_key)
        ):
            return True  # "Miasnikov's group was the _____" beside "who led the Arbeidersgroep?"
        return overlap.share_source(self.excerpts, other.excerpts)

    def asks_with(self, key: str) -> bool:
        """Does the prompt (not the options, where names stand as wrong answers) name it?"""
        prompt = self.segments[0] if self.segments else ""
        return f" {key} " in f" {normalize(prompt)} "

    def gives_away(self, other: "Candidate", practice: bool) -> bool:
        """Would this question answer the other one?

        Its prompt or options name the other's date, number or term (in any mode), or name the
        person the other asks for together with what the other says of them; or, in practice
        mode, its feedback quotes the passage the other is answered from.
        """
        if other.telling and other.answer_key in self.shown_key:
            return True
        # A typed answer's other accepted forms count too: "capitulatie" for "capitulaties".
        if any(_telling(v) and self.shows_word(v) for v in other.variants):
            return True
        if other.names and overlap.gives_name_away(self.segments, other.names):
            return True
        if self.segments[:1] == other.segments[:1] and self.statements & other.statements:
            # Two "which view does the author reject?" offering one position: what the one
            # settles about it leaves the other with fewer options (round 16).
            return True
        if any(
            len(text.split()) >= STATEMENT_WORDS
            and overlap.shows_statement(text, self.segments[1:])
            for text in (other.answer, overlap.prompt_body(other.segments[0]))
            if text and other.segments
        ):
            # Another question's key or the claim its prompt quotes, offered here again in other
            # words ("… kwam voort uit een gebrek aan moed" beside "… zou uit gebrek aan moed
            # voortkomen"): one position asked twice (round 17).
            return True
        if other.segments and any(
            f" {context} " in f" {self.shown_key} "
            or (practice and f" {context} " in f" {self.feedback_key} ")
            for context in overlap.blank_contexts(other.segments[0], other.answer)
        ):
            # "de verklaring van Rakovski" as a wrong option before "Trotski steunde … de
            # verklaring van _____": a name shown in the blank's own words (round 18); in
            # practice feedback too ("mensen als Miasnikov", round 21).
            return True
        if self.true is False and other.answer_key and self.asks_with(other.answer_key):
            # "Trotski steunde de verklaring van Kerenski" (false) beside "tegen wie richtte de
            # opstand zich?" (Kerenski): the two prop each other up (round 14).
            return True
        # The names a statement (or a blank's sentence) joins, shown together elsewhere:
        # "Miasnikov → … die de Arbeidersgroep leidde" beside "Miasnikovs groep heette de _____".
        statement = (
            other.segments[0]
            if other.true is not None and other.segments
            else overlap.filled_blank(other.segments[0] if other.segments else "", other.answer)
        )
        seen = (*self.segments, self.feedback) if practice else self.segments
        if statement and overlap.restates_statement(statement, seen):
            return True
        if other.true is not None and overlap.shows_statement(other.segments[0], self.segments[1:]):
            return True
        if overlap.dates_nearby(
            other.answer,
            other.segments[:1],
            [self.shown, self.feedback] if practice else [self.shown],
        ):
            return True  # "Platform van de Verenigde Oppositie, 1927" before "wanneer … gevormd?"
        if not practice or self.passage is None or self.passage != other.passage:
            return False
        if other.true is not None:
            return True  # a statement about the quoted passage is judged from it
        return bool(other.answer_key) and other.answer_key in self.feedback_key


STATEMENT_WORDS = 6  # an option this long is a position or a claim, not a name or a date


def _telling(answer: str) -> bool:
    """A date, number or lower-case term is given away when it is shown, and so is a whole
    statement (an argument's key shown as another question's option); a name is shown all
    over a quiz about its bearer and gives nothing away by itself."""
    return any(ch.isdigit() for ch in answer) or answer[:1].islower() or len(answer.split()) >= 6


CANDIDATE_FIELDS = (
    "pk",
    "qtype",
    "origin",
    "passage_id",
    "answers",
    "options",
    "excerpt",
    "explanation",
    "prompt",
    "sources",
)
JSON_FIELDS = ("answers", "options", "sources")


def essay_candidates(essay: Essay, topics=(), types=()) -> list["Candidate"]:
    """The candidates of a quiz on these topics and types (all of them when none are chosen).

    A quiz on the whole bank, the usual one, reads its rows through a statement compiled once
    per process: building this query (a cast per JSON column, the held questions' subquery)
    took three times as long as running it.
    """
    if topics or types:
        return bank_candidates(available_questions(essay, topics, types))
    return [_candidate(row) for row in _whole_bank_statement().rows(essay.pk)]


@functools.cache
def _whole_bank_statement() -> prepared.CompiledOnce:
    return prepared.CompiledOnce(
        lambda essay_id: _candidate_rows(available_questions(Essay(pk=essay_id))), arity=1
    )


def bank_candidates(questions) -> list["Candidate"]:
    """The questions as Candidates, each built once per process from its row as stored.

    Every quiz start reads the same rows of a bank: the JSON columns come as the database's
    text, so a row already seen is found by its text alone, without decoding it or weighing
    its words again (half of starting a quiz). The key is the whole row, so an edited question
    is a new key and nothing needs to be dropped when a bank changes. The pick sorts them
    itself: no join on the passages to order them.
    """
    return [_candidate(row) for row in _candidate_rows(questions)]


def _candidate_rows(questions):
    text = {f"{name}_text": Cast(name, output_field=TextField()) for name in JSON_FIELDS}
    fields = [f"{name}_text" if name in JSON_FIELDS else name for name in CANDIDATE_FIELDS]
    return questions.order_by().annotate(**text).values_list(*fields)


@lru_cache(maxsize=20_000)
def _candidate(row: tuple) -> "Candidate":
    values = dict(zip(CANDIDATE_FIELDS, row, strict=True))
    for name in JSON_FIELDS:
        values[name] = json.loads(values[name]) if values[name] is not None else None
    return Candidate.of(*values.values())


# The pack behind a bank changes when its author reviews it, not between two quizzes: every
# quiz start reads its words from the shared cache, at most this many seconds old. They only
# weigh the soft rules (themes, wrong options), never which questions exist.
KNOWLEDGE_WORDS_SECONDS = 60


def knowledge_words(essay: Essay) -> tuple[tuple, tuple, tuple]:
    """`essay_knowledge_words` through the shared cache."""
    return cache.get_or_set(
        f"studyapp:knowledge-words:{essay.pk}",
        lambda: essay_knowledge_words(essay),
        KNOWLEDGE_WORDS_SECONDS,
    )


def essay_knowledge_words(essay: Essay) -> tuple[tuple, tuple, tuple]:
    """The essay's accepted knowledge, in four queries: (key, the essay's words of its claim
    and points) for each argument of the author; the texts that stand as options (an
    argument's position, claim and points, a concept's term and definition), normalised, with
    the knowledge item they belong to: a question offering one as a wrong option touches that
    item; and the speaker of each quote, a theme of its own. Names are left out: a bank of
    fifteen people offers each in many questions, and a name as a wrong option says nothing of
    its bearer's role."""
    spans, texts = defaultdict(list), {}
    accepted = ReviewStatus.ACCEPTED
    for key, span, position, claim in Argument.objects.filter(
        essay=essay, review_status=accepted
    ).values_list("key", "span", "position", "claim"):
        spans[key].append(span)
        texts.update({normalize(position): f"argument:{key}", normalize(claim): f"argument:{key}"})
    for key, span, text in ArgumentPoint.objects.filter(
        argument__essay=essay, argument__review_status=accepted
    ).values_list("argument__key", "span", "text"):
        spans[key].append(span)
        texts[normalize(text)] = f"argument:{key}"
    for key, term, definition in Concept.objects.filter(
        essay=essay, review_status=accepted
    ).values_list("key", "term", "definition"):
        texts.update({normalize(term): f"concept:{key}", normalize(definition): f"concept:{key}"})
        # "halfslachtig stalinisme": the uninflected form a term stands in as an option
        first, _space, rest = normalize(term).partition(" ")
        if rest:
            texts[f"{simplemma.lemmatize(first, lang='nl')} {rest}"] = f"concept:{key}"
    texts.pop("", None)
    # Who said a quote: two quotes of one speaker in a quiz ask one point twice ("this 1920
    # quote on the state is Trotski's", round 21), and the first answers the second.
    speakers = {
        f"quote:{key}": f"said-by:{speaker}"
        for key, speaker in Quote.objects.filter(
            essay=essay, review_status=accepted, speaker__isnull=False
        ).values_list("key", "speaker__key")
    }
    # Hashable, so that the candidates weighed against them are kept per bank and pack.
    spans = tuple((key, tuple(found)) for key, found in sorted(spans.items()))
    return spans, tuple(sorted(texts.items())), tuple(sorted(speakers.items()))


@lru_cache(maxsize=20_000)
def _themes(excerpts: tuple[str, ...], spans) -> frozenset[str]:
    return frozenset(key for key, words in spans if overlap.share_source(excerpts, words))


def with_themes(candidates: list, essay: Essay) -> list:
    """Each candidate with its themes (the arguments whose words it rests on, the speaker of
    the quote it asks about), and the knowledge items whose words it offers as wrong options."""
    return list(_with_themes(tuple(candidates), knowledge_words(essay)))


@lru_cache(maxsize=64)
def _with_themes(candidates: tuple, words: tuple) -> tuple:
    """Every quiz on a bank weighs the same candidates against the same pack: kept per both."""
    spans, texts, speakers = words[0], dict(words[1]), dict(words[2])
    return tuple(
        replace(
            c,
            themes=(_themes(c.excerpts, spans) if spans else frozenset())
            | ({speakers[c.origin]} if c.origin in speakers else frozenset()),
            offered=_offered(c, texts),
        )
        for c in candidates
    )


def _offered(candidate: Candidate, texts: dict) -> frozenset:
    options = {normalize(option) for option in candidate.segments[1:]} - {candidate.answer_key}
    return frozenset(texts[o] for o in options if o in texts) - candidate.items


@lru_cache(maxsize=100_000)
def _clash(a: Candidate, b: Candidate, practice: bool) -> bool:
    """May these two not stand in one quiz? Every quiz on a bank weighs the same pairs, so the
    verdict is kept per pair of candidates (a candidate is its question's content: an edited
    question is a new candidate)."""
    return a.asks_same_fact(b) or a.gives_away(b, practice) or b.gives_away(a, practice)


class _Clashes:
    """Which candidates of one bank may not stand beside a chosen one, weighed once per chosen
    question and kept for the next quiz on the bank: the pick then rules a candidate out by
    one set lookup instead of weighing it against every question chosen so far, each turn."""

    def __init__(self, candidates: tuple, practice: bool):
        self.candidates, self.practice, self.known = candidates, practice, {}

    def of(self, chosen: Candidate) -> frozenset[int]:
        found = self.known.get(chosen.pk)
        if found is None:
            found = frozenset(
                c.pk
                for c in self.candidates
                if c.pk != chosen.pk and _clash(chosen, c, self.practice)
            )
            self.known[chosen.pk] = found
        return found


@lru_cache(maxsize=64)
def _clashes(candidates: tuple, practice: bool) -> _Clashes:
    return _Clashes(candidates, practice)


# Essays whose pairs a new server process weighs before it serves (warm_up_picks): each bank of
# about 170 candidates has some 14,000 pairs (about a second), and _clash keeps 100,000 verdicts.
WARM_ESSAYS = 3


def warm_up_picks(limit: int = WARM_ESSAYS) -> int:
    """Weigh every pair of candidates of the essays learners quizzed on most recently (then the
    newest published ones), for practice quizzes, before a server process takes requests
    (gunicorn's post_worker_init). Otherwise its first fifty or so quizzes weigh them one chosen
    question at a time, 10-20 ms more each. Returns how many pairs were weighed."""
    recent = (
        QuizAttempt.objects.filter(essay__status=Essay.Status.PUBLISHED)
        .order_by("-started_at")
        .values_list("essay_id", flat=True)[:500]
    )
    newest = Essay.objects.filter(status=Essay.Status.PUBLISHED).order_by("-loaded_at")
    essay_ids = list(dict.fromkeys([*recent, *newest.values_list("pk", flat=True)[:limit]]))
    essay_ids = essay_ids[:limit]
    weighed = 0
    for essay in Essay.objects.filter(pk__in=essay_ids):
        candidates = with_themes(essay_candidates(essay), essay)
        candidates = tuple(sorted(candidates, key=lambda c: c.pk))  # as _pick orders them
        clashes = _clashes(candidates, True)  # practice: exams are the rarer quizzes
        for candidate in candidates:
            weighed += len(candidates) - 1
            clashes.of(candidate)
    return weighed


def _pick(
    candidates, count: int, rng: random.Random, *, practice: bool = False, distinct: bool = True
) -> list[int]:
    """Ids of a random pick that takes the question types in turn, so a short quiz is varied.

    `candidates` are Candidate rows: only the picked questions are then loaded whole. No
    knowledge item is asked twice, nor one answer or one sentence of the essay; no question
    shows the date or term another asks for, or a person with what another says of them; and
    in practice mode no feedback quotes the passage that answers another; true and false
    statements take turns; the questions spread over the essay's paragraphs.
    """
    candidates = sorted(candidates, key=lambda c: c.pk)
    # The pick is greedy, and its early choices can leave too few questions that fit: then it
    # relaxes the rules it may (paragraphs, themes, wrong options), or falls short of the rules
    # against hints (3 practice quizzes in 100 on the shipped bank). Another random order
    # often does better, so several are tried and the one that bends the fewest rules is kept.
    # A pick that leaves a question type out is worse than one that bends a soft rule: a
    # short quiz is meant to be varied (an eight-question exam of eight types lost its
    # ordering once the arguments chose first).
    types = min(count, len({c.qtype for c in candidates}))
    clashes = _clashes(tuple(candidates), practice)
    best, best_cost = [], None
    for _try in range(PICK_TRIES if distinct else 1):
        picked = _greedy_pick(candidates, count, rng, clashes=clashes, distinct=distinct)
        cost = (-len(picked), -len({c.qtype for c in picked}), _bent_rules(picked))
        if best_cost is None or cost < best_cost:
            best, best_cost = picked, cost
        if cost == (-count, -types, 0):
            break
    picked, taken_ids = [c.pk for c in best], {c.pk for c in best}
    items = set().union(*(c.items for c in best)) if best else set()
    if distinct and len(picked) < count:
        # A narrow choice of topics and types can run out under every rule: fill up with
        # questions that still ask no knowledge item, answer or sentence twice, so the learner
        # gets the number asked; only the rules against hints between questions give way.
        rest = [c for c in candidates if c.pk not in taken_ids]
        rng.shuffle(rest)
        for c in rest:
            if len(picked) >= count:
                break
            if not items & c.items and not any(p.asks_same_fact(c) for p in best):
                picked.append(c.pk)
                items.update(c.items)
                best.append(c)
    rng.shuffle(picked)
    return picked


# The author's arguments are what the essay is about: their questions choose first, and take
# an extra turn in each later round, before the themes they rest on go to quotes and concepts
# (readers of rounds 20 and 21 found two and one argument questions in twenty; over 150
# simulated quizzes the mean went from 2.5 to 3.0, and more turns add nothing: the rules
# against stock options and repeated themes hold the rest back).
EXTRA_TURNS = ["argument", "argument"]
# 8 left a third of the practice quizzes with two questions on one theme; once the arguments
# chose first, 12 left three in five and 20 leave two in five (an exam reaches no bent rule
# at the first or second try).
PICK_TRIES = 20
# The rules that give way, tier by tier, as (questions per paragraph, one per argument's
# words, wrong options kept apart): one question per paragraph of the essay first, so a quiz
# covers the text and one paragraph's theme is not asked three ways (round 15's reader); then
# two; then any. One question on the words of each argument of the author (a quote, a concept
# and a statement on the one-party frame ask one theme three ways, rounds 15 and 16). A
# statement offered as an option once, and an argument's position not offered beside a
# question on that argument (round 19). Last, only the rules against repeats and hints hold.
TIERS = (
    (1, True, True),
    (2, True, True),
    (None, True, True),
    (None, False, True),
    (None, False, False),
)


def _options_meet(a: Candidate, b: Candidate) -> bool:
    """Do two questions offer one wrong option, or one the words of what the other asks?"""
    return bool(
        a.statements & b.statements or a.offered & (b.items | b.offered) or b.offered & a.items
    )


def _bent_rules(chosen) -> int:
    """How far a pick bends the rules that give way when too few questions are left: a wrong
    option offered twice or beside a question on its argument weighs most, then a paragraph
    asked a third time and two questions on one argument's words (a reader calls those a
    near-repeat)."""
    cost = 0
    for n, a in enumerate(chosen):
        for b in chosen[n + 1 :]:
            if _options_meet(a, b):
                cost += 3
            if a.themes & b.themes:
                cost += 2
    per_passage = Counter(c.passage for c in chosen if c.passage is not None)
    cost += 2 * sum(max(0, n - 2) for n in per_passage.values())
    truths = [c.true for c in chosen if c.true is not None]
    if abs(truths.count(True) - truths.count(False)) > 1:
        cost += 3
    return cost


def _greedy_pick(candidates, count, rng, *, clashes: _Clashes, distinct) -> list[Candidate]:
    """One random pick under the rules, relaxed tier by tier; it may fall short of `count`."""
    by_type = defaultdict(list)
    for candidate in candidates:
        by_type[candidate.qtype].append(candidate)
    for group in by_type.values():
        rng.shuffle(group)
    # The scarcest types choose first (a bank has a few timelines and matchings, and each rests
    # on several items): picked last, the rules against repeats would often leave them out.
    types = sorted(by_type)
    rng.shuffle(types)
    types.sort(key=lambda t: len(by_type[t]))
    # The author's arguments choose first; every type has its turn in the first round (a short
    # quiz is varied), and from the second round on the arguments take extra turns at the head.
    first_turns = [t for t in EXTRA_TURNS[:1] if t in by_type]
    types = first_turns + [t for t in types if t not in first_turns]
    later_rounds = [t for t in EXTRA_TURNS[1:] if t in by_type] + types
    items, chosen, truths, taken_ids, themes = set(), [], [], set(), set()
    offered, shown, ruled_out = set(), set(), set()
    per_passage = Counter()

    def fits(c, limit, by_theme, by_option):
        if not distinct:
            return True  # a set chosen by hand is asked whole
        if items & c.items:
            return False
        if limit and c.passage is not None and per_passage[c.passage] >= limit:
            return False
        if by_theme and themes & c.themes:
            return False
        if by_option and (
            shown & c.statements or offered & (c.items | c.offered) or items & c.offered
        ):
            # A stock wrong option seen in four questions is ruled out on sight; an argument's
            # position rejected as a wrong option here hints at what a question on that
            # argument asks there; three concepts offered as terms here and as definitions
            # there leave one by elimination (round 19).
            return False
        return c.pk not in ruled_out

    def take(c):
        taken_ids.add(c.pk)
        if distinct:
            ruled_out.update(clashes.of(c))
        chosen.append(c)
        items.update(c.items)
        per_passage[c.passage] += 1
        themes.update(c.themes)
        offered.update(c.offered)
        shown.update(c.statements)
        if c.true is not None:
            truths.append(c.true)

    for limit, by_theme, by_option in TIERS if distinct else TIERS[-1:]:
        pools = {t: list(by_type[t]) for t in by_type}
        progress = True
        first_round = True
        while len(chosen) < count and progress:
            progress = False
            for qtype in types if first_round else later_rounds:
                pool = pools[qtype]
                if len(chosen) >= count:
                    break
                pool[:] = [
                    c for c in pool if c.pk not in taken_ids and fits(c, limit, by_theme, by_option)
                ]
                if not pool:
                    continue
                if qtype == "true_false":
                    # The side that was picked less often goes next; while paragraphs or
                    # themes are spread, the other side waits for the last pass rather than
                    # tip the scale.
                    wanted = truths.count(True) <= truths.count(False)
                    same = [c for c in pool if c.true == wanted]
                    if not same and (limit or by_theme or by_option):
                        continue
                    choice = same[-1] if same else pool[-1]
                    pool.remove(choice)
                else:
                    choice = pool.pop()
                take(choice)
                progress = True
            first_round = False
    return chosen


def _layout_item(question: Question, rng: random.Random, key_places: Counter | None = None) -> dict:
    """One question's layout in an attempt. With `key_places` (how often each place held the
    key so far in this quiz) the key goes to a place that held it least often: shuffled alone,
    the last of four options was the key in 5 of 11 questions of one quiz (round 19)."""
    item = {"question": question.pk}
    if question.qtype in CHOICE_TYPES - {"true_false"}:
        options = list(question.options)
        rng.shuffle(options)
        key = question.answers[0] if question.answers else None
        if key_places is not None and key in options:
            fewest = min(key_places[place] for place in range(len(options)))
            place = rng.choice([p for p in range(len(options)) if key_places[p] == fewest])
            options.remove(key)
            options.insert(place, key)
            key_places[place] += 1
        item["options"] = options
    elif question.qtype == "true_false":
        item["options"] = list(question.options)
    elif question.qtype == "ordering":
        items = list(question.options)
        rng.shuffle(items)
        if items == list(question.answers):
            items = items[1:] + items[:1]
        item["options"] = items
    elif question.qtype == "matching":
        pairs = question.matching_pairs()
        left, right = list(pairs), list(pairs.values())
        rng.shuffle(left)
        rng.shuffle(right)
        item["left"], item["options"] = left, right
    return item


def build_quiz(
    learner,
    essay: Essay,
    *,
    topics=(),
    types=(),
    count=10,
    mode="practice",
    time_limit_minutes=None,
    questions=None,
    retry_of=None,
    assignment=None,
) -> QuizAttempt:
    """Start an attempt: pick the questions, fix their order and option order for this attempt.

    A quiz of the learner's own never holds a question of their sealed (open exam or assignment)
    attempts: its feedback or review would give that answer away (see assessment.py).
    """
    if mode not in QuizAttempt.Mode.values:
        raise QuizError(_("Choose practice or exam mode."))
    if not 1 <= count <= MAX_QUESTIONS:
        raise QuizError(_("Choose between 1 and %(max)s questions.") % {"max": MAX_QUESTIONS})
    if time_limit_minutes is not None and not 1 <= time_limit_minutes <= 240:
        raise QuizError(_("A time limit is between 1 and 240 minutes."))
    if questions is not None:
        rows = [(q.pk, q.qtype, q.origin, q.passage_id, q.answers, q.options) for q in questions]
        candidates = [Candidate.of(*row) for row in rows]  # asked whole: no themes to weigh
    else:
        candidates = with_themes(essay_candidates(essay, topics, types), essay)
    if not candidates:
        raise QuizError(_("No questions match these choices; choose more topics or types."))
    if assignment is None:
        sealed = assessment.sealed_question_ids(learner, essay)
        candidates = [c for c in candidates if c.pk not in sealed]
        if not candidates:
            raise QuizError(
                _(
                    "These questions are part of an exam or assignment you have not handed in "
                    "yet; hand it in first."
                )
            )
    rng = random.Random(secrets.randbits(64))
    # Questions chosen by hand (a teacher's set, a retry of mistakes) are all asked; the
    # rules against repeats and give-aways hold for the random pick.
    chosen = questions is not None
    spread = mode == QuizAttempt.Mode.PRACTICE and not chosen
    picked_ids = _pick(candidates, count, rng, practice=spread, distinct=not chosen)
    loaded = prepared.questions_by_id(picked_ids)
    picked = [loaded[pk] for pk in picked_ids]
    key_places = Counter()
    attempt = QuizAttempt.objects.create(
        learner=learner,
        essay=essay,
        mode=mode,
        retry_of=retry_of,
        assignment=assignment,
        settings={"topics": list(topics), "types": list(types), "count": count},
        layout=[_layout_item(q, rng, key_places) for q in picked],
        time_limit_seconds=time_limit_minutes * 60
        if time_limit_minutes and mode == "exam"
        else None,
    )
    if assessment.is_sealed(attempt):
        assessment.forget_sealed(attempt)
    return attempt


def deadline(attempt: QuizAttempt):
    if not attempt.time_limit_seconds:
        return None
    return attempt.started_at + timedelta(seconds=attempt.time_limit_seconds)


def close_if_expired(attempt: QuizAttempt, now=None) -> bool:
    """Submit an exam whose time is up; True when the attempt is (now) closed."""
    limit = deadline(attempt)
    if not attempt.is_submitted and limit and (now or timezone.now()) >= limit:
        submit_attempt(attempt)
    return attempt.is_submitted


def attempt_questions(attempt: QuizAttempt, topics=False) -> list[tuple[dict, Question]]:
    """The attempt's questions in its own order, with their layout, in one query.

    With `topics`, a second query fetches their topics (for the results by topic).
    """
    if topics:
        questions = Question.objects.select_related("passage").defer("passage__text")
        by_id = questions.prefetch_related("topics").in_bulk(attempt.question_ids)
    else:
        by_id = prepared.questions_by_id(attempt.question_ids)
    return [(item, by_id[item["question"]]) for item in attempt.layout if item["question"] in by_id]


def _checked_text(value):
    """A piece of an answer: text that can be stored, or a QuizError."""
    if not isinstance(value, str):
        raise QuizError(_("An answer is text, or a list or pairs of texts for some questions."))
    problem = text_problem(value)
    if problem:
        raise QuizError(problem)
    return value


def clean_response(question: Question, item: dict, response):
    """Check a response's shape against the question type at the edge; raise QuizError if wrong.

    Choice questions take one of the options; typed questions a short text; ordering a list of
    every option once; matching an object with every left item mapped to one right option.
    """
    if question.qtype in CHOICE_TYPES:
        if not isinstance(response, str) or response not in item["options"]:
            raise QuizError(_("Choose one of the options."))
        return response
    if question.qtype in TYPED_TYPES:
        if not isinstance(response, str) or not response.strip():
            raise QuizError(_("Type an answer first."))
        if len(response) > MAX_TYPED_ANSWER:
            raise QuizError(_("That answer is too long."))
        return _checked_text(response).strip()
    if question.qtype == "ordering":
        if (
            not isinstance(response, list)
            or not all(isinstance(entry, str) for entry in response)
            or sorted(response) != sorted(item["options"])
        ):
            raise QuizError(_("Put every item in a place of its own."))
        return list(response)
    if question.qtype == "matching":
        if (
            not isinstance(response, dict)
            or not all(isinstance(right, str) for right in response.values())
            or set(response) != set(item["left"])
            or not set(response.values()) <= set(item["options"])
        ):
            raise QuizError(_("Match every item on the left with one on the right."))
        return dict(response)
    raise QuizError(_("Unknown question type."))


def answer_question(attempt: QuizAttempt, question_id: int, response, key: str):
    """Store an answer once; a repeat with the same key, or of the same question, counts once.

    Returns (answer, created). In exam mode an answer may be changed until submission.
    The path is lean on purpose. A practice answer, the common case, loads what grading needs of
    the question (and whether the learner has an exam open, unless the shared cache knows) and
    inserts: the unique constraints on (attempt, question) and (attempt, key) find a replay or
    an earlier answer when the insert fails, so only a repeat pays for looking one up. An exam
    answer may change, so it looks for the earlier one first. Mastery and item statistics are
    folded in later (see `stats`).
    """
    if not isinstance(key, str) or not key or len(key) > 80 or text_problem(key):
        raise QuizError(_("The answer has no valid idempotency key."))
    if attempt.is_submitted or close_if_expired(attempt):
        # A retry of an answer sent before the hand-in still gets what was stored.
        replay = _replay(_earlier_answers(attempt, question_id, key), question_id, key)
        if replay:
            return replay, False
        raise QuizError(_("This quiz is closed: it was handed in or its time is up."))
    item = next((i for i in attempt.layout if i["question"] == question_id), None)
    if item is None:
        raise QuizError(_("This question is not part of this quiz."))
    if attempt.mode == QuizAttempt.Mode.EXAM:
        return _answer_exam(attempt, question_id, item, response, key)
    guarded = not assessment.is_sealed(attempt)  # an assignment guards itself
    question = prepared.graded_question(
        question_id,
        assessment.open_sealed_sql(attempt.learner_id, attempt.essay_id) if guarded else None,
    )
    if guarded and assessment.is_sealed_question(question, attempt.learner_id, attempt.essay_id):
        # Practice feedback would give away an answer of an exam that is still open.
        raise QuizError(
            _(
                "This question is also in an exam or assignment you have not handed in yet; "
                "hand that in first, or skip this question."
            )
        )
    values = _graded(question, item, response, key)
    try:
        return _insert(attempt, question, values), True
    except IntegrityError:
        # Answered before (feedback was given: the first answer stands), a retry of this
        # key, or another request storing the same answer at this moment: that one counts.
        stored = _stored_instead(attempt, question_id, key)
        if stored is None:
            raise
        return stored, False


def _answer_exam(attempt, question_id, item, response, key):
    """An exam answer: stored once per key, and changed by a later answer until hand-in."""
    earlier = _earlier_answers(attempt, question_id, key)
    replay = _replay(earlier, question_id, key)
    if replay:
        return replay, False
    previous = next((a for a in earlier if a.question_id == question_id), None)
    question = previous.question if previous else prepared.graded_question(question_id)
    values = _graded(question, item, response, key)
    if previous:
        for name, value in values.items():
            setattr(previous, name, value)
        previous.save(update_fields=list(values))
        return previous, False
    try:
        return _insert(attempt, question, values), True
    except IntegrityError:
        # Another request stored an answer to this question at the same moment: that one counts.
        stored = _stored_instead(attempt, question_id, key)
        if stored is None:
            raise
        return stored, False


def _earlier_answers(attempt, question_id, key) -> list[Answer]:
    """The attempt's answers with this key or to this question, in one query."""
    return list(
        Answer.objects.filter(attempt=attempt)
        .filter(Q(idempotency_key=key) | Q(question_id=question_id))
        .select_related("question__passage")
        .defer("question__passage__text")
    )


def _stored_instead(attempt, question_id, key) -> Answer | None:
    """After a refused insert: the answer stored under this key or to this question."""
    earlier = _earlier_answers(attempt, question_id, key)
    return _replay(earlier, question_id, key) or next(
        (a for a in earlier if a.question_id == question_id), None
    )


def _replay(earlier, question_id, key) -> Answer | None:
    """The answer stored under this key; the key names one question only."""
    replay = next((a for a in earlier if a.idempotency_key == key), None)
    if replay and replay.question_id != question_id:
        raise QuizError(_("This key was already used for another question."))
    return replay


def _graded(question: Question, item: dict, response, key: str) -> dict:
    cleaned = clean_response(question, item, response)
    result = grade(question, cleaned)
    return {
        "response": cleaned,
        "correct": result.correct,
        "score": result.score,
        "idempotency_key": key,
        "answered_at": timezone.now(),
    }


def _insert(attempt, question, values) -> Answer:
    # A lone INSERT is atomic by itself; inside a caller's transaction a savepoint lets a
    # failed insert be recovered from without spoiling that transaction.
    with transaction.atomic() if connection.in_atomic_block else nullcontext():
        return prepared.insert_answer(Answer(attempt=attempt, question=question, **values))


def submit_attempt(attempt: QuizAttempt) -> QuizAttempt:
    """Hand in: score is the mean over all questions, unanswered ones counting as zero.

    No lock and no transaction: one conditional UPDATE hands in, so when two requests hand in
    at once only the first sets the score and time, and the other reads them back.
    """
    if attempt.submitted_at is None:
        was_sealed = assessment.is_sealed(attempt)
        totals = Answer.objects.filter(attempt=attempt).aggregate(
            total=Sum("score", default=0.0), count=Count("pk")
        )
        score = totals["total"] / max(1, len(attempt.layout))
        now = timezone.now()
        handed_in = QuizAttempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True).update(
            score=score, submitted_at=now
        )
        if handed_in:
            attempt.score, attempt.submitted_at = score, now
            attempt.answer_count = totals["count"]
            if was_sealed:
                assessment.forget_sealed(attempt)
            return attempt
    attempt.refresh_from_db(fields=["score", "submitted_at"])
    return attempt


def next_unanswered(attempt: QuizAttempt) -> int | None:
    """Index (0-based) of the first question without an answer: where a learner resumes."""
    answered = set(attempt.answers.values_list("question_id", flat=True))
    for index, item in enumerate(attempt.layout):
        if item["question"] not in answered:
            return index
    return None


def unanswered_numbers(attempt: QuizAttempt) -> list[int]:
    """The 1-based numbers of the attempt's questions that have no answer yet."""
    answered = set(attempt.answers.values_list("question_id", flat=True))
    return [n for n, item in enumerate(attempt.layout, start=1) if item["question"] not in answered]


@dataclass
class Tally:
    correct: float = 0
    total: int = 0

    @property
    def percent(self):
        return round(100 * self.correct / self.total) if self.total else 0


@dataclass
class ReviewItem:
    number: int
    question: Question
    layout: dict
    answer: Answer | None
    # Also in an exam or assignment the learner has not handed in: its answer stays hidden.
    sealed: bool = False

    @property
    def correct(self):
        return bool(self.answer and self.answer.correct)


@dataclass
class Results:
    attempt: QuizAttempt
    items: list[ReviewItem]
    score: float
    by_topic: dict = field(default_factory=dict)
    by_type: dict = field(default_factory=dict)

    @property
    def percent(self):
        return round(100 * self.score)

    @property
    def correct_count(self):
        return sum(1 for item in self.items if item.correct)

    @property
    def points(self) -> float:
        """One point per question, part of one when partly right: what the percentage is of."""
        return sum(item.answer.score for item in self.items if item.answer)

    @property
    def partial_count(self):
        return sum(1 for item in self.items if item.answer and item.answer.verdict == "partial")

    @property
    def mistakes(self):
        return [item.question for item in self.items if not item.correct]


def attempt_results(attempt: QuizAttempt) -> Results:
    answers = {a.question_id: a for a in attempt.answers.all()}
    sealed = assessment.sealed_question_ids(attempt.learner, attempt.essay)
    if assessment.is_sealed(attempt):
        sealed -= set(attempt.question_ids)  # its own results are not shown before hand-in
    for answer in answers.values():
        answer.response = displayable(answer.response)  # what an older version let in
    items, by_topic, by_type = [], defaultdict(Tally), defaultdict(Tally)
    for number, (layout, question) in enumerate(attempt_questions(attempt, topics=True), start=1):
        answer = answers.get(question.pk)
        items.append(ReviewItem(number, question, layout, answer, question.pk in sealed))
        earned = answer.score if answer else 0
        by_type[question.get_qtype_display()].total += 1
        by_type[question.get_qtype_display()].correct += earned
        for topic in question.topics.all():
            by_topic[topic.name].total += 1
            by_topic[topic.name].correct += earned
    score = (
        attempt.score
        if attempt.score is not None
        else (sum(a.score for a in answers.values()) / max(1, len(attempt.layout)))
    )
    return Results(attempt, items, score, dict(by_topic), dict(by_type))


def practise_mistakes(attempt: QuizAttempt) -> QuizAttempt:
    """A new practice quiz of the questions this attempt got wrong or left open.

    Refused for an exam or assignment that is not handed in: the copy would show its answers.
    """
    if assessment.is_sealed(attempt):
        raise QuizError(
            _(
                "Hand in this exam or assignment first; then you can practise your mistakes "
                "with feedback."
            )
        )
    mistakes = attempt_results(attempt).mistakes
    if not mistakes:
        raise QuizError(_("No mistakes to practise: every answer was right."))
    return build_quiz(
        attempt.learner,
        attempt.essay,
        count=len(mistakes),
        mode="practice",
        questions=mistakes,
        retry_of=attempt,
    )


def question_layout(question: Question, rng: random.Random) -> dict:
    """How one question is laid out in an attempt (its option order), for attempts built step by step."""
    return _layout_item(question, rng)
