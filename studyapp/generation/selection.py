"""Fewer, better questions: each knowledge item keeps its best templates, not every one.

How many questions an item gets follows its centrality in the pack (core, supporting,
detail: detail items such as publication metadata only get cards). Within an item the
templates are ranked as a teacher would rank them, one question per type at most, one
true/false at most. Over the bank, true/false stays at most a quarter, with as many true as
false statements.
"""

from collections import Counter

from studyapp.grading import normalize
from studyapp.overlap import share_source

from .draft import QuestionDraft, seeded_random

PER_ITEM = {"core": 3, "supporting": 2, "detail": 0}
ARGUMENT_EXTRA = 1  # the author's arguments are what the essay is about
TRUE_FALSE_SHARE = 0.25
MIN_TRUE_FALSE = 4
# Lower is better. Argument questions ask for the reasoning; choice beats recall of wording.
RANK = [
    ("argument", "rejected-position"),
    ("argument", "support-"),
    ("argument", "conclusion-"),
    ("argument", "counter-"),
    ("argument", "why-rejected"),
    ("multiple_choice", "meaning"),
    ("multiple_choice", "who"),
    ("multiple_choice", "author"),
    ("multiple_choice", "when"),
    ("quote_attribution", "speaker"),
    ("multiple_choice", ""),
    ("short_answer", "term"),
    ("cloze", ""),
    ("true_false", "why"),
    ("true_false", ""),
    ("short_answer", ""),
    ("quote_attribution", ""),
]
MULTI_ITEM_TYPES = {"ordering", "matching"}
SAME_QUESTION = {
    ("multiple_choice", "blank"): "blank",
    ("cloze", "sentence"): "blank",
    ("multiple_choice", "who"): "who",
    ("short_answer", "name"): "who",
    ("multiple_choice", "when"): "when",
    ("short_answer", "year"): "when",
    ("multiple_choice", "author"): "author",
    ("true_false", "author-true"): "author",
    ("true_false", "author-false"): "author",
}


def rank(draft: QuestionDraft) -> int:
    for position, (qtype, prefix) in enumerate(RANK):
        if draft.qtype == qtype and draft.variant.startswith(prefix):
            return position
    return len(RANK)


def is_true_statement(draft: QuestionDraft) -> bool:
    return draft.qtype == "true_false" and draft.answers[0] == draft.options[0]


def select_questions(drafts: list[QuestionDraft], centrality: dict[str, str]) -> list:
    """The drafts the bank keeps, in their original order."""
    by_origin: dict[str, list[QuestionDraft]] = {}
    for draft in drafts:
        by_origin.setdefault(draft.origin, []).append(draft)
    kept = []
    sides = {}  # per kind of item (quote, fact, argument …): how many true and false so far
    for origin, group in by_origin.items():
        if group[0].qtype in MULTI_ITEM_TYPES:
            kept += group
            continue
        level = centrality.get(origin, "supporting")
        budget = PER_ITEM.get(level, 2)
        if origin.startswith("argument:") and budget:
            budget += ARGUMENT_EXTRA
        chosen, types, answers = [], set(), set()
        family = sides.setdefault(origin.split(":")[0], {True: 0, False: 0})

        def order(d, family=family):
            # Equal ranks (a true and a false statement) go to the side this kind of item has
            # had less often: three quotes each asked "Onjuist" teach a learner to answer so
            # (round 20). Then a stable coin per id.
            behind = d.qtype == "true_false" and family[is_true_statement(d)] > min(family.values())
            return (rank(d), behind, seeded_random(d.uid).random())

        for draft in sorted(group, key=order):
            if len(chosen) >= budget:
                break
            # One question per type, except the several sides of an argument.
            kind = draft.qtype if draft.qtype != "argument" else draft.variant.split("-")[0]
            # A choice and a typed version of one question ask one fact once.
            kind = SAME_QUESTION.get((draft.qtype, draft.variant), kind)
            if draft.variant == "why-reversed":
                kind = draft.variant  # both sides of a drafted claim's why (see arguments.py)
            key = str(draft.answers[0]) if draft.qtype != "true_false" else ""
            if kind in types or (key and key in answers):
                continue  # one kind once, and never the same answer asked twice
            types.add(kind)
            answers.add(key)
            chosen.append(draft)
            if draft.qtype == "true_false":
                family[is_true_statement(draft)] += 1
        kept += chosen
    kept = one_question_per_fact(kept, centrality)
    kept = without_statements_of_asked_blanks(kept)
    kept = balance_true_false(kept, centrality)
    order = {id(d): n for n, d in enumerate(drafts)}
    return sorted(kept, key=lambda d: order[id(d)])


LEVELS = {"core": 0, "supporting": 1, "detail": 2}


def one_question_per_fact(drafts: list[QuestionDraft], centrality: dict[str, str]) -> list:
    """Different knowledge items often rest on one sentence of the essay (a person's role and a
    fact about them, a work's author and a quote's speaker). Two questions on the same words
    that share their answer ask one fact twice: the better one stays (the more central item,
    then the better template). Questions that only share the words stay in the bank; a quiz
    never asks two of them together (`Candidate.asks_same_fact`).
    """
    kept: list[QuestionDraft] = []
    excerpts = {id(d): tuple(s.excerpt for s in d.sources) for d in drafts}

    def order(d):
        # Who said a quote asks for the words themselves: it beats "who wrote the book" and a
        # blank in the same span, and two different quotes are two facts.
        quote = d.qtype == "quote_attribution"
        return (not quote, LEVELS.get(centrality.get(d.origin), 1), rank(d), d.uid)

    def answer(d):
        return "" if d.qtype == "true_false" else normalize(str(d.answers[0]))

    by_answer: dict[str, list[QuestionDraft]] = {}
    for draft in sorted(drafts, key=order):
        key = answer(draft) if draft.qtype not in MULTI_ITEM_TYPES else ""
        if key and any(
            {draft.qtype, other.qtype} != {"quote_attribution"}
            and share_source(excerpts[id(draft)], excerpts[id(other)])
            for other in by_answer.get(key, ())
        ):
            continue
        kept.append(draft)
        if key:
            by_answer.setdefault(key, []).append(draft)
    return kept


def without_statements_of_asked_blanks(drafts: list[QuestionDraft]) -> list:
    """A fact's sentence as a true/false statement, as it stands or with the blank swapped,
    asks the blank again: when the bank keeps the blank question, the statement goes (the 42nd
    unseen reading: "Van alle personen die in _____ …" beside "… in 2021 …, Onjuist")."""
    asked = {
        d.origin
        for d in drafts
        if d.origin.startswith("fact:") and SAME_QUESTION.get((d.qtype, d.variant)) == "blank"
    }
    return [d for d in drafts if not (d.qtype == "true_false" and d.origin in asked)]


def balance_true_false(drafts: list[QuestionDraft], centrality: dict[str, str]) -> list:
    """At most a quarter true/false, as many true as false; the author's arguments keep theirs
    first, then the core items."""
    others = [d for d in drafts if d.qtype != "true_false"]
    # A short text with few other questions still keeps two true and two false statements:
    # at a quarter of one question it would keep none (a 900-word post gave one question).
    allowed = max(MIN_TRUE_FALSE, int(len(others) * TRUE_FALSE_SHARE / (1 - TRUE_FALSE_SHARE)))

    def priority(d):
        # The author's arguments go first (what the essay is about), a why before a bare claim.
        argument = d.origin.startswith("argument:")
        return (not argument, LEVELS.get(centrality.get(d.origin), 1), rank(d), d.uid)

    true = sorted((d for d in drafts if is_true_statement(d)), key=priority)
    false = sorted(
        (d for d in drafts if d.qtype == "true_false" and not is_true_statement(d)), key=priority
    )
    each = min(len(true), len(false), allowed // 2)
    if each == 0 and true and true[0].origin.startswith("argument:"):
        # No false statement to pair with: the first of the author's arguments still keeps its
        # true one. One statement tells no pattern, and an argued post whose only question it
        # is had none (the 61st reading's column).
        return [*others, true[0]]
    return others + _balanced_side(true, false, each) + _balanced_side(false, true, each)


def _balanced_side(side: list, other: list, count: int) -> list:
    """`count` statements of one side, in priority order, but a kind of item (quotes, facts)
    that has statements of both sides gives its pairs first: each kind stays as true as false
    as it can, not only the bank."""

    def kind(d):
        return d.origin.split(":")[0]

    others = Counter(kind(d) for d in other)
    paired, rest = [], []
    for draft in side:
        if others[kind(draft)] > 0:
            others[kind(draft)] -= 1
            paired.append(draft)
        else:
            rest.append(draft)
    chosen = (paired + rest)[:count]
    lead = side[0] if side else None
    if count and lead not in chosen and lead.origin.startswith("argument:"):
        # The first of the author's arguments keeps its statement even when no argument has
        # the other side to pair it with: the pairs of facts would otherwise leave a history
        # text with one why no question on it (the 60th reading asked none).
        chosen = [lead, *chosen[: count - 1]]
    return chosen
